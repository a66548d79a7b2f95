/*
 * obj/exc_obj.c — exceptions as values: construction with an args tuple,
 * raise (with `from`), fetch/restore for `except ... as e` and bare `raise`,
 * str()/repr()/.args as CPython, and implicit chaining (__context__) through
 * the exception being handled (ai_exc_set_handled).
 *
 * GC layout of AiException: see exc/exception.h (msg, args, cause, context
 * are words; tb is a raw ai_alloc'd array without heap pointers).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "obj/containers.h"
#include "obj/ext.h"

#include "exc/exception.h"
#include "exc/traceback.h"
#include "obj/singletons.h"
#include "obj/str.h"

static inline AiException *as_exc(ai_word w) { return (AiException *)(intptr_t)w; }

bool ai_is_exception(ai_word w) {
  return !ai_is_small(w) && ai_type_is_subtype(ai_obj(w)->type, &ai_exc_BaseException);
}

bool ai_exc_is(ai_word exc, const AiType *type) {
  return !ai_is_small(exc) && ai_type_is_subtype(ai_obj(exc)->type, type);
}

const AiType *ai_os_error_type(int errnum) {
  switch (errnum) {
    case ENOENT: return &ai_exc_FileNotFoundError;
    case EEXIST: return &ai_exc_FileExistsError;
    case EACCES:
    case EPERM: return &ai_exc_PermissionError;
    case EISDIR: return &ai_exc_IsADirectoryError;
    case ENOTDIR: return &ai_exc_NotADirectoryError;
    case ETIMEDOUT: return &ai_exc_TimeoutError;
    default: return &ai_exc_OSError;
  }
}

static bool is_os_error(const AiException *e) { return ai_type_is_subtype(e->ob.type, &ai_exc_OSError); }

ai_word ai_exc_new(const AiType *type, ai_word args) {
  if (!args || args == AI_NONE_W) args = ai_w(&ai_empty_tuple);
  if (!ai_is_tuple(args)) {
    args = ai_tuple_new(1, &args);
    if (!args) return 0;
  }
  /* OSError(errno, strerror[, filename[, winerror[, filename2]]]), as CPython builds it: args keeps the first
   * two, the file names become attributes, and OSError itself picks the subclass of a known errno
   * (OSError(2, ...) is a FileNotFoundError). */
  ai_word filename = 0, filename2 = 0;
  AiTuple *t = ai_as_tuple(args);
  if (ai_type_is_subtype(type, &ai_exc_OSError) && t->len >= 2 && t->len <= 5) {
    if (type == &ai_exc_OSError && ai_is_small(t->items[0])) type = ai_os_error_type((int)ai_small_val(t->items[0]));
    if (t->len >= 3) {
      filename = t->items[2];
      if (t->len == 5) filename2 = t->items[4];
      args = ai_tuple_new(2, t->items);
      if (!args) return 0;
    }
  }
  AiException *e = ai_alloc(sizeof(AiException));
  if (!e) return 0;
  e->ob.type = type;
  e->args = args;
  if (filename && (!ai_exc_setattr(ai_w(e), ai_str_new_ascii("filename", 8), filename) ||
                   (filename2 && !ai_exc_setattr(ai_w(e), ai_str_new_ascii("filename2", 9), filename2))))
    return 0;
  return ai_w(e);
}

void ai_raise_os_error(int errnum, ai_word filename, ai_word filename2) {
  const char *text = strerror(errnum);
  ai_word items[5] = {ai_small(errnum), ai_str_from_utf8(text, (int64_t)strlen(text)), filename, AI_NONE_W, filename2};
  if (!items[1]) return;
  ai_word args = ai_tuple_new(filename2 ? 5 : filename ? 3 : 2, items);
  ai_word exc = args ? ai_exc_new(ai_os_error_type(errnum), args) : 0;
  if (exc) ai_raise_obj(exc, 0);
}

static ai_word args_of(AiException *e) {
  if (e->args) return e->args;
  if (e->msg) {
    ai_word t = ai_tuple_new(1, &e->msg);
    if (t) e->args = t;
    return t;
  }
  return ai_w(&ai_empty_tuple);
}

static ai_word str_of_args(AiException *e);

ai_word ai_exc_str(ai_word w) {
  AiException *e = as_exc(w);
  /* a user exception class's own __str__ (also for tracebacks) */
  const AiExtSlots *x = ai_ext_slots(e->ob.type);
  if (x && x->str) return x->str(w);
  if (e->msg) return e->msg;
  return str_of_args(e);
}

ai_word ai_exc_base_str(ai_word w) {
  AiException *e = as_exc(w);
  /* from args when set: msg may hold what a class's own __str__ gave */
  if (e->msg && !e->args) return e->msg;
  return str_of_args(e);
}

/* An OSError's attribute kept in its dict (filename, filename2), or 0. */
static ai_word os_error_field(AiException *e, const char *name) {
  if (!e->dict) return 0;
  ai_word key = ai_str_new_ascii(name, (int64_t)strlen(name));
  return key ? ai_dict_get_default(e->dict, key, 0) : 0;
}

