/* mem/heap.c — chunked bump allocation per actor. See heap.h. */
#include "mem/heap.h"

#include "aithon.h"
#include "obj/object.h"

#include <stdlib.h>

_Thread_local ai_heap *ai_current_heap __attribute__((tls_model("initial-exec")));
static _Thread_local ai_heap main_heap_storage;

void ai_heap_init(ai_heap *h) { memset(h, 0, sizeof *h); }

void ai_heap_destroy(ai_heap *h) {
  ai_chunk *c = h->chunks;
  while (c) {
    ai_chunk *n = c->next;
    free(c);
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
    ai_current_heap = &main_heap_storage;
  }
  return ai_current_heap;
}

static AI_COLD void *out_of_memory(void) {
  ai_raise(&ai_exc_MemoryError, NULL);
  return NULL;
}

void *ai_alloc_slow(size_t n) {
  ai_heap *h = ai_heap_current();
  n = (n + AI_HEAP_ALIGN - 1) & ~(AI_HEAP_ALIGN - 1);
  if (n == 0) n = AI_HEAP_ALIGN;
  if ((size_t)(h->limit - h->bump) >= n) { /* first use after init */
    void *p = h->bump;
    h->bump += n;
    h->bytes += n;
    return p;
  }
  if (n > AI_HEAP_LARGE) {
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
    return (char *)l + sizeof(ai_large);
  }
  size_t hdr = (sizeof(ai_chunk) + AI_HEAP_ALIGN - 1) & ~(AI_HEAP_ALIGN - 1);
  ai_chunk *c = calloc(1, AI_HEAP_CHUNK);
  if (!c) return out_of_memory();
  if (h->chunks) h->chunks->top = h->bump;
  c->data = (char *)c + hdr;
  c->end = (char *)c + AI_HEAP_CHUNK;
  c->top = c->data;
  c->next = h->chunks;
  h->chunks = c;
  h->nchunks++;
  h->bump = c->data + n;
  h->limit = c->end;
  h->bytes += n;
  return c->data;
}

void *ai_alloc(size_t n) {
  ai_heap *h = ai_current_heap;
  n = (n + AI_HEAP_ALIGN - 1) & ~(AI_HEAP_ALIGN - 1);
  if (AI_LIKELY(h != NULL && n != 0 && (size_t)(h->limit - h->bump) >= n)) {
    void *p = h->bump;
    h->bump += n;
    h->bytes += n;
    return p;
  }
  return ai_alloc_slow(n);
}
