/*
 * stdlib/zlibmod.c — the zlib library (the real one: Debian's zlib1g-dev, linked
 * statically) for the Python-written zlib module (compiler/pylib/zlib.py), so
 * compressed bytes are byte for byte CPython's. Errors come back as a str (the
 * message of CPython's zlib.error) for the Python side to raise; streams
 * (compressobj/decompressobj) are a malloc'ed z_stream whose address is an int
 * handle, freed when the stream is finished.
 */
#include "aithon_stdlib.h"

#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static int64_t int_arg(ai_word w) {
  int64_t v = 0;
  ai_int_to_i64(w, &v);
  return v;
}

/* CPython's zlib_error(): "Error <code> while <what>: <zlib's message>". */
static ai_word zlib_error(const z_stream *zst, int err, const char *what) {
  const char *msg = err == Z_VERSION_ERROR ? "library version mismatch" : zst->msg;
  if (!msg) {
    switch (err) {
      case Z_BUF_ERROR: msg = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: msg = "inconsistent stream state"; break;
      case Z_DATA_ERROR: msg = "invalid input data"; break;
    }
  }
  char buf[256];
  if (msg) snprintf(buf, sizeof buf, "Error %d %s: %.200s", err, what, msg);
  else snprintf(buf, sizeof buf, "Error %d %s", err, what);
  return ai_str_from_utf8(buf, (int64_t)strlen(buf));
}

/* A growing output buffer. */
typedef struct {
  uint8_t *data;
  size_t len, cap;
} Out;

static void out_room(Out *o, size_t want) {
  if (o->cap - o->len >= want) return;
  size_t cap = o->cap ? o->cap : 256;
  while (cap - o->len < want) cap *= 2;
  o->data = realloc(o->data, cap);
  if (!o->data) abort();
  o->cap = cap;
}

static ai_word out_bytes(Out *o) {
  ai_word r = ai_bytes_from(o->data, (int64_t)o->len);
  free(o->data);
  return r;
}

/* Runs deflate(flush) over the input zst holds, appending everything it writes to o. */
static int deflate_all(z_stream *zst, Out *o, int flush) {
  int err;
  do {
    out_room(o, 16384);
    zst->next_out = o->data + o->len;
    zst->avail_out = (uInt)(o->cap - o->len);
    err = deflate(zst, flush);
    o->len = o->cap - zst->avail_out;
    if (err == Z_STREAM_ERROR) return err;
  } while (zst->avail_out == 0 || (flush == Z_FINISH && err != Z_STREAM_END));
  return err;
}

ai_word ai_zlib_compress(ai_word data, ai_word level, ai_word wbits) {
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  z_stream zst;
  memset(&zst, 0, sizeof zst);
  int err = deflateInit2(&zst, (int)int_arg(level), Z_DEFLATED, (int)int_arg(wbits), 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) abort();
  if (err == Z_STREAM_ERROR) return ai_str_new_ascii("Bad compression level", 21);
  if (err != Z_OK) {
    deflateEnd(&zst);
    return zlib_error(&zst, err, "while compressing data");
  }
  zst.next_in = (Bytef *)p;
  zst.avail_in = (uInt)n;
  Out o = {0};
  err = deflate_all(&zst, &o, Z_FINISH);
  deflateEnd(&zst);
  if (err != Z_STREAM_END) {
    free(o.data);
    return zlib_error(&zst, err, "while compressing data");
  }
  return out_bytes(&o);
}

ai_word ai_zlib_decompress(ai_word data, ai_word wbits, ai_word bufsize) {
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  z_stream zst;
  memset(&zst, 0, sizeof zst);
  int err = inflateInit2(&zst, (int)int_arg(wbits));
  if (err == Z_MEM_ERROR) abort();
  if (err != Z_OK) return zlib_error(&zst, err, "while preparing to decompress data");
  zst.next_in = (Bytef *)p;
  zst.avail_in = (uInt)n;
  Out o = {0};
  size_t chunk = (size_t)int_arg(bufsize);
  if (chunk < 1) chunk = 1;
  do {
    out_room(&o, chunk);
    zst.next_out = o.data + o.len;
    zst.avail_out = (uInt)(o.cap - o.len);
    err = inflate(&zst, Z_NO_FLUSH);
    o.len = o.cap - zst.avail_out;
    if (err != Z_OK && err != Z_STREAM_END && !(err == Z_BUF_ERROR && zst.avail_out == 0)) break;
  } while (err != Z_STREAM_END && (zst.avail_in > 0 || zst.avail_out == 0));
  if (err != Z_STREAM_END) {
    /* input used up before the stream's end: CPython reports Z_BUF_ERROR */
    if (err == Z_OK || err == Z_BUF_ERROR) err = Z_BUF_ERROR;
    ai_word msg = zlib_error(&zst, err, "while decompressing data");
    inflateEnd(&zst);
    free(o.data);
    return msg;
  }
  inflateEnd(&zst);
  return out_bytes(&o);
}

