/* test_actor_copy.c — the message copier (actor/copy.c): dicts (order,
 * deleted entries, lookups, the collections subtypes), sets and frozensets
 * (laid out as set(list(s)), CPython's deepcopy of a set), deques; shared
 * substructures stay shared and cycles stay cycles; keys hashed by identity
 * are hashed again in the copy; deep nesting copied from a spawned actor's
 * small stack; a large dict through another actor and a collection; what
 * cannot be sent named as python/aithon/actors.py names it; and a receiver's
 * heap stays bounded over many large messages (the copies are its garbage). */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "gc/gc.h"
#include "mem/heap.h"
#include "obj/containers.h"
#include "obj/ext.h"
#include "obj/userclass.h"
#include "stdlib/collections.h"

static ai_pid self;
static ai_word me;

static ai_word to_self(ai_word v) {
  if (!ai_actor_send(self, v)) return 0;
  return ai_actor_receive(0);
}

/* echoes one message back to args[0] */
static void echo_once(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_send(ai_actor_pid_of(args[0]), ai_actor_receive(AI_ACTOR_INFINITY));
}

static ai_word via_actor(ai_word v) {
  ai_pid e = ai_actor_spawn(echo_once, 1, &me);
  if (!ai_actor_send(e, v)) return 0;
  return ai_actor_receive(AI_ACTOR_INFINITY);
}

/* sends its argument (copied into its heap by spawn) back to args[0] */
static void send_back(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_send(ai_actor_pid_of(args[0]), args[1]);
}

static bool same_repr(ai_word a, ai_word b) {
  ai_word ra = ai_obj_repr(a), rb = ai_obj_repr(b);
  return ra && rb && ai_str_eq(ra, rb);
}

/* A compiled class with one word slot, hashed by identity (no __hash__). */
static const AiType node_type = {"Node", NULL};
static const AiClassDunders node_dunders = {.root = &node_type, .nslots = 1, .slot_kinds = "w"};
static const AiType point_type = {"Point", NULL};
static const AiClassDunders point_dunders = {.root = &point_type, .nslots = 2, .slot_kinds = "fw"};
static const AiType file_type = {"file", NULL}; /* something the copier does not know */

static ai_word new_obj(const AiType *t, int nwords) {
  AiObject *o = ai_alloc(sizeof(AiObject) + (size_t)nwords * sizeof(ai_word));
  o->type = t;
  memset(o + 1, 0, (size_t)nwords * sizeof(ai_word));
  return ai_w(o);
}
static ai_word *slots(ai_word o) { return (ai_word *)(ai_obj(o) + 1); }

static ai_word int_str(int64_t i) {
  char b[32];
  snprintf(b, sizeof b, "v%lld", (long long)i);
  return S(b);
}

/* the receiving end of the heap test: takes args[1] messages, then reports
 * its heap footprint after a collection */
static void sink(const ai_word *args, int64_t n) {
  (void)n;
  int64_t count = ai_small_val(args[1]), bad = 0;
  for (int64_t i = 0; i < count; i++) {
    ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
    if (!ai_is_dict(m) || ai_dict_len(m) != 2000) bad++;
  }
  ai_gc_collect_now();
  ai_word r[2] = {ai_small((int64_t)ai_heap_footprint(ai_current_heap)), ai_small(bad)};
  ai_actor_send(ai_actor_pid_of(args[0]), ai_tuple_new(2, r));
}

