/*
 * obj/bigint.c — the out-of-line (cold) side of int arithmetic: big ints.
 *
 * Magnitudes are arrays of 32-bit limbs, least significant first, computed in
 * malloc'd scratch with 64-bit intermediates; a result is boxed (AiInt on the
 * actor heap) only when it does not fit a small int. Division is Knuth's
 * algorithm D; decimal conversion goes by chunks of 10^9.
 */
#include "obj/int.h"

#include "aithon_actor.h"
#include "exc/exception.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef uint32_t limb;

/* A read-only view of an int word as sign + magnitude. Never copy a view:
 * for small ints `d` points into its own `buf`. */
typedef struct {
  int sign; /* -1, 0, 1 */
  int64_t n;
  const limb *d;
  limb buf[2];
} bv;

static void bv_of(ai_word w, bv *v) {
  if (ai_is_small(w)) {
    int64_t x = ai_small_val(w);
    uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    v->sign = x < 0 ? -1 : (x > 0);
    v->buf[0] = (limb)m;
    v->buf[1] = (limb)(m >> 32);
    v->n = m == 0 ? 0 : ((m >> 32) ? 2 : 1);
    v->d = v->buf;
  } else {
    AiInt *b = ai_as_int(w);
    v->sign = b->size < 0 ? -1 : 1;
    v->n = b->size < 0 ? -b->size : b->size;
    v->d = b->d;
  }
}

static AI_COLD void *oom(void) {
  ai_raise(&ai_exc_MemoryError, NULL);
  return NULL;
}

static limb *scratch(int64_t n) {
  limb *p = calloc((size_t)(n > 0 ? n : 1), sizeof(limb));
  if (!p) oom();
  return p;
}

static int64_t mag_norm(const limb *d, int64_t n) {
  while (n > 0 && d[n - 1] == 0) n--;
  return n;
}

/* Builds the normalised word for sign * d[0..n). Does not free d. */
static ai_word mk(int sign, const limb *d, int64_t n) {
  n = mag_norm(d, n);
  if (n == 0) return ai_small(0);
  if (n <= 2) {
    uint64_t m = d[0] | (n == 2 ? (uint64_t)d[1] << 32 : 0);
    if (sign > 0 && m <= (uint64_t)AI_SMALL_MAX) return ai_small((int64_t)m);
    if (sign < 0 && m <= (uint64_t)AI_SMALL_MAX + 1) return ai_small(-(int64_t)(m - 1) - 1);
  }
  AiInt *r = ai_alloc(sizeof(AiInt) + (size_t)n * sizeof(limb));
  if (!r) return 0;
  r->ob.type = &ai_type_int;
  r->size = sign < 0 ? -n : n;
  memcpy(r->d, d, (size_t)n * sizeof(limb));
  return ai_w(r);
}

/* mk + free(d) */
static ai_word mkf(int sign, limb *d, int64_t n) {
  ai_word r = mk(sign, d, n);
  free(d);
  return r;
}

ai_word ai_bigint_from_u64(int sign, uint64_t m) {
  limb d[2] = {(limb)m, (limb)(m >> 32)};
  return mk(sign, d, 2);
}

/* ------------------------------------------------------------ magnitudes */

