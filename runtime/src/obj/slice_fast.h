/* obj/slice_fast.h — s[a:b] and l[a:b] (no step) without a slice object:
 * what the compiler emits when the container is statically a str or a list. */
#ifndef AI_OBJ_SLICE_FAST_H
#define AI_OBJ_SLICE_FAST_H

#include "aithon.h"

/* lo and hi are ints or None (anything else goes the generic way, which
 * raises as CPython does). NULL when it raised. */
ai_word ai_str_slice(ai_word s, ai_word lo, ai_word hi);
ai_word ai_list_slice(ai_word l, ai_word lo, ai_word hi);

#endif
