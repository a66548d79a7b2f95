/*
 * obj/userclass.c — compiled classes as extension types (see userclass.h):
 * each registered class gets an AiExtSlots whose slots call the compiled
 * dunder entries, with CPython's fallbacks: __ne__ inverts __eq__, == and !=
 * fall back to identity, str() to __repr__, truth to __len__, and iteration
 * to __getitem__ with 0, 1, 2... until IndexError.
 */
#include "obj/userclass.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/int.h"
#include "obj/str.h"

static inline const AiClassDunders *dunders_of(ai_word o) { return ai_ext_of(o)->user; }

static ai_word u_repr(ai_word o) {
  ai_word r = dunders_of(o)->repr(o);
  if (ai_exc_pending()) return 0;
  if (!ai_is_str(r)) {
    ai_raise_fmt(&ai_exc_TypeError, "__repr__ returned non-string (type %s)", ai_type_name(r));
    return 0;
  }
  return r;
}

static ai_word u_str(ai_word o) {
  const AiClassDunders *d = dunders_of(o);
  if (!d->str) return u_repr(o);
  ai_word r = d->str(o);
  if (ai_exc_pending()) return 0;
  if (!ai_is_str(r)) {
    ai_raise_fmt(&ai_exc_TypeError, "__str__ returned non-string (type %s)", ai_type_name(r));
    return 0;
  }
  return r;
}

static int64_t u_hash(ai_word o) {
  ai_word r = dunders_of(o)->hash(o);
  if (ai_exc_pending()) return -1;
  if (!ai_is_int(r) || ai_is_bool(r)) {
    if (ai_is_bool(r)) return r == AI_TRUE_W ? 1 : 0;
    ai_raise(&ai_exc_TypeError, "__hash__ method should return an integer");
    return -1;
  }
  /* As CPython's slot_tp_hash: a result that fits in 64 bits is the hash as it is (-1 becomes -2),
   * so hash(obj) == hash(self.name) for `return hash(self.name)`; a bigger one is reduced as hash(int) does. */
  int64_t h;
  if (ai_int_to_i64(r, &h)) return h == -1 ? -2 : h;
  return ai_hash(r);
}

