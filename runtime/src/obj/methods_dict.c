/*
 * obj/methods_dict.c — methods of dict, set, frozenset, the dict views, int
 * and float (CPython 3.11 semantics and wording).
 */
#include "obj/containers.h"

#include "exc/exception.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/meth_args.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define D ai_as_dict(self)

/* ------------------------------------------------------------ dict */

static ai_word d_get(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("get", kw) || !ai_check_nargs("get", nargs, 1, 2)) return 0;
  return ai_dict_get_default(self, args[0], nargs > 1 ? args[1] : AI_NONE_W);
}

static ai_word d_setdefault(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("setdefault", kw) || !ai_check_nargs("setdefault", nargs, 1, 2)) return 0;
  int64_t h = ai_hash_fast(args[0]);
  if (h == -1) return 0;
  int64_t ix = ai_dict_lookup(D, args[0], h);
  if (ix == -2) return 0;
  if (ix >= 0) return D->entries[ix].value;
  ai_word v = nargs > 1 ? args[1] : AI_NONE_W;
  return ai_dict_set_hashed(D, args[0], h, v) ? v : 0;
}

static ai_word d_pop(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("pop", kw) || !ai_check_nargs("pop", nargs, 1, 2)) return 0;
  ai_word v;
  int r = ai_dict_del(D, args[0], &v);
  if (r < 0) return 0;
  if (r) return v;
  if (nargs > 1) return args[1];
  return ai_keyerror(args[0]);
}

static ai_word d_popitem(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("dict.popitem", nargs, kw)) return 0;
  AiDict *d = D;
  if (d->used == 0) {
    ai_word msg = ai_str_new_ascii("popitem(): dictionary is empty", 30);
    return msg ? ai_keyerror(msg) : 0;
  }
  int64_t i = d->nentries - 1;
  while (d->entries[i].key == 0) i--;
  ai_word k = d->entries[i].key, v = d->entries[i].value;
  ai_word r = ai_tuple_pair(k, v);
  if (!r) return 0;
  ai_dict_del(d, k, NULL); /* (its index slot stays a dummy, so the entry is not reused) */
  return r;
}

static ai_word view(ai_word self, int64_t nargs, ai_word kw, const char *qual, const AiType *t) {
  if (!ai_meth_noargs(qual, nargs, kw)) return 0;
  return ai_dict_view_new(self, t);
}
static ai_word d_keys(ai_word s, int64_t n, const ai_word *a, ai_word k) {
  (void)a;
  return view(s, n, k, "dict.keys", &ai_type_dict_keys);
}
static ai_word d_values(ai_word s, int64_t n, const ai_word *a, ai_word k) {
  (void)a;
  return view(s, n, k, "dict.values", &ai_type_dict_values);
}
static ai_word d_items(ai_word s, int64_t n, const ai_word *a, ai_word k) {
  (void)a;
  return view(s, n, k, "dict.items", &ai_type_dict_items);
}

static ai_word d_update(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  int64_t nkw = ai_kw_count(kw), npos = nargs - nkw;
  if (!ai_check_nargs("update", npos, 0, 1)) return 0;
  if (npos == 1 && !ai_dict_update_from(self, args[0], "update")) return 0;
  for (int64_t i = 0; i < nkw; i++)
    if (!ai_dict_set(self, ai_as_tuple(kw)->items[i], args[npos + i])) return 0;
  return AI_NONE_W;
}

static ai_word d_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("dict.copy", nargs, kw)) return 0;
  return ai_dict_copy(self);
}

static ai_word d_clear(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("dict.clear", nargs, kw)) return 0;
  ai_dict_clear(D);
  return AI_NONE_W;
}

static ai_word d_fromkeys(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)self;
  if (!ai_no_kwargs("fromkeys", kw) || !ai_check_nargs("fromkeys", nargs, 1, 2)) return 0;
  ai_word v = nargs > 1 ? args[1] : AI_NONE_W;
  ai_word d = ai_dict_new();
  if (!d) return 0;
  ai_word it = ai_obj_iter(args[0]), k;
  if (!it) return 0;
  while (ai_iter_next(it, &k))
    if (!ai_dict_set(d, k, v)) return 0;
  return ai_exc_pending() ? 0 : d;
}

