/*
 * obj/codecs.c — text <-> bytes: str.encode, bytes.decode (utf-8, ascii,
 * latin-1, utf-16 and utf-32 (with a byte order mark, or -le/-be without one)
 * with the strict, ignore, replace and backslashreplace error
 * handlers), int.to_bytes and int.from_bytes, with CPython 3.11's
 * UnicodeDecodeError / UnicodeEncodeError / OverflowError messages.
 */
#include "aithon_stdlib.h"
#include "obj/bytes.h"

#include "exc/exception.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <ctype.h>
#include <stdio.h>

ai_word ai_builtin_bytes(ai_word src, ai_word encoding, ai_word errors, bool array);

enum codec { C_UTF8, C_ASCII, C_LATIN1, C_UTF8_SIG, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE, C_UTF32BE, C_BAD };
/* surrogatepass and surrogateescape, both ways */
enum handler { H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_SURROGATEPASS, H_SURROGATEESCAPE, H_BAD };

/* as errors name them (utf-8-sig's are utf-8's) */
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};

/* CPython's normalisation: case-insensitive, '_' and ' ' as '-'. */
static enum codec codec_of(ai_word encoding) {
  if (!encoding) return C_UTF8;
  if (!ai_is_str(encoding)) {
    ai_raise_fmt(&ai_exc_TypeError, "str() argument 'encoding' must be str, not %s", ai_type_name(encoding));
    return C_BAD;
  }
  AiStr *s = ai_as_str(encoding);
  char n[32];
  if (s->nbytes >= (int64_t)sizeof n) goto unknown;
  for (int64_t i = 0; i <= s->nbytes; i++) {
    char c = (char)tolower((unsigned char)s->data[i]);
    n[i] = c == '_' || c == ' ' ? '-' : c;
  }
  if (!strcmp(n, "utf-8") || !strcmp(n, "utf8") || !strcmp(n, "u8") || !strcmp(n, "utf")) return C_UTF8;
  if (!strcmp(n, "utf-8-sig") || !strcmp(n, "utf8-sig")) return C_UTF8_SIG;
  if (!strcmp(n, "ascii") || !strcmp(n, "us-ascii") || !strcmp(n, "646")) return C_ASCII;
  if (!strcmp(n, "latin-1") || !strcmp(n, "latin1") || !strcmp(n, "iso-8859-1") || !strcmp(n, "iso8859-1") ||
      !strcmp(n, "l1") || !strcmp(n, "latin") || !strcmp(n, "8859") || !strcmp(n, "cp819"))
    return C_LATIN1;
  if (!strcmp(n, "utf-16") || !strcmp(n, "utf16") || !strcmp(n, "u16")) return C_UTF16;
  if (!strcmp(n, "utf-16-le") || !strcmp(n, "utf-16le") || !strcmp(n, "unicodelittleunmarked")) return C_UTF16LE;
  if (!strcmp(n, "utf-16-be") || !strcmp(n, "utf-16be") || !strcmp(n, "unicodebigunmarked")) return C_UTF16BE;
  if (!strcmp(n, "utf-32") || !strcmp(n, "utf32") || !strcmp(n, "u32")) return C_UTF32;
  if (!strcmp(n, "utf-32-le") || !strcmp(n, "utf-32le")) return C_UTF32LE;
  if (!strcmp(n, "utf-32-be") || !strcmp(n, "utf-32be")) return C_UTF32BE;
unknown:
  ai_raise_fmt(&ai_exc_LookupError, "unknown encoding: %s", s->data);
  return C_BAD;
}

static enum handler handler_of(ai_word errors) {
  if (!errors) return H_STRICT;
  if (!ai_is_str(errors)) {
    ai_raise_fmt(&ai_exc_TypeError, "str() argument 'errors' must be str, not %s", ai_type_name(errors));
    return H_BAD;
  }
  const char *e = ai_as_str(errors)->data;
  if (!strcmp(e, "strict")) return H_STRICT;
  if (!strcmp(e, "ignore")) return H_IGNORE;
  if (!strcmp(e, "replace")) return H_REPLACE;
  if (!strcmp(e, "backslashreplace")) return H_BACKSLASH;
  if (!strcmp(e, "surrogatepass")) return H_SURROGATEPASS;
  if (!strcmp(e, "surrogateescape")) return H_SURROGATEESCAPE;
  return H_BAD;
}

