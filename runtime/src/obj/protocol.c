/*
 * obj/protocol.c — the generic container protocols on any value: o[key]
 * (ints and slices on list/tuple/str/range, keys on dict), item assignment
 * and deletion, `in`, and attribute reads of built-in values — with
 * CPython's TypeError wording for the types that do not support them.
 */
#include "obj/containers.h"
#include "obj/ext.h"
#include "obj/userclass.h"

#include "exc/exception.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"

bool ai_has_method(ai_word self, ai_word name);

/* types with sequence/mapping slots in CPython ("doesn't support item deletion") */
static bool has_seq_slots(ai_word o) {
  if (ai_is_small(o)) return false;
  const AiType *t = ai_obj(o)->type;
  return t == &ai_type_str || t == &ai_type_list || t == &ai_type_tuple || t == &ai_type_dict || t == &ai_type_set ||
         t == &ai_type_frozenset || t == &ai_type_range || ai_is_dict_view(o);
}

ai_word ai_obj_getitem(ai_word o, ai_word key) {
  if (!ai_is_small(o)) {
    const AiType *t = ai_obj(o)->type;
    if (t == &ai_type_list) {
      if (!ai_is_slice(key)) return ai_list_get(o, key);
      int64_t start, stop, step, n = ai_slice_indices(key, ai_list_len(o), &start, &stop, &step);
      return n < 0 ? 0 : ai_list_getslice(o, start, stop, step, n);
    }
    if (t == &ai_type_dict) return ai_dict_get(o, key);
    if (t == &ai_type_tuple) {
      if (!ai_is_slice(key)) return ai_tuple_get(o, key);
      AiTuple *tu = ai_as_tuple(o);
      int64_t start, stop, step, n = ai_slice_indices(key, tu->len, &start, &stop, &step);
      if (n < 0) return 0;
      if (step == 1 && n == tu->len) return o;
      AiTuple *r = ai_tuple_alloc(n);
      if (!r) return 0;
      for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = tu->items[j];
      return ai_w(r);
    }
    if (t == &ai_type_str) {
      if (!ai_is_slice(key)) return ai_str_get(o, key);
      int64_t start, stop, step, n = ai_slice_indices(key, ai_as_str(o)->length, &start, &stop, &step);
      return n < 0 ? 0 : ai_str_getslice(o, start, stop, step, n);
    }
    if (t == &ai_type_range) return ai_range_getitem(o, key);
    const AiExtSlots *x = ai_ext_slots(t);
    if (x && x->getitem) return x->getitem(o, key);
  }
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not subscriptable", ai_type_name(o));
  return 0;
}

bool ai_obj_setitem(ai_word o, ai_word key, ai_word value) {
  if (!ai_is_small(o)) {
    const AiType *t = ai_obj(o)->type;
    if (t == &ai_type_list) return ai_list_set(o, key, value);
    if (t == &ai_type_dict) return ai_dict_set(o, key, value);
    const AiExtSlots *x = ai_ext_slots(t);
    if (x && x->setitem) return x->setitem(o, key, value);
  }
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object does not support item assignment", ai_type_name(o));
  return false;
}

bool ai_obj_delitem(ai_word o, ai_word key) {
  if (!ai_is_small(o)) {
    const AiType *t = ai_obj(o)->type;
    if (t == &ai_type_list) return ai_list_delitem(o, key);
    if (t == &ai_type_dict) {
      int r = ai_dict_del(ai_as_dict(o), key, NULL);
      if (r < 0) return false;
      if (r == 0) {
        ai_keyerror(key);
        return false;
      }
      return true;
    }
    const AiExtSlots *x = ai_ext_slots(t);
    if (x && x->delitem) return x->delitem(o, key);
  }
  if (has_seq_slots(o)) {
    if (!ai_is_int(key) && !ai_is_bool(key) && !ai_is_slice(key) && ai_obj(o)->type != &ai_type_set &&
        ai_obj(o)->type != &ai_type_frozenset && !ai_is_dict_view(o))
      ai_raise_fmt(&ai_exc_TypeError, "sequence index must be integer, not '%s'", ai_type_name(key));
    else
      ai_raise_fmt(&ai_exc_TypeError, "'%s' object doesn't support item deletion", ai_type_name(o));
    return false;
  }
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object does not support item deletion", ai_type_name(o));
  return false;
}

