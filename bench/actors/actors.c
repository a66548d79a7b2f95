/* bench/actors/actors.c — the actor workloads against the C API (the Python
 * API comes later). Usage: actors <workload> [n]; prints "<metric> <value>".
 *   skynet   [1000000]  skynet: ms for 1M leaves (10 children per actor)
 *   spawn    [1000000]  ns per spawned actor (until all wait in receive), bytes of RSS per idle actor
 *   ring     [10000]    1,000 actors, a token around the ring n times: ns per hop
 *   pingpong [1000000]  two actors, n round trips: ns per message
 *   fanin    [5000000]  two senders, n messages each, one receiver: messages per second
 *   soak     [10000000] n messages through a pipeline of 8 actors with a credit window:
 *                       ns per message, heap bytes at 25% and peak after 50% (flat memory)
 * Built by run.mjs: clang -std=c11 -O2 actors.c <every runtime/src .c file> -lm -l:libz.a */
#define _GNU_SOURCE
#include "aithon_actor.h"
#include "mem/heap.h"
#include "obj/object.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
static long rss_bytes(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  long size = 0, res = 0;
  if (f) {
    if (fscanf(f, "%ld %ld", &size, &res) != 2) res = 0;
    fclose(f);
  }
  return res * sysconf(_SC_PAGESIZE);
}
static ai_pid P(ai_word w) { return ai_actor_pid_of(w); }
static ai_word recv(void) { return ai_actor_receive(AI_ACTOR_INFINITY); }

/* ---- skynet */
static void skynet(const ai_word *a, int64_t n) {
  (void)n;
  int64_t num = ai_small_val(a[1]), size = ai_small_val(a[2]);
  if (size == 1) {
    ai_actor_send(P(a[0]), a[1]);
    return;
  }
  ai_word me = ai_actor_pid_word(ai_actor_self());
  int64_t sub = size / 10;
  for (int64_t i = 0; i < 10; i++) ai_actor_spawn(skynet, 3, (ai_word[]){me, ai_small(num + i * sub), ai_small(sub)});
  int64_t sum = 0;
  for (int i = 0; i < 10; i++) sum += ai_small_val(recv());
  ai_actor_send(P(a[0]), ai_small(sum));
}

/* ---- spawn */
static _Atomic long started;
static void idle(const ai_word *a, int64_t n) {
  (void)a;
  (void)n;
  atomic_fetch_add_explicit(&started, 1, memory_order_relaxed);
  (void)recv();
}

static void spawner(const ai_word *a, int64_t n) {
  (void)n;
  int64_t k = ai_small_val(a[1]);
  int64_t t0 = now_ns();
  for (int64_t i = 0; i < k; i++) ai_actor_spawn(idle, 0, NULL);
  while (atomic_load(&started) < k) ai_actor_sleep(50000);
  ai_actor_send(P(a[0]), ai_small(now_ns() - t0));
  (void)recv();
}

/* ---- ring */
static void ring_node(const ai_word *a, int64_t n) {
  (void)n;
  ai_word next = recv(); /* pid of the next node */
  ai_pid to = P(next);
  for (;;) {
    ai_word t = recv();
    ai_actor_send(to, t);
    if (t == ai_small(0)) return;
  }
  (void)a;
}
static void ring_head(const ai_word *a, int64_t n) {
  (void)n;
  ai_pid main_pid = P(a[0]), first = P(a[1]);
  int64_t rounds = ai_small_val(a[2]);
  (void)recv(); /* "go": main has sent every node its next pid */
  int64_t t0 = now_ns();
  for (int64_t r = rounds; r > 0; r--) {
    ai_actor_send(first, ai_small(r));
    (void)recv();
  }
  int64_t dt = now_ns() - t0;
  ai_actor_send(first, ai_small(0));
  (void)recv();
  ai_actor_send(main_pid, ai_small(dt));
}

