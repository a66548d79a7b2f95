/*
 * diff_gen_containers.c — differential cases for containers, iteration,
 * methods and builtins. Each case is built twice: as runtime values (and run
 * through the runtime) and as a Python expression text; one line per case:
 *
 *   py <TAB> HEX(expression) <TAB> HEX(result)
 *
 * where the result is repr() of the value (or "!Type: message" when it
 * raised). diff_check_containers.py evaluates every expression with python3
 * (helpers: U(hex) -> str, D(hexbits) -> float, SETN(list) -> set built by
 * one-by-one insertion, setops(...), dictops(...), setsl/delsl ...) and
 * compares repr() texts.
 *
 * usage: diff_gen_containers SEED SCALE
 */
#include "aithon.h"
#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/object.h"
#include "obj/str.h"

#include <math.h>
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

/* expression text */
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
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  put(b, tmp, (size_t)n);
}
static void put_hexbytes(sb *b, const char *s, size_t n) {
  static const char hx[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    char two[2] = {hx[(unsigned char)s[i] >> 4], hx[(unsigned char)s[i] & 15]};
    put(b, two, 2);
  }
}

static void emit(sb *expr, ai_word result) {
  sb line = {0};
  puts_(&line, "py\t");
  if (expr->n) put_hexbytes(&line, expr->p, expr->n);
  else puts_(&line, "-");
  puts_(&line, "\t");
  ai_word r = result ? ai_obj_repr(result) : 0;
  if (!r || ai_exc_pending()) {
    char buf[700];
    const char *m = ai_exc_message();
    snprintf(buf, sizeof buf, "!%s: %s", ai_exc_type() ? ai_exc_type()->name : "?", m ? m : "");
    ai_exc_clear();
    put_hexbytes(&line, buf, strlen(buf));
  } else if (ai_as_str(r)->nbytes == 0) {
    puts_(&line, "-");
  } else {
    put_hexbytes(&line, ai_as_str(r)->data, (size_t)ai_as_str(r)->nbytes);
  }
  puts_(&line, "\n");
  fwrite(line.p, 1, line.n, stdout);
  free(line.p);
  expr->n = 0;
  if (expr->p) expr->p[0] = 0;
}

/* ------------------------------------------------------------ random values */

static const char *const alphabet[] = {"a", "b", "c", "A", "B", " ", " ", ",", ";", "-", "x", "y", "é", "ß",
                                       "Σ", "İ", "\t", "\n", "\r\n", "\x0b", "1", "2", "_", "ǅ", "ﬁ", "  ", "ab", "σ"};

static ai_word gen_str_raw(sb *e, int maxlen) {
  char buf[256];
  size_t n = 0;
  int len = (int)ri(0, maxlen);
  for (int i = 0; i < len; i++) {
    const char *a = alphabet[ri(0, (int64_t)(sizeof alphabet / sizeof *alphabet) - 1)];
    size_t k = strlen(a);
    if (n + k >= sizeof buf) break;
    memcpy(buf + n, a, k);
    n += k;
  }
  puts_(e, "U('");
  put_hexbytes(e, buf, n);
  puts_(e, "')");
  return ai_str_from_utf8(buf, (int64_t)n);
}

static ai_word gen_int(sb *e) {
  int k = (int)ri(0, 9);
  int64_t v;
  if (k < 5) v = ri(-20, 40);
  else if (k < 7) v = ri(-100000, 100000);
  else if (k < 8) v = (int64_t)(rnd() >> ri(1, 63)) * (rnd() & 1 ? 1 : -1);
  else {
    /* big: 2**k + small */
    int sh = (int)ri(61, 130);
    int64_t add = ri(-5, 5);
    ai_word w = ai_int_add(ai_int_lshift(ai_small(1), ai_small(sh)), ai_small(add));
    if (rnd() & 1) {
      w = ai_int_neg(w);
      putf(e, "(-(2**%d+(%lld)))", sh, (long long)add);
    } else putf(e, "(2**%d+(%lld))", sh, (long long)add);
    return w;
  }
  putf(e, "(%lld)", (long long)v);
  return ai_int_from_i64(v);
}

static double rand_double(void) {
  static const double nice[] = {0.0, -0.0, 0.5, 1.0, -1.0, 1.5, 2.0, 0.1, 1e16, 1e-7, 3.0, 100.0, -2.5, 1e300};
  int k = (int)ri(0, 5);
  if (k == 0) return nice[ri(0, (int64_t)(sizeof nice / sizeof *nice) - 1)];
  if (k == 1) {
    uint64_t bits = rnd();
    double d;
    memcpy(&d, &bits, 8);
    if (isnan(d)) d = 1.25;
    return d;
  }
  if (k == 2) return (double)ri(-50, 50);
  if (k == 3) return ldexp((double)ri(-1000000, 1000000), (int)ri(-60, 60));
  if (k == 4) return INFINITY * (rnd() & 1 ? 1 : -1);
  return (double)ri(-1000, 1000) / 8.0;
}

