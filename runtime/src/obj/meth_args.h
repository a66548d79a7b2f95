/* obj/meth_args.h — argument checks of the methods written in C (the builtin
 * types' in obj/methods_*.c, the C stdlib modules' through stdlib/common.h),
 * with CPython's wording. Internal. */
#ifndef AI_OBJ_METH_ARGS_H
#define AI_OBJ_METH_ARGS_H

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/singletons.h"
#include "obj/userclass.h"

/* METH_O: "deque.append() takes exactly one argument (0 given)" */
static inline bool ai_meth_o(const char *qual, int64_t nargs, ai_word kwnames) {
  if (ai_kw_count(kwnames)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() takes no keyword arguments", qual);
    return false;
  }
  if (nargs == 1) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s() takes exactly one argument (%lld given)", qual, (long long)nargs);
  return false;
}

/* METH_NOARGS: "deque.pop() takes no arguments (1 given)" */
static inline bool ai_meth_noargs(const char *qual, int64_t nargs, ai_word kwnames) {
  if (ai_kw_count(kwnames)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() takes no keyword arguments", qual);
    return false;
  }
  if (nargs == 0) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s() takes no arguments (%lld given)", qual, (long long)nargs);
  return false;
}

/* an int/bool word (or what an instance's __index__ gives) as int64 (big ints clamped to +-2**62), else TypeError
 * "'str' object cannot be interpreted as an integer" */
static inline bool ai_index_arg(ai_word w, int64_t *out) {
  if (ai_is_small(w)) {
    *out = ai_small_val(w);
    return true;
  }
  if (ai_is_bool(w)) {
    *out = w == AI_TRUE_W;
    return true;
  }
  /* an IntEnum member, an int subclass's instance, an instance with __index__: CPython's nb_index */
  ai_word held;
  if (ai_obj(w)->type != &ai_type_int && !ai_class_index_value(w, &held)) {
    if (!ai_exc_pending()) ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(w));
    return false;
  }
  if (ai_obj(w)->type != &ai_type_int) return ai_index_arg(held, out);
  if (!ai_int_to_i64(w, out)) *out = ai_int_sign(w) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  return true;
}

#endif
