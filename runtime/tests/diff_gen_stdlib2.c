/*
 * diff_gen_stdlib2.c — the C half of the differential test of collections,
 * itertools, heapq, bisect, copy and string. Prints one line per case:
 *
 *   PYTHON-EXPRESSION <TAB> RESULT
 *
 * RESULT is "R:" + repr(value) or "E:Type: message" (backslash, tab, newline
 * escaped). Operation sequences (on a deque, Counter, defaultdict,
 * OrderedDict, heap, sorted list) are one case each: the expression calls a
 * helper of diff_check_stdlib2.py that replays them in python3 and describes
 * every step's outcome and the final state in one string; the generator runs
 * the same steps through the runtime's generic protocols (ai_call_method,
 * ai_obj_getitem, ai_obj_binop, ...) and builds the same string.
 *
 * usage: diff_gen_stdlib2 SEED SCALE
 */
#include "aithon.h"
#include "aithon_stdlib.h"
#include "obj/containers.h"
#include "obj/object.h"
#include "start/main.h"
#include "stdlib/collections.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The collector scans the C stack conservatively; ASan's fake stack frames
 * (detect_stack_use_after_return) would hide locals from it. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_stack_use_after_return=0"; }

static uint64_t rng_state;
static uint64_t rnd(void) {
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static int64_t ri(int64_t lo, int64_t hi) { return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1)); }

/* ---------------------------------------------------------------- text */

