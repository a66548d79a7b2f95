/* exc/exception.c — pending exception, ai_raise, recursion guard, and the
 * built-in exception classes. */
#include "exc/exception.h"

#include "exc/traceback.h"
#include "obj/containers.h"

#include <stdio.h>
#include <stdlib.h>

/* ---- the hierarchy (as CPython's builtins) */
const AiType ai_exc_BaseException = {"BaseException", NULL};
const AiType ai_exc_Exception = {"Exception", &ai_exc_BaseException};
const AiType ai_exc_ArithmeticError = {"ArithmeticError", &ai_exc_Exception};
const AiType ai_exc_ZeroDivisionError = {"ZeroDivisionError", &ai_exc_ArithmeticError};
const AiType ai_exc_OverflowError = {"OverflowError", &ai_exc_ArithmeticError};
const AiType ai_exc_LookupError = {"LookupError", &ai_exc_Exception};
const AiType ai_exc_IndexError = {"IndexError", &ai_exc_LookupError};
const AiType ai_exc_KeyError = {"KeyError", &ai_exc_LookupError};
const AiType ai_exc_ValueError = {"ValueError", &ai_exc_Exception};
const AiType ai_exc_TypeError = {"TypeError", &ai_exc_Exception};
const AiType ai_exc_NameError = {"NameError", &ai_exc_Exception};
const AiType ai_exc_UnboundLocalError = {"UnboundLocalError", &ai_exc_NameError};
const AiType ai_exc_AttributeError = {"AttributeError", &ai_exc_Exception};
const AiType ai_exc_RuntimeError = {"RuntimeError", &ai_exc_Exception};
const AiType ai_exc_RecursionError = {"RecursionError", &ai_exc_RuntimeError};
const AiType ai_exc_NotImplementedError = {"NotImplementedError", &ai_exc_RuntimeError};
const AiType ai_exc_AssertionError = {"AssertionError", &ai_exc_Exception};
const AiType ai_exc_MemoryError = {"MemoryError", &ai_exc_Exception};
const AiType ai_exc_StopIteration = {"StopIteration", &ai_exc_Exception};
const AiType ai_exc_KeyboardInterrupt = {"KeyboardInterrupt", &ai_exc_BaseException};
const AiType ai_exc_SystemExit = {"SystemExit", &ai_exc_BaseException};
const AiType ai_exc_EOFError = {"EOFError", &ai_exc_Exception};
const AiType ai_exc_ImportError = {"ImportError", &ai_exc_Exception};
const AiType ai_exc_ModuleNotFoundError = {"ModuleNotFoundError", &ai_exc_ImportError};
const AiType ai_exc_OSError = {"OSError", &ai_exc_Exception};
const AiType ai_exc_FileNotFoundError = {"FileNotFoundError", &ai_exc_OSError};
const AiType ai_exc_FileExistsError = {"FileExistsError", &ai_exc_OSError};
const AiType ai_exc_PermissionError = {"PermissionError", &ai_exc_OSError};
const AiType ai_exc_IsADirectoryError = {"IsADirectoryError", &ai_exc_OSError};
const AiType ai_exc_NotADirectoryError = {"NotADirectoryError", &ai_exc_OSError};
const AiType ai_exc_TimeoutError = {"TimeoutError", &ai_exc_OSError};
const AiType ai_exc_UnicodeError = {"UnicodeError", &ai_exc_ValueError};
const AiType ai_exc_UnicodeDecodeError = {"UnicodeDecodeError", &ai_exc_UnicodeError};
const AiType ai_exc_UnicodeEncodeError = {"UnicodeEncodeError", &ai_exc_UnicodeError};
const AiType ai_exc_GeneratorExit = {"GeneratorExit", &ai_exc_BaseException};
const AiType ai_exc_StopAsyncIteration = {"StopAsyncIteration", &ai_exc_Exception};
const AiType ai_exc_BufferError = {"BufferError", &ai_exc_Exception};
const AiType ai_exc_FloatingPointError = {"FloatingPointError", &ai_exc_ArithmeticError};
const AiType ai_exc_SyntaxError = {"SyntaxError", &ai_exc_Exception};
const AiType ai_exc_IndentationError = {"IndentationError", &ai_exc_SyntaxError};
const AiType ai_exc_TabError = {"TabError", &ai_exc_IndentationError};
const AiType ai_exc_SystemError = {"SystemError", &ai_exc_Exception};
const AiType ai_exc_Warning = {"Warning", &ai_exc_Exception};

static AI_TLS AiException *pending;
static AI_TLS ai_word handled; /* the exception being handled (implicit __context__) */
static AI_TLS int depth;
/* sys.setrecursionlimit: process-wide, as CPython's. */
static int recursion_limit = AI_RECURSION_LIMIT;
void ai_recursion_limit_set(int limit) { recursion_limit = limit; }
int ai_recursion_limit_get(void) { return recursion_limit; }
/* Used when the heap cannot provide an exception object (MemoryError). */
static _Thread_local AiException static_exc;

