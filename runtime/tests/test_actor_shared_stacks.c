/* test_actor_shared_stacks.c — actors on shared stacks (sched.c, "stacks"):
 * with AITHON_STACKS_OWNED=0 every actor shares a worker's ring of stacks, so
 * each switch between actors of one stack saves the frames of one and puts
 * back those of the other. Checks that frames survive that exactly (locals,
 * pointers into the actor's own frames, a recursion waiting at depth), under
 * messages between thousands of actors, generators whose bodies are
 * preempted or wait, a skynet, blocking calls, crashes, and (outside the
 * sanitizers) a stack overflow on a shared stack. */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "obj/int.h"
#include "platform/context.h"

#include <stdlib.h>
#include <unistd.h>

static ai_pid P(ai_word w) { return ai_actor_pid_of(w); }

/* Recurses `depth` frames, each holding a buffer filled from its seed and a
 * pointer to the one above; at the bottom waits for a message, then checks
 * every frame on the way up. Returns the number of bad frames. */
static int64_t deep_wait(int64_t seed, int depth, const volatile int64_t *above) {
  volatile int64_t buf[24];
  for (int i = 0; i < 24; i++) buf[i] = seed * 31 + i;
  int64_t bad = 0;
  if (depth == 0) {
    ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
    if (!ai_is_small(m) || ai_small_val(m) != seed) bad++;
  } else {
    bad += deep_wait(seed, depth - 1, buf);
  }
  for (int i = 0; i < 24; i++)
    if (buf[i] != seed * 31 + i) bad++;
  if (above && above[0] != seed * 31) bad++;
  return bad;
}

/* args: parent, seed, depth: waits (at depth) for its seed, replies with the number of bad frames */
static void waiter(const ai_word *args, int64_t n) {
  (void)n;
  int64_t seed = ai_small_val(args[1]);
  int64_t bad = deep_wait(seed, (int)ai_small_val(args[2]), NULL);
  ai_actor_send(P(args[0]), ai_small(bad));
}

/* a ring node: passes every token to the next node, `laps` times around */
static void ring_node(const ai_word *args, int64_t n) {
  (void)n;
  (void)args;
  volatile int64_t mark = 12345;
  ai_pid next = P(ai_actor_receive(AI_ACTOR_INFINITY));
  for (;;) {
    ai_word t = ai_actor_receive(AI_ACTOR_INFINITY);
    ai_actor_send(next, mark == 12345 ? t : ai_small(-2));
    if (ai_small_val(t) <= 0) return;
  }
}

static void skynet(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid parent = P(args[0]);
  int64_t num = ai_small_val(args[1]), size = ai_small_val(args[2]);
  if (size == 1) {
    ai_actor_send(parent, ai_small(num));
    return;
  }
  ai_word me = ai_actor_pid_word(ai_actor_self());
  int64_t sub = size / 10;
  for (int64_t i = 0; i < 10; i++) ai_actor_spawn(skynet, 3, (ai_word[]){me, ai_small(num + i * sub), ai_small(sub)});
  int64_t sum = 0;
  for (int i = 0; i < 10; i++) sum += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  ai_actor_send(parent, ai_small(sum));
}

/* a blocking call in the middle of its frames, then a reply */
static void blocker(const ai_word *args, int64_t n) {
  (void)n;
  volatile int64_t mark = ai_small_val(args[1]);
  ai_sched_blocking_begin();
  usleep(2000);
  ai_sched_blocking_end();
  ai_actor_send(P(args[0]), ai_small(mark));
}

static void crasher(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
  (void)ai_int_floordiv(ai_small(1), ai_small(0));
}

#if !defined(AI_ASAN) && !defined(AI_TSAN)
static volatile int64_t sink;
static __attribute__((noinline)) int64_t deep(int64_t n) {
  volatile char pad[512];
  pad[0] = (char)n;
  int64_t r = n ? deep(n - 1) + pad[0] : 0;
  sink = r;
  return r;
}
static void overflow(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
  sink = deep(1L << 30);
}
#endif

/* A generator's body: yields seed + i for i < GEN_N, spending reductions
 * between yields (so its actor is preempted inside the body, its frames
 * there on the generator's own stack, its resumer's on the shared one), and
 * waits for its seed in the middle; -1 when that message is wrong. */
enum { GEN_N = 120 };
static ai_word gen_body(ai_word frame) {
  int64_t seed = ai_small_val(frame);
  for (int64_t i = 0; i < GEN_N; i++) {
    for (int k = 0; k < 700; k++) ai_sched_yield_point();
    if (i == GEN_N / 2) {
      ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
      if (!ai_is_small(m) || ai_small_val(m) != seed) (void)ai_gen_yield(ai_small(-1));
    }
    (void)ai_gen_yield(ai_small(seed + i));
  }
  return AI_NONE_W;
}

