/* stdlib/common.h — small helpers shared by the stdlib modules written in C
 * (collections, itertools, heapq, bisect, copy): str building; the argument
 * checks are obj/meth_args.h's. Internal. */
#ifndef AI_STDLIB_COMMON_H
#define AI_STDLIB_COMMON_H

#include "aithon_stdlib.h"
#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/ext.h"
#include "obj/meth_args.h"
#include "obj/singletons.h"
#include "obj/str.h"

/* appends repr(v) to b; false when it raised */
static inline bool ai_sl_put_repr(ai_sbuf *b, ai_word v) {
  ai_word r = ai_obj_repr(v);
  if (!r) return false;
  ai_sbuf_put(b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  return true;
}

static inline void ai_sl_puts(ai_sbuf *b, const char *s) { ai_sbuf_put(b, s, strlen(s)); }

/* 1 when a < b, 0 not, -1 raised */
static inline int ai_sl_lt(ai_word a, ai_word b) {
  if (ai_is_small(a) && ai_is_small(b)) return a < b;
  return ai_obj_compare(AI_LT, a, b);
}

#endif
