/* test_stdlib_collections.c — collections.deque, defaultdict, Counter and
 * OrderedDict through the generic protocols (aithon.h) and their methods. */
#include "aithon_stdlib.h"
#include "start/main.h"
#include "test_containers_util.h"

static ai_word chars(const char *s) { return S(s); }

static void test_deque(void) {
  ai_word d = ai_collections_deque(L(N(1), N(2), N(3)), 0);
  SHOW(d, "deque([1, 2, 3])");
  SHOW(M(d, "appendleft", N(0)), "None");
  SHOW(M(d, "rotate", N(-1)), "None");
  SHOW(d, "deque([1, 2, 3, 0])");
  SHOW(M(d, "extendleft", L(N(7), N(8))), "None");
  SHOW(d, "deque([8, 7, 1, 2, 3, 0])");
  SHOW(ai_obj_getitem(d, N(-2)), "3");
  SHOW(ai_obj_getitem(d, N(6)), "!IndexError: deque index out of range");
  SHOW(ai_obj_getitem(d, S("a")), "!TypeError: sequence index must be integer, not 'str'");
  CHECK(ai_obj_setitem(d, N(0), N(9)));
  CHECK(ai_obj_delitem(d, N(1)));
  SHOW(d, "deque([9, 1, 2, 3, 0])");
  CHECK_I64(ai_obj_len(d), 5);
  CHECK_I64(ai_obj_contains(d, N(3)), 1);
  CHECK_I64(ai_obj_contains(d, N(4)), 0);
  CHECK_I64(ai_obj_truthy(d), 1);
  SHOW(ai_builtin_list(ai_builtin_reversed(d)), "[0, 3, 2, 1, 9]");
  SHOW(ai_builtin_sorted(d, false), "[0, 1, 2, 3, 9]");
  SHOW(ai_builtin_sum(d, N(0)), "15");
  SHOW(M(d, "index", N(2)), "2");
  SHOW(M(d, "index", N(5)), "!ValueError: 5 is not in deque");
  SHOW(M(d, "remove", N(5)), "!ValueError: 5 is not in deque");
  SHOW(M(d, "pop", N(1)), "!TypeError: deque.pop() takes no arguments (1 given)");
  SHOW(M(d, "append"), "!TypeError: deque.append() takes exactly one argument (0 given)");
  SHOW(M(d, "nope"), "!AttributeError: 'collections.deque' object has no attribute 'nope'");
  SHOW(ai_obj_getattr(d, S("maxlen")), "None");
  CHECK_I64(ai_obj_hash(d), 0);
  CHECK(ai_exc_pending());
  CHECK_RAISES(0, "TypeError: unhashable type: 'collections.deque'");
  CHECK_STR(ai_obj_str(d), "deque([9, 1, 2, 3, 0])");
  /* maxlen */
  ai_word b = ai_collections_deque(L(N(1), N(2), N(3)), N(2));
  SHOW(b, "deque([2, 3], maxlen=2)");
  SHOW(M(b, "appendleft", N(0)), "None");
  SHOW(b, "deque([0, 2], maxlen=2)");
  SHOW(M(b, "insert", N(0), N(5)), "!IndexError: deque already at its maximum size");
  SHOW(ai_obj_getattr(b, S("maxlen")), "2");
  SHOW(ai_obj_binop(AI_MUL, b, N(3)), "deque([0, 2], maxlen=2)");
  SHOW(ai_collections_deque(0, N(-1)), "!ValueError: maxlen must be non-negative");
  SHOW(ai_collections_deque(0, S("x")), "!TypeError: an integer is required");
  SHOW(ai_collections_deque(N(1), 0), "!TypeError: 'int' object is not iterable");
  /* operators */
  ai_word x = ai_collections_deque(L(N(1), N(2)), 0), y = ai_collections_deque(L(N(1), N(3)), 0);
  CHECK_I64(ai_obj_compare(AI_LT, x, y), 1);
  CHECK_I64(ai_obj_compare(AI_EQ, x, ai_collections_deque(L(N(1), N(2)), 0)), 1);
  CHECK_I64(ai_obj_compare(AI_EQ, x, L(N(1), N(2))), 0);
  CHECK_I64(ai_obj_compare(AI_LT, x, L(N(1))), -1);
  CHECK_RAISES(0, "TypeError: '<' not supported between instances of 'collections.deque' and 'list'");
  SHOW(ai_obj_binop(AI_ADD, x, y), "deque([1, 2, 1, 3])");
  SHOW(ai_obj_binop(AI_ADD, x, L(N(1))), "!TypeError: can only concatenate deque (not \"list\") to deque");
  SHOW(ai_obj_binop(AI_MUL, N(2), x), "deque([1, 2, 1, 2])");
  SHOW(ai_obj_inplace_binop(AI_ADD, x, chars("ab")), "deque([1, 2, 'a', 'b'])");
  SHOW(x, "deque([1, 2, 'a', 'b'])");
  /* mutation during iteration */
  ai_word it = ai_obj_iter(x), v;
  CHECK(ai_iter_next(it, &v));
  M(x, "append", N(4));
  CHECK(!ai_iter_next(it, &v));
  CHECK_RAISES(0, "RuntimeError: deque mutated during iteration");
  /* recursive repr, extend with itself */
  ai_word r = ai_collections_deque(0, 0);
  M(r, "append", r);
  SHOW(r, "deque([[...]])");
  ai_word e = ai_collections_deque(L(N(1), N(2)), 0);
  M(e, "extend", e);
  SHOW(e, "deque([1, 2, 1, 2])");
  SHOW(M(e, "copy"), "deque([1, 2, 1, 2])");
  SHOW(M(e, "count", N(2)), "2");
  CHECK(ai_is_iterator(ai_obj_iter(e)));
}

