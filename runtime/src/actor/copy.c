/* actor/copy.c — deep copy of message values into a fragment, the actor value
 * types (Pid, DOWN, EXIT, the timeout sentinel) and the static exit reasons.
 *
 * A message is copied in two passes over the value graph, both iterative (an
 * explicit stack: a deeply nested message must not overflow a 64 KiB green
 * stack), with a memo keyed by source address, as copy.deepcopy's:
 *   1. measure: visits each object once (the memo as a seen-set), checks that
 *      it can be sent and adds up its exact size in the fragment;
 *   2. copy: places each object once (the memo maps source to copy), so
 *      shared substructures stay shared and cycles copy to cycles.
 * Dicts and sets are filled in order and get their hash tables at the end,
 * once every key is a complete copy: a key whose hash depends on its identity
 * (an instance without __hash__, a tuple holding one) is hashed again, as
 * deepcopy's rebuilding of the container would. */
#include "actor/actor.h"

#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/complex.h"
#include "obj/containers.h"
#include "obj/int.h"
#include "obj/userclass.h"
#include "stdlib/collections.h"

#include <stdlib.h>
#include <string.h>

const AiType ai_type_pid = {"Pid", NULL};
/* Named as python/aithon/actors.py's namedtuples, so type(m).__name__ agrees. */
const AiType ai_type_down = {"Down", NULL};
const AiType ai_type_exit_msg = {"Exit", NULL};
const AiType ai_type_timeout = {"Timeout", NULL};
AiObject ai_actor_timeout_obj = {&ai_type_timeout, 0};

/* Same layout as AiStr with room for the text. */
typedef struct {
  AiObject ob;
  int64_t length, nbytes, hash;
  uint8_t ascii;
  char data[23];
} static_str;
#define SSTR(name, text) static static_str name = {{&ai_type_str, 0}, sizeof(text) - 1, sizeof(text) - 1, -1, 1, text}
SSTR(r_normal, "normal");
SSTR(r_kill, "kill");
SSTR(r_killed, "killed");
SSTR(r_noproc, "noproc");
SSTR(r_overflow, "stack_overflow");

ai_word ai_actor_reason_normal(void) { return ai_w(&r_normal); }
ai_word ai_actor_reason_kill(void) { return ai_w(&r_kill); }
ai_word ai_actor_reason_killed(void) { return ai_w(&r_killed); }
ai_word ai_actor_reason_noproc(void) { return ai_w(&r_noproc); }
ai_word ai_actor_reason_stack_overflow(void) { return ai_w(&r_overflow); }

bool ai_reason_is(ai_word w, ai_word reason) {
  if (w == reason) return true;
  return w && ai_is_str(w) && ai_str_eq(w, reason);
}

#define R16(n) (((size_t)(n) + 15) & ~(size_t)15)

/* The executable's .data and .bss (symbols of the linker and of crt1). */
extern char __data_start[], _end[];

static bool is_shared_at(ai_word w, int depth);

/* A str or a tuple of shared values in the executable's data: the program's
 * str literals and constant tuples (compiler/src/llvm.ts places them there,
 * outside every heap, as CPython keeps them among a code object's
 * constants) and the runtime's static strs. Immutable and never freed, so a
 * message shares them as python/aithon/actors.py shares a str (and as
 * copy.deepcopy returns a tuple of atoms itself): no fragment, no copier, and
 * the receiver takes it straight from its mailbox (take_direct). Anything
 * else in the data segments (a runtime static container) is copied. */
static bool is_static_const(ai_word w, int depth) {
  const char *p = (const char *)(intptr_t)w;
  if (p < __data_start || p >= _end) return false;
  /* fail-safe: the symbols must bound this module's own data, in one
   * executable (a runtime linked into a shared library would see the
   * executable's __data_start and its own _end: a range spanning the heaps) */
  const char *own = (const char *)&r_normal;
  if (own < __data_start || own >= _end || _end - __data_start > ((ptrdiff_t)1 << 30)) return false;
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_str) return true;
  if (t != &ai_type_tuple || depth >= 8) return false; /* deeper constants are copied: the check recurses */
  const AiTuple *tu = ai_as_tuple(w);
  for (int64_t i = 0; i < tu->len; i++)
    if (!tu->items[i] || !is_shared_at(tu->items[i], depth + 1)) return false;
  return true;
}

static bool is_shared_at(ai_word w, int depth) {
  return (w & 1) || w == AI_NONE_W || w == AI_TRUE_W || w == AI_FALSE_W || w == AI_ACTOR_TIMEOUT || w == ai_w(&r_normal) ||
         w == ai_w(&r_kill) || w == ai_w(&r_killed) || w == ai_w(&r_noproc) || w == ai_w(&r_overflow) ||
         ai_obj(w)->type == &ai_type_type /* class objects: constants, or made once for the program (classobj.c) */
         || is_static_const(w, depth);
}

static bool is_shared(ai_word w) { return is_shared_at(w, 0); }