static int64_t u_len(ai_word o) {
  ai_word r = dunders_of(o)->len(o);
  if (ai_exc_pending()) return -1;
  int64_t n;
  if (!ai_is_int(r) || !ai_int_to_i64(r, &n)) {
    if (ai_is_int(r)) ai_raise(&ai_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    else ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(r));
    return -1;
  }
  if (n < 0) {
    ai_raise(&ai_exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

static int u_truth(ai_word o) {
  const AiClassDunders *d = dunders_of(o);
  if (d->truth) {
    ai_word r = d->truth(o);
    if (ai_exc_pending()) return -1;
    if (!ai_is_bool(r)) {
      ai_raise_fmt(&ai_exc_TypeError, "__bool__ should return bool, returned %s", ai_type_name(r));
      return -1;
    }
    return r == AI_TRUE_W;
  }
  int64_t n = u_len(o);
  return n < 0 ? -1 : n != 0;
}

static ai_word u_iter(ai_word o) {
  ai_word r = dunders_of(o)->iter(o);
  if (ai_exc_pending()) return 0;
  return r;
}

static bool u_next(ai_word it, ai_word *out) {
  ai_word r = dunders_of(it)->next(it);
  if (ai_exc_pending()) {
    if (ai_exc_matches(&ai_exc_StopIteration)) ai_exc_clear();
    return false;
  }
  *out = r;
  return true;
}

static ai_word u_getitem(ai_word o, ai_word key) {
  ai_word r = dunders_of(o)->getitem(o, key);
  return ai_exc_pending() ? 0 : r;
}

static int u_contains(ai_word o, ai_word x) {
  ai_word r = dunders_of(o)->contains(o, x);
  if (ai_exc_pending()) return -1;
  return ai_obj_truthy(r);
}

static bool in_hierarchy(const AiClassDunders *d, ai_word other) {
  return !ai_is_small(other) && ai_type_is_subtype(ai_obj(other)->type, d->root);
}

/* The result of a comparison method as 1/0, -1 raised, 2 when it returned NotImplemented. */
static int cmp_result_of(ai_word r) {
  if (ai_exc_pending()) return -1;
  if (r == AI_NOTIMPL) return 2;
  return ai_obj_truthy(r);
}

static ai_word u_call_method(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames, bool *found);
static ai_word call_by_count(ai_word self, const char *name, size_t len, int64_t nargs, const ai_word *args, bool bound_by_name, bool *found);

/* self op other through the method entry of that name taking any value (a class whose instances
 * escaped: checker.ts addDynamicEntries), for an operand of another class or a built-in type.
 * 1/0, -1 raised, 2 NotImplemented, 3 when the class has no such method. */
static int cmp_by_name(int op, ai_word self, ai_word other) {
  static const char *const names[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  bool found = false;
  ai_word r = call_by_count(self, names[op], 6, 1, &other, false, &found);
  if (!found) return ai_exc_pending() ? -1 : 3;
  return cmp_result_of(r);
}

/* self's own method for op: 1/0, -1 raised, 2 NotImplemented (the method returned it, or it was compiled only
 * for operands of its hierarchy and the class's instances never reached dynamic code), 3 no such method. */
static int own_cmp(int op, ai_word self, ai_word other) {
  const AiClassDunders *d = dunders_of(self);
  if (!d->cmp[op]) return 3;
  /* a str- or int-valued enum's comparison entries take any value (see value_type) */
  if (d->value_type || in_hierarchy(d, other)) return cmp_result_of(d->cmp[op](self, other));
  if (d->nattrs > 0) {
    int r = cmp_by_name(op, self, other);
    return r == 3 ? 2 : r;
  }
  return 2;
}

/* self op other, self of this class, as CPython's slot for a class: its own method; without one, object's:
 * __eq__ is identity (else NotImplemented), __ne__ inverts __eq__ unless that is NotImplemented. The reflected
 * method of the other operand, and the fallbacks once both are NotImplemented, are the caller's
 * (ai_ext_richcmp, ai_obj_compare). 1/0, -1 raised, 2 NotImplemented. */
static int u_richcmp(int op, ai_word self, ai_word other) {
  int r = own_cmp(op, self, other);
  if (r != 3) return r;
  if (op == AI_NE) {
    r = own_cmp(AI_EQ, self, other);
    if (r == 3) return self == other ? 0 : 2;
    return r == 0 || r == 1 ? !r : r;
  }
  if (op == AI_EQ) return self == other ? 1 : 2;
  return 2;
}

/* The first bytes are compared before the lengths: lookups by name scan every attribute of the class (a
 * dynamic `node.left` in a dancing-links search does little else), and most differ at once. */
static bool attr_named_bytes(const AiClassAttr *a, const char *name, size_t len) {
  /* strncmp stops at the end of the shorter; a->name[len] is then within a->name (its NUL when the lengths agree) */
  return a->name[0] == name[0] && strncmp(a->name, name, len) == 0 && a->name[len] == 0;
}

static bool attr_named(const AiClassAttr *a, const AiStr *name) {
  return attr_named_bytes(a, name->data, (size_t)name->nbytes);
}

/* Caches of the slot an attribute name resolved to, per (class, name), for reads and for stores by name: a field
 * that holds instances of unrelated classes (a dancing-links `node.left`, a Column or a Node) is typed object, and
 * each access scanned the class's attribute list. Per OS thread (no races); an entry records the attribute, whose
 * name is compared again on a hit, so a name str freed and another made at its address never reads a wrong slot.
 * Only plain slots are cached: what u_getattr / ai_object_setattr resolve to a slot without a hook (__setattr__). */
typedef struct {
  const AiType *type;
  ai_word name;
  const AiClassAttr *attr;
} slot_cache_entry;
#define SLOT_CACHE_SIZE 256
static _Thread_local slot_cache_entry slot_get_cache[SLOT_CACHE_SIZE], slot_set_cache[SLOT_CACHE_SIZE];

static inline slot_cache_entry *slot_cache_at(slot_cache_entry *cache, const AiType *t, ai_word name) {
  uintptr_t h = ((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) ^ ((uintptr_t)name >> 11);
  return &cache[h & (SLOT_CACHE_SIZE - 1)];
}

/* The cached slot attribute of `name` in instance o's class (o a word of the heap), else NULL. */
static inline const AiClassAttr *slot_cache_attr(slot_cache_entry *cache, ai_word o, ai_word name) {
  if (ai_is_small(o) || !ai_is_str(name)) return NULL;
  const AiType *t = ai_obj(o)->type;
  slot_cache_entry *e = slot_cache_at(cache, t, name);
  if (e->type != t || e->name != name || !attr_named(e->attr, ai_as_str(name))) return NULL;
  return e->attr;
}

/* The cached slot of `name` in instance o (a word of the heap), else NULL. */
static inline ai_word *slot_cache_find(slot_cache_entry *cache, ai_word o, ai_word name) {
  const AiClassAttr *a = slot_cache_attr(cache, o, name);
  return a ? &((ai_word *)(ai_obj(o) + 1))[a->index] : NULL; /* slots follow the header */
}

static inline void slot_cache_put(slot_cache_entry *cache, ai_word o, ai_word name, const AiClassAttr *a) {
  const AiType *t = ai_obj(o)->type;
  *slot_cache_at(cache, t, name) = (slot_cache_entry){t, name, a};
}

bool ai_class_cached_getattr(ai_word o, ai_word name, ai_word *out) {
  ai_word *slot = slot_cache_find(slot_get_cache, o, name);
  if (!slot || !*slot) return false; /* an unset slot: the lookup by name decides (a class attribute, AttributeError) */
  *out = *slot;
  return true;
}

/* obj.name: a slot, else a class attribute of that name (AttributeError when
 * the slot was never set and the class has none), or a property. */
static bool names_contain(const char *names, const char *name, size_t len);

static bool has_method_attr(const AiClassDunders *d, const AiStr *n) {
  for (int64_t i = 0; i < d->nattrs; i++)
    if (d->attrs[i].kind == AI_ATTR_METHOD && attr_named(&d->attrs[i], n)) return true;
  return false;
}

/* The slot of the instance's own dict of the attributes its class has no slot for (setattr(obj, name, v) with a
 * computed name, delattr: checker.ts dynamicAttrs adds `__aithon_dict__` to the hierarchies they reach), made on
 * first use; NULL when the class has none. */
static ai_word *extra_dict_slot(ai_word o, const AiClassDunders *d) {
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind == AI_ATTR_SLOT && a->name[0] == '_' && strcmp(a->name, "__aithon_dict__") == 0) return &((ai_word *)(ai_obj(o) + 1))[a->index];
  }
  return NULL;
}

/* The value of `name` in the instance's own dict: true when found (in *out), false when absent or raised. */
static bool extra_dict_get(ai_word o, const AiClassDunders *d, ai_word name, ai_word *out) {
  ai_word *slot = extra_dict_slot(o, d);
  if (!slot || !*slot) return false;
  AiDict *dict = (AiDict *)(intptr_t)*slot;
  int64_t at = ai_dict_lookup(dict, name, ai_hash(name));
  if (at < 0) return false;
  *out = dict->entries[at].value;
  return true;
}

static ai_word u_getattr(ai_word o, ai_word name, bool *found) {
  const AiClassDunders *d = dunders_of(o);
  const AiStr *n = ai_as_str(name);
  bool unset_slot = false;
  ai_word extra;
  /* the instance's dict comes before the class's attributes (its names are never a slot's or a property's) */
  if (extra_dict_get(o, d, name, &extra)) {
    *found = true;
    return extra;
  }
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind == AI_ATTR_METHOD || a->kind == AI_ATTR_SETTER || !attr_named(a, n)) continue;
    *found = true;
    if (a->kind == AI_ATTR_PROPERTY || a->kind == AI_ATTR_CLASS) {
      ai_word r = ((ai_dunder1)a->fn)(o);
      return ai_exc_pending() ? 0 : r;
    }
    ai_word v = ((ai_word *)(ai_obj(o) + 1))[a->index]; /* slots follow the header */
    slot_cache_put(slot_get_cache, o, name, a);
    if (v) return v;
    unset_slot = true; /* the class's attribute of that name, if any, comes later */
  }
  if (!unset_slot && !has_method_attr(d, n) && !names_contain(d->class_names, n->data, (size_t)n->nbytes)) {
    /* what the class does not have: its __getattr__ (method entry), as CPython calls it when lookup fails */
    ai_word hook = ai_str_new_ascii("__getattr__", 11);
    if (!hook) return 0;
    bool has_hook = false;
    ai_word r = u_call_method(o, hook, 1, &name, 0, &has_hook);
    if (has_hook) {
      *found = true;
      return ai_exc_pending() ? 0 : r;
    }
  }
  if (unset_slot) ai_raise_fmt(&ai_exc_AttributeError, "'%s' object has no attribute '%s'", ai_type_name(o), n->data);
  *found = unset_slot;
  return 0;
}

ai_word ai_instance_dict(ai_word o, const char *names) {
  const AiClassDunders *d = dunders_of(o);
  const ai_word *slots = (const ai_word *)(ai_obj(o) + 1); /* slots follow the header */
  ai_word dict = ai_dict_new();
  while (*names) {
    char *colon;
    int64_t index = strtoll(names, &colon, 10);
    const char *name = colon + 1;
    const char *end = strchr(name, '\n');
    ai_word v = slots[index];
    if (strncmp(name, "__aithon_dict__\n", 16) == 0) {
      /* the instance's own dict (extra_dict_slot): its items, in the order they were set */
      AiDictEntry *e;
      if (v)
        for (int64_t pos = 0; ai_dict_next((AiDict *)(intptr_t)v, &pos, &e);)
          if (!ai_dict_set(dict, e->key, e->value)) return 0;
      names = end + 1;
      continue;
    }
    if (d->slot_kinds[index] == 'f') {
      double f;
      memcpy(&f, &slots[index], sizeof f);
      v = ai_box_float(f);
    }
    if (v && !ai_dict_set(dict, ai_str_from_utf8(name, end - name), v)) return 0;
    names = end + 1;
  }
  return dict;
}

bool ai_builtin_callable(ai_word o, const AiType *function_type) {
  if (ai_is_small(o)) return false;
  const AiType *t = ai_obj(o)->type;
  if (t == function_type || t == &ai_type_type) return true;
  const AiExtSlots *x = ai_ext_slots(t);
  if (!x || !x->user || x->getattr != u_getattr) return false;
  const AiClassDunders *d = dunders_of(o);
  for (int64_t i = 0; i < d->nattrs; i++)
    if (d->attrs[i].kind == AI_ATTR_METHOD && strcmp(d->attrs[i].name, "__call__") == 0) return true;
  return false;
}

/* The class's own __setattr__ / __delattr__ (a method entry: checker.ts dynamicEntryDunders), called instead of
 * object's: true when it has one (its result, or the exception it raised, is the store's). */
static bool user_attr_hook(ai_word o, const char *hook_name, int64_t nargs, const ai_word *args, bool *ok) {
  const AiExtSlots *x = ai_is_small(o) ? NULL : ai_ext_of(o);
  if (!x || !x->user || x->getattr != u_getattr) return false;
  const AiClassDunders *d = dunders_of(o);
  bool has = false;
  for (int64_t i = 0; i < d->nattrs && !has; i++) has = d->attrs[i].kind == AI_ATTR_METHOD && strcmp(d->attrs[i].name, hook_name) == 0;
  if (!has) return false;
  ai_word hook = ai_str_new_ascii(hook_name, strlen(hook_name));
  if (!hook) {
    *ok = false;
    return true;
  }
  bool found = false;
  u_call_method(o, hook, nargs, args, 0, &found);
  *ok = !ai_exc_pending();
  return true;
}

static bool object_setattr(ai_word o, ai_word name, ai_word value, const AiClassAttr **slot_attr);

/* A site cache of compiled code's `obj.name` on a value of unknown type (ai_obj_getattr_ic, ai_obj_setattr_ic; the
 * site's name is a literal, never freed, so only the class is compared): the slot `name` resolved to for each of up
 * to ATTR_IC_CLASSES classes met there (a dancing-links `j.down` is a Column's or a Node's). Entries are made once,
 * never replaced or freed, and pushed at the front with a CAS, so another OS thread reads whole entries. Only what
 * the thread's slot caches above hold is recorded: plain slots that no hook (__setattr__) or property decides. */
typedef struct attr_ic_entry {
  const AiType *type;
  int64_t index;
  const struct attr_ic_entry *next;
} attr_ic_entry;
#define ATTR_IC_CLASSES 4

static inline ai_word *attr_ic_find(void *ic, ai_word o) {
  if (ai_is_small(o)) return NULL;
  const AiType *t = ai_obj(o)->type;
  for (const attr_ic_entry *e = atomic_load_explicit((_Atomic(const attr_ic_entry *) *)ic, memory_order_acquire); e; e = e->next)
    if (e->type == t) return &((ai_word *)(ai_obj(o) + 1))[e->index]; /* slots follow the header */
  return NULL;
}

static void attr_ic_add(void *ic, ai_word o, const AiClassAttr *a) {
  _Atomic(const attr_ic_entry *) *site = ic;
  const attr_ic_entry *head = atomic_load_explicit(site, memory_order_acquire);
  int n = 0;
  for (const attr_ic_entry *e = head; e; e = e->next)
    if (++n >= ATTR_IC_CLASSES || e->type == ai_obj(o)->type) return;
  attr_ic_entry *fresh = malloc(sizeof *fresh);
  if (!fresh) return;
  *fresh = (attr_ic_entry){ai_obj(o)->type, a->index, head};
  if (!atomic_compare_exchange_strong_explicit(site, &head, fresh, memory_order_release, memory_order_relaxed)) free(fresh);
}

/* The lookups by name behind a site cache's miss, kept out of line so that a hit saves no registers. `cached`: the
 * class is in the site's cache (the slot was unset). */
__attribute__((noinline)) static ai_word getattr_ic_miss(ai_word o, ai_word name, void *ic, bool cached) {
  ai_word v = ai_obj_getattr(o, name);
  /* an unset slot is read by name: a class attribute of that name, or AttributeError */
  if (v && !cached) {
    const AiClassAttr *a = slot_cache_attr(slot_get_cache, o, name);
    if (a) attr_ic_add(ic, o, a);
  }
  return v;
}

ai_word ai_obj_getattr_ic(ai_word o, ai_word name, void *ic) {
  ai_word *slot = attr_ic_find(ic, o);
  if (AI_LIKELY(slot && *slot)) return *slot;
  return getattr_ic_miss(o, name, ic, slot != NULL);
}

__attribute__((noinline)) static bool setattr_ic_miss(ai_word o, ai_word name, ai_word value, void *ic) {
  if (!ai_obj_setattr(o, name, value)) return false;
  const AiClassAttr *a = slot_cache_attr(slot_set_cache, o, name);
  if (a) attr_ic_add(ic, o, a);
  return true;
}

bool ai_obj_setattr_ic(ai_word o, ai_word name, ai_word value, void *ic) {
  ai_word *slot = attr_ic_find(ic, o);
  if (AI_LIKELY(slot != NULL)) {
    *slot = value;
    return true;
  }
  return setattr_ic_miss(o, name, value, ic);
}

bool ai_obj_setattr(ai_word o, ai_word name, ai_word value) {
  ai_word *slot = slot_cache_find(slot_set_cache, o, name);
  if (slot) {
    *slot = value;
    return true;
  }
  bool ok;
  ai_word args[2] = {name, value};
  if (user_attr_hook(o, "__setattr__", 2, args, &ok)) return ok;
  /* cached only here: object.__setattr__ called from a class's own __setattr__ must not bypass that hook */
  const AiClassAttr *slot_attr = NULL;
  ok = object_setattr(o, name, value, &slot_attr);
  if (slot_attr) slot_cache_put(slot_set_cache, o, name, slot_attr);
  return ok;
}

bool ai_object_setattr(ai_word o, ai_word name, ai_word value) {
  const AiClassAttr *slot_attr = NULL;
  return object_setattr(o, name, value, &slot_attr);
}

/* ai_object_setattr; *slot_attr is the slot's attribute when the value was stored in a slot. */
static bool object_setattr(ai_word o, ai_word name, ai_word value, const AiClassAttr **slot_attr) {
  if (!ai_is_str(name)) {
    ai_raise_fmt(&ai_exc_TypeError, "attribute name must be string, not '%s'", ai_type_name(name));
    return false;
  }
  const AiStr *n = ai_as_str(name);
  if (!ai_is_small(o) && ai_type_is_subtype(ai_obj(o)->type, &ai_exc_BaseException)) return ai_exc_setattr(o, name, value);
  const AiExtSlots *x = ai_ext_of(o);
  if (x && x->user && x->getattr == u_getattr) {
    const AiClassDunders *d = dunders_of(o);
    for (int64_t i = 0; i < d->nattrs; i++) {
      const AiClassAttr *a = &d->attrs[i];
      if (a->kind == AI_ATTR_METHOD || a->kind == AI_ATTR_SETTER || !attr_named(a, n)) continue;
      if (a->kind == AI_ATTR_PROPERTY) {
        /* a property is a data descriptor: its setter runs (a slot of that name is never listed with it) */
        for (int64_t j = 0; j < d->nattrs; j++) {
          const AiClassAttr *s = &d->attrs[j];
          if (s->kind != AI_ATTR_SETTER || !attr_named(s, n)) continue;
          ((ai_dunder2)s->fn)(o, value);
          return !ai_exc_pending();
        }
        ai_raise_fmt(&ai_exc_AttributeError, "property '%s' of '%s' object has no setter", n->data, ai_type_name(o));
        return false;
      }
      if (a->kind == AI_ATTR_CLASS) {
        ai_raise_fmt(&ai_exc_TypeError, "unsupported: setting the class attribute '%s' of a '%s' value of unknown type", n->data, ai_type_name(o));
        return false;
      }
      ((ai_word *)(ai_obj(o) + 1))[a->index] = value; /* slots follow the header */
      *slot_attr = a;
      return true;
    }
    ai_word *extra = extra_dict_slot(o, d);
    if (extra) {
      if (!*extra && !(*extra = ai_dict_new())) return false;
      return ai_dict_set(*extra, name, value);
    }
  }
  ai_raise_fmt(&ai_exc_AttributeError, "'%s' object has no attribute '%s'", ai_type_name(o), n->data);
  return false;
}

bool ai_builtin_setattr(ai_word o, ai_word name, ai_word value) {
  if (!ai_is_str(name)) {
    ai_raise_fmt(&ai_exc_TypeError, "attribute name must be string, not '%s'", ai_type_name(name));
    return false;
  }
  return ai_obj_setattr(o, name, value);
}

bool ai_builtin_delattr(ai_word o, ai_word name) {
  bool ok;
  if (user_attr_hook(o, "__delattr__", 1, &name, &ok)) return ok;
  return ai_object_delattr(o, name);
}

bool ai_object_delattr(ai_word o, ai_word name) {
  if (!ai_is_str(name)) {
    ai_raise_fmt(&ai_exc_TypeError, "attribute name must be string, not '%s'", ai_type_name(name));
    return false;
  }
  const AiStr *n = ai_as_str(name);
  const AiExtSlots *x = ai_is_small(o) ? NULL : ai_ext_of(o);
  if (x && x->user && x->getattr == u_getattr) {
    const AiClassDunders *d = dunders_of(o);
    for (int64_t i = 0; i < d->nattrs; i++) {
      const AiClassAttr *a = &d->attrs[i];
      if (a->kind != AI_ATTR_SLOT || !attr_named(a, n)) continue;
      ai_word *slot = &((ai_word *)(ai_obj(o) + 1))[a->index]; /* slots follow the header */
      if (!*slot || d->slot_kinds[a->index] == 'f') break; /* never set (an unboxed float slot cannot be unset) */
      *slot = 0;
      return true;
    }
    ai_word *extra = extra_dict_slot(o, d);
    if (extra && *extra) {
      int r = ai_dict_del((AiDict *)(intptr_t)*extra, name, NULL);
      if (r != 0) return r == 1;
    }
  }
  ai_raise_fmt(&ai_exc_AttributeError, "'%s' object has no attribute '%s'", ai_type_name(o), n->data);
  return false;
}

static ai_word call_entry(void *fn, ai_word self, int64_t n, const ai_word *a) {
  switch (n) {
  case 0: return ((ai_word(*)(ai_word))fn)(self);
  case 1: return ((ai_word(*)(ai_word, ai_word))fn)(self, a[0]);
  case 2: return ((ai_word(*)(ai_word, ai_word, ai_word))fn)(self, a[0], a[1]);
  case 3: return ((ai_word(*)(ai_word, ai_word, ai_word, ai_word))fn)(self, a[0], a[1], a[2]);
  case 4: return ((ai_word(*)(ai_word, ai_word, ai_word, ai_word, ai_word))fn)(self, a[0], a[1], a[2], a[3]);
  case 5: return ((ai_word(*)(ai_word, ai_word, ai_word, ai_word, ai_word, ai_word))fn)(self, a[0], a[1], a[2], a[3], a[4]);
  default: return ((ai_word(*)(ai_word, ai_word, ai_word, ai_word, ai_word, ai_word, ai_word))fn)(self, a[0], a[1], a[2], a[3], a[4], a[5]);
  }
}

/* The position of parameter `name` (a str) among the comma-separated `params`, or -1. */
ai_word ai_given_or(ai_word given, ai_word dflt) { return given ? given : dflt; }

/* One parameter of an AiClassAttr's `params`: `*` first when keyword-only, `=` last when it has a default. */
typedef struct ParamSpec {
  const char *name;
  size_t len;
  bool kwonly, has_default;
} ParamSpec;

/* The parameters in `params` (at most `cap`): how many there are. */
static int64_t param_specs(const char *params, ParamSpec *out, int64_t cap) {
  int64_t n = 0;
  for (const char *p = params; *p && n < cap;) {
    const char *end = strchr(p, ',');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    ParamSpec s = {p, len, false, false};
    if (s.len && s.name[0] == '*') s.name++, s.len--, s.kwonly = true;
    if (s.len && s.name[s.len - 1] == '=') s.len--, s.has_default = true;
    out[n++] = s;
    p = end ? end + 1 : p + len;
  }
  return n;
}

static int64_t param_index(const ParamSpec *specs, int64_t n, const AiStr *name) {
  for (int64_t i = 0; i < n; i++)
    if ((int64_t)specs[i].len == name->nbytes && memcmp(specs[i].name, name->data, specs[i].len) == 0) return i;
  return -1;
}

/* obj.name(args) on an instance the compiler saw only as a word: the method's entry for that many arguments. */
static ai_word u_call_method(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames, bool *found) {
  const AiClassDunders *d = dunders_of(self);
  const AiStr *n = ai_as_str(name);
  int64_t nkw = kwnames ? ai_as_tuple(kwnames)->len : 0;
  if (nkw) {
    /* Keywords bind by the parameters' names: as positional arguments when they fill the next positions (a default
     * skipped before a given keyword has no entry that takes it). */
    const AiClassAttr *method = NULL;
    for (int64_t i = 0; i < d->nattrs && !method; i++)
      if (d->attrs[i].kind == AI_ATTR_METHOD && attr_named(&d->attrs[i], n)) method = &d->attrs[i];
    if (method) {
      int64_t npos = nargs - nkw;
      ai_word placed[AI_MAX_DYNAMIC_ARGS];
      bool filled[AI_MAX_DYNAMIC_ARGS] = {false};
      ParamSpec specs[AI_MAX_DYNAMIC_ARGS + 1];
      int64_t nspecs = param_specs(method->params ? method->params : "", specs, AI_MAX_DYNAMIC_ARGS + 1);
      if (npos > AI_MAX_DYNAMIC_ARGS) npos = AI_MAX_DYNAMIC_ARGS;
      for (int64_t i = 0; i < npos; i++) {
        placed[i] = args[i];
        filled[i] = true;
      }
      int64_t top = npos;
      for (int64_t k = 0; k < nkw; k++) {
        const AiStr *kw = ai_as_str(ai_as_tuple(kwnames)->items[k]);
        int64_t at = param_index(specs, nspecs, kw);
        if (at < 0) {
          *found = true;
          ai_raise_fmt(&ai_exc_TypeError, "%s.%s() got an unexpected keyword argument '%s'", ai_type_name(self), n->data, kw->data);
          return 0;
        }
        if (at < AI_MAX_DYNAMIC_ARGS && filled[at]) {
          *found = true;
          ai_raise_fmt(&ai_exc_TypeError, "%s.%s() got multiple values for argument '%s'", ai_type_name(self), n->data, kw->data);
          return 0;
        }
        if (at >= AI_MAX_DYNAMIC_ARGS) top = AI_MAX_DYNAMIC_ARGS + 1;
        else {
          placed[at] = args[npos + k];
          filled[at] = true;
          if (at + 1 > top) top = at + 1;
        }
      }
      /* A parameter with a default that the keywords skip is passed absent (0): the entry gives it its default. */
      *found = true;
      if (top > AI_MAX_DYNAMIC_ARGS) {
        ai_raise_fmt(&ai_exc_TypeError, "unsupported: keyword arguments in a call of %s.%s() on a value of unknown type", ai_type_name(self), n->data);
        return 0;
      }
      for (int64_t i = 0; i < top; i++) {
        if (filled[i]) continue;
        if (i >= nspecs || !specs[i].has_default) {
          ai_raise_fmt(&ai_exc_TypeError, "%s.%s() missing 1 required %s argument: '%.*s'", ai_type_name(self), n->data,
                       i < nspecs && specs[i].kwonly ? "keyword-only" : "positional", i < nspecs ? (int)specs[i].len : 0, i < nspecs ? specs[i].name : "");
          return 0;
        }
        placed[i] = 0;
      }
      return call_by_count(self, n->data, (size_t)n->nbytes, top, placed, true, found);
    }
  }
  return call_by_count(self, n->data, (size_t)n->nbytes, nargs, args, false, found);
}

/* CPython's TypeError for `nargs` positional arguments to a method with parameters `specs` (after self): too many,
 * else the required ones missing (positional ones first, then keyword-only ones). Returns 0. */
static ai_word raise_arg_count(ai_word self, const char *name, int64_t nargs, const ParamSpec *specs, int64_t count) {
  int64_t positional = 0, required = 0;
  while (positional < count && !specs[positional].kwonly) {
    if (!specs[positional].has_default) required = positional + 1;
    positional++;
  }
  if (nargs > positional) {
    /* CPython counts self among the positional arguments */
    if (required == positional)
      ai_raise_fmt(&ai_exc_TypeError, "%s.%s() takes %lld positional argument%s but %lld were given", ai_type_name(self), name,
                   (long long)positional + 1, positional == 0 ? "" : "s", (long long)nargs + 1);
    else
      ai_raise_fmt(&ai_exc_TypeError, "%s.%s() takes from %lld to %lld positional arguments but %lld were given", ai_type_name(self), name,
                   (long long)required + 1, (long long)positional + 1, (long long)nargs + 1);
    return 0;
  }
  for (int pass = 0; pass < 2; pass++) {
    int64_t from = pass == 0 ? nargs : positional, to = pass == 0 ? positional : count;
    char names[256];
    size_t len = 0;
    int64_t missing = 0, total = 0;
    for (int64_t i = from; i < to; i++) total += !specs[i].has_default;
    for (int64_t i = from; i < to; i++) {
      if (specs[i].has_default) continue;
      missing++;
      const char *sep = missing == 1 ? "" : missing == total ? (total == 2 ? " and " : ", and ") : ", ";
      int w = snprintf(names + len, sizeof names - len, "%s'%.*s'", sep, (int)specs[i].len, specs[i].name);
      if (w > 0 && len + (size_t)w < sizeof names) len += (size_t)w;
    }
    if (!missing) continue;
    names[len] = 0;
    ai_raise_fmt(&ai_exc_TypeError, "%s.%s() missing %lld required %s argument%s: %s", ai_type_name(self), name, (long long)missing,
                 pass == 0 ? "positional" : "keyword-only", missing == 1 ? "" : "s", names);
    return 0;
  }
  ai_raise_fmt(&ai_exc_TypeError, "%s.%s() takes %lld positional arguments but %lld were given", ai_type_name(self), name,
               (long long)positional + 1, (long long)nargs + 1);
  return 0;
}

/* The method entry of name `n` for `nargs` arguments (`bound_by_name`: placed by u_call_method from keywords), else
 * CPython's TypeError about the count; *found false when the class has no method of that name. */
static ai_word call_by_count(ai_word self, const char *name, size_t len, int64_t nargs, const ai_word *args, bool bound_by_name, bool *found) {
  const AiClassDunders *d = dunders_of(self);
  int64_t fewest = INT64_MAX, most = -1;
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind != AI_ATTR_METHOD || !attr_named_bytes(a, name, len)) continue;
    *found = true;
    if (a->nargs < fewest) fewest = a->nargs;
    if (a->nargs > most) most = a->nargs;
    if (a->nargs != nargs) continue;
    if (a->params && strchr(a->params, '*') && !bound_by_name) {
      /* keyword-only parameters take no positional argument */
      ParamSpec specs[AI_MAX_DYNAMIC_ARGS + 1];
      int64_t count = param_specs(a->params, specs, AI_MAX_DYNAMIC_ARGS + 1);
      for (int64_t k = 0; k < nargs && k < count; k++)
        if (specs[k].kwonly) return raise_arg_count(self, name, nargs, specs, count);
    }
    ai_word r = call_entry(a->fn, self, nargs, args);
    return ai_exc_pending() ? 0 : r;
  }
  if (!*found) return 0;
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind != AI_ATTR_METHOD || !attr_named_bytes(a, name, len) || !a->params) continue;
    ParamSpec specs[AI_MAX_DYNAMIC_ARGS + 1];
    return raise_arg_count(self, name, nargs, specs, param_specs(a->params, specs, AI_MAX_DYNAMIC_ARGS + 1));
  }
  /* CPython counts self among the positional arguments */
  if (fewest == most)
    ai_raise_fmt(&ai_exc_TypeError, "%s.%s() takes %lld positional argument%s but %lld %s given", ai_type_name(self), name,
                 (long long)most + 1, most == 0 ? "" : "s", (long long)nargs + 1, nargs == 0 ? "was" : "were");
  else
    ai_raise_fmt(&ai_exc_TypeError, "%s.%s() takes from %lld to %lld positional arguments but %lld were given", ai_type_name(self),
                 name, (long long)fewest + 1, (long long)most + 1, (long long)nargs + 1);
  return 0;
}

