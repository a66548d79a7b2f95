/* stdlib/itertools.h — internals of the itertools module (stdlib/itertools.c).
 * The ABI is in aithon_stdlib.h; the iterator types are private to the .c
 * file and reach the runtime through their AiExtSlots (obj/ext.h). */
#ifndef AI_STDLIB_ITERTOOLS_H
#define AI_STDLIB_ITERTOOLS_H

#include "stdlib/common.h"

#endif
