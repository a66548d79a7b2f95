/*
 * obj/bytes_methods.c — the methods of bytes and bytearray (CPython 3.11's
 * results and messages): decode, hex/fromhex, split/join/strip, searching,
 * replace, case, predicates, padding; bytearray's mutators.
 *
 * Every method reads its receiver through AiBytes, so one function serves
 * both types; results take the receiver's type, as CPython's do.
 */
#include "obj/bytes.h"

#include "aithon_actor.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <stdio.h>
#include <stdlib.h>

int64_t ai_bytes_find(const uint8_t *hay, int64_t from, int64_t to, const uint8_t *needle, int64_t n);
ai_word ai_builtin_bytes(ai_word src, ai_word encoding, ai_word errors, bool array);

#define SELF (ai_as_bytes(self))
#define NAME(s) (ai_is_bytearray(self) ? "bytearray." s : "bytes." s)

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
static bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

/* A bytes-like argument or one int in range(256) (find, count, index...: "argument should be integer or bytes-like object"). */
static bool sub_arg(ai_word w, uint8_t *one, const uint8_t **p, int64_t *n) {
  if (ai_is_byteslike(w)) {
    *p = ai_as_bytes(w)->data;
    *n = ai_as_bytes(w)->len;
    return true;
  }
  if (ai_is_int(w) || ai_is_bool(w)) {
    int64_t x;
    if (ai_is_bool(w)) x = w == AI_TRUE_W;
    else if (!ai_int_to_i64(w, &x)) x = -1;
    if (x < 0 || x > 255) {
      ai_raise(&ai_exc_ValueError, "byte must be in range(0, 256)");
      return false;
    }
    *one = (uint8_t)x;
    *p = one;
    *n = 1;
    return true;
  }
  ai_raise_fmt(&ai_exc_TypeError, "argument should be integer or bytes-like object, not '%s'", ai_type_name(w));
  return false;
}

/* start/end arguments of find & co., clamped as slice bounds. */
static bool bounds(ai_word s, ai_word e, int64_t len, int64_t *from, int64_t *to) {
  int64_t a = 0, b = len;
  if (s && s != AI_NONE_W) {
    if (!ai_is_int(s) && !ai_is_bool(s)) {
      ai_raise(&ai_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!ai_int_to_i64(ai_is_bool(s) ? ai_small(s == AI_TRUE_W) : s, &a)) a = ai_int_sign(s) < 0 ? -len - 1 : len + 1;
  }
  if (e && e != AI_NONE_W) {
    if (!ai_is_int(e) && !ai_is_bool(e)) {
      ai_raise(&ai_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (!ai_int_to_i64(ai_is_bool(e) ? ai_small(e == AI_TRUE_W) : e, &b)) b = ai_int_sign(e) < 0 ? -len - 1 : len + 1;
  }
  if (a < 0) a += len;
  if (a < 0) a = 0;
  if (b < 0) b += len;
  if (b < 0) b = 0;
  if (b > len) b = len;
  *from = a;
  *to = b;
  return true;
}

static int64_t rfind_in(const uint8_t *hay, int64_t from, int64_t to, const uint8_t *needle, int64_t n) {
  if (to - from < n) return -1;
  for (int64_t i = to - n; i >= from; i--)
    if (memcmp(hay + i, needle, (size_t)n) == 0) return i;
  return -1;
}

/* find/rfind/index/rindex/count share their argument handling. */
static ai_word search(ai_word self, int64_t nargs, const ai_word *args, ai_word kw, const char *fname, int mode) {
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 1, 3)) return 0;
  uint8_t one;
  const uint8_t *p;
  int64_t n, from, to;
  if (!sub_arg(args[0], &one, &p, &n)) return 0;
  if (!bounds(nargs > 1 ? args[1] : 0, nargs > 2 ? args[2] : 0, SELF->len, &from, &to)) return 0;
  if (mode == 4) { /* count */
    if (from > to) return ai_small(0);
    if (n == 0) return ai_small(to - from + 1);
    int64_t c = 0;
    for (int64_t i = from; (i = ai_bytes_find(SELF->data, i, to, p, n)) >= 0; i += n) c++;
    return ai_small(c);
  }
  int64_t r = from > to ? -1 : (mode & 1) ? rfind_in(SELF->data, from, to, p, n) : ai_bytes_find(SELF->data, from, to, p, n);
  if (r < 0 && (mode & 2)) {
    ai_raise(&ai_exc_ValueError, "subsection not found");
    return 0;
  }
  return ai_small(r);
}

static ai_word m_find(ai_word self, int64_t n, const ai_word *a, ai_word k) { return search(self, n, a, k, "find", 0); }
static ai_word m_rfind(ai_word self, int64_t n, const ai_word *a, ai_word k) { return search(self, n, a, k, "rfind", 1); }
static ai_word m_index(ai_word self, int64_t n, const ai_word *a, ai_word k) { return search(self, n, a, k, "index", 2); }
static ai_word m_rindex(ai_word self, int64_t n, const ai_word *a, ai_word k) { return search(self, n, a, k, "rindex", 3); }
static ai_word m_count(ai_word self, int64_t n, const ai_word *a, ai_word k) { return search(self, n, a, k, "count", 4); }

static ai_word m_decode(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"encoding", "errors"};
  ai_word out[2];
  if (!ai_parse_args("decode", nargs, args, kw, 2, names, 0, out)) return 0;
  return ai_bytes_decode(SELF->data, SELF->len, out[0], out[1]);
}

