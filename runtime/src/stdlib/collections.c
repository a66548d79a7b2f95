/*
 * stdlib/collections.c — collections.deque, defaultdict, Counter and
 * OrderedDict with CPython 3.11's semantics, reprs and error messages.
 *
 * deque is a ring buffer (CPython uses linked blocks; nothing observable
 * depends on that). defaultdict, Counter and OrderedDict are dict subtypes
 * sharing AiDict's layout, so every dict operation of the runtime accepts
 * them (ai_is_dict); their own behaviour (missing keys, repr, ==, |, the
 * Counter arithmetic, extra methods) comes through their AiExtSlots.
 * OrderedDict keeps its order in the compact dict's entry order.
 */
#include <stdio.h>
#include "stdlib/collections.h"

#include "obj/int.h"

const AiType ai_type_deque = {"collections.deque", NULL};
static const AiType type_deque_iter = {"_collections._deque_iterator", NULL};
static const AiType type_deque_riter = {"_collections._deque_reverse_iterator", NULL};
const AiType ai_type_defaultdict = {"collections.defaultdict", &ai_type_dict};
const AiType ai_type_counter = {"Counter", &ai_type_dict};
const AiType ai_type_ordereddict = {"collections.OrderedDict", &ai_type_dict};

static void register_types(void);

/* ================================================================ deque */

typedef struct AiDequeIter {
  AiObject ob;
  ai_word deque;
  int64_t index;   /* next logical index (reverse: counts down) */
  int64_t counter; /* items left */
  uint64_t state;
} AiDequeIter;

AiDeque *ai_cdeque_alloc(int64_t maxlen) {
  register_types();
  AiDeque *d = ai_alloc(sizeof(AiDeque));
  if (!d) return NULL;
  d->ob.type = &ai_type_deque;
  d->maxlen = maxlen;
  return d;
}

static bool dq_grow(AiDeque *d) {
  int64_t nc = d->cap ? d->cap * 2 : 8;
  ai_word *ni = ai_alloc((size_t)nc * sizeof(ai_word));
  if (!ni) return false;
  for (int64_t i = 0; i < d->len; i++) ni[i] = ai_cdeque_at(d, i);
  d->items = ni;
  d->cap = nc;
  d->head = 0;
  return true;
}

static ai_word dq_pop_right(AiDeque *d) {
  ai_word v = ai_cdeque_at(d, d->len - 1);
  d->items[(d->head + d->len - 1) & (d->cap - 1)] = 0;
  d->len--;
  d->state++;
  return v;
}

static ai_word dq_pop_left(AiDeque *d) {
  ai_word v = d->items[d->head];
  d->items[d->head] = 0;
  d->head = (d->head + 1) & (d->cap - 1);
  d->len--;
  d->state++;
  return v;
}

bool ai_cdeque_push(AiDeque *d, ai_word v) {
  if (d->maxlen == 0) return true;
  if (d->len == d->cap && !dq_grow(d)) return false;
  d->items[(d->head + d->len) & (d->cap - 1)] = v;
  d->len++;
  d->state++;
  if (d->maxlen >= 0 && d->len > d->maxlen) dq_pop_left(d);
  return true;
}

bool ai_cdeque_push_left(AiDeque *d, ai_word v) {
  if (d->maxlen == 0) return true;
  if (d->len == d->cap && !dq_grow(d)) return false;
  d->head = (d->head - 1) & (d->cap - 1);
  d->items[d->head] = v;
  d->len++;
  d->state++;
  if (d->maxlen >= 0 && d->len > d->maxlen) dq_pop_right(d);
  return true;
}

/* the live items as a fresh contiguous array (a list word keeps it alive) */
static ai_word dq_to_list(AiDeque *d) {
  AiList *l = ai_list_alloc(d->len);
  if (!l) return 0;
  for (int64_t i = 0; i < d->len; i++) l->items[i] = ai_cdeque_at(d, i);
  return ai_w(l);
}

static bool dq_extend(AiDeque *d, ai_word iterable, bool left) {
  if (iterable == ai_w(d)) {
    iterable = dq_to_list(d);
    if (!iterable) return false;
  }
  ai_word it = ai_obj_iter(iterable), v;
  if (!it) return false;
  while (ai_iter_next(it, &v))
    if (!(left ? ai_cdeque_push_left(d, v) : ai_cdeque_push(d, v))) return false;
  return !ai_exc_pending();
}

static bool maxlen_arg(ai_word w, int64_t *out) {
  if (!w || w == AI_NONE_W) {
    *out = -1;
    return true;
  }
  if (!ai_is_int(w) && !ai_is_bool(w)) {
    ai_raise(&ai_exc_TypeError, "an integer is required");
    return false;
  }
  int64_t m;
  if (!ai_index_arg(w, &m)) return false;
  if (m < 0) {
    ai_raise(&ai_exc_ValueError, "maxlen must be non-negative");
    return false;
  }
  *out = m;
  return true;
}

ai_word ai_collections_deque(ai_word iterable, ai_word maxlen) {
  int64_t m;
  if (!maxlen_arg(maxlen, &m)) return 0;
  AiDeque *d = ai_cdeque_alloc(m);
  if (!d) return 0;
  if (iterable && iterable != AI_NONE_W && !dq_extend(d, iterable, false)) return 0;
  return ai_w(d);
}

static AiDeque *dq_copy(AiDeque *s) {
  AiDeque *d = ai_cdeque_alloc(s->maxlen);
  if (!d) return NULL;
  for (int64_t i = 0; i < s->len; i++)
    if (!ai_cdeque_push(d, ai_cdeque_at(s, i))) return NULL;
  return d;
}

/* ---- slots */

static ai_word dq_iter_new(ai_word o, bool reverse) {
  AiDeque *d = ai_as_cdeque(o);
  AiDequeIter *it = ai_alloc(sizeof(AiDequeIter));
  if (!it) return 0;
  it->ob.type = reverse ? &type_deque_riter : &type_deque_iter;
  it->deque = o;
  it->index = reverse ? d->len - 1 : 0;
  it->counter = d->len;
  it->state = d->state;
  return ai_w(it);
}

static ai_word dq_iter(ai_word o) { return dq_iter_new(o, false); }
static ai_word dq_reversed(ai_word o) { return dq_iter_new(o, true); }

