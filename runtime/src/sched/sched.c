/* sched/sched.c — workers, run queues, stealing, parking, timers, the
 * blocking pool and the reduction-counting yield point. See sched.h. */
#define _GNU_SOURCE
#include "sched/sched.h"

#include "exc/exception.h"
#include "gc/gc.h"
#include "mem/frames.h"
#include "obj/containers.h"
#include "platform/stack.h"
#include "platform/thread.h"
#include "sched/signal.h"

#include <stdio.h>
#include <stdlib.h>

AI_TLS int64_t ai_sched_reductions = AI_SCHED_BUDGET;
AI_TLS ai_worker *ai_tls_worker;
AI_TLS ai_ctx *ai_tls_host;

#define NEXT_STREAK 16
#define SPINS 64

static struct {
  int nworkers;
  ai_worker *workers;
  _Atomic int nidle;
  /* workers looking for work before they park (worker_main's spin): while
   * one is, a push wakes nobody, since that worker will find it */
  _Atomic int nspinning;
  _Atomic int64_t live;
  _Atomic uint32_t idle_word; /* main waits here for live == 1 */
  _Atomic uint32_t wake_rr;
  /* inject queue: a ring of actor pointers, grown by doubling (under
   * inject_lock); ninject counts them. Not a list linked through the
   * blocks: a worker taking its share walked one block per actor, each
   * just written by the spawning main thread on another core (a miss per
   * actor, one after another, under the lock: a tenth of the spawn
   * benchmark's samples). */
  pthread_mutex_t inject_lock;
  ai_actor **inject_ring;
  uint64_t inject_cap, inject_first;
  _Atomic int64_t ninject;
  /* blocking pool */
  pthread_mutex_t bl_lock;
  pthread_cond_t bl_cond;
  ai_actor *bl_head, *bl_tail;
  int bl_idle, bl_threads;
} S = {.inject_lock = PTHREAD_MUTEX_INITIALIZER, .bl_lock = PTHREAD_MUTEX_INITIALIZER, .bl_cond = PTHREAD_COND_INITIALIZER};

static pthread_once_t start_once = PTHREAD_ONCE_INIT;
static _Atomic int started;

void ai_actor_adopt_main(void);

bool ai_sched_started(void) { return atomic_load_explicit(&started, memory_order_acquire) != 0; }
int ai_sched_workers(void) {
  ai_sched_start();
  return S.nworkers;
}
int64_t ai_sched_live_actors(void) { return atomic_load(&S.live); }

void ai_sched_actor_born(void) { atomic_fetch_add_explicit(&S.live, 1, memory_order_relaxed); }
void ai_sched_actor_died(void) {
  if (atomic_fetch_sub_explicit(&S.live, 1, memory_order_acq_rel) == 2) {
    atomic_store_explicit(&S.idle_word, 1, memory_order_seq_cst);
    ai_park_wake(&S.idle_word, 1);
  }
}

void ai_sched_wait_idle(void) {
  ai_actor_receiving_aside(ai_actor_current()); /* its senders must not wait for it */
  while (atomic_load_explicit(&S.live, memory_order_acquire) > 1) {
    atomic_store_explicit(&S.idle_word, 0, memory_order_seq_cst);
    if (atomic_load_explicit(&S.live, memory_order_seq_cst) <= 1) break;
    ai_park_wait(&S.idle_word, 0, ai_now_ns() + 100000000);
  }
}

/* ---------------------------------------------------------------- waking workers */

static void wake_one(void) {
  int n = S.nworkers;
  uint32_t start = atomic_fetch_add_explicit(&S.wake_rr, 1, memory_order_relaxed);
  for (int i = 0; i < n; i++) {
    ai_worker *w = &S.workers[(start + (uint32_t)i) % (uint32_t)n];
    uint32_t one = 1;
    if (atomic_load_explicit(&w->idle, memory_order_relaxed) &&
        atomic_compare_exchange_strong_explicit(&w->idle, &one, 0, memory_order_seq_cst, memory_order_relaxed)) {
      atomic_fetch_sub_explicit(&S.nidle, 1, memory_order_seq_cst);
      atomic_store_explicit(&w->wake, 1, memory_order_seq_cst);
      ai_park_wake(&w->wake, 1);
      return;
    }
  }
}

