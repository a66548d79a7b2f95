/* stdlib/base64.h — the loops of the Python-written base64 module
 * (compiler/pylib/base64.py): binascii's b2a_base64 and a2b_base64. */
#ifndef AI_STDLIB_BASE64_H
#define AI_STDLIB_BASE64_H

#include "aithon.h"

/* data (bytes-like) in Base64 with the 64-character `alphabet`, '=' padded, a '\n' after when newline is True. */
ai_word ai_base64_encode(ai_word data, ai_word alphabet, ai_word newline);
/* The bytes Base64 text `data` holds, read as binascii.a2b_base64 reads it (unless strict is True, characters
 * outside the alphabet are skipped; the padding that completes a group ends it); `altchars` (2 bytes, or None) also
 * stand for '+' and '/'. A malformed input gives an int instead, for the Python side to raise binascii's error: the
 * count of data characters when it is one more than a multiple of four, else a negative code (base64.c's enum). */
ai_word ai_base64_decode(ai_word data, ai_word altchars, ai_word strict);

#endif
