/*
 * obj/percent.c — printf-style formatting: `fmt % args`, as CPython's
 * PyUnicode_Format. Each conversion is mapped onto the format-spec
 * mini-language (ai_format_* / ai_obj_format), which shares CPython's
 * number formatting, so the two never disagree.
 */
#include "aithon.h"
#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/ext.h"
#include "obj/object.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  char *buf;
  size_t len, cap;
  char small[256]; /* the first bytes live here: no allocation for short results */
} sbuf;

static bool put(sbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + n + 1) cap *= 2;
    char *nb;
    if (!b->buf && cap <= sizeof b->small) {
      nb = b->small;
      cap = sizeof b->small;
    } else {
      nb = ai_alloc(cap);
      if (!nb) return false;
    }
    if (b->len) memcpy(nb, b->buf, b->len);
    b->buf = nb;
    b->cap = cap;
  }
  memcpy(b->buf + b->len, s, n);
  b->len += n;
  return true;
}

static bool put_word(sbuf *b, ai_word s) {
  AiStr *str = ai_as_str(s);
  return put(b, str->data, (size_t)str->nbytes);
}

static ai_word spec_word(const char *spec) { return ai_str_from_utf8(spec, (int64_t)strlen(spec)); }

static bool is_number(ai_word v) { return ai_is_int(v) || ai_is_float(v) || ai_is_bool(v); }

/* An instance of your class as %d or %f takes (Decimal, Fraction): its __int__ / __float__, called by
 * ai_obj_int / ai_obj_float (obj/object.c). 0 when it has none (nothing raised), or raised. */
static ai_word instance_number(ai_word v, bool as_float) {
  const AiExtSlots *x = ai_ext_of(v);
  if (!x || !x->user || !x->call_method) return 0;
  ai_word name = ai_str_new_ascii(as_float ? "__float__" : "__int__", as_float ? 9 : 7);
  bool found = false;
  ai_word r = name ? x->call_method(v, name, 0, NULL, 0, &found) : 0;
  if (!found) return 0;
  if (r && as_float && !ai_is_float(r)) r = ai_box_float(ai_obj_float(r));
  return r;
}

