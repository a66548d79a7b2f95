/* stdlib/heapq.h — internals of the heapq module (stdlib/heapq.c); the ABI is
 * in aithon_stdlib.h. */
#ifndef AI_STDLIB_HEAPQ_H
#define AI_STDLIB_HEAPQ_H

#include "stdlib/common.h"

#endif
