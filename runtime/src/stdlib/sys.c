/*
 * stdlib/sys.c — the sys module: argv, exit (SystemExit and the exit status
 * of an uncaught one), stdout/stderr writes, maxsize, the recursion limit and
 * stdin.readline().
 */
#define _GNU_SOURCE
#include "stdlib/sys.h"

#include "stdlib/common.h"

#include "exc/exception.h"
#include "io/print.h"
#include "mem/heap.h"
#include "aithon_actor.h"
#include "obj/bytes.h"
#include "obj/containers.h"
#include "obj/int.h"
#include "obj/str.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---------------------------------------------------------------- argv */

static int g_argc = -1;
static char **g_argv;
/* The sys.argv list of the main program: a global (a GC root), valid for the
 * heap that built it; another actor's heap gets its own fresh list. */
static ai_word argv_list;
static ai_heap *argv_heap;
static pthread_mutex_t argv_lock = PTHREAD_MUTEX_INITIALIZER;

void ai_sys_set_argv(int argc, char **argv) {
  pthread_mutex_lock(&argv_lock);
  g_argc = argc;
  g_argv = argv;
  argv_list = 0;
  argv_heap = NULL;
  pthread_mutex_unlock(&argv_lock);
}

/* a str from arbitrary bytes: invalid UTF-8 bytes become U+FFFD (CPython
 * decodes argv with surrogateescape, which a str here cannot hold) */
static ai_word str_from_bytes_lossy(const char *p, size_t n) {
  size_t cap = n * 3 + 1, o = 0;
  char *b = malloc(cap);
  if (!b) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  const unsigned char *s = (const unsigned char *)p;
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    size_t k = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : 9;
    bool ok = k != 9 && i + k < n;
    uint32_t cp = k == 0 ? c : k == 1 ? (c & 0x1fu) : k == 2 ? (c & 0x0fu) : (c & 0x07u);
    for (size_t j = 1; ok && j <= k; j++) {
      if ((s[i + j] & 0xc0) != 0x80) ok = false;
      else cp = (cp << 6) | (s[i + j] & 0x3fu);
    }
    if (ok && ((k == 1 && cp < 0x80) || (k == 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
               (k == 3 && (cp < 0x10000 || cp > 0x10ffff))))
      ok = false;
    if (ok) {
      memcpy(b + o, s + i, k + 1);
      o += k + 1;
      i += k + 1;
    } else {
      memcpy(b + o, "\xef\xbf\xbd", 3);
      o += 3;
      i++;
    }
  }
  ai_word r = ai_str_from_utf8(b, (int64_t)o);
  free(b);
  return r;
}

/* argv from /proc/self/cmdline when ai_main did not hand it over */
static ai_word argv_from_proc(void) {
  ai_word list = ai_list_new(0, NULL);
  if (!list) return 0;
  int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return list;
  size_t cap = 4096, len = 0;
  char *buf = malloc(cap);
  ssize_t r;
  while (buf) {
    if (len == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) break;
      buf = nb;
      cap *= 2;
    }
    r = read(fd, buf + len, cap - len);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    len += (size_t)r;
  }
  close(fd);
  if (!buf) return list;
  for (size_t i = 0; i < len;) {
    size_t j = i;
    while (j < len && buf[j]) j++;
    ai_word s = str_from_bytes_lossy(buf + i, j - i);
    if (!s || !ai_list_append(list, s)) {
      free(buf);
      return 0;
    }
    i = j + 1;
  }
  free(buf);
  return list;
}

ai_word ai_sys_argv(void) {
  ai_heap *h = ai_heap_current();
  pthread_mutex_lock(&argv_lock);
  ai_word cached = argv_heap == h ? argv_list : 0;
  pthread_mutex_unlock(&argv_lock);
  if (cached) return cached;
  ai_word list;
  if (g_argc < 0) {
    list = argv_from_proc();
  } else {
    list = ai_list_new(0, NULL);
    for (int i = 0; list && i < g_argc; i++) {
      ai_word s = str_from_bytes_lossy(g_argv[i], strlen(g_argv[i]));
      if (!s || !ai_list_append(list, s)) return 0;
    }
  }
  if (!list) return 0;
  pthread_mutex_lock(&argv_lock);
  if (!argv_list) {
    argv_list = list;
    argv_heap = h;
  }
  pthread_mutex_unlock(&argv_lock);
  return list;
}

