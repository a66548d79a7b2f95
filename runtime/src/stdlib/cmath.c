/*
 * stdlib/cmath.c — the cmath module, after CPython 3.11's cmathmodule.c.
 *
 * Finite arguments go through CPython's formulas (rescaling against overflow
 * and subnormals, log1p near |z| == 1), so results agree to the bit. For
 * infinite or NaN parts CPython reads C99 Annex G's special values from
 * tables; the C library's <complex.h> functions implement the same annex, so
 * they give those values here. Errors follow CPython's errno rules, kept in a
 * local `err` (the runtime is built with -fno-math-errno): EDOM is ValueError
 * "math domain error", ERANGE OverflowError "math range error".
 */
#include "exc/exception.h"
#include "obj/complex.h"
#include "obj/containers.h"
#include "obj/singletons.h"
#include "stdlib/cmath_special.h"
#include "stdlib/math.h"

#include <float.h>
#include <math.h>

enum { OK, EDOM_, ERANGE_ };

#define LARGE_DOUBLE (DBL_MAX / 4.)
#define SQRT_LARGE_DOUBLE 6.703903964971298e+153 /* sqrt(DBL_MAX / 4) */
#define LOG_LARGE_DOUBLE 708.3964185322641       /* log(DBL_MAX / 4) */
#define SQRT_DBL_MIN 1.4916681462400413e-154
/* 2**SCALE_UP turns a subnormal into a normal number; SCALE_DOWN undoes half of it (for sqrt) */
#define SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define SCALE_DOWN (-(SCALE_UP + 1) / 2)
#define LN2 0.6931471805599453094
#define LN10 2.302585092994045684
#define E_ 2.718281828459045
#define PI_ 3.141592653589793

static bool finite(ai_cval z) { return isfinite(z.real) && isfinite(z.imag); }
static ai_cval cv(double re, double im) { return (ai_cval){re, im}; }

/* The row or column of a special-value table: -inf, <0, -0, +0, >0, +inf, nan. */
static int kind_of(double d) {
  if (isnan(d)) return 6;
  if (isinf(d)) return d > 0 ? 5 : 0;
  if (d == 0) return signbit(d) ? 2 : 3;
  return d > 0 ? 4 : 1;
}

static ai_cval special(const double table[7][7][2], double re, double im) {
  const double *e = table[kind_of(re)][kind_of(im)];
  return cv(e[0], e[1]);
}

/* The argument as a complex (CPython's "D" converter). */
static bool arg(ai_word w, ai_cval *z) {
  int k = ai_complex_value(w, z);
  if (k > 0) return true;
  if (k == 0) ai_raise_fmt(&ai_exc_TypeError, "must be real number, not %s", ai_type_name(w));
  return false;
}

static ai_word result(ai_cval r, int err) {
  if (err == EDOM_) {
    ai_raise(&ai_exc_ValueError, "math domain error");
    return 0;
  }
  if (err == ERANGE_) {
    ai_raise(&ai_exc_OverflowError, "math range error");
    return 0;
  }
  return ai_complex_box(r);
}

/* ---------------------------------------------------------------- sqrt, log */

static ai_cval c_sqrt(ai_cval z) {
  if (!finite(z)) return special(sqrt_special, z.real, z.imag);
  if (z.real == 0. && z.imag == 0.) return cv(0., z.imag);
  double ax = fabs(z.real), ay = fabs(z.imag), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    /* hypot(ax, ay) would be subnormal */
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8.;
    s = 2. * sqrt(ax + hypot(ax, ay / 8.));
  }
  double d = ay / (2. * s);
  return z.real >= 0. ? cv(s, copysign(d, z.imag)) : cv(d, copysign(s, z.imag));
}

static ai_cval c_log(ai_cval z, int *err) {
  if (!finite(z)) return special(log_special, z.real, z.imag);
  double ax = fabs(z.real), ay = fabs(z.imag), re;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    re = log(hypot(ax / 2., ay / 2.)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax == 0. && ay == 0.) {
      *err = EDOM_;
      return cv(-INFINITY, atan2(z.imag, z.real));
    }
    re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
  } else {
    double h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2.;
    } else {
      re = log(h);
    }
  }
  return cv(re, atan2(z.imag, z.real));
}

ai_word ai_cmath_sqrt(ai_word w) {
  ai_cval z;
  return arg(w, &z) ? result(c_sqrt(z), OK) : 0;
}

