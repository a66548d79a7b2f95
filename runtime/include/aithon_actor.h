/*
 * aithon_actor.h — the actor runtime's ABI for emitted code (and C programs).
 *
 * Erlang-style actors on M:N green threads: one worker OS thread per core runs
 * any number of actors; each actor has its own stack (64 KiB of address space,
 * guard page included), its own heap (collected alone) and a mailbox.
 * The main program (the thread that called ai_main) is the first actor: it
 * runs on the main thread and its own stack; the scheduler and worker threads
 * start on the first call into this API, so programs that spawn nothing are
 * exactly as before. When main returns, the process exits with main's status
 * whatever other actors are still doing. See docs/actors-runtime.md.
 *
 * Messages are deep-copied into the receiver's heap. Sendable values: small
 * and big ints, floats, str, bool, None, pids (AiPid), DOWN/EXIT messages and
 * exception objects; anything else raises TypeError at the send.
 *
 * Functions returning ai_word return 0 when they raised (exception pending), as
 * everywhere in the ABI; ai_pid 0 means "raised" for spawn.
 */
#ifndef AITHON_ACTOR_H
#define AITHON_ACTOR_H

#include "aithon.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A process identifier: never reused within a run (32-bit slot + 32-bit generation). */
typedef uint64_t ai_pid;

/* The body of an actor. `args` are the spawn arguments, already copied into the
 * new actor's heap (the array stays valid and is a GC root for the actor's
 * life). The actor ends when it returns: normally (reason "normal"), or with
 * the pending exception as its exit reason (error report on stderr). */
typedef void (*ai_actor_fn)(const ai_word *args, int64_t nargs);

/* ---------------------------------------------------------------- values */
typedef struct AiPid {
  AiObject ob;
  ai_pid pid;
} AiPid;
/* Sent to a monitoring actor when the monitored one ends (or immediately, with
 * reason "noproc", when it was already dead). */
typedef struct AiDown {
  AiObject ob;
  ai_word ref;    /* the monitor reference returned by ai_actor_monitor */
  ai_word pid;    /* AiPid of the actor that ended */
  ai_word reason; /* its exit reason (copied) */
} AiDown;
/* What an exit signal becomes in the mailbox of an actor that traps exits. */
typedef struct AiExitMsg {
  AiObject ob;
  ai_word pid;    /* AiPid of the sender (the linked actor that ended, or exit()'s caller) */
  ai_word reason;
} AiExitMsg;

extern const AiType ai_type_pid;      /* "Pid" */
extern const AiType ai_type_down;     /* "DOWN" */
extern const AiType ai_type_exit_msg; /* "EXIT" */
extern const AiType ai_type_timeout;  /* type of the timeout sentinel */

/* receive()'s result when the timeout passed: a static singleton, compare by word. */
extern AiObject ai_actor_timeout_obj;
#define AI_ACTOR_TIMEOUT ((ai_word)(intptr_t)&ai_actor_timeout_obj)
/* timeout argument meaning "wait forever" */
#define AI_ACTOR_INFINITY ((int64_t)-1)

/* Exit reasons (static str objects: "normal", "kill", "killed", "noproc",
 * "stack_overflow"). A crash's reason is the exception object. */
ai_word ai_actor_reason_normal(void);
ai_word ai_actor_reason_kill(void);
ai_word ai_actor_reason_killed(void);
ai_word ai_actor_reason_noproc(void);
ai_word ai_actor_reason_stack_overflow(void);

/* ---------------------------------------------------------------- actors */

/* Starts fn(args) in a new actor. Arguments are copied (TypeError for an
 * unsendable one). Returns the new pid, 0 when it raised. */
ai_pid ai_actor_spawn(ai_actor_fn fn, int64_t nargs, const ai_word *args);
/* Spawn and link atomically (the child cannot end before the link exists). */
ai_pid ai_actor_spawn_link(ai_actor_fn fn, int64_t nargs, const ai_word *args);
ai_pid ai_actor_self(void);
/* An AiPid object for `pid` (allocated in the caller's heap), and back. */
ai_word ai_actor_pid_word(ai_pid pid);
ai_pid ai_actor_pid_of(ai_word w); /* 0 when w is not a Pid */
bool ai_actor_is_alive(ai_pid pid);

