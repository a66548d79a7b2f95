/*
 * stdlib/os.c — the operating-system calls behind the Python-written os,
 * os.path and pathlib modules (compiler/pylib): the working directory,
 * directory listings, what a path is, files read and written whole, and the
 * environment. Failures raise OSError subclasses with CPython's messages
 * ("[Errno 2] No such file or directory: 'x'").
 */
#define _GNU_SOURCE
#include "stdlib/os.h"

#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/containers.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/object.h"

#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

/* The path's bytes (NUL-terminated), or NULL after raising TypeError/ValueError. */
static const char *path_of(ai_word path, const char *fname) {
  if (!ai_is_str(path)) {
    ai_raise_fmt(&ai_exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, ai_type_name(path));
    return NULL;
  }
  AiStr *s = ai_as_str(path);
  if (memchr(s->data, 0, (size_t)s->nbytes)) {
    ai_raise_fmt(&ai_exc_ValueError, "%s: embedded null character in path", fname);
    return NULL;
  }
  return s->data;
}

ai_word ai_os_getcwd(void) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) {
    ai_raise_os_error(errno, 0, 0);
    return 0;
  }
  return ai_str_from_utf8(buf, (int64_t)strlen(buf));
}

ai_word ai_os_listdir(ai_word path) {
  const char *p = path_of(path, "listdir");
  if (!p) return 0;
  DIR *d = opendir(p);
  if (!d) {
    ai_raise_os_error(errno, path, 0);
    return 0;
  }
  ai_word list = ai_list_new(0, NULL);
  struct dirent *ent;
  while (list && (ent = readdir(d)) != NULL) {
    if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0) continue;
    ai_word name = ai_str_from_utf8(ent->d_name, (int64_t)strlen(ent->d_name));
    if (!name || !ai_list_append(list, name)) list = 0;
  }
  closedir(d);
  return list;
}

/* What a path is, following symbolic links: -1 nothing (or unreadable), 0 a
 * regular file, 1 a directory, 2 something else. Never raises for a missing
 * path (os.path.exists/isfile/isdir return False). */
ai_word ai_os_path_kind(ai_word path) {
  const char *p = path_of(path, "stat");
  if (!p) return 0;
  struct stat st;
  if (stat(p, &st) != 0) return ai_small(-1);
  return ai_small(S_ISREG(st.st_mode) ? 0 : S_ISDIR(st.st_mode) ? 1 : 2);
}

/* Is the path a symbolic link (lstat)? -1 when it does not exist. */
ai_word ai_os_path_islink(ai_word path) {
  const char *p = path_of(path, "lstat");
  if (!p) return 0;
  struct stat st;
  if (lstat(p, &st) != 0) return ai_small(-1);
  return ai_small(S_ISLNK(st.st_mode) ? 1 : 0);
}

/* stat() of a path for getsize/getmtime (this program's buffered writes
 * flushed first): false (an OSError raised) when it fails. */
static bool stat_or_raise(ai_word path, struct stat *st) {
  ai_os_flush_all();
  const char *p = path_of(path, "stat");
  if (!p) return false;
  if (stat(p, st) != 0) {
    ai_raise_os_error(errno, path, 0);
    return false;
  }
  return true;
}

ai_word ai_os_getsize(ai_word path) {
  struct stat st;
  if (!stat_or_raise(path, &st)) return 0;
  return ai_small((int64_t)st.st_size);
}

ai_word ai_os_getmtime(ai_word path) {
  struct stat st;
  if (!stat_or_raise(path, &st)) return 0;
  return ai_box_float((double)st.st_mtim.tv_sec + (double)st.st_mtim.tv_nsec * 1e-9);
}

static ai_word timespec_float(struct timespec t) { return ai_box_float((double)t.tv_sec + (double)t.tv_nsec * 1e-9); }