/* ------------------------------------------------------------------ kinds */

/* Compiled values the runtime knows only by their layout (emitted by the
 * compiler, compiler/src/llvm.ts): instances of compiled classes (their
 * AiClassDunders give the slot count and which slots hold unboxed floats),
 * function values ("function": a header, the function id in the low 32 bits
 * of the next word and the number of cells in its high 32 bits, then the
 * cells) and the cells of shared variables ("cell" holds a word, "fcell" an
 * unboxed float). Copying them sends a function with a copy of what it
 * captured, as Erlang copies a fun's environment. */
enum {
  K_UNSENDABLE,
  K_STR,
  K_FLOAT,
  K_INT,
  K_PID,
  K_TUPLE,
  K_LIST,
  K_DICT,
  K_SET, /* set and frozenset */
  K_DEQUE,
  K_DOWN,
  K_EXIT,
  K_EXCEPTION,
  K_INSTANCE,
  K_FUNCTION,
  K_CELL,
  K_FCELL,
  K_BYTES, /* bytes and bytearray: copied with their data inline */
  K_COMPLEX,
};

static int kind_of(ai_word w, const AiClassDunders **dunders) {
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_str) return K_STR;
  if (t == &ai_type_float) return K_FLOAT;
  if (t == &ai_type_complex) return K_COMPLEX;
  if (t == &ai_type_int) return K_INT;
  if (t == &ai_type_tuple) return K_TUPLE;
  if (t == &ai_type_list) return K_LIST;
  if (t == &ai_type_dict || t == &ai_type_defaultdict || t == &ai_type_counter || t == &ai_type_ordereddict) return K_DICT;
  if (t == &ai_type_set || t == &ai_type_frozenset) return K_SET;
  if (t == &ai_type_pid) return K_PID;
  if (t == &ai_type_bytes || t == &ai_type_bytearray) return K_BYTES;
  if (t == &ai_type_deque) return K_DEQUE;
  if (t == &ai_type_down) return K_DOWN;
  if (t == &ai_type_exit_msg) return K_EXIT;
  if (ai_type_is_subtype(t, &ai_exc_BaseException)) return K_EXCEPTION;
  const AiExtSlots *x = ai_ext_slots(t);
  if (x) {
    const AiClassDunders *d = x->user;
    if (d && d->nslots >= 0) {
      *dunders = d;
      return K_INSTANCE;
    }
    return K_UNSENDABLE;
  }
  if (t->base || !t->name) return K_UNSENDABLE;
  if (!strcmp(t->name, "function")) return K_FUNCTION;
  if (!strcmp(t->name, "cell")) return K_CELL;
  if (!strcmp(t->name, "fcell")) return K_FCELL;
  return K_UNSENDABLE;
}

/* What python/aithon/actors.py's _find_unsendable looks through: an
 * unsendable value inside a container is named itself; inside any other
 * object (an instance, an exception) that outermost object is named, since
 * deepcopy fails on it as a whole. Functions and their cells are looked
 * through too: CPython shares a function rather than copying it, so it never
 * names one. */
static bool is_container_kind(int k) {
  return k == K_TUPLE || k == K_LIST || k == K_DICT || k == K_SET || k == K_DEQUE || k == K_DOWN || k == K_EXIT || k == K_FUNCTION || k == K_CELL;
}

static inline int64_t function_ncells(ai_word w) { return (int64_t)(((const uint64_t *)ai_obj(w))[2] >> 32); }

static size_t dict_header(const AiType *t) { return t == &ai_type_defaultdict ? sizeof(AiDefaultDict) : sizeof(AiDict); }

/* Index size of a dict made for `used` entries, as ai_dict_alloc(used). */
static int64_t dict_index_size(int64_t used) {
  int64_t minused = (used * 3 + 1) / 2, size = 8;
  while (size < minused && size < ((int64_t)1 << 31)) size <<= 1;
  while ((size << 1) / 3 < used) size <<= 1;
  return size;
}

/* Table size of set(list_of_n_distinct_items) (obj/set.c, CPython's policy:
 * resize when fill*5 >= mask*3 to the smallest power of two above used*4,
 * used*2 above 50000). */
static int64_t set_table_size(int64_t n) {
  int64_t mask = 7;
  for (int64_t used = 1; used <= n; used++)
    if (used * 5 >= mask * 3) {
      int64_t minused = used > 50000 ? used * 2 : used * 4, size = 8;
      while (size <= minused) size <<= 1;
      mask = size - 1;
    }
  return mask + 1;
}

static int64_t deque_cap(int64_t len) {
  if (len == 0) return 0;
  int64_t cap = 8;
  while (cap < len) cap <<= 1;
  return cap;
}

/* ------------------------------------------------------------------ copier state */

typedef struct {
  ai_word src, dst;
} memo_slot;

enum { INLINE_MEMO = 64, INLINE_STACK = 64 };

