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
  uintptr_t *stack; /* object start | 1 when it must be scanned conservatively */
  size_t nstack, capstack;
  bool oom;
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
    if (r->l->mark) return;
    r->l->mark = 1;
    if (mode != MARK_KEEP) push(gc, ((uintptr_t)r->lo) | mode);
    return;
  }
  ai_chunk *c = r->c;
  int64_t g = object_start(c, (size_t)(p - c->data) >> 4);
  if (g < 0) return;
  uint64_t bit = (uint64_t)1 << (g & 63);
  if (c->marks[g >> 6] & bit) return;
  c->marks[g >> 6] |= bit;
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
  r->c->marks[g >> 6] &= ~((uint64_t)1 << (g & 63));
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
    const char *obj = (const char *)(e & ~(uintptr_t)1);
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
      if (fn) {
        fn(obj, gc);
        continue;
      }
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
  return (r->c->marks[g >> 6] >> (g & 63)) & 1;
}

/* Before the sweep frees them: the dead objects that hold memory outside the heap give it back (a generator left
 * suspended, `while True: x = yield` never closed, returns its stack, as CPython's refcounting frees its frame). */
static void release_dead(ai_heap *h, ai_gc *gc) {
  uint32_t kept = 0;
  for (uint32_t i = 0; i < h->ntracked; i++) {
    ai_tracked t = h->tracked[i];
    if (marked(gc, t.obj)) h->tracked[kept++] = t;
    else t.release(t.obj);
  }
  h->ntracked = kept;
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

/* Sweeps one chunk: every run of unmarked granules between two live objects
 * becomes one zeroed free run with a single start bit (a hole when it is big
 * enough). The walk visits live objects only (start & mark bits, a word at a
 * time) and clears and zeroes each dead run at once, so a heap of many small
 * dead objects (boxed floats of a numeric loop) costs per live object and per
 * run, not per dead object. A free run's memory other than its first granule
 * is left as it was (see below). */
static size_t sweep_chunk(ai_heap *h, ai_chunk *c, ai_hole **holes, size_t *nfreed) {
  size_t ngran = (size_t)(c->end - c->data) >> 4;
  bool any_live = false;
  for (size_t wi = 0; wi < c->nwords && !any_live; wi++) any_live = (c->starts[wi] & c->marks[wi]) != 0;
  if (!any_live) { /* the caller frees the chunk */
    for (size_t wi = 0; wi < c->nwords; wi++) *nfreed += (size_t)__builtin_popcountll(c->starts[wi]);
    return 0;
  }
  size_t live = 0;
  ai_hole *mine = NULL;
  size_t g = 0; /* first granule not yet swept */
  for (size_t wi = 0; wi <= c->nwords; wi++) {
    uint64_t lm = wi < c->nwords ? c->starts[wi] & c->marks[wi] : 0;
    for (;;) {
      size_t s;
      if (lm) {
        s = wi * 64 + (size_t)__builtin_ctzll(lm);
        lm &= lm - 1;
        if (s < g) continue; /* (cannot happen: a live object's extent holds no start) */
        if (s > ngran) s = ngran;
      } else if (wi == c->nwords) {
        s = ngran; /* the dead tail */
      } else {
        break;
      }
      if (s > g) { /* [g, s): dead objects and old free space */
        *nfreed += clear_bits(c->starts, g, s);
        char *lo = c->data + (g << 4), *hi = c->data + (s << 4);
        /* Only the run's first word is written now: AI_FREE_RUN, so a stale
         * root into the run never traces the dead object's fields (heap.h).
         * The rest is zeroed by the allocator when it takes the hole (heap.c
         * take_hole), just before it fills it. */
        ai_chunk_set_free(c, lo);
        if ((size_t)(hi - lo) >= AI_HEAP_MIN_HOLE) {
          ai_hole *hole = (ai_hole *)lo;
          hole->end = hi;
          hole->chunk = c;
          hole->next = mine;
          mine = hole;
        }
      }
      if (s >= ngran) break;
      size_t n = object_next(c, s);
      live += (n - s) << 4;
      g = n;
    }
  }
  while (mine) {
    ai_hole *n = mine->next;
    mine->next = *holes;
    *holes = mine;
    mine = n;
  }
  (void)h;
  return live;
}

/* ---------------------------------------------------------------- collect */

typedef struct {
  ai_gc *gc;
  ai_heap *h;
} collect_arg;

NOSAN static void mark_from_roots(char *sp, void *argp) {
  collect_arg *a = argp;
  ai_gc *gc = a->gc;
  ai_heap *h = a->h;
  scan_range(gc, sp, ai_gc_stack_hi(h));
  for (ai_stack_range *r = ai_gc_extra_stacks; r; r = r->next)
    if (r->lo && r->hi > r->lo) scan_range(gc, r->lo, r->hi);
  for (int i = 0; i < segs.n; i++) scan_range(gc, segs.lo[i], segs.hi[i]);
  find_tls();
  if (tls_lo) scan_range(gc, tls_lo, tls_hi);
  AiException *e = ai_exc_current();
  if (e) mark_candidate(gc, (const char *)e, MARK_TRACE);
  if (h->roots) h->roots(h, visit_words, gc);
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
 * s and 90 MiB (docs/actors-runtime.md, Heap and GC).
 * Never less than the heap's gc_min_step (heap.c: 2 MiB for the main thread's). */
static size_t ai_gc_step(const ai_heap *h, size_t live) {
  const size_t mib = (size_t)1024 * 1024;
  size_t step = live <= 2 * mib ? live : live <= 16 * mib ? mib + live / 2 : mib + live / 4 * 3;
  return step > h->gc_min_step ? step : h->gc_min_step;
}

void ai_gc_collect(ai_heap *h) {
  pthread_once(&builtins_once, register_builtins);
  pthread_once(&segs_once, find_segments);
  ai_heap_retire_region(h);
  h->cur = NULL;
  ai_heap_retire_overflow(h);
  h->holes = NULL; /* rebuilt by the sweep */

  ai_gc gc = {0};
  gc.h = h;
  gc.nregions = (size_t)h->nchunks + h->nlarge;
  gc.regions = malloc((gc.nregions ? gc.nregions : 1) * sizeof(region));
  if (!gc.regions) return;
  size_t k = 0;
  for (ai_chunk *c = h->chunks; c; c = c->next) {
    memset(c->marks, 0, c->nwords * sizeof(uint64_t));
    gc.regions[k++] = (region){c->data, c->end, c, NULL};
  }
  for (ai_large *l = h->large; l; l = l->next) {
    l->mark = 0;
    char *o = (char *)l + sizeof(ai_large);
    gc.regions[k++] = (region){o, o + l->size, NULL, l};
  }
  gc.nregions = k;
  qsort(gc.regions, k, sizeof(region), region_cmp);
  gc.min = k ? gc.regions[0].lo : NULL;
  gc.max = k ? gc.regions[k - 1].hi : NULL;

  collect_arg arg = {&gc, h};
  with_registers_spilled(mark_from_roots, &arg);
  if (gc.oom) { /* marking incomplete: sweeping now could free live objects */
    free(gc.regions);
    free(gc.stack);
    h->gc_at = h->bytes + (h->gc_at > h->live ? h->gc_at - h->live : AI_HEAP_CHUNK);
    return;
  }

  release_dead(h, &gc);
  ai_str_cursor_invalidate(); /* the sweep may free strs a cursor points at */
  size_t live = 0, nfreed = 0;
  ai_chunk **pc = &h->chunks;
  while (*pc) {
    ai_chunk *c = *pc;
    size_t l = sweep_chunk(h, c, &h->holes, &nfreed);
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
  h->nfreed = nfreed;
  h->ncollections++;
  h->gc_at = h->bytes + ai_gc_step(h, live);
}

void ai_gc_collect_now(void) { ai_gc_collect(ai_heap_current()); }
