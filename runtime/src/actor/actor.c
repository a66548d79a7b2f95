/* actor/actor.c — actor blocks, spawn, send, receive, links, monitors, exit
 * signals and crash reports. See actor.h and aithon_actor.h. */
#define _GNU_SOURCE
#include "actor/actor.h"

#include "exc/exception.h"
#include "exc/traceback.h"
#include "io/print.h"
#include "platform/stack.h"
#include "platform/thread.h"
#include "sched/sched.h"

#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14 */
#endif

AI_TLS ai_actor *ai_tls_actor;

/* ---------------------------------------------------------------- message nodes */

/* Every message needs a node, taken by the sender's thread and given back by
 * the receiver's: a malloc/free pair per message, freed on another thread
 * than allocated, was the largest cost of a send. Nodes come instead from a
 * cache per OS thread (no lock, no atomic), refilled and drained a batch of
 * MSG_BATCH nodes at a time through a global list of full batches (one lock
 * per MSG_BATCH messages), so a receiver's freed nodes flow back to its
 * senders. Nodes are carved from slabs and never returned to the system: the
 * pool holds as many nodes as were ever in flight at once. The cache is
 * thread-local, not per actor: msg_new and msg_free never switch. */
#define MSG_BATCH 256

typedef struct msg_slab {
  struct msg_slab *next;
  ai_msg nodes[MSG_BATCH];
} msg_slab;

typedef struct msg_cache {
  ai_msg *free;   /* up to MSG_BATCH free nodes */
  uint32_t nfree;
  ai_msg *spare;  /* NULL or a full batch */
} msg_cache;

/* The address of a thread-local must not be kept across a switch (the
 * caller may resume on another thread): the cache is used by field, and only
 * in functions that are never inlined into a caller that switches (clang
 * treats a thread-local's address as constant within a function, and the
 * sanitizers' instrumented builds do keep it in a register). */
static AI_TLS msg_cache tls_msgs;
static pthread_mutex_t msg_lock = PTHREAD_MUTEX_INITIALIZER;
static ai_msg *msg_batches; /* full batches, linked by next_batch */
static msg_slab *msg_slabs;  /* every slab (the pool owns them) */

#ifdef AI_ASAN
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
/* a free node's fields, but its free-list links, are off limits: a message
 * used after it was received is reported as a use after free would be */
#define MSG_POISON(m) __asan_poison_memory_region(&(m)->value, sizeof(ai_msg) - offsetof(ai_msg, value))
#define MSG_UNPOISON(m) __asan_unpoison_memory_region(&(m)->value, sizeof(ai_msg) - offsetof(ai_msg, value))
#else
#define MSG_POISON(m) ((void)0)
#define MSG_UNPOISON(m) ((void)0)
#endif

/* The thread's cache is empty: its spare batch, a pooled one or a new slab. */
static AI_COLD bool msg_refill(void) {
  ai_msg *b = tls_msgs.spare;
  tls_msgs.spare = NULL;
  if (!b) {
    pthread_mutex_lock(&msg_lock);
    b = msg_batches;
    if (b) {
      MSG_UNPOISON(b);
      msg_batches = b->next_batch;
      MSG_POISON(b);
    } else {
      msg_slab *s = malloc(sizeof *s);
      if (s) {
        s->next = msg_slabs;
        msg_slabs = s;
        b = s->nodes;
        for (uint32_t i = 0; i < MSG_BATCH; i++) {
          b[i].inext = i + 1 < MSG_BATCH ? &b[i + 1] : NULL;
          MSG_POISON(&b[i]);
        }
      }
    }
    pthread_mutex_unlock(&msg_lock);
    if (!b) return false;
  }
  tls_msgs.free = b;
  tls_msgs.nfree = MSG_BATCH;
  return true;
}

/* The thread's cache holds a full batch: it becomes the spare, and a spare
 * already there goes to the global list (for the threads that send). */
static AI_COLD void msg_spill(void) {
  ai_msg *b = tls_msgs.spare;
  if (b) {
    /* poisoned again before the lock is let go: once the batch is on the
     * global list another thread may take it, and use its first node */
    pthread_mutex_lock(&msg_lock);
    MSG_UNPOISON(b);
    b->next_batch = msg_batches;
    msg_batches = b;
    MSG_POISON(b);
    pthread_mutex_unlock(&msg_lock);
  }
  tls_msgs.spare = tls_msgs.free;
  tls_msgs.free = NULL;
  tls_msgs.nfree = 0;
}

/* msg_new's body, inlined only into callers that never switch and are never
 * inlined themselves (send_chained: a call less per send); every other
 * caller goes through msg_new. */
static inline __attribute__((always_inline)) ai_msg *msg_new_inline(void) {
  if (AI_UNLIKELY(!tls_msgs.free) && !msg_refill()) return NULL;
  ai_msg *m = tls_msgs.free;
  tls_msgs.free = m->inext;
  tls_msgs.nfree--;
  MSG_UNPOISON(m);
  /* The next node, to be written by the next send: free nodes were last
   * written by their receiver (on another core, in a fan-in), and the
   * send's exchange waits until its stores to the node are done: taking
   * the line for writing now, it is ours by then. */
  if (tls_msgs.free) __builtin_prefetch(tls_msgs.free, 1);
  return m;
}

static __attribute__((noinline)) ai_msg *msg_new(void) { return msg_new_inline(); }

static __attribute__((noinline)) void msg_free(ai_msg *m) {
  if (AI_UNLIKELY(tls_msgs.nfree == MSG_BATCH)) msg_spill();
  MSG_POISON(m);
  m->inext = tls_msgs.free;
  tls_msgs.free = m;
  tls_msgs.nfree++;
}

/* ---------------------------------------------------------------- blocks */

#define PAGE_BITS 12
#define PAGE_N (1u << PAGE_BITS)
#define MAX_PAGES (1u << 18)
#define BATCH 32

/* The pages of blocks, by slot >> PAGE_BITS: calloc'd at the first spawn, not
 * a static array, since the collector scans the executable's writable
 * segments as roots at every collection, and 2 MiB of page pointers (which
 * never point into a heap) cost more than a small collection itself. */
static _Atomic(_Atomic(ai_actor *) *) pages;
static uint32_t npages;
static pthread_mutex_t blocks_lock = PTHREAD_MUTEX_INITIALIZER;
static ai_actor *global_free;
static _Atomic uint64_t next_ref = 1;
/* Free blocks cached by the calling OS thread, a batch at a time from
 * global_free: a spawn or an actor's end takes no lock, on a worker or on the
 * main thread (which spawns too, and is no worker). Used only in functions
 * never inlined into a caller that switches, as the message node cache. */
static AI_TLS ai_actor *tls_free_blocks;
static AI_TLS int tls_nfree_blocks;

static ai_actor *block_of_slot(uint32_t slot) {
  _Atomic(ai_actor *) *table = atomic_load_explicit(&pages, memory_order_acquire);
  if (!table || (slot >> PAGE_BITS) >= MAX_PAGES) return NULL;
  ai_actor *p = atomic_load_explicit(&table[slot >> PAGE_BITS], memory_order_acquire);
  return p ? &p[slot & (PAGE_N - 1)] : NULL;
}