static ai_word put_double(sb *e, double d) {
  uint64_t bits;
  memcpy(&bits, &d, 8);
  putf(e, "D('%016llx')", (unsigned long long)bits);
  return ai_box_float(d);
}

static ai_word gen_float(sb *e) { return put_double(e, rand_double()); }

static ai_word gen_value(sb *e, int depth, bool hashable);
/* > 0 while generating set elements: no strs there (CPython's str hashes are
 * randomised per process, so set orders with strs are not reproducible) */
static int in_set, in_tuple;
/* a frozenset built as CPython's frozenset(SETN([...])): merged from a set */
static ai_word frozen_of(int64_t n, const ai_word *items) {
  ai_word s = ai_set_new(n, items);
  return s ? ai_builtin_frozenset(s) : 0;
}

static ai_word gen_tuple(sb *e, int depth, bool hashable) {
  int n = (int)ri(0, 4);
  ai_word items[8];
  puts_(e, "(");
  in_tuple++;
  for (int i = 0; i < n; i++) {
    if (i) puts_(e, ", ");
    items[i] = gen_value(e, depth - 1, hashable);
  }
  in_tuple--;
  if (n == 1) puts_(e, ",");
  puts_(e, ")");
  return ai_tuple_new(n, items);
}

static ai_word gen_value(sb *e, int depth, bool hashable) {
  int k = (int)ri(0, depth > 0 ? 13 : 7);
  switch (k) {
  case 0:
  case 1: return gen_int(e);
  case 2: return gen_float(e);
  case 3:
  case 4:
    if (in_set) return gen_int(e);
    return gen_str_raw(e, 4);
  case 5:
    if (rnd() & 1) {
      puts_(e, "True");
      return ai_box_bool(true);
    }
    puts_(e, "False");
    return ai_box_bool(false);
  case 6:
    /* None's hash is its address in CPython: only its low 16 bits are the
     * same from run to run, so its place in a set (perturbed probing uses the
     * high bits on collisions) is not reproducible: no None in sets */
    if (in_set) return gen_int(e);
    puts_(e, "None");
    return ai_w(&ai_None);
  case 7: return gen_int(e);
  case 8:
  case 9: return gen_tuple(e, depth, hashable);
  default: break;
  }
  if (hashable) {
    if (k == 13) {
      int n = (int)ri(0, 5);
      ai_word items[8];
      puts_(e, "frozenset(SETN([");
      in_set++;
      for (int i = 0; i < n; i++) {
        if (i) puts_(e, ", ");
        items[i] = gen_value(e, depth - 1, true);
      }
      in_set--;
      puts_(e, "]))");
      return frozen_of(n, items);
    }
    return gen_tuple(e, depth, true);
  }
  if (k == 10) {
    int n = (int)ri(0, 5);
    ai_word items[8];
    puts_(e, "[");
    for (int i = 0; i < n; i++) {
      if (i) puts_(e, ", ");
      items[i] = gen_value(e, depth - 1, false);
    }
    puts_(e, "]");
    return ai_list_new(n, items);
  }
  if (k == 11) {
    int n = (int)ri(0, 5);
    ai_word d = ai_dict_new();
    puts_(e, "DICTN([");
    for (int i = 0; i < n; i++) {
      if (i) puts_(e, ", ");
      puts_(e, "(");
      ai_word key = gen_value(e, depth - 1, true);
      puts_(e, ", ");
      ai_word v = gen_value(e, depth - 1, false);
      puts_(e, ")");
      ai_dict_set(d, key, v);
    }
    puts_(e, "])");
    return d;
  }
  int n = (int)ri(0, 6);
  ai_word items[8];
  bool frozen = k == 13;
  puts_(e, frozen ? "frozenset(SETN([" : "SETN([");
  in_set++;
  for (int i = 0; i < n; i++) {
    if (i) puts_(e, ", ");
    items[i] = gen_value(e, depth - 1, true);
  }
  in_set--;
  puts_(e, frozen ? "]))" : "])");
  return frozen ? frozen_of(n, items) : ai_set_new(n, items);
}

/* ------------------------------------------------------------ cases */

static void gen_repr_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    ai_word v = gen_value(&e, (int)ri(1, 3), false);
    emit(&e, v);
  }
  free(e.p);
}

/* hash(): ints, floats, tuples, frozensets of ints */
static void gen_hash_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    puts_(&e, "hash(");
    ai_word v;
    in_set += 2;
    int k = (int)ri(0, 4);
    if (k == 0) v = gen_int(&e);
    else if (k == 1) v = gen_float(&e);
    else if (k == 2) v = gen_tuple(&e, 2, true);
    else if (k == 3) v = gen_str_raw(&e, 3); /* str hashes differ: only check it raises nothing */
    else v = gen_value(&e, 2, false);
    in_set -= 2;
    puts_(&e, ")");
    if (k == 3) {
      e.n = 0;
      puts_(&e, "0");
      emit(&e, ai_small(0));
      continue;
    }
    int64_t h = ai_obj_hash(v);
    if (ai_exc_pending()) emit(&e, 0);
    else emit(&e, ai_int_from_i64(h));
  }
  free(e.p);
}

