/*
 * diff_gen_stdlib.c — the C half of the differential test of the stdlib
 * modules (math, random, time). Generates random inputs (seeded), runs them
 * through aithon_stdlib.h and prints one line per case:
 *
 *   PYTHON-EXPRESSION <TAB> RESULT
 *
 * RESULT is "R:" + repr(value) or "E:" + "Type: message" when it raised, with
 * backslash, tab and newline escaped (\\ \t \n). diff_check_stdlib.py evaluates
 * each expression with python3, in order and in one namespace (so the random
 * module's state carries from line to line exactly as the C generator's does),
 * and reports the mismatches.
 *
 * usage: diff_gen_stdlib SEED SCALE
 */
#include "aithon.h"
#include "aithon_stdlib.h"
#include "obj/containers.h"
#include "obj/object.h"
#include "start/main.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;
static uint64_t rnd(void) {
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static int64_t ri(int64_t lo, int64_t hi) { return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1)); }
static double ru(double lo, double hi) { return lo + (hi - lo) * ((double)(rnd() >> 11) / 9007199254740992.0); }

/* ---------------------------------------------------------------- output */

static void put_escaped(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\\') fputs("\\\\", stdout);
    else if (c == '\t') fputs("\\t", stdout);
    else if (c == '\n') fputs("\\n", stdout);
    else fputc(c, stdout);
  }
}

static long ncases;

/* expression text, then the result word (0: raised) */
static void emit(const char *expr, ai_word result) {
  ncases++;
  fputs(expr, stdout);
  fputc('\t', stdout);
  if (!result || ai_exc_pending()) {
    const char *m = ai_exc_message();
    fputs("E:", stdout);
    put_escaped(ai_exc_type()->name, strlen(ai_exc_type()->name));
    if (m) {
      fputs(": ", stdout);
      put_escaped(m, strlen(m));
    }
    ai_exc_clear();
  } else {
    ai_word r = ai_obj_repr(result);
    if (!r) {
      fputs("E:<repr failed>", stdout);
      ai_exc_clear();
    } else {
      fputs("R:", stdout);
      put_escaped(ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
    }
  }
  fputc('\n', stdout);
}

static void emit_d(const char *expr, double d) { emit(expr, ai_exc_pending() ? 0 : ai_box_float(d)); }
static void emit_b(const char *expr, bool b) { emit(expr, ai_exc_pending() ? 0 : ai_box_bool(b)); }
static void emit_none(const char *expr, bool ok) { emit(expr, ok && !ai_exc_pending() ? AI_NONE_W : 0); }

/* a growable text buffer for expressions */
typedef struct {
  char *p;
  size_t n, cap;
} tb;
static void tb_add(tb *b, const char *fmt, ...) {
  va_list ap;
  for (;;) {
    va_start(ap, fmt);
    int k = vsnprintf(b->p ? b->p + b->n : NULL, b->p ? b->cap - b->n : 0, fmt, ap);
    va_end(ap);
    if (b->p && (size_t)k < b->cap - b->n) {
      b->n += (size_t)k;
      return;
    }
    b->cap = (b->cap + (size_t)k + 64) * 2;
    b->p = realloc(b->p, b->cap);
    if (!b->p) abort();
  }
}
static void tb_reset(tb *b) {
  b->n = 0;
  if (b->p) b->p[0] = 0;
}

/* Python source for a double */
static const char *pyd(double d) {
  static char bufs[16][48];
  static int k;
  char *b = bufs[k++ & 15];
  if (isnan(d)) snprintf(b, 48, "float('nan')");
  else if (isinf(d)) snprintf(b, 48, d > 0 ? "float('inf')" : "float('-inf')");
  else snprintf(b, 48, "float.fromhex('%a')", d);
  return b;
}

static const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0, 0.1, 1e-300, -1e-300,
                                  5e-324, -5e-324, 2.2250738585072014e-308, 1e308, -1e308, 1.7976931348623157e308,
                                  INFINITY, -INFINITY, NAN, 709.78, 710.0, -745.2, -746.0, 171.5, 171.7, 200.5,
                                  -200.5, -0.5, 1e16, 1e22, 4503599627370496.5, 9007199254740993.0, 1e-20, 0.99999999,
                                  1.00000001, 30.0, -30.0, 2.5, -2.5, 3.14159, 1e-8, -1e-8, 100.0, 0.7, 6.5};
#define NSPECIALS (sizeof specials / sizeof specials[0])

static double gen_double(void) {
  switch (ri(0, 8)) {
  case 0:
  case 1: return specials[ri(0, NSPECIALS - 1)];
  case 2: return ru(-10, 10);
  case 3: return ru(-1000, 1000);
  case 4: { /* random exponent */
    uint64_t bits = (rnd() & 0x800fffffffffffffULL) | ((uint64_t)ri(0, 2046) << 52);
    double d;
    memcpy(&d, &bits, 8);
    return d;
  }
  case 5: return (double)ri(-50, 200);
  case 6: return ru(-1, 1);
  case 7: return 1.0 + ru(-1e-6, 1e-6);
  default: return ru(-1, 1) * pow(10.0, (double)ri(-320, 308));
  }
}

