/*
 * gc/gc.h — per-actor tracing garbage collection.
 *
 * Each actor collects its own heap (mem/heap.h), on its own stack, when its
 * allocation since the last collection exceeds a step set by the live bytes
 * the last one left (max(512 KiB, live) up to 2 MiB live, then 1 MiB + live/2;
 * gc.c ai_gc_step): a non-moving mark & sweep. Nothing is shared between heaps, so a collection
 * never stops or even synchronises with another actor.
 *
 * Roots, all scanned conservatively (any word that points into one of this
 * heap's chunks or large objects keeps the object it points into alive,
 * interior pointers included):
 *   - the owner's stack from the current stack pointer to its top, with the
 *     callee-saved registers pushed first (caller-saved ones are dead at the
 *     ai_alloc call that triggers a collection);
 *   - the writable data segments (.data/.bss) of the executable the runtime
 *     is linked into (module globals), and the calling thread's TLS block of
 *     that module (the runtime's thread-locals, e.g. exception state);
 *   - the pending exception;
 *   - the owner's extra roots (ai_heap.roots: received-but-unmatched
 *     messages, spawn arguments).
 *
 * Children of a marked object are found through the per-type trace function
 * registry below. The CONVENTION for every object type:
 *   - an object allocated with ai_alloc starts with AiObject {type, gc} (a
 *     float box with `type` only, aithon.h AiFloat); the
 *     collector reads `type` to find the trace function (`gc` is unused);
 *   - register once (e.g. from a constructor function or the type's init):
 *         ai_gc_register(&ai_type_list, list_trace);
 *     where  void list_trace(const void *obj, ai_gc *gc)  calls
 *         ai_gc_mark(gc, word)         for every ai_word field (any word: small
 *                                      ints, static objects and other heaps'
 *                                      pointers are ignored), and
 *         ai_gc_mark_buffer(gc, ptr)   for a raw block it allocated with
 *                                      ai_alloc (e.g. the item array of a list):
 *                                      the block is kept and scanned
 *                                      conservatively (every word as a possible
 *                                      pointer);
 *     or pass AI_GC_LEAF for a type without pointers (str, float, int);
 *   - a type that is NOT registered is scanned conservatively over its whole
 *     extent, which is always safe (just less precise): registering is an
 *     optimisation, never a requirement for correctness;
 *   - a trace function must not allocate, raise or switch actors.
 *   - memory from malloc is invisible to the collector: heap objects must be
 *     referenced from heap objects, the stack or globals.
 */
#ifndef AI_GC_GC_H
#define AI_GC_GC_H

#include "mem/heap.h"
#include "obj/object.h"

typedef struct ai_gc ai_gc;
typedef void (*ai_gc_trace_fn)(const void *obj, ai_gc *gc);

#define AI_GC_LEAF ((ai_gc_trace_fn)(uintptr_t)1)

/* Registers the trace function of a type (thread-safe; re-registering replaces). */
void ai_gc_register(const AiType *type, ai_gc_trace_fn trace);
/* From a trace function: marks the object a word refers to. */
void ai_gc_mark(ai_gc *gc, ai_word w);
/* From a trace function: keeps a raw ai_alloc'd block and scans it conservatively. */
void ai_gc_mark_buffer(ai_gc *gc, const void *p);

/* From a trace function: keeps a raw ai_alloc'd block without scanning it
 * (the trace function marks the words it holds itself, or it holds none). */
void ai_gc_keep_block(ai_gc *gc, const void *p);

/* Collects heap `h` now. Must be called by h's owner on its own stack (h is
 * ai_current_heap); ai_alloc calls it when due. */
void ai_gc_collect(ai_heap *h);

/* From a trace function: the words of a suspended stack [lo, hi) (a generator's), marked as the collector marks
 * its roots: conservatively, and remembering the tuples they point to, which code running on that stack may still
 * be filling (see "young generation" in gc.c). */
void ai_gc_mark_stack(ai_gc *gc, const void *lo, const void *hi);

/* Collects heap `h` now, the whole heap (full) or, with AITHON_GC_GENERATIONAL=1, only what was allocated since
 * the last collection (young) when the policy in gc.c allows; ai_gc_collect chooses by that policy. Must be called
 * by h's owner on its own stack. */
void ai_gc_collect_kind(ai_heap *h, bool full);
/* True when collections of this process are generational (AITHON_GC_GENERATIONAL=1, read once). */
bool ai_gc_generational(void);
/* How many of h's collections were young ones. */
uint32_t ai_gc_young_collections(const ai_heap *h);
/* Turns the generational mode on or off for the process (tests; the environment sets it otherwise). */
void ai_gc_set_generational(bool on);
/* Frees the young generation's state of a heap (ai_heap_destroy). */
void ai_gc_gen_free(ai_heap *h);

/* ---- the write barrier of dicts and sets (generational mode; gc.c "young generation")
 * A dict or set (exactly ai_type_dict / ai_type_set) that a collection found live carries AI_GC_OLD in its `gc`
 * word. Storing a reference into an old one logs the reference (a root of the next young collection); replacing
 * or refilling its table in bulk logs the object itself (traced whole by the next young collection, flag
 * AI_GC_DIRTY until then). Every store of a key or value into a dict's entries or a set's table goes through
 * these (obj/dict.c, obj/set.c); other objects need none (a young collection traces every old one again). */
#define AI_GC_OLD ((uint64_t)1 << 62)
#define AI_GC_DIRTY ((uint64_t)1 << 63)
void ai_gc_wb_slow(AiObject *o, ai_word w);
/* `w` was stored into the table of dict/set `obj`. */
static inline void ai_gc_wb_store(void *obj, ai_word w) {
  AiObject *o = obj;
  if (AI_UNLIKELY((o->gc & (AI_GC_OLD | AI_GC_DIRTY)) == AI_GC_OLD) && w && !(w & 1)) ai_gc_wb_slow(o, w);
}
/* The table of dict/set `obj` was replaced or filled without ai_gc_wb_store. */
static inline void ai_gc_wb_table(void *obj) {
  AiObject *o = obj;
  if (AI_UNLIKELY((o->gc & (AI_GC_OLD | AI_GC_DIRTY)) == AI_GC_OLD)) ai_gc_wb_slow(o, 0);
}

/* A suspended stack region [lo, hi) to scan as roots (see gen/generator.c). */
typedef struct ai_stack_range {
  const char *lo, *hi;
  struct ai_stack_range *next;
} ai_stack_range;
extern _Thread_local ai_stack_range *ai_gc_extra_stacks __attribute__((tls_model("initial-exec")));
/* Top of the stack the current code of `h`'s owner runs on. */
char *ai_gc_stack_hi(ai_heap *h);
/* Collects the current heap (for tests and `gc.collect()`). */
void ai_gc_collect_now(void);

#endif
