/* obj/singletons.h — built-in type objects and the None/True/False singletons. */
#ifndef AI_OBJ_SINGLETONS_H
#define AI_OBJ_SINGLETONS_H

#include "obj/object.h"

static inline ai_word ai_bool_word(bool b) { return b ? AI_TRUE_W : AI_FALSE_W; }

#endif