static void unknown_handler(ai_word errors) {
  ai_raise_fmt(&ai_exc_LookupError, "unknown error handler name '%s'", ai_as_str(errors)->data);
}

/* ---------------------------------------------------------------- decode */

static void decode_error(enum codec c, const uint8_t *p, int64_t start, int64_t end, const char *reason) {
  if (end - start == 1)
    ai_raise_fmt(&ai_exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %lld: %s", codec_names[c], p[start],
                 (long long)start, reason);
  else
    ai_raise_fmt(&ai_exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position %lld-%lld: %s", codec_names[c],
                 (long long)start, (long long)end - 1, reason);
}

/* The length of the valid UTF-8 sequence at p[i..n) (> 0), or the negated
 * length of the invalid prefix CPython reports, with *reason set. */
static int64_t utf8_seq(const uint8_t *p, int64_t i, int64_t n, const char **reason) {
  uint8_t c = p[i];
  if (c < 0x80) return 1;
  int need;
  uint8_t lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c == 0xe0) lo = 0xa0;
    if (c == 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c == 0xf0) lo = 0x90;
    if (c == 0xf4) hi = 0x8f;
  } else {
    *reason = "invalid start byte";
    return -1;
  }
  for (int k = 1; k <= need; k++) {
    if (i + k >= n) {
      *reason = "unexpected end of data";
      return -(n - i);
    }
    uint8_t d = p[i + k];
    uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
    if (d < l || d > h) {
      *reason = "invalid continuation byte";
      return -k;
    }
  }
  return need + 1;
}

static bool is_wide(enum codec c) { return c >= C_UTF16 && c <= C_UTF32BE; }

/* UTF-16 and UTF-32, as CPython's decoders: "utf-16"/"utf-32" read a byte order mark (dropped; little-endian
 * without one) and name the byte order they decode in errors; positions count from the first byte given. */
