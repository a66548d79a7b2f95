/* stdlib/copy.h — internals of the copy module (stdlib/copy.c); the ABI is in
 * aithon_stdlib.h. */
#ifndef AI_STDLIB_COPY_H
#define AI_STDLIB_COPY_H

#include "stdlib/common.h"

#endif
