/* stdlib/sys.h — internals of the sys module (stdlib/sys.c). The ABI is in
 * aithon_stdlib.h (ai_sys_set_argv and ai_sys_exit_status are for
 * start/main.c). */
#ifndef AI_STDLIB_SYS_H
#define AI_STDLIB_SYS_H

#include "aithon_stdlib.h"

/* Hooks other runtime files may provide (weak references here, so this
 * module links before they exist):
 *   exc/exception.c:  void ai_recursion_limit_set(int limit);  int ai_recursion_limit_get(void);
 *   obj/builtins.c:   int ai_stdin_getc(void);   (input()'s stdin buffer; -1 at EOF) */
void ai_recursion_limit_set(int limit) __attribute__((weak));
int ai_recursion_limit_get(void) __attribute__((weak));
int ai_stdin_getc(void) __attribute__((weak));

#endif