/* a random int: its word and Python text */
static ai_word gen_int(char *text, size_t cap, int maxdigits) {
  int kind = (int)ri(0, 5);
  if (kind <= 2) {
    int64_t v = kind == 0 ? ri(-20, 20) : kind == 1 ? ri(-100000, 100000) : (int64_t)(rnd() >> ri(1, 63)) * (ri(0, 1) ? 1 : -1);
    snprintf(text, cap, "%lld", (long long)v);
    return ai_int_from_i64(v);
  }
  int nd = (int)ri(1, maxdigits);
  char digits[1200];
  if (nd > 1100) nd = 1100;
  for (int i = 0; i < nd; i++) digits[i] = (char)('0' + (i == 0 ? ri(1, 9) : ri(0, 9)));
  digits[nd] = 0;
  bool neg = ri(0, 3) == 0;
  snprintf(text, cap, "%s%s", neg ? "-" : "", digits);
  ai_word w = ai_int_from_decimal(digits, nd);
  return neg ? ai_int_neg(w) : w;
}

/* ---------------------------------------------------------------- math */

typedef struct {
  const char *name;
  double (*f)(double);
} unary_t;

static const unary_t UNARY[] = {
    {"sqrt", ai_math_sqrt},   {"exp", ai_math_exp},       {"exp2", ai_math_exp2},     {"expm1", ai_math_expm1},
    {"log", ai_math_log},     {"log2", ai_math_log2},     {"log10", ai_math_log10},   {"log1p", ai_math_log1p},
    {"sin", ai_math_sin},     {"cos", ai_math_cos},       {"tan", ai_math_tan},       {"asin", ai_math_asin},
    {"acos", ai_math_acos},   {"atan", ai_math_atan},     {"sinh", ai_math_sinh},     {"cosh", ai_math_cosh},
    {"tanh", ai_math_tanh},   {"asinh", ai_math_asinh},   {"acosh", ai_math_acosh},   {"atanh", ai_math_atanh},
    {"fabs", ai_math_fabs},   {"cbrt", ai_math_cbrt},     {"degrees", ai_math_degrees}, {"radians", ai_math_radians},
    {"erf", ai_math_erf},     {"erfc", ai_math_erfc},     {"gamma", ai_math_gamma},   {"lgamma", ai_math_lgamma},
    {"ulp", ai_math_ulp},
};

typedef struct {
  const char *name;
  double (*f)(double, double);
} binary_t;

static const binary_t BINARY[] = {
    {"math.atan2", ai_math_atan2},         {"math.hypot", ai_math_hypot2},   {"math.pow", ai_math_pow},
    {"math.fmod", ai_math_fmod},           {"math.remainder", ai_math_remainder}, {"math.copysign", ai_math_copysign},
    {"math.log", ai_math_log_base},        {"math.nextafter", ai_math_nextafter},
};

