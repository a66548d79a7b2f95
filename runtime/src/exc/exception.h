/* exc/exception.h — pending exception state (thread-local), raising helpers,
 * recursion guard and the built-in exception hierarchy. */
#ifndef AI_EXC_EXCEPTION_H
#define AI_EXC_EXCEPTION_H

#include "obj/object.h"

#include <stdarg.h>

/* An exception instance. `msg` is a str word, or 0 for no arguments. */
typedef struct AiException {
  AiObject ob;
  ai_word msg;
} AiException;

#define AI_RECURSION_LIMIT 1000

/* Raise with a printf-formatted message. */
void ai_raise_fmt(const AiType *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The pending exception object, or NULL. */
AiException *ai_exc_current(void);
/* Current recursion depth (the module frame counts as 1 while ai_main runs). */
int ai_recursion_depth_get(void);
void ai_recursion_depth_set(int depth);

#endif
