// bench/actors/bench.go — the actor workloads with goroutines and channels,
// for comparison (go run / go build; Debian golang-go). Same output as actors.c.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

func skynet(c chan int, num, size int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int, 10)
	sub := size / 10
	for i := 0; i < 10; i++ {
		go skynet(rc, num+i*sub, sub)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-rc
	}
	c <- sum
}

func rss() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	v, _ := strconv.ParseInt(f[1], 10, 64)
	return v * int64(os.Getpagesize())
}

func main() {
	w := os.Args[1]
	n := 0
	if len(os.Args) > 2 {
		n, _ = strconv.Atoi(os.Args[2])
	}
	switch w {
	case "skynet":
		if n == 0 {
			n = 1000000
		}
		t0 := time.Now()
		c := make(chan int)
		go skynet(c, 0, n)
		s := <-c
		if s != n*(n-1)/2 {
			panic("skynet sum")
		}
		fmt.Printf("skynet_ms %.1f\n", float64(time.Since(t0).Nanoseconds())/1e6)
	case "spawn":
		if n == 0 {
			n = 1000000
		}
		runtime.GC()
		r0 := rss()
		var started int64
		block := make(chan int)
		done := make(chan int64)
		go func() {
			t0 := time.Now()
			for i := 0; i < n; i++ {
				go func() {
					atomic.AddInt64(&started, 1)
					<-block
				}()
			}
			for atomic.LoadInt64(&started) < int64(n) {
				time.Sleep(50 * time.Microsecond)
			}
			done <- time.Since(t0).Nanoseconds()
		}()
		dt := <-done
		time.Sleep(20 * time.Millisecond)
		r1 := rss()
		fmt.Printf("spawn_ns %.0f\nidle_bytes %.0f\n", float64(dt)/float64(n), float64(r1-r0)/float64(n))
	case "ring":
		if n == 0 {
			n = 10000
		}
		const N = 1000
		chans := make([]chan int, N)
		for i := range chans {
			chans[i] = make(chan int, 1)
		}
		for i := 1; i < N; i++ {
			go func(in, out chan int) {
				for {
					t := <-in
					out <- t
					if t == 0 {
						return
					}
				}
			}(chans[i], chans[(i+1)%N])
		}
		t0 := time.Now()
		for r := n; r > 0; r-- {
			chans[1] <- r
			<-chans[0]
		}
		dt := time.Since(t0).Nanoseconds()
		chans[1] <- 0
		<-chans[0]
		fmt.Printf("ring_ns_per_hop %.1f\n", float64(dt)/float64(n*N))
	case "pingpong":
		if n == 0 {
			n = 1000000
		}
		a, b := make(chan int), make(chan int)
		go func() {
			for {
				m := <-a
				b <- m
				if m == 0 {
					return
				}
			}
		}()
		res := make(chan int64)
		go func() {
			t0 := time.Now()
			for i := n; i >= 0; i-- {
				a <- i
				<-b
			}
			res <- time.Since(t0).Nanoseconds()
		}()
		dt := <-res
		fmt.Printf("pingpong_ns_per_msg %.1f\n", float64(dt)/(2*float64(n+1)))
	case "fanin":
		if n == 0 {
			n = 5000000
		}
		c := make(chan int, 4096)
		for s := 0; s < 2; s++ {
			go func() {
				for i := 1; i <= n; i++ {
					c <- i
				}
				c <- -1
			}()
		}
		t0 := time.Now()
		done, count := 0, 0
		for done < 2 {
			if m := <-c; m == -1 {
				done++
			} else {
				count++
			}
		}
		dt := time.Since(t0).Nanoseconds()
		fmt.Printf("fanin_msgs_per_s %.0f\n", float64(count)/(float64(dt)/1e9))
	default:
		fmt.Fprintln(os.Stderr, "usage: bench skynet|spawn|ring|pingpong|fanin [n]")
		os.Exit(2)
	}
}
