/*
 * actor/pyapi.c — the actor API as compiled Python code calls it
 * (`from aithon.actors import spawn, send, receive, ...`): the ai_actor_*
 * primitives of aithon_actor.h on Python values (words), with the errors
 * CPython's pure-Python version (python/aithon/actors.py) raises.
 */
#include "aithon.h"
#include "aithon_actor.h"
#include "actor/actor.h"
#include "exc/exception.h"
#include "platform/thread.h"
#include "obj/float.h"
#include "obj/ext.h"
#include "obj/object.h"
#include "obj/str.h"

#include <math.h>
#include <stdio.h>

/* An actor's body as the compiler emits it: unpacks the tuple `frame` of
 * spawn()'s arguments, runs the function, returns 0 when it raised. */
typedef ai_word (*py_body)(ai_word frame);

static void py_entry(const ai_word *args, int64_t nargs) {
  (void)nargs;
  /* args[0] is the body's address, tagged as a small int so the copy into the
   * new heap leaves it alone; args[1] the argument tuple. */
  py_body body = (py_body)(intptr_t)(args[0] & ~(ai_word)1);
  body(args[1]); /* an exception left pending ends the actor with it as reason */
}

ai_word ai_py_spawn(ai_word (*body)(ai_word frame), ai_word frame, bool link) {
  ai_word args[2] = {(ai_word)(intptr_t)body | 1, frame};
  ai_pid pid = link ? ai_actor_spawn_link(py_entry, 2, args) : ai_actor_spawn(py_entry, 2, args);
  if (!pid) return 0;
  return ai_actor_pid_word(pid);
}

static bool pid_of(ai_word w, ai_pid *out, const char *fn) {
  ai_pid p = ai_actor_pid_of(w);
  if (!p) {
    ai_raise_fmt(&ai_exc_TypeError, "%s() expects a Pid, not %s", fn, ai_type_name(w));
    return false;
  }
  *out = p;
  return true;
}

ai_word ai_py_self(void) { return ai_actor_pid_word(ai_actor_self()); }

bool ai_py_send(ai_word pid, ai_word msg) {
  ai_pid p;
  if (!pid_of(pid, &p, "send")) return false;
  return ai_actor_send(p, msg);
}

/* A timeout in seconds (int or float; None: forever) as nanoseconds; false: raised. */
static bool timeout_ns(ai_word timeout, const char *fn, int64_t *ns) {
  *ns = AI_ACTOR_INFINITY;
  if (!timeout || timeout == AI_NONE_W) return true;
  double s;
  if (ai_is_float(timeout)) s = ai_unbox_float(timeout);
  else if (ai_is_int(timeout) && timeout != AI_TRUE_W && timeout != AI_FALSE_W) {
    s = ai_int_to_float(timeout);
    if (ai_exc_pending()) return false;
  } else {
    ai_raise_fmt(&ai_exc_TypeError, "%s() timeout must be a number or None, not %s", fn, ai_type_name(timeout));
    return false;
  }
  if (isnan(s) || s < 0) s = 0;
  /* 10^9 s or more (inf included) waits forever, as python/aithon/actors.py */
  *ns = s >= 1e9 ? AI_ACTOR_INFINITY : (int64_t)(s * 1e9);
  return true;
}

/* receive(timeout=None): seconds as an int or float; None waits forever. */
ai_word ai_py_receive(ai_word timeout) {
  int64_t ns;
  if (!timeout_ns(timeout, "receive", &ns)) return 0;
  return ai_actor_receive(ns);
}

bool ai_py_scan_start(ai_word timeout) {
  int64_t ns;
  if (!timeout_ns(timeout, "receive", &ns)) return false;
  ai_actor_scan_start(ns);
  return true;
}

ai_word ai_py_scan_next(void) { return ai_actor_scan_next(); }

bool ai_py_scan_take(void) { return ai_actor_scan_take(); }

bool ai_py_sleep(ai_word seconds) {
  int64_t ns;
  if (!timeout_ns(seconds, "sleep", &ns)) return false;
  if (ns == AI_ACTOR_INFINITY) ns = INT64_MAX / 2;
  ai_actor_sleep(ns);
  return true;
}

bool ai_py_is_alive(ai_word pid) {
  ai_pid p;
  if (!pid_of(pid, &p, "is_alive")) return false;
  return ai_actor_is_alive(p);
}

