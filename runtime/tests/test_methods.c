/* test_methods.c — ai_call_method on str, list, tuple, dict, set, int and
 * float values (expected texts from CPython 3.11). */
#include "test_containers_util.h"

static void test_str_methods(void) {
  SHOW(M(S("a,b,,c"), "split", S(",")), "['a', 'b', '', 'c']");
  SHOW(M(S("  a  b c "), "split"), "['a', 'b', 'c']");
  SHOW(M(S("a b c d"), "split", NONE_W, N(2)), "['a', 'b', 'c d']");
  SHOW(M(S("a b c d"), "rsplit", NONE_W, N(2)), "['a b', 'c', 'd']");
  SHOW(M(S("a,b,c"), "rsplit", S(","), N(1)), "['a,b', 'c']");
  SHOW(MK(S("  x y  "), "split", 0, NULL, "maxsplit", N(1)), "['x', 'y  ']");
  SHOW(MK(S("x"), "split", 0, NULL, "foo", N(1)), "!TypeError: 'foo' is an invalid keyword argument for split()");
  SHOW(M(S("x"), "split", S("")), "!ValueError: empty separator");
  SHOW(M(S("x"), "split", N(1)), "!TypeError: must be str or None, not int");
  SHOW(M(S("xxhixx"), "strip", S("x")), "'hi'");
  SHOW(M(S("x"), "strip", N(1)), "!TypeError: strip arg must be None or str");
  SHOW(M(S("hello"), "replace", S("l"), S("L"), N(1)), "'heLlo'");
  SHOW(M(S(""), "replace", S(""), S("-")), "'-'");
  SHOW(M(S("ab"), "replace", S(""), S("-")), "'-a-b-'");
  SHOW(M(S("x"), "replace", S("a")), "!TypeError: replace expected at least 2 arguments, got 1");
  SHOW(M(S("abcabc"), "find", S("c"), N(3)), "5");
  SHOW(M(S("abcabc"), "rfind", S("c"), N(0), N(-1)), "2");
  SHOW(M(S("abc"), "find", S(""), N(5)), "-1");
  SHOW(M(S("abc"), "count", S("")), "4");
  SHOW(M(S("aaa"), "count", S("aa")), "1");
  SHOW(M(S("héllo"), "find", S("l")), "2");
  SHOW(M(S("héllo"), "index", S("z")), "!ValueError: substring not found");
  SHOW(M(S("a"), "find", N(1)), "!TypeError: must be str, not int");
  SHOW(M(S("héllo"), "upper"), "'HÉLLO'");
  SHOW(M(S("ΑΣ ΑΣ."), "lower"), "'ας ας.'");
  SHOW(M(S("ǅemal title wORLD"), "title"), "'ǅemal Title World'");
  SHOW(M(S("straße"), "casefold"), "'strasse'");
  SHOW(M(S("straße"), "upper"), "'STRASSE'");
  SHOW(M(S("hELLO wORLD"), "swapcase"), "'Hello World'");
  SHOW(M(S("ﬁx"), "capitalize"), "'Fix'");
  SHOW(M(S("İ"), "lower"), "'i̇'");
  SHOW(M(S("x"), "upper", N(1)), "!TypeError: str.upper() takes no arguments (1 given)");
  SHOW(M(S("x"), "center", N(6), S("*")), "'**x***'");
  SHOW(M(S("ab"), "center", N(5)), "'  ab '");
  SHOW(M(S("x"), "center", N(5), S("ab")), "!TypeError: The fill character must be exactly one character long");
  SHOW(M(S("-42"), "zfill", N(6)), "'-00042'");
  SHOW(M(S("a\tb\tc"), "expandtabs", N(4)), "'a   b   c'");
  SHOW(M(S("a\r\nb\nc\r"), "splitlines"), "['a', 'b', 'c']");
  SHOW(M(S("a\r\nb\nc\r"), "splitlines", TRUE_W), "['a\\r\\n', 'b\\n', 'c\\r']");
  SHOW(M(S("a=b=c"), "partition", S("=")), "('a', '=', 'b=c')");
  SHOW(M(S("a=b=c"), "rpartition", S("=")), "('a=b', '=', 'c')");
  SHOW(M(S("abc"), "partition", S("x")), "('abc', '', '')");
  SHOW(M(S("abc"), "rpartition", S("x")), "('', '', 'abc')");
  SHOW(M(S("-"), "join", L(S("a"), S("b"), S("c"))), "'a-b-c'");
  SHOW(M(S("-"), "join", S("abc")), "'a-b-c'");
  SHOW(M(S("-"), "join", L(S("a"), N(1))), "!TypeError: sequence item 1: expected str instance, int found");
  SHOW(M(S("-"), "join", N(5)), "!TypeError: can only join an iterable");
  SHOW(M(S("Hello World"), "istitle"), "True");
  SHOW(M(S("123"), "isdigit"), "True");
  SHOW(M(S("½"), "isnumeric"), "True");
  SHOW(M(S("½"), "isdigit"), "False");
  SHOW(M(S("²"), "isdigit"), "True");
  SHOW(M(S("²"), "isdecimal"), "False");
  SHOW(M(S("abc1"), "isalnum"), "True");
  SHOW(M(S("_x1"), "isidentifier"), "True");
  SHOW(M(S("1x"), "isidentifier"), "False");
  SHOW(M(S("ABC"), "isupper"), "True");
  SHOW(M(S("abc!"), "islower"), "True");
  SHOW(M(S("  "), "isspace"), "True");
  SHOW(M(S(""), "isspace"), "False");
  SHOW(M(S("abc"), "startswith", T(S("x"), S("a"))), "True");
  SHOW(M(S("abc"), "endswith", S("bc"), N(0), N(2)), "False");
  SHOW(M(S("abc"), "startswith", N(1)), "!TypeError: startswith first arg must be str or a tuple of str, not int");
  SHOW(M(S("abc"), "removeprefix", S("ab")), "'c'");
  SHOW(M(S("Hello"), "translate", D(N('l'), S("L"), N('o'), NONE_W)), "'HeLL'");
  SHOW(M(S("x"), "encode"), "b'x'");
  SHOW(M(S("\xc3\xa9"), "encode", S("ascii")), "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
  SHOW(M(S("x"), "nope"), "!AttributeError: 'str' object has no attribute 'nope'");
}

static void test_format(void) {
  SHOW(M(S("{} and {!r:>6}"), "format", N(1), S("x")), "\"1 and    'x'\"");
  SHOW(MK(S("{0[1]}{x}"), "format", 1, (ai_word[]){L(N(5), N(6))}, "x", S("!")), "'6!'");
  SHOW(M(S("{:{}}|"), "format", S("a"), N(4)), "'a   |'");
  SHOW(M(S("{:.2f}"), "format", F(3.14159)), "'3.14'");
  SHOW(M(S("{:,}"), "format", N(1234567)), "'1,234,567'");
  SHOW(M(S("{} {}"), "format", N(1)), "!IndexError: Replacement index 1 out of range for positional args tuple");
  SHOW(M(S("{0} {}"), "format", N(1), N(2)), "!ValueError: cannot switch from manual field specification to automatic field numbering");
  SHOW(M(S("{x}"), "format", N(1)), "!KeyError: 'x'");
  SHOW(M(S("{"), "format"), "!ValueError: Single '{' encountered in format string");
  SHOW(M(S("}"), "format"), "!ValueError: Single '}' encountered in format string");
  SHOW(M(S("{0!x}"), "format", N(1)), "!ValueError: Unknown conversion specifier x");
  SHOW(M(S("{:d}"), "format", S("x")), "!ValueError: Unknown format code 'd' for object of type 'str'");
  SHOW(M(S("{0:{1:{2}}}"), "format", N(1), N(2), N(3)), "!ValueError: Max string recursion exceeded");
  SHOW(M(S("{{}} {0.real}"), "format", N(3)), "'{} 3'");
  SHOW(M(S("{a}"), "format_map", D(S("a"), N(1))), "'1'");
  SHOW(M(S("{}"), "format", L(N(1), S("a"))), "\"[1, 'a']\"");
}

static void test_list_methods(void) {
  ai_word l = L(N(3), N(1), N(2));
  SHOW(M(l, "append", N(4)), "None");
  SHOW(M(l, "append"), "!TypeError: list.append() takes exactly one argument (0 given)");
  SHOW(M(l, "extend", S("ab")), "None");
  SHOW(l, "[3, 1, 2, 4, 'a', 'b']");
  SHOW(M(l, "pop"), "'b'");
  SHOW(M(l, "pop", N(0)), "3");
  SHOW(M(l, "pop", N(10)), "!IndexError: pop index out of range");
  SHOW(M(EMPTY_LIST(), "pop"), "!IndexError: pop from empty list");
  SHOW(M(l, "insert", N(-1), S("x")), "None");
  SHOW(M(l, "insert", N(100), S("y")), "None");
  SHOW(l, "[1, 2, 4, 'x', 'a', 'y']");
  SHOW(M(l, "remove", S("x")), "None");
  SHOW(M(l, "remove", S("x")), "!ValueError: list.remove(x): x not in list");
  SHOW(M(l, "index", S("a")), "3");
  SHOW(M(l, "index", S("zz")), "!ValueError: 'zz' is not in list");
  SHOW(M(l, "index", N(2), N(2)), "!ValueError: 2 is not in list");
  SHOW(M(l, "count", N(1)), "1");
  SHOW(M(l, "reverse"), "None");
  SHOW(l, "['y', 'a', 4, 2, 1]");
  SHOW(M(l, "sort"), "!TypeError: '<' not supported between instances of 'int' and 'str'");
  SHOW(l, "['y', 'a', 4, 2, 1]");
  ai_word n = L(N(3), F(1.5), N(-2), ai_int_pow(N(10), N(20)), TRUE_W);
  SHOW(M(n, "sort"), "None");
  SHOW(n, "[-2, True, 1.5, 3, 100000000000000000000]");
  SHOW(MK(n, "sort", 0, NULL, "reverse", TRUE_W), "None");
  SHOW(n, "[100000000000000000000, 3, 1.5, True, -2]");
  SHOW(M(n, "sort", N(1)), "!TypeError: sort() takes no positional arguments");
  ai_word st = L(T(N(1), S("b")), T(N(0), S("z")), T(N(1), S("a")), T(N(0), S("a")));
  SHOW(M(st, "sort"), "None");
  SHOW(st, "[(0, 'a'), (0, 'z'), (1, 'a'), (1, 'b')]");
  /* stability with keys */
  ai_word items = L(S("bb"), S("a"), S("ccc"), S("d"), S("ee"));
  CHECK(ai_list_sort_with_keys(items, L(N(2), N(1), N(3), N(1), N(2)), false));
  SHOW(items, "['a', 'd', 'bb', 'ee', 'ccc']");
  CHECK(ai_list_sort_with_keys(items, L(N(1), N(1), N(2), N(2), N(3)), true));
  SHOW(items, "['ccc', 'bb', 'ee', 'a', 'd']");
  /* a big sort (timsort runs and merges) */
  ai_word big = EMPTY_LIST();
  uint64_t x = 88172645463325252ULL;
  for (int i = 0; i < 5000; i++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    ai_list_append(big, N((int64_t)(x % 1000)));
  }
  SHOW(M(big, "sort"), "None");
  bool sorted = true;
  for (int i = 1; i < 5000; i++) sorted = sorted && ai_int_cmp(ai_list_get(big, N(i - 1)), ai_list_get(big, N(i))) <= 0;
  CHECK(sorted);
  SHOW(M(L(N(1)), "copy"), "[1]");
  ai_word c = L(N(1));
  SHOW(M(c, "clear"), "None");
  SHOW(c, "[]");
  SHOW(M(T(N(1), N(2), N(1)), "count", N(1)), "2");
  SHOW(M(T(N(1), N(2)), "index", N(3)), "!ValueError: tuple.index(x): x not in tuple");
  SHOW(M(ai_range_new(N(0), N(10), N(2)), "index", N(4)), "2");
  SHOW(M(ai_range_new(N(0), N(10), N(2)), "index", N(3)), "!ValueError: 3 is not in range");
}

static void test_dict_set_methods(void) {
  ai_word d = D(S("a"), N(1), S("b"), N(2));
  SHOW(M(d, "get", S("a")), "1");
  SHOW(M(d, "get", S("z")), "None");
  SHOW(M(d, "get", S("z"), N(0)), "0");
  SHOW(M(d, "get"), "!TypeError: get expected at least 1 argument, got 0");
  SHOW(M(d, "setdefault", S("c"), L()), "[]");
  SHOW(M(d, "pop", S("a")), "1");
  SHOW(M(d, "pop", S("a")), "!KeyError: 'a'");
  SHOW(M(d, "pop", S("a"), N(9)), "9");
  SHOW(M(d, "popitem"), "('c', [])");
  SHOW(M(ai_dict_new(), "popitem"), "!KeyError: 'popitem(): dictionary is empty'");
  SHOW(MK(d, "update", 1, (ai_word[]){L(T(S("x"), N(1)))}, "y", N(2)), "None");
  SHOW(d, "{'b': 2, 'x': 1, 'y': 2}");
  SHOW(M(d, "update", N(1)), "!TypeError: 'int' object is not iterable");
  SHOW(M(d, "copy"), "{'b': 2, 'x': 1, 'y': 2}");
  SHOW(M(d, "fromkeys", S("ab"), N(0)), "{'a': 0, 'b': 0}");
  SHOW(M(d, "keys", N(1)), "!TypeError: dict.keys() takes no arguments (1 given)");
  SHOW(M(d, "clear"), "None");
  SHOW(d, "{}");
  ai_word s = SET(N(1), N(2));
  SHOW(M(s, "add", N(3)), "None");
  SHOW(M(s, "add"), "!TypeError: set.add() takes exactly one argument (0 given)");
  SHOW(M(s, "remove", N(9)), "!KeyError: 9");
  SHOW(M(s, "discard", N(9)), "None");
  SHOW(M(s, "union", L(N(4)), T(N(5))), "{1, 2, 3, 4, 5}");
  SHOW(M(s, "intersection", L(N(2), N(3), N(9))), "{2, 3}");
  SHOW(M(s, "difference", L(N(2))), "{1, 3}");
  SHOW(M(s, "symmetric_difference", L(N(2), N(7))), "{1, 3, 7}");
  SHOW(M(s, "issubset", L(N(1), N(2), N(3), N(4))), "True");
  SHOW(M(s, "issuperset", L(N(1), N(5))), "False");
  SHOW(M(s, "isdisjoint", L(N(5))), "True");
  SHOW(M(s, "union", N(1)), "!TypeError: 'int' object is not iterable");
  SHOW(M(s, "update", L(N(10)), SET(N(11))), "None");
  SHOW(M(s, "difference_update", L(N(10), N(11))), "None");
  SHOW(M(s, "intersection_update", L(N(1), N(2))), "None");
  SHOW(s, "{1, 2}");
  SHOW(M(s, "pop"), "1");
  SHOW(M(ai_frozenset_new(1, (ai_word[]){N(1)}), "add", N(2)), "!AttributeError: 'frozenset' object has no attribute 'add'");
  SHOW(M(N(255), "bit_length"), "8");
  SHOW(M(N(-255), "bit_count"), "8");
  SHOW(M(F(2.0), "is_integer"), "True");
  SHOW(M(F(1.5), "as_integer_ratio"), "(3, 2)");
  SHOW(M(F(0.1), "as_integer_ratio"), "(3602879701896397, 36028797018963968)");
}

int main(void) {
  test_str_methods();
  test_format();
  test_list_methods();
  test_dict_set_methods();
  TEST_MAIN_END();
}
