/*
 * mem/heap.h — the per-actor heap.
 *
 * Every actor (green thread; today only the main program) owns one ai_heap and
 * only that actor allocates from it, so allocation needs no locks. The heap of
 * the running actor is `ai_current_heap` (thread-local).
 *
 * Layout: small objects are bump-allocated from a singly linked list of
 * chunks (AI_HEAP_CHUNK bytes, zero-filled by calloc); objects larger than
 * AI_HEAP_LARGE get a block of their own in a doubly linked `large` list.
 *
 * Towards a collector: no collection happens yet. The design leaves room for a
 * per-heap (per-actor) mark & sweep or compacting tracer, as in Pony:
 *   - every object starts with AiObject {type, gc}; the `gc` word is free for
 *     a mark bit / forwarding pointer / size class;
 *   - every chunk records its bounds (`data`..`end`) and the high-water mark
 *     `top`, so a sweeper can walk a chunk object by object once objects carry
 *     their size (or size-class per chunk), and a conservative stack scan can
 *     find the chunk owning an interior pointer by checking chunk bounds;
 *   - large objects are individually linked and can be freed in O(1);
 *   - roots will be the actor's stack (conservatively), its message queue and
 *     the module globals; memory reused after a sweep must be re-zeroed since
 *     ai_alloc promises zeroed memory.
 */
#ifndef AI_MEM_HEAP_H
#define AI_MEM_HEAP_H

#include <stddef.h>
#include <stdint.h>

#define AI_HEAP_CHUNK ((size_t)256 * 1024)
#define AI_HEAP_LARGE ((size_t)16 * 1024)
#define AI_HEAP_ALIGN ((size_t)16)

typedef struct ai_chunk {
  struct ai_chunk *next;
  char *data; /* first object */
  char *top;  /* bump pointer at the time the chunk was retired */
  char *end;  /* one past the last usable byte */
} ai_chunk;

typedef struct ai_large {
  struct ai_large *next, *prev;
  size_t size;
  size_t pad; /* keeps the object 16-byte aligned */
} ai_large;

typedef struct ai_heap {
  char *bump;        /* next free byte in `chunks` (the current chunk) */
  char *limit;       /* end of the current chunk */
  ai_chunk *chunks;  /* current chunk first, then older ones */
  ai_large *large;   /* large objects, newest first */
  size_t nchunks;
  size_t nlarge;
  size_t bytes;      /* total bytes handed out (small + large) */
} ai_heap;

/* The running actor's heap (thread-local; created lazily on first use). */
extern _Thread_local ai_heap *ai_current_heap __attribute__((tls_model("initial-exec")));

void ai_heap_init(ai_heap *h);
/* Returns all memory of `h` to the system. Objects in it become invalid. */
void ai_heap_destroy(ai_heap *h);
/* Out-of-line allocation path (new chunk, large object, first use). */
void *ai_alloc_slow(size_t nbytes);
/* The heap of the current thread, created when missing. */
ai_heap *ai_heap_current(void);

#endif
