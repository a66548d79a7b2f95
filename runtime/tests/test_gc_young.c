/* test_gc_young.c — the young generation (AITHON_GC_GENERATIONAL=1, gc/gc.c "young generation"): old objects
 * pointing to young ones through each kind of store survive young collections (dict and set stores through the
 * write barrier, a dict/set whose table was replaced, lists and unregistered objects traced again, a tuple
 * filled across a collection), young garbage is freed by a young collection, old garbage by a full one, and a
 * stress mix of all of them keeps every value intact while the freed memory is reused. */
#include "test.h"
#include "gc/gc.h"
#include "mem/heap.h"
#include "obj/containers.h"
#include "obj/str.h"

#include <stdio.h>

/* an unregistered type: traced again by every young collection once old */
static const AiType box_type = {"box", NULL};
typedef struct {
  AiObject ob;
  ai_word v;
} Box;

static ai_word box(ai_word v) {
  Box *b = ai_alloc(sizeof(Box));
  b->ob.type = &box_type;
  b->v = v;
  return ai_w(b);
}

static ai_word str_of(const char *tag, int64_t i) {
  char buf[64];
  snprintf(buf, sizeof buf, "%s-%lld-padding-to-make-it-longer", tag, (long long)i);
  return ai_str_new_ascii(buf, (int64_t)strlen(buf));
}

static bool str_is(ai_word w, const char *tag, int64_t i) {
  char buf[64];
  snprintf(buf, sizeof buf, "%s-%lld-padding-to-make-it-longer", tag, (long long)i);
  return w && !ai_is_small(w) && ai_obj(w)->type == &ai_type_str && strcmp(ai_as_str(w)->data, buf) == 0;
}

/* Garbage that reuses the memory young collections free (the allocator zeroes holes before filling them): a
 * value freed by mistake is overwritten and its check fails. */
static void churn(int n) {
  for (int i = 0; i < n; i++) {
    ai_word t = ai_tuple_new(2, (ai_word[]){str_of("junk", i), AI_NONE_W});
    (void)t;
  }
}

static void young(void) { ai_gc_collect_kind(ai_heap_current(), false); }

static ai_word g_dict, g_set, g_list, g_box, g_tuple;

/* A list of 20,000 strs, promoted by a young collection, then dropped; the collection that frees it says so. */
static bool old_garbage_released;
static void note_released(void *obj) {
  (void)obj;
  old_garbage_released = true;
}
__attribute__((noinline)) static void make_old_garbage(void) {
  young();
  ai_word big = ai_list_new(0, NULL);
  for (int i = 0; i < 20000; i++) ai_list_append(big, str_of("big", i));
  CHECK(ai_heap_track(ai_heap_current(), ai_obj(big), note_released));
  young();
}
/* Overwrites the dead frames below (a stale pointer to the list there would keep it: the roots are conservative). */
__attribute__((noinline)) static void clear_stack_and_collect(void) {
  volatile char junk[32768];
  memset((char *)junk, 0, sizeof junk);
  ai_gc_collect_now();
}

