/* stdlib/struct.h — the float conversions under the Python-written struct
 * module (compiler/pylib/struct.py): IEEE 754 binary16/32/64 in either byte
 * order, with CPython's rounding and OverflowError messages. */
#ifndef AI_STDLIB_STRUCT_H
#define AI_STDLIB_STRUCT_H

#include "aithon.h"

/* x (an int, bool or float) as `size` (2, 4 or 8) bytes, little-endian when little is True. */
ai_word ai_struct_pack_float(ai_word x, ai_word size, ai_word little);
/* The float stored in data[offset:offset+size]. */
ai_word ai_struct_unpack_float(ai_word data, ai_word offset, ai_word size, ai_word little);

#endif
