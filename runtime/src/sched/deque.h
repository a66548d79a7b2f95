/*
 * sched/deque.h — Chase-Lev work-stealing deque (Lê, Pop, Cohen, Zappa Nardelli,
 * "Correct and Efficient Work-Stealing for Weak Memory Models", PPoPP 2013),
 * C11 atomics, growable.
 *
 * One owner thread pushes and pops at the bottom (LIFO); any thread steals from
 * the top (FIFO). The scheduler's owner also takes from the top (through
 * ai_deque_steal) so that its run queue is FIFO and a preempted actor goes
 * behind the others (fairness); thieves take from the same end.
 * Retired arrays are kept until ai_deque_destroy (stealers may still read them).
 */
#ifndef AI_SCHED_DEQUE_H
#define AI_SCHED_DEQUE_H

#include <stdatomic.h>
#include <stdint.h>

typedef struct ai_deque_array {
  int64_t size; /* power of two */
  struct ai_deque_array *retired; /* older arrays, freed at destroy */
  _Atomic(void *) buf[];
} ai_deque_array;

typedef struct ai_deque {
  _Alignas(64) _Atomic int64_t top;
  _Alignas(64) _Atomic int64_t bottom;
  _Atomic(ai_deque_array *) array;
} ai_deque;

#define AI_DEQUE_ABORT ((void *)1) /* steal lost a race: retry or go elsewhere */

void ai_deque_init(ai_deque *d, int64_t initial_size);
void ai_deque_destroy(ai_deque *d);
/* Owner only. Returns 0, or -1 when the array could not grow (out of memory). */
int ai_deque_push(ai_deque *d, void *x);
/* Owner only: newest element, NULL when empty. */
void *ai_deque_pop(ai_deque *d);
/* Any thread: oldest element, NULL when empty, AI_DEQUE_ABORT on a lost race. */
void *ai_deque_steal(ai_deque *d);
/* Approximate number of elements (any thread). */
static inline int64_t ai_deque_size(ai_deque *d) {
  int64_t b = atomic_load_explicit(&d->bottom, memory_order_relaxed);
  int64_t t = atomic_load_explicit(&d->top, memory_order_relaxed);
  return b > t ? b - t : 0;
}

#endif