bool ai_class_copy(ai_word x, bool deep, ai_word (*deep_item)(ai_word v, ai_word memo), bool (*memo_put)(ai_word memo, ai_word x, ai_word y),
                   ai_word memo, ai_word *out) {
  const AiExtSlots *xs = ai_ext_of(x);
  if (!xs || !xs->user) return false; /* only compiled classes register `user` */
  const AiClassDunders *d = xs->user;
  if (!deep && d->copy) {
    *out = d->copy(x);
    return true;
  }
  if (deep && d->deepcopy) {
    *out = d->deepcopy(x, memo);
    return true;
  }
  if (d->nslots < 0) return false;
  AiObject *copy = ai_alloc(sizeof(AiObject) + (size_t)d->nslots * sizeof(ai_word));
  if (!copy) {
    *out = 0;
    return true;
  }
  copy->type = ai_obj(x)->type;
  const ai_word *from = (const ai_word *)(ai_obj(x) + 1);
  ai_word *to = (ai_word *)(copy + 1);
  for (int64_t i = 0; i < d->nslots; i++) to[i] = from[i];
  *out = ai_w(copy);
  if (!deep) {
    /* the copy's own dict is a copy, as CPython's copy.copy updates the new instance's __dict__ */
    ai_word *extra = extra_dict_slot(*out, d);
    if (extra && *extra && !(*extra = ai_dict_copy(*extra))) *out = 0;
    return true;
  }
  if (!memo_put(memo, x, *out)) {
    *out = 0;
    return true;
  }
  for (int64_t i = 0; i < d->nslots; i++) {
    if (d->slot_kinds[i] == 'f' || !to[i]) continue; /* unboxed floats and unset slots are copied as they are */
    ai_word v = deep_item(to[i], memo);
    if (!v) {
      *out = 0;
      return true;
    }
    to[i] = v;
  }
  return true;
}

