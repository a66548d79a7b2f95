/* obj/unicode.h — the few Unicode properties the runtime needs. */
#ifndef AI_OBJ_UNICODE_H
#define AI_OBJ_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

/* str.isprintable() of one code point (as CPython 3.11). */
bool ai_unicode_isprintable(uint32_t c);
/* str.isspace() of one code point (as CPython 3.11). */
bool ai_unicode_isspace(uint32_t c);

#endif
