/* test_sched_deque.c — the hand-written context switch (ping-pong between
 * contexts, callee-saved registers and FP control words preserved, stack
 * alignment) and the Chase-Lev deque (LIFO owner / FIFO thieves, growth, and
 * a concurrent stress: one owner pushing and popping, three thieves; every
 * item is taken exactly once). */
#include "test.h"
#include "platform/context.h"
#include "platform/stack.h"
#include "sched/deque.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

static ai_ctx main_ctx, co_ctx;
static int trace[16], ntrace;
static uintptr_t co_align;

static void co(void *arg) {
  ai_ctx_entered();
  long n = (long)(intptr_t)arg;
  char probe __attribute__((aligned(16)));
  co_align = (uintptr_t)&probe % 16;
  volatile double d = 1.0;
  for (long i = 0; i < n; i++) {
    trace[ntrace++] = (int)(100 + i);
    d *= 1.5;
    ai_ctx_switch(&co_ctx, &main_ctx);
  }
  trace[ntrace++] = 999;
  ai_ctx_switch_final(&co_ctx, &main_ctx);
}

static long counter;
static void co_count(void *arg) {
  ai_ctx_entered();
  (void)arg;
  for (;;) {
    counter++;
    ai_ctx_switch(&co_ctx, &main_ctx);
  }
}

/* ---- deque stress */
enum { NITEMS = 200000, NTHIEVES = 3 };
static ai_deque dq;
static _Atomic int taken[NITEMS + 1];
static _Atomic int done;
static _Atomic long stolen;

/* Items as the scheduler's are: aligned pointers, never NULL (empty) or
 * AI_DEQUE_ABORT ((void *)1), which a plain (void *)i would hit for i = 1. */
#define ITEM(i) ((void *)((intptr_t)(i) * 16))
#define INDEX(x) ((intptr_t)(x) / 16)

static void *thief(void *arg) {
  (void)arg;
  while (!atomic_load(&done)) {
    void *x = ai_deque_steal(&dq);
    if (x && x != AI_DEQUE_ABORT) {
      atomic_fetch_add(&taken[INDEX(x)], 1);
      atomic_fetch_add(&stolen, 1);
    }
  }
  return NULL;
}

int main(void) {
  /* context switch */
  char *stack = ai_stack_alloc();
  CHECK(stack != NULL);
  ai_ctx_init_thread(&main_ctx);
  ai_ctx_make(&co_ctx, stack + AI_STACK_GUARD, ai_stack_size() - AI_STACK_GUARD, co, (void *)(intptr_t)3);
  register long keep = 0x1234567;
  for (int i = 0; i < 4; i++) {
    trace[ntrace++] = i;
    ai_ctx_switch(&main_ctx, &co_ctx);
  }
  CHECK_I64(ntrace, 8);
  int want[8] = {0, 100, 1, 101, 2, 102, 3, 999};
  int same = 1;
  for (int i = 0; i < 8; i++)
    if (trace[i] != want[i]) same = 0;
  CHECK(same);
  CHECK_I64(co_align, 0);
  CHECK_I64(keep, 0x1234567);
  ai_ctx_destroy(&co_ctx);
  /* a million switches */
  ai_ctx_make(&co_ctx, stack + AI_STACK_GUARD, ai_stack_size() - AI_STACK_GUARD, co_count, NULL);
  for (int i = 0; i < 1000000; i++) ai_ctx_switch(&main_ctx, &co_ctx);
  CHECK_I64(counter, 1000000);
  ai_ctx_destroy(&co_ctx);
  ai_stack_free(stack);

  /* deque: single thread */
  ai_deque d;
  ai_deque_init(&d, 4);
  for (intptr_t i = 1; i <= 100; i++) CHECK(ai_deque_push(&d, ITEM(i)) == 0);
  CHECK_I64(ai_deque_size(&d), 100);
  CHECK_I64(INDEX(ai_deque_pop(&d)), 100);
  CHECK_I64(INDEX(ai_deque_steal(&d)), 1);
  CHECK_I64(INDEX(ai_deque_steal(&d)), 2);
  long sum = 0;
  void *x;
  while ((x = ai_deque_pop(&d))) sum += INDEX(x);
  CHECK_I64(sum, 5050 - 100 - 1 - 2);
  CHECK(ai_deque_pop(&d) == NULL && ai_deque_steal(&d) == NULL);
  ai_deque_destroy(&d);

  /* deque: concurrent */
  ai_deque_init(&dq, 16);
  pthread_t th[NTHIEVES];
  for (int i = 0; i < NTHIEVES; i++) pthread_create(&th[i], NULL, thief, NULL);
  uint64_t s = 12345;
  for (intptr_t i = 1; i <= NITEMS; i++) {
    ai_deque_push(&dq, ITEM(i));
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    if (s % 3 == 0) {
      void *y = ai_deque_pop(&dq);
      if (y) atomic_fetch_add(&taken[INDEX(y)], 1);
    }
  }
  while ((x = ai_deque_pop(&dq))) atomic_fetch_add(&taken[INDEX(x)], 1);
  atomic_store(&done, 1);
  for (int i = 0; i < NTHIEVES; i++) pthread_join(th[i], NULL);
  long once = 0, bad = 0;
  for (int i = 1; i <= NITEMS; i++) {
    if (atomic_load(&taken[i]) == 1) once++;
    else bad++;
  }
  CHECK_I64(once, NITEMS);
  CHECK_I64(bad, 0);
  printf("stolen by thieves: %ld of %d\n", atomic_load(&stolen), NITEMS);
  ai_deque_destroy(&dq);
  TEST_MAIN_END();
}