/* args: parent, seed: drives gen_body to its end from a frame holding a
 * buffer; replies with the number of wrong values and damaged words */
static void gen_driver(const ai_word *args, int64_t n) {
  (void)n;
  int64_t seed = ai_small_val(args[1]);
  volatile int64_t buf[16];
  for (int i = 0; i < 16; i++) buf[i] = seed * 17 + i;
  ai_word g = ai_gen_new(gen_body, ai_small(seed));
  int64_t bad = 0, count = 0, sum = 0;
  ai_word v;
  while (g && ai_gen_next(g, &v)) {
    if (!ai_is_small(v) || ai_small_val(v) < 0) bad++;
    else sum += ai_small_val(v);
    count++;
  }
  if (count != GEN_N || sum != GEN_N * seed + GEN_N * (GEN_N - 1) / 2) bad++;
  for (int i = 0; i < 16; i++)
    if (buf[i] != seed * 17 + i) bad++;
  ai_actor_send(P(args[0]), ai_small(bad));
}

int main(void) {
  setenv("AITHON_STACKS_OWNED", "0", 1); /* read when the first actor starts */
  ai_word me = ai_actor_pid_word(ai_actor_self());

  /* 3,000 actors waiting at depths 0..11 on 64 stacks per worker; woken in
   * another order than they went to sleep, each finds its frames intact */
  enum { N = 3000 };
  static ai_pid ws[N];
  for (int i = 0; i < N; i++) ws[i] = ai_actor_spawn(waiter, 3, (ai_word[]){me, ai_small(i + 1), ai_small(i % 12)});
  for (int i = N; i-- > 0;) ai_actor_send(ws[(i * 7) % N], ai_small((i * 7) % N + 1));
  int64_t bad = 0;
  for (int i = 0; i < N; i++) bad += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK_I64(bad, 0);

  /* a ring of 500 actors, a token 21 times around */
  enum { R = 500 };
  static ai_pid ring[R];
  for (int i = 0; i < R; i++) ring[i] = ai_actor_spawn(ring_node, 0, NULL);
  for (int i = 0; i < R - 1; i++) ai_actor_send(ring[i], ai_actor_pid_word(ring[i + 1]));
  ai_actor_send(ring[R - 1], me);
  int64_t laps = 0;
  for (int64_t t = 20; t >= 0; t--) {
    ai_actor_send(ring[0], ai_small(t));
    ai_word back = ai_actor_receive(AI_ACTOR_INFINITY);
    if (back == ai_small(t)) laps++;
  }
  CHECK_I64(laps, 21);

  /* skynet of 10,000 leaves */
  ai_actor_spawn(skynet, 3, (ai_word[]){me, ai_small(0), ai_small(10000)});
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 10000LL * 9999 / 2);

  /* blocking calls hold their stack until they end */
  for (int i = 0; i < 40; i++) ai_actor_spawn(blocker, 2, (ai_word[]){me, ai_small(i)});
  int64_t sum = 0;
  for (int i = 0; i < 40; i++) sum += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK_I64(sum, 40 * 39 / 2);

  /* 300 actors driving generators, preempted and waiting inside the bodies
   * (which run on stacks of their own) while other actors use their shared
   * stacks: the frames saved are the resumers' (from the sp the generator
   * switch left), and each resumes, on whichever worker, with its own */
  enum { G = 300 };
  static ai_pid gs[G];
  for (int i = 0; i < G; i++) gs[i] = ai_actor_spawn(gen_driver, 2, (ai_word[]){me, ai_small(i + 1)});
  for (int i = G; i-- > 0;) ai_actor_send(gs[(i * 7) % G], ai_small((i * 7) % G + 1));
  bad = 0;
  for (int i = 0; i < G; i++) bad += ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK_I64(bad, 0);

  /* a crash frees its place on the shared stack; the others go on */
  ai_pid c = ai_actor_spawn(crasher, 0, NULL);
  ai_actor_monitor(c);
  ai_actor_send(c, ai_small(1));
  ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(!ai_is_small(m) && ai_obj(m)->type == &ai_type_down);

#if !defined(AI_ASAN) && !defined(AI_TSAN)
  /* a stack overflow on a shared stack ends that actor only */
  ai_pid w1 = ai_actor_spawn(waiter, 3, (ai_word[]){me, ai_small(77), ai_small(5)});
  ai_pid o = ai_actor_spawn(overflow, 0, NULL);
  ai_actor_monitor(o);
  ai_actor_send(o, ai_small(1));
  m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(!ai_is_small(m) && ai_obj(m)->type == &ai_type_down);
  ai_actor_send(w1, ai_small(77));
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 0);
#endif

  ai_sched_wait_idle();
  CHECK_I64(ai_sched_live_actors(), 1);
  TEST_MAIN_END();
}
