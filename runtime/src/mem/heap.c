/* mem/heap.c — chunked bump allocation per actor, with holes after a
 * collection and adopted message fragments. See heap.h. */
#include "mem/heap.h"

#include "aithon.h"
#include "gc/gc.h"
#include "obj/object.h"
#include "obj/str.h"

#include <stdatomic.h>
#include <stdlib.h>

static _Atomic int64_t total_bytes;
int64_t ai_heap_total_bytes(void) { return atomic_load_explicit(&total_bytes, memory_order_relaxed); }
void ai_heap_account(int64_t delta) { atomic_fetch_add_explicit(&total_bytes, delta, memory_order_relaxed); }

const uint64_t ai_heap_free_run = 0;

_Thread_local ai_heap *ai_current_heap __attribute__((tls_model("initial-exec")));
static _Thread_local ai_heap main_heap_storage;

#define ROUND16(n) (((n) + AI_HEAP_ALIGN - 1) & ~(AI_HEAP_ALIGN - 1))
/* An actor's heap collects after 512 KiB of allocation, and then whenever it
 * has allocated as much as it kept (at least 512 KiB): a program may run many
 * actors at once, each holding up to that much garbage. The main thread's heap
 * (most programs' only one) waits for AI_MAIN_HEAP_MIN_STEP: a collection costs
 * about the same for a small heap whatever the step (roots, mark bitmaps, the
 * sweep of every chunk), so a program allocating fast with little live data
 * (objects of a search, an interpreter's frames) paid that cost per 512 KiB:
 * 321 collections in a scaled whole_probe2_astar, a quarter of its time. */
#define GC_MIN ((size_t)512 * 1024)

void ai_heap_init(ai_heap *h) {
  memset(h, 0, sizeof *h);
  h->next_chunk = AI_HEAP_FIRST_CHUNK;
  h->gc_at = GC_MIN;
  h->gc_min_step = GC_MIN;
}

/* A chunk's total size for data_bytes (rounded up to granules, as *data_bytes). */
static size_t chunk_size(size_t *data_bytes, size_t *nwords) {
  *data_bytes = ROUND16(*data_bytes);
  if (*data_bytes == 0) *data_bytes = AI_HEAP_ALIGN;
  *nwords = (*data_bytes / AI_HEAP_ALIGN + 63) / 64;
  return ROUND16(sizeof(ai_chunk)) + ROUND16(*nwords * 2 * sizeof(uint64_t)) + *data_bytes;
}

/* Lays out a chunk in zeroed memory c. */
static ai_chunk *chunk_format(ai_chunk *c, size_t data_bytes, size_t nwords, uint32_t flags) {
  size_t hdr = ROUND16(sizeof(ai_chunk));
  size_t bm = ROUND16(nwords * 2 * sizeof(uint64_t));
  c->starts = (uint64_t *)((char *)c + hdr);
  c->data = (char *)c + hdr + bm;
  c->end = c->data + data_bytes;
  c->flags = flags | AI_CHUNK_ALLOCATED;
  c->nwords = (uint32_t)nwords;
  return c;
}

ai_chunk *ai_chunk_new(size_t data_bytes, uint32_t flags) {
  size_t nwords;
  ai_chunk *c = calloc(1, chunk_size(&data_bytes, &nwords));
  return c ? chunk_format(c, data_bytes, nwords, flags) : NULL;
}

ai_chunk *ai_chunk_place(void *mem, size_t cap, size_t data_bytes, uint32_t flags) {
  char *p = (char *)ROUND16((uintptr_t)mem);
  size_t nwords, size = chunk_size(&data_bytes, &nwords);
  if ((size_t)(p - (char *)mem) + size > cap) return NULL;
  memset(p, 0, size);
  return chunk_format((ai_chunk *)p, data_bytes, nwords, flags | AI_CHUNK_EMBEDDED);
}

void ai_chunk_free(ai_chunk *c) {
  if (!(c->flags & AI_CHUNK_EMBEDDED)) free(c);
}

