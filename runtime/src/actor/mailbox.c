/* actor/mailbox.c — Vyukov MPSC queue. See mailbox.h. */
#include "actor/mailbox.h"

#include "platform/thread.h"

#include <sched.h>

void ai_mpsc_init(ai_mpsc *q) {
  /* Atomic stores, not atomic_init: actor blocks are recycled, and a worker
   * that just parked the block's previous actor may still peek at its
   * mailbox head (sched.c after_switch; the wake then fails on the state's
   * sequence number). A plain write here would race with that read. */
  atomic_store_explicit(&q->stub.next, NULL, memory_order_relaxed);
  atomic_store_explicit(&q->head, &q->stub, memory_order_release);
  q->tail = &q->stub;
}

ai_mpsc_node *ai_mpsc_pop(ai_mpsc *q) {
  ai_mpsc_node *tail = q->tail;
  ai_mpsc_node *next = atomic_load_explicit(&tail->next, memory_order_acquire);
  if (tail == &q->stub) {
    if (!next) return NULL;
    q->tail = next;
    tail = next;
    next = atomic_load_explicit(&next->next, memory_order_acquire);
  }
  if (next) {
    q->tail = next;
    return tail;
  }
  ai_mpsc_node *head = atomic_load_explicit(&q->head, memory_order_acquire);
  if (tail != head) return NULL; /* a producer is between exchange and link */
  ai_mpsc_push(q, &q->stub);
  next = atomic_load_explicit(&tail->next, memory_order_acquire);
  if (next) {
    q->tail = next;
    return tail;
  }
  return NULL;
}

ai_mpsc_node *ai_mpsc_pop_wait(ai_mpsc *q) {
  for (int spins = 0;; spins++) {
    ai_mpsc_node *n = ai_mpsc_pop(q);
    if (n || ai_mpsc_empty(q)) return n;
    if (spins < 64) ai_cpu_relax();
    else sched_yield();
  }
}