/* New work was queued: wakes a parked worker, unless a worker is spinning
 * (it will find the work: Go's scheduler wakes nobody then either). The
 * main thread spawning actors one by one woke a parked worker per spawn
 * that found the workers idle, a futex syscall each and a context switch on
 * both sides, while the worker that ran the last actor was still looking
 * for the next (a third of the main thread's time in the spawn benchmark).
 * A spinning worker that finds work while more is visible wakes another
 * when it was the last to spin (worker_main), so a burst still spreads. */
static inline void maybe_wake(void) {
  atomic_thread_fence(memory_order_seq_cst);
  if (atomic_load_explicit(&S.nidle, memory_order_seq_cst) > 0 && atomic_load_explicit(&S.nspinning, memory_order_seq_cst) == 0) wake_one();
}

/* ---------------------------------------------------------------- queues */

/* Under inject_lock, the ring full: twice the room, the queue kept in order. */
static void inject_grow(void) {
  uint64_t cap = S.inject_cap ? S.inject_cap * 2 : 256;
  ai_actor **ring = malloc(cap * sizeof *ring);
  if (!ring) {
    fprintf(stderr, "aithon: out of memory for the run queue\n");
    abort();
  }
  for (uint64_t i = 0; i < S.inject_cap; i++) ring[i] = S.inject_ring[(S.inject_first + i) & (S.inject_cap - 1)];
  free(S.inject_ring);
  S.inject_ring = ring;
  S.inject_cap = cap;
  S.inject_first = 0;
}

static void inject_push(ai_actor *a) {
  pthread_mutex_lock(&S.inject_lock);
  uint64_t n = (uint64_t)atomic_load_explicit(&S.ninject, memory_order_relaxed);
  if (n == S.inject_cap) inject_grow();
  S.inject_ring[(S.inject_first + n) & (S.inject_cap - 1)] = a;
  atomic_fetch_add_explicit(&S.ninject, 1, memory_order_seq_cst);
  pthread_mutex_unlock(&S.inject_lock);
}

/* The oldest actor of the inject queue, and a worker's share of the ones
 * behind it (up to INJECT_BATCH) into w's run queue, so that the main thread
 * spawning (it pushes every new actor here) and the workers taking them do
 * not meet on the lock once per actor. */
#define INJECT_BATCH 32
static ai_actor *inject_pop(ai_worker *w) {
  int64_t n = atomic_load_explicit(&S.ninject, memory_order_acquire);
  if (n == 0) return NULL;
  int64_t share = n / S.nworkers + 1;
  if (share > INJECT_BATCH) share = INJECT_BATCH;
  ai_actor *batch[INJECT_BATCH];
  pthread_mutex_lock(&S.inject_lock);
  int64_t got = atomic_load_explicit(&S.ninject, memory_order_relaxed);
  if (got > share) got = share;
  for (int64_t i = 0; i < got; i++) batch[i] = S.inject_ring[(S.inject_first + (uint64_t)i) & (S.inject_cap - 1)];
  if (got) S.inject_first = (S.inject_first + (uint64_t)got) & (S.inject_cap - 1);
  atomic_fetch_sub_explicit(&S.ninject, got, memory_order_relaxed);
  pthread_mutex_unlock(&S.inject_lock);
  if (!got) return NULL;
  /* newest first: the owner pops them in queue order, thieves take the last */
  for (int64_t i = got - 1; i > 0; i--)
    if (ai_deque_push(&w->runq, batch[i]) != 0) inject_push(batch[i]);
  if (got > 1) maybe_wake();
  return batch[0];
}

static void push_local(ai_worker *w, ai_actor *a) {
  if (ai_deque_push(&w->runq, a) != 0) {
    inject_push(a);
  }
  maybe_wake();
}

void ai_sched_submit(ai_actor *a, bool hot) {
  if (a->is_main) {
    atomic_store_explicit(&a->park, 1, memory_order_seq_cst);
    ai_park_wake(&a->park, 1);
    return;
  }
  ai_worker *w = ai_tls_worker;
  if (w) {
    if (hot) {
      ai_actor *old = w->next;
      w->next = a;
      if (!old) return;
      a = old;
    }
    push_local(w, a);
    return;
  }
  inject_push(a);
  maybe_wake();
}

/* Owner: newest first (depth-first: a spawner's children run while its
 * stack is hot, and few stacks are live at once); `fifo`: oldest first. */
