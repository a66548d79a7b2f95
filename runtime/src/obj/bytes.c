/*
 * obj/bytes.c — the bytes and bytearray types: construction (literals,
 * bytes(...)/bytearray(...)), repr, comparison, hashing, len, indexing and
 * slicing, `in`, +, *, iteration, with CPython 3.11's results and messages.
 * Their methods are in bytes_methods.c, the codecs in codecs.c.
 */
#include "obj/bytes.h"

#include "exc/exception.h"
#include "gc/gc.h"
#include "obj/ext.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <stdio.h>

const AiType ai_type_bytes = {"bytes", NULL};
const AiType ai_type_bytearray = {"bytearray", NULL};
static const AiType type_bytes_iter = {"bytes_iterator", NULL};
static const AiType type_bytearray_iter = {"bytearray_iterator", NULL};

ai_word ai_bytes_from(const void *p, int64_t n) {
  ai_bytes_register();
  AiBytes *b = ai_alloc(sizeof(AiBytes) + (size_t)n + 1);
  if (!b) return 0;
  b->ob.type = &ai_type_bytes;
  b->len = n;
  b->cap = n;
  b->hash = -1;
  b->data = (uint8_t *)(b + 1);
  if (p && n) memcpy(b->data, p, (size_t)n);
  return ai_w(b);
}

ai_word ai_bytearray_from(const void *p, int64_t n) {
  ai_bytes_register();
  AiBytes *b = ai_alloc(sizeof(AiBytes));
  if (!b) return 0;
  b->ob.type = &ai_type_bytearray;
  b->hash = -1;
  if (n) {
    b->buf = ai_bytes_from(p, n);
    if (!b->buf) return 0;
    b->data = ai_as_bytes(b->buf)->data;
  }
  b->len = n;
  b->cap = n;
  return ai_w(b);
}

ai_word ai_bytes_like(ai_word like, const void *p, int64_t n) {
  return ai_is_bytearray(like) ? ai_bytearray_from(p, n) : ai_bytes_from(p, n);
}

bool ai_bytearray_append(ai_word ba, const void *p, int64_t n) {
  AiBytes *b = ai_as_bytes(ba);
  if (b->len + n > b->cap) {
    int64_t nc = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n + 8;
    ai_word block = ai_bytes_from(NULL, nc);
    if (!block) return false;
    uint8_t *nd = ai_as_bytes(block)->data;
    if (b->len) memcpy(nd, b->data, (size_t)b->len);
    /* p may have pointed into the old block: it stays alive until this function returns (on the stack) */
    b->data = nd;
    b->buf = block;
    b->cap = nc;
  }
  /* p may point into b itself (ba += ba): memmove after the copy above keeps it valid */
  if (n) memmove(b->data + b->len, p, (size_t)n);
  b->len += n;
  return true;
}

bool ai_bytes_arg(ai_word w, const uint8_t **p, int64_t *n) {
  if (!ai_is_byteslike(w)) {
    ai_raise_fmt(&ai_exc_TypeError, "a bytes-like object is required, not '%s'", ai_type_name(w));
    return false;
  }
  *p = ai_as_bytes(w)->data;
  *n = ai_as_bytes(w)->len;
  return true;
}

int64_t ai_payload_bytes(ai_word w) {
  if (ai_is_str(w)) return ai_as_str(w)->nbytes;
  return ai_is_byteslike(w) ? ai_as_bytes(w)->len : 0;
}

/* ---------------------------------------------------------------- construction */

/* A literal b'...': the compiler passes a str whose code points are the bytes. */
ai_word ai_bytes_literal(ai_word s) {
  AiStr *st = ai_as_str(s);
  ai_word r = ai_bytes_from(NULL, st->length);
  if (!r) return 0;
  uint8_t *d = ai_as_bytes(r)->data;
  const char *p = st->data, *end = st->data + st->nbytes;
  while (p < end) {
    uint32_t cp;
    p = ai_utf8_decode(p, &cp);
    *d++ = (uint8_t)cp;
  }
  return r;
}