static ai_word decode_wide(const uint8_t *p, int64_t n, enum codec c, enum handler h, ai_word errors) {
  bool wide32 = c >= C_UTF32;
  int64_t i = 0;
  bool be = c == C_UTF16BE || c == C_UTF32BE;
  if (c == C_UTF16 && n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff))) {
    be = p[0] == 0xfe;
    i = 2;
  } else if (c == C_UTF32 && n >= 4 && ((p[0] == 0xff && p[1] == 0xfe && !p[2] && !p[3]) || (!p[0] && !p[1] && p[2] == 0xfe && p[3] == 0xff))) {
    be = p[0] == 0;
    i = 4;
  }
  enum codec named = wide32 ? (be ? C_UTF32BE : C_UTF32LE) : (be ? C_UTF16BE : C_UTF16LE);
  ai_sbuf b = {0};
  char tmp[8];
  while (i < n) {
    int64_t end = i;
    const char *reason = NULL;
    uint32_t cp = 0;
    if (wide32) {
      if (n - i < 4) {
        end = n;
        reason = "truncated data";
      } else {
        cp = be ? (uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 | (uint32_t)p[i + 2] << 8 | p[i + 3]
                : (uint32_t)p[i + 3] << 24 | (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 1] << 8 | p[i];
        end = i + 4;
        if (cp > 0x10ffff) reason = "code point not in range(0x110000)";
        else if (cp >= 0xd800 && cp < 0xe000) reason = "code point in surrogate code point range(0xd800, 0xe000)";
      }
    } else if (n - i < 2) {
      end = n;
      reason = "truncated data";
    } else {
      cp = be ? (uint32_t)p[i] << 8 | p[i + 1] : (uint32_t)p[i + 1] << 8 | p[i];
      end = i + 2;
      if (cp >= 0xdc00 && cp < 0xe000) {
        reason = "illegal encoding";
      } else if (cp >= 0xd800 && cp < 0xdc00) {
        if (n - i < 4) {
          end = n;
          reason = "unexpected end of data";
        } else {
          uint32_t low = be ? (uint32_t)p[i + 2] << 8 | p[i + 3] : (uint32_t)p[i + 3] << 8 | p[i + 2];
          if (low >= 0xdc00 && low < 0xe000) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            end = i + 4;
          } else {
            reason = "illegal UTF-16 surrogate";
          }
        }
      }
    }
    if (reason && h == H_SURROGATEPASS && n - i >= (wide32 ? 4 : 2)) {
      /* surrogatepass: a lone surrogate's unit (UTF-16) or code point (UTF-32) decodes to that surrogate */
      uint32_t unit = wide32 ? cp : be ? (uint32_t)p[i] << 8 | p[i + 1] : (uint32_t)p[i + 1] << 8 | p[i];
      if (unit >= 0xd800 && unit < 0xe000) {
        cp = unit;
        end = i + (wide32 ? 4 : 2);
        reason = NULL;
      }
    }
    if (!reason) {
      ai_sbuf_put(&b, tmp, (size_t)ai_utf8_encode(cp, tmp));
      i = end;
      continue;
    }
    switch (h) {
    case H_STRICT:
      ai_sbuf_free(&b);
      decode_error(named, p, i, end, reason);
      return 0;
    case H_IGNORE: break;
    case H_REPLACE: ai_sbuf_put(&b, "\xef\xbf\xbd", 3); break;
    case H_BACKSLASH:
      for (int64_t k = i; k < end; k++) {
        snprintf(tmp, sizeof tmp, "\\x%02x", p[k]);
        ai_sbuf_put(&b, tmp, 4);
      }
      break;
    case H_SURROGATEESCAPE:
      /* each undecodable byte (0x80 and up) as the lone surrogate U+DC00 + byte */
      for (int64_t k = i; k < end; k++) ai_sbuf_put(&b, tmp, (size_t)ai_utf8_encode(0xdc00u + p[k], tmp));
      break;
    default:
      ai_sbuf_free(&b);
      unknown_handler(errors);
      return 0;
    }
    i = end;
  }
  return ai_sbuf_to_str(&b);
}

