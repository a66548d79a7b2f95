/* obj/float.h — float internals: boxes, dtoa-style digit generation and
 * CPython's PyOS_double_to_string. */
#ifndef AI_OBJ_FLOAT_H
#define AI_OBJ_FLOAT_H

#include "obj/object.h"

static inline AiFloat *ai_as_float(ai_word w) { return (AiFloat *)(intptr_t)w; }

/* Decimal digits of finite x in the style of David Gay's _Py_dg_dtoa:
 *   mode 0: shortest string that round-trips;
 *   mode 2: max(ndigits, 1) significant digits, correctly rounded;
 *   mode 3: ndigits digits after the decimal point (ndigits may be negative).
 * Trailing zeros are removed; zero gives "0" with decpt 1; a value that rounds
 * to nothing in mode 3 gives "" with decpt = -ndigits. The value is
 * 0.DIGITS * 10^decpt. Returns a malloc'd string (NULL on OOM). */
char *ai_dtoa(double x, int mode, int ndigits, int *decpt, int *sign);

#define AI_DTSF_SIGN 0x01      /* always add the sign */
#define AI_DTSF_ADD_DOT_0 0x02 /* if the result is an integer add ".0" */
#define AI_DTSF_ALT 0x04       /* "alternate" formatting ('#') */
#define AI_DTSF_NO_NEG_0 0x08  /* negative zero result is coerced to 0 ('z') */

/* CPython's PyOS_double_to_string: format_code one of e E f F g G r.
 * malloc'd result, NULL (MemoryError pending) on failure. */
char *ai_double_to_string(double x, char format_code, int precision, int flags);

#endif
