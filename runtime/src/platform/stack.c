/* platform/stack.c — stack slabs and pool. See stack.h. */
#define _GNU_SOURCE
#include "platform/stack.h"

#include "platform/context.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#ifdef AI_ASAN
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#endif

#define SLAB 64
#define POOL_KEEP 4096

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static size_t stack_size;
static char **pool;
static size_t npool, cappool, ncold; /* pool[0..ncold) have no pages */
static char *slab_next, *slab_end;
static size_t nmapped, nguarded;

size_t ai_stack_size(void) {
  size_t s = __atomic_load_n(&stack_size, __ATOMIC_ACQUIRE);
  if (s) return s;
  s = (size_t)64 * 1024;
  const char *e = getenv("AITHON_STACK_KB");
  if (e) {
    long kb = strtol(e, NULL, 10);
    if (kb >= 16 && kb <= 1024 * 1024) s = (size_t)kb * 1024;
  }
  s = (s + 4095) & ~(size_t)4095;
  size_t expected = 0;
  __atomic_compare_exchange_n(&stack_size, &expected, s, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
  return __atomic_load_n(&stack_size, __ATOMIC_ACQUIRE);
}

char *ai_stack_alloc(void) {
  size_t size = ai_stack_size();
  char *s = NULL;
  pthread_mutex_lock(&lock);
  if (npool) {
    s = pool[--npool];
    if (ncold > npool) ncold = npool;
  } else {
    if (slab_next == slab_end) {
      void *m = mmap(NULL, size * SLAB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
      if (m == MAP_FAILED) {
        pthread_mutex_unlock(&lock);
        return NULL;
      }
      slab_next = m;
      slab_end = slab_next + size * SLAB;
    }
    s = slab_next;
    slab_next += size;
    nmapped++;
    if (nguarded < AI_STACK_GUARDED_MAX && mprotect(s, AI_STACK_GUARD, PROT_NONE) == 0) nguarded++;
  }
  pthread_mutex_unlock(&lock);
#ifdef AI_ASAN
  /* frames of a dead green thread never returned: clear their redzones */
  __asan_unpoison_memory_region(s + AI_STACK_GUARD, size - AI_STACK_GUARD);
#endif
  return s;
}

void ai_stack_free(char *s) {
  size_t size = ai_stack_size();
  pthread_mutex_lock(&lock);
  if (npool == cappool) {
    size_t nc = cappool ? cappool * 2 : 1024;
    char **np = realloc(pool, nc * sizeof *np);
    if (!np) { /* cannot remember it: it stays mapped, unused */
      pthread_mutex_unlock(&lock);
      return;
    }
    pool = np;
    cappool = nc;
  }
  pool[npool++] = s;
  /* the pool is a stack: recently freed (hot) stacks on top are reused
   * first; beyond POOL_KEEP, the coldest give their pages back */
  if (npool - ncold > POOL_KEEP) {
    madvise(pool[ncold] + AI_STACK_GUARD, size - AI_STACK_GUARD, MADV_DONTNEED);
    ncold++;
  }
  pthread_mutex_unlock(&lock);
}

size_t ai_stack_count_mapped(void) {
  pthread_mutex_lock(&lock);
  size_t n = nmapped;
  pthread_mutex_unlock(&lock);
  return n;
}