/* Under blocks_lock: at least one block in global_free, or false. */
static bool refill_global(void) {
  if (global_free) return true;
  if (npages == MAX_PAGES) return false;
  _Atomic(ai_actor *) *table = atomic_load_explicit(&pages, memory_order_relaxed);
  if (!table) {
    table = calloc(MAX_PAGES, sizeof *table);
    if (!table) return false;
    atomic_store_explicit(&pages, table, memory_order_release);
  }
  /* 64-byte aligned: the senders' end of each mailbox has its own cache line
   * (actor.h); calloc, not aligned_alloc and memset: its pages come zeroed
   * from the system, touched only as blocks are used (pages are never freed) */
  size_t bytes = PAGE_N * sizeof(ai_actor) + 63;
  char *raw = calloc(1, bytes);
  if (!raw) return false;
  /* The loop below touches every page (each block's slot and link): fault
   * them in with one call rather than one fault each (a fifth of the main
   * thread's time spawning a million actors went to the page faults' entry
   * and exit). Best effort: older kernels refuse, and fault as before. */
  uintptr_t lo = ((uintptr_t)raw + 4095) & ~(uintptr_t)4095, hi = ((uintptr_t)raw + bytes) & ~(uintptr_t)4095;
  if (hi > lo) (void)madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
  ai_actor *p = (ai_actor *)(((uintptr_t)raw + 63) & ~(uintptr_t)63);
  uint32_t base = npages << PAGE_BITS;
  for (uint32_t i = PAGE_N; i-- > 0;) {
    p[i].slot = base + i;
    atomic_store_explicit(&p[i].dead, 1, memory_order_relaxed); /* until allocated (ai_actor_acquire) */
    p[i].qnext = global_free;
    global_free = &p[i];
  }
  atomic_store_explicit(&table[npages], p, memory_order_release);
  npages++;
  return true;
}

__attribute__((noinline)) ai_actor *ai_actor_alloc(void) {
  ai_actor *a = tls_free_blocks;
  if (a) {
    tls_free_blocks = a->qnext;
    tls_nfree_blocks--;
  } else {
    pthread_mutex_lock(&blocks_lock);
    if (!refill_global()) {
      pthread_mutex_unlock(&blocks_lock);
      return NULL;
    }
    a = global_free;
    global_free = a->qnext;
    for (int i = 0; i < BATCH && (global_free || refill_global()); i++) { /* a batch for next time */
      ai_actor *b = global_free;
      global_free = b->qnext;
      b->qnext = tls_free_blocks;
      tls_free_blocks = b;
      tls_nfree_blocks++;
    }
    pthread_mutex_unlock(&blocks_lock);
  }
  /* The alive reference first, while the store buffer is nearly empty: a
   * locked add waits for every store before it, and the ones below mostly
   * miss the cache (a block not touched since its actor died): taken last,
   * it stalled on them, two thirds of this function's time. Nobody can
   * take the block for a live actor's before `dead` is cleared at the end
   * (a stale pid's holder may be counting references on it meanwhile, so
   * this is an atomic add, not a store). */
  atomic_fetch_add_explicit(&a->refs, 1, memory_order_relaxed);
  a->qnext = NULL;
  a->gen++;
  if (a->gen == 0) a->gen = 1;
  atomic_store_explicit(&a->zombie, 0, memory_order_relaxed);
  atomic_store_explicit(&a->nsignals, 0, memory_order_relaxed);
  atomic_store_explicit(&a->congested, 0, memory_order_relaxed);
  atomic_store_explicit(&a->drained, 0, memory_order_relaxed);
  a->behind = 0;
  a->direct_taken = 0;
  a->send_seen = a->send_window = 0;
  atomic_store_explicit(&a->state, (uint64_t)AI_ST_RUNNABLE, memory_order_relaxed);
  ai_mpsc_init(&a->mailbox);
  a->heap = &a->heap_storage;
  ai_heap_init(a->heap);
  a->post = AI_POST_NONE;
  a->depth = 1;
  a->handled = 0;
  a->deadline = -1;
  a->inbox = a->inbox_tail = NULL;
  a->scan_prev = a->scan_cur = NULL;
  a->scanning = false;
  a->gstack = NULL;
  a->generators = (ai_gen_state){NULL, NULL};
  a->image = NULL;
  a->image_len = 0;
  a->sent_to = NULL;
  a->trap_exit = a->is_main = a->started = a->overflowed = a->in_blocking = false;
  a->fn = NULL;
  a->nargs = 0;
  a->args_frag = NULL;
  a->exit_reason = 0;
  a->rel = NULL;
  a->timer_w = NULL;
  a->timer_idx = -1;
  atomic_store_explicit(&a->park, 0, memory_order_relaxed);
  /* publish: the new pid, and only then `dead` cleared
   * (ai_actor_acquire reads them in the other order). A stale pid's holder
   * may be in ai_actor_acquire on this block now: with `dead` cleared while
   * the old pid was still there, it took the block for its dead actor's and
   * pushed onto the mailbox being reset above, its message lost or delivered
   * to the new actor, and its link written into the node that was the dead
   * actor's mailbox end (freed by recycle: a corrupted free list). */
  atomic_store_explicit(&a->pid, ((uint64_t)a->gen << 32) | a->slot, memory_order_release);
  atomic_store_explicit(&a->dead, 0, memory_order_release);
  /* the next spawn's block: its lines, cold since its actor died (or never
   * touched), come in while this spawn goes on */
  if (tls_free_blocks)
    for (size_t off = 0; off < sizeof(ai_actor); off += 64) __builtin_prefetch((char *)tls_free_blocks + off, 1);
  return a;
}

static ai_msg *mailbox_take(ai_actor *a);

static __attribute__((noinline)) void recycle(ai_actor *a) {
  ai_msg *m;
  while ((m = mailbox_take(a))) {
    if (m->frag) ai_chunk_free(m->frag);
    msg_free(m);
  }
  if (a->mailbox.tail != &a->mailbox.stub) msg_free((ai_msg *)a->mailbox.tail); /* the dummy */
  if (a->rel) {
    free(a->rel->links);
    free(a->rel->monitors);
    free(a->rel->mine);
    free(a->rel);
    a->rel = NULL;
  }
  if (tls_nfree_blocks < 4 * BATCH) {
    a->qnext = tls_free_blocks;
    tls_free_blocks = a;
    tls_nfree_blocks++;
    return;
  }
  pthread_mutex_lock(&blocks_lock);
  a->qnext = global_free;
  global_free = a;
  pthread_mutex_unlock(&blocks_lock);
}

ai_actor *ai_actor_acquire(ai_pid pid) {
  if (!pid) return NULL;
  ai_actor *a = block_of_slot((uint32_t)pid);
  if (!a) return NULL;
  atomic_fetch_add_explicit(&a->refs, 1, memory_order_acq_rel);
  /* `dead` first: read clear, it was cleared after the block's current pid
   * was stored (ai_actor_alloc), so a stale pid cannot match below */
  if (atomic_load_explicit(&a->dead, memory_order_acquire) || atomic_load_explicit(&a->pid, memory_order_acquire) != pid) {
    ai_actor_release(a);
    return NULL;
  }
  return a;
}

void ai_actor_release(ai_actor *a) {
  if (atomic_fetch_sub_explicit(&a->refs, 1, memory_order_acq_rel) == 1) {
    if (atomic_exchange_explicit(&a->zombie, 0, memory_order_acq_rel)) recycle(a);
  }
}

