/* start/main.c — ai_main: runtime start-up, the module body, and the report
 * of an uncaught exception. There is no main() in the runtime: the compiler
 * emits `int main(int argc, char **argv) { return ai_main(argc, argv, &module_body); }`. */
#include "start/main.h"

#include "exc/exception.h"
#include "exc/traceback.h"
#include "io/print.h"
#include "mem/heap.h"

#include <stdlib.h>

void ai_runtime_init(void) {
  ai_heap_current();
  ai_io_init();
}

int ai_main(int argc, char **argv, void (*module_body)(void)) {
  (void)argc;
  (void)argv;
  ai_runtime_init();
  int saved = ai_recursion_depth_get();
  ai_recursion_depth_set(1); /* the module frame, as CPython counts it */
  module_body();
  ai_recursion_depth_set(saved);
  int status = 0;
  if (ai_exc_pending()) {
    ai_stdout_flush();
    AiException *e = ai_exc_current();
    if (e->ob.type == &ai_exc_SystemExit) {
      /* sys.exit(): no argument exits 0; a message goes to stderr, status 1 */
      if (e->msg) {
        AiStr *m = ai_as_str(e->msg);
        ai_write_all(2, m->data, (size_t)m->nbytes);
        ai_write_all(2, "\n", 1);
        status = 1;
      }
    } else {
      ai_tb_print_pending();
      status = 1;
    }
    ai_exc_clear();
  }
  ai_stdout_flush();
  return status;
}
