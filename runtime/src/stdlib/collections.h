/* stdlib/collections.h — internals of the collections module
 * (stdlib/collections.c). The ABI is in aithon_stdlib.h.
 *
 * GC layout (no type is registered with the collector: scanned conservatively):
 *   AiDeque {ob, len, cap, head, maxlen, state, items}: `items` is an
 *     ai_alloc'd ring of `cap` words (power of two); the live ones are
 *     items[(head + i) & (cap - 1)] for i < len.
 *   AiDequeIter {ob, deque, index, counter, state}: the deque word.
 *   defaultdict: AiDefaultDict {AiDict, factory}; Counter and OrderedDict:
 *     an AiDict whose type is theirs (dict subtypes: type->base == dict).
 */
#ifndef AI_STDLIB_COLLECTIONS_H
#define AI_STDLIB_COLLECTIONS_H

#include "stdlib/common.h"

typedef struct AiDeque {
  AiObject ob;
  int64_t len, cap, head;
  int64_t maxlen;  /* -1: unbounded */
  uint64_t state;  /* bumped by every structural change (iterators check it) */
  ai_word *items;
} AiDeque;

typedef struct AiDefaultDict {
  AiDict d;
  int64_t factory; /* AI_DD_* */
  /* A compiled function as the factory (factory is then 0): make(env) calls it. */
  ai_word (*make)(ai_word env);
  ai_word env;
} AiDefaultDict;

extern const AiType ai_type_deque, ai_type_defaultdict, ai_type_counter, ai_type_ordereddict;

static inline bool ai_is_cdeque(ai_word w) { return ai_has_type(w, &ai_type_deque); }
static inline AiDeque *ai_as_cdeque(ai_word w) { return (AiDeque *)(intptr_t)w; }
static inline ai_word ai_cdeque_at(AiDeque *d, int64_t i) { return d->items[(d->head + i) & (d->cap - 1)]; }

/* append on the right / left, honouring maxlen */
bool ai_cdeque_push(AiDeque *d, ai_word v);
bool ai_cdeque_push_left(AiDeque *d, ai_word v);
/* a new empty deque (maxlen -1 unbounded) */
AiDeque *ai_cdeque_alloc(int64_t maxlen);
/* the factory kind of a defaultdict */
int64_t ai_defaultdict_factory(ai_word dd);
/* a new empty defaultdict / Counter / OrderedDict */
ai_word ai_defaultdict_empty(int64_t factory);
/* a new empty defaultdict with the factory of defaultdict `dd` */
ai_word ai_defaultdict_like(ai_word dd);
ai_word ai_counter_empty(void);
ai_word ai_ordereddict_empty(void);

#endif
