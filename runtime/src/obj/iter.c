/*
 * obj/iter.c — iter()/next() over every built-in iterable, the iterator
 * objects (CPython's type names, for messages and reprs), enumerate, zip,
 * reversed, and unpacking.
 *
 * GC layout (all fixed-size objects):
 *   AiSeqIter {ob, seq, index}            seq: list/tuple/str word (0 when done)
 *   AiDictIter {ob, dict, pos, used, remaining}   dict word
 *   AiSetIter {ob, set, pos, used, remaining}     set word
 *   AiRangeIter {ob, next, step, remaining}       raw int64s, no pointers
 *   AiLongRangeIter {ob, next, step, remaining}   int words
 *   AiEnumerate {ob, it, count}                   words
 *   AiZip {ob, n, strict, done, its[n]}           n iterator words
 */
#include "aithon_actor.h"
#include "obj/containers.h"
#include "obj/ext.h"

#include "exc/exception.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "gen/generator.h"

const AiType ai_type_list_iterator = {"list_iterator", NULL};
const AiType ai_type_list_reverseiterator = {"list_reverseiterator", NULL};
const AiType ai_type_tuple_iterator = {"tuple_iterator", NULL};
const AiType ai_type_str_iterator = {"str_iterator", NULL};
const AiType ai_type_str_ascii_iterator = {"str_ascii_iterator", NULL};
const AiType ai_type_reversed = {"reversed", NULL};
const AiType ai_type_dict_keyiterator = {"dict_keyiterator", NULL};
const AiType ai_type_dict_valueiterator = {"dict_valueiterator", NULL};
const AiType ai_type_dict_itemiterator = {"dict_itemiterator", NULL};
const AiType ai_type_dict_reversekeyiterator = {"dict_reversekeyiterator", NULL};
const AiType ai_type_dict_reversevalueiterator = {"dict_reversevalueiterator", NULL};
const AiType ai_type_dict_reverseitemiterator = {"dict_reverseitemiterator", NULL};
const AiType ai_type_set_iterator = {"set_iterator", NULL};
const AiType ai_type_range_iterator = {"range_iterator", NULL};
const AiType ai_type_longrange_iterator = {"longrange_iterator", NULL};
const AiType ai_type_enumerate = {"enumerate", NULL};
const AiType ai_type_zip = {"zip", NULL};
/* iter() of an instance with __getitem__ and no __iter__: o[0], o[1]... until IndexError. */
const AiType ai_type_iterator = {"iterator", NULL};

static bool is_iterator_type(const AiType *t) {
  return t == &ai_type_list_iterator || t == &ai_type_tuple_iterator || t == &ai_type_str_ascii_iterator ||
         t == &ai_type_str_iterator || t == &ai_type_dict_keyiterator || t == &ai_type_dict_valueiterator ||
         t == &ai_type_dict_itemiterator || t == &ai_type_set_iterator || t == &ai_type_range_iterator ||
         t == &ai_type_longrange_iterator || t == &ai_type_enumerate || t == &ai_type_zip ||
         t == &ai_type_list_reverseiterator || t == &ai_type_reversed || t == &ai_type_dict_reversekeyiterator ||
         t == &ai_type_dict_reversevalueiterator || t == &ai_type_dict_reverseitemiterator || t == &ai_type_generator ||
         t == &ai_type_iterator;
}

static bool is_ext_iterator_type(const AiType *t) {
  const AiExtSlots *x = ai_ext_slots(t);
  return x && x->next;
}

bool ai_is_iterator(ai_word w) {
  return !ai_is_small(w) && (is_iterator_type(ai_obj(w)->type) || is_ext_iterator_type(ai_obj(w)->type));
}

static ai_word seq_iter(const AiType *t, ai_word seq, int64_t index) {
  AiSeqIter *it = ai_alloc(sizeof(AiSeqIter));
  if (!it) return 0;
  it->ob.type = t;
  it->seq = seq;
  it->index = index;
  return ai_w(it);
}

