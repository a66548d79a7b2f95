/* start/main.c — ai_main: runtime start-up, the module body, and the report
 * of an uncaught exception. There is no main() in the runtime: the compiler
 * emits `int main(int argc, char **argv) { return ai_main(argc, argv, &module_body); }`. */
#include "start/main.h"
#include "aithon_stdlib.h"
#include "obj/object.h"

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
  ai_sys_set_argv(argc, argv);
  ai_runtime_init();
  int saved = ai_recursion_depth_get();
  ai_recursion_depth_set(1); /* the module frame, as CPython counts it */
  module_body();
  ai_recursion_depth_set(saved);
  int status = 0;
  if (ai_exc_pending()) {
    ai_stdout_flush();
    AiException *e = ai_exc_current();
    if (ai_type_is_subtype(e->ob.type, &ai_exc_SystemExit)) {
      /* sys.exit(code): None exits 0, an int is the status, anything else is printed (status 1) */
      status = ai_sys_exit_status(ai_w(e));
    } else {
      ai_tb_print_pending();
      status = 1;
    }
    ai_exc_clear();
  }
  ai_stdout_flush();
  return status;
}
