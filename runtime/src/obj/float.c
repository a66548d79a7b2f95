/*
 * obj/float.c — float arithmetic with CPython's special cases, repr and
 * float(str), round().
 *
 * Decimal conversion relies on the C library being correctly rounded (glibc's
 * printf/strtod are exact), which gives the same digits as CPython's dtoa.c.
 */
#include "obj/float.h"

#include "exc/exception.h"
#include "obj/int.h"
#include "obj/str.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

ai_word ai_box_float(double f) {
  AiFloat *b = ai_alloc(sizeof(AiFloat));
  if (!b) return 0;
  b->type = &ai_type_float;
  b->value = f;
  return ai_w(b);
}

double ai_unbox_float(ai_word w) { return ai_as_float(w)->value; }

/* ------------------------------------------------------------ arithmetic */

static AI_COLD double zero_div(const char *msg) {
  ai_raise(&ai_exc_ZeroDivisionError, msg);
  return -1.0;
}

double ai_float_truediv(double a, double b) {
  if (AI_UNLIKELY(b == 0.0)) return zero_div("float division by zero");
  return a / b;
}

double ai_float_floordiv(double vx, double wx) {
  if (AI_UNLIKELY(wx == 0.0)) return zero_div("float floor division by zero");
  double mod = fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) div -= 1.0;
  }
  double floordiv;
  if (div) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, vx / wx);
  }
  return floordiv;
}

double ai_float_mod(double vx, double wx) {
  if (AI_UNLIKELY(wx == 0.0)) return zero_div("float modulo");
  double mod = fmod(vx, wx);
  if (mod) {
    if ((wx < 0) != (mod < 0)) mod += wx;
  } else {
    mod = copysign(0.0, wx);
  }
  return mod;
}

/* libm's pow, called through a pointer the optimiser cannot see through. Release builds inline the
 * runtime into the program, and LLVM rewrites pow(x, 2.0) as x * x, pow(x, -1.0) as 1 / x and pow(2.0, x)
 * as exp2(x) where the exponent is a constant there; CPython calls pow, whose result differs from the
 * correctly rounded x * x in the last bit for about one x in a thousand (glibc 2.36), so a program
 * squaring with `y ** 2` drifted from CPython's numbers. */
static double (*volatile const libm_pow)(double, double) = pow;

double ai_libm_pow(double x, double y) { return libm_pow(x, y); }

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

