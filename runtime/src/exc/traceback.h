/* exc/traceback.h — the traceback of the pending exception (thread-local list
 * of frames, innermost first as they are added) and CPython-style printing. */
#ifndef AI_EXC_TRACEBACK_H
#define AI_EXC_TRACEBACK_H

#include "obj/object.h"

typedef struct ai_tb_entry {
  const char *file;
  const char *func;
  const char *text;
  int32_t line;
} ai_tb_entry;

/* Drops every entry (a new exception starts a new traceback). */
void ai_tb_clear(void);
/* Number of entries, and entry i counted from the innermost (0). */
int64_t ai_tb_count(void);
const ai_tb_entry *ai_tb_get(int64_t i);
/* Writes "Traceback (most recent call last):" ..., the exception line, to fd 2,
 * exactly as CPython's default excepthook (without the 3.11 caret lines,
 * since the ABI carries no column information). */
void ai_tb_print_pending(void);
/* Same text into a malloc'd NUL-terminated buffer (for tests). */
char *ai_tb_format_pending(void);

#endif
