/* test_actor_mailbox_race.c — races around the mailbox and its nodes, on more
 * workers than CPUs (the process is pinned to one CPU when it may be, so the
 * OS preempts workers anywhere: inside a push, inside the node pool's lock,
 * inside a spawn), under ASan and TSan as well as -O2:
 *   1. message nodes flowing between threads: four ping-pong pairs and a
 *      three-sender fan-in at once, so node batches go back and forth through
 *      the global pool all the time; every message arrives, in order. (The
 *      pool poisoned a batch for ASan after putting it on the global list,
 *      where another thread could already have taken it and sent its first
 *      node: ASan reported the receiver reading a freed node in mailbox_take,
 *      one run in fifteen of test_actor_backpressure on one CPU.)
 *   2. sends to stale pids while their blocks are reused: three churners each
 *      spawn children one at a time (recycled blocks, often ones just freed)
 *      while sending to the other churners' recent children, mostly dead. A
 *      child gets its token and perhaps messages addressed to it (its own
 *      pid); a message addressed to another actor is a stale send delivered
 *      to the block's new actor. (ai_actor_alloc cleared `dead` before it
 *      stored the new pid: a stale pid matched in between, and its push went
 *      onto the mailbox being reset, linked from the node that had been the
 *      dead actor's dummy, freed: TSan reports that every run, and under
 *      ASan a third of the runs count a stranger's message.)
 * Optional argument: the scale (messages and spawns; 8 by default). */
#define _GNU_SOURCE
#include "test_actor_util.h"

#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>

/* 8 under the sanitizers too: it always ran so (the sanitizer switch it
 * had never saw AI_TSAN or AI_ASAN, defined by platform/context.h), and TSan
 * caught the alloc order at that scale */
static int64_t scale = 8;

/* ---- 1. nodes between threads */

static void pong(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  ai_pid to = ai_actor_pid_of(ai_actor_receive(AI_ACTOR_INFINITY));
  for (;;) {
    ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
    ai_actor_send(to, m);
    if (ai_small_val(m) == 0) return;
  }
}

/* ping(main, pong, rounds): sends rounds..0, checks each echo; reports
 * -1 - (echoes wrong) */
static void ping(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid main_pid = ai_actor_pid_of(args[0]), to = ai_actor_pid_of(args[1]);
  int64_t rounds = ai_small_val(args[2]), bad = 0;
  ai_actor_send(to, ai_actor_pid_word(ai_actor_self()));
  for (int64_t i = rounds; i >= 0; i--) {
    ai_actor_send(to, ai_small(i));
    if (ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)) != i) bad++;
  }
  ai_actor_send(main_pid, ai_small(-bad - 1));
}

/* ---- 2. stale pids */

enum { CHURNERS = 3, RECENT = 8, STALE_SENDS = 6 };
/* each churner's last RECENT children, most of them dead, their blocks
 * recycled and reused by the spawns going on */
static _Atomic ai_pid recent[CHURNERS][RECENT];

/* child(parent, token): takes messages until its token; any pid it gets must
 * be its own (sent to it while alive); replies 1, or 0 after a stranger's */
static void child(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid parent = ai_actor_pid_of(args[0]), me = ai_actor_self();
  int64_t token = ai_small_val(args[1]), ok = 1;
  for (;;) {
    ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
    ai_pid p = ai_actor_pid_of(m);
    if (p) {
      if (p != me) ok = 0;
      continue;
    }
    if (ai_small_val(m) != token) ok = 0;
    break;
  }
  ai_actor_send(parent, ai_small(ok));
}

/* churner(main, index, rounds) */
static void churner(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid main_pid = ai_actor_pid_of(args[0]);
  int64_t idx = ai_small_val(args[1]), rounds = ai_small_val(args[2]), bad = 0;
  ai_word me = ai_actor_pid_word(ai_actor_self());
  uint64_t rng = 0x9E3779B97F4A7C15ull * (uint64_t)(idx + 1);
  for (int64_t i = 0; i < rounds; i++) {
    int64_t token = (idx << 40) | i;
    ai_pid c = ai_actor_spawn(child, 2, (ai_word[]){me, ai_small(token)});
    atomic_store_explicit(&recent[idx][i % RECENT], c, memory_order_relaxed);
    ai_actor_send(c, ai_small(token));
    for (int k = 0; k < STALE_SENDS; k++) { /* to the others' recent children, alive or not */
      rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
      ai_pid o = atomic_load_explicit(&recent[(idx + 1 + rng % (CHURNERS - 1)) % CHURNERS][(rng >> 8) % RECENT], memory_order_relaxed);
      if (o) ai_actor_send(o, ai_actor_pid_word(o));
    }
    if (ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)) != 1) bad++;
  }
  ai_actor_send(main_pid, ai_small(bad));
}

int main(int argc, char **argv) {
  if (argc > 1) scale = atoll(argv[1]);
  /* more workers than CPUs, on one CPU: the OS preempts them anywhere */
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(sched_getcpu() >= 0 ? sched_getcpu() : 0, &one);
  (void)sched_setaffinity(0, sizeof one, &one);
  setenv("AITHON_WORKERS", "3", 1);
  ai_word me = ai_actor_pid_word(ai_actor_self());

  /* 1. */
  int64_t rounds = 10000 * scale, per = 16000 * scale;
  for (int i = 0; i < 4; i++) {
    ai_word po = ai_actor_pid_word(ai_actor_spawn(pong, 0, NULL));
    ai_actor_spawn(ping, 3, (ai_word[]){me, po, ai_small(rounds)});
  }
  ai_word r = ai_actor_pid_word(ai_actor_spawn(receiver, 4, (ai_word[]){me, ai_small(per), ai_small(3), ai_small(0)}));
  for (int s = 0; s < 3; s++) ai_actor_spawn(sender, 3, (ai_word[]){r, ai_small(s * per), ai_small(per)});
  int64_t ping_bad = 0, count = -1, fan_bad = -1;
  for (int got = 0; got < 5; got++) { /* four pings' reports (< 0) and the receiver's */
    int64_t v = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
    if (v < 0) ping_bad += -v - 1;
    else {
      count = v >> 20;
      fan_bad = v & 0xfffff;
    }
  }
  CHECK_I64(ping_bad, 0);
  CHECK_I64(count, 3 * per);
  CHECK_I64(fan_bad, 0);
  printf("nodes between threads: done\n");
  fflush(stdout);

  /* 2. */
  ai_sched_wait_idle();
  int64_t churn = 4000 * scale;
  for (int i = 0; i < CHURNERS; i++) ai_actor_spawn(churner, 3, (ai_word[]){me, ai_small(i), ai_small(churn)});
  int64_t stale_bad = 0;
  for (int i = 0; i < CHURNERS; i++) stale_bad += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK_I64(stale_bad, 0);
  printf("stale pids: done\n");
  TEST_MAIN_END();
}
