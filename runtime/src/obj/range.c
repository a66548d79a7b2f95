/*
 * obj/range.c — range objects and slice objects.
 *
 * GC layout: AiRange {ob, start, stop, step, len} — four int words (small or
 * big ints); AiSlice {ob, start, stop, step} — three arbitrary value words.
 */
#include "obj/containers.h"

#include "exc/exception.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

const AiType ai_type_range = {"range", NULL};
const AiType ai_type_slice = {"slice", NULL};

/* an int (bool as 0/1) word, or TypeError "'x' object cannot be interpreted as an integer" */
static ai_word as_index(ai_word w) {
  if (ai_is_int(w)) return w;
  if (ai_is_bool(w)) return ai_small(w == AI_TRUE_W);
  /* an IntEnum member, an int subclass's instance, an instance with __index__: CPython's nb_index */
  ai_word held;
  if (ai_class_index_value(w, &held)) return held;
  if (ai_exc_pending()) return 0;
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(w));
  return 0;
}

static ai_word range_len(ai_word lo, ai_word hi, ai_word step) {
  if (ai_is_small(lo) && ai_is_small(hi) && ai_is_small(step)) {
    int64_t a = ai_small_val(lo), b = ai_small_val(hi), s = ai_small_val(step);
    /* values are 63-bit: differences fit in int64 */
    if (s > 0) return ai_small(a < b ? (b - a - 1) / s + 1 : 0);
    return ai_small(a > b ? (a - b - 1) / (-s) + 1 : 0);
  }
  if (ai_int_sign(step) > 0) {
    if (ai_int_cmp(lo, hi) >= 0) return ai_small(0);
    ai_word d = ai_int_sub(ai_int_sub(hi, lo), ai_small(1));
    return d ? ai_int_add(ai_int_floordiv(d, step), ai_small(1)) : 0;
  }
  if (ai_int_cmp(lo, hi) <= 0) return ai_small(0);
  ai_word d = ai_int_sub(ai_int_sub(lo, hi), ai_small(1));
  ai_word ns = ai_int_neg(step);
  return d && ns ? ai_int_add(ai_int_floordiv(d, ns), ai_small(1)) : 0;
}

ai_word ai_range_new(ai_word start, ai_word stop, ai_word step) {
  if (!(start = as_index(start)) || !(stop = as_index(stop)) || !(step = as_index(step))) return 0;
  if (step == ai_small(0)) {
    ai_raise(&ai_exc_ValueError, "range() arg 3 must not be zero");
    return 0;
  }
  ai_word len = range_len(start, stop, step);
  if (!len) return 0;
  AiRange *r = ai_alloc(sizeof(AiRange));
  if (!r) return 0;
  r->ob.type = &ai_type_range;
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->len = len;
  return ai_w(r);
}

int64_t ai_range_length_i64(AiRange *r, bool *overflow) {
  int64_t n;
  *overflow = false;
  if (ai_int_to_i64(r->len, &n)) return n;
  *overflow = true;
  return INT64_MAX;
}

ai_word ai_range_item(AiRange *r, ai_word i) {
  if (ai_is_small(i) && ai_is_small(r->start) && ai_is_small(r->step)) {
    __int128 v = (__int128)ai_small_val(r->start) + (__int128)ai_small_val(i) * ai_small_val(r->step);
    if (v >= AI_SMALL_MIN && v <= AI_SMALL_MAX) return ai_small((int64_t)v);
  }
  ai_word m = ai_int_mul(i, r->step);
  return m ? ai_int_add(r->start, m) : 0;
}

