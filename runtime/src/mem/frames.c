/* mem/frames.c — size-classed blocks from per-thread regions. See frames.h. */
#define _GNU_SOURCE
#include "mem/frames.h"

#include "platform/context.h" /* AI_ASAN */

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#ifdef AI_ASAN

void *ai_frames_alloc(size_t size) { return malloc(size); }
void ai_frames_free(void *p, size_t size) {
  (void)size;
  free(p);
}

#else

#define GRAIN 16
#define NCLASS ((int)(AI_FRAMES_MAX / GRAIN))
/* a thread keeps up to 2 * BATCH free blocks of a class, and passes BATCH
 * to the global list when it has more */
#define BATCH 64
#define REGION ((size_t)256 * 1024)

typedef struct frame_block {
  struct frame_block *next;       /* the free list */
  struct frame_block *next_batch; /* the first block of a batch on the global list */
} frame_block;

typedef struct frame_cache {
  frame_block *free[NCLASS];
  uint32_t nfree[NCLASS];
  char *carve, *carve_end; /* the rest of the thread's region */
} frame_cache;

static _Thread_local __attribute__((tls_model("initial-exec"))) frame_cache tls_frames;
static pthread_mutex_t frames_lock = PTHREAD_MUTEX_INITIALIZER;
static frame_block *batches[NCLASS];

/* A new region for the calling thread: its pages faulted in by the mmap
 * itself (one system call for 64 pages, where a fault each and glibc's
 * mprotect each were two). */
static bool new_region(void) {
  void *m = mmap(NULL, REGION, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (m == MAP_FAILED) return false;
  tls_frames.carve = m;
  tls_frames.carve_end = (char *)m + REGION;
  return true;
}

/* The thread has no free block of class c: a batch from the global list, or
 * BATCH blocks carved from its region (fewer when the region's end is near:
 * its rest is dropped only when not even one fits). */
static __attribute__((noinline, cold)) bool refill(int c) {
  pthread_mutex_lock(&frames_lock);
  frame_block *b = batches[c];
  if (b) batches[c] = b->next_batch;
  pthread_mutex_unlock(&frames_lock);
  if (b) {
    tls_frames.free[c] = b;
    tls_frames.nfree[c] = BATCH;
    return true;
  }
  size_t size = (size_t)(c + 1) * GRAIN;
  if ((size_t)(tls_frames.carve_end - tls_frames.carve) < size && !new_region()) return false;
  uint32_t n = 0;
  frame_block *head = NULL;
  while (n < BATCH && (size_t)(tls_frames.carve_end - tls_frames.carve) >= size) {
    frame_block *f = (frame_block *)tls_frames.carve;
    tls_frames.carve += size;
    f->next = head;
    head = f;
    n++;
  }
  tls_frames.free[c] = head;
  tls_frames.nfree[c] = n;
  return true;
}

/* The thread holds 2 * BATCH free blocks of class c: BATCH of them go to the
 * global list, for the threads that allocate more than they free. */
static __attribute__((noinline, cold)) void spill(int c) {
  frame_block *first = tls_frames.free[c], *last = first;
  for (int i = 1; i < BATCH; i++) last = last->next;
  tls_frames.free[c] = last->next;
  tls_frames.nfree[c] -= BATCH;
  last->next = NULL;
  pthread_mutex_lock(&frames_lock);
  first->next_batch = batches[c];
  batches[c] = first;
  pthread_mutex_unlock(&frames_lock);
}

__attribute__((noinline)) void *ai_frames_alloc(size_t size) {
  if (size > AI_FRAMES_MAX) return malloc(size);
  int c = size ? (int)((size - 1) / GRAIN) : 0;
  if (!tls_frames.free[c] && !refill(c)) return NULL;
  frame_block *f = tls_frames.free[c];
  tls_frames.free[c] = f->next;
  tls_frames.nfree[c]--;
  return f;
}

__attribute__((noinline)) void ai_frames_free(void *p, size_t size) {
  if (size > AI_FRAMES_MAX) {
    free(p);
    return;
  }
  int c = size ? (int)((size - 1) / GRAIN) : 0;
  frame_block *f = p;
  f->next = tls_frames.free[c];
  tls_frames.free[c] = f;
  if (++tls_frames.nfree[c] == 2 * BATCH) spill(c);
}

#endif
