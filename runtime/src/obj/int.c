/*
 * obj/int.c — int operations: tiny fast paths on small ints, everything else
 * handed to the cold functions of obj/bigint.c.
 *
 * Tag arithmetic (a = 2x+1, b = 2y+1):
 *   a + (b-1) = 2(x+y)+1     a - (b-1) = 2(x-y)+1     (a>>1)*(b-1) + 1 = 2xy+1
 * and int64 overflow of those is exactly "does not fit 63 bits".
 */
#include "obj/int.h"
#include "obj/bytes.h"

#include "exc/exception.h"
#include "obj/str.h"

#include <math.h>
#include <stdlib.h>

static AI_COLD ai_word add_slow(ai_word a, ai_word b) { return ai_bigint_add(a, b); }
static AI_COLD ai_word sub_slow(ai_word a, ai_word b) { return ai_bigint_sub(a, b); }
static AI_COLD ai_word mul_slow(ai_word a, ai_word b) { return ai_bigint_mul(a, b); }
static AI_COLD ai_word floordiv_slow(ai_word a, ai_word b) { return ai_bigint_floordiv(a, b); }
static AI_COLD ai_word mod_slow(ai_word a, ai_word b) { return ai_bigint_mod(a, b); }
static AI_COLD ai_word neg_slow(ai_word a) { return ai_bigint_neg(a); }
static AI_COLD int cmp_slow(ai_word a, ai_word b) { return ai_bigint_cmp(a, b); }

ai_word ai_int_from_i64(int64_t v) {
  if (AI_LIKELY(ai_fits_small(v))) return ai_small(v);
  return ai_bigint_from_u64(v < 0 ? -1 : 1, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
}

ai_word ai_int_from_decimal(const char *digits, int64_t n) {
  if (n <= 18) {
    int64_t v = 0;
    for (int64_t i = 0; i < n; i++) v = v * 10 + (digits[i] - '0');
    return ai_int_from_i64(v);
  }
  return ai_bigint_from_decimal(digits, n);
}

ai_word ai_int_add(ai_word a, ai_word b) {
  ai_word r;
  if (AI_LIKELY(a & b & 1) && !__builtin_add_overflow(a, b - 1, &r)) return r;
  return add_slow(a, b);
}

ai_word ai_int_sub(ai_word a, ai_word b) {
  ai_word r;
  if (AI_LIKELY(a & b & 1) && !__builtin_sub_overflow(a, b - 1, &r)) return r;
  return sub_slow(a, b);
}

ai_word ai_int_mul(ai_word a, ai_word b) {
  ai_word r;
  if (AI_LIKELY(a & b & 1) && !__builtin_mul_overflow(a >> 1, b - 1, &r)) return r + 1;
  return mul_slow(a, b);
}

ai_word ai_int_floordiv(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) {
    int64_t x = a >> 1, y = b >> 1;
    if (AI_LIKELY(y > 0 || y < -1)) {
      int64_t q = x / y, r = x % y;
      if (r != 0 && ((r ^ y) < 0)) q--;
      return ai_small(q);
    }
  }
  return floordiv_slow(a, b);
}

ai_word ai_int_mod(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) {
    int64_t x = a >> 1, y = b >> 1;
    if (AI_LIKELY(y != 0)) {
      int64_t r = x % y;
      if (r != 0 && ((r ^ y) < 0)) r += y;
      return ai_small(r);
    }
  }
  return mod_slow(a, b);
}

ai_word ai_int_neg(ai_word a) {
  ai_word r;
  if (AI_LIKELY(a & 1) && !__builtin_sub_overflow((ai_word)2, a, &r)) return r;
  return neg_slow(a);
}

ai_word ai_int_abs(ai_word a) {
  if (AI_LIKELY(a & 1) && a != ai_small(AI_SMALL_MIN)) return a < 0 ? 2 - a : a;
  return ai_bigint_abs(a);
}

ai_word ai_int_invert(ai_word a) {
  if (AI_LIKELY(a & 1)) return ~a | 1;
  return ai_bigint_invert(a);
}

