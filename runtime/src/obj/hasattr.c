/*
 * obj/hasattr.c — hasattr(obj, name).
 *
 * CPython answers by trying getattr and catching AttributeError. Here a
 * compiled class's methods are not values the runtime can fetch by name, so
 * the answer comes from what the object's type has:
 *   - an instance of a compiled class: its set slots, properties (the getter
 *     runs, as CPython's does) and the names its class and bases define
 *     (userclass.c), then what every instance has (object's attributes);
 *   - a class object: the names the class defines, then what a class has;
 *   - a built-in object: the names dir() lists for its type in CPython 3.11
 *     (dir_tables.h), which for these types is exactly what hasattr finds;
 *   - anything else (exceptions, objects of the standard-library types):
 *     its methods, then getattr with AttributeError caught.
 */
#include "aithon.h"

#include "exc/exception.h"
#include "obj/dir_tables.h"
#include "obj/ext.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <string.h>

bool ai_has_method(ai_word self, ai_word name);
const AiType *ai_class_object_class(ai_word o);

static int compare_name(const AiStr *n, const char *s) {
  size_t len = strlen(s);
  size_t k = (size_t)n->nbytes < len ? (size_t)n->nbytes : len;
  int c = memcmp(n->data, s, k);
  if (c) return c;
  return (size_t)n->nbytes < len ? -1 : (size_t)n->nbytes > len ? 1 : 0;
}

static bool listed(const char *const *names, int count, const AiStr *n) {
  int lo = 0, hi = count - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int c = compare_name(n, names[mid]);
    if (c == 0) return true;
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return false;
}

#define LISTED(table, n) listed(table, (int)(sizeof table / sizeof *table), n)

static const struct builtin_dir *builtin_dir_of(const AiType *t) {
  for (size_t i = 0; i < sizeof builtin_dirs / sizeof *builtin_dirs; i++)
    if (strcmp(builtin_dirs[i].type, t->name) == 0) return &builtin_dirs[i];
  return NULL;
}

/* hasattr(C, name) for a class object: -1 when the class is neither compiled nor built-in. */
static int class_hasattr(const AiType *cls, const AiStr *n) {
  int defines = ai_class_defines(cls, n->data, (size_t)n->nbytes);
  if (defines == 1) return 1;
  if (defines == 0) {
    if ((compare_name(n, "__weakref__") == 0) && ai_class_defines(cls, "__slots__", 9) == 1) return 0;
    return LISTED(dir_user_class, n);
  }
  const struct builtin_dir *d = builtin_dir_of(cls);
  if (d) return listed(d->names, d->n, n) || LISTED(dir_builtin_class, n);
  return -1;
}

bool ai_obj_hasattr(ai_word o, ai_word name) {
  if (!ai_is_str(name)) {
    ai_raise_fmt(&ai_exc_TypeError, "attribute name must be string, not '%s'", ai_type_name(name));
    return false;
  }
  const AiStr *n = ai_as_str(name);
  int r = ai_class_hasattr(o, name);
  if (r == -2) return false;
  if (r >= 0) return r || LISTED(dir_object, n);
  const AiType *t = ai_type_of(o);
  if (!ai_is_small(o) && ai_type_is_subtype(t, &ai_exc_BaseException)) {
    if (LISTED(dir_BaseException, n) || ai_class_defines(t, n->data, (size_t)n->nbytes) == 1) return true;
    /* an instance of an exception class statement's class */
    if (ai_class_defines(t, "__slots__", 9) == 0 && (compare_name(n, "__module__") == 0 || compare_name(n, "__weakref__") == 0)) return true;
  } else if (t == &ai_type_type) {
    r = ai_class_object_hasattr_entry(ai_class_object_class(o), o, name);
    if (r == -2) return false;
    if (r >= 0) return r;
    r = class_hasattr(ai_class_object_class(o), n);
    if (r >= 0) return r;
  } else if (ai_ext_of(o) && ai_ext_of(o)->user) {
    /* an instance of a compiled class whose __getattr__ decides: ai_obj_getattr below calls it (u_getattr) */
    if (!ai_class_has_method_entry(o, ai_str_new_ascii("__getattr__", 11))) {
      ai_raise_fmt(&ai_exc_TypeError, "unsupported: hasattr() on an instance of '%s', which defines __getattr__", t->name);
      return false;
    }
  } else {
    const struct builtin_dir *d = builtin_dir_of(t);
    if (d) return listed(d->names, d->n, n);
  }
  if (ai_has_method(o, name)) return true;
  if (ai_obj_getattr(o, name)) return true;
  if (!ai_exc_matches(&ai_exc_AttributeError)) return false;
  ai_exc_clear();
  return false;
}
