/* actor/copy.c — deep copy of message values into a fragment, the actor value
 * types (Pid, DOWN, EXIT, the timeout sentinel) and the static exit reasons. */
#include "actor/actor.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/int.h"
#include "obj/userclass.h"

#include <string.h>

const AiType ai_type_pid = {"Pid", NULL};
/* Named as python/aithon/actors.py's namedtuples, so type(m).__name__ agrees. */
const AiType ai_type_down = {"Down", NULL};
const AiType ai_type_exit_msg = {"Exit", NULL};
const AiType ai_type_timeout = {"Timeout", NULL};
AiObject ai_actor_timeout_obj = {&ai_type_timeout, 0};

/* Same layout as AiStr with room for the text. */
typedef struct {
  AiObject ob;
  int64_t length, nbytes, hash;
  uint8_t ascii;
  char data[23];
} static_str;
#define SSTR(name, text) static static_str name = {{&ai_type_str, 0}, sizeof(text) - 1, sizeof(text) - 1, -1, 1, text}
SSTR(r_normal, "normal");
SSTR(r_kill, "kill");
SSTR(r_killed, "killed");
SSTR(r_noproc, "noproc");
SSTR(r_overflow, "stack_overflow");

ai_word ai_actor_reason_normal(void) { return ai_w(&r_normal); }
ai_word ai_actor_reason_kill(void) { return ai_w(&r_kill); }
ai_word ai_actor_reason_killed(void) { return ai_w(&r_killed); }
ai_word ai_actor_reason_noproc(void) { return ai_w(&r_noproc); }
ai_word ai_actor_reason_stack_overflow(void) { return ai_w(&r_overflow); }

bool ai_reason_is(ai_word w, ai_word reason) {
  if (w == reason) return true;
  return w && ai_is_str(w) && ai_str_eq(w, reason);
}

#define R16(n) (((size_t)(n) + 15) & ~(size_t)15)

static bool is_shared(ai_word w) {
  return (w & 1) || w == AI_NONE_W || w == AI_TRUE_W || w == AI_FALSE_W || w == AI_ACTOR_TIMEOUT || w == ai_w(&r_normal) ||
         w == ai_w(&r_kill) || w == ai_w(&r_killed) || w == ai_w(&r_noproc) || w == ai_w(&r_overflow);
}

/* Compiled values the runtime knows only by their layout (emitted by the
 * compiler, compiler/src/llvm.ts): instances of compiled classes (their
 * AiClassDunders give the slot count and which slots hold unboxed floats),
 * function values ("function": a header, the function id in the low 32 bits
 * of the next word and the number of cells in its high 32 bits, then the
 * cells) and the cells of shared variables ("cell" holds a word, "fcell" an
 * unboxed float). Copying them sends a function with a copy of what it
 * captured, as Erlang copies a fun's environment. */
enum { V_OTHER, V_INSTANCE, V_FUNCTION, V_CELL, V_FCELL };

static int compiled_kind(const AiType *t, const AiClassDunders **dunders) {
  const AiExtSlots *x = ai_ext_slots(t);
  if (x) {
    const AiClassDunders *d = x->user;
    if (d && d->nslots >= 0) {
      *dunders = d;
      return V_INSTANCE;
    }
    return V_OTHER;
  }
  if (t->base || !t->name) return V_OTHER;
  if (!strcmp(t->name, "function")) return V_FUNCTION;
  if (!strcmp(t->name, "cell")) return V_CELL;
  if (!strcmp(t->name, "fcell")) return V_FCELL;
  return V_OTHER;
}

static inline int64_t function_ncells(ai_word w) { return (int64_t)(((const uint64_t *)ai_obj(w))[2] >> 32); }

static bool size_of(ai_word w, size_t *sz);

static bool size_of_compiled(ai_word w, const AiType *t, size_t *sz) {
  const AiClassDunders *d = NULL;
  const ai_word *words = (const ai_word *)ai_obj(w);
  switch (compiled_kind(t, &d)) {
  case V_INSTANCE:
    *sz += R16(sizeof(AiObject) + (size_t)d->nslots * sizeof(ai_word));
    for (int64_t i = 0; i < d->nslots; i++)
      if (d->slot_kinds[i] != 'f' && !size_of(words[2 + i], sz)) return false;
    return true;
  case V_FUNCTION: {
    int64_t n = function_ncells(w);
    *sz += R16(sizeof(AiObject) + (size_t)(1 + n) * sizeof(ai_word));
    for (int64_t i = 0; i < n; i++)
      if (!size_of(words[3 + i], sz)) return false;
    return true;
  }
  case V_CELL:
    *sz += R16(sizeof(AiObject) + sizeof(ai_word));
    return size_of(words[2], sz);
  case V_FCELL:
    *sz += R16(sizeof(AiObject) + sizeof(ai_word));
    return true;
  }
  ai_raise_fmt(&ai_exc_TypeError, "cannot send '%s' object to an actor", t->name);
  return false;
}

