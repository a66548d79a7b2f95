/*
 * obj/methods_str.c — the str methods (CPython 3.11 semantics on UTF-8 data:
 * every index and count is in code points; matching works on bytes, which is
 * exact for valid UTF-8), str indexing/slicing/`in`, and one-character strs.
 */
#define _GNU_SOURCE /* memmem */
#include "obj/containers.h"

#include "aithon_actor.h"

#include "exc/exception.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/unicode.h"
#include "obj/unicode_db.h"
#include "obj/userclass.h"

#include <stdatomic.h>
#include <stdlib.h>

/* ------------------------------------------------------------ helpers */

/* static one-character ASCII strs, laid out as AiStr */
typedef struct {
  AiObject ob;
  int64_t length, nbytes, hash;
  uint8_t ascii;
  char data[2];
} char_str;
#define C1(i) {{&ai_type_str, 0}, 1, 1, -1, 1, {(char)(i), 0}}
#define C4(i) C1(i), C1(i + 1), C1(i + 2), C1(i + 3)
#define C16(i) C4(i), C4(i + 4), C4(i + 8), C4(i + 12)
#define C64(i) C16(i), C16(i + 16), C16(i + 32), C16(i + 48)
static char_str ascii_chars[128] = {C64(0), C64(64)};

ai_word ai_str_from_cp(uint32_t cp) {
  if (cp < 128) return ai_w(&ascii_chars[cp]);
  char buf[4];
  int n = ai_utf8_encode(cp, buf);
  AiStr *s = ai_str_alloc(n);
  if (!s) return 0;
  memcpy(s->data, buf, (size_t)n);
  s->length = 1;
  s->ascii = 0;
  return ai_w(s);
}

/* Bumped whenever objects may be freed (a collection, a heap destroyed): a
 * cursor below is only trusted within one epoch, so a str at a reused
 * address never meets the cursor of a dead one. */
_Atomic uint64_t ai_str_cursor_epoch;

/* The last code point -> byte offset lookup in a long non-ASCII str (per
 * thread): walking a str forwards or backwards (a parser, s[i] in a loop)
 * costs the distance from the last index, not from the start. */
static _Thread_local struct {
  const AiStr *s;
  uint64_t epoch;
  int64_t i, off;
} cursor;

int64_t ai_str_cp_offset(AiStr *s, int64_t i) {
  if (i <= 0) return 0;
  if (i >= s->length) return s->nbytes;
  if (s->ascii) return i;
  if (s->nbytes < 512) return ai_utf8_prefix_bytes(s->data, s->nbytes, i);
  uint64_t ep = atomic_load_explicit(&ai_str_cursor_epoch, memory_order_acquire);
  const unsigned char *d = (const unsigned char *)s->data;
  int64_t k = 0, p = 0;
  if (cursor.s == s && cursor.epoch == ep && (cursor.i <= i || i > cursor.i / 2)) {
    k = cursor.i;
    p = cursor.off;
  }
  while (k < i) {
    p++;
    while (p < s->nbytes && (d[p] & 0xc0) == 0x80) p++;
    k++;
  }
  while (k > i) {
    p--;
    while (p > 0 && (d[p] & 0xc0) == 0x80) p--;
    k--;
  }
  cursor.s = s;
  cursor.epoch = ep;
  cursor.i = i;
  cursor.off = p;
  return p;
}

/* code points in data[a, b) */
static int64_t cps_in(const char *data, int64_t a, int64_t b) {
  int64_t n = 0;
  for (int64_t i = a; i < b; i++) n += ((unsigned char)data[i] & 0xc0) != 0x80;
  return n;
}

static ai_word sub_bytes(AiStr *s, int64_t a, int64_t b) {
  if (a == 0 && b == s->nbytes) return ai_w(s);
  if (s->ascii) return ai_str_new_ascii(s->data + a, b - a);
  return ai_str_from_utf8(s->data + a, b - a);
}

static ai_word empty_str(void) { return ai_str_new_ascii("", 0); }

/* decodes into a malloc'd code point array */
static uint32_t *decode(AiStr *s) {
  uint32_t *cps = malloc((size_t)(s->length + 1) * sizeof(uint32_t));
  if (!cps) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return NULL;
  }
  const char *p = s->data, *end = s->data + s->nbytes;
  int64_t i = 0;
  while (p < end) p = ai_utf8_decode(p, &cps[i++]);
  return cps;
}

static void put_cp(ai_sbuf *b, uint32_t c) {
  char e[4];
  int n = ai_utf8_encode(c, e);
  ai_sbuf_put(b, e, (size_t)n);
}

static const char *prev_cp(const char *begin, const char *p) {
  p--;
  while (p > begin && ((unsigned char)*p & 0xc0) == 0x80) p--;
  return p;
}

static bool want_str(ai_word w, const char *fmt) {
  if (ai_is_str(w)) return true;
  ai_raise_fmt(&ai_exc_TypeError, fmt, ai_type_name(w));
  return false;
}

/* an optional int argument ("'x' object cannot be interpreted as an integer") */
static bool int_arg(ai_word w, int64_t dflt, int64_t *out) {
  if (!w) {
    *out = dflt;
    return true;
  }
  if (ai_is_small(w)) {
    *out = ai_small_val(w);
    return true;
  }
  if (ai_is_bool(w)) {
    *out = w == AI_TRUE_W;
    return true;
  }
  if (ai_obj(w)->type == &ai_type_int) {
    if (ai_int_to_i64(w, out)) return true;
    ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  /* an instance with __index__ (an IntEnum member, an int subclass's instance): CPython's nb_index */
  ai_word held;
  if (ai_class_index_value(w, &held)) return int_arg(held, dflt, out);
  if (!ai_exc_pending()) ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(w));
  return false;
}

