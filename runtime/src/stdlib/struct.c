/*
 * stdlib/struct.c — IEEE 754 packing for struct's 'e', 'f' and 'd' formats
 * (CPython's PyFloat_Pack2/4/8 and PyFloat_Unpack2/4/8): half floats rounded
 * half-to-even, "float too large to pack with e format" past their range.
 * Everything else of struct is Python (compiler/pylib/struct.py).
 */
#include "stdlib/struct.h"

#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"

#include <math.h>

static bool to_double(ai_word x, double *out) {
  if (ai_is_float(x)) *out = ai_unbox_float(x);
  else if (ai_is_bool(x)) *out = x == AI_TRUE_W ? 1.0 : 0.0;
  else if (ai_is_int(x)) {
    *out = ai_int_to_float(x);
    if (ai_exc_pending()) return false;
  } else {
    ai_raise(&ai_exc_TypeError, "required argument is not a float");
    return false;
  }
  return true;
}

static bool pack2(double x, uint16_t *out) {
  unsigned sign;
  int e;
  unsigned bits;
  if (x == 0.0) {
    sign = signbit(x) != 0;
    e = 0;
    bits = 0;
  } else if (isinf(x)) {
    sign = x < 0.0;
    e = 0x1f;
    bits = 0;
  } else if (isnan(x)) {
    sign = signbit(x) != 0;
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0.0;
    if (sign) x = -x;
    double f = frexp(x, &e);
    f *= 2.0;
    e--;
    if (e >= 16) goto overflow;
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = (unsigned)f;
    if ((f - bits > 0.5) || ((f - bits == 0.5) && (bits % 2 == 1))) {
      ++bits;
      if (bits == 1024) {
        bits = 0;
        ++e;
        if (e == 31) goto overflow;
      }
    }
  }
  *out = (uint16_t)(bits | ((unsigned)e << 10) | (sign << 15));
  return true;
overflow:
  ai_raise(&ai_exc_OverflowError, "float too large to pack with e format");
  return false;
}

static double unpack2(uint16_t v) {
  int sign = (v >> 15) & 1, e = (v >> 10) & 0x1f;
  unsigned f = v & 0x3ff;
  if (e == 0x1f) {
    if (f == 0) return sign ? -INFINITY : INFINITY;
    return sign ? -NAN : NAN;
  }
  double x = (double)f / 1024.0;
  if (e == 0) e = -14;
  else {
    x += 1.0;
    e -= 15;
  }
  x = ldexp(x, e);
  return sign ? -x : x;
}

/* copies n bytes of a value in host order (little-endian hosts) into the wanted order */
static void put(uint8_t *dst, const void *src, int n, bool little) {
  const uint8_t *s = src;
  for (int i = 0; i < n; i++) dst[i] = little ? s[i] : s[n - 1 - i];
}

ai_word ai_struct_pack_float(ai_word x, ai_word size, ai_word little) {
  double d;
  if (!to_double(x, &d)) return 0;
  bool le = little == AI_TRUE_W;
  uint8_t out[8];
  int n = (int)ai_small_val(size);
  if (n == 2) {
    uint16_t h;
    if (!pack2(d, &h)) return 0;
    put(out, &h, 2, le);
  } else if (n == 4) {
    float f = (float)d;
    if (isinf(f) && !isinf(d)) {
      ai_raise(&ai_exc_OverflowError, "float too large to pack with f format");
      return 0;
    }
    put(out, &f, 4, le);
  } else {
    put(out, &d, 8, le);
  }
  return ai_bytes_from(out, n);
}

ai_word ai_struct_unpack_float(ai_word data, ai_word offset, ai_word size, ai_word little) {
  const uint8_t *p;
  int64_t len;
  if (!ai_bytes_arg(data, &p, &len)) return 0;
  int64_t off = ai_small_val(offset);
  int n = (int)ai_small_val(size);
  if (off < 0 || off + n > len) {
    ai_raise(&ai_exc_ValueError, "buffer too small");
    return 0;
  }
  bool le = little == AI_TRUE_W;
  uint8_t host[8];
  put(host, p + off, n, le); /* the same swap turns the stored order into the host's */
  if (n == 2) {
    uint16_t h;
    memcpy(&h, host, 2);
    return ai_box_float(unpack2(h));
  }
  if (n == 4) {
    float f;
    memcpy(&f, host, 4);
    return ai_box_float((double)f);
  }
  double d;
  memcpy(&d, host, 8);
  return ai_box_float(d);
}