bool ai_py_exit_self(ai_word reason) { ai_actor_exit_self(reason); }

bool ai_py_trap_exit_on(void) { return ai_actor_trap_exit(true); }

/* wait_idle(timeout=None): True once every spawned actor but the caller has
 * ended, False when the timeout passed first. The main actor waiting forever
 * parks on the scheduler's idle word; otherwise the caller checks every
 * millisecond, asleep in between (a receive that matches nothing: exit
 * signals still end it, and no worker thread blocks). */
ai_word ai_py_wait_idle(ai_word timeout) {
  int64_t ns;
  if (!timeout_ns(timeout, "wait_idle", &ns)) return 0;
  ai_actor *me = ai_actor_current();
  int64_t idle = me->is_main ? 1 : 2; /* live actors when only main (and the caller) remain */
  int64_t deadline = ns == AI_ACTOR_INFINITY ? -1 : ai_now_ns() + ns;
  while (ai_sched_live_actors() > idle) {
    if (me->is_main && deadline < 0) {
      ai_sched_wait_idle();
      break;
    }
    int64_t now = ai_now_ns();
    if (deadline >= 0 && now >= deadline) return AI_FALSE_W;
    int64_t step = 1000000;
    if (deadline >= 0 && deadline - now < step) step = deadline - now;
    ai_actor_sleep(step);
  }
  return AI_TRUE_W;
}

static bool is_type(ai_word w, const AiType *t) { return w && !ai_is_small(w) && ai_obj(w)->type == t; }
bool ai_py_is_exit(ai_word w) { return is_type(w, &ai_type_exit_msg); }
bool ai_py_is_down(ai_word w) { return is_type(w, &ai_type_down); }
bool ai_py_is_pid(ai_word w) { return is_type(w, &ai_type_pid); }

/* ---------------------------------------------------------------- value protocols
 * Pids compare, hash and print as python/aithon/actors.py's Pid (`<0.slot.generation>`
 * here: pids are not numbered in spawn order); Exit and Down behave as its
 * namedtuples: fields by name and index, unpacking, equality, repr. */

static int pid_richcmp(int op, ai_word a, ai_word b) {
  if (!is_type(a, &ai_type_pid) || !is_type(b, &ai_type_pid)) return 2;
  ai_pid x = ai_actor_pid_of(a), y = ai_actor_pid_of(b);
  switch (op) {
  case AI_EQ: return x == y;
  case AI_NE: return x != y;
  case AI_LT: return x < y;
  case AI_LE: return x <= y;
  case AI_GT: return x > y;
  default: return x >= y;
  }
}

static int64_t pid_hash(ai_word o) {
  uint64_t h = ai_actor_pid_of(o) * 0x9E3779B97F4A7C15ull;
  int64_t r = (int64_t)(h >> 1);
  return r == -1 ? -2 : r;
}

static ai_word pid_repr(ai_word o) {
  ai_pid p = ai_actor_pid_of(o);
  char buf[48];
  int n = snprintf(buf, sizeof buf, "<0.%u.%u>", (unsigned)(uint32_t)p, (unsigned)(p >> 32));
  return ai_str_new_ascii(buf, n);
}

static const AiExtSlots pid_slots = {.type = &ai_type_pid, .repr = pid_repr, .richcmp = pid_richcmp, .hash = pid_hash};

/* The fields of an Exit/Down message, in namedtuple order. */
static int64_t msg_fields(ai_word o, const ai_word **fields, const char *const **names) {
  static const char *const exit_names[] = {"pid", "reason"};
  static const char *const down_names[] = {"ref", "pid", "reason"};
  if (is_type(o, &ai_type_exit_msg)) {
    *fields = &((const AiExitMsg *)ai_obj(o))->pid;
    *names = exit_names;
    return 2;
  }
  *fields = &((const AiDown *)ai_obj(o))->ref;
  *names = down_names;
  return 3;
}

static ai_word msg_getattr(ai_word o, ai_word name, bool *found) {
  const ai_word *f;
  const char *const *names;
  int64_t n = msg_fields(o, &f, &names);
  const AiStr *s = ai_as_str(name);
  for (int64_t i = 0; i < n; i++)
    if ((size_t)s->nbytes == strlen(names[i]) && !memcmp(s->data, names[i], (size_t)s->nbytes)) {
      *found = true;
      return f[i];
    }
  *found = false;
  return 0;
}

