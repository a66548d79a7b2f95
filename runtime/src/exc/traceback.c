/* exc/traceback.c — traceback entries and the uncaught-exception report. */
#include "exc/traceback.h"

#include "aithon.h"
#include "exc/exception.h"
#include "io/print.h"
#include "obj/containers.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* Entries are pointers to the compiler's string constants: no copies. */
static _Thread_local ai_tb_entry *entries;
static _Thread_local int64_t nentries, capacity;

void ai_tb_clear(void) { nentries = 0; }
int64_t ai_tb_count(void) { return nentries; }
const ai_tb_entry *ai_tb_get(int64_t i) { return (i >= 0 && i < nentries) ? &entries[i] : NULL; }

AI_COLD void ai_tb_add(const char *file, int32_t line, const char *func, const char *text) {
  if (nentries == capacity) {
    int64_t nc = capacity ? capacity * 2 : 64;
    ai_tb_entry *ne = realloc(entries, (size_t)nc * sizeof *ne);
    if (!ne) return; /* drop the entry rather than fail while unwinding */
    entries = ne;
    capacity = nc;
  }
  entries[nentries].file = file ? file : "<unknown>";
  entries[nentries].func = func ? func : "<unknown>";
  entries[nentries].text = text;
  entries[nentries].line = line;
  nentries++;
}

typedef struct {
  char *p;
  size_t len, cap;
  bool mark_notes; /* NOTE_MARK before the notes and NOTES_END after them, for format_exception's list */
} tbuf;

/* The report marks where an exception's notes start and end: format_exception's list has each line of a note as a
 * string of its own, but the exception's line as one string however many lines its message has. */
#define NOTE_MARK '\x1e'
#define NOTES_END '\x1f'


static void put(tbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 1024;
    while (nc < b->len + n + 1) nc *= 2;
    char *np = realloc(b->p, nc);
    if (!np) return;
    b->p = np;
    b->cap = nc;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}
static void puts_(tbuf *b, const char *s) { put(b, s, strlen(s)); }

static void put_entry(tbuf *b, const ai_tb_entry *e) {
  char num[32];
  puts_(b, "  File \"");
  puts_(b, e->file);
  snprintf(num, sizeof num, "\", line %d, in ", (int)e->line);
  puts_(b, num);
  puts_(b, e->func);
  puts_(b, "\n");
  if (e->text && e->text[0]) {
    /* CPython strips the source line of leading/trailing whitespace */
    const char *s = e->text;
    while (*s == ' ' || *s == '\t' || *s == '\f') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\f')) n--;
    if (n) {
      puts_(b, "    ");
      put(b, s, n);
      puts_(b, "\n");
    }
  }
}

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000

static void put_repeated(tbuf *b, int64_t cnt) {
  char line[96];
  cnt -= TB_RECURSIVE_CUTOFF;
  snprintf(line, sizeof line, "  [Previous line repeated %lld more time%s]\n", (long long)cnt, cnt > 1 ? "s" : "");
  puts_(b, line);
}

/* str(e) for the report (computed with the pending exception set aside) */


static void put_frames(tbuf *b, const ai_tb_entry *ents, int64_t n) {
  if (n <= 0) return;
  puts_(b, "Traceback (most recent call last):\n");
  /* outermost first; like CPython print only the last TB_LIMIT frames and
   * collapse runs of identical (file, line, func) after 3 repeats */
  int64_t start = n > TB_LIMIT ? TB_LIMIT - 1 : n - 1;
  const ai_tb_entry *last = NULL;
  int64_t cnt = 0;
  for (int64_t i = start; i >= 0; i--) {
    const ai_tb_entry *t = &ents[i];
    if (!last || strcmp(t->file, last->file) != 0 || t->line != last->line || strcmp(t->func, last->func) != 0) {
      if (cnt > TB_RECURSIVE_CUTOFF) put_repeated(b, cnt);
      last = t;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) put_entry(b, t);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) put_repeated(b, cnt);
}

/* str(v) (repr when `as_repr`) while an exception is being reported: the report's exception stays pending */
static ai_word text_while_reporting(ai_word v, bool as_repr) {
  AiException *saved = ai_exc_current();
  ai_exc_set_pending_obj(NULL);
  ai_word m = as_repr ? ai_obj_repr(v) : ai_obj_str(v);
  if (ai_exc_pending()) m = 0;
  ai_exc_set_pending_obj(saved);
  return m;
}

