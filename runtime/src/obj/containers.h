/*
 * obj/containers.h — internals of list, tuple, dict, set/frozenset, range,
 * slice, the dict views and the iterator objects, shared by the files that
 * implement them (list.c, tuple.c, dict.c, set.c, range.c, slice.c, iter.c,
 * methods_*.c, builtins.c) and by the dynamic dispatch in object.c.
 *
 * GC layout (for a tracing collector): every object below starts with an
 * AiObject header; its pointer fields are listed in a comment in the .c file
 * that defines the type. Word fields hold Python values (tagged: low bit 1 =
 * small int, not a pointer); fields of type `ai_word *`/entry arrays point to
 * separately ai_alloc'd blocks whose length is given by a sibling field.
 */
#ifndef AI_OBJ_CONTAINERS_H
#define AI_OBJ_CONTAINERS_H

#include "obj/object.h"

/* ------------------------------------------------------------ types */

typedef struct AiDictEntry {
  int64_t hash;
  ai_word key; /* 0: deleted */
  ai_word value;
} AiDictEntry;

/* Insertion-ordered compact dict: `entries` in insertion order (deleted ones
 * have key 0) and an open-addressing `index` of int32 positions into it
 * (-1 empty, -2 deleted), probed with CPython's perturbation scheme. */
typedef struct AiDict {
  AiObject ob;
  int64_t used;     /* live entries */
  int64_t nentries; /* entries[0..nentries) in use (live or deleted) */
  int64_t cap;      /* capacity of entries (usable = 2/3 of the index size) */
  int64_t mask;     /* index size - 1 */
  uint64_t version; /* bumped on every structural change (insert/delete) */
  AiDictEntry *entries;
  int32_t *index;
} AiDict;

typedef struct AiSetEntry {
  ai_word key; /* 0: never used; AI_SET_DUMMY: deleted */
  int64_t hash;
} AiSetEntry;

/* CPython's setobject.c table: open addressing with LINEAR_PROBES linear
 * probes then perturbation, so iteration order is CPython's. */
typedef struct AiSet {
  AiObject ob;
  int64_t fill; /* active + dummy */
  int64_t used; /* active */
  int64_t mask; /* table size - 1 */
  int64_t finger;
  int64_t hash; /* frozenset: -1 until computed */
  AiSetEntry *table;
} AiSet;

typedef struct AiRange {
  AiObject ob;
  ai_word start, stop, step, len; /* int words */
} AiRange;

typedef struct AiSlice {
  AiObject ob;
  ai_word start, stop, step; /* any words, None when omitted */
} AiSlice;

/* dict_keys / dict_values / dict_items */
typedef struct AiDictView {
  AiObject ob;
  ai_word dict;
} AiDictView;

/* list/tuple/str/reversed iterators: seq + index (str: byte offset) */
typedef struct AiSeqIter {
  AiObject ob;
  ai_word seq; /* 0 when exhausted */
  int64_t index;
} AiSeqIter;

typedef struct AiDictIter {
  AiObject ob;
  ai_word dict; /* 0 when exhausted */
  int64_t pos;
  int64_t used; /* dict size when the iterator started */
  int64_t remaining;
} AiDictIter;

typedef struct AiSetIter {
  AiObject ob;
  ai_word set; /* 0 when exhausted */
  int64_t pos;
  int64_t used;
  int64_t remaining;
} AiSetIter;

typedef struct AiRangeIter { /* small ints */
  AiObject ob;
  int64_t next, step, remaining;
} AiRangeIter;

typedef struct AiLongRangeIter { /* big ints */
  AiObject ob;
  ai_word next, step, remaining;
} AiLongRangeIter;

typedef struct AiEnumerate {
  AiObject ob;
  ai_word it;
  ai_word count; /* int word */
} AiEnumerate;

typedef struct AiZip {
  AiObject ob;
  int64_t n;
  bool strict, done;
  ai_word its[];
} AiZip;