static void test_defaultdict(void) {
  ai_word d = ai_collections_defaultdict(N(4), 0);
  SHOW(M(ai_obj_getitem(d, S("k")), "append", N(1)), "None");
  SHOW(d, "defaultdict(<class 'list'>, {'k': [1]})");
  SHOW(ai_obj_getitem(ai_collections_defaultdict(N(1), 0), S("z")), "0");
  SHOW(M(d, "get", S("y")), "None");
  CHECK_I64(ai_obj_contains(d, S("y")), 0);
  CHECK_I64(ai_obj_len(d), 1);
  CHECK(ai_isinstance(d, &ai_type_dict));
  SHOW(M(d, "items"), "dict_items([('k', [1])])");
  SHOW(ai_builtin_dict(d), "{'k': [1]}");
  SHOW(M(d, "copy"), "defaultdict(<class 'list'>, {'k': [1]})");
  CHECK_I64(ai_obj_compare(AI_EQ, d, ai_builtin_dict(d)), 1);
  SHOW(ai_obj_binop(AI_OR, d, ai_dict_new()), "defaultdict(<class 'list'>, {'k': [1]})");
  ai_word n = ai_collections_defaultdict(N(0), L(T(S("a"), N(1))));
  SHOW(n, "defaultdict(None, {'a': 1})");
  SHOW(ai_obj_getitem(n, S("b")), "!KeyError: 'b'");
  SHOW(ai_collections_defaultdict(N(2), 0), "defaultdict(<class 'float'>, {})");
  CHECK(ai_obj_delitem(n, S("a")));
  CHECK(!ai_obj_delitem(n, S("a")));
  CHECK_RAISES(0, "KeyError: 'a'");
  CHECK_I64(ai_obj_hash(n), 0);
  CHECK_RAISES(0, "TypeError: unhashable type: 'collections.defaultdict'");
}

