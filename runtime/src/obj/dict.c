/*
 * obj/dict.c — dict: insertion-ordered compact hash table (as CPython 3.6+).
 *
 * GC layout: AiDict {ob, used, nentries, cap, mask, version, entries, index}.
 *   - `entries` points to an ai_alloc'd block of `cap` AiDictEntry {hash,
 *     key, value}; entries [0, nentries) are in use, and among them those
 *     with key != 0 are live: trace their key and value words.
 *   - `index` points to an ai_alloc'd block of mask+1 int32 (no pointers).
 *   Both are NULL (cap 0) for a dict that never held anything.
 * Views (dict_keys/values/items: AiDictView {ob, dict}) and iterators
 * (AiDictIter {ob, dict, ...}) hold the dict word.
 *
 * Keys compare as CPython's dicts do: identity, then equal hash and ==, so
 * 1, 1.0 and True are the same key (the first inserted key object is kept).
 */
#include "gc/gc.h"
#include "obj/containers.h"

#include "aithon_actor.h"

#include "exc/exception.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

const AiType ai_type_dict = {"dict", NULL};
const AiType ai_type_dict_keys = {"dict_keys", NULL};
const AiType ai_type_dict_values = {"dict_values", NULL};
const AiType ai_type_dict_items = {"dict_items", NULL};

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MINSIZE 8
#define PERTURB_SHIFT 5

static inline int64_t usable_of(int64_t size) { return (size << 1) / 3; }

static bool make_table(AiDict *d, int64_t size) {
  int64_t cap = usable_of(size);
  int32_t *index = ai_alloc((size_t)size * sizeof(int32_t));
  AiDictEntry *entries = ai_alloc((size_t)cap * sizeof(AiDictEntry));
  if (!index || !entries) return false;
  memset(index, 0xff, (size_t)size * sizeof(int32_t)); /* IX_EMPTY */
  d->index = index;
  d->entries = entries;
  d->mask = size - 1;
  d->cap = cap;
  d->nentries = 0;
  ai_gc_wb_table(d); /* the callers fill it without the per-store barrier */
  return true;
}

static int64_t size_for(int64_t minused) {
  int64_t size = MINSIZE;
  while (size < minused && size < ((int64_t)1 << 31)) size <<= 1;
  return size;
}

AiDict *ai_dict_alloc(int64_t minused) {
  AiDict *d = ai_alloc(sizeof(AiDict));
  if (!d) return NULL;
  d->ob.type = &ai_type_dict;
  if (minused > 0) {
    /* room for minused entries without resizing */
    int64_t size = size_for((minused * 3 + 1) / 2);
    while (usable_of(size) < minused) size <<= 1;
    if (!make_table(d, size)) return NULL;
  }
  return d;
}

ai_word ai_dict_new(void) {
  AiDict *d = ai_dict_alloc(0);
  return d ? ai_w(d) : 0;
}

int64_t ai_dict_len(ai_word dict) { return ai_as_dict(dict)->used; }

/* insert into the index a position known to be absent (no dummies needed) */
void ai_dict_index_insert_clean(AiDict *d, int64_t hash, int32_t ix) {
  uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  while (d->index[i] != IX_EMPTY) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  d->index[i] = ix;
}

static bool resize(AiDict *d, int64_t minsize) {
  AiDictEntry *old = d->entries;
  int64_t oldn = d->nentries;
  int64_t size = size_for(minsize);
  if (!make_table(d, size)) return false;
  int64_t k = 0;
  for (int64_t i = 0; i < oldn; i++) {
    if (old[i].key == 0) continue;
    d->entries[k] = old[i];
    ai_dict_index_insert_clean(d, old[i].hash, (int32_t)k);
    k++;
  }
  d->nentries = k;
  return true;
}

static inline int keys_equal(ai_word a, ai_word b) {
  if (ai_is_small(a) || ai_is_small(b)) return ai_is_small(a) && ai_is_small(b) ? 0 : ai_obj_eq(a, b);
  if (ai_obj(a)->type == &ai_type_str && ai_obj(b)->type == &ai_type_str) return ai_str_eq(a, b);
  return ai_obj_eq(a, b);
}