/* ---------------------------------------------------------------- exit */

void ai_sys_exit(ai_word code) {
  /* PyErr_SetObject(SystemExit, code): None -> SystemExit(), a tuple -> SystemExit(*code) */
  ai_word exc = ai_exc_new(&ai_exc_SystemExit, code ? code : AI_NONE_W);
  if (!exc) return;
  ai_raise_obj(exc, 0);
}

int ai_sys_exit_status(ai_word exc) {
  AiException *e = (AiException *)(intptr_t)exc;
  ai_word code;
  if (e->args) {
    AiTuple *t = ai_as_tuple(e->args);
    code = t->len == 0 ? AI_NONE_W : t->len == 1 ? t->items[0] : e->args;
  } else {
    code = e->msg ? e->msg : AI_NONE_W; /* ai_raise(&ai_exc_SystemExit, "text") */
  }
  if (code == AI_NONE_W) return 0;
  if (ai_is_int(code) || ai_is_bool(code)) {
    int64_t v;
    if (ai_is_bool(code)) return code == AI_TRUE_W;
    if (!ai_int_to_i64(code, &v)) return -1; /* PyLong_AsLong overflow: -1 */
    return (int)v;
  }
  ai_word s = ai_obj_str(code);
  if (s) {
    ai_write_all(2, ai_as_str(s)->data, (size_t)ai_as_str(s)->nbytes);
  } else {
    ai_exc_clear();
  }
  ai_write_all(2, "\n", 1);
  return 1;
}

/* ---------------------------------------------------------------- stdout, stderr */

static bool check_write_arg(ai_word s) {
  if (s && ai_is_str(s)) return true;
  ai_raise_fmt(&ai_exc_TypeError, "write() argument must be str, not %s",
               !s || s == AI_NONE_W ? "None" : ai_type_name(s)); /* _PyArg_BadArgument says "None" */
  return false;
}

ai_word ai_sys_stdout_write(ai_word s) {
  if (!check_write_arg(s)) return 0;
  ai_io_init();
  ai_stdout_write(ai_as_str(s)->data, (size_t)ai_as_str(s)->nbytes);
  return ai_small(ai_as_str(s)->length);
}

ai_word ai_sys_stderr_write(ai_word s) {
  if (!check_write_arg(s)) return 0;
  ai_write_all(2, ai_as_str(s)->data, (size_t)ai_as_str(s)->nbytes);
  return ai_small(ai_as_str(s)->length);
}

bool ai_sys_stdout_flush(void) {
  ai_stdout_flush();
  return true;
}

/* sys.stdout and sys.stderr as values (kept with other file objects, say a
 * StringIO, in one variable): objects whose write/flush methods are the
 * functions above, found by name when called. */
static const AiType type_sys_stream = {"_io.TextIOWrapper", NULL};
static AiObject sys_streams[2] = {{&type_sys_stream, 0}, {&type_sys_stream, 0}};

static bool is_stderr(ai_word self) { return (AiObject *)(intptr_t)self == &sys_streams[1]; }

static ai_word stream_write(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  if (!ai_meth_o("write", nargs, kw)) return 0;
  return is_stderr(self) ? ai_sys_stderr_write(args[0]) : ai_sys_stdout_write(args[0]);
}

static ai_word stream_flush(ai_word self, int64_t nargs, const ai_word *args, ai_word kw) {
  (void)self;
  (void)args;
  if (!ai_meth_noargs("flush", nargs, kw)) return 0;
  ai_stdout_flush();
  return AI_NONE_W;
}

static ai_word stream_repr(ai_word self) {
  const char *r = is_stderr(self) ? "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"
                                  : "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>";
  return ai_str_new_ascii(r, (int64_t)strlen(r));
}

static const ai_method_def stream_methods[] = {{"write", stream_write}, {"flush", stream_flush}, {NULL, NULL}};
static const AiExtSlots stream_slots = {.type = &type_sys_stream, .repr = stream_repr, .methods = stream_methods};

