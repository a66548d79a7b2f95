/* runtime/tests/test.h — a tiny assertion harness for the runtime's C tests.
 * Each failed check prints file:line and the values; TEST_MAIN_END prints
 * "N passed, M failed" and makes the program exit non-zero on failure. */
#ifndef AI_TEST_H
#define AI_TEST_H

#include "aithon.h"
#include "exc/exception.h"
#include "obj/object.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int t_passed, t_failed;

static inline void t_report(const char *file, int line, const char *what, const char *got, const char *want) {
  t_failed++;
  fprintf(stderr, "%s:%d: FAIL %s\n    got:  %s\n    want: %s\n", file, line, what, got, want);
}

/* str word -> C string ("<0>" for a raised call, "<not str>" otherwise) */
static inline const char *t_cstr(ai_word w) {
  if (w == 0) return "<0: raised>";
  if (!ai_is_str(w)) return "<not a str>";
  return ai_as_str(w)->data;
}

static inline const char *t_exc_desc(void) {
  static char buf[512];
  if (!ai_exc_pending()) return "<no exception>";
  const char *m = ai_exc_message();
  snprintf(buf, sizeof buf, "%s: %s", ai_exc_type()->name, m ? m : "<no message>");
  return buf;
}

#define CHECK(cond)                                                                  \
  do {                                                                               \
    if (cond) t_passed++;                                                            \
    else t_report(__FILE__, __LINE__, #cond, "false", "true");                       \
  } while (0)

/* expr yields a str word; compares its text */
#define CHECK_STR(expr, want)                                                        \
  do {                                                                               \
    ai_word t_w = (expr);                                                            \
    const char *t_g = t_w ? t_cstr(t_w) : t_exc_desc();                              \
    if (t_w && strcmp(t_g, (want)) == 0 && !ai_exc_pending()) t_passed++;            \
    else t_report(__FILE__, __LINE__, #expr, t_g, (want));                           \
    ai_exc_clear();                                                                  \
  } while (0)

#define CHECK_I64(expr, want)                                                        \
  do {                                                                               \
    long long t_g = (long long)(expr), t_e = (long long)(want);                      \
    char t_b1[32], t_b2[32];                                                         \
    snprintf(t_b1, 32, "%lld", t_g);                                                 \
    snprintf(t_b2, 32, "%lld", t_e);                                                 \
    if (t_g == t_e) t_passed++;                                                      \
    else t_report(__FILE__, __LINE__, #expr, t_b1, t_b2);                            \
  } while (0)

#define CHECK_DBL(expr, want)                                                        \
  do {                                                                               \
    double t_g = (expr), t_e = (want);                                               \
    char t_b1[40], t_b2[40];                                                         \
    snprintf(t_b1, 40, "%.17g", t_g);                                                \
    snprintf(t_b2, 40, "%.17g", t_e);                                                \
    if (memcmp(&t_g, &t_e, sizeof t_g) == 0 && !ai_exc_pending()) t_passed++;         \
    else t_report(__FILE__, __LINE__, #expr, t_b1, t_b2);                            \
    ai_exc_clear();                                                                  \
  } while (0)

/* evaluates expr (any type), then expects the pending exception "Type: msg"
 * (or just "Type" when raised without message) */
#define CHECK_RAISES(expr, want)                                                     \
  do {                                                                               \
    (void)(expr);                                                                    \
    char t_d[512];                                                                   \
    if (!ai_exc_pending()) snprintf(t_d, sizeof t_d, "<no exception>");              \
    else if (ai_exc_message()) snprintf(t_d, sizeof t_d, "%s: %s", ai_exc_type()->name, ai_exc_message()); \
    else snprintf(t_d, sizeof t_d, "%s", ai_exc_type()->name);                       \
    if (strcmp(t_d, (want)) == 0) t_passed++;                                        \
    else t_report(__FILE__, __LINE__, #expr, t_d, (want));                           \
    ai_exc_clear();                                                                  \
  } while (0)

#define TEST_MAIN_END()                                                              \
  do {                                                                               \
    printf("%d passed, %d failed\n", t_passed, t_failed);                            \
    fflush(stdout);                                                                  \
    return t_failed ? 1 : 0;                                                         \
  } while (0)

/* helpers */
static inline ai_word S(const char *s) { return ai_str_from_utf8(s, (int64_t)strlen(s)); }
static inline ai_word I(const char *dec) {
  int neg = dec[0] == '-';
  ai_word w = ai_int_from_decimal(dec + neg, (int64_t)strlen(dec + neg));
  return neg ? ai_int_neg(w) : w;
}
static inline ai_word F(double d) { return ai_box_float(d); }

#endif