static ai_word dict_iter(const AiType *t, ai_word dict, bool reverse) {
  AiDictIter *it = ai_alloc(sizeof(AiDictIter));
  if (!it) return 0;
  AiDict *d = ai_as_dict(dict);
  it->ob.type = t;
  it->dict = dict;
  it->used = d->used;
  it->remaining = d->used;
  it->pos = reverse ? d->nentries - 1 : 0;
  return ai_w(it);
}

static ai_word range_iter(AiRange *r, bool reverse) {
  ai_word start = r->start, step = r->step;
  if (reverse) {
    /* last element, negated step */
    if (r->len == ai_small(0)) start = r->start;
    else start = ai_range_item(r, ai_int_sub(r->len, ai_small(1)));
    step = ai_int_neg(r->step);
    if (!start || !step) return 0;
  }
  int64_t s, st, n;
  if (ai_int_to_i64(start, &s) && ai_int_to_i64(step, &st) && ai_int_to_i64(r->len, &n) && ai_is_small(r->stop) &&
      ai_is_small(start) && ai_is_small(r->start)) {
    AiRangeIter *it = ai_alloc(sizeof(AiRangeIter));
    if (!it) return 0;
    it->ob.type = &ai_type_range_iterator;
    it->next = s;
    it->step = st;
    it->remaining = n;
    return ai_w(it);
  }
  AiLongRangeIter *it = ai_alloc(sizeof(AiLongRangeIter));
  if (!it) return 0;
  it->ob.type = &ai_type_longrange_iterator;
  it->next = start;
  it->step = step;
  it->remaining = r->len;
  return ai_w(it);
}

ai_word ai_obj_iter(ai_word o) {
  if (!ai_is_small(o)) {
    const AiType *t = ai_obj(o)->type;
    if (t == &ai_type_list) return seq_iter(&ai_type_list_iterator, o, 0);
    if (t == &ai_type_tuple) return seq_iter(&ai_type_tuple_iterator, o, 0);
    if (t == &ai_type_str)
      return seq_iter(ai_as_str(o)->ascii ? &ai_type_str_ascii_iterator : &ai_type_str_iterator, o, 0);
    if (t == &ai_type_dict || t == &ai_type_dict_keys) {
      ai_word d = t == &ai_type_dict ? o : ((AiDictView *)(intptr_t)o)->dict;
      return dict_iter(&ai_type_dict_keyiterator, d, false);
    }
    if (t == &ai_type_dict_values) return dict_iter(&ai_type_dict_valueiterator, ((AiDictView *)(intptr_t)o)->dict, false);
    if (t == &ai_type_dict_items) return dict_iter(&ai_type_dict_itemiterator, ((AiDictView *)(intptr_t)o)->dict, false);
    if (t == &ai_type_set || t == &ai_type_frozenset) {
      AiSetIter *it = ai_alloc(sizeof(AiSetIter));
      if (!it) return 0;
      it->ob.type = &ai_type_set_iterator;
      it->set = o;
      it->used = ai_as_set(o)->used;
      it->remaining = it->used;
      return ai_w(it);
    }
    if (t == &ai_type_range) return range_iter(ai_as_range(o), false);
    if (is_iterator_type(t)) return o;
    const AiExtSlots *x = ai_ext_slots(t);
    if (x && x->iter) return x->iter(o);
    if (x && x->user && x->getitem) return seq_iter(&ai_type_iterator, o, 0);
  }
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not iterable", ai_type_name(o));
  return 0;
}

static AiDictEntry *dict_iter_entry(AiDictIter *it);

static bool dict_iter_next(AiDictIter *it, ai_word *out) {
  AiDictEntry *e = dict_iter_entry(it);
  if (!e) return false;
  const AiType *t = it->ob.type;
  if (t == &ai_type_dict_keyiterator || t == &ai_type_dict_reversekeyiterator) *out = e->key;
  else if (t == &ai_type_dict_valueiterator || t == &ai_type_dict_reversevalueiterator) *out = e->value;
  else {
    ai_word p = ai_tuple_pair(e->key, e->value);
    if (!p) return false;
    *out = p;
  }
  return true;
}

