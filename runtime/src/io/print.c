/* io/print.c — print() and the stdout buffer. */
#include "io/print.h"

#include "exc/exception.h"
#include "obj/object.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#define AI_STDOUT_BUF 8192

static char outbuf[AI_STDOUT_BUF];
static size_t outlen;
static int line_buffered = -1; /* -1: not initialised */

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

void ai_stdout_flush(void) {
  if (outlen) {
    ai_write_all(1, outbuf, outlen);
    outlen = 0;
  }
}

static void at_exit_flush(void) { ai_stdout_flush(); }

void ai_io_init(void) {
  if (line_buffered != -1) return;
  line_buffered = isatty(1) ? 1 : 0;
  atexit(at_exit_flush);
}

void ai_stdout_write(const char *s, size_t n) {
  if (line_buffered == -1) ai_io_init();
  if (n >= AI_STDOUT_BUF) {
    ai_stdout_flush();
    ai_write_all(1, s, n);
    return;
  }
  if (outlen + n > AI_STDOUT_BUF) ai_stdout_flush();
  memcpy(outbuf + outlen, s, n);
  outlen += n;
  if (line_buffered && memchr(s, '\n', n)) ai_stdout_flush();
}

static bool put_str(ai_word w, const char *dflt, const char *what) {
  if (w == 0 || w == AI_NONE_W) {
    ai_stdout_write(dflt, strlen(dflt));
    return true;
  }
  if (!ai_is_str(w)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s must be None or a string, not %s", what, ai_type_name(w));
    return false;
  }
  ai_stdout_write(ai_as_str(w)->data, (size_t)ai_as_str(w)->nbytes);
  return true;
}

bool ai_print(int64_t n, const ai_word *strs, ai_word sep, ai_word end, bool flush) {
  if (sep && sep != AI_NONE_W && !ai_is_str(sep)) return put_str(sep, " ", "sep");
  if (end && end != AI_NONE_W && !ai_is_str(end)) return put_str(end, "\n", "end");
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) put_str(sep, " ", "sep");
    ai_word s = strs[i];
    if (!ai_is_str(s)) { /* be forgiving: print str() of any value */
      s = ai_obj_str(s);
      if (!s) return false;
    }
    ai_stdout_write(ai_as_str(s)->data, (size_t)ai_as_str(s)->nbytes);
  }
  put_str(end, "\n", "end");
  if (flush) ai_stdout_flush();
  return true;
}