static bool dq_iter_next(ai_word w, ai_word *out) {
  AiDequeIter *it = (AiDequeIter *)(intptr_t)w;
  if (!it->deque) return false;
  AiDeque *d = ai_as_cdeque(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    ai_raise(&ai_exc_RuntimeError, "deque mutated during iteration");
    return false;
  }
  if (it->counter <= 0) {
    it->deque = 0;
    return false;
  }
  *out = ai_cdeque_at(d, it->index);
  it->index += it->ob.type == &type_deque_riter ? -1 : 1;
  it->counter--;
  return true;
}

static ai_word self_iter(ai_word o) { return o; }

static int64_t dq_len(ai_word o) { return ai_as_cdeque(o)->len; }

/* deque indexes: ints only ("sequence index must be integer, not 'str'") */
static bool dq_index(AiDeque *d, ai_word key, int64_t *out) {
  if (!ai_is_int(key) && !ai_is_bool(key)) {
    ai_raise_fmt(&ai_exc_TypeError, "sequence index must be integer, not '%s'", ai_type_name(key));
    return false;
  }
  int64_t i;
  if (!ai_index_arg(key, &i)) return false;
  if (i < 0) i += d->len;
  if (i < 0 || i >= d->len) {
    ai_raise(&ai_exc_IndexError, "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

static ai_word dq_getitem(ai_word o, ai_word key) {
  AiDeque *d = ai_as_cdeque(o);
  int64_t i;
  return dq_index(d, key, &i) ? ai_cdeque_at(d, i) : 0;
}

static bool dq_setitem(ai_word o, ai_word key, ai_word v) {
  AiDeque *d = ai_as_cdeque(o);
  int64_t i;
  if (!dq_index(d, key, &i)) return false;
  d->items[(d->head + i) & (d->cap - 1)] = v;
  return true;
}

/* removes logical index i */
static void dq_del_at(AiDeque *d, int64_t i) {
  if (i < d->len / 2) {
    for (int64_t k = i; k > 0; k--) d->items[(d->head + k) & (d->cap - 1)] = ai_cdeque_at(d, k - 1);
    dq_pop_left(d);
  } else {
    for (int64_t k = i; k < d->len - 1; k++) d->items[(d->head + k) & (d->cap - 1)] = ai_cdeque_at(d, k + 1);
    dq_pop_right(d);
  }
}

static bool dq_delitem(ai_word o, ai_word key) {
  AiDeque *d = ai_as_cdeque(o);
  int64_t i;
  if (!dq_index(d, key, &i)) return false;
  dq_del_at(d, i);
  return true;
}

static int dq_contains(ai_word o, ai_word x) {
  AiDeque *d = ai_as_cdeque(o);
  uint64_t st = d->state;
  for (int64_t i = 0; i < d->len; i++) {
    int c = ai_obj_eq_fast(ai_cdeque_at(d, i), x);
    if (c) return c;
    if (d->state != st) {
      ai_raise(&ai_exc_RuntimeError, "deque mutated during iteration");
      return -1;
    }
  }
  return 0;
}

static ai_word dq_repr(ai_word o) {
  AiDeque *d = ai_as_cdeque(o);
  int en = ai_repr_enter(o);
  if (en <= 0) return en == 0 ? ai_str_new_ascii("[...]", 5) : 0;
  ai_word l = dq_to_list(d);
  ai_word r = l ? ai_list_repr(l) : 0;
  ai_repr_leave(o);
  if (!r) return 0;
  ai_sbuf b = {0};
  ai_sl_puts(&b, "deque(");
  ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  if (d->maxlen >= 0) {
    char tmp[40];
    ai_sbuf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, ", maxlen=%lld", (long long)d->maxlen));
  }
  ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

static int dq_richcmp(int op, ai_word a, ai_word b) {
  if (!ai_is_cdeque(a) || !ai_is_cdeque(b)) return 2;
  ai_word la = dq_to_list(ai_as_cdeque(a)), lb = dq_to_list(ai_as_cdeque(b));
  if (!la || !lb) return -1;
  return ai_seq_compare(op, ai_as_list(la)->items, ai_as_list(la)->len, ai_as_list(lb)->items,
                        ai_as_list(lb)->len);
}

static bool dq_repeat_inplace(AiDeque *d, ai_word n) {
  int64_t k;
  if (!ai_index_arg(n, &k)) return false;
  if (k <= 0 || d->len == 0) {
    while (d->len) dq_pop_right(d);
    return true;
  }
  if (k == 1) return true;
  int64_t len = d->len;
  ai_word src = dq_to_list(d);
  if (!src) return false;
  /* only the last maxlen items of the repetition survive */
  int64_t total = len > INT64_MAX / k ? INT64_MAX : len * k;
  int64_t keep = d->maxlen >= 0 && d->maxlen < total ? d->maxlen : total;
  if (keep > ((int64_t)1 << 40)) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return false;
  }
  int64_t start = total - keep;
  while (d->len) dq_pop_right(d);
  for (int64_t j = 0; j < keep; j++)
    if (!ai_cdeque_push(d, ai_as_list(src)->items[(start + j) % len])) return false;
  return true;
}

static ai_word dq_binop(int op, ai_word a, ai_word b, bool inplace) {
  if (op == AI_ADD) {
    if (!ai_is_cdeque(a)) return AI_NOTIMPL;
    if (inplace) return dq_extend(ai_as_cdeque(a), b, false) ? a : 0;
    if (!ai_is_cdeque(b)) {
      ai_raise_fmt(&ai_exc_TypeError, "can only concatenate deque (not \"%s\") to deque", ai_type_name(b));
      return 0;
    }
    AiDeque *r = dq_copy(ai_as_cdeque(a));
    return r && dq_extend(r, b, false) ? ai_w(r) : 0;
  }
  if (op == AI_MUL) {
    ai_word dw = ai_is_cdeque(a) ? a : b, n = ai_is_cdeque(a) ? b : a;
    if (!ai_is_int(n) && !ai_is_bool(n)) {
      if (inplace) return AI_NOTIMPL;
      ai_raise_fmt(&ai_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ai_type_name(n));
      return 0;
    }
    if (inplace) return dq_repeat_inplace(ai_as_cdeque(a), b) ? a : 0;
    AiDeque *r = dq_copy(ai_as_cdeque(dw));
    return r && dq_repeat_inplace(r, n) ? ai_w(r) : 0;
  }
  return AI_NOTIMPL;
}

static bool name_is(ai_word name, const char *s) {
  AiStr *n = ai_as_str(name);
  return (size_t)n->nbytes == strlen(s) && memcmp(n->data, s, (size_t)n->nbytes) == 0;
}

static ai_word dq_getattr(ai_word o, ai_word name, bool *found) {
  if (name_is(name, "maxlen")) {
    *found = true;
    AiDeque *d = ai_as_cdeque(o);
    return d->maxlen < 0 ? AI_NONE_W : ai_small(d->maxlen);
  }
  return 0;
}

/* ---- methods */

#define DQ ai_as_cdeque(self)

static ai_word m_append(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("deque.append", nargs, kw)) return 0;
  return ai_cdeque_push(DQ, args[0]) ? AI_NONE_W : 0;
}