const ai_method_def ai_dict_methods[] = {
    {"get", d_get},     {"setdefault", d_setdefault}, {"pop", d_pop},     {"popitem", d_popitem},
    {"keys", d_keys},   {"values", d_values},         {"items", d_items}, {"update", d_update},
    {"copy", d_copy},   {"clear", d_clear},           {"fromkeys", d_fromkeys}, {NULL, NULL},
};

/* ------------------------------------------------------------ set */

#define S ai_as_set(self)

static ai_word s_add(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("set.add", nargs, kw)) return 0;
  return ai_set_add_key(S, args[0]) ? AI_NONE_W : 0;
}

static ai_word s_discard(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("set.discard", nargs, kw)) return 0;
  return ai_set_discard_key(S, args[0]) < 0 ? 0 : AI_NONE_W;
}

static ai_word s_remove(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("set.remove", nargs, kw)) return 0;
  int r = ai_set_discard_key(S, args[0]);
  if (r < 0) return 0;
  if (r == 0) return ai_keyerror(args[0]);
  return AI_NONE_W;
}

static ai_word s_pop(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("set.pop", nargs, kw)) return 0;
  return ai_set_pop(S);
}

static ai_word s_clear(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("set.clear", nargs, kw)) return 0;
  ai_set_clear(S);
  return AI_NONE_W;
}

static const char *qual_of(ai_word self, const char *m, char *buf, size_t n) {
  snprintf(buf, n, "%s.%s", ai_obj(self)->type->name, m);
  return buf;
}

static ai_word s_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  char q[48];
  if (!ai_meth_noargs(qual_of(self, "copy", q, sizeof q), nargs, kw)) return 0;
  if (ai_obj(self)->type == &ai_type_frozenset) return self;
  return ai_set_copy_as(self, &ai_type_set);
}

static ai_word s_union(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("union", kw)) return 0;
  ai_word r = ai_set_copy_as(self, ai_obj(self)->type);
  if (!r) return 0;
  for (int64_t i = 0; i < nargs; i++)
    if (!ai_set_update(ai_as_set(r), args[i])) return 0;
  return r;
}

static ai_word s_intersection(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("intersection", kw)) return 0;
  if (nargs == 0) return ai_set_copy_as(self, ai_obj(self)->type);
  ai_word r = self;
  for (int64_t i = 0; i < nargs; i++) {
    r = ai_set_intersection(r, args[i]);
    if (!r) return 0;
  }
  return r;
}

static ai_word s_difference(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("difference", kw)) return 0;
  if (nargs == 0) return ai_set_copy_as(self, ai_obj(self)->type);
  ai_word r = ai_set_difference(self, args[0]);
  if (!r) return 0;
  for (int64_t i = 1; i < nargs; i++)
    if (!ai_set_difference_update(r, args[i])) return 0;
  return r;
}

static ai_word s_symmetric_difference(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  char q[64];
  if (!ai_meth_o(qual_of(self, "symmetric_difference", q, sizeof q), nargs, kw)) return 0;
  return ai_set_symmetric_difference(self, args[0]);
}

static ai_word s_update(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("update", kw)) return 0;
  for (int64_t i = 0; i < nargs; i++)
    if (!ai_set_update(S, args[i])) return 0;
  return AI_NONE_W;
}

static ai_word s_intersection_update(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("intersection_update", kw)) return 0;
  for (int64_t i = 0; i < nargs; i++)
    if (!ai_set_intersection_update(self, args[i])) return 0;
  return AI_NONE_W;
}

static ai_word s_difference_update(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("difference_update", kw)) return 0;
  for (int64_t i = 0; i < nargs; i++)
    if (!ai_set_difference_update(self, args[i])) return 0;
  return AI_NONE_W;
}

static ai_word s_symmetric_difference_update(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("set.symmetric_difference_update", nargs, kw)) return 0;
  return ai_set_symmetric_difference_update(self, args[0]) ? AI_NONE_W : 0;
}