static void gen_math(int n) {
  char e[4096];
  tb b = {0};
  for (int i = 0; i < n; i++) {
    double x = gen_double();
    for (size_t k = 0; k < sizeof UNARY / sizeof UNARY[0]; k++) {
      snprintf(e, sizeof e, "math.%s(%s)", UNARY[k].name, pyd(x));
      emit_d(e, UNARY[k].f(x));
    }
    double y = gen_double();
    if (ri(0, 3) == 0) y = (double)ri(-5, 5);
    if (ri(0, 5) == 0) y = x + ru(-1e-3, 1e-3);
    for (size_t k = 0; k < sizeof BINARY / sizeof BINARY[0]; k++) {
      snprintf(e, sizeof e, "%s(%s, %s)", BINARY[k].name, pyd(x), pyd(y));
      emit_d(e, BINARY[k].f(x, y));
    }
    snprintf(e, sizeof e, "math.floor(%s)", pyd(x));
    emit(e, ai_math_floor(x));
    snprintf(e, sizeof e, "math.ceil(%s)", pyd(x));
    emit(e, ai_math_ceil(x));
    snprintf(e, sizeof e, "math.trunc(%s)", pyd(x));
    emit(e, ai_math_trunc(x));
    snprintf(e, sizeof e, "math.isnan(%s)", pyd(x));
    emit_b(e, ai_math_isnan(x));
    snprintf(e, sizeof e, "math.isinf(%s)", pyd(x));
    emit_b(e, ai_math_isinf(x));
    snprintf(e, sizeof e, "math.isfinite(%s)", pyd(x));
    emit_b(e, ai_math_isfinite(x));
    snprintf(e, sizeof e, "math.modf(%s)", pyd(x));
    emit(e, ai_math_modf(x));
    snprintf(e, sizeof e, "math.frexp(%s)", pyd(x));
    emit(e, ai_math_frexp(x));
    {
      double rel = ri(0, 2) ? 1e-09 : ru(-0.1, 0.5), abs_ = ri(0, 2) ? 0.0 : ru(-0.1, 1.0);
      double yy = ri(0, 1) ? y : x * (1 + ru(-1e-8, 1e-8));
      snprintf(e, sizeof e, "math.isclose(%s, %s, rel_tol=%s, abs_tol=%s)", pyd(x), pyd(yy), pyd(rel), pyd(abs_));
      emit_b(e, ai_math_isclose(x, yy, rel, abs_));
    }
    {
      char it[64];
      ai_word iw;
      if (ri(0, 4) == 0) iw = gen_int(it, sizeof it, 30);
      else {
        int64_t v = ri(-1200, 1200);
        snprintf(it, sizeof it, "%lld", (long long)v);
        iw = ai_int_from_i64(v);
      }
      snprintf(e, sizeof e, "math.ldexp(%s, %s)", pyd(x), it);
      emit_d(e, ai_math_ldexp(x, iw));
    }
    /* float words through the *_word functions */
    snprintf(e, sizeof e, "math.floor(%s)", pyd(x));
    emit(e, ai_math_floor_word(ai_box_float(x)));
    snprintf(e, sizeof e, "math.trunc(%s)", pyd(x));
    emit(e, ai_math_trunc_word(ai_box_float(x)));
    snprintf(e, sizeof e, "math.log(%s)", pyd(x));
    emit_d(e, ai_math_log_word(ai_box_float(x), 0));
    /* fsum / prod / dist / hypot over lists of doubles */
    int len = (int)ri(0, 12);
    double v[16], w[16];
    ai_word items[16], items2[16];
    tb_reset(&b);
    tb_add(&b, "[");
    for (int j = 0; j < len; j++) {
      int kind = (int)ri(0, 6);
      v[j] = kind == 0 ? ru(-1, 1) * 1e300 : kind == 1 ? specials[ri(0, NSPECIALS - 1)] : kind == 2 ? 1e-16 * ri(-5, 5) : gen_double();
      if (ri(0, 20) == 0) v[j] = INFINITY * (ri(0, 1) ? 1 : -1);
      if (j > 0 && ri(0, 3) == 0) v[j] = -v[j - 1];
      items[j] = ai_box_float(v[j]);
      tb_add(&b, "%s%s", j ? ", " : "", pyd(v[j]));
    }
    tb_add(&b, "]");
    ai_word list = ai_list_new(len, items);
    snprintf(e, sizeof e, "math.fsum(%s)", b.p);
    emit_d(e, ai_math_fsum(list));
    snprintf(e, sizeof e, "math.prod(%s)", b.p);
    emit(e, ai_math_prod(list, ai_small(1)));
    snprintf(e, sizeof e, "math.hypot(*%s)", b.p);
    emit_d(e, ai_math_hypot_n(len, items));
    int len2 = ri(0, 5) ? len : (int)ri(0, 12);
    tb b2 = {0};
    tb_add(&b2, "(");
    for (int j = 0; j < len2; j++) {
      w[j] = ri(0, 2) ? (j < len ? v[j] : 0.0) + ru(-2, 2) * pow(10.0, (double)ri(-5, 5)) : gen_double();
      if (ri(0, 10) == 0) w[j] = ldexp(ru(0, 1), -1060); /* subnormal differences */
      items2[j] = ai_box_float(w[j]);
      tb_add(&b2, "%s%s", j ? ", " : "", pyd(w[j]));
    }
    tb_add(&b2, len2 == 1 ? ",)" : ")");
    snprintf(e, sizeof e, "math.dist(%s, %s)", b.p, b2.p);
    emit_d(e, ai_math_dist(list, ai_tuple_new(len2, items2)));
    free(b2.p);
  }
  /* small-magnitude hypot/dist (the subnormal branch of vector_norm) */
  for (int i = 0; i < n / 4; i++) {
    double x = ldexp(ru(-1, 1), (int)ri(-1074, -1000)), y = ldexp(ru(-1, 1), (int)ri(-1074, -1000));
    snprintf(e, sizeof e, "math.hypot(%s, %s)", pyd(x), pyd(y));
    emit_d(e, ai_math_hypot2(x, y));
  }
  free(b.p);
}

