/*
 * obj/methods.c — o.name(*args, **kwargs) on built-in values: one method
 * table per type, looked up by the name's (cached) str hash in a small
 * open-addressing table built on first use, so a call costs a hash-slot probe
 * and a memcmp. Also the argument-binding helpers shared by the methods,
 * with CPython's TypeError wording.
 */
#include "obj/containers.h"
#include "obj/ext.h"

#include "exc/exception.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <stdatomic.h>
#include <stdlib.h>

#define MT_SIZE 128 /* slots per type (power of two, > 2x the methods of any type) */

typedef struct {
  int64_t hash;
  const char *name;
  size_t len;
  ai_method_fn fn;
} mslot;

typedef struct {
  atomic_int state; /* 0 empty, 1 building, 2 ready */
  mslot slots[MT_SIZE];
} mtable;

enum { T_STR, T_LIST, T_TUPLE, T_DICT, T_SET, T_FROZENSET, T_INT, T_FLOAT, T_RANGE, T_SLICE, T_VIEW, T_COUNT };
static mtable tables[T_COUNT];

static const ai_method_def *defs_of(int k) {
  switch (k) {
  case T_STR: return ai_str_methods;
  case T_LIST: return ai_list_methods;
  case T_TUPLE: return ai_tuple_methods;
  case T_DICT: return ai_dict_methods;
  case T_SET: return ai_set_methods;
  case T_FROZENSET: return ai_frozenset_methods;
  case T_INT: return ai_int_methods;
  case T_FLOAT: return ai_float_methods;
  case T_RANGE: return ai_range_methods;
  case T_SLICE: return ai_slice_methods;
  default: return ai_dict_view_methods;
  }
}

static int64_t cstr_hash(const char *s, size_t n) { return ai_hash_bytes(s, n); }

static void build(mtable *t, const ai_method_def *defs) {
  for (const ai_method_def *d = defs; d->name; d++) {
    size_t n = strlen(d->name);
    int64_t h = cstr_hash(d->name, n);
    uint64_t i = (uint64_t)h & (MT_SIZE - 1);
    while (t->slots[i].name) i = (i + 1) & (MT_SIZE - 1);
    t->slots[i].hash = h;
    t->slots[i].name = d->name;
    t->slots[i].len = n;
    t->slots[i].fn = d->fn;
  }
}

static mtable *table_for(int k) {
  mtable *t = &tables[k];
  if (AI_LIKELY(atomic_load_explicit(&t->state, memory_order_acquire) == 2)) return t;
  int expected = 0;
  if (atomic_compare_exchange_strong(&t->state, &expected, 1)) {
    build(t, defs_of(k));
    atomic_store_explicit(&t->state, 2, memory_order_release);
  } else {
    while (atomic_load_explicit(&t->state, memory_order_acquire) != 2) {
    }
  }
  return t;
}

static int kind_of_type(const AiType *t) {
  if (t == &ai_type_str) return T_STR;
  if (t == &ai_type_list) return T_LIST;
  if (t == &ai_type_dict) return T_DICT;
  if (t == &ai_type_tuple) return T_TUPLE;
  if (t == &ai_type_set) return T_SET;
  if (t == &ai_type_frozenset) return T_FROZENSET;
  if (t == &ai_type_int || t == &ai_type_bool) return T_INT;
  if (t == &ai_type_float) return T_FLOAT;
  if (t == &ai_type_range) return T_RANGE;
  if (t == &ai_type_slice) return T_SLICE;
  if (t == &ai_type_dict_keys || t == &ai_type_dict_items || t == &ai_type_dict_values) return T_VIEW;
  return -1;
}

static ai_method_fn find_method(int k, ai_word name) {
  mtable *t = table_for(k);
  AiStr *s = ai_as_str(name);
  int64_t h = s->hash != -1 ? s->hash : ai_hash_str(name);
  uint64_t i = (uint64_t)h & (MT_SIZE - 1);
  for (;;) {
    mslot *m = &t->slots[i];
    if (!m->name) return NULL;
    if (m->hash == h && m->len == (size_t)s->nbytes && memcmp(m->name, s->data, m->len) == 0) return m->fn;
    i = (i + 1) & (MT_SIZE - 1);
  }
}

