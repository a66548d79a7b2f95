/* start/main.h — process entry (ai_main is declared in aithon.h). */
#ifndef AI_START_MAIN_H
#define AI_START_MAIN_H

#include "obj/object.h"

/* Initialises the runtime for the calling thread (heap, stdout); idempotent.
 * ai_main calls it; C tests may too. */
void ai_runtime_init(void);

#endif