static ai_word as_set(ai_word other) {
  if (ai_is_anyset(other)) return other;
  return ai_set_from_iterable(other, &ai_type_set);
}

static ai_word s_issubset(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  char q[48];
  if (!ai_meth_o(qual_of(self, "issubset", q, sizeof q), nargs, kw)) return 0;
  ai_word o = as_set(args[0]);
  if (!o) return 0;
  int r = ai_set_issubset(self, o);
  return r < 0 ? 0 : ai_bool_word(r);
}

static ai_word s_issuperset(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  char q[48];
  if (!ai_meth_o(qual_of(self, "issuperset", q, sizeof q), nargs, kw)) return 0;
  if (ai_is_anyset(args[0])) {
    int r = ai_set_issubset(args[0], self);
    return r < 0 ? 0 : ai_bool_word(r);
  }
  ai_word it = ai_obj_iter(args[0]), k;
  if (!it) return 0;
  while (ai_iter_next(it, &k)) {
    int c = ai_set_contains_key(S, k);
    if (c < 0) return 0;
    if (!c) return AI_FALSE_W;
  }
  return ai_exc_pending() ? 0 : AI_TRUE_W;
}

static ai_word s_isdisjoint(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  char q[48];
  if (!ai_meth_o(qual_of(self, "isdisjoint", q, sizeof q), nargs, kw)) return 0;
  ai_word other = args[0];
  if (other == self) return ai_bool_word(S->used == 0);
  if (ai_is_anyset(other)) {
    AiSet *a = S, *b = ai_as_set(other);
    if (a->used > b->used) {
      AiSet *t = a;
      a = b;
      b = t;
    }
    int64_t pos = 0;
    AiSetEntry *e;
    while (ai_set_next(a, &pos, &e)) {
      int c = ai_set_contains_hashed(b, e->key, e->hash);
      if (c < 0) return 0;
      if (c) return AI_FALSE_W;
    }
    return AI_TRUE_W;
  }
  ai_word it = ai_obj_iter(other), k;
  if (!it) return 0;
  while (ai_iter_next(it, &k)) {
    int c = ai_set_contains_key(S, k);
    if (c < 0) return 0;
    if (c) return AI_FALSE_W;
  }
  return ai_exc_pending() ? 0 : AI_TRUE_W;
}

const ai_method_def ai_set_methods[] = {
    {"add", s_add},
    {"discard", s_discard},
    {"remove", s_remove},
    {"pop", s_pop},
    {"clear", s_clear},
    {"copy", s_copy},
    {"union", s_union},
    {"intersection", s_intersection},
    {"difference", s_difference},
    {"symmetric_difference", s_symmetric_difference},
    {"update", s_update},
    {"intersection_update", s_intersection_update},
    {"difference_update", s_difference_update},
    {"symmetric_difference_update", s_symmetric_difference_update},
    {"issubset", s_issubset},
    {"issuperset", s_issuperset},
    {"isdisjoint", s_isdisjoint},
    {NULL, NULL},
};

const ai_method_def ai_frozenset_methods[] = {
    {"copy", s_copy},
    {"union", s_union},
    {"intersection", s_intersection},
    {"difference", s_difference},
    {"symmetric_difference", s_symmetric_difference},
    {"issubset", s_issubset},
    {"issuperset", s_issuperset},
    {"isdisjoint", s_isdisjoint},
    {NULL, NULL},
};

/* ------------------------------------------------------------ dict views */

static ai_word v_isdisjoint(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("isdisjoint", nargs, kw)) return 0;
  ai_word it = ai_obj_iter(args[0]), k;
  if (!it) return 0;
  while (ai_iter_next(it, &k)) {
    int c = ai_obj_contains(self, k);
    if (c < 0) return 0;
    if (c) return AI_FALSE_W;
  }
  return ai_exc_pending() ? 0 : AI_TRUE_W;
}

const ai_method_def ai_dict_view_methods[] = {{"isdisjoint", v_isdisjoint}, {NULL, NULL}};

/* ------------------------------------------------------------ int, float */