bool ai_heap_track(ai_heap *h, void *obj, void (*release)(void *obj)) {
  ai_tracked_list *tl = h->tracked;
  if (!tl || tl->n == tl->cap) {
    uint32_t cap = tl ? tl->cap : 0;
    if (cap > UINT32_MAX / 4) return false;
    cap = cap ? cap * 2 : 16;
    ai_tracked_list *ntl = realloc(tl, sizeof(ai_tracked_list) + cap * sizeof(ai_tracked));
    if (!ntl) return false;
    if (!tl) ntl->n = 0;
    ntl->cap = cap;
    h->tracked = tl = ntl;
  }
  tl->items[tl->n++] = (ai_tracked){obj, release};
  return true;
}

void ai_heap_destroy(ai_heap *h) {
  /* what its objects hold outside it (a dead actor's suspended generators' stacks) goes with it */
  if (h->tracked)
    for (uint32_t i = 0; i < h->tracked->n; i++) h->tracked->items[i].release(h->tracked->items[i].obj);
  free(h->tracked);
  ai_gc_gen_free(h);
  ai_str_cursor_invalidate(); /* its strs are gone */
  ai_heap_account(-(int64_t)(h->chunk_bytes + h->large_bytes));
  ai_chunk *c = h->chunks;
  while (c) {
    ai_chunk *n = c->next;
    ai_chunk_free(c);
    c = n;
  }
  ai_large *l = h->large;
  while (l) {
    ai_large *n = l->next;
    free(l);
    l = n;
  }
  if (ai_current_heap == h) ai_current_heap = NULL;
  memset(h, 0, sizeof *h);
}

ai_heap *ai_heap_current(void) {
  if (!ai_current_heap) {
    ai_heap_init(&main_heap_storage);
    main_heap_storage.gc_at = main_heap_storage.gc_min_step = AI_MAIN_HEAP_MIN_STEP;
    ai_current_heap = &main_heap_storage;
  }
  return ai_current_heap;
}

static AI_COLD void *out_of_memory(void) {
  ai_raise(&ai_exc_MemoryError, NULL);
  return NULL;
}

static inline void *bump(ai_heap *h, size_t n) {
  char *p = h->bump;
  h->bump = p + n;
  h->bytes += n;
  size_t g = (size_t)(p - h->cur_data) >> 4;
  h->cur_starts[g >> 6] |= (uint64_t)1 << (g & 63);
  return p;
}

void ai_heap_retire_region(ai_heap *h) {
  if (h->cur && h->bump < h->limit) ai_chunk_set_free(h->cur, h->bump);
  h->bump = h->limit = NULL;
}

static void set_region(ai_heap *h, ai_chunk *c, char *lo, char *hi) {
  c->flags |= AI_CHUNK_ALLOCATED;
  h->cur = c;
  h->cur_starts = c->starts;
  h->cur_data = c->data;
  h->bump = lo;
  h->limit = hi;
}

static bool take_hole(ai_heap *h, size_t n) {
  while (h->holes) {
    ai_hole *hole = h->holes;
    h->holes = hole->next;
    char *lo = (char *)hole, *hi = hole->end;
    ai_chunk *c = hole->chunk;
    if ((size_t)(hi - lo) >= n) {
      /* The sweep leaves dead objects' bytes in a free run: zeroed here, as
       * the allocator hands out zeroed memory, right before the region is
       * filled (the lines are then in cache for the stores that follow). */
      memset(lo, 0, (size_t)(hi - lo));
      set_region(h, c, lo, hi);
      return true;
    }
    c->flags |= AI_CHUNK_ALLOCATED; /* a dropped hole: the next sweep of the chunk makes it a hole again */
  }
  return false;
}

/* Objects of at least this size that fit neither the current region nor the
 * next hole are bump-allocated from a separate overflow region (Immix's
 * overflow allocation) instead of dropping holes until one fits: a dropped
 * hole stays unused until the next collection, and when most holes are small
 * (re_tokenize_json's average 170 bytes) a stream of medium objects (list and
 * dict tables, longer strs) would skip them all and grow the heap by new
 * chunks while a third of it sat free. */
#define OVERFLOW_MIN ((size_t)256)

static inline void *bump_overflow(ai_heap *h, size_t n) {
  char *p = h->ovf_bump;
  h->ovf_bump = p + n;
  h->bytes += n;
  ai_chunk_set_start(h->ovf, p);
  return p;
}