/* Copies msg into `to`'s mailbox. Sending to an actor that has ended does
 * nothing (returns true). false: TypeError raised (unsendable value). */
bool ai_actor_send(ai_pid to, ai_word msg);

/* The oldest message, waiting at most timeout_ns (AI_ACTOR_INFINITY: forever;
 * 0: poll). Returns the message, AI_ACTOR_TIMEOUT on timeout. */
ai_word ai_actor_receive(int64_t timeout_ns);
/* Selective receive: the oldest message for which match(msg, ctx) returns 1;
 * messages for which it returns 0 stay queued, in order. match returns -1
 * after raising: receive then returns 0. The predicate must not receive. */
typedef int (*ai_actor_match_fn)(ai_word msg, void *ctx);
ai_word ai_actor_receive_match(ai_actor_match_fn match, void *ctx, int64_t timeout_ns);
/* Selective receive driven by the caller (compiled `receive(match=pred)`,
 * whose predicate is compiled code): scan_start begins a scan with a timeout;
 * each scan_next offers the next message not yet offered (oldest first),
 * waiting for one to arrive, or returns AI_ACTOR_TIMEOUT when the timeout
 * passed; scan_take removes the message offered last and ends the scan.
 * Messages offered and not taken stay queued in order. Any receive during a
 * scan ends it (scan_next then raises RuntimeError). 0: raised. */
void ai_actor_scan_start(int64_t timeout_ns);
ai_word ai_actor_scan_next(void);
bool ai_actor_scan_take(void);
/* Suspends the calling actor for ns nanoseconds (a timer; no thread blocks). */
void ai_actor_sleep(int64_t ns);

/* Links are bidirectional: when either actor ends with a reason other than
 * "normal", the other gets an exit signal: it ends with the same reason,
 * unless it traps exits, in which case it receives an AiExitMsg. Linking to
 * an actor that has ended delivers an exit signal with reason "noproc". */
void ai_actor_link(ai_pid pid);
void ai_actor_unlink(ai_pid pid);
/* Monitors are one-way: returns a reference (an int word); an AiDown message
 * arrives when `pid` ends (at once, reason "noproc", if it has). */
ai_word ai_actor_monitor(ai_pid pid);
/* Removes a monitor (a DOWN already delivered stays in the mailbox). */
void ai_actor_demonitor(ai_word ref);
/* Sends an exit signal with `reason` to pid (Erlang's exit/2): "kill" ends it
 * unconditionally (reason "killed" for its links); "normal" is ignored unless
 * pid is the caller; otherwise it ends unless it traps exits. */
bool ai_actor_exit(ai_pid pid, ai_word reason);
/* Ends the calling actor with `reason` (never returns; in the main actor the
 * process exits, status 0 for "normal" and 1 otherwise). */
void ai_actor_exit_self(ai_word reason) __attribute__((noreturn));
/* Sets trap_exit for the calling actor; returns the previous value. */
bool ai_actor_trap_exit(bool on);

/* ---------------------------------------------------------------- scheduler */

/* Reduction budget: emitted code calls ai_sched_yield_point() at every loop
 * back-edge and function entry. The fast path decrements the thread-local
 * ai_sched_reductions and returns; every AI_SCHED_BUDGET reductions the slow
 * path handles pending exit signals and, when other actors are runnable on
 * this worker, switches to them. Never switches while an exception is pending.
 * Emitted LLVM IR may also inline the fast path itself:
 *   %r = load i64, ptr @ai_sched_reductions   (thread_local(initialexec))
 *   %n = sub i64 %r, 1 ; store ; if %n < 0 call void @ai_sched_yield_slow()
 * (below zero: x86 then tests the flags of one `dec` on the thread-local) */