static ai_word m_hex(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"sep", "bytes_per_sep"};
  ai_word out[2];
  if (!ai_parse_args("hex", nargs, args, kw, 2, names, 0, out)) return 0;
  char sep = 0;
  int64_t per = 1;
  if (out[0]) {
    const uint8_t *sp;
    int64_t sn;
    if (ai_is_str(out[0])) {
      sp = (const uint8_t *)ai_as_str(out[0])->data;
      sn = ai_as_str(out[0])->nbytes;
    } else if (!ai_bytes_arg(out[0], &sp, &sn)) return 0;
    if (sn != 1) {
      ai_raise(&ai_exc_ValueError, "sep must be length 1.");
      return 0;
    }
    sep = (char)sp[0];
    if (out[1] && !ai_int_to_i64(out[1], &per)) per = 1;
  }
  ai_sbuf b = {0};
  int64_t len = SELF->len;
  int64_t aper = per < 0 ? -per : per;
  for (int64_t i = 0; i < len; i++) {
    if (sep && i > 0 && aper > 0) {
      /* positive: groups counted from the right; negative: from the left */
      bool cut = per > 0 ? (len - i) % aper == 0 : i % aper == 0;
      if (cut) ai_sbuf_putc(&b, sep);
    }
    char h[3];
    snprintf(h, sizeof h, "%02x", SELF->data[i]);
    ai_sbuf_put(&b, h, 2);
  }
  return ai_sbuf_to_str(&b);
}

static int hexval(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}

/* bytes.fromhex(s) / bytearray.fromhex(s): pairs of hex digits, ASCII whitespace between pairs. */
ai_word ai_bytes_fromhex(ai_word s, bool array) {
  if (!ai_is_str(s)) {
    ai_raise_fmt(&ai_exc_TypeError, "fromhex() argument must be str, not %s", ai_type_name(s));
    return 0;
  }
  AiStr *st = ai_as_str(s);
  ai_word r = ai_bytearray_from(NULL, 0);
  if (!r) return 0;
  const char *p = st->data, *end = st->data + st->nbytes;
  int64_t pos = 0;
  while (p < end) {
    uint32_t c;
    const char *q = ai_utf8_decode(p, &c);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      p = q;
      pos++;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0) goto bad;
    if (q >= end) {
      pos++;
      goto bad;
    }
    uint32_t c2;
    const char *q2 = ai_utf8_decode(q, &c2);
    int lo = hexval(c2);
    if (lo < 0) {
      pos++;
      goto bad;
    }
    uint8_t v = (uint8_t)(hi * 16 + lo);
    if (!ai_bytearray_append(r, &v, 1)) return 0;
    p = q2;
    pos += 2;
  }
  return array ? r : ai_bytes_from(ai_as_bytes(r)->data, ai_as_bytes(r)->len);
bad:
  ai_raise_fmt(&ai_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)pos);
  return 0;
}

static ai_word m_fromhex(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("fromhex", kw) || !ai_check_nargs("fromhex", nargs, 1, 1)) return 0;
  return ai_bytes_fromhex(args[0], ai_is_bytearray(self));
}

/* ---------------------------------------------------------------- split / join / strip */

static bool append_piece(ai_word list, ai_word self, const uint8_t *p, int64_t n) {
  ai_word w = ai_bytes_like(self, p, n);
  return w && ai_list_append(list, w);
}

static ai_word reverse_list(ai_word list) {
  AiList *l = ai_as_list(list);
  for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
    ai_word t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
  return list;
}

