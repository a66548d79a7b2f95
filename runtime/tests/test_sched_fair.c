/* test_sched_fair.c — with ONE worker thread: a busy actor looping through
 * yield points cannot starve the others (reduction counting); two busy
 * actors share the worker; when every actor waits, the process uses ~0% CPU
 * (workers park); timers keep firing while the worker is busy. */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "platform/thread.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <sys/resource.h>

static _Atomic int stop;
static _Atomic long spins[2];

static void busy(const ai_word *args, int64_t n) {
  (void)n;
  int k = (int)ai_small_val(args[0]);
  while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
    atomic_fetch_add_explicit(&spins[k], 1, memory_order_relaxed);
    ai_sched_yield_point();
  }
}

static void pinger(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid to = ai_actor_pid_of(args[0]);
  for (int i = 0; i < 100; i++) ai_actor_send(to, ai_small(i));
}

static void timed(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_sleep(5 * 1000000);
  ai_actor_send(ai_actor_pid_of(args[0]), S("timer"));
}

/* Lazy waits (sched.c): an actor that waited by a direct handoff has no
 * mark on its mailbox, so a message from another thread (here main) does
 * not wake it; its worker must mark it at the yield point's slow path of the
 * busy actor it handed off to, or that message waits as long as the busy
 * actor runs (here until its cap: the check fails). */
static _Atomic int lazy_woken, lazy_capped;

static void lazy_busy(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY); /* from lazy_waiter, which then waits by a handoff to here */
  int64_t cap = ai_now_ns() + 10LL * 1000000000;
  while (!atomic_load(&lazy_woken))
    if (ai_now_ns() > cap) {
      atomic_store(&lazy_capped, 1);
      return;
    } else ai_sched_yield_point();
}

static void lazy_waiter(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_send(ai_actor_pid_of(args[0]), S("busy"));
  (void)ai_actor_receive(AI_ACTOR_INFINITY); /* main's message */
  atomic_store(&lazy_woken, 1);
}

static double cpu_seconds(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
}

static void idle_waiter(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
}

int main(void) {
  setenv("AITHON_WORKERS", "1", 1);
  ai_word me = ai_actor_pid_word(ai_actor_self());
  CHECK_I64(ai_sched_workers(), 1);
  ai_actor_spawn(busy, 1, (ai_word[]){ai_small(0)});
  ai_actor_spawn(busy, 1, (ai_word[]){ai_small(1)});
  /* 20 pingers must all get through the single, busy worker */
  for (int i = 0; i < 20; i++) ai_actor_spawn(pinger, 1, &me);
  int got = 0;
  for (int i = 0; i < 2000; i++) {
    ai_word m = ai_actor_receive(5000LL * 1000000);
    if (m == AI_ACTOR_TIMEOUT) break;
    got++;
  }
  CHECK_I64(got, 2000);
  /* a timer fires although the worker never runs out of work */
  ai_actor_spawn(timed, 1, &me);
  CHECK_STR(ai_actor_receive(5000LL * 1000000), "timer");
  /* both busy actors progressed */
  long a0 = atomic_load(&spins[0]), a1 = atomic_load(&spins[1]);
  CHECK(a0 > 0 && a1 > 0);
  atomic_store(&stop, 1);
  ai_sched_wait_idle();

  /* a lazily waiting actor is woken by a message from another thread while
   * the actor it handed off to keeps its worker busy */
  ai_word busy_pid = ai_actor_pid_word(ai_actor_spawn(lazy_busy, 0, NULL));
  ai_actor_sleep(20 * 1000000); /* lazy_busy waits */
  ai_pid waiter = ai_actor_spawn(lazy_waiter, 1, &busy_pid);
  ai_actor_sleep(20 * 1000000); /* lazy_waiter waits, lazy_busy spins */
  ai_actor_send(waiter, ai_small(1));
  ai_sched_wait_idle();
  CHECK(atomic_load(&lazy_woken) && !atomic_load(&lazy_capped));

  /* all actors waiting: the process sleeps */
  for (int i = 0; i < 100; i++) ai_actor_spawn(idle_waiter, 0, NULL);
  ai_actor_sleep(20 * 1000000);
  double c0 = cpu_seconds();
  int64_t t0 = ai_now_ns();
  ai_actor_sleep(300 * 1000000);
  double used = cpu_seconds() - c0;
  double wall = (double)(ai_now_ns() - t0) / 1e9;
  printf("idle: %.1f ms CPU in %.0f ms\n", used * 1e3, wall * 1e3);
  CHECK(used < 0.05 * wall + 0.01);
  TEST_MAIN_END();
}
