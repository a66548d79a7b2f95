/* obj/str.c — immutable UTF-8 str. */
#include "aithon_actor.h"
#include "obj/str.h"

#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/unicode.h"

#include <stdlib.h>

AiStr *ai_str_alloc(int64_t nbytes) {
  if (nbytes < 0 || (uint64_t)nbytes > ((uint64_t)1 << 46)) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return NULL;
  }
  AiStr *s = ai_alloc(sizeof(AiStr) + (size_t)nbytes + 1);
  if (!s) return NULL;
  s->ob.type = &ai_type_str;
  s->nbytes = nbytes;
  s->hash = -1;
  s->data[nbytes] = 0;
  return s;
}

ai_word ai_str_finish(AiStr *s) {
  int64_t len = 0;
  bool ascii = true;
  const unsigned char *p = (const unsigned char *)s->data;
  for (int64_t i = 0; i < s->nbytes; i++) {
    if ((p[i] & 0xc0) != 0x80) len++;
    if (p[i] >= 0x80) ascii = false;
  }
  s->length = len;
  s->ascii = ascii;
  return ai_w(s);
}

ai_word ai_str_new_ascii(const char *src, int64_t n) {
  AiStr *s = ai_str_alloc(n);
  if (!s) return 0;
  memcpy(s->data, src, (size_t)n);
  s->length = n;
  s->ascii = 1;
  return ai_w(s);
}

ai_word ai_str_from_utf8(const char *bytes, int64_t nbytes) {
  AiStr *s = ai_str_alloc(nbytes);
  if (!s) return 0;
  memcpy(s->data, bytes, (size_t)nbytes);
  return ai_str_finish(s);
}

const char *ai_utf8_decode(const char *p, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)p;
  if (u[0] < 0x80) {
    *cp = u[0];
    return p + 1;
  }
  if ((u[0] & 0xe0) == 0xc0) {
    *cp = ((uint32_t)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
    return p + 2;
  }
  if ((u[0] & 0xf0) == 0xe0) {
    *cp = ((uint32_t)(u[0] & 0x0f) << 12) | ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
    return p + 3;
  }
  *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3f) << 12) | ((uint32_t)(u[2] & 0x3f) << 6) |
        (u[3] & 0x3f);
  return p + 4;
}