static void test_dicts(void) {
  ai_word d = ai_dict_new();
  for (int64_t i = 0; i < 20; i++) ai_dict_set(d, int_str(i), ai_small(i * i));
  for (int64_t i = 3; i < 10; i++) ai_dict_del(ai_as_dict(d), int_str(i), NULL); /* holes in the entries */
  ai_word inner = ai_list_new(1, (ai_word[]){F(1.5)});
  ai_dict_set(d, ai_tuple_new(2, (ai_word[]){ai_small(1), S("x")}), inner);
  ai_dict_set(d, AI_NONE_W, F(-0.0));
  ai_dict_set(d, I("123456789012345678901234567890"), S("big"));
  ai_word c = to_self(d);
  CHECK(c && c != d && ai_is_dict(c));
  CHECK(same_repr(c, d)); /* same items, same order */
  CHECK_I64(ai_dict_len(c), ai_dict_len(d));
  CHECK(ai_obj_eq(c, d) == 1);
  CHECK(ai_dict_get(c, int_str(15)) == ai_small(225));
  CHECK(ai_dict_get(c, I("123456789012345678901234567890")) != 0);
  CHECK_RAISES(ai_dict_get(c, int_str(5)), "KeyError: 'v5'");
  ai_word cinner = ai_dict_get(c, ai_tuple_new(2, (ai_word[]){ai_small(1), S("x")}));
  CHECK(cinner && cinner != inner && ai_is_list(cinner));
  /* the copy is the receiver's own: changing it changes nothing in the original */
  ai_list_append(cinner, ai_small(7));
  CHECK(ai_dict_set(c, S("new"), ai_small(1)));
  CHECK_I64(ai_as_list(inner)->len, 1);
  CHECK_I64(ai_dict_len(d), ai_dict_len(c) - 1);
  /* and the copy grows like any dict */
  for (int64_t i = 100; i < 400; i++) ai_dict_set(c, int_str(i), ai_small(i));
  CHECK(ai_dict_get(c, int_str(399)) == ai_small(399) && ai_dict_get(c, int_str(0)) == ai_small(0));

  ai_word empty = to_self(ai_dict_new());
  CHECK(empty && ai_is_dict(empty) && ai_dict_len(empty) == 0);
  CHECK(ai_dict_set(empty, S("k"), ai_small(1)) && ai_dict_get(empty, S("k")) == ai_small(1));

  /* the collections subtypes keep their type (and a defaultdict its factory) */
  ai_word dd = ai_defaultdict_empty(4); /* list */
  ai_dict_set(dd, S("a"), ai_list_new(0, NULL));
  ai_word cdd = to_self(dd);
  CHECK(cdd && ai_obj(cdd)->type == &ai_type_defaultdict && ai_defaultdict_factory(cdd) == 4 && same_repr(cdd, dd));
  ai_word counter = ai_counter_empty();
  ai_dict_set(counter, S("x"), ai_small(3));
  ai_word cc = to_self(counter);
  if (!cc) fprintf(stderr, "counter: %s\n", t_exc_desc());
  CHECK(cc && ai_obj(cc)->type == &ai_type_counter && same_repr(cc, counter));
  AiDeque *q = ai_cdeque_alloc(5);
  for (int64_t i = 0; i < 9; i++) ai_cdeque_push(q, ai_small(i)); /* wrapped around: maxlen 5 */
  ai_word cq = to_self(ai_w(q));
  if (!cq) fprintf(stderr, "deque: %s\n", t_exc_desc());
  CHECK(cq && cq != ai_w(q) && same_repr(cq, ai_w(q)));
  CHECK(ai_cdeque_push_left((AiDeque *)ai_obj(cq), ai_small(-1)) && ai_as_list(ai_list_from_iterable(cq))->items[0] == ai_small(-1));
}

static void test_sets(void) {
  /* a set that had many items removed: set(list(s)) lays its items out in a
   * smaller table, so its order differs from s's own; the copy has set(list(s))'s */
  ai_word s = ai_set_new(0, NULL);
  for (int64_t i = 0; i < 200; i++) ai_set_add(s, ai_small(i * 7));
  for (int64_t i = 10; i < 190; i++) ai_set_discard_key(ai_as_set(s), ai_small(i * 7));
  ai_word rebuilt = ai_set_from_iterable(ai_list_from_iterable(s), &ai_type_set);
  CHECK(!same_repr(s, rebuilt)); /* the case is a real one */
  ai_word c = to_self(s);
  CHECK(c && c != s && ai_obj(c)->type == &ai_type_set);
  CHECK(same_repr(c, rebuilt));
  CHECK(ai_obj_eq(c, s) == 1);
  for (int64_t i = 0; i < 200; i++) CHECK_I64(ai_set_contains_key(ai_as_set(c), ai_small(i * 7)), i < 10 || i >= 190);
  CHECK(ai_set_add(c, ai_small(-1)) && ai_set_contains_key(ai_as_set(s), ai_small(-1)) == 0);

  /* a frozenset of tuples and strs, and one grown past the resize thresholds */
  ai_word items = ai_list_new(0, NULL);
  for (int64_t i = 0; i < 1000; i++) ai_list_append(items, i % 3 ? ai_small(i) : ai_tuple_new(2, (ai_word[]){int_str(i), F((double)i / 4)}));
  ai_word f = ai_builtin_frozenset(items);
  ai_word cf = via_actor(f);
  CHECK(cf && cf != f && ai_obj(cf)->type == &ai_type_frozenset);
  CHECK(same_repr(cf, ai_set_from_iterable(ai_list_from_iterable(f), &ai_type_frozenset)));
  CHECK(ai_obj_hash(cf) == ai_obj_hash(f));
  CHECK(ai_obj_eq(cf, f) == 1);
  ai_word ce = to_self(ai_set_new(0, NULL));
  CHECK(ce && ai_obj(ce)->type == &ai_type_set && ai_obj_len(ce) == 0 && ai_set_add(ce, S("a")) && ai_obj_len(ce) == 1);
}