int ai_obj_contains(ai_word c, ai_word x) {
  if (!ai_is_small(c)) {
    const AiType *t = ai_obj(c)->type;
    if (t == &ai_type_list) return ai_seq_contains(ai_as_list(c)->items, ai_as_list(c)->len, x);
    if (t == &ai_type_dict || t == &ai_type_dict_keys) {
      ai_word d = t == &ai_type_dict ? c : ((AiDictView *)(intptr_t)c)->dict;
      int64_t h = ai_hash_fast(x);
      if (h == -1) return -1;
      int64_t ix = ai_dict_lookup(ai_as_dict(d), x, h);
      return ix == -2 ? -1 : ix >= 0;
    }
    if (t == &ai_type_set || t == &ai_type_frozenset) return ai_set_contains_key(ai_as_set(c), x);
    if (t == &ai_type_str) return ai_str_contains(c, x);
    if (t == &ai_type_tuple) return ai_seq_contains(ai_as_tuple(c)->items, ai_as_tuple(c)->len, x);
    if (t == &ai_type_range) return ai_range_contains(c, x);
    if (t == &ai_type_dict_items) {
      if (!ai_is_tuple(x) || ai_as_tuple(x)->len != 2) return 0;
      AiDict *d = ai_as_dict(((AiDictView *)(intptr_t)c)->dict);
      ai_word k = ai_as_tuple(x)->items[0];
      int64_t h = ai_hash_fast(k);
      if (h == -1) return -1;
      int64_t ix = ai_dict_lookup(d, k, h);
      if (ix == -2) return -1;
      if (ix < 0) return 0;
      return ai_obj_eq_fast(d->entries[ix].value, ai_as_tuple(x)->items[1]);
    }
    if (t == &ai_type_dict_values) {
      AiDict *d = ai_as_dict(((AiDictView *)(intptr_t)c)->dict);
      int64_t pos = 0;
      AiDictEntry *e;
      while (ai_dict_next(d, &pos, &e)) {
        int r = ai_obj_eq_fast(e->value, x);
        if (r) return r;
      }
      return 0;
    }
    const AiExtSlots *xs = ai_ext_slots(t);
    if (xs && xs->contains) return xs->contains(c, x);
    bool ai_is_iterator(ai_word w);
    /* an iterator is consumed, as CPython does; an iterable without __contains__ (a class with __iter__, or
     * with __getitem__ only: the old sequence protocol) is iterated */
    ai_word it = ai_is_iterator(c) ? c : xs && (xs->iter || xs->getitem) ? ai_obj_iter(c) : 0;
    if (it) {
      ai_word v;
      while (ai_iter_next(it, &v)) {
        int r = ai_obj_eq_fast(v, x);
        if (r) return r;
      }
      return ai_exc_pending() ? -1 : 0;
    }
    if (ai_exc_pending()) return -1;
  }
  ai_raise_fmt(&ai_exc_TypeError, "argument of type '%s' is not iterable", ai_type_name(c));
  return -1;
}

static bool name_is(AiStr *n, const char *s) {
  return (size_t)n->nbytes == strlen(s) && memcmp(n->data, s, (size_t)n->nbytes) == 0;
}

ai_word ai_obj_getattr(ai_word o, ai_word name) {
  if (!ai_is_str(name)) {
    ai_raise_fmt(&ai_exc_TypeError, "attribute name must be string, not '%s'", ai_type_name(name));
    return 0;
  }
  ai_word cached;
  if (ai_class_cached_getattr(o, name, &cached)) return cached;
  AiStr *n = ai_as_str(name);
  const AiType *t = ai_type_of(o);
  if (t == &ai_type_int || t == &ai_type_bool) {
    ai_word v = t == &ai_type_bool ? ai_small(o == AI_TRUE_W) : o;
    if (name_is(n, "real") || name_is(n, "numerator")) return v;
    if (name_is(n, "imag")) return ai_small(0);
    if (name_is(n, "denominator")) return ai_small(1);
  } else if (t == &ai_type_float) {
    if (name_is(n, "real")) return o;
    if (name_is(n, "imag")) return ai_box_float(0.0);
  } else if (t == &ai_type_range) {
    AiRange *r = ai_as_range(o);
    if (name_is(n, "start")) return r->start;
    if (name_is(n, "stop")) return r->stop;
    if (name_is(n, "step")) return r->step;
  } else if (t == &ai_type_slice) {
    AiSlice *s = ai_as_slice(o);
    if (name_is(n, "start")) return s->start;
    if (name_is(n, "stop")) return s->stop;
    if (name_is(n, "step")) return s->step;
  } else if (ai_is_dict_view(o)) {
    if (name_is(n, "mapping")) return ((AiDictView *)(intptr_t)o)->dict;
  } else if (ai_type_is_subtype(t, &ai_exc_BaseException)) {
    bool found;
    ai_word v = ai_exc_getattr(o, name, &found);
    if (found) return v;
  } else if (!strcmp(t->name, "function")) {
    bool found;
    ai_word v = ai_function_getattr(o, n->data, &found);
    if (found || ai_exc_pending()) return v;
  } else {
    const AiExtSlots *x = ai_ext_slots(t);
    if (x && x->getattr) {
      bool found = false;
      ai_word v = x->getattr(o, name, &found);
      if (found) return v;
    }
  }
  if (ai_has_method(o, name) || ai_class_has_method_entry(o, name)) return ai_bound_method_new(o, name);
  const AiType *cls = ai_class_object_class(o);
  if (cls) {
    /* CPython's message for a class: its __name__, without the dots of a nested class */
    const char *short_name = strrchr(cls->name, '.') ? strrchr(cls->name, '.') + 1 : cls->name;
    ai_raise_fmt(&ai_exc_AttributeError, "type object '%s' has no attribute '%s'", short_name, n->data);
    return 0;
  }
  ai_raise_fmt(&ai_exc_AttributeError, "'%s' object has no attribute '%s'", t->name, n->data);
  return 0;
}