ai_word ai_bytes_decode(const uint8_t *p, int64_t n, ai_word encoding, ai_word errors) {
  enum codec c = codec_of(encoding);
  if (c == C_BAD) return 0;
  enum handler h = handler_of(errors);
  if (h == H_BAD && !ai_is_str(errors)) return 0;
  if (is_wide(c)) return decode_wide(p, n, c, h, errors);
  if (c == C_UTF8_SIG) {
    /* a leading byte order mark is dropped; positions in errors count from after it, as CPython's */
    if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
      p += 3;
      n -= 3;
    }
    c = C_UTF8;
  }
  /* fast paths: ASCII data, and valid UTF-8 (a str holds UTF-8) */
  int64_t k = 0;
  while (k < n && p[k] < 0x80) k++;
  if (k == n) return ai_str_new_ascii((const char *)p, n);
  if (c == C_UTF8) {
    const char *why;
    int64_t len;
    while (k < n && (len = utf8_seq(p, k, n, &why)) > 0) k += len;
    if (k == n) return ai_str_from_utf8((const char *)p, n);
  }
  ai_sbuf b = {0};
  char tmp[8];
  for (int64_t i = 0; i < n;) {
    int64_t len;
    const char *reason = NULL;
    if (c == C_UTF8) len = utf8_seq(p, i, n, &reason);
    else if (c == C_LATIN1 || p[i] < 0x80) len = 1;
    else {
      len = -1;
      reason = "ordinal not in range(128)";
    }
    if (len > 0) {
      if (c == C_LATIN1 && p[i] >= 0x80) ai_sbuf_put(&b, tmp, (size_t)ai_utf8_encode(p[i], tmp));
      else ai_sbuf_put(&b, (const char *)p + i, (size_t)len);
      i += len;
      continue;
    }
    int64_t bad = -len;
    if (h == H_SURROGATEPASS && c == C_UTF8 && n - i >= 3 && p[i] == 0xed && p[i + 1] >= 0xa0 && p[i + 1] <= 0xbf && p[i + 2] >= 0x80 &&
        p[i + 2] <= 0xbf) {
      /* surrogatepass: a surrogate's three UTF-8 bytes decode to it (a str holds it so) */
      ai_sbuf_put(&b, (const char *)p + i, 3);
      i += 3;
      continue;
    }
    switch (h) {
    case H_STRICT:
      ai_sbuf_free(&b);
      decode_error(c, p, i, i + bad, reason);
      return 0;
    case H_IGNORE: break;
    case H_REPLACE: ai_sbuf_put(&b, "\xef\xbf\xbd", 3); break;
    case H_BACKSLASH:
      for (int64_t k = 0; k < bad; k++) {
        snprintf(tmp, sizeof tmp, "\\x%02x", p[i + k]);
        ai_sbuf_put(&b, tmp, 4);
      }
      break;
    case H_SURROGATEESCAPE:
      for (int64_t k = 0; k < bad; k++) ai_sbuf_put(&b, tmp, (size_t)ai_utf8_encode(0xdc00u + p[i + k], tmp));
      break;
    default:
      ai_sbuf_free(&b);
      unknown_handler(errors);
      return 0;
    }
    i += bad;
  }
  return ai_sbuf_to_str(&b);
}

/* ---------------------------------------------------------------- encode */

static void char_escape(uint32_t cp, char *out, size_t size) {
  if (cp < 0x100) snprintf(out, size, "\\x%02x", cp);
  else if (cp < 0x10000) snprintf(out, size, "\\u%04x", cp);
  else snprintf(out, size, "\\U%08x", cp);
}

/* A surrogate code point is stored as ED A0..BF xx. */
static bool has_surrogate(const AiStr *st) {
  const uint8_t *d = (const uint8_t *)st->data, *end = d + st->nbytes;
  while ((d = memchr(d, 0xed, (size_t)(end - d))) != NULL) {
    if (d + 1 < end && d[1] >= 0xa0) return true;
    d++;
  }
  return false;
}

/* One code point in UTF-16 (a surrogate pair above U+FFFF) or UTF-32, in that byte order. */
static void put_wide(ai_sbuf *b, uint32_t cp, bool wide32, bool be) {
  uint8_t out[8];
  int k = 0;
  uint32_t units[2] = {cp, 0};
  int nunits = 1;
  if (!wide32 && cp >= 0x10000) {
    units[0] = 0xd800 + ((cp - 0x10000) >> 10);
    units[1] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    nunits = 2;
  }
  for (int u = 0; u < nunits; u++) {
    uint32_t x = units[u];
    int width = wide32 ? 4 : 2;
    for (int j = 0; j < width; j++) out[k + j] = (uint8_t)(x >> (8 * (be ? width - 1 - j : j)));
    k += width;
  }
  ai_sbuf_put(b, (const char *)out, (size_t)k);
}

/* str -> UTF-16 / UTF-32: "utf-16"/"utf-32" start with a little-endian byte order mark; lone surrogates are
 * the errors (CPython's "surrogates not allowed", the codec named as given). */
