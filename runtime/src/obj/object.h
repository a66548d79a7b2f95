/*
 * obj/object.h — internal object model shared by every runtime file.
 *
 * Defines `struct AiType` (opaque in aithon.h), the tagged-word helpers and
 * the dynamic-dispatch (ai_obj_*) internals.
 */
#ifndef AI_OBJ_OBJECT_H
#define AI_OBJ_OBJECT_H

#include "aithon.h"

#include <string.h>

/* A type object. Built-in types and exception classes are static constants;
 * `base` gives single inheritance (bool -> int, ZeroDivisionError ->
 * ArithmeticError -> Exception -> BaseException). */
struct AiType {
  const char *name;
  const AiType *base;
};

#define AI_LIKELY(x) __builtin_expect(!!(x), 1)
#define AI_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define AI_COLD __attribute__((noinline, cold))
/* initial-exec TLS: cheap in PIC code, relaxed to local-exec in executables. */
#define AI_TLS _Thread_local __attribute__((tls_model("initial-exec")))

#define AI_SMALL_MAX ((int64_t)0x3fffffffffffffffLL)
#define AI_SMALL_MIN (-AI_SMALL_MAX - 1)

static inline bool ai_is_small(ai_word w) { return (w & 1) != 0; }
static inline int64_t ai_small_val(ai_word w) { return w >> 1; }
static inline ai_word ai_small(int64_t v) { return (ai_word)(((uint64_t)v << 1) | 1u); }
static inline bool ai_fits_small(int64_t v) { return v >= AI_SMALL_MIN && v <= AI_SMALL_MAX; }
static inline AiObject *ai_obj(ai_word w) { return (AiObject *)(intptr_t)w; }
static inline ai_word ai_w(const void *p) { return (ai_word)(intptr_t)p; }

#define AI_NONE_W (ai_w(&ai_None))
#define AI_TRUE_W (ai_w(&ai_True))
#define AI_FALSE_W (ai_w(&ai_False))

static inline bool ai_is_bool(ai_word w) { return !ai_is_small(w) && ai_obj(w)->type == &ai_type_bool; }
static inline bool ai_is_int(ai_word w) { return ai_is_small(w) || ai_obj(w)->type == &ai_type_int; }
static inline bool ai_is_float(ai_word w) { return !ai_is_small(w) && ai_obj(w)->type == &ai_type_float; }
static inline bool ai_is_str(ai_word w) { return !ai_is_small(w) && ai_obj(w)->type == &ai_type_str; }
static inline bool ai_is_none(ai_word w) { return w == AI_NONE_W; }
static inline AiStr *ai_as_str(ai_word w) { return (AiStr *)(intptr_t)w; }

/* True when `t` is `base` or derives from it. */
bool ai_type_is_subtype(const AiType *t, const AiType *base);

#endif
