/* gc/gc.c — conservative-root, precise-or-conservative-body mark & sweep of
 * one actor heap. See gc.h. */
#define _GNU_SOURCE
#include "gc/gc.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/str.h"

#include <link.h>
#include <stdatomic.h>
#include <pthread.h>
#include <stdlib.h>

#define NOSAN __attribute__((no_sanitize("address", "thread", "undefined")))

/* ---------------------------------------------------------------- registry */

#define REG_SIZE 1024
typedef struct {
  _Atomic(const AiType *) type;
  _Atomic(ai_gc_trace_fn) fn;
} reg_entry;
static reg_entry registry[REG_SIZE];
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t builtins_once = PTHREAD_ONCE_INIT;

static inline size_t reg_hash(const AiType *t) { return ((uintptr_t)t >> 4) * 0x9E3779B97F4A7C15ull >> 54; }

static void reg_put(const AiType *t, ai_gc_trace_fn fn) {
  pthread_mutex_lock(&reg_lock);
  size_t i = reg_hash(t) & (REG_SIZE - 1);
  for (size_t k = 0; k < REG_SIZE; k++, i = (i + 1) & (REG_SIZE - 1)) {
    const AiType *cur = atomic_load_explicit(&registry[i].type, memory_order_relaxed);
    if (cur == t || cur == NULL) {
      atomic_store_explicit(&registry[i].fn, fn, memory_order_relaxed);
      atomic_store_explicit(&registry[i].type, t, memory_order_release);
      break;
    }
  }
  pthread_mutex_unlock(&reg_lock);
}

static void tuple_trace(const void *obj, ai_gc *gc);
static void list_trace(const void *obj, ai_gc *gc);
static void dict_trace(const void *obj, ai_gc *gc);
static void set_trace(const void *obj, ai_gc *gc);

static void register_builtins(void) {
  reg_put(&ai_type_tuple, tuple_trace);
  reg_put(&ai_type_list, list_trace);
  reg_put(&ai_type_dict, dict_trace);
  reg_put(&ai_type_set, set_trace);
  reg_put(&ai_type_frozenset, set_trace);
  reg_put(&ai_type_str, AI_GC_LEAF);
  reg_put(&ai_type_float, AI_GC_LEAF);
  reg_put(&ai_type_int, AI_GC_LEAF);
  reg_put(&ai_type_bool, AI_GC_LEAF);
  reg_put(&ai_type_none, AI_GC_LEAF);
}

void ai_gc_register(const AiType *type, ai_gc_trace_fn trace) {
  pthread_once(&builtins_once, register_builtins);
  reg_put(type, trace);
}

static ai_gc_trace_fn reg_get(const AiType *t) {
  size_t i = reg_hash(t) & (REG_SIZE - 1);
  for (size_t k = 0; k < REG_SIZE; k++, i = (i + 1) & (REG_SIZE - 1)) {
    const AiType *cur = atomic_load_explicit(&registry[i].type, memory_order_acquire);
    if (cur == t) return atomic_load_explicit(&registry[i].fn, memory_order_relaxed);
    if (cur == NULL) return NULL;
  }
  return NULL;
}

/* ---------------------------------------------------------------- young generation
 *
 * With AITHON_GC_GENERATIONAL=1 a collection is either full (every mark bit cleared, everything traced from the
 * roots) or young: mark bits stay set ("sticky"), so every object a collection found live is old and stays
 * until the next full collection, and a young collection marks from the roots only what is unmarked: the
 * objects allocated since the last collection. The sweep is unchanged: it frees start & ~mark, which is now
 * the young garbage only.
 *
 * An old object can point to a young one only if a reference was stored into it after the last collection.
 * Instead of a write barrier on every store (the runtime's C code and the compiled code store references in
 * hundreds of places), the old objects that can be stored into are all rescanned at each young collection:
 * every object of a type other than tuple and frozenset (and the pointer-free leaf types) is remembered in
 * gen->old_mutable when a collection first marks it, and a young collection traces each of them again (their
 * old children cost one mark-bit test). Tuples and frozensets are never stored into once filled, and they hold
 * most of the live data of the programs that lose to CPython (search states, visited sets' keys). A tuple can
 * be filled across allocations (deepcopy, zip, a display whose items call functions): its filler then holds it
 * in a register or stack slot, so a collection in the middle finds it through the roots; every tuple or
 * frozenset the roots (or a suspended generator's stack, ai_gc_mark_stack) point to is remembered in
 * gen->rescan_next and scanned again at the next collection, which sees the items stored after this one.
 *
 * A full collection runs when the live bytes grew by half since the last full one (old garbage is only freed
 * by a full collection), on gc.collect(), and after a collection that ran out of memory for its mark stack. */

