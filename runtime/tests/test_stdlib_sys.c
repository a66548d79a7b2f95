/* test_stdlib_sys.c — unit tests of the sys and time modules (aithon_stdlib.h). */
#define _GNU_SOURCE
#include "aithon_stdlib.h"
#include "exc/exception.h"
#include "obj/containers.h"
#include "start/main.h"
#include "test.h"

#include <math.h>
#include <time.h>
#include <unistd.h>

/* runs fn with fd redirected into a pipe; returns what it wrote */
static char captured[4096];
static const char *capture(int fd, void (*fn)(void)) {
  int p[2];
  if (pipe(p) != 0) return "<pipe>";
  int saved = dup(fd);
  dup2(p[1], fd);
  close(p[1]);
  fn();
  dup2(saved, fd);
  close(saved);
  ssize_t n = read(p[0], captured, sizeof captured - 1);
  close(p[0]);
  captured[n > 0 ? n : 0] = 0;
  return captured;
}

static ai_word exc_with(ai_word code) {
  ai_sys_exit(code);
  CHECK(ai_exc_matches(&ai_exc_SystemExit));
  return ai_exc_fetch();
}

static int status;
static ai_word status_exc;
static void run_status(void) { status = ai_sys_exit_status(status_exc); }
static void run_stdout(void) {
  CHECK(ai_sys_stdout_write(S("out \xc3\xa9")));
  CHECK(ai_sys_stdout_write(S("put\n")));
  ai_sys_stdout_flush();
}
static void run_stderr(void) { CHECK(ai_sys_stderr_write(S("err\n"))); }