extern const AiType ai_type_slice;
extern const AiType ai_type_dict_keys, ai_type_dict_values, ai_type_dict_items;
extern const AiType ai_type_list_iterator, ai_type_list_reverseiterator, ai_type_tuple_iterator;
extern const AiType ai_type_str_iterator, ai_type_str_ascii_iterator, ai_type_reversed;
extern const AiType ai_type_dict_keyiterator, ai_type_dict_valueiterator, ai_type_dict_itemiterator;
extern const AiType ai_type_dict_reversekeyiterator, ai_type_dict_reversevalueiterator, ai_type_dict_reverseitemiterator;
extern const AiType ai_type_set_iterator, ai_type_range_iterator, ai_type_longrange_iterator;
extern const AiType ai_type_enumerate, ai_type_zip;

extern AiObject ai_set_dummy;
#define AI_SET_DUMMY (ai_w(&ai_set_dummy))

/* The list's items as words: an unboxed list of floats (AI_LIST_FLOATS,
 * aithon.h) is boxed in place first. ai_list_raw is the list as it is, for the
 * functions that handle both layouts (list.c). */
void ai_list_box_items(AiList *l);
static inline AiList *ai_list_raw(ai_word w) { return (AiList *)(intptr_t)w; }
static inline AiList *ai_as_list(ai_word w) {
  AiList *l = (AiList *)(intptr_t)w;
  /* 0 (a failed allocation the caller checks) and tagged ints (a caller checking the type after) pass through */
  if (__builtin_expect(w != 0 && !(w & 1) && l->ob.gc == AI_LIST_FLOATS, 0)) ai_list_box_items(l);
  return l;
}
static inline AiTuple *ai_as_tuple(ai_word w) { return (AiTuple *)(intptr_t)w; }
static inline AiDict *ai_as_dict(ai_word w) { return (AiDict *)(intptr_t)w; }
static inline AiSet *ai_as_set(ai_word w) { return (AiSet *)(intptr_t)w; }
static inline AiRange *ai_as_range(ai_word w) { return (AiRange *)(intptr_t)w; }
static inline AiSlice *ai_as_slice(ai_word w) { return (AiSlice *)(intptr_t)w; }

static inline bool ai_has_type(ai_word w, const AiType *t) { return !ai_is_small(w) && ai_obj(w)->type == t; }
static inline bool ai_is_list(ai_word w) { return ai_has_type(w, &ai_type_list); }
static inline bool ai_is_tuple(ai_word w) { return ai_has_type(w, &ai_type_tuple); }
/* dict or a subtype (defaultdict, Counter, OrderedDict: AiDict layout), as PyDict_Check */
static inline bool ai_is_dict(ai_word w) {
  return !ai_is_small(w) && (ai_obj(w)->type == &ai_type_dict || ai_obj(w)->type->base == &ai_type_dict);
}
static inline bool ai_is_anyset(ai_word w) {
  return !ai_is_small(w) && (ai_obj(w)->type == &ai_type_set || ai_obj(w)->type == &ai_type_frozenset);
}
static inline bool ai_is_range(ai_word w) { return ai_has_type(w, &ai_type_range); }
static inline bool ai_is_slice(ai_word w) { return ai_has_type(w, &ai_type_slice); }
static inline bool ai_is_dict_view(ai_word w) {
  if (ai_is_small(w)) return false;
  const AiType *t = ai_obj(w)->type;
  return t == &ai_type_dict_keys || t == &ai_type_dict_values || t == &ai_type_dict_items;
}
/* exception instances (any type derived from BaseException) */
bool ai_is_exception(ai_word w);

/* ------------------------------------------------------------ hash.c */
#define AI_HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define AI_HASH_INF 314159
int64_t ai_hash_small(int64_t v);
int64_t ai_hash_double(double v, ai_word box);
int64_t ai_hash_str(ai_word s);
int64_t ai_hash_bytes(const char *p, size_t n);
int64_t ai_hash_pointer(const void *p);
/* Hash of `o` or, for an unhashable value, -1 with TypeError pending. */
int64_t ai_hash(ai_word o);
static inline int64_t ai_hash_fast(ai_word o) {
  if (ai_is_small(o)) return ai_hash_small(ai_small_val(o));
  if (ai_obj(o)->type == &ai_type_str && ai_as_str(o)->hash != -1) return ai_as_str(o)->hash;
  return ai_hash(o);
}

