/* obj/singletons.c — built-in types and singletons. */
#include "obj/singletons.h"

#include "exc/exception.h"

#include <string.h>

const AiType ai_type_int = {"int", NULL};
const AiType ai_type_float = {"float", NULL};
const AiType ai_type_str = {"str", NULL};
const AiType ai_type_bool = {"bool", &ai_type_int};
const AiType ai_type_none = {"NoneType", NULL};

AiObject ai_None = {&ai_type_none, 0};
AiObject ai_True = {&ai_type_bool, 0};
AiObject ai_False = {&ai_type_bool, 0};

ai_word ai_box_bool(bool b) { return ai_bool_word(b); }

const AiType *ai_type_of(ai_word w) {
  if (ai_is_small(w)) return &ai_type_int;
  return ai_obj(w)->type;
}

const char *ai_type_name(ai_word w) { return ai_type_of(w)->name; }

ai_word ai_builtin_type_name(ai_word w) {
  const char *name = ai_type_name(w);
  return ai_str_from_utf8(name, (int64_t)strlen(name));
}

ai_word ai_function_id(ai_word w, const AiType *function_type) {
  if ((w & 1) || ai_type_of(w) != function_type) return (ai_word)-1; /* the small int -1 */
  /* A closure: { type, gc, i64 function id, cells... } (see the emitter's closure.new). */
  int64_t id = ((const int64_t *)(uintptr_t)w)[2];
  return (ai_word)(((uint64_t)id << 1) | 1);
}

void ai_raise_not_callable(ai_word w) {
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not callable", ai_type_name(w));
}
