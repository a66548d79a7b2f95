/* exc/traceback.c — traceback entries and the uncaught-exception report. */
#include "exc/traceback.h"

#include "exc/exception.h"
#include "io/print.h"

#include <stdlib.h>
#include <stdio.h>

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
} tbuf;

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
static ai_word exc_text(AiException *e) {
  if (e->msg || !e->args) return e->msg;
  AiException *saved = ai_exc_current();
  ai_exc_set_pending_obj(NULL);
  ai_word m = ai_obj_str(ai_w(e));
  if (ai_exc_pending()) m = 0;
  ai_exc_set_pending_obj(saved);
  return m;
}

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
  puts_(b, e->ob.type->name);
  ai_word m = exc_text(e);
  if (m && ai_as_str(m)->nbytes > 0) {
    puts_(b, ": ");
    put(b, ai_as_str(m)->data, (size_t)ai_as_str(m)->nbytes);
  }
  puts_(b, "\n");
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
