/* obj/classobj.c — compiled classes as run-time values.
 *
 * A class whose static type the compiler loses (a dict of classes used as a
 * factory table, a list mixing classes) travels as one class object per
 * class: an AiObject of type `type` pointing at the class's AiType. They are
 * allocated once (outside the actor heaps, like constants) and compared by
 * identity; calls of them are compiled as a switch over the known classes. */
#include "obj/ext.h"
#include "obj/object.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
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

static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static AiClassObject **table;
static size_t table_len, table_cap;

ai_word ai_class_object(const AiType *cls) {
  pthread_mutex_lock(&table_lock);
  AiClassObject *found = NULL;
  for (size_t i = 0; i < table_len && !found; i++)
    if (table[i]->cls == cls) found = table[i];
  if (!found) {
    if (table_len == 0) ai_ext_register(&class_slots);
    if (table_len == table_cap) {
      table_cap = table_cap ? 2 * table_cap : 16;
      table = realloc(table, table_cap * sizeof *table);
      if (!table) abort();
    }
    found = calloc(1, sizeof *found);
    if (!found) abort();
    found->ob.type = &ai_type_type;
    found->cls = cls;
    table[table_len++] = found;
  }
  pthread_mutex_unlock(&table_lock);
  return (ai_word)(intptr_t)found;
}

bool ai_is_class_object(ai_word w, const AiType *cls) {
  return !ai_is_small(w) && ai_obj(w)->type == &ai_type_type && ((const AiClassObject *)(intptr_t)w)->cls == cls;
}
