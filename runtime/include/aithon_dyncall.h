/* aithon_dyncall.h — calls by a name known at run time (stdlib/dyncall.c),
 * reached through the native module `_aithon_dynamic` (compiler/src/stdlib.ts). */
#ifndef AITHON_DYNCALL_H
#define AITHON_DYNCALL_H

#include "aithon.h"

/* self.<name>(*args): args a tuple (or list); the method found by name as for
 * a value of unknown type (positional arguments). 0 after raising. */
ai_word ai_dyn_call_method(ai_word self, ai_word name, ai_word args);

#endif