static ai_actor *take_local(ai_worker *w, bool fifo) {
  if (!fifo) return ai_deque_pop(&w->runq);
  for (;;) {
    void *x = ai_deque_steal(&w->runq);
    if (x != AI_DEQUE_ABORT) return x;
  }
}

static ai_actor *steal_other(ai_worker *w) {
  int n = S.nworkers;
  if (n <= 1) return NULL;
  w->rng ^= w->rng << 13;
  w->rng ^= w->rng >> 7;
  w->rng ^= w->rng << 17;
  int start = (int)(w->rng % (uint64_t)n);
  for (int i = 0; i < n; i++) {
    ai_worker *v = &S.workers[(start + i) % n];
    if (v == w) continue;
    for (int tries = 0; tries < 4; tries++) {
      void *x = ai_deque_steal(&v->runq);
      if (x == AI_DEQUE_ABORT) continue;
      if (x) return x;
      break;
    }
  }
  return NULL;
}

/* ---------------------------------------------------------------- timers */

static void timer_swap(ai_worker *w, int64_t i, int64_t j) {
  ai_timer t = w->timers[i];
  w->timers[i] = w->timers[j];
  w->timers[j] = t;
  w->timers[i].actor->timer_idx = (int32_t)i;
  w->timers[j].actor->timer_idx = (int32_t)j;
}

static void timer_up(ai_worker *w, int64_t i) {
  while (i > 0) {
    int64_t p = (i - 1) / 2;
    if (w->timers[p].deadline <= w->timers[i].deadline) break;
    timer_swap(w, i, p);
    i = p;
  }
}

static void timer_down(ai_worker *w, int64_t i) {
  int64_t n = atomic_load_explicit(&w->ntimers, memory_order_relaxed);
  for (;;) {
    int64_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && w->timers[l].deadline < w->timers[m].deadline) m = l;
    if (r < n && w->timers[r].deadline < w->timers[m].deadline) m = r;
    if (m == i) return;
    timer_swap(w, i, m);
    i = m;
  }
}

/* under timer_lock */
static void timer_remove_at(ai_worker *w, int64_t i) {
  int64_t n = atomic_load_explicit(&w->ntimers, memory_order_relaxed) - 1;
  w->timers[i].actor->timer_idx = -1;
  if (i != n) {
    w->timers[i] = w->timers[n];
    w->timers[i].actor->timer_idx = (int32_t)i;
  }
  atomic_store_explicit(&w->ntimers, n, memory_order_relaxed);
  if (i < n) {
    timer_down(w, i);
    timer_up(w, i);
  }
}

static void timer_add(ai_worker *w, ai_actor *a, uint64_t seq) {
  pthread_mutex_lock(&w->timer_lock);
  int64_t n = atomic_load_explicit(&w->ntimers, memory_order_relaxed);
  if (n == w->captimers) {
    int64_t nc = w->captimers ? w->captimers * 2 : 64;
    ai_timer *nt = realloc(w->timers, (size_t)nc * sizeof *nt);
    if (!nt) { /* no timer: the wait ends at the next message only */
      pthread_mutex_unlock(&w->timer_lock);
      return;
    }
    w->timers = nt;
    w->captimers = nc;
  }
  w->timers[n] = (ai_timer){a->deadline, a, seq};
  a->timer_idx = (int32_t)n;
  a->timer_w = w;
  atomic_store_explicit(&w->ntimers, n + 1, memory_order_relaxed);
  timer_up(w, n);
  pthread_mutex_unlock(&w->timer_lock);
}

static void timer_cancel(ai_actor *a) {
  ai_worker *w = a->timer_w;
  if (!w) return;
  pthread_mutex_lock(&w->timer_lock);
  if (a->timer_idx >= 0) timer_remove_at(w, a->timer_idx);
  a->timer_w = NULL;
  pthread_mutex_unlock(&w->timer_lock);
}

static int64_t next_deadline(ai_worker *w) {
  int64_t d = -1;
  pthread_mutex_lock(&w->timer_lock);
  if (atomic_load_explicit(&w->ntimers, memory_order_relaxed) > 0) d = w->timers[0].deadline;
  pthread_mutex_unlock(&w->timer_lock);
  return d;
}