ai_word ai_range_repr(ai_word rw) {
  AiRange *r = ai_as_range(rw);
  ai_word a = ai_str_of_int(r->start), b = ai_str_of_int(r->stop);
  if (!a || !b) return 0;
  ai_sbuf s = {0};
  ai_sbuf_put(&s, "range(", 6);
  ai_sbuf_put(&s, ai_as_str(a)->data, (size_t)ai_as_str(a)->nbytes);
  ai_sbuf_put(&s, ", ", 2);
  ai_sbuf_put(&s, ai_as_str(b)->data, (size_t)ai_as_str(b)->nbytes);
  if (r->step != ai_small(1)) {
    ai_word c = ai_str_of_int(r->step);
    if (!c) {
      ai_sbuf_free(&s);
      return 0;
    }
    ai_sbuf_put(&s, ", ", 2);
    ai_sbuf_put(&s, ai_as_str(c)->data, (size_t)ai_as_str(c)->nbytes);
  }
  ai_sbuf_putc(&s, ')');
  return ai_sbuf_to_str(&s);
}

ai_word ai_range_getitem(ai_word rw, ai_word key) {
  AiRange *r = ai_as_range(rw);
  if (ai_is_slice(key)) {
    bool ovf;
    int64_t len = ai_range_length_i64(r, &ovf);
    if (ovf) {
      ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C ssize_t");
      return 0;
    }
    int64_t start, stop, step;
    if (ai_slice_indices(key, len, &start, &stop, &step) < 0) return 0;
    ai_word nstart = ai_range_item(r, ai_small(start));
    ai_word nstop = ai_range_item(r, ai_small(stop));
    ai_word nstep = nstart && nstop ? ai_int_mul(r->step, ai_small(step)) : 0;
    if (!nstep) return 0;
    return ai_range_new(nstart, nstop, nstep);
  }
  /* an instance with __index__ (or an IntEnum member): the int it stands for, as CPython's nb_index */
  ai_word key_held;
  if (!ai_is_small(key) && !ai_is_int(key) && !ai_is_bool(key) && !ai_is_slice(key)) {
    if (ai_class_index_value(key, &key_held)) key = key_held;
    else if (ai_exc_pending()) return 0;
  }
  ai_word i;
  if (ai_is_int(key)) i = key;
  else if (ai_is_bool(key)) i = ai_small(key == AI_TRUE_W);
  else {
    ai_raise_fmt(&ai_exc_TypeError, "range indices must be integers or slices, not %s", ai_type_name(key));
    return 0;
  }
  if (ai_int_sign(i) < 0) i = ai_int_add(i, r->len);
  if (!i) return 0;
  if (ai_int_sign(i) < 0 || ai_int_cmp(i, r->len) >= 0) {
    ai_raise(&ai_exc_IndexError, "range object index out of range");
    return 0;
  }
  return ai_range_item(r, i);
}

int ai_range_contains(ai_word rw, ai_word x) {
  AiRange *r = ai_as_range(rw);
  if (ai_is_int(x) || ai_is_bool(x)) {
    if (ai_is_bool(x)) x = ai_small(x == AI_TRUE_W);
    int sgn = ai_int_sign(r->step);
    if (sgn > 0) {
      if (ai_int_cmp(x, r->start) < 0 || ai_int_cmp(x, r->stop) >= 0) return 0;
    } else {
      if (ai_int_cmp(x, r->start) > 0 || ai_int_cmp(x, r->stop) <= 0) return 0;
    }
    ai_word d = ai_int_sub(x, r->start);
    ai_word m = d ? ai_int_mod(d, r->step) : 0;
    if (!m) return -1;
    return m == ai_small(0);
  }
  /* other types: compare against every element (CPython's fallback) */
  ai_word it = ai_obj_iter(rw), v;
  if (!it) return -1;
  while (ai_iter_next(it, &v)) {
    int c = ai_obj_eq(v, x);
    if (c) return c;
  }
  return ai_exc_pending() ? -1 : 0;
}

int ai_range_eq(ai_word aw, ai_word bw) {
  if (aw == bw) return 1;
  AiRange *a = ai_as_range(aw), *b = ai_as_range(bw);
  if (ai_int_cmp(a->len, b->len) != 0) return 0;
  if (a->len == ai_small(0)) return 1;
  if (ai_int_cmp(a->start, b->start) != 0) return 0;
  if (a->len == ai_small(1)) return 1;
  return ai_int_cmp(a->step, b->step) == 0;
}

