/*
 * obj/list.c — list: a growable array of words.
 *
 * GC layout: AiList {ob, len, cap, items}; `items` points to an ai_alloc'd
 * block of `cap` words of which [0, len) are live values (the rest are 0 or
 * stale and must not be traced). An empty list may have items == NULL.
 *
 * Also: lexicographic comparison of item arrays (shared with tuple), list
 * slicing (get/set/del with any step, CPython's size checks and messages)
 * and the sort (CPython's listsort: runs, binary insertion, stable merges).
 */
#include "obj/containers.h"

#include <stdlib.h>

#include "aithon_actor.h"

#include "exc/exception.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

const AiType ai_type_list = {"list", NULL};

AI_COLD static void overflow_index(void) { ai_raise(&ai_exc_OverflowError, "cannot fit 'int' into an index-sized integer"); }

bool ai_list_reserve(AiList *l, int64_t need) {
  if (need <= l->cap) return true;
  if (need > ((int64_t)1 << 56)) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return false;
  }
  int64_t nc = l->cap + (l->cap >> 1) + 4;
  if (nc < need) nc = need;
  ai_word *ni = ai_alloc((size_t)nc * sizeof(ai_word));
  if (!ni) return false;
  if (l->len) memcpy(ni, l->items, (size_t)l->len * sizeof(ai_word));
  l->items = ni;
  l->cap = nc;
  return true;
}

AiList *ai_list_alloc(int64_t n) {
  if (n < 0 || n > ((int64_t)1 << 56)) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return NULL;
  }
  AiList *l = ai_alloc(sizeof(AiList));
  if (!l) return NULL;
  l->ob.type = &ai_type_list;
  if (n > 0) {
    l->items = ai_alloc((size_t)n * sizeof(ai_word));
    if (!l->items) return NULL;
    l->cap = n;
  }
  l->len = n;
  return l;
}

ai_word ai_list_new(int64_t n, const ai_word *items) {
  AiList *l = ai_list_alloc(n);
  if (!l) return 0;
  if (n) memcpy(l->items, items, (size_t)n * sizeof(ai_word));
  ai_sched_work_done(n); /* l is whole: it may switch (a long display, list(a tuple), a slice, list.copy) */
  return ai_w(l);
}

AI_COLD static bool append_slow(AiList *l, ai_word item) {
  if (!ai_list_reserve(l, l->len + 1)) return false;
  l->items[l->len++] = item;
  return true;
}

bool ai_list_append(ai_word list, ai_word item) {
  AiList *l = ai_as_list(list);
  if (AI_LIKELY(l->len < l->cap)) {
    l->items[l->len++] = item;
    return true;
  }
  return append_slow(l, item);
}

int64_t ai_list_len(ai_word list) { return ai_list_raw(list)->len; }

/* ------------------------------------------------------------ unboxed floats */

static inline double bits_double(ai_word w) {
  double d;
  memcpy(&d, &w, sizeof d);
  return d;
}

static inline ai_word double_bits(double d) {
  ai_word w;
  memcpy(&w, &d, sizeof w);
  return w;
}

/* Boxes every item where it lies. The mark goes first: a collection while
 * the boxes are allocated then traces the items as words, the boxes made so
 * far and (harmlessly, as a conservative root would) the bits of the doubles
 * not yet boxed, where a precise trace of an unboxed list would skip them all
 * and free the new boxes. */
void ai_list_box_items(AiList *l) {
  l->ob.gc = 0;
  for (int64_t i = 0; i < l->len; i++) {
    ai_word b = ai_box_float(bits_double(l->items[i]));
    if (!b) abort(); /* out of memory: ai_as_list has no way to report it */
    l->items[i] = b;
  }
}

ai_word ai_list_new_floats(int64_t n, const double *items) {
  AiList *l = ai_list_alloc(n);
  if (!l) return 0;
  if (n) memcpy(l->items, items, (size_t)n * sizeof(double));
  l->ob.gc = AI_LIST_FLOATS;
  return ai_w(l);
}

AI_COLD static bool append_float_slow(AiList *l, double item) {
  if (l->ob.gc != AI_LIST_FLOATS) {
    ai_word b = ai_box_float(item);
    return b && append_slow(l, b);
  }
  return append_slow(l, double_bits(item));
}

