/*
 * obj/builtins.c — builtins over iterables and numbers: set/dict/frozenset
 * constructors, sorted, sum (CPython's int and float fast paths), min/max,
 * any/all, chr/ord/hex/oct/bin, divmod, pow(a, b, m), round, input.
 */
#include "obj/containers.h"

#include "exc/exception.h"
#include "io/print.h"
#include "obj/complex.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

ai_word ai_builtin_set(ai_word iterable) {
  if (!iterable) return ai_set_new(0, NULL);
  return ai_set_from_iterable(iterable, &ai_type_set);
}

ai_word ai_builtin_frozenset(ai_word iterable) {
  if (!iterable) return ai_frozenset_new(0, NULL);
  if (ai_has_type(iterable, &ai_type_frozenset)) return iterable;
  return ai_set_from_iterable(iterable, &ai_type_frozenset);
}

ai_word ai_builtin_dict(ai_word iterable) {
  if (!iterable) return ai_dict_new();
  if (ai_is_dict(iterable)) return ai_dict_copy(iterable);
  ai_word d = ai_dict_new();
  if (!d || !ai_dict_update_from(d, iterable, "dict")) return 0;
  return d;
}

ai_word ai_builtin_sorted(ai_word iterable, bool reverse) {
  ai_word l = ai_list_from_iterable(iterable);
  if (!l || !ai_list_sort_impl(ai_as_list(l), NULL, reverse)) return 0;
  return l;
}

/* ------------------------------------------------------------ sum */

static bool int_item(ai_word w, int64_t *v) {
  if (ai_is_small(w)) {
    *v = ai_small_val(w);
    return true;
  }
  if (ai_is_bool(w)) {
    *v = w == AI_TRUE_W;
    return true;
  }
  return ai_obj(w)->type == &ai_type_int && ai_int_to_i64(w, v);
}

/* The doubles of an unboxed list of floats (aithon.h AI_LIST_FLOATS), or NULL:
 * sum/min/max read them where they lie instead of boxing the list's items. */
static const double *float_items(ai_word w, int64_t *n) {
  if (!ai_is_list(w) || ai_list_raw(w)->ob.gc != AI_LIST_FLOATS) return NULL;
  *n = ai_list_raw(w)->len;
  return (const double *)ai_list_raw(w)->items;
}

