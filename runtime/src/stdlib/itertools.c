/*
 * stdlib/itertools.c — the itertools iterators that need no callable (the
 * compiler handles key=/func= forms itself): count, cycle, repeat, chain,
 * islice, product, permutations, combinations,
 * combinations_with_replacement, accumulate (+), groupby (no key),
 * zip_longest, pairwise, tee. Ports of CPython 3.11's itertoolsmodule.c
 * (same algorithms, same points where arguments are consumed, same errors).
 *
 * GC layout (no type registered: scanned conservatively): every object is a
 * fixed struct of words and int64s, plus ai_alloc'd int64 index arrays
 * (product/permutations/combinations) and word arrays (zip_longest: inline).
 */
#include "stdlib/itertools.h"

#include "obj/int.h"
#include "obj/userclass.h"

#define DEFTYPE(var, name) static const AiType var = {"itertools." name, NULL}
DEFTYPE(t_count, "count");
DEFTYPE(t_cycle, "cycle");
DEFTYPE(t_repeat, "repeat");
DEFTYPE(t_chain, "chain");
DEFTYPE(t_islice, "islice");
DEFTYPE(t_product, "product");
DEFTYPE(t_perm, "permutations");
DEFTYPE(t_comb, "combinations");
DEFTYPE(t_cwr, "combinations_with_replacement");
DEFTYPE(t_accumulate, "accumulate");
DEFTYPE(t_groupby, "groupby");
DEFTYPE(t_grouper, "_grouper");
DEFTYPE(t_zip_longest, "zip_longest");
DEFTYPE(t_pairwise, "pairwise");
DEFTYPE(t_tee, "_tee");
DEFTYPE(t_tee_data, "_tee_dataobject");

static void register_types(void);

static void *new_obj(const AiType *t, size_t size) {
  register_types();
  AiObject *o = ai_alloc(size);
  if (o) o->type = t;
  return o;
}

static ai_word self_iter(ai_word o) { return o; }

/* ---------------------------------------------------------------- count */

typedef struct {
  AiObject ob;
  ai_word cnt, step;
} Count;

static bool is_number(ai_word w) { return ai_is_int(w) || ai_is_bool(w) || ai_is_float(w); }

ai_word ai_itertools_count(ai_word start, ai_word step) {
  if (!start) start = ai_small(0);
  if (!step) step = ai_small(1);
  if (!is_number(start) || !is_number(step)) {
    ai_raise(&ai_exc_TypeError, "a number is required");
    return 0;
  }
  if (ai_is_bool(start)) start = ai_small(start == AI_TRUE_W);
  Count *c = new_obj(&t_count, sizeof(Count));
  if (!c) return 0;
  c->cnt = start;
  c->step = step;
  return ai_w(c);
}

static bool count_next(ai_word w, ai_word *out) {
  Count *c = (Count *)(intptr_t)w;
  ai_word v = c->cnt;
  ai_word n = ai_is_small(v) && ai_is_small(c->step) ? ai_int_add(v, c->step) : ai_obj_binop(AI_ADD, v, c->step);
  if (!n) return false;
  c->cnt = n;
  *out = v;
  return true;
}

static ai_word count_repr(ai_word w) {
  Count *c = (Count *)(intptr_t)w;
  ai_sbuf b = {0};
  ai_sl_puts(&b, "count(");
  bool ok = ai_sl_put_repr(&b, c->cnt);
  bool unit = c->step == ai_small(1) || c->step == AI_TRUE_W;
  if (ok && !unit) {
    ai_sl_puts(&b, ", ");
    ok = ai_sl_put_repr(&b, c->step);
  }
  ai_sbuf_putc(&b, ')');
  if (!ok) {
    ai_sbuf_free(&b);
    return 0;
  }
  return ai_sbuf_to_str(&b);
}

/* ---------------------------------------------------------------- cycle */

typedef struct {
  AiObject ob;
  ai_word it, saved; /* saved: a list */
  int64_t index;
  bool firstpass;
} Cycle;