void ai_heap_retire_overflow(ai_heap *h) {
  if (h->ovf && h->ovf_bump < h->ovf_limit) ai_chunk_set_free(h->ovf, h->ovf_bump);
  h->ovf = NULL;
  h->ovf_bump = h->ovf_limit = NULL;
}

/* Collects when due; only the owner (current heap) may. */
static bool maybe_collect(ai_heap *h) {
  if (h->gc_disabled || h->bytes < h->gc_at || h != ai_current_heap) return false;
  ai_gc_collect(h);
  return true;
}

void ai_heap_maybe_collect(ai_heap *h) { (void)maybe_collect(h); }

static void *alloc_large(ai_heap *h, size_t n) {
  if (n > SIZE_MAX - sizeof(ai_large)) return out_of_memory();
  ai_large *l = calloc(1, sizeof(ai_large) + n);
  if (!l) return out_of_memory();
  l->size = n;
  l->next = h->large;
  l->prev = NULL;
  if (h->large) h->large->prev = l;
  h->large = l;
  h->nlarge++;
  h->bytes += n;
  h->large_bytes += n;
  ai_heap_account((int64_t)n);
  return (char *)l + sizeof(ai_large);
}

/* A new chunk with room for n bytes, linked into h. */
static ai_chunk *new_chunk(ai_heap *h, size_t n) {
  size_t size = h->next_chunk ? h->next_chunk : AI_HEAP_FIRST_CHUNK;
  if (size < n) size = n;
  ai_chunk *c = ai_chunk_new(size, 0);
  if (!c) return NULL;
  c->next = h->chunks;
  h->chunks = c;
  h->nchunks++;
  h->chunk_bytes += (size_t)(c->end - c->data);
  ai_heap_account(c->end - c->data);
  if (h->next_chunk < AI_HEAP_CHUNK) h->next_chunk = h->next_chunk ? h->next_chunk * 2 : AI_HEAP_FIRST_CHUNK * 2;
  return c;
}

void *ai_heap_alloc(ai_heap *h, size_t n) {
  n = ROUND16(n);
  if (n == 0) n = AI_HEAP_ALIGN;
  if ((size_t)(h->limit - h->bump) >= n) return bump(h, n);
  if (n > AI_HEAP_LARGE) {
    maybe_collect(h);
    return alloc_large(h, n);
  }
  if (n >= OVERFLOW_MIN) {
    if ((size_t)(h->ovf_limit - h->ovf_bump) >= n) return bump_overflow(h, n);
    ai_hole *next = h->holes;
    if (next && (size_t)(next->end - (char *)next) < n) {
      if (maybe_collect(h)) return ai_heap_alloc(h, n); /* regions and holes are new */
      ai_chunk *c = new_chunk(h, n);
      if (!c) return out_of_memory();
      ai_heap_retire_overflow(h);
      h->ovf = c;
      h->ovf_bump = c->data;
      h->ovf_limit = c->end;
      return bump_overflow(h, n);
    }
  }
  ai_heap_retire_region(h);
  if (take_hole(h, n)) return bump(h, n);
  if (maybe_collect(h)) {
    ai_heap_retire_region(h);
    if (take_hole(h, n)) return bump(h, n);
  }
  ai_chunk *c = new_chunk(h, n);
  if (!c) return out_of_memory();
  set_region(h, c, c->data, c->end);
  return bump(h, n);
}

void *ai_alloc_slow(size_t n) { return ai_heap_alloc(ai_heap_current(), n); }

void ai_heap_adopt(ai_heap *h, ai_chunk *frag) {
  frag->next = h->chunks;
  h->chunks = frag;
  h->nchunks++;
  size_t sz = (size_t)(frag->end - frag->data);
  h->chunk_bytes += sz;
  h->bytes += sz;
  ai_heap_account((int64_t)sz);
}

void *ai_alloc(size_t n) {
  ai_heap *h = ai_current_heap;
  n = (n + AI_HEAP_ALIGN - 1) & ~(AI_HEAP_ALIGN - 1);
  if (AI_LIKELY(h != NULL && n != 0 && (size_t)(h->limit - h->bump) >= n)) return bump(h, n);
  return ai_alloc_slow(n);
}
