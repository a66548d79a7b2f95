/*
 * sched/sched.h — the M:N scheduler (internal).
 *
 * One worker per core (AITHON_WORKERS overrides), each an OS thread running
 * a loop on its own stack: take an actor, switch to it, and when it switches
 * back act on its `post` (re-queue after a yield, publish WAITING, reap, hand
 * it to the blocking pool). Where the next actor comes from, in order:
 *   1. due timers of this worker (receive timeouts, sleep);
 *   2. the `next` slot: the actor last woken by a message sent from this
 *      worker (ping-pong stays on one core, cache-hot); at most 16 times in a
 *      row so the run queue cannot starve;
 *   3. the worker's own run queue, a Chase-Lev deque: newest first
 *      (depth-first, like Cilk's work-first order: a spawner's children run
 *      while its data is hot and few stacks are live at once), while thieves
 *      take the oldest (the biggest pieces of work);
 *   4. the global inject queue (preempted actors, and actors made runnable
 *      by non-worker threads), FIFO;
 *   5. stealing from another worker's run queue (random victim).
 * Fairness: every 16th pick takes the inject queue first and then the oldest
 * local actor, so neither preempted actors nor old ones can starve; an actor
 * that exhausts its reductions goes to the back of the inject queue.
 * A worker that finds nothing spins briefly, then parks on a futex (0% CPU)
 * until work is pushed (pushers wake one idle worker) or its next timer is due.
 *
 * The main actor never runs on a worker: it keeps the main thread; when it
 * waits, the main thread parks on the actor's own futex word.
 *
 * Direct handoff: an actor that waits in receive while the `next` slot holds
 * an actor (the one it woke by a message, typically) switches straight to
 * it rather than to the worker loop and from there to it: one context switch
 * per message in a ping-pong or a ring instead of two. The actor switched to
 * spends the rest of the waiting one's reductions (as BEAM's handoff does),
 * so a chain of handoffs yields to the run queue as one busy actor would.
 *
 * Blocking: ai_sched_blocking_begin switches the actor off its worker to a
 * thread of the blocking pool, which resumes it there; ai_sched_blocking_end
 * switches back to the pool thread, which re-queues the actor on the inject
 * queue. The worker never blocks.
 */
#ifndef AI_SCHED_SCHED_H
#define AI_SCHED_SCHED_H

#include "actor/actor.h"
#include "sched/deque.h"

#include <pthread.h>

typedef struct ai_timer {
  int64_t deadline;
  ai_actor *actor;
  uint64_t seq;
} ai_timer;

typedef struct ai_worker {
  ai_deque runq;
  int id;
  ai_actor *next;
  /* An actor that switched directly to `next` when it waited (direct
   * handoff): the actor switched to publishes it as waiting (after_switch)
   * once it runs, off the waiting actor's stack (ai_sched_resumed). */
  ai_actor *handoff_from;
  /* A waiting actor whose mailbox is not marked yet (sched.c, "lazy
   * waits"): only this worker may wake it (ai_sched_claim_lazy) or mark it
   * (settle_lazy), which it does before it runs anything but the handoff
   * chain it is in. */
  ai_actor *lazy;
  int next_streak;
  uint32_t tick;
  ai_ctx ctx; /* the worker loop's context */
  _Atomic uint32_t wake; /* futex word */
  _Atomic uint32_t idle;
  uint64_t rng;
  /* timers (locked: cancelled by actors running elsewhere) */
  pthread_mutex_t timer_lock;
  ai_timer *timers;
  _Atomic int64_t ntimers;
  int64_t captimers;
  char *altstack;
  /* shared stacks (sched.c, "stacks"), mapped on first use */
  ai_green_stack *ring;
  uint32_t ring_next;
} ai_worker;

extern _Thread_local ai_worker *ai_tls_worker __attribute__((tls_model("initial-exec")));
/* Context to switch back to from the running actor (worker loop or pool thread). */
extern _Thread_local ai_ctx *ai_tls_host __attribute__((tls_model("initial-exec")));

/* Starts the workers once (idempotent, thread-safe). */
void ai_sched_start(void);
bool ai_sched_started(void);
/* Makes an actor that just became RUNNABLE (or is new) run somewhere.
 * `hot`: from a message send (use the `next` slot of the calling worker). */
void ai_sched_submit(ai_actor *a, bool hot);
/* The running actor gives its thread back with a->post set. */
void ai_sched_switch_out(ai_actor *a);
/* First thing an actor does when it runs again after a wait (the switch in
 * ai_sched_switch_out returned): completes the handoff that switched to it,
 * if one did, and removes its pending timer, if any. */
void ai_sched_resumed(ai_actor *a);
/* A message was just pushed to t without taking a mark: true when t waits
 * lazily on the calling worker (its mailbox unmarked, so no sender took the
 * wake): the caller wakes it, as it would have with the mark. */
static inline bool ai_sched_claim_lazy(ai_actor *t) {
  ai_worker *w = ai_tls_worker;
  if (!w || w->lazy != t) return false;
  w->lazy = NULL;
  return true;
}
/* Live actor accounting. */
void ai_sched_actor_born(void);
void ai_sched_actor_died(void);

#endif
