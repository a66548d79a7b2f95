/* obj/classobj.c — classes as run-time values.
 *
 * Each compiled class has one class object, a constant the compiler emits:
 * an AiObject of type `type` pointing at the class's AiType. Where the static
 * type of a class value is lost (a dict of classes used as a factory table, a
 * list mixing classes) it identifies the class; calls of such values are
 * compiled as a switch over the known classes, testing identity. type(x)
 * returns these too, and makes one for a built-in type (int, str...) on first
 * use; a built-in's class object is called through ai_call_class_object. */
#include "exc/exception.h"
#include "obj/complex.h"
#include "obj/containers.h"
#include "obj/ext.h"
#include "obj/object.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct AiClassObject {
  AiObject ob;
  const AiType *cls;
  /* `module.Qualname` of a compiled class (`__main__.Point`, `shapes.Circle`), as
   * its repr shows it; NULL for a built-in type, whose repr is `<class 'int'>`. */
  const char *qualified;
} AiClassObject;

const AiType ai_type_type = {"type", NULL};

/* type(x) returns the class object of x's type. A compiled class's is the
 * constant the compiler emitted, bound at start-up (ai_class_object_bind), so
 * that `type(x) is C` holds; a run-time type (int, str, ValueError...) gets
 * one made on first use, which lives as long as the program. One table keyed
 * by type, behind a lock: type() as a value is rare next to the rest. */
typedef struct {
  const AiType *cls;
  ai_word obj;
} ClassEntry;

static ClassEntry *classes;
static size_t classes_cap, classes_count;
static pthread_mutex_t classes_lock = PTHREAD_MUTEX_INITIALIZER;

static ClassEntry *class_slot(const AiType *cls) {
  size_t i = (size_t)(((uintptr_t)cls >> 4) * 0x9E3779B97F4A7C15ull) & (classes_cap - 1);
  while (classes[i].cls && classes[i].cls != cls) i = (i + 1) & (classes_cap - 1);
  return &classes[i];
}

/* The entry of `cls`, added (with no object yet) when new; the table grown as needed. Under classes_lock. */
static ClassEntry *class_entry_locked(const AiType *cls) {
  if ((classes_count + 1) * 2 > classes_cap) {
    ClassEntry *old = classes;
    size_t old_cap = classes_cap;
    classes_cap = old_cap ? old_cap * 2 : 64;
    classes = calloc(classes_cap, sizeof *classes);
    if (!classes) abort();
    for (size_t i = 0; i < old_cap; i++)
      if (old[i].cls) *class_slot(old[i].cls) = old[i];
    free(old);
  }
  ClassEntry *e = class_slot(cls);
  if (!e->cls) {
    e->cls = cls;
    classes_count++;
  }
  return e;
}

void ai_class_object_register(void);

void ai_class_object_bind(const AiType *cls, const void *class_object) {
  ai_class_object_register();
  pthread_mutex_lock(&classes_lock);
  ClassEntry *e = class_entry_locked(cls);
  e->obj = ai_w(class_object);
  pthread_mutex_unlock(&classes_lock);
}

const char *ai_class_qualified_name(const AiType *t) {
  const char *name = t->name;
  pthread_mutex_lock(&classes_lock);
  if (classes_cap) {
    const ClassEntry *e = class_slot(t);
    if (e->cls == t && e->obj) {
      const AiClassObject *c = (const AiClassObject *)(intptr_t)e->obj;
      if (c->qualified) name = c->qualified;
    }
  }
  pthread_mutex_unlock(&classes_lock);
  return name;
}

ai_word ai_class_object_named(const char *qualified, size_t len) {
  ai_word found = 0;
  pthread_mutex_lock(&classes_lock);
  for (size_t i = 0; i < classes_cap; i++) {
    if (!classes[i].obj) continue;
    const AiClassObject *c = (const AiClassObject *)(intptr_t)classes[i].obj;
    if (c->qualified && strlen(c->qualified) == len && memcmp(c->qualified, qualified, len) == 0) {
      found = classes[i].obj;
      break;
    }
  }
  pthread_mutex_unlock(&classes_lock);
  return found;
}

static ai_word class_object_of_type(const AiType *t);

ai_word ai_builtin_type(ai_word x) { return class_object_of_type(ai_type_of(x)); }

/* `object` as a value (a functools.singledispatch registry's first key): a class object whose
 * AiType no value has, so it prints, hashes and compares as a class and is never a value's type. */
static const AiType object_class_type = {"object", NULL};

ai_word ai_object_class(void) { return class_object_of_type(&object_class_type); }

/* the type of `object`'s class object: every value is an instance of it */
bool ai_type_is_object_class(const AiType *t) { return t == &object_class_type; }

ai_word ai_type_class_object(const AiType *t) { return class_object_of_type(t); }

static ai_word class_object_of_type(const AiType *t) {
  ai_class_object_register(); /* the slots (repr, __name__) of class objects, also without any compiled class */
  pthread_mutex_lock(&classes_lock);
  ClassEntry *e = class_entry_locked(t);
  if (!e->obj) {
    AiClassObject *o = calloc(1, sizeof *o);
    if (!o) abort();
    o->ob.type = &ai_type_type;
    o->cls = t;
    e->obj = ai_w(o);
  }
  ai_word r = e->obj;
  pthread_mutex_unlock(&classes_lock);
  return r;
}

