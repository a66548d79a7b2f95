/*
 * obj/complex.c — the complex type: construction (imaginary literals,
 * complex(...) with CPython's string grammar), arithmetic with int, bool,
 * float and complex operands, ==, hash, repr, truth, .real/.imag and
 * .conjugate(), with CPython 3.11's results and messages.
 */
#include "obj/complex.h"

#include "exc/exception.h"
#include "gc/gc.h"
#include "obj/ext.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/unicode.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

const AiType ai_type_complex = {"complex", NULL};

static void complex_register(void);

ai_word ai_complex_new(double real, double imag) {
  complex_register();
  AiComplex *c = ai_alloc(sizeof(AiComplex));
  if (!c) return 0;
  c->ob.type = &ai_type_complex;
  c->real = real;
  c->imag = imag;
  return ai_w(c);
}

ai_word ai_complex_box(ai_cval z) { return ai_complex_new(z.real, z.imag); }

int ai_complex_value(ai_word w, ai_cval *out) {
  out->imag = 0.0;
  if (ai_is_small(w)) {
    out->real = (double)ai_small_val(w);
    return 1;
  }
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_complex) {
    out->real = ai_as_complex(w)->real;
    out->imag = ai_as_complex(w)->imag;
    return 1;
  }
  if (t == &ai_type_float) {
    out->real = ai_unbox_float(w);
    return 1;
  }
  if (t == &ai_type_bool) {
    out->real = w == AI_TRUE_W ? 1.0 : 0.0;
    return 1;
  }
  if (t == &ai_type_int) {
    out->real = ai_int_to_float(w);
    return ai_exc_pending() ? -1 : 1;
  }
  return 0;
}

/* An imaginary literal such as 2.5j. */
ai_word ai_complex_imag_literal(double imag) { return ai_complex_new(0.0, imag); }

/* ---------------------------------------------------------------- arithmetic (CPython's _Py_c_*) */

static ai_cval cval(double real, double imag) { return (ai_cval){real, imag}; }