static void fire_timers(ai_worker *w) {
  ai_actor *due[32];
  int ndue = 0;
  int64_t now = ai_now_ns();
  pthread_mutex_lock(&w->timer_lock);
  while (ndue < 32 && atomic_load_explicit(&w->ntimers, memory_order_relaxed) > 0 && w->timers[0].deadline <= now) {
    ai_timer t = w->timers[0];
    timer_remove_at(w, 0);
    /* the wake is claimed by taking the mailbox's mark off (actor.h); a
     * stale timer (its wait ended, the actor waits again) may claim the
     * next wait's: a wakeup with nothing new, after which the waiter
     * looks at its mailbox and deadline and waits again */
    if (atomic_load_explicit(&t.actor->state, memory_order_relaxed) == (t.seq << 2 | AI_ST_WAITING) && ai_mpsc_unmark(&t.actor->mailbox)) {
      ai_actor_set_runnable(t.actor);
      due[ndue++] = t.actor;
    }
  }
  pthread_mutex_unlock(&w->timer_lock);
  for (int i = 0; i < ndue; i++) push_local(w, due[i]);
}

/* ---------------------------------------------------------------- blocking pool */

static void *blocking_thread(void *arg);

static void blocking_submit(ai_actor *a) {
  pthread_mutex_lock(&S.bl_lock);
  a->qnext = NULL;
  if (S.bl_tail) S.bl_tail->qnext = a;
  else S.bl_head = a;
  S.bl_tail = a;
  if (S.bl_idle > 0) pthread_cond_signal(&S.bl_cond);
  else if (ai_thread_start(blocking_thread, NULL)) S.bl_threads++;
  pthread_mutex_unlock(&S.bl_lock);
}

static void after_switch(ai_worker *w, ai_actor *a, bool lazy);
static void stack_leave(ai_actor *a);

/* The thread-local state of `a` (saved by ai_sched_switch_out) on the
 * calling thread, which is about to resume it. */
static void actor_state_put(ai_actor *a) {
  ai_tls_actor = a;
  ai_current_heap = a->heap;
  ai_recursion_depth_set(a->depth);
  ai_exc_set_handled(a->handled);
  ai_gen_state_put(a->generators);
}

/* The thread-local state of `a`, about to be switched to on this thread,
 * and its state RUNNING. */
static void resume_prepare(ai_actor *a) {
  a->started = true;
  uint64_t s = atomic_load_explicit(&a->state, memory_order_relaxed);
  atomic_store_explicit(&a->state, (s & ~(uint64_t)3) | AI_ST_RUNNING, memory_order_relaxed);
  actor_state_put(a);
  a->post = AI_POST_NONE;
}

static void *blocking_thread(void *arg) {
  (void)arg;
  ai_ctx host;
  ai_ctx_init_thread(&host);
  ai_tls_host = &host;
  ai_signal_thread_init();
  for (;;) {
    pthread_mutex_lock(&S.bl_lock);
    while (!S.bl_head) {
      S.bl_idle++;
      pthread_cond_wait(&S.bl_cond, &S.bl_lock);
      S.bl_idle--;
    }
    ai_actor *a = S.bl_head;
    S.bl_head = a->qnext;
    if (!S.bl_head) S.bl_tail = NULL;
    pthread_mutex_unlock(&S.bl_lock);
    actor_state_put(a);
    a->post = AI_POST_NONE;
    ai_ctx_switch(&host, &a->ctx);
    ai_tls_actor = NULL;
    ai_current_heap = NULL;
    stack_leave(a);
    if (a->post == AI_POST_REQUEUE) {
      inject_push(a);
      maybe_wake();
    } else {
      after_switch(NULL, a, false);
    }
  }
  return NULL;
}

void ai_sched_blocking_begin(void) {
  ai_actor *a = ai_tls_actor;
  if (!a || a->is_main || !ai_tls_worker || a->in_blocking) return;
  a->in_blocking = true;
  a->post = AI_POST_BLOCKING;
  ai_sched_switch_out(a);
}

void ai_sched_blocking_end(void) {
  ai_actor *a = ai_tls_actor;
  if (!a || !a->in_blocking) return;
  a->in_blocking = false;
  a->post = AI_POST_REQUEUE;
  ai_sched_switch_out(a);
}

/* ---------------------------------------------------------------- stacks */