/* start/end arguments of find & co: None or int (clamped) */
static bool slice_arg(ai_word w, int64_t dflt, int64_t *out) {
  if (!w || w == AI_NONE_W) {
    *out = dflt;
    return true;
  }
  if (ai_is_small(w)) *out = ai_small_val(w);
  else if (ai_is_bool(w)) *out = w == AI_TRUE_W;
  else if (ai_obj(w)->type == &ai_type_int) {
    if (!ai_int_to_i64(w, out)) *out = ai_int_sign(w) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  } else {
    /* an IntEnum member, an int subclass's instance, an instance with __index__: CPython's nb_index */
    ai_word held;
    if (ai_class_index_value(w, &held)) return slice_arg(held, dflt, out);
    if (ai_exc_pending()) return false;
    ai_raise(&ai_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return true;
}

static void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
  if (*end > len) *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
}

static const char *rmemmem(const char *hay, int64_t hn, const char *needle, int64_t nn) {
  if (nn > hn) return NULL;
  for (const char *p = hay + hn - nn; p >= hay; p--)
    if (*p == *needle && memcmp(p, needle, (size_t)nn) == 0) return p;
  return NULL;
}

static const char *fmemmem(const char *hay, int64_t hn, const char *needle, int64_t nn) {
  if (nn == 0) return hay;
  if (nn > hn) return NULL;
  if (nn == 1) return memchr(hay, needle[0], (size_t)hn);
  return memmem(hay, (size_t)hn, needle, (size_t)nn);
}

static ai_word new_list(void) { return ai_list_new(0, NULL); }
static bool add_part(ai_word list, AiStr *s, int64_t a, int64_t b) {
  ai_word p = sub_bytes(s, a, b);
  return p && ai_list_append(list, p);
}

/* ------------------------------------------------------------ indexing */

ai_word ai_str_get(ai_word sw, ai_word index) {
  AiStr *s = ai_as_str(sw);
  int64_t i;
  if (ai_is_small(index)) i = ai_small_val(index);
  else if (ai_is_bool(index)) i = index == AI_TRUE_W;
  else if (ai_obj(index)->type == &ai_type_int) {
    ai_raise(&ai_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    return 0;
  } else {
    /* an IntEnum member, an int subclass's instance, an instance with __index__: CPython's nb_index */
    ai_word held;
    if (ai_class_index_value(index, &held)) return ai_str_get(sw, held);
    if (ai_exc_pending()) return 0;
    ai_raise_fmt(&ai_exc_TypeError, "string indices must be integers, not '%s'", ai_type_name(index));
    return 0;
  }
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) {
    ai_raise(&ai_exc_IndexError, "string index out of range");
    return 0;
  }
  if (s->ascii) return ai_str_from_cp((unsigned char)s->data[i]);
  uint32_t cp;
  ai_utf8_decode(s->data + ai_str_cp_offset(s, i), &cp);
  return ai_str_from_cp(cp);
}

ai_word ai_str_getslice(ai_word sw, int64_t start, int64_t stop, int64_t step, int64_t n) {
  AiStr *s = ai_as_str(sw);
  (void)stop;
  if (n <= 0) return empty_str();
  if (step == 1) return sub_bytes(s, ai_str_cp_offset(s, start), ai_str_cp_offset(s, start + n));
  if (s->ascii) {
    AiStr *r = ai_str_alloc(n);
    if (!r) return 0;
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = s->data[j];
    r->length = n;
    r->ascii = 1;
    return ai_w(r);
  }
  uint32_t *cps = decode(s);
  if (!cps) return 0;
  ai_sbuf b = {0};
  for (int64_t i = 0, j = start; i < n; i++, j += step) put_cp(&b, cps[j]);
  free(cps);
  return ai_sbuf_to_str(&b);
}

int ai_str_contains(ai_word sw, ai_word sub) {
  if (!ai_is_str(sub)) {
    ai_raise_fmt(&ai_exc_TypeError, "'in <string>' requires string as left operand, not %s", ai_type_name(sub));
    return -1;
  }
  AiStr *s = ai_as_str(sw), *t = ai_as_str(sub);
  return fmemmem(s->data, s->nbytes, t->data, t->nbytes) != NULL;
}

/* ------------------------------------------------------------ find & co */

/* cp index of sub in s[start:end] or -1; dir > 0 first, < 0 last */
static int64_t find_in(AiStr *s, AiStr *sub, int64_t start, int64_t end, int dir) {
  adjust_indices(&start, &end, s->length);
  if (end - start < sub->length) return -1;
  if (sub->length == 0) return dir > 0 ? start : end;
  int64_t bs = ai_str_cp_offset(s, start), be = ai_str_cp_offset(s, end);
  const char *p = dir > 0 ? fmemmem(s->data + bs, be - bs, sub->data, sub->nbytes)
                          : rmemmem(s->data + bs, be - bs, sub->data, sub->nbytes);
  if (!p) return -1;
  return s->ascii ? p - s->data : start + cps_in(s->data, bs, p - s->data);
}

static bool find_args(const char *fname, ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames,
                      AiStr **sub, int64_t *start, int64_t *end) {
  if (!ai_no_kwargs(fname, kwnames) || !ai_check_nargs(fname, nargs, 1, 3)) return false;
  if (!want_str(args[0], "must be str, not %s")) return false;
  *sub = ai_as_str(args[0]);
  return slice_arg(nargs > 1 ? args[1] : 0, 0, start) &&
         slice_arg(nargs > 2 ? args[2] : 0, ai_as_str(self)->length, end);
}

static ai_word m_find_common(const char *fname, int dir, bool raise, ai_word self, int64_t nargs,
                             const ai_word *args, ai_word kwnames) {
  AiStr *sub;
  int64_t start, end;
  if (!find_args(fname, self, nargs, args, kwnames, &sub, &start, &end)) return 0;
  int64_t r = find_in(ai_as_str(self), sub, start, end, dir);
  if (r < 0 && raise) {
    ai_raise(&ai_exc_ValueError, "substring not found");
    return 0;
  }
  return ai_small(r);
}

static ai_word m_find(ai_word s, int64_t n, const ai_word *a, ai_word k) { return m_find_common("find", 1, false, s, n, a, k); }
static ai_word m_rfind(ai_word s, int64_t n, const ai_word *a, ai_word k) { return m_find_common("rfind", -1, false, s, n, a, k); }
static ai_word m_index(ai_word s, int64_t n, const ai_word *a, ai_word k) { return m_find_common("index", 1, true, s, n, a, k); }
static ai_word m_rindex(ai_word s, int64_t n, const ai_word *a, ai_word k) { return m_find_common("rindex", -1, true, s, n, a, k); }

static ai_word m_count(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  AiStr *sub, *s = ai_as_str(self);
  int64_t start, end;
  if (!find_args("count", self, nargs, args, kwnames, &sub, &start, &end)) return 0;
  adjust_indices(&start, &end, s->length);
  if (end - start < sub->length) return ai_small(0);
  if (sub->length == 0) return ai_small(end - start + 1);
  int64_t bs = ai_str_cp_offset(s, start), be = ai_str_cp_offset(s, end), n = 0;
  const char *p = s->data + bs, *lim = s->data + be;
  while ((p = fmemmem(p, lim - p, sub->data, sub->nbytes)) != NULL) {
    n++;
    p += sub->nbytes;
  }
  return ai_small(n);
}

static ai_word starts_ends(const char *fname, int dir, ai_word self, int64_t nargs, const ai_word *args,
                           ai_word kwnames) {
  if (!ai_no_kwargs(fname, kwnames) || !ai_check_nargs(fname, nargs, 1, 3)) return 0;
  AiStr *s = ai_as_str(self);
  int64_t start, end;
  if (!slice_arg(nargs > 1 ? args[1] : 0, 0, &start) || !slice_arg(nargs > 2 ? args[2] : 0, s->length, &end))
    return 0;
  ai_word pre = args[0];
  const ai_word *cands = &pre;
  int64_t ncand = 1;
  if (ai_is_tuple(pre)) {
    cands = ai_as_tuple(pre)->items;
    ncand = ai_as_tuple(pre)->len;
  } else if (!ai_is_str(pre)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s first arg must be str or a tuple of str, not %s", fname, ai_type_name(pre));
    return 0;
  }
  adjust_indices(&start, &end, s->length);
  for (int64_t k = 0; k < ncand; k++) {
    if (!ai_is_str(cands[k])) {
      ai_raise_fmt(&ai_exc_TypeError, "tuple for %s must only contain str, not %s", fname, ai_type_name(cands[k]));
      return 0;
    }
    AiStr *sub = ai_as_str(cands[k]);
    int64_t e = end - sub->length;
    if (e < start) continue;
    if (sub->length == 0) return AI_TRUE_W;
    int64_t at = dir > 0 ? ai_str_cp_offset(s, e) : ai_str_cp_offset(s, start);
    if (at + sub->nbytes <= s->nbytes && memcmp(s->data + at, sub->data, (size_t)sub->nbytes) == 0) return AI_TRUE_W;
  }
  return AI_FALSE_W;
}

static ai_word m_startswith(ai_word s, int64_t n, const ai_word *a, ai_word k) { return starts_ends("startswith", -1, s, n, a, k); }
static ai_word m_endswith(ai_word s, int64_t n, const ai_word *a, ai_word k) { return starts_ends("endswith", 1, s, n, a, k); }

/* ------------------------------------------------------------ split & join */

static bool get_maxsplit(ai_word w, int64_t *out) {
  if (!int_arg(w, -1, out)) return false;
  if (*out < 0) *out = INT64_MAX;
  return true;
}

static ai_word split_common(bool right, ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  static const char *const names[] = {"sep", "maxsplit"};
  ai_word a[2];
  if (!ai_parse_args(right ? "rsplit" : "split", nargs, args, kwnames, 2, names, 0, a)) return 0;
  AiStr *s = ai_as_str(self);
  int64_t maxcount;
  if (!get_maxsplit(a[1], &maxcount)) return 0;
  ai_word list = new_list();
  if (!list) return 0;
  const char *d = s->data;
  int64_t n = s->nbytes;
  if (!a[0] || a[0] == AI_NONE_W) {
    if (!right) {
      int64_t i = 0, j;
      while (maxcount-- > 0) {
        i = ai_utf8_skip_space(d + i, d + n) - d;
        if (i == n) break;
        j = i;
        while (i < n) {
          uint32_t c;
          const char *nx = ai_utf8_decode(d + i, &c);
          if (ai_unicode_isspace(c)) break;
          i = nx - d;
        }
        if (!add_part(list, s, j, i)) return 0;
      }
      if (i < n) {
        i = ai_utf8_skip_space(d + i, d + n) - d;
        if (i != n && !add_part(list, s, i, n)) return 0;
      }
      return list;
    }
    int64_t i = n, j;
    while (maxcount-- > 0) {
      i = ai_utf8_rskip_space(d, d + i) - d;
      if (i == 0) break;
      j = i;
      while (i > 0) {
        const char *q = prev_cp(d, d + i);
        uint32_t c;
        ai_utf8_decode(q, &c);
        if (ai_unicode_isspace(c)) break;
        i = q - d;
      }
      if (!add_part(list, s, i, j)) return 0;
    }
    if (i > 0) {
      i = ai_utf8_rskip_space(d, d + i) - d;
      if (i > 0 && !add_part(list, s, 0, i)) return 0;
    }
    AiList *l = ai_as_list(list);
    for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
      ai_word t = l->items[x];
      l->items[x] = l->items[y];
      l->items[y] = t;
    }
    return list;
  }
  if (!want_str(a[0], "must be str or None, not %s")) return 0;
  AiStr *sep = ai_as_str(a[0]);
  if (sep->nbytes == 0) {
    ai_raise(&ai_exc_ValueError, "empty separator");
    return 0;
  }
  if (!right) {
    int64_t i = 0;
    while (maxcount-- > 0) {
      const char *p = fmemmem(d + i, n - i, sep->data, sep->nbytes);
      if (!p) break;
      if (!add_part(list, s, i, p - d)) return 0;
      i = p - d + sep->nbytes;
    }
    if (!add_part(list, s, i, n)) return 0;
    return list;
  }
  int64_t j = n;
  while (maxcount-- > 0) {
    const char *p = rmemmem(d, j, sep->data, sep->nbytes);
    if (!p) break;
    if (!add_part(list, s, p - d + sep->nbytes, j)) return 0;
    j = p - d;
  }
  if (!add_part(list, s, 0, j)) return 0;
  AiList *l = ai_as_list(list);
  for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
    ai_word t = l->items[x];
    l->items[x] = l->items[y];
    l->items[y] = t;
  }
  return list;
}

