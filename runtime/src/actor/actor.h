/*
 * actor/actor.h — the actor control block (internal).
 *
 * Control blocks are type-stable: they live in pages that are never freed and
 * are recycled through a free list, so a stale pid can always be checked
 * against the block it names. A pid is (generation << 32 | slot); the block
 * holds its current pid. Whoever acts on another actor (send, link, monitor,
 * exit) takes a reference first (`refs`), then checks the pid still matches;
 * the block is recycled only when its owner has died and the last reference
 * is gone, so a mailbox is never reset under a concurrent sender.
 *
 * Scheduling state (`state`): seq << 2 | {RUNNING, WAITING, RUNNABLE}. A
 * waiting actor is made runnable by exactly one CAS WAITING -> RUNNABLE (by a
 * sender, an exit signal or its timer, which carries the wait's seq).
 * Only the scheduler, after switching off the actor's stack, publishes
 * WAITING, so an actor is never resumed while still on its stack.
 */
#ifndef AI_ACTOR_ACTOR_H
#define AI_ACTOR_ACTOR_H

#include "aithon_actor.h"
#include "actor/mailbox.h"
#include "gen/generator.h"
#include "mem/heap.h"
#include "obj/object.h"
#include "platform/context.h"

#include <stdatomic.h>

enum { AI_ST_RUNNING = 0, AI_ST_WAITING = 1, AI_ST_RUNNABLE = 2 };
enum { AI_POST_NONE, AI_POST_YIELD, AI_POST_WAIT, AI_POST_DEAD, AI_POST_BLOCKING, AI_POST_REQUEUE };
enum { AI_MSG_PLAIN = 0, AI_MSG_EXIT_LINK = 1, AI_MSG_EXIT_CALL = 2 };

/* A message node. Nodes are type-stable and pooled (actor.c, "message
 * nodes"): a free node links to the next free one by `inext`, and the first
 * node of a pooled batch to the next batch by `next_batch`. */
typedef struct ai_msg {
  ai_mpsc_node node; /* first */
  struct ai_msg *inext;
  ai_word value;
  union {
    ai_chunk *frag; /* copied objects, adopted by the receiver's heap */
    struct ai_msg *next_batch;
  };
  uint32_t kind;
  ai_pid from;
} ai_msg;

typedef struct ai_monitor_rec {
  ai_word ref;
  ai_pid other; /* watcher (in the watched actor's list) or target (in my own list) */
} ai_monitor_rec;

struct ai_worker;

/* A green stack actors run on (sched.c, "stacks"). An actor owns one (its
 * `own_stack`) until AITHON_STACKS_OWNED stacks are in use; later actors share
 * the stacks of a worker's ring: the frames of the actor running on a shared
 * stack are on it, those of the others that use it are saved in their
 * `image` (the used part only, from the saved sp to the top) and copied back
 * to the same addresses (the frames point into themselves) when they next
 * run, after the frames there now were saved in turn. An idle actor then
 * holds only its image (hundreds of bytes), not a page of stack. */
typedef struct ai_green_stack {
  char *base;            /* lowest address (guard page); NULL: none yet */
  _Atomic uint32_t busy; /* shared: an actor runs on it */
  struct ai_actor *owner; /* shared: whose frames are on it now (under busy) */
  bool shared;
} ai_green_stack;