ai_word ai_int_and(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) return a & b;
  return ai_bigint_bitop(AI_AND, a, b);
}

ai_word ai_int_or(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) return a | b;
  return ai_bigint_bitop(AI_OR, a, b);
}

ai_word ai_int_xor(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) return (a ^ b) | 1;
  return ai_bigint_bitop(AI_XOR, a, b);
}

ai_word ai_int_lshift(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) {
    int64_t x = a >> 1, s = b >> 1;
    if (s >= 0 && s < 62) {
      int64_t r = (int64_t)((uint64_t)x << s);
      if ((r >> s) == x && ai_fits_small(r)) return ai_small(r);
    }
  }
  return ai_bigint_lshift(a, b);
}

ai_word ai_int_rshift(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) {
    int64_t x = a >> 1, s = b >> 1;
    if (s >= 0) return ai_small(x >> (s > 63 ? 63 : s));
  }
  return ai_bigint_rshift(a, b);
}

ai_word ai_int_pow(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) {
    int64_t base = a >> 1, e = b >> 1, r = 1;
    if (e >= 0) {
      bool ok = true;
      while (e > 0) {
        if (e & 1) ok &= !__builtin_mul_overflow(r, base, &r);
        e >>= 1;
        if (e) ok &= !__builtin_mul_overflow(base, base, &base);
        if (!ok) break;
      }
      if (ok && ai_fits_small(r)) return ai_small(r);
    }
  }
  if (ai_int_sign(b) < 0) { /* defensive: the compiler routes this to pow_float */
    ai_raise(&ai_exc_ValueError, "unsupported: negative exponent in ai_int_pow");
    return 0;
  }
  return ai_bigint_pow(a, b);
}

double ai_int_pow_float(ai_word a, ai_word b) {
  double fa = ai_int_to_float(a);
  if (ai_exc_pending()) return 0.0;
  double fb = ai_int_to_float(b);
  if (ai_exc_pending()) return 0.0;
  return ai_float_pow(fa, fb);
}

double ai_int_truediv(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) {
    int64_t x = a >> 1, y = b >> 1;
    const int64_t lim = (int64_t)1 << 53;
    if (y != 0 && x <= lim && x >= -lim && y <= lim && y >= -lim) return (double)x / (double)y;
  }
  return ai_bigint_truediv(a, b);
}

int ai_int_sign(ai_word a) {
  if (AI_LIKELY(a & 1)) return (a > 1) - (a < 1);
  return ai_as_int(a)->size < 0 ? -1 : 1;
}

int ai_int_cmp(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) return (a > b) - (a < b);
  return cmp_slow(a, b);
}

bool ai_int_eq(ai_word a, ai_word b) {
  if (a == b) return true;
  if ((a | b) & 1) return false; /* normalised: small never equals big */
  return cmp_slow(a, b) == 0;
}

bool ai_int_lt(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) return a < b;
  return cmp_slow(a, b) < 0;
}

bool ai_int_le(ai_word a, ai_word b) {
  if (AI_LIKELY(a & b & 1)) return a <= b;
  return cmp_slow(a, b) <= 0;
}

static AI_COLD int int_float_cmp_slow(ai_word a, double f) {
  if (isinf(f)) return f > 0 ? -1 : 1;
  double fl = floor(f);
  ai_word fi = ai_int_from_float(fl);
  if (!fi) { /* cannot happen for finite f; be safe */
    ai_exc_clear();
    return 0;
  }
  int c = ai_int_cmp(a, fi);
  if (c != 0) return c;
  return f > fl ? -1 : 0;
}

int ai_int_float_cmp(ai_word a, double f) {
  if (AI_UNLIKELY(f != f)) return 2;
  if (AI_LIKELY(a & 1)) {
    int64_t x = a >> 1;
    const int64_t lim = (int64_t)1 << 53;
    if (x <= lim && x >= -lim) {
      double dx = (double)x;
      return (dx > f) - (dx < f);
    }
  }
  return int_float_cmp_slow(a, f);
}