typedef struct {
  uintptr_t *v;
  size_t n, cap;
} ptrvec;

typedef struct ai_gen {
  ptrvec old_mutable; /* old objects that can be stored into (entries: object | MARK_SCAN when scanned conservatively) */
  ptrvec rescan;      /* tuples and frozensets the roots pointed to at the last collection */
  ptrvec rescan_next; /* the same, being found by this collection */
  ptrvec log;         /* references stored into old dicts and sets since the last collection (ai_gc_wb_store) */
  ptrvec dirty;       /* old dicts and sets whose tables changed in bulk (ai_gc_wb_table; AI_GC_DIRTY set) */
  size_t live_full;   /* live bytes after the last full collection */
  bool next_full;     /* the next collection must be full */
  bool had_full;      /* a full collection has run (the first is full) */
  uint32_t nfull;     /* full collections run */
} ai_gen;

static _Atomic int generational = -1; /* -1: not read from the environment yet */

bool ai_gc_generational(void) {
  int g = atomic_load_explicit(&generational, memory_order_relaxed);
  if (g < 0) {
    const char *e = getenv("AITHON_GC_GENERATIONAL");
    g = e && e[0] == '1';
    atomic_store_explicit(&generational, g, memory_order_relaxed);
  }
  return g;
}

uint32_t ai_gc_young_collections(const ai_heap *h) { return h->gen ? h->ncollections - h->gen->nfull : 0; }

void ai_gc_set_generational(bool on) { atomic_store_explicit(&generational, on, memory_order_relaxed); }

static bool ptrvec_push(ptrvec *pv, uintptr_t e) {
  if (pv->n == pv->cap) {
    size_t nc = pv->cap ? pv->cap * 2 : 256;
    uintptr_t *nv = realloc(pv->v, nc * sizeof *nv);
    if (!nv) return false;
    pv->v = nv;
    pv->cap = nc;
  }
  pv->v[pv->n++] = e;
  return true;
}

/* More logged references than this since the last collection: the object stored into is traced whole instead. */
#define LOG_MAX ((size_t)1 << 16)

void ai_gc_wb_slow(AiObject *o, ai_word w) {
  ai_heap *h = ai_current_heap;
  ai_gen *g = h ? h->gen : NULL;
  if (!g) return; /* generational mode is off: every collection is full */
  if (w && g->log.n < LOG_MAX && ptrvec_push(&g->log, w)) return;
  if (ptrvec_push(&g->dirty, (uintptr_t)o)) o->gc |= AI_GC_DIRTY;
  else g->next_full = true; /* cannot remember it: only a full collection is sound next */
}

/* Forgets the barrier's records (every collection consumes them); the dirty objects are still allocated. */
static void gen_forget_stores(ai_gen *g) {
  for (size_t i = 0; i < g->dirty.n; i++) ((AiObject *)g->dirty.v[i])->gc &= ~AI_GC_DIRTY;
  g->dirty.n = 0;
  g->log.n = 0;
}

void ai_gc_gen_free(ai_heap *h) {
  ai_gen *g = h->gen;
  if (!g) return;
  free(g->log.v);
  free(g->dirty.v);
  free(g->old_mutable.v);
  free(g->rescan.v);
  free(g->rescan_next.v);
  free(g);
  h->gen = NULL;
}

/* Tuples and frozensets: never stored into once filled (see above). */
static inline bool immutable_type(const AiType *t) { return t == &ai_type_tuple || t == &ai_type_frozenset; }
/* Dicts and sets: every store into them goes through the write barrier (gc.h ai_gc_wb_store). */
static inline bool barriered_type(const AiType *t) { return t == &ai_type_dict || t == &ai_type_set; }

/* ---------------------------------------------------------------- state */

typedef struct {
  char *lo, *hi;
  ai_chunk *c; /* or */
  ai_large *l;
} region;

struct ai_gc {
  ai_heap *h;
  region *regions;
  size_t nregions;
  char *min, *max;
  region *last; /* the region of the last candidate: neighbours in a list's items were mostly allocated together */
  uintptr_t *stack; /* object start | MARK_SCAN when it must be scanned conservatively | RESCAN */
  size_t nstack, capstack;
  bool oom;
  struct ai_gen *gen; /* generational mode: the heap's young-generation state; NULL: every collection is full */
  bool record;        /* marking roots: remember the tuples they point to (gen->rescan_next) */
};

static int region_cmp(const void *a, const void *b) {
  const region *x = a, *y = b;
  return x->lo < y->lo ? -1 : x->lo > y->lo;
}

