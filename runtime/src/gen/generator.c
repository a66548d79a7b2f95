/*
 * gen/generator.c — generators on green stacks (see generator.h).
 *
 * Layout (for the collector): the object holds `frame` (a word: the tuple of
 * the arguments) and `value` (the word last yielded, sent or returned); the
 * suspended stack between stack_lo and the saved sp holds more roots.
 */
#include "gen/generator.h"
#include "obj/ext.h"

extern const AiExtSlots ai_generator_slots;

#include "exc/exception.h"
#include "gc/gc.h"
#include "mem/heap.h"
#include "obj/containers.h"
#include "obj/object.h"
#include "obj/userclass.h"
#include "platform/context.h"
#include "platform/stack.h"

#include <pthread.h>
#include <stdlib.h>

const AiType ai_type_generator = {"generator", NULL};

enum gen_state { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct AiGen {
  AiObject ob;
  ai_ctx ctx;          /* the generator's own context */
  ai_ctx resumer;      /* where a yield or the end switches back to */
  char *stack;         /* base of its stack (guard page first), NULL once freed */
  ai_word (*body)(ai_word frame);
  ai_word frame;
  ai_word value;
  int state;
  bool raised;         /* the body ended with an exception (pending again in the resumer) */
  int depth;           /* recursion depth of the body's own frames while suspended */
  struct AiGen *outer; /* the generator that resumed this one (nested generators) */
  ai_stack_range *resumer_range; /* the resumer's stack, scanned while the body runs */
  ai_word thrown;      /* gen.throw(e): raised at the pending yield when it resumes, 0 otherwise */
  ai_word handled;     /* the exception its body was handling when it last yielded (0: none) */
  bool started;        /* has yielded once: `handled` is its own, not inherited from a resumer */
} AiGen;

/* A suspended generator's stack holds roots: the collector scans it through
 * the generator object (a running one's stack is the current stack). */
static void gen_trace(const void *obj, ai_gc *gc) {
  const AiGen *g = obj;
  ai_gc_mark(gc, g->frame);
  ai_gc_mark(gc, g->value);
  ai_gc_mark(gc, g->thrown);
  ai_gc_mark(gc, g->handled);
  if (g->state == 1 /* GEN_SUSPENDED */ && g->stack) {
    ai_gc_mark_stack(gc, g->ctx.sp, g->stack + ai_stack_size());
  }
}

/* The generator whose body runs on this thread.
 *
 * This file reads and writes its thread-locals (this one, the collector's
 * extra stacks, the recursion depth, the exception state) only through the
 * never-inlined accessors below. An actor may be preempted or wait inside a
 * generator's body and resume on another worker thread; the scheduler then
 * moves this state to that thread (ai_gen_state_take/put). But LLVM treats a
 * thread-local's address as constant within a function, so a function
 * inlined (under LTO) around a switch could compute the address once before
 * it and use the old worker's after it. A call computes it afresh, and no
 * call is merged across the switch (an opaque call that may write memory). */
static AI_TLS AiGen *current;

#define TLS_ACCESSOR __attribute__((noinline))
static TLS_ACCESSOR AiGen *gen_current(void) { return current; }
static TLS_ACCESSOR void gen_set_current(AiGen *g) { current = g; }
static TLS_ACCESSOR ai_stack_range *extra_stacks(void) { return ai_gc_extra_stacks; }
static TLS_ACCESSOR void set_extra_stacks(ai_stack_range *r) { ai_gc_extra_stacks = r; }
static TLS_ACCESSOR int depth_get(void) { return ai_recursion_depth_get(); }
static TLS_ACCESSOR void depth_set(int d) { ai_recursion_depth_set(d); }
static TLS_ACCESSOR ai_word handled_get(void) { return ai_exc_handled(); }
static TLS_ACCESSOR void handled_set(ai_word w) { ai_exc_set_handled(w); }
static TLS_ACCESSOR bool exc_pending(void) { return ai_exc_pending(); }
static TLS_ACCESSOR ai_heap *heap_current(void) { return ai_heap_current(); }

/* The scheduler's side (every actor switch): no switch comes between these
 * accesses and the end of the call, so they need no accessors. */
ai_gen_state ai_gen_state_take(void) {
  ai_gen_state s = {current, ai_gc_extra_stacks};
  current = NULL;
  ai_gc_extra_stacks = NULL;
  return s;
}

void ai_gen_state_put(ai_gen_state s) {
  current = s.running;
  ai_gc_extra_stacks = s.stacks;
}

static void gen_main(void *arg) {
  AiGen *g = arg;
  ai_ctx_entered();
  g->resumer_range->lo = g->resumer.sp;
  ai_word r = g->body(g->frame);
  g->raised = (r == 0) && exc_pending();
  g->value = r;
  g->state = GEN_DONE;
  gen_set_current(g->outer);
  ai_ctx_switch_final(&g->ctx, &g->resumer);
}

static void register_generator_type(void) {
  ai_gc_register(&ai_type_generator, gen_trace);
  ai_ext_register(&ai_generator_slots);
}

ai_word ai_gen_new(ai_word (*body)(ai_word frame), ai_word frame) {
  /* once per process: actors on several workers may make their first
   * generators at the same time */
  static pthread_once_t registered = PTHREAD_ONCE_INIT;
  pthread_once(&registered, register_generator_type);
  AiGen *g = ai_alloc(sizeof *g);
  if (!g) return 0;
  g->ob.type = &ai_type_generator;
  g->body = body;
  g->frame = frame;
  g->state = GEN_CREATED;
  return (ai_word)(intptr_t)g;
}

static void release_stack(AiGen *g) {
  if (g->stack) {
    ai_ctx_destroy(&g->ctx);
    ai_stack_free(g->stack);
    g->stack = NULL;
  }
}

/* The collector found the generator dead (or its heap is destroyed): its stack goes back to the pool. Its frames
 * are dropped without running their `finally` blocks (CPython would raise GeneratorExit in them). */
static void release_dead_generator(void *obj) {
  AiGen *g = obj;
  release_stack(g);
  g->state = GEN_DONE;
}

/* Resumes the generator with `sent` as the value of its pending yield. */
static bool resume(AiGen *g, ai_word sent, ai_word *out) {
  if (g->state == GEN_RUNNING) {
    ai_raise(&ai_exc_ValueError, "generator already executing");
    return false;
  }
  if (g->state == GEN_DONE) return false; /* exhausted: StopIteration, no exception */
  if (g->state == GEN_CREATED) {
    g->stack = ai_stack_alloc();
    if (!g->stack) {
      ai_raise(&ai_exc_MemoryError, NULL);
      return false;
    }
    ai_ctx_make(&g->ctx, g->stack + AI_STACK_GUARD, ai_stack_size() - AI_STACK_GUARD, gen_main, g);
    g->depth = 0;
    ai_heap_track(ai_heap_current(), g, release_dead_generator);
  }
  /* The body's frames count towards the recursion limit only while it runs,
   * and resuming it past the limit raises RecursionError as CPython's does
   * (a chain of generators each resuming the next would otherwise never
   * enter a new function, where the limit is checked). */
  int base = depth_get();
  if (AI_UNLIKELY(base + g->depth > ai_recursion_limit_get())) {
    ai_raise(&ai_exc_RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  g->value = sent;
  g->state = GEN_RUNNING;
  g->outer = gen_current();
  gen_set_current(g);
  depth_set(base + g->depth);
  /* For the collector: the body runs on its own stack, and the resumer's
   * stack (from its saved sp, set by the body once switched in) stays live.
   * (The heap is the actor's, whichever thread it resumes on.) */
  ai_heap *h = heap_current();
  char *prev_hi = h->stack_hi;
  ai_stack_range range = {NULL, ai_gc_stack_hi(h), extra_stacks()};
  g->resumer_range = &range;
  set_extra_stacks(&range);
  h->stack_hi = g->stack + ai_stack_size();
  /* Each generator has its own "exception being handled" (CPython's
   * gi_exc_state): coroutines suspended inside `except` blocks interleave. */
  ai_word resumer_handled = handled_get();
  if (g->started) handled_set(g->handled ? g->handled : AI_NONE_W);
  ai_ctx_switch(&g->resumer, &g->ctx);
  /* Perhaps on another thread now (the body was preempted or waited). */
  g->handled = handled_get();
  g->started = true;
  handled_set(resumer_handled ? resumer_handled : AI_NONE_W);
  set_extra_stacks(range.next);
  h->stack_hi = prev_hi;
  int after = depth_get();
  depth_set(base);
  if (g->state == GEN_DONE) {
    release_stack(g);
    return false; /* returned (StopIteration), or raised: its exception is pending */
  }
  g->depth = after - base;
  g->state = GEN_SUSPENDED;
  *out = g->value;
  return true;
}

bool ai_gen_next(ai_word gen, ai_word *out) { return resume((AiGen *)(intptr_t)gen, AI_NONE_W, out); }

bool ai_gen_send(ai_word gen, ai_word value, ai_word *out) {
  AiGen *g = (AiGen *)(intptr_t)gen;
  if (g->state == GEN_CREATED && value != AI_NONE_W) {
    ai_raise(&ai_exc_TypeError, "can't send non-None value to a just-started generator");
    return false;
  }
  return resume(g, value, out);
}

/* Switches back to the generator's resumer with `value`; true when resumed by
 * throw() (the exception is then taken from g->thrown by the caller). */
static bool suspend(AiGen *g, ai_word value) {
  g->value = value;
  gen_set_current(g->outer);
  ai_ctx_switch(&g->ctx, &g->resumer);
  /* resumed (perhaps by another caller): its stack is the one to keep scanned */
  g->resumer_range->lo = g->resumer.sp;
  return g->thrown != 0;
}

static ai_word take_thrown(AiGen *g) {
  ai_word exc = g->thrown;
  g->thrown = 0;
  return exc;
}

ai_word ai_gen_yield(ai_word value) {
  AiGen *g = gen_current();
  if (!g) {
    ai_raise(&ai_exc_RuntimeError, "yield outside a running generator");
    return 0;
  }
  if (suspend(g, value)) {
    ai_raise_obj(take_thrown(g), 0);
    return 0;
  }
  return g->value;
}

ai_word ai_gen_suspend(ai_word gen, ai_word value) {
  AiGen *g = gen_current();
  if (!g || ai_w(g) != gen) {
    ai_raise(&ai_exc_RuntimeError,
             "unsupported: a blocking call inside a generator's body that runs in a thread (the thread cannot be suspended there)");
    return 0;
  }
  return ai_gen_yield(value);
}

bool ai_gen_throw(ai_word gen, ai_word exc, ai_word *out) {
  AiGen *g = (AiGen *)(intptr_t)gen;
  const AiType *cls = ai_class_object_class(exc);
  if (cls && ai_type_is_subtype(cls, &ai_exc_BaseException)) {
    /* throw(ValueError): CPython raises ValueError() */
    exc = ai_call_object(exc, 0, NULL);
    if (!exc) return false;
  }
  if (!ai_is_exception(exc)) {
    ai_raise(&ai_exc_TypeError, "exceptions must be classes or instances deriving from BaseException");
    return false;
  }
  if (g->state == GEN_RUNNING) {
    ai_raise(&ai_exc_ValueError, "generator already executing");
    return false;
  }
  if (g->state != GEN_SUSPENDED) {
    /* Not started (it never will be now) or finished: raised in the caller. */
    g->state = GEN_DONE;
    ai_raise_obj(exc, 0);
    return false;
  }
  g->thrown = exc;
  return resume(g, AI_NONE_W, out);
}

ai_word ai_yield_from_step(ai_word it, ai_word out) {
  AiGen *g = gen_current();
  if (!g) {
    ai_raise(&ai_exc_RuntimeError, "yield outside a running generator");
    return 0;
  }
  if (suspend(g, out)) {
    ai_word exc = take_thrown(g);
    /* CPython passes a thrown exception on to the inner generator (the
     * coroutine an `await` is waiting on); other iterators have no throw(). */
    if (!ai_is_generator(it)) {
      ai_raise_obj(exc, 0);
      return 0;
    }
    ai_word next;
    if (ai_gen_throw(it, exc, &next)) return next;
    return exc_pending() ? 0 : it;
  }
  return ai_yield_from_next(it, g->value);
}

/* gen.close() without GeneratorExit: the suspended body's frames are
 * dropped and its stack goes back to the pool (recursion depth is saved per
 * resume, so nothing else refers to them). The compiler closes generator
 * expressions it created once the loop or any()/all() over them is done
 * (they have no finally blocks to run); without this, an abandoned
 * generator keeps its stack, as there are no finalizers. */
void ai_gen_close(ai_word gen) {
  if (!ai_is_generator(gen)) return;
  AiGen *g = (AiGen *)(intptr_t)gen;
  if (g->state == GEN_RUNNING) return;
  if (g->state == GEN_SUSPENDED) release_stack(g);
  g->state = GEN_DONE;
  g->value = 0; /* the last value it yielded is not a return value */
}

ai_word ai_gen_take_return(ai_word gen) {
  if (!ai_is_generator(gen)) return AI_NONE_W;
  AiGen *g = (AiGen *)(intptr_t)gen;
  if (g->state != GEN_DONE || g->raised || !g->value) return AI_NONE_W;
  ai_word v = g->value;
  g->value = 0; /* only the first StopIteration carries it, as in CPython */
  return v;
}

ai_word ai_coro_take_return(ai_word gen) {
  if (!ai_is_generator(gen)) return AI_NONE_W;
  AiGen *g = (AiGen *)(intptr_t)gen;
  if (g->state != GEN_DONE || g->raised || !g->value) {
    ai_raise(&ai_exc_RuntimeError, "cannot reuse already awaited coroutine");
    return 0;
  }
  ai_word v = g->value;
  g->value = 0;
  return v;
}

ai_word ai_yield_from_next(ai_word it, ai_word sent) {
  ai_word out;
  bool more = ai_is_generator(it) ? ai_gen_send(it, sent, &out) : ai_iter_next(it, &out);
  if (more) return out;
  return exc_pending() ? 0 : it;
}

void ai_raise_stop_iteration(ai_word it) {
  ai_word v = ai_gen_take_return(it);
  if (v == AI_NONE_W) {
    ai_raise(&ai_exc_StopIteration, NULL);
    return;
  }
  /* StopIteration(v): one argument, even when v is a tuple (ai_exc_new takes a tuple as the args). */
  ai_word args = ai_tuple_new(1, &v);
  ai_word exc = args ? ai_exc_new(&ai_exc_StopIteration, args) : 0;
  if (exc) ai_raise_obj(exc, 0);
}

static ai_word gen_send_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("send", kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "generator.send() takes exactly one argument (%lld given)", (long long)nargs);
    return 0;
  }
  ai_word out;
  if (ai_gen_send(self, args[0], &out)) return out;
  if (!exc_pending()) ai_raise_stop_iteration(self);
  return 0;
}

static ai_word gen_throw_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("throw", kwnames)) return 0;
  if (nargs != 1) {
    ai_raise_fmt(&ai_exc_TypeError, "throw expected 1 argument, got %lld", (long long)nargs);
    return 0;
  }
  ai_word out;
  if (ai_gen_throw(self, args[0], &out)) return out;
  if (!exc_pending()) ai_raise_stop_iteration(self);
  return 0;
}