ai_cval ai_cval_prod(ai_cval a, ai_cval b) {
  return cval(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
}

/* Smith's algorithm, dividing through by the larger of |b.real| and |b.imag|. */
ai_cval ai_cval_quot(ai_cval a, ai_cval b, bool *zero_div) {
  double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *zero_div = true;
      return cval(0.0, 0.0);
    }
    double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
    return cval((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
    return cval((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return cval(NAN, NAN); /* a NaN in b */
}

double ai_cval_abs(ai_cval z, bool *overflow) {
  /* C99: an infinite part gives infinity even when the other is a NaN */
  if (!isfinite(z.real) || !isfinite(z.imag)) {
    if (isinf(z.real)) return fabs(z.real);
    if (isinf(z.imag)) return fabs(z.imag);
    return NAN;
  }
  double r = hypot(z.real, z.imag);
  if (!isfinite(r)) *overflow = true;
  return r;
}

/* a ** b for a general exponent; *zero_div for 0 ** (negative or complex). */
static ai_cval cval_pow(ai_cval a, ai_cval b, bool *zero_div) {
  if (b.real == 0.0 && b.imag == 0.0) return cval(1.0, 0.0);
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *zero_div = true;
    return cval(0.0, 0.0);
  }
  double vabs = hypot(a.real, a.imag), len = ai_libm_pow(vabs, b.real), at = atan2(a.imag, a.real), phase = at * b.real;
  if (b.imag != 0.0) {
    len /= exp(at * b.imag);
    phase += b.imag * log(vabs);
  }
  return cval(len * cos(phase), len * sin(phase));
}

/* x ** n for 0 <= n by repeated squaring, multiplying in the order CPython does. */
static ai_cval cval_powu(ai_cval x, long n) {
  ai_cval r = cval(1.0, 0.0), p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = ai_cval_prod(r, p);
    p = ai_cval_prod(p, p);
  }
  return r;
}

static ai_word complex_pow(ai_cval a, ai_cval b) {
  bool zero_div = false;
  ai_cval p;
  /* a small integral exponent: repeated squaring (faster and more accurate) */
  if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
    long n = (long)b.real;
    p = n > 0 ? cval_powu(a, n) : ai_cval_quot(cval(1.0, 0.0), cval_powu(a, -n), &zero_div);
  } else {
    p = cval_pow(a, b, &zero_div);
  }
  if (zero_div) {
    ai_raise(&ai_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    return 0;
  }
  if (isinf(p.real) || isinf(p.imag)) {
    ai_raise(&ai_exc_OverflowError, "complex exponentiation");
    return 0;
  }
  return ai_complex_box(p);
}

ai_word ai_complex_binop(int op, ai_word a, ai_word b) {
  if (op != AI_ADD && op != AI_SUB && op != AI_MUL && op != AI_TRUEDIV && op != AI_POW) return AI_NOTIMPL;
  ai_cval x, y;
  int ka = ai_complex_value(a, &x);
  if (ka <= 0) return ka < 0 ? 0 : AI_NOTIMPL;
  int kb = ai_complex_value(b, &y);
  if (kb <= 0) return kb < 0 ? 0 : AI_NOTIMPL;
  switch (op) {
  case AI_ADD: return ai_complex_new(x.real + y.real, x.imag + y.imag);
  case AI_SUB: return ai_complex_new(x.real - y.real, x.imag - y.imag);
  case AI_MUL: return ai_complex_box(ai_cval_prod(x, y));
  case AI_TRUEDIV: {
    bool zero_div = false;
    ai_cval q = ai_cval_quot(x, y, &zero_div);
    if (zero_div) {
      ai_raise(&ai_exc_ZeroDivisionError, "complex division by zero");
      return 0;
    }
    return ai_complex_box(q);
  }
  default: return complex_pow(x, y);
  }
}

ai_word ai_complex_neg(ai_word z) { return ai_complex_new(-ai_as_complex(z)->real, -ai_as_complex(z)->imag); }

ai_word ai_complex_abs(ai_word z) {
  bool overflow = false;
  double r = ai_cval_abs((ai_cval){ai_as_complex(z)->real, ai_as_complex(z)->imag}, &overflow);
  if (overflow) {
    ai_raise(&ai_exc_OverflowError, "absolute value too large");
    return 0;
  }
  return ai_box_float(r);
}

static ai_word c_binop(int op, ai_word a, ai_word b, bool inplace) {
  (void)inplace;
  return ai_complex_binop(op, a, b);
}

/* ---------------------------------------------------------------- compare, hash, truth */

/* Only == and != are defined; an int is compared exactly with the real part. */
static int c_richcmp(int op, ai_word a, ai_word b) {
  if (op != AI_EQ && op != AI_NE) return 2;
  ai_word other = ai_is_complex(a) ? b : a;
  const AiComplex *z = ai_as_complex(ai_is_complex(a) ? a : b);
  bool equal;
  if (ai_is_int(other) || ai_is_bool(other)) {
    if (z->imag != 0.0) equal = false;
    else {
      ai_word as_int = ai_is_bool(other) ? ai_small(other == AI_TRUE_W) : other;
      equal = ai_int_float_cmp(as_int, z->real) == 0;
    }
  } else if (ai_is_float(other)) {
    equal = z->real == ai_unbox_float(other) && z->imag == 0.0;
  } else if (ai_is_complex(other)) {
    equal = z->real == ai_as_complex(other)->real && z->imag == ai_as_complex(other)->imag;
  } else {
    return 2;
  }
  return op == AI_EQ ? equal : !equal;
}

/* hash(complex(x, 0)) == hash(x): the parts' hashes combined with the multiplier 1000003. */
static int64_t c_hash(ai_word o) {
  const AiComplex *z = ai_as_complex(o);
  uint64_t hreal = (uint64_t)ai_hash_double(z->real, o), himag = (uint64_t)ai_hash_double(z->imag, o);
  uint64_t combined = hreal + 1000003u * himag;
  if (combined == (uint64_t)-1) combined = (uint64_t)-2;
  return (int64_t)combined;
}

static int c_truth(ai_word o) { return ai_as_complex(o)->real != 0.0 || ai_as_complex(o)->imag != 0.0; }

/* ---------------------------------------------------------------- repr */

/* (1+2j), 2j, (-0-1j), (inf+nanj): the parts in float repr style without ".0";
 * the real part and the parentheses are left out when it is +0. */
static ai_word c_repr(ai_word o) {
  const AiComplex *z = ai_as_complex(o);
  bool skip_real = z->real == 0.0 && copysign(1.0, z->real) == 1.0;
  char *re = skip_real ? NULL : ai_double_to_string(z->real, 'r', 0, 0);
  char *im = ai_double_to_string(z->imag, 'r', 0, skip_real ? 0 : AI_DTSF_SIGN);
  if ((!skip_real && !re) || !im) {
    free(re);
    free(im);
    return 0;
  }
  char buf[96];
  int n = skip_real ? snprintf(buf, sizeof buf, "%sj", im) : snprintf(buf, sizeof buf, "(%s%sj)", re, im);
  free(re);
  free(im);
  return ai_str_new_ascii(buf, n);
}

/* ---------------------------------------------------------------- attributes, methods */

static ai_word c_getattr(ai_word o, ai_word name, bool *found) {
  const AiStr *n = ai_as_str(name);
  if (n->nbytes == 4 && memcmp(n->data, "real", 4) == 0) {
    *found = true;
    return ai_box_float(ai_as_complex(o)->real);
  }
  if (n->nbytes == 4 && memcmp(n->data, "imag", 4) == 0) {
    *found = true;
    return ai_box_float(ai_as_complex(o)->imag);
  }
  *found = false;
  return 0;
}

static ai_word m_conjugate(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("complex.conjugate", kwnames) || !ai_check_nargs("complex.conjugate", nargs, 0, 0)) return 0;
  return ai_complex_new(ai_as_complex(self)->real, -ai_as_complex(self)->imag);
}

static const ai_method_def complex_methods[] = {{"conjugate", m_conjugate}, {NULL, NULL}};

/* ---------------------------------------------------------------- complex(...) */

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool ascii_ieq(const char *p, const char *word) {
  for (; *word; p++, word++) {
    char c = *p;
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != *word) return false;
  }
  return true;
}

