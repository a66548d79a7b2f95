/* test_containers.c — list, tuple, dict, set, range, slice, iteration, hash,
 * repr and the generic protocols (expected texts from CPython 3.11). */
#include "test_containers_util.h"

#include <math.h>

static void test_list(void) {
  ai_word l = L(N(1), N(2), N(3));
  SHOW(l, "[1, 2, 3]");
  SHOW(ai_list_get(l, N(-1)), "3");
  SHOW(ai_list_get(l, N(3)), "!IndexError: list index out of range");
  SHOW(ai_list_get(l, S("a")), "!TypeError: list indices must be integers or slices, not str");
  SHOW(ai_list_get(l, TRUE_W), "2");
  SHOW(ai_list_get(l, ai_int_pow(N(10), N(20))), "!IndexError: cannot fit 'int' into an index-sized integer");
  CHECK(ai_list_set(l, N(0), S("x")));
  CHECK(!ai_list_set(l, N(5), N(0)));
  SHOW(0, "!IndexError: list assignment index out of range");
  for (int i = 0; i < 100; i++) ai_list_append(l, N(i));
  CHECK_I64(ai_list_len(l), 103);
  SHOW(ai_list_get(l, N(102)), "99");
  ai_word e = EMPTY_LIST();
  ai_list_append(e, e);
  SHOW(e, "[[...]]");
  SHOW(T(e, e), "([[...]], [[...]])");
  SHOW(ai_list_concat(L(N(1)), L(N(2))), "[1, 2]");
  SHOW(ai_list_concat(L(N(1)), T(N(2))), "!TypeError: can only concatenate list (not \"tuple\") to list");
  SHOW(ai_list_repeat(L(N(1), N(2)), N(3)), "[1, 2, 1, 2, 1, 2]");
  SHOW(ai_list_repeat(L(N(1)), N(-1)), "[]");
  SHOW(ai_obj_binop(AI_MUL, N(2), L(N(7))), "[7, 7]");
  SHOW(ai_obj_binop(AI_MUL, L(N(7)), F(2.0)), "!TypeError: can't multiply sequence by non-int of type 'float'");
  SHOW(ai_obj_binop(AI_SUB, L(N(7)), L(N(7))), "!TypeError: unsupported operand type(s) for -: 'list' and 'list'");
  ai_word x = L(N(1));
  SHOW(ai_obj_inplace_binop(AI_ADD, x, T(N(2), N(3))), "[1, 2, 3]");
  SHOW(x, "[1, 2, 3]");
  SHOW(ai_obj_inplace_binop(AI_MUL, x, N(2)), "[1, 2, 3, 1, 2, 3]");
  SHOW(ai_obj_inplace_binop(AI_SUB, N(1), S("a")), "!TypeError: unsupported operand type(s) for -=: 'int' and 'str'");
  /* comparison */
  CHECK_I64(ai_obj_compare(AI_LT, L(N(1), N(2)), L(N(1), N(3))), 1);
  CHECK_I64(ai_obj_compare(AI_LT, L(N(1), N(2)), L(N(1))), 0);
  CHECK_I64(ai_obj_compare(AI_EQ, L(N(1), F(1.0)), L(F(1.0), TRUE_W)), 1);
  CHECK_I64(ai_obj_compare(AI_EQ, L(N(1)), T(N(1))), 0);
  CHECK_I64(ai_obj_compare(AI_LT, L(N(1)), T(N(1))), -1);
  SHOW(0, "!TypeError: '<' not supported between instances of 'list' and 'tuple'");
  CHECK_I64(ai_obj_compare(AI_LT, L(N(1), S("a")), L(N(1), N(2))), -1);
  SHOW(0, "!TypeError: '<' not supported between instances of 'str' and 'int'");
  ai_word nan = F(NAN);
  CHECK_I64(ai_obj_compare(AI_EQ, L(nan), L(nan)), 1); /* identity */
  CHECK_I64(ai_obj_compare(AI_EQ, L(F(NAN)), L(F(NAN))), 0);
  CHECK_I64(ai_obj_contains(L(N(1), S("b")), S("b")), 1);
  CHECK_I64(ai_obj_contains(L(N(1), S("b")), F(1.0)), 1);
  CHECK_I64(ai_obj_truthy(EMPTY_LIST()), 0);
  CHECK_I64(ai_obj_len(L(N(1), N(2))), 2);
}

