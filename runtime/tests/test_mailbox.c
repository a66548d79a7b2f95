/* test_mailbox.c — the Vyukov MPSC mailbox: FIFO order on one thread, and a
 * multi-producer stress (4 producers x 200,000 nodes, one consumer): every
 * node arrives exactly once and each producer's nodes arrive in order. */
#include "test.h"
#include "actor/mailbox.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct {
  ai_mpsc_node node;
  int producer;
  int seq;
} item;

enum { NPROD = 4, PER = 200000 };
static ai_mpsc q;
static item *items[NPROD];

static void *producer(void *arg) {
  int p = (int)(intptr_t)arg;
  for (int i = 0; i < PER; i++) {
    items[p][i].producer = p;
    items[p][i].seq = i;
    ai_mpsc_push(&q, &items[p][i].node);
  }
  return NULL;
}

int main(void) {
  /* single thread: FIFO, empty detection, reuse after drain */
  ai_mpsc_init(&q);
  CHECK(ai_mpsc_empty(&q));
  CHECK(ai_mpsc_pop(&q) == NULL);
  item a[5];
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < 5; i++) {
      a[i].seq = i;
      ai_mpsc_push(&q, &a[i].node);
    }
    CHECK(!ai_mpsc_empty(&q));
    int ok = 1;
    for (int i = 0; i < 5; i++) {
      item *it = (item *)ai_mpsc_pop_wait(&q);
      if (!it || it->seq != i) ok = 0;
    }
    CHECK(ok);
    CHECK(ai_mpsc_empty(&q));
    CHECK(ai_mpsc_pop_wait(&q) == NULL);
  }

  /* multi-producer stress */
  ai_mpsc_init(&q);
  for (int p = 0; p < NPROD; p++) items[p] = calloc(PER, sizeof(item));
  pthread_t th[NPROD];
  for (int p = 0; p < NPROD; p++) pthread_create(&th[p], NULL, producer, (void *)(intptr_t)p);
  int next[NPROD] = {0};
  long got = 0, out_of_order = 0;
  while (got < (long)NPROD * PER) {
    item *it = (item *)ai_mpsc_pop(&q);
    if (!it) continue;
    if (it->seq != next[it->producer]) out_of_order++;
    next[it->producer] = it->seq + 1;
    got++;
  }
  for (int p = 0; p < NPROD; p++) pthread_join(th[p], NULL);
  CHECK_I64(got, (long)NPROD * PER);
  CHECK_I64(out_of_order, 0);
  for (int p = 0; p < NPROD; p++) CHECK_I64(next[p], PER);
  CHECK(ai_mpsc_pop_wait(&q) == NULL);
  CHECK(ai_mpsc_empty(&q));
  for (int p = 0; p < NPROD; p++) free(items[p]);
  TEST_MAIN_END();
}
