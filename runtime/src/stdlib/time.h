/* stdlib/time.h — internals of the time module (stdlib/time.c). The ABI is in
 * aithon_stdlib.h. */
#ifndef AI_STDLIB_TIME_H
#define AI_STDLIB_TIME_H

#include "aithon_stdlib.h"

#include <stdint.h>

/* Nanoseconds of a clock (CLOCK_REALTIME, CLOCK_MONOTONIC, ...). */
int64_t ai_time_clock_ns(int clock_id);

#endif