/* an extension type's own methods, then (dict subtypes) dict's */
static ai_method_fn find_ext_method(const AiType *t, ai_word name) {
  const AiExtSlots *x = ai_ext_slots(t);
  if (!x) return NULL;
  ai_method_fn fn = ai_ext_find_method(x, name);
  if (!fn && t->base == &ai_type_dict) fn = find_method(T_DICT, name);
  return fn;
}

/* The dunder methods every built-in value has that real programs call by name: x.__str__() and x.__repr__() are
 * str(x) and repr(x) (merkletrees' check().__str__().lower()); on a built-in iterator, it.__next__() is next(it)
 * and it.__iter__() the iterator itself (fasta keeps gen.__next__ as a bound "next"). */
static ai_word dunder_str_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("__str__", kwnames) || !ai_check_nargs("__str__", nargs, 0, 0)) return 0;
  return ai_obj_str(self);
}

static ai_word dunder_repr_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("__repr__", kwnames) || !ai_check_nargs("__repr__", nargs, 0, 0)) return 0;
  return ai_obj_repr(self);
}

static ai_word iterator_next_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("__next__", kwnames) || !ai_check_nargs("__next__", nargs, 0, 0)) return 0;
  return ai_builtin_next(self, 0);
}

static ai_word iterator_iter_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("__iter__", kwnames) || !ai_check_nargs("__iter__", nargs, 0, 0)) return 0;
  return self;
}

/* x.__contains__(v), x.__len__() and x.__getitem__(k) of a built-in container (str, list, tuple, dict, set,
 * range, dict views; sets and views have no __getitem__) are `v in x`, len(x) and x[k]
 * (difflib keeps isbjunk = self.bjunk.__contains__). */
static ai_word dunder_contains_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("__contains__", kwnames) || !ai_check_nargs("__contains__", nargs, 1, 1)) return 0;
  int r = ai_obj_contains(self, args[0]);
  return r < 0 ? 0 : ai_box_bool(r != 0);
}

static ai_word dunder_len_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("__len__", kwnames) || !ai_check_nargs("__len__", nargs, 0, 0)) return 0;
  int64_t n = ai_obj_len(self);
  return n < 0 ? 0 : ai_int_from_i64(n);
}

static ai_word dunder_getitem_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("__getitem__", kwnames) || !ai_check_nargs("__getitem__", nargs, 1, 1)) return 0;
  return ai_obj_getitem(self, args[0]);
}

static bool name_is(const AiStr *s, const char *name) {
  size_t n = strlen(name);
  return (size_t)s->nbytes == n && memcmp(s->data, name, n) == 0;
}

static ai_method_fn find_protocol_method(ai_word self, ai_word name) {
  const AiStr *s = ai_as_str(name);
  if (s->nbytes < 4 || s->data[0] != '_' || s->data[1] != '_') return NULL;
  if (name_is(s, "__str__")) return dunder_str_method;
  if (name_is(s, "__repr__")) return dunder_repr_method;
  int k = kind_of_type(ai_type_of(self));
  bool sized = k == T_STR || k == T_LIST || k == T_TUPLE || k == T_DICT || k == T_SET || k == T_FROZENSET ||
               k == T_RANGE || k == T_VIEW;
  if (sized && name_is(s, "__contains__")) return dunder_contains_method;
  if (sized && name_is(s, "__len__")) return dunder_len_method;
  if (sized && k != T_SET && k != T_FROZENSET && k != T_VIEW && name_is(s, "__getitem__")) return dunder_getitem_method;
  if (!ai_is_iterator(self)) return NULL;
  if (name_is(s, "__next__")) return iterator_next_method;
  if (name_is(s, "__iter__")) return iterator_iter_method;
  return NULL;
}

