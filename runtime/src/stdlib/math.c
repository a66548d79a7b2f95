/*
 * stdlib/math.c — the math module, a port of CPython 3.11's mathmodule.c.
 *
 * Float functions follow CPython's math_1/math_2 rules instead of errno (the
 * runtime is built with -fno-math-errno): a NaN result from non-NaN input is
 * ValueError "math domain error"; an infinite result from finite input is
 * OverflowError "math range error" for functions that can overflow (exp,
 * cosh, ...) and ValueError for singularities (log(0), atanh(1)). gamma and
 * lgamma are CPython's own Lanczos implementations, hypot/dist its
 * vector_norm, fsum its msum, so results agree to the bit.
 */
#include "stdlib/math.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/float.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- helpers */

static AI_COLD double domain_error(void) {
  ai_raise(&ai_exc_ValueError, "math domain error");
  return -1.0;
}

static AI_COLD double range_error(void) {
  ai_raise(&ai_exc_OverflowError, "math range error");
  return -1.0;
}

/* CPython's math_1: r = f(x) */
static inline double math_1(double x, double r, bool can_overflow) {
  if (AI_UNLIKELY(isnan(r) && !isnan(x))) return domain_error();
  if (AI_UNLIKELY(isinf(r) && isfinite(x))) return can_overflow ? range_error() : domain_error();
  return r;
}

/* CPython's math_2: r = f(x, y) */
static inline double math_2(double x, double y, double r) {
  if (AI_UNLIKELY(isnan(r) && !isnan(x) && !isnan(y))) return domain_error();
  if (AI_UNLIKELY(isinf(r) && isfinite(x) && isfinite(y))) return range_error();
  return r;
}

/* errno-style result of CPython's hand-written functions (m_tgamma, ...) */
enum { M_OK, M_EDOM, M_ERANGE };
static inline double math_1a(double r, int err) {
  if (err == M_EDOM) return domain_error();
  if (err == M_ERANGE && fabs(r) >= 1.5) return range_error();
  return r;
}

ai_word ai_stdlib_index(ai_word w) {
  if (ai_is_small(w)) return w;
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_int) return w;
  if (t == &ai_type_bool) return ai_small(w == AI_TRUE_W);
  /* an IntEnum member, an int subclass's instance, an instance with __index__: CPython's nb_index */
  ai_word held;
  if (ai_class_index_value(w, &held)) return held;
  if (ai_exc_pending()) return 0;
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(w));
  return 0;
}

bool ai_stdlib_as_double(ai_word w, double *out) {
  if (ai_is_small(w)) {
    *out = (double)ai_small_val(w);
    return true;
  }
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_float) {
    *out = ai_as_float(w)->value;
    return true;
  }
  if (t == &ai_type_bool) {
    *out = w == AI_TRUE_W ? 1.0 : 0.0;
    return true;
  }
  if (t == &ai_type_int) {
    *out = ai_int_to_float(w);
    return !ai_exc_pending();
  }
  /* an instance of a compiled class with __float__ (class Meters(float)), as CPython's PyFloat_AsDouble */
  if (ai_class_defines(t, "__float__", 9) == 1) {
    *out = ai_obj_float(w);
    return !ai_exc_pending();
  }
  ai_raise_fmt(&ai_exc_TypeError, "must be real number, not %s", ai_type_name(w));
  return false;
}

double ai_stdlib_real_arg(ai_word w) {
  double d = 0.0;
  return ai_stdlib_as_double(w, &d) ? d : -1.0;
}

int64_t ai_stdlib_int_limbs(ai_word w, const uint32_t **d, uint32_t buf[2]) {
  if (ai_is_small(w)) {
    int64_t v = ai_small_val(w);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    buf[0] = (uint32_t)m;
    buf[1] = (uint32_t)(m >> 32);
    *d = buf;
    return m == 0 ? 0 : (m >> 32) ? 2 : 1;
  }
  AiInt *b = ai_as_int(w);
  *d = b->d;
  return b->size < 0 ? -b->size : b->size;
}

