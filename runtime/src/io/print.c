/* io/print.c — print() and the stdout buffer. */
#include "io/print.h"

#include "exc/exception.h"
#include "obj/containers.h"
#include "obj/object.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#define AI_STDOUT_BUF 8192

/* Actors print from every worker thread at once: one lock over the buffer,
 * held for a whole print() so that its line is never split by another's.
 * It is never held while Python code runs (a green thread could be switched
 * out holding it, and the next one on that thread would deadlock): print()'s
 * values are made strings before it is taken. */
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static char outbuf[AI_STDOUT_BUF];
static size_t outlen;
static int line_buffered; /* set once by ai_io_init */
static pthread_once_t io_once = PTHREAD_ONCE_INIT;

bool ai_write_all(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    s += w;
    n -= (size_t)w;
  }
  return true;
}

static void flush_locked(void) {
  if (outlen) {
    ai_write_all(1, outbuf, outlen);
    outlen = 0;
  }
}

void ai_stdout_flush(void) {
  pthread_mutex_lock(&out_lock);
  flush_locked();
  pthread_mutex_unlock(&out_lock);
}

static void at_exit_flush(void) { ai_stdout_flush(); }

static void io_init_once(void) {
  line_buffered = isatty(1) ? 1 : 0;
  atexit(at_exit_flush);
}

void ai_io_init(void) { pthread_once(&io_once, io_init_once); }

static void write_locked(const char *s, size_t n) {
  if (n >= AI_STDOUT_BUF) {
    flush_locked();
    ai_write_all(1, s, n);
    return;
  }
  if (outlen + n > AI_STDOUT_BUF) flush_locked();
  memcpy(outbuf + outlen, s, n);
  outlen += n;
  if (line_buffered && memchr(s, '\n', n)) flush_locked();
}

void ai_stdout_write(const char *s, size_t n) {
  ai_io_init();
  pthread_mutex_lock(&out_lock);
  write_locked(s, n);
  pthread_mutex_unlock(&out_lock);
}

/* sep or end: None (or absent) means the default; anything but a str is a TypeError. */
static bool check_text(ai_word w, const char *what) {
  if (w == 0 || w == AI_NONE_W || ai_is_str(w)) return true;
  ai_raise_fmt(&ai_exc_TypeError, "%s must be None or a string, not %s", what, ai_type_name(w));
  return false;
}

static void put_text_locked(ai_word w, const char *dflt) {
  if (w == 0 || w == AI_NONE_W) write_locked(dflt, strlen(dflt));
  else write_locked(ai_as_str(w)->data, (size_t)ai_as_str(w)->nbytes);
}

#define AI_PRINT_INLINE_ARGS 32

bool ai_print(int64_t n, const ai_word *strs, ai_word sep, ai_word end, bool flush) {
  if (!check_text(sep, "sep") || !check_text(end, "end")) return false;
  ai_io_init();
  /* str() of every value first: it may run Python code (a __str__), which
   * must not happen under the lock. The strings stay reachable for the
   * collector: on this stack (scanned conservatively) or in a list. */
  ai_word inline_strs[AI_PRINT_INLINE_ARGS];
  ai_word many = 0;
  if (n > AI_PRINT_INLINE_ARGS) {
    many = ai_list_new(0, NULL);
    if (!many) return false;
  }
  for (int64_t i = 0; i < n; i++) {
    ai_word s = strs[i];
    if (!ai_is_str(s)) { /* be forgiving: print str() of any value */
      s = ai_obj_str(s);
      if (!s) return false;
    }
    if (many) {
      if (!ai_list_append(many, s)) return false;
    } else {
      inline_strs[i] = s;
    }
  }
  pthread_mutex_lock(&out_lock);
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) put_text_locked(sep, " ");
    ai_word s = many ? ai_as_list(many)->items[i] : inline_strs[i];
    write_locked(ai_as_str(s)->data, (size_t)ai_as_str(s)->nbytes);
  }
  put_text_locked(end, "\n");
  if (flush) flush_locked();
  pthread_mutex_unlock(&out_lock);
  return true;
}