static void push(ai_gc *gc, uintptr_t e) {
  if (gc->nstack == gc->capstack) {
    size_t nc = gc->capstack ? gc->capstack * 2 : 1024;
    uintptr_t *ns = realloc(gc->stack, nc * sizeof *ns);
    if (!ns) { /* cannot remember more work: give up collecting (see below) */
      gc->oom = true;
      return;
    }
    gc->stack = ns;
    gc->capstack = nc;
  }
  gc->stack[gc->nstack++] = e;
}

static region *find_region(ai_gc *gc, const char *p) {
  size_t lo = 0, hi = gc->nregions;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    region *r = &gc->regions[mid];
    if (p < r->lo) hi = mid;
    else if (p >= r->hi) lo = mid + 1;
    else return r;
  }
  return NULL;
}

/* Granule of the object containing granule g (greatest start bit <= g), or -1. */
static int64_t object_start(const ai_chunk *c, size_t g) {
  int64_t wi = (int64_t)(g >> 6);
  uint64_t bits = c->starts[wi] & (((uint64_t)2 << (g & 63)) - 1); /* bits 0..g&63 */
  while (!bits) {
    if (--wi < 0) return -1;
    bits = c->starts[wi];
  }
  return wi * 64 + 63 - __builtin_clzll(bits);
}

/* Granule after the object starting at granule g (next start bit or the end). */
static size_t object_next(const ai_chunk *c, size_t g) {
  size_t ngran = (size_t)(c->end - c->data) >> 4;
  size_t n = g + 1;
  if (n >= ngran) return ngran;
  size_t wi = n >> 6;
  uint64_t bits = c->starts[wi] & ~(((uint64_t)1 << (n & 63)) - 1);
  while (!bits) {
    if (++wi >= c->nwords) return ngran;
    bits = c->starts[wi];
  }
  size_t r = wi * 64 + (size_t)__builtin_ctzll(bits);
  return r < ngran ? r : ngran;
}

/* What marking does with an object newly found live: trace it through its
 * type's trace function, scan all its words conservatively, or only keep it
 * (a raw block whose words its owner's trace function marks itself). */
enum { MARK_TRACE = 0, MARK_SCAN = 1, MARK_KEEP = 2 };
/* A mark stack entry's bit 1: an old object traced again by a young collection (already remembered). */
#define RESCAN ((uintptr_t)2)

/* A root points to obj: a tuple or frozenset its filler may still be filling is scanned again next time. */
NOSAN static void remember_root(ai_gc *gc, const char *obj) {
  if (immutable_type(*(const AiType *const *)obj) && !ptrvec_push(&gc->gen->rescan_next, (uintptr_t)obj)) gc->oom = true;
}

/* A candidate pointer: marks the object it points into, if in this heap. */
static inline void mark_candidate(ai_gc *gc, const char *p, unsigned mode) {
  if (p < gc->min || p >= gc->max) return;
  region *r = gc->last;
  if (!r || p < r->lo || p >= r->hi) {
    r = find_region(gc, p);
    if (!r) return;
    gc->last = r;
  }
  if (r->l) {
    if (AI_UNLIKELY(gc->record)) remember_root(gc, r->lo);
    if (r->l->mark) return;
    r->l->mark = 1;
    if (mode != MARK_KEEP) push(gc, ((uintptr_t)r->lo) | mode);
    return;
  }
  ai_chunk *c = r->c;
  int64_t g = object_start(c, (size_t)(p - c->data) >> 4);
  if (g < 0) return;
  if (AI_UNLIKELY(gc->record)) remember_root(gc, c->data + (g << 4));
  uint64_t bit = (uint64_t)1 << (g & 63);
  if (ai_chunk_marks(c)[g >> 6] & bit) return;
  ai_chunk_marks(c)[g >> 6] |= bit;
  if (mode != MARK_KEEP) push(gc, ((uintptr_t)(c->data + (g << 4))) | mode);
}

void ai_gc_mark(ai_gc *gc, ai_word w) {
  if (w & 1) return;
  mark_candidate(gc, (const char *)(intptr_t)w, MARK_TRACE);
}

void ai_gc_mark_buffer(ai_gc *gc, const void *p) { mark_candidate(gc, p, MARK_SCAN); }

void ai_gc_keep_block(ai_gc *gc, const void *p) { mark_candidate(gc, p, MARK_KEEP); }

static void mark_words(ai_gc *gc, const ai_word *w, int64_t n) {
  for (int64_t i = 0; i < n; i++) ai_gc_mark(gc, w[i]);
}

/* The containers every program is full of, traced by their layout
 * (obj/containers.h) instead of scanned conservatively: no extent lookup per
 * object, header, length and hash words skipped, a dict's index block (int32
 * positions) never read. Item arrays are traced up to their capacity, not
 * their length: the runtime may store an item before it counts it, and the
 * unused tail is zeroed memory or a stale item, kept as the conservative scan
 * kept it. */
