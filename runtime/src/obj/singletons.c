/* obj/singletons.c — built-in types and singletons. */
#include "obj/singletons.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/ext.h"

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

/* type(w).__name__: without the module or outer classes a type's name may carry (collections.deque, Outer.Inner) */
ai_word ai_builtin_type_name(ai_word w) {
  const char *name = ai_type_name(w);
  if (strrchr(name, '.')) name = strrchr(name, '.') + 1;
  return ai_str_from_utf8(name, (int64_t)strlen(name));
}

ai_word ai_function_id(ai_word w, const AiType *function_type) {
  if ((w & 1) || ai_type_of(w) != function_type) return (ai_word)-1; /* the small int -1 */
  /* A closure: { type, gc, i64 function id | cell count << 32, cells... } (see the emitter's closure.new;
   * the cell count is for the message copier): the id is the low half. */
  int64_t id = (int64_t)(uint32_t)((const uint64_t *)(uintptr_t)w)[2];
  return (ai_word)(((uint64_t)id << 1) | 1);
}

void ai_raise_not_callable(ai_word w) {
  ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not callable", ai_type_name(w));
}

ai_word ai_list_get_or(ai_word list, int64_t index, ai_word dflt) {
  const AiList *l = ai_as_list(list);
  return index < l->len ? l->items[index] : dflt;
}