static ai_word m_appendleft(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("deque.appendleft", nargs, kw)) return 0;
  return ai_cdeque_push_left(DQ, args[0]) ? AI_NONE_W : 0;
}

static ai_word m_pop(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("deque.pop", nargs, kw)) return 0;
  return ai_cdeque_pop(self);
}

static ai_word m_popleft(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("deque.popleft", nargs, kw)) return 0;
  return ai_cdeque_popleft(self);
}

bool ai_cdeque_append(ai_word d, ai_word x) { return ai_cdeque_push(ai_as_cdeque(d), x); }

bool ai_cdeque_appendleft(ai_word d, ai_word x) { return ai_cdeque_push_left(ai_as_cdeque(d), x); }

ai_word ai_cdeque_pop(ai_word d) {
  AiDeque *q = ai_as_cdeque(d);
  if (q->len == 0) {
    ai_raise(&ai_exc_IndexError, "pop from an empty deque");
    return 0;
  }
  return dq_pop_right(q);
}

ai_word ai_cdeque_popleft(ai_word d) {
  AiDeque *q = ai_as_cdeque(d);
  if (q->len == 0) {
    ai_raise(&ai_exc_IndexError, "pop from an empty deque");
    return 0;
  }
  return dq_pop_left(q);
}

static ai_word m_extend(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("deque.extend", nargs, kw)) return 0;
  return dq_extend(DQ, args[0], false) ? AI_NONE_W : 0;
}

static ai_word m_extendleft(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("deque.extendleft", nargs, kw)) return 0;
  return dq_extend(DQ, args[0], true) ? AI_NONE_W : 0;
}

static bool dq_rotate(AiDeque *d, int64_t n) {
  int64_t len = d->len;
  if (len <= 1) return true;
  n %= len;
  if (n < 0) n += len;
  if (n == 0) return true;
  ai_word l = dq_to_list(d);
  if (!l) return false;
  ai_word *src = ai_as_list(l)->items;
  for (int64_t i = 0; i < len; i++) d->items[(d->head + (i + n) % len) & (d->cap - 1)] = src[i];
  d->state++;
  return true;
}

static ai_word m_rotate(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("rotate", kw) || !ai_check_nargs("rotate", nargs, 0, 1)) return 0;
  int64_t n = 1;
  if (nargs && !ai_index_arg(args[0], &n)) return 0;
  return dq_rotate(DQ, n) ? AI_NONE_W : 0;
}

static ai_word m_clear(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("deque.clear", nargs, kw)) return 0;
  while (DQ->len) dq_pop_right(DQ);
  return AI_NONE_W;
}

static ai_word m_count(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("deque.count", nargs, kw)) return 0;
  AiDeque *d = DQ;
  uint64_t st = d->state;
  int64_t k = 0;
  for (int64_t i = 0; i < d->len; i++) {
    int c = ai_obj_eq_fast(ai_cdeque_at(d, i), args[0]);
    if (c < 0) return 0;
    if (d->state != st) {
      ai_raise(&ai_exc_RuntimeError, "deque mutated during iteration");
      return 0;
    }
    k += c;
  }
  return ai_small(k);
}

static ai_word not_in_deque(ai_word x) {
  ai_word r = ai_obj_repr(x);
  if (!r) return 0;
  ai_raise_fmt(&ai_exc_ValueError, "%s is not in deque", ai_as_str(r)->data);
  return 0;
}

/* index of the first item == x in [start, stop), -1 absent, -2 raised */
static int64_t dq_find(AiDeque *d, ai_word x, int64_t start, int64_t stop) {
  uint64_t st = d->state;
  for (int64_t i = start; i < stop && i < d->len; i++) {
    int c = ai_obj_eq_fast(ai_cdeque_at(d, i), x);
    if (c < 0) return -2;
    if (d->state != st) {
      ai_raise(&ai_exc_RuntimeError, "deque mutated during iteration");
      return -2;
    }
    if (c) return i;
  }
  return -1;
}

static ai_word m_index(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("index", kw) || !ai_check_nargs("index", nargs, 1, 3)) return 0;
  AiDeque *d = DQ;
  int64_t bounds[2] = {0, d->len};
  for (int k = 1; k < nargs; k++) {
    ai_word w = args[k];
    if (!ai_is_int(w) && !ai_is_bool(w) && !ai_class_has_index(w)) {
      ai_raise(&ai_exc_TypeError, "slice indices must be integers or have an __index__ method");
      return 0;
    }
    int64_t v;
    if (!ai_index_arg(w, &v)) return 0;
    if (v < 0) {
      v += d->len;
      if (v < 0) v = 0;
    }
    bounds[k - 1] = v;
  }
  int64_t i = dq_find(d, args[0], bounds[0], bounds[1]);
  if (i == -2) return 0;
  if (i < 0) return not_in_deque(args[0]);
  return ai_small(i);
}

static ai_word m_remove(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("deque.remove", nargs, kw)) return 0;
  int64_t i = dq_find(DQ, args[0], 0, DQ->len);
  if (i == -2) return 0;
  if (i < 0) return not_in_deque(args[0]);
  dq_del_at(DQ, i);
  return AI_NONE_W;
}