bool ai_int_is_true(ai_word a) { return a != ai_small(0); }

static AI_COLD double to_float_slow(ai_word a) {
  bool overflow;
  double d = ai_bigint_to_double(a, &overflow);
  if (overflow) {
    ai_raise(&ai_exc_OverflowError, "int too large to convert to float");
    return -1.0;
  }
  return d;
}

double ai_int_to_float(ai_word a) {
  if (AI_LIKELY(a & 1)) return (double)(a >> 1); /* correctly rounded by the CPU */
  return to_float_slow(a);
}

static AI_COLD ai_word from_float_slow(double f) {
  if (f != f) {
    ai_raise(&ai_exc_ValueError, "cannot convert float NaN to integer");
    return 0;
  }
  if (isinf(f)) {
    ai_raise(&ai_exc_OverflowError, "cannot convert float infinity to integer");
    return 0;
  }
  return ai_bigint_from_double(trunc(f));
}

ai_word ai_int_from_float(double f) {
  if (AI_LIKELY(f > -4.611686018427387904e18 && f < 4.611686018427387904e18)) return ai_small((int64_t)f);
  return from_float_slow(f);
}

bool ai_int_to_i64(ai_word a, int64_t *out) {
  if (AI_LIKELY(a & 1)) {
    *out = a >> 1;
    return true;
  }
  AiInt *b = ai_as_int(a);
  int64_t n = b->size < 0 ? -b->size : b->size;
  if (n > 2) return false;
  uint64_t m = b->d[0] | (n == 2 ? (uint64_t)b->d[1] << 32 : 0);
  if (b->size > 0) {
    if (m > (uint64_t)INT64_MAX) return false;
    *out = (int64_t)m;
  } else {
    if (m > (uint64_t)INT64_MAX + 1) return false;
    *out = (int64_t)(0 - m);
  }
  return true;
}

ai_word ai_str_of_int(ai_word a) {
  if (AI_LIKELY(a & 1)) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)(a >> 1));
    return ai_str_new_ascii(buf, n);
  }
  size_t len;
  char *s = ai_int_to_base(a, 10, &len);
  if (!s) return 0;
  ai_word r = ai_str_new_ascii(s, (int64_t)len);
  free(s);
  return r;
}

/* int(str): CPython's rules for base 10 (whitespace, sign, single underscores
 * between digits, the 4300-digit limit). Non-ASCII digits are not accepted. */
/* int(s, base): base 0 reads the prefix as a literal does (0x, 0o, 0b; no
 * leading zeros otherwise); bases 2..36 accept their own prefix. */
