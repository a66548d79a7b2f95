/* test_actor_basic.c — spawn, send, receive: message copies of every sendable
 * type, pids in messages, selective receive keeps the rest in order, receive
 * timeouts and polling, sleep, many arguments, 10,000 actors, a small skynet,
 * blocking calls that do not stall the worker, TypeError for unsendable values. */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "obj/int.h"
#include "platform/thread.h"

#include <unistd.h>

static ai_pid arg_pid(ai_word w) { return ai_actor_pid_of(w); }

/* echoes every message back to args[0] until it receives -1 */
static void echo(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid to = arg_pid(args[0]);
  for (;;) {
    ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
    if (m == ai_small(-1)) return;
    ai_actor_send(to, m);
  }
}

static void sum_args(const ai_word *args, int64_t n) {
  int64_t s = 0;
  for (int64_t i = 1; i < n; i++) s += ai_small_val(args[i]);
  ai_actor_send(arg_pid(args[0]), ai_small(s));
}

static void replier(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_send(arg_pid(args[0]), args[1]);
}

static void skynet(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid parent = arg_pid(args[0]);
  int64_t num = ai_small_val(args[1]), size = ai_small_val(args[2]);
  if (size == 1) {
    ai_actor_send(parent, ai_small(num));
    return;
  }
  ai_word me = ai_actor_pid_word(ai_actor_self());
  int64_t sub = size / 10;
  for (int64_t i = 0; i < 10; i++) {
    ai_word a[3] = {me, ai_small(num + i * sub), ai_small(sub)};
    ai_actor_spawn(skynet, 3, a);
  }
  int64_t sum = 0;
  for (int i = 0; i < 10; i++) sum += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  ai_actor_send(parent, ai_small(sum));
}

static int is_even(ai_word w, void *ctx) {
  (void)ctx;
  return ai_is_small(w) && ai_small_val(w) % 2 == 0;
}

/* sleeps until an absolute deadline (args[2], ns), so a late start under load does not reorder wake-ups */
static void sleeper(const ai_word *args, int64_t n) {
  (void)n;
  int64_t left = ai_small_val(args[2]) - ai_now_ns();
  if (left > 0) ai_actor_sleep(left);
  ai_actor_send(arg_pid(args[0]), args[1]);
}

/* blocks its thread in read() between blocking_begin/end */
static int pipefd[2];
static void blocker(const ai_word *args, int64_t n) {
  (void)n;
  char c = 0;
  ai_sched_blocking_begin();
  ssize_t r = read(pipefd[0], &c, 1);
  ai_sched_blocking_end();
  ai_actor_send(arg_pid(args[0]), ai_small(r == 1 ? c : -1));
}

static void counter_actor(const ai_word *args, int64_t n) {
  (void)n;
  int64_t k = 0;
  for (int i = 0; i < 2000; i++) {
    ai_sched_yield_point();
    ai_actor_sleep(10000); /* 10 us */
    k++;
  }
  ai_actor_send(arg_pid(args[0]), ai_small(k));
}

static const AiType odd_type = {"file", NULL};