static void gen_math_ints(int n) {
  char e[8192], t1[1300], t2[1300], t3[1300];
  for (int i = 0; i < n; i++) {
    /* gcd / lcm of 0..4 ints */
    int na = (int)ri(0, 4);
    ai_word a[4];
    char ts[4][200];
    for (int j = 0; j < na; j++) a[j] = gen_int(ts[j], sizeof ts[j], 60);
    if (na >= 2 && ri(0, 2) == 0) { /* shared factors */
      a[1] = ai_int_mul(a[1], a[0]);
      snprintf(t1, sizeof t1, "(%s)*(%s)", ts[1], ts[0]);
      snprintf(ts[1], sizeof ts[1], "%s", t1);
    }
    snprintf(e, sizeof e, "math.gcd(%s%s%s%s%s%s%s)", na > 0 ? ts[0] : "", na > 1 ? ", " : "", na > 1 ? ts[1] : "",
             na > 2 ? ", " : "", na > 2 ? ts[2] : "", na > 3 ? ", " : "", na > 3 ? ts[3] : "");
    emit(e, ai_math_gcd(na, a));
    e[5] = 'l', e[6] = 'c', e[7] = 'm'; /* math.gcd -> math.lcm */
    emit(e, ai_math_lcm(na, a));
    /* isqrt */
    ai_word x = gen_int(t1, sizeof t1, 300);
    snprintf(e, sizeof e, "math.isqrt(%s)", t1);
    emit(e, ai_math_isqrt(x));
    {
      ai_word sq = ai_int_mul(ai_int_abs(x), ai_int_abs(x));
      ai_word sqm = ai_int_sub(sq, ai_small(1));
      snprintf(e, sizeof e, "math.isqrt(abs(%s)**2 - 1)", t1);
      emit(e, ai_math_isqrt(sqm));
      snprintf(e, sizeof e, "math.isqrt(abs(%s)**2)", t1);
      emit(e, ai_math_isqrt(sq));
    }
    /* factorial, comb, perm */
    int64_t f = ri(0, 9) == 0 ? ri(-3, 1500) : ri(-3, 120);
    snprintf(e, sizeof e, "math.factorial(%lld)", (long long)f);
    emit(e, ai_math_factorial(ai_int_from_i64(f)));
    int64_t cn = ri(-2, 300), ck = ri(-2, 300);
    if (ri(0, 2) == 0) ck = ri(0, 12);
    snprintf(e, sizeof e, "math.comb(%lld, %lld)", (long long)cn, (long long)ck);
    emit(e, ai_math_comb(ai_int_from_i64(cn), ai_int_from_i64(ck)));
    snprintf(e, sizeof e, "math.perm(%lld, %lld)", (long long)cn, (long long)ck);
    emit(e, ai_math_perm(ai_int_from_i64(cn), ai_int_from_i64(ck)));
    {
      ai_word bn = gen_int(t2, sizeof t2, 40);
      int64_t k = ri(0, 25);
      snprintf(e, sizeof e, "math.comb(%s, %lld)", t2, (long long)k);
      emit(e, ai_math_comb(bn, ai_int_from_i64(k)));
      snprintf(e, sizeof e, "math.perm(%s, %lld)", t2, (long long)k);
      emit(e, ai_math_perm(bn, ai_int_from_i64(k)));
      snprintf(e, sizeof e, "math.comb(%s, %s - %lld)", t2, t2, (long long)k);
      emit(e, ai_math_comb(bn, ai_int_sub(bn, ai_int_from_i64(k))));
    }
    if (ri(0, 4) == 0) {
      int64_t pn = ri(-1, 60);
      snprintf(e, sizeof e, "math.perm(%lld)", (long long)pn);
      emit(e, ai_math_perm(ai_int_from_i64(pn), AI_NONE_W));
    }
    /* floor/ceil/trunc of ints, bools */
    snprintf(e, sizeof e, "math.floor(%s)", t1);
    emit(e, ai_math_floor_word(x));
    snprintf(e, sizeof e, "math.ceil(%s)", t1);
    emit(e, ai_math_ceil_word(x));
    /* logs of ints of any size */
    ai_word lx = gen_int(t3, sizeof t3, ri(0, 3) == 0 ? 1000 : 30);
    snprintf(e, sizeof e, "math.log(%s)", t3);
    emit_d(e, ai_math_log_word(lx, 0));
    snprintf(e, sizeof e, "math.log2(%s)", t3);
    emit_d(e, ai_math_log2_word(lx));
    snprintf(e, sizeof e, "math.log10(%s)", t3);
    emit_d(e, ai_math_log10_word(lx));
    {
      int64_t base = ri(-1, 20);
      snprintf(e, sizeof e, "math.log(%s, %lld)", t3, (long long)base);
      emit_d(e, ai_math_log_word(lx, ai_int_from_i64(base)));
    }
    /* fsum / prod over ints (big ones overflow the float conversion) */
    {
      ai_word items[6];
      char it[6][400];
      int len = (int)ri(0, 6);
      tb b = {0};
      tb_add(&b, "[");
      for (int j = 0; j < len; j++) {
        items[j] = gen_int(it[j], sizeof it[j], ri(0, 8) == 0 ? 320 : 15);
        tb_add(&b, "%s%s", j ? ", " : "", it[j]);
      }
      tb_add(&b, "]");
      ai_word list = ai_list_new(len, items);
      snprintf(e, sizeof e, "math.fsum(%s)", b.p);
      emit_d(e, ai_math_fsum(list));
      snprintf(e, sizeof e, "math.prod(%s)", b.p);
      emit(e, ai_math_prod(list, ai_small(1)));
      snprintf(e, sizeof e, "math.prod(%s, start=%s)", b.p, pyd(0.5));
      emit(e, ai_math_prod(list, ai_box_float(0.5)));
      free(b.p);
    }
  }
  /* type errors and fixed edge cases */
  ai_word s = ai_str_from_utf8("x", 1);
  emit("math.floor('x')", ai_math_floor_word(s));
  emit("math.trunc('x')", ai_math_trunc_word(s));
  emit("math.floor(True)", ai_math_floor_word(AI_TRUE_W));
  emit("math.factorial(2.0)", ai_math_factorial(ai_box_float(2.0)));
  emit("math.factorial(2**64)", ai_math_factorial(ai_int_lshift(ai_small(1), ai_small(64))));
  emit("math.isqrt(2.0)", ai_math_isqrt(ai_box_float(2.0)));
  emit("math.isqrt(True)", ai_math_isqrt(AI_TRUE_W));
  ai_word g[2] = {ai_small(4), ai_box_float(2.0)};
  emit("math.gcd(4, 2.0)", ai_math_gcd(2, g));
  g[0] = AI_TRUE_W;
  g[1] = ai_small(-6);
  emit("math.lcm(True, -6)", ai_math_lcm(2, g));
  emit("math.comb(2**70, 2**65)", ai_math_comb(ai_int_lshift(ai_small(1), ai_small(70)), ai_int_lshift(ai_small(1), ai_small(65))));
  emit("math.perm(2**70, 2**65)", ai_math_perm(ai_int_lshift(ai_small(1), ai_small(70)), ai_int_lshift(ai_small(1), ai_small(65))));
  emit("math.perm(3, 2**65)", ai_math_perm(ai_small(3), ai_int_lshift(ai_small(1), ai_small(65))));
  emit("math.comb(2**64+3, 2**64+1)", ai_math_comb(ai_int_add(ai_int_lshift(ai_small(1), ai_small(64)), ai_small(3)), ai_int_add(ai_int_lshift(ai_small(1), ai_small(64)), ai_small(1))));
  emit_d("math.ldexp(1.0, 1.5)", ai_math_ldexp(1.0, ai_box_float(1.5)));
  emit_d("math.ldexp(1.0, True)", ai_math_ldexp(1.0, AI_TRUE_W));
  emit_d("math.log(0)", ai_math_log_word(ai_small(0), 0));
  emit_d("math.log(True)", ai_math_log_word(AI_TRUE_W, 0));
  emit_d("math.log('x')", ai_math_log_word(s, 0));
  emit_d("math.log(2**1023 * 2 - 1)", ai_math_log_word(ai_int_sub(ai_int_lshift(ai_small(1), ai_small(1024)), ai_small(1)), 0));
  emit_d("math.log(2**1024)", ai_math_log_word(ai_int_lshift(ai_small(1), ai_small(1024)), 0));
  emit_d("math.log2(2**5000)", ai_math_log2_word(ai_int_lshift(ai_small(1), ai_small(5000))));
  emit_d("math.log(2**5000, 2**3000)", ai_math_log_word(ai_int_lshift(ai_small(1), ai_small(5000)), ai_int_lshift(ai_small(1), ai_small(3000))));
  emit_d("math.log(10, 1)", ai_math_log_word(ai_small(10), ai_small(1)));
  emit_d("math.fsum(['a'])", ai_math_fsum(ai_list_new(1, &s)));
  emit_d("math.fsum(5)", ai_math_fsum(ai_small(5)));
  emit_d("math.fsum([1e308, 1e308])", ai_math_fsum(ai_list_new(2, (ai_word[]){ai_box_float(1e308), ai_box_float(1e308)})));
  emit_d("math.fsum([float('inf'), float('-inf')])", ai_math_fsum(ai_list_new(2, (ai_word[]){ai_box_float(INFINITY), ai_box_float(-INFINITY)})));
  emit_d("math.fsum([float('nan'), 1.0])", ai_math_fsum(ai_list_new(2, (ai_word[]){ai_box_float(NAN), ai_box_float(1.0)})));
  emit_d("math.fsum([1e-16, 1.0, 1e16])", ai_math_fsum(ai_list_new(3, (ai_word[]){ai_box_float(1e-16), ai_box_float(1.0), ai_box_float(1e16)})));
  emit_d("math.dist((1, 2), (1,))", ai_math_dist(ai_tuple_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_tuple_new(1, (ai_word[]){ai_small(1)})));
  emit_d("math.dist([1, 2], (4, 6))", ai_math_dist(ai_list_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_tuple_new(2, (ai_word[]){ai_small(4), ai_small(6)})));
  emit_d("math.dist(5, (1,))", ai_math_dist(ai_small(5), ai_tuple_new(1, (ai_word[]){ai_small(1)})));
  emit_d("math.hypot(3, 4, 'x')", ai_math_hypot_n(3, (ai_word[]){ai_small(3), ai_small(4), s}));
  emit_d("math.hypot()", ai_math_hypot_n(0, NULL));
  emit_b("math.isclose(1.0, 2.0, rel_tol=-1.0)", ai_math_isclose(1.0, 2.0, -1.0, 0.0));
  emit("math.prod([[1], 2, 3])", ai_math_prod(ai_list_new(3, (ai_word[]){ai_list_new(1, (ai_word[]){ai_small(1)}), ai_small(2), ai_small(3)}), ai_small(1)));
  emit("math.prod([True, True])", ai_math_prod(ai_list_new(2, (ai_word[]){AI_TRUE_W, AI_TRUE_W}), ai_small(1)));
  emit("math.prod([])", ai_math_prod(ai_list_new(0, NULL), ai_small(1)));
}