ai_word ai_int_from_str_base(ai_word sw, ai_word basew) {
  if (!ai_is_small(basew)) {
    ai_raise(&ai_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return 0;
  }
  int64_t base = ai_small_val(basew);
  if (base != 0 && (base < 2 || base > 36)) {
    ai_raise(&ai_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return 0;
  }
  /* int(b'ff', 16), int(bytearray(b'17'), 8): the bytes read as ASCII text (other bytes are never digits
   * nor ASCII whitespace); errors show the bytes' own repr. */
  ai_word shown = 0;
  if (!ai_is_small(sw) && ai_is_byteslike(sw)) {
    AiBytes *b = ai_as_bytes(sw);
    char *text = malloc((size_t)b->len + 1);
    if (!text) {
      ai_raise(&ai_exc_MemoryError, NULL);
      return 0;
    }
    for (int64_t i = 0; i < b->len; i++) text[i] = b->data[i] < 0x80 ? (char)b->data[i] : '\x01'; /* never a digit */
    shown = sw;
    sw = ai_str_from_utf8(text, b->len);
    free(text);
    if (!sw) return 0;
  }
  if (ai_is_small(sw) || !ai_is_str(sw)) {
    ai_raise(&ai_exc_TypeError, "int() can't convert non-string with explicit base");
    return 0;
  }
  if (base == 10 && !shown) return ai_int_from_str(sw);
  AiStr *s = ai_as_str(sw);
  const char *p = s->data, *end = s->data + s->nbytes;
  p = ai_utf8_skip_space(p, end);
  end = ai_utf8_rskip_space(p, end);
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  int64_t given = base;
  if (end - p >= 2 && p[0] == '0') {
    char x = (char)(p[1] | 0x20);
    int64_t prefixed = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
    if (prefixed && (base == 0 || base == prefixed)) {
      base = prefixed;
      p += 2;
      if (p < end && *p == '_') p++;
    }
  }
  bool base0_decimal = base == 0;
  if (base == 0) base = 10;
  const char *digits_start = p;
  ai_word r = ai_small(0);
  int64_t ndigits = 0, nonzero = 0;
  bool prev_us = true; /* no leading underscore */
  for (; p < end; p++) {
    char c = *p;
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : -1;
    if (c == '_' && !prev_us) {
      prev_us = true;
      continue;
    }
    if (d < 0 || d >= base) goto invalid;
    prev_us = false;
    ndigits++;
    if (d) nonzero++;
    r = ai_int_add(ai_int_mul(r, ai_small(base)), ai_small(d));
    if (!r) return 0;
  }
  if (ndigits == 0 || prev_us) goto invalid;
  /* base 0 without a prefix reads a decimal literal, where 007 is invalid but 000 is fine */
  if (base0_decimal && *digits_start == '0' && nonzero) goto invalid;
  return negative ? ai_int_neg(r) : r;
invalid: {
  ai_word rep = shown ? ai_obj_repr(shown) : ai_repr_str(sw);
  if (!rep) return 0;
  AiStr *rs = ai_as_str(rep);
  int64_t nb = ai_utf8_prefix_bytes(rs->data, rs->nbytes, 200);
  ai_raise_fmt(&ai_exc_ValueError, "invalid literal for int() with base %lld: %.*s", (long long)given, (int)nb, rs->data);
  return 0;
}
}

ai_word ai_int_from_str(ai_word sw) {
  AiStr *s = ai_as_str(sw);
  const char *p = s->data, *end = s->data + s->nbytes;
  p = ai_utf8_skip_space(p, end);
  end = ai_utf8_rskip_space(p, end);
  int sign = 1;
  if (p < end && (*p == '+' || *p == '-')) {
    if (*p == '-') sign = -1;
    p++;
  }
  if (p >= end || !(*p >= '0' && *p <= '9')) goto invalid;
  char *digits = malloc((size_t)(end - p) + 1);
  if (!digits) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  int64_t nd = 0;
  bool prev_us = false;
  for (const char *q = p; q < end; q++) {
    if (*q >= '0' && *q <= '9') {
      digits[nd++] = *q;
      prev_us = false;
    } else if (*q == '_' && !prev_us && q > p) {
      prev_us = true;
    } else {
      free(digits);
      goto invalid;
    }
  }
  if (prev_us) {
    free(digits);
    goto invalid;
  }
  if (nd > AI_INT_MAX_STR_DIGITS) {
    free(digits);
    ai_raise_fmt(&ai_exc_ValueError,
                 "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; "
                 "use sys.set_int_max_str_digits() to increase the limit",
                 AI_INT_MAX_STR_DIGITS, (long long)nd);
    return 0;
  }
  int64_t skip = 0;
  while (skip < nd - 1 && digits[skip] == '0') skip++;
  ai_word r = ai_int_from_decimal(digits + skip, nd - skip);
  free(digits);
  if (r && sign < 0) r = ai_int_neg(r);
  return r;
invalid: {
  ai_word rep = ai_repr_str(sw);
  if (!rep) return 0;
  AiStr *rs = ai_as_str(rep);
  /* %.200R: the repr is cut to 200 code points */
  int64_t nb = ai_utf8_prefix_bytes(rs->data, rs->nbytes, 200);
  ai_raise_fmt(&ai_exc_ValueError, "invalid literal for int() with base 10: %.*s", (int)nb, rs->data);
  return 0;
}
}
