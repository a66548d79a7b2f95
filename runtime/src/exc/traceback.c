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

char *ai_tb_format_pending(void) {
  tbuf b = {0};
  AiException *e = ai_exc_current();
  puts_(&b, "");
  if (!e) return b.p;
  if (nentries > 0) {
    puts_(&b, "Traceback (most recent call last):\n");
    /* outermost first; like CPython print only the last TB_LIMIT frames and
     * collapse runs of identical (file, line, func) after 3 repeats */
    int64_t start = nentries > TB_LIMIT ? TB_LIMIT - 1 : nentries - 1;
    const ai_tb_entry *last = NULL;
    int64_t cnt = 0;
    for (int64_t i = start; i >= 0; i--) {
      const ai_tb_entry *t = &entries[i];
      if (!last || strcmp(t->file, last->file) != 0 || t->line != last->line || strcmp(t->func, last->func) != 0) {
        if (cnt > TB_RECURSIVE_CUTOFF) put_repeated(&b, cnt);
        last = t;
        cnt = 0;
      }
      cnt++;
      if (cnt <= TB_RECURSIVE_CUTOFF) put_entry(&b, t);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) put_repeated(&b, cnt);
  }
  puts_(&b, e->ob.type->name);
  if (e->msg && ai_as_str(e->msg)->nbytes > 0) {
    puts_(&b, ": ");
    put(&b, ai_as_str(e->msg)->data, (size_t)ai_as_str(e->msg)->nbytes);
  }
  puts_(&b, "\n");
  return b.p;
}

void ai_tb_print_pending(void) {
  char *s = ai_tb_format_pending();
  if (!s) return;
  ai_write_all(2, s, strlen(s));
  free(s);
}
