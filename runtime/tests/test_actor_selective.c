/* test_actor_selective.c — the selective receive compiled code drives
 * (ai_actor_scan_*: the predicate is compiled Python, so the loop is the
 * caller's): messages offered once each, oldest first, the ones not taken
 * stay queued in order, waiting and timeouts, a receive inside a scan, many
 * concurrent senders picked out of order; sending instances of compiled
 * classes and function values (copied with what they capture, unboxed floats
 * untouched); Pid, Exit and Down as Python values (compare, hash, repr, fields). */
#define _GNU_SOURCE
#include "test.h"
#include "aithon_actor.h"
#include "obj/ext.h"
#include "obj/userclass.h"
#include "platform/thread.h"

static ai_pid arg_pid(ai_word w) { return ai_actor_pid_of(w); }

/* sends args[1] to args[0] after sleeping args[2] ms */
static void late(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_sleep(ai_small_val(args[2]) * 1000000LL);
  ai_actor_send(arg_pid(args[0]), args[1]);
}

#define SENDERS 8
#define EACH 500

/* sends (tag, 0..EACH-1) to args[0] */
static void tagged(const ai_word *args, int64_t n) {
  (void)n;
  for (int64_t i = 0; i < EACH; i++) {
    ai_word t = ai_tuple_new(2, (ai_word[]){args[1], ai_small(i)});
    ai_actor_send(arg_pid(args[0]), t);
  }
}

/* echoes one message back to args[0] */
static void echo_once(const ai_word *args, int64_t n) {
  (void)n;
  ai_actor_send(arg_pid(args[0]), ai_actor_receive(AI_ACTOR_INFINITY));
}

static int64_t tag_of(ai_word m) { return ai_small_val(ai_as_tuple(m)->items[0]); }
static int64_t seq_of(ai_word m) { return ai_small_val(ai_as_tuple(m)->items[1]); }

/* A compiled class as the compiler lays it out (compiler/src/llvm.ts): slots
 * after the header, 'f' an unboxed float. */
static const AiType point_type = {"Point", NULL};
static const AiClassDunders point_dunders = {.root = &point_type, .nslots = 3, .slot_kinds = "wfw"};
/* The program's function value and cell types (one per program, by these names). */
static const AiType function_type = {"function", NULL};
static const AiType cell_type = {"cell", NULL};
static const AiType fcell_type = {"fcell", NULL};

static ai_word new_obj(const AiType *t, int nwords) {
  AiObject *o = ai_alloc(sizeof(AiObject) + (size_t)nwords * sizeof(ai_word));
  o->type = t;
  memset(o + 1, 0, (size_t)nwords * sizeof(ai_word));
  return ai_w(o);
}
static ai_word *words(ai_word o) { return (ai_word *)(ai_obj(o) + 1); }