int ai_utf8_encode(uint32_t c, char *o) {
  if (c < 0x80) {
    o[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (char)(0xc0 | (c >> 6));
    o[1] = (char)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (char)(0xe0 | (c >> 12));
    o[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    o[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  o[0] = (char)(0xf0 | (c >> 18));
  o[1] = (char)(0x80 | ((c >> 12) & 0x3f));
  o[2] = (char)(0x80 | ((c >> 6) & 0x3f));
  o[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

const char *ai_utf8_skip_space(const char *p, const char *end) {
  while (p < end) {
    uint32_t c;
    const char *n = ai_utf8_decode(p, &c);
    if (!ai_unicode_isspace(c)) break;
    p = n;
  }
  return p;
}

const char *ai_utf8_rskip_space(const char *begin, const char *end) {
  while (end > begin) {
    const char *q = end - 1;
    while (q > begin && ((unsigned char)*q & 0xc0) == 0x80) q--;
    uint32_t c;
    ai_utf8_decode(q, &c);
    if (!ai_unicode_isspace(c)) break;
    end = q;
  }
  return end;
}

int64_t ai_utf8_prefix_bytes(const char *s, int64_t nbytes, int64_t ncp) {
  int64_t i = 0, k = 0;
  while (i < nbytes) {
    if ((((unsigned char)s[i]) & 0xc0) != 0x80) {
      if (k == ncp) break;
      k++;
    }
    i++;
  }
  return i;
}

/* ------------------------------------------------------------ sbuf */

void ai_sbuf_put(ai_sbuf *b, const char *s, size_t n) {
  if (b->failed) return;
  if (b->len + n + 1 > b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 64;
    while (nc < b->len + n + 1) nc *= 2;
    char *np = realloc(b->p, nc);
    if (!np) {
      b->failed = true;
      return;
    }
    b->p = np;
    b->cap = nc;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
}

void ai_sbuf_putc(ai_sbuf *b, char c) { ai_sbuf_put(b, &c, 1); }

void ai_sbuf_fill(ai_sbuf *b, uint32_t cp, int64_t count) {
  char e[4];
  int n = ai_utf8_encode(cp, e);
  for (int64_t i = 0; i < count; i++) ai_sbuf_put(b, e, (size_t)n);
}

void ai_sbuf_free(ai_sbuf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}

ai_word ai_sbuf_to_bytes(ai_sbuf *b) {
  if (b->failed) {
    ai_sbuf_free(b);
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  ai_word r = ai_bytes_from(b->p, (int64_t)b->len);
  ai_sbuf_free(b);
  return r;
}

ai_word ai_sbuf_to_str(ai_sbuf *b) {
  if (b->failed) {
    ai_sbuf_free(b);
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  ai_word r = ai_str_from_utf8(b->p ? b->p : "", (int64_t)b->len);
  ai_sbuf_free(b);
  return r;
}

/* ------------------------------------------------------------ operations */

ai_word ai_str_concat(ai_word a, ai_word b) {
  AiStr *x = ai_as_str(a), *y = ai_as_str(b);
  if (y->nbytes == 0) return a;
  if (x->nbytes == 0) return b;
  AiStr *s = ai_str_alloc(x->nbytes + y->nbytes);
  if (!s) return 0;
  memcpy(s->data, x->data, (size_t)x->nbytes);
  memcpy(s->data + x->nbytes, y->data, (size_t)y->nbytes);
  s->length = x->length + y->length;
  s->ascii = x->ascii && y->ascii;
  ai_sched_work_done((x->nbytes + y->nbytes) / 8); /* bytes, as words copied */
  return ai_w(s);
}

ai_word ai_str_append(ai_word a, ai_word b) {
  AiStr *x = ai_as_str(a), *y = ai_as_str(b);
  if (y->nbytes == 0) return a;
  int64_t need = x->nbytes + y->nbytes;
  if ((int64_t)x->ob.gc >= need) {
    /* x is this variable's own growing string (ai_str_share has not given it away): fill its room */
    memcpy(x->data + x->nbytes, y->data, (size_t)y->nbytes);
    x->data[need] = 0;
    x->nbytes = need;
    x->length += y->length;
    x->ascii = x->ascii && y->ascii;
    x->hash = -1;
    ai_sched_work_done(y->nbytes / 8);
    return a;
  }
  /* A first append gets no room (most strings are appended to once); one that has grown before
   * gets half as much again, so repeated appends copy each byte a bounded number of times. */
  int64_t room = x->ob.gc ? need + need / 2 : need;
  AiStr *s = ai_str_alloc(room);
  if (!s) return 0;
  memcpy(s->data, x->data, (size_t)x->nbytes);
  memcpy(s->data + x->nbytes, y->data, (size_t)y->nbytes);
  s->data[need] = 0;
  s->nbytes = need;
  s->length = x->length + y->length;
  s->ascii = x->ascii && y->ascii;
  s->ob.gc = (uint64_t)room;
  ai_sched_work_done(need / 8);
  return ai_w(s);
}

ai_word ai_str_share(ai_word w) {
  /* only a growing string's header is written: literals are constants in read-only memory */
  if (!ai_is_small(w) && ai_obj(w)->type == &ai_type_str && ai_obj(w)->gc) ai_obj(w)->gc = 0;
  return w;
}

ai_word ai_str_repeat(ai_word sw, ai_word nw) {
  AiStr *x = ai_as_str(sw);
  int64_t n;
  if (!ai_int_to_i64(nw, &n)) {
    if (ai_int_sign(nw) < 0) n = 0;
    else {
      ai_raise(&ai_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
      return 0;
    }
  }
  if (n <= 0 || x->nbytes == 0) return ai_str_new_ascii("", 0);
  if (n == 1) return sw;
  if (x->nbytes > INT64_MAX / n) {
    ai_raise(&ai_exc_OverflowError, "repeated string is too long");
    return 0;
  }
  AiStr *s = ai_str_alloc(x->nbytes * n);
  if (!s) return 0;
  int64_t since = 0;
  for (int64_t i = 0; i < n; i++) {
    memcpy(s->data + i * x->nbytes, x->data, (size_t)x->nbytes);
    if ((since += x->nbytes) >= AI_SCHED_WORK_CHUNK * 256) { /* bytes, as words copied (the data is no one's but ours yet) */
      ai_sched_work_done(since / 8);
      since = 0;
    }
  }
  ai_sched_work_done(since / 8);
  s->length = x->length * n;
  s->ascii = x->ascii;
  return ai_w(s);
}

int64_t ai_str_len(ai_word s) { return ai_as_str(s)->length; }

bool ai_str_eq(ai_word a, ai_word b) {
  if (a == b) return true;
  AiStr *x = ai_as_str(a), *y = ai_as_str(b);
  if (x->nbytes != y->nbytes) return false;
  if (x->nbytes == 0) return true;
  /* most unequal strs differ in the first byte (one-character strs always):
   * no call to memcmp for them */
  if (x->data[0] != y->data[0]) return false;
  return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

/* UTF-8 byte order is code-point order. */
int ai_str_cmp(ai_word a, ai_word b) {
  AiStr *x = ai_as_str(a), *y = ai_as_str(b);
  if (x->nbytes == 1 && y->nbytes == 1) /* one-byte strs: no memcmp call */
    return (unsigned char)x->data[0] < (unsigned char)y->data[0] ? -1 : (unsigned char)x->data[0] > (unsigned char)y->data[0];
  int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
  int c = memcmp(x->data, y->data, (size_t)n);
  if (c) return c < 0 ? -1 : 1;
  return (x->nbytes > y->nbytes) - (x->nbytes < y->nbytes);
}

bool ai_str_is_true(ai_word s) { return ai_as_str(s)->nbytes != 0; }

ai_word ai_str_join_n(int64_t n, const ai_word *parts) {
  int64_t total = 0, len = 0;
  bool ascii = true;
  for (int64_t i = 0; i < n; i++) {
    AiStr *p = ai_as_str(parts[i]);
    total += p->nbytes;
    len += p->length;
    ascii = ascii && p->ascii;
  }
  AiStr *s = ai_str_alloc(total);
  if (!s) return 0;
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    AiStr *p = ai_as_str(parts[i]);
    memcpy(s->data + off, p->data, (size_t)p->nbytes);
    off += p->nbytes;
  }
  s->length = len;
  s->ascii = ascii;
  return ai_w(s);
}

ai_word ai_str_of_bool(bool b) { return b ? ai_str_new_ascii("True", 4) : ai_str_new_ascii("False", 5); }

ai_word ai_repr_str(ai_word sw) {
  AiStr *s = ai_as_str(sw);
  bool has_sq = memchr(s->data, '\'', (size_t)s->nbytes) != NULL;
  bool has_dq = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  ai_sbuf b = {0};
  ai_sbuf_putc(&b, quote);
  const char *p = s->data, *end = s->data + s->nbytes;
  char tmp[16];
  while (p < end) {
    uint32_t c;
    const char *next = ai_utf8_decode(p, &c);
    if (c == (uint32_t)quote || c == '\\') {
      ai_sbuf_putc(&b, '\\');
      ai_sbuf_putc(&b, (char)c);
    } else if (c == '\t') {
      ai_sbuf_put(&b, "\\t", 2);
    } else if (c == '\n') {
      ai_sbuf_put(&b, "\\n", 2);
    } else if (c == '\r') {
      ai_sbuf_put(&b, "\\r", 2);
    } else if (c < 0x20 || c == 0x7f) {
      snprintf(tmp, sizeof tmp, "\\x%02x", c);
      ai_sbuf_put(&b, tmp, 4);
    } else if (c < 0x7f) {
      ai_sbuf_putc(&b, (char)c);
    } else if (ai_unicode_isprintable(c)) {
      ai_sbuf_put(&b, p, (size_t)(next - p));
    } else if (c <= 0xff) {
      snprintf(tmp, sizeof tmp, "\\x%02x", c);
      ai_sbuf_put(&b, tmp, 4);
    } else if (c <= 0xffff) {
      snprintf(tmp, sizeof tmp, "\\u%04x", c);
      ai_sbuf_put(&b, tmp, 6);
    } else {
      snprintf(tmp, sizeof tmp, "\\U%08x", c);
      ai_sbuf_put(&b, tmp, 10);
    }
    p = next;
  }
  ai_sbuf_putc(&b, quote);
  return ai_sbuf_to_str(&b);
}
