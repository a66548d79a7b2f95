/* obj/int.h — arbitrary precision ints.
 *
 * A small int lives in the word itself (low bit 1, 63-bit value). Anything
 * outside [-2^62, 2^62-1] is an AiInt: sign-magnitude, 32-bit limbs, least
 * significant first. Results are always normalised: a value that fits a small
 * int is never boxed, so equality of small ints is word equality and a big
 * int is never equal to a small one. */
#ifndef AI_OBJ_INT_H
#define AI_OBJ_INT_H

#include "obj/object.h"

typedef struct AiInt {
  AiObject ob;
  int64_t size; /* number of limbs, negated for negative values; never 0 */
  uint32_t d[];
} AiInt;

static inline AiInt *ai_as_int(ai_word w) { return (AiInt *)(intptr_t)w; }

/* Slow paths (obj/bigint.c): any operand may be small or big. */
ai_word ai_bigint_add(ai_word a, ai_word b);
ai_word ai_bigint_sub(ai_word a, ai_word b);
ai_word ai_bigint_mul(ai_word a, ai_word b);
ai_word ai_bigint_floordiv(ai_word a, ai_word b);
ai_word ai_bigint_mod(ai_word a, ai_word b);
/* q and r both (either may be NULL); returns false when it raised. */
bool ai_bigint_divmod(ai_word a, ai_word b, ai_word *q, ai_word *r);
ai_word ai_bigint_neg(ai_word a);
ai_word ai_bigint_abs(ai_word a);
ai_word ai_bigint_bitop(int op, ai_word a, ai_word b); /* AI_AND/AI_OR/AI_XOR */
ai_word ai_bigint_invert(ai_word a);
ai_word ai_bigint_lshift(ai_word a, ai_word b);
ai_word ai_bigint_rshift(ai_word a, ai_word b);
ai_word ai_bigint_pow(ai_word a, ai_word b);
int ai_bigint_cmp(ai_word a, ai_word b);
double ai_bigint_truediv(ai_word a, ai_word b);
/* float(a) correctly rounded (half-even); sets *overflow instead of raising. */
double ai_bigint_to_double(ai_word a, bool *overflow);
ai_word ai_bigint_from_double(double f); /* f finite, integral */
ai_word ai_bigint_from_u64(int sign, uint64_t mag);
ai_word ai_bigint_from_decimal(const char *digits, int64_t n);
int64_t ai_int_bit_length(ai_word a);
/* Digits of |a| in base 2, 8, 10 or 16 (lowercase), preceded by '-' when a < 0.
 * malloc'd; *len receives the length. Base 10 enforces CPython's 4300-digit
 * limit (ValueError, returns NULL). */
char *ai_int_to_base(ai_word a, int base, size_t *len);

#define AI_INT_MAX_STR_DIGITS 4300

#endif
