/* obj/str.h — str internals: construction, UTF-8 helpers, a growable buffer. */
#ifndef AI_OBJ_STR_H
#define AI_OBJ_STR_H

#include "obj/object.h"

#include <stdatomic.h>
#include <stdio.h>

/* A new str of `nbytes` uninitialised bytes (data[nbytes] = 0); call
 * ai_str_finish after filling it. NULL when it raised. */
AiStr *ai_str_alloc(int64_t nbytes);
/* Computes length and the ascii flag from the bytes. */
ai_word ai_str_finish(AiStr *s);
/* Str from ASCII bytes (no validation). */
ai_word ai_str_new_ascii(const char *s, int64_t n);

/* Decodes one code point at p (valid UTF-8, surrogates allowed); returns the
 * next position. */
const char *ai_utf8_decode(const char *p, uint32_t *cp);
/* Encodes cp, returns the number of bytes written (1..4). */
int ai_utf8_encode(uint32_t cp, char *out);
/* Skip Unicode whitespace (str.isspace) forwards / backwards. */
const char *ai_utf8_skip_space(const char *p, const char *end);
const char *ai_utf8_rskip_space(const char *begin, const char *end);
/* Byte size of the first `ncp` code points. */
int64_t ai_utf8_prefix_bytes(const char *s, int64_t nbytes, int64_t ncp);

/* Bump when objects may be freed: invalidates str index cursors
 * (obj/methods_str.c). */
extern _Atomic uint64_t ai_str_cursor_epoch;
static inline void ai_str_cursor_invalidate(void) { atomic_fetch_add_explicit(&ai_str_cursor_epoch, 1, memory_order_release); }

/* Growable malloc'd byte buffer for building strings. */
typedef struct {
  char *p;
  size_t len, cap;
  bool failed;
} ai_sbuf;

void ai_sbuf_put(ai_sbuf *b, const char *s, size_t n);
void ai_sbuf_putc(ai_sbuf *b, char c);
void ai_sbuf_fill(ai_sbuf *b, uint32_t cp, int64_t count); /* count copies of cp */
void ai_sbuf_free(ai_sbuf *b);
/* Turns the buffer into a str word and frees it. */
ai_word ai_sbuf_to_str(ai_sbuf *b);
/* The same into a bytes word (MemoryError if the buffer could not grow). */
ai_word ai_sbuf_to_bytes(ai_sbuf *b);

#endif