static ai_word do_split(ai_word self, int64_t nargs, const ai_word *args, ai_word kw, bool right) {
  static const char *const names[] = {"sep", "maxsplit"};
  ai_word out[2];
  if (!ai_parse_args(right ? "rsplit" : "split", nargs, args, kw, 2, names, 0, out)) return 0;
  int64_t maxsplit = -1;
  if (out[1] && !ai_int_to_i64(out[1], &maxsplit)) maxsplit = -1;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  const uint8_t *d = SELF->data;
  int64_t len = SELF->len;
  ai_word list = ai_list_new(0, NULL);
  if (!list) return 0;
  if (!out[0] || out[0] == AI_NONE_W) {
    if (!right) {
      int64_t i = 0;
      while (i < len) {
        while (i < len && is_space(d[i])) i++;
        if (i >= len) break;
        if (maxsplit-- == 0) {
          if (!append_piece(list, self, d + i, len - i)) return 0;
          break;
        }
        int64_t j = i;
        while (j < len && !is_space(d[j])) j++;
        if (!append_piece(list, self, d + i, j - i)) return 0;
        i = j;
      }
      return list;
    }
    int64_t i = len;
    while (i > 0) {
      while (i > 0 && is_space(d[i - 1])) i--;
      if (i <= 0) break;
      if (maxsplit-- == 0) {
        if (!append_piece(list, self, d, i)) return 0;
        break;
      }
      int64_t j = i;
      while (j > 0 && !is_space(d[j - 1])) j--;
      if (!append_piece(list, self, d + j, i - j)) return 0;
      i = j;
    }
    return reverse_list(list);
  }
  const uint8_t *sp;
  int64_t sn;
  if (!ai_bytes_arg(out[0], &sp, &sn)) return 0;
  if (sn == 0) {
    ai_raise(&ai_exc_ValueError, "empty separator");
    return 0;
  }
  if (!right) {
    int64_t i = 0, j;
    while (maxsplit-- > 0 && (j = ai_bytes_find(d, i, len, sp, sn)) >= 0) {
      if (!append_piece(list, self, d + i, j - i)) return 0;
      i = j + sn;
    }
    return append_piece(list, self, d + i, len - i) ? list : 0;
  }
  int64_t end = len, j;
  while (maxsplit-- > 0 && (j = rfind_in(d, 0, end, sp, sn)) >= 0) {
    if (!append_piece(list, self, d + j + sn, end - j - sn)) return 0;
    end = j;
  }
  if (!append_piece(list, self, d, end)) return 0;
  return reverse_list(list);
}

static ai_word m_split(ai_word self, int64_t n, const ai_word *a, ai_word k) { return do_split(self, n, a, k, false); }
static ai_word m_rsplit(ai_word self, int64_t n, const ai_word *a, ai_word k) { return do_split(self, n, a, k, true); }

static ai_word m_splitlines(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"keepends"};
  ai_word out[1];
  if (!ai_parse_args("splitlines", nargs, args, kw, 1, names, 0, out)) return 0;
  bool keep = out[0] && ai_obj_truthy(out[0]);
  ai_word list = ai_list_new(0, NULL);
  if (!list) return 0;
  const uint8_t *d = SELF->data;
  int64_t len = SELF->len, i = 0;
  while (i < len) {
    int64_t j = i;
    while (j < len && d[j] != '\n' && d[j] != '\r') j++;
    int64_t eol = j;
    if (j < len) j += (d[j] == '\r' && j + 1 < len && d[j + 1] == '\n') ? 2 : 1;
    if (!append_piece(list, self, d + i, (keep ? j : eol) - i)) return 0;
    i = j;
  }
  return list;
}

static ai_word m_join(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("join", kw) || !ai_check_nargs("join", nargs, 1, 1)) return 0;
  ai_word items = ai_list_from_iterable(args[0]);
  if (!items) return 0;
  AiList *l = ai_as_list(items);
  ai_word r = ai_bytearray_from(NULL, 0);
  if (!r) return 0;
  for (int64_t i = 0; i < l->len; i++) {
    ai_word x = l->items[i];
    if (!ai_is_byteslike(x)) {
      ai_raise_fmt(&ai_exc_TypeError, "sequence item %lld: expected a bytes-like object, %s found", (long long)i, ai_type_name(x));
      return 0;
    }
    if (i && !ai_bytearray_append(r, SELF->data, SELF->len)) return 0;
    if (!ai_bytearray_append(r, ai_as_bytes(x)->data, ai_as_bytes(x)->len)) return 0;
    ai_sched_work_tick(i); /* per part, as str.join; the bytes joined when the result is whole */
  }
  return ai_bytes_like(self, ai_as_bytes(r)->data, ai_as_bytes(r)->len);
}

static ai_word do_strip(ai_word self, int64_t nargs, const ai_word *args, ai_word kw, const char *fname, bool left, bool right) {
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 0, 1)) return 0;
  const uint8_t *cp = NULL;
  int64_t cn = 0;
  bool ws = nargs == 0 || args[0] == AI_NONE_W;
  if (!ws && !ai_bytes_arg(args[0], &cp, &cn)) return 0;
  const uint8_t *d = SELF->data;
  int64_t i = 0, j = SELF->len;
#define STRIPPED(c) (ws ? is_space(c) : memchr(cp, (c), (size_t)cn) != NULL)
  if (left)
    while (i < j && STRIPPED(d[i])) i++;
  if (right)
    while (j > i && STRIPPED(d[j - 1])) j--;