/* ---- ping-pong */
static void pong(const ai_word *a, int64_t n) {
  (void)a;
  (void)n;
  ai_word peer = recv();
  ai_pid to = P(peer);
  for (;;) {
    ai_word m = recv();
    ai_actor_send(to, m);
    if (m == ai_small(0)) return;
  }
}
static void ping(const ai_word *a, int64_t n) {
  (void)n;
  ai_pid main_pid = P(a[0]), to = P(a[1]);
  int64_t rounds = ai_small_val(a[2]);
  ai_actor_send(to, ai_actor_pid_word(ai_actor_self()));
  int64_t t0 = now_ns();
  for (int64_t i = rounds; i >= 0; i--) {
    ai_actor_send(to, ai_small(i));
    (void)recv();
  }
  ai_actor_send(main_pid, ai_small(now_ns() - t0));
}

/* ---- fan-in */
static void sender(const ai_word *a, int64_t n) {
  (void)n;
  ai_pid to = P(a[0]);
  int64_t k = ai_small_val(a[1]);
  for (int64_t i = 1; i <= k; i++) {
    ai_actor_send(to, ai_small(i));
    ai_sched_yield_point();
  }
  ai_actor_send(to, ai_small(-1));
}
static void receiver(const ai_word *a, int64_t n) {
  (void)n;
  ai_pid main_pid = P(a[0]);
  int64_t done = 0, count = 0, t0 = now_ns();
  while (done < 2) {
    ai_word m = recv();
    if (m == ai_small(-1)) done++;
    else count++;
  }
  int64_t dt = now_ns() - t0;
  ai_actor_send(main_pid, ai_small(count));
  ai_actor_send(main_pid, ai_small(dt));
}

/* ---- soak */
enum { STAGES = 8, WINDOW = 20000, ACK = 1000 };
static int64_t soak_total;
static void stage(const ai_word *a, int64_t n) {
  (void)n;
  ai_pid next = P(a[0]);
  for (;;) {
    ai_word m = recv();
    ai_actor_send(next, m);
    if (m == ai_small(-1)) return;
  }
}
static void sink(const ai_word *a, int64_t n) {
  (void)n;
  ai_pid source = P(a[0]), main_pid = P(a[1]);
  int64_t count = 0, expect = 0, disorder = 0, early = 0, peak = 0;
  for (;;) {
    ai_word m = recv();
    if (m == ai_small(-1)) break;
    int64_t v = ai_is_str(m) ? ai_small_val(ai_int_from_str(m)) : ai_small_val(m);
    if (v != expect) disorder++;
    expect = v + 1;
    count++;
    if (count % ACK == 0) ai_actor_send(source, ai_small(count));
    if (count == soak_total / 4) early = ai_heap_total_bytes();
    if (count > soak_total / 2 && count % 1000 == 0 && ai_heap_total_bytes() > peak) peak = ai_heap_total_bytes();
  }
  ai_word r[4] = {ai_small(count), ai_small(disorder), ai_small(early), ai_small(peak)};
  for (int i = 0; i < 4; i++) ai_actor_send(main_pid, r[i]);
}
static void source(const ai_word *a, int64_t n) {
  (void)n;
  (void)a;
  ai_pid first = P(recv());
  int64_t acked = 0;
  char buf[32];
  for (int64_t i = 0; i < soak_total; i++) {
    while (i - acked >= WINDOW) acked = ai_small_val(recv());
    if (i % 10 == 0) ai_actor_send(first, ai_str_from_utf8(buf, snprintf(buf, sizeof buf, "%lld", (long long)i)));
    else ai_actor_send(first, ai_small(i));
  }
  ai_actor_send(first, ai_small(-1));
  while (ai_actor_receive(100 * 1000000) != AI_ACTOR_TIMEOUT) {
  }
}

