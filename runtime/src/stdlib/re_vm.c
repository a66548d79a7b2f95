/*
 * stdlib/re_vm.c — the matching machine of the Python-written re module
 * (compiler/pylib/re.py), which keeps the parser and the compiler to
 * instructions. The pattern's tables stay the Python lists re.py built
 * (code, sets and their modes, the 128-entry ASCII rows, the SPLIT rows)
 * and are read in place; a match runs here with its own slots and backtrack
 * stack, so it allocates nothing on the Python heap and the loops run at C
 * speed. An ASCII subject is read in place; any other str is decoded to
 * code points once per call (ai_re_scan finds every match in one call).
 */
#define _GNU_SOURCE /* memmem */
#include "stdlib/re_vm.h"

#include "aithon_actor.h"
#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/containers.h"
#include "obj/object.h"
#include "obj/str.h"
#include "obj/unicode.h"
#include "obj/unicode_db.h"

#include <stdlib.h>
#include <string.h>

/* The instructions, backtrack frames and assertions of re.py (same values). */
enum {
  OP_FAIL, OP_MATCH, OP_CHAR, OP_NOTCHAR, OP_CHAR_I, OP_NOTCHAR_I, OP_ANY, OP_ANYALL, OP_SET, OP_AT, OP_JMP, OP_SPLIT,
  OP_SAVE, OP_REP1, OP_BACKREF, OP_LOOK, OP_LOOKEND, OP_ATOMIC, OP_ATOMICEND, OP_REPINIT, OP_REPLOOP, OP_GROUPEXISTS,
  OP_STR
};
/* Backtrack frames, pushed kind last: F_SET index, old value (restore
 * st[index]); F_ALT pc, pos; F_REP1G pc, min pos, pos; F_REP1L pc, pos, max
 * pos, unit op, unit arg; F_LOOK kind, pos, pc after; F_ATOMIC; F_REPLAZY
 * loop pc, pos. */
enum { F_SET = 1, F_ALT, F_REP1G, F_REP1L, F_LOOK, F_ATOMIC, F_REPLAZY };
enum {
  AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END, AT_END_LINE,
  AT_END_STRING, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY
};
/* Set items and categories (re.py's _K_* and _CAT_*). */
enum { K_LIT = 1, K_RANGE, K_CAT, K_RANGE_UI };
enum { CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD, CAT_UNI };
/* Where a match can start (_Prog.first). */
enum { FIRST_ANY, FIRST_CHAR, FIRST_SET, FIRST_AT_START, FIRST_ROW };
/* The ints of _Prog.vm_info. */
enum { INFO_REGBASE, INFO_NSLOTS, INFO_FIRST, INFO_FIRST_ARG, INFO_STRIDE };

#define MAX_PREFIX 64

typedef struct {
  const ai_word *code;
  const ai_word *splitk;
  const uint8_t *setasc; /* a bytearray of 128-entry rows */
  const AiList *sets;
  const ai_word *setmode;
  int64_t regbase, nslots, first, first_arg;
  /* the literal the program starts with (ASCII, no IGNORECASE), for memmem */
  char prefix[MAX_PREFIX];
  int64_t prefix_len;
  int64_t *st;
  int64_t *stk, sp, cap;
  int64_t *keep, keep_cap;
  int64_t work; /* backtracks, program loops and start positions tried: reductions are charged on it */
  int64_t st_local[32], stk_local[256];
} ReVM;

#define C(i) ai_small_val(code[(i)])

static void stack_grow(ReVM *vm, int64_t need) {
  int64_t cap = vm->cap * 2;
  while (cap < need) cap *= 2;
  int64_t *p = malloc((size_t)cap * sizeof *p);
  if (!p) abort();
  memcpy(p, vm->stk, (size_t)vm->sp * sizeof *p);
  if (vm->stk != vm->stk_local) free(vm->stk);
  vm->stk = p;
  vm->cap = cap;
}

static void keep_grow(ReVM *vm) {
  vm->keep_cap = vm->keep_cap ? vm->keep_cap * 2 : 64;
  vm->keep = realloc(vm->keep, (size_t)vm->keep_cap * sizeof *vm->keep);
  if (!vm->keep) abort();
}

#define ROOM(n) \
  if (vm->sp + (n) > vm->cap) stack_grow(vm, vm->sp + (n))
#define PUSH1(a) \
  do { \
    ROOM(1); \
    vm->stk[vm->sp++] = (a); \
  } while (0)
#define PUSH2(a, b) \
  do { \
    ROOM(2); \
    vm->stk[vm->sp++] = (a); \
    vm->stk[vm->sp++] = (b); \
  } while (0)