static ai_word m_split(ai_word s, int64_t n, const ai_word *a, ai_word k) { return split_common(false, s, n, a, k); }
static ai_word m_rsplit(ai_word s, int64_t n, const ai_word *a, ai_word k) { return split_common(true, s, n, a, k); }

static bool is_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

static ai_word m_splitlines(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  static const char *const names[] = {"keepends"};
  ai_word a[1];
  if (!ai_parse_args("splitlines", nargs, args, kwnames, 1, names, 0, a)) return 0;
  int keep = 0;
  if (a[0]) {
    int64_t k;
    if (ai_is_float(a[0])) {
      ai_raise(&ai_exc_TypeError, "'float' object cannot be interpreted as an integer");
      return 0;
    }
    if (!int_arg(a[0], 0, &k)) return 0;
    keep = k != 0;
  }
  AiStr *s = ai_as_str(self);
  ai_word list = new_list();
  if (!list) return 0;
  const char *d = s->data;
  int64_t n = s->nbytes, i = 0, j = 0;
  while (i < n) {
    uint32_t c = 0;
    int64_t nx = i;
    while (i < n) {
      nx = ai_utf8_decode(d + i, &c) - d;
      if (is_linebreak(c)) break;
      i = nx;
    }
    int64_t eol = i;
    if (i < n) {
      if (c == '\r' && nx < n && d[nx] == '\n') i = nx + 1;
      else i = nx;
      if (keep) eol = i;
    }
    if (!add_part(list, s, j, eol)) return 0;
    j = i;
  }
  return list;
}