/* gen.close() as the program calls it, as CPython runs it: GeneratorExit is raised at the yield
 * the body is suspended at, so its finally blocks and with-exits run. The body ending, or
 * raising GeneratorExit or StopIteration, closes it; another exception propagates to the caller;
 * a body that yields again is a RuntimeError. (ai_gen_close, which drops the body without
 * running it, is for the generator expressions the compiler abandons: they have no finally.) */
static ai_word gen_close_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("close", kwnames)) return 0;
  if (nargs != 0) {
    ai_raise_fmt(&ai_exc_TypeError, "generator.close() takes no arguments (%lld given)", (long long)nargs);
    return 0;
  }
  AiGen *g = (AiGen *)(intptr_t)self;
  if (g->state == GEN_RUNNING) {
    ai_raise(&ai_exc_ValueError, "generator already executing");
    return 0;
  }
  if (g->state != GEN_SUSPENDED) {
    ai_gen_close(self);
    return AI_NONE_W;
  }
  ai_word exit = ai_exc_new(&ai_exc_GeneratorExit, ai_tuple_new(0, NULL));
  if (!exit) return 0;
  ai_word yielded;
  if (ai_gen_throw(self, exit, &yielded)) {
    ai_gen_close(self);
    ai_raise(&ai_exc_RuntimeError, "generator ignored GeneratorExit");
    return 0;
  }
  if (exc_pending()) {
    if (!ai_exc_matches(&ai_exc_GeneratorExit) && !ai_exc_matches(&ai_exc_StopIteration)) return 0;
    ai_exc_clear();
  }
  return AI_NONE_W;
}

/* A generator expression the program lets go of, whose body has handlers (one closes the generator it
 * reads, generator-loops.ts): closed as gen.close() is, so they run, as CPython's freeing of it does.
 * None, or 0 with an exception from the body. */
ai_word ai_gen_close_exit(ai_word gen) {
  if (!ai_is_generator(gen)) return AI_NONE_W;
  return gen_close_method(gen, 0, NULL, 0);
}

/* coro.__await__(): a coroutine is a generator here, its own iterator. */
static ai_word gen_await_method(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("__await__", kwnames)) return 0;
  if (nargs != 0) {
    ai_raise_fmt(&ai_exc_TypeError, "__await__() takes no arguments (%lld given)", (long long)nargs);
    return 0;
  }
  return self;
}

static const ai_method_def gen_methods[] = {{"send", gen_send_method}, {"throw", gen_throw_method}, {"close", gen_close_method}, {"__await__", gen_await_method}, {NULL, NULL}};
const AiExtSlots ai_generator_slots = {.type = &ai_type_generator, .methods = gen_methods};