ai_word ai_itertools_cycle(ai_word iterable) {
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  ai_word saved = ai_list_new(0, NULL);
  Cycle *c = saved ? new_obj(&t_cycle, sizeof(Cycle)) : NULL;
  if (!c) return 0;
  c->it = it;
  c->saved = saved;
  c->firstpass = true;
  return ai_w(c);
}

static bool cycle_next(ai_word w, ai_word *out) {
  Cycle *c = (Cycle *)(intptr_t)w;
  if (c->it) {
    ai_word v;
    if (ai_iter_next(c->it, &v)) {
      if (c->firstpass && !ai_list_append(c->saved, v)) return false;
      *out = v;
      return true;
    }
    if (ai_exc_pending()) return false;
    c->it = 0;
  }
  AiList *s = ai_as_list(c->saved);
  if (s->len == 0) return false;
  *out = s->items[c->index];
  c->index = c->index + 1 == s->len ? 0 : c->index + 1;
  return true;
}

/* ---------------------------------------------------------------- repeat */

typedef struct {
  AiObject ob;
  ai_word elem;
  int64_t cnt; /* -1: forever */
} Repeat;

ai_word ai_itertools_repeat(ai_word x, ai_word times) {
  int64_t n = -1;
  if (times) {
    if (!ai_index_arg(times, &n)) return 0;
    if (n < 0) n = 0;
  }
  Repeat *r = new_obj(&t_repeat, sizeof(Repeat));
  if (!r) return 0;
  r->elem = x;
  r->cnt = n;
  return ai_w(r);
}

static bool repeat_next(ai_word w, ai_word *out) {
  Repeat *r = (Repeat *)(intptr_t)w;
  if (r->cnt == 0) return false;
  if (r->cnt > 0) r->cnt--;
  *out = r->elem;
  return true;
}

static ai_word repeat_repr(ai_word w) {
  Repeat *r = (Repeat *)(intptr_t)w;
  ai_sbuf b = {0};
  ai_sl_puts(&b, "repeat(");
  if (!ai_sl_put_repr(&b, r->elem)) {
    ai_sbuf_free(&b);
    return 0;
  }
  if (r->cnt >= 0) {
    char tmp[32];
    ai_sbuf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, ", %lld", (long long)r->cnt));
  }
  ai_sbuf_putc(&b, ')');
  return ai_sbuf_to_str(&b);
}

/* ---------------------------------------------------------------- chain */

typedef struct {
  AiObject ob;
  ai_word source; /* iterator of iterables, 0 when done */
  ai_word active; /* current iterator, 0 between iterables */
} Chain;

static ai_word chain_new(ai_word source) {
  Chain *c = new_obj(&t_chain, sizeof(Chain));
  if (!c) return 0;
  c->source = source;
  return ai_w(c);
}

ai_word ai_itertools_chain(int64_t n, const ai_word *iterables) {
  ai_word t = ai_tuple_new(n, iterables);
  ai_word src = t ? ai_obj_iter(t) : 0;
  return src ? chain_new(src) : 0;
}

ai_word ai_itertools_chain_from_iterable(ai_word iterable) {
  ai_word src = ai_obj_iter(iterable);
  return src ? chain_new(src) : 0;
}

static bool chain_next(ai_word w, ai_word *out) {
  Chain *c = (Chain *)(intptr_t)w;
  while (c->source) {
    if (!c->active) {
      ai_word iterable;
      if (!ai_iter_next(c->source, &iterable)) {
        c->source = 0;
        return false;
      }
      c->active = ai_obj_iter(iterable);
      if (!c->active) {
        c->source = 0;
        return false;
      }
    }
    if (ai_iter_next(c->active, out)) return true;
    if (ai_exc_pending()) return false;
    c->active = 0;
  }
  return false;
}

/* ---------------------------------------------------------------- islice */

typedef struct {
  AiObject ob;
  ai_word it;
  int64_t next, stop, step, cnt; /* stop -1: none */
} ISlice;