/* obj[key] = value and del obj[key] on an instance whose type the compiler lost: its
 * __setitem__/__delitem__ method entries (a class derived from dict keeps its items
 * behind them); CPython's TypeError when the class has none. */
static bool u_setitem(ai_word o, ai_word key, ai_word value) {
  ai_word name = ai_str_new_ascii("__setitem__", 11);
  if (!name) return false;
  bool found = false;
  ai_word args[2] = {key, value};
  (void)u_call_method(o, name, 2, args, 0, &found);
  if (!found) ai_raise_fmt(&ai_exc_TypeError, "'%s' object does not support item assignment", ai_type_name(o));
  return !ai_exc_pending();
}

static bool u_delitem(ai_word o, ai_word key) {
  ai_word name = ai_str_new_ascii("__delitem__", 11);
  if (!name) return false;
  bool found = false;
  (void)u_call_method(o, name, 1, &key, 0, &found);
  if (!found) ai_raise_fmt(&ai_exc_TypeError, "'%s' object does not support item deletion", ai_type_name(o));
  return !ai_exc_pending();
}

/* Dunder names of enum ai_binop, without the underscores. */
static const char *const binop_names[] = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"};

/* self.__<prefix><name>__(arg) through the class's method entries; *found false when it has none for one argument. */
static ai_word call_binop_method(ai_word self, const char *prefix, int op, ai_word arg, bool *found) {
  /* the name is put together by hand and looked up as bytes: this runs for every operator on instances whose
   * type the compiler lost (a ray tracer's `color * k` through an attribute of unknown type), where formatting
   * it and making a str of it cost more than the method */
  char name[32] = "__";
  size_t len = 2, p = strlen(prefix), b = strlen(binop_names[op]);
  memcpy(name + len, prefix, p);
  len += p;
  memcpy(name + len, binop_names[op], b);
  len += b;
  memcpy(name + len, "__", 3);
  len += 2;
  *found = false;
  return call_by_count(self, name, len, 1, &arg, false, found);
}