ai_word ai_builtin_sum(ai_word iterable, ai_word start) {
  ai_word result = start ? start : ai_small(0);
  if (ai_is_str(result)) {
    ai_raise(&ai_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    return 0;
  }
  int64_t nf;
  const double *fs = float_items(iterable, &nf);
  if (fs && (ai_is_small(result) || ai_is_float(result))) {
    /* as the loops below: a small int start is added to the first item as int + float does, then the floats in order */
    if (nf == 0) return result;
    double f = ai_is_small(result) ? (double)ai_small_val(result) + fs[0] : ai_unbox_float(result) + fs[0];
    for (int64_t i = 1; i < nf; i++) f += fs[i];
    return ai_box_float(f);
  }
  ai_word it = ai_obj_iter(iterable), item;
  if (!it) return 0;
  bool have = true;
  if (ai_is_int(result)) {
    int64_t acc;
    if (ai_int_to_i64(result, &acc)) {
      result = 0;
      for (;;) {
        if (!ai_iter_next(it, &item)) {
          if (ai_exc_pending()) return 0;
          return ai_int_from_i64(acc);
        }
        int64_t b, s;
        if (int_item(item, &b) && !__builtin_add_overflow(acc, b, &s)) {
          acc = s;
          continue;
        }
        result = ai_obj_binop(AI_ADD, ai_int_from_i64(acc), item);
        if (!result) return 0;
        break;
      }
    }
  }
  if (ai_is_float(result)) {
    double f = ai_unbox_float(result);
    for (;;) {
      if (!ai_iter_next(it, &item)) {
        if (ai_exc_pending()) return 0;
        return ai_box_float(f);
      }
      if (ai_is_float(item)) {
        f += ai_unbox_float(item);
        continue;
      }
      int64_t v;
      if ((ai_is_int(item) || ai_is_bool(item)) && int_item(item, &v)) {
        f += (double)v;
        continue;
      }
      result = ai_obj_binop(AI_ADD, ai_box_float(f), item);
      if (!result) return 0;
      break;
    }
  }
  (void)have;
  while (ai_iter_next(it, &item)) {
    result = ai_obj_binop(AI_ADD, result, item);
    if (!result) return 0;
  }
  return ai_exc_pending() ? 0 : result;
}

/* ------------------------------------------------------------ min / max */

static ai_word min_max(int64_t n, const ai_word *args, ai_word dflt, int op, const char *name) {
  if (n == 0) {
    ai_raise_fmt(&ai_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    return 0;
  }
  if (n > 1 && dflt) {
    ai_raise_fmt(&ai_exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    return 0;
  }
  ai_word best = 0;
  if (n > 1) {
    best = args[0];
    for (int64_t i = 1; i < n; i++) {
      int c = ai_obj_compare(op, args[i], best);
      if (c < 0) return 0;
      if (c) best = args[i];
    }
    return best;
  }
  int64_t nf;
  const double *fs = float_items(args[0], &nf);
  if (fs && nf > 0) { /* the first extreme item wins, as below: `x < best` (min) or `x > best` (max) */
    double b = fs[0];
    for (int64_t i = 1; i < nf; i++)
      if (op == AI_GT ? fs[i] > b : fs[i] < b) b = fs[i];
    return ai_box_float(b);
  }
  ai_word it = ai_obj_iter(args[0]), v;
  if (!it) return 0;
  while (ai_iter_next(it, &v)) {
    if (!best) {
      best = v;
      continue;
    }
    int c;
    if (ai_is_small(v) && ai_is_small(best)) c = op == AI_GT ? v > best : v < best;
    else c = ai_obj_compare(op, v, best);
    if (c < 0) return 0;
    if (c) best = v;
  }
  if (ai_exc_pending()) return 0;
  if (!best) {
    if (dflt) return dflt;
    ai_raise_fmt(&ai_exc_ValueError, "%s() arg is an empty sequence", name);
    return 0;
  }
  return best;
}

ai_word ai_builtin_min(int64_t n, const ai_word *args, ai_word dflt) { return min_max(n, args, dflt, AI_LT, "min"); }
ai_word ai_builtin_max(int64_t n, const ai_word *args, ai_word dflt) { return min_max(n, args, dflt, AI_GT, "max"); }

int ai_builtin_any(ai_word iterable) {
  ai_word it = ai_obj_iter(iterable), v;
  if (!it) return -1;
  while (ai_iter_next(it, &v)) {
    int t = ai_obj_truthy(v);
    if (t) return t;
  }
  return ai_exc_pending() ? -1 : 0;
}

int ai_builtin_all(ai_word iterable) {
  ai_word it = ai_obj_iter(iterable), v;
  if (!it) return -1;
  while (ai_iter_next(it, &v)) {
    int t = ai_obj_truthy(v);
    if (t <= 0) return t;
  }
  return ai_exc_pending() ? -1 : 1;
}

/* ------------------------------------------------------------ chr, ord, hex */

/* int or bool -> int word; TypeError "'x' object cannot be interpreted as an integer" */
static ai_word as_int(ai_word w) {
  if (ai_is_int(w)) return w;
  if (ai_is_bool(w)) return ai_small(w == AI_TRUE_W);
  /* an int subclass's instance, an IntEnum member, an instance with __index__: CPython's nb_index */
  ai_word held;
  if (ai_class_index_value(w, &held)) return held;
  if (ai_exc_pending()) return 0;
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(w));
  return 0;
}

ai_word ai_builtin_chr(ai_word i) {
  ai_word v = as_int(i);
  if (!v) return 0;
  int64_t c;
  if (!ai_int_to_i64(v, &c) || c > INT32_MAX || c < INT32_MIN) {
    ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C int");
    return 0;
  }
  if (c < 0 || c >= 0x110000) {
    ai_raise(&ai_exc_ValueError, "chr() arg not in range(0x110000)");
    return 0;
  }
  return ai_str_from_cp((uint32_t)c);
}

ai_word ai_builtin_ord(ai_word s) {
  if (!ai_is_str(s)) {
    ai_raise_fmt(&ai_exc_TypeError, "ord() expected string of length 1, but %s found", ai_type_name(s));
    return 0;
  }
  AiStr *x = ai_as_str(s);
  if (x->length != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "ord() expected a character, but string of length %lld found",
                 (long long)x->length);
    return 0;
  }
  uint32_t c;
  ai_utf8_decode(x->data, &c);
  return ai_small(c);
}

static ai_word to_base(ai_word i, int base, const char *prefix) {
  ai_word v = as_int(i);
  if (!v) return 0;
  size_t n;
  char *d = ai_int_to_base(v, base, &n);
  if (!d) return 0;
  ai_sbuf b = {0};
  size_t skip = 0;
  if (d[0] == '-') {
    ai_sbuf_putc(&b, '-');
    skip = 1;
  }
  ai_sbuf_put(&b, prefix, 2);
  ai_sbuf_put(&b, d + skip, n - skip);
  free(d);
  return ai_sbuf_to_str(&b);
}

ai_word ai_builtin_hex(ai_word i) { return to_base(i, 16, "0x"); }
ai_word ai_builtin_oct(ai_word i) { return to_base(i, 8, "0o"); }
ai_word ai_builtin_bin(ai_word i) { return to_base(i, 2, "0b"); }

/* ------------------------------------------------------------ divmod, pow */

static bool num_kind(ai_word w, ai_word *as_i, bool *is_float) {
  *is_float = false;
  if (ai_is_int(w)) {
    *as_i = w;
    return true;
  }
  if (ai_is_bool(w)) {
    *as_i = ai_small(w == AI_TRUE_W);
    return true;
  }
  if (ai_is_float(w)) {
    *is_float = true;
    return true;
  }
  return false;
}

ai_word ai_builtin_divmod(ai_word a, ai_word b) {
  ai_word ia = 0, ib = 0;
  bool fa, fb;
  if (!num_kind(a, &ia, &fa) || !num_kind(b, &ib, &fb)) {
    ai_raise_fmt(&ai_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", ai_type_name(a),
                 ai_type_name(b));
    return 0;
  }
  if (!fa && !fb) {
    if (ib == ai_small(0)) {
      ai_raise(&ai_exc_ZeroDivisionError, "integer division or modulo by zero");
      return 0;
    }
    ai_word q = ai_int_floordiv(ia, ib), r = q ? ai_int_mod(ia, ib) : 0;
    if (!r) return 0;
    return ai_tuple_pair(q, r);
  }
  double vx = fa ? ai_unbox_float(a) : ai_int_to_float(ia);
  if (ai_exc_pending()) return 0;
  double wx = fb ? ai_unbox_float(b) : ai_int_to_float(ib);
  if (ai_exc_pending()) return 0;
  if (wx == 0.0) {
    ai_raise(&ai_exc_ZeroDivisionError, "float divmod()");
    return 0;
  }
  double mod = fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, wx);
  }
  double floordiv;
  if (div) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, vx / wx);
  }
  ai_word q = ai_box_float(floordiv), r = ai_box_float(mod);
  if (!q || !r) return 0;
  return ai_tuple_pair(q, r);
}