typedef struct {
  memo_slot *slots;
  size_t mask, used;
  ai_word *stack;
  size_t sp, cap;
  /* dicts and sets (copies) whose hash tables are built once all is copied */
  ai_word *tables;
  size_t ntables, tcap;
  size_t size; /* bytes measured */
  void *space; /* where to make the fragment when it fits (ai_msg_copy_n_into), or NULL */
  size_t space_cap;
  ai_chunk *c;
  char *pos;
  memo_slot inline_slots[INLINE_MEMO];
  ai_word inline_stack[INLINE_STACK];
} copier;

static void copier_init(copier *cp) {
  memset(cp->inline_slots, 0, sizeof cp->inline_slots);
  cp->slots = cp->inline_slots;
  cp->mask = INLINE_MEMO - 1;
  cp->used = 0;
  cp->stack = cp->inline_stack;
  cp->sp = 0;
  cp->cap = INLINE_STACK;
  cp->tables = NULL;
  cp->space = NULL;
  cp->ntables = cp->tcap = 0;
  cp->size = 0;
  cp->c = NULL;
  cp->pos = NULL;
}

static void copier_free(copier *cp) {
  if (cp->slots != cp->inline_slots) free(cp->slots);
  if (cp->stack != cp->inline_stack) free(cp->stack);
  free(cp->tables);
}

static bool out_of_memory(void) {
  ai_raise(&ai_exc_MemoryError, NULL);
  return false;
}

static inline size_t memo_hash(ai_word w) { return (size_t)(((uint64_t)w >> 4) * 0x9E3779B97F4A7C15ull >> 20); }

/* The slot of `src`: its entry, or the empty slot where it goes. */
static memo_slot *memo_find(copier *cp, ai_word src) {
  size_t i = memo_hash(src) & cp->mask;
  while (cp->slots[i].src && cp->slots[i].src != src) i = (i + 1) & cp->mask;
  return &cp->slots[i];
}

static bool memo_grow(copier *cp) {
  size_t n = (cp->mask + 1) * 2;
  memo_slot *old = cp->slots;
  size_t oldn = cp->mask + 1;
  memo_slot *slots = calloc(n, sizeof(memo_slot));
  if (!slots) return out_of_memory();
  cp->slots = slots;
  cp->mask = n - 1;
  for (size_t i = 0; i < oldn; i++)
    if (old[i].src) *memo_find(cp, old[i].src) = old[i];
  if (old != cp->inline_slots) free(old);
  return true;
}

/* Adds src (not yet present): false when out of memory. */
static bool memo_add(copier *cp, ai_word src) {
  if ((cp->used + 1) * 2 > cp->mask + 1 && !memo_grow(cp)) return false;
  memo_find(cp, src)->src = src;
  cp->used++;
  return true;
}

static bool push(copier *cp, ai_word w) {
  if (cp->sp == cp->cap) {
    size_t n = cp->cap * 2;
    ai_word *s = malloc(n * sizeof(ai_word));
    if (!s) return out_of_memory();
    memcpy(s, cp->stack, cp->sp * sizeof(ai_word));
    if (cp->stack != cp->inline_stack) free(cp->stack);
    cp->stack = s;
    cp->cap = n;
  }
  cp->stack[cp->sp++] = w;
  return true;
}

/* ------------------------------------------------------------------ pass 1: measure */

/* Exact bytes of the copy of w itself (its blocks included), 0: unsendable. */
static size_t node_size(ai_word w, int kind, const AiClassDunders *dn) {
  switch (kind) {
  case K_STR: return R16(sizeof(AiStr) + (size_t)ai_as_str(w)->nbytes + 1);
  case K_FLOAT: return R16(sizeof(AiFloat));
  case K_COMPLEX: return R16(sizeof(AiComplex));
  case K_INT: {
    int64_t n = ai_as_int(w)->size;
    return R16(sizeof(AiInt) + (size_t)(n < 0 ? -n : n) * sizeof(uint32_t));
  }
  case K_PID: return R16(sizeof(AiPid));
  case K_BYTES: return R16(sizeof(AiBytes) + (size_t)ai_as_bytes(w)->len + 1);
  case K_TUPLE: return R16(sizeof(AiTuple) + (size_t)ai_as_tuple(w)->len * sizeof(ai_word));
  case K_LIST: {
    int64_t n = ai_as_list(w)->len;
    return R16(sizeof(AiList)) + R16((size_t)(n ? n : 1) * sizeof(ai_word));
  }
  case K_DICT: {
    int64_t used = ai_as_dict(w)->used;
    size_t sz = R16(dict_header(ai_obj(w)->type));
    if (used) {
      int64_t size = dict_index_size(used);
      sz += R16((size_t)((size << 1) / 3) * sizeof(AiDictEntry)) + R16((size_t)size * sizeof(int32_t));
    }
    return sz;
  }
  case K_SET: return R16(sizeof(AiSet)) + R16((size_t)set_table_size(ai_as_set(w)->used) * sizeof(AiSetEntry));
  case K_DEQUE: {
    int64_t cap = deque_cap(((const AiDeque *)ai_obj(w))->len);
    return R16(sizeof(AiDeque)) + (cap ? R16((size_t)cap * sizeof(ai_word)) : 0);
  }
  case K_DOWN: return R16(sizeof(AiDown));
  case K_EXIT: return R16(sizeof(AiExitMsg));
  case K_EXCEPTION: return R16(sizeof(AiException));
  case K_INSTANCE: return R16(sizeof(AiObject) + (size_t)dn->nslots * sizeof(ai_word));
  case K_FUNCTION: return R16(sizeof(AiObject) + (size_t)(1 + function_ncells(w)) * sizeof(ai_word));
  case K_CELL:
  case K_FCELL: return R16(sizeof(AiObject) + sizeof(ai_word));
  }
  return 0;
}