/* An item of str.join: a str, or the str an instance of `class Name(str)` / a str-valued enum's member holds; NULL. */
static AiStr *join_item(ai_word w) {
  ai_word value;
  if (!ai_is_str(w) && !(ai_class_builtin_value(w, &value) && ai_is_str(value))) return NULL;
  return ai_as_str(ai_is_str(w) ? w : value);
}

static ai_word m_join(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("join", kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "str.join() takes exactly one argument (%lld given)", (long long)nargs);
    return 0;
  }
  int64_t n;
  const ai_word *items = ai_seq_items(args[0], &n);
  if (!items) {
    ai_word it = ai_obj_iter(args[0]);
    if (!it) {
      if (ai_exc_matches(&ai_exc_TypeError)) {
        ai_exc_clear();
        ai_raise(&ai_exc_TypeError, "can only join an iterable");
      }
      return 0;
    }
    ai_word l = ai_list_from_iterable(it);
    if (!l) return 0;
    items = ai_as_list(l)->items;
    n = ai_as_list(l)->len;
  }
  AiStr *sep = ai_as_str(self);
  int64_t total = 0, len = 0;
  bool ascii = sep->ascii;
  for (int64_t i = 0; i < n; i++) {
    AiStr *p = join_item(items[i]);
    if (!p) {
      ai_raise_fmt(&ai_exc_TypeError, "sequence item %lld: expected str instance, %s found", (long long)i,
                   ai_type_name(items[i]));
      return 0;
    }
    total += p->nbytes;
    len += p->length;
    ascii = ascii && p->ascii;
    ai_sched_work_tick(i);
  }
  if (n == 1) return ai_w(join_item(items[0]));
  if (n > 1) {
    total += sep->nbytes * (n - 1);
    len += sep->length * (n - 1);
  }
  AiStr *r = ai_str_alloc(total);
  if (!r) return 0;
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    if (i && sep->nbytes) {
      memcpy(r->data + off, sep->data, (size_t)sep->nbytes);
      off += sep->nbytes;
    }
    AiStr *p = join_item(items[i]);
    memcpy(r->data + off, p->data, (size_t)p->nbytes);
    off += p->nbytes;
    ai_sched_work_tick(i);
  }
  r->length = len;
  r->ascii = ascii;
  return ai_w(r);
}

static ai_word partition_common(bool right, ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  const char *fname = right ? "rpartition" : "partition";
  if (!ai_no_kwargs(fname, kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "str.%s() takes exactly one argument (%lld given)", fname, (long long)nargs);
    return 0;
  }
  if (!want_str(args[0], "must be str, not %s")) return 0;
  AiStr *s = ai_as_str(self), *sep = ai_as_str(args[0]);
  if (sep->nbytes == 0) {
    ai_raise(&ai_exc_ValueError, "empty separator");
    return 0;
  }
  const char *p = right ? rmemmem(s->data, s->nbytes, sep->data, sep->nbytes)
                        : fmemmem(s->data, s->nbytes, sep->data, sep->nbytes);
  ai_word parts[3];
  if (!p) {
    ai_word e = empty_str();
    if (!e) return 0;
    parts[0] = right ? e : self;
    parts[1] = e;
    parts[2] = right ? self : e;
  } else {
    int64_t at = p - s->data;
    parts[0] = sub_bytes(s, 0, at);
    parts[1] = args[0];
    parts[2] = sub_bytes(s, at + sep->nbytes, s->nbytes);
    if (!parts[0] || !parts[2]) return 0;
  }
  return ai_tuple_new(3, parts);
}

static ai_word m_partition(ai_word s, int64_t n, const ai_word *a, ai_word k) { return partition_common(false, s, n, a, k); }
static ai_word m_rpartition(ai_word s, int64_t n, const ai_word *a, ai_word k) { return partition_common(true, s, n, a, k); }

/* ------------------------------------------------------------ strip, replace */

static ai_word strip_common(const char *fname, int which, ai_word self, int64_t nargs, const ai_word *args,
                            ai_word kwnames) {
  if (!ai_no_kwargs(fname, kwnames) || !ai_check_nargs(fname, nargs, 0, 1)) return 0;
  AiStr *s = ai_as_str(self);
  const char *b = s->data, *e = s->data + s->nbytes;
  if (nargs == 0 || args[0] == AI_NONE_W) {
    if (which & 1) b = ai_utf8_skip_space(b, e);
    if (which & 2) e = ai_utf8_rskip_space(b, e);
  } else {
    if (!ai_is_str(args[0])) {
      ai_raise(&ai_exc_TypeError, "strip arg must be None or str");
      return 0;
    }
    AiStr *chars = ai_as_str(args[0]);
    uint32_t *set = decode(chars);
    if (!set) return 0;
    int64_t ns = chars->length;
    if (which & 1) {
      while (b < e) {
        uint32_t c;
        const char *nx = ai_utf8_decode(b, &c);
        bool in = false;
        for (int64_t k = 0; k < ns && !in; k++) in = set[k] == c;
        if (!in) break;
        b = nx;
      }
    }
    if (which & 2) {
      while (e > b) {
        const char *q = prev_cp(b, e);
        uint32_t c;
        ai_utf8_decode(q, &c);
        bool in = false;
        for (int64_t k = 0; k < ns && !in; k++) in = set[k] == c;
        if (!in) break;
        e = q;
      }
    }
    free(set);
  }
  return sub_bytes(s, b - s->data, e - s->data);
}

static ai_word m_strip(ai_word s, int64_t n, const ai_word *a, ai_word k) { return strip_common("strip", 3, s, n, a, k); }
static ai_word m_lstrip(ai_word s, int64_t n, const ai_word *a, ai_word k) { return strip_common("lstrip", 1, s, n, a, k); }
static ai_word m_rstrip(ai_word s, int64_t n, const ai_word *a, ai_word k) { return strip_common("rstrip", 2, s, n, a, k); }