int main(void) {
  ai_word me = ai_actor_pid_word(ai_actor_self());
  CHECK(ai_actor_self() != 0);
  CHECK(ai_actor_pid_of(me) == ai_actor_self());
  CHECK(ai_sched_workers() >= 1);

  /* copies of every sendable type */
  ai_pid e = ai_actor_spawn(echo, 1, &me);
  CHECK(e != 0 && ai_actor_is_alive(e));
  ai_word s = S("h\xc3\xa9llo w\xc3\xb6rld");
  ai_actor_send(e, s);
  ai_word r = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(r != s && ai_str_eq(r, s) && ai_str_len(r) == 11);
  ai_actor_send(e, F(2.5));
  r = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(ai_is_float(r) && ai_unbox_float(r) == 2.5);
  ai_word big = I("-123456789012345678901234567890123456789");
  ai_actor_send(e, big);
  r = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(r != big && ai_int_eq(r, big));
  CHECK_STR(ai_str_of_int(r), "-123456789012345678901234567890123456789");
  ai_actor_send(e, AI_NONE_W);
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == AI_NONE_W);
  ai_actor_send(e, AI_TRUE_W);
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == AI_TRUE_W);
  ai_actor_send(e, ai_small(-42));
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(-42));
  ai_actor_send(e, me);
  r = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(r != me && ai_actor_pid_of(r) == ai_actor_self());
  ai_raise(&ai_exc_ValueError, "bad value");
  ai_word exc = ai_w(ai_exc_current());
  ai_exc_clear();
  ai_actor_send(e, exc);
  r = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(r != exc && ai_obj(r)->type == &ai_exc_ValueError);
  CHECK_STR(((AiException *)ai_obj(r))->msg, "bad value");

  /* unsendable */
  AiObject *odd = ai_alloc(sizeof(AiObject));
  odd->type = &odd_type;
  CHECK(!ai_actor_send(e, ai_w(odd)));
  CHECK_RAISES(0, "TypeError: cannot send 'file' object to an actor");
  CHECK(ai_actor_spawn(echo, 1, (ai_word[]){ai_w(odd)}) == 0);
  CHECK_RAISES(0, "TypeError: cannot send 'file' object to an actor");

  /* selective receive: evens first, odds stay queued in order */
  for (int i = 1; i <= 6; i++) ai_actor_send(ai_actor_self(), ai_small(i));
  CHECK(ai_actor_receive_match(is_even, NULL, AI_ACTOR_INFINITY) == ai_small(2));
  CHECK(ai_actor_receive_match(is_even, NULL, AI_ACTOR_INFINITY) == ai_small(4));
  CHECK(ai_actor_receive_match(is_even, NULL, AI_ACTOR_INFINITY) == ai_small(6));
  CHECK(ai_actor_receive_match(is_even, NULL, 0) == AI_ACTOR_TIMEOUT);
  CHECK(ai_actor_receive(0) == ai_small(1));
  CHECK(ai_actor_receive(0) == ai_small(3));
  CHECK(ai_actor_receive(0) == ai_small(5));

  /* timeouts */
  CHECK(ai_actor_receive(0) == AI_ACTOR_TIMEOUT);
  int64_t t0 = ai_now_ns();
  CHECK(ai_actor_receive(20 * 1000000) == AI_ACTOR_TIMEOUT);
  int64_t dt = ai_now_ns() - t0;
  CHECK(dt >= 20 * 1000000 && dt < 2000 * 1000000LL);

  /* many arguments */
  ai_word many[8] = {me};
  for (int i = 1; i < 8; i++) many[i] = ai_small(i * 10);
  ai_actor_spawn(sum_args, 8, many);
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(280));

  /* 10,000 actors, each replying once */
  for (int i = 0; i < 10000; i++) ai_actor_spawn(replier, 2, (ai_word[]){me, ai_small(i)});
  int64_t sum = 0;
  for (int i = 0; i < 10000; i++) sum += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK_I64(sum, 10000LL * 9999 / 2);

  /* skynet with 10,000 leaves */
  ai_actor_spawn(skynet, 3, (ai_word[]){me, ai_small(0), ai_small(10000)});
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 10000LL * 9999 / 2);

  /* sleepers wake in deadline order */
  /* deadlines 100 ms apart: generous for a loaded 2-core CI machine */
  int64_t base = ai_now_ns();
  ai_actor_spawn(sleeper, 3, (ai_word[]){me, ai_small(60), ai_small(base + 300 * 1000000LL)});
  ai_actor_spawn(sleeper, 3, (ai_word[]){me, ai_small(20), ai_small(base + 100 * 1000000LL)});
  ai_actor_spawn(sleeper, 3, (ai_word[]){me, ai_small(40), ai_small(base + 200 * 1000000LL)});
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(20));
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(40));
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(60));

  /* blocking calls: as many blocked readers as workers + 1, and other actors still run */
  CHECK(pipe(pipefd) == 0);
  int nb = ai_sched_workers() + 1;
  for (int i = 0; i < nb; i++) ai_actor_spawn(blocker, 1, &me);
  ai_actor_spawn(counter_actor, 1, &me);
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(2000)); /* the counter finished first */
  for (int i = 0; i < nb; i++) CHECK(write(pipefd[1], "x", 1) == 1);
  for (int i = 0; i < nb; i++) CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small('x'));

  ai_actor_send(e, ai_small(-1));
  ai_sched_wait_idle();
  CHECK(!ai_actor_is_alive(e));
  CHECK_I64(ai_sched_live_actors(), 1);
  ai_actor_send(e, ai_small(1)); /* to a dead actor: dropped */
  CHECK(!ai_exc_pending());
  TEST_MAIN_END();
}
