/*
 * obj/method_value.c — bound methods found by name at run time.
 *
 * The compiler calls methods directly where it knows them; getattr(obj, name)
 * with a computed name that names a method (a visitor's
 * getattr(self, 'visit_' + kind)) gives one of these instead: the object and
 * the name, called through ai_call_method when the value is called
 * (ai_call_object).
 */
#include "aithon.h"

#include "exc/exception.h"
#include "mem/heap.h"
#include "obj/ext.h"
#include "obj/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct AiBoundMethod {
  AiObject ob;
  ai_word self;
  ai_word name;
} AiBoundMethod;

const AiType ai_type_method = {"method", NULL};

static ai_word method_repr(ai_word o) {
  const AiBoundMethod *m = (const AiBoundMethod *)(intptr_t)o;
  ai_word self_repr = ai_obj_repr(m->self);
  if (!self_repr) return 0;
  const AiStr *r = ai_as_str(self_repr);
  const AiStr *n = ai_as_str(m->name);
  const char *type = ai_type_name(m->self);
  size_t len = strlen(type) + (size_t)n->nbytes + (size_t)r->nbytes + 32;
  char *buf = malloc(len);
  if (!buf) abort();
  int k = snprintf(buf, len, "<bound method %s.%s of %s>", type, n->data, r->data);
  ai_word s = ai_str_from_utf8(buf, k);
  free(buf);
  return s;
}

static const AiExtSlots method_slots = {.type = &ai_type_method, .repr = method_repr};

ai_word ai_bound_method_new(ai_word self, ai_word name) {
  ai_ext_register(&method_slots);
  AiBoundMethod *m = ai_alloc(sizeof *m);
  if (!m) return 0;
  m->ob.type = &ai_type_method;
  m->self = self;
  m->name = name;
  return ai_w(m);
}

bool ai_is_bound_method(ai_word w) { return !ai_is_small(w) && ai_obj(w)->type == &ai_type_method; }

ai_word ai_bound_method_call(ai_word f, int64_t nargs, const ai_word *args) {
  const AiBoundMethod *m = (const AiBoundMethod *)(intptr_t)f;
  return ai_call_method(m->self, m->name, nargs, args, 0);
}

/* m(args..., k=v..., **mapping): the method found by name binds the keywords (mapping: a dict or 0). */
ai_word ai_bound_method_call_kw(ai_word f, int64_t nargs, const ai_word *args, ai_word kwnames, ai_word mapping) {
  const AiBoundMethod *m = (const AiBoundMethod *)(intptr_t)f;
  if (mapping) return ai_call_method_kw(m->self, m->name, nargs, args, kwnames, mapping);
  return ai_call_method(m->self, m->name, nargs, args, kwnames);
}

ai_word ai_obj_getattr_default(ai_word o, ai_word name, ai_word dflt) {
  ai_word v = ai_obj_getattr(o, name);
  if (v || !ai_exc_matches(&ai_exc_AttributeError)) return v;
  ai_exc_clear();
  return dflt;
}
