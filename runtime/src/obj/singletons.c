/* obj/singletons.c — built-in types and singletons. */
#include "obj/singletons.h"

#include "exc/exception.h"

#include <stdio.h>
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

void ai_raise_call_arity(const char *fname, int64_t given, int64_t before, int64_t expected, int64_t required, int64_t total,
                         const char *names, const char *next_keyword) {
  int64_t count = before + given;
  if (given > expected) {
    if (next_keyword[0]) {
      ai_raise_fmt(&ai_exc_TypeError, "%s() got multiple values for argument '%s'", fname, next_keyword);
      return;
    }
    char takes[48];
    if (required == total) snprintf(takes, sizeof takes, "%lld", (long long)total);
    else snprintf(takes, sizeof takes, "from %lld to %lld", (long long)required, (long long)total);
    ai_raise_fmt(&ai_exc_TypeError, "%s() takes %s positional argument%s but %lld %s given", fname, takes,
                 total == 1 && required == total ? "" : "s", (long long)count, count == 1 ? "was" : "were");
    return;
  }
  /* The parameters from position `count` to `before + expected` are missing: 'a', 'b' and 'c'. */
  char list[512];
  size_t used = 0;
  int64_t index = 0, missing = before + expected - count, listed = 0;
  const char *p = names;
  list[0] = 0;
  while (*p) {
    const char *end = strchr(p, ',');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    if (index >= count && index < before + expected && used + len + 8 < sizeof list) {
      const char *sep = listed == 0 ? "" : listed < missing - 1 ? ", " : missing == 2 ? " and " : ", and ";
      used += (size_t)snprintf(list + used, sizeof list - used, "%s'%.*s'", sep, (int)len, p);
      listed++;
    }
    index++;
    p = end ? end + 1 : p + len;
  }
  ai_raise_fmt(&ai_exc_TypeError, "%s() missing %lld required positional argument%s: %s", fname, (long long)missing,
               missing == 1 ? "" : "s", list);
}
