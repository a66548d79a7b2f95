/*
 * obj/set.c — set and frozenset with CPython 3.11's setobject.c table policy
 * (LINEAR_PROBES linear probes, then perturbation; freeslot reuse of dummies;
 * resize when fill*5 >= mask*3 to used*4 (used*2 above 50000); the one-shot
 * pre-resize of set_merge; the pop finger), so that the iteration order of
 * sets of ints, floats, bools, None and tuples is CPython's.
 *
 * GC layout: AiSet {ob, fill, used, mask, finger, hash, table}; `table`
 * points to an ai_alloc'd block of mask+1 AiSetEntry {key, hash}; trace the
 * keys that are neither 0 (unused) nor AI_SET_DUMMY (a static object).
 */
#include "gc/gc.h"
#include "obj/containers.h"

#include "aithon_actor.h"
#include "exc/exception.h"
#include "obj/singletons.h"
#include "obj/str.h"

const AiType ai_type_set = {"set", NULL};
const AiType ai_type_frozenset = {"frozenset", NULL};
static const AiType dummy_type = {"<dummy>", NULL};
AiObject ai_set_dummy = {&dummy_type, 0};

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static bool new_table(AiSet *s, int64_t size) {
  AiSetEntry *t = ai_alloc((size_t)size * sizeof(AiSetEntry));
  if (!t) return false;
  s->table = t;
  s->mask = size - 1;
  ai_gc_wb_table(s); /* the callers fill it without the per-store barrier */
  return true;
}

AiSet *ai_set_alloc(const AiType *type) {
  AiSet *s = ai_alloc(sizeof(AiSet));
  if (!s) return NULL;
  s->ob.type = type;
  s->hash = -1;
  if (!new_table(s, MINSIZE)) return NULL;
  return s;
}

static inline int keys_eq(ai_word a, ai_word b) {
  if (ai_is_small(a) && ai_is_small(b)) return 0;
  if (ai_is_str(a) && ai_is_str(b)) return ai_str_eq(a, b);
  return ai_obj_eq(a, b);
}