/* PyNumber_AsSsize_t, errors swallowed: -1 when not an int or out of range */
static int64_t as_ssize(ai_word w) {
  /* an instance with __index__ stands for its int */
  ai_word held;
  if (!ai_is_small(w) && ai_class_index_value(w, &held)) w = held;
  else if (ai_exc_pending()) ai_exc_clear();
  if (!ai_is_int(w) && !ai_is_bool(w)) return -1;
  int64_t v;
  if (ai_is_bool(w)) return w == AI_TRUE_W;
  if (!ai_int_to_i64(w, &v)) return -1;
  return v;
}

ai_word ai_itertools_islice(ai_word iterable, ai_word start, ai_word stop, ai_word step) {
  int64_t st = 0, sp = -1, stp = 1;
  const char *stopmsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (stop && stop != AI_NONE_W) {
    sp = as_ssize(stop);
    if (sp == -1) {
      ai_raise(&ai_exc_ValueError, stopmsg);
      return 0;
    }
  }
  if (start && start != AI_NONE_W) st = as_ssize(start);
  if (st < 0 || sp < -1) {
    ai_raise(&ai_exc_ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    return 0;
  }
  if (step && step != AI_NONE_W) stp = as_ssize(step);
  if (stp < 1) {
    ai_raise(&ai_exc_ValueError, "Step for islice() must be a positive integer or None.");
    return 0;
  }
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  ISlice *s = new_obj(&t_islice, sizeof(ISlice));
  if (!s) return 0;
  s->it = it;
  s->next = st;
  s->stop = sp;
  s->step = stp;
  return ai_w(s);
}

static bool islice_next(ai_word w, ai_word *out) {
  ISlice *s = (ISlice *)(intptr_t)w;
  if (!s->it) return false;
  ai_word v;
  while (s->cnt < s->next) {
    if (!ai_iter_next(s->it, &v)) goto empty;
    s->cnt++;
  }
  if (s->stop != -1 && s->cnt >= s->stop) goto empty;
  if (!ai_iter_next(s->it, &v)) goto empty;
  s->cnt++;
  int64_t old = s->next;
  if (__builtin_add_overflow(s->next, s->step, &s->next) || s->next < old || (s->stop != -1 && s->next > s->stop))
    s->next = s->stop;
  *out = v;
  return true;
empty:
  s->it = 0;
  return false;
}

/* ---------------------------------------------------------------- product */

typedef struct {
  AiObject ob;
  ai_word pools; /* tuple of tuples (repeat applied) */
  int64_t *indices;
  ai_word result; /* last result tuple, 0 before the first */
  bool stopped;
} Product;

ai_word ai_itertools_product(int64_t n, const ai_word *iterables, ai_word repeat) {
  int64_t rep = 1;
  if (repeat) {
    if (!ai_index_arg(repeat, &rep)) return 0;
    if (rep < 0) {
      ai_raise(&ai_exc_ValueError, "repeat argument cannot be negative");
      return 0;
    }
  }
  if (rep && n > INT64_MAX / 8 / rep) {
    ai_raise(&ai_exc_OverflowError, "repeat argument too large");
    return 0;
  }
  int64_t npools = n * rep;
  AiTuple *base = ai_tuple_alloc(n);
  if (!base) return 0;
  for (int64_t i = 0; i < n; i++) {
    ai_word t = ai_sequence_to_tuple(iterables[i]);
    if (!t) return 0;
    base->items[i] = t;
  }
  AiTuple *pools = ai_tuple_alloc(npools);
  if (!pools) return 0;
  for (int64_t i = 0; i < npools; i++) pools->items[i] = base->items[i % n];
  Product *p = new_obj(&t_product, sizeof(Product));
  if (!p) return 0;
  p->indices = ai_alloc((size_t)(npools ? npools : 1) * sizeof(int64_t));
  if (!p->indices) return 0;
  p->pools = ai_w(pools);
  return ai_w(p);
}

static bool product_next(ai_word w, ai_word *out) {
  Product *p = (Product *)(intptr_t)w;
  if (p->stopped) return false;
  AiTuple *pools = ai_as_tuple(p->pools);
  int64_t n = pools->len;
  AiTuple *r = ai_tuple_alloc(n);
  if (!r) return false;
  if (!p->result) {
    for (int64_t i = 0; i < n; i++) {
      AiTuple *pool = ai_as_tuple(pools->items[i]);
      if (pool->len == 0) {
        p->stopped = true;
        return false;
      }
      r->items[i] = pool->items[0];
    }
  } else {
    AiTuple *old = ai_as_tuple(p->result);
    memcpy(r->items, old->items, (size_t)n * sizeof(ai_word));
    int64_t i = n - 1;
    for (; i >= 0; i--) {
      AiTuple *pool = ai_as_tuple(pools->items[i]);
      p->indices[i]++;
      if (p->indices[i] == pool->len) {
        p->indices[i] = 0;
        r->items[i] = pool->items[0];
      } else {
        r->items[i] = pool->items[p->indices[i]];
        break;
      }
    }
    if (i < 0) {
      p->stopped = true;
      return false;
    }
  }
  p->result = ai_w(r);
  *out = ai_w(r);
  return true;
}

/* ---------------------------------------------------------------- combinatorics */

typedef struct {
  AiObject ob;
  ai_word pool; /* tuple */
  int64_t r;
  int64_t *indices;
  int64_t *cycles; /* permutations only */
  ai_word result;
  bool stopped;
} Comb;

static bool r_arg(ai_word rw, int64_t *out) {
  if (!ai_is_int(rw) && !ai_is_bool(rw)) {
    ai_raise(&ai_exc_TypeError, "Expected int as r");
    return false;
  }
  if (!ai_index_arg(rw, out)) return false;
  if (*out < 0) {
    ai_raise(&ai_exc_ValueError, "r must be non-negative");
    return false;
  }
  return true;
}

static ai_word comb_new(const AiType *t, ai_word iterable, ai_word rw, bool r_optional) {
  ai_word pool = ai_sequence_to_tuple(iterable);
  if (!pool) return 0;
  int64_t n = ai_as_tuple(pool)->len, r = n;
  if (!r_optional || (rw && rw != AI_NONE_W)) {
    if (!r_optional && (!rw || rw == AI_NONE_W)) {
      if (!rw) {
        ai_raise_fmt(&ai_exc_TypeError, "%s() missing required argument 'r' (pos 2)", t->name + 10);
      } else {
        ai_raise(&ai_exc_TypeError, "'NoneType' object cannot be interpreted as an integer");
      }
      return 0;
    }
    if (r_optional) {
      if (!r_arg(rw, &r)) return 0;
    } else {
      if (!ai_index_arg(rw, &r)) return 0;
      if (r < 0) {
        ai_raise(&ai_exc_ValueError, "r must be non-negative");
        return 0;
      }
    }
  }
  if (r > ((int64_t)1 << 40)) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  Comb *c = new_obj(t, sizeof(Comb));
  if (!c) return 0;
  c->pool = pool;
  c->r = r;
  int64_t m = t == &t_perm ? n : r;
  c->indices = ai_alloc((size_t)(m ? m : 1) * sizeof(int64_t));
  if (!c->indices) return 0;
  if (t == &t_perm) {
    c->cycles = ai_alloc((size_t)(r ? r : 1) * sizeof(int64_t));
    if (!c->cycles) return 0;
    for (int64_t i = 0; i < n; i++) c->indices[i] = i;
    for (int64_t i = 0; i < r; i++) c->cycles[i] = n - i;
    c->stopped = r > n;
  } else if (t == &t_comb) {
    for (int64_t i = 0; i < r; i++) c->indices[i] = i;
    c->stopped = r > n;
  } else {
    c->stopped = n == 0 && r > 0;
  }
  return ai_w(c);
}

ai_word ai_itertools_permutations(ai_word iterable, ai_word r) { return comb_new(&t_perm, iterable, r, true); }
ai_word ai_itertools_combinations(ai_word iterable, ai_word r) { return comb_new(&t_comb, iterable, r, false); }
ai_word ai_itertools_combinations_with_replacement(ai_word iterable, ai_word r) {
  return comb_new(&t_cwr, iterable, r, false);
}

static bool comb_emit(Comb *c, ai_word *out) {
  AiTuple *pool = ai_as_tuple(c->pool);
  AiTuple *t = ai_tuple_alloc(c->r);
  if (!t) return false;
  for (int64_t i = 0; i < c->r; i++) t->items[i] = pool->items[c->indices[i]];
  c->result = ai_w(t);
  *out = ai_w(t);
  return true;
}

static bool comb_next(ai_word w, ai_word *out) {
  Comb *c = (Comb *)(intptr_t)w;
  if (c->stopped) return false;
  int64_t n = ai_as_tuple(c->pool)->len, r = c->r, *ix = c->indices;
  const AiType *t = c->ob.type;
  if (!c->result) return comb_emit(c, out);
  if (t == &t_comb) {
    /* the rightmost index that is not at its maximum */
    int64_t i = r - 1;
    while (i >= 0 && ix[i] == i + n - r) i--;
    if (i < 0) {
      c->stopped = true;
      return false;
    }
    ix[i]++;
    for (int64_t j = i + 1; j < r; j++) ix[j] = ix[j - 1] + 1;
    return comb_emit(c, out);
  }
  if (t == &t_cwr) {
    int64_t i = r - 1;
    while (i >= 0 && ix[i] == n - 1) i--;
    if (i < 0) {
      c->stopped = true;
      return false;
    }
    int64_t v = ix[i] + 1;
    for (int64_t j = i; j < r; j++) ix[j] = v;
    return comb_emit(c, out);
  }
  /* permutations */
  if (n == 0) {
    c->stopped = true;
    return false;
  }
  int64_t *cy = c->cycles;
  int64_t i = r - 1;
  for (; i >= 0; i--) {
    cy[i]--;
    if (cy[i] == 0) {
      int64_t first = ix[i];
      for (int64_t j = i; j < n - 1; j++) ix[j] = ix[j + 1];
      ix[n - 1] = first;
      cy[i] = n - i;
    } else {
      int64_t j = cy[i];
      int64_t tmp = ix[i];
      ix[i] = ix[n - j];
      ix[n - j] = tmp;
      break;
    }
  }
  if (i < 0) {
    c->stopped = true;
    return false;
  }
  return comb_emit(c, out);
}

/* ---------------------------------------------------------------- accumulate */

typedef struct {
  AiObject ob;
  ai_word it, total, initial; /* total 0 before the first item */
} Accumulate;

ai_word ai_itertools_accumulate(ai_word iterable, ai_word initial) {
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  Accumulate *a = new_obj(&t_accumulate, sizeof(Accumulate));
  if (!a) return 0;
  a->it = it;
  a->initial = initial == AI_NONE_W ? 0 : initial;
  return ai_w(a);
}

static bool accumulate_next(ai_word w, ai_word *out) {
  Accumulate *a = (Accumulate *)(intptr_t)w;
  if (a->initial) {
    a->total = a->initial;
    a->initial = 0;
    *out = a->total;
    return true;
  }
  ai_word v;
  if (!ai_iter_next(a->it, &v)) return false;
  if (a->total) {
    v = ai_is_small(a->total) && ai_is_small(v) ? ai_int_add(a->total, v) : ai_obj_binop(AI_ADD, a->total, v);
    if (!v) return false;
  }
  a->total = v;
  *out = v;
  return true;
}

/* ---------------------------------------------------------------- groupby */

typedef struct {
  AiObject ob;
  ai_word it, tgtkey, currkey, currvalue, currgrouper; /* 0 = NULL */
  ai_word keys; /* groupby(key=f): an iterator over f(item) of each item, computed by the caller; 0: the items are the keys */
} GroupBy;

typedef struct {
  AiObject ob;
  ai_word parent, tgtkey;
} Grouper;

ai_word ai_itertools_groupby(ai_word iterable) {
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  GroupBy *g = new_obj(&t_groupby, sizeof(GroupBy));
  if (!g) return 0;
  g->it = it;
  return ai_w(g);
}

/* groupby(iterable, key=f): the keys are f of each item, in order, computed by compiled code */
ai_word ai_itertools_groupby_keyed(ai_word iterable, ai_word keys) {
  ai_word g = ai_itertools_groupby(iterable);
  if (!g) return 0;
  ai_word kit = ai_obj_iter(keys);
  if (!kit) return 0;
  ((GroupBy *)(intptr_t)g)->keys = kit;
  return g;
}

static bool groupby_step(GroupBy *g) {
  ai_word v, k;
  if (!ai_iter_next(g->it, &v)) return false;
  if (g->keys && !ai_iter_next(g->keys, &k)) return false;
  g->currvalue = v;
  g->currkey = g->keys ? k : v;
  return true;
}

static bool groupby_next(ai_word w, ai_word *out) {
  GroupBy *g = (GroupBy *)(intptr_t)w;
  g->currgrouper = 0;
  for (;;) {
    if (!g->currkey) {
    } else if (!g->tgtkey) {
      break;
    } else {
      int c = ai_obj_eq_fast(g->tgtkey, g->currkey);
      if (c < 0) return false;
      if (!c) break;
    }
    if (!groupby_step(g)) return false;
  }
  g->tgtkey = g->currkey;
  Grouper *gr = new_obj(&t_grouper, sizeof(Grouper));
  if (!gr) return false;
  gr->parent = w;
  gr->tgtkey = g->tgtkey;
  g->currgrouper = ai_w(gr);
  ai_word p = ai_tuple_pair(g->currkey, ai_w(gr));
  if (!p) return false;
  *out = p;
  return true;
}

static bool grouper_next(ai_word w, ai_word *out) {
  Grouper *gr = (Grouper *)(intptr_t)w;
  GroupBy *g = (GroupBy *)(intptr_t)gr->parent;
  if (g->currgrouper != w) return false;
  if (!g->currvalue && !groupby_step(g)) return false;
  int c = ai_obj_eq_fast(gr->tgtkey, g->currkey);
  if (c <= 0) return false;
  *out = g->currvalue;
  g->currvalue = 0;
  return true;
}

/* ---------------------------------------------------------------- zip_longest */

typedef struct {
  AiObject ob;
  int64_t n, numactive;
  ai_word fill;
  ai_word its[]; /* 0 once exhausted */
} ZipLongest;

ai_word ai_itertools_zip_longest(int64_t n, const ai_word *iterables, ai_word fillvalue) {
  register_types();
  ZipLongest *z = ai_alloc(sizeof(ZipLongest) + (size_t)n * sizeof(ai_word));
  if (!z) return 0;
  z->ob.type = &t_zip_longest;
  for (int64_t i = 0; i < n; i++) {
    z->its[i] = ai_obj_iter(iterables[i]);
    if (!z->its[i]) {
      if (ai_exc_matches(&ai_exc_TypeError)) {
        ai_exc_clear();
        ai_raise_fmt(&ai_exc_TypeError, "zip_longest argument #%lld must support iteration", (long long)i + 1);
      }
      return 0;
    }
  }
  z->n = n;
  z->numactive = n;
  z->fill = fillvalue ? fillvalue : AI_NONE_W;
  return ai_w(z);
}

static bool zip_longest_next(ai_word w, ai_word *out) {
  ZipLongest *z = (ZipLongest *)(intptr_t)w;
  if (z->n == 0 || z->numactive == 0) return false;
  AiTuple *t = ai_tuple_alloc(z->n);
  if (!t) return false;
  for (int64_t i = 0; i < z->n; i++) {
    ai_word v;
    if (!z->its[i]) {
      v = z->fill;
    } else if (!ai_iter_next(z->its[i], &v)) {
      if (ai_exc_pending()) {
        z->numactive = 0;
        return false;
      }
      z->numactive--;
      if (z->numactive == 0) return false;
      z->its[i] = 0;
      v = z->fill;
    }
    t->items[i] = v;
  }
  *out = ai_w(t);
  return true;
}

/* ---------------------------------------------------------------- pairwise */

typedef struct {
  AiObject ob;
  ai_word it, old;
} Pairwise;

ai_word ai_itertools_pairwise(ai_word iterable) {
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  Pairwise *p = new_obj(&t_pairwise, sizeof(Pairwise));
  if (!p) return 0;
  p->it = it;
  return ai_w(p);
}

static bool pairwise_next(ai_word w, ai_word *out) {
  Pairwise *p = (Pairwise *)(intptr_t)w;
  if (!p->it) return false;
  if (!p->old && !ai_iter_next(p->it, &p->old)) {
    p->it = 0;
    return false;
  }
  ai_word nv;
  if (!ai_iter_next(p->it, &nv)) {
    p->it = 0;
    p->old = 0;
    return false;
  }
  ai_word r = ai_tuple_pair(p->old, nv);
  if (!r) return false;
  p->old = nv;
  *out = r;
  return true;
}

/* ---------------------------------------------------------------- tee */

typedef struct {
  AiObject ob;
  ai_word it;    /* source iterator, 0 when exhausted */
  ai_word items; /* list of everything read so far */
} TeeData;

typedef struct {
  AiObject ob;
  TeeData *data;
  int64_t pos;
} Tee;

ai_word ai_itertools_tee(ai_word iterable, ai_word nw) {
  int64_t n = 2;
  if (nw && !ai_index_arg(nw, &n)) return 0;
  if (n < 0) {
    ai_raise(&ai_exc_ValueError, "n must be >= 0");
    return 0;
  }
  ai_word it = ai_obj_iter(iterable);
  if (!it) return 0;
  TeeData *d = new_obj(&t_tee_data, sizeof(TeeData));
  if (!d) return 0;
  d->it = it;
  d->items = ai_list_new(0, NULL);
  if (!d->items) return 0;
  AiTuple *r = ai_tuple_alloc(n);
  if (!r) return 0;
  for (int64_t i = 0; i < n; i++) {
    Tee *t = new_obj(&t_tee, sizeof(Tee));
    if (!t) return 0;
    t->data = d;
    r->items[i] = ai_w(t);
  }
  return ai_w(r);
}

static bool tee_next(ai_word w, ai_word *out) {
  Tee *t = (Tee *)(intptr_t)w;
  AiList *l = ai_as_list(t->data->items);
  if (t->pos < l->len) {
    *out = l->items[t->pos++];
    return true;
  }
  if (!t->data->it) return false;
  ai_word v;
  if (!ai_iter_next(t->data->it, &v)) {
    if (!ai_exc_pending()) t->data->it = 0;
    return false;
  }
  if (!ai_list_append(t->data->items, v)) return false;
  t->pos++;
  *out = v;
  return true;
}

/* ---------------------------------------------------------------- registration */

#define ITER_SLOTS(ty, nx) {.type = &ty, .iter = self_iter, .next = nx}
static const AiExtSlots slots[] = {
    {.type = &t_count, .iter = self_iter, .next = count_next, .repr = count_repr},
    ITER_SLOTS(t_cycle, cycle_next),
    {.type = &t_repeat, .iter = self_iter, .next = repeat_next, .repr = repeat_repr},
    ITER_SLOTS(t_chain, chain_next),
    ITER_SLOTS(t_islice, islice_next),
    ITER_SLOTS(t_product, product_next),
    ITER_SLOTS(t_perm, comb_next),
    ITER_SLOTS(t_comb, comb_next),
    ITER_SLOTS(t_cwr, comb_next),
    ITER_SLOTS(t_accumulate, accumulate_next),
    ITER_SLOTS(t_groupby, groupby_next),
    ITER_SLOTS(t_grouper, grouper_next),
    ITER_SLOTS(t_zip_longest, zip_longest_next),
    ITER_SLOTS(t_pairwise, pairwise_next),
    ITER_SLOTS(t_tee, tee_next),
};

static _Atomic int registered;

static void register_types(void) {
  if (registered) return;
  for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++) ai_ext_register(&slots[i]);
  registered = 1;
}