/* Pushes the words w refers to, last first (so they are visited in order);
 * each with `blame`, the object an error inside it names. */
static bool push_children(copier *cp, ai_word w, int kind, const AiClassDunders *dn, ai_word blame) {
  const ai_word *words = (const ai_word *)ai_obj(w);
#define PUSH(x)                                                                                                                \
  do {                                                                                                                         \
    ai_word x_ = (x);                                                                                                          \
    if (x_ && !is_shared(x_) && (!push(cp, x_) || !push(cp, blame))) return false;                                              \
  } while (0)
  switch (kind) {
  case K_TUPLE: {
    const AiTuple *t = ai_as_tuple(w);
    for (int64_t i = t->len; i-- > 0;) PUSH(t->items[i]);
    break;
  }
  case K_LIST: {
    const AiList *l = ai_as_list(w);
    for (int64_t i = l->len; i-- > 0;) PUSH(l->items[i]);
    break;
  }
  case K_DICT: {
    const AiDict *d = ai_as_dict(w);
    for (int64_t i = d->nentries; i-- > 0;)
      if (d->entries[i].key) {
        PUSH(d->entries[i].value);
        PUSH(d->entries[i].key);
      }
    break;
  }
  case K_SET: {
    AiSet *s = ai_as_set(w);
    /* in iteration order: collect, then push backwards */
    size_t mark = cp->sp;
    for (int64_t i = 0; i <= s->mask; i++) {
      ai_word k = s->table[i].key;
      if (k && k != AI_SET_DUMMY) PUSH(k);
    }
    /* reverse the pairs pushed since mark */
    for (size_t a = mark, b = cp->sp - 2; cp->sp > mark && a < b; a += 2, b -= 2) {
      ai_word k = cp->stack[a];
      cp->stack[a] = cp->stack[b];
      cp->stack[b] = k;
    }
    break;
  }
  case K_DEQUE: {
    AiDeque *q = (AiDeque *)ai_obj(w);
    for (int64_t i = q->len; i-- > 0;) PUSH(ai_cdeque_at(q, i));
    break;
  }
  case K_DOWN: {
    const AiDown *d = (const AiDown *)ai_obj(w);
    PUSH(d->reason);
    PUSH(d->pid);
    PUSH(d->ref);
    break;
  }
  case K_EXIT: {
    const AiExitMsg *e = (const AiExitMsg *)ai_obj(w);
    PUSH(e->reason);
    PUSH(e->pid);
    break;
  }
  case K_EXCEPTION: {
    /* what deepcopy keeps of an exception (its reduce: type, args, __dict__),
     * and the message; not its traceback, cause or context */
    const AiException *x = (const AiException *)ai_obj(w);
    PUSH(x->dict);
    PUSH(x->args);
    PUSH(x->msg);
    break;
  }
  case K_INSTANCE:
    for (int64_t i = dn->nslots; i-- > 0;)
      if (dn->slot_kinds[i] != 'f') PUSH(words[2 + i]);
    break;
  case K_FUNCTION:
    for (int64_t i = function_ncells(w); i-- > 0;) PUSH(words[3 + i]);
    break;
  case K_CELL: PUSH(words[2]); break;
  }
#undef PUSH
  return true;
}

/* Adds the size of everything w reaches (not measured yet) to cp->size;
 * false with TypeError (or MemoryError) pending when something cannot be sent. */
static bool measure(copier *cp, ai_word root) {
  if (!root || is_shared(root)) return true;
  cp->sp = 0;
  if (!push(cp, root) || !push(cp, 0)) return false;
  while (cp->sp) {
    ai_word blame = cp->stack[--cp->sp];
    ai_word w = cp->stack[--cp->sp];
    memo_slot *m = memo_find(cp, w);
    if (m->src) continue;
    const AiClassDunders *dn = NULL;
    int kind = kind_of(w, &dn);
    if (kind == K_UNSENDABLE) {
      ai_raise_fmt(&ai_exc_TypeError, "cannot send '%s' object to an actor", ai_type_name(blame ? blame : w));
      return false;
    }
    if (!memo_add(cp, w)) return false;
    cp->size += node_size(w, kind, dn);
    if (!push_children(cp, w, kind, dn, (blame || is_container_kind(kind)) ? blame : w)) return false;
  }
  return true;
}