static int mag_cmp(const limb *a, int64_t na, const limb *b, int64_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (int64_t i = na - 1; i >= 0; i--)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/* r[0..max(na,nb)+1) = a + b */
static int64_t mag_add(limb *r, const limb *a, int64_t na, const limb *b, int64_t nb) {
  if (na < nb) {
    const limb *t = a; a = b; b = t;
    int64_t tn = na; na = nb; nb = tn;
  }
  uint64_t c = 0;
  int64_t i = 0;
  for (; i < nb; i++) {
    c += (uint64_t)a[i] + b[i];
    r[i] = (limb)c;
    c >>= 32;
  }
  for (; i < na; i++) {
    c += a[i];
    r[i] = (limb)c;
    c >>= 32;
  }
  r[i] = (limb)c;
  return na + 1;
}

/* r[0..na) = a - b, requires a >= b */
static int64_t mag_sub(limb *r, const limb *a, int64_t na, const limb *b, int64_t nb) {
  int64_t borrow = 0;
  int64_t i = 0;
  for (; i < nb; i++) {
    int64_t t = (int64_t)a[i] - b[i] - borrow;
    borrow = t < 0;
    r[i] = (limb)t;
  }
  for (; i < na; i++) {
    int64_t t = (int64_t)a[i] - borrow;
    borrow = t < 0;
    r[i] = (limb)t;
  }
  return na;
}

/* Limb products per AI_SCHED_WORK_COST reductions charged (one reduction
 * per 256 products, a few hundred ns: about what a compiled loop's
 * iterations cost per reduction): the product of two 100,000-digit ints
 * (10,000 limbs each) is charged 390,000 reductions, some 200 budgets. */
#define MUL_WORK_CHUNK (16 * AI_SCHED_WORK_CHUNK)

/* Reductions for `limb_ops` limb operations done since the last charge
 * (*work accumulates them): AI_SCHED_WORK_COST per MUL_WORK_CHUNK, charged
 * where the caller's state is whole (between rows of a product or steps of
 * a division: the operands are no one else's, see aithon_actor.h). */
static inline void charge_limb_work(int64_t *work, int64_t limb_ops) {
  if ((*work += limb_ops) >= MUL_WORK_CHUNK) {
    ai_sched_charge(AI_SCHED_WORK_COST * (*work / MUL_WORK_CHUNK));
    *work %= MUL_WORK_CHUNK;
  }
}

/* r[0..na+nb) = a * b, r zeroed */
static void mag_mul(limb *r, const limb *a, int64_t na, const limb *b, int64_t nb) {
  int64_t work = 0;
  for (int64_t i = 0; i < na; i++) {
    uint64_t c = 0, ai = a[i];
    charge_limb_work(&work, nb); /* between rows: r is whole there */
    if (ai == 0) continue;
    for (int64_t j = 0; j < nb; j++) {
      c += ai * b[j] + r[i + j];
      r[i + j] = (limb)c;
      c >>= 32;
    }
    r[i + nb] = (limb)c;
  }
}

/* q[0..n) = a / d, returns remainder. q may alias a. */
static limb mag_divmod1(limb *q, const limb *a, int64_t n, limb d) {
  uint64_t rem = 0;
  for (int64_t i = n - 1; i >= 0; i--) {
    uint64_t cur = (rem << 32) | a[i];
    q[i] = (limb)(cur / d);
    rem = cur % d;
  }
  return (limb)rem;
}

/* Knuth D (after Hacker's Delight divmnu): u[0..m) / v[0..n), n >= 2,
 * v[n-1] != 0, m >= n. q gets m-n+1 limbs, r (optional) n limbs. */
static bool mag_divmod(limb *q, limb *r, const limb *u, int64_t m, const limb *v, int64_t n) {
  const uint64_t b = (uint64_t)1 << 32;
  int s = __builtin_clz(v[n - 1]);
  limb *vn = malloc((size_t)n * sizeof(limb));
  limb *un = malloc((size_t)(m + 1) * sizeof(limb));
  if (!vn || !un) {
    free(vn);
    free(un);
    oom();
    return false;
  }
  for (int64_t i = n - 1; i > 0; i--) vn[i] = (limb)((v[i] << s) | (s ? (uint64_t)v[i - 1] >> (32 - s) : 0));
  vn[0] = v[0] << s;
  un[m] = s ? (limb)((uint64_t)u[m - 1] >> (32 - s)) : 0;
  for (int64_t i = m - 1; i > 0; i--) un[i] = (limb)((u[i] << s) | (s ? (uint64_t)u[i - 1] >> (32 - s) : 0));
  un[0] = u[0] << s;
  int64_t work = 0;
  for (int64_t j = m - n; j >= 0; j--) {
    charge_limb_work(&work, n); /* between quotient limbs: un is whole there */
    uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num - qhat * vn[n - 1];
    while (qhat >= b || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      qhat--;
      rhat += vn[n - 1];
      if (rhat >= b) break;
    }
    int64_t k = 0, t;
    for (int64_t i = 0; i < n; i++) {
      uint64_t p = qhat * vn[i];
      t = (int64_t)un[i + j] - k - (int64_t)(p & 0xffffffffu);
      un[i + j] = (limb)t;
      k = (int64_t)(p >> 32) - (t >> 32);
    }
    t = (int64_t)un[j + n] - k;
    un[j + n] = (limb)t;
    q[j] = (limb)qhat;
    if (t < 0) {
      q[j]--;
      uint64_t c = 0;
      for (int64_t i = 0; i < n; i++) {
        c += (uint64_t)un[i + j] + vn[i];
        un[i + j] = (limb)c;
        c >>= 32;
      }
      un[j + n] += (limb)c;
    }
  }
  if (r)
    for (int64_t i = 0; i < n; i++) r[i] = (limb)((un[i] >> s) | (s ? (uint64_t)un[i + 1] << (32 - s) : 0));
  free(vn);
  free(un);
  return true;
}

/* ------------------------------------------------------------ add/sub/mul */

static ai_word add_signed(const bv *a, int bsign, const bv *b) {
  if (b->n == 0 || bsign == 0) return mk(a->sign, a->d, a->n);
  if (a->n == 0) return mk(bsign, b->d, b->n);
  int64_t n = (a->n > b->n ? a->n : b->n) + 1;
  limb *r = scratch(n);
  if (!r) return 0;
  if (a->sign == bsign) {
    mag_add(r, a->d, a->n, b->d, b->n);
    return mkf(a->sign, r, n);
  }
  int c = mag_cmp(a->d, a->n, b->d, b->n);
  if (c == 0) {
    free(r);
    return ai_small(0);
  }
  if (c > 0) {
    mag_sub(r, a->d, a->n, b->d, b->n);
    return mkf(a->sign, r, n);
  }
  mag_sub(r, b->d, b->n, a->d, a->n);
  return mkf(bsign, r, n);
}

ai_word ai_bigint_add(ai_word a, ai_word b) {
  bv x, y;
  bv_of(a, &x);
  bv_of(b, &y);
  return add_signed(&x, y.sign, &y);
}

ai_word ai_bigint_sub(ai_word a, ai_word b) {
  bv x, y;
  bv_of(a, &x);
  bv_of(b, &y);
  return add_signed(&x, -y.sign, &y);
}

ai_word ai_bigint_mul(ai_word a, ai_word b) {
  bv x, y;
  bv_of(a, &x);
  bv_of(b, &y);
  if (x.n == 0 || y.n == 0) return ai_small(0);
  limb *r = scratch(x.n + y.n);
  if (!r) return 0;
  mag_mul(r, x.d, x.n, y.d, y.n);
  return mkf(x.sign * y.sign, r, x.n + y.n);
}

ai_word ai_bigint_neg(ai_word a) {
  bv x;
  bv_of(a, &x);
  return mk(-x.sign, x.d, x.n);
}

ai_word ai_bigint_abs(ai_word a) {
  bv x;
  bv_of(a, &x);
  return mk(x.sign ? 1 : 0, x.d, x.n);
}

int ai_bigint_cmp(ai_word a, ai_word b) {
  bv x, y;
  bv_of(a, &x);
  bv_of(b, &y);
  if (x.sign != y.sign) return x.sign < y.sign ? -1 : 1;
  int c = mag_cmp(x.d, x.n, y.d, y.n);
  return x.sign < 0 ? -c : c;
}

/* ------------------------------------------------------------ division */

/* |a| divmod |b| into fresh scratch; b != 0 */
static bool mag_divmod_alloc(const bv *x, const bv *y, limb **q, int64_t *nq, limb **r, int64_t *nr) {
  if (mag_cmp(x->d, x->n, y->d, y->n) < 0) {
    *q = scratch(1);
    *nq = 0;
    *r = scratch(x->n);
    if (!*q || !*r) return false;
    memcpy(*r, x->d, (size_t)x->n * sizeof(limb));
    *nr = x->n;
    return true;
  }
  *nq = x->n - y->n + 1;
  *q = scratch(*nq);
  *r = scratch(y->n);
  if (!*q || !*r) return false;
  if (y->n == 1) {
    (*r)[0] = mag_divmod1(*q, x->d, x->n, y->d[0]);
    *nr = 1;
    return true;
  }
  *nr = y->n;
  return mag_divmod(*q, *r, x->d, x->n, y->d, y->n);
}

bool ai_bigint_divmod(ai_word a, ai_word b, ai_word *qo, ai_word *ro) {
  bv x, y;
  bv_of(a, &x);
  bv_of(b, &y);
  if (y.sign == 0) {
    ai_raise(&ai_exc_ZeroDivisionError, qo ? "integer division or modulo by zero" : "integer modulo by zero");
    return false;
  }
  limb *q = NULL, *r = NULL;
  int64_t nq, nr;
  if (!mag_divmod_alloc(&x, &y, &q, &nq, &r, &nr)) {
    free(q);
    free(r);
    return false;
  }
  nr = mag_norm(r, nr);
  int qsign = x.sign * y.sign;
  if (x.sign != y.sign && nr > 0) {
    /* floor: q = -(|q| + 1), r = |b| - |r| with the sign of b */
    limb *q2 = scratch(nq + 2);
    limb one = 1;
    limb *r2 = scratch(y.n);
    if (!q2 || !r2) {
      free(q);
      free(r);
      free(q2);
      free(r2);
      return false;
    }
    mag_add(q2, q, nq, &one, 1);
    mag_sub(r2, y.d, y.n, r, nr);
    free(q);
    free(r);
    q = q2;
    nq = nq + 2;
    r = r2;
    nr = y.n;
    qsign = -1;
  }
  bool ok = true;
  if (qo) {
    *qo = mk(qsign, q, nq);
    ok = *qo != 0;
  }
  if (ok && ro) {
    *ro = mk(y.sign, r, nr);
    ok = *ro != 0;
  }
  free(q);
  free(r);
  return ok;
}

ai_word ai_bigint_floordiv(ai_word a, ai_word b) {
  ai_word q;
  return ai_bigint_divmod(a, b, &q, NULL) ? q : 0;
}

ai_word ai_bigint_mod(ai_word a, ai_word b) {
  ai_word r;
  return ai_bigint_divmod(a, b, NULL, &r) ? r : 0;
}

/* ------------------------------------------------------------ bitwise */

/* two's complement of x in w limbs */
static void to_twos(limb *out, const bv *x, int64_t w) {
  memset(out, 0, (size_t)w * sizeof(limb));
  memcpy(out, x->d, (size_t)x->n * sizeof(limb));
  if (x->sign < 0) {
    uint64_t c = 1;
    for (int64_t i = 0; i < w; i++) {
      c += (limb)~out[i];
      out[i] = (limb)c;
      c >>= 32;
    }
  }
}

static ai_word from_twos(limb *r, int64_t w) {
  if (r[w - 1] & 0x80000000u) {
    uint64_t c = 1;
    for (int64_t i = 0; i < w; i++) {
      c += (limb)~r[i];
      r[i] = (limb)c;
      c >>= 32;
    }
    return mkf(-1, r, w);
  }
  return mkf(1, r, w);
}

ai_word ai_bigint_bitop(int op, ai_word a, ai_word b) {
  bv x, y;
  bv_of(a, &x);
  bv_of(b, &y);
  int64_t w = (x.n > y.n ? x.n : y.n) + 1;
  limb *p = scratch(w), *q = scratch(w);
  if (!p || !q) {
    free(p);
    free(q);
    return 0;
  }
  to_twos(p, &x, w);
  to_twos(q, &y, w);
  for (int64_t i = 0; i < w; i++) p[i] = op == AI_AND ? (p[i] & q[i]) : op == AI_OR ? (p[i] | q[i]) : (p[i] ^ q[i]);
  free(q);
  return from_twos(p, w);
}

ai_word ai_bigint_invert(ai_word a) {
  /* ~a == -(a + 1) */
  ai_word t = ai_bigint_add(a, ai_small(1));
  return t ? ai_bigint_neg(t) : 0;
}

int64_t ai_int_bit_length(ai_word a) {
  bv x;
  bv_of(a, &x);
  if (x.n == 0) return 0;
  return 32 * (x.n - 1) + (32 - __builtin_clz(x.d[x.n - 1]));
}

/* magnitude shift left by s bits into fresh scratch of n + s/32 + 1 limbs */
static limb *mag_shl(const limb *d, int64_t n, int64_t s, int64_t *nout) {
  int64_t ls = s / 32, bs = s % 32;
  int64_t nr = n + ls + 1;
  limb *r = scratch(nr);
  if (!r) return NULL;
  for (int64_t i = n - 1; i >= 0; i--) {
    uint64_t v = (uint64_t)d[i] << bs;
    r[i + ls + 1] |= (limb)(v >> 32);
    r[i + ls] |= (limb)v;
  }
  *nout = nr;
  return r;
}

/* magnitude shift right by s bits; *lost set when nonzero bits fell off */
static limb *mag_shr(const limb *d, int64_t n, int64_t s, int64_t *nout, bool *lost) {
  int64_t ls = s / 32, bs = s % 32;
  if (lost) {
    *lost = false;
    for (int64_t i = 0; i < ls && i < n; i++)
      if (d[i]) *lost = true;
    if (ls < n && bs && (d[ls] & (((limb)1 << bs) - 1))) *lost = true;
  }
  if (ls >= n) {
    *nout = 0;
    return scratch(1);
  }
  int64_t nr = n - ls;
  limb *r = scratch(nr);
  if (!r) return NULL;
  for (int64_t i = 0; i < nr; i++) {
    uint64_t v = d[i + ls];
    if (i + ls + 1 < n) v |= (uint64_t)d[i + ls + 1] << 32;
    r[i] = (limb)(v >> bs);
  }
  *nout = nr;
  return r;
}

ai_word ai_bigint_lshift(ai_word a, ai_word b) {
  if (ai_int_sign(b) < 0) {
    ai_raise(&ai_exc_ValueError, "negative shift count");
    return 0;
  }
  bv x;
  bv_of(a, &x);
  if (x.n == 0) return ai_small(0);
  int64_t s;
  if (!ai_int_to_i64(b, &s) || s > ((int64_t)1 << 40)) {
    ai_raise(&ai_exc_OverflowError, "too many digits in integer");
    return 0;
  }
  int64_t nr;
  limb *r = mag_shl(x.d, x.n, s, &nr);
  return r ? mkf(x.sign, r, nr) : 0;
}

ai_word ai_bigint_rshift(ai_word a, ai_word b) {
  if (ai_int_sign(b) < 0) {
    ai_raise(&ai_exc_ValueError, "negative shift count");
    return 0;
  }
  bv x;
  bv_of(a, &x);
  int64_t s;
  if (!ai_int_to_i64(b, &s) || s >= 32 * x.n) return ai_small(x.sign < 0 ? -1 : 0);
  if (x.sign >= 0) {
    int64_t nr;
    limb *r = mag_shr(x.d, x.n, s, &nr, NULL);
    return r ? mkf(1, r, nr) : 0;
  }
  /* a < 0: a >> s == -(((|a| - 1) >> s) + 1) */
  ai_word m1 = ai_bigint_sub(ai_bigint_abs(a), ai_small(1));
  if (!m1) return 0;
  bv y;
  bv_of(m1, &y);
  int64_t nr;
  limb *r = mag_shr(y.d, y.n, s, &nr, NULL);
  if (!r) return 0;
  ai_word t = mkf(1, r, nr);
  if (!t) return 0;
  t = ai_int_add(t, ai_small(1));
  return t ? ai_int_neg(t) : 0;
}

/* ------------------------------------------------------------ pow */

ai_word ai_bigint_pow(ai_word a, ai_word b) {
  int bs = ai_int_sign(b);
  if (bs == 0) return ai_small(1);
  if (a == ai_small(0) || a == ai_small(1)) return a;
  if (a == ai_small(-1)) return ai_int_is_true(ai_int_and(b, ai_small(1))) ? a : ai_small(1);
  int64_t e;
  if (!ai_int_to_i64(b, &e) || e > ((int64_t)1 << 40)) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  /* power of two base: shift */
  ai_word result = ai_small(1), base = a;
  while (e > 0) {
    if (e & 1) {
      result = ai_int_mul(result, base);
      if (!result) return 0;
    }
    e >>= 1;
    if (e) {
      base = ai_int_mul(base, base);
      if (!base) return 0;
    }
  }
  return result;
}

/* ------------------------------------------------------------ float */

double ai_bigint_to_double(ai_word a, bool *overflow) {
  bv x;
  bv_of(a, &x);
  *overflow = false;
  if (x.n == 0) return 0.0;
  int64_t nbits = 32 * (x.n - 1) + (32 - __builtin_clz(x.d[x.n - 1]));
  double r;
  if (nbits <= 64) {
    uint64_t m = 0;
    for (int64_t i = x.n - 1; i >= 0; i--) m = (m << 32) | x.d[i];
    r = (double)m;
  } else {
    if (nbits > DBL_MAX_EXP) {
      *overflow = true;
      return 0.0;
    }
    int64_t shift = nbits - 64;
    /* top 64 bits plus a sticky bit for everything below */
    uint64_t m = 0;
    for (int64_t k = 63; k >= 0; k--) {
      int64_t bit = shift + k;
      m = (m << 1) | ((x.d[bit / 32] >> (bit % 32)) & 1);
    }
    bool sticky = false;
    for (int64_t i = 0; i < shift / 32 && !sticky; i++)
      if (x.d[i]) sticky = true;
    if (!sticky && (shift % 32) && (x.d[shift / 32] & (((limb)1 << (shift % 32)) - 1))) sticky = true;
    m |= sticky;
    r = ldexp((double)m, (int)shift);
    if (isinf(r)) {
      *overflow = true;
      return 0.0;
    }
  }
  return x.sign < 0 ? -r : r;
}

ai_word ai_bigint_from_double(double f) {
  int e;
  double m = frexp(fabs(f), &e); /* |f| = m * 2^e, 0.5 <= m < 1 */
  uint64_t mant = (uint64_t)ldexp(m, 53);
  int sign = f < 0 ? -1 : (f > 0);
  ai_word w = ai_bigint_from_u64(sign, mant);
  if (!w) return 0;
  if (e >= 53) return ai_int_lshift(w, ai_small(e - 53));
  return ai_int_rshift(w, ai_small(53 - e)); /* only for |f| < 2^53: exact */
}

/* CPython's long_true_divide: correctly rounded a / b. */
double ai_bigint_truediv(ai_word a, ai_word b) {
  bv x, y;
  bv_of(a, &x);
  bv_of(b, &y);
  if (y.sign == 0) {
    ai_raise(&ai_exc_ZeroDivisionError, "division by zero");
    return 0.0;
  }
  bool negate = (x.sign < 0) != (y.sign < 0);
  if (x.sign == 0) return negate ? -0.0 : 0.0;
  int64_t abits = ai_int_bit_length(a), bbits = ai_int_bit_length(b);
  if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
    bool o;
    double fa = ai_bigint_to_double(a, &o), fb = ai_bigint_to_double(b, &o);
    return fa / fb;
  }
  int64_t diff = abits - bbits;
  if (diff > DBL_MAX_EXP) goto overflow;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0;
  int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  limb *xs;
  int64_t nxs;
  if (shift <= 0)
    xs = mag_shl(x.d, x.n, -shift, &nxs);
  else
    xs = mag_shr(x.d, x.n, shift, &nxs, &inexact);
  if (!xs) return 0.0;
  nxs = mag_norm(xs, nxs);
  /* q, r = divmod(xs, |b|) */
  limb *q, *r;
  int64_t nq;
  if (mag_cmp(xs, nxs, y.d, y.n) < 0) {
    q = scratch(1);
    nq = 0;
    r = NULL;
    if (nxs) inexact = true;
  } else {
    nq = nxs - y.n + 1;
    q = scratch(nq);
    r = scratch(y.n);
    if (!q || !r) {
      free(xs);
      free(q);
      free(r);
      return 0.0;
    }
    if (y.n == 1) {
      if (mag_divmod1(q, xs, nxs, y.d[0])) inexact = true;
    } else {
      if (!mag_divmod(q, r, xs, nxs, y.d, y.n)) {
        free(xs);
        free(q);
        free(r);
        return 0.0;
      }
      if (mag_norm(r, y.n)) inexact = true;
    }
  }
  free(xs);
  free(r);
  nq = mag_norm(q, nq);
  int64_t xbits = nq ? 32 * (nq - 1) + (32 - __builtin_clz(q[nq - 1])) : 0;
  int64_t extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t mask = (uint64_t)1 << (extra - 1);
  uint64_t low = (nq ? q[0] : 0) | (uint64_t)inexact;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  double dx = (double)low;
  for (int64_t i = 1; i < nq; i++) dx += ldexp((double)q[i], (int)(32 * i));
  free(q);
  if (shift + xbits >= DBL_MAX_EXP && (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits))) goto overflow;
  double res = ldexp(dx, (int)shift);
  return negate ? -res : res;
