/* exc/exception.h — pending exception state (thread-local), raising helpers,
 * recursion guard and the built-in exception hierarchy. */
#ifndef AI_EXC_EXCEPTION_H
#define AI_EXC_EXCEPTION_H

#include "obj/object.h"

#include <stdarg.h>

typedef struct ai_tb_entry ai_tb_entry;

/* An exception instance (every exception type, built-in or user-defined,
 * starts with this layout).
 *   msg      str(e) as a str word, or 0: no arguments / not computed yet
 *            (ai_raise(type, "text") sets it directly);
 *   args     the args tuple word, or 0: then it is (msg,) or () (lazily);
 *   cause    __cause__: 0 unset, an exception word, or None's word;
 *   context  __context__: 0 or an exception word;
 *   tb/ntb   the traceback saved by ai_exc_fetch (ai_alloc'd array of ntb
 *            entries, innermost first; its pointers are to static strings).
 *   dict     attributes a user exception class sets on its instances, or 0.
 * GC layout: msg, args, cause, context, dict are words; tb a raw buffer. */
typedef struct AiException {
  AiObject ob;
  ai_word msg;
  ai_word args;
  ai_word cause;
  ai_word context;
  ai_tb_entry *tb;
  int64_t ntb;
  bool suppress_context;
  ai_word dict; /* attributes set by user exception classes (self.code = ...): a dict word, or 0 */
} AiException;

#define AI_RECURSION_LIMIT 1000

/* Raise with a printf-formatted message. */
void ai_raise_fmt(const AiType *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The pending exception object, or NULL. */
AiException *ai_exc_current(void);
/* The exception being handled (sys.exc_info()), 0 when none: implicit
 * chaining sets it as the __context__ of every new exception. */
ai_word ai_exc_handled(void);
/* Makes `exc` the pending exception (no traceback change). */
void ai_exc_set_pending_obj(AiException *e);
/* Current recursion depth (the module frame counts as 1 while ai_main runs). */
int ai_recursion_depth_get(void);
void ai_recursion_depth_set(int depth);
int ai_recursion_limit_get(void);

#endif
