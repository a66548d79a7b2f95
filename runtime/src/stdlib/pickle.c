/*
 * stdlib/pickle.c — instances of compiled classes for the Python-written
 * pickle module (compiler/pylib/pickle.py), through the native module
 * `_aithon_pickle`. An instance's attributes live in slots the compiler laid
 * out; a class whose instances reach these functions has escaped (the
 * compiler marks the argument types), so its AiClassDunders name every slot
 * (AI_ATTR_SLOT entries) and every slot holds a word. Class objects are
 * found by their `module.Qualname`, as CPython's find_class finds them.
 */
#include "aithon_pickle.h"

#include <string.h>

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/object.h"
#include "obj/str.h"
#include "obj/userclass.h"

/* The class of a type whose instances are plain slots of attributes: not an exception class, not one
 * holding a built-in value (`class Name(str)`; `class Registry(dict)` keeps its dict in the slot
 * `_builtin_value`, builtin-subclasses.ts), not an enum (desugar.ts gives it `_aithon_members`), whose
 * pickles CPython makes otherwise. */
static const AiClassDunders *plain_class(const AiType *t) {
  const AiExtSlots *x = t ? ai_ext_slots(t) : NULL;
  if (!x || !x->user || ai_type_is_subtype(t, &ai_exc_BaseException)) return NULL;
  const AiClassDunders *d = x->user;
  if (d->nslots < 0 || d->value || ai_class_defines(t, "_aithon_members", strlen("_aithon_members")) == 1) return NULL;
  for (int64_t i = 0; i < d->nattrs; i++)
    if (d->attrs[i].kind == AI_ATTR_SLOT && strcmp(d->attrs[i].name, "_builtin_value") == 0) return NULL;
  return d;
}

static const AiClassDunders *class_of(ai_word o) { return ai_is_small(o) ? NULL : plain_class(ai_obj(o)->type); }

bool ai_pickle_is_instance(ai_word o) { return class_of(o) != NULL; }

bool ai_pickle_defines(ai_word o, ai_word name) {
  if (ai_is_small(o) || !ai_is_str(name)) return false;
  const AiStr *n = ai_as_str(name);
  return ai_class_defines(ai_obj(o)->type, n->data, (size_t)n->nbytes) == 1;
}

ai_word ai_pickle_instance_state(ai_word o) {
  const AiClassDunders *d = class_of(o);
  if (!d) {
    ai_raise_fmt(&ai_exc_TypeError, "unsupported: the state of a '%s' object", ai_type_name(o));
    return 0;
  }
  const ai_word *slots = (const ai_word *)(ai_obj(o) + 1); /* slots follow the header */
  ai_word dict = 0;
  for (int64_t i = 0; i < d->nattrs; i++) {
    const AiClassAttr *a = &d->attrs[i];
    if (a->kind != AI_ATTR_SLOT || !slots[a->index]) continue;
    if (!dict) dict = ai_dict_new();
    if (strcmp(a->name, "__aithon_dict__") == 0) {
      /* the instance's own dict of the attributes without a slot (userclass.c extra_dict_slot) */
      if (!ai_dict_update_from(dict, slots[a->index], "update")) return 0;
      continue;
    }
    if (!ai_dict_set(dict, ai_str_from_utf8(a->name, (int64_t)strlen(a->name)), slots[a->index])) return 0;
  }
  if (!dict && d->nslots > 0 && d->nattrs == 0) {
    ai_raise_fmt(&ai_exc_RuntimeError, "internal: the attributes of '%s' are not known by name", ai_type_name(o));
    return 0;
  }
  return dict ? dict : AI_NONE_W;
}

ai_word ai_pickle_find_class(ai_word qualified) {
  if (!ai_is_str(qualified)) return AI_NONE_W;
  const AiStr *q = ai_as_str(qualified);
  ai_word c = ai_class_object_named(q->data, (size_t)q->nbytes);
  return c ? c : AI_NONE_W;
}

ai_word ai_pickle_new_instance(ai_word cls) {
  const AiType *t = ai_class_object_class(cls);
  const AiClassDunders *d = plain_class(t);
  if (!d) {
    ai_raise_fmt(&ai_exc_TypeError, "unsupported: making an instance of %s without calling it", t ? t->name : ai_type_name(cls));
    return 0;
  }
  AiObject *o = ai_alloc(sizeof(AiObject) + (size_t)d->nslots * sizeof(ai_word)); /* zeroed: no slot set */
  if (!o) return 0;
  o->type = t;
  return ai_w(o);
}