bool ai_list_append_float(ai_word list, double item) {
  AiList *l = ai_list_raw(list);
  if (AI_LIKELY(l->ob.gc == AI_LIST_FLOATS && l->len < l->cap)) {
    l->items[l->len++] = double_bits(item);
    return true;
  }
  return append_float_slow(l, item);
}

AI_COLD static double get_float_slow(ai_word list, ai_word index) {
  AiList *l = ai_list_raw(list);
  int64_t i;
  if (ai_is_slice(index) || !ai_seq_index(index, l->len, &i, "list")) {
    if (!ai_is_slice(index)) return 0.0;
    /* a float list's slice is a list: the checker never types it float (no caller) */
    ai_raise(&ai_exc_TypeError, "list slice where a float was expected");
    return 0.0;
  }
  return l->ob.gc == AI_LIST_FLOATS ? bits_double(l->items[i]) : ai_unbox_float(l->items[i]);
}

double ai_list_get_float(ai_word list, ai_word index) {
  AiList *l = ai_list_raw(list);
  if (AI_LIKELY(ai_is_small(index))) {
    int64_t i = ai_small_val(index);
    if (i < 0) i += l->len;
    if (AI_LIKELY((uint64_t)i < (uint64_t)l->len))
      return l->ob.gc == AI_LIST_FLOATS ? bits_double(l->items[i]) : ai_unbox_float(l->items[i]);
  }
  return get_float_slow(list, index);
}

bool ai_list_set_float(ai_word list, ai_word index, double value) {
  AiList *l = ai_list_raw(list);
  if (AI_LIKELY(ai_is_small(index) && l->ob.gc == AI_LIST_FLOATS)) {
    int64_t i = ai_small_val(index);
    if (i < 0) i += l->len;
    if (AI_LIKELY((uint64_t)i < (uint64_t)l->len)) {
      l->items[i] = double_bits(value);
      return true;
    }
  }
  ai_word b = ai_box_float(value);
  return b && ai_list_set(list, index, b);
}

/* int / bool index to a position in [0, len): raises IndexError("<what> index
 * out of range") or TypeError for other types */
bool ai_seq_index(ai_word key, int64_t len, int64_t *out, const char *what) {
  int64_t i;
  if (ai_is_small(key)) i = ai_small_val(key);
  else if (ai_obj(key)->type == &ai_type_bool) i = key == AI_TRUE_W;
  else if (ai_obj(key)->type == &ai_type_int) {
    ai_raise(&ai_exc_IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  } else {
    /* an IntEnum member, an int subclass's instance, an instance with __index__: CPython's nb_index */
    ai_word held;
    if (ai_class_index_value(key, &held)) return ai_seq_index(held, len, out, what);
    if (ai_exc_pending()) return false;
    ai_raise_fmt(&ai_exc_TypeError, "%s indices must be integers or slices, not %s", what, ai_type_name(key));
    return false;
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    ai_raise_fmt(&ai_exc_IndexError, "%s index out of range", what);
    return false;
  }
  *out = i;
  return true;
}

AI_COLD static ai_word list_get_slow(ai_word list, ai_word index) {
  if (ai_is_slice(index)) return ai_obj_getitem(list, index);
  int64_t i;
  if (!ai_seq_index(index, ai_as_list(list)->len, &i, "list")) return 0;
  return ai_as_list(list)->items[i];
}

ai_word ai_list_get(ai_word list, ai_word index) {
  AiList *l = ai_as_list(list);
  if (AI_LIKELY(ai_is_small(index))) {
    int64_t i = ai_small_val(index);
    if (i < 0) i += l->len;
    if (AI_LIKELY((uint64_t)i < (uint64_t)l->len)) return l->items[i];
  }
  return list_get_slow(list, index);
}

AI_COLD static bool list_set_slow(ai_word list, ai_word index, ai_word value) {
  if (ai_is_slice(index)) return ai_list_setitem_slice(list, index, value);
  /* an instance with __index__ (or an IntEnum member): the int it stands for, as CPython's nb_index */
  ai_word index_held;
  if (!ai_is_small(index) && !ai_is_int(index) && !ai_is_bool(index) && !ai_is_slice(index)) {
    if (ai_class_index_value(index, &index_held)) index = index_held;
    else if (ai_exc_pending()) return false;
  }
  int64_t i;
  if (!ai_seq_index(index, ai_as_list(list)->len, &i, "list assignment")) {
    if (ai_exc_matches(&ai_exc_TypeError)) {
      ai_exc_clear();
      ai_raise_fmt(&ai_exc_TypeError, "list indices must be integers or slices, not %s", ai_type_name(index));
    }
    return false;
  }
  ai_as_list(list)->items[i] = value;
  return true;
}

bool ai_list_set(ai_word list, ai_word index, ai_word value) {
  AiList *l = ai_as_list(list);
  if (AI_LIKELY(ai_is_small(index))) {
    int64_t i = ai_small_val(index);
    if (i < 0) i += l->len;
    if (AI_LIKELY((uint64_t)i < (uint64_t)l->len)) {
      l->items[i] = value;
      return true;
    }
  }
  return list_set_slow(list, index, value);
}

ai_word ai_list_concat(ai_word a, ai_word b) {
  if (!ai_is_list(b)) {
    ai_raise_fmt(&ai_exc_TypeError, "can only concatenate list (not \"%s\") to list", ai_type_name(b));
    return 0;
  }
  /* two unboxed lists of floats make one; with a boxed one, both are boxed */
  bool floats = ai_list_raw(a)->ob.gc == AI_LIST_FLOATS && ai_list_raw(b)->ob.gc == AI_LIST_FLOATS;
  AiList *x = floats ? ai_list_raw(a) : ai_as_list(a), *y = floats ? ai_list_raw(b) : ai_as_list(b);
  AiList *r = ai_list_alloc(x->len + y->len);
  if (!r) return 0;
  if (floats) r->ob.gc = AI_LIST_FLOATS;
  if (x->len) memcpy(r->items, x->items, (size_t)x->len * sizeof(ai_word));
  if (y->len) memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(ai_word));
  ai_sched_work_done(x->len + y->len); /* r is whole: it may switch */
  return ai_w(r);
}

