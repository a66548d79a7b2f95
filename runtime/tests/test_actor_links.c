/* test_actor_links.c — crash isolation, links, monitors, exit signals,
 * trap_exit, kill, noproc, demonitor, and (outside the sanitizers) a stack
 * overflow in an actor caught by its guard page and turned into its crash. */
#include "test.h"
#include "aithon_actor.h"
#include "platform/context.h"

static ai_pid P(ai_word w) { return ai_actor_pid_of(w); }

static bool is_down(ai_word w) { return !ai_is_small(w) && ai_obj(w)->type == &ai_type_down; }
static bool is_exit(ai_word w) { return !ai_is_small(w) && ai_obj(w)->type == &ai_type_exit_msg; }
static AiDown *D(ai_word w) { return (AiDown *)ai_obj(w); }
static AiExitMsg *X(ai_word w) { return (AiExitMsg *)ai_obj(w); }
static bool reason_str(ai_word r, const char *s) { return r && ai_is_str(r) && strcmp(ai_as_str(r)->data, s) == 0; }

static void crasher(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_int_floordiv(ai_small(1), ai_small(0)); /* ZeroDivisionError */
}

/* waits for "go" (so the test can monitor it first), then crashes */
static void crasher_on_go(const ai_word *args, int64_t n) {
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
  crasher(args, n);
}

static void waiter(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
}

/* links to args[0] (a crasher-to-be), then waits: dies with the same reason */
static void linked_parent(const ai_word *args, int64_t n) {
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY); /* go */
  ai_actor_spawn_link(crasher, 0, NULL);
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
  ai_actor_send(P(args[0]), S("not reached"));
}

/* traps exits, links to a crasher, forwards the EXIT message to args[0] */
static void trapper(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_trap_exit(true);
  ai_actor_spawn_link(crasher, 0, NULL);
  ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
  ai_actor_send(P(args[0]), m);
}

static void busy(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  for (;;) ai_sched_yield_point();
}

static void trapping_waiter(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_trap_exit(true);
  ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
  ai_actor_send(P(args[0]), m);
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
}

static void normal_exit(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
}

/* links to a short-lived child that exits normally: must survive */
static void survivor(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_spawn_link(normal_exit, 0, NULL);
  ai_actor_sleep(20 * 1000000);
  ai_actor_send(P(args[0]), S("alive"));
}

static void self_exit(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY); /* go */
  ai_actor_exit_self(S("custom reason"));
}

static void link_dead(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_trap_exit(true);
  ai_actor_link(P(args[1]));
  ai_actor_send(P(args[0]), ai_actor_receive(AI_ACTOR_INFINITY));
}

#if !defined(AI_ASAN) && !defined(AI_TSAN)
static volatile long sink;
__attribute__((noinline)) static long deep(long k) {
  volatile char pad[256];
  pad[0] = (char)k;
  if (k == 0) return pad[0];
  long r = deep(k - 1) + pad[0];
  sink = r;
  return r;
}
static void overflow(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY); /* go */
  sink = deep(1L << 30);
}
#endif

