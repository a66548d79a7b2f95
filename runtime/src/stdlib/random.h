/* stdlib/random.h — internals of the random module (stdlib/random.c): the
 * Mersenne Twister and SHA-512 used by its str seeding. The ABI is in
 * aithon_stdlib.h. */
#ifndef AI_STDLIB_RANDOM_H
#define AI_STDLIB_RANDOM_H

#include "aithon_stdlib.h"

#include <stddef.h>
#include <stdint.h>

/* SHA-512 of n bytes (FIPS 180-4), 64-byte digest. */
void ai_sha512(const void *data, size_t n, uint8_t digest[64]);
/* The next 32 random bits of this thread's generator (genrand_uint32). */
uint32_t ai_random_u32(void);
/* A uniform int in [0, n) for n > 0, as CPython's _randbelow_with_getrandbits. */
uint64_t ai_random_below_u64(uint64_t n);

#endif