/* The entry of one step of a dict iterator (NULL at the end, or raised). */
static AiDictEntry *dict_iter_entry(AiDictIter *it) {
  if (!it->dict) return NULL;
  AiDict *d = ai_as_dict(it->dict);
  if (it->used != d->used) {
    ai_raise(&ai_exc_RuntimeError, "dictionary changed size during iteration");
    it->used = -1; /* keep failing */
    return false;
  }
  const AiType *t = it->ob.type;
  bool reverse = t == &ai_type_dict_reversekeyiterator || t == &ai_type_dict_reversevalueiterator ||
                 t == &ai_type_dict_reverseitemiterator;
  int64_t i = it->pos;
  AiDictEntry *e;
  if (reverse) {
    while (i >= 0 && i < d->nentries && d->entries[i].key == 0) i--;
    if (i < 0 || i >= d->nentries) {
      it->dict = 0;
      return false;
    }
    it->pos = i - 1;
  } else {
    while (i < d->nentries && d->entries[i].key == 0) i++;
    if (i >= d->nentries) {
      it->dict = 0;
      return false;
    }
    it->pos = i + 1;
  }
  if (it->remaining == 0) {
    ai_raise(&ai_exc_RuntimeError, "dictionary keys changed during iteration");
    it->dict = 0;
    return false;
  }
  it->remaining--;
  e = &d->entries[i];
  return e;
}

bool ai_iter_next_pair(ai_word itw, ai_word *first, ai_word *second) {
  const AiType *t = ai_is_small(itw) ? NULL : ai_obj(itw)->type;
  if (t == &ai_type_dict_itemiterator || t == &ai_type_dict_reverseitemiterator) {
    AiDictEntry *e = dict_iter_entry((AiDictIter *)(intptr_t)itw);
    if (!e) return false;
    *first = e->key;
    *second = e->value;
    return true;
  }
  ai_word item, seq;
  if (!ai_iter_next(itw, &item)) return false;
  if (!(seq = ai_unpack_seq(item, 2))) return false;
  *first = ai_unpack_item(seq, 0);
  *second = ai_unpack_item(seq, 1);
  return true;
}

AI_COLD static bool not_iterator(ai_word it) {
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not an iterator", ai_type_name(it));
  return false;
}

static bool zip_next(AiZip *z, ai_word *out) {
  if (z->done || z->n == 0) return false;
  AiTuple *t = ai_tuple_alloc(z->n);
  if (!t) return false;
  for (int64_t i = 0; i < z->n; i++) {
    ai_word v;
    if (!ai_iter_next(z->its[i], &v)) {
      z->done = true;
      if (ai_exc_pending() || !z->strict) return false;
      if (i > 0) {
        if (i == 1) ai_raise_fmt(&ai_exc_ValueError, "zip() argument %lld is shorter than argument 1", (long long)i + 1);
        else
          ai_raise_fmt(&ai_exc_ValueError, "zip() argument %lld is shorter than arguments 1-%lld", (long long)i + 1,
                       (long long)i);
        return false;
      }
      for (int64_t j = 1; j < z->n; j++) {
        if (ai_iter_next(z->its[j], &v)) {
          if (j == 1) ai_raise_fmt(&ai_exc_ValueError, "zip() argument %lld is longer than argument 1", (long long)j + 1);
          else
            ai_raise_fmt(&ai_exc_ValueError, "zip() argument %lld is longer than arguments 1-%lld", (long long)j + 1,
                         (long long)j);
          return false;
        }
        if (ai_exc_pending()) return false;
      }
      return false;
    }
    t->items[i] = v;
  }
  *out = ai_w(t);
  return true;
}

