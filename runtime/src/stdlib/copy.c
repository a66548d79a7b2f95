/*
 * stdlib/copy.c — copy.copy and copy.deepcopy over the runtime's types,
 * following CPython 3.11's copy.py: atomic values are returned as is; list
 * and dict register their copy in the memo before copying their items (so
 * recursive structures copy to recursive structures); a tuple is rebuilt
 * only when an item's copy differs (and is memoised after, with the
 * re-check of the memo copy.py does); set/frozenset copy their items first
 * (their __reduce__ arguments); deque, defaultdict and OrderedDict are
 * created and memoised before their items (reduce with list/dict iterators),
 * Counter after (its __reduce__ passes dict(self)).
 *
 * The memo is a dict keyed by the original object's address (a small int).
 */
#include "stdlib/copy.h"

#include "stdlib/collections.h"
#include "obj/bytes.h"
#include "obj/complex.h"
#include "obj/userclass.h"

AI_COLD static ai_word unsupported(ai_word x) {
  ai_raise_fmt(&ai_exc_TypeError, "unsupported: copy of %s objects", ai_type_name(x));
  return 0;
}

static bool is_atomic(ai_word x) {
  if (ai_is_small(x)) return true;
  const AiType *t = ai_obj(x)->type;
  return t == &ai_type_int || t == &ai_type_float || t == &ai_type_bool || t == &ai_type_none || t == &ai_type_str ||
         t == &ai_type_range || t == &ai_type_complex || t == &ai_type_bytes;
}

static ai_word deep(ai_word x, ai_word memo);
static bool memo_put(ai_word memo, ai_word x, ai_word y);

ai_word ai_copy_copy(ai_word x) {
  if (is_atomic(x)) return x;
  ai_word instance;
  if (ai_class_copy(x, false, deep, memo_put, 0, &instance)) return instance;
  const AiType *t = ai_obj(x)->type;
  if (t == &ai_type_tuple || t == &ai_type_frozenset || t == &ai_type_slice) return x;
  if (t == &ai_type_list) return ai_list_new(ai_as_list(x)->len, ai_as_list(x)->items);
  if (t == &ai_type_dict) return ai_dict_copy(x);
  if (t == &ai_type_set) return ai_set_copy_as(x, &ai_type_set);
  if (t == &ai_type_deque || t == &ai_type_defaultdict || t == &ai_type_counter || t == &ai_type_ordereddict)
    return ai_call_method(x, ai_str_new_ascii("copy", 4), 0, NULL, 0);
  return unsupported(x);
}

static ai_word memo_key(ai_word x) { return ai_small((int64_t)((uintptr_t)ai_obj(x) >> 3)); }

static bool memo_put(ai_word memo, ai_word x, ai_word y) { return ai_dict_set(memo, memo_key(x), y); }

/* copies of the items of iterable into a new list */
static ai_word deep_items(ai_word iterable, ai_word memo) {
  ai_word l = ai_list_from_iterable(iterable);
  if (!l) return 0;
  AiList *s = ai_as_list(l);
  AiList *r = ai_list_alloc(s->len);
  if (!r) return 0;
  for (int64_t i = 0; i < s->len; i++)
    if (!(r->items[i] = deep(s->items[i], memo))) return 0;
  return ai_w(r);
}

/* y[deepcopy(k)] = deepcopy(v) for the items of dict x */
static bool deep_dict_into(ai_word y, ai_word x, ai_word memo) {
  AiDict *d = ai_as_dict(x);
  for (int64_t i = 0; i < d->nentries; i++) {
    if (d->entries[i].key == 0) continue;
    ai_word k = deep(d->entries[i].key, memo);
    if (!k) return false;
    ai_word v = deep(d->entries[i].value, memo);
    if (!v || !ai_dict_set(y, k, v)) return false;
  }
  return true;
}