static inline ai_pid pid_of(ai_actor *a) { return atomic_load_explicit(&a->pid, memory_order_relaxed); }

/* ---------------------------------------------------------------- links and monitors */

/* a's links and monitors, allocated on first use; under a's lock (or before
 * anyone else knows a). NULL when out of memory. */
static ai_actor_rel *rel_of(ai_actor *a) {
  if (!a->rel) a->rel = calloc(1, sizeof(ai_actor_rel));
  return a->rel;
}

static bool pid_list_add(ai_pid **list, uint32_t *n, uint32_t *cap, ai_pid p);

/* ---------------------------------------------------------------- roots */

static void actor_roots(ai_heap *h, void (*visit)(const int64_t *words, size_t n, void *ctx), void *ctx) {
  ai_actor *a = h->roots_owner;
  if (a->nargs) visit(ai_actor_args(a), (size_t)a->nargs, ctx);
  for (ai_msg *m = a->inbox; m; m = m->inext) visit(&m->value, 1, ctx);
  if (a->exit_reason) visit(&a->exit_reason, 1, ctx);
}

/* ---------------------------------------------------------------- main actor */

static ai_actor *main_actor;

void ai_actor_adopt_main(void);
void ai_actor_register_types(void); /* pyapi.c */
void ai_actor_adopt_main(void) {
  ai_actor_register_types(); /* before any pid or message exists */
  ai_actor *a = ai_actor_alloc();
  if (!a) abort();
  a->is_main = true;
  a->started = true;
  a->heap = ai_heap_current();
  a->heap->roots = actor_roots;
  a->heap->roots_owner = a;
  atomic_store_explicit(&a->state, (uint64_t)AI_ST_RUNNING, memory_order_relaxed);
  main_actor = a;
  ai_tls_actor = a;
  ai_sched_actor_born();
}

ai_actor *ai_actor_current(void) {
  ai_actor *a = ai_tls_actor;
  if (AI_LIKELY(a != NULL)) return a;
  ai_sched_start();
  return ai_tls_actor;
}

/* ---------------------------------------------------------------- delivery */

/* What resuming t reads first: its block past the first line (which the
 * send's exchange just brought in: the scheduler's fields, the inbox) and the
 * top of its saved frames (the switch's saved registers, receive's frame).
 * Asleep, they went cold: in a ring of 1,000 actors the context switch's
 * first load from the stack it switches to was 40% of all samples, a miss
 * that the sender, which runs on for a while before it waits and hands off
 * to t, can start early. t's saved sp was stored before its mailbox was
 * marked, and the exchange that took the mark read it (mailbox.h). */
static inline void prefetch_resume(ai_actor *t) {
  for (int line = 1; line < 4; line++) __builtin_prefetch((char *)t + 64 * line, 1);
  char *sp = t->ctx.sp;
  if (!sp) return; /* the main actor: it waits on its own thread's stack, never switched */
  for (int line = 0; line < 4; line++) __builtin_prefetch(sp + 64 * line, 1);
}

/* Queues a message on t (a reference to which the caller holds) and makes t
 * runnable if it waits. A runnable or running t is left alone: no second
 * submit, no wakeup. Returns true when t was runnable but not running (queued
 * behind other actors: its mailbox grows while its senders run). */
static __attribute__((noinline)) bool deliver_to(ai_actor *t, uint32_t kind, ai_word value, ai_chunk *frag) {
  ai_msg *m = msg_new();
  if (!m) { /* out of memory: the message is lost */
    if (frag) ai_chunk_free(frag);
    return false;
  }
  m->value = value;
  m->frag = frag;
  m->kind = kind;
  if (kind != AI_MSG_PLAIN) atomic_fetch_add_explicit(&t->nsignals, 1, memory_order_relaxed);
  /* t was asleep, and this send took the mark (or t waits lazily on this
   * worker): it wakes t */
  if (ai_mpsc_push(&t->mailbox, &m->node) || ai_sched_claim_lazy(t)) {
    prefetch_resume(t);
    ai_actor_set_runnable(t);
    ai_sched_submit(t, kind == AI_MSG_PLAIN);
    return false;
  }
  return (atomic_load_explicit(&t->state, memory_order_relaxed) & 3) == AI_ST_RUNNABLE;
}

/* ---------------------------------------------------------------- send chains */

/* A push costs its sender a locked exchange on the receiver's mailbox, most
 * of a send's time when an actor sends many messages in a row (a fan-in's
 * senders). Messages sent to a receiver that is running or queued to run (it
 * will look at its mailbox without being woken) are linked into a chain of
 * the sending thread instead, pushed in one exchange when SEND_CHAIN_MAX are
 * linked, at the next send to a waiting receiver or to another actor, and
 * before anything that lets another actor run or see the order of the
 * sender's messages (ai_actor_flush_sends: every switch out, the yield
 * point's slow path, so at most a reduction budget later, exit signals,
 * spawns; a waiting receiver is woken by the push as before). So a
 * message from A to B is in B's mailbox before any message A sends
 * afterwards to anyone, and before A waits, yields or ends. The main actor
 * never chains: its blocking calls (time.sleep) do not switch. The chain is
 * per OS thread, as the running actor's: switching out empties it. */
#define SEND_CHAIN_MAX 16

typedef struct send_chain {
  ai_actor *to; /* NULL: empty; else the sender's send cache (a reference held) */
  ai_msg *first, *last;
  uint32_t n;
} send_chain;
static AI_TLS send_chain tls_chain;

static inline void wake_pushed(ai_actor *t) {
  prefetch_resume(t);
  ai_actor_set_runnable(t);
  ai_sched_submit(t, true);
}

__attribute__((noinline)) void ai_actor_flush_sends(void) {
  ai_actor *t = tls_chain.to;
  if (!t) return;
  tls_chain.to = NULL;
  if (ai_mpsc_push_chain(&t->mailbox, &tls_chain.first->node, &tls_chain.last->node) || ai_sched_claim_lazy(t)) wake_pushed(t);
}

/* A plain message from the running actor `me` to t (its send cache):
 * chained, or pushed with the chain before it. Returns true when t was
 * runnable but not running (queued: deliver_to). */
static __attribute__((noinline)) bool send_chained(ai_actor *me, ai_actor *t, ai_word value, ai_chunk *frag) {
  ai_msg *m = msg_new_inline();
  if (!m) {
    if (frag) ai_chunk_free(frag);
    return false;
  }
  m->value = value;
  m->frag = frag;
  m->kind = AI_MSG_PLAIN;
  uint64_t st = atomic_load_explicit(&t->state, memory_order_relaxed) & 3;
  if (!tls_chain.to && (st == AI_ST_WAITING || me->is_main || t == me)) { /* a ping-pong's send, or to itself: no chain */
    if (ai_mpsc_push(&t->mailbox, &m->node) || ai_sched_claim_lazy(t)) wake_pushed(t);
    return false;
  }
  atomic_store_explicit(&m->node.next, NULL, memory_order_relaxed);
  if (tls_chain.to != t) {
    ai_actor_flush_sends();
    tls_chain.to = t;
    tls_chain.first = m;
    tls_chain.n = 0;
  } else atomic_store_explicit(&tls_chain.last->node.next, &m->node, memory_order_relaxed);
  tls_chain.last = m;
  if (++tls_chain.n >= SEND_CHAIN_MAX || st == AI_ST_WAITING || me->is_main || t == me) ai_actor_flush_sends();
  return st == AI_ST_RUNNABLE;
}

