/* test_sched_long_calls.c — with ONE worker thread: an actor inside a long
 * runtime call (sorting a list of 400,000 ints, str.join of 400,000 parts,
 * copying a dict of 200,000 entries, list.extend by 400,000 items, the
 * union, intersection, differences and subset test of sets of 200,000 ints,
 * multiplying two 160,000-bit ints; then `+` and `*` of lists, tuples and
 * strs, list() and dict() of 200,000 items, dict.update, `in` on a list,
 * big-int division, int <-> str, str methods on a str of 1.6 MB, tuples,
 * sets and lists (displays, a slice) of 400,000 items, bytes and bytearray
 * methods on 1.6 MB and a message of 400,000 ints: worker_more)
 * gives way to the other actors on its
 * worker part way through (the calls charge reductions in proportion to
 * their work, aithon_actor.h ai_sched_charge), and the call's result is
 * still right. An observer actor, runnable throughout, records whether it
 * ran while the call was in progress: without the charges it runs only
 * before and after (nothing in these calls reaches a compiled yield point). */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "obj/bytes.h"
#include "obj/containers.h"

#include <stdatomic.h>
#include <stdlib.h>

ai_word ai_list_slice(ai_word l, ai_word lo, ai_word hi); /* obj/fast_ops.c */

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

/* The calls charged in proportion to their work since (each measured as
 * above: result right, observer ran during the call). Copies done in one go
 * (`+`, `*`, a message) charge when the copy is whole, still inside the call.
 * int <-> str conversions are capped at 4,300 digits (about 100 us of work,
 * under one budget): they run with the budget nearly spent, so their first
 * charge must give way. */
#define MEASURED(expr, ok_expr)                                                                                                  \
  do {                                                                                                                           \
    atomic_store(&saw_call, 0);                                                                                                  \
    atomic_store(&in_call, 1);                                                                                                   \
    ai_word r_ = (expr);                                                                                                         \
    atomic_store(&in_call, 0);                                                                                                   \
    ai_word r = r_;                                                                                                              \
    (void)r;                                                                                                                     \
    ai_actor_send(main_pid, ai_small((int64_t)(r_ && (ok_expr)) * 2 + atomic_load(&saw_call)));                                 \
  } while (0)