static void test_slices(void) {
  ai_word l = L(N(0), N(1), N(2), N(3), N(4), N(5));
  SHOW(ai_obj_getitem(l, ai_slice_new(N(1), N(4), NONE_W)), "[1, 2, 3]");
  SHOW(ai_obj_getitem(l, ai_slice_new(NONE_W, NONE_W, N(-2))), "[5, 3, 1]");
  SHOW(ai_obj_getitem(l, ai_slice_new(N(-2), NONE_W, NONE_W)), "[4, 5]");
  SHOW(ai_obj_getitem(l, ai_slice_new(N(10), N(-10), N(-3))), "[5, 2]");
  SHOW(ai_obj_getitem(l, ai_slice_new(NONE_W, NONE_W, N(0))), "!ValueError: slice step cannot be zero");
  SHOW(ai_obj_getitem(l, ai_slice_new(F(1.0), NONE_W, NONE_W)),
       "!TypeError: slice indices must be integers or None or have an __index__ method");
  SHOW(ai_obj_getitem(l, ai_slice_new(ai_int_pow(N(10), N(30)), NONE_W, N(-1))), "[5, 4, 3, 2, 1, 0]");
  SHOW(ai_obj_getitem(T(N(1), N(2), N(3)), ai_slice_new(NONE_W, NONE_W, N(-1))), "(3, 2, 1)");
  SHOW(ai_obj_getitem(S("héllo wörld"), ai_slice_new(N(1), NONE_W, N(2))), "'él öl'");
  SHOW(ai_obj_getitem(S("abc"), N(-1)), "'c'");
  SHOW(ai_obj_getitem(S("abc"), N(3)), "!IndexError: string index out of range");
  SHOW(ai_obj_getitem(S("abc"), S("x")), "!TypeError: string indices must be integers, not 'str'");
  SHOW(ai_obj_getitem(ai_range_new(N(0), N(20), N(3)), ai_slice_new(N(1), NONE_W, N(2))), "range(3, 21, 6)");
  SHOW(ai_obj_getitem(ai_range_new(N(0), N(20), N(3)), N(-1)), "18");
  SHOW(ai_obj_getitem(ai_range_new(N(0), N(20), N(3)), N(7)), "!IndexError: range object index out of range");
  /* assignment */
  ai_word a = L(N(0), N(1), N(2), N(3), N(4));
  CHECK(ai_obj_setitem(a, ai_slice_new(N(1), N(3), NONE_W), L(S("a"), S("b"), S("c"))));
  SHOW(a, "[0, 'a', 'b', 'c', 3, 4]");
  CHECK(ai_obj_setitem(a, ai_slice_new(NONE_W, NONE_W, N(2)), S("xyz")));
  SHOW(a, "['x', 'a', 'y', 'c', 'z', 4]");
  CHECK(!ai_obj_setitem(a, ai_slice_new(NONE_W, NONE_W, N(2)), L(N(1))));
  SHOW(0, "!ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
  CHECK(!ai_obj_setitem(a, ai_slice_new(N(1), N(2), NONE_W), N(5)));
  SHOW(0, "!TypeError: can only assign an iterable");
  CHECK(!ai_obj_setitem(a, ai_slice_new(N(1), N(2), N(2)), N(5)));
  SHOW(0, "!TypeError: must assign iterable to extended slice");
  CHECK(ai_obj_setitem(a, ai_slice_new(N(0), N(0), NONE_W), a));
  SHOW(a, "['x', 'a', 'y', 'c', 'z', 4, 'x', 'a', 'y', 'c', 'z', 4]");
  CHECK(ai_obj_delitem(a, ai_slice_new(NONE_W, NONE_W, N(-3))));
  SHOW(a, "['x', 'a', 'c', 'z', 'x', 'a', 'c', 'z']");
  CHECK(ai_obj_delitem(a, N(0)));
  CHECK(!ai_obj_delitem(a, N(50)));
  SHOW(0, "!IndexError: list assignment index out of range");
  CHECK(!ai_obj_delitem(T(N(1)), N(0)));
  SHOW(0, "!TypeError: 'tuple' object doesn't support item deletion");
  CHECK(!ai_obj_setitem(T(N(1)), N(0), N(1)));
  SHOW(0, "!TypeError: 'tuple' object does not support item assignment");
  SHOW(ai_obj_getitem(N(5), N(0)), "!TypeError: 'int' object is not subscriptable");
  SHOW(ai_slice_new(N(1), NONE_W, S("a")), "slice(1, None, 'a')");
}

static void test_tuple(void) {
  SHOW(T(N(1)), "(1,)");
  SHOW(ai_tuple_new(0, NULL), "()");
  SHOW(T(S("a"), F(1.5), NONE_W, TRUE_W), "('a', 1.5, None, True)");
  SHOW(ai_tuple_get(T(N(1)), N(1)), "!IndexError: tuple index out of range");
  SHOW(ai_obj_binop(AI_ADD, T(N(1)), T(N(2))), "(1, 2)");
  SHOW(ai_obj_binop(AI_ADD, T(N(1)), L(N(2))), "!TypeError: can only concatenate tuple (not \"list\") to tuple");
  SHOW(ai_obj_binop(AI_MUL, T(N(1), N(2)), N(2)), "(1, 2, 1, 2)");
  CHECK_I64(ai_obj_compare(AI_GT, T(N(1), N(2), N(3)), T(N(1), N(2))), 1);
  CHECK_I64(ai_obj_hash(ai_tuple_new(0, NULL)), 5740354900026072187LL);
  CHECK_I64(ai_obj_hash(T(N(1), N(2))), -3550055125485641917LL);
  CHECK_I64(ai_obj_hash(T(N(1), T(F(1.5), TRUE_W))), ai_obj_hash(T(TRUE_W, T(F(1.5), N(1)))));
  CHECK_I64(ai_obj_hash(T(L(N(1)))), 0);
  SHOW(0, "!TypeError: unhashable type: 'list'");
}

static void test_hash(void) {
  CHECK_I64(ai_obj_hash(N(-1)), -2);
  CHECK_I64(ai_obj_hash(ai_int_pow(N(2), N(61))), 1);
  CHECK_I64(ai_obj_hash(ai_int_pow(N(2), N(100))), 549755813888LL);
  CHECK_I64(ai_obj_hash(N(AI_SMALL_MAX)), 1);
  CHECK_I64(ai_obj_hash(F(1.5)), 1152921504606846977LL);
  CHECK_I64(ai_obj_hash(F(-0.5)), -1152921504606846976LL);
  CHECK_I64(ai_obj_hash(F(1e300)), 1224995262755759164LL);
  CHECK_I64(ai_obj_hash(F(INFINITY)), 314159);
  CHECK_I64(ai_obj_hash(F(2.0)), 2);
  CHECK_I64(ai_obj_hash(TRUE_W), 1);
  CHECK_I64(ai_obj_hash(S("")), 0);
  CHECK_I64(ai_obj_hash(S("abc")), ai_obj_hash(ai_obj_binop(AI_ADD, S("a"), S("bc"))));
  CHECK_I64(ai_obj_hash(ai_frozenset_new(0, NULL)), 133146708735736LL);
  CHECK_I64(ai_obj_hash(ai_frozenset_new(3, (ai_word[]){N(1), N(2), N(3)})), -272375401224217160LL);
  CHECK_I64(ai_obj_hash(ai_range_new(N(0), N(10), N(2))), ai_obj_hash(T(N(5), N(0), N(2))));
  CHECK_I64(ai_obj_hash(D(N(1), N(2))), 0);
  SHOW(0, "!TypeError: unhashable type: 'dict'");
}

static void test_dict(void) {
  ai_word d = ai_dict_new();
  CHECK(ai_dict_set(d, S("a"), N(1)));
  CHECK(ai_dict_set(d, N(1), S("int")));
  CHECK(ai_dict_set(d, F(1.0), S("float")));
  CHECK(ai_dict_set(d, TRUE_W, S("bool")));
  CHECK(ai_dict_set(d, T(N(1), N(2)), NONE_W));
  SHOW(d, "{'a': 1, 1: 'bool', (1, 2): None}");
  CHECK(!ai_dict_set(d, L(N(1)), N(0)));
  SHOW(0, "!TypeError: unhashable type: 'list'");
  SHOW(ai_dict_get(d, S("zz")), "!KeyError: 'zz'");
  SHOW(ai_dict_get(d, T(N(1), N(2))), "None");
  SHOW(ai_dict_get_default(d, S("zz"), N(7)), "7");
  CHECK_I64(ai_dict_len(d), 3);
  CHECK(ai_obj_delitem(d, S("a")));
  CHECK(!ai_obj_delitem(d, S("a")));
  SHOW(0, "!KeyError: 'a'");
  CHECK(ai_dict_set(d, S("a"), N(2)));
  SHOW(d, "{1: 'bool', (1, 2): None, 'a': 2}");
  ai_word big = ai_dict_new();
  for (int i = 0; i < 1000; i++) ai_dict_set(big, N(i * 7), N(i));
  for (int i = 0; i < 1000; i += 2) ai_obj_delitem(big, N(i * 7));
  CHECK_I64(ai_dict_len(big), 500);
  SHOW(ai_dict_get(big, N(7)), "1");
  SHOW(ai_dict_get(big, N(14)), "!KeyError: 14");
  ai_word r = ai_dict_new();
  ai_dict_set(r, N(1), r);
  SHOW(r, "{1: {...}}");
  SHOW(M(r, "items"), "dict_items([(1, {1: {...}})])");
  ai_word v = D(S("x"), N(1), S("y"), L(N(2)));
  SHOW(M(v, "keys"), "dict_keys(['x', 'y'])");
  SHOW(M(v, "values"), "dict_values([1, [2]])");
  SHOW(ai_builtin_list(M(v, "items")), "[('x', 1), ('y', [2])]");
  SHOW(ai_builtin_list(ai_builtin_reversed(v)), "['y', 'x']");
  CHECK_I64(ai_obj_contains(M(v, "items"), T(S("x"), N(1))), 1);
  CHECK_I64(ai_obj_contains(M(v, "values"), N(1)), 1);
  CHECK_I64(ai_obj_compare(AI_EQ, D(N(1), N(2)), D(F(1.0), N(2))), 1);
  CHECK_I64(ai_obj_compare(AI_LT, D(N(1), N(2)), D(N(1), N(2))), -1);
  SHOW(0, "!TypeError: '<' not supported between instances of 'dict' and 'dict'");
  SHOW(ai_obj_binop(AI_OR, D(N(1), N(2)), D(N(3), N(4))), "{1: 2, 3: 4}");
  SHOW(ai_obj_binop(AI_OR, M(D(N(1), N(2), N(3), N(4)), "keys"), L(N(5))), "{1, 3, 5}");
  CHECK_I64(ai_obj_compare(AI_EQ, M(v, "keys"), ai_set_new(2, (ai_word[]){S("y"), S("x")})), 1);
  /* changed size during iteration */
  ai_word it = ai_obj_iter(v), k;
  CHECK(ai_iter_next(it, &k));
  ai_dict_set(v, S("new"), N(0));
  CHECK(!ai_iter_next(it, &k));
  SHOW(0, "!RuntimeError: dictionary changed size during iteration");
  SHOW(ai_builtin_dict(L(T(N(1), N(2)), L(N(3), N(4)), S("ab"))), "{1: 2, 3: 4, 'a': 'b'}");
  SHOW(ai_builtin_dict(L(T(N(1), N(2), N(3)))), "!ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  SHOW(ai_builtin_dict(L(N(1))), "!TypeError: cannot convert dictionary update sequence element #0 to a sequence");
}

static void test_set(void) {
  SHOW(ai_set_new(7, (ai_word[]){N(5), N(3), N(17), N(1), N(100), N(-1), ai_int_pow(N(2), N(61))}),
       "{1, 2305843009213693952, 3, 100, 5, 17, -1}");
  SHOW(ai_set_new(0, NULL), "set()");
  SHOW(ai_frozenset_new(0, NULL), "frozenset()");
  SHOW(ai_frozenset_new(2, (ai_word[]){N(2), N(1)}), "frozenset({1, 2})");
  SHOW(SET(N(1), F(1.0), TRUE_W), "{1}");
  SHOW(SET(NONE_W, N(1), N(2), N(3)), "{1, 2, 3, None}");
  ai_word s = SET(N(0), N(8));
  ai_set_discard_key(ai_as_set(s), N(0));
  ai_set_add(s, N(16));
  SHOW(s, "{16, 8}");
  SHOW(ai_set_new_const(5, (ai_word[]){N(5), N(13), N(21), N(29), N(37)}), "{29, 5, 37, 21, 13}");
  SHOW(SET(N(5), N(13), N(21), N(29), N(37)), "{37, 5, 13, 21, 29}");
  SHOW(ai_obj_binop(AI_OR, SET(N(1), N(2)), SET(N(3))), "{1, 2, 3}");
  SHOW(ai_obj_binop(AI_AND, SET(N(1), N(2)), SET(N(2), N(3))), "{2}");
  SHOW(ai_obj_binop(AI_SUB, SET(N(1), N(2)), SET(N(2), N(3))), "{1}");
  SHOW(ai_obj_binop(AI_XOR, SET(N(1), N(2)), SET(N(2), N(3))), "{1, 3}");
  SHOW(ai_obj_binop(AI_OR, SET(N(1), N(2)), L(N(3))), "!TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  SHOW(ai_obj_binop(AI_OR, ai_frozenset_new(1, (ai_word[]){N(1)}), SET(N(3))), "frozenset({1, 3})");
  CHECK_I64(ai_obj_compare(AI_LT, SET(N(1)), SET(N(1), N(2))), 1);
  CHECK_I64(ai_obj_compare(AI_LE, SET(N(1), N(3)), SET(N(1), N(2))), 0);
  CHECK_I64(ai_obj_compare(AI_EQ, SET(N(1)), ai_frozenset_new(1, (ai_word[]){F(1.0)})), 1);
  CHECK_I64(ai_obj_contains(SET(N(1)), L(N(1))), -1);
  SHOW(0, "!TypeError: unhashable type: 'list'");
  CHECK_I64(ai_obj_contains(SET(ai_frozenset_new(1, (ai_word[]){N(1)})), SET(N(1))), 1);
  ai_word big = ai_set_new(0, NULL);
  for (int i = 0; i < 100000; i++) ai_set_add(big, N(i * 3));
  CHECK_I64(ai_obj_len(big), 100000);
  CHECK_I64(ai_obj_contains(big, N(299997)), 1);
  ai_word it = ai_obj_iter(big), v;
  CHECK(ai_iter_next(it, &v));
  ai_set_add(big, N(-1));
  CHECK(!ai_iter_next(it, &v));
  SHOW(0, "!RuntimeError: Set changed size during iteration");
  SHOW(M(ai_set_new(0, NULL), "pop"), "!KeyError: 'pop from an empty set'");
}

static void test_range_iter(void) {
  SHOW(ai_range_new(N(0), N(5), N(1)), "range(0, 5)");
  SHOW(ai_range_new(N(5), N(0), N(-2)), "range(5, 0, -2)");
  SHOW(ai_range_new(N(0), N(5), N(0)), "!ValueError: range() arg 3 must not be zero");
  SHOW(ai_range_new(F(1.0), N(5), N(1)), "!TypeError: 'float' object cannot be interpreted as an integer");
  SHOW(ai_builtin_list(ai_range_new(N(5), N(0), N(-2))), "[5, 3, 1]");
  SHOW(ai_builtin_list(ai_builtin_reversed(ai_range_new(N(0), N(10), N(3)))), "[9, 6, 3, 0]");
  CHECK_I64(ai_obj_len(ai_range_new(N(-5), N(100), N(7))), 15);
  CHECK_I64(ai_obj_contains(ai_range_new(N(0), N(10), N(3)), N(9)), 1);
  CHECK_I64(ai_obj_contains(ai_range_new(N(0), N(10), N(3)), F(6.0)), 1);
  CHECK_I64(ai_obj_contains(ai_range_new(N(0), N(10), N(3)), N(10)), 0);
  CHECK_I64(ai_obj_compare(AI_EQ, ai_range_new(N(0), N(3), N(2)), ai_range_new(N(0), N(4), N(2))), 1);
  ai_word bigr = ai_range_new(N(0), ai_int_pow(N(10), N(30)), N(1));
  CHECK_I64(ai_obj_len(bigr), -1);
  SHOW(0, "!OverflowError: Python int too large to convert to C ssize_t");
  SHOW(ai_obj_getitem(bigr, N(-1)), "999999999999999999999999999999");
  ai_word it = ai_obj_iter(ai_range_new(ai_int_pow(N(2), N(64)), ai_int_add(ai_int_pow(N(2), N(64)), N(2)), N(1)));
  SHOW(ai_builtin_list(it), "[18446744073709551616, 18446744073709551617]");
  SHOW(ai_builtin_list(S("aé😀")), "['a', 'é', '😀']");
  SHOW(ai_builtin_list(ai_builtin_reversed(S("aé😀"))), "['😀', 'é', 'a']");
  SHOW(ai_builtin_list(ai_builtin_enumerate(L(S("a"), S("b")), N(5))), "[(5, 'a'), (6, 'b')]");
  SHOW(ai_builtin_list(ai_builtin_zip(2, (ai_word[]){L(N(1), N(2), N(3)), S("ab")}, false)), "[(1, 'a'), (2, 'b')]");
  SHOW(ai_builtin_list(ai_builtin_zip(2, (ai_word[]){L(N(1), N(2), N(3)), S("ab")}, true)),
       "!ValueError: zip() argument 2 is shorter than argument 1");
  SHOW(ai_builtin_list(ai_builtin_zip(3, (ai_word[]){L(N(1)), S("a"), S("ab")}, true)),
       "!ValueError: zip() argument 3 is longer than arguments 1-2");
  SHOW(ai_builtin_list(ai_builtin_zip(0, NULL, false)), "[]");
  SHOW(ai_obj_iter(N(5)), "!TypeError: 'int' object is not iterable");
  SHOW(ai_builtin_reversed(SET(N(1))), "!TypeError: 'set' object is not reversible");
  SHOW(ai_builtin_next(L(N(1)), 0), "!TypeError: 'list' object is not an iterator");
  ai_word it2 = ai_obj_iter(L(N(1)));
  SHOW(ai_builtin_next(it2, 0), "1");
  SHOW(ai_builtin_next(it2, S("d")), "'d'");
  SHOW(ai_builtin_next(it2, 0), "!StopIteration: ");
  /* unpacking */
  ai_word out[4];
  CHECK(ai_unpack(T(N(1), N(2)), 2, out));
  CHECK(!ai_unpack(L(N(1), N(2), N(3)), 2, out));
  SHOW(0, "!ValueError: too many values to unpack (expected 2)");
  CHECK(!ai_unpack(ai_obj_iter(L(N(1))), 2, out));
  SHOW(0, "!ValueError: not enough values to unpack (expected 2, got 1)");
  CHECK(!ai_unpack(N(1), 2, out));
  SHOW(0, "!TypeError: cannot unpack non-iterable int object");
  CHECK(ai_unpack_ex(S("abcde"), 1, 2, out));
  SHOW(T(out[0], out[1], out[2], out[3]), "('a', ['b', 'c'], 'd', 'e')");
  CHECK(!ai_unpack_ex(S("a"), 1, 1, out));
  SHOW(0, "!ValueError: not enough values to unpack (expected at least 2, got 1)");
}

static void test_protocol_misc(void) {
  SHOW(ai_obj_str(L(S("a"), F(0.1))), "\"['a', 0.1]\"");
  SHOW(ai_obj_format(L(N(1)), S("")), "'[1]'");
  SHOW(ai_obj_format(L(N(1)), S("5")), "!TypeError: unsupported format string passed to list.__format__");
  SHOW(ai_ascii(S("é\n😀")), "\"'\\\\xe9\\\\n\\\\U0001f600'\"");
  SHOW(ai_obj_getattr(ai_range_new(N(1), N(5), N(1)), S("stop")), "5");
  SHOW(ai_obj_getattr(TRUE_W, S("real")), "1");
  SHOW(ai_obj_getattr(L(N(1)), S("foo")), "!AttributeError: 'list' object has no attribute 'foo'");
  CHECK_I64(ai_obj_contains(N(1), N(1)), -1);
  SHOW(0, "!TypeError: argument of type 'int' is not iterable");
  CHECK_I64(ai_obj_contains(S("abc"), N(1)), -1);
  SHOW(0, "!TypeError: 'in <string>' requires string as left operand, not int");
  /* deep nesting: RecursionError in repr, as CPython */
  ai_word deep = EMPTY_LIST();
  for (int i = 0; i < 2000; i++) deep = L(deep);
  SHOW(ai_obj_repr(deep), "!RecursionError: maximum recursion depth exceeded while getting the repr of an object");
  CHECK_I64(ai_recursion_depth_get(), 0);
}

int main(void) {
  test_list();
  test_slices();
  test_tuple();
  test_hash();
  test_dict();
  test_set();
  test_range_iter();
  test_protocol_misc();
  TEST_MAIN_END();
}