int main(void) {
  ai_gc_set_generational(true);
  ai_heap *h = ai_heap_current();
  CHECK(ai_gc_generational());

  /* old containers: a full collection promotes them */
  g_dict = ai_dict_new();
  g_set = ai_set_new(0, NULL);
  g_list = ai_list_new(0, NULL);
  g_box = box(AI_NONE_W);
  ai_dict_set(g_dict, ai_small(-1), str_of("first", 0));
  ai_gc_collect_now();
  CHECK(ai_obj(g_dict)->gc & AI_GC_OLD);
  CHECK(ai_obj(g_set)->gc & AI_GC_OLD);
  uint32_t young0 = ai_gc_young_collections(h);

  /* young values stored into the old objects through each path, then young collections with garbage between */
  for (int64_t i = 0; i < 2000; i++) {
    CHECK(ai_dict_set(g_dict, str_of("key", i), str_of("value", i))); /* new entries (the dict resizes too) */
    CHECK(ai_set_add(g_set, str_of("member", i)));                     /* new keys (the set resizes too) */
    CHECK(ai_list_append(g_list, str_of("item", i)));
    if (i % 100 == 0) {
      ((Box *)ai_obj(g_box))->v = str_of("boxed", i); /* a plain store into an old unregistered object */
      churn(300);
      young();
    }
  }
  /* overwriting values of existing keys (no resize: only the per-store barrier sees them) */
  for (int64_t i = 0; i < 2000; i += 7) CHECK(ai_dict_set(g_dict, str_of("key", i), str_of("again", i)));
  churn(3000);
  young();
  churn(3000);
  young();
  CHECK(ai_gc_young_collections(h) >= young0 + 22);
  CHECK(ai_gc_young_collections(h) < h->ncollections);

  int bad = 0;
  for (int64_t i = 0; i < 2000; i++) {
    ai_word v = ai_dict_get(g_dict, str_of("key", i));
    if (!str_is(v, i % 7 == 0 ? "again" : "value", i)) bad++;
    if (ai_set_contains_key(ai_as_set(g_set), str_of("member", i)) != 1) bad++;
    if (!str_is(ai_as_list(g_list)->items[i], "item", i)) bad++;
  }
  CHECK_I64(bad, 0);
  CHECK(str_is(((Box *)ai_obj(g_box))->v, "boxed", 1900));
  CHECK(str_is(ai_dict_get(g_dict, ai_small(-1)), "first", 0));

  /* a set emptied and refilled (ai_set_clear replaces the table) and a dict cleared and refilled */
  ai_set_clear(ai_as_set(g_set));
  ai_dict_clear(ai_as_dict(g_dict));
  for (int64_t i = 0; i < 300; i++) {
    CHECK(ai_set_add(g_set, str_of("second", i)));
    CHECK(ai_dict_set(g_dict, ai_small(i), str_of("second", i)));
  }
  churn(5000);
  young();
  churn(5000);
  young();
  bad = 0;
  for (int64_t i = 0; i < 300; i++) {
    if (ai_set_contains_key(ai_as_set(g_set), str_of("second", i)) != 1) bad++;
    if (!str_is(ai_dict_get(g_dict, ai_small(i)), "second", i)) bad++;
  }
  CHECK_I64(bad, 0);

  /* a tuple filled across a young collection: its filler holds it (the roots point to it) */
  {
    AiTuple *t = ai_tuple_alloc(3);
    g_tuple = ai_w(t);
    t->items[0] = str_of("tuple", 0);
    young(); /* promotes the tuple while it is half filled */
    t->items[1] = str_of("tuple", 1);
    churn(2000);
    young();
    t->items[2] = str_of("tuple", 2);
    churn(2000);
    young();
    churn(2000);
    young();
    CHECK(str_is(t->items[0], "tuple", 0));
    CHECK(str_is(t->items[1], "tuple", 1));
    CHECK(str_is(t->items[2], "tuple", 2));
  }

  /* young garbage goes at a young collection; old garbage stays until a full one */
  {
    make_old_garbage();
    h->gc_disabled++; /* no collection in the middle of the churn */
    churn(20000);
    h->gc_disabled--;
    young();
    CHECK(h->nfreed >= 40000); /* the churn's tuples and strs */
    CHECK(!old_garbage_released);  /* the dropped list is old: kept */
    clear_stack_and_collect();
    CHECK(old_garbage_released); /* a full collection freed it */
  }

  /* stress: old objects of each kind get young values through their store path, at random, while garbage
   * refills freed memory; every value is checked after each collection */
  {
    enum { N = 64 };
    static ai_word dicts[N], sets[N], lists[N], boxes[N];
    static int64_t last[N];
    uint64_t rng = 12345;
    for (int k = 0; k < N; k++) {
      dicts[k] = ai_dict_new();
      sets[k] = ai_set_new(0, NULL);
      lists[k] = ai_list_new(0, NULL);
      boxes[k] = box(AI_NONE_W);
      last[k] = -1;
    }
    ai_gc_collect_now();
    int64_t stamp = 0;
    bad = 0;
    for (int round = 0; round < 40; round++) {
      for (int s = 0; s < 400; s++) {
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        int k = (int)((rng >> 33) % N);
        stamp++;
        ai_dict_set(dicts[k], ai_small(stamp % 50), str_of("sd", stamp));
        ai_set_add(sets[k], str_of("ss", stamp));
        ai_list_append(lists[k], str_of("sl", stamp));
        ((Box *)ai_obj(boxes[k]))->v = ai_tuple_new(1, (ai_word[]){str_of("sb", stamp)});
        last[k] = stamp;
      }
      churn(1500);
      if (round % 9 == 8) ai_gc_collect_now();
      else young();
      for (int k = 0; k < N; k++) {
        if (last[k] < 0) continue;
        ai_word bv = ((Box *)ai_obj(boxes[k]))->v;
        if (!ai_is_tuple(bv) || !str_is(ai_as_tuple(bv)->items[0], "sb", last[k])) bad++;
        AiList *l = ai_as_list(lists[k]);
        if (!str_is(l->items[l->len - 1], "sl", last[k])) bad++;
        if (ai_set_contains_key(ai_as_set(sets[k]), str_of("ss", last[k])) != 1) bad++;
        if (!str_is(ai_dict_get(dicts[k], ai_small(last[k] % 50)), "sd", last[k])) bad++;
      }
    }
    CHECK_I64(bad, 0);
    int64_t members = 0;
    for (int k = 0; k < N; k++) members += ai_as_set(sets[k])->used;
    CHECK_I64(members, stamp);
  }
  TEST_MAIN_END();
}