/* ------------------------------------------------------------------ pass 2: copy */

static void *take(copier *cp, size_t n) {
  char *p = cp->pos;
  ai_chunk_set_start(cp->c, p);
  cp->pos += R16(n);
  return p;
}

static bool note_table(copier *cp, ai_word copy) {
  if (cp->ntables == cp->tcap) {
    size_t n = cp->tcap ? cp->tcap * 2 : 16;
    ai_word *t = realloc(cp->tables, n * sizeof(ai_word));
    if (!t) return out_of_memory();
    cp->tables = t;
    cp->tcap = n;
  }
  cp->tables[cp->ntables++] = copy;
  return true;
}

/* The copy of w: leaves are copied at once; other objects get their shell
 * (header, lengths, blocks) and are queued to have their words filled. */
static ai_word place(copier *cp, ai_word w, bool *ok) {
  if (!w || is_shared(w)) return w;
  memo_slot *m = memo_find(cp, w);
  if (m->dst) return m->dst;
  const AiClassDunders *dn = NULL;
  int kind = kind_of(w, &dn);
  const AiObject *src = ai_obj(w);
  void *p = NULL;
  bool fill = true;
  switch (kind) {
  case K_STR:
  case K_INT:
  case K_FLOAT:
  case K_COMPLEX:
  case K_PID:
  case K_FCELL: {
    size_t n = kind == K_STR       ? sizeof(AiStr) + (size_t)ai_as_str(w)->nbytes + 1
               : kind == K_FLOAT   ? sizeof(AiFloat)
               : kind == K_COMPLEX ? sizeof(AiComplex)
               : kind == K_PID   ? sizeof(AiPid)
               : kind == K_FCELL ? sizeof(AiObject) + sizeof(ai_word)
                                 : sizeof(AiInt) + (size_t)(ai_as_int(w)->size < 0 ? -ai_as_int(w)->size : ai_as_int(w)->size) * sizeof(uint32_t);
    p = take(cp, n);
    memcpy(p, src, n);
    if (kind != K_FLOAT) ((AiObject *)p)->gc = 0; /* a float box has no `gc` word (aithon.h AiFloat) */
    fill = false;
    break;
  }
  case K_BYTES: {
    const AiBytes *b = (const AiBytes *)src;
    AiBytes *c = take(cp, sizeof(AiBytes) + (size_t)b->len + 1);
    c->ob.type = b->ob.type;
    c->ob.gc = 0;
    c->len = c->cap = b->len;
    c->hash = b->hash;
    c->data = (uint8_t *)(c + 1);
    c->buf = 0;
    if (b->len) memcpy(c->data, b->data, (size_t)b->len);
    p = c;
    fill = false;
    break;
  }
  case K_TUPLE: {
    AiTuple *t = take(cp, sizeof(AiTuple) + (size_t)ai_as_tuple(w)->len * sizeof(ai_word));
    t->len = ai_as_tuple(w)->len;
    t->hash = -1; /* may hold an identity-hashed object: computed again when needed */
    p = t;
    break;
  }
  case K_LIST: {
    AiList *l = take(cp, sizeof(AiList));
    l->len = ai_as_list(w)->len;
    l->cap = l->len ? l->len : 1;
    l->items = take(cp, (size_t)l->cap * sizeof(ai_word));
    p = l;
    break;
  }
  case K_DICT: {
    const AiDict *s = ai_as_dict(w);
    AiDict *d = take(cp, dict_header(src->type));
    if (src->type == &ai_type_defaultdict) ((AiDefaultDict *)d)->factory = ((const AiDefaultDict *)s)->factory;
    if (s->used) {
      int64_t size = dict_index_size(s->used);
      d->cap = (size << 1) / 3;
      d->mask = size - 1;
      d->entries = take(cp, (size_t)d->cap * sizeof(AiDictEntry));
      d->index = take(cp, (size_t)size * sizeof(int32_t));
      if (!note_table(cp, ai_w(d))) {
        *ok = false;
        return 0;
      }
    }
    p = d;
    break;
  }
  case K_SET: {
    AiSet *d = take(cp, sizeof(AiSet));
    int64_t size = set_table_size(ai_as_set(w)->used);
    d->mask = size - 1;
    d->hash = -1;
    d->table = take(cp, (size_t)size * sizeof(AiSetEntry));
    if (ai_as_set(w)->used && !note_table(cp, ai_w(d))) {
      *ok = false;
      return 0;
    }
    p = d;
    break;
  }
  case K_DEQUE: {
    const AiDeque *s = (const AiDeque *)src;
    AiDeque *d = take(cp, sizeof(AiDeque));
    d->len = s->len;
    d->cap = deque_cap(s->len);
    d->maxlen = s->maxlen;
    if (d->cap) d->items = take(cp, (size_t)d->cap * sizeof(ai_word));
    p = d;
    break;
  }
  case K_DOWN: p = take(cp, sizeof(AiDown)); break;
  case K_EXIT: p = take(cp, sizeof(AiExitMsg)); break;
  case K_EXCEPTION: p = take(cp, sizeof(AiException)); break;
  default: {
    /* instances, functions, cells: header and raw words (unboxed floats
     * included); the words that hold values are replaced by the fill */
    size_t exact = kind == K_INSTANCE ? sizeof(AiObject) + (size_t)dn->nslots * sizeof(ai_word)
                   : kind == K_FUNCTION ? sizeof(AiObject) + (size_t)(1 + function_ncells(w)) * sizeof(ai_word)
                                        : sizeof(AiObject) + sizeof(ai_word);
    p = take(cp, exact);
    memcpy(p, src, exact);
    ((AiObject *)p)->gc = 0;
  }
  }
  ((AiObject *)p)->type = src->type;
  m->dst = ai_w(p);
  if (fill && !push(cp, w)) {
    *ok = false;
    return 0;
  }
  return ai_w(p);
}

