/*
 * mem/heap.h — the per-actor heap.
 *
 * Every actor (green thread; the main program is the first one) owns one
 * ai_heap and only that actor allocates from it, so allocation needs no locks.
 * The heap of the running actor is `ai_current_heap` (thread-local, switched by
 * the scheduler with the actor).
 *
 * Layout: small objects are bump-allocated inside chunks. A chunk is
 *   [ai_chunk header][start bitmap][mark bitmap][data ...]
 * with one bit per 16-byte granule of data in each bitmap. ai_alloc's fast
 * path is a bump pointer plus setting the object's start bit; an object
 * extends from its start bit to the next start bit (or the chunk's end), so
 * the collector can walk a chunk object by object and map an interior pointer
 * to its object without any header in the objects (raw buffers work too).
 * Chunks grow from 4 KiB (a small actor stays small) to AI_HEAP_CHUNK.
 * Objects larger than AI_HEAP_LARGE get a block of their own in the `large` list.
 *
 * After a collection (gc/gc.h) each run of dead granules becomes one free
 * run (only its first granule cleared) and the runs of at least
 * AI_HEAP_MIN_HOLE bytes become "holes"; the bump pointer then moves from hole
 * to hole (limit = end of the hole; the hole is zeroed when taken) before new
 * chunks are taken, Immix-style. Free
 * space always carries a start bit ("filler"), so it never extends a live
 * object. Completely empty chunks are returned to the system.
 *
 * Message fragments: a sender copies a message into a fragment (a chunk it
 * mallocs itself, with start bits set for each copied object); the receiver
 * adopts the fragment into its heap when it takes the message
 * (ai_heap_adopt), after which it is collected like any chunk.
 */
#ifndef AI_MEM_HEAP_H
#define AI_MEM_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define AI_HEAP_CHUNK ((size_t)256 * 1024)   /* largest chunk */
#define AI_HEAP_FIRST_CHUNK ((size_t)4 * 1024)
#define AI_HEAP_LARGE ((size_t)16 * 1024)
#define AI_MAIN_HEAP_MIN_STEP ((size_t)2 * 1024 * 1024) /* heap.c GC_MIN */
#define AI_HEAP_ALIGN ((size_t)16)
#define AI_HEAP_MIN_HOLE ((size_t)64)

#define AI_CHUNK_FRAGMENT 1u
#define AI_CHUNK_EMBEDDED 2u /* made in memory it does not own (ai_chunk_place): never freed */
/* Objects were allocated in it (or a hole of it dropped) since the last collection: a young collection sweeps only
 * these chunks (every other one holds old objects and free space only). */
#define AI_CHUNK_ALLOCATED 4u

typedef struct ai_chunk {
  struct ai_chunk *next;
  char *data;         /* first granule */
  char *end;          /* one past the last usable byte */
  uint64_t *starts;   /* one bit per granule: an object (or free run) starts here */
  size_t live;        /* bytes of marked objects the last sweep of the chunk counted (gc.c) */
  uint32_t flags;     /* AI_CHUNK_FRAGMENT, AI_CHUNK_EMBEDDED, AI_CHUNK_ALLOCATED */
  uint32_t nwords;    /* words in each bitmap */
} ai_chunk;

typedef struct ai_large {
  struct ai_large *next, *prev;
  size_t size;
  size_t mark; /* collector's mark; also keeps the object 16-byte aligned */
} ai_large;

/* The first word of every free run (the filler after a region's end, dead space the sweep found): the address of a
 * private object of heap.c, which no type pointer, ai_word or buffer word can equal. A stale pointer into a free run
 * (a dead register, a popped list item) makes marking find the run: drain (gc.c) sees this word and drops it, instead
 * of scanning the run's stale bytes conservatively. Without it, the holes the last sweep left but the allocator had
 * not taken yet were found through one stale root and then through each other's `next` words, and scanned as live:
 * a scaled whole_probe2_bwt scanned ~1.2 MiB of dead strs per collection and kept them another cycle. */
extern const uint64_t ai_heap_free_run;
#define AI_FREE_RUN ((uintptr_t)&ai_heap_free_run)

typedef struct ai_hole {
  uintptr_t free_run; /* AI_FREE_RUN */
  struct ai_hole *next;
  char *end;
  ai_chunk *chunk;
} ai_hole;

