/* sched/deque.c — Chase-Lev deque. See deque.h. */
#include "sched/deque.h"

#include <stdlib.h>

static ai_deque_array *array_new(int64_t size) {
  ai_deque_array *a = malloc(sizeof *a + (size_t)size * sizeof(a->buf[0]));
  if (!a) return NULL;
  a->size = size;
  a->retired = NULL;
  for (int64_t i = 0; i < size; i++) atomic_init(&a->buf[i], NULL);
  return a;
}

void ai_deque_init(ai_deque *d, int64_t size) {
  int64_t s = 16;
  while (s < size) s *= 2;
  atomic_init(&d->top, 0);
  atomic_init(&d->bottom, 0);
  atomic_init(&d->array, array_new(s));
}

void ai_deque_destroy(ai_deque *d) {
  ai_deque_array *a = atomic_load_explicit(&d->array, memory_order_relaxed);
  while (a) {
    ai_deque_array *r = a->retired;
    free(a);
    a = r;
  }
  atomic_store_explicit(&d->array, NULL, memory_order_relaxed);
}

int ai_deque_push(ai_deque *d, void *x) {
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_relaxed);
  int64_t t = atomic_load_explicit(&d->top, memory_order_acquire);
  ai_deque_array *a = atomic_load_explicit(&d->array, memory_order_relaxed);
  if (!a || b - t > a->size - 1) {
    int64_t ns = a ? a->size * 2 : 16;
    ai_deque_array *n = array_new(ns);
    if (!n) return -1;
    if (a) {
      for (int64_t i = t; i < b; i++)
        atomic_store_explicit(&n->buf[i & (ns - 1)], atomic_load_explicit(&a->buf[i & (a->size - 1)], memory_order_relaxed), memory_order_relaxed);
    }
    n->retired = a;
    atomic_store_explicit(&d->array, n, memory_order_release);
    a = n;
  }
  atomic_store_explicit(&a->buf[b & (a->size - 1)], x, memory_order_relaxed);
  atomic_thread_fence(memory_order_release);
  /* release store too (same code on x86): ThreadSanitizer does not model fences */
  atomic_store_explicit(&d->bottom, b + 1, memory_order_release);
  return 0;
}

void *ai_deque_pop(ai_deque *d) {
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_relaxed) - 1;
  ai_deque_array *a = atomic_load_explicit(&d->array, memory_order_relaxed);
  atomic_store_explicit(&d->bottom, b, memory_order_relaxed);
  atomic_thread_fence(memory_order_seq_cst);
  int64_t t = atomic_load_explicit(&d->top, memory_order_relaxed);
  void *x = NULL;
  if (t <= b) {
    x = atomic_load_explicit(&a->buf[b & (a->size - 1)], memory_order_relaxed);
    if (t == b) {
      int64_t expected = t;
      if (!atomic_compare_exchange_strong_explicit(&d->top, &expected, t + 1, memory_order_seq_cst, memory_order_relaxed)) x = NULL;
      atomic_store_explicit(&d->bottom, b + 1, memory_order_relaxed);
    }
  } else {
    atomic_store_explicit(&d->bottom, b + 1, memory_order_relaxed);
  }
  return x;
}

void *ai_deque_steal(ai_deque *d) {
  int64_t t = atomic_load_explicit(&d->top, memory_order_acquire);
  atomic_thread_fence(memory_order_seq_cst);
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_acquire);
  if (t >= b) return NULL;
  ai_deque_array *a = atomic_load_explicit(&d->array, memory_order_acquire);
  void *x = atomic_load_explicit(&a->buf[t & (a->size - 1)], memory_order_relaxed);
  int64_t expected = t;
  if (!atomic_compare_exchange_strong_explicit(&d->top, &expected, t + 1, memory_order_seq_cst, memory_order_relaxed)) return AI_DEQUE_ABORT;
  return x;
}
