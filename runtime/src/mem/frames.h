/*
 * mem/frames.h — small blocks outside every heap, by size class, for the
 * scheduler's saved stack images (sched.c, "stacks": an idle actor on a shared
 * stack holds its frames in one, 240 bytes for compiled Python in receive()).
 *
 * Why not malloc: the images are allocated by the worker threads, whose glibc
 * arenas grow a page at a time with an mprotect each (a non-main arena's
 * grow_heap has no top pad): 18,000 of the 22,700 mprotect calls of 300,000
 * spawns. Here each thread carves its blocks from its own populated region of
 * AI_FRAMES_REGION bytes (one mmap per region, its pages faulted in by that
 * call), keeps a free list per class (no lock, no atomic), and passes full
 * batches to the other threads through a locked list per class (a block is
 * often freed on another worker than the one that made it). Regions are never
 * unmapped: the pool holds as many blocks as were ever in use at once, as the
 * message nodes' does.
 *
 * Sizes up to AI_FRAMES_MAX are rounded up to 16 bytes; larger ones are
 * malloc'd. The caller passes the size back to ai_frames_free. Under
 * AddressSanitizer every block is malloc'd: LeakSanitizer must see the
 * pointers that saved frames hold, and it scans malloc'd blocks only.
 * Never inlined (thread-local caches: a caller may resume on another thread).
 */
#ifndef AI_MEM_FRAMES_H
#define AI_MEM_FRAMES_H

#include <stddef.h>

#define AI_FRAMES_MAX ((size_t)1024)

/* A block of at least `size` bytes, 16-byte aligned; NULL when out of memory. */
void *ai_frames_alloc(size_t size);
/* Gives back a block of ai_frames_alloc(size) (the same size). */
void ai_frames_free(void *p, size_t size);

#endif
