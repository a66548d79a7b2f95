/*
 * obj/ext.h — extension types: how types defined outside obj/ (the stdlib
 * modules' deque, defaultdict, Counter, OrderedDict, the itertools iterators,
 * ...) plug into the generic protocols of obj/ (ai_obj_iter, ai_iter_next,
 * ai_obj_len, ai_obj_getitem, ai_obj_repr, ai_obj_compare, ai_obj_binop,
 * ai_call_method, ai_obj_getattr, hash, reversed(), truth).
 *
 * A module describes each of its types with a static AiExtSlots and registers
 * it once with ai_ext_register (from its constructor functions: no object of
 * the type can exist before). The dispatch points of obj/ consult
 * ai_ext_slots(type) only after their built-in fast paths, so built-in types
 * pay nothing. A NULL slot means "not supported" (the caller raises CPython's
 * TypeError), except for dict subtypes (type->base == &ai_type_dict, layout
 * starting with AiDict): their NULL slots fall back to the dict behaviour in
 * the few places that check ai_is_dict (which accepts subtypes, as
 * PyDict_Check does).
 */
#ifndef AI_OBJ_EXT_H
#define AI_OBJ_EXT_H

#include "obj/containers.h"

/* The result of a binop slot that does not handle the operand types. */
extern AiObject ai_ext_notimplemented;
extern const AiType ai_type_notimplemented;
#define AI_NOTIMPL (ai_w(&ai_ext_notimplemented))

typedef struct AiExtSlots {
  const AiType *type;
  ai_word (*iter)(ai_word o);                  /* iter(o) */
  bool (*next)(ai_word it, ai_word *out);      /* iterator types: one step (ai_iter_next contract) */
  int64_t (*len)(ai_word o);                   /* -1 raised */
  ai_word (*getitem)(ai_word o, ai_word key);
  bool (*setitem)(ai_word o, ai_word key, ai_word value);
  bool (*delitem)(ai_word o, ai_word key);
  int (*contains)(ai_word o, ai_word x);       /* 1, 0, -1 raised */
  ai_word (*repr)(ai_word o);                  /* also str() */
  /* a op b, either operand of this type: 1/0, -1 raised, 2 NotImplemented */
  int (*richcmp)(int op, ai_word a, ai_word b);
  /* a op b (inplace: a op= b, a of this type): AI_NOTIMPL when not handled */
  ai_word (*binop)(int op, ai_word a, ai_word b, bool inplace);
  ai_word (*reversed)(ai_word o);
  /* data attributes: *found false when the name is not one */
  ai_word (*getattr)(ai_word o, ai_word name, bool *found);
  const ai_method_def *methods;                /* NULL-terminated, looked up before the base type's */
  bool unhashable;                             /* hash() raises "unhashable type: 'name'" */
  ai_word (*str)(ai_word o);                   /* str() when it differs from repr() */
  int64_t (*hash)(ai_word o);                  /* -1 raised */
  int (*truth)(ai_word o);                     /* 1, 0, -1 raised (before len) */
  const void *user;                            /* the owner's data (user classes: their AiClassDunders) */
  /* o.name(args) for names not in `methods`: *found false when there is no such method */
  ai_word (*call_method)(ai_word o, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames, bool *found);
} AiExtSlots;

/* Registers a type's slots (idempotent, thread-safe). */
void ai_ext_register(const AiExtSlots *slots);
/* The slots of `t`, NULL for a type never registered. */
const AiExtSlots *ai_ext_slots(const AiType *t);
/* ai_ext_slots of a word's type (NULL for small ints). */
static inline const AiExtSlots *ai_ext_of(ai_word w) {
  return ai_is_small(w) ? NULL : ai_ext_slots(ai_obj(w)->type);
}
/* a op b through the richcmp slots of either operand (the right operand's
 * first when its type derives from the left's, as CPython): 2 when neither
 * handles it. */
int ai_ext_richcmp(int op, ai_word a, ai_word b);
/* a op b through the binop slots: AI_NOTIMPL when neither handles it. */
ai_word ai_ext_binop(int op, ai_word a, ai_word b, bool inplace);
/* Method lookup for ai_call_method: NULL when the type has no such method. */
ai_method_fn ai_ext_find_method(const AiExtSlots *x, ai_word name);

#endif