/* A str and a tuple of shared values in the executable's data (as the
 * compiler emits literals and constant tuples) are sent as themselves; the
 * same str on the heap, or a constant tuple holding a heap object, is copied. */
static struct {
  AiObject ob;
  int64_t length, nbytes, hash;
  uint8_t ascii;
  char data[8];
} lit_str = {{&ai_type_str, 0}, 5, 5, -1, 1, "hello"};
static struct {
  AiObject ob;
  int64_t len, hash;
  ai_word items[3];
} lit_tuple = {{&ai_type_tuple, 0}, 3, -1, {0, 0, 0}};

static void test_static_constants(void) {
  ai_word s = ai_w(&lit_str);
  CHECK(to_self(s) == s);
  CHECK(via_actor(s) == s);
  lit_tuple.items[0] = s;
  lit_tuple.items[1] = ai_small(7);
  lit_tuple.items[2] = AI_NONE_W;
  ai_word t = ai_w(&lit_tuple);
  CHECK(via_actor(t) == t);
  ai_word heap_s = S("hello");
  ai_word c = via_actor(heap_s);
  CHECK(c && c != heap_s && ai_str_eq(c, s));
  lit_tuple.items[2] = S("on the heap"); /* no longer a constant: copied whole */
  c = via_actor(t);
  CHECK(c && c != t && ai_is_tuple(c) && ai_as_tuple(c)->items[0] == s && same_repr(c, t));
  lit_tuple.items[2] = AI_NONE_W;
}

static void test_sharing_and_cycles(void) {
  ai_word l = ai_list_new(2, (ai_word[]){ai_small(1), ai_small(2)});
  ai_word str = S("shared text");
  ai_word t = ai_tuple_new(4, (ai_word[]){l, l, str, str});
  ai_word c = via_actor(t);
  CHECK(c && ai_is_tuple(c));
  AiTuple *ct = ai_as_tuple(c);
  CHECK(ct->items[0] == ct->items[1] && ct->items[0] != l); /* one copy, referred to twice */
  CHECK(ct->items[2] == ct->items[3]);
  ai_list_append(ct->items[0], ai_small(3));
  CHECK_I64(ai_as_list(ct->items[1])->len, 3);
  CHECK_I64(ai_as_list(l)->len, 2);

  /* a list containing itself, a dict containing itself */
  ai_word self_list = ai_list_new(0, NULL);
  ai_list_append(self_list, ai_small(0));
  ai_list_append(self_list, self_list);
  ai_word cl = to_self(self_list);
  CHECK(cl && cl != self_list && ai_as_list(cl)->items[1] == cl);
  CHECK_STR(ai_obj_repr(cl), "[0, [...]]");
  ai_word self_dict = ai_dict_new();
  ai_dict_set(self_dict, S("me"), self_dict);
  ai_dict_set(self_dict, S("list"), self_list);
  ai_dict_set(self_dict, S("again"), self_list);
  ai_word cd = to_self(self_dict);
  CHECK(cd && cd != self_dict && ai_dict_get(cd, S("me")) == cd);
  CHECK(ai_dict_get(cd, S("list")) == ai_dict_get(cd, S("again")));
  CHECK_STR(ai_obj_repr(cd), "{'me': {...}, 'list': [0, [...]], 'again': [0, [...]]}");

  /* a cycle through an instance that is a dict key, hashed by identity: the
   * copied dict finds the copied key (hashed again at its new address) */
  ai_class_register(&node_type, &node_dunders);
  ai_word node = new_obj(&node_type, 1);
  ai_word byid = ai_dict_new();
  ai_dict_set(byid, node, S("node"));
  ai_dict_set(byid, ai_tuple_new(2, (ai_word[]){node, ai_small(1)}), S("pair"));
  slots(node)[0] = byid;
  ai_word cb = via_actor(byid);
  CHECK(cb && cb != byid && ai_dict_len(cb) == 2);
  ai_word cnode = ai_as_dict(cb)->entries[0].key;
  CHECK(cnode != node && ai_obj(cnode)->type == &node_type && slots(cnode)[0] == cb);
  CHECK_STR(ai_dict_get(cb, cnode), "node");
  CHECK_STR(ai_dict_get(cb, ai_tuple_new(2, (ai_word[]){cnode, ai_small(1)})), "pair");
  CHECK(ai_dict_get(cb, node) == 0 && ai_exc_type() == &ai_exc_KeyError); /* the original is not in the copy */
  ai_exc_clear();
  /* the same in a set */
  ai_word other = new_obj(&node_type, 1);
  ai_word nodes = ai_set_new(2, (ai_word[]){node, other});
  ai_word cn = to_self(nodes);
  CHECK(cn && ai_obj_len(cn) == 2);
  int found = 0;
  int64_t pos = 0;
  AiSetEntry *e;
  while (ai_set_next(ai_as_set(cn), &pos, &e)) found += ai_set_contains_key(ai_as_set(cn), e->key) == 1 && e->key != node && e->key != other;
  CHECK_I64(found, 2);
}