static void test_counter(void) {
  ai_word c = ai_collections_counter(S("abracadabra"));
  SHOW(c, "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})");
  SHOW(M(c, "most_common", N(3)), "[('a', 5), ('b', 2), ('r', 2)]");
  SHOW(ai_obj_getitem(c, S("z")), "0");
  CHECK_I64(ai_obj_contains(c, S("z")), 0);
  SHOW(M(c, "total"), "11");
  SHOW(ai_builtin_list(M(c, "elements")), "['a', 'a', 'a', 'a', 'a', 'b', 'b', 'r', 'r', 'c', 'd']");
  SHOW(M(c, "subtract", S("aaaaaaz")), "None");
  SHOW(c, "Counter({'b': 2, 'r': 2, 'c': 1, 'd': 1, 'a': -1, 'z': -1})");
  CHECK(ai_obj_delitem(c, S("nothere")));
  ai_word x = ai_collections_counter(S("aab")), y = ai_collections_counter(S("abcc"));
  SHOW(ai_obj_binop(AI_ADD, x, y), "Counter({'a': 3, 'b': 2, 'c': 2})");
  SHOW(ai_obj_binop(AI_SUB, x, y), "Counter({'a': 1})");
  SHOW(ai_obj_binop(AI_OR, x, y), "Counter({'a': 2, 'c': 2, 'b': 1})");
  SHOW(ai_obj_binop(AI_AND, x, y), "Counter({'a': 1, 'b': 1})");
  SHOW(ai_obj_binop(AI_ADD, x, ai_dict_new()), "!TypeError: unsupported operand type(s) for +: 'Counter' and 'dict'");
  CHECK_I64(ai_obj_compare(AI_EQ, ai_collections_counter(S("ab")), ai_collections_counter(S("ba"))), 1);
  CHECK_I64(ai_obj_compare(AI_LT, ai_collections_counter(S("a")), ai_collections_counter(S("ab"))), 1);
  ai_word z = ai_collections_counter(dict_of(2, (ai_word[]){S("a"), N(0), S("b"), N(1)}));
  CHECK_I64(ai_obj_compare(AI_EQ, z, ai_collections_counter(S("b"))), 1);
  SHOW(ai_collections_counter(dict_of(2, (ai_word[]){S("a"), N(1), S("b"), S("x")})), "Counter({'a': 1, 'b': 'x'})");
  SHOW(ai_collections_counter(0), "Counter()");
  SHOW(ai_builtin_sorted(ai_collections_counter(S("cab")), false), "['a', 'b', 'c']");
  ai_word u = ai_collections_counter(0);
  SHOW(MK(u, "update", 0, NULL, "k", N(3)), "None");
  SHOW(u, "Counter({'k': 3})");
  SHOW(ai_obj_inplace_binop(AI_SUB, u, ai_collections_counter(S("kkkk"))), "Counter()");
}

static void test_ordereddict(void) {
  ai_word o = ai_collections_ordereddict(L(T(S("a"), N(1)), T(S("b"), N(2)), T(S("c"), N(3))));
  SHOW(o, "OrderedDict([('a', 1), ('b', 2), ('c', 3)])");
  SHOW(M(o, "move_to_end", S("a")), "None");
  SHOW(MK(o, "move_to_end", 1, (ai_word[]){S("c")}, "last", FALSE_W), "None");
  SHOW(o, "OrderedDict([('c', 3), ('b', 2), ('a', 1)])");
  SHOW(M(o, "move_to_end", S("z")), "!KeyError: 'z'");
  SHOW(MK(o, "popitem", 0, NULL, "last", FALSE_W), "('c', 3)");
  SHOW(M(o, "popitem"), "('a', 1)");
  SHOW(M(o, "popitem"), "('b', 2)");
  SHOW(M(o, "popitem"), "!KeyError: 'dictionary is empty'");
  SHOW(o, "OrderedDict()");
  ai_word p = ai_collections_ordereddict(dict_of(2, (ai_word[]){S("a"), N(1), S("b"), N(2)}));
  ai_word q = ai_collections_ordereddict(dict_of(2, (ai_word[]){S("b"), N(2), S("a"), N(1)}));
  CHECK_I64(ai_obj_compare(AI_EQ, p, q), 0);
  CHECK_I64(ai_obj_compare(AI_NE, p, q), 1);
  CHECK_I64(ai_obj_compare(AI_EQ, p, ai_builtin_dict(q)), 1);
  CHECK_I64(ai_obj_compare(AI_EQ, ai_builtin_dict(q), p), 1);
  SHOW(ai_builtin_list(ai_builtin_reversed(p)), "['b', 'a']");
  SHOW(M(p, "keys"), "dict_keys(['a', 'b'])");
  SHOW(ai_obj_binop(AI_OR, p, q), "OrderedDict([('a', 1), ('b', 2)])");
}

int main(void) {
  ai_runtime_init();
  test_deque();
  test_defaultdict();
  test_counter();
  test_ordereddict();
  TEST_MAIN_END();
}