/* r[0, n * len) = n copies of items[0, len), charging reductions as it goes
 * (`[0] * 10**7` is one call): the items not copied yet are zero, which the
 * collector skips, and no one else sees r. */
static void repeat_into(ai_word *r, const ai_word *items, int64_t len, int64_t n) {
  int64_t since = 0;
  for (int64_t i = 0; i < n; i++) {
    memcpy(r + i * len, items, (size_t)len * sizeof(ai_word));
    if ((since += len) >= AI_SCHED_WORK_CHUNK * 32) {
      ai_sched_work_done(since);
      since = 0;
    }
  }
  ai_sched_work_done(since);
}

/* repeat count of `seq * n`: false when it raised */
static bool repeat_count(ai_word n, int64_t *out) {
  if (ai_is_small(n)) *out = ai_small_val(n);
  else if (ai_is_bool(n)) *out = n == AI_TRUE_W;
  else if (ai_obj(n)->type == &ai_type_int) {
    if (ai_int_sign(n) < 0) *out = 0;
    else {
      overflow_index();
      return false;
    }
  } else {
    ai_raise_fmt(&ai_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ai_type_name(n));
    return false;
  }
  if (*out < 0) *out = 0;
  return true;
}

ai_word ai_list_repeat(ai_word list, ai_word nw) {
  int64_t n;
  if (!repeat_count(nw, &n)) return 0;
  AiList *x = ai_list_raw(list); /* [0.0] * n: copies the items' bits, of either layout */
  if (x->len == 0) n = 0;
  if (x->len && n > ((int64_t)1 << 56) / x->len) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  AiList *r = ai_list_alloc(x->len * n);
  if (!r) return 0;
  repeat_into(r->items, x->items, x->len, n);
  r->ob.gc = x->ob.gc == AI_LIST_FLOATS ? AI_LIST_FLOATS : 0;
  return ai_w(r);
}

ai_word ai_tuple_repeat(ai_word t, ai_word nw) {
  int64_t n;
  if (!repeat_count(nw, &n)) return 0;
  AiTuple *x = ai_as_tuple(t);
  if (n == 1 || x->len == 0) return n == 1 ? t : ai_w(&ai_empty_tuple);
  if (x->len && n > ((int64_t)1 << 56) / x->len) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  if (n == 0) return ai_w(&ai_empty_tuple);
  AiTuple *r = ai_tuple_alloc(x->len * n);
  if (!r) return 0;
  repeat_into(r->items, x->items, x->len, n);
  r->ob.gc = x->ob.gc == AI_LIST_FLOATS ? AI_LIST_FLOATS : 0;
  return ai_w(r);
}