/* ------------------------------------------------------------ object.c */
/* o1 == o2 as a container compares items: identity first. 1, 0, -1 raised. */
int ai_obj_eq(ai_word a, ai_word b);
static inline int ai_obj_eq_fast(ai_word a, ai_word b) {
  if (a == b) return 1;
  if (ai_is_small(a) && ai_is_small(b)) return 0;
  return ai_obj_eq(a, b);
}
/* Guards for recursive repr ([...]) : 1 entered, 0 already being printed, -1 raised. */
int ai_repr_enter(ai_word o);
void ai_repr_leave(ai_word o);
/* A repr is being built on this thread: its guard stack is the thread's, so
 * the actor must not switch out until it is done (sched.c yield). */
bool ai_repr_in_progress(void);
/* str of a value into a buffer, etc. */
ai_word ai_ascii(ai_word o);
/* "'x' object cannot be interpreted as an integer" style index conversion:
 * an int or bool word to int64 (clamped flag when out of range). */
bool ai_index_i64(ai_word w, int64_t *out, bool *overflow);
/* Python-level type name for messages */
static inline const char *ai_tname(ai_word w) { return ai_type_name(w); }

/* ------------------------------------------------------------ list.c / tuple.c */
AiList *ai_list_alloc(int64_t n); /* len n, items zeroed */
bool ai_list_reserve(AiList *l, int64_t cap);
bool ai_list_extend_iter(ai_word list, ai_word iterable);
bool ai_list_insert_at(AiList *l, int64_t i, ai_word v);
bool ai_list_sort_impl(AiList *l, ai_word *keys, bool reverse);
ai_word ai_list_repr(ai_word l);
ai_word ai_list_getslice(ai_word l, int64_t start, int64_t stop, int64_t step, int64_t n);
bool ai_list_setitem_slice(ai_word l, ai_word slice, ai_word value);
bool ai_list_delitem(ai_word l, ai_word key);
AiTuple *ai_tuple_alloc(int64_t n);
ai_word ai_tuple_pair(ai_word a, ai_word b);
ai_word ai_tuple_repr(ai_word t);
ai_word ai_tuple_concat(ai_word a, ai_word b);
ai_word ai_tuple_repeat(ai_word t, ai_word n);
int64_t ai_tuple_hash(ai_word t);
/* Lexicographic comparison of two item arrays (lists/tuples): 1/0/-1 raised. */
int ai_seq_compare(int op, const ai_word *a, int64_t na, const ai_word *b, int64_t nb);
/* Normalise index (negative from end): false when out of range (nothing raised). */
/* Sequence index from a word (int or bool): IndexError/TypeError raised on failure. */
bool ai_seq_index(ai_word key, int64_t len, int64_t *out, const char *what);
ai_word ai_sequence_to_tuple(ai_word iterable); /* tuple(iterable), tuple returned as is */
extern AiTuple ai_empty_tuple;
/* A borrowed array view of a list or tuple (NULL for other types). */
static inline const ai_word *ai_seq_items(ai_word w, int64_t *n) {
  if (ai_is_small(w)) return NULL;
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_list) {
    *n = ai_as_list(w)->len;
    return ai_as_list(w)->items ? ai_as_list(w)->items : ai_empty_tuple.items;
  }
  if (t == &ai_type_tuple) {
    *n = ai_as_tuple(w)->len;
    return ai_as_tuple(w)->items;
  }
  return NULL;
}
int ai_seq_contains(const ai_word *items, int64_t n, ai_word x);