static ai_word deep_uncached(ai_word x, ai_word memo) {
  ai_word instance;
  if (ai_class_copy(x, true, deep, memo_put, memo, &instance)) return instance;
  const AiType *t = ai_obj(x)->type;
  if (t == &ai_type_list) {
    AiList *y = ai_list_alloc(0);
    if (!y || !memo_put(memo, x, ai_w(y))) return 0;
    for (int64_t i = 0; i < ai_as_list(x)->len; i++) {
      ai_word v = deep(ai_as_list(x)->items[i], memo);
      if (!v || !ai_list_append(ai_w(y), v)) return 0;
    }
    return ai_w(y);
  }
  if (t == &ai_type_tuple) {
    AiTuple *s = ai_as_tuple(x);
    AiTuple *y = ai_tuple_alloc(s->len);
    if (!y) return 0;
    bool same = true;
    for (int64_t i = 0; i < s->len; i++) {
      ai_word v = deep(s->items[i], memo);
      if (!v) return 0;
      y->items[i] = v;
      same = same && v == s->items[i];
    }
    ai_word hit = ai_dict_get_default(memo, memo_key(x), 0);
    if (hit) return hit;
    return same ? x : ai_w(y);
  }
  if (t == &ai_type_dict || t == &ai_type_defaultdict || t == &ai_type_ordereddict) {
    ai_word y = t == &ai_type_dict          ? ai_dict_new()
                : t == &ai_type_defaultdict ? ai_defaultdict_like(x)
                                            : ai_ordereddict_empty();
    if (!y || !memo_put(memo, x, y) || !deep_dict_into(y, x, memo)) return 0;
    return y;
  }
  if (t == &ai_type_counter) {
    ai_word tmp = ai_dict_new();
    if (!tmp || !deep_dict_into(tmp, x, memo)) return 0;
    ai_word y = ai_counter_empty();
    if (!y || !ai_dict_update_from(y, tmp, "update")) return 0;
    return y;
  }
  if (t == &ai_type_set || t == &ai_type_frozenset) {
    ai_word items = deep_items(x, memo);
    if (!items) return 0;
    return t == &ai_type_set ? ai_builtin_set(items) : ai_builtin_frozenset(items);
  }
  if (t == &ai_type_deque) {
    AiDeque *s = ai_as_cdeque(x);
    AiDeque *y = ai_cdeque_alloc(s->maxlen);
    if (!y || !memo_put(memo, x, ai_w(y))) return 0;
    ai_word l = ai_list_from_iterable(x);
    if (!l) return 0;
    for (int64_t i = 0; i < ai_as_list(l)->len; i++) {
      ai_word v = deep(ai_as_list(l)->items[i], memo);
      if (!v || !ai_cdeque_push(y, v)) return 0;
    }
    return ai_w(y);
  }
  if (t == &ai_type_slice) {
    AiSlice *s = ai_as_slice(x);
    ai_word a = deep(s->start, memo), b = a ? deep(s->stop, memo) : 0, c = b ? deep(s->step, memo) : 0;
    return c ? ai_slice_new(a, b, c) : 0;
  }
  return unsupported(x);
}

static ai_word deep(ai_word x, ai_word memo) {
  if (is_atomic(x)) return x;
  ai_word hit = ai_dict_get_default(memo, memo_key(x), 0);
  if (hit) return hit;
  if (!ai_enter()) return 0;
  ai_word y = deep_uncached(x, memo);
  ai_leave();
  if (!y) return 0;
  if (y != x && !memo_put(memo, x, y)) return 0;
  return y;
}

ai_word ai_copy_deepcopy(ai_word x, ai_word memo) {
  if (is_atomic(x)) return x;
  if (!memo || memo == AI_NONE_W) memo = ai_dict_new();
  else if (!ai_is_dict(memo)) {
    ai_raise_fmt(&ai_exc_TypeError, "deepcopy() memo must be a dict, not %s", ai_type_name(memo));
    return 0;
  }
  return memo ? deep(x, memo) : 0;
}