AI_COLD static ai_word no_attribute(ai_word self, ai_word name) {
  ai_raise_fmt(&ai_exc_AttributeError, "'%s' object has no attribute '%s'", ai_type_name(self),
               ai_as_str(name)->data);
  return 0;
}

/* the method a type defines for name, found from the type alone (not from an
 * instance's attributes or the protocol dunders), so an inline cache may keep it */
static ai_method_fn type_method(const AiType *t, ai_word name) {
  int k = kind_of_type(t);
  return k < 0 ? find_ext_method(t, name) : find_method(k, name);
}

/* the lookups after type_method: an extension type's own call_method, then the
 * protocol dunders every value has, then AttributeError */
static ai_word call_untyped_method(const AiType *t, ai_word self, ai_word name, int64_t nargs, const ai_word *args,
                                   ai_word kwnames) {
  const AiExtSlots *x = kind_of_type(t) < 0 ? ai_ext_slots(t) : NULL;
  if (x && x->call_method) {
    bool found = false;
    ai_word r = x->call_method(self, name, nargs, args, kwnames, &found);
    if (found) return r;
  }
  ai_method_fn fn = find_protocol_method(self, name);
  if (fn) return fn(self, nargs, args, kwnames);
  if (ai_type_is_subtype(t, &ai_exc_BaseException))
    for (const ai_method_def *d = ai_exception_methods; d->name; d++)
      if (name_is(ai_as_str(name), d->name)) return d->fn(self, nargs, args, kwnames);
  return no_attribute(self, name);
}

ai_word ai_call_method(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_is_str(name)) {
    ai_raise_fmt(&ai_exc_TypeError, "attribute name must be string, not '%s'", ai_type_name(name));
    return 0;
  }
  const AiType *t = ai_type_of(self);
  ai_method_fn fn = type_method(t, name);
  if (fn) return fn(self, nargs, args, kwnames);
  return call_untyped_method(t, self, name, nargs, args, kwnames);
}

/* An inline cache entry, set once per call site and never replaced or freed:
 * a worker thread reading the site's pointer sees a whole entry (two words
 * written separately could pair one thread's type with another's method). */
typedef struct {
  const AiType *type;
  ai_method_fn fn;
} method_ic_entry;

ai_word ai_call_method_ic(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames, void *ic) {
  _Atomic(const method_ic_entry *) *site = ic;
  const method_ic_entry *e = atomic_load_explicit(site, memory_order_acquire);
  const AiType *t = ai_type_of(self);
  if (AI_LIKELY(e != NULL && e->type == t)) return e->fn(self, nargs, args, kwnames);
  ai_method_fn fn = type_method(t, name);
  if (!fn) return call_untyped_method(t, self, name, nargs, args, kwnames);
  if (!e) {
    method_ic_entry *fresh = malloc(sizeof *fresh);
    if (fresh) {
      fresh->type = t;
      fresh->fn = fn;
      const method_ic_entry *expected = NULL;
      if (!atomic_compare_exchange_strong_explicit(site, &expected, fresh, memory_order_release, memory_order_relaxed))
        free(fresh);
    }
  }
  return fn(self, nargs, args, kwnames);
}

ai_word ai_call_method_kw(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames, ai_word mapping) {
  if (!ai_is_dict(mapping)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s.%s() argument after ** must be a mapping, not %s", ai_type_name(self), ai_as_str(name)->data,
                 ai_type_name(mapping));
    return 0;
  }
  AiDict *d = ai_as_dict(mapping);
  int64_t nkw = kwnames ? ai_as_tuple(kwnames)->len : 0;
  int64_t total = nargs + d->used;
  ai_word *all = ai_alloc(sizeof(ai_word) * (size_t)(total ? total : 1));
  ai_word *names = ai_alloc(sizeof(ai_word) * (size_t)(nkw + d->used ? nkw + d->used : 1));
  if (!all || !names) return 0;
  for (int64_t i = 0; i < nargs; i++) all[i] = args[i];
  for (int64_t i = 0; i < nkw; i++) names[i] = ai_as_tuple(kwnames)->items[i];
  int64_t n = nargs, m = nkw;
  for (int64_t i = 0; i < d->nentries; i++) {
    const AiDictEntry *e = &d->entries[i];
    if (!e->key) continue;
    if (!ai_is_str(e->key)) {
      ai_raise(&ai_exc_TypeError, "keywords must be strings");
      return 0;
    }
    for (int64_t j = 0; j < m; j++) {
      if (ai_str_eq(names[j], e->key)) {
        ai_raise_fmt(&ai_exc_TypeError, "%s.%s() got multiple values for keyword argument '%s'", ai_type_name(self),
                     ai_as_str(name)->data, ai_as_str(e->key)->data);
        return 0;
      }
    }
    all[n++] = e->value;
    names[m++] = e->key;
  }
  ai_word kw = m ? ai_tuple_new(m, names) : 0;
  if (m && !kw) return 0;
  return ai_call_method(self, name, n, all, kw);
}

