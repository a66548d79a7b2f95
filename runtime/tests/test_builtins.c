/* test_builtins.c — builtins (sorted, sum, min/max, any/all, chr/ord,
 * hex/oct/bin, divmod, pow, round, input) and exceptions as values
 * (str/repr/args, raise from, implicit chaining in the report). Expected
 * texts from CPython 3.11. */
#include "test_containers_util.h"

#include "exc/traceback.h"

#include <unistd.h>

static ai_word B(bool b) { return ai_box_bool(b); }

static void test_numeric_builtins(void) {
  SHOW(ai_builtin_sorted(L(N(3), N(1), N(2)), true), "[3, 2, 1]");
  SHOW(ai_builtin_sorted(S("bca"), false), "['a', 'b', 'c']");
  SHOW(ai_builtin_sum(L(N(1), F(2.5), N(3)), 0), "6.5");
  SHOW(ai_builtin_sum(L(ai_int_pow(N(2), N(62)), ai_int_pow(N(2), N(62)), N(1)), 0), "9223372036854775809");
  ai_word tenth = L(F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1));
  SHOW(ai_builtin_sum(tenth, 0), "0.9999999999999999");
  SHOW(ai_builtin_sum(L(L(N(1)), L(N(2))), EMPTY_LIST()), "[1, 2]");
  SHOW(ai_builtin_sum(L(S("a")), S("x")), "!TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  SHOW(ai_builtin_sum(L(N(1), S("a")), 0), "!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  SHOW(ai_builtin_sum(L(TRUE_W, TRUE_W), 0), "2");
  ai_word l = L(N(3), N(7), F(7.0), N(1));
  SHOW(ai_builtin_max(1, &l, 0), "7");
  SHOW(ai_builtin_min(3, (ai_word[]){N(3), F(1.0), N(1)}, 0), "1.0");
  ai_word e = EMPTY_LIST();
  SHOW(ai_builtin_max(1, &e, N(5)), "5");
  SHOW(ai_builtin_max(1, &e, 0), "!ValueError: max() arg is an empty sequence");
  SHOW(ai_builtin_min(2, (ai_word[]){N(1), S("a")}, 0), "!TypeError: '<' not supported between instances of 'str' and 'int'");
  SHOW(ai_builtin_max(0, NULL, 0), "!TypeError: max expected at least 1 argument, got 0");
  SHOW(ai_builtin_max(2, (ai_word[]){N(1), N(2)}, N(0)),
       "!TypeError: Cannot specify a default for max() with multiple positional arguments");
  SHOW(ai_builtin_min(1, (ai_word[]){N(5)}, 0), "!TypeError: 'int' object is not iterable");
  CHECK_I64(ai_builtin_any(L(N(0), S(""), NONE_W)), 0);
  CHECK_I64(ai_builtin_all(L(N(1), S("x"))), 1);
  CHECK_I64(ai_builtin_any(N(5)), -1);
  SHOW(0, "!TypeError: 'int' object is not iterable");
  SHOW(ai_builtin_chr(N(233)), "'é'");
  SHOW(ai_builtin_chr(N(0x110000)), "!ValueError: chr() arg not in range(0x110000)");
  SHOW(ai_builtin_chr(S("a")), "!TypeError: 'str' object cannot be interpreted as an integer");
  SHOW(ai_builtin_ord(S("😀")), "128512");
  SHOW(ai_builtin_ord(S("ab")), "!TypeError: ord() expected a character, but string of length 2 found");
  SHOW(ai_builtin_ord(N(1)), "!TypeError: ord() expected string of length 1, but int found");
  SHOW(ai_builtin_hex(N(-255)), "'-0xff'");
  SHOW(ai_builtin_oct(N(8)), "'0o10'");
  SHOW(ai_builtin_bin(N(-5)), "'-0b101'");
  SHOW(ai_builtin_hex(ai_int_pow(N(2), N(70))), "'0x400000000000000000'");
  SHOW(ai_builtin_hex(F(1.5)), "!TypeError: 'float' object cannot be interpreted as an integer");
  SHOW(ai_builtin_divmod(N(-7), N(2)), "(-4, 1)");
  SHOW(ai_builtin_divmod(F(7.5), N(-2)), "(-4.0, -0.5)");
  SHOW(ai_builtin_divmod(ai_int_pow(N(2), N(70)), N(3)), "(393530540239137101141, 1)");
  SHOW(ai_builtin_divmod(N(1), N(0)), "!ZeroDivisionError: integer division or modulo by zero");
  SHOW(ai_builtin_divmod(F(1.0), N(0)), "!ZeroDivisionError: float divmod()");
  SHOW(ai_builtin_divmod(S("a"), N(1)), "!TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  SHOW(ai_builtin_pow3(N(3), N(200), N(1000)), "1");
  SHOW(ai_builtin_pow3(N(3), N(-1), N(11)), "4");
  SHOW(ai_builtin_pow3(N(-3), N(3), N(-7)), "-6");
  SHOW(ai_builtin_pow3(N(2), ai_int_pow(N(10), N(20)), N(97)), "61");
  SHOW(ai_builtin_pow3(N(2), N(-1), N(4)), "!ValueError: base is not invertible for the given modulus");
  SHOW(ai_builtin_pow3(N(2), N(2), N(0)), "!ValueError: pow() 3rd argument cannot be 0");
  SHOW(ai_builtin_pow3(F(2.0), N(2), N(3)), "!TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  SHOW(ai_builtin_round(F(2.5), NONE_W), "2");
  SHOW(ai_builtin_round(F(3.5), 0), "4");
  SHOW(ai_builtin_round(F(-0.5), NONE_W), "0");
  SHOW(ai_builtin_round(F(2.675), N(2)), "2.67");
  SHOW(ai_builtin_round(N(1250), N(-2)), "1200");
  SHOW(ai_builtin_round(N(1350), N(-2)), "1400");
  SHOW(ai_builtin_round(N(-1250), N(-2)), "-1200");
  SHOW(ai_builtin_round(N(7), N(1)), "7");
  SHOW(ai_builtin_round(TRUE_W, NONE_W), "1");
  SHOW(ai_builtin_round(F(123.456), N(-1)), "120.0");
  SHOW(ai_builtin_round(S("a"), NONE_W), "!TypeError: type str doesn't define __round__ method");
  SHOW(ai_builtin_round(F(1.5), S("a")), "!TypeError: 'str' object cannot be interpreted as an integer");
  SHOW(ai_builtin_frozenset(S("aa")), "frozenset({'a'})");
  SHOW(ai_builtin_set(L(N(3), N(3))), "{3}");
  SHOW(ai_builtin_tuple(S("ab")), "('a', 'b')");
  SHOW(ai_builtin_list(0), "[]");
  (void)B;
}

static void check_tb(const char *want, int line) {
  char *got = ai_tb_format_pending();
  if (got && strcmp(got, want) == 0) t_passed++;
  else t_report(__FILE__, line, "traceback", got ? got : "<null>", want);
  free(got);
  ai_exc_clear();
}

static void test_exceptions(void) {
  ai_word e = ai_exc_new(&ai_exc_ValueError, T(S("a"), N(1)));
  SHOW(e, "ValueError('a', 1)");
  SHOW(ai_obj_str(e), "\"('a', 1)\"");
  SHOW(ai_exc_new(&ai_exc_KeyError, T(S("k"))), "KeyError('k')");
  SHOW(ai_obj_str(ai_exc_new(&ai_exc_KeyError, T(S("k")))), "\"'k'\"");
  SHOW(ai_obj_str(ai_exc_new(&ai_exc_ValueError, 0)), "''");
  SHOW(ai_exc_new(&ai_exc_ValueError, 0), "ValueError()");
  SHOW(ai_obj_getattr(e, S("args")), "('a', 1)");
  CHECK(ai_exc_is(e, &ai_exc_Exception));
  CHECK(!ai_exc_is(e, &ai_exc_TypeError));
  /* raise / fetch / restore */
  ai_raise_obj(e, 0);
  CHECK(ai_exc_matches(&ai_exc_ValueError));
  CHECK(ai_exc_message() && strcmp(ai_exc_message(), "('a', 1)") == 0);
  ai_word got = ai_exc_fetch();
  CHECK(got == e);
  CHECK(!ai_exc_pending());
  ai_raise_obj(N(1), 0);
  SHOW(0, "!TypeError: exceptions must derive from BaseException");
  ai_dict_get(ai_dict_new(), S("k"));
  ai_word ke = ai_exc_fetch();
  SHOW(ai_obj_getattr(ke, S("args")), "('k',)");
  SHOW(ke, "KeyError('k')");
  /* implicit chaining: raise inside an except block */
  ai_dict_get(ai_dict_new(), S("a"));
  ai_tb_add("m.py", 3, "f", "{}['a']");
  ai_word caught = ai_exc_fetch();
  ai_word prev = ai_exc_set_handled(caught);
  ai_raise(&ai_exc_ValueError, "bad");
  ai_tb_add("m.py", 5, "f", "raise ValueError(\"bad\")");
  ai_exc_set_handled(prev);
  ai_tb_add("m.py", 6, "<module>", "f()");
  check_tb("Traceback (most recent call last):\n"
           "  File \"m.py\", line 3, in f\n"
           "    {}['a']\n"
           "KeyError: 'a'\n"
           "\n"
           "During handling of the above exception, another exception occurred:\n"
           "\n"
           "Traceback (most recent call last):\n"
           "  File \"m.py\", line 6, in <module>\n"
           "    f()\n"
           "  File \"m.py\", line 5, in f\n"
           "    raise ValueError(\"bad\")\n"
           "ValueError: bad\n",
           __LINE__);
  /* raise ... from e */
  ai_dict_get(ai_dict_new(), S("a"));
  ai_tb_add("m.py", 3, "f", "{}['a']");
  caught = ai_exc_fetch();
  prev = ai_exc_set_handled(caught);
  ai_raise_obj(ai_exc_new(&ai_exc_ValueError, T(S("bad"))), caught);
  ai_tb_add("m.py", 5, "f", "raise ValueError(\"bad\") from e");
  ai_exc_set_handled(prev);
  ai_tb_add("m.py", 6, "<module>", "f()");
  check_tb("Traceback (most recent call last):\n"
           "  File \"m.py\", line 3, in f\n"
           "    {}['a']\n"
           "KeyError: 'a'\n"
           "\n"
           "The above exception was the direct cause of the following exception:\n"
           "\n"
           "Traceback (most recent call last):\n"
           "  File \"m.py\", line 6, in <module>\n"
           "    f()\n"
           "  File \"m.py\", line 5, in f\n"
           "    raise ValueError(\"bad\") from e\n"
           "ValueError: bad\n",
           __LINE__);
  /* raise ... from None suppresses the context */
  ai_raise(&ai_exc_KeyError, "'a'");
  caught = ai_exc_fetch();
  prev = ai_exc_set_handled(caught);
  ai_raise_obj(ai_exc_new(&ai_exc_ValueError, 0), NONE_W);
  ai_tb_add("m.py", 2, "<module>", "raise ValueError from None");
  ai_exc_set_handled(prev);
  check_tb("Traceback (most recent call last):\n"
           "  File \"m.py\", line 2, in <module>\n"
           "    raise ValueError from None\n"
           "ValueError\n",
           __LINE__);
  /* bare raise: the saved traceback comes back */
  ai_raise(&ai_exc_ZeroDivisionError, "division by zero");
  ai_tb_add("m.py", 2, "g", "1/0");
  caught = ai_exc_fetch();
  ai_exc_restore(caught);
  ai_tb_add("m.py", 9, "<module>", "g()");
  check_tb("Traceback (most recent call last):\n"
           "  File \"m.py\", line 9, in <module>\n"
           "    g()\n"
           "  File \"m.py\", line 2, in g\n"
           "    1/0\n"
           "ZeroDivisionError: division by zero\n",
           __LINE__);
  CHECK(ai_exc_set_handled(0) == NONE_W);
}

static void test_input(void) {
  int fds[2];
  if (pipe(fds) != 0) return;
  const char *text = "first line\r\nsecond\nlast";
  if (write(fds[1], text, strlen(text)) < 0) return;
  close(fds[1]);
  int saved = dup(0);
  dup2(fds[0], 0);
  close(fds[0]);
  SHOW(ai_builtin_input(0), "'first line'");
  SHOW(ai_builtin_input(0), "'second'");
  SHOW(ai_builtin_input(0), "'last'");
  SHOW(ai_builtin_input(0), "!EOFError: EOF when reading a line");
  dup2(saved, 0);
  close(saved);
}

int main(void) {
  test_numeric_builtins();
  test_exceptions();
  test_input();
  TEST_MAIN_END();
}
