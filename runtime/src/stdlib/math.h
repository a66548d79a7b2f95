/* stdlib/math.h — internals of the math module (stdlib/math.c) shared with
 * the other stdlib modules: int-word helpers. The ABI is in aithon_stdlib.h. */
#ifndef AI_STDLIB_MATH_H
#define AI_STDLIB_MATH_H

#include "aithon_stdlib.h"
#include "obj/int.h"
#include "obj/object.h"

/* (ai_stdlib_index, operator.index, is in aithon_stdlib.h) */
/* float(w) for an int/bool/float word (PyFloat_AsDouble): false with
 * TypeError "must be real number, not str" / OverflowError pending. */
bool ai_stdlib_as_double(ai_word w, double *out);
/* The magnitude |w| of an int word as 32-bit limbs, least significant first:
 * returns the number of limbs (0 for zero); *d points into the int, or into
 * `buf` for a small int. */
int64_t ai_stdlib_int_limbs(ai_word w, const uint32_t **d, uint32_t buf[2]);
/* The normalised int word for sign * d[0..n) (copies d). 0 when raised. */
ai_word ai_stdlib_int_from_limbs(int sign, const uint32_t *d, int64_t n);

#endif
