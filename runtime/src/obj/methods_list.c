/*
 * obj/methods_list.c — methods of list, tuple and range (CPython 3.11
 * semantics and TypeError/ValueError wording).
 */
#include "obj/containers.h"

#include "aithon_actor.h"
#include "exc/exception.h"
#include "obj/int.h"
#include "obj/meth_args.h"
#include "obj/userclass.h"
#include "obj/singletons.h"
#include "obj/str.h"

/* start/stop of index(): _PyEval_SliceIndexNotNone, then clamped like slices */
static bool range_args(int64_t nargs, const ai_word *args, int64_t len, int64_t *start, int64_t *stop) {
  *start = 0;
  *stop = len;
  for (int k = 1; k <= 2 && k < nargs; k++) {
    ai_word w = args[k];
    int64_t v;
    if (!ai_is_int(w) && !ai_is_bool(w) && !ai_class_has_index(w)) {
      ai_raise(&ai_exc_TypeError, "slice indices must be integers or have an __index__ method");
      return false;
    }
    if (!ai_index_arg(w, &v)) return false;
    if (v < 0) {
      v += len;
      if (v < 0) v = 0;
    }
    if (k == 1) *start = v;
    else *stop = v;
  }
  return true;
}

static ai_word not_in(ai_word x, const char *what) {
  ai_word r = ai_obj_repr(x);
  if (!r) return 0;
  ai_raise_fmt(&ai_exc_ValueError, "%s is not in %s", ai_as_str(r)->data, what);
  return 0;
}

/* ------------------------------------------------------------ list */

#define SELF ai_as_list(self)

static ai_word l_append(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("list.append", nargs, kw)) return 0;
  return ai_list_append(self, args[0]) ? AI_NONE_W : 0;
}

bool ai_list_extend_iter(ai_word self, ai_word iterable) {
  int64_t n;
  const ai_word *items = ai_seq_items(iterable, &n);
  if (items) {
    AiList *l = SELF;
    if (n == 0) return true;
    if (!ai_list_reserve(l, l->len + n)) return false;
    /* a chunk at a time, charging reductions between chunks (a long copy
     * gives way to the worker's other actors, aithon_actor.h); the length
     * grows with each chunk, so the list is whole whenever the actor is
     * switched out. items may be l->items (l.extend(l)): the copy reads
     * [0, n) and writes from the old length on, never overlapping. */
    for (int64_t done = 0; done < n;) {
      int64_t k = n - done < AI_SCHED_WORK_CHUNK * 32 ? n - done : AI_SCHED_WORK_CHUNK * 32;
      memmove(l->items + l->len, items + done, (size_t)k * sizeof(ai_word));
      l->len += k;
      done += k;
      if (done < n) ai_sched_charge(AI_SCHED_WORK_COST * 32);
    }
    return true;
  }
  ai_word it = ai_obj_iter(iterable);
  if (!it) return false;
  ai_word v;
  for (int64_t i = 0; ai_iter_next(it, &v); i++) {
    if (!ai_list_append(self, v)) return false;
    ai_sched_work_tick(i);
  }
  return !ai_exc_pending();
}

static ai_word l_extend(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("list.extend", nargs, kw)) return 0;
  return ai_list_extend_iter(self, args[0]) ? AI_NONE_W : 0;
}

static ai_word l_insert(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("insert", kw) || !ai_check_nargs("insert", nargs, 2, 2)) return 0;
  int64_t i;
  if (!ai_index_arg(args[0], &i)) return 0;
  return ai_list_insert_at(SELF, i, args[1]) ? AI_NONE_W : 0;
}

static ai_word l_pop(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("pop", kw) || !ai_check_nargs("pop", nargs, 0, 1)) return 0;
  int64_t i = -1;
  if (nargs && !ai_index_arg(args[0], &i)) return 0;
  AiList *l = SELF;
  if (l->len == 0) {
    ai_raise(&ai_exc_IndexError, "pop from empty list");
    return 0;
  }
  if (i < 0) i += l->len;
  if (i < 0 || i >= l->len) {
    ai_raise(&ai_exc_IndexError, "pop index out of range");
    return 0;
  }
  ai_word v = l->items[i];
  memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(ai_word));
  l->len--;
  return v;
}

static ai_word l_remove(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("list.remove", nargs, kw)) return 0;
  AiList *l = SELF;
  for (int64_t i = 0; i < l->len; i++) {
    int c = ai_obj_eq_fast(l->items[i], args[0]);
    if (c < 0) return 0;
    if (c) {
      memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(ai_word));
      l->len--;
      return AI_NONE_W;
    }
  }
  ai_raise(&ai_exc_ValueError, "list.remove(x): x not in list");
  return 0;
}

static ai_word l_index(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("index", kw) || !ai_check_nargs("index", nargs, 1, 3)) return 0;
  AiList *l = SELF;
  int64_t start, stop;
  if (!range_args(nargs, args, l->len, &start, &stop)) return 0;
  for (int64_t i = start; i < stop && i < l->len; i++) {
    int c = ai_obj_eq_fast(l->items[i], args[0]);
    if (c < 0) return 0;
    if (c) return ai_small(i);
  }
  return not_in(args[0], "list");
}

static ai_word count_in(const ai_word *items, int64_t n, ai_word x) {
  int64_t k = 0;
  for (int64_t i = 0; i < n; i++) {
    int c = ai_obj_eq_fast(items[i], x);
    if (c < 0) return 0;
    k += c;
  }
  return ai_small(k);
}

