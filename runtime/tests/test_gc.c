/* test_gc.c — the per-actor collector: live data survives (stack, globals,
 * interior pointers, registered trace functions, raw buffers, unregistered
 * types scanned conservatively) while 100x as much garbage is allocated and
 * the heap stays bounded; actors collect concurrently and alone; a dead
 * actor's heap is freed at once. */
#include "test.h"
#include "aithon_actor.h"
#include "gc/gc.h"
#include "mem/heap.h"
#include "platform/context.h" /* AI_TSAN */

#ifdef AI_TSAN /* ThreadSanitizer makes every allocation ~20x slower */
#define SCALE 5
#else
#define SCALE 1
#endif

#include <stdio.h>

/* a registered type with two children */
static const AiType pair_type = {"pair", NULL};
typedef struct {
  AiObject ob;
  ai_word a, b;
} Pair;
static void pair_trace(const void *obj, ai_gc *gc) {
  const Pair *p = obj;
  ai_gc_mark(gc, p->a);
  ai_gc_mark(gc, p->b);
}
/* a registered type owning a raw ai_alloc'd buffer */
static const AiType vec_type = {"vec", NULL};
typedef struct {
  AiObject ob;
  int64_t n;
  ai_word *items;
} Vec;
static void vec_trace(const void *obj, ai_gc *gc) { ai_gc_mark_buffer(gc, ((const Vec *)obj)->items); }
/* an unregistered type: scanned conservatively */
static const AiType box_type = {"box", NULL};
typedef struct {
  AiObject ob;
  ai_word v;
} Box;

static ai_word pair(ai_word a, ai_word b) {
  Pair *p = ai_alloc(sizeof(Pair));
  p->ob.type = &pair_type;
  p->a = a;
  p->b = b;
  return ai_w(p);
}

static ai_word global_root;
static _Thread_local __attribute__((tls_model("initial-exec"))) ai_word tls_root;

static const char *num(char *buf, int64_t i) { /* buf: per caller (actors run in parallel) */
  snprintf(buf, 64, "item-%lld", (long long)i);
  return buf;
}

/* builds ~`live` bytes of live data, allocates 100x as much garbage, checks
 * everything; returns failures */
static int workout(int64_t nlive, size_t *peak) {
  int bad = 0;
  char buf[64];
  ai_heap *h = ai_heap_current();
  /* a list of pairs (car = str, cdr = next), rooted on the stack */
  ai_word list = AI_NONE_W;
  for (int64_t i = 0; i < nlive; i++) list = pair(S(num(buf, i)), list);
  /* a vec with a raw buffer of floats */
  Vec *v = ai_alloc(sizeof(Vec));
  v->ob.type = &vec_type;
  v->n = 100;
  v->items = ai_alloc(100 * sizeof(ai_word));
  for (int i = 0; i < 100; i++) v->items[i] = F(i + 0.5);
  /* an unregistered box holding a big int, rooted only via an interior pointer */
  Box *bx = ai_alloc(sizeof(Box));
  bx->ob.type = &box_type;
  bx->v = I("1000000000000000000000000000001");
  volatile char *interior = (char *)bx + 8;
  size_t before = ai_heap_footprint(h);
  size_t live_est = before;
  size_t garbage = 0;
  *peak = 0;
  while (garbage < 100 * live_est) {
    ai_word g = pair(S("garbage garbage garbage"), F(1.0));
    (void)g;
    garbage += 64 + 48 + 32;
    size_t fp = ai_heap_footprint(h);
    if (fp > *peak) *peak = fp;
  }
  /* verify */
  int64_t i = nlive - 1;
  for (ai_word p = list; p != AI_NONE_W; p = ((Pair *)ai_obj(p))->b, i--) {
    Pair *pp = (Pair *)ai_obj(p);
    if (pp->ob.type != &pair_type || !ai_is_str(pp->a) || strcmp(ai_as_str(pp->a)->data, num(buf, i)) != 0) {
      bad++;
      break;
    }
  }
  if (i != -1) bad++;
  for (int k = 0; k < 100; k++)
    if (!ai_is_float(v->items[k]) || ai_unbox_float(v->items[k]) != k + 0.5) bad++;
  Box *b2 = (Box *)(interior - 8);
  ai_word s = ai_str_of_int(b2->v);
  if (!s || strcmp(ai_as_str(s)->data, "1000000000000000000000000000001") != 0) bad++;
  return bad;
}

static void gc_actor(const ai_word *args, int64_t n) {
  (void)n;
  size_t peak;
  int bad = workout(3000 / SCALE, &peak);
  ai_heap *h = ai_heap_current();
  ai_actor_send(ai_actor_pid_of(args[0]), ai_small(bad * 1000000000LL + (int64_t)(peak / 1024) * 1000 + (int64_t)(h->ncollections > 0)));
}

