/* test_str.c — str operations, repr (quotes and escapes as CPython 3.11) and
 * print() through the runtime's stdout buffer. */
#define _DEFAULT_SOURCE
#include "test.h"
#include "io/print.h"
#include "obj/str.h"

#include <fcntl.h>
#include <unistd.h>

static const struct {
  const char *s;
  int n;
  const char *want;
} reprs[] = {
  {"", 0, "''"},
  {"abc", 3, "'abc'"},
  {"it's", 4, "\"it's\""},
  {"say \"hi\"", 8, "'say \"hi\"'"},
  {"both ' and \"", 12, "'both \\' and \"'"},
  {"back\\slash", 10, "'back\\\\slash'"},
  {"\012\011\015", 3, "'\\n\\t\\r'"},
  {"\000\001\037\177", 4, "'\\x00\\x01\\x1f\\x7f'"},
  {"\302\200\302\205\302\237\302\240\302\241\302\255", 12, "'\\x80\\x85\\x9f\\xa0\302\241\\xad'"},
  {"\303\251\346\227\245\346\234\254\360\237\230\200", 12, "'\303\251\346\227\245\346\234\254\360\237\230\200'"},
  {"\342\200\250\342\200\213\357\273\277\363\240\200\201", 13, "'\\u2028\\u200b\\ufeff\\U000e0001'"},
  {"\355\240\200x", 4, "'\\ud800x'"},
  {"\364\217\277\277\363\260\200\200", 8, "'\\U0010ffff\\U000f0000'"},
  {"\315\270", 2, "'\\u0378'"},
  {"a\314\200", 3, "'a\314\200'"},
};

/* Runs fn with fd 1 redirected to a file; returns what it wrote (static). */
static const char *capture_stdout(void (*fn)(void)) {
  static char buf[65536];
  char path[] = "/tmp/aithon_test_stdout_XXXXXX";
  int fd = mkstemp(path);
  int saved = dup(1);
  fflush(stdout);
  dup2(fd, 1);
  fn();
  ai_stdout_flush();
  dup2(saved, 1);
  close(saved);
  lseek(fd, 0, SEEK_SET);
  ssize_t n = read(fd, buf, sizeof buf - 1);
  buf[n < 0 ? 0 : n] = 0;
  close(fd);
  unlink(path);
  return buf;
}

static void print_defaults(void) {
  ai_word parts[3] = {S("a"), S("é"), S("c")};
  ai_print(3, parts, 0, 0, false);
  ai_print(0, parts, 0, 0, false);
}

static void print_custom(void) {
  ai_word parts[2] = {S("x"), S("y")};
  ai_print(2, parts, S(", "), S("!"), true);
  ai_print(2, parts, S(""), S("\n"), false);
  ai_print(1, parts, ai_w(&ai_None), ai_w(&ai_None), false);
}

static void print_big(void) {
  /* larger than the buffer: must come out whole and in order */
  static char big[20001];
  memset(big, 'z', 20000);
  ai_word parts[2] = {S("start"), S(big)};
  ai_print(2, parts, 0, 0, false);
  ai_print(1, parts, 0, 0, false);
}

int main(void) {
  for (size_t i = 0; i < sizeof reprs / sizeof reprs[0]; i++) CHECK_STR(ai_repr_str(ai_str_from_utf8(reprs[i].s, reprs[i].n)), reprs[i].want);

  ai_word h = S("héllo"), w = S(" wörld");
  CHECK_I64(ai_str_len(h), 5);
  CHECK_I64(ai_as_str(h)->nbytes, 6);
  CHECK(ai_as_str(h)->ascii == 0 && ai_as_str(S("abc"))->ascii == 1);
  CHECK_STR(ai_str_concat(h, w), "héllo wörld");
  CHECK_I64(ai_str_len(ai_str_concat(h, w)), 11);
  CHECK_STR(ai_str_concat(S(""), w), " wörld");
  CHECK_STR(ai_str_repeat(S("ab"), ai_small(3)), "ababab");
  CHECK_I64(ai_str_len(ai_str_repeat(h, ai_small(4))), 20);
  CHECK_STR(ai_str_repeat(S("ab"), ai_small(0)), "");
  CHECK_STR(ai_str_repeat(S("ab"), ai_small(-5)), "");
  CHECK_STR(ai_str_repeat(S("ab"), ai_int_neg(ai_int_pow(ai_small(10), ai_small(30)))), "");
  CHECK_RAISES(ai_str_repeat(S("ab"), ai_int_pow(ai_small(10), ai_small(30))), "OverflowError: cannot fit 'int' into an index-sized integer");
  CHECK(ai_str_eq(S("abc"), S("abc")) && !ai_str_eq(S("abc"), S("abd")) && !ai_str_eq(S("ab"), S("abc")));
  CHECK_I64(ai_str_cmp(S("a"), S("b")), -1);
  CHECK_I64(ai_str_cmp(S("b"), S("a")), 1);
  CHECK_I64(ai_str_cmp(S("ab"), S("a")), 1);
  CHECK_I64(ai_str_cmp(S(""), S("")), 0);
  CHECK_I64(ai_str_cmp(S("\x7f"), S("é")), -1);      /* code point order */
  CHECK_I64(ai_str_cmp(S("\xef\xbf\xbf"), S("😀")), -1); /* U+FFFF < U+1F600 */
  CHECK(ai_str_is_true(S("x")) && !ai_str_is_true(S("")));
  {
    ai_word parts[4] = {S("x="), ai_str_of_int(ai_small(-3)), S(", f="), ai_str_of_float(0.5)};
    CHECK_STR(ai_str_join_n(4, parts), "x=-3, f=0.5");
    CHECK_STR(ai_str_join_n(0, parts), "");
  }
  CHECK_STR(ai_str_of_bool(true), "True");
  CHECK_STR(ai_str_of_bool(false), "False");

  /* print */
  const char *out = capture_stdout(print_defaults);
  CHECK(strcmp(out, "a é c\n\n") == 0);
  out = capture_stdout(print_custom);
  CHECK(strcmp(out, "x, y!xy\nx\n") == 0);
  out = capture_stdout(print_big);
  CHECK(strlen(out) == sizeof("start ") - 1 + 20000 + 1 + 6);
  CHECK(strncmp(out, "start zzz", 9) == 0 && strcmp(out + strlen(out) - 9, "zz\nstart\n") == 0);
  TEST_MAIN_END();
}