static ai_word m_replace(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("replace", kwnames) || !ai_check_nargs("replace", nargs, 2, 3)) return 0;
  if (!want_str(args[0], "replace() argument 1 must be str, not %s") ||
      !want_str(args[1], "replace() argument 2 must be str, not %s"))
    return 0;
  int64_t count;
  if (!int_arg(nargs > 2 ? args[2] : 0, -1, &count)) return 0;
  if (count < 0) count = INT64_MAX;
  AiStr *s = ai_as_str(self), *old = ai_as_str(args[0]), *nw = ai_as_str(args[1]);
  ai_sbuf b = {0};
  if (old->nbytes == 0) {
    const char *p = s->data, *e = s->data + s->nbytes;
    int64_t done = 0;
    while (done < count) {
      ai_sbuf_put(&b, nw->data, (size_t)nw->nbytes);
      done++;
      if (p >= e) break;
      uint32_t c;
      const char *nx = ai_utf8_decode(p, &c);
      ai_sbuf_put(&b, p, (size_t)(nx - p));
      p = nx;
    }
    ai_sbuf_put(&b, p, (size_t)(e - p));
    return ai_sbuf_to_str(&b);
  }
  const char *p = s->data, *e = s->data + s->nbytes;
  int64_t done = 0;
  while (done < count) {
    const char *q = fmemmem(p, e - p, old->data, old->nbytes);
    if (!q) break;
    ai_sbuf_put(&b, p, (size_t)(q - p));
    ai_sbuf_put(&b, nw->data, (size_t)nw->nbytes);
    p = q + old->nbytes;
    done++;
  }
  if (done == 0) {
    ai_sbuf_free(&b);
    return self;
  }
  ai_sbuf_put(&b, p, (size_t)(e - p));
  return ai_sbuf_to_str(&b);
}

static ai_word affix_common(bool prefix, ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  const char *fname = prefix ? "removeprefix" : "removesuffix";
  if (!ai_no_kwargs(fname, kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "str.%s() takes exactly one argument (%lld given)", fname, (long long)nargs);
    return 0;
  }
  if (!ai_is_str(args[0])) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() argument must be str, not %s", fname, ai_type_name(args[0]));
    return 0;
  }
  AiStr *s = ai_as_str(self), *a = ai_as_str(args[0]);
  if (a->nbytes == 0 || a->nbytes > s->nbytes) return self;
  if (prefix) {
    if (memcmp(s->data, a->data, (size_t)a->nbytes) == 0) return sub_bytes(s, a->nbytes, s->nbytes);
  } else if (memcmp(s->data + s->nbytes - a->nbytes, a->data, (size_t)a->nbytes) == 0) {
    return sub_bytes(s, 0, s->nbytes - a->nbytes);
  }
  return self;
}

static ai_word m_removeprefix(ai_word s, int64_t n, const ai_word *a, ai_word k) { return affix_common(true, s, n, a, k); }
static ai_word m_removesuffix(ai_word s, int64_t n, const ai_word *a, ai_word k) { return affix_common(false, s, n, a, k); }

/* ------------------------------------------------------------ padding */

static bool fill_arg(const char *fname, int64_t nargs, const ai_word *args, int64_t *width, uint32_t *fill) {
  (void)fname;
  if (!int_arg(args[0], 0, width)) return false;
  *fill = ' ';
  if (nargs > 1) {
    if (!ai_is_str(args[1])) {
      ai_raise_fmt(&ai_exc_TypeError, "%s() argument 2 must be str, not %s", fname, ai_type_name(args[1]));
      return false;
    }
    AiStr *f = ai_as_str(args[1]);
    if (f->length != 1) {
      ai_raise(&ai_exc_TypeError, "The fill character must be exactly one character long");
      return false;
    }
    ai_utf8_decode(f->data, fill);
  }
  return true;
}

static ai_word pad(ai_word self, int64_t left, int64_t right, uint32_t fill) {
  AiStr *s = ai_as_str(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return self;
  ai_sbuf b = {0};
  ai_sbuf_fill(&b, fill, left);
  ai_sbuf_put(&b, s->data, (size_t)s->nbytes);
  ai_sbuf_fill(&b, fill, right);
  return ai_sbuf_to_str(&b);
}

static ai_word just_common(const char *fname, int mode, ai_word self, int64_t nargs, const ai_word *args,
                           ai_word kwnames) {
  if (!ai_no_kwargs(fname, kwnames) || !ai_check_nargs(fname, nargs, 1, 2)) return 0;
  int64_t width;
  uint32_t fill;
  if (!fill_arg(fname, nargs, args, &width, &fill)) return 0;
  int64_t len = ai_as_str(self)->length;
  if (len >= width) return self;
  int64_t marg = width - len;
  if (mode == 0) return pad(self, 0, marg, fill);
  if (mode == 1) return pad(self, marg, 0, fill);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

static ai_word m_ljust(ai_word s, int64_t n, const ai_word *a, ai_word k) { return just_common("ljust", 0, s, n, a, k); }
static ai_word m_rjust(ai_word s, int64_t n, const ai_word *a, ai_word k) { return just_common("rjust", 1, s, n, a, k); }
static ai_word m_center(ai_word s, int64_t n, const ai_word *a, ai_word k) { return just_common("center", 2, s, n, a, k); }

static ai_word m_zfill(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("zfill", kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "str.zfill() takes exactly one argument (%lld given)", (long long)nargs);
    return 0;
  }
  int64_t width;
  if (!int_arg(args[0], 0, &width)) return 0;
  AiStr *s = ai_as_str(self);
  if (s->length >= width) return self;
  int64_t fill = width - s->length;
  ai_sbuf b = {0};
  int64_t skip = 0;
  if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
    ai_sbuf_putc(&b, s->data[0]);
    skip = 1;
  }
  ai_sbuf_fill(&b, '0', fill);
  ai_sbuf_put(&b, s->data + skip, (size_t)(s->nbytes - skip));
  return ai_sbuf_to_str(&b);
}