static void hog(const ai_word *args, int64_t n) {
  (void)n;
  /* 8 MB live, then report and wait */
  ai_word list = AI_NONE_W;
  for (int i = 0; i < 8 * 1024; i++) list = pair(ai_w(ai_alloc(1008)), list);
  ai_actor_send(ai_actor_pid_of(args[0]), ai_small((int64_t)ai_heap_footprint(ai_heap_current())));
  (void)ai_actor_receive(AI_ACTOR_INFINITY);
  ai_actor_send(ai_actor_pid_of(args[0]), list == AI_NONE_W ? ai_small(0) : ai_small(1));
}

/* Small holes are not lost to medium objects: after a collection leaves only
 * 96-byte holes (live pairs interleaved with garbage), a stream of 320-byte
 * objects (too big for any hole) mixed with 96-byte ones must put the small
 * ones in the holes and the medium ones in new space (the overflow region),
 * instead of dropping every hole it skips and taking new chunks for both.
 * Returns the bytes of new chunks the stream took. */
static size_t small_holes_reused(size_t *hole_bytes, size_t *stream_medium, size_t *stream_small) {
  ai_heap *h = ai_heap_current();
  ai_word list = AI_NONE_W;
  h->gc_disabled++; /* (a collection now would fill its holes with the rest of the loop) */
  for (int i = 0; i < 20000; i++) {
    list = pair(AI_NONE_W, list);
    (void)ai_alloc(96); /* garbage between live pairs: a 96-byte hole each */
  }
  h->gc_disabled--;
  ai_gc_collect_now();
  size_t before = h->chunk_bytes;
  *hole_bytes = 0;
  for (ai_hole *x = h->holes; x; x = x->next) *hole_bytes += (size_t)(x->end - (char *)x);
  h->gc_disabled++;
  *stream_medium = *stream_small = 0;
  for (int i = 0; i < 10000; i++) {
    (void)ai_alloc(320);
    (void)ai_alloc(96);
    *stream_medium += 320;
    *stream_small += 96;
  }
  h->gc_disabled--;
  size_t grown = h->chunk_bytes - before;
  int64_t n = 0;
  for (ai_word p = list; p != AI_NONE_W; p = ((Pair *)ai_obj(p))->b) n++;
  CHECK_I64(n, 20000);
  return grown;
}

int main(void) {
  ai_gc_register(&pair_type, pair_trace);
  {
    size_t holes, medium, small;
    size_t grown = small_holes_reused(&holes, &medium, &small);
    printf("holes %zu KiB; stream %zu KiB medium + %zu KiB small; chunks grew %zu KiB\n", holes / 1024, medium / 1024, small / 1024, grown / 1024);
    CHECK(holes >= small);                         /* the small ones fit in the holes */
    CHECK(grown < medium + small / 2);             /* only the medium ones took new space */
  }
  ai_gc_register(&vec_type, vec_trace);

  /* main thread heap (no scheduler yet) */
  ai_heap *h = ai_heap_current();
  global_root = pair(S("global"), AI_NONE_W);
  tls_root = S("thread-local root");
  size_t peak;
  CHECK_I64(workout(20000 / SCALE, &peak), 0);
  printf("main: live ~%zu KiB, peak footprint %zu KiB, %zu collections\n", h->live / 1024, peak / 1024, (size_t)h->ncollections);
  CHECK(h->ncollections > 3 / SCALE);
  CHECK(peak < (size_t)16 * 1024 * 1024);
  CHECK_STR(((Pair *)ai_obj(global_root))->a, "global");
  CHECK_STR(tls_root, "thread-local root");
  /* explicit collection keeps the globals and frees the rest */
  ai_gc_collect_now();
  CHECK_STR(((Pair *)ai_obj(global_root))->a, "global");
  CHECK(h->live < (size_t)4 * 1024 * 1024);

  /* four actors collecting at the same time */
  ai_word me = ai_actor_pid_word(ai_actor_self());
  for (int i = 0; i < 4; i++) ai_actor_spawn(gc_actor, 1, &me);
  for (int i = 0; i < 4; i++) {
    int64_t r = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
    CHECK_I64(r / 1000000000, 0);            /* no corruption */
    CHECK_I64(r % 1000, 1);                   /* it collected */
    CHECK((r % 1000000000) / 1000 < 8 * 1024); /* peak < 8 MiB */
  }

  /* a dead actor's heap is freed at once */
  ai_sched_wait_idle();
  int64_t t0 = ai_heap_total_bytes();
  ai_pid hg = ai_actor_spawn(hog, 1, &me);
  int64_t fp = ai_small_val(ai_actor_receive(AI_ACTOR_INFINITY));
  CHECK(fp > 8 * 1024 * 1024);
  CHECK(ai_heap_total_bytes() - t0 > 8 * 1024 * 1024);
  ai_actor_send(hg, ai_small(0));
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(1));
  ai_sched_wait_idle();
  CHECK(ai_heap_total_bytes() - t0 < 64 * 1024);
  TEST_MAIN_END();
}