/* Stacks owned by one actor each, until this many are in use: then new actors
 * share the RING stacks of the worker that first runs them (actor.h,
 * ai_green_stack). Owned stacks cost a page or two per idle actor and nothing
 * per switch; a shared stack costs a copy of the frames of the actor leaving
 * it and of the one coming back (only when they differ: an actor that waits
 * and runs again before another used its stack copies nothing). */
#define STACKS_OWNED_DEFAULT 4096
#define RING 64

static _Atomic int64_t nowned;
static int64_t owned_max;

static int64_t stacks_owned_max(void) {
  int64_t m = __atomic_load_n(&owned_max, __ATOMIC_RELAXED);
  if (m) return m;
  m = STACKS_OWNED_DEFAULT;
  const char *e = getenv("AITHON_STACKS_OWNED");
  if (e) {
    long v = strtol(e, NULL, 10);
    if (v >= 0) m = v;
  }
  m = m ? m : -1; /* 0: every actor shares (-1 keeps the cache non-zero) */
  __atomic_store_n(&owned_max, m, __ATOMIC_RELAXED);
  return m;
}

#ifdef AI_ASAN
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#endif

/* The frames on a shared stack belong to the actors that left them there:
 * copying them out and in must not trip over the redzones their frames had. */
static void stack_unpoison(ai_green_stack *s) {
#ifdef AI_ASAN
  __asan_unpoison_memory_region(s->base + AI_STACK_GUARD, ai_stack_size() - AI_STACK_GUARD);
#else
  (void)s;
#endif
}

/* Where o's frames on stack s begin: its saved sp, or, when it was switched
 * out inside a generator's body (which runs on the generator's own stack),
 * the sp its outermost resumer left on s (the collector's range of that
 * stack, generator.c). */
static char *frames_lo(ai_green_stack *s, ai_actor *o) {
  char *top = s->base + ai_stack_size();
  char *sp = o->ctx.sp;
  if (sp >= s->base && sp < top) return sp;
  for (ai_stack_range *r = o->generators.stacks; r; r = r->next)
    if (r->hi == top) return (char *)r->lo;
  return sp;
}

/* Saves the frames of o (switched out, the owner of its shared stack). */
static bool stack_evict(ai_green_stack *s, ai_actor *o) {
  char *top = s->base + ai_stack_size();
  char *lo = frames_lo(s, o);
  size_t len = (size_t)(top - lo);
  char *img = ai_frames_alloc(len);
  if (!img) return false;
  memcpy(img, lo, len);
  o->image = img;
  o->image_len = (uint32_t)len;
  s->owner = NULL;
  return true;
}

enum { STACK_OK, STACK_BUSY, STACK_NOMEM };

/* Puts `a` on its stack before it runs: maps an owned stack, or takes its
 * shared stack (STACK_BUSY: another actor runs on it now; try later). */
static int stack_enter(ai_worker *w, ai_actor *a) {
  ai_green_stack *s = a->gstack;
  if (!s) { /* first run */
    int64_t max = stacks_owned_max();
    if (!w || (max > 0 && atomic_load_explicit(&nowned, memory_order_relaxed) < max)) {
      s = &a->own_stack;
      s->shared = false;
      s->base = ai_stack_alloc();
      if (!s->base) return STACK_NOMEM;
      atomic_fetch_add_explicit(&nowned, 1, memory_order_relaxed);
    } else {
      if (!w->ring) {
        if (!(w->ring = calloc(RING, sizeof *w->ring))) return STACK_NOMEM;
        for (int i = 0; i < RING; i++) w->ring[i].shared = true; /* before other workers see them */
      }
      for (int i = 0; i < RING && !s; i++) {
        ai_green_stack *c = &w->ring[w->ring_next++ % RING];
        uint32_t zero = 0;
        if (!atomic_compare_exchange_strong_explicit(&c->busy, &zero, 1, memory_order_acquire, memory_order_relaxed)) continue;
        if ((!c->base && !(c->base = ai_stack_alloc())) || (stack_unpoison(c), c->owner && !stack_evict(c, c->owner))) {
          atomic_store_explicit(&c->busy, 0, memory_order_release);
          return STACK_NOMEM;
        }
        s = c;
      }
      if (!s) return STACK_BUSY;
      s->owner = a;
    }
    a->gstack = s;
    size_t size = ai_stack_size();
    ai_ctx_make(&a->ctx, s->base + AI_STACK_GUARD, size - AI_STACK_GUARD, ai_actor_entry, a);
    a->heap->stack_hi = s->base + size;
    return STACK_OK;
  }
  if (!s->shared) return STACK_OK;
  uint32_t zero = 0;
  if (!atomic_compare_exchange_strong_explicit(&s->busy, &zero, 1, memory_order_acquire, memory_order_relaxed)) return STACK_BUSY;
  if (s->owner != a) {
    stack_unpoison(s);
    if (s->owner && !stack_evict(s, s->owner)) {
      atomic_store_explicit(&s->busy, 0, memory_order_release);
      return STACK_NOMEM;
    }
    memcpy(s->base + ai_stack_size() - a->image_len, a->image, a->image_len);
    ai_frames_free(a->image, a->image_len);
    a->image = NULL;
    a->image_len = 0;
    s->owner = a;
  }
  return STACK_OK;
}