static ai_word m_expandtabs(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  static const char *const names[] = {"tabsize"};
  ai_word a[1];
  if (!ai_parse_args("expandtabs", nargs, args, kwnames, 1, names, 0, a)) return 0;
  int64_t tabsize;
  if (!int_arg(a[0], 8, &tabsize)) return 0;
  AiStr *s = ai_as_str(self);
  ai_sbuf b = {0};
  int64_t col = 0;
  const char *p = s->data, *e = s->data + s->nbytes;
  while (p < e) {
    uint32_t c;
    const char *nx = ai_utf8_decode(p, &c);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        col += incr;
        ai_sbuf_fill(&b, ' ', incr);
      }
    } else {
      col++;
      ai_sbuf_put(&b, p, (size_t)(nx - p));
      if (c == '\n' || c == '\r') col = 0;
    }
    p = nx;
  }
  return ai_sbuf_to_str(&b);
}

/* ------------------------------------------------------------ case */

static bool noargs(const char *qual, int64_t nargs, ai_word kwnames) {
  if (nargs == 0 && ai_kw_count(kwnames) == 0) return true;
  if (ai_kw_count(kwnames)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() takes no keyword arguments", qual);
    return false;
  }
  ai_raise_fmt(&ai_exc_TypeError, "%s() takes no arguments (%lld given)", qual, (long long)nargs);
  return false;
}

static bool is_cased(uint32_t c) { return (ai_ucd_flags(c) & AI_UCD_CASED) != 0; }
static bool is_ignorable(uint32_t c) { return (ai_ucd_flags(c) & AI_UCD_IGNORABLE) != 0; }

static uint32_t final_sigma(const uint32_t *cps, int64_t n, int64_t i) {
  int64_t j;
  uint32_t c = 0;
  for (j = i - 1; j >= 0; j--) {
    c = cps[j];
    if (!is_ignorable(c)) break;
  }
  bool fs = j >= 0 && is_cased(c);
  if (fs && i + 1 < n) {
    for (j = i + 1; j < n; j++) {
      c = cps[j];
      if (!is_ignorable(c)) break;
    }
    fs = j == n || !is_cased(c);
  }
  return fs ? 0x3C2 : 0x3C3;
}

static void put_map(ai_sbuf *b, uint32_t c, int which) {
  uint32_t out[3];
  int n = ai_ucd_map(c, which, out);
  for (int i = 0; i < n; i++) put_cp(b, out[i]);
}

static void put_lower(ai_sbuf *b, const uint32_t *cps, int64_t n, int64_t i) {
  if (cps[i] == 0x3A3) put_cp(b, final_sigma(cps, n, i));
  else put_map(b, cps[i], AI_CASE_LOWER);
}

enum { C_LOWER, C_UPPER, C_TITLE, C_CAPITALIZE, C_SWAPCASE, C_CASEFOLD };

static ai_word case_convert(ai_word self, int mode) {
  AiStr *s = ai_as_str(self);
  if (s->ascii) {
    AiStr *r = ai_str_alloc(s->nbytes);
    if (!r) return 0;
    bool prev_cased = false;
    for (int64_t i = 0; i < s->nbytes; i++) {
      char c = s->data[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      switch (mode) {
      case C_LOWER:
      case C_CASEFOLD: c = up ? (char)(c + 32) : c; break;
      case C_UPPER: c = lo ? (char)(c - 32) : c; break;
      case C_SWAPCASE: c = up ? (char)(c + 32) : lo ? (char)(c - 32) : c; break;
      case C_CAPITALIZE:
        if (i == 0) c = lo ? (char)(c - 32) : c;
        else c = up ? (char)(c + 32) : c;
        break;
      default: /* title */
        if (prev_cased) c = up ? (char)(c + 32) : c;
        else c = lo ? (char)(c - 32) : c;
        prev_cased = up || lo;
      }
      r->data[i] = c;
    }
    r->length = s->length;
    r->ascii = 1;
    return ai_w(r);
  }
  uint32_t *cps = decode(s);
  if (!cps) return 0;
  int64_t n = s->length;
  ai_sbuf b = {0};
  bool prev_cased = false;
  for (int64_t i = 0; i < n; i++) {
    uint32_t c = cps[i];
    int f = ai_ucd_flags(c);
    switch (mode) {
    case C_LOWER: put_lower(&b, cps, n, i); break;
    case C_UPPER: put_map(&b, c, AI_CASE_UPPER); break;
    case C_CASEFOLD: put_map(&b, c, AI_CASE_FOLD); break;
    case C_SWAPCASE:
      if (f & AI_UCD_UPPER) put_lower(&b, cps, n, i);
      else if (f & AI_UCD_LOWER) put_map(&b, c, AI_CASE_UPPER);
      else put_cp(&b, c);
      break;
    case C_CAPITALIZE:
      if (i == 0) put_map(&b, c, AI_CASE_TITLE);
      else put_lower(&b, cps, n, i);
      break;
    default:
      if (prev_cased) put_lower(&b, cps, n, i);
      else put_map(&b, c, AI_CASE_TITLE);
      prev_cased = (f & AI_UCD_CASED) != 0;
    }
  }
  free(cps);
  return ai_sbuf_to_str(&b);
}

#define CASE_METHOD(fn, qual, mode)                                                                                    \
  static ai_word fn(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {                              \
    (void)args;                                                                                                        \
    if (!noargs(qual, nargs, kwnames)) return 0;                                                                       \
    return case_convert(self, mode);                                                                                   \
  }
CASE_METHOD(m_lower, "str.lower", C_LOWER)
CASE_METHOD(m_upper, "str.upper", C_UPPER)
CASE_METHOD(m_title, "str.title", C_TITLE)
CASE_METHOD(m_capitalize, "str.capitalize", C_CAPITALIZE)
CASE_METHOD(m_swapcase, "str.swapcase", C_SWAPCASE)
CASE_METHOD(m_casefold, "str.casefold", C_CASEFOLD)

/* ------------------------------------------------------------ predicates */

static ai_word all_flags(ai_word self, int mask) {
  AiStr *s = ai_as_str(self);
  if (s->nbytes == 0) return AI_FALSE_W;
  const char *p = s->data, *e = s->data + s->nbytes;
  while (p < e) {
    uint32_t c;
    p = ai_utf8_decode(p, &c);
    if (!(ai_ucd_flags(c) & mask)) return AI_FALSE_W;
  }
  return AI_TRUE_W;
}

#define PRED_METHOD(fn, qual, mask)                                                                                    \
  static ai_word fn(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {                              \
    (void)args;                                                                                                        \
    if (!noargs(qual, nargs, kwnames)) return 0;                                                                       \
    return all_flags(self, mask);                                                                                      \
  }
PRED_METHOD(m_isalpha, "str.isalpha", AI_UCD_ALPHA)
PRED_METHOD(m_isdecimal, "str.isdecimal", AI_UCD_DECIMAL)
PRED_METHOD(m_isdigit, "str.isdigit", AI_UCD_DIGIT)
PRED_METHOD(m_isnumeric, "str.isnumeric", AI_UCD_NUMERIC)
PRED_METHOD(m_isalnum, "str.isalnum", AI_UCD_ALPHA | AI_UCD_DECIMAL | AI_UCD_DIGIT | AI_UCD_NUMERIC)

static ai_word m_isspace(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!noargs("str.isspace", nargs, kwnames)) return 0;
  AiStr *s = ai_as_str(self);
  if (s->nbytes == 0) return AI_FALSE_W;
  return ai_bool_word(ai_utf8_skip_space(s->data, s->data + s->nbytes) == s->data + s->nbytes);
}

static ai_word m_isprintable(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!noargs("str.isprintable", nargs, kwnames)) return 0;
  AiStr *s = ai_as_str(self);
  const char *p = s->data, *e = s->data + s->nbytes;
  while (p < e) {
    uint32_t c;
    p = ai_utf8_decode(p, &c);
    if (c < 128 ? (c < 0x20 || c == 0x7f) : !ai_unicode_isprintable(c)) return AI_FALSE_W;
  }
  return AI_TRUE_W;
}

static ai_word m_isascii(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!noargs("str.isascii", nargs, kwnames)) return 0;
  return ai_bool_word(ai_as_str(self)->ascii);
}