void ai_raise_call_arity(const char *fname, int64_t given, int64_t before, int64_t expected, int64_t optional, int64_t required,
                         int64_t total, const char *names, const char *next_keyword) {
  int64_t count = before + given;
  if (given > expected + optional) {
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

/* Is `name` (nbytes long) one of the comma-separated `list`? */
static bool in_name_list(const char *list, const char *name, int64_t nbytes) {
  const char *p = list;
  while (*p) {
    const char *end = strchr(p, ',');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    if ((int64_t)len == nbytes && memcmp(p, name, len) == 0) return true;
    p = end ? end + 1 : p + len;
  }
  return false;
}

static const AiObject absent_marker = {&ai_type_none, 0};

static bool raise_missing(const char *fname, ai_word dict, const char *required, const char *kind) {
  char list[512];
  size_t used = 0;
  int64_t missing = 0, total = 0;
  list[0] = 0;
  for (int pass = 0; pass < 2; pass++) {
    const char *p = required;
    int64_t listed = 0;
    while (*p) {
      const char *end = strchr(p, ',');
      size_t len = end ? (size_t)(end - p) : strlen(p);
      ai_word key = ai_str_from_utf8(p, (int64_t)len);
      if (!key) return false;
      /* A default no value can be: its address says the key is absent. */
      ai_word probe = ai_dict_get_default(dict, key, (ai_word)(intptr_t)&absent_marker);
      if (!probe) return false;
      if (probe == (ai_word)(intptr_t)&absent_marker) {
        if (pass == 0) total++;
        else if (used + len + 8 < sizeof list) {
          const char *sep = listed == 0 ? "" : listed < total - 1 ? ", " : total == 2 ? " and " : ", and ";
          used += (size_t)snprintf(list + used, sizeof list - used, "%s'%.*s'", sep, (int)len, p);
          listed++;
        }
      }
      p = end ? end + 1 : p + len;
    }
    missing = total;
  }
  if (!missing) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s() missing %lld required %s argument%s: %s", fname, (long long)missing, kind, missing == 1 ? "" : "s",
               list);
  return false;
}

bool ai_check_call_kwargs(const char *fname, ai_word dict, const char *accepted, const char *taken, const char *required_positional,
                          const char *required_keyword, const char *keywords, const char *qualified_name) {
  if (!ai_is_dict(dict)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() argument after ** must be a mapping, not %s", fname, ai_type_name(dict));
    return false;
  }
  const AiDict *d = ai_as_dict(dict);
  for (int64_t i = 0; i < d->nentries; i++) {
    ai_word key = d->entries[i].key;
    if (!key) continue;
    if (!ai_is_str(key)) {
      ai_raise(&ai_exc_TypeError, "keywords must be strings");
      return false;
    }
    const AiStr *k = ai_as_str(key);
    // A key also given as a keyword argument: CPython finds it when merging the keywords (`__main__.f()`).
    if (in_name_list(keywords, k->data, k->nbytes)) {
      ai_raise_fmt(&ai_exc_TypeError, "%s got multiple values for keyword argument '%s'", qualified_name, k->data);
      return false;
    }
    if (in_name_list(taken, k->data, k->nbytes)) {
      ai_raise_fmt(&ai_exc_TypeError, "%s() got multiple values for argument '%s'", fname, k->data);
      return false;
    }
    if (!in_name_list(accepted, k->data, k->nbytes) && !in_name_list(accepted, "*", 1)) {
      ai_raise_fmt(&ai_exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, k->data);
      return false;
    }
  }
  return raise_missing(fname, dict, required_positional, "positional") && raise_missing(fname, dict, required_keyword, "keyword-only");
}

ai_word ai_kwargs_rest(ai_word dict, const char *bound) {
  ai_word out = ai_dict_new();
  const AiDict *d = ai_as_dict(dict);
  for (int64_t i = 0; i < d->nentries; i++) {
    ai_word key = d->entries[i].key;
    if (!key) continue;
    const AiStr *k = ai_as_str(key);
    if (!in_name_list(bound, k->data, k->nbytes)) ai_dict_set(out, key, d->entries[i].value);
  }
  return out;
}

ai_word ai_tuple_with_list_tail(int64_t n, const ai_word *items, ai_word list, int64_t start) {
  const AiList *l = ai_as_list(list);
  int64_t rest = l->len > start ? l->len - start : 0;
  ai_word *all = ai_alloc((size_t)(n + rest + 1) * sizeof(ai_word));
  if (!all) return 0;
  for (int64_t i = 0; i < n; i++) all[i] = items[i];
  for (int64_t i = 0; i < rest; i++) all[n + i] = l->items[start + i];
  return ai_tuple_new(n + rest, all);
}

/* f(args..., k=v..., **mapping) where f's type is unknown: an instance whose class has __call__, or a bound method from
 * getattr(), whose keywords bind by the method's parameters' names (args holds the positional values, then the keyword
 * values kwnames names; mapping is a dict or 0). A built-in class object reached here with keywords is not compiled yet. */
ai_word ai_call_object_kw(ai_word f, int64_t nargs, const ai_word *args, ai_word kwnames, ai_word mapping) {
  if (!kwnames && !mapping) return ai_call_object(f, nargs, args);
  const AiExtSlots *x = ai_is_small(f) ? NULL : ai_ext_slots(ai_obj(f)->type);
  if (x && x->user && x->call_method && ai_builtin_callable(f, NULL)) {
    ai_word name = ai_str_from_utf8("__call__", 8);
    if (!name) return 0;
    if (mapping) return ai_call_method_kw(f, name, nargs, args, kwnames, mapping);
    return ai_call_method(f, name, nargs, args, kwnames);
  }
  if (ai_is_bound_method(f)) return ai_bound_method_call_kw(f, nargs, args, kwnames, mapping);
  if (!ai_is_small(f) && ai_obj(f)->type == &ai_type_type) {
    ai_raise(&ai_exc_TypeError, "unsupported: keyword arguments in a call of a built-in class object of unknown type");
    return 0;
  }
  ai_raise_not_callable(f);
  return 0;
}

ai_word ai_call_object(ai_word f, int64_t nargs, const ai_word *args) {
  if (!ai_is_small(f) && ai_obj(f)->type == &ai_type_type) return ai_call_class_object(f, nargs, args);
  if (ai_is_bound_method(f)) return ai_bound_method_call(f, nargs, args);
  const AiExtSlots *x = ai_is_small(f) ? NULL : ai_ext_slots(ai_obj(f)->type);
  if (x && x->user && x->call_method) {
    ai_word name = ai_str_from_utf8("__call__", 8);
    if (!name) return 0;
    bool found = false;
    ai_word r = x->call_method(f, name, nargs, args, 0, &found);
    if (found) return r;
  }
  ai_raise_not_callable(f);
  return 0;
}