static void put_line(tbuf *b, ai_word text, const char *failed) {
  if (text) put(b, ai_as_str(text)->data, (size_t)ai_as_str(text)->nbytes);
  else puts_(b, failed);
  puts_(b, "\n");
}

/* the notes add_note() left, one per line after the message, as CPython's traceback module prints them: each
 * note's str(), a __notes__ that is not a list or tuple as its repr */
static void put_notes(tbuf *b, AiException *e) {
  if (!e->dict) return;
  ai_word name = ai_str_new_ascii("__notes__", 9);
  ai_word notes = name ? ai_dict_get_default(e->dict, name, 0) : 0;
  if (!notes) return;
  if (b->mark_notes) put(b, &(char){NOTE_MARK}, 1);
  if (!ai_is_list(notes) && !ai_is_tuple(notes)) {
    put_line(b, text_while_reporting(notes, true), "<__notes__ repr() failed>");
  } else {
    for (int64_t i = 0; i < ai_obj_len(notes); i++) {
      ai_word note = ai_is_list(notes) ? ai_as_list(notes)->items[i] : ai_as_tuple(notes)->items[i];
      put_line(b, text_while_reporting(note, false), "<note str() failed>");
    }
  }
  if (b->mark_notes) put(b, &(char){NOTES_END}, 1);
}

#define CHAIN_MAX 64

/* the chain (causes / contexts) first, then e itself, as CPython's
 * print_exception_recursive; `seen` breaks cycles */
