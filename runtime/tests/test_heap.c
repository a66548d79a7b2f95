/* test_heap.c — the per-actor heap: zeroed, aligned, non-overlapping memory
 * under a stress of mixed small and large allocations; chunk bookkeeping;
 * many short-lived big ints and strings. */
#include "test.h"
#include "mem/heap.h"

#include <stdint.h>

typedef struct {
  unsigned char *p;
  size_t n;
  unsigned char tag;
} rec;

int main(void) {
  enum { N = 60000 };
  static rec recs[N];
  uint64_t s = 88172645463325252ULL;
  int not_zero = 0, misaligned = 0, corrupted = 0;
  for (int i = 0; i < N; i++) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    size_t n = (s % 100 == 0) ? 16384 + (s >> 20) % 100000 : 1 + (s >> 8) % 300;
    unsigned char *p = ai_alloc(n);
    if (!p) {
      t_report(__FILE__, __LINE__, "ai_alloc", "NULL", "memory");
      break;
    }
    if ((uintptr_t)p % 16) misaligned++;
    for (size_t k = 0; k < n; k++)
      if (p[k]) {
        not_zero++;
        break;
      }
    recs[i].p = p;
    recs[i].n = n;
    recs[i].tag = (unsigned char)(i * 7 + 1);
    memset(p, recs[i].tag, n);
  }
  for (int i = 0; i < N; i++)
    for (size_t k = 0; k < recs[i].n; k++)
      if (recs[i].p[k] != recs[i].tag) {
        corrupted++;
        break;
      }
  CHECK_I64(misaligned, 0);
  CHECK_I64(not_zero, 0);
  CHECK_I64(corrupted, 0);
  ai_heap *h = ai_heap_current();
  CHECK(h->nchunks > 10 && h->nlarge > 100);
  /* every small object lies inside one chunk */
  int outside = 0;
  for (int i = 0; i < N; i++) {
    if (recs[i].n > AI_HEAP_LARGE) continue;
    int found = 0;
    for (ai_chunk *c = h->chunks; c && !found; c = c->next)
      if ((char *)recs[i].p >= c->data && (char *)recs[i].p + recs[i].n <= c->end) found = 1;
    if (!found) outside++;
  }
  CHECK_I64(outside, 0);
  /* objects of the runtime come from the same heap */
  size_t before = h->bytes;
  ai_word acc = ai_small(1);
  for (int i = 0; i < 2000; i++) acc = ai_int_mul(acc, ai_small(3));
  ai_word st = ai_str_of_int(acc);
  CHECK(h->bytes > before);
  CHECK(ai_str_len(st) == 955);
  for (int i = 0; i < 100000; i++) (void)ai_box_float((double)i);
  CHECK(ai_unbox_float(ai_box_float(3.5)) == 3.5);
  /* destroy and start again */
  ai_heap_destroy(h);
  CHECK(ai_current_heap == NULL);
  void *p = ai_alloc(24);
  CHECK(p != NULL && ai_current_heap != NULL && ai_current_heap->nchunks == 1);
  TEST_MAIN_END();
}