/* Whether the copy of key k hashes as k does (its hash depends on its value
 * only): else the copy is hashed again. `depth` bounds the look into tuples. */
static bool hash_survives_copy(ai_word k, int depth) {
  if (!k || is_shared(k)) return true;
  const AiType *t = ai_obj(k)->type;
  if (t == &ai_type_str || t == &ai_type_int || t == &ai_type_float || t == &ai_type_pid) return true;
  if (depth > 8) return false;
  if (t == &ai_type_tuple) {
    const AiTuple *tu = ai_as_tuple(k);
    for (int64_t i = 0; i < tu->len; i++)
      if (!hash_survives_copy(tu->items[i], depth + 1)) return false;
    return true;
  }
  if (t == &ai_type_frozenset) {
    AiSet *s = ai_as_set(k);
    for (int64_t i = 0; i <= s->mask; i++) {
      ai_word e = s->table[i].key;
      if (e && e != AI_SET_DUMMY && !hash_survives_copy(e, depth + 1)) return false;
    }
    return true;
  }
  return false;
}

/* Fills the words of the copy of w (queued by place). */
static bool fill(copier *cp, ai_word w) {
  bool ok = true;
  ai_word dst = memo_find(cp, w)->dst;
  const AiClassDunders *dn = NULL;
  int kind = kind_of(w, &dn);
#define P(x) place(cp, (x), &ok)
  switch (kind) {
  case K_TUPLE: {
    const AiTuple *s = ai_as_tuple(w);
    AiTuple *d = ai_as_tuple(dst);
    for (int64_t i = 0; i < s->len && ok; i++) d->items[i] = P(s->items[i]);
    break;
  }
  case K_LIST: {
    const AiList *s = ai_as_list(w);
    AiList *d = ai_as_list(dst);
    /* the source may not have changed between the passes (nothing runs in between) */
    for (int64_t i = 0; i < s->len && ok; i++) d->items[i] = P(s->items[i]);
    break;
  }
  case K_DICT: {
    const AiDict *s = ai_as_dict(w);
    AiDict *d = ai_as_dict(dst);
    int64_t n = 0;
    for (int64_t i = 0; i < s->nentries && ok; i++) {
      const AiDictEntry *e = &s->entries[i];
      if (!e->key) continue;
      d->entries[n].key = P(e->key);
      d->entries[n].value = P(e->value);
      /* -1 (never a hash): hashed again once all is copied */
      d->entries[n].hash = hash_survives_copy(e->key, 0) ? e->hash : -1;
      n++;
    }
    d->nentries = d->used = n;
    break;
  }
  case K_SET: {
    /* the copied keys in iteration order, at the start of the table, until
     * finish_tables inserts them as set(list) would */
    AiSet *s = ai_as_set(w);
    AiSet *d = ai_as_set(dst);
    int64_t n = 0;
    for (int64_t i = 0; i <= s->mask && ok; i++) {
      ai_word k = s->table[i].key;
      if (!k || k == AI_SET_DUMMY) continue;
      d->table[n].key = P(k);
      d->table[n].hash = hash_survives_copy(k, 0) ? s->table[i].hash : -1;
      n++;
    }
    d->used = d->fill = n;
    break;
  }
  case K_DEQUE: {
    AiDeque *s = (AiDeque *)ai_obj(w);
    AiDeque *d = (AiDeque *)ai_obj(dst);
    for (int64_t i = 0; i < s->len && ok; i++) d->items[i] = P(ai_cdeque_at(s, i));
    break;
  }
  case K_DOWN: {
    const AiDown *s = (const AiDown *)ai_obj(w);
    AiDown *d = (AiDown *)ai_obj(dst);
    d->ref = P(s->ref);
    d->pid = P(s->pid);
    d->reason = P(s->reason);
    break;
  }
  case K_EXIT: {
    const AiExitMsg *s = (const AiExitMsg *)ai_obj(w);
    AiExitMsg *d = (AiExitMsg *)ai_obj(dst);
    d->pid = P(s->pid);
    d->reason = P(s->reason);
    break;
  }
  case K_EXCEPTION: {
    const AiException *s = (const AiException *)ai_obj(w);
    AiException *d = (AiException *)ai_obj(dst);
    d->msg = P(s->msg);
    d->args = P(s->args);
    d->dict = P(s->dict);
    break;
  }
  case K_INSTANCE: {
    const ai_word *from = (const ai_word *)ai_obj(w);
    ai_word *to = (ai_word *)ai_obj(dst);
    for (int64_t i = 0; i < dn->nslots && ok; i++)
      if (dn->slot_kinds[i] != 'f') to[2 + i] = P(from[2 + i]);
    break;
  }
  case K_FUNCTION: {
    const ai_word *from = (const ai_word *)ai_obj(w);
    ai_word *to = (ai_word *)ai_obj(dst);
    for (int64_t i = 0; i < function_ncells(w) && ok; i++) to[3 + i] = P(from[3 + i]);
    break;
  }
  case K_CELL: ((ai_word *)ai_obj(dst))[2] = P(((const ai_word *)ai_obj(w))[2]); break;
  }
#undef P
  return ok;
}