/* set orders: one-by-one adds of random ints / floats / tuples, removals, pops,
 * and the set algebra */
static ai_word gen_set_key(sb *e, int mode) {
  switch (mode) {
  case 0: {
    int64_t v = ri(-50, 200);
    putf(e, "(%lld)", (long long)v);
    return ai_small(v);
  }
  case 1: {
    int64_t v = (int64_t)(rnd() >> ri(2, 40));
    if (rnd() & 1) v = -v;
    putf(e, "(%lld)", (long long)v);
    return ai_int_from_i64(v);
  }
  case 2: return gen_float(e);
  case 3: {
    in_set++;
    ai_word v = gen_tuple(e, 1, true);
    in_set--;
    return v;
  }
  case 4: {
    int64_t v = ri(1, 30);
    if (v == 1) {
      puts_(e, "True");
      return ai_box_bool(true);
    }
    putf(e, "(%lld)", (long long)(v * 8));
    return ai_small(v * 8);
  }
  default: {
    in_set++;
    ai_word v = gen_value(e, 1, true);
    in_set--;
    return v;
  }
  }
}

static void gen_setorder_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    int mode = (int)ri(0, 5);
    int nops = (int)ri(0, 60);
    ai_word s = ai_set_new(0, NULL);
    puts_(&e, "setops([");
    for (int k = 0; k < nops; k++) {
      int op = (int)ri(0, 9);
      if (k) puts_(&e, ", ");
      if (op < 7) {
        puts_(&e, "('a', ");
        ai_word key = gen_set_key(&e, mode);
        puts_(&e, ")");
        ai_set_add(s, key);
      } else if (op < 9) {
        puts_(&e, "('d', ");
        ai_word key = gen_set_key(&e, mode);
        puts_(&e, ")");
        ai_set_discard_key(ai_as_set(s), key);
      } else {
        puts_(&e, "('p', None)");
        if (ai_as_set(s)->used) ai_set_pop(ai_as_set(s));
      }
    }
    puts_(&e, "])");
    emit(&e, s);
  }
  /* constant set displays */
  for (int i = 0; i < n / 4; i++) {
    int cnt = (int)ri(3, 12);
    ai_word items[16];
    puts_(&e, "{");
    for (int k = 0; k < cnt; k++) {
      int64_t v = ri(0, 3) == 0 ? ri(-1000, 1000) : ri(0, 64);
      if (k) puts_(&e, ", ");
      putf(&e, "%lld", (long long)v);
      items[k] = ai_small(v);
    }
    puts_(&e, "}");
    emit(&e, ai_set_new_const(cnt, items));
  }
  /* algebra: a OP b for random int sets */
  static const char *const ops[] = {"|", "&", "-", "^"};
  static const char *const meths[] = {"union", "intersection", "difference", "symmetric_difference", "issubset",
                                      "issuperset", "isdisjoint", "update", "intersection_update",
                                      "difference_update", "symmetric_difference_update", "copy"};
  for (int i = 0; i < n; i++) {
    ai_word a[64], b[64];
    int na = (int)ri(0, 40), nb = (int)ri(0, 40);
    int64_t span = ri(5, 300);
    sb ea = {0}, eb = {0};
    for (int k = 0; k < na; k++) {
      int64_t v = ri(-span, span);
      a[k] = ai_small(v);
      putf(&ea, "%s%lld", k ? ", " : "", (long long)v);
    }
    for (int k = 0; k < nb; k++) {
      int64_t v = ri(-span, span);
      b[k] = ai_small(v);
      putf(&eb, "%s%lld", k ? ", " : "", (long long)v);
    }
    ai_word sa = ai_set_new(na, a), sbw = ai_set_new(nb, b);
    int which = (int)ri(0, 15);
    if (which < 4) {
      putf(&e, "SETN([%s]) %s SETN([%s])", ea.p ? ea.p : "", ops[which], eb.p ? eb.p : "");
      emit(&e, ai_obj_binop(which == 0 ? AI_OR : which == 1 ? AI_AND : which == 2 ? AI_SUB : AI_XOR, sa, sbw));
    } else {
      const char *m = meths[which - 4];
      bool arg_list = rnd() & 1;
      ai_word arg = arg_list ? ai_list_new(nb, b) : sbw;
      bool mutating = strstr(m, "update") != NULL;
      if (strcmp(m, "copy") == 0)
        putf(&e, "SETN([%s]).copy()", ea.p ? ea.p : "");
      else if (mutating)
        putf(&e, "mut(SETN([%s]), '%s', %s[%s]%s)", ea.p ? ea.p : "", m, arg_list ? "" : "SETN(", eb.p ? eb.p : "",
             arg_list ? "" : ")");
      else
        putf(&e, "SETN([%s]).%s(%s[%s]%s)", ea.p ? ea.p : "", m, arg_list ? "" : "SETN(", eb.p ? eb.p : "",
             arg_list ? "" : ")");
      ai_word name = ai_str_from_utf8(m, (int64_t)strlen(m));
      ai_word r = ai_call_method(sa, name, strcmp(m, "copy") == 0 ? 0 : 1, &arg, 0);
      emit(&e, mutating && r ? sa : r);
    }
    free(ea.p);
    free(eb.p);
  }
  free(e.p);
}