ai_word ai_sys_stream(int32_t fd) {
  ai_ext_register(&stream_slots);
  return (ai_word)(intptr_t)&sys_streams[fd == 2 ? 1 : 0];
}

ai_word ai_sys_maxsize(void) { return ai_int_from_i64(INT64_MAX); }

/* The language version compiled programs are written in (the parser's grammar is 3.12's). A plain
 * tuple: CPython's is a named tuple (`.major`... are not provided; the compiler says so). */
ai_word ai_sys_version_info(void) {
  ai_word items[5] = {ai_small(3), ai_small(12), ai_small(0), ai_str_new_ascii("final", 5), ai_small(0)};
  return ai_tuple_new(5, items);
}

ai_word ai_sys_hexversion(void) { return ai_small(0x030c00f0); }

/* CPython's form, "3.12.0 (main, <date>) [<compiler>]": programs print it or take its first word. */
ai_word ai_sys_version(void) {
  static const char version[] = "3.12.0 (aithon) [Clang " __clang_version__ "]";
  return ai_str_new_ascii(version, sizeof version - 1);
}

ai_word ai_sys_platform(void) {
#if defined(__APPLE__)
  return ai_str_new_ascii("darwin", 6);
#else
  return ai_str_new_ascii("linux", 5);
#endif
}

ai_word ai_sys_byteorder(void) {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return ai_str_new_ascii("big", 3);
#else
  return ai_str_new_ascii("little", 6);
#endif
}

/* ---------------------------------------------------------------- recursion limit */

static int fallback_limit = AI_RECURSION_LIMIT;

ai_word ai_sys_getrecursionlimit(void) {
  return ai_small(ai_recursion_limit_get ? ai_recursion_limit_get() : fallback_limit);
}

void ai_sys_setrecursionlimit(ai_word n) {
  ai_word w;
  if (ai_is_small(n) || ai_obj(n)->type == &ai_type_int) w = n;
  else if (ai_is_bool(n)) w = ai_small(n == AI_TRUE_W);
  else {
    ai_raise_fmt(&ai_exc_TypeError, "'%s' object cannot be interpreted as an integer", ai_type_name(n));
    return;
  }
  int64_t v;
  if (!ai_int_to_i64(w, &v) || v > INT_MAX || v < INT_MIN) {
    ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C int");
    return;
  }
  if (v < 1) {
    ai_raise(&ai_exc_ValueError, "recursion limit must be greater or equal than 1");
    return;
  }
  /* CPython counts the call of setrecursionlimit itself */
  int depth = ai_recursion_depth_get() + 1;
  if (depth >= v) {
    ai_raise_fmt(&ai_exc_RecursionError,
                 "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", (int)v,
                 depth);
    return;
  }
  fallback_limit = (int)v;
  if (ai_recursion_limit_set) ai_recursion_limit_set((int)v);
}

/* ---------------------------------------------------------------- stdin */

/* own stdin buffer, only while builtins.c does not export its own */
static char inbuf[8192];
static size_t inpos, inlen;
static bool ineof;
static bool pending_cr; /* a "\r" ended the last line: a "\n" right after belongs to it */

static int own_getc(void) {
  if (inpos == inlen) {
    if (ineof) return -1;
    ssize_t n;
    do n = read(0, inbuf, sizeof inbuf);
    while (n < 0 && errno == EINTR);
    if (n <= 0) {
      ineof = true;
      return -1;
    }
    inpos = 0;
    inlen = (size_t)n;
  }
  return (unsigned char)inbuf[inpos++];
}

static int in_getc(void) { return ai_stdin_getc ? ai_stdin_getc() : own_getc(); }

