/* test_traceback.c — the uncaught-exception report of ai_main (captured from
 * fd 2), exit statuses, the recursion guard and the "[Previous line repeated]"
 * folding. Expected texts are CPython 3.11's output minus its caret lines. */
#define _DEFAULT_SOURCE
#include "test.h"
#include "tb_scenarios.h"
#include "exc/traceback.h"

#include <fcntl.h>
#include <unistd.h>

static char cap_out[65536], cap_err[65536];

static void slurp(int fd, char *buf) {
  lseek(fd, 0, SEEK_SET);
  ssize_t n = read(fd, buf, 65535);
  buf[n < 0 ? 0 : n] = 0;
  close(fd);
}

/* runs ai_main(body) with fds 1 and 2 redirected; returns the status */
static int run(void (*body)(void)) {
  char p1[] = "/tmp/aithon_tb_out_XXXXXX", p2[] = "/tmp/aithon_tb_err_XXXXXX";
  int f1 = mkstemp(p1), f2 = mkstemp(p2);
  int s1 = dup(1), s2 = dup(2);
  fflush(stdout);
  fflush(stderr);
  dup2(f1, 1);
  dup2(f2, 2);
  char *argv[] = {"prog", NULL};
  int status = ai_main(1, argv, body);
  dup2(s1, 1);
  dup2(s2, 2);
  close(s1);
  close(s2);
  slurp(f1, cap_out);
  slurp(f2, cap_err);
  unlink(p1);
  unlink(p2);
  return status;
}

#define CHECK_TEXT(got, want)                                                        \
  do {                                                                               \
    if (strcmp(got, want) == 0) t_passed++;                                          \
    else t_report(__FILE__, __LINE__, #got, got, want);                              \
  } while (0)

static void body_raise_in_loop(void) {
  /* the module frame raising directly, with an entry that has no text */
  ai_raise(&ai_exc_KeyError, "'k'");
  ai_tb_add("m.py", 3, "<module>", NULL);
}

static void body_exit_quiet(void) { ai_raise(&ai_exc_SystemExit, NULL); }

/* e = ValueError("bad"); e.add_note("while parsing"); e.add_note("line 3"); raise e */
static void body_notes(void) {
  ai_word msg = ai_str_from_utf8("bad", 3);
  ai_word e = ai_exc_new(&ai_exc_ValueError, ai_tuple_new(1, &msg));
  ai_word add_note = ai_str_from_utf8("add_note", 8);
  ai_word notes[] = {ai_str_from_utf8("while parsing", 13), ai_str_from_utf8("line 3", 6)};
  for (int i = 0; i < 2; i++)
    if (!ai_call_method(e, add_note, 1, &notes[i], 0)) return;
  ai_word not_str = ai_int_from_i64(3);
  if (ai_call_method(e, add_note, 1, &not_str, 0) || !ai_exc_pending()) return;
  ai_exc_clear(); /* TypeError: note must be a str, not 'int' */
  ai_raise_obj(e, 0);
  ai_tb_add("main.py", 4, "<module>", "raise e");
}

int main(void) {
  tb_file = "/tmp/r3.py";
  CHECK_I64(run(body_calls), 1);
  CHECK_TEXT(cap_out, "");
  CHECK_TEXT(cap_err, "Traceback (most recent call last):\n"
                      "  File \"/tmp/r3.py\", line 5, in <module>\n    main()\n"
                      "  File \"/tmp/r3.py\", line 4, in main\n    g()\n"
                      "  File \"/tmp/r3.py\", line 2, in g\n    raise ValueError\n"
                      "ValueError\n");
  CHECK(!ai_exc_pending());

  tb_file = "/tmp/r.py";
  CHECK_I64(run(body_recursion), 1);
  CHECK_TEXT(cap_err, "Traceback (most recent call last):\n"
                      "  File \"/tmp/r.py\", line 4, in <module>\n    f(0)\n"
                      "  File \"/tmp/r.py\", line 2, in f\n    return f(n+1)\n"
                      "  File \"/tmp/r.py\", line 2, in f\n    return f(n+1)\n"
                      "  File \"/tmp/r.py\", line 2, in f\n    return f(n+1)\n"
                      "  [Previous line repeated 996 more times]\n"
                      "RecursionError: maximum recursion depth exceeded\n");
  /* CPython 3.11 reaches f(998) from module level: 999 frames + the module */
  CHECK_I64(tb_last_n, 998);

  tb_file = "main.py";
  CHECK_I64(run(body_zerodiv), 1);
  CHECK_TEXT(cap_out, "before\n");
  CHECK_TEXT(cap_err, "Traceback (most recent call last):\n"
                      "  File \"main.py\", line 2, in <module>\n    x = 1 // 0\n"
                      "ZeroDivisionError: integer division or modulo by zero\n");

  CHECK_I64(run(body_message), 1);
  CHECK_TEXT(cap_err, "Traceback (most recent call last):\n"
                      "  File \"main.py\", line 7, in <module>\n    b()\n"
                      "  File \"main.py\", line 5, in b\n    a()\n"
                      "  File \"main.py\", line 2, in a\n    raise RuntimeError(\"boom \xc3\xa9\")\n"
                      "RuntimeError: boom \xc3\xa9\n");

  CHECK_I64(run(body_ok), 0);
  CHECK_TEXT(cap_out, "a 1\nb");
  CHECK_TEXT(cap_err, "");

  CHECK_I64(run(body_raise_in_loop), 1);
  CHECK_TEXT(cap_err, "Traceback (most recent call last):\n  File \"m.py\", line 3, in <module>\nKeyError: 'k'\n");
  CHECK_I64(run(body_exit_quiet), 0);
  CHECK_TEXT(cap_err, "");

  CHECK_I64(run(body_notes), 1);
  CHECK_TEXT(cap_err, "Traceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    raise e\n"
                      "ValueError: bad\nwhile parsing\nline 3\n");

  /* the recursion guard itself: depth counts back to zero, the limit is 1000 */
  int entered = 0;
  while (ai_enter()) entered++;
  CHECK_I64(entered, 1000);
  CHECK_RAISES(0, "RecursionError: maximum recursion depth exceeded");
  for (int i = 0; i < entered; i++) ai_leave();
  CHECK(ai_enter());
  ai_leave();
  CHECK_I64(ai_recursion_depth_get(), 0);

  /* a new exception starts a new traceback */
  ai_raise(&ai_exc_ValueError, "one");
  ai_tb_add("x.py", 1, "f", "a");
  ai_raise(&ai_exc_TypeError, "two");
  CHECK_I64(ai_tb_count(), 0);
  ai_exc_clear();
  TEST_MAIN_END();
}
