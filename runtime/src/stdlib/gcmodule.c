/*
 * stdlib/gcmodule.c — the gc module over the runtime's tracing collector
 * (gc/gc.c).
 *
 * CPython frees most objects by reference counting and its gc module only
 * controls the extra collector of reference cycles. Here one tracing collector
 * frees everything, cycles included, so:
 *   - collect() runs a full collection of the current heap and returns how
 *     many objects (allocated blocks) it freed; CPython counts the unreachable
 *     objects of its cycle collector, which is a different number;
 *   - disable()/enable() only switch the flag isenabled() reports: stopping
 *     the collector would let memory grow where CPython's reference counting
 *     still frees it (benchmarks disable gc around their timed loops).
 */
#include "aithon_stdlib.h"

#include "exc/exception.h"
#include "gc/gc.h"
#include "mem/heap.h"
#include "obj/object.h"
#include "obj/singletons.h"

static _Thread_local bool gc_enabled_flag = true;

ai_word ai_gc_py_collect(ai_word generation) {
  /* absent (a zero word): the full collection, generation 2 */
  if (generation && (!ai_is_small(generation) || ai_small_val(generation) < 0 || ai_small_val(generation) > 2)) {
    ai_raise(&ai_exc_ValueError, "invalid generation");
    return 0;
  }
  ai_gc_collect_now();
  return ai_small((int64_t)ai_heap_current()->nfreed);
}

void ai_gc_py_enable(void) { gc_enabled_flag = true; }

void ai_gc_py_disable(void) { gc_enabled_flag = false; }

bool ai_gc_py_isenabled(void) { return gc_enabled_flag; }