/* modular inverse of a (0 <= a < m) or 0 with ValueError */
static ai_word mod_inverse(ai_word a, ai_word m) {
  ai_word r0 = m, r1 = a, s0 = ai_small(0), s1 = ai_small(1);
  while (r1 != ai_small(0)) {
    ai_word q = ai_int_floordiv(r0, r1);
    if (!q) return 0;
    ai_word r2 = ai_int_sub(r0, ai_int_mul(q, r1));
    ai_word s2 = ai_int_sub(s0, ai_int_mul(q, s1));
    if (!r2 || !s2) return 0;
    r0 = r1;
    r1 = r2;
    s0 = s1;
    s1 = s2;
  }
  if (r0 != ai_small(1)) {
    ai_raise(&ai_exc_ValueError, "base is not invertible for the given modulus");
    return 0;
  }
  return ai_int_mod(s0, m);
}

ai_word ai_builtin_pow3(ai_word a, ai_word b, ai_word m) {
  if (!m || m == AI_NONE_W) return ai_obj_binop(AI_POW, a, b);
  ai_cval ca, cb, cm;
  if ((ai_is_complex(a) || ai_is_complex(b) || ai_is_complex(m)) && ai_complex_value(a, &ca) > 0 && ai_complex_value(b, &cb) > 0 &&
      ai_complex_value(m, &cm) > 0) {
    ai_raise(&ai_exc_ValueError, "complex modulo");
    return 0;
  }
  ai_word x, e, mod;
  bool f1, f2, f3;
  if (!num_kind(a, &x, &f1) || !num_kind(b, &e, &f2) || !num_kind(m, &mod, &f3) || f1 || f2 || f3) {
    if (ai_is_int(a) || ai_is_float(a) || ai_is_bool(a)) {
      if ((ai_is_int(b) || ai_is_float(b) || ai_is_bool(b)) && (ai_is_int(m) || ai_is_float(m) || ai_is_bool(m))) {
        ai_raise(&ai_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return 0;
      }
    }
    ai_raise_fmt(&ai_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ai_type_name(a),
                 ai_type_name(b), ai_type_name(m));
    return 0;
  }
  if (mod == ai_small(0)) {
    ai_raise(&ai_exc_ValueError, "pow() 3rd argument cannot be 0");
    return 0;
  }
  bool neg_out = ai_int_sign(mod) < 0;
  if (neg_out) mod = ai_int_neg(mod);
  if (mod == ai_small(1)) return ai_small(0);
  x = ai_int_mod(x, mod);
  if (!x) return 0;
  if (ai_int_sign(e) < 0) {
    x = mod_inverse(x, mod);
    if (!x) return 0;
    e = ai_int_neg(e);
  }
  ai_word r = ai_small(1);
  int64_t ev;
  if (ai_int_to_i64(e, &ev)) {
    while (ev > 0) {
      if (ev & 1) r = ai_int_mod(ai_int_mul(r, x), mod);
      ev >>= 1;
      if (ev) x = ai_int_mod(ai_int_mul(x, x), mod);
      if (!r || !x) return 0;
    }
  } else {
    int64_t nbits = ai_int_bit_length(e);
    for (int64_t i = 0; i < nbits; i++) {
      ai_word bit = ai_int_and(ai_int_rshift(e, ai_small(i)), ai_small(1));
      if (!bit) return 0;
      if (bit == ai_small(1)) r = ai_int_mod(ai_int_mul(r, x), mod);
      x = ai_int_mod(ai_int_mul(x, x), mod);
      if (!r || !x) return 0;
    }
  }
  if (neg_out && r != ai_small(0)) r = ai_int_sub(r, mod);
  return r;
}

/* ------------------------------------------------------------ round */

ai_word ai_builtin_round(ai_word x, ai_word nd) {
  bool none = !nd || nd == AI_NONE_W;
  bool isf = ai_is_float(x);
  ai_word xi = 0;
  if (!isf) {
    if (ai_is_int(x)) xi = x;
    else if (ai_is_bool(x)) xi = ai_small(x == AI_TRUE_W);
    else {
      ai_raise_fmt(&ai_exc_TypeError, "type %s doesn't define __round__ method", ai_type_name(x));
      return 0;
    }
  }
  if (none) return isf ? ai_float_round(ai_unbox_float(x)) : xi;
  ai_word n = as_int(nd);
  if (!n) return 0;
  int64_t k;
  if (!ai_int_to_i64(n, &k)) k = ai_int_sign(n) < 0 ? INT64_MIN : INT64_MAX;
  if (isf) {
    double r = ai_float_round_ndigits(ai_unbox_float(x), k);
    return ai_exc_pending() ? 0 : ai_box_float(r);
  }
  if (k >= 0) return xi;
  if (k < -100000) return ai_small(0);
  ai_word p = ai_int_pow(ai_small(10), ai_small(-k));
  if (!p) return 0;
  ai_word q = ai_int_floordiv(xi, p), r = q ? ai_int_mod(xi, p) : 0;
  if (!r) return 0;
  ai_word twice = ai_int_add(r, r);
  if (!twice) return 0;
  int c = ai_int_cmp(twice, p);
  if (c > 0 || (c == 0 && ai_int_and(q, ai_small(1)) == ai_small(1))) q = ai_int_add(q, ai_small(1));
  return q ? ai_int_mul(q, p) : 0;
}

/* ------------------------------------------------------------ input */

static char inbuf[65536];
static size_t inpos, inlen;
static bool ineof;

static int in_getc(void) {
  if (inpos == inlen) {
    if (ineof) return -1;
    ssize_t n;
    do n = read(0, inbuf, sizeof inbuf);
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
      ineof = true;
      return -1;
    }
    inpos = 0;
    inlen = (size_t)n;
  }
  return (unsigned char)inbuf[inpos++];
}