int main(void) {
  ai_runtime_init();

  /* argv */
  char *args[] = {"prog", "a b", "\xc3\xa9", "bad\xff", NULL};
  ai_sys_set_argv(4, args);
  ai_word argv = ai_sys_argv();
  CHECK_STR(ai_obj_repr(argv), "['prog', 'a b', '\xc3\xa9', 'bad\xef\xbf\xbd']");
  CHECK(ai_sys_argv() == argv); /* the same list: mutations stay visible */
  ai_sys_set_argv(-1, NULL);  /* not handed over: read /proc/self/cmdline */
  ai_word pa = ai_sys_argv();
  CHECK(pa && ai_list_len(pa) >= 1);

  /* exit and the exit status of an uncaught SystemExit */
  status_exc = exc_with(AI_NONE_W);
  CHECK_STR(ai_obj_repr(ai_obj_getattr(status_exc, S("code"))), "None");
  CHECK(strcmp(capture(2, run_status), "") == 0 && status == 0);
  status_exc = exc_with(ai_small(3));
  CHECK_STR(ai_obj_repr(ai_obj_getattr(status_exc, S("code"))), "3");
  CHECK(strcmp(capture(2, run_status), "") == 0 && status == 3);
  status_exc = exc_with(AI_TRUE_W);
  CHECK(strcmp(capture(2, run_status), "") == 0 && status == 1);
  status_exc = exc_with(S("bye"));
  CHECK(strcmp(capture(2, run_status), "bye\n") == 0 && status == 1);
  status_exc = exc_with(ai_tuple_new(2, (ai_word[]){ai_small(1), S("x")}));
  CHECK(strcmp(capture(2, run_status), "(1, 'x')\n") == 0 && status == 1);
  status_exc = exc_with(ai_list_new(1, (ai_word[]){ai_small(2)}));
  CHECK(strcmp(capture(2, run_status), "[2]\n") == 0 && status == 1);
  ai_raise(&ai_exc_SystemExit, "text");
  status_exc = ai_exc_fetch();
  CHECK(strcmp(capture(2, run_status), "text\n") == 0 && status == 1);

  /* stdout / stderr */
  CHECK(strcmp(capture(1, run_stdout), "out \xc3\xa9put\n") == 0);
  CHECK(strcmp(capture(2, run_stderr), "err\n") == 0);
  CHECK_RAISES(ai_sys_stdout_write(ai_small(1)), "TypeError: write() argument must be str, not int");
  CHECK_RAISES(ai_sys_stderr_write(AI_NONE_W), "TypeError: write() argument must be str, not None");

  /* maxsize, recursion limit */
  CHECK_STR(ai_str_of_int(ai_sys_maxsize()), "9223372036854775807");
  CHECK(ai_sys_getrecursionlimit() == ai_small(1000));
  ai_sys_setrecursionlimit(ai_small(50));
  CHECK(!ai_exc_pending() && ai_sys_getrecursionlimit() == ai_small(50));
  CHECK_RAISES(ai_sys_setrecursionlimit(ai_small(0)), "ValueError: recursion limit must be greater or equal than 1");
  CHECK_RAISES(ai_sys_setrecursionlimit(ai_int_lshift(ai_small(1), ai_small(31))), "OverflowError: Python int too large to convert to C int");
  CHECK_RAISES(ai_sys_setrecursionlimit(ai_box_float(2.0)), "TypeError: 'float' object cannot be interpreted as an integer");
  ai_recursion_depth_set(1); /* the module frame, as under ai_main */
  CHECK_RAISES(ai_sys_setrecursionlimit(ai_small(2)), "RecursionError: cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low");
  ai_sys_setrecursionlimit(ai_small(3));
  CHECK(!ai_exc_pending() && ai_sys_getrecursionlimit() == ai_small(3));
  ai_sys_setrecursionlimit(ai_small(1000));
  ai_recursion_depth_set(0);

  /* stdin.readline: universal newlines, "" at the end */
  int p[2];
  CHECK(pipe(p) == 0);
  const char *in = "abc\r\ndef\rghi\n\nl\xc3\xa9st";
  CHECK(write(p[1], in, strlen(in)) == (ssize_t)strlen(in));
  close(p[1]);
  int saved0 = dup(0);
  dup2(p[0], 0);
  close(p[0]);
  CHECK_STR(ai_sys_stdin_readline(), "abc\n");
  CHECK_STR(ai_sys_stdin_readline(), "def\n");
  CHECK_STR(ai_sys_stdin_readline(), "ghi\n");
  CHECK_STR(ai_sys_stdin_readline(), "\n");
  CHECK_STR(ai_sys_stdin_readline(), "l\xc3\xa9st");
  CHECK_STR(ai_sys_stdin_readline(), "");
  CHECK_STR(ai_sys_stdin_readline(), "");
  dup2(saved0, 0);
  close(saved0);

  /* time */
  double t = ai_time_time();
  CHECK(t > 1.6e9);
  int64_t tns;
  CHECK(ai_int_to_i64(ai_time_time_ns(), &tns) && fabs((double)tns / 1e9 - t) < 1.0);
  double p0 = ai_time_perf_counter(), m0 = ai_time_monotonic();
  CHECK(ai_time_sleep(0.02));
  double p1 = ai_time_perf_counter(), m1 = ai_time_monotonic();
  CHECK(p1 - p0 >= 0.02 && p1 - p0 < 2.0);
  CHECK(m1 - m0 >= 0.02);
  int64_t pc;
  CHECK(ai_int_to_i64(ai_time_perf_counter_ns(), &pc) && pc > 0);
  CHECK(ai_time_process_time() >= 0.0);
  CHECK_RAISES(ai_time_sleep(-1.0), "ValueError: sleep length must be non-negative");
  CHECK_RAISES(ai_time_sleep(NAN), "ValueError: Invalid value NaN (not a number)");
  CHECK_RAISES(ai_time_sleep(INFINITY), "OverflowError: timestamp out of range for platform time_t");
  CHECK(ai_time_sleep(0.0));
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  char year[16];
  snprintf(year, sizeof year, "%d-%%", tm.tm_year + 1900);
  CHECK_STR(ai_time_strftime(S("%Y-%%")), year);
  CHECK_STR(ai_time_strftime(S("")), "");
  CHECK_RAISES(ai_time_strftime(ai_str_from_utf8("a\0b", 3)), "ValueError: embedded null character");
  CHECK_RAISES(ai_time_strftime(ai_small(1)), "TypeError: strftime() argument 1 must be str, not int");
  TEST_MAIN_END();
}