#undef STRIPPED
  return ai_bytes_like(self, d + i, j - i);
}

static ai_word m_strip(ai_word self, int64_t n, const ai_word *a, ai_word k) { return do_strip(self, n, a, k, "strip", true, true); }
static ai_word m_lstrip(ai_word self, int64_t n, const ai_word *a, ai_word k) { return do_strip(self, n, a, k, "lstrip", true, false); }
static ai_word m_rstrip(ai_word self, int64_t n, const ai_word *a, ai_word k) { return do_strip(self, n, a, k, "rstrip", false, true); }

/* startswith / endswith: a bytes-like prefix or a tuple of them */
static ai_word affix(ai_word self, int64_t nargs, const ai_word *args, ai_word kw, bool end) {
  const char *fname = end ? "endswith" : "startswith";
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 1, 3)) return 0;
  int64_t from, to;
  if (!bounds(nargs > 1 ? args[1] : 0, nargs > 2 ? args[2] : 0, SELF->len, &from, &to)) return 0;
  ai_word w = args[0];
  int64_t count = ai_is_tuple(w) ? ai_as_tuple(w)->len : 1;
  for (int64_t k = 0; k < count; k++) {
    ai_word x = ai_is_tuple(w) ? ai_as_tuple(w)->items[k] : w;
    if (!ai_is_byteslike(x)) {
      if (ai_is_tuple(w))
        ai_raise_fmt(&ai_exc_TypeError, "a bytes-like object is required, not '%s'", ai_type_name(x));
      else
        ai_raise_fmt(&ai_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname, ai_type_name(x));
      return 0;
    }
    int64_t n = ai_as_bytes(x)->len;
    if (from > SELF->len || to - from < n) continue;
    int64_t at = end ? to - n : from;
    if (memcmp(SELF->data + at, ai_as_bytes(x)->data, (size_t)n) == 0) return AI_TRUE_W;
  }
  return AI_FALSE_W;
}

static ai_word m_startswith(ai_word self, int64_t n, const ai_word *a, ai_word k) { return affix(self, n, a, k, false); }
static ai_word m_endswith(ai_word self, int64_t n, const ai_word *a, ai_word k) { return affix(self, n, a, k, true); }

static ai_word m_replace(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("replace", kw) || !ai_check_nargs("replace", nargs, 2, 3)) return 0;
  const uint8_t *op, *np;
  int64_t on, nn, count = -1;
  if (!ai_bytes_arg(args[0], &op, &on) || !ai_bytes_arg(args[1], &np, &nn)) return 0;
  if (nargs > 2 && !ai_int_to_i64(args[2], &count)) count = -1;
  if (count < 0) count = INT64_MAX;
  const uint8_t *d = SELF->data;
  int64_t len = SELF->len;
  ai_word r = ai_bytearray_from(NULL, 0);
  if (!r) return 0;
  int64_t i = 0;
  if (on == 0) {
    /* inserted before every byte and at the end */
    for (; i <= len; i++) {
      if (count-- > 0 && !ai_bytearray_append(r, np, nn)) return 0;
      if (i < len && !ai_bytearray_append(r, d + i, 1)) return 0;
    }
  } else {
    int64_t j;
    while (count-- > 0 && (j = ai_bytes_find(d, i, len, op, on)) >= 0) {
      if (!ai_bytearray_append(r, d + i, j - i) || !ai_bytearray_append(r, np, nn)) return 0;
      i = j + on;
    }
    if (!ai_bytearray_append(r, d + i, len - i)) return 0;
  }
  return ai_bytes_like(self, ai_as_bytes(r)->data, ai_as_bytes(r)->len);
}

/* ---------------------------------------------------------------- case and predicates */

static ai_word map_case(ai_word self, int64_t nargs, ai_word kw, const char *fname, int how) {
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 0, 0)) return 0;
  ai_word r = ai_bytes_like(self, SELF->data, SELF->len);
  if (!r) return 0;
  uint8_t *d = ai_as_bytes(r)->data;
  bool start = true;
  for (int64_t i = 0; i < ai_as_bytes(r)->len; i++) {
    uint8_t c = d[i];
    bool up;
    switch (how) {
    case 0: up = true; break;                          /* upper */
    case 1: up = false; break;                         /* lower */
    case 2: up = is_lower(c) ? true : false; if (is_upper(c)) up = false; else if (!is_lower(c)) continue; break; /* swapcase */
    case 3: up = i == 0; break;                        /* capitalize */
    default: up = start; break;                        /* title */
    }
    if (how == 4) start = !(is_lower(c) || is_upper(c));
    if (up && is_lower(c)) d[i] = (uint8_t)(c - 32);
    else if (!up && is_upper(c)) d[i] = (uint8_t)(c + 32);
  }
  return r;
}