static ai_word m_insert(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_no_kwargs("insert", kw) || !ai_check_nargs("insert", nargs, 2, 2)) return 0;
  AiDeque *d = DQ;
  int64_t i;
  if (!ai_index_arg(args[0], &i)) return 0;
  if (d->maxlen >= 0 && d->len >= d->maxlen) {
    ai_raise(&ai_exc_IndexError, "deque already at its maximum size");
    return 0;
  }
  int64_t n = d->len;
  if (i >= n) return ai_cdeque_push(d, args[1]) ? AI_NONE_W : 0;
  if (i <= -n || i == 0) return ai_cdeque_push_left(d, args[1]) ? AI_NONE_W : 0;
  if (i < 0) i += n;
  if (!ai_cdeque_push(d, args[1])) return 0;
  for (int64_t k = d->len - 1; k > i; k--) d->items[(d->head + k) & (d->cap - 1)] = ai_cdeque_at(d, k - 1);
  d->items[(d->head + i) & (d->cap - 1)] = args[1];
  return AI_NONE_W;
}

static ai_word m_reverse(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("deque.reverse", nargs, kw)) return 0;
  AiDeque *d = DQ;
  for (int64_t i = 0, j = d->len - 1; i < j; i++, j--) {
    ai_word *a = &d->items[(d->head + i) & (d->cap - 1)], *b = &d->items[(d->head + j) & (d->cap - 1)];
    ai_word t = *a;
    *a = *b;
    *b = t;
  }
  d->state++;
  return AI_NONE_W;
}

static ai_word m_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("deque.copy", nargs, kw)) return 0;
  AiDeque *r = dq_copy(DQ);
  return r ? ai_w(r) : 0;
}

static const ai_method_def deque_methods[] = {
    {"append", m_append},   {"appendleft", m_appendleft}, {"pop", m_pop},         {"popleft", m_popleft},
    {"extend", m_extend},   {"extendleft", m_extendleft}, {"rotate", m_rotate},   {"clear", m_clear},
    {"count", m_count},     {"index", m_index},           {"remove", m_remove},   {"insert", m_insert},
    {"reverse", m_reverse}, {"copy", m_copy},             {"__copy__", m_copy},   {NULL, NULL},
};

static const AiExtSlots deque_slots = {
    .type = &ai_type_deque,
    .iter = dq_iter,
    .len = dq_len,
    .getitem = dq_getitem,
    .setitem = dq_setitem,
    .delitem = dq_delitem,
    .contains = dq_contains,
    .repr = dq_repr,
    .richcmp = dq_richcmp,
    .binop = dq_binop,
    .reversed = dq_reversed,
    .getattr = dq_getattr,
    .methods = deque_methods,
    .unhashable = true,
};
static const AiExtSlots deque_iter_slots = {.type = &type_deque_iter, .iter = self_iter, .next = dq_iter_next};
static const AiExtSlots deque_riter_slots = {.type = &type_deque_riter, .iter = self_iter, .next = dq_iter_next};

/* ================================================================ dict subtypes */

static AiDict *dict_of_type(const AiType *t, size_t size) {
  register_types();
  AiDict *d = ai_alloc(size);
  if (!d) return NULL;
  d->ob.type = t;
  return d;
}

ai_word ai_defaultdict_empty(int64_t factory) {
  AiDefaultDict *d = (AiDefaultDict *)dict_of_type(&ai_type_defaultdict, sizeof(AiDefaultDict));
  if (!d) return 0;
  d->factory = factory;
  d->make = NULL;
  d->env = 0;
  return ai_w(d);
}

ai_word ai_counter_empty(void) {
  AiDict *d = dict_of_type(&ai_type_counter, sizeof(AiDict));
  return d ? ai_w(d) : 0;
}

ai_word ai_ordereddict_empty(void) {
  AiDict *d = dict_of_type(&ai_type_ordereddict, sizeof(AiDict));
  return d ? ai_w(d) : 0;
}

int64_t ai_defaultdict_factory(ai_word dd) { return ((AiDefaultDict *)(intptr_t)dd)->factory; }

ai_word ai_defaultdict_like(ai_word dd) {
  const AiDefaultDict *src = (const AiDefaultDict *)(intptr_t)dd;
  ai_word r = ai_defaultdict_empty(src->factory);
  if (!r) return 0;
  ((AiDefaultDict *)(intptr_t)r)->make = src->make;
  ((AiDefaultDict *)(intptr_t)r)->env = src->env;
  return r;
}

/* a copy of dict `src` with the type (and factory) of `like` */
static ai_word dict_copy_as(ai_word like, ai_word src) {
  const AiType *t = ai_obj(like)->type;
  ai_word r = t == &ai_type_defaultdict ? ai_defaultdict_like(like)
              : t == &ai_type_counter   ? ai_counter_empty()
                                        : ai_ordereddict_empty();
  if (!r) return 0;
  return ai_dict_update_from(r, src, "update") ? r : 0;
}

/* ---- shared dict behaviour */

static ai_word dsub_iter(ai_word o) {
  ai_word v = ai_dict_view_new(o, &ai_type_dict_keys);
  return v ? ai_obj_iter(v) : 0;
}

static ai_word dsub_reversed(ai_word o) {
  ai_word v = ai_dict_view_new(o, &ai_type_dict_keys);
  return v ? ai_builtin_reversed(v) : 0;
}

static int64_t dsub_len(ai_word o) { return ai_as_dict(o)->used; }

static int dsub_contains(ai_word o, ai_word x) {
  int64_t h = ai_hash_fast(x);
  if (h == -1) return -1;
  int64_t ix = ai_dict_lookup(ai_as_dict(o), x, h);
  return ix == -2 ? -1 : ix >= 0;
}

static bool dsub_setitem(ai_word o, ai_word k, ai_word v) { return ai_dict_set(o, k, v); }

static bool dsub_delitem(ai_word o, ai_word k) {
  int r = ai_dict_del(ai_as_dict(o), k, NULL);
  if (r < 0) return false;
  if (r == 0) {
    ai_keyerror(k);
    return false;
  }
  return true;
}

/* looks key up: 1 found (*v set), 0 absent, -1 raised; *hash set */
static int dsub_find(ai_word o, ai_word key, int64_t *hash, ai_word *v) {
  int64_t h = ai_hash_fast(key);
  if (h == -1) return -1;
  *hash = h;
  int64_t ix = ai_dict_lookup(ai_as_dict(o), key, h);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  *v = ai_as_dict(o)->entries[ix].value;
  return 1;
}