static bool is_compiled_instance(ai_word w) {
  const AiExtSlots *x = ai_ext_of(w);
  return x && x->user && ((const AiClassDunders *)x->user)->nattrs > 0;
}

/* self.__<prefix><op>__(arg) when the class has it and it did not return NotImplemented: *handled tells. */
static ai_word try_binop_method(ai_word self, const char *prefix, int op, ai_word arg, bool *handled) {
  bool found = false;
  ai_word r = call_binop_method(self, prefix, op, arg, &found);
  *handled = ai_exc_pending() || (found && r != AI_NOTIMPL);
  return ai_exc_pending() ? 0 : r;
}

/* a op b (a op= b) on instances the compiler saw only as words, as CPython's slot for classes: for op=, a's
 * __iop__ only (ai_ext_binop then tries a op b); else b's __rop__ first when b's class is a proper subclass of
 * a's, then a's __op__, then b's __rop__ when b is of another type, each skipped when it returns NotImplemented.
 * AI_NOTIMPL when none handled it (the caller raises CPython's TypeError). */
static ai_word u_binop(int op, ai_word a, ai_word b, bool inplace) {
  if (op < 0 || op > AI_XOR) return AI_NOTIMPL;
  bool handled = false;
  ai_word r;
  if (inplace) {
    if (!is_compiled_instance(a)) return AI_NOTIMPL;
    r = try_binop_method(a, "i", op, b, &handled);
    return handled ? r : AI_NOTIMPL;
  }
  bool other_type = ai_type_of(a) != ai_type_of(b);
  bool b_first = other_type && is_compiled_instance(b) && ai_type_is_subtype(ai_type_of(b), ai_type_of(a));
  if (b_first) {
    r = try_binop_method(b, "r", op, a, &handled);
    if (handled) return r;
  }
  if (is_compiled_instance(a)) {
    r = try_binop_method(a, "", op, b, &handled);
    if (handled) return r;
  }
  if (!b_first && other_type && is_compiled_instance(b)) {
    r = try_binop_method(b, "r", op, a, &handled);
    if (handled) return r;
  }
  return AI_NOTIMPL;
}

