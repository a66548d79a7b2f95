/*
 * obj/hash.c — hash() as CPython computes it: ints modulo the Mersenne prime
 * 2**61-1 (sign kept, -1 -> -2), floats by the same scheme (so hash(1.0) ==
 * hash(1) == hash(True)), the xxHash-based tuple hash of 3.8+, frozenset's
 * shuffled xor. str uses SipHash-1-3 with a fixed key (CPython randomises it
 * per process, so no program can depend on str hash values or orders).
 * None hashes like CPython 3.11's pointer hash with the low 20 address bits
 * CPython has on this platform, so small sets containing None iterate as
 * CPython's do.
 */
#include "obj/containers.h"
#include "obj/ext.h"

#include "exc/exception.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"

#include <math.h>

int64_t ai_hash_small(int64_t v) {
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  m %= AI_HASH_MODULUS;
  int64_t h = v < 0 ? -(int64_t)m : (int64_t)m;
  return h == -1 ? -2 : h;
}

static int64_t hash_bigint(ai_word w) {
  AiInt *a = ai_as_int(w);
  int64_t n = a->size < 0 ? -a->size : a->size;
  unsigned __int128 x = 0;
  for (int64_t i = n - 1; i >= 0; i--) {
    x = (x << 32) | a->d[i];
    x %= AI_HASH_MODULUS;
  }
  int64_t h = (int64_t)(uint64_t)x;
  if (a->size < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t ai_hash_pointer(const void *p) {
  uint64_t y = (uint64_t)(uintptr_t)p;
  y = (y >> 4) | (y << 60);
  int64_t x = (int64_t)y;
  return x == -1 ? -2 : x;
}

int64_t ai_hash_double(double v, ai_word box) {
  if (!isfinite(v)) {
    if (isinf(v)) return v > 0 ? AI_HASH_INF : -AI_HASH_INF;
    return ai_hash_pointer((const void *)(intptr_t)box);
  }
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & AI_HASH_MODULUS) | x >> (61 - 28);
    m *= 268435456.0; /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= AI_HASH_MODULUS) x -= AI_HASH_MODULUS;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & AI_HASH_MODULUS) | x >> (61 - e);
  x = x * (uint64_t)(int64_t)sign;
  if (x == (uint64_t)-1) x = (uint64_t)-2;
  return (int64_t)x;
}

/* ---- SipHash-1-3 (one compression round, three finalisation rounds) */
#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                                     \
  do {                                                                                                               \
    v0 += v1;                                                                                                        \
    v1 = ROTL(v1, 13);                                                                                               \
    v1 ^= v0;                                                                                                        \
    v0 = ROTL(v0, 32);                                                                                               \
    v2 += v3;                                                                                                        \
    v3 = ROTL(v3, 16);                                                                                               \
    v3 ^= v2;                                                                                                        \
    v0 += v3;                                                                                                        \
    v3 = ROTL(v3, 21);                                                                                               \
    v3 ^= v0;                                                                                                        \
    v2 += v1;                                                                                                        \
    v1 = ROTL(v1, 17);                                                                                               \
    v1 ^= v2;                                                                                                        \
    v2 = ROTL(v2, 32);                                                                                               \
  } while (0)

static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *src, size_t len) {
  uint64_t b = (uint64_t)len << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
  while (len >= 8) {
    uint64_t mi;
    memcpy(&mi, src, 8);
    src += 8;
    len -= 8;
    v3 ^= mi;
    SIPROUND;
    v0 ^= mi;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < len; i++) t |= (uint64_t)src[i] << (8 * i);
  b |= t;
  v3 ^= b;
  SIPROUND;
  v0 ^= b;
  v2 ^= 0xff;
  SIPROUND;
  SIPROUND;
  SIPROUND;
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t ai_hash_bytes(const char *p, size_t n) {
  if (n == 0) return 0;
  int64_t h = (int64_t)siphash13(0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL, (const unsigned char *)p, n);
  return h == -1 ? -2 : h;
}

int64_t ai_hash_str(ai_word sw) {
  AiStr *s = ai_as_str(sw);
  if (s->hash != -1) return s->hash;
  int64_t h = ai_hash_bytes(s->data, (size_t)s->nbytes);
  s->hash = h;
  return h;
}

/* hash(None) in CPython 3.11 is its address >> 4 (rotated); the low 20 bits
 * of that address are the same in every run on this platform (0x5bbe0). */
#define AI_NONE_HASH ((int64_t)0x7f0000005bbeLL)

int64_t ai_hash(ai_word o) {
  if (ai_is_small(o)) return ai_hash_small(ai_small_val(o));
  const AiType *t = ai_obj(o)->type;
  if (t == &ai_type_str) return ai_hash_str(o);
  if (t == &ai_type_int) return hash_bigint(o);
  if (t == &ai_type_float) return ai_hash_double(ai_unbox_float(o), o);
  if (t == &ai_type_bool) return o == AI_TRUE_W ? 1 : 0;
  if (t == &ai_type_none) return AI_NONE_HASH;
  if (t == &ai_type_tuple) return ai_tuple_hash(o);
  if (t == &ai_type_frozenset) return ai_frozenset_hash(o);
  if (t == &ai_type_range) return ai_range_hash(o);
  if (t == &ai_type_list || t == &ai_type_dict || t == &ai_type_set || t == &ai_type_slice ||
      t == &ai_type_dict_keys || t == &ai_type_dict_items) {
    ai_raise_fmt(&ai_exc_TypeError, "unhashable type: '%s'", t->name);
    return -1;
  }
  const AiExtSlots *x = ai_ext_slots(t);
  if (x && x->unhashable) {
    ai_raise_fmt(&ai_exc_TypeError, "unhashable type: '%s'", t->name);
    return -1;
  }
  if (x && x->hash) return x->hash(o);
  return ai_hash_pointer(ai_obj(o)); /* identity hash (exceptions, iterators, views of values) */
}

ai_word ai_builtin_hash(ai_word o) {
  int64_t h = ai_hash(o);
  return h == -1 ? 0 : ai_int_from_i64(h);
}

/* id(o): heap objects by address (never moved); a small int by its tagged word, so equal
 * small ints share an id as CPython's cached ones do. */
ai_word ai_builtin_id(ai_word o) { return ai_int_from_i64((int64_t)o); }

int64_t ai_obj_hash(ai_word o) {
  int64_t h = ai_hash(o);
  if (h == -1) return 0; /* raised; a real hash is never -1 */
  return h;
}

/* tuple: xxHash-based (CPython 3.8+) */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) ((x << 31) | (x >> 33))

int64_t ai_tuple_hash(ai_word tw) {
  AiTuple *t = ai_as_tuple(tw);
  if (t->hash != -1) return t->hash;
  uint64_t acc = XXPRIME_5;
  for (int64_t i = 0; i < t->len; i++) {
    int64_t lane = ai_hash_fast(t->items[i]);
    if (lane == -1) return -1;
    acc += (uint64_t)lane * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
  }
  acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539UL);
  if (acc == (uint64_t)-1) acc = 1546275796;
  if (t != &ai_empty_tuple) t->hash = (int64_t)acc;
  return (int64_t)acc;
}
