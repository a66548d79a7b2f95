/*
 * obj/bytes.h — bytes and bytearray: one layout for both (a length and a
 * pointer to the bytes), so every read-only operation serves either type.
 * bytes keep their data inline after the header (data points there) and are
 * immutable, so the collector never scans them (AI_GC_LEAF); a bytearray's
 * data is the inline data of a bytes object it replaces as it grows, which its
 * trace function marks.
 *
 * Both are extension types (obj/ext.h): the compiler types them as dynamic
 * values, and every protocol (repr, ==, <, hash, len, [], in, +, *, iter,
 * methods) reaches them through their AiExtSlots.
 */
#ifndef AI_OBJ_BYTES_H
#define AI_OBJ_BYTES_H

#include "obj/containers.h"

typedef struct AiBytes {
  AiObject ob;
  int64_t len;
  int64_t cap;  /* bytearray: allocated size of data */
  int64_t hash; /* bytes: -1 until computed */
  uint8_t *data;
  ai_word buf; /* bytearray: the bytes object whose inline data `data` points into (0: data is inline) */
} AiBytes;

extern const AiType ai_type_bytes;
extern const AiType ai_type_bytearray;

static inline AiBytes *ai_as_bytes(ai_word w) { return (AiBytes *)(intptr_t)w; }
static inline bool ai_is_bytes(ai_word w) { return ai_has_type(w, &ai_type_bytes); }
static inline bool ai_is_bytearray(ai_word w) { return ai_has_type(w, &ai_type_bytearray); }
static inline bool ai_is_byteslike(ai_word w) { return ai_is_bytes(w) || ai_is_bytearray(w); }

/* A new bytes object holding a copy of p[0..n) (p may be NULL: zeroed). 0 when it raised. */
ai_word ai_bytes_from(const void *p, int64_t n);
/* A new bytearray holding a copy of p[0..n) (p may be NULL: zeroed). */
ai_word ai_bytearray_from(const void *p, int64_t n);
/* A new object of the same type as `like` (bytes or bytearray). */
ai_word ai_bytes_like(ai_word like, const void *p, int64_t n);
/* Appends n bytes to a bytearray. */
bool ai_bytearray_append(ai_word ba, const void *p, int64_t n);
/* The bytes of a bytes-like argument, or raises "a bytes-like object is required, not 'str'". */
bool ai_bytes_arg(ai_word w, const uint8_t **p, int64_t *n);

/* Registers the types' slots (called by every constructor). */
void ai_bytes_register(void);
extern const ai_method_def ai_bytes_methods[];
extern const ai_method_def ai_bytearray_methods[];

/* bytes_percent.c: fmt % args for a bytes-like fmt (PEP 461). */
ai_word ai_bytes_percent(ai_word fmt, ai_word args);

/* codecs.c: bytes.decode / str.encode for utf-8, ascii and latin-1. */
ai_word ai_bytes_decode(const uint8_t *p, int64_t n, ai_word encoding, ai_word errors);
ai_word ai_str_encode(ai_word s, ai_word encoding, ai_word errors);

#endif
