/* stdlib/zlibmod.h — the zlib library's calls for the Python-written zlib module (compiler/pylib/zlib.py).
 * Each returns bytes (or an int), or a str: the message of the zlib.error the Python side raises. */
#ifndef AI_STDLIB_ZLIBMOD_H
#define AI_STDLIB_ZLIBMOD_H

#include "aithon.h"

/* zlib.compress(data, level, wbits) / zlib.decompress(data, wbits, bufsize). */
ai_word ai_zlib_compress(ai_word data, ai_word level, ai_word wbits);
ai_word ai_zlib_decompress(ai_word data, ai_word wbits, ai_word bufsize);
/* The running checksums, from `value`. */
ai_word ai_zlib_crc32(ai_word data, ai_word value);
ai_word ai_zlib_adler32(ai_word data, ai_word value);
/* compressobj's stream: an int handle; deflate(handle, data, mode) with mode Z_NO_FLUSH for compress(), else a
 * flush mode (Z_FINISH ends the stream). */
ai_word ai_zlib_deflate_new(ai_word level, ai_word wbits, ai_word memlevel, ai_word strategy);
ai_word ai_zlib_deflate(ai_word handle, ai_word data, ai_word mode);
/* decompressobj's stream: inflate(handle, data, max_length) (0: no limit); after it, inflate_eof (1 when the
 * stream ended) and inflate_rest (the input it did not read). */
ai_word ai_zlib_inflate_new(ai_word wbits);
ai_word ai_zlib_inflate(ai_word handle, ai_word data, ai_word max_length);
ai_word ai_zlib_inflate_eof(ai_word handle);
ai_word ai_zlib_inflate_rest(ai_word handle);
/* Frees a stream. */
ai_word ai_zlib_end(ai_word handle);

#endif