ai_word ai_sys_stdin_readline(void) {
  size_t cap = 128, len = 0;
  char *b = malloc(cap);
  if (!b) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  int c;
  while ((c = in_getc()) >= 0) {
    if (pending_cr) {
      pending_cr = false;
      if (c == '\n') continue;
    }
    if (len + 2 > cap) {
      char *nb = realloc(b, cap * 2);
      if (!nb) {
        free(b);
        ai_raise(&ai_exc_MemoryError, NULL);
        return 0;
      }
      b = nb;
      cap *= 2;
    }
    if (c == '\r') {
      pending_cr = true;
      c = '\n';
    }
    b[len++] = (char)c;
    if (c == '\n') break;
  }
  /* strict UTF-8 */
  const unsigned char *s = (const unsigned char *)b;
  for (size_t i = 0; i < len;) {
    unsigned char ch = s[i];
    size_t k = ch < 0x80 ? 0 : (ch & 0xe0) == 0xc0 ? 1 : (ch & 0xf0) == 0xe0 ? 2 : (ch & 0xf8) == 0xf0 ? 3 : 9;
    bool ok = k != 9;
    uint32_t cp = k == 0 ? ch : k == 1 ? (ch & 0x1fu) : k == 2 ? (ch & 0x0fu) : (ch & 0x07u);
    for (size_t j = 1; ok && j <= k; j++) {
      if (i + j >= len || (s[i + j] & 0xc0) != 0x80) ok = false;
      else cp = (cp << 6) | (s[i + j] & 0x3fu);
    }
    if (ok && ((k == 1 && cp < 0x80) || (k == 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
               (k == 3 && (cp < 0x10000 || cp > 0x10ffff))))
      ok = false;
    if (!ok) {
      free(b);
      ai_raise_fmt(&ai_exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", ch, i,
                   ch >= 0x80 && ch < 0xc0 ? "invalid start byte" : "invalid continuation byte");
      return 0;
    }
    i += k + 1;
  }
  ai_word r = ai_str_from_utf8(b, (int64_t)len);
  free(b);
  return r;
}

/* sys.stdin.read(): the rest of the input (universal newlines, strict UTF-8), line by line. */
ai_word ai_sys_stdin_isatty(void) { return ai_bool_word(isatty(0) == 1); }
ai_word ai_sys_stdout_isatty(void) { return ai_bool_word(isatty(1) == 1); }
ai_word ai_sys_stderr_isatty(void) { return ai_bool_word(isatty(2) == 1); }

ai_word ai_sys_stdin_read(void) {
  ai_sbuf b = {0};
  for (;;) {
    ai_word line = ai_sys_stdin_readline();
    if (!line) {
      ai_sbuf_free(&b);
      return 0;
    }
    AiStr *s = ai_as_str(line);
    if (s->nbytes == 0) break;
    ai_sbuf_put(&b, s->data, (size_t)s->nbytes);
  }
  return ai_sbuf_to_str(&b);
}

/* sys.stdin.readlines(): a list of the remaining lines. */
ai_word ai_sys_stdin_readlines(void) {
  ai_word list = ai_list_new(0, NULL);
  while (list) {
    ai_word line = ai_sys_stdin_readline();
    if (!line) return 0;
    if (ai_as_str(line)->nbytes == 0) break;
    if (!ai_list_append(list, line)) return 0;
  }
  return list;
}

/* ---------------------------------------------------------------- sys.stdin.buffer, sys.stdout.buffer */

/* Up to n bytes of the input (n < 0: all that is left), from the buffer input() and sys.stdin.readline()
 * read through, so that text and binary reads of stdin take turns without losing bytes. Bytes as they
 * are: no newline translation. */
ai_word ai_sys_stdin_read_bytes(ai_word n) {
  int64_t want = ai_small_val(n);
  ai_sbuf b = {0};
  pending_cr = false;
  ai_sched_blocking_begin();
  for (int c; want != 0 && (c = in_getc()) >= 0; want--) {
    char ch = (char)c;
    ai_sbuf_put(&b, &ch, 1);
  }
  ai_sched_blocking_end();
  return ai_sbuf_to_bytes(&b);
}

/* sys.stdout.buffer.write(b) / sys.stderr.buffer.write(b): the bytes into the same stream as the text
 * writes (stdout's buffer, or fd 2 unbuffered), so that print() and binary writes keep their order. */
ai_word ai_sys_stream_write_bytes(ai_word fd, ai_word data) {
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  if (ai_small_val(fd) == 2) {
    ai_write_all(2, (const char *)p, (size_t)n);
  } else {
    ai_io_init();
    ai_stdout_write((const char *)p, (size_t)n);
  }
  return ai_small(n);
}
