/*
 * obj/userclass.h — the dunder methods of compiled classes, for the generic
 * protocols. Code the compiler types statically calls a class's methods
 * directly; a value the runtime sees only as a word (an element of a list
 * being printed or sorted, a dict key, a heap item) reaches them through
 * these entries instead. The compiler emits one AiClassDunders per class
 * that has any of them (defined or inherited) and registers it before the
 * program starts: each entry takes and returns words and leaves a pending
 * exception when the method raised.
 */
#ifndef AI_OBJ_USERCLASS_H
#define AI_OBJ_USERCLASS_H

#include "obj/ext.h"

/* `module.Qualname` of a compiled class (`__main__.Point`, as its class object shows it), else the type's name. */
const char *ai_class_qualified_name(const AiType *t);
/* The class object of the compiled class whose `module.Qualname` is qualified[0:len], else 0. */
ai_word ai_class_object_named(const char *qualified, size_t len);
/* The type a class object stands for, else NULL. */
const AiType *ai_class_object_class(ai_word o);
bool ai_class_object_is_compiled(ai_word o);

typedef ai_word (*ai_dunder1)(ai_word self);
typedef ai_word (*ai_dunder2)(ai_word self, ai_word other);

/* An attribute dynamic code may read or call by name. */
/* AI_ATTR_CLASS: a class attribute (`sides = 4` in the class body), read by
 * its entry fn(self) after the instance's own slot of that name, if unset.
 * AI_ATTR_SETTER: a property's setter, fn(self, value), for assignments by name. */
enum ai_class_attr_kind { AI_ATTR_SLOT, AI_ATTR_METHOD, AI_ATTR_PROPERTY, AI_ATTR_CLASS, AI_ATTR_SETTER };
typedef struct AiClassAttr {
  const char *name;
  int64_t kind;  /* enum ai_class_attr_kind */
  int64_t index; /* AI_ATTR_SLOT: the slot (a word) */
  int64_t nargs; /* AI_ATTR_METHOD: arguments after self this entry takes */
  void *fn;      /* ai_word fn(ai_word self, ai_word arg1, ... arg<nargs>) */
  const char *params; /* AI_ATTR_METHOD: the parameters after self, comma-separated (keyword arguments bind by them): `*` first
                       * when keyword-only, `=` last when it has a default (the entry takes an absent word, 0, as that default) */
} AiClassAttr;

/* Dynamic calls pass at most this many arguments (the compiler's maxDynamicArgs). */
#define AI_MAX_DYNAMIC_ARGS 6

typedef struct AiClassDunders {
  /* The root of the class's hierarchy: binary methods are compiled for
   * operands of that hierarchy; any other operand is NotImplemented. */
  const AiType *root;
  ai_dunder1 repr, str, hash, len, iter, next, truth;
  ai_dunder2 getitem, contains, format; /* format(self, spec): __format__ */
  ai_dunder2 cmp[6]; /* indexed by enum ai_cmpop: __lt__ __le__ __eq__ __ne__ __gt__ __ge__ */
  int64_t unhashable; /* defines __eq__ without __hash__ */
  /* Classes whose instances reach dynamic code: slots, methods (one entry
   * per argument count) and property getters, by name. */
  const AiClassAttr *attrs;
  int64_t nattrs;
  /* Instance layout, for copy/deepcopy: the number of slots after the
   * header and a string with one letter per slot, 'f' for an unboxed
   * float, 'w' for a word; nslots -1 for exception classes (not this layout). */
  int64_t nslots;
  const char *slot_kinds;
  /* The names the class and its bases define (methods, properties, class
   * attributes), each followed by a newline, after a leading newline. */
  const char *class_names;
  /* The built-in type (str, int) its instances also are for isinstance(): a str- or int-valued enum's members; NULL. */
  const AiType *value_type;
  /* The built-in str, int or float the instance holds (`__aithon_value__`): a value-typed enum's member, an instance of
   * `class Name(str)`; the built-ins that need a real str or number (str.join, hex()...) take it; NULL. */
  ai_dunder1 value;
  /* The class's own __copy__(self) and __deepcopy__(self, memo), which copy.copy / copy.deepcopy call instead of
   * copying the slots; NULL. */
  ai_dunder1 copy;
  ai_dunder2 deepcopy;
  /* The class's __index__(self): the int the instance stands for where CPython calls nb_index (indexing, slices,
   * range(), bin/hex/oct, operator.index); NULL. */
  ai_dunder1 index;
} AiClassDunders;

/* getattr(C, name) on the class object `cls_obj` of the compiled class `t`: a class attribute (also inherited) through
 * its entry; *found false when the class has no such name. */
ai_word ai_class_object_getattr(const AiType *t, ai_word cls_obj, ai_word name, bool *found);
/* hasattr(C, name) of a class attribute C reads through an entry: 1 when the read succeeds, 0 when it raises
 * AttributeError (one set only outside class bodies and not set yet: the compiler's classAttrHolders), -1 when C has
 * no such entry, -2 when the read raised something else (pending). */
int ai_class_object_hasattr_entry(const AiType *t, ai_word cls_obj, ai_word name);

/* The built-in type instances of the compiled class `t` also are for isinstance() (see value_type), else NULL. */
const AiType *ai_class_value_type(const AiType *t);

/* Does the instance o stand for an int where CPython calls nb_index (its class has __index__, or holds an int)? */
bool ai_class_has_index(ai_word o);
/* The int an instance stands for where CPython calls __index__: the int a value-typed instance holds (an IntEnum
 * member, an int subclass's instance), else its class's __index__() (TypeError "__index__ returned non-int (type X)"
 * when that is not an int). False with nothing pending when it has neither; false with the exception pending when
 * __index__ raised. */
bool ai_class_index_value(ai_word o, ai_word *out);
/* The built-in value an instance of a value-typed compiled class holds (see AiClassDunders.value), in *out:
 * false when `o` is not one. A new reference is not made: the value is the instance's own. */
bool ai_class_builtin_value(ai_word o, ai_word *out);

/* o.name from the slot the same (class, name) resolved to last time on this thread (a per-thread cache filled by the
 * lookup by name): false when not cached or the slot is unset (the lookup by name decides). */
bool ai_class_cached_getattr(ai_word o, ai_word name, ai_word *out);

/* hasattr(o, name) for an instance of a compiled class (name a str): 1 or 0,
 * -1 when `o` is not one or only __getattr__ can tell, -2 raised. */
int ai_class_hasattr(ai_word o, ai_word name);
/* Is `name` a method that o.name(...) reaches by name (o an instance of a compiled class)? */
bool ai_class_has_method_entry(ai_word o, ai_word name);
/* Does the compiled class `t` (or a base) define `name`? -1: not a compiled class. */
int ai_class_defines(const AiType *t, const char *name, size_t len);

/* copy.copy (deep false) or copy.deepcopy of an instance of a compiled
 * class: false when `x` is not one (the caller decides). `deep_item`
 * deep-copies one slot's value with the caller's memo; the copy is put in
 * the memo (by `memo_put`) before its slots are copied, so cycles copy to cycles. */
bool ai_class_copy(ai_word x, bool deep, ai_word (*deep_item)(ai_word v, ai_word memo), bool (*memo_put)(ai_word memo, ai_word x, ai_word y),
                   ai_word memo, ai_word *out);

/* ai_class_register(type, dunders) (declared in aithon.h, for compiled code)
 * registers `type`'s AiClassDunders: idempotent, called once per class at start-up. */

#endif