#define PUSH3(a, b, c) \
  do { \
    ROOM(3); \
    vm->stk[vm->sp++] = (a); \
    vm->stk[vm->sp++] = (b); \
    vm->stk[vm->sp++] = (c); \
  } while (0)
#define PUSH4(a, b, c, d) \
  do { \
    ROOM(4); \
    vm->stk[vm->sp++] = (a); \
    vm->stk[vm->sp++] = (b); \
    vm->stk[vm->sp++] = (c); \
    vm->stk[vm->sp++] = (d); \
  } while (0)

/* ---------------------------------------------------------------- characters */

/* bits: 1 digit, 2 word (alnum or _), 4 str.isspace, 8 ASCII whitespace */
static uint8_t ascii_info[128];

static void init_ascii_info(void) {
  if (ascii_info['a']) return;
  for (int c = 0; c < 128; c++) {
    uint8_t v = 0;
    if (c >= '0' && c <= '9') v |= 1 | 2;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_') v |= 2;
    if (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) v |= 4;
    if (c == ' ' || (c >= 9 && c <= 13)) v |= 8;
    ascii_info[c] = v;
  }
}

/* CPython's sre_lower_unicode: the first character of the full lowercase. */
static uint32_t re_lower(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  uint32_t out[3];
  ai_ucd_map(c, AI_CASE_LOWER, out);
  return out[0];
}

static uint32_t re_upper(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
  uint32_t out[3];
  ai_ucd_map(c, AI_CASE_UPPER, out);
  return out[0];
}