/* dict: random sequences of set / del / pop / popitem / setdefault with
 * numerically equal keys (1, 1.0, True) */
static void gen_dict_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    ai_word d = ai_dict_new();
    int nops = (int)ri(0, 40);
    puts_(&e, "dictops([");
    for (int k = 0; k < nops; k++) {
      if (k) puts_(&e, ", ");
      int op = (int)ri(0, 9);
      ai_word key;
      sb ek = {0};
      int kk = (int)ri(0, 6);
      if (kk < 3) {
        int64_t v = ri(0, 12);
        putf(&ek, "%lld", (long long)v);
        key = ai_small(v);
      } else if (kk == 3) {
        double v = (double)ri(0, 12);
        key = put_double(&ek, v);
      } else if (kk == 4) {
        bool b = rnd() & 1;
        puts_(&ek, b ? "True" : "False");
        key = ai_box_bool(b);
      } else key = gen_str_raw(&ek, 1);
      int64_t val = ri(0, 99);
      if (op < 5) {
        putf(&e, "('s', %s, %lld)", ek.p, (long long)val);
        ai_dict_set(d, key, ai_small(val));
      } else if (op < 7) {
        putf(&e, "('d', %s, 0)", ek.p);
        ai_word args[2] = {key, ai_small(-1)};
        ai_call_method(d, ai_str_from_utf8("pop", 3), 2, args, 0);
      } else if (op < 8) {
        putf(&e, "('p', 0, 0)");
        ai_call_method(d, ai_str_from_utf8("popitem", 7), 0, NULL, 0);
        ai_exc_clear();
      } else {
        putf(&e, "('t', %s, %lld)", ek.p, (long long)val);
        ai_word args[2] = {key, ai_small(val)};
        ai_call_method(d, ai_str_from_utf8("setdefault", 10), 2, args, 0);
      }
      free(ek.p);
    }
    puts_(&e, "])");
    emit(&e, d);
  }
  free(e.p);
}

/* sorting */
static void gen_sort_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    int len = (int)(ri(0, 3) == 0 ? ri(0, 300) : ri(0, 20));
    int kind = (int)ri(0, 6);
    ai_word items[300];
    puts_(&e, "sorted([");
    for (int k = 0; k < len; k++) {
      if (k) puts_(&e, ", ");
      switch (kind) {
      case 0: {
        int64_t v = ri(-10, 10);
        putf(&e, "(%lld)", (long long)v);
        items[k] = ai_small(v);
        break;
      }
      case 1: items[k] = gen_int(&e); break;
      case 2: items[k] = gen_float(&e); break;
      case 3: items[k] = gen_str_raw(&e, 3); break;
      case 4: items[k] = rnd() & 1 ? gen_int(&e) : gen_float(&e); break;
      case 5: items[k] = gen_tuple(&e, 1, true); break;
      default: items[k] = ri(0, 30) ? gen_int(&e) : gen_str_raw(&e, 2); break;
      }
    }
    bool rev = rnd() & 1;
    putf(&e, "], reverse=%s)", rev ? "True" : "False");
    emit(&e, ai_builtin_sorted(ai_list_new(len, items), rev));
  }
  free(e.p);
}

/* slicing list / tuple / str / range with random bounds and steps */
static ai_word gen_bound(sb *e, bool step) {
  int k = (int)ri(0, 9);
  if (k == 0) {
    puts_(e, "None");
    return ai_w(&ai_None);
  }
  int64_t v;
  if (k == 1) v = (int64_t)(rnd() >> 2) * (rnd() & 1 ? 1 : -1);
  else v = ri(-12, 12);
  if (step && v == 0 && ri(0, 5)) v = 1;
  putf(e, "(%lld)", (long long)v);
  return ai_int_from_i64(v);
}