/* An int in range(256) for a byte, or raises as CPython (what: "bytes must be" / "byte must be"). */
static bool byte_value(ai_word v, int *out, const char *what) {
  if (!ai_is_int(v) && !ai_is_bool(v)) {
    ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(v));
    return false;
  }
  int64_t x;
  if (ai_is_bool(v)) x = v == AI_TRUE_W;
  else if (!ai_int_to_i64(v, &x)) x = -1;
  if (x < 0 || x > 255) {
    ai_raise_fmt(&ai_exc_ValueError, "%s in range(0, 256)", what);
    return false;
  }
  *out = (int)x;
  return true;
}

/* The bytes an iterable of ints gives, appended to a new bytearray. */
static ai_word from_iterable(ai_word src) {
  ai_word r = ai_bytearray_from(NULL, 0);
  if (!r) return 0;
  ai_word it = ai_obj_iter(src), v;
  if (!it) return 0;
  while (ai_iter_next(it, &v)) {
    int x;
    if (!byte_value(v, &x, "bytes must be")) return 0;
    uint8_t c = (uint8_t)x;
    if (!ai_bytearray_append(r, &c, 1)) return 0;
  }
  return ai_exc_pending() ? 0 : r;
}

/* bytes(...) / bytearray(...) with 0-3 arguments (source, encoding, errors; 0 for an absent one). */
ai_word ai_builtin_bytes(ai_word src, ai_word encoding, ai_word errors, bool array) {
  const char *name = array ? "bytearray" : "bytes";
  ai_word (*make)(const void *, int64_t) = array ? ai_bytearray_from : ai_bytes_from;
  if (!src) {
    if (encoding || errors) {
      ai_raise(&ai_exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
      return 0;
    }
    return make(NULL, 0);
  }
  if (ai_is_str(src)) {
    if (!encoding) {
      ai_raise(&ai_exc_TypeError, "string argument without an encoding");
      return 0;
    }
    ai_word r = ai_str_encode(src, encoding, errors);
    if (!r || !array) return r;
    return make(ai_as_bytes(r)->data, ai_as_bytes(r)->len);
  }
  if (encoding || errors) {
    ai_raise(&ai_exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
    return 0;
  }
  /* bytes(x) of an instance whose class defines __bytes__: what it returns, which must be bytes (bytearray()
   * does not call it), as CPython's bytes_new */
  if (!array && !ai_is_small(src) && ai_class_defines(ai_obj(src)->type, "__bytes__", 9) == 1) {
    ai_word r = ai_call_method(src, ai_str_new_ascii("__bytes__", 9), 0, NULL, 0);
    if (r && !ai_is_bytes(r)) {
      ai_raise_fmt(&ai_exc_TypeError, "__bytes__ returned non-bytes (type %s)", ai_type_name(r));
      return 0;
    }
    return r;
  }
  if (ai_is_byteslike(src)) {
    if (!array && ai_is_bytes(src)) return src;
    return make(ai_as_bytes(src)->data, ai_as_bytes(src)->len);
  }
  /* an instance with __index__ (an IntEnum member, an int subclass's instance) is a count, as CPython's nb_index */
  ai_word held;
  if (!ai_is_small(src) && ai_class_index_value(src, &held)) src = held;
  else if (ai_exc_pending()) {
    /* an __index__ that raised TypeError: the object is then tried as an iterable, as CPython does */
    if (!ai_exc_matches(&ai_exc_TypeError)) return 0;
    ai_exc_clear();
  }
  if (ai_is_int(src) || ai_is_bool(src)) {
    int64_t n;
    if (!ai_int_to_i64(ai_is_bool(src) ? ai_small(src == AI_TRUE_W) : src, &n)) {
      ai_raise(&ai_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
      return 0;
    }
    if (n < 0) {
      ai_raise(&ai_exc_ValueError, "negative count");
      return 0;
    }
    return make(NULL, n);
  }
  if (ai_is_small(src) || ai_obj(src)->type == &ai_type_float || src == AI_NONE_W) {
    if (array)
      ai_raise_fmt(&ai_exc_TypeError, "cannot convert '%s' object to bytearray", ai_type_name(src));
    else
      ai_raise_fmt(&ai_exc_TypeError, "cannot convert '%s' object to bytes", ai_type_name(src));
    return 0;
  }
  ai_word it = ai_obj_iter(src);
  if (!it) {
    ai_exc_clear();
    ai_raise_fmt(&ai_exc_TypeError, "cannot convert '%s' object to %s", ai_type_name(src), name);
    return 0;
  }
  ai_word r = from_iterable(src);
  if (!r || array) return r;
  return ai_bytes_from(ai_as_bytes(r)->data, ai_as_bytes(r)->len);
}

/* ---------------------------------------------------------------- repr, hash, compare */

ai_word ai_bytes_repr_of(const uint8_t *p, int64_t n, bool array) {
  bool has_sq = memchr(p, '\'', (size_t)n) != NULL, has_dq = memchr(p, '"', (size_t)n) != NULL;
  char quote = has_sq && !has_dq ? '"' : '\'';
  ai_sbuf b = {0};
  if (array) ai_sbuf_put(&b, "bytearray(", 10);
  ai_sbuf_putc(&b, 'b');
  ai_sbuf_putc(&b, quote);
  for (int64_t i = 0; i < n; i++) {
    uint8_t c = p[i];
    if (c == quote || c == '\\') {
      ai_sbuf_putc(&b, '\\');
      ai_sbuf_putc(&b, (char)c);
    } else if (c == '\t') ai_sbuf_put(&b, "\\t", 2);
    else if (c == '\n') ai_sbuf_put(&b, "\\n", 2);
    else if (c == '\r') ai_sbuf_put(&b, "\\r", 2);
    else if (c < 0x20 || c >= 0x7f) {
      char h[5];
      snprintf(h, sizeof h, "\\x%02x", c);
      ai_sbuf_put(&b, h, 4);
    } else ai_sbuf_putc(&b, (char)c);
  }
  ai_sbuf_putc(&b, quote);
  if (array) ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

static ai_word b_repr(ai_word o) {
  AiBytes *b = ai_as_bytes(o);
  return ai_bytes_repr_of(b->data, b->len, ai_is_bytearray(o));
}

static int64_t b_hash(ai_word o) {
  AiBytes *b = ai_as_bytes(o);
  if (b->hash == -1) b->hash = ai_hash_bytes((const char *)b->data, (size_t)b->len);
  return b->hash;
}

static int b_richcmp(int op, ai_word a, ai_word b) {
  if (!ai_is_byteslike(a) || !ai_is_byteslike(b)) return 2;
  AiBytes *x = ai_as_bytes(a), *y = ai_as_bytes(b);
  int64_t n = x->len < y->len ? x->len : y->len;
  int c = n ? memcmp(x->data, y->data, (size_t)n) : 0;
  if (c == 0) c = (x->len > y->len) - (x->len < y->len);
  switch (op) {
  case AI_LT: return c < 0;
  case AI_LE: return c <= 0;
  case AI_EQ: return c == 0;
  case AI_NE: return c != 0;
  case AI_GT: return c > 0;
  default: return c >= 0;
  }
}

static int64_t b_len(ai_word o) { return ai_as_bytes(o)->len; }

/* ---------------------------------------------------------------- items */

static ai_word b_getitem(ai_word o, ai_word key) {
  AiBytes *b = ai_as_bytes(o);
  /* an instance with __index__ (or an IntEnum member): the int it stands for, as CPython's nb_index */
  ai_word key_held;
  if (!ai_is_small(key) && !ai_is_int(key) && !ai_is_bool(key) && !ai_is_slice(key)) {
    if (ai_class_index_value(key, &key_held)) key = key_held;
    else if (ai_exc_pending()) return 0;
  }
  if (ai_is_slice(key)) {
    int64_t start, stop, step, n = ai_slice_indices(key, b->len, &start, &stop, &step);
    if (n < 0) return 0;
    ai_word r = ai_bytes_like(o, NULL, n);
    if (!r) return 0;
    uint8_t *d = ai_as_bytes(r)->data;
    for (int64_t i = 0, j = start; i < n; i++, j += step) d[i] = b->data[j];
    return r;
  }
  if (!ai_is_int(key) && !ai_is_bool(key)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s indices must be integers or slices, not %s", ai_is_bytearray(o) ? "bytearray" : "byte",
                 ai_type_name(key));
    return 0;
  }
  int64_t i;
  if (ai_is_bool(key)) i = key == AI_TRUE_W;
  else if (!ai_int_to_i64(key, &i)) i = INT64_MAX;
  if (i < 0) i += b->len;
  if (i < 0 || i >= b->len) {
    ai_raise(&ai_exc_IndexError, ai_is_bytearray(o) ? "bytearray index out of range" : "index out of range");
    return 0;
  }
  return ai_small(b->data[i]);
}

/* An int (or bool) index of a bytearray, negative ones from the end; false after IndexError. */
static bool ba_index(const AiBytes *b, ai_word key, int64_t *out) {
  int64_t i;
  if (ai_is_bool(key)) i = key == AI_TRUE_W;
  else if (!ai_int_to_i64(key, &i)) i = INT64_MAX;
  if (i < 0) i += b->len;
  if (i < 0 || i >= b->len) {
    ai_raise(&ai_exc_IndexError, "bytearray index out of range");
    return false;
  }
  *out = i;
  return true;
}

static bool ba_setitem(ai_word o, ai_word key, ai_word value) {
  AiBytes *b = ai_as_bytes(o);
  if (ai_is_slice(key)) {
    ai_word src = ai_is_byteslike(value) ? value : ai_builtin_bytes(value, 0, 0, true);
    if (!src) return false;
    const uint8_t *sp = ai_as_bytes(src)->data;
    int64_t sn = ai_as_bytes(src)->len;
    int64_t start, stop, step, n = ai_slice_indices(key, b->len, &start, &stop, &step);
    if (n < 0) return false;
    if (step == 1) {
      /* replace data[start:start+n] by the new bytes */
      ai_word tail = ai_bytes_from(b->data + start + n, b->len - start - n);
      ai_word copy = ai_bytes_from(sp, sn);
      if (!tail || !copy) return false;
      b->len = start;
      return ai_bytearray_append(o, ai_as_bytes(copy)->data, sn) && ai_bytearray_append(o, ai_as_bytes(tail)->data, ai_as_bytes(tail)->len);
    }
    if (sn != n) {
      ai_raise_fmt(&ai_exc_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld", (long long)sn, (long long)n);
      return false;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step) b->data[j] = sp[i];
    return true;
  }
  /* an instance with __index__ (or an IntEnum member): the int it stands for, as CPython's nb_index */
  ai_word key_held;
  if (!ai_is_small(key) && !ai_is_int(key) && !ai_is_bool(key) && !ai_is_slice(key)) {
    if (ai_class_index_value(key, &key_held)) key = key_held;
    else if (ai_exc_pending()) return false;
  }
  if (!ai_is_int(key) && !ai_is_bool(key)) {
    ai_raise_fmt(&ai_exc_TypeError, "bytearray indices must be integers or slices, not %s", ai_type_name(key));
    return false;
  }
  /* the value is checked first, as CPython does */
  int x;
  if (!byte_value(value, &x, "byte must be")) return false;
  int64_t i;
  if (!ba_index(b, key, &i)) return false;
  b->data[i] = (uint8_t)x;
  return true;
}

static bool ba_delitem(ai_word o, ai_word key) {
  AiBytes *b = ai_as_bytes(o);
  if (ai_is_slice(key)) {
    int64_t start, stop, step, n = ai_slice_indices(key, b->len, &start, &stop, &step);
    if (n < 0) return false;
    int64_t w = 0;
    for (int64_t i = 0; i < b->len; i++) {
      bool del = false;
      if (n > 0) {
        int64_t k = i - start;
        del = step > 0 ? (k >= 0 && k % step == 0 && k / step < n) : (k <= 0 && (-k) % (-step) == 0 && (-k) / (-step) < n);
      }
      if (!del) b->data[w++] = b->data[i];
    }
    b->len = w;
    return true;
  }
  /* an instance with __index__ (or an IntEnum member): the int it stands for, as CPython's nb_index */
  ai_word key_held;
  if (!ai_is_small(key) && !ai_is_int(key) && !ai_is_bool(key) && !ai_is_slice(key)) {
    if (ai_class_index_value(key, &key_held)) key = key_held;
    else if (ai_exc_pending()) return false;
  }
  if (!ai_is_int(key) && !ai_is_bool(key)) {
    ai_raise_fmt(&ai_exc_TypeError, "bytearray indices must be integers or slices, not %s", ai_type_name(key));
    return false;
  }
  int64_t i;
  if (!ba_index(b, key, &i)) return false;
  memmove(b->data + i, b->data + i + 1, (size_t)(b->len - i - 1));
  b->len--;
  return true;
}

/* Position of needle in hay[from..to), -1 when absent. */
int64_t ai_bytes_find(const uint8_t *hay, int64_t from, int64_t to, const uint8_t *needle, int64_t n) {
  if (n == 0) return from <= to ? from : -1;
  for (int64_t i = from; i + n <= to; i++)
    if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)n) == 0) return i;
  return -1;
}

static int b_contains(ai_word o, ai_word x) {
  AiBytes *b = ai_as_bytes(o);
  if (ai_is_byteslike(x)) return ai_bytes_find(b->data, 0, b->len, ai_as_bytes(x)->data, ai_as_bytes(x)->len) >= 0;
  if (!ai_is_int(x) && !ai_is_bool(x)) {
    ai_raise_fmt(&ai_exc_TypeError, "a bytes-like object is required, not '%s'", ai_type_name(x));
    return -1;
  }
  int c;
  if (!byte_value(x, &c, "byte must be")) return -1;
  return memchr(b->data, c, (size_t)b->len) != NULL;
}

/* ---------------------------------------------------------------- + and * */

static ai_word repeat(ai_word s, ai_word n) {
  int64_t k;
  if (!ai_int_to_i64(ai_is_bool(n) ? ai_small(n == AI_TRUE_W) : n, &k)) {
    ai_raise_fmt(&ai_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return 0;
  }
  AiBytes *b = ai_as_bytes(s);
  if (k < 0) k = 0;
  if (b->len && k > INT64_MAX / 2 / b->len) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  ai_word r = ai_bytes_like(s, NULL, b->len * k);
  if (!r) return 0;
  for (int64_t i = 0; i < k; i++) memcpy(ai_as_bytes(r)->data + i * b->len, b->data, (size_t)b->len);
  return r;
}

static ai_word b_binop(int op, ai_word a, ai_word b, bool inplace) {
  if (op == AI_ADD) {
    if (ai_is_byteslike(a) && ai_is_byteslike(b)) {
      AiBytes *x = ai_as_bytes(a), *y = ai_as_bytes(b);
      if (inplace && ai_is_bytearray(a)) return ai_bytearray_append(a, y->data, y->len) ? a : 0;
      ai_word r = ai_bytes_like(a, NULL, x->len + y->len);
      if (!r) return 0;
      memcpy(ai_as_bytes(r)->data, x->data, (size_t)x->len);
      memcpy(ai_as_bytes(r)->data + x->len, y->data, (size_t)y->len);
      return r;
    }
    if (ai_is_byteslike(a)) {
      ai_raise_fmt(&ai_exc_TypeError, "can't concat %s to %s", ai_type_name(b), ai_type_name(a));
      return 0;
    }
    return AI_NOTIMPL;
  }
  if (op == AI_MUL) {
    ai_word s = ai_is_byteslike(a) ? a : b, n = s == a ? b : a;
    if (!ai_is_int(n) && !ai_is_bool(n)) {
      if (ai_is_byteslike(n) || ai_is_str(n) || ai_is_float(n) || n == AI_NONE_W) {
        ai_raise_fmt(&ai_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ai_type_name(n));
        return 0;
      }
      return AI_NOTIMPL;
    }
    ai_word r = repeat(s, n);
    if (r && inplace && ai_is_bytearray(a)) {
      AiBytes *x = ai_as_bytes(a);
      *x = *ai_as_bytes(r);
      return a;
    }
    return r;
  }
  if (op == AI_MOD && ai_is_byteslike(a)) return ai_bytes_percent(a, b);
  return AI_NOTIMPL;
}

/* ---------------------------------------------------------------- iteration */

typedef struct {
  AiObject ob;
  ai_word seq;
  int64_t i;
} BytesIter;

static ai_word b_iter(ai_word o) {
  BytesIter *it = ai_alloc(sizeof(BytesIter));
  if (!it) return 0;
  it->ob.type = ai_is_bytearray(o) ? &type_bytearray_iter : &type_bytes_iter;
  it->seq = o;
  return ai_w(it);
}

/* reversed(b): an iterator over a reversed copy (a bytearray changed meanwhile is not seen) */
static ai_word b_reversed(ai_word o) {
  AiBytes *b = ai_as_bytes(o);
  ai_word r = ai_bytes_from(NULL, b->len);
  if (!r) return 0;
  for (int64_t i = 0; i < b->len; i++) ai_as_bytes(r)->data[i] = b->data[b->len - 1 - i];
  return b_iter(r);
}

static ai_word self_iter(ai_word o) { return o; }

static bool b_iter_next(ai_word w, ai_word *out) {
  BytesIter *it = (BytesIter *)(intptr_t)w;
  if (!it->seq) return false;
  AiBytes *b = ai_as_bytes(it->seq);
  if (it->i >= b->len) {
    it->seq = 0;
    return false;
  }
  *out = ai_small(b->data[it->i++]);
  return true;
}

/* ---------------------------------------------------------------- registration */

static const AiExtSlots bytes_slots = {
    .type = &ai_type_bytes,
    .iter = b_iter,
    .len = b_len,
    .getitem = b_getitem,
    .contains = b_contains,
    .repr = b_repr,
    .richcmp = b_richcmp,
    .binop = b_binop,
    .reversed = b_reversed,
    .methods = ai_bytes_methods,
    .hash = b_hash,
};

static const AiExtSlots bytearray_slots = {
    .type = &ai_type_bytearray,
    .iter = b_iter,
    .len = b_len,
    .getitem = b_getitem,
    .setitem = ba_setitem,
    .delitem = ba_delitem,
    .contains = b_contains,
    .repr = b_repr,
    .richcmp = b_richcmp,
    .binop = b_binop,
    .reversed = b_reversed,
    .methods = ai_bytearray_methods,
    .unhashable = true,
};

static const AiExtSlots bytes_iter_slots = {.type = &type_bytes_iter, .iter = self_iter, .next = b_iter_next};
static const AiExtSlots bytearray_iter_slots = {.type = &type_bytearray_iter, .iter = self_iter, .next = b_iter_next};

/* A bytearray's children: the block holding its data. */
static void bytearray_trace(const void *obj, ai_gc *gc) { ai_gc_mark(gc, ((const AiBytes *)obj)->buf); }

void ai_bytes_register(void) {
  static _Atomic int registered;
  if (registered) return;
  ai_gc_register(&ai_type_bytes, AI_GC_LEAF);
  ai_gc_register(&ai_type_bytearray, bytearray_trace);
  ai_ext_register(&bytes_slots);
  ai_ext_register(&bytearray_slots);
  ai_ext_register(&bytes_iter_slots);
  ai_ext_register(&bytearray_iter_slots);
  registered = 1;
}