static void tuple_trace(const void *obj, ai_gc *gc) {
  const AiTuple *t = obj;
  mark_words(gc, t->items, t->len);
}

static void list_trace(const void *obj, ai_gc *gc) {
  const AiList *l = obj;
  if (!l->items) return;
  ai_gc_keep_block(gc, l->items);
  if (l->ob.gc == AI_LIST_FLOATS) return; /* doubles' bits (aithon.h) */
  mark_words(gc, l->items, l->cap);
}

static void dict_trace(const void *obj, ai_gc *gc) {
  const AiDict *d = obj;
  if (d->index) ai_gc_keep_block(gc, d->index);
  if (!d->entries) return;
  ai_gc_keep_block(gc, d->entries);
  for (int64_t i = 0; i < d->cap; i++) {
    ai_gc_mark(gc, d->entries[i].key);
    ai_gc_mark(gc, d->entries[i].value);
  }
}

static void set_trace(const void *obj, ai_gc *gc) {
  const AiSet *st = obj;
  if (!st->table) return;
  ai_gc_keep_block(gc, st->table);
  for (int64_t i = 0; i <= st->mask; i++) ai_gc_mark(gc, st->table[i].key);
}

NOSAN static void scan_range(ai_gc *gc, const char *lo, const char *hi) {
  const uintptr_t *w = (const uintptr_t *)(((uintptr_t)lo + 7) & ~(uintptr_t)7);
  const uintptr_t *e = (const uintptr_t *)((uintptr_t)hi & ~(uintptr_t)7);
  for (; w < e; w++) mark_candidate(gc, (const char *)*w, MARK_TRACE);
}

void ai_gc_mark_stack(ai_gc *gc, const void *lo, const void *hi) {
  bool was = gc->record;
  gc->record = gc->gen != NULL;
  scan_range(gc, lo, hi);
  gc->record = was;
}

static void visit_words(const int64_t *words, size_t n, void *ctx) {
  ai_gc *gc = ctx;
  for (size_t i = 0; i < n; i++) mark_candidate(gc, (const char *)(intptr_t)words[i], MARK_TRACE);
}

/* Extent of a marked block (for conservative scanning). */
static void block_extent(ai_gc *gc, const char *obj, const char **end) {
  region *r = find_region(gc, obj);
  if (r->l) {
    *end = r->hi;
    return;
  }
  ai_chunk *c = r->c;
  size_t g = (size_t)(obj - c->data) >> 4;
  *end = c->data + (object_next(c, g) << 4);
}

/* Clears the mark a stale pointer set on a free run (chunks only: a large
 * object is never free space). */
static void unmark_free_run(ai_gc *gc, const char *p) {
  region *r = find_region(gc, p);
  if (!r || r->l) return;
  size_t g = (size_t)(p - r->c->data) >> 4;
  ai_chunk_marks(r->c)[g >> 6] &= ~((uint64_t)1 << (g & 63));
}

/* Objects popped from the mark stack wait this many turns in a small FIFO
 * before they are traced, their header prefetched on entry: tracing reads
 * each object's type word first, a cache miss that otherwise stalls every
 * step (Boehm's and Go's collectors prefetch the same way). */
#define PREFETCH_DEPTH 32

NOSAN static void drain(ai_gc *gc) {
  uintptr_t fifo[PREFETCH_DEPTH];
  unsigned head = 0, queued = 0;
  const AiType *last_type = NULL;
  ai_gc_trace_fn last_fn = NULL;
  for (;;) {
    while (queued < PREFETCH_DEPTH && gc->nstack) {
      uintptr_t next = gc->stack[--gc->nstack];
      __builtin_prefetch((const void *)(next & ~(uintptr_t)1));
      fifo[(head + queued++) % PREFETCH_DEPTH] = next;
    }
    if (!queued) break;
    uintptr_t e = fifo[head];
    head = (head + 1) % PREFETCH_DEPTH;
    queued--;
    const char *obj = (const char *)(e & ~(uintptr_t)3);
    if (AI_UNLIKELY(*(const uintptr_t *)obj == AI_FREE_RUN)) {
      unmark_free_run(gc, obj); /* a stale pointer found free space: it stays free */
      continue;
    }
    if (!(e & 1)) {
      const AiType *t = *(const AiType *const *)obj;
      if (t != last_type) { /* runs of one type (a list's floats) look the registry up once */
        last_type = t;
        last_fn = t ? reg_get(t) : NULL;
      }
      ai_gc_trace_fn fn = last_fn;
      if (fn == AI_GC_LEAF) continue;
      /* newly marked and storable into: a young collection traces it again, or the barrier logs the stores
       * into it (see "young generation") */
      if (gc->gen && !(e & RESCAN) && !immutable_type(t)) {
        if (barriered_type(t)) ((AiObject *)obj)->gc |= AI_GC_OLD;
        else if (!ptrvec_push(&gc->gen->old_mutable, (uintptr_t)obj | (fn ? 0 : MARK_SCAN))) gc->oom = true;
      }
      if (fn) {
        fn(obj, gc);
        continue;
      }
    } else if (gc->gen && !(e & RESCAN) && !ptrvec_push(&gc->gen->old_mutable, (uintptr_t)obj | MARK_SCAN)) {
      gc->oom = true;
    }
    const char *end;
    block_extent(gc, obj, &end);
    scan_range(gc, obj, end);
  }
}