typedef struct {
  char *p;
  size_t n, cap;
} sb;
static void put(sb *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2 + 64;
    b->p = realloc(b->p, b->cap);
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void puts_(sb *b, const char *s) { put(b, s, strlen(s)); }
static void putf(sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(sb *b, const char *fmt, ...) {
  char tmp[1024]; /* short pieces only: long texts go through puts_ */
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  put(b, tmp, (size_t)n);
}
static void reset(sb *b) {
  b->n = 0;
  if (b->p) b->p[0] = 0;
}
/* repr of a word (it must not raise) */
static void put_repr(sb *b, ai_word w) {
  ai_word r = ai_obj_repr(w);
  if (!r) {
    ai_exc_clear();
    puts_(b, "<repr raised>");
    return;
  }
  put(b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
}
static void put_escaped(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\\') fputs("\\\\", stdout);
    else if (c == '\t') fputs("\\t", stdout);
    else if (c == '\n') fputs("\\n", stdout);
    else fputc(c, stdout);
  }
}

/* "R:repr" or "E:Type: message" of a result word (0: raised) into b */
static void put_outcome(sb *b, ai_word result) {
  if (!result || ai_exc_pending()) {
    const char *m = ai_exc_message();
    puts_(b, "E:");
    puts_(b, ai_exc_type() ? ai_exc_type()->name : "?");
    if (m) {
      puts_(b, ": ");
      puts_(b, m);
    }
    ai_exc_clear();
  } else {
    ai_word r = ai_obj_repr(result);
    if (!r) {
      ai_exc_clear();
      puts_(b, "E:<repr raised>");
    } else {
      puts_(b, "R:");
      put(b, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
    }
  }
}

static long ncases;
static void emit(sb *expr, ai_word result) {
  ncases++;
  sb o = {0};
  put_outcome(&o, result);
  fputs(expr->p, stdout);
  fputc('\t', stdout);
  put_escaped(o.p, o.n);
  fputc('\n', stdout);
  free(o.p);
  reset(expr);
}
/* a case whose value is the str `s` */
static void emit_str(sb *expr, sb *s) { emit(expr, ai_str_from_utf8(s->p ? s->p : "", (int64_t)s->n)); }

static ai_word S(const char *s) { return ai_str_from_utf8(s, (int64_t)strlen(s)); }

/* ---------------------------------------------------------------- random values */

static ai_word rkey(void) {
  static const char *const k[] = {"a", "b", "c", "d", "e", "f"};
  return S(k[ri(0, 5)]);
}
/* small ints, sometimes a str (for error paths) */
static ai_word rval(void) {
  if (ri(0, 9) == 0) return rkey();
  return ai_small(ri(-3, 6));
}
static ai_word rsmall(void) { return ai_small(ri(-3, 9)); }
static ai_word rnum(void) { /* ints and equal floats/bools: identity-sensitive orders */
  switch (ri(0, 9)) {
  case 0: return ai_box_float((double)ri(-2, 5));
  case 1: return ai_box_float((double)ri(-4, 10) / 4.0);
  case 2: return ri(0, 1) ? AI_TRUE_W : AI_FALSE_W;
  default: return ai_small(ri(-3, 8));
  }
}
static ai_word rlist(int maxn, ai_word (*gen)(void)) {
  ai_word l = ai_list_new(0, NULL);
  int n = (int)ri(0, maxn);
  for (int i = 0; i < n; i++) ai_list_append(l, gen());
  return l;
}
static ai_word rkeys_list(int maxn) { return rlist(maxn, rkey); }

/* ---------------------------------------------------------------- operation sequences */

typedef struct {
  const char *name;
  int nargs;
  ai_word args[3];
  char *src[3]; /* Python source of the argument; NULL: its repr */
} Op;

static ai_word call(ai_word obj, const char *name, int nargs, const ai_word *args) {
  return ai_call_method(obj, S(name), nargs, args, 0);
}

static ai_word apply_op(ai_word *objp, Op *op) {
  ai_word obj = *objp, *a = op->args;
  const char *n = op->name;
  int binop = -1, inplace = -1;
  if (!strcmp(n, "[]")) return ai_obj_getitem(obj, a[0]);
  if (!strcmp(n, "[]=")) return ai_obj_setitem(obj, a[0], a[1]) ? ai_w(&ai_None) : 0;
  if (!strcmp(n, "del")) return ai_obj_delitem(obj, a[0]) ? ai_w(&ai_None) : 0;
  if (!strcmp(n, "len")) {
    int64_t k = ai_obj_len(obj);
    return k < 0 ? 0 : ai_small(k);
  }
  if (!strcmp(n, "in")) {
    int c = ai_obj_contains(obj, a[0]);
    return c < 0 ? 0 : ai_box_bool(c);
  }
  if (!strcmp(n, "list")) return ai_builtin_list(obj);
  if (!strcmp(n, "rev")) {
    ai_word r = ai_builtin_reversed(obj);
    return r ? ai_builtin_list(r) : 0;
  }
  if (!strcmp(n, "bool")) {
    int c = ai_obj_truthy(obj);
    return c < 0 ? 0 : ai_box_bool(c);
  }
  if (!strcmp(n, "==") || !strcmp(n, "<")) {
    int c = ai_obj_compare(n[0] == '=' ? AI_EQ : AI_LT, obj, a[0]);
    return c < 0 ? 0 : ai_box_bool(c);
  }
  if (!strcmp(n, "+")) binop = AI_ADD;
  if (!strcmp(n, "-")) binop = AI_SUB;
  if (!strcmp(n, "|")) binop = AI_OR;
  if (!strcmp(n, "&")) binop = AI_AND;
  if (!strcmp(n, "*")) binop = AI_MUL;
  if (binop >= 0) return ai_obj_binop(binop, obj, a[0]);
  if (!strcmp(n, "+=")) inplace = AI_ADD;
  if (!strcmp(n, "-=")) inplace = AI_SUB;
  if (!strcmp(n, "|=")) inplace = AI_OR;
  if (!strcmp(n, "&=")) inplace = AI_AND;
  if (!strcmp(n, "*=")) inplace = AI_MUL;
  if (inplace >= 0) {
    ai_word r = ai_obj_inplace_binop(inplace, obj, a[0]);
    if (!r) return 0;
    *objp = r;
    return ai_w(&ai_None);
  }
  if (!strcmp(n, "maxlen")) return ai_obj_getattr(obj, S("maxlen"));
  if (!strcmp(n, "elements") || !strcmp(n, "items")) {
    ai_word r = call(obj, n, 0, NULL);
    return r ? ai_builtin_list(r) : 0;
  }
  if (!strcmp(n, "str")) return ai_obj_str(obj);
  if (!strcmp(n, "copyrepr")) {
    ai_word r = call(obj, "copy", 0, NULL);
    return r ? ai_obj_repr(r) : 0;
  }
  return call(obj, n, op->nargs, a);
}

#define MAXOPS 24
typedef struct {
  Op ops[MAXOPS];
  int n;
} OpList;

static Op *add_op(OpList *l, const char *name, int nargs, ...) {
  Op *op = &l->ops[l->n++];
  memset(op, 0, sizeof *op);
  op->name = name;
  op->nargs = nargs;
  va_list ap;
  va_start(ap, nargs);
  for (int i = 0; i < nargs; i++) op->args[i] = va_arg(ap, ai_word);
  va_end(ap);
  return op;
}

/* runs the ops on obj; emits `ops(objsrc, [...])` */
static void run_ops(const char *objsrc, ai_word obj, OpList *l) {
  sb e = {0}, r = {0};
  puts_(&e, "ops(");
  puts_(&e, objsrc);
  puts_(&e, ", [");
  for (int i = 0; i < l->n; i++) {
    Op *op = &l->ops[i];
    putf(&e, "%s(\"%s\", (", i ? ", " : "", op->name);
    for (int k = 0; k < op->nargs; k++) {
      if (k) puts_(&e, ", ");
      if (op->src[k]) puts_(&e, op->src[k]);
      else put_repr(&e, op->args[k]);
    }
    puts_(&e, op->nargs == 1 ? ",))" : "))");
  }
  puts_(&e, "])");
  for (int i = 0; i < l->n; i++) {
    ai_word res = apply_op(&obj, &l->ops[i]);
    put_outcome(&r, res);
    puts_(&r, "|");
  }
  puts_(&r, "F:");
  put_repr(&r, obj);
  emit_str(&e, &r);
  for (int i = 0; i < l->n; i++)
    for (int k = 0; k < 3; k++) free(l->ops[i].src[k]);
  free(r.p);
  free(e.p);
}

static char *dupf(const char *fmt, ai_word w) {
  sb b = {0};
  sb rep = {0};
  put_repr(&rep, w);
  putf(&b, fmt, rep.p);
  free(rep.p);
  return b.p;
}

/* ---------------------------------------------------------------- deque */

static ai_word maxlen_word(int64_t m) { return m < 0 ? ai_w(&ai_None) : ai_small(m); }

static void gen_deque(int count) {
  for (int c = 0; c < count; c++) {
    ai_word init = rlist(6, rval);
    int64_t m = ri(0, 3) == 0 ? ri(0, 5) : -1;
    ai_word d = ai_collections_deque(init, m < 0 ? 0 : ai_small(m));
    sb src = {0};
    puts_(&src, "deque(");
    put_repr(&src, init);
    if (m >= 0) putf(&src, ", %lld", (long long)m);
    puts_(&src, ")");
    OpList l = {.n = 0};
    int nops = (int)ri(3, MAXOPS);
    for (int i = 0; i < nops; i++) {
      int k = (int)ri(0, 33);
      switch (k) {
      case 0: case 1: add_op(&l, "append", 1, rval()); break;
      case 2: add_op(&l, "appendleft", 1, rval()); break;
      case 3: add_op(&l, "pop", 0); break;
      case 4: add_op(&l, "popleft", 0); break;
      case 5: add_op(&l, "extend", 1, rlist(4, rval)); break;
      case 6: add_op(&l, "extendleft", 1, rlist(4, rval)); break;
      case 7: add_op(&l, "rotate", 1, ai_small(ri(-8, 8))); break;
      case 8: add_op(&l, "rotate", 0); break;
      case 9: if (ri(0, 3) == 0) add_op(&l, "clear", 0); break;
      case 10: add_op(&l, "count", 1, rval()); break;
      case 11: add_op(&l, "index", 1, rval()); break;
      case 12: add_op(&l, "index", 3, rval(), ai_small(ri(-4, 4)), ai_small(ri(-2, 8))); break;
      case 13: add_op(&l, "remove", 1, rval()); break;
      case 14: add_op(&l, "insert", 2, ai_small(ri(-8, 8)), rval()); break;
      case 15: add_op(&l, "reverse", 0); break;
      case 16: add_op(&l, "copyrepr", 0); break;
      case 17: add_op(&l, "[]", 1, ri(0, 8) ? ai_small(ri(-7, 7)) : rkey()); break;
      case 18: add_op(&l, "[]=", 2, ai_small(ri(-7, 7)), rval()); break;
      case 19: add_op(&l, "del", 1, ai_small(ri(-7, 7))); break;
      case 20: add_op(&l, "len", 0); break;
      case 21: add_op(&l, "in", 1, rval()); break;
      case 22: add_op(&l, "list", 0); break;
      case 23: add_op(&l, "rev", 0); break;
      case 24: add_op(&l, "bool", 0); break;
      case 25:
      case 26: {
        ai_word other = rlist(5, rval);
        Op *op = add_op(&l, k == 25 ? "==" : "<", 1, ai_collections_deque(other, 0));
        op->src[0] = dupf("deque(%s)", other);
        break;
      }
      case 27: {
        ai_word other = rlist(4, rval);
        Op *op = add_op(&l, "+", 1, ai_collections_deque(other, 0));
        op->src[0] = dupf("deque(%s)", other);
        break;
      }
      case 28: add_op(&l, "*", 1, ai_small(ri(-1, 3))); break;
      case 29: add_op(&l, "+=", 1, rlist(3, rval)); break;
      case 30: add_op(&l, "*=", 1, ai_small(ri(0, 3))); break;
      case 31: add_op(&l, "maxlen", 0); break;
      case 32: add_op(&l, "+", 1, rlist(2, rval)); break;
      default: add_op(&l, "str", 0); break;
      }
    }
    run_ops(src.p, d, &l);
    free(src.p);
  }
}

/* ---------------------------------------------------------------- Counter */

static ai_word counter_arg(Op *op, int k) {
  ai_word src = ri(0, 2) ? rkeys_list(6) : ai_str_from_utf8("abcab", ri(0, 5));
  op->args[k] = ai_collections_counter(src);
  op->src[k] = dupf("Counter(%s)", src);
  return op->args[k];
}

static ai_word rcounts_dict(void) {
  ai_word d = ai_dict_new();
  int n = (int)ri(0, 4);
  for (int i = 0; i < n; i++) ai_dict_set(d, rkey(), ai_small(ri(-2, 4)));
  return d;
}

static void gen_counter(int count) {
  for (int c = 0; c < count; c++) {
    ai_word init = ri(0, 3) ? rkeys_list(10) : rcounts_dict();
    ai_word ctr = ai_collections_counter(init);
    sb src = {0};
    puts_(&src, "Counter(");
    put_repr(&src, init);
    puts_(&src, ")");
    OpList l = {.n = 0};
    int nops = (int)ri(2, 14);
    for (int i = 0; i < nops; i++) {
      int k = (int)ri(0, 27);
      Op *op;
      switch (k) {
      case 0: add_op(&l, "most_common", 0); break;
      case 1: add_op(&l, "most_common", 1, ai_small(ri(-1, 7))); break;
      case 2: add_op(&l, "elements", 0); break;
      case 3: add_op(&l, "update", 1, rkeys_list(5)); break;
      case 4: add_op(&l, "update", 1, rcounts_dict()); break;
      case 5: add_op(&l, "subtract", 1, rkeys_list(5)); break;
      case 6: add_op(&l, "subtract", 1, rcounts_dict()); break;
      case 7: add_op(&l, "total", 0); break;
      case 8: add_op(&l, "[]", 1, rkey()); break;
      case 9: add_op(&l, "[]=", 2, rkey(), ai_small(ri(-2, 5))); break;
      case 10: add_op(&l, "del", 1, rkey()); break;
      case 11: op = add_op(&l, "+", 1, 0); counter_arg(op, 0); break;
      case 12: op = add_op(&l, "-", 1, 0); counter_arg(op, 0); break;
      case 13: op = add_op(&l, "|", 1, 0); counter_arg(op, 0); break;
      case 14: op = add_op(&l, "&", 1, 0); counter_arg(op, 0); break;
      case 15: op = add_op(&l, "+=", 1, 0); counter_arg(op, 0); break;
      case 16: op = add_op(&l, "-=", 1, 0); counter_arg(op, 0); break;
      case 17: op = add_op(&l, "|=", 1, 0); counter_arg(op, 0); break;
      case 18: op = add_op(&l, "&=", 1, 0); counter_arg(op, 0); break;
      case 19: op = add_op(&l, "==", 1, 0); counter_arg(op, 0); break;
      case 20: op = add_op(&l, "<", 1, 0); counter_arg(op, 0); break;
      case 21: add_op(&l, "items", 0); break;
      case 22: add_op(&l, "len", 0); break;
      case 23: add_op(&l, "in", 1, rkey()); break;
      case 24: add_op(&l, "get", 1, rkey()); break;
      case 25: add_op(&l, "copyrepr", 0); break;
      case 26: add_op(&l, "==", 1, rcounts_dict()); break;
      default: add_op(&l, "pop", 2, rkey(), ai_small(0)); break;
      }
    }
    run_ops(src.p, ctr, &l);
    free(src.p);
  }
}

/* ---------------------------------------------------------------- defaultdict / OrderedDict */

static const char *const factory_src[] = {"None", "int", "float", "str", "list", "dict", "set", "tuple"};

static ai_word rpairs(int maxn) {
  ai_word l = ai_list_new(0, NULL);
  int n = (int)ri(0, maxn);
  for (int i = 0; i < n; i++) ai_list_append(l, ai_tuple_pair(rkey(), ai_small(ri(0, 9))));
  return l;
}

static void gen_dicts(int count) {
  for (int c = 0; c < count; c++) {
    bool od = ri(0, 1);
    ai_word pairs = rpairs(5);
    sb src = {0};
    ai_word obj;
    if (od) {
      obj = ai_collections_ordereddict(pairs);
      puts_(&src, "OrderedDict(");
      put_repr(&src, pairs);
      puts_(&src, ")");
    } else {
      int f = (int)ri(0, 7);
      ai_word init = ai_builtin_dict(pairs);
      obj = ai_collections_defaultdict(ai_small(f), init);
      putf(&src, "defaultdict(%s, ", factory_src[f]);
      put_repr(&src, init);
      puts_(&src, ")");
    }
    OpList l = {.n = 0};
    int nops = (int)ri(2, 16);
    for (int i = 0; i < nops; i++) {
      int k = (int)ri(0, 22);
      Op *op;
      switch (k) {
      case 0: case 1: add_op(&l, "[]", 1, rkey()); break;
      case 2: add_op(&l, "[]=", 2, rkey(), ai_small(ri(0, 9))); break;
      case 3: add_op(&l, "get", 1, rkey()); break;
      case 4: add_op(&l, "setdefault", 2, rkey(), ai_small(ri(0, 9))); break;
      case 5: add_op(&l, "del", 1, rkey()); break;
      case 6: add_op(&l, "len", 0); break;
      case 7: add_op(&l, "in", 1, rkey()); break;
      case 8: add_op(&l, "items", 0); break;
      case 9: add_op(&l, "list", 0); break;
      case 10: add_op(&l, "rev", 0); break;
      case 11: add_op(&l, "==", 1, ai_builtin_dict(rpairs(3))); break;
      case 12: add_op(&l, "|", 1, ai_builtin_dict(rpairs(3))); break;
      case 13: add_op(&l, "copyrepr", 0); break;
      case 14: add_op(&l, "pop", 1, rkey()); break;
      case 15: add_op(&l, "popitem", 0); break;
      case 16: add_op(&l, "update", 1, ai_builtin_dict(rpairs(3))); break;
      case 17: add_op(&l, "str", 0); break;
      case 18:
        if (od) add_op(&l, "move_to_end", 1, rkey());
        else add_op(&l, "bool", 0);
        break;
      case 19:
        if (od) add_op(&l, "move_to_end", 2, rkey(), ri(0, 1) ? AI_TRUE_W : AI_FALSE_W);
        else add_op(&l, "|=", 1, ai_builtin_dict(rpairs(2)));
        break;
      case 20:
        if (od) add_op(&l, "popitem", 1, ri(0, 1) ? AI_TRUE_W : AI_FALSE_W);
        else add_op(&l, "clear", 0);
        break;
      case 21: {
        ai_word p = rpairs(4);
        op = add_op(&l, "==", 1, ai_collections_ordereddict(p));
        op->src[0] = dupf("OrderedDict(%s)", p);
        break;
      }
      default: add_op(&l, "bool", 0); break;
      }
    }
    run_ops(src.p, obj, &l);
    free(src.p);
  }
}

/* ---------------------------------------------------------------- heapq / bisect */

static void gen_heapq(int count) {
  for (int c = 0; c < count; c++) {
    ai_word init = rlist(12, rnum);
    ai_word h = ai_list_new(ai_as_list(init)->len, ai_as_list(init)->items);
    sb e = {0}, r = {0};
    puts_(&e, "heap_ops(");
    put_repr(&e, init);
    puts_(&e, ", [");
    put_outcome(&r, ai_heapq_heapify(h));
    puts_(&r, "|");
    put_repr(&r, h);
    int nops = (int)ri(1, 16);
    for (int i = 0; i < nops; i++) {
      static const char *const names[] = {"heappush", "heappop", "heappushpop", "heapreplace"};
      int k = (int)ri(0, 3);
      ai_word x = rnum(), res;
      putf(&e, "%s(\"%s\", (", i ? ", " : "", names[k]);
      if (k != 1) {
        put_repr(&e, x);
        puts_(&e, ",");
      }
      puts_(&e, "))");
      switch (k) {
      case 0: res = ai_heapq_heappush(h, x); break;
      case 1: res = ai_heapq_heappop(h); break;
      case 2: res = ai_heapq_heappushpop(h, x); break;
      default: res = ai_heapq_heapreplace(h, x); break;
      }
      puts_(&r, "|");
      put_outcome(&r, res);
      puts_(&r, "|");
      put_repr(&r, h);
    }
    puts_(&e, "])");
    emit_str(&e, &r);
    free(r.p);
    free(e.p);
  }
  sb e = {0};
  for (int c = 0; c < count; c++) {
    ai_word l = rlist(14, rnum);
    int64_t n = ri(-1, 12);
    bool largest = ri(0, 1), useiter = ri(0, 2) == 0;
    putf(&e, "heapq.%s(%lld, %s", largest ? "nlargest" : "nsmallest", (long long)n, useiter ? "iter(" : "");
    put_repr(&e, l);
    puts_(&e, useiter ? "))" : ")");
    ai_word arg = useiter ? ai_obj_iter(l) : l;
    emit(&e, largest ? ai_heapq_nlargest(ai_small(n), arg) : ai_heapq_nsmallest(ai_small(n), arg));
  }
  for (int c = 0; c < count / 4; c++) {
    int n = (int)ri(0, 4);
    ai_word its[4];
    puts_(&e, "list(heapq.merge(");
    for (int i = 0; i < n; i++) {
      its[i] = ai_builtin_sorted(rlist(5, rnum), false);
      if (i) puts_(&e, ", ");
      put_repr(&e, its[i]);
    }
    puts_(&e, "))");
    ai_word m = ai_heapq_merge(n, its);
    emit(&e, m ? ai_builtin_list(m) : 0);
  }
  free(e.p);
}

static void gen_bisect(int count) {
  for (int c = 0; c < count; c++) {
    ai_word init = rlist(10, rnum);
    ai_word a = ai_builtin_sorted(init, false);
    sb e = {0}, r = {0};
    puts_(&e, "bisect_ops(");
    put_repr(&e, init);
    puts_(&e, ", [");
    int nops = (int)ri(1, 12);
    for (int i = 0; i < nops; i++) {
      static const char *const names[] = {"bisect_left", "bisect_right", "bisect", "insort_left", "insort_right", "insort"};
      int k = (int)ri(0, 5), form = (int)ri(0, 4);
      ai_word x = rnum(), lo = 0, hi = 0;
      if (form >= 2) lo = ai_small(ri(-1, 6));
      if (form >= 3) hi = form == 4 ? ai_w(&ai_None) : ai_small(ri(0, 12));
      putf(&e, "%s(\"%s\", (", i ? ", " : "", names[k]);
      put_repr(&e, x);
      if (lo) {
        puts_(&e, ", ");
        put_repr(&e, lo);
      }
      if (hi) {
        puts_(&e, ", ");
        put_repr(&e, hi);
      }
      puts_(&e, lo ? "))" : ",))");
      ai_word res;
      switch (k) {
      case 0: res = ai_bisect_bisect_left(a, x, lo, hi); break;
      case 1:
      case 2: res = ai_bisect_bisect_right(a, x, lo, hi); break;
      case 3: res = ai_bisect_insort_left(a, x, lo, hi); break;
      default: res = ai_bisect_insort_right(a, x, lo, hi); break;
      }
      put_outcome(&r, res);
      puts_(&r, "|");
    }
    put_repr(&r, a);
    puts_(&e, "])");
    emit_str(&e, &r);
    free(r.p);
    free(e.p);
  }
}

/* ---------------------------------------------------------------- itertools */

static ai_word small_iterable(sb *e) {
  if (ri(0, 3) == 0) {
    ai_word s = ai_str_from_utf8("abcdef", ri(0, 4));
    put_repr(e, s);
    return s;
  }
  ai_word l = rlist(4, rval);
  put_repr(e, l);
  return l;
}

static void gen_itertools(int count) {
  sb e = {0};
  ai_word args[4];
  for (int c = 0; c < count; c++) {
    int k = (int)ri(0, 17);
    switch (k) {
    case 0: { /* product */
      int n = (int)ri(0, 3);
      int64_t rep = ri(-1, 3);
      bool userep = ri(0, 1);
      puts_(&e, "list(itertools.product(");
      for (int i = 0; i < n; i++) {
        if (i) puts_(&e, ", ");
        args[i] = small_iterable(&e);
      }
      if (userep) putf(&e, "%srepeat=%lld", n ? ", " : "", (long long)rep);
      puts_(&e, "))");
      ai_word it = ai_itertools_product(n, args, userep ? ai_small(rep) : 0);
      emit(&e, it ? ai_builtin_list(it) : 0);
      break;
    }
    case 1:
    case 2:
    case 3: { /* permutations / combinations / cwr */
      static const char *const names[] = {"permutations", "combinations", "combinations_with_replacement"};
      int which = k - 1;
      putf(&e, "list(itertools.%s(", names[which]);
      ai_word src = small_iterable(&e);
      int form = (int)ri(0, 3);
      ai_word r = 0;
      if (form == 0 && which == 0) r = 0;
      else if (form == 1 && which == 0) r = ai_w(&ai_None);
      else r = ai_small(ri(-1, 5));
      if (r) {
        puts_(&e, ", ");
        put_repr(&e, r);
      }
      puts_(&e, "))");
      ai_word it = which == 0 ? ai_itertools_permutations(src, r)
                   : which == 1 ? ai_itertools_combinations(src, r ? r : ai_small(2))
                                : ai_itertools_combinations_with_replacement(src, r ? r : ai_small(2));
      if (!r && which) { /* the generator always passes r for these */
        reset(&e);
        ai_exc_clear();
        break;
      }
      emit(&e, it ? ai_builtin_list(it) : 0);
      break;
    }
    case 4: { /* islice */
      ai_word src = rlist(8, rval);
      int form = (int)ri(0, 2);
      ai_word w[3];
      for (int i = 0; i < 3; i++) w[i] = ri(0, 4) == 0 ? ai_w(&ai_None) : ai_small(ri(-1, 9));
      if (form == 2 && ri(0, 6) == 0) w[2] = S("x");
      puts_(&e, "list(itertools.islice(");
      put_repr(&e, src);
      ai_word it;
      if (form == 0) {
        puts_(&e, ", ");
        put_repr(&e, w[1]);
        it = ai_itertools_islice(src, 0, w[1], 0);
      } else {
        for (int i = 0; i < form + 1; i++) {
          puts_(&e, ", ");
          put_repr(&e, w[i]);
        }
        it = ai_itertools_islice(src, w[0], w[1], form == 2 ? w[2] : 0);
      }
      puts_(&e, "))");
      emit(&e, it ? ai_builtin_list(it) : 0);
      break;
    }
    case 5: { /* count */
      bool fl = ri(0, 2) == 0;
      ai_word start = fl ? ai_box_float((double)ri(-8, 8) / 4) : ai_small(ri(-5, 5));
      ai_word step = ri(0, 2) == 0 ? ai_box_float((double)ri(-4, 4) / 2) : ai_small(ri(-3, 3));
      int form = (int)ri(0, 2);
      int64_t n = ri(0, 6);
      puts_(&e, "list(itertools.islice(itertools.count(");
      if (form >= 1) put_repr(&e, start);
      if (form == 2) {
        puts_(&e, ", ");
        put_repr(&e, step);
      }
      putf(&e, "), %lld))", (long long)n);
      ai_word it = ai_itertools_count(form >= 1 ? start : 0, form == 2 ? step : 0);
      ai_word sl = it ? ai_itertools_islice(it, 0, ai_small(n), 0) : 0;
      emit(&e, sl ? ai_builtin_list(sl) : 0);
      if (it && ri(0, 1)) { /* its repr after the steps */
        puts_(&e, "(lambda c: (list(itertools.islice(c, ");
        putf(&e, "%lld)), repr(c))[1])(itertools.count(", (long long)n);
        if (form >= 1) put_repr(&e, start);
        if (form == 2) {
          puts_(&e, ", ");
          put_repr(&e, step);
        }
        puts_(&e, "))");
        ai_word it2 = ai_itertools_count(form >= 1 ? start : 0, form == 2 ? step : 0);
        ai_word v;
        for (int64_t i = 0; i < n; i++) ai_iter_next(it2, &v);
        emit(&e, ai_obj_repr(it2));
      }
      break;
    }
    case 6: { /* cycle */
      int64_t n = ri(0, 10);
      puts_(&e, "list(itertools.islice(itertools.cycle(");
      ai_word src = small_iterable(&e);
      putf(&e, "), %lld))", (long long)n);
      ai_word it = ai_itertools_cycle(src);
      ai_word sl = it ? ai_itertools_islice(it, 0, ai_small(n), 0) : 0;
      emit(&e, sl ? ai_builtin_list(sl) : 0);
      break;
    }
    case 7: { /* repeat */
      ai_word x = rval();
      int64_t n = ri(-2, 4);
      bool forever = ri(0, 2) == 0;
      if (forever) {
        puts_(&e, "list(itertools.islice(itertools.repeat(");
        put_repr(&e, x);
        putf(&e, "), %lld))", (long long)(n < 0 ? 0 : n));
        ai_word it = ai_itertools_repeat(x, 0);
        ai_word sl = ai_itertools_islice(it, 0, ai_small(n < 0 ? 0 : n), 0);
        emit(&e, sl ? ai_builtin_list(sl) : 0);
      } else {
        puts_(&e, "(lambda r: (repr(r), list(r)))(itertools.repeat(");
        put_repr(&e, x);
        putf(&e, ", %lld))", (long long)n);
        ai_word it = ai_itertools_repeat(x, ai_small(n));
        ai_word rep = ai_obj_repr(it);
        ai_word l = ai_builtin_list(it);
        emit(&e, ai_tuple_pair(rep, l));
      }
      break;
    }
    case 8: { /* chain */
      int n = (int)ri(0, 3);
      bool from = ri(0, 1);
      puts_(&e, from ? "list(itertools.chain.from_iterable([" : "list(itertools.chain(");
      for (int i = 0; i < n; i++) {
        if (i) puts_(&e, ", ");
        args[i] = small_iterable(&e);
      }
      puts_(&e, from ? "]))" : "))");
      ai_word it = from ? ai_itertools_chain_from_iterable(ai_list_new(n, args)) : ai_itertools_chain(n, args);
      emit(&e, it ? ai_builtin_list(it) : 0);
      break;
    }
    case 9: { /* accumulate */
      ai_word src = rlist(6, rnum);
      int form = (int)ri(0, 2);
      ai_word init = form == 0 ? 0 : form == 1 ? ai_w(&ai_None) : rnum();
      puts_(&e, "list(itertools.accumulate(");
      put_repr(&e, src);
      if (init) {
        puts_(&e, ", initial=");
        put_repr(&e, init);
      }
      puts_(&e, "))");
      ai_word it = ai_itertools_accumulate(src, init);
      emit(&e, it ? ai_builtin_list(it) : 0);
      break;
    }
    case 10:
    case 11: { /* groupby */
      ai_word data = ri(0, 1) ? rlist(10, rnum) : ai_str_from_utf8("aaabbcaadd", ri(0, 10));
      int form = (int)ri(0, 2);
      int64_t take = ri(0, 2);
      if (form == 0) puts_(&e, "groupby_all(");
      else if (form == 1) puts_(&e, "groupby_stale(");
      else puts_(&e, "groupby_partial(");
      put_repr(&e, data);
      if (form == 2) putf(&e, ", %lld", (long long)take);
      puts_(&e, ")");
      ai_word gb = ai_itertools_groupby(data);
      ai_word out = ai_list_new(0, NULL), p;
      if (form == 1) gb = ai_builtin_list(gb);
      ai_word git = ai_obj_iter(gb);
      while (ai_iter_next(git, &p)) {
        ai_word k = ai_as_tuple(p)->items[0], g = ai_as_tuple(p)->items[1];
        ai_word gl = form == 2 ? ai_builtin_list(ai_itertools_islice(g, 0, ai_small(take), 0)) : ai_builtin_list(g);
        ai_list_append(out, ai_tuple_pair(k, gl));
      }
      emit(&e, ai_exc_pending() ? 0 : out);
      break;
    }
    case 12: { /* zip_longest */
      int n = (int)ri(0, 3);
      bool fill = ri(0, 1);
      ai_word fv = rval();
      puts_(&e, "list(itertools.zip_longest(");
      for (int i = 0; i < n; i++) {
        if (i) puts_(&e, ", ");
        args[i] = small_iterable(&e);
      }
      if (fill) {
        puts_(&e, n ? ", fillvalue=" : "fillvalue=");
        put_repr(&e, fv);
      }
      puts_(&e, "))");
      ai_word it = ai_itertools_zip_longest(n, args, fill ? fv : 0);
      emit(&e, it ? ai_builtin_list(it) : 0);
      break;
    }
    case 13: { /* pairwise */
      puts_(&e, "list(itertools.pairwise(");
      ai_word src = small_iterable(&e);
      puts_(&e, "))");
      ai_word it = ai_itertools_pairwise(src);
      emit(&e, it ? ai_builtin_list(it) : 0);
      break;
    }
    case 14: { /* tee */
      ai_word src = rlist(6, rval);
      int64_t n = ri(0, 3);
      puts_(&e, "tee_zip(");
      put_repr(&e, src);
      putf(&e, ", %lld)", (long long)n);
      ai_word t = ai_itertools_tee(ai_obj_iter(src), ai_small(n));
      ai_word out = ai_list_new(0, NULL);
      for (int64_t i = 0; t && i < n; i++)
        ai_list_append(out, ai_builtin_list(ai_itertools_islice(ai_as_tuple(t)->items[i], 0, ai_small(i + 1), 0)));
      for (int64_t i = 0; t && i < n; i++) ai_list_append(out, ai_builtin_list(ai_as_tuple(t)->items[i]));
      emit(&e, t ? out : 0);
      break;
    }
    case 15: { /* errors on non-iterables and bad arguments */
      int which = (int)ri(0, 3);
      if (which == 0) {
        puts_(&e, "list(itertools.chain([1], 5))");
        ai_word a2[2] = {ai_list_new(1, (ai_word[]){ai_small(1)}), ai_small(5)};
        ai_word it = ai_itertools_chain(2, a2);
        emit(&e, it ? ai_builtin_list(it) : 0);
      } else if (which == 1) {
        puts_(&e, "itertools.cycle(3)");
        emit(&e, ai_itertools_cycle(ai_small(3)));
      } else if (which == 2) {
        puts_(&e, "itertools.count('a')");
        emit(&e, ai_itertools_count(S("a"), 0));
      } else {
        puts_(&e, "list(itertools.permutations([1, 2], 'x'))");
        emit(&e, ai_itertools_permutations(ai_list_new(0, NULL), S("x")));
      }
      break;
    }
    default: { /* iterating the collections types through the generic protocol */
      ai_word src = rlist(6, rval);
      puts_(&e, "sorted(set(collections.deque(");
      put_repr(&e, src);
      puts_(&e, ")), key=repr)");
      ai_word d = ai_collections_deque(src, 0);
      ai_word st = ai_builtin_set(d);
      ai_word l = ai_builtin_list(st);
      ai_word keys = ai_list_new(0, NULL);
      for (int64_t i = 0; i < ai_as_list(l)->len; i++) ai_list_append(keys, ai_obj_repr(ai_as_list(l)->items[i]));
      emit(&e, ai_sort_keyed(l, keys, false));
      break;
    }
    }
  }
  free(e.p);
}

/* ---------------------------------------------------------------- copy */

/* builds a random structure: appends its spec (Python source) to e and
 * returns the value; `nodes` records the containers in creation order,
 * `open` marks the ones whose construction has not finished (referable
 * only when they are lists/dicts/deques: created before their items) */
typedef struct {
  ai_word nodes[64];
  bool done[64];
  bool mutable_[64];
  int n;
} Nodes;

static ai_word atom(sb *e) {
  ai_word v;
  switch (ri(0, 5)) {
  case 0: v = rkey(); break;
  case 1: v = ai_box_float((double)ri(-4, 4) / 2); break;
  case 2: v = ai_w(&ai_None); break;
  default: v = ai_small(ri(-3, 9)); break;
  }
  puts_(e, "(\"v\", ");
  put_repr(e, v);
  puts_(e, ")");
  return v;
}

static ai_word build(sb *e, Nodes *nd, int depth) {
  int k = (int)ri(0, depth <= 0 ? 1 : 11);
  if (k <= 1) {
    /* a reference to an existing container (shared / recursive), else an atom */
    if (k == 1 && nd->n > 0) {
      int j = (int)ri(0, nd->n - 1);
      if (nd->done[j] || nd->mutable_[j]) {
        putf(e, "(\"r\", %d)", j);
        return nd->nodes[j];
      }
    }
    return atom(e);
  }
  if (nd->n >= 60) return atom(e);
  int n = (int)ri(0, 4);
  int me = nd->n;
  switch (k) {
  case 2:
  case 3:
  case 4: { /* list */
    ai_word l = ai_list_new(0, NULL);
    nd->nodes[nd->n] = l, nd->mutable_[nd->n] = true, nd->n++;
    puts_(e, "(\"l\", [");
    for (int i = 0; i < n; i++) {
      if (i) puts_(e, ", ");
      ai_list_append(l, build(e, nd, depth - 1));
    }
    puts_(e, "])");
    nd->done[me] = true;
    return l;
  }
  case 5:
  case 6: { /* tuple */
    ai_word items[8];
    puts_(e, "(\"t\", [");
    for (int i = 0; i < n; i++) {
      if (i) puts_(e, ", ");
      items[i] = build(e, nd, depth - 1);
    }
    puts_(e, "])");
    ai_word t = ai_tuple_new(n, items);
    nd->nodes[nd->n] = t, nd->done[nd->n] = true, nd->n++;
    return t;
  }
  case 7:
  case 8: { /* dict / OrderedDict / defaultdict(list) */
    int kind = (int)ri(0, 2);
    ai_word d = kind == 0 ? ai_dict_new() : kind == 1 ? ai_collections_ordereddict(0) : ai_collections_defaultdict(ai_small(4), 0);
    nd->nodes[nd->n] = d, nd->mutable_[nd->n] = true, nd->n++;
    putf(e, "(\"%s\", [", kind == 0 ? "d" : kind == 1 ? "o" : "dd");
    for (int i = 0; i < n; i++) {
      ai_word key = rkey();
      if (i) puts_(e, ", ");
      puts_(e, "(");
      put_repr(e, key);
      puts_(e, ", ");
      ai_obj_setitem(d, key, build(e, nd, depth - 1));
      puts_(e, ")");
    }
    puts_(e, "])");
    nd->done[me] = true;
    return d;
  }
  case 9: { /* set / frozenset of atoms */
    bool frozen = ri(0, 1);
    ai_word l = rlist(4, rsmall); /* ints only: CPython randomises str hashes, so str set orders vary */
    putf(e, "(\"%s\", ", frozen ? "f" : "s");
    put_repr(e, l);
    puts_(e, ")");
    ai_word s = frozen ? ai_builtin_frozenset(l) : ai_builtin_set(l);
    nd->nodes[nd->n] = s, nd->done[nd->n] = true, nd->n++;
    return s;
  }
  case 10: { /* deque */
    int64_t m = ri(0, 2) == 0 ? ri(0, 3) : -1;
    ai_word d = ai_collections_deque(0, m < 0 ? 0 : ai_small(m));
    nd->nodes[nd->n] = d, nd->mutable_[nd->n] = true, nd->n++;
    puts_(e, "(\"q\", [");
    for (int i = 0; i < n; i++) {
      if (i) puts_(e, ", ");
      ai_call_method(d, S("append"), 1, (ai_word[]){build(e, nd, depth - 1)}, 0);
    }
    puts_(e, "], ");
    put_repr(e, maxlen_word(m));
    puts_(e, ")");
    nd->done[me] = true;
    return d;
  }
  default: { /* Counter */
    ai_word l = rkeys_list(5);
    puts_(e, "(\"c\", ");
    put_repr(e, l);
    puts_(e, ")");
    ai_word c = ai_collections_counter(l);
    nd->nodes[nd->n] = c, nd->done[nd->n] = true, nd->n++;
    return c;
  }
  }
}

/* the sharing signature of diff_check_stdlib2.py's sig() */
typedef struct {
  ai_word seen[256];
  int n;
} Seen;

static bool is_container(ai_word w) {
  if (ai_is_small(w)) return false;
  const AiType *t = ai_obj(w)->type;
  return t == &ai_type_list || t == &ai_type_tuple || ai_is_dict(w) || t == &ai_type_set ||
         t == &ai_type_frozenset || t == &ai_type_deque;
}

static const char *py_type_name(ai_word w) {
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_deque) return "deque";
  if (t == &ai_type_defaultdict) return "defaultdict";
  if (t == &ai_type_ordereddict) return "OrderedDict";
  return t->name;
}

static void sig(sb *out, Seen *s, ai_word a, ai_word b) {
  if (!is_container(a)) {
    puts_(out, a == b ? "v" : "V");
    return;
  }
  for (int i = 0; i < s->n; i++)
    if (s->seen[i] == a) {
      putf(out, "@%d", i);
      return;
    }
  if (s->n < 256) s->seen[s->n++] = a;
  putf(out, "%s%s(", py_type_name(a), a == b ? "=" : "*");
  if (ai_is_dict(a)) {
    AiDict *x = ai_as_dict(a), *y = ai_as_dict(b);
    int64_t px = 0, py = 0;
    AiDictEntry *ex, *ey;
    while (ai_dict_next(x, &px, &ex) && ai_dict_next(y, &py, &ey)) sig(out, s, ex->value, ey->value);
  } else if (!ai_is_anyset(a)) {
    ai_word la = ai_builtin_list(a), lb = ai_builtin_list(b);
    for (int64_t i = 0; i < ai_as_list(la)->len && i < ai_as_list(lb)->len; i++)
      sig(out, s, ai_as_list(la)->items[i], ai_as_list(lb)->items[i]);
  }
  puts_(out, ")");
}

static void gen_copy(int count) {
  for (int c = 0; c < count; c++) {
    sb spec = {0}, e = {0}, r = {0};
    Nodes nd;
    memset(&nd, 0, sizeof nd);
    ai_word x = build(&spec, &nd, (int)ri(1, 4));
    bool deep = ri(0, 3) != 0;
    puts_(&e, "copy_sig(");
    puts_(&e, spec.p);
    puts_(&e, deep ? ", True)" : ", False)");
    ai_word y = deep ? ai_copy_deepcopy(x, 0) : ai_copy_copy(x);
    if (!y) {
      emit(&e, 0);
    } else {
      put_repr(&r, y);
      puts_(&r, " ");
      Seen s = {.n = 0};
      sig(&r, &s, y, x);
      emit_str(&e, &r);
    }
    free(spec.p);
    free(e.p);
    free(r.p);
  }
}

/* ---------------------------------------------------------------- string */

static void gen_string(void) {
  static const char *const names[] = {"ascii_letters", "ascii_lowercase", "ascii_uppercase",
                                      "digits",        "hexdigits",       "octdigits",
                                      "punctuation",   "whitespace",      "printable"};
  sb e = {0};
  for (int i = 0; i < 9; i++) {
    putf(&e, "string.%s", names[i]);
    emit(&e, ai_string_const(i));
  }
  free(e.p);
}

int main(int argc, char **argv) {
  uint64_t seed = argc > 1 ? strtoull(argv[1], NULL, 10) : 1;
  int scale = argc > 2 ? atoi(argv[2]) : 1;
  rng_state = seed * 0x2545F4914F6CDD1DULL + 7;
  ai_runtime_init();
  gen_deque(250 * scale);
  gen_counter(200 * scale);
  gen_dicts(200 * scale);
  gen_heapq(150 * scale);
  gen_bisect(150 * scale);
  gen_itertools(600 * scale);
  gen_copy(250 * scale);
  gen_string();
  fflush(stdout);
  (void)ncases;
  return 0;
}