void ai_class_object_register(void);

void ai_class_register(const AiType *type, const void *dunders) {
  const AiClassDunders *d = dunders;
  ai_class_object_register();
  if (ai_ext_slots(type)) return;
  AiExtSlots *x = calloc(1, sizeof *x);
  if (!x) abort();
  x->type = type;
  x->user = d;
  if (d->repr) x->repr = u_repr;
  if (d->str) x->str = u_str;
  if (d->hash) x->hash = u_hash;
  x->unhashable = d->unhashable && !d->hash;
  if (d->len) x->len = u_len;
  if (d->truth) x->truth = u_truth;
  if (d->iter) x->iter = u_iter;
  if (d->next) x->next = u_next;
  if (d->getitem) x->getitem = u_getitem;
  if (d->contains) x->contains = u_contains;
  for (int op = 0; op < 6; op++)
    if (d->cmp[op]) x->richcmp = u_richcmp;
  if (d->nattrs) {
    x->getattr = u_getattr;
    x->call_method = u_call_method;
    x->binop = u_binop;
    x->setitem = u_setitem;
    x->delitem = u_delitem;
  }
  ai_ext_register(x);
}

static bool names_contain(const char *names, const char *name, size_t len) {
  if (!names) return false;
  for (const char *p = strchr(names, '\n'); p && p[1]; p = strchr(p + 1, '\n')) {
    const char *end = strchr(p + 1, '\n');
    if ((size_t)(end - p - 1) == len && memcmp(p + 1, name, len) == 0) return true;
  }
  return false;
}

