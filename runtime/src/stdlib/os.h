/* stdlib/os.h — internals of the OS calls (stdlib/os.c). The ABI is in aithon_os.h. */
#ifndef AI_STDLIB_OS_H
#define AI_STDLIB_OS_H

#include "aithon_os.h"

#endif