static ai_word l_count(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("list.count", nargs, kw)) return 0;
  return count_in(SELF->items, SELF->len, args[0]);
}

static ai_word l_reverse(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("list.reverse", nargs, kw)) return 0;
  AiList *l = SELF;
  for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
    ai_word t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
  return AI_NONE_W;
}

static ai_word l_sort(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"key", "reverse"};
  if (nargs - ai_kw_count(kw) > 0) {
    ai_raise(&ai_exc_TypeError, "sort() takes no positional arguments");
    return 0;
  }
  ai_word a[2];
  if (!ai_parse_args("sort", nargs, args, kw, 2, names, 0, a)) return 0;
  if (a[0] && a[0] != AI_NONE_W) {
    ai_raise(&ai_exc_ValueError, "unsupported: sort(key=...) on a dynamic value");
    return 0;
  }
  int64_t rev = 0;
  if (a[1] && !ai_index_arg(a[1], &rev)) return 0;
  return ai_list_sort_impl(SELF, NULL, rev != 0) ? AI_NONE_W : 0;
}

static ai_word l_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("list.copy", nargs, kw)) return 0;
  return ai_list_new(SELF->len, SELF->items);
}

static ai_word l_clear(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("list.clear", nargs, kw)) return 0;
  SELF->len = 0;
  SELF->cap = 0;
  SELF->items = NULL;
  return AI_NONE_W;
}

const ai_method_def ai_list_methods[] = {
    {"append", l_append}, {"extend", l_extend}, {"insert", l_insert},   {"pop", l_pop},
    {"remove", l_remove}, {"index", l_index},   {"count", l_count},     {"reverse", l_reverse},
    {"sort", l_sort},     {"copy", l_copy},     {"clear", l_clear},     {NULL, NULL},
};

/* ------------------------------------------------------------ tuple */

static ai_word t_index(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("index", kw) || !ai_check_nargs("index", nargs, 1, 3)) return 0;
  AiTuple *t = ai_as_tuple(self);
  int64_t start, stop;
  if (!range_args(nargs, args, t->len, &start, &stop)) return 0;
  for (int64_t i = start; i < stop && i < t->len; i++) {
    int c = ai_obj_eq_fast(t->items[i], args[0]);
    if (c < 0) return 0;
    if (c) return ai_small(i);
  }
  ai_raise(&ai_exc_ValueError, "tuple.index(x): x not in tuple");
  return 0;
}

static ai_word t_count(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("tuple.count", nargs, kw)) return 0;
  return count_in(ai_as_tuple(self)->items, ai_as_tuple(self)->len, args[0]);
}

const ai_method_def ai_tuple_methods[] = {{"index", t_index}, {"count", t_count}, {NULL, NULL}};

/* ------------------------------------------------------------ range */

static ai_word r_count(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("range.count", nargs, kw)) return 0;
  if (ai_is_int(args[0]) || ai_is_bool(args[0])) {
    int c = ai_range_contains(self, args[0]);
    return c < 0 ? 0 : ai_small(c);
  }
  ai_word it = ai_obj_iter(self), v;
  int64_t k = 0;
  if (!it) return 0;
  while (ai_iter_next(it, &v)) {
    int c = ai_obj_eq(v, args[0]);
    if (c < 0) return 0;
    k += c;
  }
  return ai_exc_pending() ? 0 : ai_small(k);
}

static ai_word r_index(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("range.index", nargs, kw)) return 0;
  AiRange *r = ai_as_range(self);
  ai_word x = args[0];
  if (ai_is_int(x) || ai_is_bool(x)) {
    int c = ai_range_contains(self, x);
    if (c < 0) return 0;
    if (!c) return not_in(x, "range");
    if (ai_is_bool(x)) x = ai_small(x == AI_TRUE_W);
    ai_word d = ai_int_sub(x, r->start);
    return d ? ai_int_floordiv(d, r->step) : 0;
  }
  ai_word it = ai_obj_iter(self), v;
  if (!it) return 0;
  for (int64_t i = 0; ai_iter_next(it, &v); i++) {
    int c = ai_obj_eq(v, x);
    if (c < 0) return 0;
    if (c) return ai_small(i);
  }
  if (ai_exc_pending()) return 0;
  return not_in(x, "range");
}

const ai_method_def ai_range_methods[] = {{"count", r_count}, {"index", r_index}, {NULL, NULL}};

/* ------------------------------------------------------------ slice */

/* slice.indices(length): (start, stop, step) clipped to a sequence of that length, as CPython's. */
static ai_word sl_indices(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("slice.indices", nargs, kw)) return 0;
  ai_word n = args[0];
  if (ai_is_bool(n)) n = ai_small(n == AI_TRUE_W);
  ai_word held;
  if (!ai_is_int(n)) {
    if (ai_class_index_value(n, &held)) n = held;
    else {
      if (!ai_exc_pending()) ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(args[0]));
      return 0;
    }
  }
  int64_t length;
  if (!ai_int_to_i64(n, &length)) {
    ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return 0;
  }
  if (length < 0) {
    ai_raise(&ai_exc_ValueError, "length should not be negative");
    return 0;
  }
  int64_t start, stop, step;
  if (ai_slice_indices(self, length, &start, &stop, &step) < 0) return 0;
  ai_word items[3] = {ai_small(start), ai_small(stop), ai_small(step)};
  return ai_tuple_new(3, items);
}

const ai_method_def ai_slice_methods[] = {{"indices", sl_indices}, {NULL, NULL}};