int main(void) {
  ai_pid self = ai_actor_self();
  ai_word me = ai_actor_pid_word(self);

  /* every message offered once, oldest first; the one taken leaves the others in order */
  for (int i = 1; i <= 6; i++) ai_actor_send(self, ai_small(i));
  ai_actor_scan_start(0);
  for (int i = 1; i <= 4; i++) CHECK(ai_actor_scan_next() == ai_small(i));
  CHECK(ai_actor_scan_take());
  ai_actor_scan_start(0);
  CHECK(ai_actor_scan_next() == ai_small(1));
  CHECK(ai_actor_scan_next() == ai_small(2));
  CHECK(ai_actor_scan_next() == ai_small(3));
  CHECK(ai_actor_scan_next() == ai_small(5));
  CHECK(ai_actor_scan_next() == ai_small(6));
  CHECK(ai_actor_scan_next() == AI_ACTOR_TIMEOUT); /* polling: nothing else */
  CHECK(ai_actor_scan_next() == 0);                /* the scan has ended */
  CHECK_RAISES(0, "RuntimeError: receive(): the match predicate must not receive");
  for (int i = 1; i <= 6; i++)
    if (i != 4) CHECK(ai_actor_receive(0) == ai_small(i));
  CHECK(ai_actor_receive(0) == AI_ACTOR_TIMEOUT);

  /* the last message taken, then the first */
  for (int i = 1; i <= 3; i++) ai_actor_send(self, ai_small(i));
  ai_actor_scan_start(AI_ACTOR_INFINITY);
  ai_actor_scan_next();
  ai_actor_scan_next();
  CHECK(ai_actor_scan_next() == ai_small(3));
  CHECK(ai_actor_scan_take());
  ai_actor_scan_start(AI_ACTOR_INFINITY);
  CHECK(ai_actor_scan_next() == ai_small(1));
  CHECK(ai_actor_scan_take());
  CHECK(ai_actor_receive(0) == ai_small(2));
  CHECK(ai_actor_receive(0) == AI_ACTOR_TIMEOUT);

  /* taking with nothing offered */
  ai_actor_scan_start(0);
  CHECK(!ai_actor_scan_take());
  CHECK_RAISES(0, "RuntimeError: receive(): no message offered to take");

  /* waiting: a message sent later is offered when it arrives, after the queued one */
  ai_actor_send(self, ai_small(100));
  ai_actor_spawn(late, 3, (ai_word[]){me, ai_small(200), ai_small(30)});
  ai_actor_scan_start(AI_ACTOR_INFINITY);
  CHECK(ai_actor_scan_next() == ai_small(100));
  CHECK(ai_actor_scan_next() == ai_small(200));
  CHECK(ai_actor_scan_take());
  CHECK(ai_actor_receive(0) == ai_small(100));

  /* timeout: nothing matching arrives */
  ai_actor_send(self, ai_small(7));
  int64_t t0 = ai_now_ns();
  ai_actor_scan_start(20 * 1000000LL);
  CHECK(ai_actor_scan_next() == ai_small(7));
  CHECK(ai_actor_scan_next() == AI_ACTOR_TIMEOUT);
  int64_t dt = ai_now_ns() - t0;
  CHECK(dt >= 20 * 1000000LL && dt < 2000 * 1000000LL);
  CHECK(ai_actor_receive(0) == ai_small(7));

  /* a receive during a scan (a predicate that receives) ends the scan, no dangling cursor */
  ai_actor_send(self, ai_small(1));
  ai_actor_send(self, ai_small(2));
  ai_actor_scan_start(0);
  CHECK(ai_actor_scan_next() == ai_small(1));
  CHECK(ai_actor_receive(0) == ai_small(1));
  CHECK(ai_actor_scan_next() == 0);
  CHECK_RAISES(0, "RuntimeError: receive(): the match predicate must not receive");
  CHECK(ai_actor_receive(0) == ai_small(2));

  /* concurrent senders: each tag picked in turn, its messages in send order, none lost */
  for (int64_t s = 0; s < SENDERS; s++) ai_actor_spawn(tagged, 2, (ai_word[]){me, ai_small(s)});
  int64_t next[SENDERS] = {0};
  int64_t got = 0, out_of_order = 0;
  for (int64_t round = 0; round < EACH; round++) {
    for (int64_t s = SENDERS - 1; s >= 0; s--) { /* youngest tag first: most messages are skipped */
      ai_actor_scan_start(AI_ACTOR_INFINITY);
      for (;;) {
        ai_word m = ai_actor_scan_next();
        if (tag_of(m) != s) continue;
        if (seq_of(m) != next[s]) out_of_order++;
        next[s]++;
        got++;
        ai_actor_scan_take();
        break;
      }
    }
  }
  CHECK_I64(got, SENDERS * EACH);
  CHECK_I64(out_of_order, 0);
  CHECK(ai_actor_receive(0) == AI_ACTOR_TIMEOUT);

  /* compiled values cross actors as copies */
  ai_class_register(&point_type, &point_dunders);
  ai_word pt = new_obj(&point_type, 3);
  words(pt)[0] = S("label");
  double x = 0.1;
  memcpy(&words(pt)[1], &x, sizeof x); /* raw bits: no pointer, whatever they look like */
  /* slot 2 unset (0) */
  ai_word cell = new_obj(&cell_type, 1);
  words(cell)[0] = pt;
  ai_word fcell = new_obj(&fcell_type, 1);
  double y = -2.5;
  memcpy(&words(fcell)[0], &y, sizeof y);
  ai_word fn = new_obj(&function_type, 3);
  words(fn)[0] = (ai_word)(17 | (2ull << 32)); /* id 17, two cells */
  words(fn)[1] = cell;
  words(fn)[2] = fcell;
  /* to itself (a copy all the same), then through another actor and back */
  for (int hop = 0; hop < 2; hop++) {
    if (hop == 0) CHECK(ai_actor_send(self, fn));
    else {
      ai_pid e = ai_actor_spawn(echo_once, 1, &me);
      CHECK(ai_actor_send(e, fn));
    }
    ai_word c = ai_actor_receive(AI_ACTOR_INFINITY);
    CHECK(c != fn && ai_obj(c)->type == &function_type && words(c)[0] == words(fn)[0]);
    ai_word c_cell = words(c)[1], c_fcell = words(c)[2];
    CHECK(c_cell != cell && ai_obj(c_cell)->type == &cell_type);
    CHECK(c_fcell != fcell && ai_obj(c_fcell)->type == &fcell_type && memcmp(&words(c_fcell)[0], &y, sizeof y) == 0);
    ai_word c_pt = words(c_cell)[0];
    CHECK(c_pt != pt && ai_obj(c_pt)->type == &point_type);
    CHECK(words(c_pt)[0] != words(pt)[0] && ai_str_eq(words(c_pt)[0], S("label")));
    CHECK(memcmp(&words(c_pt)[1], &x, sizeof x) == 0 && words(c_pt)[2] == 0);
  }
  /* an instance holding something unsendable is refused whole */
  static const AiType file_type = {"file", NULL};
  words(pt)[2] = new_obj(&file_type, 1);
  CHECK(!ai_actor_send(self, fn));
  CHECK_RAISES(0, "TypeError: cannot send 'Point' object to an actor"); /* named as the reference names it: the instance deepcopy fails on */
  CHECK(ai_actor_receive(0) == AI_ACTOR_TIMEOUT);

  /* Pid, Exit and Down as Python values */
  ai_word me2 = ai_actor_pid_word(self);
  CHECK(me2 != me && ai_obj_compare(AI_EQ, me, me2) == 1 && ai_obj_compare(AI_NE, me, me2) == 0);
  CHECK(ai_obj_hash(me) == ai_obj_hash(me2));
  char want[48];
  snprintf(want, sizeof want, "<0.%u.%u>", (unsigned)(uint32_t)self, (unsigned)(self >> 32));
  CHECK_STR(ai_obj_repr(me), want);
  ai_actor_trap_exit(true);
  CHECK(ai_actor_exit(self, S("why")));
  ai_word ex = ai_actor_receive(0);
  CHECK(ai_py_is_exit(ex) && !ai_py_is_down(ex));
  CHECK_STR(ai_builtin_type_name(ex), "Exit");
  CHECK_STR(ai_obj_getattr(ex, S("reason")), "why");
  CHECK(ai_obj_compare(AI_EQ, ai_obj_getattr(ex, S("pid")), me) == 1);
  CHECK_I64(ai_obj_len(ex), 2);
  CHECK_STR(ai_obj_getitem(ex, ai_small(1)), "why");
  char rep[96];
  snprintf(rep, sizeof rep, "Exit(pid=%s, reason='why')", want);
  CHECK_STR(ai_obj_repr(ex), rep);
  CHECK_RAISES(ai_obj_getattr(ex, S("ref")), "AttributeError: 'Exit' object has no attribute 'ref'");
  ai_pid gone = ai_actor_spawn(echo_once, 1, &me);
  ai_actor_send(gone, ai_small(5));
  CHECK(ai_actor_receive(AI_ACTOR_INFINITY) == ai_small(5));
  ai_sched_wait_idle();
  ai_word ref = ai_actor_monitor(gone);
  ai_word down = ai_actor_receive(0);
  CHECK(ai_py_is_down(down));
  CHECK(ai_obj_getattr(down, S("ref")) == ref);
  CHECK_STR(ai_obj_getattr(down, S("reason")), "noproc");
  CHECK_I64(ai_actor_pid_of(ai_obj_getattr(down, S("pid"))), (long long)gone);
  ai_word copy_of_down = ai_tuple_new(3, (ai_word[]){ref, ai_obj_getattr(down, S("pid")), S("noproc")});
  CHECK(ai_obj_compare(AI_EQ, down, copy_of_down) == 1); /* a namedtuple equals the tuple of its fields */
  CHECK(ai_obj_compare(AI_EQ, down, ex) == 0);
  CHECK(ai_actor_send(self, down));
  CHECK(ai_obj_compare(AI_EQ, ai_actor_receive(0), down) == 1);
  TEST_MAIN_END();
}