/* ---------------------------------------------------------------- roots */

typedef struct {
  char *lo[8], *hi[8];
  int n;
} segs_t;
static segs_t segs;
static pthread_once_t segs_once = PTHREAD_ONCE_INIT;

static int phdr_cb(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  const char *self = (const char *)&segs;
  segs_t tmp = {{0}, {0}, 0};
  bool mine = false;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_W)) continue;
    char *lo = (char *)(info->dlpi_addr + ph->p_vaddr);
    char *hi = lo + ph->p_memsz;
    if (self >= lo && self < hi) mine = true;
    if (tmp.n < 8) {
      tmp.lo[tmp.n] = lo;
      tmp.hi[tmp.n] = hi;
      tmp.n++;
    }
  }
  if (mine) {
    segs = tmp;
    return 1;
  }
  return 0;
}

static void find_segments(void) { dl_iterate_phdr(phdr_cb, NULL); }

/* The calling thread's TLS block of the module holding the runtime (the
 * runtime's thread-locals: pending/handled exception, repr stack, ...). */
static AI_TLS char *tls_lo, *tls_hi;
static AI_TLS bool tls_known;

static int tls_cb(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  const char *self = (const char *)&segs;
  bool mine = false;
  size_t tls_size = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type == PT_TLS) tls_size = ph->p_memsz;
    if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W)) {
      const char *lo = (const char *)(info->dlpi_addr + ph->p_vaddr);
      if (self >= lo && self < lo + ph->p_memsz) mine = true;
    }
  }
  if (!mine) return 0;
  if (info->dlpi_tls_data && tls_size) {
    tls_lo = info->dlpi_tls_data;
    tls_hi = tls_lo + tls_size;
  }
  return 1;
}

static void find_tls(void) {
  if (tls_known) return;
  tls_known = true;
  dl_iterate_phdr(tls_cb, NULL);
}

static AI_TLS char *thread_stack_hi;

/* Stacks suspended under the running one on this thread (a generator's
 * resumers): scanned as roots too. */
AI_TLS ai_stack_range *ai_gc_extra_stacks;

char *ai_gc_stack_hi(ai_heap *h);
char *ai_gc_stack_hi(ai_heap *h) {
  if (h->stack_hi) return h->stack_hi;
  if (!thread_stack_hi) {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void *addr;
      size_t size;
      if (pthread_attr_getstack(&attr, &addr, &size) == 0) thread_stack_hi = (char *)addr + size;
      pthread_attr_destroy(&attr);
    }
  }
  return thread_stack_hi;
}

/* Pushes the callee-saved registers, then calls fn(sp, arg) with sp pointing
 * at them: everything live in the caller is now in [sp, stack top). */
__attribute__((naked, noinline)) static void with_registers_spilled(void (*fn)(char *sp, void *arg), void *arg) {
  __asm__ volatile(
      "pushq %rbp\n\t"
      "pushq %rbx\n\t"
      "pushq %r12\n\t"
      "pushq %r13\n\t"
      "pushq %r14\n\t"
      "pushq %r15\n\t"
      "movq %rdi, %rax\n\t"
      "movq %rsp, %rdi\n\t"
      "subq $8, %rsp\n\t"
      "callq *%rax\n\t"
      "addq $8, %rsp\n\t"
      "popq %r15\n\t"
      "popq %r14\n\t"
      "popq %r13\n\t"
      "popq %r12\n\t"
      "popq %rbx\n\t"
      "popq %rbp\n\t"
      "retq\n\t");
}

/* ---------------------------------------------------------------- sweep */

/* Did marking find the object starting at p live? (An address outside this heap is kept: not this heap's to judge.) */
static bool marked(ai_gc *gc, const char *p) {
  region *r = find_region(gc, p);
  if (!r) return true;
  if (r->l) return r->l->mark;
  size_t g = (size_t)(p - r->c->data) >> 4;
  return (ai_chunk_marks(r->c)[g >> 6] >> (g & 63)) & 1;
}

/* Before the sweep frees them: the dead objects that hold memory outside the heap give it back (a generator left
 * suspended, `while True: x = yield` never closed, returns its stack, as CPython's refcounting frees its frame). */
