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
 */
#ifndef AI_ACTOR_MAILBOX_H
#define AI_ACTOR_MAILBOX_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct ai_mpsc_node {
  _Atomic(struct ai_mpsc_node *) next;
} ai_mpsc_node;

typedef struct ai_mpsc {
  _Atomic(ai_mpsc_node *) head; /* producers' end */
  ai_mpsc_node *tail;           /* consumer's end */
  ai_mpsc_node stub;
} ai_mpsc;

void ai_mpsc_init(ai_mpsc *q);

static inline void ai_mpsc_push(ai_mpsc *q, ai_mpsc_node *n) {
  atomic_store_explicit(&n->next, NULL, memory_order_relaxed);
  ai_mpsc_node *prev = atomic_exchange_explicit(&q->head, n, memory_order_seq_cst);
  atomic_store_explicit(&prev->next, n, memory_order_release);
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