/* ---------------------------------------------------------------- random */

/* a list of small ints: word and Python text */
static ai_word gen_int_list(int n, tb *b, int64_t lo, int64_t hi) {
  ai_word items[64];
  tb_add(b, "[");
  for (int i = 0; i < n; i++) {
    int64_t v = ri(lo, hi);
    items[i] = ai_int_from_i64(v);
    tb_add(b, "%s%lld", i ? ", " : "", (long long)v);
  }
  tb_add(b, "]");
  return ai_list_new(n, items);
}

static void gen_random_ops(int nops) {
  char e[16384];
  tb b = {0};
  for (int i = 0; i < nops; i++) {
    tb_reset(&b);
    int op = (int)ri(0, 27);
    switch (op) {
    case 0:
    case 1:
    case 2: emit_d("random.random()", ai_random_random()); break;
    case 3: {
      static const int ks[] = {0, 1, 5, 31, 32, 33, 53, 62, 63, 64, 65, 100, 1000, -1};
      int k = ks[ri(0, sizeof ks / sizeof ks[0] - 1)];
      snprintf(e, sizeof e, "random.getrandbits(%d)", k);
      emit(e, ai_random_getrandbits(ai_small(k)));
      break;
    }
    case 4: {
      int64_t n = ri(0, 3) == 0 ? ri(-2, 3) : ri(1, 1000000);
      snprintf(e, sizeof e, "random.randrange(%lld)", (long long)n);
      emit(e, ai_random_randrange(ai_int_from_i64(n), 0, ai_small(1)));
      break;
    }
    case 5: {
      int64_t a = ri(-1000, 1000), c = a + ri(-5, 3000);
      snprintf(e, sizeof e, "random.randrange(%lld, %lld)", (long long)a, (long long)c);
      emit(e, ai_random_randrange(ai_int_from_i64(a), ai_int_from_i64(c), ai_small(1)));
      break;
    }
    case 6: {
      int64_t a = ri(-1000, 1000), c = ri(-1000, 1000), s = ri(-7, 7);
      snprintf(e, sizeof e, "random.randrange(%lld, %lld, %lld)", (long long)a, (long long)c, (long long)s);
      emit(e, ai_random_randrange(ai_int_from_i64(a), ai_int_from_i64(c), ai_int_from_i64(s)));
      break;
    }
    case 7: { /* big ranges */
      int sh = (int)ri(60, 200);
      int64_t off = ri(-10, 10), st = ri(0, 1) ? 1 : ri(-3, 5);
      ai_word big = ai_int_lshift(ai_small(1), ai_small(sh));
      snprintf(e, sizeof e, "random.randrange(%lld, 2**%d, %lld)", (long long)off, sh, (long long)st);
      emit(e, ai_random_randrange(ai_small(off), big, ai_small(st)));
      snprintf(e, sizeof e, "random.randrange(-2**%d, %lld)", sh, (long long)off);
      emit(e, ai_random_randrange(ai_int_neg(big), ai_small(off), ai_small(1)));
      break;
    }
    case 8: {
      int64_t a = ri(-100, 100), c = a + ri(-2, 100);
      snprintf(e, sizeof e, "random.randint(%lld, %lld)", (long long)a, (long long)c);
      emit(e, ai_random_randint(ai_int_from_i64(a), ai_int_from_i64(c)));
      break;
    }
    case 9: {
      ai_word l = gen_int_list((int)ri(0, 10), &b, -50, 50);
      snprintf(e, sizeof e, "random.choice(%s)", b.p);
      emit(e, ai_random_choice(l));
      emit("random.choice('abcdefghij')", ai_random_choice(ai_str_from_utf8("abcdefghij", 10)));
      emit("random.choice(range(5, 500, 7))", ai_random_choice(ai_range_new(ai_small(5), ai_small(500), ai_small(7))));
      break;
    }
    case 10: {
      ai_word l = gen_int_list((int)ri(0, 30), &b, -50, 50);
      snprintf(e, sizeof e, "(lambda l: (random.shuffle(l), l)[1])(%s)", b.p);
      emit(e, ai_random_shuffle(l) ? l : 0);
      break;
    }
    case 11: {
      int n = (int)ri(0, 60);
      ai_word l = gen_int_list(n, &b, -1000, 1000);
      int64_t k = ri(0, 4) == 0 ? ri(-1, n + 1) : ri(0, n);
      snprintf(e, sizeof e, "random.sample(%s, %lld)", b.p, (long long)k);
      emit(e, ai_random_sample(l, ai_int_from_i64(k)));
      break;
    }
    case 12: { /* sample from a big range: the set-based branch */
      int64_t n = ri(30, 100000000), k = ri(0, 40);
      if (k > n) k = n;
      snprintf(e, sizeof e, "random.sample(range(%lld), %lld)", (long long)n, (long long)k);
      emit(e, ai_random_sample(ai_range_new(ai_small(0), ai_int_from_i64(n), ai_small(1)), ai_int_from_i64(k)));
      emit("random.sample('abcdefghijklmnop', 5)", ai_random_sample(ai_str_from_utf8("abcdefghijklmnop", 16), ai_small(5)));
      break;
    }
    case 13: {
      ai_word l = gen_int_list((int)ri(0, 8), &b, -50, 50);
      int64_t k = ri(-1, 12);
      snprintf(e, sizeof e, "random.choices(%s, k=%lld)", b.p, (long long)k);
      emit(e, ai_random_choices(l, AI_NONE_W, ai_int_from_i64(k)));
      break;
    }
    case 14: {
      int n = (int)ri(1, 8);
      ai_word l = gen_int_list(n, &b, -50, 50);
      tb wb = {0};
      ai_word w;
      int wn = ri(0, 8) ? n : (int)ri(0, 9);
      if (ri(0, 1)) w = gen_int_list(wn, &wb, 0, 10);
      else {
        ai_word items[16];
        tb_add(&wb, "[");
        for (int j = 0; j < wn; j++) {
          double d = ru(0, 5);
          items[j] = ai_box_float(d);
          tb_add(&wb, "%s%s", j ? ", " : "", pyd(d));
        }
        tb_add(&wb, "]");
        w = ai_list_new(wn, items);
      }
      int64_t k = ri(0, 12);
      snprintf(e, sizeof e, "random.choices(%s, %s, k=%lld)", b.p, wb.p, (long long)k);
      emit(e, ai_random_choices(l, w, ai_int_from_i64(k)));
      snprintf(e, sizeof e, "random.choices(%s, cum_weights=list(itertools.accumulate(%s)), k=%lld)", b.p, wb.p,
               (long long)k);
      ai_word cum = ai_list_new(0, NULL), tot = 0;
      int64_t wl;
      const ai_word *wi = ai_seq_items(w, &wl);
      for (int64_t j = 0; j < wl; j++) {
        tot = tot ? ai_obj_binop(AI_ADD, tot, wi[j]) : wi[j];
        ai_list_append(cum, tot);
      }
      emit(e, ai_random_choices_cum(l, cum, ai_int_from_i64(k)));
      free(wb.p);
      break;
    }
    case 15: {
      double a = ru(-100, 100), c = ru(-100, 100);
      snprintf(e, sizeof e, "random.uniform(%s, %s)", pyd(a), pyd(c));
      emit_d(e, ai_random_uniform(a, c));
      break;
    }
    case 16:
    case 17: {
      double mu = ri(0, 1) ? 0.0 : ru(-10, 10), sg = ri(0, 1) ? 1.0 : ru(0, 5);
      snprintf(e, sizeof e, "random.gauss(%s, %s)", pyd(mu), pyd(sg));
      emit_d(e, ai_random_gauss(mu, sg));
      break;
    }
    case 18: {
      double mu = ru(-10, 10), sg = ru(0, 5);
      snprintf(e, sizeof e, "random.normalvariate(%s, %s)", pyd(mu), pyd(sg));
      emit_d(e, ai_random_normalvariate(mu, sg));
      snprintf(e, sizeof e, "random.lognormvariate(%s, %s)", pyd(mu / 10), pyd(sg));
      emit_d(e, ai_random_lognormvariate(mu / 10, sg));
      break;
    }
    case 19: {
      double l = ri(0, 10) == 0 ? 0.0 : ru(-3, 3);
      snprintf(e, sizeof e, "random.expovariate(%s)", pyd(l));
      emit_d(e, ai_random_expovariate(l));
      break;
    }
    case 20: {
      double lo = ru(-10, 10), hi = ri(0, 8) == 0 ? lo : ru(-10, 10), mode = ru(-10, 10);
      snprintf(e, sizeof e, "random.triangular(%s, %s, %s)", pyd(lo), pyd(hi), pyd(mode));
      emit_d(e, ai_random_triangular(lo, hi, mode));
      snprintf(e, sizeof e, "random.triangular(%s, %s)", pyd(lo), pyd(hi));
      emit_d(e, ai_random_triangular_nomode(lo, hi));
      break;
    }
    case 21: {
      double mu = ru(0, 6), kappa = ri(0, 4) == 0 ? 0.0 : ru(0, 20);
      snprintf(e, sizeof e, "random.vonmisesvariate(%s, %s)", pyd(mu), pyd(kappa));
      emit_d(e, ai_random_vonmisesvariate(mu, kappa));
      break;
    }
    case 22: {
      static const double alphas[] = {0.3, 0.9, 1.0, 1.5, 7.0, -1.0};
      double a = alphas[ri(0, 5)], be = ri(0, 1) ? 1.0 : ru(0.1, 3);
      snprintf(e, sizeof e, "random.gammavariate(%s, %s)", pyd(a), pyd(be));
      emit_d(e, ai_random_gammavariate(a, be));
      snprintf(e, sizeof e, "random.betavariate(%s, %s)", pyd(fabs(a)), pyd(be));
      emit_d(e, ai_random_betavariate(fabs(a), be));
      break;
    }
    case 23: {
      double a = ri(0, 10) == 0 ? 0.0 : ru(0.1, 5), be = ru(0.1, 5);
      snprintf(e, sizeof e, "random.paretovariate(%s)", pyd(a));
      emit_d(e, ai_random_paretovariate(a));
      snprintf(e, sizeof e, "random.weibullvariate(%s, %s)", pyd(be), pyd(a));
      emit_d(e, ai_random_weibullvariate(be, a));
      break;
    }
    case 24: { /* errors */
      emit("random.randrange(5, 5)", ai_random_randrange(ai_small(5), ai_small(5), ai_small(1)));
      emit("random.randrange(10, 1, 2)", ai_random_randrange(ai_small(10), ai_small(1), ai_small(2)));
      emit("random.randrange(1, 10, 0)", ai_random_randrange(ai_small(1), ai_small(10), ai_small(0)));
      emit("random.randrange(0)", ai_random_randrange(ai_small(0), 0, ai_small(1)));
      emit("random.choice([])", ai_random_choice(ai_list_new(0, NULL)));
      emit("random.sample([1, 2], 3)", ai_random_sample(ai_list_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_small(3)));
      emit("random.sample({1, 2}, 1)", ai_random_sample(ai_set_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_small(1)));
      emit("random.choices([1, 2], [0, 0])", ai_random_choices(ai_list_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_list_new(2, (ai_word[]){ai_small(0), ai_small(0)}), ai_small(1)));
      emit("random.choices([1, 2], 5)", ai_random_choices(ai_list_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_small(5), ai_small(1)));
      emit("random.choices([], k=2)", ai_random_choices(ai_list_new(0, NULL), AI_NONE_W, ai_small(2)));
      emit("random.choices((), [], k=2)", ai_random_choices(ai_tuple_new(0, NULL), ai_list_new(0, NULL), ai_small(2)));
      emit("random.shuffle((1, 2))", ai_random_shuffle(ai_tuple_new(2, (ai_word[]){ai_small(1), ai_small(2)})) ? AI_NONE_W : 0);
      emit("random.randint(1, 2.5)", ai_random_randint(ai_small(1), ai_box_float(2.5)));
      emit("random.randrange(2.5)", ai_random_randrange(ai_box_float(2.5), 0, ai_small(1)));
      emit("random.randrange(7.0)", ai_random_randrange(ai_box_float(7.0), 0, ai_small(1)));
      emit("random.getrandbits(2**40)", ai_random_getrandbits(ai_int_from_i64((int64_t)1 << 40)));
      break;
    }
    case 25: {
      ai_word t = ai_tuple_new(3, (ai_word[]){ai_small(1), ai_str_from_utf8("b", 1), ai_box_float(2.5)});
      emit("random.choice((1, 'b', float.fromhex('0x1.4p+1')))", ai_random_choice(t));
      emit("random.sample((1, 'b', float.fromhex('0x1.4p+1')), 2)", ai_random_sample(t, ai_small(2)));
      break;
    }
    case 26: { /* large sample from a list: the pool branch with k > 5 */
      int n = (int)ri(6, 60);
      ai_word l = gen_int_list(n, &b, 0, 100000);
      int64_t k = ri(6, n);
      snprintf(e, sizeof e, "random.sample(%s, %lld)", b.p, (long long)k);
      emit(e, ai_random_sample(l, ai_int_from_i64(k)));
      break;
    }
    default: {
      int sh = (int)ri(33, 3000);
      snprintf(e, sizeof e, "random.getrandbits(%d)", sh);
      emit(e, ai_random_getrandbits(ai_small(sh)));
      break;
    }
    }
  }
  free(b.p);
}

