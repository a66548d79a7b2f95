/* obj/classobj.c — compiled classes as run-time values.
 *
 * Each compiled class has one class object, a constant the compiler emits:
 * an AiObject of type `type` pointing at the class's AiType. Where the static
 * type of a class value is lost (a dict of classes used as a factory table, a
 * list mixing classes) it identifies the class; calls of such values are
 * compiled as a switch over the known classes, testing identity. */
#include "obj/ext.h"
#include "obj/object.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <stdio.h>
#include <string.h>

typedef struct AiClassObject {
  AiObject ob;
  const AiType *cls;
} AiClassObject;

const AiType ai_type_type = {"type", NULL};

static ai_word class_repr(ai_word o) {
  char buf[160];
  int n = snprintf(buf, sizeof buf, "<class '__main__.%s'>", ((const AiClassObject *)(intptr_t)o)->cls->name);
  return ai_str_from_utf8(buf, n);
}

static ai_word class_getattr(ai_word o, ai_word name, bool *found) {
  const AiStr *n = ai_as_str(name);
  if ((n->nbytes == 8 && memcmp(n->data, "__name__", 8) == 0) || (n->nbytes == 12 && memcmp(n->data, "__qualname__", 12) == 0)) {
    *found = true;
    const char *s = ((const AiClassObject *)(intptr_t)o)->cls->name;
    return ai_str_from_utf8(s, (int64_t)strlen(s));
  }
  return 0;
}

static const AiExtSlots class_slots = {.type = &ai_type_type, .repr = class_repr, .getattr = class_getattr};

/* Class objects are constants the compiler emits; their slots are registered with the classes (ai_class_register). */
void ai_class_object_register(void) { ai_ext_register(&class_slots); }

bool ai_is_class_object(ai_word w, const AiType *cls) {
  return !ai_is_small(w) && ai_obj(w)->type == &ai_type_type && ((const AiClassObject *)(intptr_t)w)->cls == cls;
}