static void deliver(ai_pid to, uint32_t kind, ai_word value, ai_chunk *frag) {
  ai_actor_flush_sends(); /* the caller's messages first */
  ai_actor *t = ai_actor_acquire(to);
  if (!t) {
    if (frag) ai_chunk_free(frag);
    return;
  }
  deliver_to(t, kind, value, frag);
  ai_actor_release(t);
}

/* The live actor `to` with a reference held by `me` (its send cache), or NULL. */
static ai_actor *send_target(ai_actor *me, ai_pid to) {
  ai_actor *t = me->sent_to;
  if (t && pid_of(t) == to && !atomic_load_explicit(&t->dead, memory_order_acquire)) return t;
  ai_actor_flush_sends(); /* its chain holds no reference of its own */
  ai_actor *n = ai_actor_acquire(to);
  me->sent_to = n;
  me->send_window = 0; /* back-pressure: a new receiver, a new window */
  if (n) me->send_seen = atomic_load_explicit(&n->drained, memory_order_relaxed);
  if (t) ai_actor_release(t);
  return n;
}

void ai_actor_set_runnable(ai_actor *a) {
  uint64_t s = atomic_load_explicit(&a->state, memory_order_relaxed);
  atomic_store_explicit(&a->state, (s & ~(uint64_t)3) | AI_ST_RUNNABLE, memory_order_relaxed);
}

/* Reductions a send costs, beyond its one, when the receiver is queued to run. */
#define SEND_TO_QUEUED_COST 8

/* ---------------------------------------------------------------- back-pressure */

/* A receiver on one worker and its senders on others: a send costs its
 * sender less than the receive costs the receiver, and the mailbox grew
 * without bound (95 MB in the two-sender fan-in on two workers; BEAM's
 * mailboxes grow the same way, Go's channels block the sender). Two marks
 * make a sender pause after its send (send_backoff), each read from the
 * receiver's first cache line, which the send writes anyway:
 *   - `congested`: the receiver found a full batch in its mailbox
 *     BACKLOG_BATCHES times in a row (its senders outrun it); cleared when a
 *     drain empties the mailbox. The sender waits until it is cleared.
 *   - a sender's window: it sent SEND_WINDOW messages since the receiver
 *     last took any (`drained` unchanged: a receiver not running at all,
 *     e.g. descheduled by the OS, cannot mark itself). The sender waits
 *     until the receiver takes some.
 * A sender looks every 64 sends to the same receiver (one increment and
 * test per send: ping-pong costs 1-2 ns more per message, not one load of
 * the receiver's line more).
 * Without deadlock: a paused sender still acts on exit signals and takes its
 * own messages in (so it is never congested itself, and two actors flooding
 * each other both drain); it stops when the receiver dies; the main actor
 * waiting for every other actor to end (ai_sched_wait_idle, which does not
 * receive) marks itself RECEIVER_ASIDE, for which nobody pauses; and when
 * the receiver took nothing for BACKOFF_STALL_NS (a receiver busy elsewhere
 * for that long, or spinning on is_alive) the sender stops pausing for it
 * until it takes something again (and clears `congested`). The stall is
 * long because a receiver's worker thread descheduled by the OS on a loaded
 * machine takes nothing for milliseconds too, and its senders must not
 * flood it meanwhile. A waiting receiver always drains (any receive that
 * waits has emptied its mailbox first), so pausing never waits on one.
 * Selective receives drain the whole mailbox, so they never mark
 * congestion. */
#define BACKLOG_BATCHES 16
#define SEND_WINDOW 4096
#define RECEIVER_ASIDE 2 /* `congested` of an actor not receiving for now: nobody pauses */
#define SEND_WINDOW_FREE 0x8000 /* window values from here: pausing is off */
#define BACKOFF_SPINS 32
#define BACKOFF_NAP_NS 20000
#define BACKOFF_NAP_MAX_NS 1000000
#define BACKOFF_STALL_NS 100000000
static void wait_for_wake(ai_actor *a, int64_t deadline);

static AI_COLD __attribute__((noinline)) void send_backoff(ai_actor *me, ai_actor *t) {
  uint16_t d = atomic_load_explicit(&t->drained, memory_order_relaxed);
  if (d != me->send_seen) { /* the receiver took messages: a new window */
    me->send_seen = d;
    me->send_window = 0;
  }
  bool starved = me->send_window >= SEND_WINDOW && me->send_window < SEND_WINDOW_FREE;
  uint8_t c = atomic_load_explicit(&t->congested, memory_order_relaxed);
  if (t == me || c == RECEIVER_ASIDE || (!starved && !c)) return;
  int64_t scan_deadline = me->deadline; /* a scan's (a match predicate may send) */
  int64_t since = ai_now_ns();
  int64_t nap = BACKOFF_NAP_NS;
  for (int round = 0; !atomic_load_explicit(&t->dead, memory_order_acquire); round++) {
    ai_actor_drain(me); /* exit signals first (may end me); an empty mailbox lets me sleep */
    int64_t now = ai_now_ns();
    uint16_t dn = atomic_load_explicit(&t->drained, memory_order_relaxed);
    if (dn != me->send_seen) {
      me->send_seen = dn;
      me->send_window = 0;
      starved = false;
      since = now;
    } else if (now - since > BACKOFF_STALL_NS) {
      uint8_t one = 1;
      atomic_compare_exchange_strong_explicit(&t->congested, &one, 0, memory_order_relaxed, memory_order_relaxed);
      me->send_window = SEND_WINDOW_FREE;
      break;
    }
    c = atomic_load_explicit(&t->congested, memory_order_relaxed);
    if (c == RECEIVER_ASIDE || (!starved && !c)) break;
    if (round < BACKOFF_SPINS) { /* the receiver is usually microseconds from catching up */
      ai_sched_yield();
      ai_cpu_relax();
      continue;
    }
    wait_for_wake(me, now + nap);
    ai_sched_resumed(me);
    if ((nap *= 2) > BACKOFF_NAP_MAX_NS) nap = BACKOFF_NAP_MAX_NS;
  }
  me->deadline = scan_deadline;
}

bool ai_actor_send(ai_pid to, ai_word msg) {
  ai_actor *me = ai_actor_current();
  ai_word v;
  ai_chunk *frag;
  if (!ai_msg_copy(msg, &v, &frag)) return false;
  if (!me) {
    deliver(to, AI_MSG_PLAIN, v, frag);
    return true;
  }
  /* the copy, charged as the long calls charge (aithon_actor.h) once it is
   * delivered: a big message is copied in one go (the copier's memo and
   * half-built fragment are this thread's), the sender gives way after it */
  int64_t copied_words = frag ? (int64_t)(frag->end - frag->data) / 8 : 0;
  ai_actor *t = send_target(me, to);
  /* A send is a reduction: an actor that does little but send must still give
   * way to the others (its receivers first, in the `next` slot), or they
   * starve while their mailboxes grow (a fan-in queued all its messages). A
   * send to an actor queued to run costs more (as BEAM charges a send to a
   * long queue): two senders sharing a worker with their receiver got two
   * turns of the same budget for its one and queued messages without bound. */
  if (t) {
    if (send_chained(me, t, v, frag)) ai_sched_reductions -= SEND_TO_QUEUED_COST;
    if (AI_UNLIKELY((++me->send_window & 63) == 0)) send_backoff(me, t); /* pauses when congested or starved */
  } else if (frag) ai_chunk_free(frag); /* to a dead pid: nothing */
  ai_sched_work_done(copied_words);
  ai_sched_yield_point();
  return true;
}