/* ------------------------------------------------------------ dict.c */
AiDict *ai_dict_alloc(int64_t minused);
/* Lookup: index into entries or -1 when absent; -2 raised. */
int64_t ai_dict_lookup(AiDict *d, ai_word key, int64_t hash);
bool ai_dict_set_hashed(AiDict *d, ai_word key, int64_t hash, ai_word value);
/* Removes key: 1 removed (*value set when non-NULL), 0 absent, -1 raised */
int ai_dict_del(AiDict *d, ai_word key, ai_word *value);
bool ai_dict_update_from(ai_word dict, ai_word other, const char *fname);
ai_word ai_dict_copy(ai_word dict);
ai_word ai_dict_repr(ai_word d);
ai_word ai_dict_view_repr(ai_word v);
int ai_dict_eq(ai_word a, ai_word b);
void ai_dict_clear(AiDict *d);
ai_word ai_dict_view_new(ai_word dict, const AiType *type);
/* Iteration helper: next live entry at or after *pos (returns false at end). */
static inline bool ai_dict_next(AiDict *d, int64_t *pos, AiDictEntry **e) {
  int64_t i = *pos;
  while (i < d->nentries && d->entries[i].key == 0) i++;
  if (i >= d->nentries) return false;
  *e = &d->entries[i];
  *pos = i + 1;
  return true;
}
ai_word ai_keyerror(ai_word key); /* raises KeyError(key), returns 0 */

/* ------------------------------------------------------------ set.c */
AiSet *ai_set_alloc(const AiType *type);
/* 1 present, 0 absent, -1 raised */
int ai_set_contains_key(AiSet *s, ai_word key);
int ai_set_contains_hashed(AiSet *s, ai_word key, int64_t hash);
bool ai_set_add_hashed(AiSet *s, ai_word key, int64_t hash);
bool ai_set_add_key(AiSet *s, ai_word key);
/* 1 discarded, 0 absent, -1 raised */
int ai_set_discard_key(AiSet *s, ai_word key);
bool ai_set_update(AiSet *s, ai_word iterable);
/* Puts `key` in a set table known not to hold it, with no dummies: table rebuilds (resize, the message copier). */
void ai_set_table_insert_clean(AiSetEntry *table, uint64_t mask, ai_word key, int64_t hash);
/* Puts entry `ix` in a dict's index (all slots empty or in use, none deleted): index rebuilds. */
void ai_dict_index_insert_clean(AiDict *d, int64_t hash, int32_t ix);
ai_word ai_set_copy_as(ai_word s, const AiType *type);
ai_word ai_set_repr(ai_word s);
int64_t ai_frozenset_hash(ai_word s);
bool ai_set_next(AiSet *s, int64_t *pos, AiSetEntry **e);
void ai_set_clear(AiSet *s);
ai_word ai_set_pop(AiSet *s);
/* set algebra: result type is the type of a */
ai_word ai_set_union(ai_word a, ai_word b);
ai_word ai_set_intersection(ai_word a, ai_word b);
ai_word ai_set_difference(ai_word a, ai_word b);
ai_word ai_set_symmetric_difference(ai_word a, ai_word b);
bool ai_set_intersection_update(ai_word a, ai_word b);
bool ai_set_difference_update(ai_word a, ai_word b);
bool ai_set_symmetric_difference_update(ai_word a, ai_word b);
int ai_set_issubset(ai_word a, ai_word b); /* a, b sets */
int ai_set_compare(int op, ai_word a, ai_word b);
/* a set built from any iterable (for set methods taking iterables) */
ai_word ai_set_from_iterable(ai_word iterable, const AiType *type);

/* ------------------------------------------------------------ range.c / slice.c */
int64_t ai_range_length_i64(AiRange *r, bool *overflow);
ai_word ai_range_item(AiRange *r, ai_word i); /* i in range, int word */
ai_word ai_range_repr(ai_word r);
ai_word ai_range_getitem(ai_word r, ai_word key);
int ai_range_contains(ai_word r, ai_word x);
int ai_range_eq(ai_word a, ai_word b);
int64_t ai_range_hash(ai_word r);
/* slice.indices(len) semantics (PySlice_Unpack + AdjustIndices): returns
 * the slice length, or -1 when it raised. */