/* The longest prefix of s that is a float in Python's syntax (sign, digits,
 * point, exponent, or inf / infinity / nan), parsed; *end after it (== s: none). */
static double float_prefix(const char *s, const char **end) {
  const char *p = s;
  if (*p == '+' || *p == '-') p++;
  if (ascii_ieq(p, "infinity") || ascii_ieq(p, "inf") || ascii_ieq(p, "nan")) {
    bool nan = ascii_ieq(p, "nan");
    p += nan ? 3 : ascii_ieq(p, "infinity") ? 8 : 3;
    *end = p;
    double v = nan ? NAN : INFINITY;
    return *s == '-' ? -v : v;
  }
  const char *digits = p;
  while (*p >= '0' && *p <= '9') p++;
  bool any = p > digits;
  if (*p == '.') {
    const char *frac = ++p;
    while (*p >= '0' && *p <= '9') p++;
    any = any || p > frac;
  }
  if (!any) {
    *end = s;
    return 0.0;
  }
  if (*p == 'e' || *p == 'E') {
    const char *q = p + 1;
    if (*q == '+' || *q == '-') q++;
    if (*q >= '0' && *q <= '9') {
      while (*q >= '0' && *q <= '9') q++;
      p = q;
    }
  }
  *end = p;
  char small[64];
  size_t n = (size_t)(p - s);
  char *buf = n < sizeof small ? small : malloc(n + 1);
  if (!buf) return 0.0;
  memcpy(buf, s, n);
  buf[n] = 0;
  double v = strtod(buf, NULL);
  if (buf != small) free(buf);
  return v;
}

static ai_word malformed(void) {
  ai_raise(&ai_exc_ValueError, "complex() arg is a malformed string");
  return 0;
}

/* CPython's complex_from_string_inner on an ASCII string: <float>, <float>j,
 * <float><signed-float>j, <float><sign>j, <sign>j, j, optionally in parentheses. */