double ai_float_pow(double iv, double iw) {
  bool negate = false;
  if (iw == 0) return 1.0;
  if (isnan(iv)) return iv;
  if (isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (isinf(iw)) {
    iv = fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return fabs(iw);
    return 0.0;
  }
  if (isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : fabs(iv);
    return odd ? copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) {
      ai_raise(&ai_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return -1.0;
    }
    return odd ? iv : 0.0;
  }
  if (iv < 0.0) {
    if (iw != floor(iw)) {
      ai_raise(&ai_exc_ValueError, "unsupported: complex result of float power");
      return -1.0;
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  double ix = ai_libm_pow(iv, iw);
  if (isinf(ix)) {
    ai_raise(&ai_exc_OverflowError, "(34, 'Numerical result out of range')");
    return -1.0;
  }
  return negate ? -ix : ix;
}

/* ------------------------------------------------------------ digits */

/* Parses "d.ddddde[+-]xx" (from %.*e) into digits/decpt. */
static void parse_e(const char *buf, char *digits, int *nd, int *decpt) {
  int n = 0;
  const char *p = buf;
  for (; *p && *p != 'e'; p++)
    if (*p >= '0' && *p <= '9') digits[n++] = *p;
  int e = atoi(p + 1);
  *decpt = e + 1;
  *nd = n;
}

static int strip_zeros(char *digits, int n) {
  while (n > 1 && digits[n - 1] == '0') n--;
  digits[n] = 0;
  return n;
}

/* Round the digit string d (len n, value 0.d * 10^decpt) to keep digits,
 * half-even; result written back into d. */
static void round_digits(char *d, int *n, int *decpt, int keep) {
  if (keep >= *n) return;
  if (keep < 0) {
    *n = 0;
    d[0] = 0;
    return;
  }
  bool up;
  char next = d[keep];
  bool rest_nonzero = false;
  for (int i = keep + 1; i < *n; i++)
    if (d[i] != '0') rest_nonzero = true;
  if (next > '5' || (next == '5' && rest_nonzero)) up = true;
  else if (next == '5') up = keep > 0 ? ((d[keep - 1] - '0') & 1) : false;
  else up = false;
  *n = keep;
  if (up) {
    int i = keep - 1;
    while (i >= 0 && d[i] == '9') d[i--] = '0';
    if (i >= 0)
      d[i]++;
    else {
      memmove(d + 1, d, (size_t)keep);
      d[0] = '1';
      (*n)++;
      (*decpt)++;
    }
  }
  while (*n > 0 && d[*n - 1] == '0') (*n)--;
  d[*n] = 0;
}

char *ai_dtoa(double x, int mode, int ndigits, int *decpt, int *sign) {
  *sign = signbit(x) ? 1 : 0;
  x = fabs(x);
  if (x == 0.0) {
    char *r = malloc(2);
    if (!r) return NULL;
    strcpy(r, "0");
    *decpt = 1;
    return r;
  }
  char buf[64];
  if (mode == 0) {
    char *digits = malloc(32);
    if (!digits) return NULL;
    int nd = 0;
    /* A decimal of at most 15 significant digits that round-trips is the
     * nearest 15-digit decimal to x (15-digit decimals are spaced more than
     * twice as widely as doubles), so when that one round-trips, it with
     * its trailing zeros stripped is the shortest: one try instead of up
     * to 15. Otherwise the answer has 16 or 17 digits. (Not for subnormals,
     * whose doubles are spaced more widely.) */
    int first = 1;
    if (x >= DBL_MIN) {
      snprintf(buf, sizeof buf, "%.14e", x);
      parse_e(buf, digits, &nd, decpt);
      if (strtod(buf, NULL) == x) {
        strip_zeros(digits, nd);
        return digits;
      }
      first = 16;
    }
    for (int p = first; p <= 17; p++) {
      snprintf(buf, sizeof buf, "%.*e", p - 1, x);
      double back = strtod(buf, NULL);
      parse_e(buf, digits, &nd, decpt);
      if (back == x) break;
      /* At a power of two the interval below x is half as wide as the one
       * above: the next p-digit string above x may round-trip although the
       * nearest one (below) does not. */
      if (back < x && p < 17) {
        char up[32];
        memcpy(up, digits, (size_t)nd);
        int i = nd - 1, dp = *decpt;
        while (i >= 0 && up[i] == '9') up[i--] = '0';
        int un = nd;
        if (i >= 0)
          up[i]++;
        else {
          memmove(up + 1, up, (size_t)nd);
          up[0] = '1';
          un++;
          dp++;
        }
        char tmp[64];
        snprintf(tmp, sizeof tmp, "0.%.*se%d", un, up, dp);
        if (strtod(tmp, NULL) == x) {
          memcpy(digits, up, (size_t)un);
          nd = un;
          *decpt = dp;
          break;
        }
      }
    }
    strip_zeros(digits, nd);
    return digits;
  }
  if (mode == 2) {
    int n = ndigits < 1 ? 1 : ndigits;
    size_t sz = (size_t)n + 32;
    char *tmp = malloc(sz);
    char *digits = malloc(sz);
    if (!tmp || !digits) {
      free(tmp);
      free(digits);
      return NULL;
    }
    snprintf(tmp, sz, "%.*e", n - 1, x);
    int nd;
    parse_e(tmp, digits, &nd, decpt);
    free(tmp);
    strip_zeros(digits, nd);
    return digits;
  }
  /* mode 3 */
  if (ndigits >= 0) {
    int len = snprintf(NULL, 0, "%.*f", ndigits, x);
    char *tmp = malloc((size_t)len + 1);
    char *digits = malloc((size_t)len + 2);
    if (!tmp || !digits) {
      free(tmp);
      free(digits);
      return NULL;
    }
    snprintf(tmp, (size_t)len + 1, "%.*f", ndigits, x);
    int n = 0, intdigits = 0;
    bool seen_point = false;
    for (const char *p = tmp; *p; p++) {
      if (*p == '.') {
        seen_point = true;
        continue;
      }
      if (!seen_point) intdigits++;
      digits[n++] = *p;
    }
    free(tmp);
    int lead = 0;
    while (lead < n && digits[lead] == '0') lead++;
    memmove(digits, digits + lead, (size_t)(n - lead));
    n -= lead;
    *decpt = intdigits - lead;
    while (n > 0 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    if (n == 0) *decpt = -ndigits;
    return digits;
  }
  /* negative ndigits: exact expansion (a double has at most 767 significant
   * digits), then round half-even ourselves */
  char *digits = malloc(800);
  if (!digits) return NULL;
  snprintf(digits, 800, "%.780e", x);
  int nd;
  parse_e(digits, digits, &nd, decpt);
  int keep = *decpt + ndigits;
  round_digits(digits, &nd, decpt, keep);
  digits[nd] = 0;
  if (nd == 0) *decpt = -ndigits;
  return digits;
}

/* CPython's format_float_short (Python/pystrtod.c). */
char *ai_double_to_string(double x, char format_code, int precision, int flags) {
  bool upper = false;
  int mode;
  switch (format_code) {
  case 'E': upper = true; format_code = 'e'; /* fallthrough */
  case 'e': mode = 2; precision++; break;
  case 'F': upper = true; format_code = 'f'; /* fallthrough */
  case 'f': mode = 3; break;
  case 'G': upper = true; format_code = 'g'; /* fallthrough */
  case 'g': mode = 2; if (precision == 0) precision = 1; break;
  default: /* 'r' */ format_code = 'r'; mode = 0; precision = 17; break;
  }
  bool always_add_sign = flags & AI_DTSF_SIGN, add_dot_0 = flags & AI_DTSF_ADD_DOT_0,
       alt = flags & AI_DTSF_ALT, no_neg_0 = flags & AI_DTSF_NO_NEG_0;
  char *out;
  if (isnan(x) || isinf(x)) {
    out = malloc(8);
    if (!out) goto oom;
    char *p = out;
    if (isinf(x)) {
      if (signbit(x)) *p++ = '-';
      else if (always_add_sign) *p++ = '+';
      strcpy(p, upper ? "INF" : "inf");
    } else {
      /* a NaN's sign bit is ignored, but a requested sign is still written */
      if (always_add_sign) *p++ = '+';
      strcpy(p, upper ? "NAN" : "nan");
    }
    return out;
  }
  int decpt, sign;
  char *digits = ai_dtoa(x, mode, precision, &decpt, &sign);
  if (!digits) goto oom;
  int64_t digits_len = (int64_t)strlen(digits);
  if (no_neg_0 && sign == 1 && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) sign = 0;
  int64_t vdigits_end = digits_len, vdigits_start;
  bool use_exp = false;
  int64_t dp = decpt;
  switch (format_code) {
  case 'e': use_exp = true; vdigits_end = precision; break;
  case 'f': vdigits_end = dp + precision; break;
  case 'g':
    if (dp <= -4 || dp > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
    if (alt) vdigits_end = precision;
    break;
  default:
    if (dp <= -4 || dp > 16) use_exp = true;
    break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = dp - 1;
    dp = 1;
  }
  vdigits_start = dp <= 0 ? dp - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = vdigits_end > dp ? vdigits_end : dp + 1;
  else
    vdigits_end = vdigits_end > dp ? vdigits_end : dp;
  size_t bufsize = (size_t)(3 + (vdigits_end - vdigits_start) + 8 + 16);
  out = malloc(bufsize);
  if (!out) {
    free(digits);
    goto oom;
  }
  char *p = out;
  if (sign == 1) *p++ = '-';
  else if (always_add_sign) *p++ = '+';
  if (dp <= 0) {
    memset(p, '0', (size_t)(dp - vdigits_start));
    p += dp - vdigits_start;
    *p++ = '.';
    memset(p, '0', (size_t)(0 - dp));
    p += 0 - dp;
  } else {
    memset(p, '0', (size_t)(0 - vdigits_start));
    p += 0 - vdigits_start;
  }
  if (0 < dp && dp <= digits_len) {
    memcpy(p, digits, (size_t)dp);
    p += dp;
    *p++ = '.';
    memcpy(p, digits + dp, (size_t)(digits_len - dp));
    p += digits_len - dp;
  } else {
    memcpy(p, digits, (size_t)digits_len);
    p += digits_len;
  }
  if (digits_len < dp) {
    memset(p, '0', (size_t)(dp - digits_len));
    p += dp - digits_len;
    *p++ = '.';
    memset(p, '0', (size_t)(vdigits_end - dp));
    p += vdigits_end - dp;
  } else {
    memset(p, '0', (size_t)(vdigits_end - digits_len));
    p += vdigits_end - digits_len;
  }
  if (p[-1] == '.' && !alt) p--;
  if (use_exp) {
    *p++ = upper ? 'E' : 'e';
    p += sprintf(p, "%+.02d", (int)exp);
  }
  *p = 0;
  free(digits);
  return out;
oom:
  ai_raise(&ai_exc_MemoryError, NULL);
  return NULL;
}

ai_word ai_str_of_float(double f) {
  char *s = ai_double_to_string(f, 'r', 0, AI_DTSF_ADD_DOT_0);
  if (!s) return 0;
  ai_word r = ai_str_new_ascii(s, (int64_t)strlen(s));
  free(s);
  return r;
}

/* ------------------------------------------------------------ float(str) */

static bool ieq(const char *p, size_t n, const char *word) {
  if (strlen(word) != n) return false;
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

static bool isdig(char c) { return c >= '0' && c <= '9'; }

/* Validates CPython's float syntax (with single underscores between digits)
 * and copies it without underscores into out. */
static bool float_syntax(const char *p, const char *end, char *out) {
  char *o = out;
  const char *s0 = p;
  if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
  size_t rest = (size_t)(end - p);
  if (ieq(p, rest, "inf") || ieq(p, rest, "infinity") || ieq(p, rest, "nan")) {
    memcpy(o, p, rest);
    o[rest] = 0;
    return true;
  }
  int ndig = 0;
  /* digitpart: digit (["_"] digit)* */
#define DIGITPART()                                                                                          \
  do {                                                                                                       \
    while (p < end && (isdig(*p) || (*p == '_' && p + 1 < end && isdig(p[1]) && p > s0 && isdig(p[-1])))) { \
      if (*p != '_') {                                                                                       \
        *o++ = *p;                                                                                           \
        ndig++;                                                                                              \
      }                                                                                                      \
      p++;                                                                                                   \
    }                                                                                                        \
  } while (0)
  DIGITPART();
  int intdig = ndig;
  if (p < end && *p == '.') {
    *o++ = *p++;
    if (p < end && *p == '_') return false;
    int before = ndig;
    DIGITPART();
    if (ndig == before && intdig == 0) return false;
  }
  if (ndig == 0) return false;
  if (p < end && (*p == 'e' || *p == 'E')) {
    *o++ = *p++;
    if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
    if (p >= end || !isdig(*p)) return false;
    DIGITPART();
  }
#undef DIGITPART
  *o = 0;
  return p == end;
}

double ai_float_from_str(ai_word sw) {
  AiStr *s = ai_as_str(sw);
  const char *p = ai_utf8_skip_space(s->data, s->data + s->nbytes);
  const char *end = ai_utf8_rskip_space(p, s->data + s->nbytes);
  char small[128];
  char *buf = (size_t)(end - p) + 1 <= sizeof small ? small : malloc((size_t)(end - p) + 1);
  if (!buf) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return -1.0;
  }
  double r = 0.0;
  bool ok = p < end && float_syntax(p, end, buf);
  if (ok) r = strtod(buf, NULL);
  if (buf != small) free(buf);
  if (ok) return r;
  ai_word rep = ai_repr_str(sw);
  if (!rep) return -1.0;
  ai_raise_fmt(&ai_exc_ValueError, "could not convert string to float: %s", ai_as_str(rep)->data);
  return -1.0;
}

/* ------------------------------------------------------------ round */

ai_word ai_float_round(double x) {
  double rounded = round(x);
  if (fabs(x - rounded) == 0.5) rounded = 2.0 * round(x / 2.0);
  return ai_int_from_float(rounded);
}

double ai_float_round_ndigits(double x, int64_t ndigits) {
  const int64_t ndigits_max = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  const int64_t ndigits_min = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
  if (!isfinite(x)) return x;
  if (ndigits > ndigits_max) return x;
  if (ndigits < ndigits_min) return 0.0 * x;
  int decpt, sign;
  char *digits = ai_dtoa(x, 3, (int)ndigits, &decpt, &sign);
  if (!digits) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return -1.0;
  }
  size_t n = strlen(digits);
  char *buf = malloc(n + 32);
  if (!buf) {
    free(digits);
    ai_raise(&ai_exc_MemoryError, NULL);
    return -1.0;
  }
  snprintf(buf, n + 32, "%s0%se%d", sign ? "-" : "", digits, decpt - (int)n);
  free(digits);
  errno = 0;
  double r = strtod(buf, NULL);
  bool range = errno == ERANGE && fabs(r) >= 1.0;
  free(buf);
  if (range) {
    ai_raise(&ai_exc_OverflowError, "rounded value too large to represent");
    return -1.0;
  }
  return r;
}