#define AI_SCHED_BUDGET 2000
extern _Thread_local int64_t ai_sched_reductions __attribute__((tls_model("initial-exec")));
void ai_sched_yield_slow(void);
void ai_sched_yield_point(void);
static inline void ai_sched_yield_point_inline(void) {
  if (__builtin_expect(--ai_sched_reductions < 0, 0)) ai_sched_yield_slow();
}
/* Long runtime calls (a sort, str.join, a dict copy, over many elements)
 * charge reductions in proportion to their work: AI_SCHED_WORK_COST every
 * AI_SCHED_WORK_CHUNK elements (one reduction per 16, where a compiled loop
 * pays one per iteration), so a busy actor inside one gives way to the
 * others on its worker as compiled loops do, at most every 32,768 elements.
 * Called only where switching is safe: between elements, with no
 * thread-local address held (nothing else touches the actor's objects while
 * it is switched out: actors share no heap, and its collector runs only when
 * it allocates). Out of line: a caller must not keep the thread-local's
 * address across the switch. */
#define AI_SCHED_WORK_CHUNK 1024
#define AI_SCHED_WORK_COST 64
void ai_sched_charge(int64_t reductions);
/* In a loop at element i of a long call: charges every AI_SCHED_WORK_CHUNK elements. */
static inline void ai_sched_work_tick(int64_t i) {
  if (__builtin_expect((i & (AI_SCHED_WORK_CHUNK - 1)) == AI_SCHED_WORK_CHUNK - 1, 0)) ai_sched_charge(AI_SCHED_WORK_COST);
}
/* After n elements (words copied, items compared) done in one go (a
 * memcpy): what ai_sched_work_tick would have charged over their loop. */
static inline void ai_sched_work_done(int64_t n) {
  if (__builtin_expect(n >= AI_SCHED_WORK_CHUNK, 0)) ai_sched_charge(AI_SCHED_WORK_COST * (n / AI_SCHED_WORK_CHUNK));
}
/* Lets the other runnable actors run first. */
void ai_sched_yield(void);
/* Bracket a blocking system call (read, write to a pipe, input(), waitpid):
 * between the two the actor runs on a thread of the blocking pool and its
 * worker runs other actors. Only the blocking call itself belongs between
 * them (no receive/spawn/send). No-ops in the main actor and before start-up. */
void ai_sched_blocking_begin(void);
void ai_sched_blocking_end(void);
/* Number of worker threads (AITHON_WORKERS, default: CPUs available). */
int ai_sched_workers(void);
/* Main actor only: waits until every other actor has ended. */
void ai_sched_wait_idle(void);
/* Actors alive now (including main). */
int64_t ai_sched_live_actors(void);

#ifdef __cplusplus
}
#endif
/* ---------------------------------------------------------------- Python API
 * What compiled `aithon.actors` calls use (actor/pyapi.c): Python values in
 * and out, TypeError for a non-Pid where a Pid is needed. */
ai_word ai_py_spawn(ai_word (*body)(ai_word frame), ai_word frame, bool link); /* a Pid word */
ai_word ai_py_self(void);
bool ai_py_send(ai_word pid, ai_word msg);
ai_word ai_py_receive(ai_word timeout /* seconds, None or 0: forever */);
ai_word ai_py_timeout(void); /* the TIMEOUT sentinel receive() returns */
bool ai_py_scan_start(ai_word timeout); /* receive(match=...): see ai_actor_scan_start */
ai_word ai_py_scan_next(void);
bool ai_py_scan_take(void);
bool ai_py_exit_self(ai_word reason);   /* exit(reason): never returns */
bool ai_py_trap_exit_on(void);          /* trap_exit() */
ai_word ai_py_wait_idle(ai_word timeout); /* a bool word */
bool ai_py_sleep(ai_word seconds);
bool ai_py_is_alive(ai_word pid);
bool ai_py_is_exit(ai_word w);          /* an Exit message? */
bool ai_py_is_down(ai_word w);          /* a Down message? */
bool ai_py_is_pid(ai_word w);
bool ai_py_link(ai_word pid);
bool ai_py_unlink(ai_word pid);
ai_word ai_py_monitor(ai_word pid);
bool ai_py_demonitor(ai_word ref);
bool ai_py_exit(ai_word pid, ai_word reason);
bool ai_py_trap_exit(bool on);

#endif /* AITHON_ACTOR_H */
