/* stdlib/hashlib.h — the digests under the Python-written hashlib module
 * (compiler/pylib/hashlib.py). */
#ifndef AI_STDLIB_HASHLIB_H
#define AI_STDLIB_HASHLIB_H

#include "aithon.h"

/* The digest (bytes) of `data` (bytes-like) by the algorithm `name`: "md5", "sha1", "sha224" or "sha256". */
ai_word ai_hashlib_digest(ai_word name, ai_word data);

#endif
