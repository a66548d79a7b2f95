/* aithon_os.h — operating-system calls behind the Python-written os, os.path
 * and pathlib modules (compiler/pylib), reached through the native module
 * `_aithon_os` (compiler/src/stdlib.ts); implemented in stdlib/os.c. Paths
 * are str words; each call returns 0 after raising an OSError subclass with
 * CPython's message ("[Errno 2] No such file or directory: 'x'"). */
#ifndef AITHON_OS_H
#define AITHON_OS_H

#include "aithon.h"

/* os.getcwd() */
ai_word ai_os_getcwd(void);
/* os.listdir(path): a list of str, in the order the system gives them. */
ai_word ai_os_listdir(ai_word path);
/* What path is (following links): -1 nothing, 0 a file, 1 a directory, 2 other. */
ai_word ai_os_path_kind(ai_word path);
/* Is path a symbolic link: 1 yes, 0 no, -1 nothing there. */
ai_word ai_os_path_islink(ai_word path);
/* Size in bytes / modification time (a float) of what path names. */
ai_word ai_os_getsize(ai_word path);
ai_word ai_os_getmtime(ai_word path);
/* os.stat (follow True) / os.lstat: (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size,
 * st_atime, st_mtime, st_ctime), the times as floats. */
ai_word ai_os_stat(ai_word path, ai_word follow);
/* mkdir/rmdir/unlink/rename: None, or 0 after raising. */
ai_word ai_os_mkdir(ai_word path);
ai_word ai_os_rmdir(ai_word path);
ai_word ai_os_remove(ai_word path);
ai_word ai_os_rename(ai_word src, ai_word dst);
/* The whole file as a str (UTF-8). */
ai_word ai_os_read_text(ai_word path);
/* Writes text (truncating, or appending when append is True); returns len(text). */
ai_word ai_os_write_text(ai_word path, ai_word text, ai_word append);
/* A new dict of the environment's variables. */
ai_word ai_os_environ(void);
/* os.getpid() */
ai_word ai_os_getpid(void);
/* os.cpu_count(): the processors online, as CPython counts them (not limited by this process's affinity) */
ai_word ai_os_cpu_count(void);

/* File descriptors under open() (compiler/pylib/io.py): flags are open(2)'s. */
ai_word ai_os_fd_open(ai_word path, ai_word flags);
ai_word ai_os_fd_read(ai_word fd, ai_word n);       /* bytes; n < 0: to the end */
ai_word ai_os_fd_write(ai_word fd, ai_word data);   /* len(data) */
ai_word ai_os_fd_seek(ai_word fd, ai_word offset, ai_word whence);
ai_word ai_os_fd_close(ai_word fd);
ai_word ai_os_fd_flush(ai_word fd);
/* Writes out every descriptor's write buffer (before a path is opened or read, and at exit). */
void ai_os_flush_all(void);
ai_word ai_os_fd_truncate(ai_word fd, ai_word size);
ai_word ai_os_fd_isatty(ai_word fd);
/* bytes.decode / str.encode with None for the defaults, typed str / bytes. */
ai_word ai_os_decode(ai_word data, ai_word encoding, ai_word errors);
ai_word ai_os_encode(ai_word text, ai_word encoding, ai_word errors);

#endif