ai_word ai_stdlib_int_from_limbs(int sign, const uint32_t *d, int64_t n) {
  while (n > 0 && d[n - 1] == 0) n--;
  if (n <= 2) {
    uint64_t m = n == 0 ? 0 : d[0] | (n == 2 ? (uint64_t)d[1] << 32 : 0);
    if (m <= (uint64_t)AI_SMALL_MAX) return ai_small(sign < 0 ? -(int64_t)m : (int64_t)m);
    return ai_bigint_from_u64(sign, m);
  }
  AiInt *r = ai_alloc(sizeof(AiInt) + (size_t)n * sizeof(uint32_t));
  if (!r) return 0;
  r->ob.type = &ai_type_int;
  r->size = sign < 0 ? -n : n;
  memcpy(r->d, d, (size_t)n * sizeof(uint32_t));
  return ai_w(r);
}

static ai_word int_word(int64_t v) { return ai_fits_small(v) ? ai_small(v) : ai_int_from_i64(v); }

/* ---------------------------------------------------------------- one-argument functions */

double ai_math_sqrt(double x) { return math_1(x, sqrt(x), false); }
double ai_math_exp(double x) { return math_1(x, exp(x), true); }
double ai_math_exp2(double x) { return math_1(x, exp2(x), true); }
double ai_math_expm1(double x) { return math_1(x, expm1(x), true); }
double ai_math_sin(double x) { return math_1(x, sin(x), false); }
double ai_math_cos(double x) { return math_1(x, cos(x), false); }
double ai_math_tan(double x) { return math_1(x, tan(x), false); }
double ai_math_asin(double x) { return math_1(x, asin(x), false); }
double ai_math_acos(double x) { return math_1(x, acos(x), false); }
double ai_math_atan(double x) { return math_1(x, atan(x), false); }
double ai_math_sinh(double x) { return math_1(x, sinh(x), true); }
double ai_math_cosh(double x) { return math_1(x, cosh(x), true); }
double ai_math_tanh(double x) { return math_1(x, tanh(x), false); }
double ai_math_asinh(double x) { return math_1(x, asinh(x), false); }
double ai_math_acosh(double x) { return math_1(x, acosh(x), false); }
double ai_math_atanh(double x) { return math_1(x, atanh(x), false); }
double ai_math_cbrt(double x) { return math_1(x, cbrt(x), false); }
double ai_math_fabs(double x) { return fabs(x); }
/* _Py_log1p: log1p(-0.0) is -0.0 everywhere */
double ai_math_log1p(double x) { return math_1(x, x == 0.0 ? x : log1p(x), false); }

static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;
static const double degToRad = 3.141592653589793238462643383279502884197 / 180.0;
static const double radToDeg = 180.0 / 3.141592653589793238462643383279502884197;

double ai_math_degrees(double x) { return x * radToDeg; }
double ai_math_radians(double x) { return x * degToRad; }

/* m_log / m_log2 / m_log10: special values by hand, libm's log, log2 or log10 for positive
   finite x */
static inline double m_log_of(double x, double (*libm_log)(double)) {
  if (isfinite(x)) {
    if (x > 0.0) return libm_log(x);
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) return x;
  return NAN;
}
static double m_log(double x) { return m_log_of(x, log); }
static double m_log2(double x) { return m_log_of(x, log2); }
static double m_log10(double x) { return m_log_of(x, log10); }

double ai_math_log(double x) { return math_1(x, m_log(x), false); }
double ai_math_log2(double x) { return math_1(x, m_log2(x), false); }
double ai_math_log10(double x) { return math_1(x, m_log10(x), false); }

double ai_math_log_base(double x, double base) {
  double num = ai_math_log(x);
  if (ai_exc_pending()) return -1.0;
  double den = ai_math_log(base);
  if (ai_exc_pending()) return -1.0;
  return ai_float_truediv(num, den);
}