static void release_dead(ai_heap *h, ai_gc *gc) {
  uint32_t kept = 0;
  ai_tracked_list *tl = h->tracked;
  if (!tl) return;
  for (uint32_t i = 0; i < tl->n; i++) {
    ai_tracked t = tl->items[i];
    if (marked(gc, t.obj)) tl->items[kept++] = t;
    else t.release(t.obj);
  }
  tl->n = kept;
}

/* Clears the bits [a, b) of a bitmap; returns how many were set. */
static size_t clear_bits(uint64_t *bits, size_t a, size_t b) {
  size_t n = 0;
  while (a < b) {
    size_t wi = a >> 6, base = wi << 6;
    size_t hi = b - base < 64 ? b - base : 64; /* bits [a - base, hi) of this word */
    uint64_t upto = hi == 64 ? ~(uint64_t)0 : (((uint64_t)1 << hi) - 1);
    uint64_t mask = upto & ~(((uint64_t)1 << (a - base)) - 1);
    n += (size_t)__builtin_popcountll(bits[wi] & mask);
    bits[wi] &= ~mask;
    a = base + 64;
  }
  return n;
}

/* Makes the granules [g, s) of chunk c, dead objects and old free space, one free run (a hole when it is big
 * enough); returns the dead objects' count. Only the run's first word is written now: AI_FREE_RUN, so a stale root
 * into the run never traces the dead object's fields (heap.h). The rest is zeroed by the allocator when it takes
 * the hole (heap.c take_hole), just before it fills it. */
static size_t free_run(ai_chunk *c, size_t g, size_t s, ai_hole **mine) {
  size_t n = clear_bits(c->starts, g, s);
  char *lo = c->data + (g << 4), *hi = c->data + (s << 4);
  ai_chunk_set_free(c, lo);
  if ((size_t)(hi - lo) >= AI_HEAP_MIN_HOLE) {
    ai_hole *hole = (ai_hole *)lo;
    hole->end = hi;
    hole->chunk = c;
    hole->next = *mine;
    *mine = hole;
  }
  return n;
}

/* Sweeps one chunk: every run of unmarked granules between two live objects becomes one free run with a single
 * start bit. A run starts at an unmarked start bit and ends at the next marked one, so the walk reads the two
 * bitmaps a word at a time and stops only at those bits: a word of live objects with no dead one between them
 * costs two loads (before gc13 it visited every live object, whose extent it looked up: a young collection of a
 * heap of 200k live strs spent most of its time there). Returns the live bytes (the chunk's granules that are
 * not free). */
static size_t sweep_chunk(ai_heap *h, ai_chunk *c, ai_hole **holes, size_t *nfreed) {
  size_t ngran = (size_t)(c->end - c->data) >> 4;
  const uint64_t *marks = ai_chunk_marks(c);
  bool any_live = false;
  for (size_t wi = 0; wi < c->nwords && !any_live; wi++) any_live = (c->starts[wi] & marks[wi]) != 0;
  if (!any_live) { /* the caller frees the chunk */
    for (size_t wi = 0; wi < c->nwords; wi++) *nfreed += (size_t)__builtin_popcountll(c->starts[wi]);
    return 0;
  }
  ai_hole *mine = NULL;
  size_t free_gran = 0;
  bool in_run = !(c->starts[0] & 1); /* granules before the first start belong to no object */
  size_t run = 0;                    /* first granule of the current run */
  for (size_t wi = 0; wi < c->nwords; wi++) {
    uint64_t st = c->starts[wi], mk = marks[wi];
    uint64_t live = st & mk, dead = st & ~mk, from = ~(uint64_t)0; /* bits not yet passed */
    for (;;) {
      uint64_t next = (in_run ? live : dead) & from;
      if (!next) break;
      unsigned b = (unsigned)__builtin_ctzll(next);
      size_t at = wi * 64 + b;
      if (in_run) {
        if (at > ngran) at = ngran;
        *nfreed += free_run(c, run, at, &mine);
        free_gran += at - run;
      } else {
        run = at;
      }
      in_run = !in_run;
      from = b == 63 ? 0 : ~(uint64_t)0 << (b + 1);
    }
  }
  if (in_run && run < ngran) { /* the dead tail */
    *nfreed += free_run(c, run, ngran, &mine);
    free_gran += ngran - run;
  }
  while (mine) {
    ai_hole *n = mine->next;
    mine->next = *holes;
    *holes = mine;
    mine = n;
  }
  (void)h;
  return (ngran - free_gran) << 4;
}

/* ---------------------------------------------------------------- collect */

typedef struct {
  ai_gc *gc;
  ai_heap *h;
  bool young; /* a young collection: the old objects are marked already */
} collect_arg;