static void test_deep_and_large(void) {
  /* 100,000 nested lists: copied by spawn into a 64 KiB green stack's actor
   * and sent back from there (the copier keeps its own stack) */
  ai_word deep = ai_list_new(0, NULL);
  for (int i = 0; i < 100000; i++) deep = ai_list_new(1, &deep);
  ai_word args[2] = {me, deep};
  ai_actor_spawn(send_back, 2, args);
  ai_word cd = ai_actor_receive(AI_ACTOR_INFINITY);
  int depth = 0;
  for (ai_word w = cd; ai_as_list(w)->len == 1; w = ai_as_list(w)->items[0]) depth++;
  CHECK_I64(depth, 100000);
  CHECK(cd != deep);

  ai_word big = ai_dict_new();
  for (int64_t i = 0; i < 100000; i++) ai_dict_set(big, ai_small((i * 7919) % 100003), int_str(i));
  ai_word cb = via_actor(big);
  ai_gc_collect_now(); /* the adopted copy is traced like anything of this heap */
  CHECK(cb && ai_dict_len(cb) == 100000);
  int64_t wrong = 0, pos = 0, i = 0;
  AiDictEntry *e;
  while (ai_dict_next(ai_as_dict(cb), &pos, &e)) {
    if (e->key != ai_small((i * 7919) % 100003) || !ai_str_eq(e->value, int_str(i))) wrong++;
    i++;
  }
  CHECK_I64(wrong, 0);
  for (int64_t k = 0; k < 100000; k++) {
    ai_word v = ai_dict_get(cb, ai_small((k * 7919) % 100003));
    if (!v || !ai_str_eq(v, int_str(k))) wrong++;
  }
  CHECK_I64(wrong, 0);
}

static void test_unsendable(void) {
  ai_word d = ai_dict_new();
  ai_dict_set(d, S("ok"), ai_small(1));
  ai_dict_set(d, S("file"), new_obj(&file_type, 1));
  CHECK(!ai_actor_send(self, d));
  CHECK_RAISES(0, "TypeError: cannot send 'file' object to an actor");
  /* inside an instance, the instance is named (deepcopy fails on it whole) */
  ai_class_register(&point_type, &point_dunders);
  ai_word p = new_obj(&point_type, 2);
  double x = 2.5;
  memcpy(&slots(p)[0], &x, sizeof x);
  slots(p)[1] = ai_set_new(1, (ai_word[]){ai_tuple_new(1, (ai_word[]){new_obj(&file_type, 1)})});
  CHECK(!ai_actor_send(self, ai_list_new(2, (ai_word[]){ai_small(1), p})));
  CHECK_RAISES(0, "TypeError: cannot send 'Point' object to an actor");
  CHECK(ai_actor_receive(0) == AI_ACTOR_TIMEOUT); /* nothing was sent */
  CHECK(ai_actor_spawn(echo_once, 1, &d) == 0); /* spawn arguments alike */
  CHECK_RAISES(0, "TypeError: cannot send 'file' object to an actor");
  /* the sendable part of the instance is fine */
  slots(p)[1] = ai_set_new(1, (ai_word[]){S("fine")});
  ai_word cp = to_self(p);
  CHECK(cp && cp != p && memcmp(&slots(cp)[0], &x, sizeof x) == 0 && same_repr(slots(cp)[1], slots(p)[1]));
}

