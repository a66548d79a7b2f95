/*
 * stdlib/random.c — the random module: CPython 3.11's _randommodule.c (the
 * Mersenne Twister MT19937, init_by_array seeding, 53-bit random(),
 * getrandbits) and the parts of Lib/random.py the ABI exposes, consuming
 * random bits in exactly the same order, so a given seed reproduces CPython's
 * sequences. str seeds use version 2 seeding: int.from_bytes(s + sha512(s)).
 *
 * The generator state is per OS thread (malloc'd on first use, freed when the
 * thread exits), seeded from the clock, the monotonic clock, the pid and the
 * thread when the program never calls seed(). It holds no heap words.
 */
#define _GNU_SOURCE
#include "stdlib/random.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/float.h"
#include "obj/userclass.h"
#include "stdlib/math.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#pragma STDC FP_CONTRACT OFF

/* ---------------------------------------------------------------- SHA-512 */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};
static const uint64_t sha512_h0[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

#define ROTR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const uint8_t *p) {
  uint64_t w[80];
  for (int i = 0; i < 16; i++) {
    uint64_t v = 0;
    for (int b = 0; b < 8; b++) v = (v << 8) | p[i * 8 + b];
    w[i] = v;
  }
  for (int i = 16; i < 80; i++) {
    uint64_t s0 = ROTR64(w[i - 15], 1) ^ ROTR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = ROTR64(w[i - 2], 19) ^ ROTR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 80; i++) {
    uint64_t S1 = ROTR64(e, 14) ^ ROTR64(e, 18) ^ ROTR64(e, 41);
    uint64_t ch = (e & f) ^ (~e & g);
    uint64_t t1 = hh + S1 + ch + sha512_k[i] + w[i];
    uint64_t S0 = ROTR64(a, 28) ^ ROTR64(a, 34) ^ ROTR64(a, 39);
    uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = S0 + maj;
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += hh;
}

void ai_sha512(const void *data, size_t n, uint8_t digest[64]) {
  uint64_t h[8];
  memcpy(h, sha512_h0, sizeof h);
  const uint8_t *p = data;
  size_t left = n;
  while (left >= 128) {
    sha512_block(h, p);
    p += 128;
    left -= 128;
  }
  uint8_t last[256] = {0};
  memcpy(last, p, left);
  last[left] = 0x80;
  size_t tot = left + 1 + 16 <= 128 ? 128 : 256;
  uint64_t bits = (uint64_t)n * 8; /* the high 64 bits of the 128-bit length: n < 2**61 */
  for (int b = 0; b < 8; b++) last[tot - 1 - b] = (uint8_t)(bits >> (8 * b));
  last[tot - 9] = (uint8_t)((uint64_t)n >> 61);
  sha512_block(h, last);
  if (tot == 256) sha512_block(h, last + 128);
  for (int i = 0; i < 8; i++)
    for (int b = 0; b < 8; b++) digest[i * 8 + b] = (uint8_t)(h[i] >> (56 - 8 * b));
}

/* ---------------------------------------------------------------- MT19937 */

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct ai_rng {
  uint32_t mt[MT_N];
  int index;
  bool has_gauss;
  double gauss_next;
} ai_rng;

static AI_TLS ai_rng *rng_tls;
static pthread_key_t rng_key;
static pthread_once_t rng_once = PTHREAD_ONCE_INIT;

static void rng_key_init(void) { pthread_key_create(&rng_key, free); }

static uint32_t genrand_uint32(ai_rng *r) {
  static const uint32_t mag01[2] = {0x0U, MATRIX_A};
  uint32_t y;
  uint32_t *mt = r->mt;
  if (r->index >= MT_N) { /* generate N words at one time */
    int kk;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < MT_N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

static void init_genrand(ai_rng *r, uint32_t s) {
  uint32_t *mt = r->mt;
  mt[0] = s;
  int mti;
  for (mti = 1; mti < MT_N; mti++) mt[mti] = (1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti);
  r->index = mti;
}

static void init_by_array(ai_rng *r, const uint32_t *init_key, size_t key_length) {
  uint32_t *mt = r->mt;
  init_genrand(r, 19650218U);
  size_t i = 1, j = 0;
  size_t k = (MT_N > key_length ? MT_N : key_length);
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + init_key[j] + (uint32_t)j; /* non linear */
    i++;
    j++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = MT_N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i; /* non linear */
    i++;
    if (i >= MT_N) {
      mt[0] = mt[MT_N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U; /* MSB is 1; assuring non-zero initial array */
}

static void seed_time_pid(ai_rng *r) {
  struct timespec ts;
  uint32_t key[6];
  clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  key[0] = (uint32_t)now;
  key[1] = (uint32_t)(now >> 32);
  key[2] = (uint32_t)getpid();
  clock_gettime(CLOCK_MONOTONIC, &ts);
  now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  key[3] = (uint32_t)now;
  key[4] = (uint32_t)(now >> 32);
  key[5] = (uint32_t)(uintptr_t)r ^ (uint32_t)((uintptr_t)r >> 32); /* differs per thread */
  init_by_array(r, key, 6);
}

/* This thread's generator (created and seeded from the clock on first use). */
static ai_rng *rng(void) {
  ai_rng *r = rng_tls;
  if (AI_LIKELY(r != NULL)) return r;
  r = calloc(1, sizeof *r);
  if (!r) abort(); /* 2.5 KiB at thread start: nothing sensible to raise from random() */
  pthread_once(&rng_once, rng_key_init);
  pthread_setspecific(rng_key, r);
  seed_time_pid(r);
  rng_tls = r;
  return r;
}

uint32_t ai_random_u32(void) { return genrand_uint32(rng()); }

static double random_random(ai_rng *r) {
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

double ai_random_random(void) { return random_random(rng()); }

/* ---------------------------------------------------------------- seed */

/* key words = the 32-bit chunks of a non-negative number, least significant
 * first, without leading zero chunks (at least one). */
static void seed_limbs(ai_rng *r, const uint32_t *d, int64_t n) {
  while (n > 0 && d[n - 1] == 0) n--;
  if (n == 0) {
    uint32_t zero = 0;
    init_by_array(r, &zero, 1);
  } else {
    init_by_array(r, d, (size_t)n);
  }
}

void ai_random_seed(ai_word a) {
  ai_rng *r = rng();
  if (!a || a == AI_NONE_W) {
    seed_time_pid(r);
  } else if (ai_is_small(a) || ai_obj(a)->type == &ai_type_int || ai_obj(a)->type == &ai_type_bool) {
    ai_word n = ai_stdlib_index(a);
    const uint32_t *d;
    uint32_t buf[2];
    int64_t nl = ai_stdlib_int_limbs(n, &d, buf); /* |n| */
    seed_limbs(r, d, nl);
  } else if (ai_obj(a)->type == &ai_type_float) {
    /* the C seed uses the hash, cast to size_t */
    uint64_t h = (uint64_t)ai_obj_hash(a);
    uint32_t d[2] = {(uint32_t)h, (uint32_t)(h >> 32)};
    seed_limbs(r, d, 2);
  } else if (ai_is_str(a)) {
    /* version 2: a = int.from_bytes(a.encode() + sha512(a.encode()).digest()) */
    AiStr *s = ai_as_str(a);
    size_t len = (size_t)s->nbytes, tot = len + 64;
    uint8_t *bytes = malloc(tot);
    uint32_t *d = calloc(tot / 4 + 1, sizeof(uint32_t));
    if (!bytes || !d) {
      free(bytes);
      free(d);
      ai_raise(&ai_exc_MemoryError, NULL);
      return;
    }
    memcpy(bytes, s->data, len);
    ai_sha512(s->data, len, bytes + len);
    for (size_t i = 0; i < tot; i++) { /* big-endian bytes -> little-endian 32-bit limbs */
      size_t pos = tot - 1 - i;    /* byte i counted from the least significant end */
      d[pos / 4] |= (uint32_t)bytes[i] << (8 * (pos % 4));
    }
    seed_limbs(r, d, (int64_t)(tot / 4 + 1));
    free(bytes);
    free(d);
  } else {
    ai_raise(&ai_exc_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return;
  }
  r->has_gauss = false;
}

/* ---------------------------------------------------------------- getstate, setstate */

ai_word ai_random_getstate(void) {
  ai_rng *r = rng();
  /* (3, (mt[0], ..., mt[623], index), gauss_next or None), as CPython's Random.getstate() */
  AiTuple *inner = ai_tuple_alloc(MT_N + 1);
  if (!inner) return 0;
  for (int i = 0; i < MT_N; i++) inner->items[i] = ai_small((int64_t)r->mt[i]);
  inner->items[MT_N] = ai_small(r->index);
  ai_word gauss = r->has_gauss ? ai_box_float(r->gauss_next) : AI_NONE_W;
  if (!gauss) return 0;
  ai_word items[3] = {ai_small(3), ai_w(inner), gauss};
  return ai_tuple_new(3, items);
}

/* An item of the internal state: CPython's PyLong_AsUnsignedLong (then cut to 32 bits, as random_setstate does). */
static bool state_word(ai_word w, uint64_t *out) {
  if (ai_is_bool(w)) {
    *out = w == AI_TRUE_W;
    return true;
  }
  if (!ai_is_int(w)) {
    ai_raise(&ai_exc_TypeError, "an integer is required");
    return false;
  }
  if (ai_int_sign(w) < 0) {
    ai_raise(&ai_exc_OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  const uint32_t *d;
  uint32_t buf[2];
  int64_t n = ai_stdlib_int_limbs(w, &d, buf);
  while (n > 0 && d[n - 1] == 0) n--;
  if (n > 2) {
    ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C unsigned long");
    return false;
  }
  *out = (n > 0 ? d[0] : 0) | (n > 1 ? (uint64_t)d[1] << 32 : 0);
  return true;
}

void ai_random_setstate(ai_word state) {
  ai_rng *r = rng();
  int64_t n;
  const ai_word *items = ai_is_tuple(state) || ai_is_list(state) ? ai_seq_items(state, &n) : NULL;
  if (!items) {
    ai_raise_fmt(&ai_exc_TypeError, "'%s' object is not subscriptable", ai_type_name(state));
    return;
  }
  if (n == 0) {
    ai_raise_fmt(&ai_exc_IndexError, "%s index out of range", ai_is_tuple(state) ? "tuple" : "list");
    return;
  }
  ai_word version = items[0];
  int64_t v = ai_is_small(version) ? ai_small_val(version) : ai_is_float(version) ? (int64_t)ai_unbox_float(version) : 0;
  if (ai_is_float(version) && (double)v != ai_unbox_float(version)) v = 0;
  if (v != 3 && v != 2) {
    ai_word text = ai_obj_str(version);
    if (!text) return;
    ai_raise_fmt(&ai_exc_ValueError, "state with version %.*s passed to Random.setstate() of version 3", (int)ai_as_str(text)->nbytes,
                 (const char *)ai_as_str(text)->data);
    return;
  }
  if (n != 3) {
    if (n > 3) ai_raise(&ai_exc_ValueError, "too many values to unpack (expected 3)");
    else ai_raise_fmt(&ai_exc_ValueError, "not enough values to unpack (expected 3, got %lld)", (long long)n);
    return;
  }
  ai_word inner = items[1], gauss = items[2];
  /* gauss_next is set first, as CPython's `version, internalstate, self.gauss_next = state` */
  if (gauss == AI_NONE_W) {
    r->has_gauss = false;
  } else {
    double g;
    if (!ai_stdlib_as_double(gauss, &g)) return;
    r->has_gauss = true;
    r->gauss_next = g;
  }
  if (!ai_is_tuple(inner)) {
    ai_raise(&ai_exc_TypeError, "state vector must be a tuple");
    return;
  }
  AiTuple *t = ai_as_tuple(inner);
  if (t->len != MT_N + 1) {
    ai_raise(&ai_exc_ValueError, "state vector is the wrong size");
    return;
  }
  uint32_t mt[MT_N];
  for (int i = 0; i < MT_N; i++) {
    uint64_t word;
    ai_word item = t->items[i];
    if (v == 2 && ai_is_int(item) && ai_int_sign(item) < 0) {
      /* version 2 (Python 2's states) takes each item % 2**32 first: a negative int's low 32 bits, two's complement */
      const uint32_t *d;
      uint32_t buf[2];
      int64_t nl = ai_stdlib_int_limbs(item, &d, buf);
      word = (uint32_t)(0u - (nl > 0 ? d[0] : 0u));
    } else if (!state_word(item, &word)) {
      return;
    }
    mt[i] = (uint32_t)word;
  }
  ai_word last = t->items[MT_N];
  int64_t index;
  if (ai_is_bool(last)) index = last == AI_TRUE_W;
  else if (ai_is_int(last)) {
    if (!ai_int_to_i64(last, &index)) {
      ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C long");
      return;
    }
  } else {
    ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(last));
    return;
  }
  if (index < 0 || index > MT_N) {
    ai_raise(&ai_exc_ValueError, "invalid state");
    return;
  }
  memcpy(r->mt, mt, sizeof mt);
  r->index = (int)index;
}

/* ---------------------------------------------------------------- getrandbits, _randbelow */

static uint64_t bits_u64(ai_rng *r, int k) { /* 1 <= k <= 64 */
  if (k <= 32) return genrand_uint32(r) >> (32 - k);
  uint64_t lo = genrand_uint32(r);
  uint64_t hi = genrand_uint32(r) >> (64 - k);
  return lo | hi << 32;
}

/* getrandbits(k) for k > 0 as an int word */
static ai_word bits_word(ai_rng *r, int64_t k) {
  if (k <= 62) return ai_small((int64_t)bits_u64(r, (int)k));
  int64_t words = (k - 1) / 32 + 1;
  uint32_t small[8];
  uint32_t *w = words <= 8 ? small : malloc((size_t)words * sizeof(uint32_t));
  if (!w) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  for (int64_t i = 0; i < words; i++, k -= 32) {
    uint32_t v = genrand_uint32(r);
    if (k < 32) v >>= (32 - k); /* drop least significant bits */
    w[i] = v;
  }
  ai_word res = ai_stdlib_int_from_limbs(1, w, words);
  if (w != small) free(w);
  return res;
}

ai_word ai_random_getrandbits(ai_word kw) {
  ai_rng *r = rng();
  ai_word kk = ai_stdlib_index(kw);
  if (!kk) return 0;
  int64_t k;
  if (!ai_int_to_i64(kk, &k) || k > INT32_MAX || k < INT32_MIN) {
    ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C int");
    return 0;
  }
  if (k < 0) {
    ai_raise(&ai_exc_ValueError, "number of bits must be non-negative");
    return 0;
  }
  if (k == 0) return ai_small(0);
  return bits_word(r, k);
}

static uint64_t below_u64(ai_rng *r, uint64_t n) {
  int k = 64 - __builtin_clzll(n); /* n.bit_length() */
  for (;;) {
    uint64_t v = bits_u64(r, k);
    if (v < n) return v;
  }
}

uint64_t ai_random_below_u64(uint64_t n) { return below_u64(rng(), n); }

/* _randbelow(n) for an int word n > 0 */
static ai_word randbelow(ai_rng *r, ai_word n) {
  int64_t v;
  if (ai_int_to_i64(n, &v)) return ai_int_from_i64((int64_t)below_u64(r, (uint64_t)v));
  int64_t k = ai_int_bit_length(n);
  for (;;) {
    ai_word x = bits_word(r, k);
    if (!x) return 0;
    if (ai_int_lt(x, n)) return x;
  }
}

/* ---------------------------------------------------------------- integer methods */

/* randrange's argument conversion: _index(v), else int(v) when it equals v */
static ai_word rr_index(ai_word v, const char *which) {
  if (ai_is_small(v) || ai_obj(v)->type == &ai_type_int || ai_obj(v)->type == &ai_type_bool)
    return ai_stdlib_index(v);
  /* an instance with __index__ (an IntEnum member, an int subclass's instance): CPython's _index(v) first */
  ai_word held;
  if (ai_class_index_value(v, &held)) return held;
  if (ai_exc_pending()) return 0;
  ai_word iv = ai_obj_int(v);
  if (!iv) return 0;
  int ne = ai_obj_compare(AI_NE, iv, v);
  if (ne < 0) return 0;
  if (ne) {
    ai_raise_fmt(&ai_exc_ValueError, "non-integer %s for randrange()", which);
    return 0;
  }
  return iv; /* CPython also warns (DeprecationWarning) here */
}

static const char *int_text(ai_word w) {
  ai_word s = ai_str_of_int(w);
  return s ? ai_as_str(s)->data : "?";
}

ai_word ai_random_randrange(ai_word start, ai_word stop, ai_word step) {
  ai_rng *r = rng();
  ai_word istart = rr_index(start, "arg 1");
  if (!istart) return 0;
  if (!stop || stop == AI_NONE_W) {
    if (ai_int_sign(istart) > 0) return randbelow(r, istart);
    ai_raise(&ai_exc_ValueError, "empty range for randrange()");
    return 0;
  }
  ai_word istop = rr_index(stop, "stop");
  if (!istop) return 0;
  if (ai_is_small(istart) && ai_is_small(istop) && (!step || step == ai_small(1))) {
    int64_t a = ai_small_val(istart), width = ai_small_val(istop) - a; /* no overflow: 63-bit values */
    if (width > 0) return ai_int_from_i64(a + (int64_t)below_u64(r, (uint64_t)width));
  }
  ai_word width = ai_int_sub(istop, istart);
  if (!width) return 0;
  ai_word istep = step ? rr_index(step, "step") : ai_small(1);
  if (!istep) return 0;
  if (istep == ai_small(1)) {
    if (ai_int_sign(width) > 0) {
      ai_word x = randbelow(r, width);
      return x ? ai_int_add(istart, x) : 0;
    }
    char *a = strdup(int_text(istart)), *b = strdup(int_text(istop));
    ai_raise_fmt(&ai_exc_ValueError, "empty range for randrange() (%s, %s, %s)", a ? a : "?", b ? b : "?",
                 int_text(width));
    free(a);
    free(b);
    return 0;
  }
  int sg = ai_int_sign(istep);
  if (sg == 0) {
    ai_raise(&ai_exc_ValueError, "zero step for randrange()");
    return 0;
  }
  /* n = (width + istep - 1) // istep  or  (width + istep + 1) // istep */
  ai_word t = ai_int_add(width, istep);
  if (!t) return 0;
  t = ai_int_add(t, ai_small(sg > 0 ? -1 : 1));
  if (!t) return 0;
  ai_word n = ai_int_floordiv(t, istep);
  if (!n) return 0;
  if (ai_int_sign(n) <= 0) {
    ai_raise(&ai_exc_ValueError, "empty range for randrange()");
    return 0;
  }
  ai_word x = randbelow(r, n);
  if (!x) return 0;
  x = ai_int_mul(istep, x);
  if (!x) return 0;
  return ai_int_add(istart, x);
}

ai_word ai_random_randint(ai_word a, ai_word b) {
  ai_word b1 = ai_obj_binop(AI_ADD, b, ai_small(1));
  if (!b1) return 0;
  return ai_random_randrange(a, b1, ai_small(1));
}

/* ---------------------------------------------------------------- sequence methods */

ai_word ai_random_choice(ai_word seq) {
  ai_rng *r = rng();
  int64_t n = ai_obj_len(seq);
  if (n < 0) return 0;
  if (n == 0) {
    ai_raise(&ai_exc_IndexError, "Cannot choose from an empty sequence");
    return 0;
  }
  uint64_t i = below_u64(r, (uint64_t)n);
  int64_t len;
  const ai_word *items = ai_seq_items(seq, &len);
  if (items && (int64_t)i < len) return items[i];
  return ai_obj_getitem(seq, ai_small((int64_t)i));
}

bool ai_random_shuffle(ai_word x) {
  ai_rng *r = rng();
  int64_t n = ai_obj_len(x);
  if (n < 0) return false;
  if (ai_is_list(x)) { /* nothing below can change the list's length */
    AiList *l = ai_as_list(x);
    for (int64_t i = n - 1; i > 0; i--) {
      uint64_t j = below_u64(r, (uint64_t)i + 1);
      ai_word t = l->items[i];
      l->items[i] = l->items[j];
      l->items[j] = t;
    }
    return true;
  }
  for (int64_t i = n - 1; i > 0; i--) {
    uint64_t j = below_u64(r, (uint64_t)i + 1);
    /* x[i], x[j] = x[j], x[i] */
    ai_word xj = ai_obj_getitem(x, ai_small((int64_t)j));
    if (!xj) return false;
    ai_word xi = ai_obj_getitem(x, ai_small(i));
    if (!xi) return false;
    if (!ai_obj_setitem(x, ai_small(i), xj)) return false;
    if (!ai_obj_setitem(x, ai_small((int64_t)j), xi)) return false;
  }
  return true;
}

static bool is_sequence(ai_word w) {
  if (ai_is_small(w)) return false;
  const AiType *t = ai_obj(w)->type;
  return t == &ai_type_list || t == &ai_type_tuple || t == &ai_type_str || t == &ai_type_range;
}

static ai_word item_at(ai_word seq, int64_t i) {
  int64_t len;
  const ai_word *items = ai_seq_items(seq, &len);
  if (items && i < len) return items[i];
  return ai_obj_getitem(seq, ai_small(i));
}

/* a small open-addressing set of int64 >= 0 */
typedef struct {
  int64_t *slots; /* -1 empty */
  uint64_t mask;
} iset;

static bool iset_add(iset *s, int64_t v) { /* true when added (was absent) */
  uint64_t h = ((uint64_t)v * 0x9E3779B97F4A7C15ULL) >> 7;
  for (uint64_t i = h & s->mask;; i = (i + 1) & s->mask) {
    if (s->slots[i] == v) return false;
    if (s->slots[i] < 0) {
      s->slots[i] = v;
      return true;
    }
  }
}

ai_word ai_random_sample(ai_word population, ai_word k) {
  ai_rng *r = rng();
  if (!is_sequence(population)) {
    ai_raise(&ai_exc_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    return 0;
  }
  int64_t n = ai_obj_len(population);
  if (n < 0) return 0;
  if (!(ai_is_small(k) || ai_obj(k)->type == &ai_type_int || ai_obj(k)->type == &ai_type_bool)) {
    /* `not 0 <= k <= n`, then `[None] * k` */
    int c = ai_obj_compare(AI_LE, ai_small(0), k);
    if (c < 0) return 0;
    if (c) {
      c = ai_obj_compare(AI_LE, k, ai_small(n));
      if (c < 0) return 0;
    }
    if (!c) {
      ai_raise(&ai_exc_ValueError, "Sample larger than population or is negative");
      return 0;
    }
    ai_raise_fmt(&ai_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ai_type_name(k));
    return 0;
  }
  k = ai_stdlib_index(k);
  int64_t kv;
  if (!ai_int_to_i64(k, &kv) || kv < 0 || kv > n) {
    ai_raise(&ai_exc_ValueError, "Sample larger than population or is negative");
    return 0;
  }
  AiList *result = ai_list_alloc(kv);
  if (!result) return 0;
  int64_t setsize = 21; /* size of a small set minus size of an empty list */
  if (kv > 5) {
    double c = ceil(log((double)((__int128)kv * 3)) / log(4.0)); /* 4 ** _ceil(_log(k * 3, 4)) */
    if (c >= 31) setsize = INT64_MAX;
    else setsize += (int64_t)1 << (2 * (int)c);
  }
  if (n <= setsize) {
    /* an n-length list is smaller than a k-length set: non-selected at pool[0 : n-i] */
    ai_word pool = ai_builtin_list(population);
    if (!pool) return 0;
    for (int64_t i = 0; i < kv; i++) {
      uint64_t j = below_u64(r, (uint64_t)(n - i));
      AiList *pl = ai_as_list(pool);
      result->items[i] = pl->items[j];
      pl->items[j] = pl->items[n - i - 1]; /* move non-selected item into vacancy */
    }
  } else {
    uint64_t cap = 16;
    while (cap < (uint64_t)kv * 2) cap <<= 1;
    iset sel = {malloc(cap * sizeof(int64_t)), cap - 1};
    if (!sel.slots) {
      ai_raise(&ai_exc_MemoryError, NULL);
      return 0;
    }
    memset(sel.slots, 0xff, cap * sizeof(int64_t));
    for (int64_t i = 0; i < kv; i++) {
      int64_t j = (int64_t)below_u64(r, (uint64_t)n);
      while (!iset_add(&sel, j)) j = (int64_t)below_u64(r, (uint64_t)n);
      ai_word v = item_at(population, j);
      if (!v) {
        free(sel.slots);
        return 0;
      }
      result->items[i] = v;
    }
    free(sel.slots);
  }
  return ai_w(result);
}

/* bisect.bisect_right(a, x, 0, hi) over the cumulative weights; `da` is a
 * double copy of a when every element converts exactly (else NULL) */
static int64_t bisect_right(ai_word a, const double *da, double x, int64_t hi, bool *err) {
  int64_t lo = 0;
  ai_word xb = 0;
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    int lt;
    if (da) lt = x < da[mid];
    else {
      if (!xb && !(xb = ai_box_float(x))) {
        *err = true;
        return 0;
      }
      ai_word am = item_at(a, mid);
      if (!am) {
        *err = true;
        return 0;
      }
      lt = ai_obj_compare(AI_LT, xb, am);
      if (lt < 0) {
        *err = true;
        return 0;
      }
    }
    if (lt) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

static bool repeat_count(ai_word k, int64_t *out) {
  ai_word kk = ai_stdlib_index(k);
  if (!kk) return false;
  if (!ai_int_to_i64(kk, out)) {
    if (ai_int_sign(kk) < 0) *out = 0;
    else {
      ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C ssize_t");
      return false;
    }
  }
  if (*out < 0) *out = 0;
  return true;
}

static ai_word choices_cum(ai_rng *r, ai_word population, int64_t n, ai_word cum, ai_word k) {
  int64_t ncum = ai_obj_len(cum);
  if (ncum < 0) return 0;
  if (ncum != n) {
    ai_raise(&ai_exc_ValueError, "The number of weights does not match the population");
    return 0;
  }
  ai_word last = ai_obj_getitem(cum, ai_small(-1));
  if (!last) return 0;
  ai_word zero = ai_box_float(0.0);
  if (!zero) return 0;
  ai_word tw = ai_obj_binop(AI_ADD, last, zero); /* convert to float */
  if (!tw) return 0;
  if (!ai_is_float(tw)) {
    ai_raise(&ai_exc_TypeError, "unsupported: non-float total of weights");
    return 0;
  }
  double total = ai_as_float(tw)->value;
  if (total <= 0.0) {
    ai_raise(&ai_exc_ValueError, "Total of weights must be greater than zero");
    return 0;
  }
  if (!isfinite(total)) {
    ai_raise(&ai_exc_ValueError, "Total of weights must be finite");
    return 0;
  }
  int64_t kv;
  if (!repeat_count(k, &kv)) return 0;
  if (!ai_is_list(cum) && !ai_is_tuple(cum)) {
    cum = ai_builtin_list(cum);
    if (!cum) return 0;
  }
  /* a double copy when every cumulative weight compares exactly as a double */
  double *da = malloc((size_t)(n > 0 ? n : 1) * sizeof(double));
  if (!da) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  int64_t len;
  const ai_word *items = ai_seq_items(cum, &len);
  for (int64_t i = 0; i < n && da; i++) {
    ai_word w = items[i];
    if (ai_is_small(w) && ai_small_val(w) <= ((int64_t)1 << 53) && ai_small_val(w) >= -((int64_t)1 << 53))
      da[i] = (double)ai_small_val(w);
    else if (ai_is_float(w)) da[i] = ai_as_float(w)->value;
    else if (ai_is_bool(w)) da[i] = w == AI_TRUE_W;
    else {
      free(da);
      da = NULL;
    }
  }
  AiList *result = ai_list_alloc(kv);
  if (!result) {
    free(da);
    return 0;
  }
  int64_t hi = n - 1;
  for (int64_t i = 0; i < kv; i++) {
    bool err = false;
    int64_t j = bisect_right(cum, da, random_random(r) * total, hi, &err);
    ai_word v = err ? 0 : item_at(population, j);
    if (!v) {
      free(da);
      return 0;
    }
    result->items[i] = v;
  }
  free(da);
  return ai_w(result);
}

ai_word ai_random_choices(ai_word population, ai_word weights, ai_word k) {
  ai_rng *r = rng();
  int64_t n = ai_obj_len(population);
  if (n < 0) return 0;
  if (!k) k = ai_small(1);
  if (!weights || weights == AI_NONE_W) {
    int64_t kv;
    if (!repeat_count(k, &kv)) return 0;
    double nf = (double)n;
    AiList *result = ai_list_alloc(kv);
    if (!result) return 0;
    for (int64_t i = 0; i < kv; i++) {
      double f = floor(random_random(r) * nf);
      ai_word v = item_at(population, (int64_t)f);
      if (!v) return 0;
      result->items[i] = v;
    }
    return ai_w(result);
  }
  /* cum_weights = list(accumulate(weights)) */
  ai_word it = ai_obj_iter(weights);
  if (!it) {
    if (ai_exc_matches(&ai_exc_TypeError) && (ai_is_int(weights) || ai_is_bool(weights))) {
      ai_exc_clear();
      ai_word rep = ai_obj_repr(weights);
      if (!rep) return 0;
      ai_raise_fmt(&ai_exc_TypeError, "The number of choices must be a keyword argument: k=%s", ai_as_str(rep)->data);
    }
    return 0;
  }
  ai_word cum = ai_list_new(0, NULL);
  if (!cum) return 0;
  ai_word total = 0, w;
  while (ai_iter_next(it, &w)) {
    total = total ? ai_obj_binop(AI_ADD, total, w) : w;
    if (!total || !ai_list_append(cum, total)) return 0;
  }
  if (ai_exc_pending()) return 0;
  return choices_cum(r, population, n, cum, k);
}

ai_word ai_random_choices_cum(ai_word population, ai_word cum_weights, ai_word k) {
  ai_rng *r = rng();
  int64_t n = ai_obj_len(population);
  if (n < 0) return 0;
  return choices_cum(r, population, n, cum_weights, k ? k : ai_small(1));
}

/* ---------------------------------------------------------------- real-valued distributions */

#define TWOPI 6.283185307179586 /* math.tau */
#define E_CONST 2.718281828459045

double ai_random_uniform(double a, double b) { return a + (b - a) * random_random(rng()); }

static double triangular(double low, double high, double c, bool have_mode, double mode) {
  ai_rng *r = rng();
  double u = random_random(r);
  if (have_mode) {
    if (high - low == 0.0) return low; /* ZeroDivisionError caught */
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    double t = low;
    low = high;
    high = t;
  }
  double s = ai_math_sqrt(u * c);
  if (ai_exc_pending()) return -1.0;
  return low + (high - low) * s;
}

double ai_random_triangular(double low, double high, double mode) { return triangular(low, high, 0.5, true, mode); }
double ai_random_triangular_nomode(double low, double high) { return triangular(low, high, 0.5, false, 0.0); }

double ai_random_normalvariate(double mu, double sigma) {
  ai_rng *r = rng();
  const double nv_magicconst = 4 * exp(-0.5) / sqrt(2.0);
  double z;
  for (;;) {
    double u1 = random_random(r);
    double u2 = 1.0 - random_random(r);
    z = nv_magicconst * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -log(u2)) break;
  }
  return mu + z * sigma;
}

double ai_random_lognormvariate(double mu, double sigma) { return ai_math_exp(ai_random_normalvariate(mu, sigma)); }

double ai_random_gauss(double mu, double sigma) {
  ai_rng *r = rng();
  double z;
  if (r->has_gauss) {
    z = r->gauss_next;
    r->has_gauss = false;
  } else {
    double x2pi = random_random(r) * TWOPI;
    double g2rad = sqrt(-2.0 * log(1.0 - random_random(r)));
    z = cos(x2pi) * g2rad;
    r->gauss_next = sin(x2pi) * g2rad;
    r->has_gauss = true;
  }
  return mu + z * sigma;
}

double ai_random_expovariate(double lambd) {
  double u = random_random(rng());
  return ai_float_truediv(-log(1.0 - u), lambd);
}

double ai_random_vonmisesvariate(double mu, double kappa) {
  ai_rng *r = rng();
  if (kappa <= 1e-6) return TWOPI * random_random(r);
  double s = 0.5 / kappa;
  double rr = s + sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = random_random(r);
    z = cos(M_PI * u1);
    double d = z / (rr + z);
    double u2 = random_random(r);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * ai_math_exp(d)) break;
    if (ai_exc_pending()) return -1.0;
  }
  double q = 1.0 / rr;
  double f = (q + z) / (1.0 + q * z);
  double u3 = random_random(r);
  double a = ai_math_acos(f);
  if (ai_exc_pending()) return -1.0;
  return ai_float_mod(u3 > 0.5 ? mu + a : mu - a, TWOPI);
}

double ai_random_gammavariate(double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) {
    ai_raise(&ai_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    return -1.0;
  }
  ai_rng *r = rng();
  if (alpha > 1.0) {
    const double log4 = log(4.0), sg_magicconst = 1.0 + log(4.5);
    double ainv = sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - log4;
    double ccc = alpha + ainv;
    for (;;) {
      double u1 = random_random(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - random_random(r);
      double v = log(u1 / (1.0 - u1)) / ainv;
      double ev = ai_math_exp(v);
      if (ai_exc_pending()) return -1.0;
      double x = alpha * ev;
      double z = u1 * u1 * u2;
      double rv = bbb + ccc * v - x;
      if (rv + sg_magicconst - 4.5 * z >= 0.0) return x * beta;
      double lz = ai_math_log(z);
      if (ai_exc_pending()) return -1.0;
      if (rv >= lz) return x * beta;
    }
  } else if (alpha == 1.0) {
    return -log(1.0 - random_random(r)) * beta;
  } else {
    double x;
    for (;;) {
      double u = random_random(r);
      double b = (E_CONST + alpha) / E_CONST;
      double p = b * u;
      if (p <= 1.0) x = ai_float_pow(p, 1.0 / alpha);
      else x = -ai_math_log((b - p) / alpha);
      if (ai_exc_pending()) return -1.0;
      double u1 = random_random(r);
      if (p > 1.0) {
        double t = ai_float_pow(x, alpha - 1.0);
        if (ai_exc_pending()) return -1.0;
        if (u1 <= t) break;
      } else {
        double t = ai_math_exp(-x);
        if (ai_exc_pending()) return -1.0;
        if (u1 <= t) break;
      }
    }
    return x * beta;
  }
}

double ai_random_betavariate(double alpha, double beta) {
  double y = ai_random_gammavariate(alpha, 1.0);
  if (ai_exc_pending()) return -1.0;
  if (y != 0.0) {
    double g = ai_random_gammavariate(beta, 1.0);
    if (ai_exc_pending()) return -1.0;
    return ai_float_truediv(y, y + g);
  }
  return 0.0;
}

double ai_random_paretovariate(double alpha) {
  double u = 1.0 - random_random(rng());
  double e = ai_float_truediv(-1.0, alpha);
  if (ai_exc_pending()) return -1.0;
  return ai_float_pow(u, e);
}

double ai_random_weibullvariate(double alpha, double beta) {
  double u = 1.0 - random_random(rng());
  double l = ai_math_log(u);
  double e = ai_float_truediv(1.0, beta);
  if (ai_exc_pending()) return -1.0;
  double p = ai_float_pow(-l, e);
  if (ai_exc_pending()) return -1.0;
  return alpha * p;
}