static void gen_random(int nops) {
  char e[1024];
  /* int seeds of every size and sign */
  static const char *int_seeds[] = {"0", "1", "42", "-5", "4294967295", "4294967296", "12345678901234567890123",
                                    "-340282366920938463463374607431768211457"};
  for (size_t i = 0; i < sizeof int_seeds / sizeof int_seeds[0]; i++) {
    const char *t = int_seeds[i];
    bool neg = t[0] == '-';
    ai_word w = ai_int_from_decimal(t + neg, (int64_t)strlen(t + neg));
    if (neg) w = ai_int_neg(w);
    snprintf(e, sizeof e, "random.seed(%s)", t);
    ai_random_seed(w);
    emit_none(e, true);
    gen_random_ops(nops);
  }
  /* a random seed per run */
  {
    char t[200];
    ai_word w = gen_int(t, sizeof t, 60);
    snprintf(e, sizeof e, "random.seed(%s)", t);
    ai_random_seed(w);
    emit_none(e, true);
    gen_random_ops(nops);
  }
  /* str seeds (sha512, version 2), incl. multi-block and non-ASCII */
  static const char *str_seeds[] = {"", "hello", "h\xc3\xa9llo w\xc3\xb6rld \xe2\x98\x83 \xf0\x9f\x98\x80",
                                    "\x00leading nul", "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"};
  static const size_t str_lens[] = {0, 5, 0, 13, 0};
  for (size_t i = 0; i < sizeof str_seeds / sizeof str_seeds[0]; i++) {
    size_t n = str_lens[i] ? str_lens[i] : strlen(str_seeds[i]);
    ai_word s = ai_str_from_utf8(str_seeds[i], (int64_t)n);
    ai_word r = ai_repr_str(s);
    snprintf(e, sizeof e, "random.seed(%s)", ai_as_str(r)->data);
    ai_random_seed(s);
    emit_none(e, true);
    gen_random_ops(nops / 2);
  }
  /* float and bool seeds (hash), then a bad one */
  static const double fseeds[] = {3.14, -2.5, 0.0, 1e300, -1.5e-300};
  for (size_t i = 0; i < sizeof fseeds / sizeof fseeds[0]; i++) {
    snprintf(e, sizeof e, "random.seed(%s)", pyd(fseeds[i]));
    ai_random_seed(ai_box_float(fseeds[i]));
    emit_none(e, true);
    gen_random_ops(nops / 4);
  }
  ai_random_seed(AI_TRUE_W);
  emit_none("random.seed(True)", true);
  gen_random_ops(nops / 4);
  ai_random_seed(ai_list_new(0, NULL));
  emit_none("random.seed([])", !ai_exc_pending());
}

