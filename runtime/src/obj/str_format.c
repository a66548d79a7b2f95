/*
 * obj/str_format.c — str.format / str.format_map, after CPython's
 * Objects/stringlib/unicode_format.h: literal text with {{ }} escapes,
 * replacement fields {name!conv:spec} with automatic or manual numbering,
 * index/key lookups (`{0[1]}`, `{a[key]}`), attribute lookups through
 * ai_obj_getattr, nested fields in the spec (two levels, as CPython), and
 * the same ValueError/IndexError/KeyError texts.
 */
#include "obj/containers.h"

#include "exc/exception.h"
#include "obj/singletons.h"
#include "obj/str.h"

typedef struct {
  int state; /* 0 init, 1 auto, 2 manual */
  int64_t next;
} autonum;

typedef struct {
  const char *p, *end;
} sub;

static ai_word build(const char *p, const char *end, int64_t nargs, const ai_word *args, ai_word kwargs, int depth,
                     autonum *an, bool have_args);

/* digits only -> value; -1 when not a number; -2 raised (too many digits) */
static int64_t get_integer(const char *p, const char *e) {
  if (p == e) return -1;
  int64_t acc = 0;
  for (; p < e; p++) {
    if (*p < '0' || *p > '9') return -1;
    if (acc > (INT64_MAX - 9) / 10) {
      ai_raise(&ai_exc_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + (*p - '0');
  }
  return acc;
}

static ai_word get_field(const char *p, const char *e, int64_t nargs, const ai_word *args, ai_word kwargs,
                         autonum *an, bool have_args) {
  const char *q = p;
  while (q < e && *q != '.' && *q != '[') q++;
  int64_t idx = get_integer(p, q);
  if (idx == -2) return 0;
  bool empty = p == q;
  bool numeric = empty || idx != -1;
  if (numeric) {
    if (an->state == 0) an->state = empty ? 1 : 2;
    if (an->state == 2 && empty) {
      ai_raise(&ai_exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
      return 0;
    }
    if (an->state == 1 && !empty) {
      ai_raise(&ai_exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
      return 0;
    }
    if (empty) idx = an->next++;
  }
  ai_word obj;
  if (idx == -1) {
    ai_word key = ai_str_from_utf8(p, q - p);
    if (!key) return 0;
    if (!kwargs) return ai_keyerror(key);
    obj = ai_obj_getitem(kwargs, key);
  } else {
    if (!have_args) {
      ai_raise(&ai_exc_ValueError, "Format string contains positional fields");
      return 0;
    }
    if (idx >= nargs) {
      ai_raise_fmt(&ai_exc_IndexError, "Replacement index %lld out of range for positional args tuple", (long long)idx);
      return 0;
    }
    obj = args[idx];
  }
  if (!obj) return 0;
  /* the rest: .attr and [key] */
  while (q < e) {
    char c = *q++;
    if (c == '.') {
      const char *s = q;
      while (q < e && *q != '.' && *q != '[') q++;
      if (s == q) {
        ai_raise(&ai_exc_ValueError, "Empty attribute in format string");
        return 0;
      }
      ai_word name = ai_str_from_utf8(s, q - s);
      if (!name) return 0;
      obj = ai_obj_getattr(obj, name);
    } else if (c == '[') {
      const char *s = q;
      while (q < e && *q != ']') q++;
      if (q >= e) {
        ai_raise(&ai_exc_ValueError, "Missing ']' in format string");
        return 0;
      }
      if (s == q) {
        ai_raise(&ai_exc_ValueError, "Empty attribute in format string");
        return 0;
      }
      int64_t k = get_integer(s, q);
      if (k == -2) return 0;
      ai_word key = k >= 0 ? ai_int_from_i64(k) : ai_str_from_utf8(s, q - s);
      if (!key) return 0;
      q++; /* ']' */
      if (q < e && *q != '.' && *q != '[') {
        ai_raise(&ai_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return 0;
      }
      obj = ai_obj_getitem(obj, key);
    } else {
      ai_raise(&ai_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      return 0;
    }
    if (!obj) return 0;
  }
  return obj;
}

static ai_word build(const char *p, const char *end, int64_t nargs, const ai_word *args, ai_word kwargs, int depth,
                     autonum *an, bool have_args) {
  if (depth <= 0) {
    ai_raise(&ai_exc_ValueError, "Max string recursion exceeded");
    return 0;
  }
  ai_sbuf b = {0};
  while (p < end) {
    const char *start = p;
    char c = 0;
    bool markup = false;
    while (p < end) {
      c = *p++;
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = p >= end;
    int64_t len = p - start;
    if (markup && c == '}' && (at_end || *p != '}')) {
      ai_raise(&ai_exc_ValueError, "Single '}' encountered in format string");
      goto fail;
    }
    if (markup && at_end && c == '{') {
      ai_raise(&ai_exc_ValueError, "Single '{' encountered in format string");
      goto fail;
    }
    if (markup) {
      if (*p == c) {
        p++;
        markup = false;
      } else len--;
    }
    ai_sbuf_put(&b, start, (size_t)len);
    if (!markup) continue;
    /* parse_field */
    const char *fn = p;
    char t = 0;
    while (p < end) {
      t = *p++;
      if (t == '{') {
        ai_raise(&ai_exc_ValueError, "unexpected '{' in field name");
        goto fail;
      }
      if (t == '[') {
        while (p < end && *p != ']') p++;
        continue;
      }
      if (t == '}' || t == ':' || t == '!') break;
    }
    const char *fn_end = p - 1;
    uint32_t conv = 0;
    const char *spec = NULL, *spec_end = NULL;
    bool expand = false;
    if (t == '!' || t == ':') {
      bool done = false;
      if (t == '!') {
        if (p >= end) {
          ai_raise(&ai_exc_ValueError, "end of string while looking for conversion specifier");
          goto fail;
        }
        p = ai_utf8_decode(p, &conv);
        if (p < end) {
          char d = *p++;
          if (d == '}') done = true;
          else if (d != ':') {
            ai_raise(&ai_exc_ValueError, "expected ':' after conversion specifier");
            goto fail;
          }
        }
      }
      if (!done) {
        spec = p;
        int count = 1;
        bool closed = false;
        while (p < end) {
          char d = *p++;
          if (d == '{') {
            expand = true;
            count++;
          } else if (d == '}') {
            if (--count == 0) {
              spec_end = p - 1;
              closed = true;
              break;
            }
          }
        }
        if (!closed) {
          ai_raise(&ai_exc_ValueError, "unmatched '{' in format spec");
          goto fail;
        }
      }
    } else if (t != '}') {
      ai_raise(&ai_exc_ValueError, "expected '}' before end of string");
      goto fail;
    }
    if (fn_end < fn) fn_end = fn;
    ai_word obj = get_field(fn, fn_end, nargs, args, kwargs, an, have_args);
    if (!obj) goto fail;
    if (conv) {
      if (conv == 'r') obj = ai_obj_repr(obj);
      else if (conv == 's') obj = ai_obj_str(obj);
      else if (conv == 'a') obj = ai_ascii(obj);
      else {
        if (conv > 32 && conv < 127) ai_raise_fmt(&ai_exc_ValueError, "Unknown conversion specifier %c", (char)conv);
        else ai_raise_fmt(&ai_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
        goto fail;
      }
      if (!obj) goto fail;
    }
    ai_word specw;
    if (!spec) specw = ai_str_new_ascii("", 0);
    else if (expand) specw = build(spec, spec_end, nargs, args, kwargs, depth - 1, an, have_args);
    else specw = ai_str_from_utf8(spec, spec_end - spec);
    if (!specw) goto fail;
    ai_word r = ai_obj_format(obj, specw);
    if (!r) goto fail;
    ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  }
  return ai_sbuf_to_str(&b);
fail:
  ai_sbuf_free(&b);
  return 0;
}

ai_word ai_str_format(ai_word fmt, int64_t nargs, const ai_word *args, ai_word kwargs) {
  AiStr *s = ai_as_str(fmt);
  autonum an = {0, 0};
  /* nargs < 0: format_map (no positional arguments at all) */
  return build(s->data, s->data + s->nbytes, nargs < 0 ? 0 : nargs, args, kwargs, 2, &an, nargs >= 0);
}
