/*
 * platform/context.h — green-thread contexts and the hand-written context
 * switch (x86-64 System V).
 *
 * A context is a saved stack pointer. ai_ctx_switch pushes the callee-saved
 * registers (rbx, rbp, r12-r15) and the x87/SSE control words on the current
 * stack, stores rsp in `from`, loads rsp from `to` and pops the same set: a
 * dozen instructions, no system call, no signal-mask save (unlike ucontext).
 * Caller-saved registers need no saving: ai_ctx_switch is an ordinary call for
 * the compiler.
 *
 * Under AddressSanitizer and ThreadSanitizer the switch is annotated
 * (__sanitizer_start/finish_switch_fiber, __tsan_switch_to_fiber) so both
 * understand the stack changes.
 */
#ifndef AI_PLATFORM_CONTEXT_H
#define AI_PLATFORM_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AI_ASAN 1
#endif
#if __has_feature(thread_sanitizer)
#define AI_TSAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(AI_ASAN)
#define AI_ASAN 1
#endif
#if defined(__SANITIZE_THREAD__) && !defined(AI_TSAN)
#define AI_TSAN 1
#endif

#if !defined(__x86_64__)
#error "platform/context: only x86-64 System V is implemented"
#endif

typedef struct ai_ctx {
  void *sp;               /* saved stack pointer while switched out */
#if defined(AI_ASAN) || defined(AI_TSAN)
  /* Only the sanitizers' fiber annotations need more: every actor block and
   * generator holds a context, so an idle actor would carry them for nothing. */
  char *stack_lo;         /* usable stack bounds */
  size_t stack_size;
  /* ThreadSanitizer: the fiber to resume, the one that was running when
   * this context was saved (an actor switched out inside a generator's body
   * is on the generator's fiber), and the fiber ai_ctx_make created for it
   * (destroyed with it; NULL for a thread's own context) */
  void *tsan_fiber;
  void *tsan_own_fiber;
  void *asan_fake_stack;  /* AddressSanitizer fake-stack handle */
#endif
} ai_ctx;

/* Describes the calling OS thread's own stack as a context (target of later
 * switches back to this thread's loop). */
void ai_ctx_init_thread(ai_ctx *c);
/* Prepares `c` to run fn(arg) on [stack_lo, stack_lo + size) when first
 * switched to. fn must never return (it switches away for good instead). */
void ai_ctx_make(ai_ctx *c, char *stack_lo, size_t size, void (*fn)(void *), void *arg);
/* The raw switch (naked assembly): *save_sp = rsp; rsp = new_sp. */
void ai_ctx_swap(void **save_sp, void *new_sp);
/* Saves the running context in `from`, resumes `to`. Returns when something
 * switches back to `from`. Without the sanitizers' annotations it is the raw
 * switch, inline: a switch that ends a function then compiles to a jump (a
 * sibling call), so that function's frame is gone while the context waits.
 * The frames of a waiting actor are what it keeps on a shared stack (its
 * image; sched.c, "stacks"). */
#if defined(AI_ASAN) || defined(AI_TSAN)
void ai_ctx_switch(ai_ctx *from, ai_ctx *to);
#else
static inline void ai_ctx_switch(ai_ctx *from, ai_ctx *to) { ai_ctx_swap(&from->sp, to->sp); }
#endif
/* As ai_ctx_switch, but `from` is finished and never resumed. */
void ai_ctx_switch_final(ai_ctx *from, ai_ctx *to) __attribute__((noreturn));
/* First thing a context's fn must call (completes the sanitizer switch). */
void ai_ctx_entered(void);
/* Releases sanitizer state of a finished context. */
void ai_ctx_destroy(ai_ctx *c);

#endif