/* Copies what root reaches into the fragment (measured before). */
static ai_word copy_root(copier *cp, ai_word root, bool *ok) {
  cp->sp = 0;
  ai_word out = place(cp, root, ok);
  while (*ok && cp->sp) *ok = fill(cp, cp->stack[--cp->sp]);
  return out;
}

/* Probing of obj/dict.c and obj/set.c (CPython's): the slot a new key takes. */
static bool rehash(AiDictEntry *e) {
  if (e->hash != -1) return true;
  e->hash = ai_hash(e->key);
  return e->hash != -1;
}

/* The hash tables of the copied dicts and sets: every key is complete now, so
 * keys hashed by identity (or by a __hash__ over their contents) can be
 * hashed. Sets are laid out as set(list(source)) lays them out (CPython's
 * deepcopy of a set), growing table by table, so iteration orders agree. */
static bool finish_tables(copier *cp) {
  for (size_t t = 0; t < cp->ntables; t++) {
    ai_word w = cp->tables[t];
    if (ai_is_anyset(w)) {
      AiSet *s = ai_as_set(w);
      int64_t n = s->used, final = s->mask + 1;
      AiSetEntry *keys = malloc((size_t)n * sizeof(AiSetEntry));
      if (!keys) return out_of_memory();
      memcpy(keys, s->table, (size_t)n * sizeof(AiSetEntry));
      for (int64_t i = 0; i < n; i++)
        if (keys[i].hash == -1 && (keys[i].hash = ai_hash(keys[i].key)) == -1) {
          free(keys);
          return false;
        }
      /* replay the insertions and resizes of set(list) */
      int64_t size = 8;
      AiSetEntry *table = calloc((size_t)size, sizeof(AiSetEntry));
      if (!table) {
        free(keys);
        return out_of_memory();
      }
      for (int64_t used = 1; used <= n; used++) {
        ai_set_table_insert_clean(table, (uint64_t)size - 1, keys[used - 1].key, keys[used - 1].hash);
        if ((uint64_t)used * 5 >= (uint64_t)(size - 1) * 3) {
          int64_t minused = used > 50000 ? used * 2 : used * 4, ns = 8;
          while (ns <= minused) ns <<= 1;
          AiSetEntry *nt = calloc((size_t)ns, sizeof(AiSetEntry));
          if (!nt) {
            free(keys);
            free(table);
            return out_of_memory();
          }
          for (int64_t i = 0; i < size; i++)
            if (table[i].key) ai_set_table_insert_clean(nt, (uint64_t)ns - 1, table[i].key, table[i].hash);
          free(table);
          table = nt;
          size = ns;
        }
      }
      free(keys);
      if (size != final) { /* set_table_size and this replay disagree: a bug, never a wrong table */
        free(table);
        ai_raise_fmt(&ai_exc_SystemError, "message copy: set table of %lld entries, expected %lld", (long long)size, (long long)final);
        return false;
      }
      memcpy(s->table, table, (size_t)size * sizeof(AiSetEntry));
      free(table);
    } else {
      AiDict *d = ai_as_dict(w);
      memset(d->index, 0xff, (size_t)(d->mask + 1) * sizeof(int32_t));
      for (int64_t k = 0; k < d->nentries; k++) {
        AiDictEntry *e = &d->entries[k];
        if (!rehash(e)) return false;
        ai_dict_index_insert_clean(d, e->hash, (int32_t)k);
      }
    }
  }
  return true;
}