int64_t ai_range_hash(ai_word rw) {
  AiRange *r = ai_as_range(rw);
  ai_word t[3] = {r->len, AI_NONE_W, AI_NONE_W};
  if (r->len != ai_small(0)) {
    t[1] = r->start;
    if (r->len != ai_small(1)) t[2] = r->step;
  }
  ai_word tup = ai_tuple_new(3, t);
  if (!tup) return -1;
  return ai_tuple_hash(tup);
}

/* ------------------------------------------------------------ slice */

ai_word ai_slice_new(ai_word start, ai_word stop, ai_word step) {
  AiSlice *s = ai_alloc(sizeof(AiSlice));
  if (!s) return 0;
  s->ob.type = &ai_type_slice;
  s->start = start ? start : AI_NONE_W;
  s->stop = stop ? stop : AI_NONE_W;
  s->step = step ? step : AI_NONE_W;
  return ai_w(s);
}

/* _PyEval_SliceIndex: ints clamp to [-INT64_MAX-1, INT64_MAX] */
static bool slice_index(ai_word w, int64_t *out) {
  if (ai_is_small(w)) {
    *out = ai_small_val(w);
    return true;
  }
  if (ai_is_bool(w)) {
    *out = w == AI_TRUE_W;
    return true;
  }
  if (ai_obj(w)->type == &ai_type_int) {
    if (!ai_int_to_i64(w, out)) *out = ai_int_sign(w) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  /* an IntEnum member, an int subclass's instance, an instance with __index__: CPython's nb_index */
  ai_word held;
  if (ai_class_index_value(w, &held)) return slice_index(held, out);
  if (ai_exc_pending()) return false;
  ai_raise(&ai_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
  return false;
}

int64_t ai_slice_indices(ai_word sw, int64_t length, int64_t *start, int64_t *stop, int64_t *stepp) {
  AiSlice *s = ai_as_slice(sw);
  int64_t step = 1;
  if (s->step != AI_NONE_W) {
    if (!slice_index(s->step, &step)) return -1;
    if (step == 0) {
      ai_raise(&ai_exc_ValueError, "slice step cannot be zero");
      return -1;
    }
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  int64_t lo, hi;
  if (s->start == AI_NONE_W) lo = step < 0 ? INT64_MAX : 0;
  else if (!slice_index(s->start, &lo)) return -1;
  if (s->stop == AI_NONE_W) hi = step < 0 ? INT64_MIN : INT64_MAX;
  else if (!slice_index(s->stop, &hi)) return -1;
  if (lo < 0) {
    lo += length;
    if (lo < 0) lo = step < 0 ? -1 : 0;
  } else if (lo >= length) lo = step < 0 ? length - 1 : length;
  if (hi < 0) {
    hi += length;
    if (hi < 0) hi = step < 0 ? -1 : 0;
  } else if (hi >= length) hi = step < 0 ? length - 1 : length;
  *start = lo;
  *stop = hi;
  *stepp = step;
  if (step < 0) {
    if (hi < lo) return (int64_t)(((uint64_t)lo - (uint64_t)hi - 1) / (uint64_t)(-step) + 1);
  } else if (lo < hi) {
    return (int64_t)(((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1);
  }
  return 0;
}

ai_word ai_slice_repr(ai_word sw) {
  AiSlice *s = ai_as_slice(sw);
  ai_word parts[3] = {s->start, s->stop, s->step};
  ai_sbuf b = {0};
  ai_sbuf_put(&b, "slice(", 6);
  for (int i = 0; i < 3; i++) {
    ai_word r = ai_obj_repr(parts[i]);
    if (!r) {
      ai_sbuf_free(&b);
      return 0;
    }
    if (i) ai_sbuf_put(&b, ", ", 2);
    ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  }
  ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}