ai_word ai_os_stat(ai_word path, ai_word follow) {
  ai_os_flush_all();
  const char *p = path_of(path, follow == AI_TRUE_W ? "stat" : "lstat");
  if (!p) return 0;
  struct stat st;
  if ((follow == AI_TRUE_W ? stat(p, &st) : lstat(p, &st)) != 0) {
    ai_raise_os_error(errno, path, 0);
    return 0;
  }
  ai_word items[10] = {
      ai_int_from_i64((int64_t)st.st_mode), ai_int_from_i64((int64_t)st.st_ino), ai_int_from_i64((int64_t)st.st_dev),
      ai_int_from_i64((int64_t)st.st_nlink), ai_int_from_i64((int64_t)st.st_uid), ai_int_from_i64((int64_t)st.st_gid),
      ai_int_from_i64((int64_t)st.st_size), 0, 0, 0,
  };
  for (int i = 0; i < 7; i++)
    if (!items[i]) return 0;
  if (!(items[7] = timespec_float(st.st_atim)) || !(items[8] = timespec_float(st.st_mtim)) || !(items[9] = timespec_float(st.st_ctim))) return 0;
  return ai_tuple_new(10, items);
}

static int mkdir_default_mode(const char *p) { return mkdir(p, 0777); }

/* One path operation returning None, or raising OSError named for the path. */
static ai_word path_op(ai_word path, const char *what, int (*op)(const char *)) {
  const char *p = path_of(path, what);
  if (!p) return 0;
  if (op(p) != 0) {
    ai_raise_os_error(errno, path, 0);
    return 0;
  }
  return AI_NONE_W;
}

ai_word ai_os_mkdir(ai_word path) { return path_op(path, "mkdir", mkdir_default_mode); }
ai_word ai_os_rmdir(ai_word path) { return path_op(path, "rmdir", rmdir); }
ai_word ai_os_remove(ai_word path) { return path_op(path, "remove", unlink); }

ai_word ai_os_rename(ai_word src, ai_word dst) {
  ai_os_flush_all();
  const char *a = path_of(src, "rename");
  if (!a) return 0;
  const char *b = path_of(dst, "rename");
  if (!b) return 0;
  if (rename(a, b) != 0) {
    ai_raise_os_error(errno, src, dst);
    return 0;
  }
  return AI_NONE_W;
}

/* The whole file as text (UTF-8, as CPython's default encoding here). */
ai_word ai_os_read_text(ai_word path) {
  ai_os_flush_all();
  const char *p = path_of(path, "open");
  if (!p) return 0;
  int fd = open(p, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    ai_raise_os_error(errno, path, 0);
    return 0;
  }
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    ai_raise_os_error(EISDIR, path, 0);
    return 0;
  }
  size_t cap = 4096, len = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (len == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
    ssize_t r = read(fd, buf + len, cap - len);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      int e = errno;
      close(fd);
      free(buf);
      ai_raise_os_error(e, path, 0);
      return 0;
    }
    if (r == 0) break;
    len += (size_t)r;
  }
  close(fd);
  if (!buf) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  ai_word s = ai_str_from_utf8(buf, (int64_t)len);
  free(buf);
  return s;
}

/* Writes text to the file (created or truncated; appended when append is
 * true); returns the number of characters written, as CPython's write(). */
ai_word ai_os_write_text(ai_word path, ai_word text, ai_word append) {
  ai_os_flush_all();
  const char *p = path_of(path, "open");
  if (!p) return 0;
  if (!ai_is_str(text)) {
    ai_raise_fmt(&ai_exc_TypeError, "write() argument must be str, not %s", ai_type_name(text));
    return 0;
  }
  int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append == AI_TRUE_W ? O_APPEND : O_TRUNC);
  int fd = open(p, flags, 0666);
  if (fd < 0) {
    ai_raise_os_error(errno, path, 0);
    return 0;
  }
  AiStr *s = ai_as_str(text);
  size_t done = 0;
  while (done < (size_t)s->nbytes) {
    ssize_t r = write(fd, s->data + done, (size_t)s->nbytes - done);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      int e = errno;
      close(fd);
      ai_raise_os_error(e, path, 0);
      return 0;
    }
    done += (size_t)r;
  }
  close(fd);
  return ai_small(s->length);
}

/* A new dict of the environment's variables (os.environ). */
ai_word ai_os_environ(void) {
  ai_word d = ai_dict_new();
  for (char **e = environ; d && e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    ai_word k = ai_str_from_utf8(*e, (int64_t)(eq - *e));
    ai_word v = k ? ai_str_from_utf8(eq + 1, (int64_t)strlen(eq + 1)) : 0;
    if (!v || !ai_dict_set(d, k, v)) d = 0;
  }
  return d;
}

ai_word ai_os_getpid(void) { return ai_small((int64_t)getpid()); }

