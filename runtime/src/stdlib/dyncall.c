/*
 * stdlib/dyncall.c — a method called by a name known only at run time, for
 * the Python-written operator.methodcaller (compiler/pylib/operator.py),
 * through the native module `_aithon_dynamic`.
 */
#include "aithon_dyncall.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/object.h"

ai_word ai_dyn_call_method(ai_word self, ai_word name, ai_word args) {
  int64_t n = 0;
  const ai_word *items = ai_seq_items(args, &n);
  if (!items) {
    ai_raise_fmt(&ai_exc_TypeError, "call_method() arguments must be a tuple, not %s", ai_type_name(args));
    return 0;
  }
  if (!ai_is_str(name)) {
    ai_raise_fmt(&ai_exc_TypeError, "method name must be a string");
    return 0;
  }
  return ai_call_method(self, name, n, items, 0);
}