static ai_word case_pred(ai_word self, int64_t nargs, ai_word kwnames, const char *qual, bool upper) {
  if (!noargs(qual, nargs, kwnames)) return 0;
  AiStr *s = ai_as_str(self);
  const char *p = s->data, *e = s->data + s->nbytes;
  bool cased = false;
  int bad = upper ? (AI_UCD_LOWER | AI_UCD_TITLE) : (AI_UCD_UPPER | AI_UCD_TITLE);
  int good = upper ? AI_UCD_UPPER : AI_UCD_LOWER;
  while (p < e) {
    uint32_t c;
    p = ai_utf8_decode(p, &c);
    int f = ai_ucd_flags(c);
    if (f & bad) return AI_FALSE_W;
    if (f & good) cased = true;
  }
  return ai_bool_word(cased);
}

static ai_word m_isupper(ai_word s, int64_t n, const ai_word *a, ai_word k) {
  (void)a;
  return case_pred(s, n, k, "str.isupper", true);
}
static ai_word m_islower(ai_word s, int64_t n, const ai_word *a, ai_word k) {
  (void)a;
  return case_pred(s, n, k, "str.islower", false);
}

static ai_word m_istitle(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!noargs("str.istitle", nargs, kwnames)) return 0;
  AiStr *s = ai_as_str(self);
  const char *p = s->data, *e = s->data + s->nbytes;
  bool cased = false, prev = false;
  while (p < e) {
    uint32_t c;
    p = ai_utf8_decode(p, &c);
    int f = ai_ucd_flags(c);
    if (f & (AI_UCD_UPPER | AI_UCD_TITLE)) {
      if (prev) return AI_FALSE_W;
      prev = cased = true;
    } else if (f & AI_UCD_LOWER) {
      if (!prev) return AI_FALSE_W;
      prev = cased = true;
    } else prev = false;
  }
  return ai_bool_word(cased);
}

static ai_word m_isidentifier(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!noargs("str.isidentifier", nargs, kwnames)) return 0;
  AiStr *s = ai_as_str(self);
  if (s->nbytes == 0) return AI_FALSE_W;
  const char *p = s->data, *e = s->data + s->nbytes;
  uint32_t c;
  p = ai_utf8_decode(p, &c);
  if (!(ai_ucd_flags(c) & AI_UCD_XID_START)) return AI_FALSE_W;
  while (p < e) {
    p = ai_utf8_decode(p, &c);
    if (!(ai_ucd_flags(c) & AI_UCD_XID_CONTINUE)) return AI_FALSE_W;
  }
  return AI_TRUE_W;
}

/* ------------------------------------------------------------ format, translate, misc */

static ai_word m_format(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  int64_t nkw = ai_kw_count(kwnames);
  ai_word kw = 0;
  if (nkw) {
    kw = ai_dict_new();
    if (!kw) return 0;
    for (int64_t i = 0; i < nkw; i++)
      if (!ai_dict_set(kw, ai_as_tuple(kwnames)->items[i], args[nargs - nkw + i])) return 0;
  }
  return ai_str_format(self, nargs - nkw, args, kw);
}

static ai_word m_format_map(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("format_map", kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "str.format_map() takes exactly one argument (%lld given)", (long long)nargs);
    return 0;
  }
  return ai_str_format(self, -1, NULL, args[0]);
}

/* str.maketrans(x[, y[, z]]) -> dict of code point -> str/int/None */
static ai_word m_maketrans(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)self;
  if (!ai_no_kwargs("maketrans", kwnames) || !ai_check_nargs("maketrans", nargs, 1, 3)) return 0;
  ai_word d = ai_dict_new();
  if (!d) return 0;
  if (nargs == 1) {
    if (!ai_is_dict(args[0])) {
      ai_raise(&ai_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
      return 0;
    }
    int64_t pos = 0;
    AiDictEntry *e;
    while (ai_dict_next(ai_as_dict(args[0]), &pos, &e)) {
      ai_word k = e->key;
      if (ai_is_str(k)) {
        if (ai_as_str(k)->length != 1) {
          ai_raise(&ai_exc_ValueError, "string keys in translate table must be of length 1");
          return 0;
        }
        uint32_t c;
        ai_utf8_decode(ai_as_str(k)->data, &c);
        k = ai_small(c);
      } else if (!ai_is_int(k)) {
        ai_raise(&ai_exc_TypeError, "keys in translate table must be strings or integers");
        return 0;
      }
      if (!ai_dict_set(d, k, e->value)) return 0;
    }
    return d;
  }
  if (!want_str(args[0], "maketrans() argument 1 must be str, not %s") ||
      !want_str(args[1], "maketrans() argument 2 must be str, not %s"))
    return 0;
  AiStr *x = ai_as_str(args[0]), *y = ai_as_str(args[1]);
  if (x->length != y->length) {
    ai_raise(&ai_exc_ValueError, "the first two maketrans arguments must have equal length");
    return 0;
  }
  const char *p = x->data, *q = y->data;
  for (int64_t i = 0; i < x->length; i++) {
    uint32_t a, b;
    p = ai_utf8_decode(p, &a);
    q = ai_utf8_decode(q, &b);
    if (!ai_dict_set(d, ai_small(a), ai_small(b))) return 0;
  }
  if (nargs == 3) {
    if (!want_str(args[2], "maketrans() argument 3 must be str, not %s")) return 0;
    AiStr *z = ai_as_str(args[2]);
    const char *r = z->data, *e = z->data + z->nbytes;
    while (r < e) {
      uint32_t c;
      r = ai_utf8_decode(r, &c);
      if (!ai_dict_set(d, ai_small(c), AI_NONE_W)) return 0;
    }
  }
  return d;
}