/* ---------------------------------------------------------------- time */

static void gen_time(void) {
  ai_word f = ai_str_from_utf8("%Y|%%|abc \xc3\xa9", 12);
  emit("time.strftime('%Y|%%|abc \xc3\xa9')", ai_time_strftime(f));
  emit("time.strftime('')", ai_time_strftime(ai_str_from_utf8("", 0)));
  emit("time.strftime('a\\0b')", ai_time_strftime(ai_str_from_utf8("a\0b", 3)));
  emit_none("time.sleep(-1)", ai_time_sleep(-1));
  emit_none("time.sleep(float('nan'))", ai_time_sleep(NAN));
  emit_none("time.sleep(float('inf'))", ai_time_sleep(INFINITY));
  emit_none("time.sleep(1e10)", ai_time_sleep(1e10));
  emit_none("time.sleep(0)", ai_time_sleep(0));
  emit_none("time.sleep(-0.0)", ai_time_sleep(-0.0));
  emit_none("time.sleep(1e-10)", ai_time_sleep(1e-10));
}

int main(int argc, char **argv) {
  uint64_t seed = argc > 1 ? strtoull(argv[1], NULL, 10) : 1;
  int scale = argc > 2 ? atoi(argv[2]) : 1;
  rng_state = seed * 0x2545F4914F6CDD1DULL + 1;
  ai_runtime_init();
  gen_math(150 * scale);
  gen_math_ints(60 * scale);
  gen_random(40 * scale);
  gen_time();
  fflush(stdout);
  fprintf(stderr, "%s", ""); /* nothing on stderr */
  (void)ncases;
  return 0;
}
