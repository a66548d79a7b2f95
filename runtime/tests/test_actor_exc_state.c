/* test_actor_exc_state.c — the "exception being handled" (sys.exc_info(),
 * the implicit __context__ of a new exception) is thread-local state in exc/,
 * so the scheduler saves and restores it per actor: an actor switched out
 * inside an except block (a receive, a sleep, a preemption, a blocking call)
 * must find its own exception when it resumes, and no other actor on that
 * worker may see it (its __context__ would point into a foreign heap). */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"

enum { ACTORS = 64, ROUNDS = 50 };

static ai_pid arg_pid(ai_word w) { return ai_actor_pid_of(w); }

/* Each round: enter an "except" block with an exception of its own, let the
 * others run (yield, sleep, receive with a timeout), check it is still
 * handling its own, leave the block. Reports its count of mismatches. */
static void handler(const ai_word *args, int64_t n) {
  (void)n;
  int64_t bad = 0;
  for (int r = 0; r < ROUNDS; r++) {
    if (ai_exc_handled() != 0) bad++; /* nobody else's exception leaks in */
    ai_raise(&ai_exc_ValueError, "mine");
    ai_word mine = ai_w(ai_exc_current());
    ai_exc_clear();
    ai_word outer = ai_exc_set_handled(mine); /* except ValueError: */
    switch (r % 3) {
    case 0: ai_sched_yield(); break;
    case 1: ai_actor_sleep(1000); break;
    default: (void)ai_actor_receive(1000); break; /* times out */
    }
    if (ai_exc_handled() != mine) bad++;
    /* a new exception raised here chains to this actor's own */
    ai_raise(&ai_exc_KeyError, "inner");
    AiException *inner = ai_exc_current();
    if (inner->context != mine) bad++;
    ai_exc_clear();
    ai_exc_set_handled(outer); /* end of the except block */
  }
  ai_actor_send(arg_pid(args[0]), ai_small(bad));
}

int main(void) {
  ai_word me = ai_actor_pid_word(ai_actor_self());
  for (int a = 0; a < ACTORS; a++) ai_actor_spawn(handler, 1, &me);
  int64_t bad = 0;
  for (int a = 0; a < ACTORS; a++) bad += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK_I64(bad, 0);
  CHECK(ai_exc_handled() == 0);
  TEST_MAIN_END();
}