static void gen_slice_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    int kind = (int)ri(0, 5);
    int len = (int)ri(0, 10);
    ai_word seq;
    sb es = {0};
    if (kind == 0 || kind == 4 || kind == 5) {
      ai_word items[16];
      puts_(&es, "[");
      for (int k = 0; k < len; k++) {
        putf(&es, "%s%d", k ? ", " : "", k);
        items[k] = ai_small(k);
      }
      puts_(&es, "]");
      seq = ai_list_new(len, items);
    } else if (kind == 1) {
      ai_word items[16];
      puts_(&es, "(");
      for (int k = 0; k < len; k++) {
        putf(&es, "%s%d", k ? ", " : "", k);
        items[k] = ai_small(k);
      }
      puts_(&es, len == 1 ? ",)" : ")");
      seq = ai_tuple_new(len, items);
    } else if (kind == 2) {
      seq = gen_str_raw(&es, 8);
    } else {
      sb a = {0}, b = {0}, c = {0};
      ai_word x = gen_int(&a), y = gen_int(&b);
      int64_t st = ri(-4, 4);
      if (st == 0) st = 1;
      putf(&c, "%lld", (long long)st);
      putf(&es, "range(%s, %s, %s)", a.p, b.p, c.p);
      seq = ai_range_new(ai_small(ri(-20, 20)), ai_small(ri(-20, 20)), ai_small(st));
      (void)x, (void)y;
      es.n = 0;
      AiRange *r = ai_as_range(seq);
      putf(&es, "range(%lld, %lld, %lld)", (long long)ai_small_val(r->start), (long long)ai_small_val(r->stop),
           (long long)st);
      free(a.p), free(b.p), free(c.p);
    }
    sb eb = {0};
    ai_word lo = gen_bound(&eb, false);
    puts_(&eb, ", ");
    ai_word hi = gen_bound(&eb, false);
    puts_(&eb, ", ");
    ai_word st = gen_bound(&eb, true);
    ai_word sl = ai_slice_new(lo, hi, st);
    if (kind == 4) {
      /* assignment of a list of random length */
      int m = (int)ri(0, 6);
      ai_word items[8];
      sb ev = {0};
      puts_(&ev, "[");
      for (int k = 0; k < m; k++) {
        putf(&ev, "%s%d", k ? ", " : "", 100 + k);
        items[k] = ai_small(100 + k);
      }
      puts_(&ev, "]");
      putf(&e, "setsl(%s, slice(%s), %s)", es.p, eb.p, ev.p);
      bool ok = ai_obj_setitem(seq, sl, ai_list_new(m, items));
      emit(&e, ok ? seq : 0);
      free(ev.p);
    } else if (kind == 5) {
      putf(&e, "delsl(%s, slice(%s))", es.p, eb.p);
      bool ok = ai_obj_delitem(seq, sl);
      emit(&e, ok ? seq : 0);
    } else {
      putf(&e, "%s[slice(%s)]", es.p, eb.p);
      emit(&e, ai_obj_getitem(seq, sl));
    }
    /* plain indexing too */
    if (kind <= 3) {
      sb ei = {0};
      ai_word idx = gen_bound(&ei, false);
      if (idx != ai_w(&ai_None)) {
        putf(&e, "%s[%s]", es.p, ei.p);
        emit(&e, ai_obj_getitem(seq, idx));
      }
      free(ei.p);
    }
    free(es.p);
    free(eb.p);
  }
  free(e.p);
}

/* str methods with random arguments */
static ai_word opt_int(sb *e, int lo, int hi) {
  int64_t v = ri(lo, hi);
  putf(e, "%lld", (long long)v);
  return ai_small(v);
}

