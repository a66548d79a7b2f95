/*
 * actor/mailbox.h — lock-free multi-producer single-consumer queue
 * (Dmitry Vyukov's intrusive MPSC node-based queue).
 *
 * push is wait-free (one atomic exchange + one store); pop is the consumer's
 * alone. Between a producer's exchange and its link store the queue looks
 * empty to pop although ai_mpsc_empty says it is not: the consumer retries
 * (the window is two instructions long).
 *
 * Actor mailboxes push with ai_mpsc_push but take with actor.c's
 * mailbox_take, which keeps a message node as the queue's dummy instead of
 * pushing the stub again when the last node is taken: there the queue is
 * empty when head == tail, and ai_mpsc_empty does not apply.
 *
 * The wake is merged into the push: a consumer about to sleep marks the
 * producers' end (ai_mpsc_mark: a CAS of the empty queue's head to head | 1),
 * and the one producer whose exchange returns the marked node is the one to
 * wake it (ai_mpsc_push returns true); whoever else would wake it (a timer)
 * claims the wake by taking the mark off first (ai_mpsc_unmark). A message
 * then costs its sender one locked operation, not two (the exchange and a
 * CAS of the receiver's state). The head is never marked while the consumer
 * runs: whoever takes the mark off wakes it.
 */
#ifndef AI_ACTOR_MAILBOX_H
#define AI_ACTOR_MAILBOX_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ai_mpsc_node {
  _Atomic(struct ai_mpsc_node *) next;
} ai_mpsc_node;

typedef struct ai_mpsc {
  _Atomic(ai_mpsc_node *) head; /* producers' end */
  ai_mpsc_node *tail;           /* consumer's end */
  ai_mpsc_node stub;
} ai_mpsc;

void ai_mpsc_init(ai_mpsc *q);

#define AI_MPSC_MARK ((uintptr_t)1)

/* True when the consumer was asleep on the queue (marked) and the caller,
 * having taken the mark, must wake it. */
static inline bool ai_mpsc_push(ai_mpsc *q, ai_mpsc_node *n) {
  atomic_store_explicit(&n->next, NULL, memory_order_relaxed);
  ai_mpsc_node *prev = atomic_exchange_explicit(&q->head, n, memory_order_seq_cst);
  uintptr_t mark = (uintptr_t)prev & AI_MPSC_MARK;
  prev = (ai_mpsc_node *)((uintptr_t)prev & ~AI_MPSC_MARK);
  atomic_store_explicit(&prev->next, n, memory_order_release);
  return mark != 0;
}

/* ai_mpsc_push of a chain of nodes linked first -> ... -> last (last's link
 * NULL): one exchange for all of them. */
static inline bool ai_mpsc_push_chain(ai_mpsc *q, ai_mpsc_node *first, ai_mpsc_node *last) {
  ai_mpsc_node *prev = atomic_exchange_explicit(&q->head, last, memory_order_seq_cst);
  uintptr_t mark = (uintptr_t)prev & AI_MPSC_MARK;
  prev = (ai_mpsc_node *)((uintptr_t)prev & ~AI_MPSC_MARK);
  atomic_store_explicit(&prev->next, first, memory_order_release);
  return mark != 0;
}

/* Consumer, about to sleep: marks the queue whose last node is `last` (its
 * consumer's end: empty). False when a node was pushed meanwhile (not
 * marked: do not sleep). */
static inline bool ai_mpsc_mark(ai_mpsc *q, ai_mpsc_node *last) {
  ai_mpsc_node *expected = last;
  return atomic_compare_exchange_strong_explicit(&q->head, &expected, (ai_mpsc_node *)((uintptr_t)last | AI_MPSC_MARK), memory_order_seq_cst,
                                                 memory_order_seq_cst);
}

/* Anyone but a producer: takes the mark off, claiming the wake of the
 * consumer asleep on q. False when it was not marked, or a producer took
 * the mark first (that producer wakes it). */
static inline bool ai_mpsc_unmark(ai_mpsc *q) {
  ai_mpsc_node *h = atomic_load_explicit(&q->head, memory_order_acquire);
  if (!((uintptr_t)h & AI_MPSC_MARK)) return false;
  return atomic_compare_exchange_strong_explicit(&q->head, &h, (ai_mpsc_node *)((uintptr_t)h & ~AI_MPSC_MARK), memory_order_seq_cst,
                                                 memory_order_relaxed);
}

/* Consumer: the oldest node, or NULL (empty, or a push is half done). */
ai_mpsc_node *ai_mpsc_pop(ai_mpsc *q);
/* Consumer (or whoever has taken over its role): true when nothing has been
 * pushed that was not popped. */
static inline bool ai_mpsc_empty(ai_mpsc *q) {
  return q->tail == &q->stub && atomic_load_explicit(&q->head, memory_order_seq_cst) == &q->stub;
}
/* Consumer: pop, waiting out a half-done push. NULL only when empty. */
ai_mpsc_node *ai_mpsc_pop_wait(ai_mpsc *q);

#endif