typedef struct ai_actor {
  /* --- hot */
  _Atomic uint64_t state;
  ai_mpsc mailbox;
  ai_heap *heap;
  _Atomic ai_pid pid;
  int post;       /* what the scheduler does after the actor switched out */
  int depth;      /* saved recursion depth */
  /* saved "exception being handled" (sys.exc_info(), the implicit __context__):
   * thread-local state, so an actor switched out inside an except block must
   * not leave its exception to the next actor on that worker */
  ai_word handled;
  ai_gen_state generators; /* saved generator state (gen/generator.h), for the same reason */
  int64_t deadline; /* of the current wait, <0 none */
  ai_msg *inbox, *inbox_tail; /* taken from the mailbox, not yet received */
  /* A selective receive driven by compiled code (ai_actor_scan_*): the
   * message last offered (scan_cur) and the one before it (scan_prev, NULL:
   * the inbox head); every inbox message before scan_cur was rejected. */
  ai_msg *scan_prev, *scan_cur;
  int64_t scan_timeout, scan_deadline;
  bool scanning;
  _Atomic uint32_t nsignals;  /* exit signals in the mailbox */
  ai_ctx ctx;
  char *stack;    /* base (guard page) of the green stack; NULL for main */
  ai_green_stack *gstack; /* the stack it runs on: &own_stack, or a worker's shared one */
  char *image;    /* its frames while another actor's are on its shared stack */
  size_t image_len;
  /* The actor this one last sent to, with a reference held until it sends
   * elsewhere or dies: sending to the same pid again skips the reference
   * count's two atomic RMWs on the receiver's line (held, the block cannot be
   * recycled, so its pid still matches; only `dead` is checked). */
  struct ai_actor *sent_to;
  ai_pid sent_pid;
  struct ai_actor *qnext; /* inject queue / free list */
  /* --- life */
  _Atomic uint32_t refs;
  _Atomic uint32_t zombie;
  _Atomic uint32_t dead;
  _Atomic uint32_t lock;
  uint32_t gen;
  uint32_t slot;
  bool trap_exit;
  bool is_main;
  bool started;
  bool overflowed;
  bool in_blocking;
  ai_actor_fn fn;
  int64_t nargs;
  ai_word *args;
  ai_word args_inline[4];
  ai_chunk *args_frag;
  ai_word exit_reason;
  /* links and monitors on me (under lock) */
  ai_pid *links;
  uint32_t nlinks, caplinks;
  ai_monitor_rec *monitors;
  uint32_t nmonitors, capmonitors;
  /* monitors I hold (private) */
  ai_monitor_rec *mine;
  uint32_t nmine, capmine;
  /* timer of the current wait */
  struct ai_worker *timer_w;
  int64_t timer_idx;
  /* main actor: parking word */
  _Atomic uint32_t park;
  ai_green_stack own_stack;
  ai_heap heap_storage;
} ai_actor;

/* Spin lock of an actor's link/monitor sets. */
static inline void ai_actor_lock(ai_actor *a) {
  while (atomic_exchange_explicit(&a->lock, 1, memory_order_acquire)) __builtin_ia32_pause();
}
static inline void ai_actor_unlock(ai_actor *a) { atomic_store_explicit(&a->lock, 0, memory_order_release); }

/* The running actor of this thread (NULL on a scheduler loop). */
extern _Thread_local ai_actor *ai_tls_actor __attribute__((tls_model("initial-exec")));

/* pid -> block with a reference taken, or NULL when dead/unknown. */
ai_actor *ai_actor_acquire(ai_pid pid);
void ai_actor_release(ai_actor *a);
/* Entry point of every spawned actor (on its own stack). */
void ai_actor_entry(void *arg);
/* Scheduler side: the actor has switched out for the last time. */
void ai_actor_reap(ai_actor *a);
/* A block for a new actor (slot and generation assigned, refs = 1). */
ai_actor *ai_actor_alloc(void);
/* Ensures the runtime is started and returns the calling actor (adopting the
 * calling thread as the main actor on first use). */
ai_actor *ai_actor_current(void);
/* Reports the crash of `a` (uncaught exception pending, or stack overflow). */
void ai_actor_report_crash(ai_actor *a, const char *what);
/* Takes everything from the mailbox into the inbox, acting on exit signals
 * (may end the calling actor). Called by `a` itself. */
void ai_actor_drain(ai_actor *a);
/* Wakes a waiting actor (CAS WAITING -> RUNNABLE). True when this call made it runnable. */
bool ai_actor_wake(ai_actor *a);

/* Deep copy of a message value into a fresh fragment (actor/copy.c).
 * Returns false with TypeError pending when w cannot be sent. *frag is NULL
 * when nothing needed copying (*out == w). */
bool ai_msg_copy(ai_word w, ai_word *out, ai_chunk **frag);
bool ai_msg_copy_n(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag);
/* Builds an object (DOWN / EXIT) with copied fields in one fragment. */
bool ai_msg_build_down(ai_word ref, ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag);
bool ai_msg_build_exit(ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag);
/* Is w one of the static reason strs / equal to the named reason? */
bool ai_reason_is(ai_word w, ai_word reason);

#endif