static void gen_str_cases(int n) {
  static const char *const names[] = {"split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind",
                                      "index", "rindex", "count", "startswith", "endswith", "upper", "lower", "title",
                                      "capitalize", "swapcase", "casefold", "isdigit", "isalpha", "isalnum",
                                      "isspace", "isupper", "islower", "isdecimal", "isnumeric", "isidentifier",
                                      "istitle", "center", "ljust", "rjust", "zfill", "splitlines", "partition",
                                      "rpartition", "expandtabs", "join", "removeprefix", "removesuffix",
                                      "isprintable", "isascii"};
  const int nnames = (int)(sizeof names / sizeof *names);
  sb e = {0};
  for (int i = 0; i < n; i++) {
    const char *m = names[ri(0, nnames - 1)];
    sb es = {0};
    ai_word s = gen_str_raw(&es, 10);
    putf(&e, "%s.%s(", es.p, m);
    ai_word args[4];
    int nargs = 0;
    ai_word kwn = 0;
    if (!strcmp(m, "split") || !strcmp(m, "rsplit")) {
      int k = (int)ri(0, 3);
      if (k >= 1) {
        if (ri(0, 3) == 0) {
          puts_(&e, "None");
          args[nargs++] = ai_w(&ai_None);
        } else args[nargs++] = gen_str_raw(&e, 2);
      }
      if (k == 2) {
        puts_(&e, ", ");
        args[nargs++] = opt_int(&e, -1, 3);
      }
      if (k == 3) { /* maxsplit as a keyword */
        puts_(&e, ", maxsplit=");
        args[nargs++] = opt_int(&e, -1, 3);
        kwn = ai_tuple_new(1, (ai_word[]){ai_str_from_utf8("maxsplit", 8)});
      }
    } else if (!strcmp(m, "strip") || !strcmp(m, "lstrip") || !strcmp(m, "rstrip")) {
      if (rnd() & 1) args[nargs++] = gen_str_raw(&e, 3);
    } else if (!strcmp(m, "replace")) {
      args[nargs++] = gen_str_raw(&e, 2);
      puts_(&e, ", ");
      args[nargs++] = gen_str_raw(&e, 2);
      if (rnd() & 1) {
        puts_(&e, ", ");
        args[nargs++] = opt_int(&e, -1, 3);
      }
    } else if (!strcmp(m, "find") || !strcmp(m, "rfind") || !strcmp(m, "index") || !strcmp(m, "rindex") ||
               !strcmp(m, "count") || !strcmp(m, "startswith") || !strcmp(m, "endswith")) {
      if ((!strcmp(m, "startswith") || !strcmp(m, "endswith")) && ri(0, 3) == 0) {
        ai_word t[2];
        puts_(&e, "(");
        t[0] = gen_str_raw(&e, 2);
        puts_(&e, ", ");
        t[1] = gen_str_raw(&e, 2);
        puts_(&e, ")");
        args[nargs++] = ai_tuple_new(2, t);
      } else args[nargs++] = gen_str_raw(&e, 2);
      int k = (int)ri(0, 2);
      for (int j = 0; j < k; j++) {
        puts_(&e, ", ");
        args[nargs++] = ri(0, 4) ? opt_int(&e, -12, 12) : (puts_(&e, "None"), ai_w(&ai_None));
      }
    } else if (!strcmp(m, "center") || !strcmp(m, "ljust") || !strcmp(m, "rjust")) {
      args[nargs++] = opt_int(&e, -2, 16);
      if (rnd() & 1) {
        puts_(&e, ", ");
        args[nargs++] = ri(0, 5) ? gen_str_raw(&e, 1) : gen_str_raw(&e, 2);
      }
    } else if (!strcmp(m, "zfill")) {
      args[nargs++] = opt_int(&e, -1, 14);
    } else if (!strcmp(m, "splitlines")) {
      if (rnd() & 1) {
        bool keep = rnd() & 1;
        if (rnd() & 1) {
          puts_(&e, keep ? "keepends=True" : "keepends=False");
          kwn = ai_tuple_new(1, (ai_word[]){ai_str_from_utf8("keepends", 8)});
        } else puts_(&e, keep ? "True" : "False");
        args[nargs++] = ai_box_bool(keep);
      }
    } else if (!strcmp(m, "partition") || !strcmp(m, "rpartition") || !strcmp(m, "removeprefix") ||
               !strcmp(m, "removesuffix")) {
      args[nargs++] = gen_str_raw(&e, 2);
    } else if (!strcmp(m, "expandtabs")) {
      if (rnd() & 1) args[nargs++] = opt_int(&e, -1, 9);
    } else if (!strcmp(m, "join")) {
      int k = (int)ri(0, 4);
      ai_word items[4];
      puts_(&e, "[");
      for (int j = 0; j < k; j++) {
        if (j) puts_(&e, ", ");
        items[j] = ri(0, 20) ? gen_str_raw(&e, 3) : gen_int(&e);
      }
      puts_(&e, "]");
      args[nargs++] = ai_list_new(k, items);
    }
    puts_(&e, ")");
    emit(&e, ai_call_method(s, ai_str_from_utf8(m, (int64_t)strlen(m)), nargs, args, kwn));
    free(es.p);
  }
  free(e.p);
}

/* str.format */
static void gen_format_cases(int n) {
  static const char *const templates[] = {"{}", "{0}", "{!r}", "{:>6}", "{0:<5}|", "{:^7}", "{0!r:>8}", "{{}} {}",
                                          "{:5}", "{x}", "{0[0]}", "{0} {1} {0}", "{} {}", "{:{}}", "{0:*^9}",
                                          "{!a}", "{:d}", "{:.3}", "{:,}", "a}b", "{", "{0!x}", "{1}", "{0.real}",
                                          "{:x} {:o}", "{:+}", "{:e}", "{:%}", "{0:{1}}"};
  const int nt = (int)(sizeof templates / sizeof *templates);
  sb e = {0};
  for (int i = 0; i < n; i++) {
    const char *t = templates[ri(0, nt - 1)];
    sb et = {0};
    puts_(&et, "U('");
    put_hexbytes(&et, t, strlen(t));
    puts_(&et, "')");
    putf(&e, "%s.format(", et.p);
    ai_word args[4];
    int na = (int)ri(0, 2);
    for (int k = 0; k < na; k++) {
      if (k) puts_(&e, ", ");
      int kind = (int)ri(0, 4);
      if (k == 1 && strstr(t, ":{")) kind = 4; /* a nested width: keep it small */
      if (kind == 0) args[k] = gen_int(&e);
      else if (kind == 1) args[k] = gen_float(&e);
      else if (kind == 2) args[k] = gen_str_raw(&e, 4);
      else if (kind == 3) args[k] = gen_value(&e, 1, false);
      else {
        int64_t w = ri(0, 9);
        putf(&e, "%lld", (long long)w);
        args[k] = ai_small(w);
      }
    }
    ai_word kwn = 0;
    if (strchr(t, 'x') && ri(0, 1)) {
      if (na) puts_(&e, ", ");
      puts_(&e, "x=");
      args[na++] = gen_int(&e);
      kwn = ai_tuple_new(1, (ai_word[]){ai_str_from_utf8("x", 1)});
    }
    puts_(&e, ")");
    emit(&e, ai_call_method(ai_str_from_utf8(t, (int64_t)strlen(t)), ai_str_from_utf8("format", 6), na, args, kwn));
    free(et.p);
  }
  free(e.p);
}