overflow:
  ai_raise(&ai_exc_OverflowError, "integer division result too large for a float");
  return 0.0;
}

/* ------------------------------------------------------------ strings */

ai_word ai_bigint_from_decimal(const char *s, int64_t n) {
  int64_t nl = n / 9 + 2;
  limb *d = scratch(nl);
  if (!d) return 0;
  int64_t used = 0, work = 0;
  int64_t first = n % 9;
  if (first == 0) first = 9;
  for (int64_t i = 0; i < n;) {
    int64_t len = i == 0 ? first : 9;
    if (len > n - i) len = n - i;
    uint32_t chunk = 0, mul = 1;
    for (int64_t k = 0; k < len; k++) {
      chunk = chunk * 10 + (uint32_t)(s[i + k] - '0');
      mul *= 10;
    }
    i += len;
    uint64_t c = chunk;
    charge_limb_work(&work, used);
    for (int64_t k = 0; k < used; k++) {
      c += (uint64_t)d[k] * mul;
      d[k] = (limb)c;
      c >>= 32;
    }
    if (c) d[used++] = (limb)c;
  }
  return mkf(1, d, used);
}

char *ai_int_to_base(ai_word a, int base, size_t *len) {
  bv x;
  bv_of(a, &x);
  char *out;
  if (base == 10) {
    int64_t nbits = ai_int_bit_length(a);
    if (nbits > 14300) goto too_many;
    /* chunks of 9 decimal digits */
    int64_t maxchunks = x.n * 32 / 29 + 2;
    uint32_t *chunks = malloc((size_t)maxchunks * sizeof(uint32_t));
    limb *t = malloc((size_t)(x.n ? x.n : 1) * sizeof(limb));
    out = malloc((size_t)maxchunks * 9 + 2);
    if (!chunks || !t || !out) {
      free(chunks);
      free(t);
      free(out);
      oom();
      return NULL;
    }
    memcpy(t, x.d, (size_t)x.n * sizeof(limb));
    int64_t nt = x.n, nc = 0, work = 0;
    while (nt > 0) {
      chunks[nc++] = mag_divmod1(t, t, nt, 1000000000u);
      charge_limb_work(&work, nt); /* quadratic in the digits: 14,300 bits are 220,000 limb divisions */
      nt = mag_norm(t, nt);
    }
    char *p = out;
    if (x.sign < 0) *p++ = '-';
    if (nc == 0)
      *p++ = '0';
    else {
      p += sprintf(p, "%u", chunks[nc - 1]);
      for (int64_t i = nc - 2; i >= 0; i--) p += sprintf(p, "%09u", chunks[i]);
    }
    *p = 0;
    free(chunks);
    free(t);
    *len = (size_t)(p - out);
    if (*len - (x.sign < 0) > AI_INT_MAX_STR_DIGITS) {
      free(out);
      goto too_many;
    }
    return out;
  }
  int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
  int64_t nbits = ai_int_bit_length(a);
  int64_t ndig = nbits ? (nbits + bits - 1) / bits : 1;
  out = malloc((size_t)ndig + 2);
  if (!out) {
    oom();
    return NULL;
  }
  char *p = out;
  if (x.sign < 0) *p++ = '-';
  for (int64_t i = ndig - 1; i >= 0; i--) {
    int v = 0;
    for (int k = bits - 1; k >= 0; k--) {
      int64_t bit = i * bits + k;
      int b = bit < 32 * x.n ? (int)((x.d[bit / 32] >> (bit % 32)) & 1) : 0;
      v = (v << 1) | b;
    }
    *p++ = "0123456789abcdef"[v];
  }
  *p = 0;
  *len = (size_t)(p - out);
  return out;
too_many:
  ai_raise_fmt(&ai_exc_ValueError,
               "Exceeds the limit (%d digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit",
               AI_INT_MAX_STR_DIGITS);
  return NULL;
}