static bool name_eq(const AiStr *n, const char *s) { return (size_t)n->nbytes == strlen(s) && memcmp(n->data, s, (size_t)n->nbytes) == 0; }

int ai_class_defines(const AiType *t, const char *name, size_t len) {
  const AiExtSlots *x = ai_ext_slots(t);
  if (!x || !x->user) return -1;
  return names_contain(((const AiClassDunders *)x->user)->class_names, name, len);
}

const AiType *ai_class_value_type(const AiType *t) {
  const AiExtSlots *x = ai_ext_slots(t);
  if (!x || !x->user) return NULL;
  return ((const AiClassDunders *)x->user)->value_type;
}

bool ai_class_builtin_value(ai_word o, ai_word *out) {
  if (ai_is_small(o)) return false;
  const AiExtSlots *x = ai_ext_of(o);
  if (!x || !x->user || !((const AiClassDunders *)x->user)->value) return false;
  *out = ((const AiClassDunders *)x->user)->value(o);
  return *out != 0;
}

bool ai_class_has_index(ai_word o) {
  if (ai_is_small(o)) return false;
  const AiExtSlots *x = ai_ext_of(o);
  if (!x || !x->user) return false;
  const AiClassDunders *d = x->user;
  return d->index || (d->value && d->value_type == &ai_type_int);
}