int main(int argc, char **argv) {
  const char *w = argc > 1 ? argv[1] : "";
  int64_t n = argc > 2 ? atoll(argv[2]) : 0;
  ai_word me = ai_actor_pid_word(ai_actor_self());
  if (!strcmp(w, "skynet")) {
    if (!n) n = 1000000;
    int64_t t0 = now_ns();
    ai_actor_spawn(skynet, 3, (ai_word[]){me, ai_small(0), ai_small(n)});
    int64_t sum = ai_small_val(recv());
    int64_t dt = now_ns() - t0;
    if (sum != n * (n - 1) / 2) return fprintf(stderr, "skynet: wrong sum %lld\n", (long long)sum), 1;
    printf("skynet_ms %.1f\n", dt / 1e6);
  } else if (!strcmp(w, "spawn")) {
    if (!n) n = 1000000;
    long rss0 = rss_bytes();
    ai_actor_spawn(spawner, 2, (ai_word[]){me, ai_small(n)});
    int64_t dt = ai_small_val(recv());
    usleep(20000);
    long rss1 = rss_bytes();
    printf("spawn_ns %.0f\nidle_bytes %.0f\n", (double)dt / (double)n, (double)(rss1 - rss0) / (double)n);
    fflush(stdout);
    _exit(0);
  } else if (!strcmp(w, "ring")) {
    if (!n) n = 10000;
    enum { N = 1000 };
    ai_pid nodes[N];
    for (int i = 1; i < N; i++) nodes[i] = ai_actor_spawn(ring_node, 0, NULL);
    /* node 0 is the head; it needs the first node's pid, the last node the head's */
    ai_pid head = ai_actor_spawn(ring_head, 3, (ai_word[]){me, ai_actor_pid_word(nodes[1]), ai_small(n)});
    for (int i = 1; i < N; i++) ai_actor_send(nodes[i], ai_actor_pid_word(i + 1 < N ? nodes[i + 1] : head));
    ai_actor_send(head, ai_small(1));
    int64_t dt = ai_small_val(recv());
    printf("ring_ns_per_hop %.1f\n", (double)dt / ((double)n * N));
  } else if (!strcmp(w, "pingpong")) {
    if (!n) n = 1000000;
    ai_pid po = ai_actor_spawn(pong, 0, NULL);
    ai_actor_spawn(ping, 3, (ai_word[]){me, ai_actor_pid_word(po), ai_small(n)});
    int64_t dt = ai_small_val(recv());
    printf("pingpong_ns_per_msg %.1f\n", (double)dt / (2.0 * (double)(n + 1)));
  } else if (!strcmp(w, "fanin")) {
    if (!n) n = 5000000;
    ai_word r = ai_actor_pid_word(ai_actor_spawn(receiver, 1, &me));
    ai_actor_spawn(sender, 2, (ai_word[]){r, ai_small(n)});
    ai_actor_spawn(sender, 2, (ai_word[]){r, ai_small(n)});
    int64_t count = ai_small_val(recv()), dt = ai_small_val(recv());
    if (count != 2 * n) return fprintf(stderr, "fanin: lost messages\n"), 1;
    printf("fanin_msgs_per_s %.0f\n", (double)count / ((double)dt / 1e9));
  } else if (!strcmp(w, "soak")) {
    soak_total = n ? n : 10000000;
    ai_pid src = ai_actor_spawn(source, 0, NULL);
    ai_word next = ai_actor_pid_word(ai_actor_spawn(sink, 2, (ai_word[]){ai_actor_pid_word(src), me}));
    for (int i = 0; i < STAGES; i++) next = ai_actor_pid_word(ai_actor_spawn(stage, 1, &next));
    int64_t t0 = now_ns();
    ai_actor_send(src, next);
    int64_t r[4];
    for (int i = 0; i < 4; i++) r[i] = ai_small_val(recv());
    int64_t dt = now_ns() - t0;
    printf("soak_msgs %lld\nsoak_lost %lld\nsoak_disorder %lld\nsoak_ns_per_msg %.1f\nsoak_heap_kib_25pct %lld\nsoak_heap_kib_peak_after_50pct %lld\nsoak_rss_kib %ld\n",
           (long long)r[0], (long long)(soak_total - r[0]), (long long)r[1], (double)dt / (double)soak_total, (long long)r[2] / 1024, (long long)r[3] / 1024, rss_bytes() / 1024);
    return r[0] == soak_total && r[1] == 0 ? 0 : 1;
  } else {
    fprintf(stderr, "usage: actors skynet|spawn|ring|pingpong|fanin|soak [n]\n");
    return 2;
  }
  return 0;
}