/* d | other, d |= other for the dict subtypes (result of d's type) */
static ai_word dsub_or(ai_word a, ai_word b, bool inplace) {
  if (!ai_is_dict(a) || !ai_is_dict(b)) return AI_NOTIMPL;
  if (inplace) return ai_dict_update_from(a, b, "|=") ? a : 0;
  if (!ai_ext_of(a) || !ai_ext_of(a)->binop) return AI_NOTIMPL; /* a is a plain dict: dict | sub -> dict */
  ai_word r = dict_copy_as(a, a);
  return r && ai_dict_update_from(r, b, "|") ? r : 0;
}

/* ---- defaultdict */

static const char *const factory_names[] = {"None",           "<class 'int'>",  "<class 'float'>", "<class 'str'>",
                                            "<class 'list'>", "<class 'dict'>", "<class 'set'>",   "<class 'tuple'>"};

static ai_word factory_value(int64_t f) {
  switch (f) {
  case 1: return ai_small(0);
  case 2: return ai_box_float(0.0);
  case 3: return ai_str_new_ascii("", 0);
  case 4: return ai_list_new(0, NULL);
  case 5: return ai_dict_new();
  case 6: return ai_set_new(0, NULL);
  case 7: return ai_w(&ai_empty_tuple);
  default: return 0;
  }
}

static ai_word dd_getitem(ai_word o, ai_word key) {
  int64_t h;
  ai_word v;
  int r = dsub_find(o, key, &h, &v);
  if (r < 0) return 0;
  if (r) return v;
  int64_t f = ai_defaultdict_factory(o);
  const AiDefaultDict *dd = (const AiDefaultDict *)(intptr_t)o;
  if (dd->make) v = dd->make(dd->env);
  else if (f == 0) return ai_keyerror(key);
  else v = factory_value(f);
  if (!v) return 0;
  return ai_dict_set_hashed(ai_as_dict(o), key, h, v) ? v : 0;
}

static ai_word dd_repr(ai_word o) {
  int64_t f = ai_defaultdict_factory(o);
  ai_word r = ai_dict_repr(o);
  if (!r) return 0;
  ai_sbuf b = {0};
  ai_sl_puts(&b, "defaultdict(");
  const AiDefaultDict *dd = (const AiDefaultDict *)(intptr_t)o;
  if (dd->make) {
    /* CPython prints the function's qualified name and address: never the same twice. */
    char fn[64];
    snprintf(fn, sizeof fn, "<function <lambda> at %p>", (void *)(intptr_t)dd->env);
    ai_sl_puts(&b, fn);
  } else
    ai_sl_puts(&b, factory_names[f >= 0 && f <= 7 ? f : 0]);
  ai_sl_puts(&b, ", ");
  ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

static ai_word dd_binop(int op, ai_word a, ai_word b, bool inplace) {
  return op == AI_OR ? dsub_or(a, b, inplace) : AI_NOTIMPL;
}

static ai_word dd_getattr(ai_word o, ai_word name, bool *found) {
  (void)o;
  if (name_is(name, "default_factory")) {
    *found = true;
    ai_raise(&ai_exc_ValueError, "unsupported: defaultdict.default_factory used as a value");
  }
  return 0;
}

static ai_word dd_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("defaultdict.copy", nargs, kw)) return 0;
  return dict_copy_as(self, self);
}

static ai_word dd_missing(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("defaultdict.__missing__", nargs, kw)) return 0;
  return dd_getitem(self, args[0]);
}

static const ai_method_def dd_methods[] = {
    {"copy", dd_copy}, {"__copy__", dd_copy}, {"__missing__", dd_missing}, {NULL, NULL}};

ai_word ai_collections_defaultdict(ai_word factory_kind, ai_word mapping) {
  int64_t f = ai_is_small(factory_kind) ? ai_small_val(factory_kind) : 0;
  if (f < 0 || f > 7) {
    ai_raise(&ai_exc_TypeError, "first argument must be callable or None");
    return 0;
  }
  ai_word d = ai_defaultdict_empty(f);
  if (!d) return 0;
  if (mapping && mapping != AI_NONE_W && !ai_dict_update_from(d, mapping, "defaultdict")) return 0;
  return d;
}

ai_word ai_collections_defaultdict_fn(ai_word (*make)(ai_word env), ai_word env, ai_word mapping) {
  ai_word d = ai_defaultdict_empty(0);
  if (!d) return 0;
  ((AiDefaultDict *)(intptr_t)d)->make = make;
  ((AiDefaultDict *)(intptr_t)d)->env = env;
  if (mapping && mapping != AI_NONE_W && !ai_dict_update_from(d, mapping, "defaultdict")) return 0;
  return d;
}

/* ---- Counter */

static ai_word ct_getitem(ai_word o, ai_word key) {
  int64_t h;
  ai_word v;
  int r = dsub_find(o, key, &h, &v);
  if (r < 0) return 0;
  return r ? v : ai_small(0);
}

static bool ct_delitem(ai_word o, ai_word k) { return ai_dict_del(ai_as_dict(o), k, NULL) >= 0; }

static ai_word ct_get0(ai_word o, ai_word key) { return ai_dict_get_default(o, key, ai_small(0)); }

/* self[elem] = self.get(elem, 0) + delta (sign -1: minus) */
static bool ct_add(ai_word self, ai_word elem, ai_word delta, bool minus) {
  int64_t h;
  ai_word cur;
  int r = dsub_find(self, elem, &h, &cur);
  if (r < 0) return false;
  if (!r) cur = ai_small(0);
  ai_word n;
  if (ai_is_small(cur) && ai_is_small(delta)) n = minus ? ai_int_sub(cur, delta) : ai_int_add(cur, delta);
  else n = minus ? ai_obj_binop(AI_SUB, cur, delta) : ai_obj_binop(AI_ADD, delta, cur);
  if (!n) return false;
  return ai_dict_set_hashed(ai_as_dict(self), elem, h, n);
}