static void worker_more(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid main_pid = ai_actor_pid_of(args[0]);
  ai_word src = ai_list_new(0, NULL);
  for (int64_t i = 0; i < N; i++) ai_list_append(src, ai_small(i));
  ai_word four = ai_list_new(4, (ai_word[]){ai_small(1), ai_small(2), ai_small(3), ai_small(4)});
  ai_word tup = ai_tuple_new(N, ai_as_list(src)->items);
  ai_word d = ai_dict_new();
  for (int64_t i = 0; i < N / 2; i++) ai_dict_set(d, ai_small(i), ai_small(2 * i));
  ai_word pairs = ai_list_new(0, NULL);
  for (int64_t i = 0; i < N / 2; i++) ai_list_append(pairs, ai_tuple_new(2, (ai_word[]){ai_small(i), ai_small(-i)}));
  ai_word eight = ai_str_from_utf8("abcdefgh", 8);
  ai_word long_str = ai_str_repeat(eight, ai_small(N / 2));
  /* list + list, list * n, tuple + tuple, tuple * n, str + str, str * n */
  MEASURED(ai_list_concat(src, src), ai_as_list(r)->len == 2 * N && ai_small_val(ai_as_list(r)->items[N + 7]) == 7);
  MEASURED(ai_list_repeat(four, ai_small(N / 4)), ai_as_list(r)->len == N && ai_small_val(ai_as_list(r)->items[N - 1]) == 4);
  MEASURED(ai_tuple_concat(tup, tup), ai_as_tuple(r)->len == 2 * N);
  MEASURED(ai_tuple_repeat(tup, ai_small(2)), ai_as_tuple(r)->len == 2 * N && ai_small_val(ai_as_tuple(r)->items[N + 1]) == 1);
  MEASURED(ai_str_concat(long_str, long_str), ai_as_str(r)->nbytes == 8 * N);
  MEASURED(ai_str_repeat(eight, ai_small(N)), ai_as_str(r)->nbytes == 8 * N && ai_as_str(r)->data[8 * N - 1] == 'h');
  /* list(a dict) (the iterator path), dict.update(a dict), dict(pairs) */
  MEASURED(ai_list_from_iterable(d), ai_as_list(r)->len == N / 2);
  ai_word d2 = ai_dict_new(), d3 = ai_dict_new();
  MEASURED(ai_dict_update_from(d2, d, "update") ? d2 : 0, ai_as_dict(r)->used == N / 2);
  MEASURED(ai_dict_update_from(d3, pairs, "dict") ? d3 : 0, ai_as_dict(r)->used == N / 2);
  /* `x in list`, missing: every item compared */
  MEASURED(ai_obj_contains(src, ai_small(-5)) == 0 ? AI_TRUE_W : 0, true);
  /* big-int division: (2^B - 1)(2^B - 3) // (2^B - 1), B = 160,000 */
  int64_t bits = 160000;
  ai_word p2 = ai_int_lshift(ai_small(1), ai_small(bits));
  ai_word x1 = ai_int_sub(p2, ai_small(1)), x3 = ai_int_sub(p2, ai_small(3));
  ai_word prod = ai_int_mul(x1, x3);
  MEASURED(ai_int_floordiv(prod, x1), ai_int_cmp(r, x3) == 0);
  /* str(10^4299 - 1) and back */
  ai_word nines = ai_int_sub(ai_int_pow(ai_small(10), ai_small(4299)), ai_small(1));
  ai_sched_reductions = 1;
  MEASURED(ai_obj_str(nines), ai_as_str(r)->nbytes == 4299 && ai_as_str(r)->data[4298] == '9');
  ai_word digits = ai_obj_str(nines);
  ai_sched_reductions = 1;
  MEASURED(ai_int_from_str(digits), ai_int_cmp(r, nines) == 0);
  /* str methods on a str of 4 N bytes (charged by the longer of self and a
   * str result), a tuple and a set built from N items (tuple(a list), set
   * and tuple displays) */
#define STR_METHOD(name, nargs, args) ai_call_method(long_str, ai_str_from_utf8(name, sizeof name - 1), nargs, args, 0)
  MEASURED(STR_METHOD("upper", 0, NULL), ai_as_str(r)->nbytes == 4 * N && ai_as_str(r)->data[4 * N - 1] == 'H');
  ai_word a = ai_str_from_utf8("a", 1), xy = ai_str_from_utf8("xy", 2), h = ai_str_from_utf8("h", 1);
  MEASURED(STR_METHOD("replace", 2, ((ai_word[]){a, xy})), ai_as_str(r)->nbytes == 4 * N + N / 2);
  MEASURED(STR_METHOD("split", 1, &h), ai_as_list(r)->len == N / 2 + 1);
  MEASURED(ai_tuple_new(N, ai_as_list(src)->items), ai_as_tuple(r)->len == N);
  MEASURED(ai_set_new(N, ai_as_list(src)->items), ai_as_set(r)->used == N);
  /* a list display of N items (ai_list_new, as compiled code builds one), a
   * slice of N - 2 items */
  MEASURED(ai_list_new(N, ai_as_list(src)->items), ai_as_list(r)->len == N && ai_small_val(ai_as_list(r)->items[N - 1]) == N - 1);
  MEASURED(ai_list_slice(src, ai_small(1), ai_small(-1)), ai_as_list(r)->len == N - 2 && ai_small_val(ai_as_list(r)->items[0]) == 1);
  /* bytes and bytearray methods on 4 N bytes (charged as the str methods) */
  ai_word long_bytes = ai_bytes_from(ai_as_str(long_str)->data, 4 * N);
  ai_word long_array = ai_bytearray_from(ai_as_str(long_str)->data, 4 * N);
#define BYTES_METHOD(self, name, nargs, args) ai_call_method(self, ai_str_from_utf8(name, sizeof name - 1), nargs, args, 0)
  MEASURED(BYTES_METHOD(long_bytes, "upper", 0, NULL), ai_as_bytes(r)->len == 4 * N && ai_as_bytes(r)->data[4 * N - 1] == 'H');
  ai_word ba = ai_bytes_from("a", 1), bxy = ai_bytes_from("xy", 2), bh = ai_bytes_from("h", 1);
  MEASURED(BYTES_METHOD(long_bytes, "replace", 2, ((ai_word[]){ba, bxy})), ai_as_bytes(r)->len == 4 * N + N / 2);
  MEASURED(BYTES_METHOD(long_bytes, "split", 1, &bh), ai_as_list(r)->len == N / 2 + 1);
  MEASURED(BYTES_METHOD(long_bytes, "count", 1, &bh), ai_small_val(r) == N / 2);
  MEASURED(BYTES_METHOD(long_bytes, "decode", 0, NULL), ai_is_str(r) && ai_as_str(r)->nbytes == 4 * N);
  MEASURED(BYTES_METHOD(long_array, "reverse", 0, NULL) ? long_array : 0, ai_as_bytes(r)->data[0] == 'h' && ai_as_bytes(r)->data[4 * N - 1] == 'a');
  MEASURED(BYTES_METHOD(long_array, "pop", 1, &(ai_word){ai_small(0)}), ai_small_val(r) == 'h' && ai_as_bytes(long_array)->len == 4 * N - 1);
  /* a message of N ints, to itself: the copy is charged */
  MEASURED(ai_actor_send(ai_actor_self(), src) ? ai_actor_receive(AI_ACTOR_INFINITY) : 0, ai_as_list(r)->len == N);
  atomic_store(&done, 1);
}
enum { MORE_CALLS = 28 };

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
  atomic_store(&done, 0);
  ai_actor_spawn(observer, 0, NULL);
  ai_actor_spawn(worker_more, 1, &me);
  for (int i = 0; i < MORE_CALLS; i++) CHECK_I64(ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY)), 3);
  ai_sched_wait_idle();
  TEST_MAIN_END();
}