static ai_word m_upper(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return map_case(self, n, k, "upper", 0); }
static ai_word m_lower(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return map_case(self, n, k, "lower", 1); }
static ai_word m_swapcase(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return map_case(self, n, k, "swapcase", 2); }
static ai_word m_capitalize(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return map_case(self, n, k, "capitalize", 3); }
static ai_word m_title(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return map_case(self, n, k, "title", 4); }

static ai_word predicate(ai_word self, int64_t nargs, ai_word kw, const char *fname, bool (*ok)(uint8_t)) {
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 0, 0)) return 0;
  if (SELF->len == 0) return AI_FALSE_W;
  for (int64_t i = 0; i < SELF->len; i++)
    if (!ok(SELF->data[i])) return AI_FALSE_W;
  return AI_TRUE_W;
}

static bool is_alpha(uint8_t c) { return is_lower(c) || is_upper(c); }
static bool is_alnum(uint8_t c) { return is_alpha(c) || is_digit(c); }

static ai_word m_isdigit(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return predicate(self, n, k, "isdigit", is_digit); }
static ai_word m_isalpha(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return predicate(self, n, k, "isalpha", is_alpha); }
static ai_word m_isalnum(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return predicate(self, n, k, "isalnum", is_alnum); }
static ai_word m_isspace(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return predicate(self, n, k, "isspace", is_space); }

static ai_word cased(ai_word self, int64_t nargs, ai_word kw, const char *fname, bool want_upper) {
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 0, 0)) return 0;
  bool any = false;
  for (int64_t i = 0; i < SELF->len; i++) {
    uint8_t c = SELF->data[i];
    if (want_upper ? is_lower(c) : is_upper(c)) return AI_FALSE_W;
    if (want_upper ? is_upper(c) : is_lower(c)) any = true;
  }
  return ai_bool_word(any);
}

static ai_word m_isupper(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return cased(self, n, k, "isupper", true); }
static ai_word m_islower(ai_word self, int64_t n, const ai_word *a, ai_word k) { (void)a; return cased(self, n, k, "islower", false); }

static ai_word m_isascii(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_no_kwargs("isascii", kw) || !ai_check_nargs("isascii", nargs, 0, 0)) return 0;
  for (int64_t i = 0; i < SELF->len; i++)
    if (SELF->data[i] >= 0x80) return AI_FALSE_W;
  return AI_TRUE_W;
}

/* ---------------------------------------------------------------- partition, padding */

static ai_word do_partition(ai_word self, int64_t nargs, const ai_word *args, ai_word kw, bool right) {
  const char *fname = right ? "rpartition" : "partition";
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 1, 1)) return 0;
  const uint8_t *sp;
  int64_t sn;
  if (!ai_bytes_arg(args[0], &sp, &sn)) return 0;
  if (sn == 0) {
    ai_raise(&ai_exc_ValueError, "empty separator");
    return 0;
  }
  const uint8_t *d = SELF->data;
  int64_t len = SELF->len;
  int64_t j = right ? rfind_in(d, 0, len, sp, sn) : ai_bytes_find(d, 0, len, sp, sn);
  ai_word parts[3];
  if (j < 0) {
    ai_word whole = ai_bytes_like(self, d, len), empty = ai_bytes_like(self, NULL, 0), empty2 = ai_bytes_like(self, NULL, 0);
    if (!whole || !empty || !empty2) return 0;
    parts[0] = right ? empty : whole;
    parts[1] = empty2;
    parts[2] = right ? whole : empty;
  } else {
    parts[0] = ai_bytes_like(self, d, j);
    parts[1] = ai_bytes_like(self, sp, sn);
    parts[2] = ai_bytes_like(self, d + j + sn, len - j - sn);
    if (!parts[0] || !parts[1] || !parts[2]) return 0;
  }
  return ai_tuple_new(3, parts);
}

static ai_word m_partition(ai_word self, int64_t n, const ai_word *a, ai_word k) { return do_partition(self, n, a, k, false); }
static ai_word m_rpartition(ai_word self, int64_t n, const ai_word *a, ai_word k) { return do_partition(self, n, a, k, true); }

static ai_word pad(ai_word self, int64_t nargs, const ai_word *args, ai_word kw, const char *fname, int how) {
  if (!ai_no_kwargs(fname, kw) || !ai_check_nargs(fname, nargs, 1, 2)) return 0;
  int64_t width;
  if (!ai_is_int(args[0]) || !ai_int_to_i64(args[0], &width)) {
    ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(args[0]));
    return 0;
  }
  uint8_t fill = ' ';
  if (nargs > 1) {
    if (!ai_is_byteslike(args[1]) || ai_as_bytes(args[1])->len != 1) {
      ai_raise_fmt(&ai_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname, ai_type_name(args[1]));
      return 0;
    }
    fill = ai_as_bytes(args[1])->data[0];
  }
  int64_t len = SELF->len;
  if (width <= len) return ai_bytes_like(self, SELF->data, len);
  int64_t total = width - len, left;
  if (how == 0) left = 0;
  else if (how == 1) left = total;
  else left = total / 2 + (total & width & 1);
  ai_word r = ai_bytes_like(self, NULL, width);
  if (!r) return 0;
  uint8_t *d = ai_as_bytes(r)->data;
  memset(d, fill, (size_t)width);
  memcpy(d + left, SELF->data, (size_t)len);
  return r;
}