/* Counter.update / subtract with one iterable-or-mapping argument */
static bool ct_update(ai_word self, ai_word other, bool minus) {
  if (ai_is_dict(other)) {
    if (!minus && ai_as_dict(self)->used == 0) return ai_dict_update_from(self, other, "update");
    AiDict *o = ai_as_dict(other);
    int64_t pos = 0;
    AiDictEntry *e;
    while (ai_dict_next(o, &pos, &e))
      if (!ct_add(self, e->key, e->value, minus)) return false;
    return true;
  }
  ai_word it = ai_obj_iter(other), v;
  if (!it) return false;
  while (ai_iter_next(it, &v))
    if (!ct_add(self, v, ai_small(1), minus)) return false;
  return !ai_exc_pending();
}

static ai_word ct_update_m(ai_word self, int64_t nargs, const ai_word *args, ai_word kw, bool minus) {
  int64_t nkw = ai_kw_count(kw), npos = nargs - nkw;
  if (npos > 1) {
    ai_raise_fmt(&ai_exc_TypeError, "expected at most 1 arguments, got %lld", (long long)npos);
    return 0;
  }
  if (npos == 1 && args[0] != AI_NONE_W && !ct_update(self, args[0], minus)) return 0;
  for (int64_t k = 0; k < nkw; k++)
    if (!ct_add(self, ai_as_tuple(kw)->items[k], args[npos + k], minus)) return 0;
  return AI_NONE_W;
}

static ai_word ct_update_meth(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  return ct_update_m(self, nargs, args, kw, false);
}
static ai_word ct_subtract_meth(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  return ct_update_m(self, nargs, args, kw, true);
}

/* items sorted by count, descending, stable (sorted(..., key=itemgetter(1), reverse=True)) */
static ai_word ct_sorted_items(ai_word self) {
  AiDict *d = ai_as_dict(self);
  AiList *items = ai_list_alloc(d->used), *keys = ai_list_alloc(d->used);
  if (!items || !keys) return 0;
  int64_t pos = 0, i = 0;
  AiDictEntry *e;
  while (ai_dict_next(d, &pos, &e)) {
    ai_word p = ai_tuple_pair(e->key, e->value);
    if (!p) return 0;
    items->items[i] = p;
    keys->items[i++] = e->value;
  }
  return ai_sort_keyed(ai_w(items), ai_w(keys), true);
}

static ai_word ct_most_common(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"n"};
  ai_word n = 0;
  if (!ai_parse_args("most_common", nargs, args, kw, 1, names, 0, &n)) return 0;
  ai_word l = ct_sorted_items(self);
  if (!l) return 0;
  if (n && n != AI_NONE_W) {
    int64_t k;
    if (!ai_index_arg(n, &k)) return 0;
    if (k < 0) k = 0;
    if (k < ai_as_list(l)->len) ai_as_list(l)->len = k;
  }
  return l;
}

static ai_word ct_elements(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("elements", nargs, kw)) return 0;
  ai_word out = ai_list_new(0, NULL);
  if (!out) return 0;
  AiDict *d = ai_as_dict(self);
  int64_t pos = 0;
  AiDictEntry *e;
  while (ai_dict_next(d, &pos, &e)) {
    if (!ai_is_int(e->value) && !ai_is_bool(e->value)) {
      ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(e->value));
      return 0;
    }
    int64_t k;
    ai_index_arg(e->value, &k);
    for (int64_t i = 0; i < k; i++)
      if (!ai_list_append(out, e->key)) return 0;
  }
  return ai_obj_iter(out);
}

static ai_word ct_total(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("total", nargs, kw)) return 0;
  ai_word v = ai_dict_view_new(self, &ai_type_dict_values);
  return v ? ai_builtin_sum(v, ai_small(0)) : 0;
}

static ai_word ct_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("copy", nargs, kw)) return 0;
  return dict_copy_as(self, self);
}

static ai_word ct_fromkeys(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)self, (void)nargs, (void)args, (void)kw;
  ai_raise(&ai_exc_NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  return 0;
}

static ai_word ct_missing(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)self, (void)args;
  if (!ai_check_nargs("__missing__", nargs - ai_kw_count(kw), 1, 1)) return 0;
  return ai_small(0);
}

static ai_word ct_binop(int op, ai_word a, ai_word b, bool inplace);

/* +c and -c: the positive counts, and the negated negative ones (Counter() + c, Counter() - c) */
static ai_word ct_unary(ai_word self, int op) {
  ai_word zero = ai_counter_empty();
  return zero ? ct_binop(op, zero, self, false) : 0;
}
static ai_word ct_pos(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  return ai_meth_noargs("__pos__", nargs, kw) ? ct_unary(self, AI_ADD) : 0;
}
static ai_word ct_neg(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  return ai_meth_noargs("__neg__", nargs, kw) ? ct_unary(self, AI_SUB) : 0;
}

static const ai_method_def ct_methods[] = {
    {"most_common", ct_most_common}, {"elements", ct_elements}, {"update", ct_update_meth},
    {"subtract", ct_subtract_meth},  {"total", ct_total},       {"copy", ct_copy},
    {"__copy__", ct_copy},           {"fromkeys", ct_fromkeys}, {"__missing__", ct_missing},
    {"__pos__", ct_pos},             {"__neg__", ct_neg},       {NULL, NULL}};

