/* test_actor_util.h — shared pieces of the actor C tests that drive a fan-in
 * (test_actor_backpressure.c, test_actor_mailbox_race.c): the sanitizer
 * switch that scales them down, a sender and a receiver that checks each
 * sender's order. */
#ifndef AI_TEST_ACTOR_UTIL_H
#define AI_TEST_ACTOR_UTIL_H

#include "test.h"
#include "aithon_actor.h"
#include "platform/context.h" /* AI_ASAN, AI_TSAN */
#include "platform/thread.h"

#if defined(AI_ASAN) || defined(AI_TSAN) || defined(__SANITIZE_THREAD__)
#define SANITIZED 1
#else
#define SANITIZED 0
#endif

/* sender(to, first, count): sends first, first+1, ..., first+count-1, then -1 */
static void sender(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid to = ai_actor_pid_of(args[0]);
  int64_t first = ai_small_val(args[1]), count = ai_small_val(args[2]);
  for (int64_t i = 0; i < count; i++) ai_actor_send(to, ai_small(first + i));
  ai_actor_send(to, ai_small(-1));
}

/* receiver(main, per, senders, nap_ms): the messages of `senders` senders
 * (sender s counting from s * per, at most 8) until each sent -1, checking
 * each sender's order. First it naps nap_ms (> 0: asleep in a receive;
 * < 0: busy for -nap_ms, reaching only yield points). Reports one message:
 * count << 20 | out-of-order messages (capped at 2^20 - 1). */
static void receiver(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid main_pid = ai_actor_pid_of(args[0]);
  int64_t per = ai_small_val(args[1]), senders = ai_small_val(args[2]), nap_ms = ai_small_val(args[3]);
  if (nap_ms > 0) ai_actor_sleep(nap_ms * 1000000);
  for (int64_t end = ai_now_ns() - nap_ms * 1000000; nap_ms < 0 && ai_now_ns() < end;) ai_sched_yield_point(); /* busy */
  int64_t next[8] = {0}, count = 0, bad = 0;
  for (int64_t s = 0; s < senders; s++) next[s] = s * per;
  for (int64_t done = 0; done < senders;) {
    int64_t v = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
    if (v < 0) {
      done++;
      continue;
    }
    /* a little work per message, as a receiver written in Python does: the
     * senders outrun it by far */
    for (volatile int w = 0; w < 40; w++) {
    }
    int64_t s = v / per;
    if (s >= senders || v != next[s]) bad++;
    else next[s]++;
    count++;
  }
  ai_actor_send(main_pid, ai_small(count << 20 | (bad < 0xfffff ? bad : 0xfffff)));
}

#endif