static ai_word encode_wide(const AiStr *st, enum codec c, enum handler h, ai_word errors) {
  bool wide32 = c >= C_UTF32, be = c == C_UTF16BE || c == C_UTF32BE;
  ai_sbuf b = {0};
  if (c == C_UTF16 || c == C_UTF32) put_wide(&b, 0xfeff, wide32, false);
  const char *p = st->data, *end = st->data + st->nbytes;
  int64_t pos = 0;
  while (p < end) {
    uint32_t cp;
    const char *q = ai_utf8_decode(p, &cp);
    if (cp < 0xd800 || cp > 0xdfff) {
      put_wide(&b, cp, wide32, be);
      p = q;
      pos++;
      continue;
    }
    /* the run of lone surrogates */
    int64_t start = pos;
    const char *r = p;
    while (r < end) {
      uint32_t x;
      const char *nx = ai_utf8_decode(r, &x);
      if (x < 0xd800 || x > 0xdfff) break;
      r = nx;
      pos++;
    }
    char esc[16];
    switch (h) {
    case H_STRICT:
      /* CPython's UTF-16/32 encoders report the first surrogate alone, even in a run */
      ai_sbuf_free(&b);
      char_escape(cp, esc, sizeof esc);
      ai_raise_fmt(&ai_exc_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: surrogates not allowed",
                   codec_names[c], esc, (long long)start);
      return 0;
    case H_IGNORE: break;
    case H_SURROGATEPASS:
      /* each surrogate as its own code unit (UTF-16) or code point (UTF-32) */
      for (const char *t = p; t < r;) {
        uint32_t x;
        t = ai_utf8_decode(t, &x);
        put_wide(&b, x, wide32, be);
      }
      break;
    case H_REPLACE:
      for (int64_t k = start; k < pos; k++) put_wide(&b, '?', wide32, be);
      break;
    case H_BACKSLASH:
      for (const char *t = p; t < r;) {
        uint32_t x;
        t = ai_utf8_decode(t, &x);
        char_escape(x, esc, sizeof esc);
        for (const char *e = esc; *e; e++) put_wide(&b, (uint8_t)*e, wide32, be);
      }
      break;
    default:
      ai_sbuf_free(&b);
      unknown_handler(errors);
      return 0;
    }
    p = r;
  }
  return ai_sbuf_to_bytes(&b);
}