/* `a` switched out: its shared stack is free for others (but across a
 * blocking call, whose thread resumes it there); a dead actor's stack goes
 * back to the pool (owned) or to the ring (shared). */
static void stack_leave(ai_actor *a) {
  ai_green_stack *s = a->gstack;
  if (a->post == AI_POST_DEAD) {
    a->gstack = NULL;
    if (!s->shared) {
      ai_stack_free(s->base);
      s->base = NULL;
      atomic_fetch_sub_explicit(&nowned, 1, memory_order_relaxed);
      return;
    }
    s->owner = NULL;
  }
  if (s->shared && a->post != AI_POST_BLOCKING) atomic_store_explicit(&s->busy, 0, memory_order_release);
}

/* ---------------------------------------------------------------- running */

/* The actor `a` waits: the actor to switch to directly (sched.h, "direct
 * handoff"), prepared to run, or NULL (switch to the worker loop). Not while
 * the `next` actor's shared stack is busy (it may be a's own), nor with no
 * reductions left (the worker loop then looks at its other work first). */
static ai_actor *handoff_target(ai_actor *a) {
  ai_worker *w = ai_tls_worker;
  ai_actor *b = w ? w->next : NULL;
  if (!b || a->in_blocking || ai_sched_reductions <= 0 || stack_enter(w, b) != STACK_OK) return NULL;
  w->next = NULL;
  w->handoff_from = a;
  resume_prepare(b);
  return b;
}

void ai_sched_switch_out(ai_actor *a) {
  ai_actor_flush_sends();
  ai_ctx *host = ai_tls_host;
  a->depth = ai_recursion_depth_get();
  a->handled = ai_exc_set_handled(0);
  a->generators = ai_gen_state_take();
  if (a->post == AI_POST_DEAD) ai_ctx_switch_final(&a->ctx, host);
  ai_actor *b = a->post == AI_POST_WAIT ? handoff_target(a) : NULL;
  ai_ctx_switch(&a->ctx, b ? &b->ctx : host);
}

/* Lazy waits. An actor that waits by a direct handoff is published as
 * waiting (its state WAITING, so senders push at once) but its mailbox is
 * not marked: it becomes its worker's `lazy` actor. The mark's locked CAS
 * was a sixth of a ping-pong's time on one worker, and there the actor
 * handed off to sends back to the lazy one before it waits in turn: that
 * send, on the same worker, claims the wake without the mark
 * (ai_sched_claim_lazy), so each message costs one locked operation, the
 * push's exchange. No other thread can wake a lazy actor (nothing to take
 * off its mailbox), so the worker marks it (settle_lazy: a message already
 * there makes it runnable instead) before anything else could need it to
 * be woken: when another actor waits lazily (one at a time), when it gets
 * back to its loop (an actor waited, yielded, blocked or ended without a
 * handoff), and at the running actor's yield point's slow path, so a
 * message from another worker waits at most a reduction budget for its
 * wake. A wait with a deadline is never lazy (its timer claims the wake by
 * the mark). */
static void settle_lazy(ai_worker *w) {
  ai_actor *a = w->lazy;
  if (!a) return;
  w->lazy = NULL;
  if (!ai_mpsc_mark(&a->mailbox, a->mailbox.tail)) {
    ai_actor_set_runnable(a);
    push_local(w, a);
  }
}