/* crashes with an exception holding something unsendable in its args */
static void crash_unsendable(const ai_word *args, int64_t n) {
  (void)args;
  (void)n;
  ai_word e = ai_exc_new(&ai_exc_ValueError, ai_tuple_new(2, (ai_word[]){S("bad"), new_obj(&file_type, 1)}));
  ai_raise_obj(e, 0);
}

static void test_exceptions(void) {
  /* copied as deepcopy copies them: type, args, attributes */
  ai_word ke = ai_exc_new(&ai_exc_KeyError, S("k"));
  ai_word cke = via_actor(ke);
  CHECK(cke && cke != ke);
  CHECK_STR(ai_obj_repr(cke), "KeyError('k')");
  ai_word two = ai_exc_new(&ai_exc_ValueError, ai_tuple_new(2, (ai_word[]){ai_small(1), ai_list_new(1, (ai_word[]){S("x")})}));
  ai_word ctwo = to_self(two);
  CHECK(ctwo && ai_obj_eq(ai_obj_getattr(ctwo, S("args")), ai_obj_getattr(two, S("args"))) == 1);
  CHECK(ai_as_tuple(ai_obj_getattr(ctwo, S("args")))->items[1] != ai_as_tuple(ai_obj_getattr(two, S("args")))->items[1]);
  /* sent, one holding something unsendable is named itself (deepcopy fails on it) */
  ai_word bad = ai_exc_new(&ai_exc_ValueError, ai_tuple_new(1, (ai_word[]){new_obj(&file_type, 1)}));
  CHECK(!ai_actor_send(self, ai_list_new(1, &bad)));
  CHECK_RAISES(0, "TypeError: cannot send 'ValueError' object to an actor");
  /* as a crash's reason, it reaches links all the same, as its type and message */
  ai_actor_trap_exit(true);
  ai_pid p = ai_actor_spawn_link(crash_unsendable, 0, NULL);
  ai_word m = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(ai_py_is_exit(m) && ai_actor_pid_of(ai_obj_getattr(m, S("pid"))) == p);
  ai_word reason = ai_obj_getattr(m, S("reason"));
  CHECK(reason && ai_is_exception(reason) && ai_obj(reason)->type == &ai_exc_ValueError);
  ai_word text = reason ? ai_exc_str(reason) : 0;
  CHECK(text && strncmp(ai_as_str(text)->data, "('bad', <file object at ", 24) == 0);
  ai_actor_trap_exit(false);
}

static void test_heap_bounded(void) {
  enum { COUNT = 150 };
  ai_word args[2] = {me, ai_small(COUNT)};
  ai_pid s = ai_actor_spawn(sink, 2, args);
  ai_word msg = ai_dict_new();
  for (int64_t i = 0; i < 2000; i++) ai_dict_set(msg, ai_small(i), ai_tuple_new(2, (ai_word[]){int_str(i), F((double)i)}));
  for (int i = 0; i < COUNT; i++) CHECK(ai_actor_send(s, msg));
  ai_word r = ai_actor_receive(AI_ACTOR_INFINITY);
  CHECK(r && ai_is_tuple(r));
  /* about 200 KB per message, 30 MB sent; the sink keeps none of it */
  int64_t footprint = ai_small_val(ai_as_tuple(r)->items[0]);
  if (footprint > 4 * 1024 * 1024) fprintf(stderr, "sink heap after collection: %lld bytes\n", (long long)footprint);
  CHECK(footprint < 4 * 1024 * 1024);
  CHECK(ai_as_tuple(r)->items[1] == ai_small(0));
}

int main(void) {
  self = ai_actor_self();
  me = ai_actor_pid_word(self);
  /* The test data lives in locals, some of them address-taken (compound
   * literals), which ASan may move to its fake stacks where the conservative
   * collector does not look: main collects only when asked to. */
  ai_current_heap->gc_disabled++;
  test_dicts();
  test_sets();
  test_sharing_and_cycles();
  test_static_constants();
  test_deep_and_large();
  test_unsendable();
  test_exceptions();
  test_heap_bounded();
  ai_sched_wait_idle();
  TEST_MAIN_END();
}