static ai_word class_repr(ai_word o) {
  const AiClassObject *c = (const AiClassObject *)(intptr_t)o;
  const char *name = c->qualified ? c->qualified : c->cls->name;
  size_t len = strlen(name) + sizeof "<class ''>";
  char *buf = malloc(len);
  if (!buf) abort();
  int n = snprintf(buf, len, "<class '%s'>", name);
  ai_word r = ai_str_from_utf8(buf, n);
  free(buf);
  return r;
}

ai_word ai_call_class_object(ai_word f, int64_t nargs, const ai_word *args) {
  const AiType *t = ((const AiClassObject *)(intptr_t)f)->cls;
  ai_word a = nargs > 0 ? args[0] : 0;
  if (nargs <= 1) {
    if (t == &ai_type_int) return a ? ai_obj_int(a) : ai_small(0);
    if (t == &ai_type_float) {
      if (!a) return ai_box_float(0.0);
      double d = ai_obj_float(a);
      return ai_exc_pending() ? 0 : ai_box_float(d);
    }
    if (t == &ai_type_str) return a ? ai_obj_str(a) : ai_str_from_utf8("", 0);
    if (t == &ai_type_bool) {
      if (!a) return AI_FALSE_W;
      int truth = ai_obj_truthy(a);
      return truth < 0 ? 0 : ai_bool_word(truth != 0);
    }
    if (t == &ai_type_list) return a ? ai_builtin_list(a) : ai_list_new(0, NULL);
    if (t == &ai_type_tuple) return a ? ai_builtin_tuple(a) : ai_w(&ai_empty_tuple);
    /* these take 0 for "no argument" */
    if (t == &ai_type_set) return ai_builtin_set(a);
    if (t == &ai_type_frozenset) return ai_builtin_frozenset(a);
    if (t == &ai_type_dict) return ai_builtin_dict(a);
  } else if (nargs == 2 && t == &ai_type_int) {
    return ai_int_from_str_base(args[0], args[1]);
  }
  if (nargs <= 2 && t == &ai_type_complex) return ai_builtin_complex(a, nargs > 1 ? args[1] : 0);
  /* A built-in exception class (`errors[0]("bad")`, `gen.throw(ValueError)`): its args are the arguments. */
  if (!((const AiClassObject *)(intptr_t)f)->qualified && ai_type_is_subtype(t, &ai_exc_BaseException)) {
    ai_word tuple = ai_tuple_new(nargs, args);
    return tuple ? ai_exc_new(t, tuple) : 0;
  }
  if (nargs <= 3 && (t == &ai_type_bytes || t == &ai_type_bytearray))
    return ai_builtin_bytes(a, nargs > 1 ? args[1] : 0, nargs > 2 ? args[2] : 0, t == &ai_type_bytearray);
  ai_raise_fmt(&ai_exc_TypeError, "unsupported: calling the class %s through a value with these arguments", t->name);
  return 0;
}

static ai_word class_getattr(ai_word o, ai_word name, bool *found) {
  const AiStr *n = ai_as_str(name);
  if ((n->nbytes == 8 && memcmp(n->data, "__name__", 8) == 0) || (n->nbytes == 12 && memcmp(n->data, "__qualname__", 12) == 0)) {
    *found = true;
    const AiClassObject *c = (const AiClassObject *)(intptr_t)o;
    const char *s = c->cls->name;
    /* __name__ has no dots (`Outer.Inner` is `Inner`), nor has a run-time type's __qualname__ (collections.deque is
     * `deque`; its repr keeps the module) */
    bool is_name = n->nbytes == 8;
    if ((is_name || !c->qualified) && strrchr(s, '.')) s = strrchr(s, '.') + 1;
    return ai_str_from_utf8(s, (int64_t)strlen(s));
  }
  return ai_class_object_getattr(((const AiClassObject *)(intptr_t)o)->cls, o, name, found);
}

static const AiExtSlots class_slots = {.type = &ai_type_type, .repr = class_repr, .getattr = class_getattr};

/* Class objects are constants the compiler emits; their slots are registered with the classes (ai_class_register). */
void ai_class_object_register(void) { ai_ext_register(&class_slots); }

bool ai_is_class_object(ai_word w, const AiType *cls) {
  return !ai_is_small(w) && ai_obj(w)->type == &ai_type_type && ((const AiClassObject *)(intptr_t)w)->cls == cls;
}

/* A compiled class's class object (not a built-in type's): CPython's gc tracks the class objects a program makes. */
bool ai_class_object_is_compiled(ai_word o) {
  return ai_type_of(o) == &ai_type_type && ((const AiClassObject *)(intptr_t)o)->qualified != NULL;
}

const AiType *ai_class_object_class(ai_word o) {
  return ai_type_of(o) == &ai_type_type ? ((const AiClassObject *)(intptr_t)o)->cls : NULL;
}
