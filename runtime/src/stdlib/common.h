/* stdlib/common.h — small helpers shared by the stdlib modules written in C
 * (collections, itertools, heapq, bisect, copy): argument checks with
 * CPython's wording, index conversion, str building. Internal. */
#ifndef AI_STDLIB_COMMON_H
#define AI_STDLIB_COMMON_H

#include "aithon_stdlib.h"
#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/ext.h"
#include "obj/singletons.h"
#include "obj/str.h"

/* METH_O: "deque.append() takes exactly one argument (0 given)" */
static inline bool ai_sl_meth_o(const char *qual, int64_t nargs, ai_word kwnames) {
  if (ai_kw_count(kwnames)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() takes no keyword arguments", qual);
    return false;
  }
  if (nargs == 1) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s() takes exactly one argument (%lld given)", qual, (long long)nargs);
  return false;
}

/* METH_NOARGS: "deque.pop() takes no arguments (1 given)" */
static inline bool ai_sl_meth_noargs(const char *qual, int64_t nargs, ai_word kwnames) {
  if (ai_kw_count(kwnames)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() takes no keyword arguments", qual);
    return false;
  }
  if (nargs == 0) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s() takes no arguments (%lld given)", qual, (long long)nargs);
  return false;
}

/* an int/bool word as int64 (big ints clamped to +-2**62), else TypeError
 * "'str' object cannot be interpreted as an integer" */
static inline bool ai_sl_index(ai_word w, int64_t *out) {
  if (ai_is_small(w)) {
    *out = ai_small_val(w);
    return true;
  }
  if (ai_is_bool(w)) {
    *out = w == AI_TRUE_W;
    return true;
  }
  if (ai_obj(w)->type == &ai_type_int) {
    if (!ai_int_to_i64(w, out)) *out = ai_int_sign(w) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
  }
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(w));
  return false;
}

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