static ai_word from_ascii(const char *s) {
  double x = 0.0, y = 0.0;
  while (is_space(*s)) s++;
  bool bracket = *s == '(';
  if (bracket) {
    s++;
    while (is_space(*s)) s++;
  }
  const char *end;
  double z = float_prefix(s, &end);
  if (end != s) {
    s = end;
    if (*s == '+' || *s == '-') {
      x = z;
      y = float_prefix(s, &end);
      if (end != s) s = end;
      else y = *s++ == '+' ? 1.0 : -1.0;
      if (*s != 'j' && *s != 'J') return malformed();
      s++;
    } else if (*s == 'j' || *s == 'J') {
      s++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (*s == '+' || *s == '-') y = *s++ == '+' ? 1.0 : -1.0;
    else y = 1.0;
    if (*s != 'j' && *s != 'J') return malformed();
    s++;
  }
  while (is_space(*s)) s++;
  if (bracket) {
    if (*s != ')') return malformed();
    s++;
    while (is_space(*s)) s++;
  }
  if (*s) return malformed();
  return ai_complex_new(x, y);
}

/* complex(str): Unicode spaces read as ' '; single underscores between digits are dropped. */
static ai_word from_string(ai_word sw) {
  AiStr *st = ai_as_str(sw);
  char *buf = malloc((size_t)st->nbytes + 1);
  if (!buf) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  char *o = buf;
  const char *p = st->data, *end = st->data + st->nbytes;
  bool bad_underscore = false;
  char prev = 0;
  while (p < end) {
    uint32_t c;
    p = ai_utf8_decode(p, &c);
    /* a NUL or a non-space beyond ASCII cannot be part of the number: '?' makes it malformed */
    char ch = c != 0 && c < 128 ? (char)c : ai_unicode_isspace(c) ? ' ' : '?';
    if (ch == '_') {
      if (!(prev >= '0' && prev <= '9')) bad_underscore = true;
    } else {
      if (prev == '_' && !(ch >= '0' && ch <= '9')) bad_underscore = true;
      *o++ = ch;
    }
    prev = ch;
  }
  *o = 0;
  if (prev == '_') bad_underscore = true;
  ai_word r;
  if (bad_underscore) {
    ai_word rep = ai_repr_str(sw);
    if (rep) ai_raise_fmt(&ai_exc_ValueError, "could not convert string to complex: %s", ai_as_str(rep)->data);
    r = 0;
  } else {
    r = from_ascii(buf);
  }
  free(buf);
  return r;
}

/* complex(real, imag) (0 for an absent argument). */
ai_word ai_builtin_complex(ai_word real, ai_word imag) {
  if (!real && !imag) return ai_complex_new(0.0, 0.0);
  if (real && ai_is_str(real)) {
    if (imag) {
      ai_raise(&ai_exc_TypeError, "complex() can't take second arg if first is a string");
      return 0;
    }
    return from_string(real);
  }
  if (imag && ai_is_str(imag)) {
    ai_raise(&ai_exc_TypeError, "complex() second arg can't be a string");
    return 0;
  }
  ai_cval r = {0.0, 0.0}, i = {0.0, 0.0};
  if (real) {
    if (ai_is_complex(real) && !imag) return real;
    int k = ai_complex_value(real, &r);
    if (k < 0) return 0;
    if (k == 0) {
      ai_raise_fmt(&ai_exc_TypeError, "complex() first argument must be a string or a number, not '%s'", ai_type_name(real));
      return 0;
    }
  }
  if (imag) {
    int k = ai_complex_value(imag, &i);
    if (k < 0) return 0;
    if (k == 0) {
      ai_raise_fmt(&ai_exc_TypeError, "complex() second argument must be a number, not '%s'", ai_type_name(imag));
      return 0;
    }
  }
  /* complex(a, b) is a + b*1j for complex a and b too */
  double re = r.real, im = i.real;
  if (imag && ai_is_complex(imag)) re -= i.imag;
  if (real && ai_is_complex(real) && imag) im += r.imag;
  return ai_complex_new(re, im);
}

ai_word ai_complex_from_dunder(ai_word r) {
  if (ai_is_complex(r)) return r;
  ai_raise_fmt(&ai_exc_TypeError, "__complex__ returned non-complex (type %s)", ai_type_name(r));
  return 0;
}

/* ---------------------------------------------------------------- registration */

static const AiExtSlots complex_slots = {
    .type = &ai_type_complex,
    .repr = c_repr,
    .richcmp = c_richcmp,
    .binop = c_binop,
    .getattr = c_getattr,
    .methods = complex_methods,
    .hash = c_hash,
    .truth = c_truth,
};

static void complex_register(void) {
  static _Atomic int registered;
  if (registered) return;
  ai_gc_register(&ai_type_complex, AI_GC_LEAF);
  ai_ext_register(&complex_slots);
  registered = 1;
}