typedef struct ai_heap {
  char *bump;          /* next free byte of the current region */
  char *limit;         /* end of the current region (chunk end or hole end) */
  uint64_t *cur_starts; /* start bitmap of the region's chunk */
  char *cur_data;      /* data base of the region's chunk */
  ai_chunk *cur;       /* the region's chunk */
  ai_chunk *chunks;    /* every chunk (newest first) */
  ai_large *large;     /* large objects, newest first */
  ai_hole *holes;      /* free runs left by the last collection */
  /* overflow region: medium objects that fit neither the current region nor
   * the next hole (heap.c, OVERFLOW_MIN); NULL until one needs it */
  char *ovf_bump, *ovf_limit;
  ai_chunk *ovf;
  uint32_t nchunks;
  uint32_t nlarge;
  size_t bytes;        /* total bytes handed out since creation (monotonic) */
  size_t chunk_bytes;  /* bytes of chunk data held (footprint of small objects) */
  size_t large_bytes;  /* bytes of large objects held */
  size_t gc_at;        /* collect when `bytes` reaches this */
  size_t live;         /* bytes live after the last collection */
  /* 32-bit fields together: every actor block holds a heap, and an idle
   * actor's block is most of its memory (issue 5: at most 1 KiB in all) */
  uint32_t next_chunk;  /* size of the next chunk (at most AI_HEAP_CHUNK) */
  uint32_t gc_min_step; /* bytes a collection lets the heap allocate before the next, at least (gc.c ai_gc_step) */
  int gc_disabled;      /* >0: never collect (nesting count) */
  uint32_t ncollections;
  uint32_t nfreed;      /* objects (blocks) the last collection freed (saturating) */
  /* the owner's context, for the collector */
  char *stack_hi;      /* top of the owner's stack; NULL: the OS thread's stack */
  /* extra roots of the owner (message queue, spawn arguments): calls
   * visit(words, n, ctx) for each array of words to mark */
  void (*roots)(struct ai_heap *h, void (*visit)(const int64_t *words, size_t n, void *ctx), void *ctx);
  void *roots_owner;   /* for `roots` (the actor) */
  /* objects of this heap holding memory outside it (a started generator's stack): a collection that finds one
   * dead calls its release function (gc.c release_dead), and destroying the heap calls all of them */
  struct ai_tracked_list *tracked;
  /* the young generation's state (gc/gc.c), NULL until the first collection with AITHON_GC_GENERATIONAL=1 */
  struct ai_gen *gen;
} ai_heap;

typedef struct ai_tracked {
  void *obj;
  void (*release)(void *obj);
} ai_tracked;

/* One malloc'd block, NULL until the first ai_heap_track: the counts cost an idle actor's block nothing. */
typedef struct ai_tracked_list {
  uint32_t n, cap;
  ai_tracked items[];
} ai_tracked_list;

/* Remembers that `obj` (an object of `h`) holds memory outside the heap, which `release(obj)` gives back once obj
 * is garbage or the heap is destroyed. False when there was no memory to remember it (obj then keeps its memory). */
bool ai_heap_track(ai_heap *h, void *obj, void (*release)(void *obj));

/* The running actor's heap (thread-local; created lazily on first use). */
extern _Thread_local ai_heap *ai_current_heap __attribute__((tls_model("initial-exec")));

void ai_heap_init(ai_heap *h);
/* Returns all memory of `h` to the system. Objects in it become invalid. */
void ai_heap_destroy(ai_heap *h);
/* Out-of-line allocation path (new region, large object, collection, first use). */
void *ai_alloc_slow(size_t nbytes);
/* The heap of the current thread, created when missing. */
ai_heap *ai_heap_current(void);
/* Allocation from a given heap (its owner must be the caller). */
void *ai_heap_alloc(ai_heap *h, size_t nbytes);

/* ---- chunks, for the collector and message fragments */
/* A zeroed chunk with room for `data_bytes` (rounded up to granules). */
ai_chunk *ai_chunk_new(size_t data_bytes, uint32_t flags);
/* The same made in mem[0, cap) (flags | AI_CHUNK_EMBEDDED), or NULL when it
 * does not fit: the spawn arguments' fragment in the new actor's block. The
 * memory must outlive the heap that adopts the chunk. */
ai_chunk *ai_chunk_place(void *mem, size_t cap, size_t data_bytes, uint32_t flags);
/* Frees a chunk (an embedded one: nothing). */
void ai_chunk_free(ai_chunk *c);
/* The mark bitmap (one bit per granule: marked by the collector) follows the start bitmap. */
static inline uint64_t *ai_chunk_marks(const ai_chunk *c) { return c->starts + c->nwords; }
static inline void ai_chunk_set_start(ai_chunk *c, const void *p) {
  size_t g = (size_t)((const char *)p - c->data) >> 4;
  c->starts[g >> 6] |= (uint64_t)1 << (g & 63);
}
/* Makes [p, ...) a free run: its start bit and the AI_FREE_RUN word. */
static inline void ai_chunk_set_free(ai_chunk *c, void *p) {
  ai_chunk_set_start(c, p);
  *(uintptr_t *)p = AI_FREE_RUN;
}
/* Ends the current region: its rest becomes a free run. */
void ai_heap_retire_region(ai_heap *h);
/* Ends the overflow region (its rest becomes free space): the collector calls
 * it before sweeping. */
void ai_heap_retire_overflow(ai_heap *h);
/* Links a fragment (filled by another thread, now owned by h's owner) into h. */
void ai_heap_adopt(ai_heap *h, ai_chunk *frag);
/* Collects h when its allocation (adopted messages included) is due; h must
 * be the caller's current heap. Called after taking messages. */
void ai_heap_maybe_collect(ai_heap *h);
/* Bytes held by all heaps of the process (chunks + large objects; adopted
 * fragments count from their adoption). Updated on slow paths only. */
int64_t ai_heap_total_bytes(void);
void ai_heap_account(int64_t delta);
/* Bytes the heap holds now (chunks + large objects). */
static inline size_t ai_heap_footprint(const ai_heap *h) { return h->chunk_bytes + h->large_bytes; }

#endif
