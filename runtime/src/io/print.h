/* io/print.h — the runtime's own stdout buffer (write(2) based). */
#ifndef AI_IO_PRINT_H
#define AI_IO_PRINT_H

#include <stdbool.h>
#include <stddef.h>

/* Sets up the stdout buffer (line-buffered when fd 1 is a terminal) and
 * registers a flush at exit. Called by ai_main; lazily otherwise. */
void ai_io_init(void);
/* Appends bytes to the stdout buffer (flushing as the mode requires). */
void ai_stdout_write(const char *s, size_t n);
/* write(2) everything, retrying on EINTR and short writes. Returns false on error. */
bool ai_write_all(int fd, const char *s, size_t n);

#endif