/* loghelper: ints of any size (a huge int is x * 2**e with x in [0.5, 1)) */
static double loghelper(ai_word w, double (*func)(double)) {
  if (ai_is_small(w) || ai_obj(w)->type == &ai_type_int || ai_obj(w)->type == &ai_type_bool) {
    ai_word n = ai_stdlib_index(w);
    if (ai_int_sign(n) <= 0) return domain_error();
    if (ai_is_small(n)) return func((double)ai_small_val(n));
    bool overflow = false;
    double x = ai_bigint_to_double(n, &overflow);
    if (!overflow) return func(x);
    /* _PyLong_Frexp: n / 2**bits correctly rounded to 53 bits (half even) */
    const uint32_t *d;
    uint32_t buf[2];
    int64_t nl = ai_stdlib_int_limbs(n, &d, buf);
    int64_t bits = ai_int_bit_length(n);
    int64_t shift = bits - 64; /* > 0: bits > 1024 */
    uint64_t top = 0;
    bool sticky = false;
    for (int64_t b = 0; b < 64; b++) {
      int64_t pos = shift + b;
      if ((d[pos >> 5] >> (pos & 31)) & 1) top |= (uint64_t)1 << b;
    }
    for (int64_t i = 0; i < (shift >> 5) && !sticky; i++) sticky = d[i] != 0;
    if (!sticky && (shift & 31)) sticky = (d[shift >> 5] & ((1u << (shift & 31)) - 1)) != 0;
    (void)nl;
    uint64_t mant = top >> 11, rest = top & 0x7ff;
    if (rest > 0x400 || (rest == 0x400 && (sticky || (mant & 1)))) mant++;
    double fx = ldexp((double)mant, -53);
    int64_t e = bits;
    if (fx == 1.0) {
      fx = 0.5;
      e++;
    }
    return func(fx) + func(2.0) * (double)e;
  }
  double x;
  if (!ai_stdlib_as_double(w, &x)) return -1.0;
  return math_1(x, func(x), false);
}

double ai_math_log_word(ai_word x, ai_word base) {
  double num = loghelper(x, m_log);
  if (ai_exc_pending()) return -1.0;
  if (!base) return num;
  double den = loghelper(base, m_log);
  if (ai_exc_pending()) return -1.0;
  return ai_float_truediv(num, den);
}
double ai_math_log2_word(ai_word x) { return loghelper(x, m_log2); }
double ai_math_log10_word(ai_word x) { return loghelper(x, m_log10); }

/* ---------------------------------------------------------------- two-argument functions */

static double m_atan2(double y, double x) {
  if (isnan(x) || isnan(y)) return NAN;
  if (isinf(y)) {
    if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * pi : 0.75 * pi, y);
    return copysign(0.5 * pi, y);
  }
  if (isinf(x) || y == 0.) return copysign(1., x) == 1. ? copysign(0., y) : copysign(pi, y);
  return atan2(y, x);
}

double ai_math_atan2(double y, double x) { return math_2(y, x, m_atan2(y, x)); }
double ai_math_copysign(double x, double y) { return math_2(x, y, copysign(x, y)); }

static double m_remainder(double x, double y) {
  if (isfinite(x) && isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = fabs(x), absy = fabs(y);
    double m = fmod(absx, absy);
    double c = absy - m, r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * fmod(0.5 * (absx - m), absy);
    return copysign(1.0, x) * r;
  }
  if (isnan(x)) return x;
  if (isnan(y)) return y;
  if (isinf(x)) return NAN;
  return x;
}

double ai_math_remainder(double x, double y) { return math_2(x, y, m_remainder(x, y)); }

double ai_math_fmod(double x, double y) {
  if (isinf(y) && isfinite(x)) return x;
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
  return r;
}

double ai_math_pow(double x, double y) {
  double r;
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x)) r = y == 0. ? 1. : x;
    else if (isnan(y)) r = x == 1. ? 1. : y;
    else if (isinf(x)) {
      bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? copysign(0., x) : 0.;
    } else {
      if (fabs(x) == 1.0) r = 1.;
      else if (y > 0. && fabs(x) > 1.0) r = y;
      else if (y < 0. && fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
    return r;
  }
  r = ai_libm_pow(x, y);
  if (!isfinite(r)) {
    if (isnan(r)) return domain_error();
    if (x == 0.) return domain_error();
    return range_error();
  }
  return r;
}

double ai_math_nextafter(double x, double y) { return nextafter(x, y); }

double ai_math_ulp(double x) {
  if (isnan(x)) return x;
  x = fabs(x);
  if (isinf(x)) return x;
  double x2 = nextafter(x, INFINITY);
  if (isinf(x2)) {
    x2 = nextafter(x, -INFINITY);
    return x - x2;
  }
  return x2 - x;
}