static void put_exception(tbuf *b, AiException *e, const ai_tb_entry *ents, int64_t n, AiException **seen,
                          int nseen) {
  if (nseen < CHAIN_MAX) {
    seen[nseen++] = e;
    AiException *next = NULL;
    const char *msg = NULL;
    if (e->cause && e->cause != ai_w(&ai_None)) {
      next = (AiException *)(intptr_t)e->cause;
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context && !e->suppress_context) {
      next = (AiException *)(intptr_t)e->context;
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    for (int i = 0; next && i < nseen; i++)
      if (seen[i] == next) next = NULL;
    if (next) {
      put_exception(b, next, next->tb, next->ntb, seen, nseen);
      puts_(b, msg);
    }
  }
  put_frames(b, ents, n);
  /* CPython shows a class of __main__ by its __qualname__ (`main.<locals>.Boom`, `Parser.Error`). */
  const char *qualified = ai_class_qualified_name(e->ob.type);
  puts_(b, strncmp(qualified, "__main__.", 9) == 0 ? qualified + 9 : e->ob.type->name);
  ai_word m = e->msg || !e->args ? e->msg : text_while_reporting(ai_w(e), false);
  if (m && ai_as_str(m)->nbytes > 0) {
    puts_(b, ": ");
    put(b, ai_as_str(m)->data, (size_t)ai_as_str(m)->nbytes);
  }
  puts_(b, "\n");
  put_notes(b, e);
}

char *ai_tb_format_pending(void) {
  tbuf b = {0};
  AiException *e = ai_exc_current();
  puts_(&b, "");
  if (!e) return b.p;
  AiException *seen[CHAIN_MAX];
  put_exception(&b, e, entries, nentries, seen, 0);
  return b.p;
}

void ai_tb_print_pending(void) {
  char *s = ai_tb_format_pending();
  if (!s) return;
  ai_write_all(2, s, strlen(s));
  free(s);
}

/* ---------------------------------------------------------------- sys.exception(), the traceback module */

/* The exception being handled (an `except` clause running, here or in a caller), or None. */
ai_word ai_sys_exception(void) {
  ai_word h = ai_exc_handled();
  return h ? h : AI_NONE_W;
}

/* sys.exc_info(): (type, exception, traceback) of the exception being handled, else (None, None, None). The
 * traceback item is the exception itself (it carries its traceback): the traceback functions take it. */
ai_word ai_sys_exc_info(void) {
  ai_word h = ai_exc_handled();
  if (!h) {
    ai_word nones[3] = {AI_NONE_W, AI_NONE_W, AI_NONE_W};
    return ai_tuple_new(3, nones);
  }
  ai_word items[3] = {ai_builtin_type(h), h, h};
  return ai_tuple_new(3, items);
}

/* The report CPython's traceback.format_exception(e) joins: e's chain, frames (as saved when it was caught) and
 * its line; "NoneType: None\n" for None. NULL when out of memory. */
static char *format_exception_text(ai_word exc, bool mark_notes) {
  if (!exc || exc == AI_NONE_W || !ai_is_exception(exc)) {
    tbuf b = {0};
    puts_(&b, "NoneType: None\n");
    return b.p;
  }
  AiException *e = (AiException *)(intptr_t)exc;
  tbuf b = {.mark_notes = mark_notes};
  puts_(&b, "");
  AiException *seen[CHAIN_MAX];
  put_exception(&b, e, e->tb, e->ntb, seen, 0);
  return b.p;
}

static ai_word text_to_str(char *s) {
  if (!s) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  ai_word r = ai_str_from_utf8(s, (int64_t)strlen(s));
  free(s);
  return r;
}

/* traceback.format_exc(): the report of the exception being handled. */
ai_word ai_traceback_format_exc(void) { return text_to_str(format_exception_text(ai_exc_handled(), false)); }

/* Writes a report (freed here) to stderr, or with file.write(text) when a file is given (0 or None: none). */
static void write_report(char *s, ai_word file) {
  if (!file || file == AI_NONE_W) {
    if (!s) return;
    ai_write_all(2, s, strlen(s));
    free(s);
    return;
  }
  ai_word text = text_to_str(s);
  ai_word write = text ? ai_str_new_ascii("write", 5) : 0;
  if (write) (void)ai_call_method(file, write, 1, &text, 0);
}

/* traceback.print_exc(file=None): the same on stderr or the file. */
void ai_traceback_print_exc(ai_word file) { write_report(format_exception_text(ai_exc_handled(), false), file); }

/* The exception of traceback.format_exception(exc) / format_exception(type, value, tb) / print_exception(...):
 * the value (3.10+ takes the exception alone as the first argument). */
static ai_word exception_argument(int64_t nargs, const ai_word *args) {
  if (nargs == 1 || nargs == 3) return args[nargs == 1 ? 0 : 1];
  ai_raise_fmt(&ai_exc_TypeError, "format_exception() takes 1 or 3 positional arguments but %lld were given", (long long)nargs);
  return 0;
}

/* traceback.format_exception(...): the report as CPython's list of strings: "Traceback ...:\n", one string per frame
 * (its "  File" line and source line), the chaining messages, and the exception's line. */
ai_word ai_traceback_format_exception(int64_t nargs, const ai_word *args) {
  ai_word exc = exception_argument(nargs, args);
  if (!exc) return 0;
  char *s = format_exception_text(exc, true);
  if (!s) return text_to_str(s);
  ai_word out = ai_list_new(0, NULL);
  const char *chunk = s, *p = s;
  bool in_frames = false; /* the lines after "Traceback" up to the exception's line */
  bool in_notes = false;  /* CPython's list has each line of each note as a string */
  while (out && *p) {
    if (*p == NOTE_MARK || *p == NOTES_END) { /* a note is a string of its own, whatever its lines */
      if (p != chunk) {
        ai_word piece = ai_str_from_utf8(chunk, (int64_t)(p - chunk));
        if (!piece || !ai_list_append(out, piece)) out = 0;
      }
      in_notes = *p == NOTE_MARK;
      chunk = ++p;
      in_frames = false;
      continue;
    }
    const char *eol = strchr(p, '\n');
    const char *next = eol ? eol + 1 : p + strlen(p);
    /* a line that starts a new string: a frame, a traceback header, the exception's line after frames, or the
     * blank line opening a chaining message (which runs to the next header) */
    bool starts = p != chunk && (in_notes || strncmp(p, "  File ", 7) == 0 || strncmp(p, "  [Previous", 11) == 0 || strncmp(p, "Traceback ", 10) == 0 ||
                                 (in_frames && *p != ' ') || (!in_frames && *p == '\n' && *chunk != '\n'));
    if (starts) {
      ai_word piece = ai_str_from_utf8(chunk, (int64_t)(p - chunk));
      if (!piece || !ai_list_append(out, piece)) out = 0;
      chunk = p;
    }
    if (strncmp(p, "Traceback ", 10) == 0) in_frames = true;
    else if (in_frames && *p != ' ') in_frames = false;
    p = next;
  }
  if (out && p != chunk) {
    ai_word piece = ai_str_from_utf8(chunk, (int64_t)(p - chunk));
    if (!piece || !ai_list_append(out, piece)) out = 0;
  }
  free(s);
  return out;
}

/* traceback.print_exception(..., file=None): the report on stderr or the file. */
void ai_traceback_print_exception(int64_t nargs, const ai_word *args, ai_word file) {
  ai_word exc = exception_argument(nargs, args);
  if (exc) write_report(format_exception_text(exc, false), file);
}