bool ai_class_index_value(ai_word o, ai_word *out) {
  if (ai_class_builtin_value(o, out) && ai_is_int(*out)) return true;
  if (ai_is_small(o)) return false;
  const AiExtSlots *x = ai_ext_of(o);
  if (!x || !x->user || !((const AiClassDunders *)x->user)->index) return false;
  ai_word r = ((const AiClassDunders *)x->user)->index(o);
  if (!r || ai_exc_pending()) return false;
  if (ai_is_bool(r)) r = ai_small(r == AI_TRUE_W);
  if (!ai_is_int(r)) {
    ai_raise_fmt(&ai_exc_TypeError, "__index__ returned non-int (type %s)", ai_type_name(r));
    return false;
  }
  *out = r;
  return true;
}

int ai_class_object_hasattr_entry(const AiType *t, ai_word cls_obj, ai_word name) {
  const AiExtSlots *x = ai_ext_slots(t);
  if (!x || !x->user) return -1;
  const AiClassDunders *d = x->user;
  const AiStr *n = ai_as_str(name);
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind != AI_ATTR_CLASS || !attr_named(a, n)) continue;
    ((ai_dunder1)a->fn)(cls_obj);
    if (!ai_exc_pending()) return 1;
    if (!ai_exc_matches(&ai_exc_AttributeError)) return -2;
    ai_exc_clear();
    return 0;
  }
  return -1;
}

ai_word ai_class_object_getattr(const AiType *t, ai_word cls_obj, ai_word name, bool *found) {
  const AiExtSlots *x = ai_ext_slots(t);
  if (!x || !x->user) return 0;
  const AiClassDunders *d = x->user;
  const AiStr *n = ai_as_str(name);
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind != AI_ATTR_CLASS || !attr_named(a, n)) continue;
    *found = true;
    /* the entry reads the class attribute's global; it never looks at its argument */
    ai_word r = ((ai_dunder1)a->fn)(cls_obj);
    return ai_exc_pending() ? 0 : r;
  }
  if (names_contain(d->class_names, n->data, (size_t)n->nbytes)) {
    /* a method, property or class attribute the class has but that no entry reads: not the default of getattr() */
    *found = true;
    ai_raise_fmt(&ai_exc_TypeError, "unsupported: reading the attribute '%s' of the class %s by name", n->data, t->name);
    return 0;
  }
  return 0;
}

int ai_class_hasattr(ai_word o, ai_word name) {
  const AiExtSlots *x = ai_ext_of(o);
  if (!x || !x->user || ai_type_is_subtype(ai_obj(o)->type, &ai_exc_BaseException)) return -1;
  const AiClassDunders *d = x->user;
  const AiStr *n = ai_as_str(name);
  ai_word extra;
  if (extra_dict_get(o, d, name, &extra)) return 1;
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind == AI_ATTR_METHOD || a->kind == AI_ATTR_SETTER || !attr_named(a, n)) continue;
    if (a->kind == AI_ATTR_SLOT) {
      if (((ai_word *)(ai_obj(o) + 1))[a->index]) return 1; /* slots follow the header; 0: never set */
      continue; /* the class's attribute of that name answers below */
    }
    if (a->kind == AI_ATTR_CLASS) return 1;
    /* a property: CPython calls the getter, and AttributeError from it means no */
    ((ai_dunder1)a->fn)(o);
    if (!ai_exc_pending()) return 1;
    if (!ai_exc_matches(&ai_exc_AttributeError)) return -2;
    ai_exc_clear();
    return 0;
  }
  if (names_contain(d->class_names, n->data, (size_t)n->nbytes)) return 1;
  /* what every instance of a class has beside object's: no __dict__ or __weakref__ with __slots__ */
  if (name_eq(n, "__module__")) return 1;
  if ((name_eq(n, "__dict__") || name_eq(n, "__weakref__")) && !names_contain(d->class_names, "__slots__", 9)) return 1;
  if (names_contain(d->class_names, "__getattr__", 11)) return -1;
  return 0;
}

bool ai_class_has_method_entry(ai_word o, ai_word name) {
  const AiExtSlots *x = ai_ext_of(o);
  if (!x || !x->user || x->call_method != u_call_method) return false;
  const AiClassDunders *d = x->user;
  const AiStr *n = ai_as_str(name);
  for (int64_t i = 0; i < d->nattrs; i++)
    if (d->attrs[i].kind == AI_ATTR_METHOD && attr_named(&d->attrs[i], n)) return true;
  return false;
}
