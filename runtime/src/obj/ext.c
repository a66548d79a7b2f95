/*
 * obj/ext.c — the registry of extension types (see ext.h): an open-addressing
 * table keyed by the type object's address, written under a lock, read
 * lock-free.
 */
#include "obj/ext.h"

#include <stdio.h>
#include <stdlib.h>

#include <pthread.h>
#include <stdatomic.h>

/* NotImplemented: what a binary method returns for operands it does not handle (also as a Python value). */
const AiType ai_type_notimplemented = {"NotImplementedType", NULL};
AiObject ai_ext_notimplemented = {&ai_type_notimplemented, 0};

ai_word ai_notimplemented(void) { return AI_NOTIMPL; }

#define EXT_SIZE 4096 /* power of two, well above the number of extension types and compiled classes */

static _Atomic(const AiExtSlots *) table[EXT_SIZE];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static inline size_t slot_of(const AiType *t) { return (size_t)(((uintptr_t)t >> 3) * 0x9E3779B97F4A7C15ull >> 56); }

void ai_ext_register(const AiExtSlots *x) {
  pthread_mutex_lock(&lock);
  size_t i = slot_of(x->type) & (EXT_SIZE - 1);
  for (size_t k = 0; k < EXT_SIZE; k++, i = (i + 1) & (EXT_SIZE - 1)) {
    const AiExtSlots *cur = atomic_load_explicit(&table[i], memory_order_relaxed);
    if (cur && cur->type == x->type) break;
    if (!cur) {
      atomic_store_explicit(&table[i], x, memory_order_release);
      pthread_mutex_unlock(&lock);
      return;
    }
    if (k == EXT_SIZE - 1) {
      fprintf(stderr, "aithon: too many extension types and classes (more than %d)\n", EXT_SIZE);
      abort();
    }
  }
  pthread_mutex_unlock(&lock);
}

const AiExtSlots *ai_ext_slots(const AiType *t) {
  size_t i = slot_of(t) & (EXT_SIZE - 1);
  for (size_t k = 0; k < EXT_SIZE; k++, i = (i + 1) & (EXT_SIZE - 1)) {
    const AiExtSlots *cur = atomic_load_explicit(&table[i], memory_order_acquire);
    if (!cur) return NULL;
    if (cur->type == t) return cur;
  }
  return NULL;
}

static int swapped(int op) {
  switch (op) {
  case AI_LT: return AI_GT;
  case AI_LE: return AI_GE;
  case AI_GT: return AI_LT;
  case AI_GE: return AI_LE;
  default: return op;
  }
}

int ai_ext_richcmp(int op, ai_word a, ai_word b) {
  const AiExtSlots *xa = ai_ext_of(a), *xb = ai_ext_of(b);
  if (xb && xb->richcmp && xb != xa && ai_type_is_subtype(xb->type, ai_type_of(a))) {
    int r = xb->richcmp(swapped(op), b, a);
    if (r != 2) return r;
    xb = NULL;
  }
  if (xa && xa->richcmp) {
    int r = xa->richcmp(op, a, b);
    if (r != 2) return r;
  }
  /* also for operands of one type, as CPython: a > b is b < a when the class has only __lt__ */
  if (xb && xb->richcmp) return xb->richcmp(swapped(op), b, a);
  return 2;
}

ai_word ai_ext_binop(int op, ai_word a, ai_word b, bool inplace) {
  const AiExtSlots *xa = ai_ext_of(a), *xb = ai_ext_of(b);
  if (xa && xa->binop) {
    ai_word r = xa->binop(op, a, b, inplace);
    if (r != AI_NOTIMPL) return r;
    if (inplace) {
      r = xa->binop(op, a, b, false);
      if (r != AI_NOTIMPL) return r;
    }
  }
  /* a slot that handles both operands (compiled classes, the stdlib's types) has had its say */
  if (xb && xb->binop && xb != xa && !(xa && xa->binop == xb->binop)) return xb->binop(op, a, b, false);
  return AI_NOTIMPL;
}

ai_method_fn ai_ext_find_method(const AiExtSlots *x, ai_word name) {
  if (!x->methods) return NULL;
  AiStr *s = ai_as_str(name);
  for (const ai_method_def *d = x->methods; d->name; d++)
    if (strlen(d->name) == (size_t)s->nbytes && memcmp(d->name, s->data, (size_t)s->nbytes) == 0) return d->fn;
  return NULL;
}
