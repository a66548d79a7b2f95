/*
 * obj/isinstance.c — isinstance() for any value against a type object: the
 * built-in types (bool is a subclass of int), exception classes and the
 * classes the compiler emits, which share AiType's { name, base } layout (and those whose instances are
 * also a built-in type's: value_type);
 * issubclass() of a class object (obj/classobj.c) whose static type is lost.
 */
#include "aithon.h"
#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/object.h"
#include "obj/userclass.h"

static bool derives(const AiType *t, const AiType *type) {
  const AiType *start = t;
  for (; t; t = t == &ai_type_bool ? &ai_type_int : t->base) {
    if (t == type) return true;
    if (t == &ai_type_bool && type == &ai_type_int) return true;
  }
  /* further bases (`class NotFound(AppError, LookupError)`): exception.c's subtype test knows them */
  return start != &ai_type_bool && ai_type_is_subtype(start, type);
}

bool ai_isinstance(ai_word o, const AiType *type) {
  const AiType *t = ai_is_small(o) ? &ai_type_int : ai_obj(o)->type;
  if (derives(t, type)) return true;
  /* a member of a str- or int-valued enum */
  const AiType *value_type = ai_is_small(o) ? NULL : ai_class_value_type(t);
  return value_type && derives(value_type, type);
}

const AiType *ai_class_object_class(ai_word o);
bool ai_type_is_object_class(const AiType *t);

bool ai_issubclass(ai_word cls, const AiType *type) {
  const AiType *t = ai_class_object_class(cls);
  if (!t) {
    ai_raise(&ai_exc_TypeError, "issubclass() arg 1 must be a class");
    return false;
  }
  if (derives(t, type)) return true;
  /* a str- or int-valued enum, a named tuple class (see value_type) */
  const AiType *value_type = ai_class_value_type(t);
  return value_type && derives(value_type, type);
}

/* isinstance(o, cls) with cls a value found at run time: a class object or a tuple of them (nested tuples too, as
 * CPython takes them). A pending TypeError when cls is neither. */
bool ai_isinstance_class_object(ai_word o, ai_word cls) {
  if (ai_is_tuple(cls)) {
    const AiTuple *t = ai_as_tuple(cls);
    for (int64_t i = 0; i < t->len; i++) {
      if (ai_isinstance_class_object(o, t->items[i])) return true;
      if (ai_exc_pending()) return false;
    }
    return false;
  }
  const AiType *t = ai_class_object_class(cls);
  if (!t) {
    ai_raise(&ai_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return false;
  }
  return ai_type_is_object_class(t) || ai_isinstance(o, t);
}