static ai_word m_ljust(ai_word self, int64_t n, const ai_word *a, ai_word k) { return pad(self, n, a, k, "ljust", 0); }
static ai_word m_rjust(ai_word self, int64_t n, const ai_word *a, ai_word k) { return pad(self, n, a, k, "rjust", 1); }
static ai_word m_center(ai_word self, int64_t n, const ai_word *a, ai_word k) { return pad(self, n, a, k, "center", 2); }

static ai_word m_zfill(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("zfill", kw) || !ai_check_nargs("zfill", nargs, 1, 1)) return 0;
  int64_t width;
  if (!ai_is_int(args[0]) || !ai_int_to_i64(args[0], &width)) width = 0;
  int64_t len = SELF->len;
  if (width <= len) return ai_bytes_like(self, SELF->data, len);
  ai_word r = ai_bytes_like(self, NULL, width);
  if (!r) return 0;
  uint8_t *d = ai_as_bytes(r)->data;
  int64_t fill = width - len;
  memset(d, '0', (size_t)fill);
  memcpy(d + fill, SELF->data, (size_t)len);
  if (len && (SELF->data[0] == '+' || SELF->data[0] == '-')) {
    d[0] = SELF->data[0];
    d[fill] = '0';
  }
  return r;
}

static ai_word m_removeprefix(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("removeprefix", kw) || !ai_check_nargs("removeprefix", nargs, 1, 1)) return 0;
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(args[0], &p, &n)) return 0;
  if (n <= SELF->len && memcmp(SELF->data, p, (size_t)n) == 0) return ai_bytes_like(self, SELF->data + n, SELF->len - n);
  return ai_bytes_like(self, SELF->data, SELF->len);
}

static ai_word m_removesuffix(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("removesuffix", kw) || !ai_check_nargs("removesuffix", nargs, 1, 1)) return 0;
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(args[0], &p, &n)) return 0;
  if (n && n <= SELF->len && memcmp(SELF->data + SELF->len - n, p, (size_t)n) == 0) return ai_bytes_like(self, SELF->data, SELF->len - n);
  return ai_bytes_like(self, SELF->data, SELF->len);
}

/* ---------------------------------------------------------------- bytearray mutators */

static bool one_byte(ai_word v, uint8_t *out) {
  if (!ai_is_int(v) && !ai_is_bool(v)) {
    ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(v));
    return false;
  }
  int64_t x;
  if (ai_is_bool(v)) x = v == AI_TRUE_W;
  else if (!ai_int_to_i64(v, &x)) x = -1;
  if (x < 0 || x > 255) {
    ai_raise(&ai_exc_ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = (uint8_t)x;
  return true;
}

static ai_word m_append(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("append", kw) || !ai_check_nargs("append", nargs, 1, 1)) return 0;
  uint8_t c;
  if (!one_byte(args[0], &c)) return 0;
  return ai_bytearray_append(self, &c, 1) ? AI_NONE_W : 0;
}

static ai_word m_extend(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("extend", kw) || !ai_check_nargs("extend", nargs, 1, 1)) return 0;
  ai_word src = args[0];
  if (ai_is_str(src)) {
    /* iterated as CPython does: its items are str, not ints */
    if (ai_as_str(src)->length == 0) return AI_NONE_W;
    ai_raise(&ai_exc_TypeError, "'str' object cannot be interpreted as an integer");
    return 0;
  }
  if (!ai_is_byteslike(src)) src = ai_builtin_bytes(src, 0, 0, true);
  if (!src) return 0;
  ai_word copy = ai_bytes_from(ai_as_bytes(src)->data, ai_as_bytes(src)->len);
  return copy && ai_bytearray_append(self, ai_as_bytes(copy)->data, ai_as_bytes(copy)->len) ? AI_NONE_W : 0;
}

static ai_word m_pop(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("pop", kw) || !ai_check_nargs("pop", nargs, 0, 1)) return 0;
  if (SELF->len == 0) {
    ai_raise(&ai_exc_IndexError, "pop from empty bytearray");
    return 0;
  }
  int64_t i = -1;
  if (nargs && !ai_int_to_i64(args[0], &i)) i = INT64_MAX;
  if (i < 0) i += SELF->len;
  if (i < 0 || i >= SELF->len) {
    ai_raise(&ai_exc_IndexError, "pop index out of range");
    return 0;
  }
  uint8_t c = SELF->data[i];
  memmove(SELF->data + i, SELF->data + i + 1, (size_t)(SELF->len - i - 1));
  SELF->len--;
  return ai_small(c);
}