/* bound-method existence, for getattr on built-in values */
bool ai_has_method(ai_word self, ai_word name) {
  return type_method(ai_type_of(self), name) != NULL || find_protocol_method(self, name) != NULL;
}

/* ------------------------------------------------------------ arguments */

int64_t ai_kw_count(ai_word kwnames) { return kwnames ? ai_as_tuple(kwnames)->len : 0; }

bool ai_no_kwargs(const char *fname, ai_word kwnames) {
  if (ai_kw_count(kwnames) == 0) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s() takes no keyword arguments", fname);
  return false;
}

bool ai_check_nargs(const char *fname, int64_t nargs, int64_t min, int64_t max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max)
    ai_raise_fmt(&ai_exc_TypeError, "%s expected %lld argument%s, got %lld", fname, (long long)min, min == 1 ? "" : "s",
                 (long long)nargs);
  else if (nargs < min)
    ai_raise_fmt(&ai_exc_TypeError, "%s expected at least %lld argument%s, got %lld", fname, (long long)min,
                 min == 1 ? "" : "s", (long long)nargs);
  else
    ai_raise_fmt(&ai_exc_TypeError, "%s expected at most %lld argument%s, got %lld", fname, (long long)max,
                 max == 1 ? "" : "s", (long long)nargs);
  return false;
}

bool ai_parse_args(const char *fname, int64_t nargs, const ai_word *args, ai_word kwnames, int nparams,
                   const char *const *names, int nrequired, ai_word *out) {
  int64_t nkw = ai_kw_count(kwnames);
  int64_t npos = nargs - nkw;
  for (int i = 0; i < nparams; i++) out[i] = 0;
  if (npos > nparams) {
    if (nparams == 0)
      ai_raise_fmt(&ai_exc_TypeError, "%s() takes no positional arguments", fname);
    else
      ai_raise_fmt(&ai_exc_TypeError, "%s() takes at most %d argument%s (%lld given)", fname, nparams,
                   nparams == 1 ? "" : "s", (long long)npos);
    return false;
  }
  for (int64_t i = 0; i < npos; i++) out[i] = args[i];
  for (int64_t k = 0; k < nkw; k++) {
    AiStr *kn = ai_as_str(ai_as_tuple(kwnames)->items[k]);
    int j = -1;
    for (int i = 0; i < nparams; i++)
      if (names[i] && strcmp(names[i], kn->data) == 0) j = i;
    if (j < 0) {
      ai_raise_fmt(&ai_exc_TypeError, "'%s' is an invalid keyword argument for %s()", kn->data, fname);
      return false;
    }
    if (out[j]) {
      ai_raise_fmt(&ai_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, kn->data,
                   j + 1);
      return false;
    }
    out[j] = args[npos + k];
  }
  for (int i = 0; i < nrequired; i++) {
    if (!out[i]) {
      if (names[i])
        ai_raise_fmt(&ai_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
      else
        ai_raise_fmt(&ai_exc_TypeError, "%s() takes at least %d positional argument%s (%lld given)", fname, nrequired,
                     nrequired == 1 ? "" : "s", (long long)npos);
      return false;
    }
  }
  return true;
}
