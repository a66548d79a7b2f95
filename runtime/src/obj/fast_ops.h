/* obj/fast_ops.h — direct entry points the compiler emits for operations on
 * a value statically known to be a str or a list, where the generic path
 * (a slice object for ai_obj_getitem, a method looked up by name) costs more
 * than the operation. */
#ifndef AI_OBJ_FAST_OPS_H
#define AI_OBJ_FAST_OPS_H

#include "aithon.h"

/* lo and hi are ints or None (anything else goes the generic way, which
 * raises as CPython does). NULL when it raised. */
ai_word ai_str_slice(ai_word s, ai_word lo, ai_word hi);
ai_word ai_list_slice(ai_word l, ai_word lo, ai_word hi);
/* l.pop(): the last item; NULL after IndexError. */
ai_word ai_list_pop_last(ai_word l);
/* ord(s[i]) (i an int word): the code point as an int word; NULL after
 * IndexError (or TypeError for an index too big for a machine int). */
ai_word ai_str_ord_at(ai_word s, ai_word i);

#endif