static uint32_t lower_ascii(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static bool is_alnum(uint32_t c) {
  return (ai_ucd_flags(c) & (AI_UCD_ALPHA | AI_UCD_DECIMAL | AI_UCD_DIGIT | AI_UCD_NUMERIC)) != 0;
}

static bool is_word(uint32_t c) { return c < 128 ? (ascii_info[c] & 2) != 0 : is_alnum(c); }
static bool is_word_ascii(uint32_t c) { return c < 128 && (ascii_info[c] & 2) != 0; }

static bool category(int64_t cat, uint32_t c) {
  if (cat >= CAT_UNI) {
    cat -= CAT_UNI;
    if (c >= 128) {
      bool r;
      if (cat <= CAT_NOT_DIGIT) r = (ai_ucd_flags(c) & AI_UCD_DECIMAL) != 0;
      else if (cat <= CAT_NOT_SPACE) r = ai_unicode_isspace(c);
      else r = is_alnum(c);
      return (cat & 1) ? !r : r;
    }
    int bit = cat <= CAT_NOT_DIGIT ? 1 : cat <= CAT_NOT_SPACE ? 4 : 2;
    bool r = (ascii_info[c] & bit) != 0;
    return (cat & 1) ? !r : r;
  }
  int info = c < 128 ? ascii_info[c] : 0;
  int bit = cat <= CAT_NOT_DIGIT ? 1 : cat <= CAT_NOT_SPACE ? 8 : 2;
  bool r = (info & bit) != 0;
  return (cat & 1) ? !r : r;
}

static bool in_items(const AiList *items, uint32_t c) {
  const ai_word *it = items->items;
  int64_t n = items->len, i = 0;
  int64_t v = c;
  while (i < n) {
    int64_t k = ai_small_val(it[i]);
    if (k == K_LIT) {
      if (v == ai_small_val(it[i + 1])) return true;
      i += 2;
    } else if (k == K_RANGE) {
      if (ai_small_val(it[i + 1]) <= v && v <= ai_small_val(it[i + 2])) return true;
      i += 3;
    } else if (k == K_CAT) {
      if (category(ai_small_val(it[i + 1]), c)) return true;
      i += 2;
    } else {
      int64_t lo = ai_small_val(it[i + 1]), hi = ai_small_val(it[i + 2]);
      if (lo <= v && v <= hi) return true;
      int64_t u = re_upper(c);
      if (lo <= u && u <= hi) return true;
      i += 3;
    }
  }
  return false;
}

/* Set modes (bits): 1 negated, 2 compare lower(c) (Unicode), 4 compare the
 * ASCII lowercase of c. */
static bool set_test(const ReVM *vm, int64_t sid, uint32_t c) {
  int64_t mode = ai_small_val(vm->setmode[sid]);
  if (mode & 2) c = re_lower(c);
  else if (mode & 4) c = lower_ascii(c);
  bool r = in_items(ai_as_list(vm->sets->items[sid]), c);
  return (mode & 1) ? !r : r;
}

static bool unit_ok(const ReVM *vm, int64_t ut, int64_t ua, uint32_t c) {
  switch (ut) {
  case OP_CHAR:
    return (int64_t)c == ua;
  case OP_SET:
    return c < 128 ? vm->setasc[(ua << 7) + c] != 0 : set_test(vm, ua, c);
  case OP_ANY:
    return c != 10;
  case OP_ANYALL:
    return true;
  case OP_NOTCHAR:
    return (int64_t)c != ua;
  case OP_CHAR_I:
    return (int64_t)re_lower(c) == ua;
  default:
    return (int64_t)re_lower(c) != ua;
  }
}

/* ---------------------------------------------------------------- the machine */

#define CH uint8_t
#define CH_IS_BYTE 1
#define AT(i) s[i]
#define NAME(x) x##_ascii
#include "stdlib/re_vm_body.h"
#undef CH
#undef CH_IS_BYTE
#undef AT
#undef NAME

#define CH uint32_t
#define CH_IS_BYTE 0
#define AT(i) s[i]
#define NAME(x) x##_wide
#include "stdlib/re_vm_body.h"
#undef CH
#undef CH_IS_BYTE
#undef AT
#undef NAME

#define CH ai_word
#define CH_IS_BYTE 0
#define AT(i) ((uint32_t)ai_small_val(s[i]))
#define NAME(x) x##_words
#include "stdlib/re_vm_body.h"
#undef CH
#undef CH_IS_BYTE
#undef AT
#undef NAME

/* A subject: the bytes of an ASCII str in place, the code points of another
 * str, or a list of code points (re.py's, kept for one long subject a
 * program matches again and again: no decoding per call). */
typedef struct {
  const uint8_t *ascii;
  uint32_t *wide;
  const ai_word *words;
  int64_t len;
} Subject;

static bool subject_open(ai_word subj, Subject *out) {
  out->wide = NULL;
  out->ascii = NULL;
  out->words = NULL;
  if (ai_is_list(subj)) {
    out->words = ai_as_list(subj)->items;
    out->len = ai_as_list(subj)->len;
    return true;
  }
  if (!ai_is_str(subj)) {
    if (ai_has_type(subj, &ai_type_bytes) || ai_has_type(subj, &ai_type_bytearray))
      ai_raise(&ai_exc_TypeError, "cannot use a string pattern on a bytes-like object");
    else ai_raise_fmt(&ai_exc_TypeError, "expected string or bytes-like object, got '%s'", ai_type_name(subj));
    return false;
  }
  AiStr *s = ai_as_str(subj);
  out->len = s->length;
  if (s->ascii) {
    out->ascii = (const uint8_t *)s->data;
    return true;
  }
  out->wide = malloc((size_t)(s->length ? s->length : 1) * sizeof(uint32_t));
  if (!out->wide) abort();
  const char *p = s->data;
  for (int64_t i = 0; i < s->length; i++) p = ai_utf8_decode(p, &out->wide[i]);
  return true;
}

static void subject_close(Subject *s) { free(s->wide); }

static bool vm_open(ReVM *vm, ai_word code, ai_word splitk, ai_word setasc, ai_word sets, ai_word setmode, ai_word info) {
  init_ascii_info();
  const ai_word *inf = ai_as_list(info)->items;
  vm->code = ai_as_list(code)->items;
  vm->splitk = ai_as_list(splitk)->items;
  vm->setasc = ((const AiBytes *)ai_obj(setasc))->data;
  vm->sets = ai_as_list(sets);
  vm->setmode = ai_as_list(setmode)->items;
  vm->regbase = ai_small_val(inf[INFO_REGBASE]);
  vm->nslots = ai_small_val(inf[INFO_NSLOTS]);
  vm->first = ai_small_val(inf[INFO_FIRST]);
  vm->first_arg = ai_small_val(inf[INFO_FIRST_ARG]);
  vm->st = vm->nslots <= 32 ? vm->st_local : malloc((size_t)vm->nslots * sizeof(int64_t));
  if (!vm->st) abort();
  for (int64_t i = 0; i < vm->nslots; i++) vm->st[i] = -1;
  vm->stk = vm->stk_local;
  vm->cap = 256;
  vm->sp = 0;
  vm->keep = NULL;
  vm->keep_cap = 0;
  vm->work = 0;
  /* the literal the program starts with, past group marks */
  const ai_word *c = vm->code;
  int64_t pc = 0;
  while (ai_small_val(c[pc]) == OP_SAVE) pc += 2;
  vm->prefix_len = 0;
  if (ai_small_val(c[pc]) == OP_STR) {
    int64_t n = ai_small_val(c[pc + 1]);
    for (int64_t i = 0; i < n && i < MAX_PREFIX; i++) {
      int64_t ch = ai_small_val(c[pc + 2 + i]);
      if (ch > 127) break;
      vm->prefix[vm->prefix_len++] = (char)ch;
    }
  }
  return true;
}

static void vm_close(ReVM *vm) {
  if (vm->st != vm->st_local) free(vm->st);
  if (vm->stk != vm->stk_local) free(vm->stk);
  free(vm->keep);
}

static int64_t vm_search(ReVM *vm, const Subject *s, int64_t start, int64_t end, int mode, bool must_advance) {
  if (s->ascii) return search_ascii(vm, s->ascii, start, end, mode, must_advance);
  if (s->words) return search_words(vm, s->words, start, end, mode, must_advance);
  return search_wide(vm, s->wide, start, end, mode, must_advance);
}

ai_word ai_re_search(ai_word code, ai_word splitk, ai_word setasc, ai_word sets, ai_word setmode, ai_word info,
                     ai_word subj, ai_word start, ai_word end, ai_word mode, ai_word st) {
  Subject s;
  if (!subject_open(subj, &s)) return 0;
  ReVM vm;
  vm_open(&vm, code, splitk, setasc, sets, setmode, info);
  int64_t m = ai_small_val(mode);
  int64_t e = vm_search(&vm, &s, ai_small_val(start), ai_small_val(end), (int)(m & 3), (m & 4) != 0);
  if (e >= 0) {
    AiList *out = ai_as_list(st);
    for (int64_t i = 0; i < vm.nslots && i < out->len; i++) out->items[i] = ai_small(vm.st[i]);
  }
  vm_close(&vm);
  subject_close(&s);
  return ai_small(e);
}

ai_word ai_re_scan(ai_word code, ai_word splitk, ai_word setasc, ai_word sets, ai_word setmode, ai_word info,
                   ai_word subj, ai_word start, ai_word end, ai_word limit, ai_word out) {
  Subject s;
  if (!subject_open(subj, &s)) return 0;
  ReVM vm;
  vm_open(&vm, code, splitk, setasc, sets, setmode, info);
  int64_t stride = ai_small_val(ai_as_list(info)->items[INFO_STRIDE]);
  int64_t pos = ai_small_val(start), endpos = ai_small_val(end), lim = ai_small_val(limit), count = 0;
  bool must_advance = false, ok = true;
  /* as CPython's scanner: an empty match never directly follows another
   * match at the same place */
  while (lim == 0 || count < lim) {
    int64_t e = vm_search(&vm, &s, pos, endpos, 0, must_advance);
    if (e < 0) break;
    for (int64_t i = 0; i < stride && ok; i++) ok = ai_list_append(out, ai_small(vm.st[i]));
    if (!ok) break;
    count++;
    must_advance = e == vm.st[0];
    for (int64_t i = 0; i < vm.nslots; i++) vm.st[i] = -1;
    pos = e;
  }
  vm_close(&vm);
  subject_close(&s);
  return ok ? ai_small(count) : 0;
}

ai_word ai_re_splice(ai_word subj, ai_word found, ai_word stride, ai_word literal) {
  AiStr *s = ai_as_str(subj);
  const AiStr *lit = ai_as_str(literal);
  const AiList *f = ai_as_list(found);
  int64_t k = ai_small_val(stride), n = k > 0 ? f->len / k : 0;
  int64_t *at = malloc((size_t)(2 * n + 1) * sizeof(int64_t));
  if (!at) abort();
  /* byte offsets of every match (positions only grow, so the str's cursor
   * reads a long non-ASCII subject once), and the result's size */
  int64_t kept = s->nbytes, kept_cps = s->length;
  for (int64_t m = 0; m < n; m++) {
    int64_t a = ai_small_val(f->items[m * k]), b = ai_small_val(f->items[m * k + 1]);
    at[2 * m] = ai_str_cp_offset(s, a);
    at[2 * m + 1] = ai_str_cp_offset(s, b);
    kept -= at[2 * m + 1] - at[2 * m];
    kept_cps -= b - a;
  }
  int64_t size = kept + n * lit->nbytes;
  AiStr *out = ai_str_alloc(size);
  if (!out) {
    free(at);
    return 0;
  }
  /* the allocation may have collected: s, lit and f are the caller's
   * arguments, so they are alive and have not moved (the collector does not
   * move objects) */
  char *w = out->data;
  int64_t last = 0;
  for (int64_t m = 0; m < n; m++) {
    memcpy(w, s->data + last, (size_t)(at[2 * m] - last));
    w += at[2 * m] - last;
    memcpy(w, lit->data, (size_t)lit->nbytes);
    w += lit->nbytes;
    last = at[2 * m + 1];
  }
  memcpy(w, s->data + last, (size_t)(s->nbytes - last));
  free(at);
  if (s->ascii && lit->ascii) {
    out->length = kept_cps + n * lit->length;
    out->ascii = 1;
    return ai_w(out);
  }
  return ai_str_finish(out);
}
