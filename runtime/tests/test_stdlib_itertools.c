/* test_stdlib_itertools.c — the itertools iterators (aithon_stdlib.h) through
 * ai_iter_next / the generic protocols. */
#include "aithon_stdlib.h"
#include "start/main.h"
#include "test_containers_util.h"

static ai_word take(ai_word it, int64_t n) { return ai_builtin_list(ai_itertools_islice(it, 0, N(n), 0)); }

int main(void) {
  ai_runtime_init();
  ai_word c = ai_itertools_count(N(10), N(-3));
  SHOW(take(c, 4), "[10, 7, 4, 1]");
  SHOW(c, "count(-2, -3)");
  SHOW(ai_itertools_count(0, 0), "count(0)");
  SHOW(take(ai_itertools_count(F(0.5), F(0.25)), 3), "[0.5, 0.75, 1.0]");
  SHOW(ai_itertools_count(S("a"), 0), "!TypeError: a number is required");
  CHECK_I64(ai_obj_len(c), -1);
  CHECK_RAISES(0, "TypeError: object of type 'itertools.count' has no len()");
  SHOW(ai_obj_getitem(c, N(0)), "!TypeError: 'itertools.count' object is not subscriptable");
  CHECK_I64(ai_obj_contains(ai_itertools_count(0, 0), N(3)), 1);
  SHOW(take(ai_itertools_cycle(S("ab")), 5), "['a', 'b', 'a', 'b', 'a']");
  SHOW(take(ai_itertools_cycle(EMPTY_LIST()), 5), "[]");
  ai_word r = ai_itertools_repeat(S("x"), N(3));
  SHOW(r, "repeat('x', 3)");
  SHOW(ai_builtin_list(r), "['x', 'x', 'x']");
  SHOW(ai_itertools_repeat(N(1), N(-5)), "repeat(1, 0)");
  SHOW(take(ai_itertools_repeat(N(1), 0), 2), "[1, 1]");
  ai_word two[2] = {L(N(1), N(2)), S("ab")};
  SHOW(ai_builtin_list(ai_itertools_chain(2, two)), "[1, 2, 'a', 'b']");
  SHOW(ai_builtin_list(ai_itertools_chain_from_iterable(L(L(N(1)), T(), S("c")))), "[1, 'c']");
  ai_word range10 = ai_range_new(N(0), N(10), N(1));
  SHOW(ai_builtin_list(ai_itertools_islice(range10, N(2), N(9), N(3))), "[2, 5, 8]");
  SHOW(ai_builtin_list(ai_itertools_islice(range10, NONE_W, NONE_W, NONE_W)), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
  SHOW(ai_itertools_islice(range10, 0, N(-1), 0),
       "!ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  SHOW(ai_itertools_islice(range10, N(-1), N(3), 0),
       "!ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  SHOW(ai_itertools_islice(range10, N(0), N(3), N(0)), "!ValueError: Step for islice() must be a positive integer or None.");
  SHOW(ai_builtin_list(ai_itertools_product(2, two, 0)), "[(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]");
  SHOW(ai_builtin_list(ai_itertools_product(1, two, N(2))), "[(1, 1), (1, 2), (2, 1), (2, 2)]");
  SHOW(ai_builtin_list(ai_itertools_product(0, NULL, 0)), "[()]");
  SHOW(ai_itertools_product(1, two, N(-1)), "!ValueError: repeat argument cannot be negative");
  SHOW(ai_builtin_list(ai_itertools_permutations(S("abc"), N(2))),
       "[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]");
  SHOW(ai_builtin_list(ai_itertools_permutations(L(N(1), N(2)), 0)), "[(1, 2), (2, 1)]");
  SHOW(ai_builtin_list(ai_itertools_permutations(L(N(1)), N(2))), "[]");
  SHOW(ai_itertools_permutations(L(N(1)), N(-1)), "!ValueError: r must be non-negative");
  SHOW(ai_builtin_list(ai_itertools_combinations(S("abcd"), N(2))),
       "[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]");
  SHOW(ai_builtin_list(ai_itertools_combinations(S("ab"), N(0))), "[()]");
  SHOW(ai_builtin_list(ai_itertools_combinations_with_replacement(S("ab"), N(2))),
       "[('a', 'a'), ('a', 'b'), ('b', 'b')]");
  SHOW(ai_builtin_list(ai_itertools_combinations_with_replacement(S(""), N(1))), "[]");
  SHOW(ai_builtin_list(ai_itertools_accumulate(L(N(1), N(2), N(3)), 0)), "[1, 3, 6]");
  SHOW(ai_builtin_list(ai_itertools_accumulate(L(N(1), N(2)), N(100))), "[100, 101, 103]");
  SHOW(ai_builtin_list(ai_itertools_accumulate(L(S("a"), S("b")), NONE_W)), "['a', 'ab']");
  /* groupby: advancing the outer iterator invalidates the previous group */
  ai_word g = ai_itertools_groupby(S("aabbbc"));
  ai_word p1 = ai_builtin_next(g, 0);
  SHOW(ai_as_tuple(p1)->items[0], "'a'");
  ai_word p2 = ai_builtin_next(g, 0);
  SHOW(ai_builtin_list(ai_as_tuple(p1)->items[1]), "[]");
  SHOW(ai_builtin_list(ai_as_tuple(p2)->items[1]), "['b', 'b', 'b']");
  CHECK_I64(ai_list_len(ai_builtin_list(g)), 1);
  ai_word zl[2] = {L(N(1), N(2), N(3)), S("ab")};
  SHOW(ai_builtin_list(ai_itertools_zip_longest(2, zl, 0)), "[(1, 'a'), (2, 'b'), (3, None)]");
  SHOW(ai_builtin_list(ai_itertools_zip_longest(2, zl, S("-"))), "[(1, 'a'), (2, 'b'), (3, '-')]");
  SHOW(ai_builtin_list(ai_itertools_pairwise(S("abc"))), "[('a', 'b'), ('b', 'c')]");
  SHOW(ai_builtin_list(ai_itertools_pairwise(S("a"))), "[]");
  ai_word t = ai_itertools_tee(range10, 0);
  SHOW(take(ai_as_tuple(t)->items[0], 3), "[0, 1, 2]");
  SHOW(take(ai_as_tuple(t)->items[1], 2), "[0, 1]");
  /* through generic consumers */
  ai_word out[3];
  CHECK(ai_unpack(ai_itertools_combinations(S("abc"), N(2)), 3, out));
  SHOW(out[2], "('b', 'c')");
  SHOW(ai_builtin_sum(ai_itertools_islice(ai_itertools_count(0, 0), 0, N(5), 0), N(0)), "10");
  SHOW(ai_builtin_dict(ai_itertools_zip_longest(2, zl, 0)), "{1: 'a', 2: 'b', 3: None}");
  CHECK(ai_is_iterator(ai_itertools_pairwise(S("ab"))));
  TEST_MAIN_END();
}
