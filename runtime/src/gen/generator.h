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

#endif
