/*
 * stdlib/base64.c — Base64 encoding and decoding for the Python-written
 * base64 module (compiler/pylib/base64.py), which keeps the argument
 * checks and binascii's errors. The loops are here because bytes are dynamic
 * values to the compiler: indexing and appending byte by byte in Python
 * costs a dispatch each, twenty times CPython's C loops.
 */
#include "stdlib/base64.h"

#include "exc/exception.h"
#include "mem/heap.h"
#include "obj/bytes.h"
#include "obj/singletons.h"

#include <stdlib.h>
#include <string.h>

#define NOT_BASE64 255

ai_word ai_base64_encode(ai_word data, ai_word alphabet, ai_word newline) {
  const uint8_t *p, *abc;
  int64_t n, nabc;
  if (!ai_bytes_arg(data, &p, &n) || !ai_bytes_arg(alphabet, &abc, &nabc)) return 0;
  if (nabc != 64) {
    ai_raise(&ai_exc_ValueError, "base64 alphabet must have 64 characters");
    return 0;
  }
  bool nl = newline == AI_TRUE_W;
  int64_t size = (n + 2) / 3 * 4 + (nl ? 1 : 0);
  uint8_t *out = malloc(size ? (size_t)size : 1);
  if (!out) abort();
  uint8_t *o = out;
  int64_t full = n - n % 3;
  for (int64_t i = 0; i < full; i += 3) {
    uint32_t chunk = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
    *o++ = abc[chunk >> 18];
    *o++ = abc[(chunk >> 12) & 63];
    *o++ = abc[(chunk >> 6) & 63];
    *o++ = abc[chunk & 63];
  }
  if (n - full) {
    uint32_t chunk = (uint32_t)p[full] << 16 | (n - full == 2 ? (uint32_t)p[full + 1] << 8 : 0);
    *o++ = abc[chunk >> 18];
    *o++ = abc[(chunk >> 12) & 63];
    *o++ = n - full == 2 ? abc[(chunk >> 6) & 63] : '=';
    *o++ = '=';
  }
  if (nl) *o++ = '\n';
  ai_word r = ai_bytes_from(out, o - out);
  free(out);
  return r;
}

/* The malformed inputs ai_base64_decode reports (as negative ints; see base64.h). */
enum { INCORRECT_PADDING = -1, LEADING_PADDING = -2, EXCESS_DATA = -3, NOT_ALPHABET = -4, DISCONTINUOUS = -5 };

ai_word ai_base64_decode(ai_word data, ai_word altchars, ai_word strict) {
  static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  uint8_t table[256];
  memset(table, NOT_BASE64, sizeof table);
  for (int i = 0; i < 64; i++) table[(uint8_t)alphabet[i]] = (uint8_t)i;
  if (altchars != AI_NONE_W) {
    const uint8_t *alt;
    int64_t nalt;
    if (!ai_bytes_arg(altchars, &alt, &nalt)) return 0;
    if (nalt != 2) {
      ai_raise(&ai_exc_ValueError, "altchars must be 2 characters");
      return 0;
    }
    table[alt[0]] = 62;
    table[alt[1]] = 63;
  }
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  bool strict_mode = strict == AI_TRUE_W;
  if (strict_mode && n > 0 && p[0] == '=') return ai_small(LEADING_PADDING);
  uint8_t *out = malloc(n / 4 * 3 + 3);
  if (!out) abort();
  uint8_t *o = out;
  /* quad_pos: characters of the current group of four seen; pads: '=' after its second character. */
  int quad_pos = 0, pads = 0, error = 0;
  bool padding_started = false, done = false;
  unsigned left = 0;
  for (int64_t i = 0; i < n && !done && !error; i++) {
    uint8_t c = p[i];
    if (c == '=') {
      padding_started = true;
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        if (strict_mode && i + 1 < n) error = EXCESS_DATA;
        done = true;
      }
      continue;
    }
    unsigned v = table[c];
    if (v == NOT_BASE64) {
      if (strict_mode) error = NOT_ALPHABET;
      continue;
    }
    if (strict_mode && padding_started) {
      error = DISCONTINUOUS;
      continue;
    }
    pads = 0;
    switch (quad_pos) {
    case 0:
      left = v;
      break;
    case 1:
      *o++ = (uint8_t)(left << 2 | v >> 4);
      left = v & 15;
      break;
    case 2:
      *o++ = (uint8_t)(left << 4 | v >> 2);
      left = v & 3;
      break;
    default:
      *o++ = (uint8_t)(left << 6 | v);
      left = 0;
    }
    quad_pos = (quad_pos + 1) & 3;
  }
  ai_word r;
  if (error) r = ai_small(error);
  else if (!done && quad_pos == 1) r = ai_small((o - out) / 3 * 4 + 1); /* CPython's count of the data characters */
  else if (!done && quad_pos != 0) r = ai_small(INCORRECT_PADDING);
  else r = ai_bytes_from(out, o - out);
  free(out);
  return r;
}