/* Further bases of compiled classes (`class NotFound(AppError, LookupError)`): the type's own
 * chain holds its first base only. Registered at start-up, before other threads run; read-only after. */
typedef struct {
  const AiType *cls, *extra;
} ExtraBase;
static ExtraBase *extra_bases;
static size_t extra_bases_count;

void ai_type_add_base(const AiType *cls, const AiType *extra) {
  ExtraBase *grown = realloc(extra_bases, (extra_bases_count + 1) * sizeof *grown);
  if (!grown) abort();
  extra_bases = grown;
  extra_bases[extra_bases_count++] = (ExtraBase){cls, extra};
}

bool ai_type_is_subtype(const AiType *t, const AiType *base) {
  for (const AiType *c = t; c; c = c->base)
    if (c == base) return true;
  if (AI_LIKELY(extra_bases_count == 0)) return false;
  for (const AiType *c = t; c; c = c->base)
    for (size_t i = 0; i < extra_bases_count; i++)
      if (extra_bases[i].cls == c && ai_type_is_subtype(extra_bases[i].extra, base)) return true;
  return false;
}

bool ai_exc_pending(void) { return pending != NULL; }
ai_word ai_exc_handled(void) { return handled; }
ai_word ai_exc_set_handled(ai_word exc) {
  ai_word prev = handled;
  handled = exc == AI_NONE_W ? 0 : exc;
  return prev ? prev : AI_NONE_W;
}
void ai_exc_set_pending_obj(AiException *e) { pending = e; }
AiException *ai_exc_current(void) { return pending; }
const AiType *ai_exc_type(void) { return pending ? pending->ob.type : NULL; }
bool ai_exc_matches(const AiType *type) { return pending && ai_type_is_subtype(pending->ob.type, type); }

const char *ai_exc_message(void) {
  if (!pending) return NULL;
  if (!pending->msg && pending->args) {
    AiException *e = pending;
    pending = NULL; /* str() of the args may allocate */
    ai_word m = ai_obj_str(ai_w(e));
    if (ai_exc_pending()) ai_exc_clear();
    pending = e;
    if (m && ai_as_str(m)->nbytes) e->msg = m;
  }
  if (!pending->msg) return NULL;
  return ai_as_str(pending->msg)->data;
}

void ai_exc_clear(void) {
  pending = NULL;
  ai_tb_clear();
}

static void set_pending(const AiType *type, const char *msg, size_t len) {
  ai_tb_clear();
  pending = NULL; /* so that allocation below starts clean */
  AiException *e = NULL;
  if (type != &ai_exc_MemoryError) e = ai_alloc(sizeof(AiException));
  if (!e && type != &ai_exc_MemoryError) return; /* ai_alloc left MemoryError pending */
  if (!e) {
    e = &static_exc;
    *e = (AiException){{type, 0}, 0, 0, 0, 0, NULL, 0, false, 0};
    pending = e; /* no heap: the message is dropped */
    return;
  }
  e->ob.type = type;
  e->msg = 0;
  if (msg) {
    ai_word s = ai_str_from_utf8(msg, (int64_t)len);
    if (!s) { /* MemoryError already pending */
      return;
    }
    e->msg = s; /* (for KeyError the caller passes repr(key), as str(KeyError(k)) is) */
  }
  if (handled && handled != ai_w(e)) e->context = handled;
  pending = e;
}

AI_COLD void ai_raise(const AiType *type, const char *msg) {
  set_pending(type, msg, msg ? strlen(msg) : 0);
}

AI_COLD void ai_raise_fmt(const AiType *type, const char *fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if ((size_t)n < sizeof small) {
    set_pending(type, small, (size_t)n);
    return;
  }
  char *big = malloc((size_t)n + 1);
  if (!big) {
    set_pending(type, small, sizeof small - 1);
    return;
  }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  set_pending(type, big, (size_t)n);
  free(big);
}

int ai_recursion_depth_get(void) { return depth; }
void ai_recursion_depth_set(int d) { depth = d; }

static AI_COLD bool recursion_error(void) {
  depth--;
  ai_raise(&ai_exc_RecursionError, "maximum recursion depth exceeded");
  return false;
}

bool ai_enter(void) {
  if (AI_UNLIKELY(++depth > recursion_limit)) return recursion_error();
  return true;
}

void ai_leave(void) { depth--; }

int32_t ai_enter_depth(void) {
  int d = depth;
  /* A count of frames: never negative, so callers' `d >= 0` success test folds away. */
  __builtin_assume(d >= 0);
  if (AI_UNLIKELY(d >= recursion_limit)) {
    depth = d + 1; /* recursion_error counts it down again */
    recursion_error();
    return -1;
  }
  depth = d + 1;
  return d;
}

void ai_leave_depth(int32_t d) { depth = d; }