NOSAN static void mark_from_roots(char *sp, void *argp) {
  collect_arg *a = argp;
  ai_gc *gc = a->gc;
  ai_heap *h = a->h;
  gc->record = gc->gen != NULL;
  scan_range(gc, sp, ai_gc_stack_hi(h));
  for (ai_stack_range *r = ai_gc_extra_stacks; r; r = r->next)
    if (r->lo && r->hi > r->lo) scan_range(gc, r->lo, r->hi);
  for (int i = 0; i < segs.n; i++) scan_range(gc, segs.lo[i], segs.hi[i]);
  find_tls();
  if (tls_lo) scan_range(gc, tls_lo, tls_hi);
  AiException *e = ai_exc_current();
  if (e) mark_candidate(gc, (const char *)e, MARK_TRACE);
  if (h->roots) h->roots(h, visit_words, gc);
  gc->record = false;
  if (a->young) { /* the old objects that may point to young ones (see "young generation") */
    ai_gen *g = gc->gen;
    for (size_t i = 0; i < g->old_mutable.n; i++) push(gc, g->old_mutable.v[i] | RESCAN);
    for (size_t i = 0; i < g->rescan.n; i++) push(gc, g->rescan.v[i] | MARK_SCAN | RESCAN);
    for (size_t i = 0; i < g->dirty.n; i++) push(gc, g->dirty.v[i] | RESCAN);
    for (size_t i = 0; i < g->log.n; i++) mark_candidate(gc, (const char *)g->log.v[i], MARK_TRACE);
  }
  if (gc->gen) gen_forget_stores(gc->gen);
  drain(gc);
}

/* Bytes to allocate before the next collection, given the live bytes after
 * this one. A small heap may double (collections stay rare, and its whole
 * footprint is below a CPython process's); from 2 MiB of live data the heap
 * grows by half its live set plus 1 MiB, so peak memory stays near 1.5x the
 * live set, as refcounting keeps CPython's near 1x: the issue asks for a
 * bench program's peak RSS no higher than CPython's. The price is more
 * collections of big heaps: a program keeping tens of MiB live traces about
 * twice the bytes it allocates (whole_probe2_slide_puzzle: a step of live +
 * 1 MiB took it from 1.40 to 1.05 s CPU, CPython 0.89 s, but raised its peak
 * from 72 to 85 MB, CPython 60, and the bench's word_count from 20 to 25.5
 * MiB and regex_compile from 15 to 17 MiB, above CPython's 19 and 15).
 * From 16 MiB live (none of the bench programs gets there; the whole_ probes
 * that lose to CPython do) the heap grows by three quarters of its live set
 * plus 1 MiB: a scaled whole_probe11_sokoban (33 MiB live at the end) 2.00
 * -> 1.71 s CPU and 59 -> 67 MiB peak (CPython 0.9 s, 48 MiB), a scaled
 * whole_probe2_slide_puzzle 1.62 -> 1.42-1.54 s and 73 -> 82 MiB (CPython
 * 1.2 s, 66 MiB); a step of the whole live set gave 1.52 s and 74 MiB, 1.30
 * s and 90 MiB (docs/actors-runtime.md, Heap and GC). Generational (gc13):
 * 1 MiB + live/2 throughout, as a young collection costs little, and the
 * objects a collection promotes stay until a full one (sokoban: 1.57 s and
 * 85 MiB with the 3/4 step, 1.61 s and 64 MiB with this one).
 * Never less than the heap's gc_min_step (heap.c: 2 MiB for the main thread's). */
static size_t ai_gc_step(const ai_heap *h, size_t live, bool generational) {
  const size_t mib = (size_t)1024 * 1024;
  size_t step = live <= 2 * mib ? live : live <= 16 * mib || generational ? mib + live / 2 : mib + live / 4 * 3;
  return step > h->gc_min_step ? step : h->gc_min_step;
}

void ai_gc_collect(ai_heap *h) {
  bool full = true;
  if (ai_gc_generational()) {
    ai_gen *g = h->gen;
    full = !g || !g->had_full || g->next_full;
  }
  ai_gc_collect_kind(h, full);
}