static ai_word ct_repr(ai_word o) {
  if (ai_as_dict(o)->used == 0) return ai_str_new_ascii("Counter()", 9);
  ai_word src = ct_sorted_items(o);
  if (!src) {
    if (!ai_exc_matches(&ai_exc_TypeError)) return 0;
    ai_exc_clear(); /* unorderable counts: insertion order */
    src = o;
  }
  ai_word d = ai_dict_new();
  if (!d || !ai_dict_update_from(d, src, "dict")) return 0;
  int en = ai_repr_enter(o);
  if (en <= 0) return en == 0 ? ai_str_new_ascii("...", 3) : 0;
  ai_word r = ai_dict_repr(d);
  ai_repr_leave(o);
  if (!r) return 0;
  ai_sbuf b = {0};
  ai_sl_puts(&b, "Counter(");
  ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

static bool is_counter(ai_word w) { return ai_has_type(w, &ai_type_counter); }

/* all(self[e] OP other[e] for c in (self, other) for e in c) */
static int ct_all(int op, ai_word a, ai_word b) {
  for (int side = 0; side < 2; side++) {
    AiDict *d = ai_as_dict(side ? b : a);
    int64_t pos = 0;
    AiDictEntry *e;
    while (ai_dict_next(d, &pos, &e)) {
      ai_word x = ct_get0(a, e->key), y = ct_get0(b, e->key);
      if (!x || !y) return -1;
      int c = ai_obj_compare(op, x, y);
      if (c <= 0) return c;
    }
  }
  return 1;
}

static int ct_richcmp(int op, ai_word a, ai_word b) {
  if (!is_counter(a) || !is_counter(b)) return 2;
  int c;
  switch (op) {
  case AI_EQ: return ct_all(AI_EQ, a, b);
  case AI_NE: c = ct_all(AI_EQ, a, b); return c < 0 ? -1 : !c;
  case AI_LE: return ct_all(AI_LE, a, b);
  case AI_GE: return ct_all(AI_GE, a, b);
  case AI_LT:
  case AI_GT:
    c = ct_all(op == AI_LT ? AI_LE : AI_GE, a, b);
    if (c <= 0) return c;
    c = ct_all(AI_EQ, a, b);
    return c < 0 ? -1 : !c;
  default: return 2;
  }
}

/* result[elem] = v when v > 0 */
static bool ct_put_pos(ai_word r, ai_word elem, ai_word v) {
  int c = ai_obj_compare(AI_GT, v, ai_small(0));
  if (c < 0) return false;
  return !c || ai_dict_set(r, elem, v);
}

static bool ct_keep_positive(ai_word self) {
  AiDict *d = ai_as_dict(self);
  ai_word drop = ai_list_new(0, NULL);
  if (!drop) return false;
  int64_t pos = 0;
  AiDictEntry *e;
  while (ai_dict_next(d, &pos, &e)) {
    int c = ai_obj_compare(AI_GT, e->value, ai_small(0));
    if (c < 0) return false;
    if (!c && !ai_list_append(drop, e->key)) return false;
  }
  for (int64_t i = 0; i < ai_as_list(drop)->len; i++)
    if (ai_dict_del(d, ai_as_list(drop)->items[i], NULL) < 0) return false;
  return true;
}

static ai_word ct_inplace(int op, ai_word a, ai_word b) {
  AiDict *o = ai_as_dict(b);
  int64_t pos = 0;
  AiDictEntry *e;
  if (op == AI_AND) {
    ai_word keys = ai_list_from_iterable(a);
    if (!keys) return 0;
    for (int64_t i = 0; i < ai_as_list(keys)->len; i++) {
      ai_word k = ai_as_list(keys)->items[i], cnt = ct_get0(a, k), oc = ct_get0(b, k);
      if (!cnt || !oc) return 0;
      int c = ai_obj_compare(AI_LT, oc, cnt);
      if (c < 0 || (c && !ai_dict_set(a, k, oc))) return 0;
    }
  } else {
    while (ai_dict_next(o, &pos, &e)) {
      if (op == AI_OR) {
        ai_word cnt = ct_get0(a, e->key);
        if (!cnt) return 0;
        int c = ai_obj_compare(AI_GT, e->value, cnt);
        if (c < 0 || (c && !ai_dict_set(a, e->key, e->value))) return 0;
      } else if (!ct_add(a, e->key, e->value, op == AI_SUB)) {
        return 0;
      }
    }
  }
  return ct_keep_positive(a) ? a : 0;
}

static ai_word ct_binop(int op, ai_word a, ai_word b, bool inplace) {
  if (op != AI_ADD && op != AI_SUB && op != AI_OR && op != AI_AND) return AI_NOTIMPL;
  if (!is_counter(a) || !ai_is_dict(b)) return AI_NOTIMPL;
  if (inplace) return ct_inplace(op, a, b);
  if (!is_counter(b)) return AI_NOTIMPL;
  ai_word r = ai_counter_empty();
  if (!r) return 0;
  AiDict *x = ai_as_dict(a), *y = ai_as_dict(b);
  int64_t pos = 0;
  AiDictEntry *e;
  while (ai_dict_next(x, &pos, &e)) {
    ai_word oc = ct_get0(b, e->key), v;
    if (!oc) return 0;
    if (op == AI_ADD) v = ai_obj_binop(AI_ADD, e->value, oc);
    else if (op == AI_SUB) v = ai_obj_binop(AI_SUB, e->value, oc);
    else {
      int c = ai_obj_compare(AI_LT, e->value, oc);
      if (c < 0) return 0;
      v = op == AI_OR ? (c ? oc : e->value) : (c ? e->value : oc);
    }
    if (!v || !ct_put_pos(r, e->key, v)) return 0;
  }
  if (op != AI_AND) {
    pos = 0;
    while (ai_dict_next(y, &pos, &e)) {
      int in = dsub_contains(a, e->key);
      if (in < 0) return 0;
      if (in) continue;
      if (op == AI_SUB) {
        int c = ai_obj_compare(AI_LT, e->value, ai_small(0));
        if (c < 0) return 0;
        if (c) {
          ai_word v = ai_obj_binop(AI_SUB, ai_small(0), e->value);
          if (!v || !ai_dict_set(r, e->key, v)) return 0;
        }
      } else if (!ct_put_pos(r, e->key, e->value)) {
        return 0;
      }
    }
  }
  return r;
}

ai_word ai_collections_counter(ai_word iterable_or_mapping) {
  ai_word c = ai_counter_empty();
  if (!c) return 0;
  if (iterable_or_mapping && iterable_or_mapping != AI_NONE_W && !ct_update(c, iterable_or_mapping, false)) return 0;
  return c;
}

/* ---- OrderedDict */

static ai_word od_repr(ai_word o) {
  if (ai_as_dict(o)->used == 0) return ai_str_new_ascii("OrderedDict()", 13);
  int en = ai_repr_enter(o);
  if (en <= 0) return en == 0 ? ai_str_new_ascii("...", 3) : 0;
  ai_word items = ai_dict_view_new(o, &ai_type_dict_items);
  ai_word l = items ? ai_list_from_iterable(items) : 0;
  ai_word r = l ? ai_list_repr(l) : 0;
  ai_repr_leave(o);
  if (!r) return 0;
  ai_sbuf b = {0};
  ai_sl_puts(&b, "OrderedDict(");
  ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

static int od_richcmp(int op, ai_word a, ai_word b) {
  if ((op != AI_EQ && op != AI_NE) || !ai_has_type(a, &ai_type_ordereddict) ||
      !ai_has_type(b, &ai_type_ordereddict))
    return 2;
  int c = ai_dict_eq(a, b);
  if (c > 0) { /* same keys: the orders must match too */
    AiDict *x = ai_as_dict(a), *y = ai_as_dict(b);
    int64_t px = 0, py = 0;
    AiDictEntry *ex, *ey;
    while (c > 0 && ai_dict_next(x, &px, &ex) && ai_dict_next(y, &py, &ey)) c = ai_obj_eq_fast(ex->key, ey->key);
  }
  if (c < 0) return -1;
  return op == AI_EQ ? c : !c;
}

static ai_word od_binop(int op, ai_word a, ai_word b, bool inplace) {
  return op == AI_OR ? dsub_or(a, b, inplace) : AI_NOTIMPL;
}

/* moves entry `key` to the end (last) or the front */
static bool od_move(ai_word self, ai_word key, bool last) {
  AiDict *d = ai_as_dict(self);
  int64_t h = ai_hash_fast(key);
  if (h == -1) return false;
  int64_t ix = ai_dict_lookup(d, key, h);
  if (ix == -2) return false;
  if (ix < 0) {
    ai_keyerror(key);
    return false;
  }
  AiDictEntry e = d->entries[ix];
  if (last) {
    if (ai_dict_del(d, e.key, NULL) < 0) return false;
    return ai_dict_set_hashed(d, e.key, e.hash, e.value);
  }
  /* to the front: rebuild with the key first */
  int64_t n = d->used;
  AiDictEntry *old = ai_alloc((size_t)n * sizeof(AiDictEntry));
  if (!old) return false;
  int64_t pos = 0, k = 0;
  AiDictEntry *p;
  while (ai_dict_next(d, &pos, &p)) old[k++] = *p;
  ai_dict_clear(d);
  if (!ai_dict_set_hashed(d, e.key, e.hash, e.value)) return false;
  for (int64_t i = 0; i < n; i++)
    if (old[i].key != e.key && !ai_dict_set_hashed(d, old[i].key, old[i].hash, old[i].value)) return false;
  return true;
}

static ai_word od_move_to_end(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"key", "last"};
  ai_word a[2];
  if (!ai_parse_args("move_to_end", nargs, args, kw, 2, names, 1, a)) return 0;
  int last = a[1] ? ai_obj_truthy(a[1]) : 1;
  if (last < 0) return 0;
  return od_move(self, a[0], last) ? AI_NONE_W : 0;
}

static ai_word od_popitem(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  static const char *const names[] = {"last"};
  ai_word lw = 0;
  if (!ai_parse_args("popitem", nargs, args, kw, 1, names, 0, &lw)) return 0;
  int last = lw ? ai_obj_truthy(lw) : 1;
  if (last < 0) return 0;
  AiDict *d = ai_as_dict(self);
  if (d->used == 0) {
    ai_raise_obj(ai_exc_new(&ai_exc_KeyError, ai_tuple_new(1, (ai_word[]){ai_str_new_ascii("dictionary is empty", 19)})),
                 0);
    return 0;
  }
  int64_t i = last ? d->nentries - 1 : 0;
  while (d->entries[i].key == 0) i += last ? -1 : 1;
  ai_word k = d->entries[i].key, v = d->entries[i].value;
  if (ai_dict_del(d, k, NULL) < 0) return 0;
  return ai_tuple_pair(k, v);
}

static ai_word od_copy(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)args;
  if (!ai_meth_noargs("copy", nargs, kw)) return 0;
  return dict_copy_as(self, self);
}