void ai_sched_resumed(ai_actor *a) {
  ai_worker *w = ai_tls_worker;
  ai_actor *from = w ? w->handoff_from : NULL;
  if (from) { /* we are off its stack now: publish its wait */
    w->handoff_from = NULL;
    stack_leave(from);
    settle_lazy(w);
    after_switch(w, from, true);
  }
  timer_cancel(a);
}

/* `lazy`: w's actor waited by a direct handoff (w not NULL). */
static void after_switch(ai_worker *w, ai_actor *a, bool lazy) {
  switch (a->post) {
  case AI_POST_YIELD: /* preempted: behind everything (FIFO) */
    inject_push(a);
    maybe_wake();
    break;
  case AI_POST_WAIT: {
    /* the consumer's end, read while `a` cannot run: once the mailbox is
     * marked a sender may wake it, and it takes messages (moves the tail)
     * on another worker */
    ai_mpsc_node *tail = a->mailbox.tail;
    uint64_t seq = (atomic_load_explicit(&a->state, memory_order_relaxed) >> 2) + 1;
    if (a->deadline >= 0 && w) timer_add(w, a, seq);
    atomic_store_explicit(&a->state, seq << 2 | AI_ST_WAITING, memory_order_relaxed);
    if (lazy && a->deadline < 0) { /* waited by a handoff: lazily (above) */
      w->lazy = a;
      break;
    }
    /* asleep once the mailbox is marked (its sender or timer wakes it);
     * a message or signal pushed before that: runnable at once */
    if (!ai_mpsc_mark(&a->mailbox, tail)) {
      ai_actor_set_runnable(a);
      if (w) push_local(w, a);
      else {
        inject_push(a);
        maybe_wake();
      }
    }
    break;
  }
  case AI_POST_DEAD:
    ai_actor_reap(a);
    break;
  case AI_POST_BLOCKING:
    blocking_submit(a);
    break;
  default:
    break;
  }
}

static void run(ai_worker *w, ai_actor *a) {
  int st = stack_enter(w, a);
  if (st == STACK_NOMEM) {
    fprintf(stderr, "aithon: out of memory for an actor stack\n");
    abort();
  }
  if (st == STACK_BUSY) { /* another actor runs on its shared stack: later */
    inject_push(a);
    maybe_wake();
    return;
  }
  resume_prepare(a);
  ai_sched_reductions = AI_SCHED_BUDGET;
  ai_ctx_switch(&w->ctx, &a->ctx);
  a = ai_tls_actor; /* the actor that switched back: another one after handoffs */
  if (a->overflowed) ai_actor_flush_sends(); /* the fault's handler switched here, not ai_sched_switch_out */
  ai_tls_actor = NULL;
  ai_current_heap = NULL;
  stack_leave(a);
  settle_lazy(w);
  after_switch(w, a, false);
}

static ai_actor *find_work(ai_worker *w) {
  if (atomic_load_explicit(&w->ntimers, memory_order_relaxed) > 0) fire_timers(w);
  ai_actor *a;
  if (w->next && w->next_streak < NEXT_STREAK) {
    a = w->next;
    w->next = NULL;
    w->next_streak++;
    return a;
  }
  w->next_streak = 0;
  /* every 16th pick: the inject queue (preempted actors, spawns from the main
   * thread), then the oldest local actor, so that nothing starves */
  bool fair = (++w->tick & 15) == 0;
  if (fair && (a = inject_pop(w))) return a;
  if ((a = take_local(w, fair))) return a;
  if (w->next) {
    a = w->next;
    w->next = NULL;
    return a;
  }
  if ((a = inject_pop(w))) return a;
  return steal_other(w);
}

static bool work_visible(void) {
  if (atomic_load_explicit(&S.ninject, memory_order_seq_cst) > 0) return true;
  for (int i = 0; i < S.nworkers; i++)
    if (ai_deque_size(&S.workers[i].runq) > 0) return true;
  return false;
}

