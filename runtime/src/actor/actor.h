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
 * waiting actor sleeps with its mailbox's producers' end marked
 * (mailbox.h); it is made runnable by whoever takes the mark off: exactly
 * one sender (a message or an exit signal: its push's exchange returns the
 * mark) or its timer (a CAS; the timer carries the wait's seq). Only the
 * scheduler, after switching off the actor's stack, marks the mailbox, so
 * an actor is never resumed while still on its stack.
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

/* A message node (32 bytes). Nodes are type-stable and pooled (actor.c,
 * "message nodes"): a free node links to the next free one by `inext`, and
 * the first node of a pooled batch to the next batch by `next_batch`. Once
 * popped from the mailbox (pop returns a node only after its successor was
 * linked, so no producer writes its link again), the mailbox link is free:
 * `inext` reuses it for the inbox and the free lists. An exit signal's sender
 * is the pid in its AiExitMsg, so the node does not carry it. */
typedef struct ai_msg {
  union {
    ai_mpsc_node node; /* in the mailbox */
    struct ai_msg *inext; /* in the inbox, or free */
  };
  ai_word value;
  union {
    ai_chunk *frag; /* copied objects, adopted by the receiver's heap */
    struct ai_msg *next_batch;
  };
  uint32_t kind;
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
  struct ai_actor *owner; /* shared: whose frames are on it now (under busy) */
  _Atomic uint32_t busy; /* shared: an actor runs on it */
  bool shared;
} ai_green_stack;

/* Links and monitors of an actor: most actors have none, so the block holds
 * only a pointer, allocated on first use (under the actor's lock). */
typedef struct ai_actor_rel {
  /* links and monitors on me (under lock) */
  ai_pid *links;
  uint32_t nlinks, caplinks;
  ai_monitor_rec *monitors;
  uint32_t nmonitors, capmonitors;
  /* monitors I hold (private) */
  ai_monitor_rec *mine;
  uint32_t nmine, capmine;
} ai_actor_rel;

/* Every byte here is paid by every idle actor (issue 5 asks <= 1 KiB each,
 * block, saved frames and spawn arguments together): state only some actors
 * need lives behind a pointer (`rel`), or in the sanitizer builds only (ctx). */
typedef struct __attribute__((aligned(64))) ai_actor {
  /* --- the first cache line: what senders read (pid, dead, state) and write
   * (the producers' end of the mailbox, the last word of the line) at each
   * send, and what rarely changes. The consumer's end (mailbox.tail, the
   * stub) starts the second line: the receiver taking messages does not
   * steal the line the senders push on from them at each message (blocks
   * are 64-byte aligned, ai_actor_alloc). */
  _Atomic uint64_t state;
  _Atomic ai_pid pid;
  _Atomic uint8_t dead;
  _Atomic uint8_t zombie;
  _Atomic uint8_t lock;
  /* Back-pressure (actor.c, "back-pressure"). As a receiver: `congested`
   * while it keeps finding full batches in its mailbox (its senders outrun
   * it), `drained` counts its drains that took messages (mod 2^16: senders
   * only compare it for a change). As a sender, about `sent_to`: its
   * `drained` when last looked (`send_seen`) and the sends since it changed
   * (`send_window`). */
  _Atomic uint8_t congested;
  _Atomic uint16_t drained;
  uint16_t send_seen;
  uint16_t send_window;
  int32_t timer_idx; /* of the current wait's timer in timer_w's heap */
  _Atomic uint32_t refs;
  uint32_t gen;
  uint32_t slot;
  _Atomic uint32_t park; /* main actor: parking word */
  ai_heap *heap;
  ai_mpsc mailbox;
  /* --- the receiver's own state */
  int32_t depth;  /* saved recursion depth */
  /* exit signals in the mailbox: read at every receive, so not in the first
   * line, which the senders keep writing (a fan-in's receiver missed the
   * cache on it at each message); written only by an exit signal's sender */
  _Atomic uint32_t nsignals;
  /* saved "exception being handled" (sys.exc_info(), the implicit __context__):
   * thread-local state, so an actor switched out inside an except block must
   * not leave its exception to the next actor on that worker */
  ai_word handled;
  ai_gen_state generators; /* saved generator state (gen/generator.h), for the same reason */
  int64_t deadline; /* of the current wait, <0 none (or a scan's, 0: polls) */
  ai_msg *inbox, *inbox_tail; /* taken from the mailbox, not yet received */
  /* A selective receive driven by compiled code (ai_actor_scan_*): the
   * message last offered (scan_cur) and the one before it (scan_prev, NULL:
   * the inbox head); every inbox message before scan_cur was rejected. Its
   * deadline is `deadline` (0: it polls; any receive ends a scan). */
  ai_msg *scan_prev, *scan_cur;
  ai_ctx ctx;
  ai_green_stack *gstack; /* the stack it runs on: &own_stack, or a worker's shared one; NULL for main */
  char *image;    /* its frames while another actor's are on its shared stack */
  /* The actor this one last sent to, with a reference held until it sends
   * elsewhere or dies: sending to the same pid again skips the reference
   * count's two atomic RMWs on the receiver's line (held, the block cannot be
   * recycled, so its pid stays the one sent to; only `dead` is checked). */
  struct ai_actor *sent_to;
  struct ai_actor *qnext; /* blocking pool queue / free list */
  uint32_t image_len;
  uint8_t post;   /* what the scheduler does after the actor switched out (AI_POST_*) */
  bool scanning;
  bool trap_exit;
  bool is_main;
  bool started;
  bool overflowed;
  bool in_blocking;
  uint8_t behind; /* full mailbox batches in a row (back-pressure) */
  uint16_t nargs; /* spawn() refuses more */
  uint16_t direct_taken; /* messages received straight from the mailbox, mod RECEIVE_BATCH (actor.c) */
  ai_actor_fn fn;
  /* The spawn arguments: in the block when nargs <= 3 (compiled Python
   * passes 2), else malloc'd (ai_actor_args). */
  union {
    ai_word inline_words[3];
    ai_word *words;
  } args;
  ai_chunk *args_frag; /* in args_space, or malloc'd when larger */
  ai_word exit_reason;
  /* The spawn arguments' fragment when it fits (compiled Python's argument
   * tuple holding a Pid: 144 bytes with the chunk header and bitmaps),
   * adopted by the heap as any fragment: a spawn then costs no malloc, and an
   * idle actor no separate allocation (and its malloc header). The block is
   * 640 bytes with it (512 without). */
  _Alignas(16) char args_space[144];
  ai_actor_rel *rel; /* NULL: no links or monitors yet */
  struct ai_worker *timer_w; /* whose heap holds the current wait's timer */
  ai_green_stack own_stack;
  ai_heap heap_storage;
} ai_actor;
_Static_assert(offsetof(ai_actor, mailbox) + offsetof(ai_mpsc, tail) == 64, "the mailbox's consumer end starts the second cache line");
/* An idle actor's memory is mostly its block (issue 5: at most 1 KiB in all,
 * docs/actors-runtime.md): a field added here, or to ai_heap, must fit in the
 * padding or take the place of another. */
#if !defined(AI_ASAN) && !defined(AI_TSAN) /* the sanitizers' fiber contexts add to it */
_Static_assert(sizeof(ai_actor) <= 640, "an actor block is at most 10 cache lines");
#endif

#define AI_ACTOR_INLINE_ARGS 3
_Static_assert(sizeof(((ai_actor *)0)->args.inline_words) == AI_ACTOR_INLINE_ARGS * sizeof(ai_word), "inline spawn arguments");

/* The spawn arguments of `a` (nargs words; NULL when none are left). */
static inline ai_word *ai_actor_args(ai_actor *a) {
  return a->nargs <= AI_ACTOR_INLINE_ARGS ? (a->nargs ? a->args.inline_words : NULL) : a->args.words;
}

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
/* The calling actor `a` will not receive for a while without waiting (the
 * main actor in ai_sched_wait_idle): its senders must not pause for it
 * (actor.c, "back-pressure"); its next receive ends that. */
void ai_actor_receiving_aside(ai_actor *a);
/* Marks a as runnable (its state's low bits), by whoever claimed its wake:
 * the sender whose push took its mailbox's mark, its timer, or the
 * scheduler when a message came before the mark was set (mailbox.h). */
void ai_actor_set_runnable(ai_actor *a);
/* Pushes the messages the calling thread's running actor sent and has not
 * pushed yet (actor.c, "send chains"). Called before anything that lets
 * another actor run or observe the order of its messages: every switch out,
 * the yield point's slow path, exit signals, spawns. */
void ai_actor_flush_sends(void);

/* Deep copy of a message value into a fresh fragment (actor/copy.c).
 * Returns false with TypeError pending when w cannot be sent. *frag is NULL
 * when nothing needed copying (*out == w). */
bool ai_msg_copy(ai_word w, ai_word *out, ai_chunk **frag);
bool ai_msg_copy_n(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag);
/* The same, making the fragment in space[0, cap) when it fits (an embedded
 * chunk, mem/heap.h: *frag then points into space). */
bool ai_msg_copy_n_into(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag, void *space, size_t cap);
/* Builds an object (DOWN / EXIT) with copied fields in one fragment. */
bool ai_msg_build_down(ai_word ref, ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag);
bool ai_msg_build_exit(ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag);
/* Is w one of the static reason strs / equal to the named reason? */
bool ai_reason_is(ai_word w, ai_word reason);

#endif