/* log(z[, base]) */
ai_word ai_cmath_log(ai_word w, ai_word base) {
  ai_cval z, b;
  if (!arg(w, &z)) return 0;
  int err = OK;
  z = c_log(z, &err);
  if (base) {
    if (!arg(base, &b)) return 0;
    err = OK; /* as CPython: the base's log sets errno afresh */
    b = c_log(b, &err);
    bool zero_div = false;
    z = ai_cval_quot(z, b, &zero_div);
    if (zero_div) err = EDOM_;
  }
  return result(z, err);
}

ai_word ai_cmath_log10(ai_word w) {
  ai_cval z;
  if (!arg(w, &z)) return 0;
  int err = OK;
  z = c_log(z, &err);
  return result(cv(z.real / LN10, z.imag / LN10), err);
}

/* ---------------------------------------------------------------- exp and the hyperbolic functions */

/* An infinite real part with a finite nonzero imaginary part: the signs come from cos/sin. */
static bool inf_real_finite_imag(ai_cval z) { return isinf(z.real) && isfinite(z.imag) && z.imag != 0.; }

static ai_cval c_exp(ai_cval z, int *err) {
  ai_cval r;
  if (!finite(z)) {
    if (inf_real_finite_imag(z)) {
      r = z.real > 0 ? cv(copysign(INFINITY, cos(z.imag)), copysign(INFINITY, sin(z.imag)))
                     : cv(copysign(0., cos(z.imag)), copysign(0., sin(z.imag)));
    } else {
      r = special(exp_special, z.real, z.imag);
    }
    if (isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0))) *err = EDOM_;
    return r;
  }
  if (z.real > LOG_LARGE_DOUBLE) {
    double l = exp(z.real - 1.);
    r = cv(l * cos(z.imag) * E_, l * sin(z.imag) * E_);
  } else {
    double l = exp(z.real);
    r = cv(l * cos(z.imag), l * sin(z.imag));
  }
  if (isinf(r.real) || isinf(r.imag)) *err = ERANGE_;
  return r;
}

/* cosh(x+iy) = cos y cosh x + i sin y sinh x, and sinh(x+iy) = cos y sinh x + i sin y cosh x:
 * one body for both (CPython's cmath_cosh_impl / cmath_sinh_impl), `odd` picking sinh. */
static ai_cval c_hyperbolic(ai_cval z, int *err, bool odd) {
  ai_cval r;
  double (*even_part)(double) = odd ? sinh : cosh, (*odd_part)(double) = odd ? cosh : sinh;
  if (!finite(z)) {
    if (inf_real_finite_imag(z)) {
      /* the sign of x goes to the imaginary part of cosh, to the real part of sinh */
      double sx = z.real > 0 ? 1.0 : -1.0;
      r = cv((odd ? sx : 1.0) * copysign(INFINITY, cos(z.imag)), (odd ? 1.0 : sx) * copysign(INFINITY, sin(z.imag)));
    } else {
      r = special(odd ? sinh_special : cosh_special, z.real, z.imag);
    }
    if (isinf(z.imag) && !isnan(z.real)) *err = EDOM_;
    return r;
  }
  if (fabs(z.real) > LOG_LARGE_DOUBLE) {
    /* cosh(z.real) overflows where the result need not */
    double x_minus_one = z.real - copysign(1., z.real);
    r = cv(cos(z.imag) * even_part(x_minus_one) * E_, sin(z.imag) * odd_part(x_minus_one) * E_);
  } else {
    r = cv(cos(z.imag) * even_part(z.real), sin(z.imag) * odd_part(z.real));
  }
  if (isinf(r.real) || isinf(r.imag)) *err = ERANGE_;
  return r;
}

static ai_cval c_cosh(ai_cval z, int *err) { return c_hyperbolic(z, err, false); }
static ai_cval c_sinh(ai_cval z, int *err) { return c_hyperbolic(z, err, true); }