static ai_word i_bit_length(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("int.bit_length", nargs, kw)) return 0;
  if (ai_is_bool(self)) self = ai_small(self == AI_TRUE_W);
  return ai_int_from_i64(ai_int_bit_length(self));
}

static ai_word i_bit_count(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("int.bit_count", nargs, kw)) return 0;
  if (ai_is_bool(self)) self = ai_small(self == AI_TRUE_W);
  ai_word a = ai_int_abs(self);
  if (!a) return 0;
  if (ai_is_small(a)) return ai_small(__builtin_popcountll((unsigned long long)ai_small_val(a)));
  AiInt *x = ai_as_int(a);
  int64_t n = 0;
  for (int64_t i = 0; i < x->size; i++) n += __builtin_popcount(x->d[i]);
  return ai_small(n);
}

static ai_word i_conjugate(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("int.conjugate", nargs, kw)) return 0;
  return ai_is_bool(self) ? ai_small(self == AI_TRUE_W) : self;
}

static ai_word i_as_integer_ratio(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("int.as_integer_ratio", nargs, kw)) return 0;
  if (ai_is_bool(self)) self = ai_small(self == AI_TRUE_W);
  return ai_tuple_pair(self, ai_small(1));
}

/* codecs.c */
ai_word ai_int_method_to_bytes(ai_word self, int64_t nargs, const ai_word *args, ai_word kw);
ai_word ai_int_method_from_bytes(ai_word self, int64_t nargs, const ai_word *args, ai_word kw);

const ai_method_def ai_int_methods[] = {
    {"bit_length", i_bit_length},
    {"bit_count", i_bit_count},
    {"conjugate", i_conjugate},
    {"as_integer_ratio", i_as_integer_ratio},
    {"to_bytes", ai_int_method_to_bytes},
    {"from_bytes", ai_int_method_from_bytes},
    {NULL, NULL},
};

static ai_word f_is_integer(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("float.is_integer", nargs, kw)) return 0;
  double x = ai_unbox_float(self);
  return ai_bool_word(isfinite(x) && floor(x) == x);
}

static ai_word f_conjugate(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("float.conjugate", nargs, kw)) return 0;
  return self;
}

static ai_word f_as_integer_ratio(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("float.as_integer_ratio", nargs, kw)) return 0;
  double x = ai_unbox_float(self);
  if (isinf(x)) {
    ai_raise(&ai_exc_OverflowError, "cannot convert Infinity to integer ratio");
    return 0;
  }
  if (isnan(x)) {
    ai_raise(&ai_exc_ValueError, "cannot convert NaN to integer ratio");
    return 0;
  }
  /* x = m * 2**e with m an integer of at most 53 bits: the mantissa with its
   * trailing zero bits dropped (CPython doubles frexp's fraction until it is
   * integral, a floor() per bit: the same ratio, found at once here). */
  int e;
  double f = frexp(x, &e); /* 0.5 <= |f| < 1, or 0 */
  int64_t m = (int64_t)ldexp(f, 53);
  e -= 53;
  if (m == 0) e = 0;
  else {
    int tz = __builtin_ctzll((uint64_t)(m < 0 ? -m : m));
    m >>= tz; /* exact: the low tz bits are zero, also for a negative m */
    e += tz;
  }
  ai_word num = ai_int_from_i64(m), den = ai_small(1);
  if (!num) return 0;
  if (e > 0) num = ai_int_lshift(num, ai_small(e));
  else den = ai_int_lshift(den, ai_small(-e));
  if (!num || !den) return 0;
  return ai_tuple_pair(num, den);
}

/* x.hex(): CPython's float_hex digit for digit: "0x1.8000000000000p+0", a normal number's 13 fraction digits
 * after a leading 1, a subnormal's after a leading 0 with the exponent held at -1022 */
