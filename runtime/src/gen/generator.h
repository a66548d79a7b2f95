/*
 * gen/generator.h — Python generators as coroutines on green stacks.
 *
 * A generator's body is an ordinary compiled function running on a stack of
 * its own (platform/stack.h); `yield` switches back to whoever resumed it
 * (platform/context.h), and the next resume switches in again. The public ABI
 * (ai_gen_new / ai_gen_next / ai_gen_yield / ai_gen_send) is in aithon.h.
 */
#ifndef AI_GEN_GENERATOR_H
#define AI_GEN_GENERATOR_H

#include "aithon.h"

extern const AiType ai_type_generator;

static inline bool ai_is_generator(ai_word w) { return !(w & 1) && ((AiObject *)(intptr_t)w)->type == &ai_type_generator; }

/* A thread's generator state: the generator whose body runs now (NULL: none)
 * and the suspended stacks of its resumers, which the collector scans
 * (ai_gc_extra_stacks). Both are thread-local, so an actor switched out
 * inside a generator's body (at a receive, or preempted at a reduction)
 * takes them along and the next actor on that worker starts with none, as
 * the scheduler does with the recursion depth (sched.c). generator.c reads
 * them through never-inlined accessors, so the actor may resume on another
 * thread. */
typedef struct ai_gen_state {
  void *running;
  void *stacks;
} ai_gen_state;
/* Returns this thread's state and leaves it empty. */
ai_gen_state ai_gen_state_take(void);
void ai_gen_state_put(ai_gen_state s);

#endif