/* ---------------------------------------------------------------- vector_norm (hypot, dist) */

/* CPython 3.11's vector_norm: the scaled sum of squares with extended
 * precision (hi/lo splits), a sqrt, and one correction step. */
static double vector_norm(int64_t n, double *vec, double max, bool found_nan) {
  const double T27 = 134217729.0; /* ldexp(1.0, 27) + 1.0 */
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double t, hi, lo, h;
  int max_e;

  if (isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  frexp(max, &max_e);
  if (max_e < -1023) {
    /* ldexp(1.0, -max_e) would overflow: divide by max instead */
    for (int64_t i = 0; i < n; i++) {
      x = vec[i] / max;
      x = x * x;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
  }
  scale = ldexp(1.0, -max_e);
  for (int64_t i = 0; i < n; i++) {
    x = vec[i];
    x *= scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;

    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;

    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;

    frac3 += lo * lo;
  }
  h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));

  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;

  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;

  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;

  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;

  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

double ai_math_hypot2(double x, double y) {
  double v[2] = {fabs(x), fabs(y)};
  double max = 0.0; /* as CPython: grows by `x > max` only (a NaN never wins) */
  for (int i = 0; i < 2; i++)
    if (v[i] > max) max = v[i];
  return vector_norm(2, v, max, isnan(v[0]) || isnan(v[1]));
}

/* The Euclidean norm of the n coordinates p (q NULL: hypot) or of p - q (dist), each a
   Python number */
static double coords_norm(int64_t n, const ai_word *p, const ai_word *q) {
  double small[16];
  double *v = n <= 16 ? small : malloc((size_t)n * sizeof(double));
  if (!v) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return -1.0;
  }
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < n; i++) {
    double x, qx = 0.0;
    if (!ai_stdlib_as_double(p[i], &x) || (q && !ai_stdlib_as_double(q[i], &qx))) {
      if (v != small) free(v);
      return -1.0;
    }
    x = fabs(q ? x - qx : x);
    v[i] = x;
    found_nan |= isnan(x);
    if (x > max) max = x;
  }
  double r = vector_norm(n, v, max, found_nan);
  if (v != small) free(v);
  return r;
}

double ai_math_hypot_n(int64_t n, const ai_word *coords) { return coords_norm(n, coords, NULL); }

double ai_math_dist(ai_word p, ai_word q) {
  ai_word pt = ai_is_tuple(p) ? p : ai_sequence_to_tuple(p);
  if (!pt) return -1.0;
  ai_word qt = ai_is_tuple(q) ? q : ai_sequence_to_tuple(q);
  if (!qt) return -1.0;
  int64_t m = ai_as_tuple(pt)->len, n = ai_as_tuple(qt)->len;
  if (m != n) {
    ai_raise(&ai_exc_ValueError, "both points must have the same number of dimensions");
    return -1.0;
  }
  return coords_norm(n, ai_as_tuple(pt)->items, ai_as_tuple(qt)->items);
}

/* ---------------------------------------------------------------- gamma, lgamma, erf */