bool ai_iter_next(ai_word itw, ai_word *out) {
  if (ai_is_small(itw)) return not_iterator(itw);
  const AiType *t = ai_obj(itw)->type;
  if (t == &ai_type_generator) return ai_gen_next(itw, out);
  if (t == &ai_type_list_iterator) {
    AiSeqIter *it = (AiSeqIter *)(intptr_t)itw;
    if (it->seq) {
      AiList *l = ai_as_list(it->seq);
      if (it->index < l->len) {
        *out = l->items[it->index++];
        return true;
      }
      it->seq = 0;
    }
    return false;
  }
  if (t == &ai_type_range_iterator) {
    AiRangeIter *it = (AiRangeIter *)(intptr_t)itw;
    if (it->remaining <= 0) return false;
    *out = ai_small(it->next);
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    it->remaining--;
    return true;
  }
  if (t == &ai_type_tuple_iterator) {
    AiSeqIter *it = (AiSeqIter *)(intptr_t)itw;
    if (it->seq) {
      AiTuple *tu = ai_as_tuple(it->seq);
      if (it->index < tu->len) {
        *out = tu->items[it->index++];
        return true;
      }
      it->seq = 0;
    }
    return false;
  }
  if (t == &ai_type_str_ascii_iterator || t == &ai_type_str_iterator) {
    AiSeqIter *it = (AiSeqIter *)(intptr_t)itw;
    if (!it->seq) return false;
    AiStr *s = ai_as_str(it->seq);
    if (it->index >= s->nbytes) {
      it->seq = 0;
      return false;
    }
    uint32_t cp;
    const char *p = s->data + it->index;
    const char *n = ai_utf8_decode(p, &cp);
    it->index += n - p;
    ai_word c = ai_str_from_cp(cp);
    if (!c) return false;
    *out = c;
    return true;
  }
  if (t == &ai_type_dict_keyiterator || t == &ai_type_dict_valueiterator || t == &ai_type_dict_itemiterator ||
      t == &ai_type_dict_reversekeyiterator || t == &ai_type_dict_reversevalueiterator ||
      t == &ai_type_dict_reverseitemiterator)
    return dict_iter_next((AiDictIter *)(intptr_t)itw, out);
  if (t == &ai_type_set_iterator) {
    AiSetIter *it = (AiSetIter *)(intptr_t)itw;
    if (!it->set) return false;
    AiSet *s = ai_as_set(it->set);
    if (it->used != s->used) {
      ai_raise(&ai_exc_RuntimeError, "Set changed size during iteration");
      it->used = -1;
      return false;
    }
    AiSetEntry *e;
    if (!ai_set_next(s, &it->pos, &e)) {
      it->set = 0;
      return false;
    }
    it->remaining--;
    *out = e->key;
    return true;
  }
  if (t == &ai_type_enumerate) {
    AiEnumerate *en = (AiEnumerate *)(intptr_t)itw;
    ai_word v;
    if (!ai_iter_next(en->it, &v)) return false;
    ai_word c = en->count;
    ai_word nc = ai_int_add(c, ai_small(1));
    if (!nc) return false;
    en->count = nc;
    ai_word p = ai_tuple_pair(c, v);
    if (!p) return false;
    *out = p;
    return true;
  }
  if (t == &ai_type_zip) return zip_next((AiZip *)(intptr_t)itw, out);
  if (t == &ai_type_longrange_iterator) {
    AiLongRangeIter *it = (AiLongRangeIter *)(intptr_t)itw;
    if (ai_int_sign(it->remaining) <= 0) return false;
    ai_word v = it->next;
    ai_word nx = ai_int_add(v, it->step), rem = ai_int_sub(it->remaining, ai_small(1));
    if (!nx || !rem) return false;
    it->next = nx;
    it->remaining = rem;
    *out = v;
    return true;
  }
  if (t == &ai_type_list_reverseiterator) {
    AiSeqIter *it = (AiSeqIter *)(intptr_t)itw;
    if (it->seq) {
      AiList *l = ai_as_list(it->seq);
      if (it->index >= 0 && it->index < l->len) {
        *out = l->items[it->index--];
        return true;
      }
      it->seq = 0;
    }
    return false;
  }
  if (t == &ai_type_iterator) {
    AiSeqIter *it = (AiSeqIter *)(intptr_t)itw;
    if (!it->seq) return false;
    ai_word v = ai_obj_getitem(it->seq, ai_small(it->index));
    if (!v) {
      /* IndexError (or StopIteration) ends the iteration; anything else propagates. */
      if (ai_exc_matches(&ai_exc_IndexError) || ai_exc_matches(&ai_exc_StopIteration)) ai_exc_clear();
      it->seq = 0;
      return false;
    }
    it->index++;
    *out = v;
    return true;
  }
  if (t == &ai_type_reversed) {
    AiSeqIter *it = (AiSeqIter *)(intptr_t)itw;
    if (!it->seq) return false;
    if (ai_is_str(it->seq)) { /* index: byte offset of the end of the next code point */
      AiStr *s = ai_as_str(it->seq);
      if (it->index <= 0) {
        it->seq = 0;
        return false;
      }
      int64_t q = it->index - 1;
      while (q > 0 && ((unsigned char)s->data[q] & 0xc0) == 0x80) q--;
      uint32_t cp;
      ai_utf8_decode(s->data + q, &cp);
      it->index = q;
      ai_word c = ai_str_from_cp(cp);
      if (!c) return false;
      *out = c;
      return true;
    }
    int64_t n;
    const ai_word *items = ai_seq_items(it->seq, &n);
    if (items && it->index >= 0 && it->index < n) {
      *out = items[it->index--];
      return true;
    }
    if (!items && it->index >= 0) { /* an instance with __len__ and __getitem__: seq[index], as CPython's reversed */
      ai_word v = ai_obj_getitem(it->seq, ai_small(it->index));
      if (!v) return false;
      it->index--;
      *out = v;
      return true;
    }
    it->seq = 0;
    return false;
  }
  const AiExtSlots *x = ai_ext_slots(t);
  if (x && x->next) return x->next(itw, out);
  return not_iterator(itw);
}

