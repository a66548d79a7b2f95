/*
 * stdlib/hashlib.c — the digests of the Python-written hashlib module
 * (compiler/pylib/hashlib.py): MD5 (RFC 1321), SHA-1 (FIPS 180-4) and
 * SHA-256. The module keeps the bytes fed to a hash object and asks for the
 * digest of all of them here; each call hashes them afresh.
 */
#include "stdlib/hashlib.h"

#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/str.h"

#include <string.h>

static uint32_t rotl(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
/* a big-endian 32-bit word (SHA-1 and SHA-256 message words) */
static uint32_t load_be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }

/* The message padded as all three pad it: 0x80, zeros, the bit length in 8 bytes (big- or little-endian),
 * calling block() on each 64-byte block. */
static void padded_blocks(const uint8_t *p, int64_t n, bool little, void (*block)(void *state, const uint8_t *b),
                          void *state) {
  int64_t full = n / 64 * 64;
  for (int64_t i = 0; i < full; i += 64) block(state, p + i);
  uint8_t tail[128];
  int64_t rest = n - full;
  memset(tail, 0, sizeof tail);
  memcpy(tail, p + full, (size_t)rest);
  tail[rest] = 0x80;
  int64_t tail_len = rest + 1 + 8 <= 64 ? 64 : 128;
  uint64_t bits = (uint64_t)n * 8;
  for (int i = 0; i < 8; i++) tail[little ? tail_len - 8 + i : tail_len - 1 - i] = (uint8_t)(bits >> (8 * i));
  for (int64_t i = 0; i < tail_len; i += 64) block(state, tail + i);
}

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
static const int md5_s[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9,  14, 20, 5, 9,
                              14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                              4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

static void md5_block(void *state, const uint8_t *b) {
  uint32_t *h = state, m[16];
  for (int i = 0; i < 16; i++) m[i] = (uint32_t)b[4 * i] | (uint32_t)b[4 * i + 1] << 8 | (uint32_t)b[4 * i + 2] << 16 | (uint32_t)b[4 * i + 3] << 24;
  uint32_t a = h[0], bb = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int g;
    if (i < 16) f = (bb & c) | (~bb & d), g = i;
    else if (i < 32) f = (d & bb) | (~d & c), g = (5 * i + 1) % 16;
    else if (i < 48) f = bb ^ c ^ d, g = (3 * i + 5) % 16;
    else f = c ^ (bb | ~d), g = (7 * i) % 16;
    uint32_t t = d;
    d = c;
    c = bb;
    bb = bb + rotl(a + f + md5_k[i] + m[g], md5_s[i]);
    a = t;
  }
  h[0] += a, h[1] += bb, h[2] += c, h[3] += d;
}

static void sha1_block(void *state, const uint8_t *b) {
  uint32_t *h = state, w[80];
  for (int i = 0; i < 16; i++) w[i] = load_be32(b + 4 * i);
  for (int i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; i++) {
    uint32_t f, k;
    if (i < 20) f = (bb & c) | (~bb & d), k = 0x5a827999;
    else if (i < 40) f = bb ^ c ^ d, k = 0x6ed9eba1;
    else if (i < 60) f = (bb & c) | (bb & d) | (c & d), k = 0x8f1bbcdc;
    else f = bb ^ c ^ d, k = 0xca62c1d6;
    uint32_t t = rotl(a, 5) + f + e + k + w[i];
    e = d, d = c, c = rotl(bb, 30), bb = a, a = t;
  }
  h[0] += a, h[1] += bb, h[2] += c, h[3] += d, h[4] += e;
}

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static void sha256_block(void *state, const uint8_t *b) {
  uint32_t *h = state, w[64];
  for (int i = 0; i < 16; i++) w[i] = load_be32(b + 4 * i);
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t v[8];
  memcpy(v, h, sizeof v);
  for (int i = 0; i < 64; i++) {
    uint32_t s1 = rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25);
    uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint32_t t1 = v[7] + s1 + ch + sha256_k[i] + w[i];
    uint32_t s0 = rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22);
    uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    uint32_t t2 = s0 + maj;
    memmove(v + 1, v, 7 * sizeof(uint32_t));
    v[4] += t1;
    v[0] = t1 + t2;
  }
  for (int i = 0; i < 8; i++) h[i] += v[i];
}

ai_word ai_hashlib_digest(ai_word name, ai_word data) {
  const uint8_t *p;
  int64_t n;
  if (!ai_is_str(name)) {
    ai_raise(&ai_exc_TypeError, "hash name must be a str");
    return 0;
  }
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  const char *algo = ai_as_str(name)->data;
  uint32_t h[8];
  uint8_t out[32];
  int words;
  if (!strcmp(algo, "md5")) {
    const uint32_t init[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    memcpy(h, init, sizeof init);
    padded_blocks(p, n, true, md5_block, h);
    for (int i = 0; i < 16; i++) out[i] = (uint8_t)(h[i / 4] >> (8 * (i % 4)));
    return ai_bytes_from(out, 16);
  }
  if (!strcmp(algo, "sha1")) {
    const uint32_t init[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    memcpy(h, init, sizeof init);
    padded_blocks(p, n, false, sha1_block, h);
    words = 5;
  } else if (!strcmp(algo, "sha256") || !strcmp(algo, "sha224")) {
    const uint32_t init256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const uint32_t init224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    bool is224 = algo[4] == '2';
    memcpy(h, is224 ? init224 : init256, sizeof init256);
    padded_blocks(p, n, false, sha256_block, h);
    words = is224 ? 7 : 8;
  } else {
    ai_raise_fmt(&ai_exc_ValueError, "unsupported hash type %s", algo);
    return 0;
  }
  for (int i = 0; i < 4 * words; i++) out[i] = (uint8_t)(h[i / 4] >> (24 - 8 * (i % 4)));
  return ai_bytes_from(out, 4 * words);
}
