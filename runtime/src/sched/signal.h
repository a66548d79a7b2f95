/*
 * sched/signal.h — stack overflow of a green thread.
 *
 * A SIGSEGV handler (on a per-thread sigaltstack) checks whether the faulting
 * address lies in the guard page of the running actor's stack. If so the
 * actor is abandoned (its stack is never resumed): the handler switches to
 * the thread's scheduler context, which reaps the actor with exit reason
 * "stack_overflow" (links and monitors are told, an error report goes to
 * stderr). Any other fault gets the default action (core dump), as before.
 * Not installed under AddressSanitizer/ThreadSanitizer, which handle SIGSEGV
 * themselves. A single frame larger than the guard page (4 KiB) can jump over
 * it; the runtime's own frames stay well below that.
 */
#ifndef AI_SCHED_SIGNAL_H
#define AI_SCHED_SIGNAL_H

void ai_signal_install(void);
/* Per worker / pool thread: its alternate signal stack. */
void ai_signal_thread_init(void);

#endif