static ai_word f_hex(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("float.hex", nargs, kw)) return 0;
  double x = ai_unbox_float(self);
  if (isnan(x)) return ai_str_new_ascii("nan", 3);
  if (isinf(x)) return x < 0 ? ai_str_new_ascii("-inf", 4) : ai_str_new_ascii("inf", 3);
  if (x == 0) return signbit(x) ? ai_str_new_ascii("-0x0.0p+0", 9) : ai_str_new_ascii("0x0.0p+0", 8);
  static const char hexdigits[] = "0123456789abcdef";
  int e;
  double m = frexp(fabs(x), &e);
  int below = DBL_MIN_EXP - e; /* a subnormal keeps the exponent of the smallest normal */
  int shift = 1 - (below > 0 ? below : 0);
  m = ldexp(m, shift);
  e -= shift;
  char digits[2 + (DBL_MANT_DIG - 1) / 4 + 1];
  int n = 0;
  digits[n++] = hexdigits[(int)m];
  m -= (int)m;
  digits[n++] = '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    digits[n++] = hexdigits[(int)m];
    m -= (int)m;
  }
  digits[n] = 0;
  char out[64];
  int len = snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
  return ai_str_new_ascii(out, len);
}

/* float.fromhex(s) (the parser makes `float.fromhex` a method of 0.0, so self is ignored): CPython's syntax, an
 * optional sign, "inf"/"infinity"/"nan", or hex digits with an optional point and binary exponent, optionally
 * after "0x", surrounded by whitespace; C's strtod does the correctly rounded conversion of the checked text. */
static ai_word f_fromhex(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)self;
  if (!ai_no_kwargs("fromhex", kw) || !ai_check_nargs("fromhex", nargs, 1, 1)) return 0;
  if (!ai_is_str(args[0])) {
    ai_raise_fmt(&ai_exc_TypeError, "must be str, not %s", ai_type_name(args[0]));
    return 0;
  }
  const AiStr *text = ai_as_str(args[0]);
  const char *p = text->data, *end = text->data + text->nbytes;
  while (p < end && isspace((unsigned char)*p)) p++;
  while (end > p && isspace((unsigned char)end[-1])) end--;
  bool negative = p < end && *p == '-';
  if (p < end && (*p == '-' || *p == '+')) p++;
  size_t n = (size_t)(end - p);
  if ((n == 3 && strncasecmp(p, "inf", 3) == 0) || (n == 8 && strncasecmp(p, "infinity", 8) == 0))
    return ai_box_float(negative ? -INFINITY : INFINITY);
  if (n == 3 && strncasecmp(p, "nan", 3) == 0) return ai_box_float(negative ? -NAN : NAN);
  if (n >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
  const char *digits = p;
  int ndigits = 0;
  while (p < end && isxdigit((unsigned char)*p)) p++, ndigits++;
  if (p < end && *p == '.') {
    p++;
    while (p < end && isxdigit((unsigned char)*p)) p++, ndigits++;
  }
  if (ndigits > 0 && p < end && (*p == 'p' || *p == 'P')) {
    const char *q = p + 1;
    if (q < end && (*q == '+' || *q == '-')) q++;
    if (q < end && isdigit((unsigned char)*q)) {
      while (q < end && isdigit((unsigned char)*q)) q++;
      p = q;
    }
  }
  if (ndigits == 0 || p != end) {
    ai_raise(&ai_exc_ValueError, "invalid hexadecimal floating-point string");
    return 0;
  }
  size_t len = (size_t)(end - digits);
  char *buf = malloc(len + 4);
  if (!buf) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  buf[0] = negative ? '-' : '+';
  buf[1] = '0';
  buf[2] = 'x';
  memcpy(buf + 3, digits, len);
  buf[len + 3] = 0;
  errno = 0;
  double x = strtod(buf, NULL);
  bool overflow = errno == ERANGE && isinf(x);
  free(buf);
  if (overflow) {
    ai_raise(&ai_exc_OverflowError, "hexadecimal value too large to represent as a float");
    return 0;
  }
  return ai_box_float(x);
}

const ai_method_def ai_float_methods[] = {
    {"fromhex", f_fromhex},
    {"is_integer", f_is_integer},
    {"conjugate", f_conjugate},
    {"as_integer_ratio", f_as_integer_ratio},
    {"hex", f_hex},
    {NULL, NULL},
};
