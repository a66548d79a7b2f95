/* stdlib/os.h — operating-system calls for the Python-written os, os.path and
 * pathlib modules (stdlib/os.c). The compiler reaches them through the native
 * module `_aithon_os` (compiler/src/stdlib.ts). Each returns 0 after raising. */
#ifndef AI_STDLIB_OS_H
#define AI_STDLIB_OS_H

#include "aithon.h"

ai_word ai_os_getcwd(void);
ai_word ai_os_listdir(ai_word path);
ai_word ai_os_path_kind(ai_word path);
ai_word ai_os_path_islink(ai_word path);
ai_word ai_os_getsize(ai_word path);
ai_word ai_os_getmtime(ai_word path);
ai_word ai_os_mkdir(ai_word path);
ai_word ai_os_rmdir(ai_word path);
ai_word ai_os_remove(ai_word path);
ai_word ai_os_rename(ai_word src, ai_word dst);
ai_word ai_os_read_text(ai_word path);
ai_word ai_os_write_text(ai_word path, ai_word text, ai_word append);
ai_word ai_os_environ(void);
ai_word ai_os_getpid(void);

#endif