static ai_cval c_tanh(ai_cval z, int *err) {
  if (!finite(z)) {
    ai_cval r;
    if (inf_real_finite_imag(z)) r = cv(z.real > 0 ? 1.0 : -1.0, copysign(0., 2. * sin(z.imag) * cos(z.imag)));
    else r = special(tanh_special, z.real, z.imag);
    if (isinf(z.imag) && isfinite(z.real)) *err = EDOM_;
    return r;
  }
  if (fabs(z.real) > LOG_LARGE_DOUBLE) {
    /* 1 - tanh(x)**2 is about 4 exp(-2|x|): no cosh, which would overflow */
    return cv(copysign(1., z.real), 4. * sin(z.imag) * cos(z.imag) * exp(-2. * fabs(z.real)));
  }
  double tx = tanh(z.real), ty = tan(z.imag), cx = 1. / cosh(z.real), txty = tx * ty, denom = 1. + txty * txty;
  return cv(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

/* The trigonometric functions through the hyperbolic ones: f(z) = -i g(iz) or g(iz). */
static ai_cval times_i(ai_cval z) { return cv(-z.imag, z.real); }
static ai_cval times_minus_i(ai_cval z) { return cv(z.imag, -z.real); }

typedef ai_cval (*cfun)(ai_cval, int *);

static ai_word apply(ai_word w, cfun f) {
  ai_cval z;
  if (!arg(w, &z)) return 0;
  int err = OK;
  ai_cval r = f(z, &err);
  return result(r, err);
}

static ai_cval c_sin(ai_cval z, int *err) { return times_minus_i(c_sinh(times_i(z), err)); }
static ai_cval c_cos(ai_cval z, int *err) { return c_cosh(times_i(z), err); }
static ai_cval c_tan(ai_cval z, int *err) { return times_minus_i(c_tanh(times_i(z), err)); }

ai_word ai_cmath_exp(ai_word w) { return apply(w, c_exp); }
ai_word ai_cmath_sin(ai_word w) { return apply(w, c_sin); }
ai_word ai_cmath_cos(ai_word w) { return apply(w, c_cos); }
ai_word ai_cmath_tan(ai_word w) { return apply(w, c_tan); }
ai_word ai_cmath_sinh(ai_word w) { return apply(w, c_sinh); }
ai_word ai_cmath_cosh(ai_word w) { return apply(w, c_cosh); }
ai_word ai_cmath_tanh(ai_word w) { return apply(w, c_tanh); }

/* ---------------------------------------------------------------- inverse functions */

static ai_cval c_asinh(ai_cval z, int *err) {
  (void)err;
  if (!finite(z)) return special(asinh_special, z.real, z.imag);
  if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
    double l = log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2.;
    return cv(z.imag >= 0. ? copysign(l, z.real) : -copysign(l, -z.real), atan2(z.imag, fabs(z.real)));
  }
  ai_cval s1 = c_sqrt(cv(1. + z.imag, -z.real)), s2 = c_sqrt(cv(1. - z.imag, z.real));
  return cv(asinh(s1.real * s2.imag - s2.real * s1.imag), atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag));
}

static ai_cval c_acos(ai_cval z, int *err) {
  (void)err;
  if (!finite(z)) return special(acos_special, z.real, z.imag);
  if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE)
    return cv(atan2(fabs(z.imag), z.real), -copysign(log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2., z.imag));
  ai_cval s1 = c_sqrt(cv(1. - z.real, -z.imag)), s2 = c_sqrt(cv(1. + z.real, z.imag));
  return cv(2. * atan2(s1.real, s2.real), asinh(s2.real * s1.imag - s2.imag * s1.real));
}

static ai_cval c_acosh(ai_cval z, int *err) {
  (void)err;
  if (!finite(z)) return special(acosh_special, z.real, z.imag);
  if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE)
    return cv(log(hypot(z.real / 2., z.imag / 2.)) + LN2 * 2., atan2(z.imag, z.real));
  ai_cval s1 = c_sqrt(cv(z.real - 1., z.imag)), s2 = c_sqrt(cv(z.real + 1., z.imag));
  return cv(asinh(s1.real * s2.real + s1.imag * s2.imag), 2. * atan2(s1.imag, s2.real));
}

static ai_cval c_atanh(ai_cval z, int *err) {
  if (!finite(z)) return special(atanh_special, z.real, z.imag);
  if (z.real < 0.) {
    /* atanh(z) = -atanh(-z) */
    ai_cval r = c_atanh(cv(-z.real, -z.imag), err);
    return cv(-r.real, -r.imag);
  }
  double ay = fabs(z.imag);
  if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    /* |z| large: atanh(z) ~ 1/z +/- i pi/2 */
    double h = hypot(z.real / 2., z.imag / 2.);
    return cv(z.real / 4. / h / h, copysign(PI_ / 2., z.imag));
  }
  if (z.real == 1. && ay < SQRT_DBL_MIN) {
    if (ay == 0.) {
      *err = EDOM_;
      return cv(INFINITY, z.imag);
    }
    return cv(-log(sqrt(ay) / sqrt(hypot(ay, 2.))), copysign(atan2(2., -ay) / 2, z.imag));
  }
  return cv(log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.,
            -atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.);
}