ai_word ai_os_cpu_count(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return ai_small(n > 0 ? (int64_t)n : 1); /* CPython's None when unknown: not on Linux */
}

/* ---------------------------------------------------------------- file descriptors (open()) */
/*
 * The primitives under the file objects of compiler/pylib/io.py: open a path
 * with a mode's flags, read, write, seek, close. Reads and writes may block
 * (a pipe, a terminal): an actor leaves its worker for the blocking pool
 * around them (ai_sched_blocking_begin/end; no-ops on the main actor), so the
 * other actors keep running.
 */

void ai_sched_blocking_begin(void);
void ai_sched_blocking_end(void);

/*
 * Writes are buffered per descriptor (8 KiB, CPython's buffer size: a file
 * written past that shows its first blocks to readers, as CPython's does) and
 * reach the file at close, flush, seek, read and truncate of that descriptor,
 * at the exit of the process, and whenever any file is opened or a path is
 * read (os.c's read_text, getsize...): a file object CPython would have
 * dropped, closing it (`open(p, 'w').write(s)`), has its data on disk by the
 * time the program looks at the file again.
 */
enum { WBUF_SIZE = 8192, WBUF_FDS = 1024 };
static struct {
  char *p;
  size_t len;
} pending[WBUF_FDS];
static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;
static bool any_pending;

/* Writes p[0..n) to fd whole; errno value on failure, 0 on success. */
static int write_all(int fd, const char *p, size_t n) {
  size_t done = 0;
  while (done < n) {
    ssize_t r = write(fd, p + done, n - done);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return errno;
    done += (size_t)r;
  }
  return 0;
}

/* Under pending_lock: writes out fd's buffer. */
static int flush_locked(int fd) {
  if (fd < 0 || fd >= WBUF_FDS || !pending[fd].len) return 0;
  int e = write_all(fd, pending[fd].p, pending[fd].len);
  pending[fd].len = 0;
  return e;
}

static int flush_fd(int fd) {
  if (!any_pending) return 0;
  pthread_mutex_lock(&pending_lock);
  int e = flush_locked(fd);
  pthread_mutex_unlock(&pending_lock);
  return e;
}

/* Every descriptor's buffer (also at exit). */
void ai_os_flush_all(void) {
  if (!any_pending) return;
  pthread_mutex_lock(&pending_lock);
  for (int fd = 0; fd < WBUF_FDS; fd++) flush_locked(fd);
  pthread_mutex_unlock(&pending_lock);
}

/* open(path, flags, 0666): the fd, or raises as CPython's open() ("[Errno 2] No such file or directory: 'x'"). */
ai_word ai_os_fd_open(ai_word path, ai_word flags) {
  if (!ai_is_str(path)) {
    if (ai_is_small(path) || ai_obj(path)->type == &ai_type_int) {
      /* open(fd): an already-open descriptor */
      return path;
    }
    ai_raise_fmt(&ai_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", ai_type_name(path));
    return 0;
  }
  AiStr *s = ai_as_str(path);
  if (memchr(s->data, 0, (size_t)s->nbytes)) {
    ai_raise(&ai_exc_ValueError, "embedded null byte");
    return 0;
  }
  ai_os_flush_all();
  int fl = (int)ai_small_val(flags) | O_CLOEXEC;
  int fd;
  do fd = open(s->data, fl, 0666);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    ai_raise_os_error(errno, path, 0);
    return 0;
  }
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    ai_raise_os_error(EISDIR, path, 0);
    return 0;
  }
  return ai_small(fd);
}

/* Up to n bytes (n < 0: everything to the end) as a bytes object; b'' at the end. */
ai_word ai_os_fd_read(ai_word fd, ai_word n) {
  int f = (int)ai_small_val(fd);
  int64_t want = ai_small_val(n);
  int ferr = flush_fd(f);
  if (ferr) {
    ai_raise_os_error(ferr, 0, 0);
    return 0;
  }
  ai_sbuf b = {0};
  /* on the heap: an actor's stack is small */
  enum { CHUNK = 65536 };
  char *chunk = malloc(CHUNK);
  if (!chunk) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return 0;
  }
  ai_sched_blocking_begin();
  int err = 0;
  while (want != 0) {
    size_t ask = want < 0 || want > CHUNK ? CHUNK : (size_t)want;
    ssize_t r = read(f, chunk, ask);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      err = errno;
      break;
    }
    if (r == 0) break;
    ai_sbuf_put(&b, chunk, (size_t)r);
    if (want > 0) want -= r;
    /* a pipe or terminal gives what it has: one read is enough for read(n) */
    if (want > 0 && (size_t)r < ask) break;
  }
  ai_sched_blocking_end();
  free(chunk);
  if (err) {
    ai_sbuf_free(&b);
    ai_raise_os_error(err, 0, 0);
    return 0;
  }
  return ai_sbuf_to_bytes(&b);
}

