/*
 * obj/tuple.c — tuple: an immutable array of words with a cached hash.
 *
 * GC layout: AiTuple {ob, len, hash, items[len]}; the `len` words inline
 * after the header are values. The empty tuple is a static singleton
 * (ai_empty_tuple, outside every heap).
 */
#include "aithon_actor.h"
#include "obj/containers.h"

#include "exc/exception.h"
#include "obj/singletons.h"

const AiType ai_type_tuple = {"tuple", NULL};

AiTuple ai_empty_tuple = {{&ai_type_tuple, 0}, 0, -1};

AiTuple *ai_tuple_alloc(int64_t n) {
  if (n == 0) return &ai_empty_tuple;
  if (n < 0 || n > ((int64_t)1 << 56)) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return NULL;
  }
  AiTuple *t = ai_alloc(sizeof(AiTuple) + (size_t)n * sizeof(ai_word));
  if (!t) return NULL;
  t->ob.type = &ai_type_tuple;
  t->len = n;
  t->hash = -1;
  return t;
}

ai_word ai_tuple_new(int64_t n, const ai_word *items) {
  AiTuple *t = ai_tuple_alloc(n);
  if (!t) return 0;
  if (n) memcpy(t->items, items, (size_t)n * sizeof(ai_word));
  ai_sched_work_done(n); /* t is whole: it may switch (tuple(a long list), a long display) */
  return ai_w(t);
}

ai_word ai_tuple_pair(ai_word a, ai_word b) {
  AiTuple *t = ai_tuple_alloc(2);
  if (!t) return 0;
  t->items[0] = a;
  t->items[1] = b;
  return ai_w(t);
}

int64_t ai_tuple_len(ai_word tuple) { return ai_as_tuple(tuple)->len; }

ai_word ai_tuple_get(ai_word tuple, ai_word index) {
  AiTuple *t = ai_as_tuple(tuple);
  if (AI_LIKELY(ai_is_small(index))) {
    int64_t i = ai_small_val(index);
    if (i < 0) i += t->len;
    if (AI_LIKELY((uint64_t)i < (uint64_t)t->len)) return t->items[i];
  }
  if (ai_is_slice(index)) return ai_obj_getitem(tuple, index);
  int64_t i;
  if (!ai_seq_index(index, t->len, &i, "tuple")) return 0;
  return t->items[i];
}

ai_word ai_tuple_concat(ai_word a, ai_word b) {
  if (!ai_is_tuple(b)) {
    ai_raise_fmt(&ai_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", ai_type_name(b));
    return 0;
  }
  AiTuple *x = ai_as_tuple(a), *y = ai_as_tuple(b);
  if (y->len == 0) return a;
  if (x->len == 0) return b;
  AiTuple *r = ai_tuple_alloc(x->len + y->len);
  if (!r) return 0;
  memcpy(r->items, x->items, (size_t)x->len * sizeof(ai_word));
  memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(ai_word));
  ai_sched_work_done(x->len + y->len); /* r is whole: it may switch */
  return ai_w(r);
}

ai_word ai_sequence_to_tuple(ai_word it) {
  if (ai_is_tuple(it)) return it;
  int64_t n;
  const ai_word *items = ai_seq_items(it, &n);
  if (items) return ai_tuple_new(n, items);
  ai_word l = ai_list_from_iterable(it);
  if (!l) return 0;
  return ai_tuple_new(ai_as_list(l)->len, ai_as_list(l)->items);
}