/* next(it) / it.__next__() written in the program: a generator's step counts
 * one more frame, as CPython counts the call of the built-in that resumes it
 * (a for loop's step does not). */
bool ai_iter_next_called(ai_word itw, ai_word *out) {
  if (ai_is_small(itw) || ai_obj(itw)->type != &ai_type_generator) return ai_iter_next(itw, out);
  if (!ai_enter()) return false;
  bool has = ai_gen_next(itw, out);
  ai_leave();
  return has;
}

/* ------------------------------------------------------------ builtins */

ai_word ai_builtin_reversed(ai_word seq) {
  if (!ai_is_small(seq)) {
    const AiType *t = ai_obj(seq)->type;
    if (t == &ai_type_list) return seq_iter(&ai_type_list_reverseiterator, seq, ai_as_list(seq)->len - 1);
    if (t == &ai_type_tuple) return seq_iter(&ai_type_reversed, seq, ai_as_tuple(seq)->len - 1);
    if (t == &ai_type_str) return seq_iter(&ai_type_reversed, seq, ai_as_str(seq)->nbytes);
    if (t == &ai_type_range) return range_iter(ai_as_range(seq), true);
    if (t == &ai_type_dict || t == &ai_type_dict_keys)
      return dict_iter(&ai_type_dict_reversekeyiterator, t == &ai_type_dict ? seq : ((AiDictView *)(intptr_t)seq)->dict,
                       true);
    if (t == &ai_type_dict_values)
      return dict_iter(&ai_type_dict_reversevalueiterator, ((AiDictView *)(intptr_t)seq)->dict, true);
    if (t == &ai_type_dict_items)
      return dict_iter(&ai_type_dict_reverseitemiterator, ((AiDictView *)(intptr_t)seq)->dict, true);
    const AiExtSlots *x = ai_ext_slots(t);
    if (x && x->reversed) return x->reversed(seq);
    if (x && x->user && x->len && x->getitem) {
      int64_t n = ai_obj_len(seq);
      if (n < 0) return 0;
      return seq_iter(&ai_type_reversed, seq, n - 1);
    }
  }
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not reversible", ai_type_name(seq));
  return 0;
}