void ai_gc_collect_kind(ai_heap *h, bool full) {
  pthread_once(&builtins_once, register_builtins);
  pthread_once(&segs_once, find_segments);
  ai_heap_retire_region(h);
  h->cur = NULL;
  ai_heap_retire_overflow(h);
  ai_hole *untaken = h->holes;
  h->holes = NULL; /* rebuilt by the sweep */

  ai_gc gc = {0};
  gc.h = h;
  if (!ai_gc_generational() && h->gen) { /* turned off (tests): its records would go stale */
    gen_forget_stores(h->gen);
    ai_gc_gen_free(h);
  }
  if (ai_gc_generational() && !h->gen) {
    h->gen = calloc(1, sizeof(ai_gen));
    full = true;
  }
  ai_gen *gen = ai_gc_generational() ? h->gen : NULL;
  if (!gen) full = true;
  gc.gen = gen;
  if (gen) {
    gen->rescan_next.n = 0;
    if (full) gen->old_mutable.n = 0; /* rebuilt by the marking */
  }
  gc.nregions = (size_t)h->nchunks + h->nlarge;
  gc.regions = malloc((gc.nregions ? gc.nregions : 1) * sizeof(region));
  if (!gc.regions) return;
  size_t k = 0;
  for (ai_chunk *c = h->chunks; c; c = c->next) {
    if (full) memset(ai_chunk_marks(c), 0, c->nwords * sizeof(uint64_t));
    gc.regions[k++] = (region){c->data, c->end, c, NULL};
  }
  for (ai_large *l = h->large; l; l = l->next) {
    if (full) l->mark = 0;
    char *o = (char *)l + sizeof(ai_large);
    gc.regions[k++] = (region){o, o + l->size, NULL, l};
  }
  gc.nregions = k;
  qsort(gc.regions, k, sizeof(region), region_cmp);
  gc.min = k ? gc.regions[0].lo : NULL;
  gc.max = k ? gc.regions[k - 1].hi : NULL;

  collect_arg arg = {&gc, h, !full};
  with_registers_spilled(mark_from_roots, &arg);
  if (gen) { /* this collection's root tuples are rescanned by the next */
    ptrvec t = gen->rescan;
    gen->rescan = gen->rescan_next;
    gen->rescan_next = t;
  }
  if (gc.oom) { /* marking incomplete: sweeping now could free live objects */
    if (gen) gen->next_full = true; /* and the marks it set are not all traced: only a full collection is sound next */
    free(gc.regions);
    free(gc.stack);
    h->gc_at = h->bytes + (h->gc_at > h->live ? h->gc_at - h->live : AI_HEAP_CHUNK);
    return;
  }

  release_dead(h, &gc);
  ai_str_cursor_invalidate(); /* the sweep may free strs a cursor points at */
  /* A young collection sweeps only the chunks allocated in since the last one: the others hold old objects and
   * the free runs the last sweep left, whose holes stay linked as they are. The allocator takes holes from the
   * front of the list, a chunk's holes are together in it, and a chunk is flagged once it is allocated in, so the
   * untaken holes after those of the chunk it stopped in (swept again: flagged here) all belong to chunks the
   * sweep skips. They are not walked: each would be a cache miss. */
  if (!full && untaken) {
    ai_chunk *boundary = untaken->chunk;
    boundary->flags |= AI_CHUNK_ALLOCATED;
    while (untaken && untaken->chunk == boundary) untaken = untaken->next;
    h->holes = untaken;
  }
  size_t live = 0, nfreed = 0;
  ai_chunk **pc = &h->chunks;
  while (*pc) {
    ai_chunk *c = *pc;
    if (!full && !(c->flags & AI_CHUNK_ALLOCATED)) {
      live += c->live;
      pc = &c->next;
      continue;
    }
    c->flags &= ~AI_CHUNK_ALLOCATED;
    size_t l = sweep_chunk(h, c, &h->holes, &nfreed);
    c->live = l;
    if (l == 0) {
      *pc = c->next;
      h->nchunks--;
      h->chunk_bytes -= (size_t)(c->end - c->data);
      ai_heap_account(-(int64_t)(c->end - c->data));
      ai_chunk_free(c);
      continue;
    }
    live += l;
    pc = &c->next;
  }
  ai_large *l = h->large;
  while (l) {
    ai_large *n = l->next;
    if (l->mark) {
      live += l->size;
    } else {
      if (l->prev) l->prev->next = l->next;
      else h->large = l->next;
      if (l->next) l->next->prev = l->prev;
      h->nlarge--;
      h->large_bytes -= l->size;
      ai_heap_account(-(int64_t)l->size);
      free(l);
      nfreed++;
    }
    l = n;
  }
  free(gc.regions);
  free(gc.stack);
  h->live = live;
  h->nfreed = nfreed > UINT32_MAX ? UINT32_MAX : (uint32_t)nfreed;
  h->ncollections++;
  if (gen) {
    if (full) {
      gen->live_full = live;
      gen->had_full = true;
      gen->next_full = false;
      gen->nfull++;
    } else {
      gen->next_full = live > gen->live_full + gen->live_full / 4;
    }
  }
  h->gc_at = h->bytes + ai_gc_step(h, live, gen != NULL);
}

void ai_gc_collect_now(void) { ai_gc_collect_kind(ai_heap_current(), true); }