static bool size_of(ai_word w, size_t *sz) {
  if (!w || is_shared(w)) return true;
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_str) *sz += R16(sizeof(AiStr) + (size_t)ai_as_str(w)->nbytes + 1);
  else if (t == &ai_type_float) *sz += R16(sizeof(AiFloat));
  else if (t == &ai_type_int) {
    int64_t n = ai_as_int(w)->size;
    *sz += R16(sizeof(AiInt) + (size_t)(n < 0 ? -n : n) * sizeof(uint32_t));
  } else if (t == &ai_type_pid) *sz += R16(sizeof(AiPid));
  else if (t == &ai_type_tuple) {
    const AiTuple *tu = (const AiTuple *)ai_obj(w);
    *sz += R16(sizeof(AiTuple) + (size_t)tu->len * sizeof(ai_word));
    for (int64_t i = 0; i < tu->len; i++)
      if (!size_of(tu->items[i], sz)) return false;
  } else if (t == &ai_type_list) {
    const AiList *l = (const AiList *)ai_obj(w);
    *sz += R16(sizeof(AiList)) + R16((size_t)(l->len ? l->len : 1) * sizeof(ai_word));
    for (int64_t i = 0; i < l->len; i++)
      if (!size_of(l->items[i], sz)) return false;
  }
  else if (t == &ai_type_down) {
    const AiDown *d = (const AiDown *)ai_obj(w);
    *sz += R16(sizeof(AiDown));
    return size_of(d->ref, sz) && size_of(d->pid, sz) && size_of(d->reason, sz);
  } else if (t == &ai_type_exit_msg) {
    const AiExitMsg *e = (const AiExitMsg *)ai_obj(w);
    *sz += R16(sizeof(AiExitMsg));
    return size_of(e->pid, sz) && size_of(e->reason, sz);
  } else if (ai_type_is_subtype(t, &ai_exc_BaseException)) {
    *sz += R16(sizeof(AiException));
    return size_of(((const AiException *)ai_obj(w))->msg, sz);
  } else return size_of_compiled(w, t, sz);
  return true;
}

typedef struct {
  ai_chunk *c;
  char *pos;
} dest;

static void *take(dest *d, size_t n) {
  char *p = d->pos;
  ai_chunk_set_start(d->c, p);
  d->pos += R16(n);
  return p;
}

static ai_word copy(ai_word w, dest *d) {
  if (!w || is_shared(w)) return w;
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_str) {
    size_t n = sizeof(AiStr) + (size_t)ai_as_str(w)->nbytes + 1;
    void *p = take(d, n);
    memcpy(p, ai_obj(w), n);
    ((AiObject *)p)->gc = 0;
    return ai_w(p);
  }
  if (t == &ai_type_float) {
    AiFloat *p = take(d, sizeof(AiFloat));
    *p = *(const AiFloat *)ai_obj(w);
    p->ob.gc = 0;
    return ai_w(p);
  }
  if (t == &ai_type_int) {
    int64_t n = ai_as_int(w)->size;
    size_t bytes = sizeof(AiInt) + (size_t)(n < 0 ? -n : n) * sizeof(uint32_t);
    void *p = take(d, bytes);
    memcpy(p, ai_obj(w), bytes);
    ((AiObject *)p)->gc = 0;
    return ai_w(p);
  }
  if (t == &ai_type_tuple) {
    const AiTuple *s = (const AiTuple *)ai_obj(w);
    AiTuple *p = take(d, sizeof(AiTuple) + (size_t)s->len * sizeof(ai_word));
    p->ob.type = t;
    p->len = s->len;
    p->hash = s->hash;
    for (int64_t i = 0; i < s->len; i++) p->items[i] = copy(s->items[i], d);
    return ai_w(p);
  }
  if (t == &ai_type_list) {
    const AiList *s = (const AiList *)ai_obj(w);
    AiList *p = take(d, sizeof(AiList));
    p->ob.type = t;
    p->len = s->len;
    p->cap = s->len ? s->len : 1;
    p->items = take(d, (size_t)p->cap * sizeof(ai_word));
    for (int64_t i = 0; i < s->len; i++) p->items[i] = copy(s->items[i], d);
    return ai_w(p);
  }
  if (t == &ai_type_pid) {
    AiPid *p = take(d, sizeof(AiPid));
    *p = *(const AiPid *)ai_obj(w);
    p->ob.gc = 0;
    return ai_w(p);
  }
  if (t == &ai_type_down) {
    const AiDown *s = (const AiDown *)ai_obj(w);
    AiDown *p = take(d, sizeof(AiDown));
    p->ob.type = t;
    p->ref = copy(s->ref, d);
    p->pid = copy(s->pid, d);
    p->reason = copy(s->reason, d);
    return ai_w(p);
  }
  if (t == &ai_type_exit_msg) {
    const AiExitMsg *s = (const AiExitMsg *)ai_obj(w);
    AiExitMsg *p = take(d, sizeof(AiExitMsg));
    p->ob.type = t;
    p->pid = copy(s->pid, d);
    p->reason = copy(s->reason, d);
    return ai_w(p);
  }
  if (!ai_type_is_subtype(t, &ai_exc_BaseException)) {
    /* a compiled value (size_of accepted nothing else) */
    const AiClassDunders *dn = NULL;
    const ai_word *from = (const ai_word *)ai_obj(w);
    int kind = compiled_kind(t, &dn);
    int64_t nwords = kind == V_INSTANCE ? dn->nslots : kind == V_FUNCTION ? 1 + function_ncells(w) : 1;
    ai_word *to = take(d, sizeof(AiObject) + (size_t)nwords * sizeof(ai_word));
    memcpy(to, from, sizeof(AiObject) + (size_t)nwords * sizeof(ai_word));
    ((AiObject *)to)->gc = 0;
    if (kind == V_INSTANCE) {
      for (int64_t i = 0; i < nwords; i++)
        if (dn->slot_kinds[i] != 'f') to[2 + i] = copy(from[2 + i], d);
    } else if (kind == V_FUNCTION) {
      for (int64_t i = 1; i < nwords; i++) to[2 + i] = copy(from[2 + i], d);
    } else if (kind == V_CELL) to[2] = copy(from[2], d);
    return ai_w(to);
  }
  /* exception */
  const AiException *s = (const AiException *)ai_obj(w);
  AiException *p = take(d, sizeof(AiException));
  p->ob.type = t;
  p->msg = copy(s->msg, d);
  return ai_w(p);
}