/* sys.stdin.readline() reads through the same buffer as input(). */
int ai_stdin_getc(void) { return in_getc(); }

/* length of the valid UTF-8 prefix */
static size_t utf8_valid(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    size_t k;
    uint32_t cp;
    if (c < 0x80) {
      i++;
      continue;
    } else if ((c & 0xe0) == 0xc0) {
      k = 1;
      cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
      k = 2;
      cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
      k = 3;
      cp = c & 0x07;
    } else return i;
    for (size_t j = 1; j <= k; j++) {
      if (i + j >= n || (s[i + j] & 0xc0) != 0x80) return i;
      cp = (cp << 6) | (s[i + j] & 0x3f);
    }
    if ((k == 1 && cp < 0x80) || (k == 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
        (k == 3 && (cp < 0x10000 || cp > 0x10ffff)))
      return i;
    i += k + 1;
  }
  return n;
}

ai_word ai_builtin_input(ai_word prompt) {
  ai_stdout_flush();
  if (prompt && prompt != AI_NONE_W) {
    ai_word s = ai_is_str(prompt) ? prompt : ai_obj_str(prompt);
    if (!s) return 0;
    ai_stdout_write(ai_as_str(s)->data, (size_t)ai_as_str(s)->nbytes);
    ai_stdout_flush();
  }
  ai_sbuf b = {0};
  int c;
  bool any = false;
  while ((c = in_getc()) >= 0) {
    any = true;
    if (c == '\n') break;
    ai_sbuf_putc(&b, (char)c);
  }
  if (!any) {
    ai_sbuf_free(&b);
    ai_raise(&ai_exc_EOFError, "EOF when reading a line");
    return 0;
  }
  if (b.len && b.p[b.len - 1] == '\r') b.len--;
  size_t ok = utf8_valid((const unsigned char *)b.p, b.len);
  if (ok != b.len) {
    unsigned byte = (unsigned char)b.p[ok];
    ai_sbuf_free(&b);
    ai_raise_fmt(&ai_exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", byte, ok,
                 byte >= 0x80 && byte < 0xc0 ? "invalid start byte" : "invalid continuation byte");
    return 0;
  }
  return ai_sbuf_to_str(&b);
}