/* "[Errno 2] No such file or directory: 'x'" (-> 'y' with a second file name). */
static ai_word os_error_str(AiException *e, AiTuple *t) {
  ai_word no = ai_obj_str(t->items[0]);
  ai_word text = no ? ai_obj_str(t->items[1]) : 0;
  if (!text) return 0;
  ai_sbuf b = {0};
  ai_sbuf_put(&b, "[Errno ", 7);
  ai_sbuf_put(&b, ai_as_str(no)->data, (size_t)ai_as_str(no)->nbytes);
  ai_sbuf_put(&b, "] ", 2);
  ai_sbuf_put(&b, ai_as_str(text)->data, (size_t)ai_as_str(text)->nbytes);
  const char *names[2] = {"filename", "filename2"};
  for (int i = 0; i < 2; i++) {
    ai_word f = os_error_field(e, names[i]);
    if (!f || f == AI_NONE_W) break;
    ai_word r = ai_obj_repr(f);
    if (!r) {
      ai_sbuf_free(&b);
      return 0;
    }
    ai_sbuf_put(&b, i ? " -> " : ": ", i ? 4 : 2);
    ai_sbuf_put(&b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  }
  return ai_sbuf_to_str(&b);
}

static ai_word str_of_args(AiException *e) {
  ai_word args = args_of(e);
  if (!args) return 0;
  AiTuple *t = ai_as_tuple(args);
  if (t->len == 0) return ai_str_new_ascii("", 0);
  if (t->len == 2 && is_os_error(e)) return os_error_str(e, t);
  if (t->len == 1) {
    if (ai_type_is_subtype(e->ob.type, &ai_exc_KeyError)) return ai_obj_repr(t->items[0]);
    return ai_obj_str(t->items[0]);
  }
  return ai_obj_str(args);
}

ai_word ai_exc_repr(ai_word w) {
  AiException *e = as_exc(w);
  ai_word args = args_of(e);
  if (!args) return 0;
  AiTuple *t = ai_as_tuple(args);
  ai_word inner = t->len == 1 ? ai_obj_repr(t->items[0]) : ai_obj_repr(args);
  if (!inner) return 0;
  ai_sbuf b = {0};
  const char *name = e->ob.type->name;
  ai_sbuf_put(&b, name, strlen(name));
  if (t->len == 1) ai_sbuf_putc(&b, '(');
  ai_sbuf_put(&b, ai_as_str(inner)->data, (size_t)ai_as_str(inner)->nbytes);
  if (t->len == 1) ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

static bool name_is(ai_word name, const char *s) {
  AiStr *n = ai_as_str(name);
  return (size_t)n->nbytes == strlen(s) && memcmp(n->data, s, (size_t)n->nbytes) == 0;
}

ai_word ai_exc_getattr(ai_word w, ai_word name, bool *found) {
  AiException *e = as_exc(w);
  *found = true;
  if (name_is(name, "args")) return args_of(e);
  if (name_is(name, "__cause__")) return e->cause ? e->cause : AI_NONE_W;
  if (name_is(name, "__context__")) return e->context ? e->context : AI_NONE_W;
  if (name_is(name, "__suppress_context__")) return ai_bool_word(e->suppress_context);
  if (name_is(name, "__traceback__")) return AI_NONE_W;
  if (name_is(name, "value") && ai_type_is_subtype(e->ob.type, &ai_exc_StopIteration)) {
    AiTuple *t = ai_as_tuple(args_of(e));
    return t->len ? t->items[0] : AI_NONE_W;
  }
  if (e->dict) {
    ai_word v = ai_dict_get_default(e->dict, name, 0);
    if (v) return v;
  }
  if (is_os_error(e) && (name_is(name, "errno") || name_is(name, "strerror"))) {
    AiTuple *t = ai_as_tuple(args_of(e));
    return t->len == 2 ? t->items[name_is(name, "errno") ? 0 : 1] : AI_NONE_W;
  }
  if (is_os_error(e) && (name_is(name, "filename") || name_is(name, "filename2"))) return AI_NONE_W;
  if (name_is(name, "code") && ai_type_is_subtype(e->ob.type, &ai_exc_SystemExit)) {
    ai_word a = args_of(e);
    AiTuple *t = ai_as_tuple(a);
    return t->len == 0 ? AI_NONE_W : t->len == 1 ? t->items[0] : a;
  }
  *found = false;
  return 0;
}

bool ai_exc_setattr(ai_word w, ai_word name, ai_word value) {
  AiException *e = as_exc(w);
  /* the chaining fields, as CPython's setters check and set them (setting __cause__ suppresses the context) */
  if (name_is(name, "__cause__") || name_is(name, "__context__")) {
    bool cause = name_is(name, "__cause__");
    if (value != AI_NONE_W && !ai_is_exception(value)) {
      ai_raise(&ai_exc_TypeError, cause ? "exception cause must be None or derive from BaseException"
                                        : "exception context must be None or derive from BaseException");
      return false;
    }
    if (cause) {
      e->cause = value;
      e->suppress_context = true;
    } else e->context = value == AI_NONE_W ? 0 : value;
    return true;
  }
  if (name_is(name, "__suppress_context__")) {
    e->suppress_context = ai_obj_truthy(value);
    return true;
  }
  if (name_is(name, "args")) {
    ai_word t = ai_builtin_tuple(value);
    if (!t) return false;
    e->args = t;
    e->msg = 0;
    return true;
  }
  if (!e->dict) {
    ai_word d = ai_dict_new();
    if (!d) return false;
    e->dict = d;
  }
  return ai_dict_set(e->dict, name, value);
}

/* e.add_note(s) appends s to e.__notes__ (made on first use, kept in the instance dict where a program may
 * also set it), which the uncaught-exception report prints after the message; e.with_traceback(tb) returns e
 * (tracebacks are not values here). */
static ai_word exc_add_note(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  if (!ai_no_kwargs("add_note", kwnames) || !ai_check_nargs("add_note", nargs, 1, 1)) return 0;
  if (!ai_is_str(args[0])) {
    ai_raise_fmt(&ai_exc_TypeError, "note must be a str, not '%s'", ai_type_name(args[0]));
    return 0;
  }
  ai_word notes_name = ai_str_new_ascii("__notes__", 9);
  if (!notes_name) return 0;
  AiException *e = as_exc(self);
  ai_word notes = e->dict ? ai_dict_get_default(e->dict, notes_name, 0) : 0;
  if (!notes) {
    notes = ai_list_new(0, NULL);
    if (!notes || !ai_exc_setattr(self, notes_name, notes)) return 0;
  } else if (!ai_is_list(notes)) {
    ai_raise(&ai_exc_TypeError, "Cannot add note: __notes__ is not a list");
    return 0;
  }
  return ai_list_append(notes, args[0]) ? AI_NONE_W : 0;
}

static ai_word exc_with_traceback(ai_word self, int64_t nargs, const ai_word *args, ai_word kwnames) {
  (void)args;
  if (!ai_no_kwargs("with_traceback", kwnames) || !ai_check_nargs("with_traceback", nargs, 1, 1)) return 0;
  return self;
}

const ai_method_def ai_exception_methods[] = {{"add_note", exc_add_note}, {"with_traceback", exc_with_traceback}, {NULL, NULL}};

void ai_exc_set_args(ai_word w, ai_word args) {
  AiException *e = as_exc(w);
  e->args = args;
  e->msg = 0;
}

/* ------------------------------------------------------------ raise, fetch */

static void load_tb(AiException *e) {
  ai_tb_clear();
  for (int64_t i = 0; i < e->ntb; i++) {
    const ai_tb_entry *t = &e->tb[i];
    ai_tb_add(t->file, t->line, t->func, t->text);
  }
}

void ai_raise_obj(ai_word exc, ai_word cause) {
  if (!ai_is_exception(exc)) {
    ai_raise(&ai_exc_TypeError, "exceptions must derive from BaseException");
    return;
  }
  AiException *e = as_exc(exc);
  if (cause) {
    if (cause == AI_NONE_W) e->cause = AI_NONE_W;
    else if (ai_is_exception(cause)) e->cause = cause;
    else {
      ai_raise(&ai_exc_TypeError, "exception causes must derive from BaseException");
      return;
    }
    e->suppress_context = true;
  }
  ai_word h = ai_exc_handled();
  if (h && h != exc) {
    /* avoid a cycle in the __context__ chain */
    AiException *o = as_exc(h);
    while (o->context) {
      if (o->context == exc) {
        o->context = 0;
        break;
      }
      o = as_exc(o->context);
    }
    e->context = h;
  }
  if (!e->msg && e->args && ai_as_tuple(e->args)->len > 0) {
    ai_word m = ai_exc_str(exc);
    if (!m) return;
    if (ai_as_str(m)->nbytes) e->msg = m;
  }
  load_tb(e);
  ai_exc_set_pending_obj(e);
}

ai_word ai_exc_fetch(void) {
  AiException *e = ai_exc_current();
  if (!e) return AI_NONE_W;
  int64_t n = ai_tb_count();
  ai_exc_set_pending_obj(NULL);
  if (n > 0) {
    ai_tb_entry *tb = ai_alloc((size_t)n * sizeof(ai_tb_entry));
    if (tb) {
      for (int64_t i = 0; i < n; i++) tb[i] = *ai_tb_get(i);
      e->tb = tb;
      e->ntb = n;
    } else {
      ai_exc_set_pending_obj(NULL); /* drop the MemoryError: keep the exception without traceback */
    }
  } else {
    e->tb = NULL;
    e->ntb = 0;
  }
  ai_tb_clear();
  return ai_w(e);
}

void ai_unreachable(const char *function) {
  fflush(stdout);
  fprintf(stderr, "internal compiler error: %s reached code its static types said cannot run\n", function);
  exit(70);
}

void ai_exc_restore(ai_word exc) {
  if (!exc || !ai_is_exception(exc)) {
    ai_raise(&ai_exc_RuntimeError, "No active exception to reraise");
    return;
  }
  AiException *e = as_exc(exc);
  load_tb(e);
  ai_exc_set_pending_obj(e);
}