bool ai_list_insert_at(AiList *l, int64_t i, ai_word v) {
  if (!ai_list_reserve(l, l->len + 1)) return false;
  if (i < 0) {
    i += l->len;
    if (i < 0) i = 0;
  }
  if (i > l->len) i = l->len;
  if (l->len - i > 0) memmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * sizeof(ai_word));
  l->items[i] = v;
  l->len++;
  return true;
}

/* ------------------------------------------------------------ comparison */

int ai_seq_contains(const ai_word *items, int64_t n, ai_word x) {
  for (int64_t i = 0; i < n; i++) {
    int c = ai_obj_eq_fast(items[i], x);
    if (c) return c;
    ai_sched_work_tick(i);
  }
  return 0;
}

int ai_seq_compare(int op, const ai_word *a, int64_t na, const ai_word *b, int64_t nb) {
  if ((op == AI_EQ || op == AI_NE) && na != nb) return op == AI_NE;
  int64_t i = 0;
  for (; i < na && i < nb; i++) {
    int c = ai_obj_eq_fast(a[i], b[i]);
    if (c < 0) return -1;
    if (!c) break;
  }
  if (i >= na || i >= nb) {
    switch (op) {
    case AI_LT: return na < nb;
    case AI_LE: return na <= nb;
    case AI_EQ: return na == nb;
    case AI_NE: return na != nb;
    case AI_GT: return na > nb;
    default: return na >= nb;
    }
  }
  if (op == AI_EQ) return 0;
  if (op == AI_NE) return 1;
  return ai_obj_compare(op, a[i], b[i]);
}

/* ------------------------------------------------------------ repr */

static ai_word seq_repr(const ai_word *items, int64_t n, const char *open, const char *close, bool one_comma) {
  ai_sbuf b = {0};
  ai_sbuf_put(&b, open, strlen(open));
  for (int64_t i = 0; i < n; i++) {
    if (i) ai_sbuf_put(&b, ", ", 2);
    ai_word r = ai_obj_repr(items[i]);
    if (!r) {
      ai_sbuf_free(&b);
      return 0;
    }
    ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  }
  if (one_comma && n == 1) ai_sbuf_putc(&b, ',');
  ai_sbuf_put(&b, close, strlen(close));
  return ai_sbuf_to_str(&b);
}

ai_word ai_list_repr(ai_word lw) {
  AiList *l = ai_as_list(lw);
  if (l->len == 0) return ai_str_new_ascii("[]", 2);
  int e = ai_repr_enter(lw);
  if (e <= 0) return e == 0 ? ai_str_new_ascii("[...]", 5) : 0;
  ai_word r = seq_repr(l->items, l->len, "[", "]", false);
  ai_repr_leave(lw);
  return r;
}

ai_word ai_tuple_repr(ai_word tw) {
  AiTuple *t = ai_as_tuple(tw);
  if (t->len == 0) return ai_str_new_ascii("()", 2);
  int e = ai_repr_enter(tw);
  if (e <= 0) return e == 0 ? ai_str_new_ascii("(...)", 5) : 0;
  ai_word r = seq_repr(t->items, t->len, "(", ")", true);
  ai_repr_leave(tw);
  return r;
}

/* ------------------------------------------------------------ slices */

ai_word ai_list_getslice(ai_word lw, int64_t start, int64_t stop, int64_t step, int64_t n) {
  (void)stop;
  AiList *l = ai_list_raw(lw); /* the items' bits are copied: a slice of unboxed floats is one too */
  AiList *r = ai_list_alloc(n);
  if (!r) return 0;
  if (l->ob.gc == AI_LIST_FLOATS) r->ob.gc = AI_LIST_FLOATS;
  if (step == 1) {
    if (n) memcpy(r->items, l->items + start, (size_t)n * sizeof(ai_word));
  } else {
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = l->items[j];
  }
  return ai_w(r);
}