/* A running checksum (zlib's crc32 or adler32) of `data` from `value`, as an unsigned 32-bit int. */
static ai_word checksum(uLong (*sum)(uLong, const Bytef *, uInt), ai_word data, ai_word value) {
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  uLong c = sum((uLong)(int_arg(value) & 0xffffffff), p, (uInt)n);
  return ai_small((int64_t)(c & 0xffffffffu));
}

ai_word ai_zlib_crc32(ai_word data, ai_word value) { return checksum(crc32, data, value); }

ai_word ai_zlib_adler32(ai_word data, ai_word value) { return checksum(adler32, data, value); }

/* A stream of compressobj/decompressobj: the z_stream, and for inflate whether it ended and the input it left. */
typedef struct {
  z_stream zst;
  bool inflating, ended;
  uint8_t *rest;
  size_t nrest;
} Stream;

static Stream *stream_of(ai_word handle) { return (Stream *)(intptr_t)int_arg(handle); }

/* A new stream's handle once zlib's init gave `err`; else the message of the zlib.error to raise (a str), as CPython words it. */
static ai_word stream_started(Stream *s, int err, const char *what) {
  if (err == Z_MEM_ERROR) abort();
  if (err != Z_OK) {
    free(s);
    if (err == Z_STREAM_ERROR) return ai_str_new_ascii("Invalid initialization option", 29);
    return ai_str_new_ascii(what, strlen(what));
  }
  return ai_small((int64_t)(intptr_t)s);
}

ai_word ai_zlib_deflate_new(ai_word level, ai_word wbits, ai_word memlevel, ai_word strategy) {
  Stream *s = calloc(1, sizeof *s);
  if (!s) abort();
  int err = deflateInit2(&s->zst, (int)int_arg(level), Z_DEFLATED, (int)int_arg(wbits), (int)int_arg(memlevel), (int)int_arg(strategy));
  return stream_started(s, err, "while creating compression object");
}

ai_word ai_zlib_deflate(ai_word handle, ai_word data, ai_word mode) {
  Stream *s = stream_of(handle);
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  int flush = (int)int_arg(mode);
  s->zst.next_in = (Bytef *)p;
  s->zst.avail_in = (uInt)n;
  Out o = {0};
  int err = deflate_all(&s->zst, &o, flush);
  s->zst.next_in = NULL;
  if (err == Z_STREAM_ERROR || (flush == Z_FINISH && err != Z_STREAM_END)) {
    free(o.data);
    return zlib_error(&s->zst, err, flush == Z_NO_FLUSH ? "while compressing data" : "while flushing");
  }
  if (flush == Z_FINISH) {
    deflateEnd(&s->zst);
    s->ended = true;
  }
  return out_bytes(&o);
}

ai_word ai_zlib_inflate_new(ai_word wbits) {
  Stream *s = calloc(1, sizeof *s);
  if (!s) abort();
  s->inflating = true;
  return stream_started(s, inflateInit2(&s->zst, (int)int_arg(wbits)), "while creating decompression object");
}

ai_word ai_zlib_inflate(ai_word handle, ai_word data, ai_word max_length) {
  Stream *s = stream_of(handle);
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  int64_t limit = int_arg(max_length); /* 0: no limit */
  free(s->rest);
  s->rest = NULL;
  s->nrest = 0;
  s->zst.next_in = (Bytef *)p;
  s->zst.avail_in = (uInt)n;
  Out o = {0};
  int err = Z_OK;
  while (!s->ended) {
    size_t room = 16384;
    if (limit > 0) {
      if ((int64_t)o.len >= limit) break;
      if ((int64_t)(o.len + room) > limit) room = (size_t)(limit - (int64_t)o.len);
    }
    out_room(&o, room);
    s->zst.next_out = o.data + o.len;
    s->zst.avail_out = (uInt)room;
    err = inflate(&s->zst, Z_SYNC_FLUSH);
    o.len += room - s->zst.avail_out;
    if (err == Z_STREAM_END) {
      s->ended = true;
      break;
    }
    if (err != Z_OK && err != Z_BUF_ERROR) {
      free(o.data);
      return zlib_error(&s->zst, err, "while decompressing data");
    }
    if (s->zst.avail_out != 0 || (err == Z_BUF_ERROR && s->zst.avail_in == 0)) break;
  }
  /* what inflate did not read: unused_data after the stream's end, else unconsumed_tail (a max_length cut it) */
  if (s->zst.avail_in) {
    s->nrest = s->zst.avail_in;
    s->rest = malloc(s->nrest);
    if (!s->rest) abort();
    memcpy(s->rest, s->zst.next_in, s->nrest);
  }
  s->zst.next_in = NULL;
  s->zst.avail_in = 0;
  return out_bytes(&o);
}

ai_word ai_zlib_inflate_eof(ai_word handle) { return ai_small(stream_of(handle)->ended ? 1 : 0); }

ai_word ai_zlib_inflate_rest(ai_word handle) {
  Stream *s = stream_of(handle);
  return ai_bytes_from(s->rest, (int64_t)s->nrest);
}

ai_word ai_zlib_end(ai_word handle) {
  Stream *s = stream_of(handle);
  if (s->inflating) inflateEnd(&s->zst);
  else if (!s->ended) deflateEnd(&s->zst);
  free(s->rest);
  free(s);
  return ai_small(0);
}