int64_t ai_slice_indices(ai_word slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step);
ai_word ai_slice_repr(ai_word s);

/* ------------------------------------------------------------ str (methods_str.c) */
ai_word ai_str_from_cp(uint32_t cp); /* one-character str (cached below 128) */
ai_word ai_str_getslice(ai_word s, int64_t start, int64_t stop, int64_t step, int64_t n);
int ai_str_contains(ai_word s, ai_word sub);
/* byte offset of code point index i (0 <= i <= length) */
int64_t ai_str_cp_offset(AiStr *s, int64_t i);

/* ------------------------------------------------------------ methods.c */
typedef ai_word (*ai_method_fn)(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames);
typedef struct ai_method_def {
  const char *name;
  ai_method_fn fn;
} ai_method_def;
extern const ai_method_def ai_str_methods[], ai_list_methods[], ai_tuple_methods[], ai_dict_methods[],
    ai_set_methods[], ai_frozenset_methods[], ai_int_methods[], ai_float_methods[], ai_range_methods[],
    ai_slice_methods[], ai_dict_view_methods[];
/* Charges the reductions of a method's work once its result r is whole
 * (aithon_actor.h: it may switch): by the longer of self and a str or
 * bytes-like result, in words (what the method scanned or built). Returns r
 * (0 when it raised: nothing charged). methods_str.c. */
ai_word ai_method_charged(ai_word self, ai_word r);
/* The size in bytes of a str's UTF-8 or a bytes-like object's data; 0 for anything else. */
int64_t ai_payload_bytes(ai_word w);
/* fn##_charged: method fn, charged by ai_method_charged. */
#define AI_CHARGED_METHOD(fn)                                                                                                    \
  static ai_word fn##_charged(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {                               \
    return ai_method_charged(self, fn(self, nargs, args, kwnames));                                                             \
  }

/* Argument parsing for methods: binds positional args and keyword args to
 * `nparams` slots named `names` (NULL name: positional-only); `nrequired`
 * leading parameters are required. Unbound optional slots are 0. Raises
 * CPython-style TypeErrors mentioning `fname`. */
bool ai_parse_args(const char *fname, int64_t nargs, const ai_word *args, ai_word kwnames, int nparams,
                   const char *const *names, int nrequired, ai_word *out);
/* no keyword arguments allowed: "fname() takes no keyword arguments" */
bool ai_no_kwargs(const char *fname, ai_word kwnames);
/* positional count checks with CPython's wording */
bool ai_check_nargs(const char *fname, int64_t nargs, int64_t min, int64_t max);
int64_t ai_kw_count(ai_word kwnames);

/* str.format (methods_str.c) */
/* fmt.format(*args, **kwargs) with kwargs a dict word (or 0) */
ai_word ai_str_format(ai_word fmt, int64_t nargs, const ai_word *args, ai_word kwargs);

/* ------------------------------------------------------------ iter.c */
/* StopIteration-free iteration of anything; fast for lists/tuples. */
ai_word ai_list_from_iterable(ai_word iterable); /* always a new list */

/* ------------------------------------------------------------ exc_obj.c */
ai_word ai_exc_str(ai_word exc);
ai_word ai_exc_base_str(ai_word exc);
ai_word ai_exc_repr(ai_word exc);
ai_word ai_exc_getattr(ai_word exc, ai_word name, bool *found);
/* add_note, with_traceback: every exception's methods, after its class's own */
extern const ai_method_def ai_exception_methods[];
/* The OSError subclass CPython raises for errno `errnum` (ENOENT: FileNotFoundError...). */
const AiType *ai_os_error_type(int errnum);
/* Raises that subclass as CPython's OS calls do: args (errno, strerror), filename and filename2 (0: none),
 * str "[Errno 2] No such file or directory: 'x'". */
void ai_raise_os_error(int errnum, ai_word filename, ai_word filename2);

#endif