static bool new_dest(copier *cp, ai_chunk **frag) {
  *frag = NULL;
  if (cp->size == 0) return true;
  cp->c = cp->space ? ai_chunk_place(cp->space, cp->space_cap, cp->size, AI_CHUNK_FRAGMENT) : NULL;
  if (!cp->c) cp->c = ai_chunk_new(cp->size, AI_CHUNK_FRAGMENT);
  if (!cp->c) return out_of_memory();
  cp->pos = cp->c->data;
  *frag = cp->c;
  return true;
}

/* After the copy pass: tables, then a check that both passes agree. */
static bool end_copy(copier *cp, bool ok, ai_chunk **frag) {
  if (ok) ok = finish_tables(cp);
  if (ok && cp->c && (size_t)(cp->pos - cp->c->data) != cp->size) {
    ai_raise_fmt(&ai_exc_SystemError, "message copy: %zu bytes copied, %zu measured", (size_t)(cp->pos - cp->c->data), cp->size);
    ok = false;
  }
  if (!ok && *frag) {
    ai_chunk_free(*frag);
    *frag = NULL;
  }
  copier_free(cp);
  return ok;
}

/* The memo of the measure pass is reused by the copy pass: its entries' dst
 * start at 0 (placed on first reach). */

/* Out of line: its frame holds the copier (1.6 KiB with the inline memo),
 * which the common message below never needs (setting up that frame cost a
 * tenth of a fan-in's send). */
static __attribute__((noinline)) bool copy_n(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag, void *space, size_t cap) {
  *frag = NULL;
  copier cp;
  copier_init(&cp);
  cp.space = space;
  cp.space_cap = cap;
  for (int64_t i = 0; i < n; i++)
    if (!measure(&cp, ws[i])) return end_copy(&cp, false, frag);
  if (!new_dest(&cp, frag)) return end_copy(&cp, false, frag);
  bool ok = true;
  for (int64_t i = 0; i < n && ok; i++) out[i] = copy_root(&cp, ws[i], &ok);
  return end_copy(&cp, ok, frag);
}

bool ai_msg_copy_n_into(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag, void *space, size_t cap) {
  *frag = NULL;
  /* the common message (a small int, None, a static reason) needs no copier:
   * setting one up clears its inline memo, which cost more than the send */
  int64_t nshared = 0;
  while (nshared < n && (!ws[nshared] || is_shared(ws[nshared]))) nshared++;
  if (nshared < n) return copy_n(ws, n, out, frag, space, cap);
  for (int64_t i = 0; i < n; i++) out[i] = ws[i];
  return true;
}

bool ai_msg_copy_n(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag) { return ai_msg_copy_n_into(ws, n, out, frag, NULL, 0); }

bool ai_msg_copy(ai_word w, ai_word *out, ai_chunk **frag) { return ai_msg_copy_n(&w, 1, out, frag); }

/* A Down or Exit message about `who` with a copy of `reason`. */
static bool build_signal(bool down, ai_word ref, ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag) {
  copier cp;
  copier_init(&cp);
  *frag = NULL;
  bool ok = measure(&cp, reason);
  if (!ok && reason && !ai_is_small(reason) && ai_is_exception(reason)) {
    /* a crash whose exception holds something unsendable in its args or
     * attributes (the reference shares it then): its type and message */
    ai_exc_clear();
    copier_free(&cp);
    copier_init(&cp);
    ai_word text = ai_exc_str(reason);
    ai_word bare = text ? ai_exc_new(ai_obj(reason)->type, text) : 0;
    if (bare) {
      reason = bare;
      ok = measure(&cp, reason);
    }
  }
  if (!ok) {
    if (!down) return end_copy(&cp, false, frag);
    /* a monitor is told in any case: with reason 'normal' when the real one cannot be sent */
    ai_exc_clear();
    copier_free(&cp);
    copier_init(&cp);
    reason = ai_actor_reason_normal();
  }
  cp.size += R16(down ? sizeof(AiDown) : sizeof(AiExitMsg)) + R16(sizeof(AiPid));
  if (!new_dest(&cp, frag)) return end_copy(&cp, false, frag);
  void *msg = take(&cp, down ? sizeof(AiDown) : sizeof(AiExitMsg));
  AiPid *pp = take(&cp, sizeof(AiPid));
  pp->ob.type = &ai_type_pid;
  pp->pid = who;
  ok = true;
  ai_word r = copy_root(&cp, reason, &ok);
  if (down) {
    AiDown *d = msg;
    d->ob.type = &ai_type_down;
    d->ref = ref;
    d->pid = ai_w(pp);
    d->reason = r;
  } else {
    AiExitMsg *e = msg;
    e->ob.type = &ai_type_exit_msg;
    e->pid = ai_w(pp);
    e->reason = r;
  }
  *out = ai_w(msg);
  return end_copy(&cp, ok, frag);
}

bool ai_msg_build_down(ai_word ref, ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag) { return build_signal(true, ref, who, reason, out, frag); }

bool ai_msg_build_exit(ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag) { return build_signal(false, 0, who, reason, out, frag); }