ai_word ai_str_encode(ai_word s, ai_word encoding, ai_word errors) {
  enum codec c = codec_of(encoding);
  if (c == C_BAD) return 0;
  enum handler h = handler_of(errors);
  if (h == H_BAD && !ai_is_str(errors)) return 0;
  AiStr *st = ai_as_str(s);
  if (is_wide(c)) return encode_wide(st, c, h, errors);
  if (c == C_UTF8_SIG) {
    /* the byte order mark, then UTF-8 */
    ai_word body = ai_str_encode(s, 0, errors);
    if (!body) return 0;
    ai_word r = ai_bytes_from(NULL, ai_as_bytes(body)->len + 3);
    if (!r) return 0;
    memcpy(ai_as_bytes(r)->data, "\xef\xbb\xbf", 3);
    memcpy(ai_as_bytes(r)->data + 3, ai_as_bytes(body)->data, (size_t)ai_as_bytes(body)->len);
    return r;
  }
  /* fast path: the str's own bytes (ASCII for any codec; UTF-8 without surrogates) */
  if (st->ascii || (c == C_UTF8 && !has_surrogate(st))) return ai_bytes_from(st->data, st->nbytes);
  ai_sbuf b = {0};
  const char *p = st->data, *end = st->data + st->nbytes;
  int64_t pos = 0;
  uint32_t limit = c == C_ASCII ? 0x80 : c == C_LATIN1 ? 0x100 : 0x110000;
  const char *reason = c == C_ASCII ? "ordinal not in range(128)" : c == C_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
  while (p < end) {
    uint32_t cp;
    const char *q = ai_utf8_decode(p, &cp);
    bool ok = cp < limit && !(c == C_UTF8 && cp >= 0xd800 && cp <= 0xdfff);
    if (ok) {
      if (c == C_UTF8) ai_sbuf_put(&b, p, (size_t)(q - p));
      else ai_sbuf_putc(&b, (char)cp);
      p = q;
      pos++;
      continue;
    }
    /* the run of characters this codec cannot encode */
    int64_t start = pos;
    const char *r = p;
    uint32_t first = cp;
    while (r < end) {
      uint32_t x;
      const char *nx = ai_utf8_decode(r, &x);
      if (x < limit && !(c == C_UTF8 && x >= 0xd800 && x <= 0xdfff)) break;
      r = nx;
      pos++;
    }
    char esc[16];
    /* surrogatepass (UTF-8: a surrogate as its three bytes) and surrogateescape (U+DC80..U+DCFF: the byte it stands
     * for) take a run they can encode whole; any other run raises as strict does, as CPython's handlers re-raise */
    bool handled = h == H_SURROGATEPASS || h == H_SURROGATEESCAPE;
    for (const char *t = p; handled && t < r;) {
      uint32_t x;
      t = ai_utf8_decode(t, &x);
      handled = h == H_SURROGATEPASS ? c == C_UTF8 && x >= 0xd800 && x <= 0xdfff : x >= 0xdc80 && x <= 0xdcff;
    }
    if (handled) {
      if (h == H_SURROGATEPASS) ai_sbuf_put(&b, p, (size_t)(r - p));
      for (const char *t = p; h == H_SURROGATEESCAPE && t < r;) {
        uint32_t x;
        t = ai_utf8_decode(t, &x);
        ai_sbuf_putc(&b, (char)(x - 0xdc00));
      }
      p = r;
      continue;
    }
    switch (h) {
    case H_SURROGATEPASS:
    case H_SURROGATEESCAPE:
    case H_STRICT:
      ai_sbuf_free(&b);
      if (pos - start == 1) {
        char_escape(first, esc, sizeof esc);
        ai_raise_fmt(&ai_exc_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: %s", codec_names[c], esc,
                     (long long)start, reason);
      } else {
        ai_raise_fmt(&ai_exc_UnicodeEncodeError, "'%s' codec can't encode characters in position %lld-%lld: %s", codec_names[c],
                     (long long)start, (long long)pos - 1, reason);
      }
      return 0;
    case H_IGNORE: break;
    case H_REPLACE:
      for (int64_t k = start; k < pos; k++) ai_sbuf_putc(&b, '?');
      break;
    case H_BACKSLASH:
      for (const char *t = p; t < r;) {
        uint32_t x;
        t = ai_utf8_decode(t, &x);
        char_escape(x, esc, sizeof esc);
        ai_sbuf_put(&b, esc, strlen(esc));
      }
      break;
    default:
      ai_sbuf_free(&b);
      unknown_handler(errors);
      return 0;
    }
    p = r;
  }
  return ai_sbuf_to_bytes(&b);
}

ai_word ai_builtin_str_decode(ai_word obj, ai_word encoding, ai_word errors) {
  if (!obj) return ai_str_new_ascii("", 0);
  if (encoding && !ai_is_str(encoding)) {
    ai_raise_fmt(&ai_exc_TypeError, "str() argument 'encoding' must be str, not %s", ai_type_name(encoding));
    return 0;
  }
  if (errors && !ai_is_str(errors)) {
    ai_raise_fmt(&ai_exc_TypeError, "str() argument 'errors' must be str, not %s", ai_type_name(errors));
    return 0;
  }
  if (ai_is_str(obj)) {
    ai_raise(&ai_exc_TypeError, "decoding str is not supported");
    return 0;
  }
  if (!ai_is_byteslike(obj)) {
    ai_raise_fmt(&ai_exc_TypeError, "decoding to str: need a bytes-like object, %s found", ai_type_name(obj));
    return 0;
  }
  return ai_bytes_decode(ai_as_bytes(obj)->data, ai_as_bytes(obj)->len, encoding, errors);
}

/* str.encode(encoding='utf-8', errors='strict') */
ai_word ai_str_method_encode(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"encoding", "errors"};
  ai_word out[2];
  if (!ai_parse_args("encode", nargs, args, kw, 2, names, 0, out)) return 0;
  return ai_str_encode(self, out[0], out[1]);
}