static ai_word msg_tuple(ai_word o) {
  const ai_word *f;
  const char *const *names;
  int64_t n = msg_fields(o, &f, &names);
  return ai_tuple_new(n, f);
}

static int64_t msg_len(ai_word o) {
  const ai_word *f;
  const char *const *names;
  return msg_fields(o, &f, &names);
}

static ai_word msg_getitem(ai_word o, ai_word key) {
  ai_word t = msg_tuple(o);
  return t ? ai_obj_getitem(t, key) : 0;
}

static ai_word msg_iter(ai_word o) {
  ai_word t = msg_tuple(o);
  return t ? ai_obj_iter(t) : 0;
}

/* As a tuple (a namedtuple is one): Exit/Down/tuple operands compare item by item. */
static ai_word as_tuple(ai_word w) {
  if (is_type(w, &ai_type_exit_msg) || is_type(w, &ai_type_down)) return msg_tuple(w);
  return is_type(w, &ai_type_tuple) ? w : AI_NOTIMPL;
}

static int msg_richcmp(int op, ai_word a, ai_word b) {
  ai_word ta = as_tuple(a);
  if (!ta) return -1;
  ai_word tb = ta == AI_NOTIMPL ? AI_NOTIMPL : as_tuple(b);
  if (!tb) return -1;
  if (ta == AI_NOTIMPL || tb == AI_NOTIMPL) return 2;
  return ai_obj_compare(op, ta, tb);
}

static ai_word msg_repr(ai_word o) {
  const ai_word *f;
  const char *const *names;
  int64_t n = msg_fields(o, &f, &names);
  ai_sbuf b = {0};
  const char *tn = ai_obj(o)->type->name;
  ai_sbuf_put(&b, tn, strlen(tn));
  ai_sbuf_putc(&b, '(');
  for (int64_t i = 0; i < n; i++) {
    if (i) ai_sbuf_put(&b, ", ", 2);
    ai_sbuf_put(&b, names[i], strlen(names[i]));
    ai_sbuf_putc(&b, '=');
    ai_word r = ai_obj_repr(f[i]);
    if (!r) {
      ai_sbuf_free(&b);
      return 0;
    }
    ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  }
  ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

static int64_t msg_hash(ai_word o) {
  ai_word t = msg_tuple(o);
  return t ? ai_obj_hash(t) : -1;
}

static const AiExtSlots exit_slots = {.type = &ai_type_exit_msg, .getattr = msg_getattr, .repr = msg_repr, .richcmp = msg_richcmp, .len = msg_len,
                                      .getitem = msg_getitem, .iter = msg_iter, .hash = msg_hash};
static const AiExtSlots down_slots = {.type = &ai_type_down, .getattr = msg_getattr, .repr = msg_repr, .richcmp = msg_richcmp, .len = msg_len,
                                      .getitem = msg_getitem, .iter = msg_iter, .hash = msg_hash};

void ai_actor_register_types(void) {
  ai_ext_register(&pid_slots);
  ai_ext_register(&exit_slots);
  ai_ext_register(&down_slots);
}

ai_word ai_py_timeout(void) { return AI_ACTOR_TIMEOUT; }

bool ai_py_link(ai_word pid) {
  ai_pid p;
  if (!pid_of(pid, &p, "link")) return false;
  ai_actor_link(p);
  return true;
}

bool ai_py_unlink(ai_word pid) {
  ai_pid p;
  if (!pid_of(pid, &p, "unlink")) return false;
  ai_actor_unlink(p);
  return true;
}

ai_word ai_py_monitor(ai_word pid) {
  ai_pid p;
  if (!pid_of(pid, &p, "monitor")) return 0;
  return ai_actor_monitor(p);
}

bool ai_py_demonitor(ai_word ref) {
  ai_actor_demonitor(ref);
  return true;
}

bool ai_py_exit(ai_word pid, ai_word reason) {
  ai_pid p;
  if (!pid_of(pid, &p, "exit")) return false;
  return ai_actor_exit(p, reason);
}

bool ai_py_trap_exit(bool on) { return ai_actor_trap_exit(on); }
