/* stdlib/bisect.h — internals of the bisect module (stdlib/bisect.c); the ABI
 * is in aithon_stdlib.h. */
#ifndef AI_STDLIB_BISECT_H
#define AI_STDLIB_BISECT_H

#include "stdlib/common.h"

#endif
