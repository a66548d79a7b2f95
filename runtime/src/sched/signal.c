/* sched/signal.c — guard-page faults become actor crashes. See signal.h. */
#define _GNU_SOURCE
#include "sched/signal.h"

#include "platform/stack.h"
#include "sched/sched.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#define ALTSTACK_SIZE (64 * 1024)

#if !defined(AI_ASAN) && !defined(AI_TSAN)
static void segv_handler(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  ai_actor *a = ai_tls_actor;
  char *addr = si->si_addr;
  ai_ctx *host = ai_tls_host;
  char *stack = a && a->gstack ? a->gstack->base : NULL; /* main has none */
  if (stack && host && addr >= stack && addr < stack + AI_STACK_GUARD) {
    a->overflowed = true;
    a->exit_reason = 0;
    a->post = AI_POST_DEAD;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    ai_ctx_switch_final(&a->ctx, host); /* the scheduler reaps it */
  }
  /* not ours: default action on return (the fault repeats) */
  signal(sig, SIG_DFL);
}
#endif

void ai_signal_install(void) {
#if !defined(AI_ASAN) && !defined(AI_TSAN)
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = segv_handler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
#endif
}

void ai_signal_thread_init(void) {
#if !defined(AI_ASAN) && !defined(AI_TSAN)
  stack_t ss;
  ss.ss_sp = malloc(ALTSTACK_SIZE);
  if (!ss.ss_sp) return;
  ss.ss_size = ALTSTACK_SIZE;
  ss.ss_flags = 0;
  sigaltstack(&ss, NULL);
#endif
}