static ai_word m_insert(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("insert", kw) || !ai_check_nargs("insert", nargs, 2, 2)) return 0;
  int64_t i;
  if (!ai_int_to_i64(args[0], &i)) i = ai_int_sign(args[0]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  uint8_t c;
  if (!one_byte(args[1], &c)) return 0;
  int64_t len = SELF->len;
  if (i < 0) i += len;
  if (i < 0) i = 0;
  if (i > len) i = len;
  if (!ai_bytearray_append(self, &c, 1)) return 0;
  memmove(SELF->data + i + 1, SELF->data + i, (size_t)(len - i));
  SELF->data[i] = c;
  return AI_NONE_W;
}

static ai_word m_remove(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("remove", kw) || !ai_check_nargs("remove", nargs, 1, 1)) return 0;
  uint8_t c;
  if (!one_byte(args[0], &c)) return 0;
  uint8_t *at = memchr(SELF->data, c, (size_t)SELF->len);
  if (!at) {
    ai_raise(&ai_exc_ValueError, "value not found in bytearray");
    return 0;
  }
  int64_t i = at - SELF->data;
  memmove(SELF->data + i, SELF->data + i + 1, (size_t)(SELF->len - i - 1));
  SELF->len--;
  return AI_NONE_W;
}

static ai_word m_clear(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_no_kwargs("clear", kw) || !ai_check_nargs("clear", nargs, 0, 0)) return 0;
  SELF->len = 0;
  return AI_NONE_W;
}

static ai_word m_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_no_kwargs("copy", kw) || !ai_check_nargs("copy", nargs, 0, 0)) return 0;
  return ai_bytearray_from(SELF->data, SELF->len);
}

static ai_word m_reverse(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_no_kwargs("reverse", kw) || !ai_check_nargs("reverse", nargs, 0, 0)) return 0;
  for (int64_t i = 0, j = SELF->len - 1; i < j; i++, j--) {
    uint8_t t = SELF->data[i];
    SELF->data[i] = SELF->data[j];
    SELF->data[j] = t;
  }
  return AI_NONE_W;
}

/* ---------------------------------------------------------------- maketrans, translate */

/* bytes.maketrans(from, to): the 256-byte table mapping each byte of from to the byte of to at the
 * same place, every other byte to itself. */
static ai_word m_maketrans(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)self;
  if (!ai_no_kwargs("maketrans", kw) || !ai_check_nargs("maketrans", nargs, 2, 2)) return 0;
  const uint8_t *fp, *tp;
  int64_t fn, tn;
  if (!ai_bytes_arg(args[0], &fp, &fn) || !ai_bytes_arg(args[1], &tp, &tn)) return 0;
  if (fn != tn) {
    ai_raise(&ai_exc_ValueError, "maketrans arguments must have same length");
    return 0;
  }
  uint8_t table[256];
  for (int i = 0; i < 256; i++) table[i] = (uint8_t)i;
  for (int64_t i = 0; i < fn; i++) table[fp[i]] = tp[i];
  return ai_bytes_from(table, 256);
}

/* b.translate(table, /, delete=b''): each byte not in delete, mapped through table (None: kept). */
static ai_word m_translate(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  static const char *const names[] = {NULL, "delete"}; /* table is positional-only */
  ai_word a[2];
  if (!ai_parse_args("translate", nargs, args, kwnames, 2, names, 1, a)) return 0;
  const uint8_t *table = NULL, *del = NULL;
  int64_t tn = 0, dn = 0;
  if (a[0] != AI_NONE_W) {
    if (!ai_bytes_arg(a[0], &table, &tn)) return 0;
    if (tn != 256) {
      ai_raise(&ai_exc_ValueError, "translation table must be 256 characters long");
      return 0;
    }
  }
  if (a[1] && !ai_bytes_arg(a[1], &del, &dn)) return 0;
  bool deleted[256] = {false};
  for (int64_t i = 0; i < dn; i++) deleted[del[i]] = true;
  const uint8_t *d = SELF->data;
  int64_t len = SELF->len, n = 0;
  uint8_t *out = malloc(len ? (size_t)len : 1);
  if (!out) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  for (int64_t i = 0; i < len; i++)
    if (!deleted[d[i]]) out[n++] = table ? table[d[i]] : d[i];
  ai_word r = ai_bytes_like(self, out, n);
  free(out);
  return r;
}