/* del l[lo:hi] (step 1), then insert v[0..nv) there */
static bool list_replace(AiList *l, int64_t lo, int64_t hi, const ai_word *v, int64_t nv) {
  if (lo < 0) lo = 0;
  else if (lo > l->len) lo = l->len;
  if (hi < lo) hi = lo;
  else if (hi > l->len) hi = l->len;
  int64_t d = nv - (hi - lo);
  int64_t newlen = l->len + d;
  if (d > 0 && !ai_list_reserve(l, newlen)) return false;
  if (l->len - hi > 0) memmove(l->items + hi + d, l->items + hi, (size_t)(l->len - hi) * sizeof(ai_word));
  if (nv) memcpy(l->items + lo, v, (size_t)nv * sizeof(ai_word));
  l->len = newlen;
  return true;
}

/* items of an iterable as a borrowed array (a copy for anything else than a
 * list/tuple other than `self`) */
static const ai_word *fast_items(ai_word v, ai_word self, int64_t *n, const char *msg) {
  if (v != self) {
    const ai_word *it = ai_seq_items(v, n);
    if (it) return it;
  }
  ai_word lst;
  if (v == self) lst = ai_list_new(ai_as_list(self)->len, ai_as_list(self)->items);
  else {
    ai_word itr = ai_obj_iter(v);
    if (!itr) {
      if (ai_exc_matches(&ai_exc_TypeError)) {
        ai_exc_clear();
        ai_raise(&ai_exc_TypeError, msg);
      }
      return NULL;
    }
    lst = ai_list_from_iterable(itr);
  }
  if (!lst) return NULL;
  *n = ai_as_list(lst)->len;
  return ai_as_list(lst)->items ? ai_as_list(lst)->items : (const ai_word *)&ai_empty_tuple.items;
}

static bool del_extended(AiList *l, int64_t start, int64_t step, int64_t n) {
  if (n <= 0) return true;
  if (step < 0) {
    start = start + step * (n - 1);
    step = -step;
  }
  /* compact: keep items not at start + k*step (k < n) */
  int64_t w = start;
  for (int64_t i = start; i < l->len; i++) {
    if (i >= start && (i - start) % step == 0 && (i - start) / step < n) continue;
    l->items[w++] = l->items[i];
  }
  l->len = w;
  return true;
}

bool ai_list_setitem_slice(ai_word lw, ai_word slice, ai_word value) {
  AiList *l = ai_as_list(lw);
  int64_t start, stop, step;
  int64_t n = ai_slice_indices(slice, l->len, &start, &stop, &step);
  if (n < 0) return false;
  if (step == 1) {
    int64_t nv = 0;
    const ai_word *v = value ? fast_items(value, lw, &nv, "can only assign an iterable") : NULL;
    if (value && !v) return false;
    return list_replace(l, start, stop, v, nv);
  }
  if (!value) return del_extended(l, start, step, n);
  int64_t nv = 0;
  const ai_word *v = fast_items(value, lw, &nv, "must assign iterable to extended slice");
  if (!v) return false;
  if (nv != n) {
    ai_raise_fmt(&ai_exc_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                 (long long)nv, (long long)n);
    return false;
  }
  for (int64_t i = 0, j = start; i < n; i++, j += step) l->items[j] = v[i];
  return true;
}

bool ai_list_delitem(ai_word lw, ai_word key) {
  if (ai_is_slice(key)) return ai_list_setitem_slice(lw, key, 0);
  /* an instance with __index__ (or an IntEnum member): the int it stands for, as CPython's nb_index */
  ai_word key_held;
  if (!ai_is_small(key) && !ai_is_int(key) && !ai_is_bool(key) && !ai_is_slice(key)) {
    if (ai_class_index_value(key, &key_held)) key = key_held;
    else if (ai_exc_pending()) return false;
  }
  AiList *l = ai_as_list(lw);
  int64_t i;
  if (!ai_seq_index(key, l->len, &i, "list assignment")) {
    if (ai_exc_matches(&ai_exc_TypeError)) {
      ai_exc_clear();
      ai_raise_fmt(&ai_exc_TypeError, "list indices must be integers or slices, not %s", ai_type_name(key));
    }
    return false;
  }
  memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(ai_word));
  l->len--;
  return true;
}

/* ------------------------------------------------------------ sort
 * CPython's listsort: natural runs (strictly descending ones reversed),
 * extended to minrun by binary insertion, merged stably. Without galloping:
 * the result is the same for any consistent order, and lists shorter than 64
 * see exactly CPython's comparisons (so the first failing comparison, and its
 * TypeError, is the same). Sorting with `keys` moves keys and values together. */

enum cmpkind { CMP_GENERIC, CMP_SMALL, CMP_FLOAT, CMP_STR };