static const ai_method_def od_methods[] = {{"move_to_end", od_move_to_end},
                                           {"popitem", od_popitem},
                                           {"copy", od_copy},
                                           {"__copy__", od_copy},
                                           {NULL, NULL}};

ai_word ai_collections_ordereddict(ai_word iterable_or_mapping) {
  ai_word d = ai_ordereddict_empty();
  if (!d) return 0;
  if (iterable_or_mapping && iterable_or_mapping != AI_NONE_W &&
      !ai_dict_update_from(d, iterable_or_mapping, "OrderedDict"))
    return 0;
  return d;
}

ai_word ai_collections_ordereddict_fromkeys(ai_word iterable, ai_word value) {
  ai_word d = ai_ordereddict_empty();
  if (!d) return 0;
  ai_word it = ai_obj_iter(iterable), k;
  if (!it) return 0;
  while (ai_iter_next(it, &k))
    if (!ai_dict_set(d, k, value ? value : AI_NONE_W)) return 0;
  return ai_exc_pending() ? 0 : d;
}

#define DICT_SLOTS                                                                                                     \
  .iter = dsub_iter, .len = dsub_len, .setitem = dsub_setitem, .contains = dsub_contains, .reversed = dsub_reversed,   \
  .unhashable = true

static const AiExtSlots dd_slots = {.type = &ai_type_defaultdict,
                                    DICT_SLOTS,
                                    .getitem = dd_getitem,
                                    .delitem = dsub_delitem,
                                    .repr = dd_repr,
                                    .binop = dd_binop,
                                    .getattr = dd_getattr,
                                    .methods = dd_methods};
static const AiExtSlots ct_slots = {.type = &ai_type_counter,
                                    DICT_SLOTS,
                                    .getitem = ct_getitem,
                                    .delitem = ct_delitem,
                                    .repr = ct_repr,
                                    .richcmp = ct_richcmp,
                                    .binop = ct_binop,
                                    .methods = ct_methods};
static const AiExtSlots od_slots = {.type = &ai_type_ordereddict,
                                    DICT_SLOTS,
                                    .getitem = ai_dict_get,
                                    .delitem = dsub_delitem,
                                    .repr = od_repr,
                                    .richcmp = od_richcmp,
                                    .binop = od_binop,
                                    .methods = od_methods};

/* ================================================================ registration */

static _Atomic int registered;

static void register_types(void) {
  if (registered) return;
  ai_ext_register(&deque_slots);
  ai_ext_register(&deque_iter_slots);
  ai_ext_register(&deque_riter_slots);
  ai_ext_register(&dd_slots);
  ai_ext_register(&ct_slots);
  ai_ext_register(&od_slots);
  registered = 1;
}
