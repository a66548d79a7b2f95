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
 *     still frees it (benchmarks disable gc around their timed loops);
 *   - is_tracked(x) answers as CPython's collector would for a new object:
 *     atomic values (numbers, strs, bytes, ranges, built-in types) are never
 *     tracked, a dict only once it holds something that may be, a tuple unless
 *     empty, everything else always. CPython also untracks tuples and dicts of
 *     atomic values when a collection sees them, and never untracks a dict
 *     again; those later changes are not followed here.
 */
#include "aithon_stdlib.h"

#include "exc/exception.h"
#include "gc/gc.h"
#include "mem/heap.h"
#include "obj/object.h"
#include "obj/complex.h"
#include "obj/containers.h"
#include "obj/singletons.h"
#include "obj/userclass.h"

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

/* Values CPython's collector never tracks (not GC types, or static built-in types). */
static bool is_atomic(ai_word w) {
  if (ai_is_small(w) || ai_is_none(w) || ai_is_bool(w) || ai_is_int(w) || ai_is_float(w) || ai_is_str(w)) return true;
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_bytes || t == &ai_type_bytearray || t == &ai_type_complex || t == &ai_type_range) return true;
  return t == &ai_type_type && !ai_class_object_is_compiled(w);
}

/* CPython's _PyObject_GC_MAY_BE_TRACKED: a GC object, a tuple only when tracked (not empty). */
static bool may_be_tracked(ai_word w) {
  if (is_atomic(w)) return false;
  if (ai_is_tuple(w)) return ai_as_tuple(w)->len > 0;
  return true;
}

bool ai_gc_py_is_tracked(ai_word w) {
  if (is_atomic(w)) return false;
  if (ai_is_tuple(w)) return ai_as_tuple(w)->len > 0;
  if (ai_has_type(w, &ai_type_dict)) {
    /* a new dict is untracked until something that may be tracked goes in (MAINTAIN_TRACKING) */
    AiDict *d = ai_as_dict(w);
    for (int64_t i = 0; i < d->nentries; i++)
      if (d->entries[i].key && (may_be_tracked(d->entries[i].key) || may_be_tracked(d->entries[i].value))) return true;
    return false;
  }
  return true;
}
