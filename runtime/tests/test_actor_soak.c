/* test_actor_soak.c — a light soak: 300,000 messages (ints, and every tenth
 * a str) through a pipeline of 8 actors with a credit window (the sink acks
 * every 1,000 messages, the source keeps at most 20,000 in flight). No
 * message is lost or reordered, and the memory held by all heaps stays flat
 * (the full 10-million-message run is bench/actors/soak.c). */
#include "test.h"
#include "aithon_actor.h"
#include "mem/heap.h"

#include <stdlib.h>

enum { STAGES = 8, WINDOW = 20000, ACK = 1000 };
static int64_t total = 300000;

static void stage(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid next = ai_actor_pid_of(args[0]);
  for (;;) {
    ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
    ai_sched_yield_point();
    ai_actor_send(next, m);
    if (m == ai_small(-1)) return;
  }
}

static void sink(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid source = ai_actor_pid_of(args[0]), main_pid = ai_actor_pid_of(args[1]);
  int64_t count = 0, sum = 0, strs = 0, disorder = 0, expect = 0;
  int64_t mem_early = 0, mem_peak_late = 0;
  for (;;) {
    ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
    if (m == ai_small(-1)) break;
    int64_t v;
    if (ai_is_str(m)) {
      v = ai_small_val(ai_int_from_str(m));
      strs++;
    } else v = ai_small_val(m);
    if (v != expect) disorder++;
    expect = v + 1;
    sum += v;
    count++;
    if (count % ACK == 0) ai_actor_send(source, ai_small(count));
    if (count == total / 4) mem_early = ai_heap_total_bytes();
    if (count > total / 2 && ai_heap_total_bytes() > mem_peak_late) mem_peak_late = ai_heap_total_bytes();
  }
  ai_word r[6] = {ai_small(count), ai_small(sum), ai_small(strs), ai_small(disorder), ai_small(mem_early), ai_small(mem_peak_late)};
  for (int i = 0; i < 6; i++) ai_actor_send(main_pid, r[i]);
}

static void source(const ai_word *args, int64_t n) {
  (void)n;
  ai_pid first = ai_actor_pid_of(args[0]);
  int64_t acked = 0;
  char buf[32];
  for (int64_t i = 0; i < total; i++) {
    while (i - acked >= WINDOW) acked = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
    if (i % 10 == 0) {
      int k = snprintf(buf, sizeof buf, "%lld", (long long)i);
      ai_actor_send(first, ai_str_from_utf8(buf, k));
    } else ai_actor_send(first, ai_small(i));
  }
  ai_actor_send(first, ai_small(-1));
  while (ai_actor_receive(200 * 1000000) != AI_ACTOR_TIMEOUT) {
  }
}

/* the source needs the first stage's pid, the sink the source's: wire by message */
static void source_boot(const ai_word *args, int64_t n) {
  (void)n;
  (void)args;
  ai_word first = ai_actor_receive(AI_ACTOR_INFINITY);
  source(&first, 1);
}

int main(int argc, char **argv) {
  if (argc > 1) total = atoll(argv[1]);
  ai_word me = ai_actor_pid_word(ai_actor_self());
  ai_pid src = ai_actor_spawn(source_boot, 0, NULL);
  ai_word next = ai_actor_pid_word(ai_actor_spawn(sink, 2, (ai_word[]){ai_actor_pid_word(src), me}));
  for (int i = 0; i < STAGES; i++) next = ai_actor_pid_word(ai_actor_spawn(stage, 1, &next));
  ai_actor_send(src, next);
  int64_t r[6];
  for (int i = 0; i < 6; i++) r[i] = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK_I64(r[0], total);
  CHECK_I64(r[1], total * (total - 1) / 2);
  CHECK_I64(r[2], (total + 9) / 10);
  CHECK_I64(r[3], 0);
  printf("heaps: %lld KiB at 25%%, peak %lld KiB after 50%%\n", (long long)r[4] / 1024, (long long)r[5] / 1024);
  CHECK(r[5] < r[4] * 3 + 8 * 1024 * 1024);
  ai_sched_wait_idle();
  TEST_MAIN_END();
}