static ai_word m_translate(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("translate", kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "str.translate() takes exactly one argument (%lld given)", (long long)nargs);
    return 0;
  }
  ai_word table = args[0];
  AiStr *s = ai_as_str(self);
  ai_sbuf b = {0};
  const char *p = s->data, *e = s->data + s->nbytes;
  while (p < e) {
    uint32_t c;
    const char *nx = ai_utf8_decode(p, &c);
    ai_word v = ai_obj_getitem(table, ai_small(c));
    if (!v) {
      if (ai_exc_matches(&ai_exc_LookupError)) {
        ai_exc_clear();
        ai_sbuf_put(&b, p, (size_t)(nx - p));
        p = nx;
        continue;
      }
      ai_sbuf_free(&b);
      return 0;
    }
    if (ai_is_str(v)) ai_sbuf_put(&b, ai_as_str(v)->data, (size_t)ai_as_str(v)->nbytes);
    else if (ai_is_small(v)) {
      int64_t cp = ai_small_val(v);
      if (cp < 0 || cp > 0x10ffff) {
        ai_sbuf_free(&b);
        ai_raise(&ai_exc_ValueError, "character mapping must be in range(0x110000)");
        return 0;
      }
      put_cp(&b, (uint32_t)cp);
    } else if (v != AI_NONE_W) {
      ai_sbuf_free(&b);
      ai_raise(&ai_exc_TypeError, "character mapping must return integer, None or str");
      return 0;
    }
    p = nx;
  }
  return ai_sbuf_to_str(&b);
}

ai_word ai_str_method_encode(ai_word self, int64_t nargs, const ai_word *args, ai_word kw); /* codecs.c */

/* The str methods charge reductions in proportion to their work
 * (aithon_actor.h), as a compiled loop over the characters would, once their
 * result is whole (ai_method_charged, containers.h). An actor calling
 * s.replace(...) on a string of megabytes gives way to the others on its
 * worker after it, not only at its next compiled yield point. join charges
 * per part itself; isascii and maketrans do no work in proportion to a
 * string. */
ai_word ai_method_charged(ai_word self, ai_word r) {
  if (r) {
    int64_t n = ai_payload_bytes(self), m = ai_payload_bytes(r);
    ai_sched_work_done((m > n ? m : n) / 8);
  }
  return r;
}
#define CHARGED(fn) AI_CHARGED_METHOD(fn)

CHARGED(m_split)
CHARGED(m_rsplit)
CHARGED(m_strip)
CHARGED(m_lstrip)
CHARGED(m_rstrip)
CHARGED(m_replace)
CHARGED(m_find)
CHARGED(m_rfind)
CHARGED(m_index)
CHARGED(m_rindex)
CHARGED(m_count)
CHARGED(m_startswith)
CHARGED(m_endswith)
CHARGED(m_upper)
CHARGED(m_lower)
CHARGED(m_title)
CHARGED(m_capitalize)
CHARGED(m_swapcase)
CHARGED(m_casefold)
CHARGED(m_isdigit)
CHARGED(m_isalpha)
CHARGED(m_isalnum)
CHARGED(m_isspace)
CHARGED(m_isupper)
CHARGED(m_islower)
CHARGED(m_isdecimal)
CHARGED(m_isnumeric)
CHARGED(m_isidentifier)
CHARGED(m_istitle)
CHARGED(m_isprintable)
CHARGED(m_center)
CHARGED(m_ljust)
CHARGED(m_rjust)
CHARGED(m_zfill)
CHARGED(m_splitlines)
CHARGED(m_partition)
CHARGED(m_rpartition)
CHARGED(m_expandtabs)
CHARGED(m_format)
CHARGED(m_format_map)
CHARGED(ai_str_method_encode)
CHARGED(m_removeprefix)
CHARGED(m_removesuffix)
CHARGED(m_translate)

const ai_method_def ai_str_methods[] = {
    {"split", m_split_charged},
    {"rsplit", m_rsplit_charged},
    {"join", m_join},
    {"strip", m_strip_charged},
    {"lstrip", m_lstrip_charged},
    {"rstrip", m_rstrip_charged},
    {"replace", m_replace_charged},
    {"find", m_find_charged},
    {"rfind", m_rfind_charged},
    {"index", m_index_charged},
    {"rindex", m_rindex_charged},
    {"count", m_count_charged},
    {"startswith", m_startswith_charged},
    {"endswith", m_endswith_charged},
    {"upper", m_upper_charged},
    {"lower", m_lower_charged},
    {"title", m_title_charged},
    {"capitalize", m_capitalize_charged},
    {"swapcase", m_swapcase_charged},
    {"casefold", m_casefold_charged},
    {"isdigit", m_isdigit_charged},
    {"isalpha", m_isalpha_charged},
    {"isalnum", m_isalnum_charged},
    {"isspace", m_isspace_charged},
    {"isupper", m_isupper_charged},
    {"islower", m_islower_charged},
    {"isdecimal", m_isdecimal_charged},
    {"isnumeric", m_isnumeric_charged},
    {"isidentifier", m_isidentifier_charged},
    {"istitle", m_istitle_charged},
    {"isprintable", m_isprintable_charged},
    {"isascii", m_isascii},
    {"center", m_center_charged},
    {"ljust", m_ljust_charged},
    {"rjust", m_rjust_charged},
    {"zfill", m_zfill_charged},
    {"splitlines", m_splitlines_charged},
    {"partition", m_partition_charged},
    {"rpartition", m_rpartition_charged},
    {"expandtabs", m_expandtabs_charged},
    {"format", m_format_charged},
    {"format_map", m_format_map_charged},
    {"encode", ai_str_method_encode_charged},
    {"removeprefix", m_removeprefix_charged},
    {"removesuffix", m_removesuffix_charged},
    {"maketrans", m_maketrans},
    {"translate", m_translate_charged},
    {NULL, NULL},
};