typedef struct {
  ai_word *keys;
  ai_word *vals; /* NULL when sorting the keys themselves */
  enum cmpkind kind;
  ai_word *tmpk, *tmpv;
  int64_t tmpcap;
} sortstate;

/* x < y: 1, 0, -1 raised */
static inline int islt(const sortstate *s, ai_word x, ai_word y) {
  switch (s->kind) {
  case CMP_SMALL: return x < y; /* tagged small ints order as their values */
  case CMP_FLOAT: return ai_unbox_float(x) < ai_unbox_float(y);
  case CMP_STR: return ai_str_cmp(x, y) < 0;
  default: return ai_obj_compare(AI_LT, x, y);
  }
}

static void reverse_range(ai_word *a, int64_t lo, int64_t hi) { /* [lo, hi) */
  for (hi--; lo < hi; lo++, hi--) {
    ai_word t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

static void swap_rev(sortstate *s, int64_t lo, int64_t hi) {
  reverse_range(s->keys, lo, hi);
  if (s->vals) reverse_range(s->vals, lo, hi);
}

/* sorts [lo, hi) given that [lo, start) is sorted */
static bool binarysort(sortstate *s, int64_t lo, int64_t hi, int64_t start) {
  if (lo == start) start++;
  for (; start < hi; start++) {
    int64_t l = lo, r = start;
    ai_word pivot = s->keys[r];
    do {
      int64_t p = l + ((r - l) >> 1);
      int c = islt(s, pivot, s->keys[p]);
      if (c < 0) return false;
      if (c) r = p;
      else l = p + 1;
    } while (l < r);
    memmove(s->keys + l + 1, s->keys + l, (size_t)(start - l) * sizeof(ai_word));
    s->keys[l] = pivot;
    if (s->vals) {
      ai_word pv = s->vals[start];
      memmove(s->vals + l + 1, s->vals + l, (size_t)(start - l) * sizeof(ai_word));
      s->vals[l] = pv;
    }
  }
  return true;
}

/* length of the run at lo; *desc for a strictly descending one; -1 raised */
static int64_t count_run(sortstate *s, int64_t lo, int64_t hi, bool *desc) {
  *desc = false;
  if (lo + 1 == hi) return 1;
  int64_t n = 2;
  int c = islt(s, s->keys[lo + 1], s->keys[lo]);
  if (c < 0) return -1;
  if (c) {
    *desc = true;
    for (int64_t i = lo + 2; i < hi; i++, n++) {
      c = islt(s, s->keys[i], s->keys[i - 1]);
      if (c < 0) return -1;
      if (!c) break;
      ai_sched_work_tick(n);
    }
  } else {
    for (int64_t i = lo + 2; i < hi; i++, n++) {
      c = islt(s, s->keys[i], s->keys[i - 1]);
      if (c < 0) return -1;
      if (c) break;
      ai_sched_work_tick(n);
    }
  }
  return n;
}

static bool ensure_tmp(sortstate *s, int64_t n) {
  if (n <= s->tmpcap) return true;
  s->tmpk = ai_alloc((size_t)n * sizeof(ai_word));
  if (!s->tmpk) return false;
  if (s->vals) {
    s->tmpv = ai_alloc((size_t)n * sizeof(ai_word));
    if (!s->tmpv) return false;
  }
  s->tmpcap = n;
  return true;
}

/* merges the adjacent sorted runs [a, b) and [b, c) */
static bool merge(sortstate *s, int64_t a, int64_t b, int64_t c) {
  int64_t na = b - a;
  if (!ensure_tmp(s, na)) return false;
  memcpy(s->tmpk, s->keys + a, (size_t)na * sizeof(ai_word));
  if (s->vals) memcpy(s->tmpv, s->vals + a, (size_t)na * sizeof(ai_word));
  int64_t i = 0, j = b, k = a;
  bool ok = true;
  while (i < na && j < c) {
    int lt = islt(s, s->keys[j], s->tmpk[i]);
    if (lt < 0) {
      ok = false;
      break;
    }
    if (lt) {
      s->keys[k] = s->keys[j];
      if (s->vals) s->vals[k] = s->vals[j];
      j++;
    } else {
      s->keys[k] = s->tmpk[i];
      if (s->vals) s->vals[k] = s->tmpv[i];
      i++;
    }
    k++;
    ai_sched_work_tick(k - a);
  }
  /* the rest of the left run (also after an error: nothing is lost) */
  memcpy(s->keys + k, s->tmpk + i, (size_t)(na - i) * sizeof(ai_word));
  if (s->vals) memcpy(s->vals + k, s->tmpv + i, (size_t)(na - i) * sizeof(ai_word));
  return ok;
}

static int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

typedef struct {
  int64_t base, len;
} run_t;

static bool merge_at(sortstate *s, run_t *runs, int64_t *nruns, int64_t i) {
  run_t *a = &runs[i], *b = &runs[i + 1];
  bool ok = merge(s, a->base, b->base, b->base + b->len);
  a->len += b->len;
  for (int64_t k = i + 1; k + 1 < *nruns; k++) runs[k] = runs[k + 1];
  (*nruns)--;
  return ok;
}

static bool merge_collapse(sortstate *s, run_t *runs, int64_t *nruns) {
  while (*nruns > 1) {
    int64_t n = *nruns - 2;
    if ((n > 0 && runs[n - 1].len <= runs[n].len + runs[n + 1].len) ||
        (n > 1 && runs[n - 2].len <= runs[n - 1].len + runs[n].len)) {
      if (runs[n - 1].len < runs[n + 1].len) n--;
      if (!merge_at(s, runs, nruns, n)) return false;
    } else if (runs[n].len <= runs[n + 1].len) {
      if (!merge_at(s, runs, nruns, n)) return false;
    } else break;
  }
  return true;
}

static enum cmpkind choose_kind(const ai_word *k, int64_t n) {
  bool small = true, flt = true, str = true;
  for (int64_t i = 0; i < n && (small || flt || str); i++) {
    ai_word w = k[i];
    if (!ai_is_small(w)) small = false;
    if (!ai_is_float(w)) flt = false;
    if (!ai_is_str(w)) str = false;
  }
  return small ? CMP_SMALL : flt ? CMP_FLOAT : str ? CMP_STR : CMP_GENERIC;
}

static bool sort_words(ai_word *keys, ai_word *vals, int64_t n, bool reverse) {
  if (n < 2) return true;
  sortstate s = {keys, vals, choose_kind(keys, n), NULL, NULL, 0};
  if (reverse) swap_rev(&s, 0, n);
  bool ok = true;
  run_t stackbuf[128];
  run_t *runs = stackbuf;
  int64_t nruns = 0;
  int64_t minrun = compute_minrun(n);
  int64_t lo = 0;
  while (lo < n) {
    bool desc;
    int64_t r = count_run(&s, lo, n, &desc);
    if (r < 0) {
      ok = false;
      break;
    }
    if (desc) swap_rev(&s, lo, lo + r);
    if (r < minrun) {
      int64_t force = n - lo <= minrun ? n - lo : minrun;
      if (!binarysort(&s, lo, lo + force, lo + r)) {
        ok = false;
        break;
      }
      r = force;
    }
    ai_sched_charge(r / 16); /* a run made by binary insertion: up to minrun (64) elements */
    runs[nruns].base = lo;
    runs[nruns].len = r;
    nruns++;
    lo += r;
    if (!merge_collapse(&s, runs, &nruns)) {
      ok = false;
      break;
    }
  }
  while (ok && nruns > 1) {
    int64_t k = nruns - 2;
    if (k > 0 && runs[k - 1].len < runs[k + 1].len) k--;
    if (!merge_at(&s, runs, &nruns, k)) ok = false;
  }
  if (reverse) swap_rev(&s, 0, n);
  return ok;
}

bool ai_list_sort_impl(AiList *l, ai_word *keys, bool reverse) {
  if (keys) return sort_words(keys, l->items, l->len, reverse);
  return sort_words(l->items, NULL, l->len, reverse);
}

bool ai_list_sort_with_keys(ai_word list, ai_word keys, bool reverse) {
  AiList *l = ai_as_list(list);
  if (!ai_is_list(keys) || ai_as_list(keys)->len != l->len) {
    ai_raise(&ai_exc_ValueError, "sort keys must be a list of the same length");
    return false;
  }
  /* sort a copy of the keys so the caller's list stays intact */
  AiList *k = ai_as_list(ai_list_new(l->len, ai_as_list(keys)->items));
  if (!k) return false;
  return ai_list_sort_impl(l, k->items, reverse);
}