/* Every method but maketrans (a 256-byte table) and bytearray's append and
 * clear charges reductions in proportion to its work once its result is
 * whole, as the str methods do (ai_method_charged, containers.h): by the
 * longer of the receiver and a str or bytes-like result, in words. A
 * bytearray's pop, insert and remove move its tail, reverse and copy walk it;
 * extend is charged by the receiver it grew. */
AI_CHARGED_METHOD(m_decode)
AI_CHARGED_METHOD(m_hex)
AI_CHARGED_METHOD(m_fromhex)
AI_CHARGED_METHOD(m_find)
AI_CHARGED_METHOD(m_rfind)
AI_CHARGED_METHOD(m_index)
AI_CHARGED_METHOD(m_rindex)
AI_CHARGED_METHOD(m_count)
AI_CHARGED_METHOD(m_split)
AI_CHARGED_METHOD(m_rsplit)
AI_CHARGED_METHOD(m_splitlines)
AI_CHARGED_METHOD(m_join)
AI_CHARGED_METHOD(m_strip)
AI_CHARGED_METHOD(m_lstrip)
AI_CHARGED_METHOD(m_rstrip)
AI_CHARGED_METHOD(m_startswith)
AI_CHARGED_METHOD(m_endswith)
AI_CHARGED_METHOD(m_replace)
AI_CHARGED_METHOD(m_upper)
AI_CHARGED_METHOD(m_lower)
AI_CHARGED_METHOD(m_swapcase)
AI_CHARGED_METHOD(m_capitalize)
AI_CHARGED_METHOD(m_title)
AI_CHARGED_METHOD(m_isdigit)
AI_CHARGED_METHOD(m_isalpha)
AI_CHARGED_METHOD(m_isalnum)
AI_CHARGED_METHOD(m_isspace)
AI_CHARGED_METHOD(m_isupper)
AI_CHARGED_METHOD(m_islower)
AI_CHARGED_METHOD(m_isascii)
AI_CHARGED_METHOD(m_partition)
AI_CHARGED_METHOD(m_rpartition)
AI_CHARGED_METHOD(m_ljust)
AI_CHARGED_METHOD(m_rjust)
AI_CHARGED_METHOD(m_center)
AI_CHARGED_METHOD(m_zfill)
AI_CHARGED_METHOD(m_removeprefix)
AI_CHARGED_METHOD(m_removesuffix)
AI_CHARGED_METHOD(m_translate)
AI_CHARGED_METHOD(m_extend)
AI_CHARGED_METHOD(m_pop)
AI_CHARGED_METHOD(m_insert)
AI_CHARGED_METHOD(m_remove)
AI_CHARGED_METHOD(m_copy)
AI_CHARGED_METHOD(m_reverse)

#define COMMON_METHODS \
  {"decode", m_decode_charged}, {"hex", m_hex_charged}, {"fromhex", m_fromhex_charged}, \
      {"find", m_find_charged}, {"rfind", m_rfind_charged}, {"index", m_index_charged}, \
      {"rindex", m_rindex_charged}, {"count", m_count_charged}, {"split", m_split_charged}, \
      {"rsplit", m_rsplit_charged}, {"splitlines", m_splitlines_charged}, {"join", m_join_charged}, \
      {"strip", m_strip_charged}, {"lstrip", m_lstrip_charged}, {"rstrip", m_rstrip_charged}, \
      {"startswith", m_startswith_charged}, {"endswith", m_endswith_charged}, {"replace", m_replace_charged}, \
      {"upper", m_upper_charged}, {"lower", m_lower_charged}, {"swapcase", m_swapcase_charged}, \
      {"capitalize", m_capitalize_charged}, {"title", m_title_charged}, {"isdigit", m_isdigit_charged}, \
      {"isalpha", m_isalpha_charged}, {"isalnum", m_isalnum_charged}, {"isspace", m_isspace_charged}, \
      {"isupper", m_isupper_charged}, {"islower", m_islower_charged}, {"isascii", m_isascii_charged}, \
      {"partition", m_partition_charged}, {"rpartition", m_rpartition_charged}, {"ljust", m_ljust_charged}, \
      {"rjust", m_rjust_charged}, {"center", m_center_charged}, {"zfill", m_zfill_charged}, \
      {"removeprefix", m_removeprefix_charged}, {"removesuffix", m_removesuffix_charged}, \
      {"maketrans", m_maketrans}, {"translate", m_translate_charged}

const ai_method_def ai_bytes_methods[] = {COMMON_METHODS, {NULL, NULL}};

const ai_method_def ai_bytearray_methods[] = {
    COMMON_METHODS,       {"append", m_append},         {"extend", m_extend_charged}, {"pop", m_pop_charged},
    {"insert", m_insert_charged}, {"remove", m_remove_charged}, {"clear", m_clear}, {"copy", m_copy_charged},
    {"reverse", m_reverse_charged}, {NULL, NULL}};