static ai_cval c_asin(ai_cval z, int *err) { return times_minus_i(c_asinh(times_i(z), err)); }
static ai_cval c_atan(ai_cval z, int *err) { return times_minus_i(c_atanh(times_i(z), err)); }

ai_word ai_cmath_asin(ai_word w) { return apply(w, c_asin); }
ai_word ai_cmath_acos(ai_word w) { return apply(w, c_acos); }
ai_word ai_cmath_atan(ai_word w) { return apply(w, c_atan); }
ai_word ai_cmath_asinh(ai_word w) { return apply(w, c_asinh); }
ai_word ai_cmath_acosh(ai_word w) { return apply(w, c_acosh); }
ai_word ai_cmath_atanh(ai_word w) { return apply(w, c_atanh); }

/* ---------------------------------------------------------------- polar coordinates, tests */

double ai_cmath_phase(ai_word w) {
  ai_cval z;
  if (!arg(w, &z)) return -1.0;
  return atan2(z.imag, z.real);
}

ai_word ai_cmath_polar(ai_word w) {
  ai_cval z;
  if (!arg(w, &z)) return 0;
  double phi = atan2(z.imag, z.real);
  bool overflow = false;
  double r = ai_cval_abs(z, &overflow);
  if (overflow) {
    ai_raise(&ai_exc_OverflowError, "math range error");
    return 0;
  }
  ai_word items[2] = {ai_box_float(r), ai_box_float(phi)};
  return ai_tuple_new(2, items);
}

/* rect(r, phi) = r * (cos(phi) + i sin(phi)) */
ai_word ai_cmath_rect(ai_word rw, ai_word phiw) {
  double r, phi;
  if (!ai_stdlib_as_double(rw, &r) || !ai_stdlib_as_double(phiw, &phi)) return 0;
  ai_cval z;
  int err = OK;
  if (!isfinite(r) || !isfinite(phi)) {
    if (isinf(r) && isfinite(phi) && phi != 0.) {
      double s = r > 0 ? 1. : -1.;
      z = cv(s * copysign(INFINITY, cos(phi)), s * copysign(INFINITY, sin(phi)));
    } else {
      z = special(rect_special, r, phi);
    }
    if (r != 0. && !isnan(r) && isinf(phi)) err = EDOM_;
  } else if (phi == 0.0) {
    z = cv(r, r * phi);
  } else {
    z = cv(r * cos(phi), r * sin(phi));
  }
  return result(z, err);
}

static bool t_isnan(ai_cval z) { return isnan(z.real) || isnan(z.imag); }
static bool t_isinf(ai_cval z) { return isinf(z.real) || isinf(z.imag); }

/* A test of the argument's parts as a bool word (0 when the argument is no number). */
static ai_word test_word(ai_word w, bool (*test)(ai_cval)) {
  ai_cval z;
  return arg(w, &z) ? ai_bool_word(test(z)) : 0;
}

ai_word ai_cmath_isnan(ai_word w) { return test_word(w, t_isnan); }
ai_word ai_cmath_isinf(ai_word w) { return test_word(w, t_isinf); }
ai_word ai_cmath_isfinite(ai_word w) { return test_word(w, finite); }

ai_word ai_cmath_isclose(ai_word aw, ai_word bw, double rel_tol, double abs_tol) {
  ai_cval a, b;
  if (!arg(aw, &a) || !arg(bw, &b)) return 0;
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    ai_raise(&ai_exc_ValueError, "tolerances must be non-negative");
    return 0;
  }
  /* exact equality catches two infinities of the same sign */
  if (a.real == b.real && a.imag == b.imag) return AI_TRUE_W;
  if (t_isinf(a) || t_isinf(b)) return AI_FALSE_W;
  bool overflow = false;
  double diff = ai_cval_abs(cv(a.real - b.real, a.imag - b.imag), &overflow);
  return ai_bool_word(diff <= rel_tol * ai_cval_abs(b, &overflow) || diff <= rel_tol * ai_cval_abs(a, &overflow) || diff <= abs_tol);
}

ai_word ai_cmath_infj(void) { return ai_complex_new(0.0, INFINITY); }
ai_word ai_cmath_nanj(void) { return ai_complex_new(0.0, NAN); }
