/* test_actor_backpressure.c — mailbox back-pressure (actor.c,
 * "back-pressure") on two workers:
 *   1. a two-sender fan-in of 10,000,000 small ints (fewer under the
 *      sanitizers), to a receiver slower than its senders, arrives whole and in
 *      order per sender, and the process's
 *      peak RSS grows by less than 24 MiB over the run (without back-pressure
 *      the receiver's mailbox grew to 70-180 MB: the senders on one worker
 *      outran the receiver on the other);
 *   2. a receiver that does not receive for a while (asleep 50 ms, or busy
 *      for 150 ms) does not stop its senders for good: every message arrives;
 *   3. two actors flooding each other before either receives do not
 *      deadlock (each paused sender takes its own messages in);
 *   4. the main actor waiting for its senders to end (ai_sched_wait_idle)
 *      before it receives what they sent does not deadlock.
 * Optional argument: the fan-in's message count. */
#define _GNU_SOURCE
#include "test_actor_util.h"

#include <stdlib.h>
#include <string.h>

static int64_t fanin_total = SANITIZED ? 400000 : 10000000;

/* "VmHWM:" (peak) or "VmRSS:" from /proc/self/status, in KiB */
static int64_t status_kib(const char *key) {
  FILE *f = fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  int64_t v = -1;
  size_t k = strlen(key);
  while (fgets(line, sizeof line, f))
    if (strncmp(line, key, k) == 0) {
      v = atoll(line + k);
      break;
    }
  fclose(f);
  return v;
}

static void fan_in(int64_t total, int64_t nap_ms, int64_t *count, int64_t *disorder) {
  ai_word me = ai_actor_pid_word(ai_actor_self());
  int64_t per = total / 2;
  ai_word r = ai_actor_pid_word(ai_actor_spawn(receiver, 4, (ai_word[]){me, ai_small(per), ai_small(2), ai_small(nap_ms)}));
  ai_actor_spawn(sender, 3, (ai_word[]){r, ai_small(0), ai_small(per)});
  ai_actor_spawn(sender, 3, (ai_word[]){r, ai_small(per), ai_small(per)});
  int64_t report = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  *count = report >> 20;
  *disorder = report & 0xfffff;
}

static int is_pid(ai_word w, void *ctx) {
  (void)ctx;
  return ai_actor_pid_of(w) != 0;
}

/* flooder(main, count): learns its peer's pid (the peer may have sent it
 * numbers before), sends it `count` messages,
 * then receives the peer's `count`, and reports their sum. */
static void flooder(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid main_pid = ai_actor_pid_of(args[0]);
  int64_t count = ai_small_val(args[1]);
  ai_pid peer = ai_actor_pid_of(ai_actor_receive_match(is_pid, NULL, AI_ACTOR_INFINITY));
  for (int64_t i = 0; i < count; i++) ai_actor_send(peer, ai_small(i));
  int64_t sum = 0;
  for (int64_t i = 0; i < count; i++) sum += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  ai_actor_send(main_pid, ai_small(sum));
}

int main(int argc, char **argv) {
  setenv("AITHON_WORKERS", "2", 1);
  if (argc > 1) fanin_total = atoll(argv[1]);

  /* 1. flat memory */
  ai_actor_self();
  int64_t rss0 = status_kib("VmRSS:");
  int64_t count, disorder;
  fan_in(fanin_total, 0, &count, &disorder);
  int64_t peak = status_kib("VmHWM:");
  CHECK_I64(count, fanin_total);
  CHECK_I64(disorder, 0);
  printf("fan-in of %lld: RSS %lld KiB before, peak %lld KiB\n", (long long)fanin_total, (long long)rss0, (long long)peak);
  if (!SANITIZED) CHECK(peak - rss0 < 24 * 1024);

  fflush(stdout);
  /* 2. a receiver that does not receive for a while */
  fan_in(200000, 50, &count, &disorder);
  CHECK_I64(count, 200000);
  CHECK_I64(disorder, 0);
  fan_in(200000, -150, &count, &disorder);
  CHECK_I64(count, 200000);
  CHECK_I64(disorder, 0);

  printf("sleepy receiver: done\n");
  fflush(stdout);
  /* 3. two actors flooding each other */
  ai_word me = ai_actor_pid_word(ai_actor_self());
  int64_t k = 100000;
  ai_word a = ai_actor_pid_word(ai_actor_spawn(flooder, 2, (ai_word[]){me, ai_small(k)}));
  ai_word b = ai_actor_pid_word(ai_actor_spawn(flooder, 2, (ai_word[]){me, ai_small(k)}));
  ai_actor_send(ai_actor_pid_of(a), b);
  ai_actor_send(ai_actor_pid_of(b), a);
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), k * (k - 1) / 2);
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), k * (k - 1) / 2);

  /* 4. */
  ai_sched_wait_idle();
  for (int i = 0; i < 2; i++) ai_actor_spawn(sender, 3, (ai_word[]){me, ai_small(i * k), ai_small(k)});
  ai_sched_wait_idle();
  int64_t got = 0, ends = 0;
  while (ends < 2) {
    int64_t v = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
    if (v < 0) ends++;
    else got++;
  }
  CHECK_I64(got, 2 * k);
  TEST_MAIN_END();
}