static bool new_dest(size_t sz, dest *d, ai_chunk **frag) {
  *frag = NULL;
  d->c = NULL;
  if (sz == 0) return true;
  d->c = ai_chunk_new(sz, AI_CHUNK_FRAGMENT);
  if (!d->c) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return false;
  }
  d->pos = d->c->data;
  *frag = d->c;
  return true;
}

bool ai_msg_copy(ai_word w, ai_word *out, ai_chunk **frag) {
  size_t sz = 0;
  if (!size_of(w, &sz)) return false;
  dest d;
  if (!new_dest(sz, &d, frag)) return false;
  *out = sz ? copy(w, &d) : w;
  return true;
}

bool ai_msg_copy_n(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag);
bool ai_msg_copy_n(const ai_word *ws, int64_t n, ai_word *out, ai_chunk **frag) {
  size_t sz = 0;
  for (int64_t i = 0; i < n; i++)
    if (!size_of(ws[i], &sz)) return false;
  dest d;
  if (!new_dest(sz, &d, frag)) return false;
  for (int64_t i = 0; i < n; i++) out[i] = sz ? copy(ws[i], &d) : ws[i];
  return true;
}

bool ai_msg_build_down(ai_word ref, ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag) {
  size_t sz = R16(sizeof(AiDown)) + R16(sizeof(AiPid));
  if (!size_of(reason, &sz)) {
    ai_exc_clear();
    reason = ai_actor_reason_normal();
  }
  dest d;
  if (!new_dest(sz, &d, frag)) return false;
  AiDown *p = take(&d, sizeof(AiDown));
  AiPid *pp = take(&d, sizeof(AiPid));
  pp->ob.type = &ai_type_pid;
  pp->pid = who;
  p->ob.type = &ai_type_down;
  p->ref = ref;
  p->pid = ai_w(pp);
  p->reason = copy(reason, &d);
  *out = ai_w(p);
  return true;
}

bool ai_msg_build_exit(ai_pid who, ai_word reason, ai_word *out, ai_chunk **frag) {
  size_t sz = R16(sizeof(AiExitMsg)) + R16(sizeof(AiPid));
  if (!size_of(reason, &sz)) return false;
  dest d;
  if (!new_dest(sz, &d, frag)) return false;
  AiExitMsg *p = take(&d, sizeof(AiExitMsg));
  AiPid *pp = take(&d, sizeof(AiPid));
  pp->ob.type = &ai_type_pid;
  pp->pid = who;
  p->ob.type = &ai_type_exit_msg;
  p->pid = ai_w(pp);
  p->reason = copy(reason, &d);
  *out = ai_w(p);
  return true;
}