void ai_set_table_insert_clean(AiSetEntry *table, uint64_t mask, ai_word key, int64_t hash) {
  uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  for (;;) {
    AiSetEntry *e = &table[i];
    if (e->key == 0) goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; j++) {
        e++;
        if (e->key == 0) goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

static bool table_resize(AiSet *s, int64_t minused) {
  int64_t newsize = MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  AiSetEntry *old = s->table;
  int64_t oldmask = s->mask;
  if (!new_table(s, newsize)) return false;
  uint64_t mask = (uint64_t)s->mask;
  s->fill = s->used;
  for (int64_t i = 0; i <= oldmask; i++) {
    ai_word k = old[i].key;
    if (k != 0 && k != AI_SET_DUMMY) ai_set_table_insert_clean(s->table, mask, k, old[i].hash);
  }
  return true;
}

bool ai_set_add_hashed(AiSet *s, ai_word key, int64_t hash) {
restart:;
  uint64_t mask = (uint64_t)s->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
  AiSetEntry *freeslot = NULL, *e;
  for (;;) {
    e = &s->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (e->hash == 0 && e->key == 0) goto found_unused_or_dummy;
      if (e->hash == hash) {
        ai_word startkey = e->key;
        if (startkey == key) return true;
        AiSetEntry *table = s->table;
        int c = keys_eq(startkey, key);
        if (c > 0) return true;
        if (c < 0) return false;
        if (table != s->table || e->key != startkey) goto restart;
      } else if (e->hash == -1 && e->key == AI_SET_DUMMY) {
        freeslot = e; /* the last dummy seen, as CPython 3.11 */
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    s->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    ai_gc_wb_store(s, key);
    return true;
  }
  s->fill++;
  s->used++;
  e->key = key;
  e->hash = hash;
  ai_gc_wb_store(s, key);
  if ((uint64_t)s->fill * 5 < mask * 3) return true;
  return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* unhashable sets used as keys are looked up as frozensets (CPython) */
static int64_t key_hash(ai_word key, ai_word *as) {
  *as = key;
  if (!ai_is_small(key) && ai_obj(key)->type == &ai_type_set) {
    ai_word f = ai_set_copy_as(key, &ai_type_frozenset);
    if (!f) return -1;
    *as = f;
    return ai_frozenset_hash(f);
  }
  return ai_hash_fast(key);
}

bool ai_set_add_key(AiSet *s, ai_word key) {
  int64_t h = ai_hash_fast(key);
  if (h == -1) return false;
  return ai_set_add_hashed(s, key, h);
}

static AiSetEntry *lookkey(AiSet *s, ai_word key, int64_t hash, int *err) {
  *err = 0;
restart:;
  uint64_t mask = (uint64_t)s->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
  for (;;) {
    AiSetEntry *e = &s->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (e->hash == 0 && e->key == 0) return e;
      if (e->hash == hash) {
        ai_word startkey = e->key;
        if (startkey == key) return e;
        AiSetEntry *table = s->table;
        int c = keys_eq(startkey, key);
        if (c < 0) {
          *err = 1;
          return NULL;
        }
        if (table != s->table || e->key != startkey) goto restart;
        if (c > 0) return e;
      }
      e++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int ai_set_contains_hashed(AiSet *s, ai_word key, int64_t hash) {
  int err;
  AiSetEntry *e = lookkey(s, key, hash, &err);
  if (err) return -1;
  return e->key != 0;
}

int ai_set_contains_key(AiSet *s, ai_word key) {
  ai_word k;
  int64_t h = key_hash(key, &k);
  if (h == -1) return -1;
  return ai_set_contains_hashed(s, k, h);
}

static int discard_entry(AiSet *s, ai_word key, int64_t hash) {
  int err;
  AiSetEntry *e = lookkey(s, key, hash, &err);
  if (err) return -1;
  if (e->key == 0) return 0;
  e->key = AI_SET_DUMMY;
  e->hash = -1;
  s->used--;
  return 1;
}

int ai_set_discard_key(AiSet *s, ai_word key) {
  ai_word k;
  int64_t h = key_hash(key, &k);
  if (h == -1) return -1;
  return discard_entry(s, k, h);
}

bool ai_set_next(AiSet *s, int64_t *pos, AiSetEntry **e) {
  int64_t i = *pos;
  while (i <= s->mask && (s->table[i].key == 0 || s->table[i].key == AI_SET_DUMMY)) i++;
  *pos = i + 1;
  if (i > s->mask) return false;
  *e = &s->table[i];
  return true;
}

void ai_set_clear(AiSet *s) {
  if (s->fill == 0 && s->mask == MINSIZE - 1) return;
  AiSetEntry *t = ai_alloc(MINSIZE * sizeof(AiSetEntry));
  if (!t) {
    ai_exc_clear(); /* keep the old table, emptied */
    memset(s->table, 0, (size_t)(s->mask + 1) * sizeof(AiSetEntry));
  } else {
    s->table = t;
    s->mask = MINSIZE - 1;
    ai_gc_wb_table(s);
  }
  s->fill = s->used = 0;
}

ai_word ai_set_pop(AiSet *s) {
  if (s->used == 0) {
    ai_word m = ai_str_new_ascii("pop from an empty set", 21);
    return m ? ai_keyerror(m) : 0;
  }
  AiSetEntry *e = s->table + (s->finger & s->mask), *limit = s->table + s->mask;
  while (e->key == 0 || e->key == AI_SET_DUMMY) {
    e++;
    if (e > limit) e = s->table;
  }
  ai_word key = e->key;
  e->key = AI_SET_DUMMY;
  e->hash = -1;
  s->used--;
  s->finger = e - s->table + 1;
  return key;
}

static bool set_merge(AiSet *s, AiSet *o) {
  if (o == s || o->used == 0) return true;
  if ((s->fill + o->used) * 5 >= s->mask * 3) {
    if (!table_resize(s, (s->used + o->used) * 2)) return false;
  }
  if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
    for (int64_t i = 0; i <= o->mask; i++) {
      if (o->table[i].key != 0) s->table[i] = o->table[i];
      ai_sched_work_tick(i);
    }
    s->fill = o->fill;
    s->used = o->used;
    ai_gc_wb_table(s);
    return true;
  }
  if (s->fill == 0) {
    s->fill = s->used = o->used;
    for (int64_t i = 0; i <= o->mask; i++) {
      ai_word k = o->table[i].key;
      if (k != 0 && k != AI_SET_DUMMY) ai_set_table_insert_clean(s->table, (uint64_t)s->mask, k, o->table[i].hash);
      ai_sched_work_tick(i);
    }
    ai_gc_wb_table(s);
    return true;
  }
  for (int64_t i = 0; i <= o->mask; i++) {
    ai_word k = o->table[i].key;
    if (k != 0 && k != AI_SET_DUMMY)
      if (!ai_set_add_hashed(s, k, o->table[i].hash)) return false;
    ai_sched_work_tick(i);
  }
  return true;
}

bool ai_set_update(AiSet *s, ai_word other) {
  if (ai_is_anyset(other)) return set_merge(s, ai_as_set(other));
  if (ai_is_dict(other)) {
    AiDict *d = ai_as_dict(other);
    if ((s->fill + d->used) * 5 >= s->mask * 3) {
      if (!table_resize(s, (s->used + d->used) * 2)) return false;
    }
    int64_t pos = 0;
    AiDictEntry *e;
    for (int64_t n = 0; ai_dict_next(d, &pos, &e); n++) {
      if (!ai_set_add_hashed(s, e->key, e->hash)) return false;
      ai_sched_work_tick(n);
    }
    return true;
  }
  int64_t n;
  const ai_word *items = ai_seq_items(other, &n);
  if (items) {
    for (int64_t i = 0; i < n; i++) {
      if (!ai_set_add_key(s, items[i])) return false;
      ai_sched_work_tick(i);
    }
    return true;
  }
  ai_word it = ai_obj_iter(other);
  if (!it) return false;
  ai_word x;
  for (int64_t n = 0; ai_iter_next(it, &x); n++) {
    if (!ai_set_add_key(s, x)) return false;
    ai_sched_work_tick(n);
  }
  return !ai_exc_pending();
}

ai_word ai_set_from_iterable(ai_word iterable, const AiType *type) {
  AiSet *s = ai_set_alloc(type);
  if (!s) return 0;
  if (iterable && !ai_set_update(s, iterable)) return 0;
  return ai_w(s);
}

ai_word ai_set_copy_as(ai_word sw, const AiType *type) { return ai_set_from_iterable(sw, type); }

ai_word ai_set_new(int64_t n, const ai_word *items) {
  AiSet *s = ai_set_alloc(&ai_type_set);
  if (!s) return 0;
  for (int64_t i = 0; i < n; i++) {
    if (!ai_set_add_key(s, items[i])) return 0;
    ai_sched_work_tick(i);
  }
  return ai_w(s);
}

/* A set display of n > 2 constants: CPython folds it into a frozenset
 * constant and merges that into a new set (BUILD_SET; SET_UPDATE), which can
 * iterate in another order than adding the items one by one. (This is the
 * order of a script run from source; a module loaded from a .pyc has its
 * frozenset rebuilt once more by unmarshalling.) */
ai_word ai_set_new_const(int64_t n, const ai_word *items) {
  if (n <= 2) return ai_set_new(n, items);
  ai_word f0 = ai_set_new(n, items);
  if (!f0) return 0;
  /* the compiler's constant merging rebuilds the frozenset from its own
   * iteration order (merge_consts_recursive) */
  ai_word order = ai_list_from_iterable(f0);
  if (!order) return 0;
  ai_word f = ai_set_new(ai_as_list(order)->len, ai_as_list(order)->items);
  if (!f) return 0;
  AiSet *s = ai_set_alloc(&ai_type_set);
  if (!s || !set_merge(s, ai_as_set(f))) return 0;
  return ai_w(s);
}

ai_word ai_frozenset_new(int64_t n, const ai_word *items) {
  ai_word s = ai_set_new(n, items);
  if (s) ai_obj(s)->type = &ai_type_frozenset;
  return s;
}

bool ai_set_add(ai_word set, ai_word item) { return ai_set_add_key(ai_as_set(set), item); }

/* ------------------------------------------------------------ hash, repr */

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

int64_t ai_frozenset_hash(ai_word sw) {
  AiSet *s = ai_as_set(sw);
  if (s->hash != -1) return s->hash;
  uint64_t hash = 0;
  for (int64_t i = 0; i <= s->mask; i++) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
  if ((s->mask + 1 - s->fill) & 1) hash ^= shuffle_bits(0);
  if ((s->fill - s->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
  hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == (uint64_t)-1) hash = 590923713UL;
  s->hash = (int64_t)hash;
  return (int64_t)hash;
}

ai_word ai_set_repr(ai_word sw) {
  AiSet *s = ai_as_set(sw);
  bool frozen = s->ob.type == &ai_type_frozenset;
  if (s->used == 0) return frozen ? ai_str_new_ascii("frozenset()", 11) : ai_str_new_ascii("set()", 5);
  int en = ai_repr_enter(sw);
  if (en <= 0) {
    if (en < 0) return 0;
    return frozen ? ai_str_new_ascii("frozenset(...)", 14) : ai_str_new_ascii("set(...)", 8);
  }
  ai_sbuf b = {0};
  if (frozen) ai_sbuf_put(&b, "frozenset(", 10);
  ai_sbuf_putc(&b, '{');
  int64_t pos = 0;
  AiSetEntry *e;
  bool first = true;
  while (ai_set_next(s, &pos, &e)) {
    if (!first) ai_sbuf_put(&b, ", ", 2);
    first = false;
    ai_word r = ai_obj_repr(e->key);
    if (!r) {
      ai_repr_leave(sw);
      ai_sbuf_free(&b);
      return 0;
    }
    ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  }
  ai_repr_leave(sw);
  ai_sbuf_putc(&b, '}');
  if (frozen) ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

/* ------------------------------------------------------------ algebra */

ai_word ai_set_union(ai_word a, ai_word b) {
  ai_word r = ai_set_copy_as(a, ai_obj(a)->type);
  if (!r || !ai_set_update(ai_as_set(r), b)) return 0;
  return r;
}

ai_word ai_set_intersection(ai_word a, ai_word b) {
  if (a == b) return ai_set_copy_as(a, ai_obj(a)->type);
  AiSet *r = ai_set_alloc(ai_obj(a)->type);
  if (!r) return 0;
  AiSet *so = ai_as_set(a);
  if (ai_is_anyset(b)) {
    AiSet *other = ai_as_set(b);
    if (other->used > so->used) {
      AiSet *t = so;
      so = other;
      other = t;
    }
    int64_t pos = 0;
    AiSetEntry *e;
    for (int64_t n = 0; ai_set_next(other, &pos, &e); n++) {
      ai_word k = e->key;
      int64_t h = e->hash;
      int c = ai_set_contains_hashed(so, k, h);
      if (c < 0) return 0;
      if (c && !ai_set_add_hashed(r, k, h)) return 0;
      ai_sched_work_tick(n);
    }
    return ai_w(r);
  }
  ai_word it = ai_obj_iter(b);
  if (!it) return 0;
  ai_word k;
  for (int64_t n = 0; ai_iter_next(it, &k); n++) {
    int64_t h = ai_hash_fast(k);
    if (h == -1) return 0;
    int c = ai_set_contains_hashed(so, k, h);
    if (c < 0) return 0;
    if (c && !ai_set_add_hashed(r, k, h)) return 0;
    ai_sched_work_tick(n);
  }
  return ai_exc_pending() ? 0 : ai_w(r);
}

static void swap_bodies(AiSet *a, AiSet *b) {
  AiSet t = *a;
  a->fill = b->fill;
  a->used = b->used;
  a->mask = b->mask;
  a->table = b->table;
  a->hash = -1;
  b->fill = t.fill;
  b->used = t.used;
  b->mask = t.mask;
  b->table = t.table;
  ai_gc_wb_table(a);
  ai_gc_wb_table(b);
}

bool ai_set_intersection_update(ai_word a, ai_word b) {
  ai_word t = ai_set_intersection(a, b);
  if (!t) return false;
  swap_bodies(ai_as_set(a), ai_as_set(t));
  return true;
}

bool ai_set_difference_update(ai_word a, ai_word b) {
  AiSet *so = ai_as_set(a);
  if (a == b) {
    ai_set_clear(so);
    return true;
  }
  if (ai_is_anyset(b)) {
    ai_word other = b;
    if ((ai_as_set(b)->used >> 3) > so->used) {
      other = ai_set_intersection(a, b);
      if (!other) return false;
    }
    int64_t pos = 0;
    AiSetEntry *e;
    for (int64_t n = 0; ai_set_next(ai_as_set(other), &pos, &e); n++) {
      if (discard_entry(so, e->key, e->hash) < 0) return false;
      ai_sched_work_tick(n);
    }
  } else {
    ai_word it = ai_obj_iter(b);
    if (!it) return false;
    ai_word k;
    for (int64_t n = 0; ai_iter_next(it, &k); n++) {
      if (ai_set_discard_key(so, k) < 0) return false;
      ai_sched_work_tick(n);
    }
    if (ai_exc_pending()) return false;
  }
  if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4) return true;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

ai_word ai_set_difference(ai_word a, ai_word b) {
  AiSet *so = ai_as_set(a);
  int64_t other_size;
  if (ai_is_anyset(b)) other_size = ai_as_set(b)->used;
  else if (ai_is_dict(b)) other_size = ai_as_dict(b)->used;
  else goto copy_and_difference;
  if ((so->used >> 2) > other_size) goto copy_and_difference;
  AiSet *r = ai_set_alloc(ai_obj(a)->type);
  if (!r) return 0;
  int64_t pos = 0;
  AiSetEntry *e;
  for (int64_t n = 0; ai_set_next(so, &pos, &e); n++) {
    ai_sched_work_tick(n);
    int c;
    if (ai_is_dict(b)) {
      int64_t ix = ai_dict_lookup(ai_as_dict(b), e->key, e->hash);
      c = ix == -2 ? -1 : ix >= 0;
    } else c = ai_set_contains_hashed(ai_as_set(b), e->key, e->hash);
    if (c < 0) return 0;
    if (!c && !ai_set_add_hashed(r, e->key, e->hash)) return 0;
  }
  return ai_w(r);
copy_and_difference:;
  ai_word res = ai_set_copy_as(a, ai_obj(a)->type);
  if (!res || !ai_set_difference_update(res, b)) return 0;
  return res;
}

bool ai_set_symmetric_difference_update(ai_word a, ai_word b) {
  AiSet *so = ai_as_set(a);
  if (a == b) {
    ai_set_clear(so);
    return true;
  }
  if (ai_is_dict(b)) {
    int64_t pos = 0;
    AiDictEntry *e;
    AiDict *d = ai_as_dict(b);
    for (int64_t n = 0; ai_dict_next(d, &pos, &e); n++) {
      ai_sched_work_tick(n);
      int r = discard_entry(so, e->key, e->hash);
      if (r < 0) return false;
      if (r == 0 && !ai_set_add_hashed(so, e->key, e->hash)) return false;
    }
    return true;
  }
  ai_word other = ai_is_anyset(b) ? b : ai_set_from_iterable(b, ai_obj(a)->type);
  if (!other) return false;
  int64_t pos = 0;
  AiSetEntry *e;
  for (int64_t n = 0; ai_set_next(ai_as_set(other), &pos, &e); n++) {
    ai_sched_work_tick(n);
    int r = discard_entry(so, e->key, e->hash);
    if (r < 0) return false;
    if (r == 0 && !ai_set_add_hashed(so, e->key, e->hash)) return false;
  }
  return true;
}

ai_word ai_set_symmetric_difference(ai_word a, ai_word b) {
  ai_word r = ai_set_from_iterable(b, ai_obj(a)->type);
  if (!r || !ai_set_symmetric_difference_update(r, a)) return 0;
  return r;
}

int ai_set_issubset(ai_word a, ai_word b) {
  AiSet *x = ai_as_set(a), *y = ai_as_set(b);
  if (x->used > y->used) return 0;
  int64_t pos = 0;
  AiSetEntry *e;
  for (int64_t n = 0; ai_set_next(x, &pos, &e); n++) {
    int c = ai_set_contains_hashed(y, e->key, e->hash);
    if (c <= 0) return c;
    ai_sched_work_tick(n);
  }
  return 1;
}

int ai_set_compare(int op, ai_word a, ai_word b) {
  AiSet *x = ai_as_set(a), *y = ai_as_set(b);
  switch (op) {
  case AI_EQ:
  case AI_NE: {
    int r;
    if (x->used != y->used) r = 0;
    else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) r = 0;
    else r = ai_set_issubset(a, b);
    if (r < 0) return -1;
    return op == AI_EQ ? r : !r;
  }
  case AI_LE: return ai_set_issubset(a, b);
  case AI_GE: return ai_set_issubset(b, a);
  case AI_LT: return x->used < y->used ? ai_set_issubset(a, b) : 0;
  default: return y->used < x->used ? ai_set_issubset(b, a) : 0;
  }
}
