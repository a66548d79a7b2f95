# bench/actors/python/main.py: the actor workloads of bench/actors written in
# Python against aithon.actors, compiled by `aithon build --release` (and
# runnable under CPython with python/ on PYTHONPATH, far slower). The same
# workloads as actors.c, bench.go and bench.erl; prints "<metric> <value>".
#
#   main.py skynet|spawn|ring|pingpong|fanin [n]
import sys
import time

from aithon.actors import receive, self_pid, send, spawn


def skynet(parent, num, size):
    if size == 1:
        send(parent, num)
        return
    me = self_pid()
    sub = size // 10
    for i in range(10):
        spawn(skynet, me, num + i * sub, sub)
    total = 0
    for _ in range(10):
        total += receive()
    send(parent, total)


def idle(spawner):
    # Go and Erlang count started processes with an atomic; aithon.actors has
    # none, so each idle actor tells the spawner with one message instead.
    send(spawner, 1)
    receive()


def ring_node():
    to = receive()  # the pid of the next node
    while True:
        token = receive()
        send(to, token)
        if token == 0:
            return


def ring_head(main_pid, first, rounds):
    receive()  # "go": main has sent every node its next pid
    t0 = time.perf_counter_ns()
    for r in range(rounds, 0, -1):
        send(first, r)
        receive()
    dt = time.perf_counter_ns() - t0
    send(first, 0)
    receive()
    send(main_pid, dt)


def pong():
    to = receive()  # the pid of ping
    while True:
        m = receive()
        send(to, m)
        if m == 0:
            return


def ping(main_pid, to, rounds):
    send(to, self_pid())
    t0 = time.perf_counter_ns()
    for i in range(rounds, -1, -1):
        send(to, i)
        receive()
    send(main_pid, time.perf_counter_ns() - t0)


def sender(to, k):
    for i in range(1, k + 1):
        send(to, i)
    send(to, -1)


def receiver(main_pid):
    done = 0
    count = 0
    t0 = time.perf_counter_ns()
    while done < 2:
        if receive() == -1:
            done += 1
        else:
            count += 1
    dt = time.perf_counter_ns() - t0
    send(main_pid, count)
    send(main_pid, dt)


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


def main():
    workload = sys.argv[1] if len(sys.argv) > 1 else ""
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    me = self_pid()
    if workload == "skynet":
        n = n or 1_000_000
        t0 = time.perf_counter_ns()
        spawn(skynet, me, 0, n)
        total = receive()
        dt = time.perf_counter_ns() - t0
        if total != n * (n - 1) // 2:
            sys.exit(f"skynet: wrong sum {total}")
        print(f"skynet_ms {dt / 1e6:.1f}")
    elif workload == "spawn":
        n = n or 1_000_000
        rss0 = rss_bytes()
        t0 = time.perf_counter_ns()
        for _ in range(n):
            spawn(idle, me)
        for _ in range(n):
            receive()  # then every actor has started and is about to wait in receive()
        dt = time.perf_counter_ns() - t0
        rss1 = rss_bytes()
        print(f"spawn_ns {dt / n:.0f}")
        print(f"idle_bytes {(rss1 - rss0) / n:.0f}")
    elif workload == "ring":
        n = n or 10_000
        size = 1000
        nodes = [spawn(ring_node) for _ in range(size - 1)]
        head = spawn(ring_head, me, nodes[0], n)
        for i, node in enumerate(nodes):
            send(node, nodes[i + 1] if i + 1 < len(nodes) else head)
        send(head, "go")
        dt = receive()
        print(f"ring_ns_per_hop {dt / (n * size):.1f}")
    elif workload == "pingpong":
        n = n or 1_000_000
        po = spawn(pong)
        spawn(ping, me, po, n)
        dt = receive()
        print(f"pingpong_ns_per_msg {dt / (2 * (n + 1)):.1f}")
    elif workload == "fanin":
        n = n or 5_000_000
        r = spawn(receiver, me)
        spawn(sender, r, n)
        spawn(sender, r, n)
        count = receive()
        dt = receive()
        if count != 2 * n:
            sys.exit("fanin: lost messages")
        print(f"fanin_msgs_per_s {count / (dt / 1e9):.0f}")
    else:
        sys.exit("usage: main.py skynet|spawn|ring|pingpong|fanin [n]")


if __name__ == "__main__":
    main()
