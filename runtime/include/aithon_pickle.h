/* aithon_pickle.h — what the Python-written pickle module (compiler/pylib/pickle.py)
 * needs of instances of compiled classes (stdlib/pickle.c), reached through the
 * native module `_aithon_pickle` (compiler/src/stdlib.ts). */
#ifndef AITHON_PICKLE_H
#define AITHON_PICKLE_H

#include "aithon.h"

/* Is o an instance of a compiled class whose state is its attributes (not an exception, an enum member, or an
 * instance of `class Name(str)` / `class Registry(dict)`, which CPython pickles otherwise)? */
bool ai_pickle_is_instance(ai_word o);
/* Does o's class (or a base) define `name` (a str) itself, as a method or class attribute? */
bool ai_pickle_defines(ai_word o, ai_word name);
/* CPython's default state of o: a dict of the attributes set on it, by name in slot
 * order; None when none is set. 0 after raising. */
ai_word ai_pickle_instance_state(ai_word o);
/* The class object of the compiled class named `module.Qualname` (a str), else None. */
ai_word ai_pickle_find_class(ai_word qualified);
/* cls.__new__(cls) for the class object of a compiled class: an instance with no attribute set. 0 after raising. */
ai_word ai_pickle_new_instance(ai_word cls);

#endif