ai_word ai_builtin_enumerate(ai_word iterable, ai_word start) {
  if (!start || start == AI_NONE_W) start = ai_small(0);
  if (ai_is_bool(start)) start = ai_small(start == AI_TRUE_W);
  if (!ai_is_int(start)) {
    ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(start));
    return 0;
  }
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  AiEnumerate *e = ai_alloc(sizeof(AiEnumerate));
  if (!e) return 0;
  e->ob.type = &ai_type_enumerate;
  e->it = it;
  e->count = start;
  return ai_w(e);
}

ai_word ai_builtin_zip(int64_t n, const ai_word *iterables, bool strict) {
  AiZip *z = ai_alloc(sizeof(AiZip) + (size_t)(n > 0 ? n : 0) * sizeof(ai_word));
  if (!z) return 0;
  z->ob.type = &ai_type_zip;
  z->n = n;
  z->strict = strict;
  for (int64_t i = 0; i < n; i++) {
    ai_word it = ai_obj_iter(iterables[i]);
    if (!it) {
      if (ai_exc_matches(&ai_exc_TypeError)) {
        ai_exc_clear();
        ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not iterable", ai_type_name(iterables[i]));
      }
      return 0;
    }
    z->its[i] = it;
  }
  return ai_w(z);
}

ai_word ai_builtin_zip_star(ai_word iterables, bool strict) {
  /* zip(*xs): the iterables are the items of xs, counted at run time. */
  ai_word list = ai_list_from_iterable(iterables);
  if (!list) return 0;
  AiList *l = ai_as_list(list);
  return ai_builtin_zip(l->len, l->items, strict);
}

ai_word ai_list_from_iterable(ai_word x) {
  int64_t n;
  const ai_word *items = ai_seq_items(x, &n);
  if (items) {
    return ai_list_new(n, items); /* charged there */
  }
  ai_word it = ai_obj_iter(x);
  if (!it) return 0;
  AiList *l = ai_list_alloc(0);
  if (!l) return 0;
  if (ai_is_dict(x) || ai_is_anyset(x) || ai_is_dict_view(x)) {
    int64_t hint = ai_is_anyset(x) ? ai_as_set(x)->used
                   : ai_is_dict(x) ? ai_as_dict(x)->used
                                   : ai_as_dict(((AiDictView *)(intptr_t)x)->dict)->used;
    if (!ai_list_reserve(l, hint)) return 0;
  }
  ai_word v;
  for (int64_t i = 0; ai_iter_next(it, &v); i++) {
    if (!ai_list_append(ai_w(l), v)) return 0;
    ai_sched_work_tick(i);
  }
  if (ai_exc_pending()) return 0;
  return ai_w(l);
}

ai_word ai_builtin_list(ai_word iterable) {
  if (!iterable) return ai_list_new(0, NULL);
  return ai_list_from_iterable(iterable);
}

ai_word ai_builtin_tuple(ai_word iterable) {
  if (!iterable) return ai_w(&ai_empty_tuple);
  return ai_sequence_to_tuple(iterable);
}

ai_word ai_builtin_next(ai_word it, ai_word dflt) {
  ai_word v;
  if (ai_iter_next(it, &v)) return v;
  if (ai_exc_pending()) return 0;
  if (dflt) return dflt;
  ai_raise_stop_iteration(it); /* a generator's return value becomes StopIteration.value */
  return 0;
}