/* builtins on numbers */
static void gen_builtin_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    int k = (int)ri(0, 11);
    if (k == 0 || k == 1) {
      puts_(&e, k ? "divmod(" : "pow(");
      ai_word a = rnd() & 1 ? gen_int(&e) : gen_float(&e);
      puts_(&e, ", ");
      ai_word b = ri(0, 3) ? gen_int(&e) : gen_float(&e);
      if (k == 0) {
        puts_(&e, ", ");
        ai_word m = ri(0, 5) ? gen_int(&e) : gen_float(&e);
        puts_(&e, ")");
        emit(&e, ai_builtin_pow3(a, b, m));
      } else {
        puts_(&e, ")");
        emit(&e, ai_builtin_divmod(a, b));
      }
    } else if (k == 2) {
      puts_(&e, "round(");
      ai_word a = rnd() & 1 ? gen_int(&e) : gen_float(&e);
      ai_word nd = 0;
      if (rnd() & 1) {
        int64_t v = ri(-8, 8);
        putf(&e, ", %lld", (long long)v);
        nd = ai_small(v);
      }
      puts_(&e, ")");
      emit(&e, ai_builtin_round(a, nd));
    } else if (k == 3) {
      static const char *const f[] = {"hex", "oct", "bin"};
      int j = (int)ri(0, 2);
      putf(&e, "%s(", f[j]);
      ai_word a = gen_int(&e);
      puts_(&e, ")");
      emit(&e, j == 0 ? ai_builtin_hex(a) : j == 1 ? ai_builtin_oct(a) : ai_builtin_bin(a));
    } else if (k == 4) {
      puts_(&e, "sum(");
      int len = (int)ri(0, 8);
      ai_word items[8];
      puts_(&e, "[");
      int kind = (int)ri(0, 3);
      for (int j = 0; j < len; j++) {
        if (j) puts_(&e, ", ");
        items[j] = kind == 0 ? gen_int(&e) : kind == 1 ? gen_float(&e) : (rnd() & 1 ? gen_int(&e) : gen_float(&e));
      }
      puts_(&e, "]");
      ai_word start = 0;
      if (ri(0, 3) == 0) {
        puts_(&e, ", ");
        start = gen_float(&e);
      }
      puts_(&e, ")");
      emit(&e, ai_builtin_sum(ai_list_new(len, items), start));
    } else if (k == 5 || k == 6) {
      bool mx = k == 5;
      putf(&e, "%s(", mx ? "max" : "min");
      int len = (int)ri(0, 6);
      ai_word items[8];
      bool spread = len > 1 && (rnd() & 1);
      if (!spread) puts_(&e, "[");
      for (int j = 0; j < len; j++) {
        if (j) puts_(&e, ", ");
        items[j] = ri(0, 10) ? (rnd() & 1 ? gen_int(&e) : gen_float(&e)) : gen_str_raw(&e, 2);
      }
      if (!spread) puts_(&e, "]");
      ai_word dflt = 0;
      if (!spread && ri(0, 2) == 0) {
        puts_(&e, ", default=None");
        dflt = ai_w(&ai_None);
      }
      puts_(&e, ")");
      ai_word l = ai_list_new(len, items);
      ai_word r = spread ? (mx ? ai_builtin_max(len, items, 0) : ai_builtin_min(len, items, 0))
                         : (mx ? ai_builtin_max(1, &l, dflt) : ai_builtin_min(1, &l, dflt));
      emit(&e, r);
    } else if (k == 7) {
      puts_(&e, "chr(");
      int64_t v = ri(0, 5) ? ri(0, 0x2000) : ri(-5, 0x120000);
      putf(&e, "%lld)", (long long)v);
      emit(&e, ai_builtin_chr(ai_small(v)));
    } else if (k == 8) {
      puts_(&e, "ord(");
      ai_word s = gen_str_raw(&e, ri(0, 4) ? 1 : 2);
      puts_(&e, ")");
      emit(&e, ai_builtin_ord(s));
    } else if (k == 9) {
      /* comparisons of containers */
      static const char *const syms[] = {"<", "<=", "==", "!=", ">", ">="};
      int op = (int)ri(0, 5);
      if (ri(0, 2) == 0) { /* a value with itself: identity shortcuts */
        putf(&e, "cmpself(%d, ", op);
        ai_word a = gen_value(&e, 1, false);
        puts_(&e, ")");
        int c = ai_obj_compare(op, a, a);
        emit(&e, c < 0 ? 0 : ai_box_bool(c));
        continue;
      }
      puts_(&e, "(");
      ai_word a = gen_value(&e, 1, false);
      putf(&e, " %s ", syms[op]);
      ai_word b = gen_value(&e, 1, false);
      puts_(&e, ")");
      int c = ai_obj_compare(op, a, b);
      emit(&e, c < 0 ? 0 : ai_box_bool(c));
    } else if (k == 10) {
      /* `in` */
      puts_(&e, "(");
      ai_word x = gen_value(&e, 1, false);
      puts_(&e, " in ");
      ai_word c = gen_value(&e, 2, false);
      puts_(&e, ")");
      int r = ai_obj_contains(c, x);
      emit(&e, r < 0 ? 0 : ai_box_bool(r));
    } else {
      /* list + / * and tuple + / * */
      puts_(&e, "(");
      ai_word a = gen_value(&e, 1, false);
      int op = (int)ri(0, 1);
      puts_(&e, op ? " * " : " + ");
      ai_word b = op ? opt_int(&e, -1, 3) : gen_value(&e, 1, false);
      puts_(&e, ")");
      emit(&e, ai_obj_binop(op ? AI_MUL : AI_ADD, a, b));
    }
  }
  free(e.p);
}

