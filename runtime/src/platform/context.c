/* platform/context.c — the x86-64 context switch. See context.h. */
#define _GNU_SOURCE
#include "platform/context.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#ifdef AI_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
#endif
#ifdef AI_TSAN
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
#endif

/* Stack layout at a switch (growing down from the old rsp):
 *   return address, rbp, rbx, r12, r13, r14, r15, [mxcsr:4 | x87 cw:2 | pad:2] <- saved sp */
__attribute__((naked, noinline)) void ai_ctx_swap(void **save_sp, void *new_sp) {
  __asm__ volatile(
      "pushq %rbp\n\t"
      "pushq %rbx\n\t"
      "pushq %r12\n\t"
      "pushq %r13\n\t"
      "pushq %r14\n\t"
      "pushq %r15\n\t"
      "subq $8, %rsp\n\t"
      "stmxcsr (%rsp)\n\t"
      "fnstcw 4(%rsp)\n\t"
      "movq %rsp, (%rdi)\n\t"
      "movq %rsi, %rsp\n\t"
      "ldmxcsr (%rsp)\n\t"
      "fldcw 4(%rsp)\n\t"
      "addq $8, %rsp\n\t"
      "popq %r15\n\t"
      "popq %r14\n\t"
      "popq %r13\n\t"
      "popq %r12\n\t"
      "popq %rbx\n\t"
      "popq %rbp\n\t"
      "retq\n\t");
}

/* First return of a new context lands here with r12 = fn, r13 = arg and
 * rsp 16-byte aligned; the call makes fn's frame ABI-conformant. */
__attribute__((naked, noinline)) static void ctx_trampoline(void) {
  __asm__ volatile(
      "movq %r13, %rdi\n\t"
      "callq *%r12\n\t"
      "ud2\n\t");
}

void ai_ctx_init_thread(ai_ctx *c) {
  memset(c, 0, sizeof *c);
#if defined(AI_ASAN) || defined(AI_TSAN)
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void *addr;
    size_t size;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
      c->stack_lo = addr;
      c->stack_size = size;
    }
    pthread_attr_destroy(&attr);
  }
#endif
#ifdef AI_TSAN
  c->tsan_fiber = __tsan_get_current_fiber();
#endif
}

void ai_ctx_make(ai_ctx *c, char *stack_lo, size_t size, void (*fn)(void *), void *arg) {
  memset(c, 0, sizeof *c);
#if defined(AI_ASAN) || defined(AI_TSAN)
  c->stack_lo = stack_lo;
  c->stack_size = size;
#endif
  uintptr_t top = ((uintptr_t)stack_lo + size) & ~(uintptr_t)15;
  uint64_t *sp = (uint64_t *)(top - 80);
  uint32_t mxcsr;
  uint16_t fpucw;
  __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
  __asm__ volatile("fnstcw %0" : "=m"(fpucw));
  sp[0] = (uint64_t)mxcsr | ((uint64_t)fpucw << 32);
  sp[1] = 0;                        /* r15 */
  sp[2] = 0;                        /* r14 */
  sp[3] = (uint64_t)(uintptr_t)arg; /* r13 */
  sp[4] = (uint64_t)(uintptr_t)fn;  /* r12 */
  sp[5] = 0;                        /* rbx */
  sp[6] = 0;                        /* rbp (ends frame-pointer walks) */
  sp[7] = (uint64_t)(uintptr_t)&ctx_trampoline;
  sp[8] = 0; /* top - 16: where rsp points after the ret (16-aligned) */
  sp[9] = 0;
  c->sp = sp;
#ifdef AI_TSAN
  c->tsan_fiber = c->tsan_own_fiber = __tsan_create_fiber(0);
#endif
}

void ai_ctx_entered(void) {
#ifdef AI_ASAN
  __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
}

#if defined(AI_ASAN) || defined(AI_TSAN)
void ai_ctx_switch(ai_ctx *from, ai_ctx *to) {
#ifdef AI_ASAN
  __sanitizer_start_switch_fiber(&from->asan_fake_stack, to->stack_lo, to->stack_size);
#endif
#ifdef AI_TSAN
  from->tsan_fiber = __tsan_get_current_fiber();
  __tsan_switch_to_fiber(to->tsan_fiber, 0);
#endif
  ai_ctx_swap(&from->sp, to->sp);
#ifdef AI_ASAN
  __sanitizer_finish_switch_fiber(from->asan_fake_stack, NULL, NULL);
#endif
}
#endif

void ai_ctx_switch_final(ai_ctx *from, ai_ctx *to) {
#ifdef AI_ASAN
  __sanitizer_start_switch_fiber(NULL, to->stack_lo, to->stack_size);
#endif
#ifdef AI_TSAN
  __tsan_switch_to_fiber(to->tsan_fiber, 0);
#endif
  ai_ctx_swap(&from->sp, to->sp);
  __builtin_unreachable();
}

void ai_ctx_destroy(ai_ctx *c) {
#ifdef AI_TSAN
  if (c->tsan_own_fiber) __tsan_destroy_fiber(c->tsan_own_fiber);
  c->tsan_fiber = c->tsan_own_fiber = NULL;
#else
  (void)c;
#endif
}
