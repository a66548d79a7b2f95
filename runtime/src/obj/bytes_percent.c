/*
 * obj/bytes_percent.c — printf-style formatting of bytes: `b'%d: %s' % args`
 * (PEP 461, CPython 3.11's bytes_format). Rather than a second formatter,
 * the format and the arguments are carried over to str one byte per code
 * point (latin-1), formatted by str's `%` (obj/percent.c), and carried back:
 * only the conversions differ, and they are done here first: %s and %b take
 * a bytes-like argument, %r and %a give ascii(repr(arg)), %c takes an int in
 * range(256) or one byte; the numeric ones pass through.
 */
#include "obj/bytes.h"

#include "exc/exception.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <stdio.h>

/* A str with one code point per byte. */
static ai_word latin1(const uint8_t *p, int64_t n) {
  ai_sbuf b = {0};
  char tmp[4];
  for (int64_t i = 0; i < n; i++) {
    if (p[i] < 0x80) ai_sbuf_putc(&b, (char)p[i]);
    else ai_sbuf_put(&b, tmp, (size_t)ai_utf8_encode(p[i], tmp));
  }
  return ai_sbuf_to_str(&b);
}

/* ascii(): repr with every non-ASCII code point escaped. */
static ai_word ascii_repr(ai_word v) {
  ai_word r = ai_obj_repr(v);
  if (!r) return 0;
  AiStr *s = ai_as_str(r);
  if (s->ascii) return r;
  ai_sbuf b = {0};
  const char *p = s->data, *end = s->data + s->nbytes;
  while (p < end) {
    uint32_t cp;
    p = ai_utf8_decode(p, &cp);
    char esc[12];
    if (cp < 0x80) ai_sbuf_putc(&b, (char)cp);
    else {
      if (cp < 0x100) snprintf(esc, sizeof esc, "\\x%02x", cp);
      else if (cp < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", cp);
      else snprintf(esc, sizeof esc, "\\U%08x", cp);
      ai_sbuf_put(&b, esc, strlen(esc));
    }
  }
  return ai_sbuf_to_str(&b);
}

/* The argument of one conversion, as str's % should see it; 0 after raising. */
static ai_word convert(char conv, ai_word v) {
  switch (conv) {
  case 's':
  case 'b':
    if (ai_is_byteslike(v)) return latin1(ai_as_bytes(v)->data, ai_as_bytes(v)->len);
    ai_raise_fmt(&ai_exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", ai_type_name(v));
    return 0;
  case 'r':
  case 'a': return ascii_repr(v);
  case 'c': {
    if (ai_is_byteslike(v) && ai_as_bytes(v)->len == 1) return latin1(ai_as_bytes(v)->data, 1);
    if (ai_is_int(v) || ai_is_bool(v)) {
      int64_t x;
      if (ai_is_bool(v)) x = v == AI_TRUE_W;
      else if (!ai_int_to_i64(v, &x)) x = -1;
      if (x < 0 || x > 255) {
        ai_raise(&ai_exc_OverflowError, "%c arg not in range(256)");
        return 0;
      }
      uint8_t c = (uint8_t)x;
      return latin1(&c, 1);
    }
    ai_raise(&ai_exc_TypeError, "%c requires an integer in range(256) or a single byte");
    return 0;
  }
  default: return v;
  }
}

ai_word ai_bytes_percent(ai_word fmt, ai_word args) {
  const uint8_t *f = ai_as_bytes(fmt)->data;
  int64_t n = ai_as_bytes(fmt)->len;
  /* a dict is the mapping of %(key)s conversions only when the format names keys */
  bool names_keys = false;
  for (int64_t i = 0; i + 1 < n; i++)
    if (f[i] == '%' && f[i + 1] == '(') names_keys = true;
  bool mapping = ai_is_dict(args) && names_keys;
  bool tuple = ai_is_tuple(args);
  int64_t nargs = tuple ? ai_as_tuple(args)->len : 1;
  const ai_word *items = tuple ? ai_as_tuple(args)->items : &args;
  ai_word conv_args = 0, conv_map = 0;
  AiTuple *out = NULL;
  if (mapping) {
    conv_map = ai_dict_new();
    if (!conv_map) return 0;
  } else {
    out = ai_tuple_alloc(nargs);
    if (!out) return 0;
    for (int64_t i = 0; i < nargs; i++) out->items[i] = items[i];
  }
  /* the format str's % sees: %b, %r, %a and %c become %s of the converted argument */
  uint8_t *g = ai_alloc((size_t)n + 1);
  if (!g) return 0;
  memcpy(g, f, (size_t)n);
  int64_t k = 0; /* next positional argument */
  for (int64_t i = 0; i < n; i++) {
    if (f[i] != '%') continue;
    if (++i >= n) break;
    if (f[i] == '%') continue;
    ai_word key = 0;
    if (f[i] == '(') {
      int64_t depth = 1, j = i + 1;
      while (j < n && depth) {
        if (f[j] == '(') depth++;
        else if (f[j] == ')') depth--;
        j++;
      }
      key = ai_bytes_from(f + i + 1, j - i - 2 > 0 ? j - i - 2 : 0);
      if (!key) return 0;
      i = j;
    }
    while (i < n && strchr("-+ #0", f[i])) i++;
    if (i < n && f[i] == '*') {
      k++;
      i++;
    } else
      while (i < n && f[i] >= '0' && f[i] <= '9') i++;
    if (i < n && f[i] == '.') {
      i++;
      if (i < n && f[i] == '*') {
        k++;
        i++;
      } else
        while (i < n && f[i] >= '0' && f[i] <= '9') i++;
    }
    while (i < n && strchr("hlL", f[i])) i++;
    if (i >= n) break;
    char c = (char)f[i];
    if (c == 'b' || c == 'r' || c == 'a' || c == 'c') g[i] = 's';
    if (mapping && key) {
      ai_word v = ai_dict_get(args, key);
      if (!v) return 0;
      ai_word cv = convert(c, v);
      ai_word skey = latin1(ai_as_bytes(key)->data, ai_as_bytes(key)->len);
      if (!cv || !skey || !ai_dict_set(conv_map, skey, cv)) return 0;
    } else if (!mapping) {
      if (k < nargs) {
        out->items[k] = convert(c, items[k]);
        if (!out->items[k]) return 0;
      }
      k++;
    }
  }
  if (mapping) conv_args = conv_map;
  else conv_args = tuple ? ai_w(out) : out->items[0];
  ai_word fs = latin1(g, n);
  if (!fs) return 0;
  ai_word r = ai_str_percent(fs, conv_args);
  if (!r) {
    const char *m = ai_exc_message();
    if (ai_exc_type() == &ai_exc_TypeError && m && !strcmp(m, "not all arguments converted during string formatting")) {
      ai_exc_clear();
      ai_raise(&ai_exc_TypeError, "not all arguments converted during bytes formatting");
    }
    return 0;
  }
  /* back to bytes: every code point is below 256 */
  AiStr *s = ai_as_str(r);
  ai_word res = ai_bytes_like(fmt, NULL, s->length);
  if (!res) return 0;
  uint8_t *d = ai_as_bytes(res)->data;
  const char *p = s->data, *end = s->data + s->nbytes;
  while (p < end) {
    uint32_t cp;
    p = ai_utf8_decode(p, &cp);
    *d++ = (uint8_t)cp;
  }
  return res;
}