/* iteration: list(...) of enumerate / zip / reversed / dict views */
static void gen_iter_cases(int n) {
  sb e = {0};
  for (int i = 0; i < n; i++) {
    int k = (int)ri(0, 5);
    if (k == 0) {
      puts_(&e, "list(enumerate(");
      ai_word v = gen_value(&e, 2, false);
      int64_t st = ri(-3, 3);
      putf(&e, ", %lld))", (long long)st);
      ai_word it = ai_builtin_enumerate(v, ai_small(st));
      emit(&e, it ? ai_builtin_list(it) : 0);
    } else if (k == 1) {
      ai_word vs[3];
      int m = (int)ri(1, 3);
      bool strict = ri(0, 2) == 0;
      puts_(&e, "list(zip(");
      for (int j = 0; j < m; j++) {
        if (j) puts_(&e, ", ");
        vs[j] = gen_value(&e, 2, false);
      }
      if (strict) puts_(&e, ", strict=True");
      puts_(&e, "))");
      ai_word z = ai_builtin_zip(m, vs, strict);
      emit(&e, z ? ai_builtin_list(z) : 0);
    } else if (k == 2) {
      puts_(&e, "list(reversed(");
      ai_word v = gen_value(&e, 2, false);
      puts_(&e, "))");
      ai_word r = ai_builtin_reversed(v);
      emit(&e, r ? ai_builtin_list(r) : 0);
    } else if (k == 3) {
      static const char *const views[] = {"keys", "values", "items"};
      int j = (int)ri(0, 2);
      puts_(&e, "(lambda d: (d.");
      putf(&e, "%s(), list(d.%s()), list(reversed(d.%s()))))(", views[j], views[j], views[j]);
      ai_word d = ai_dict_new();
      puts_(&e, "DICTN([");
      int m = (int)ri(0, 5);
      for (int q = 0; q < m; q++) {
        if (q) puts_(&e, ", ");
        puts_(&e, "(");
        ai_word key = gen_value(&e, 1, true);
        puts_(&e, ", ");
        ai_word v = gen_value(&e, 1, false);
        puts_(&e, ")");
        ai_dict_set(d, key, v);
      }
      puts_(&e, "]))");
      ai_word name = ai_str_from_utf8(views[j], (int64_t)strlen(views[j]));
      ai_word view = ai_call_method(d, name, 0, NULL, 0);
      ai_word parts[3] = {view, ai_builtin_list(view), ai_builtin_list(ai_builtin_reversed(view))};
      emit(&e, ai_tuple_new(3, parts));
    } else if (k == 4) {
      puts_(&e, "(list(");
      ai_word v = gen_value(&e, 2, false);
      puts_(&e, "), tuple(");
      ai_word w = gen_value(&e, 2, false);
      puts_(&e, "))");
      ai_word a = ai_builtin_list(v), b = a ? ai_builtin_tuple(w) : 0;
      emit(&e, b ? ai_tuple_pair(a, b) : 0);
    } else {
      puts_(&e, "list(range(");
      int64_t a = ri(-10, 10), b = ri(-10, 10), c = ri(-3, 3);
      putf(&e, "%lld, %lld, %lld))", (long long)a, (long long)b, (long long)c);
      ai_word r = ai_range_new(ai_small(a), ai_small(b), ai_small(c));
      emit(&e, r ? ai_builtin_list(r) : 0);
    }
  }
  free(e.p);
}

int main(int argc, char **argv) {
  rng_state = argc > 1 ? strtoull(argv[1], NULL, 10) : 1;
  int scale = argc > 2 ? atoi(argv[2]) : 1;
  gen_repr_cases(800 * scale);
  gen_hash_cases(1500 * scale);
  gen_setorder_cases(1200 * scale);
  gen_dict_cases(500 * scale);
  gen_sort_cases(600 * scale);
  gen_slice_cases(1500 * scale);
  gen_str_cases(3000 * scale);
  gen_format_cases(600 * scale);
  gen_builtin_cases(1500 * scale);
  gen_iter_cases(500 * scale);
  fflush(stdout);
  return 0;
}