static void *worker_main(void *arg) {
  ai_worker *w = arg;
  ai_tls_worker = w;
  ai_tls_host = &w->ctx;
  ai_ctx_init_thread(&w->ctx);
  ai_signal_thread_init();
  for (;;) {
    ai_actor *a = find_work(w);
    if (!a) {
      /* counted as spinning until it found work or gave up: a push meanwhile
       * wakes nobody; giving up, it looks once more (work_visible, after
       * the decrement) before it parks */
      atomic_fetch_add_explicit(&S.nspinning, 1, memory_order_seq_cst);
      for (int i = 0; !a && i < SPINS; i++) {
        ai_cpu_relax();
        a = find_work(w);
      }
      bool last = atomic_fetch_sub_explicit(&S.nspinning, 1, memory_order_seq_cst) == 1;
      if (a && last && work_visible()) maybe_wake(); /* more than it took: someone else too */
    }
    if (!a) {
      atomic_store_explicit(&w->wake, 0, memory_order_seq_cst);
      atomic_store_explicit(&w->idle, 1, memory_order_seq_cst);
      atomic_fetch_add_explicit(&S.nidle, 1, memory_order_seq_cst);
      if (!work_visible() && !w->next) {
        int64_t d = next_deadline(w);
        if (d < 0 || d > ai_now_ns()) ai_park_wait(&w->wake, 0, d);
      }
      uint32_t one = 1;
      if (atomic_compare_exchange_strong_explicit(&w->idle, &one, 0, memory_order_seq_cst, memory_order_relaxed))
        atomic_fetch_sub_explicit(&S.nidle, 1, memory_order_seq_cst);
      continue;
    }
    run(w, a);
  }
  return NULL;
}

static void start(void) {
  int n = ai_cpu_count();
  const char *e = getenv("AITHON_WORKERS");
  if (e) {
    long v = strtol(e, NULL, 10);
    if (v >= 1 && v <= 1024) n = (int)v;
  }
  S.nworkers = n;
  S.workers = calloc((size_t)n, sizeof(ai_worker));
  if (!S.workers) abort();
  for (int i = 0; i < n; i++) {
    ai_worker *w = &S.workers[i];
    w->id = i;
    ai_deque_init(&w->runq, 256);
    pthread_mutex_init(&w->timer_lock, NULL);
    w->rng = 0x9E3779B97F4A7C15ull * (uint64_t)(i + 1);
  }
  ai_signal_install();
  ai_actor_adopt_main();
  for (int i = 0; i < n; i++)
    if (!ai_thread_start(worker_main, &S.workers[i])) {
      fprintf(stderr, "aithon: cannot start worker threads\n");
      abort();
    }
  atomic_store_explicit(&started, 1, memory_order_release);
}

void ai_sched_start(void) { pthread_once(&start_once, start); }

/* ---------------------------------------------------------------- yielding */

void ai_sched_yield_slow(void) {
  ai_sched_reductions = AI_SCHED_BUDGET;
  ai_actor_flush_sends(); /* a message waits in a chain at most a budget */
  ai_worker *lw = ai_tls_worker;
  if (lw) settle_lazy(lw); /* and a lazy actor's wake (settle_lazy) as long */
  ai_actor *a = ai_tls_actor;
  /* never switched out while thread-local state is in use: the pending
   * exception, or the guard stack of a repr in progress (a container's repr
   * calling a compiled __repr__, or converting a big int, which charge) */
  if (!a || ai_exc_pending() || ai_repr_in_progress()) return;
  if (atomic_load_explicit(&a->nsignals, memory_order_relaxed)) ai_actor_drain(a);
  ai_worker *w = ai_tls_worker;
  if (!w || a->is_main || a->in_blocking) return;
  if (w->next || ai_deque_size(&w->runq) > 0 || atomic_load_explicit(&S.ninject, memory_order_relaxed) > 0) {
    a->post = AI_POST_YIELD;
    ai_sched_switch_out(a);
  }
}

void ai_sched_charge(int64_t reductions) {
  if ((ai_sched_reductions -= reductions) < 0) ai_sched_yield_slow();
}

void ai_sched_yield_point(void) {
  if (AI_UNLIKELY(--ai_sched_reductions < 0)) ai_sched_yield_slow();
}

void ai_sched_yield(void) {
  ai_actor *a = ai_actor_current();
  if (!a || a->is_main || !ai_tls_worker || a->in_blocking || ai_exc_pending()) {
    if (a && atomic_load_explicit(&a->nsignals, memory_order_relaxed)) ai_actor_drain(a);
    return;
  }
  if (atomic_load_explicit(&a->nsignals, memory_order_relaxed)) ai_actor_drain(a);
  a->post = AI_POST_YIELD;
  ai_sched_switch_out(a);
}