/* ------------------------------------------------------------ unpacking */

static bool unpack_error_type(ai_word v) {
  if (ai_exc_matches(&ai_exc_TypeError)) {
    ai_exc_clear();
    ai_raise_fmt(&ai_exc_TypeError, "cannot unpack non-iterable %s object", ai_type_name(v));
  }
  return false;
}

bool ai_unpack(ai_word v, int64_t n, ai_word *out) {
  int64_t len;
  const ai_word *items = ai_seq_items(v, &len);
  if (items) {
    if (len == n) {
      memcpy(out, items, (size_t)n * sizeof(ai_word));
      return true;
    }
    if (len > n) ai_raise_fmt(&ai_exc_ValueError, "too many values to unpack (expected %lld)", (long long)n);
    else
      ai_raise_fmt(&ai_exc_ValueError, "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                   (long long)len);
    return false;
  }
  ai_word it = ai_obj_iter(v);
  if (!it) return unpack_error_type(v);
  for (int64_t i = 0; i < n; i++) {
    if (!ai_iter_next(it, &out[i])) {
      if (!ai_exc_pending())
        ai_raise_fmt(&ai_exc_ValueError, "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                     (long long)i);
      return false;
    }
  }
  ai_word extra;
  if (ai_iter_next(it, &extra)) {
    ai_raise_fmt(&ai_exc_ValueError, "too many values to unpack (expected %lld)", (long long)n);
    return false;
  }
  return !ai_exc_pending();
}

ai_word ai_unpack_seq(ai_word v, int64_t n) {
  if (ai_is_tuple(v) && ai_as_tuple(v)->len == n) return v; /* the common case: nothing to copy */
  int64_t len;
  const ai_word *items = ai_seq_items(v, &len);
  if (items) {
    if (len > n) ai_raise_fmt(&ai_exc_ValueError, "too many values to unpack (expected %lld)", (long long)n);
    else if (len < n)
      ai_raise_fmt(&ai_exc_ValueError, "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                   (long long)len);
    /* a list: copied, as the targets' assignments may change it */
    return len == n ? ai_tuple_new(n, items) : 0;
  }
  ai_word it = ai_obj_iter(v);
  if (!it) {
    unpack_error_type(v);
    return 0;
  }
  /* the items go into a list as they come: each next() may collect, and the list keeps them alive */
  ai_word l = ai_list_new(0, NULL);
  if (!l) return 0;
  ai_word x;
  for (int64_t i = 0; i <= n; i++) {
    if (!ai_iter_next(it, &x)) {
      if (ai_exc_pending()) return 0;
      if (i == n) return l;
      ai_raise_fmt(&ai_exc_ValueError, "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                   (long long)i);
      return 0;
    }
    if (i == n) break;
    if (!ai_list_append(l, x)) return 0;
  }
  ai_raise_fmt(&ai_exc_ValueError, "too many values to unpack (expected %lld)", (long long)n);
  return 0;
}

ai_word ai_unpack_item(ai_word seq, int64_t i) {
  int64_t n;
  return ai_seq_items(seq, &n)[i];
}

bool ai_unpack_ex(ai_word v, int64_t before, int64_t after, ai_word *out) {
  ai_word it = ai_obj_iter(v);
  if (!it) return unpack_error_type(v);
  ai_word lst = ai_list_from_iterable(it);
  if (!lst) return false;
  AiList *l = ai_as_list(lst);
  if (l->len < before + after) {
    ai_raise_fmt(&ai_exc_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
                 (long long)(before + after), (long long)l->len);
    return false;
  }
  if (before) memcpy(out, l->items, (size_t)before * sizeof(ai_word));
  int64_t mid = l->len - before - after;
  ai_word m = ai_list_new(mid, l->items + before);
  if (!m) return false;
  out[before] = m;
  if (after) memcpy(out + before + 1, l->items + before + mid, (size_t)after * sizeof(ai_word));
  return true;
}
