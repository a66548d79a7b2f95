/* test_sched_long_calls.c — with ONE worker thread: an actor inside a long
 * runtime call (sorting a list of 400,000 ints, str.join of 400,000 parts,
 * copying a dict of 200,000 entries, list.extend by 400,000 items, the
 * union, intersection, differences and subset test of sets of 200,000 ints,
 * multiplying two 160,000-bit ints) gives way to the other actors on its
 * worker part way through (the calls charge reductions in proportion to
 * their work, aithon_actor.h ai_sched_charge), and the call's result is
 * still right. An observer actor, runnable throughout, records whether it
 * ran while the call was in progress: without the charges it runs only
 * before and after (nothing in these calls reaches a compiled yield point). */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "obj/containers.h"

#include <stdatomic.h>
#include <stdlib.h>

static _Atomic int in_call, saw_call, done;

static void observer(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  while (!atomic_load(&done)) {
    if (atomic_load(&in_call)) atomic_store(&saw_call, 1);
    ai_sched_yield();
  }
}

enum { N = 400000 };

static void worker(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid main_pid = ai_actor_pid_of(args[0]);
  int64_t results[6] = {0, 0, 0, 0, 0, 0};
  /* 1. sort: pseudo-random small ints (runs, binary insertion, merges) */
  ai_word *items = malloc(N * sizeof(ai_word));
  uint64_t x = 88172645463325252ull;
  for (int64_t i = 0; i < N; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    items[i] = ai_small((int64_t)(x % 1000000));
  }
  ai_word list = ai_list_new(N, items);
  free(items);
  atomic_store(&saw_call, 0);
  atomic_store(&in_call, 1);
  bool ok = ai_list_sort_impl(ai_as_list(list), NULL, false);
  atomic_store(&in_call, 0);
  AiList *l = ai_as_list(list);
  int64_t sorted = ok;
  for (int64_t i = 1; i < l->len; i++)
    if (ai_small_val(l->items[i - 1]) > ai_small_val(l->items[i])) sorted = 0;
  results[0] = sorted * 2 + atomic_load(&saw_call);
  /* 2. str.join of N one-character strs */
  ai_word parts = ai_list_new(0, NULL);
  ai_word a = ai_str_from_utf8("a", 1);
  for (int64_t i = 0; i < N; i++) ai_list_append(parts, a);
  ai_word sep = ai_str_from_utf8(",", 1);
  atomic_store(&saw_call, 0);
  atomic_store(&in_call, 1);
  ai_word joined = ai_call_method(sep, ai_str_from_utf8("join", 4), 1, &parts, 0);
  atomic_store(&in_call, 0);
  results[1] = (joined && ai_as_str(joined)->nbytes == 2 * N - 1) * 2 + atomic_load(&saw_call);
  /* 3. dict copy */
  ai_word d = ai_dict_new();
  for (int64_t i = 0; i < N / 2; i++) ai_dict_set(d, ai_small(i), ai_small(2 * i));
  atomic_store(&saw_call, 0);
  atomic_store(&in_call, 1);
  ai_word c = ai_dict_copy(d);
  atomic_store(&in_call, 0);
  results[2] = (c && ai_as_dict(c)->used == N / 2) * 2 + atomic_load(&saw_call);
  /* 4. list.extend by a list of N (copied a chunk at a time) */
  ai_word src = ai_list_new(0, NULL);
  for (int64_t i = 0; i < N; i++) ai_list_append(src, ai_small(i));
  ai_word dst = ai_list_new(0, NULL);
  ai_list_append(dst, ai_small(-1));
  atomic_store(&saw_call, 0);
  atomic_store(&in_call, 1);
  bool extended = ai_list_extend_iter(dst, src);
  atomic_store(&in_call, 0);
  AiList *dl = ai_as_list(dst);
  bool same = extended && dl->len == N + 1 && ai_small_val(dl->items[0]) == -1;
  for (int64_t i = 0; same && i < N; i++) same = ai_small_val(dl->items[i + 1]) == i;
  results[3] = same * 2 + atomic_load(&saw_call);
  /* 5. set algebra on {0..N/2) and {N/4..3N/4) */
  ai_word sa = ai_set_new(0, NULL), sb = ai_set_new(0, NULL);
  for (int64_t i = 0; i < N / 2; i++) {
    ai_set_add(sa, ai_small(i));
    ai_set_add(sb, ai_small(i + N / 4));
  }
  int saw_all = 1;
  int64_t sizes[5];
  ai_word (*const ops[4])(ai_word, ai_word) = {ai_set_union, ai_set_intersection, ai_set_difference, ai_set_symmetric_difference};
  for (int k = 0; k < 4; k++) {
    atomic_store(&saw_call, 0);
    atomic_store(&in_call, 1);
    ai_word r = ops[k](sa, sb);
    atomic_store(&in_call, 0);
    sizes[k] = r ? ai_as_set(r)->used : -1;
    saw_all &= atomic_load(&saw_call);
  }
  ai_word sub = ai_set_intersection(sa, sb);
  atomic_store(&saw_call, 0);
  atomic_store(&in_call, 1);
  sizes[4] = ai_set_issubset(sub, sa);
  atomic_store(&in_call, 0);
  saw_all &= atomic_load(&saw_call);
  results[4] = (sizes[0] == 3 * N / 4 && sizes[1] == N / 4 && sizes[2] == N / 4 && sizes[3] == N / 2 && sizes[4] == 1) * 2 + saw_all;
  /* 6. (2^B - 1)(2^B - 3) == 2^2B - 2^(B+2) + 3, with B = 160,000 (5,000 limbs each) */
  int64_t bits = 160000;
  ai_word p2 = ai_int_lshift(ai_small(1), ai_small(bits));
  ai_word x1 = ai_int_sub(p2, ai_small(1)), x3 = ai_int_sub(p2, ai_small(3));
  atomic_store(&saw_call, 0);
  atomic_store(&in_call, 1);
  ai_word prod = ai_int_mul(x1, x3);
  atomic_store(&in_call, 0);
  ai_word want = ai_int_add(ai_int_sub(ai_int_lshift(ai_small(1), ai_small(2 * bits)), ai_int_lshift(ai_small(1), ai_small(bits + 2))), ai_small(3));
  results[5] = (prod && ai_int_cmp(prod, want) == 0) * 2 + atomic_load(&saw_call);
  atomic_store(&done, 1);
  for (int i = 0; i < 6; i++) ai_actor_send(main_pid, ai_small(results[i]));
}

int main(void) {
  setenv("AITHON_WORKERS", "1", 1);
  ai_word me = ai_actor_pid_word(ai_actor_self());
  CHECK_I64(ai_sched_workers(), 1);
  ai_actor_spawn(observer, 0, NULL);
  ai_actor_spawn(worker, 1, &me);
  /* 3: the result is right (2) and the observer ran during the call (1) */
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 3); /* sort */
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 3); /* str.join */
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 3); /* dict copy */
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 3); /* list.extend */
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 3); /* set algebra */
  CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 3); /* big-int product */
  ai_sched_wait_idle();
  TEST_MAIN_END();
}