/* Writes all of data (bytes-like) through fd's buffer; returns its length. */
ai_word ai_os_fd_write(ai_word fd, ai_word data) {
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  int f = (int)ai_small_val(fd);
  int err = 0;
  if (f < 0 || f >= WBUF_FDS) {
    err = write_all(f, (const char *)p, (size_t)n);
  } else {
    pthread_mutex_lock(&pending_lock);
    if (!any_pending) {
      any_pending = true;
      atexit(ai_os_flush_all);
    }
    if (pending[f].len + (size_t)n > WBUF_SIZE) err = flush_locked(f);
    if (!err) {
      if (n >= WBUF_SIZE) err = write_all(f, (const char *)p, (size_t)n);
      else {
        if (!pending[f].p) pending[f].p = malloc(WBUF_SIZE);
        if (!pending[f].p) err = ENOMEM;
        else {
          memcpy(pending[f].p + pending[f].len, p, (size_t)n);
          pending[f].len += (size_t)n;
        }
      }
    }
    pthread_mutex_unlock(&pending_lock);
  }
  if (err) {
    ai_raise_os_error(err, 0, 0);
    return 0;
  }
  return ai_small(n);
}

/* f.flush(): the descriptor's buffer written out. */
ai_word ai_os_fd_flush(ai_word fd) {
  int e = flush_fd((int)ai_small_val(fd));
  if (e) {
    ai_raise_os_error(e, 0, 0);
    return 0;
  }
  return AI_NONE_W;
}

/* lseek(fd, offset, whence): the new position. */
ai_word ai_os_fd_seek(ai_word fd, ai_word offset, ai_word whence) {
  int fe = flush_fd((int)ai_small_val(fd));
  if (fe) {
    ai_raise_os_error(fe, 0, 0);
    return 0;
  }
  off_t r = lseek((int)ai_small_val(fd), (off_t)ai_small_val(offset), (int)ai_small_val(whence));
  if (r < 0) {
    int e = errno;
    ai_raise_os_error(e, 0, 0);
    return 0;
  }
  return ai_small((int64_t)r);
}

ai_word ai_os_fd_close(ai_word fd) {
  int e = flush_fd((int)ai_small_val(fd));
  close((int)ai_small_val(fd));
  if (e) {
    ai_raise_os_error(e, 0, 0);
    return 0;
  }
  return AI_NONE_W;
}

/* Truncates the file to size bytes. */
ai_word ai_os_fd_truncate(ai_word fd, ai_word size) {
  flush_fd((int)ai_small_val(fd));
  if (ftruncate((int)ai_small_val(fd), (off_t)ai_small_val(size)) != 0) {
    int e = errno;
    ai_raise_os_error(e, 0, 0);
    return 0;
  }
  return size;
}

/* Is fd a terminal (isatty)? */
ai_word ai_os_fd_isatty(ai_word fd) { return ai_bool_word(isatty((int)ai_small_val(fd)) == 1); }

/* bytes -> str and str -> bytes for the text files: typed str / bytes for the compiler. */
ai_word ai_os_decode(ai_word data, ai_word encoding, ai_word errors) {
  const uint8_t *p;
  int64_t n;
  if (!ai_bytes_arg(data, &p, &n)) return 0;
  return ai_bytes_decode(p, n, encoding == AI_NONE_W ? 0 : encoding, errors == AI_NONE_W ? 0 : errors);
}

ai_word ai_os_encode(ai_word text, ai_word encoding, ai_word errors) {
  if (!ai_is_str(text)) {
    ai_raise_fmt(&ai_exc_TypeError, "write() argument must be str, not %s", ai_type_name(text));
    return 0;
  }
  return ai_str_encode(text, encoding == AI_NONE_W ? 0 : encoding, errors == AI_NONE_W ? 0 : errors);
}