/* ---------------------------------------------------------------- death */

/* Out of line, as ai_actor_report_crash: inlined into ai_actor_entry, their
 * message buffers made its frame 680 bytes, at the top of every actor's stack
 * (and of every idle actor's saved image on a shared stack). */
static void die(ai_actor *a, ai_word reason) __attribute__((noreturn, noinline));
static void die(ai_actor *a, ai_word reason) {
  if (a->is_main) {
    ai_stdout_flush();
    int status = ai_reason_is(reason, ai_actor_reason_normal()) ? 0 : 1;
    if (status) {
      char buf[160];
      const char *r = (reason && ai_is_str(reason)) ? ai_as_str(reason)->data
                      : (reason && !ai_is_small(reason) && ai_type_is_subtype(ai_obj(reason)->type, &ai_exc_BaseException)) ? ai_obj(reason)->type->name
                                                                                                                           : "?";
      int n = snprintf(buf, sizeof buf, "main actor exited: %s\n", r);
      if (n > 0) ai_write_all(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
    }
    exit(status);
  }
  a->exit_reason = reason;
  a->post = AI_POST_DEAD;
  ai_sched_switch_out(a);
  __builtin_unreachable();
}

void ai_actor_exit_self(ai_word reason) {
  ai_actor *a = ai_actor_current();
  die(a, reason);
}

static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;

AI_COLD void ai_actor_report_crash(ai_actor *a, const char *what) {
  ai_pid p = pid_of(a);
  char head[128];
  int n;
  char *tb = NULL;
  if (what) n = snprintf(head, sizeof head, "Actor <0.%u.%u> crashed: %s\n", (unsigned)(uint32_t)p, (unsigned)(p >> 32), what);
  else {
    n = snprintf(head, sizeof head, "Exception in actor <0.%u.%u>:\n", (unsigned)(uint32_t)p, (unsigned)(p >> 32));
    tb = ai_tb_format_pending();
  }
  pthread_mutex_lock(&report_lock);
  if (n > 0) ai_write_all(2, head, (size_t)n);
  if (tb) ai_write_all(2, tb, strlen(tb));
  pthread_mutex_unlock(&report_lock);
  free(tb);
}

void ai_actor_entry(void *arg) {
  ai_ctx_entered();
  ai_actor *a = arg;
  if (a->args_frag) {
    ai_heap_adopt(a->heap, a->args_frag);
    a->args_frag = NULL;
  }
  a->fn(ai_actor_args(a), a->nargs);
  ai_word reason = ai_actor_reason_normal();
  if (ai_exc_pending()) {
    ai_actor_report_crash(a, NULL);
    reason = ai_w(ai_exc_current());
    ai_exc_clear();
  }
  die(a, reason);
}

void ai_actor_reap(ai_actor *a) {
  ai_ctx_destroy(&a->ctx);
  if (a->overflowed) {
    ai_actor_report_crash(a, "stack overflow");
    a->exit_reason = ai_actor_reason_stack_overflow();
  }
  ai_word reason = a->exit_reason ? a->exit_reason : ai_actor_reason_normal();
  ai_pid self = pid_of(a);
  ai_actor_lock(a);
  atomic_store_explicit(&a->dead, 1, memory_order_release);
  ai_pid *links = NULL;
  uint32_t nlinks = 0;
  ai_monitor_rec *mons = NULL;
  uint32_t nmons = 0;
  ai_actor_rel *rel = a->rel;
  if (rel) {
    links = rel->links;
    nlinks = rel->nlinks;
    mons = rel->monitors;
    nmons = rel->nmonitors;
    rel->links = NULL;
    rel->monitors = NULL;
    rel->nlinks = rel->nmonitors = rel->caplinks = rel->capmonitors = 0;
  }
  ai_actor_unlock(a);
  for (uint32_t i = 0; i < nlinks; i++) {
    ai_word v;
    ai_chunk *frag;
    if (ai_msg_build_exit(self, reason, &v, &frag)) deliver(links[i], AI_MSG_EXIT_LINK, v, frag);
    else ai_exc_clear();
  }
  for (uint32_t i = 0; i < nmons; i++) {
    ai_word v;
    ai_chunk *frag;
    if (ai_msg_build_down(mons[i].ref, self, reason, &v, &frag)) deliver(mons[i].other, AI_MSG_PLAIN, v, frag);
    else ai_exc_clear();
  }
  free(links);
  free(mons);
  if (a->sent_to) ai_actor_release(a->sent_to);
  a->sent_to = NULL;
  for (ai_msg *m = a->inbox; m;) {
    ai_msg *n = m->inext;
    msg_free(m);
    m = n;
  }
  a->inbox = a->inbox_tail = NULL;
  a->exit_reason = 0;
  if (a->nargs > AI_ACTOR_INLINE_ARGS) free(a->args.words);
  a->nargs = 0;
  if (a->args_frag) ai_chunk_free(a->args_frag);
  a->args_frag = NULL;
  ai_heap_destroy(a->heap);
  ai_sched_actor_died();
  atomic_store_explicit(&a->zombie, 1, memory_order_release);
  ai_actor_release(a);
}

/* ---------------------------------------------------------------- spawn */

/* A block from ai_actor_alloc whose actor never ran (its spawn failed) goes
 * back as a dead actor's does. */
static void abandon(ai_actor *a) {
  atomic_store_explicit(&a->dead, 1, memory_order_release);
  ai_heap_destroy(a->heap);
  atomic_store_explicit(&a->zombie, 1, memory_order_release);
  ai_actor_release(a);
}

static ai_pid spawn(ai_actor_fn fn, int64_t nargs, const ai_word *args, bool link) {
  ai_actor *me = ai_actor_current();
  ai_actor_flush_sends(); /* the new actor may send to the same receivers */
  if (nargs < 0) nargs = 0;
  if (nargs > UINT16_MAX) {
    ai_raise_fmt(&ai_exc_ValueError, "spawn: at most %d arguments, not %lld (pass them in one list)", UINT16_MAX, (long long)nargs);
    return 0;
  }
  /* Counted live first: a locked add waits for every store before it, and
   * the block's set-up below is stores to cold lines (counted after them, it
   * was 7% of a spawn's samples, all on the instruction after the add). */
  ai_sched_actor_born();
  /* the block first: the arguments are copied into it (args_space) */
  ai_actor *a = ai_actor_alloc();
  ai_word *copied = !a ? NULL : nargs <= AI_ACTOR_INLINE_ARGS ? a->args.inline_words : malloc((size_t)nargs * sizeof(ai_word));
  if (!copied) {
    if (a) abandon(a);
    ai_sched_actor_died();
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  ai_chunk *frag = NULL;
  if (!ai_msg_copy_n_into(args, nargs, copied, &frag, a->args_space, sizeof a->args_space)) {
    if (nargs > AI_ACTOR_INLINE_ARGS) free(copied);
    abandon(a);
    ai_sched_actor_died();
    return 0;
  }
  a->fn = fn;
  a->nargs = (uint16_t)nargs;
  if (nargs > AI_ACTOR_INLINE_ARGS) a->args.words = copied;
  a->args_frag = frag;
  a->heap->roots = actor_roots;
  a->heap->roots_owner = a;
  ai_pid pid = pid_of(a);
  if (link && me) { /* a is not running yet: nobody else uses its lock */
    ai_actor_rel *r = rel_of(a);
    if (r && pid_list_add(&r->links, &r->nlinks, &r->caplinks, pid_of(me))) {
      ai_actor_lock(me);
      ai_actor_rel *mr = rel_of(me);
      if (mr) pid_list_add(&mr->links, &mr->nlinks, &mr->caplinks, pid);
      ai_actor_unlock(me);
    }
  }
  ai_sched_submit(a, false);
  return pid;
}

ai_pid ai_actor_spawn(ai_actor_fn fn, int64_t nargs, const ai_word *args) { return spawn(fn, nargs, args, false); }
ai_pid ai_actor_spawn_link(ai_actor_fn fn, int64_t nargs, const ai_word *args) { return spawn(fn, nargs, args, true); }

ai_pid ai_actor_self(void) {
  ai_actor *a = ai_actor_current();
  return a ? pid_of(a) : 0;
}

ai_word ai_actor_pid_word(ai_pid pid) {
  AiPid *p = ai_alloc(sizeof(AiPid));
  if (!p) return 0;
  p->ob.type = &ai_type_pid;
  p->pid = pid;
  return ai_w(p);
}

ai_pid ai_actor_pid_of(ai_word w) {
  if (!w || ai_is_small(w) || ai_obj(w)->type != &ai_type_pid) return 0;
  return ((const AiPid *)ai_obj(w))->pid;
}

bool ai_actor_is_alive(ai_pid pid) {
  ai_actor *a = ai_actor_acquire(pid);
  if (!a) return false;
  ai_actor_release(a);
  return true;
}

/* ---------------------------------------------------------------- receive */

/* The oldest message of a's mailbox (a node the caller owns, to free with
 * msg_free), or NULL when it is empty; waits out a push half done.
 *
 * Vyukov's queue with a rotating dummy: the node at the consumer's end is
 * a dummy whose successor holds the oldest message. Taking it moves that
 * message's payload into the dummy, which is returned, and the message's
 * node becomes the dummy: no node ever leaves the queue empty, so the
 * intrusive queue's push of its stub when its last node is taken (an
 * atomic exchange on the producers' line, once per message in a ping-pong
 * or a ring) is gone. The first dummy is the block's stub, which cannot
 * leave the block: the first message taken goes into a new node instead
 * (Vyukov's pop, stub push included, when there is no node to be had). The
 * dummy left at the end is freed with the block (recycle). */
static ai_msg *mailbox_take(ai_actor *a) {
  ai_mpsc *q = &a->mailbox;
  for (int spins = 0;; spins++) {
    ai_mpsc_node *tail = q->tail;
    ai_mpsc_node *next = atomic_load_explicit(&tail->next, memory_order_acquire);
    if (next) {
      /* the message after it, if any, is the next take's: its line comes
       * from the sender's core while this one is done */
      ai_mpsc_node *after = atomic_load_explicit(&next->next, memory_order_relaxed);
      if (after) __builtin_prefetch(after);
      ai_msg *m = tail == &q->stub ? msg_new() : (ai_msg *)tail;
      if (!m) return (ai_msg *)ai_mpsc_pop_wait(q);
      const ai_msg *src = (const ai_msg *)next;
      m->value = src->value;
      m->frag = src->frag;
      m->kind = src->kind;
      q->tail = next;
      return m;
    }
    if (atomic_load_explicit(&q->head, memory_order_acquire) == tail) return NULL;
    if (spins < 64) ai_cpu_relax(); /* a producer is between its exchange and its link */
    else sched_yield();
  }
}

/* Back-pressure (above), after a receiver took a batch of messages: more were
 * queued behind it (`backlog`), or it caught up. */
static inline void note_backlog(ai_actor *a, bool backlog) {
  if (backlog) {
    if (a->behind < BACKLOG_BATCHES) a->behind++;
    /* set again if a paused sender cleared it */
    if (a->behind == BACKLOG_BATCHES && atomic_load_explicit(&a->congested, memory_order_relaxed) != 1) atomic_store_explicit(&a->congested, 1, memory_order_relaxed);
  } else if (AI_UNLIKELY(a->behind || atomic_load_explicit(&a->congested, memory_order_relaxed))) { /* RECEIVER_ASIDE ends here too */
    a->behind = 0;
    atomic_store_explicit(&a->congested, 0, memory_order_relaxed);
  }
}

/* Takes up to `limit` messages from the mailbox into the inbox. */
static void drain_upto(ai_actor *a, uint32_t limit) {
  ai_msg *m;
  bool adopted = false;
  uint32_t taken = 0;
  for (; taken < limit && (m = mailbox_take(a)); taken++) {
    if (m->frag) {
      ai_heap_adopt(a->heap, m->frag);
      m->frag = NULL;
      adopted = true;
    }
    if (m->kind != AI_MSG_PLAIN) {
      atomic_fetch_sub_explicit(&a->nsignals, 1, memory_order_relaxed);
      const AiExitMsg *e = (const AiExitMsg *)ai_obj(m->value);
      ai_word reason = e->reason;
      bool kill = m->kind == AI_MSG_EXIT_CALL && ai_reason_is(reason, ai_actor_reason_kill());
      if (kill) {
        msg_free(m);
        die(a, ai_actor_reason_killed());
      }
      if (!a->trap_exit) {
        if (ai_reason_is(reason, ai_actor_reason_normal())) {
          bool self = m->kind == AI_MSG_EXIT_CALL && ai_actor_pid_of(e->pid) == pid_of(a);
          msg_free(m);
          if (self) die(a, reason);
          continue;
        }
        msg_free(m);
        die(a, reason);
      }
      m->kind = AI_MSG_PLAIN;
    }
    m->inext = NULL;
    if (a->inbox_tail) a->inbox_tail->inext = m;
    else a->inbox = m;
    a->inbox_tail = m;
  }
  /* back-pressure (above): a full batch with more behind it, or an empty mailbox */
  if (taken) atomic_store_explicit(&a->drained, (uint16_t)(atomic_load_explicit(&a->drained, memory_order_relaxed) + 1), memory_order_relaxed);
  note_backlog(a, AI_UNLIKELY(taken == limit) && atomic_load_explicit(&a->mailbox.head, memory_order_relaxed) != a->mailbox.tail);
  /* forwarding actors may never call ai_alloc: received data counts too */
  if (adopted) ai_heap_maybe_collect(a->heap);
}

void ai_actor_drain(ai_actor *a) { drain_upto(a, UINT32_MAX); }

void ai_actor_receiving_aside(ai_actor *a) { atomic_store_explicit(&a->congested, RECEIVER_ASIDE, memory_order_relaxed); }

/* How many messages an unselective receive takes from the mailbox at once: a
 * receiver behind its senders would otherwise walk a long chain of nodes
 * (each a cache miss, written on the senders' cores) and then walk it again
 * from the inbox, by then out of its cache. */
#define RECEIVE_BATCH 256

/* The main actor waits on the main thread's futex word. */
static __attribute__((noinline)) void main_wait(ai_actor *a, int64_t deadline) {
  atomic_store_explicit(&a->park, 0, memory_order_relaxed);
  uint64_t s = atomic_load_explicit(&a->state, memory_order_relaxed);
  uint64_t seq = (s >> 2) + 1;
  atomic_store_explicit(&a->state, seq << 2 | AI_ST_WAITING, memory_order_relaxed);
  /* asleep only with the mailbox marked (mailbox.h): the sender that takes
   * the mark sets `park` (ai_sched_submit) */
  if (ai_mpsc_mark(&a->mailbox, a->mailbox.tail)) {
    while (atomic_load_explicit(&a->park, memory_order_acquire) == 0) {
      /* at the deadline, take the mark back; a sender that took it first
       * is setting `park`: wait for that, or it would wake a later wait */
      if (deadline >= 0 && ai_now_ns() >= deadline) {
        if (ai_mpsc_unmark(&a->mailbox)) break;
        deadline = -1;
      }
      ai_park_wait(&a->park, 0, deadline);
    }
  }
  atomic_store_explicit(&a->state, seq << 2 | AI_ST_RUNNING, memory_order_relaxed);
}

/* Blocks the calling actor until woken (message, signal, timer, deadline);
 * the caller then calls ai_sched_resumed. Never inlined,
 * nor is main_wait, and the switch is its last call, a jump: the frames of a
 * waiting actor are what an idle actor on a shared stack keeps (its image),
 * and inlined into receive the wait's locals (the futex's timespec, the
 * registers kept across the switch) made receive's frame twice as large. */
static __attribute__((noinline)) void wait_for_wake(ai_actor *a, int64_t deadline) {
  if (a->is_main) {
    main_wait(a, deadline);
    return;
  }
  a->deadline = deadline;
  a->post = AI_POST_WAIT;
  ai_sched_switch_out(a);
}

/* How often a receiver taking straight from its mailbox tells its senders it
 * made progress (`drained`, on their cache line: not at every message). */
#define DIRECT_DRAINED_EVERY 64

/* An unselective receive with nothing in the inbox and no exit signal
 * queued: the oldest message straight from the mailbox, neither copied into
 * the node at the consumer's end (mailbox_take's rotating dummy) nor linked
 * into the inbox and taken from there again (a ring of 1,000 actors: 4% less
 * CPU). Only messages that needed no copy (small ints, None, bools, static
 * reasons: no fragment): a copied message's fragment is adopted and may
 * start a collection, during which only the inbox holds it for sure (the
 * receiver's local is not a root in the ASan build, whose frames live on a
 * fake stack). False (nothing taken) when the mailbox is empty, a push is
 * half done or the oldest message is an exit signal or copied: the general
 * path then.
 * Back-pressure as drain_upto keeps it, per RECEIVE_BATCH messages taken. */
static bool take_direct(ai_actor *a, ai_word *out) {
  ai_mpsc *q = &a->mailbox;
  ai_mpsc_node *tail = q->tail;
  ai_mpsc_node *next = atomic_load_explicit(&tail->next, memory_order_acquire);
  if (!next) return false;
  const ai_msg *src = (const ai_msg *)next;
  if (src->kind != AI_MSG_PLAIN || src->frag) return false;
  ai_mpsc_node *after = atomic_load_explicit(&next->next, memory_order_relaxed);
  if (after) __builtin_prefetch(after);
  ai_word v = src->value;
  q->tail = next; /* the message's node is the dummy now */
  if (tail != &q->stub) msg_free((ai_msg *)tail);
  uint16_t n = (uint16_t)((a->direct_taken + 1) % RECEIVE_BATCH);
  a->direct_taken = n;
  if (AI_UNLIKELY(n % DIRECT_DRAINED_EVERY == 0)) {
    atomic_store_explicit(&a->drained, (uint16_t)(atomic_load_explicit(&a->drained, memory_order_relaxed) + 1), memory_order_relaxed);
    if (n == 0) note_backlog(a, atomic_load_explicit(&q->head, memory_order_relaxed) != q->tail);
  }
  *out = v;
  return true;
}

/* May an unselective receive of `a` take from its mailbox directly
 * (take_direct)? Not with messages in the inbox (they are older), nor with an
 * exit signal queued (acted on first), nor for the main actor (in
 * ai_sched_wait_idle it marks itself aside, which its next drain ends). */
static inline bool direct_ok(ai_actor *a) { return !a->inbox && !a->is_main && !atomic_load_explicit(&a->nsignals, memory_order_relaxed); }

/* Removes m (after prev, NULL: the head) from a's inbox and returns its value. */
static ai_word inbox_take(ai_actor *a, ai_msg *prev, ai_msg *m) {
  if (prev) prev->inext = m->inext;
  else a->inbox = m->inext;
  if (a->inbox_tail == m) a->inbox_tail = prev;
  ai_word v = m->value;
  msg_free(m);
  return v;
}

ai_word ai_actor_receive_match(ai_actor_match_fn match, void *ctx, int64_t timeout_ns) {
  ai_actor *a = ai_actor_current();
  a->scanning = false; /* a receive inside a scan's predicate ends the scan (its cursor may be freed) */
  a->scan_prev = a->scan_cur = NULL;
  /* A drain takes every message queued, so a receiver behind its senders
   * takes the next ones from its inbox without touching the mailbox (whose
   * producers' end the senders keep writing) until the inbox is empty;
   * pending exit signals are acted on first. */
  ai_word v;
  if (!match && a->inbox && !atomic_load_explicit(&a->nsignals, memory_order_relaxed)) return inbox_take(a, NULL, a->inbox);
  if (!match && direct_ok(a) && take_direct(a, &v)) return v;
  int64_t deadline = timeout_ns > 0 ? ai_now_ns() + timeout_ns : -1;
  ai_msg *prev = NULL; /* last message this call rejected */
  for (;;) {
    /* unselective: a batch (the oldest message is in it when the mailbox had any) */
    drain_upto(a, match ? UINT32_MAX : RECEIVE_BATCH);
    ai_msg *m = prev ? prev->inext : a->inbox;
    for (; m; prev = m, m = m->inext) {
      int r = match ? match(m->value, ctx) : 1;
      if (r < 0) return 0;
      if (r == 0) continue;
      return inbox_take(a, prev, m);
    }
    if (timeout_ns == 0) return AI_ACTOR_TIMEOUT;
    if (deadline >= 0 && ai_now_ns() >= deadline) return AI_ACTOR_TIMEOUT;
    wait_for_wake(a, deadline);
    ai_sched_resumed(a);
    if (!match && direct_ok(a) && take_direct(a, &v)) return v;
  }
}

ai_word ai_actor_receive(int64_t timeout_ns) { return ai_actor_receive_match(NULL, NULL, timeout_ns); }

void ai_actor_scan_start(int64_t timeout_ns) {
  ai_actor *a = ai_actor_current();
  a->scanning = true;
  a->scan_prev = a->scan_cur = NULL;
  a->deadline = timeout_ns > 0 ? ai_now_ns() + timeout_ns : timeout_ns == 0 ? 0 : -1;
}

ai_word ai_actor_scan_next(void) {
  ai_actor *a = ai_actor_current();
  if (!a->scanning) {
    ai_raise(&ai_exc_RuntimeError, "receive(): the match predicate must not receive");
    return 0;
  }
  if (a->scan_cur) { /* not taken: rejected */
    a->scan_prev = a->scan_cur;
    a->scan_cur = NULL;
  }
  for (;;) {
    ai_actor_drain(a);
    ai_msg *m = a->scan_prev ? a->scan_prev->inext : a->inbox;
    if (m) {
      a->scan_cur = m;
      return m->value;
    }
    if (a->deadline == 0 || (a->deadline > 0 && ai_now_ns() >= a->deadline)) {
      a->scanning = false;
      return AI_ACTOR_TIMEOUT;
    }
    wait_for_wake(a, a->deadline);
    ai_sched_resumed(a);
  }
}

bool ai_actor_scan_take(void) {
  ai_actor *a = ai_actor_current();
  ai_msg *m = a->scan_cur;
  if (!a->scanning || !m) {
    ai_raise(&ai_exc_RuntimeError, "receive(): no message offered to take");
    return false;
  }
  (void)inbox_take(a, a->scan_prev, m);
  a->scanning = false;
  a->scan_prev = a->scan_cur = NULL;
  return true;
}

static int match_none(ai_word w, void *ctx) {
  (void)w;
  (void)ctx;
  return 0;
}

void ai_actor_sleep(int64_t ns) {
  if (ns <= 0) {
    ai_sched_yield();
    return;
  }
  (void)ai_actor_receive_match(match_none, NULL, ns);
}

/* ---------------------------------------------------------------- links */

static bool pid_list_add(ai_pid **list, uint32_t *n, uint32_t *cap, ai_pid p) {
  for (uint32_t i = 0; i < *n; i++)
    if ((*list)[i] == p) return true;
  if (*n == *cap) {
    uint32_t nc = *cap ? *cap * 2 : 4;
    ai_pid *nl = realloc(*list, nc * sizeof *nl);
    if (!nl) return false;
    *list = nl;
    *cap = nc;
  }
  (*list)[(*n)++] = p;
  return true;
}

static void pid_list_remove(ai_pid *list, uint32_t *n, ai_pid p) {
  for (uint32_t i = 0; i < *n; i++)
    if (list[i] == p) {
      list[i] = list[--*n];
      return;
    }
}

static void noproc_to_self(ai_actor *me, ai_pid about, uint32_t kind, ai_word ref) {
  ai_word v;
  ai_chunk *frag;
  if (kind == AI_MSG_PLAIN) {
    if (ai_msg_build_down(ref, about, ai_actor_reason_noproc(), &v, &frag)) deliver(pid_of(me), AI_MSG_PLAIN, v, frag);
  } else {
    if (ai_msg_build_exit(about, ai_actor_reason_noproc(), &v, &frag)) deliver(pid_of(me), AI_MSG_EXIT_LINK, v, frag);
  }
}

void ai_actor_link(ai_pid pid) {
  ai_actor *me = ai_actor_current();
  if (pid == pid_of(me)) return;
  ai_actor *t = ai_actor_acquire(pid);
  bool ok = false;
  if (t) {
    ai_actor_lock(t);
    ai_actor_rel *r;
    if (!atomic_load_explicit(&t->dead, memory_order_acquire) && (r = rel_of(t))) ok = pid_list_add(&r->links, &r->nlinks, &r->caplinks, pid_of(me));
    ai_actor_unlock(t);
    ai_actor_release(t);
  }
  if (!ok) {
    noproc_to_self(me, pid, AI_MSG_EXIT_LINK, 0);
    ai_actor_drain(me); /* acts now, as Erlang's link/1 does */
    return;
  }
  ai_actor_lock(me);
  ai_actor_rel *r = rel_of(me);
  if (r) pid_list_add(&r->links, &r->nlinks, &r->caplinks, pid);
  ai_actor_unlock(me);
}

void ai_actor_unlink(ai_pid pid) {
  ai_actor *me = ai_actor_current();
  ai_actor_lock(me);
  if (me->rel) pid_list_remove(me->rel->links, &me->rel->nlinks, pid);
  ai_actor_unlock(me);
  ai_actor *t = ai_actor_acquire(pid);
  if (t) {
    ai_actor_lock(t);
    if (t->rel) pid_list_remove(t->rel->links, &t->rel->nlinks, pid_of(me));
    ai_actor_unlock(t);
    ai_actor_release(t);
  }
}

static bool mon_add(ai_monitor_rec **list, uint32_t *n, uint32_t *cap, ai_word ref, ai_pid other) {
  if (*n == *cap) {
    uint32_t nc = *cap ? *cap * 2 : 4;
    ai_monitor_rec *nl = realloc(*list, nc * sizeof *nl);
    if (!nl) return false;
    *list = nl;
    *cap = nc;
  }
  (*list)[(*n)++] = (ai_monitor_rec){ref, other};
  return true;
}

static ai_pid mon_remove(ai_monitor_rec *list, uint32_t *n, ai_word ref) {
  for (uint32_t i = 0; i < *n; i++)
    if (list[i].ref == ref) {
      ai_pid o = list[i].other;
      list[i] = list[--*n];
      return o;
    }
  return 0;
}

ai_word ai_actor_monitor(ai_pid pid) {
  ai_actor *me = ai_actor_current();
  ai_word ref = ai_small((int64_t)atomic_fetch_add_explicit(&next_ref, 1, memory_order_relaxed));
  ai_actor *t = ai_actor_acquire(pid);
  bool ok = false;
  if (t) {
    ai_actor_lock(t);
    ai_actor_rel *r;
    if (!atomic_load_explicit(&t->dead, memory_order_acquire) && (r = rel_of(t))) ok = mon_add(&r->monitors, &r->nmonitors, &r->capmonitors, ref, pid_of(me));
    ai_actor_unlock(t);
    ai_actor_release(t);
  }
  if (!ok) {
    noproc_to_self(me, pid, AI_MSG_PLAIN, ref);
    return ref;
  }
  ai_actor_lock(me);
  ai_actor_rel *r = rel_of(me);
  ai_actor_unlock(me);
  if (r) mon_add(&r->mine, &r->nmine, &r->capmine, ref, pid); /* mine: private, no lock */
  return ref;
}

void ai_actor_demonitor(ai_word ref) {
  ai_actor *me = ai_actor_current();
  ai_pid target = me->rel ? mon_remove(me->rel->mine, &me->rel->nmine, ref) : 0;
  if (!target) return;
  ai_actor *t = ai_actor_acquire(target);
  if (!t) return;
  ai_actor_lock(t);
  if (t->rel) mon_remove(t->rel->monitors, &t->rel->nmonitors, ref);
  ai_actor_unlock(t);
  ai_actor_release(t);
}

bool ai_actor_exit(ai_pid pid, ai_word reason) {
  ai_actor *me = ai_actor_current();
  ai_word v;
  ai_chunk *frag;
  if (!ai_msg_build_exit(pid_of(me), reason, &v, &frag)) return false;
  deliver(pid, AI_MSG_EXIT_CALL, v, frag);
  if (pid == pid_of(me)) ai_actor_drain(me);
  return true;
}

bool ai_actor_trap_exit(bool on) {
  ai_actor *me = ai_actor_current();
  bool old = me->trap_exit;
  me->trap_exit = on;
  return old;
}