ai_word ai_str_percent(ai_word fmt, ai_word args) {
  AiStr *f = ai_as_str(fmt);
  const char *p = f->data, *end = f->data + f->nbytes;
  /* a named tuple is a tuple of arguments, as CPython's PyTuple_Check takes tuple subclasses */
  if (!ai_is_small(args) && ai_class_value_type(ai_obj(args)->type) == &ai_type_tuple) {
    args = ai_builtin_tuple(args);
    if (!args) return 0;
  }
  bool is_tuple = ai_is_tuple(args);
  bool is_map = !is_tuple && ai_is_dict(args);
  int64_t nargs = is_tuple ? ai_as_tuple(args)->len : 1;
  int64_t argi = 0;
  bool used_map = false;
  sbuf out = {0};
  while (p < end) {
    const char *pct = memchr(p, '%', (size_t)(end - p));
    if (!pct) {
      if (!put(&out, p, (size_t)(end - p))) return 0;
      break;
    }
    if (!put(&out, p, (size_t)(pct - p))) return 0;
    p = pct + 1;
    if (p >= end) {
      ai_raise(&ai_exc_ValueError, "incomplete format");
      return 0;
    }
    ai_word value = 0;
    if (*p == '(') {
      const char *key = ++p;
      int depth = 1;
      while (p < end && depth) {
        if (*p == '(') depth++;
        else if (*p == ')') depth--;
        if (depth) p++;
      }
      if (p >= end) {
        ai_raise(&ai_exc_ValueError, "incomplete format key");
        return 0;
      }
      if (!is_map) {
        ai_raise(&ai_exc_TypeError, "format requires a mapping");
        return 0;
      }
      ai_word k = ai_str_from_utf8(key, p - key);
      if (!k) return 0;
      value = ai_dict_get(args, k);
      if (!value) return 0;
      used_map = true;
      p++;
    }
    char flags[8] = {0};
    int nflags = 0;
    bool left = false, zero = false, plus = false, space = false, alt = false;
    while (p < end && strchr("-+ #0", *p)) {
      if (*p == '-') left = true;
      else if (*p == '+') plus = true;
      else if (*p == ' ') space = true;
      else if (*p == '#') alt = true;
      else if (*p == '0') zero = true;
      if (nflags < 7) flags[nflags++] = *p;
      p++;
    }
    (void)flags;
    long width = -1, prec = -1;
    if (p < end && *p == '*') {
      if (argi >= nargs) goto not_enough;
      ai_word w = is_tuple ? ai_as_tuple(args)->items[argi++] : (argi++, args);
      int64_t wv;
      if (!ai_is_int(w) || !ai_int_to_i64(w, &wv)) {
        ai_raise(&ai_exc_TypeError, "* wants int");
        return 0;
      }
      if (wv < 0) {
        left = true;
        wv = -wv;
      }
      width = (long)wv;
      p++;
    } else {
      while (p < end && *p >= '0' && *p <= '9') width = (width < 0 ? 0 : width * 10) + (*p++ - '0');
    }
    if (p < end && *p == '.') {
      p++;
      prec = 0;
      if (p < end && *p == '*') {
        if (argi >= nargs) goto not_enough;
        ai_word w = is_tuple ? ai_as_tuple(args)->items[argi++] : (argi++, args);
        int64_t pv;
        if (!ai_is_int(w) || !ai_int_to_i64(w, &pv)) {
          ai_raise(&ai_exc_TypeError, "* wants int");
          return 0;
        }
        prec = pv < 0 ? 0 : (long)pv;
        p++;
      } else {
        while (p < end && *p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
      }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++; /* length modifiers are ignored, as CPython */
    if (p >= end) {
      ai_raise(&ai_exc_ValueError, "incomplete format");
      return 0;
    }
    char type = *p++;
    if (type == '%') {
      if (!put(&out, "%", 1)) return 0;
      continue;
    }
    if (!value) {
      if (is_map && !is_tuple) {
        value = args; /* '%s' % {'a': 1} formats the mapping itself */
        used_map = true;
        argi++;
      } else {
        if (argi >= nargs) goto not_enough;
        value = is_tuple ? ai_as_tuple(args)->items[argi++] : (argi++, args);
      }
    }
    /* No flags, width or precision: %s of a str, %d of a small int, %s and
     * %r of anything else are written directly (no format spec to parse). */
    if (nflags == 0 && width < 0 && prec < 0) {
      if (type == 's' && ai_is_str(value)) {
        if (!put_word(&out, value)) return 0;
        continue;
      }
      if ((type == 'd' || type == 'i' || type == 'u') && ai_is_small(value)) {
        char digits[24];
        int64_t iv = ai_small_val(value);
        uint64_t u = iv < 0 ? (uint64_t)0 - (uint64_t)iv : (uint64_t)iv;
        int k = (int)sizeof digits;
        do {
          digits[--k] = (char)('0' + u % 10);
          u /= 10;
        } while (u);
        if (iv < 0) digits[--k] = '-';
        if (!put(&out, digits + k, sizeof digits - (size_t)k)) return 0;
        continue;
      }
      if (type == 's' || type == 'r') {
        ai_word sv = type == 's' ? ai_obj_str(value) : ai_obj_repr(value);
        if (!sv || !put_word(&out, sv)) return 0;
        continue;
      }
    }
    /* Build a format spec: right-aligned unless '-', sign flags, '#', zero padding for numbers. */
    char spec[64];
    char ftype = type;
    ai_word v = value;
    switch (type) {
    case 'd': case 'i': case 'u':
      if (!is_number(v)) {
        ai_word n = instance_number(v, false);
        if (n) {
          v = n;
          ftype = 'd';
          break;
        }
        if (ai_exc_pending()) return 0;
        ai_raise_fmt(&ai_exc_TypeError, "%%%c format: a real number is required, not %s", type, ai_type_name(v));
        return 0;
      }
      if (ai_is_float(v)) {
        v = ai_int_from_float(ai_unbox_float(v));
        if (!v) return 0;
      } else if (ai_is_bool(v)) v = ai_int_from_i64(v == AI_TRUE_W);
      ftype = 'd';
      break;
    case 'x': case 'X': case 'o': {
      /* an int subclass's instance, an IntEnum member, an instance with __index__: CPython's nb_index */
      ai_word held;
      if (!ai_is_int(v) && !ai_is_bool(v) && ai_class_index_value(v, &held)) v = held;
      if (ai_exc_pending()) return 0;
      if (!ai_is_int(v) && !ai_is_bool(v)) {
        ai_raise_fmt(&ai_exc_TypeError, "%%%c format: an integer is required, not %s", type, ai_type_name(v));
        return 0;
      }
      if (ai_is_bool(v)) v = ai_int_from_i64(v == AI_TRUE_W);
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      if (!is_number(v)) {
        ai_word n = instance_number(v, true);
        if (ai_exc_pending()) return 0;
        if (n) {
          v = n;
          if (prec < 0) prec = 6;
          break;
        }
        ai_raise_fmt(&ai_exc_TypeError, "must be real number, not %s", ai_type_name(v));
        return 0;
      }
      if (!ai_is_float(v)) {
        double d = ai_is_bool(v) ? (double)(v == AI_TRUE_W) : ai_int_to_float(v);
        if (ai_exc_pending()) return 0;
        v = ai_box_float(d);
      }
      if (prec < 0) prec = 6;
      break;
    case 'c': {
      if (ai_is_int(v)) {
        v = ai_builtin_chr(v);
        if (!v) return 0;
      } else if (!ai_is_str(v) || ai_str_len(v) != 1) {
        ai_raise(&ai_exc_TypeError, "%c requires int or char");
        return 0;
      }
      ftype = 's';
      break;
    }
    case 's': case 'r': case 'a':
      v = type == 's' ? ai_obj_str(v) : type == 'r' ? ai_obj_repr(v) : ai_ascii(v);
      if (!v) return 0;
      ftype = 's';
      break;
    default:
      ai_raise_fmt(&ai_exc_ValueError, "unsupported format character '%c' (0x%x) at index %ld", type, (unsigned)(unsigned char)type,
                   (long)(p - 1 - f->data));
      return 0;
    }
    bool numeric = ftype != 's';
    int n = snprintf(spec, sizeof spec, "%s%s%s%s", left ? "<" : ">", numeric && plus ? "+" : numeric && space ? " " : "",
                     numeric && alt ? "#" : "", numeric && zero && !left ? "0" : "");
    if (numeric && zero && !left) n = snprintf(spec, sizeof spec, "%s%s0", numeric && plus ? "+" : numeric && space ? " " : "", alt ? "#" : "");
    if (width >= 0) n += snprintf(spec + n, sizeof spec - (size_t)n, "%ld", width);
    if (prec >= 0 && ftype != 'd' && ftype != 'x' && ftype != 'X' && ftype != 'o') n += snprintf(spec + n, sizeof spec - (size_t)n, ".%ld", prec);
    if (ftype != 's') snprintf(spec + n, sizeof spec - (size_t)n, "%c", ftype);
    ai_word sw = spec_word(spec);
    if (!sw) return 0;
    ai_word piece = ai_obj_format(v, sw);
    if (!piece || !put_word(&out, piece)) return 0;
  }
  if (is_tuple ? argi < nargs : (!used_map && !is_map && argi == 0)) {
    ai_raise(&ai_exc_TypeError, "not all arguments converted during string formatting");
    return 0;
  }
  return ai_str_from_utf8(out.len ? out.buf : "", (int64_t)out.len);

not_enough:
  ai_raise(&ai_exc_TypeError, "not enough arguments for format string");
  return 0;
}