/* ---------------------------------------------------------------- int <-> bytes */

/* byteorder: 1 little, 0 big, -1 raised */
static int byteorder_of(ai_word w) {
  if (!w) return 0;
  if (!ai_is_str(w)) {
    ai_raise_fmt(&ai_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", ai_type_name(w));
    return -1;
  }
  const char *s = ai_as_str(w)->data;
  if (!strcmp(s, "little")) return 1;
  if (!strcmp(s, "big")) return 0;
  ai_raise(&ai_exc_ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
ai_word ai_int_method_to_bytes(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"length", "byteorder", "signed"};
  ai_word out[3];
  if (!ai_parse_args("to_bytes", nargs, args, kw, 3, names, 0, out)) return 0;
  if (ai_is_bool(self)) self = ai_small(self == AI_TRUE_W);
  int64_t len = 1;
  if (out[0]) {
    ai_word length = ai_stdlib_index(out[0]);
    if (!length) return 0;
    if (!ai_int_to_i64(length, &len)) len = -1;
  }
  if (len < 0) {
    ai_raise(&ai_exc_ValueError, "length argument must be non-negative");
    return 0;
  }
  int little = byteorder_of(out[1]);
  if (little < 0) return 0;
  bool is_signed = out[2] && ai_obj_truthy(out[2]);
  int sign = ai_int_sign(self);
  if (sign < 0 && !is_signed) {
    ai_raise(&ai_exc_OverflowError, "can't convert negative int to unsigned");
    return 0;
  }
  int64_t bits = ai_int_bit_length(sign < 0 ? ai_int_invert(self) : self);
  if (bits + (is_signed ? 1 : 0) > len * 8 && !(bits == 0 && len == 0 && !is_signed)) {
    if (!(bits == 0 && sign >= 0 && len == 0)) {
      ai_raise(&ai_exc_OverflowError, "int too big to convert");
      return 0;
    }
  }
  ai_word r = ai_bytes_from(NULL, len);
  if (!r) return 0;
  uint8_t *d = ai_as_bytes(r)->data;
  ai_word x = self, mask = ai_small(0xff), eight = ai_small(8);
  for (int64_t i = 0; i < len; i++) {
    ai_word byte = ai_int_and(x, mask);
    if (!byte) return 0;
    d[little ? i : len - 1 - i] = (uint8_t)ai_small_val(byte);
    x = ai_int_rshift(x, eight);
    if (!x) return 0;
  }
  return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), called on any int (the parser writes int.from_bytes so) */
ai_word ai_int_method_from_bytes(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)self;
  static const char *const names[] = {"bytes", "byteorder", "signed"};
  ai_word out[3];
  if (!ai_parse_args("from_bytes", nargs, args, kw, 3, names, 1, out)) return 0;
  ai_word src = out[0];
  if (!ai_is_byteslike(src)) {
    if (ai_is_str(src)) {
      ai_raise(&ai_exc_TypeError, "cannot convert 'str' object to bytes");
      return 0;
    }
    src = ai_builtin_bytes(src, 0, 0, false);
    if (!src) return 0;
  }
  int little = byteorder_of(out[1]);
  if (little < 0) return 0;
  bool is_signed = out[2] && ai_obj_truthy(out[2]);
  const uint8_t *d = ai_as_bytes(src)->data;
  int64_t n = ai_as_bytes(src)->len;
  ai_word r = ai_small(0), eight = ai_small(8);
  for (int64_t k = 0; k < n; k++) {
    uint8_t c = d[little ? n - 1 - k : k];
    r = ai_int_lshift(r, eight);
    if (!r) return 0;
    r = ai_int_or(r, ai_small(c));
    if (!r) return 0;
  }
  if (is_signed && n > 0 && (d[little ? n - 1 : 0] & 0x80)) {
    ai_word top = ai_int_lshift(ai_small(1), ai_small(8 * n));
    if (!top) return 0;
    r = ai_int_sub(r, top);
  }
  return r;
}
