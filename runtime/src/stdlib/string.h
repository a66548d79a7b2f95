/* stdlib/string.h — internals of the string module (stdlib/string.c); the
 * ABI is in aithon_stdlib.h. */
#ifndef AI_STDLIB_STRING_H
#define AI_STDLIB_STRING_H

#include "stdlib/common.h"

#endif