static double m_sinpi(double x) {
  double y, r;
  int n;
  y = fmod(fabs(x), 2.0);
  n = (int)round(2.0 * y);
  switch (n) {
  case 0: r = sin(pi * y); break;
  case 1: r = cos(pi * (y - 0.5)); break;
  case 2: r = sin(pi * (1.0 - y)); break; /* -sin(pi*(y-1.0)) would give -0.0 at y == 1.0 */
  case 3: r = -cos(pi * (y - 1.5)); break;
  default: r = sin(pi * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* denominator is x*(x+1)*...*(x+LANCZOS_N-2) */
static const double lanczos_den_coeffs[LANCZOS_N] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                     45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                     1925.0,   66.0,       1.0};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

static double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

static double m_tgamma(double x, int *err) {
  double absx, r, y, z, sqrtpow;
  if (!isfinite(x)) {
    if (isnan(x) || x > 0.0) return x;
    *err = M_EDOM;
    return NAN;
  }
  if (x == 0.0) {
    *err = M_EDOM;
    return copysign(INFINITY, x);
  }
  if (x == floor(x)) {
    if (x < 0.0) {
      *err = M_EDOM;
      return NAN;
    }
    if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
  }
  absx = fabs(x);
  if (absx < 1e-20) {
    r = 1.0 / x;
    if (isinf(r)) *err = M_ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    *err = M_ERANGE;
    return INFINITY;
  }
  y = absx + lanczos_g_minus_half;
  if (absx > lanczos_g_minus_half) {
    volatile double q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    volatile double q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -pi / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= ai_libm_pow(y, absx - 0.5);
    } else {
      sqrtpow = ai_libm_pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= ai_libm_pow(y, absx - 0.5);
    } else {
      sqrtpow = ai_libm_pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (isinf(r)) *err = M_ERANGE;
  return r;
}

static double m_lgamma(double x, int *err) {
  double r, absx;
  if (!isfinite(x)) {
    if (isnan(x)) return x;
    return HUGE_VAL;
  }
  if (x == floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = M_EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  absx = fabs(x);
  if (absx < 1e-20) return -log(absx);
  r = log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
  if (isinf(r)) *err = M_ERANGE;
  return r;
}

double ai_math_gamma(double x) {
  int err = M_OK;
  double r = m_tgamma(x, &err);
  return math_1a(r, err);
}

double ai_math_lgamma(double x) {
  int err = M_OK;
  double r = m_lgamma(x, &err);
  return math_1a(r, err);
}

/* HAVE_ERF/HAVE_ERFC: libm; an underflow (ERANGE with a result < 1.5) is no error */
double ai_math_erf(double x) { return erf(x); }
double ai_math_erfc(double x) { return erfc(x); }

/* ---------------------------------------------------------------- float <-> int */

ai_word ai_math_floor(double x) { return ai_int_from_float(floor(x)); }
ai_word ai_math_ceil(double x) { return ai_int_from_float(ceil(x)); }
ai_word ai_math_trunc(double x) { return ai_int_from_float(trunc(x)); }

/* math.floor/ceil/trunc of a word: an int as it is, a float rounded, an instance through its class's
 * __floor__/__ceil__/__trunc__ (whatever it returns, as CPython), else floor/ceil of its __float__ */
static ai_word rounding_word(ai_word x, double (*f)(double), const char *dunder) {
  bool is_trunc = f == trunc;
  if (ai_is_small(x)) return x;
  const AiType *t = ai_obj(x)->type;
  if (t == &ai_type_int) return x;
  if (t == &ai_type_bool) return ai_small(x == AI_TRUE_W);
  if (t == &ai_type_float) return ai_int_from_float(f(ai_as_float(x)->value));
  if (ai_class_defines(t, dunder, strlen(dunder)) == 1) return ai_call_method(x, ai_str_new_ascii(dunder, (int64_t)strlen(dunder)), 0, NULL, 0);
  /* floor/ceil of an instance with __float__ and no __floor__/__ceil__: of float(x), as CPython */
  if (!is_trunc && ai_class_defines(t, "__float__", 9) == 1) {
    double d = ai_obj_float(x);
    return ai_exc_pending() ? 0 : ai_int_from_float(f(d));
  }
  if (is_trunc) ai_raise_fmt(&ai_exc_TypeError, "type %s doesn't define __trunc__ method", ai_type_name(x));
  else ai_raise_fmt(&ai_exc_TypeError, "must be real number, not %s", ai_type_name(x));
  return 0;
}

ai_word ai_math_floor_word(ai_word x) { return rounding_word(x, floor, "__floor__"); }
ai_word ai_math_ceil_word(ai_word x) { return rounding_word(x, ceil, "__ceil__"); }
ai_word ai_math_trunc_word(ai_word x) { return rounding_word(x, trunc, "__trunc__"); }

bool ai_math_isnan(double x) { return isnan(x); }
bool ai_math_isinf(double x) { return isinf(x); }
bool ai_math_isfinite(double x) { return isfinite(x); }

bool ai_math_isclose(double a, double b, double rel_tol, double abs_tol) {
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    ai_raise(&ai_exc_ValueError, "tolerances must be non-negative");
    return false;
  }
  if (a == b) return true;
  if (isinf(a) || isinf(b)) return false;
  double diff = fabs(b - a);
  return ((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a))) || (diff <= abs_tol);
}

ai_word ai_math_modf(double x) {
  double f, w;
  if (isinf(x)) {
    f = copysign(0., x);
    w = x;
  } else if (isnan(x)) {
    f = w = x;
  } else {
    f = modf(x, &w);
  }
  ai_word a = ai_box_float(f);
  if (!a) return 0;
  ai_word b = ai_box_float(w);
  if (!b) return 0;
  return ai_tuple_pair(a, b);
}

ai_word ai_math_frexp(double x) {
  int i = 0;
  if (!(isnan(x) || isinf(x) || x == 0.0)) x = frexp(x, &i);
  ai_word a = ai_box_float(x);
  if (!a) return 0;
  return ai_tuple_pair(a, ai_small(i));
}

double ai_math_ldexp(double x, ai_word i) {
  if (!(ai_is_small(i) || ai_obj(i)->type == &ai_type_int || ai_obj(i)->type == &ai_type_bool)) {
    ai_raise(&ai_exc_TypeError, "Expected an int as second argument to ldexp.");
    return -1.0;
  }
  i = ai_stdlib_index(i);
  int64_t e;
  if (!ai_int_to_i64(i, &e)) e = ai_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
  double r;
  if (x == 0. || !isfinite(x)) return x;
  if (e > INT_MAX) return range_error(); /* copysign(HUGE_VAL, x) with ERANGE */
  if (e < INT_MIN) return copysign(0., x);
  r = ldexp(x, (int)e);
  if (isinf(r)) return range_error();
  return r;
}

/* ---------------------------------------------------------------- fsum */

double ai_math_fsum(ai_word iterable) {
  ai_word it = ai_obj_iter(iterable);
  if (!it) return -1.0;
  double ps[32], *p = ps;
  int64_t n = 0, m = 32;
  double x, y, t, xsave, special_sum = 0.0, inf_sum = 0.0, hi, yr, lo = 0.0;
  ai_word item;
  for (;;) {
    if (!ai_iter_next(it, &item)) {
      if (ai_exc_pending()) goto error;
      break;
    }
    if (!ai_stdlib_as_double(item, &x)) goto error;
    xsave = x;
    int64_t i = 0;
    for (int64_t j = 0; j < n; j++) { /* for y in partials */
      y = p[j];
      if (fabs(x) < fabs(y)) {
        t = x;
        x = y;
        y = t;
      }
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    n = i; /* ps[i:] = [x] */
    if (x != 0.0) {
      if (!isfinite(x)) {
        /* a nonfinite x could arise either as a result of intermediate
           overflow, or as a result of a nan or inf in the summands */
        if (isfinite(xsave)) {
          ai_raise(&ai_exc_OverflowError, "intermediate overflow in fsum");
          goto error;
        }
        if (isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        n = 0; /* reset partials */
      } else {
        if (n >= m) {
          int64_t nm = m * 2;
          double *np = malloc((size_t)nm * sizeof(double));
          if (!np) {
            ai_raise(&ai_exc_MemoryError, "math.fsum partials");
            goto error;
          }
          memcpy(np, p, (size_t)n * sizeof(double));
          if (p != ps) free(p);
          p = np;
          m = nm;
        }
        p[n++] = x;
      }
    }
  }
  if (special_sum != 0.0) {
    if (p != ps) free(p);
    if (isnan(inf_sum)) {
      ai_raise(&ai_exc_ValueError, "-inf + inf in fsum");
      return -1.0;
    }
    return special_sum;
  }
  hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    /* sum_exact(ps, hi) from the top, stop when the sum becomes inexact. */
    while (n > 0) {
      x = hi;
      y = p[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    /* Make half-even rounding work across multiple partials. */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      y = lo * 2.0;
      x = hi + y;
      yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  if (p != ps) free(p);
  return hi;
error:
  if (p != ps) free(p);
  return -1.0;
}

/* ---------------------------------------------------------------- prod */

ai_word ai_math_prod(ai_word iterable, ai_word start) {
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  ai_word result = start ? start : ai_small(1);
  ai_word item;
  while (ai_iter_next(it, &item)) {
    result = ai_obj_binop(AI_MUL, result, item);
    if (!result) return 0;
  }
  return ai_exc_pending() ? 0 : result;
}

/* ---------------------------------------------------------------- integer functions */

static ai_word int_gcd(ai_word a, ai_word b) {
  a = ai_int_abs(a);
  if (!a) return 0;
  b = ai_int_abs(b);
  if (!b) return 0;
  for (;;) {
    if (ai_is_small(a) && ai_is_small(b)) {
      uint64_t x = (uint64_t)ai_small_val(a), y = (uint64_t)ai_small_val(b);
      while (y) {
        uint64_t r = x % y;
        x = y;
        y = r;
      }
      return ai_small((int64_t)x);
    }
    if (b == ai_small(0)) return a;
    ai_word r = ai_int_mod(a, b);
    if (!r) return 0;
    a = b;
    b = r;
  }
}

ai_word ai_math_gcd(int64_t n, const ai_word *ints) {
  if (n == 0) return ai_small(0);
  ai_word res = ai_stdlib_index(ints[0]);
  if (!res) return 0;
  if (n == 1) return ai_int_abs(res);
  for (int64_t i = 1; i < n; i++) {
    ai_word x = ai_stdlib_index(ints[i]);
    if (!x) return 0;
    if (res == ai_small(1)) continue; /* just check the arguments */
    res = int_gcd(res, x);
    if (!res) return 0;
  }
  return res;
}

static ai_word int_lcm(ai_word a, ai_word b) {
  if (a == ai_small(0) || b == ai_small(0)) return ai_small(0);
  ai_word g = int_gcd(a, b);
  if (!g) return 0;
  ai_word f = ai_int_floordiv(a, g);
  if (!f) return 0;
  ai_word m = ai_int_mul(f, b);
  if (!m) return 0;
  return ai_int_abs(m);
}

ai_word ai_math_lcm(int64_t n, const ai_word *ints) {
  if (n == 0) return ai_small(1);
  ai_word res = ai_stdlib_index(ints[0]);
  if (!res) return 0;
  if (n == 1) return ai_int_abs(res);
  for (int64_t i = 1; i < n; i++) {
    ai_word x = ai_stdlib_index(ints[i]);
    if (!x) return 0;
    if (res == ai_small(0)) continue;
    res = int_lcm(res, x);
    if (!res) return 0;
  }
  return res;
}

/* product lo * (lo+1) * ... * (hi-1) for 1 <= lo <= hi (balanced, for fast big multiplication) */
static ai_word range_prod(int64_t lo, int64_t hi) {
  if (hi - lo <= 16) {
    ai_word acc = ai_small(1);
    int64_t p = 1;
    for (int64_t i = lo; i < hi; i++) {
      int64_t q;
      if (__builtin_mul_overflow(p, i, &q) || !ai_fits_small(q)) {
        acc = ai_int_mul(acc, int_word(p));
        if (!acc) return 0;
        p = i;
      } else p = q;
    }
    return ai_int_mul(acc, int_word(p));
  }
  int64_t mid = lo + (hi - lo) / 2;
  ai_word a = range_prod(lo, mid);
  if (!a) return 0;
  ai_word b = range_prod(mid, hi);
  if (!b) return 0;
  return ai_int_mul(a, b);
}

/* product n * (n-1) * ... * (n-k+1) of int words (k >= 0) */
static ai_word falling_prod(ai_word n, int64_t k) {
  if (k == 0) return ai_small(1);
  int64_t nv;
  if (ai_int_to_i64(n, &nv) && nv < INT64_MAX) return range_prod(nv - k + 1, nv + 1);
  if (k == 1) return n;
  int64_t h = k / 2;
  ai_word a = falling_prod(n, h);
  if (!a) return 0;
  ai_word n2 = ai_int_sub(n, int_word(h));
  if (!n2) return 0;
  ai_word b = falling_prod(n2, k - h);
  if (!b) return 0;
  return ai_int_mul(a, b);
}

ai_word ai_math_factorial(ai_word n) {
  ai_word x = ai_stdlib_index(n);
  if (!x) return 0;
  int64_t v;
  if (!ai_int_to_i64(x, &v)) {
    if (ai_int_sign(x) > 0) {
      ai_raise_fmt(&ai_exc_OverflowError, "factorial() argument should not exceed %lld", (long long)LLONG_MAX);
      return 0;
    }
    v = -1;
  }
  if (v < 0) {
    ai_raise(&ai_exc_ValueError, "factorial() not defined for negative values");
    return 0;
  }
  if (v <= 1) return ai_small(1);
  return range_prod(1, v + 1);
}

static bool check_nonneg(ai_word x, const char *what) {
  if (ai_int_sign(x) < 0) {
    ai_raise_fmt(&ai_exc_ValueError, "%s must be a non-negative integer", what);
    return false;
  }
  return true;
}

ai_word ai_math_perm(ai_word n, ai_word k) {
  if (!k || k == AI_NONE_W) return ai_math_factorial(n);
  n = ai_stdlib_index(n);
  if (!n) return 0;
  k = ai_stdlib_index(k);
  if (!k) return 0;
  if (!check_nonneg(n, "n") || !check_nonneg(k, "k")) return 0;
  if (ai_int_lt(n, k)) return ai_small(0);
  int64_t kv;
  if (!ai_int_to_i64(k, &kv)) {
    ai_raise_fmt(&ai_exc_OverflowError, "k must not exceed %lld", (long long)LLONG_MAX);
    return 0;
  }
  return falling_prod(n, kv);
}

ai_word ai_math_comb(ai_word n, ai_word k) {
  n = ai_stdlib_index(n);
  if (!n) return 0;
  k = ai_stdlib_index(k);
  if (!k) return 0;
  if (!check_nonneg(n, "n") || !check_nonneg(k, "k")) return 0;
  ai_word nk = ai_int_sub(n, k);
  if (!nk) return 0;
  if (ai_int_sign(nk) < 0) return ai_small(0);
  if (ai_int_lt(nk, k)) k = nk;
  int64_t kv;
  if (!ai_int_to_i64(k, &kv)) {
    ai_raise_fmt(&ai_exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)LLONG_MAX);
    return 0;
  }
  if (kv == 0) return ai_small(1);
  int64_t nv;
  if (ai_int_to_i64(n, &nv)) {
    /* fast path: r = r * (n - k + i) / i stays exact; stop on overflow */
    unsigned __int128 r = 1;
    int64_t i;
    for (i = 1; i <= kv; i++) {
      r = r * (unsigned __int128)(uint64_t)(nv - kv + i);
      r /= (uint64_t)i;
      if (r > (unsigned __int128)AI_SMALL_MAX) break;
    }
    if (i > kv) return ai_small((int64_t)r);
  }
  ai_word num = falling_prod(n, kv);
  if (!num) return 0;
  ai_word den = range_prod(1, kv + 1);
  if (!den) return 0;
  return ai_int_floordiv(num, den);
}

ai_word ai_math_isqrt(ai_word nw) {
  ai_word n = ai_stdlib_index(nw);
  if (!n) return 0;
  if (ai_int_sign(n) < 0) {
    ai_raise(&ai_exc_ValueError, "isqrt() argument must be nonnegative");
    return 0;
  }
  if (ai_is_small(n)) {
    uint64_t u = (uint64_t)ai_small_val(n);
    uint64_t r = (uint64_t)sqrt((double)u);
    while ((unsigned __int128)r * r > u) r--;
    while ((unsigned __int128)(r + 1) * (r + 1) <= u) r++;
    return ai_small((int64_t)r);
  }
  /* CPython's algorithm: a is isqrt of the top bits, doubling precision each step */
  int64_t c = (ai_int_bit_length(n) - 1) / 2;
  int cbits = 64 - __builtin_clzll((unsigned long long)c);
  ai_word a = ai_small(1);
  int64_t d = 0;
  for (int s = cbits - 1; s >= 0; s--) {
    int64_t e = d;
    d = c >> s;
    ai_word t1 = ai_int_lshift(a, ai_small(d - e - 1));
    if (!t1) return 0;
    ai_word t2 = ai_int_rshift(n, ai_small(2 * c - e - d + 1));
    if (!t2) return 0;
    ai_word t3 = ai_int_floordiv(t2, a);
    if (!t3) return 0;
    a = ai_int_add(t1, t3);
    if (!a) return 0;
  }
  ai_word sq = ai_int_mul(a, a);
  if (!sq) return 0;
  if (ai_int_lt(n, sq)) a = ai_int_sub(a, ai_small(1));
  return a;
}