int64_t ai_dict_lookup(AiDict *d, ai_word key, int64_t hash) {
  if (d->used == 0) return -1;
  uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == IX_EMPTY) return -1;
    if (ix >= 0) {
      AiDictEntry *e = &d->entries[ix];
      if (e->key == key) return ix;
      if (e->hash == hash) {
        ai_word startkey = e->key;
        int c = keys_equal(startkey, key);
        if (c < 0) return -2;
        if (c) return ix;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

bool ai_dict_set_hashed(AiDict *d, ai_word key, int64_t hash, ai_word value) {
  int64_t ix = ai_dict_lookup(d, key, hash);
  if (ix >= 0) {
    d->entries[ix].value = value;
    ai_gc_wb_store(d, value);
    return true;
  }
  if (ix == -2) return false;
  if (d->nentries >= d->cap) {
    if (!resize(d, d->used * 3 > MINSIZE ? d->used * 3 : MINSIZE)) return false;
  }
  /* first empty or dummy slot on the probe sequence */
  uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
  while (d->index[i] >= 0) {
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  int64_t n = d->nentries++;
  d->index[i] = (int32_t)n;
  d->entries[n].hash = hash;
  d->entries[n].key = key;
  d->entries[n].value = value;
  ai_gc_wb_store(d, key);
  ai_gc_wb_store(d, value);
  d->used++;
  d->version++;
  return true;
}

bool ai_dict_set(ai_word dict, ai_word key, ai_word value) {
  int64_t h = ai_hash_fast(key);
  if (h == -1) return false;
  return ai_dict_set_hashed(ai_as_dict(dict), key, h, value);
}

ai_word ai_keyerror(ai_word key) {
  ai_word args = ai_tuple_new(1, &key);
  if (!args) return 0;
  ai_word e = ai_exc_new(&ai_exc_KeyError, args);
  if (e) ai_raise_obj(e, 0);
  return 0;
}

ai_word ai_dict_get(ai_word dict, ai_word key) {
  int64_t h = ai_hash_fast(key);
  if (h == -1) return 0;
  int64_t ix = ai_dict_lookup(ai_as_dict(dict), key, h);
  if (ix >= 0) return ai_as_dict(dict)->entries[ix].value;
  if (ix == -2) return 0;
  return ai_keyerror(key);
}

ai_word ai_dict_get_default(ai_word dict, ai_word key, ai_word dflt) {
  int64_t h = ai_hash_fast(key);
  if (h == -1) return 0;
  int64_t ix = ai_dict_lookup(ai_as_dict(dict), key, h);
  if (ix >= 0) return ai_as_dict(dict)->entries[ix].value;
  if (ix == -2) return 0;
  return dflt;
}

int ai_dict_del(AiDict *d, ai_word key, ai_word *value) {
  int64_t h = ai_hash_fast(key);
  if (h == -1) return -1;
  if (d->used == 0) return 0;
  uint64_t mask = (uint64_t)d->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == IX_EMPTY) return 0;
    if (ix >= 0) {
      AiDictEntry *e = &d->entries[ix];
      int c = e->key == key ? 1 : e->hash == h ? keys_equal(e->key, key) : 0;
      if (c < 0) return -1;
      if (c) {
        if (value) *value = e->value;
        d->index[i] = IX_DUMMY;
        e->key = 0;
        e->value = 0;
        d->used--;
        d->version++;
        return 1;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void ai_dict_clear(AiDict *d) {
  d->used = 0;
  d->nentries = 0;
  d->cap = 0;
  d->mask = 0;
  d->entries = NULL;
  d->index = NULL;
  d->version++;
}

ai_word ai_dict_copy(ai_word dw) {
  AiDict *s = ai_as_dict(dw);
  AiDict *d = ai_dict_alloc(s->used);
  if (!d) return 0;
  int64_t pos = 0;
  AiDictEntry *e;
  while (ai_dict_next(s, &pos, &e)) {
    int64_t n = d->nentries++;
    d->entries[n] = *e;
    ai_dict_index_insert_clean(d, e->hash, (int32_t)n);
    ai_sched_work_tick(n);
  }
  d->used = s->used;
  return ai_w(d);
}

/* dict.update(other) / dict(other): a dict, or an iterable of pairs */
bool ai_dict_update_from(ai_word dict, ai_word other, const char *fname) {
  (void)fname;
  AiDict *d = ai_as_dict(dict);
  if (ai_is_dict(other)) {
    AiDict *o = ai_as_dict(other);
    if (o == d) return true;
    int64_t pos = 0;
    AiDictEntry *e;
    for (int64_t n = 0; ai_dict_next(o, &pos, &e); n++) {
      if (!ai_dict_set_hashed(d, e->key, e->hash, e->value)) return false;
      ai_sched_work_tick(n);
    }
    return true;
  }
  ai_word keys_name = ai_str_new_ascii("keys", 4);
  if (!keys_name) return false;
  if (ai_class_has_method_entry(other, keys_name)) {
    /* a mapping of your class (ChainMap...): its keys(), each looked up with [], as CPython's dict.update */
    ai_word keys = ai_call_method(other, keys_name, 0, NULL, 0);
    ai_word kit = keys ? ai_obj_iter(keys) : 0;
    if (!kit) return false;
    ai_word k;
    while (ai_iter_next(kit, &k)) {
      ai_word v = ai_obj_getitem(other, k);
      if (!v || !ai_dict_set(dict, k, v)) return false;
    }
    return !ai_exc_pending();
  }
  ai_word it = ai_obj_iter(other);
  if (!it) return false;
  ai_word item;
  for (int64_t n = 0; ai_iter_next(it, &item); n++) {
    int64_t len;
    const ai_word *kv = ai_seq_items(item, &len);
    ai_word tmp = 0;
    if (!kv) {
      ai_word iit = ai_obj_iter(item);
      if (!iit) {
        if (ai_exc_matches(&ai_exc_TypeError)) {
          ai_exc_clear();
          ai_raise_fmt(&ai_exc_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                       (long long)n);
        }
        return false;
      }
      tmp = ai_list_from_iterable(iit);
      if (!tmp) return false;
      kv = ai_as_list(tmp)->items;
      len = ai_as_list(tmp)->len;
    }
    if (len != 2) {
      ai_raise_fmt(&ai_exc_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                   (long long)n, (long long)len);
      return false;
    }
    if (!ai_dict_set(dict, kv[0], kv[1])) return false;
    ai_sched_work_tick(n);
  }
  return !ai_exc_pending();
}

int ai_dict_eq(ai_word aw, ai_word bw) {
  AiDict *a = ai_as_dict(aw), *b = ai_as_dict(bw);
  if (a->used != b->used) return 0;
  int64_t pos = 0;
  AiDictEntry *e;
  while (ai_dict_next(a, &pos, &e)) {
    ai_word key = e->key, val = e->value;
    int64_t ix = ai_dict_lookup(b, key, e->hash);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    int c = ai_obj_eq_fast(val, b->entries[ix].value);
    if (c <= 0) return c;
  }
  return 1;
}

/* ------------------------------------------------------------ repr */

static bool put_repr(ai_sbuf *b, ai_word v) {
  ai_word r = ai_obj_repr(v);
  if (!r) return false;
  ai_sbuf_put(b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  return true;
}

ai_word ai_dict_repr(ai_word dw) {
  AiDict *d = ai_as_dict(dw);
  if (d->used == 0) return ai_str_new_ascii("{}", 2);
  int en = ai_repr_enter(dw);
  if (en <= 0) return en == 0 ? ai_str_new_ascii("{...}", 5) : 0;
  ai_sbuf b = {0};
  ai_sbuf_putc(&b, '{');
  int64_t pos = 0;
  AiDictEntry *e;
  bool first = true, ok = true;
  while (ok && ai_dict_next(d, &pos, &e)) {
    ai_word k = e->key, v = e->value;
    if (!first) ai_sbuf_put(&b, ", ", 2);
    first = false;
    ok = put_repr(&b, k);
    if (ok) {
      ai_sbuf_put(&b, ": ", 2);
      ok = put_repr(&b, v);
    }
  }
  ai_repr_leave(dw);
  if (!ok) {
    ai_sbuf_free(&b);
    return 0;
  }
  ai_sbuf_putc(&b, '}');
  return ai_sbuf_to_str(&b);
}

ai_word ai_dict_view_new(ai_word dict, const AiType *type) {
  AiDictView *v = ai_alloc(sizeof(AiDictView));
  if (!v) return 0;
  v->ob.type = type;
  v->dict = dict;
  return ai_w(v);
}

ai_word ai_dict_view_repr(ai_word vw) {
  AiDictView *v = (AiDictView *)(intptr_t)vw;
  const AiType *t = v->ob.type;
  int en = ai_repr_enter(vw);
  if (en <= 0) return en == 0 ? ai_str_new_ascii("...", 3) : 0;
  ai_sbuf b = {0};
  ai_sbuf_put(&b, t->name, strlen(t->name));
  ai_sbuf_put(&b, "([", 2);
  AiDict *d = ai_as_dict(v->dict);
  int64_t pos = 0;
  AiDictEntry *e;
  bool first = true, ok = true;
  while (ok && ai_dict_next(d, &pos, &e)) {
    if (!first) ai_sbuf_put(&b, ", ", 2);
    first = false;
    if (t == &ai_type_dict_keys) ok = put_repr(&b, e->key);
    else if (t == &ai_type_dict_values) ok = put_repr(&b, e->value);
    else {
      ai_word k = e->key, val = e->value;
      ai_sbuf_putc(&b, '(');
      ok = put_repr(&b, k);
      if (ok) {
        ai_sbuf_put(&b, ", ", 2);
        ok = put_repr(&b, val);
      }
      ai_sbuf_putc(&b, ')');
    }
  }
  ai_repr_leave(vw);
  if (!ok) {
    ai_sbuf_free(&b);
    return 0;
  }
  ai_sbuf_put(&b, "])", 2);
  return ai_sbuf_to_str(&b);
}