int main(void) {
  ai_word me = ai_actor_pid_word(ai_actor_self());

  /* crash isolation: DOWN carries the exception, the others are unaffected */
  ai_pid w = ai_actor_spawn(waiter, 0, NULL);
  ai_pid c = ai_actor_spawn(crasher_on_go, 0, NULL);
  ai_word ref = ai_actor_monitor(c);
  ai_actor_send(c, S("go"));
  ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m));
  if (is_down(m)) {
    CHECK(D(m)->ref == ref);
    CHECK(P(D(m)->pid) == c);
    CHECK(ai_obj(D(m)->reason)->type == &ai_exc_ZeroDivisionError);
    CHECK_STR(((AiException *)ai_obj(D(m)->reason))->msg, "integer division or modulo by zero");
  }
  CHECK(ai_actor_is_alive(w));
  CHECK(!ai_actor_is_alive(c));

  /* monitor of a dead actor: DOWN noproc at once */
  ref = ai_actor_monitor(c);
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && D(m)->ref == ref && reason_str(D(m)->reason, "noproc"));

  /* a link propagates the crash to a non-trapping parent */
  ai_pid lp = ai_actor_spawn(linked_parent, 1, &me);
  ref = ai_actor_monitor(lp);
  ai_actor_send(lp, S("go"));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && P(D(m)->pid) == lp);
  if (is_down(m)) CHECK(ai_obj(D(m)->reason)->type == &ai_exc_ZeroDivisionError);

  /* trap_exit turns the signal into an EXIT message */
  ai_actor_spawn(trapper, 1, &me);
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_exit(m));
  if (is_exit(m)) CHECK(ai_obj(X(m)->reason)->type == &ai_exc_ZeroDivisionError);

  /* exit(pid, kill) ends a busy actor (at its next yield point): reason killed */
  ai_pid b = ai_actor_spawn(busy, 0, NULL);
  ref = ai_actor_monitor(b);
  CHECK(ai_actor_exit(b, ai_actor_reason_kill()));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && reason_str(D(m)->reason, "killed"));

  /* exit(pid, normal) is ignored by a non-trapping actor; another reason ends it */
  ref = ai_actor_monitor(w);
  ai_actor_exit(w, ai_actor_reason_normal());
  CHECK(ai_actor_receive(30 * 1000000) == AI_ACTOR_TIMEOUT);
  CHECK(ai_actor_is_alive(w));
  ai_actor_exit(w, S("shutdown"));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && reason_str(D(m)->reason, "shutdown"));

  /* a trapping actor receives exit() as a message, kill still ends it */
  ai_pid tw = ai_actor_spawn(trapping_waiter, 1, &me);
  ref = ai_actor_monitor(tw);
  ai_actor_exit(tw, S("please"));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_exit(m) && reason_str(X(m)->reason, "please") && P(X(m)->pid) == ai_actor_self());
  ai_actor_exit(tw, ai_actor_reason_kill());
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && reason_str(D(m)->reason, "killed"));

  /* a normal exit does not take linked actors down */
  ai_actor_spawn(survivor, 1, &me);
  CHECK_STR(ai_actor_receive(AI_ACTOR_INFINITY), "alive");

  /* exit_self with a custom reason */
  ai_pid se = ai_actor_spawn(self_exit, 0, NULL);
  ref = ai_actor_monitor(se);
  ai_actor_send(se, S("go"));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && reason_str(D(m)->reason, "custom reason"));

  /* linking to a dead actor: noproc exit signal (trapped here) */
  ai_actor_spawn(link_dead, 2, (ai_word[]){me, ai_actor_pid_word(c)});
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_exit(m) && reason_str(X(m)->reason, "noproc"));

  /* demonitor: no DOWN */
  ai_pid w2 = ai_actor_spawn(waiter, 0, NULL);
  ref = ai_actor_monitor(w2);
  ai_actor_demonitor(ref);
  ai_actor_send(w2, ai_small(1));
  CHECK(ai_actor_receive(50 * 1000000) == AI_ACTOR_TIMEOUT);

  /* many crashes, none affects main */
  for (int i = 0; i < 200; i++) ai_actor_monitor(ai_actor_spawn(crasher, 0, NULL));
  int downs = 0;
  for (int i = 0; i < 200; i++)
    if (is_down(ai_actor_receive(AI_ACTOR_INFINITY))) downs++;
  CHECK_I64(downs, 200);

#if !defined(AI_ASAN) && !defined(AI_TSAN)
  /* stack overflow: the guard page turns it into that actor's crash */
  ai_pid o = ai_actor_spawn(overflow, 0, NULL);
  ref = ai_actor_monitor(o);
  ai_actor_send(o, S("go"));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && reason_str(D(m)->reason, "stack_overflow"));
  /* and again (the worker's handler still works) */
  o = ai_actor_spawn(overflow, 0, NULL);
  ai_actor_monitor(o);
  ai_actor_send(o, S("go"));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(is_down(m) && reason_str(D(m)->reason, "stack_overflow"));
#endif

  ai_sched_wait_idle();
  CHECK_I64(ai_sched_live_actors(), 1);
  TEST_MAIN_END();
}
