/*
 * actor/pyapi.c — the actor API as compiled Python code calls it
 * (`from aithon.actors import spawn, send, receive, ...`): the ai_actor_*
 * primitives of aithon_actor.h on Python values (words), with the errors
 * CPython's pure-Python version (python/aithon/actors.py) raises.
 */
#include "aithon.h"
#include "aithon_actor.h"
#include "exc/exception.h"
#include "obj/float.h"
#include "obj/object.h"

#include <math.h>

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

/* receive(timeout=None): seconds as an int or float; None waits forever. */
ai_word ai_py_receive(ai_word timeout) {
  int64_t ns = AI_ACTOR_INFINITY;
  if (timeout && timeout != AI_NONE_W) {
    double s;
    if (ai_is_float(timeout)) s = ai_unbox_float(timeout);
    else if (ai_is_int(timeout)) {
      s = ai_int_to_float(timeout);
      if (ai_exc_pending()) return 0;
    } else {
      ai_raise_fmt(&ai_exc_TypeError, "receive() timeout must be a number or None, not %s", ai_type_name(timeout));
      return 0;
    }
    if (isnan(s) || s < 0) s = 0;
    ns = s > 9e9 ? AI_ACTOR_INFINITY : (int64_t)(s * 1e9);
  }
  return ai_actor_receive(ns);
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
