/* tb_scenarios.h — module bodies written the way the compiler emits code
 * (ai_enter/ai_leave around every function, ai_tb_add on the propagation
 * path), each with the Python source it stands for. Shared by
 * test_traceback.c (fixed expectations) and tb_demo.c (compared live against
 * python3 by runtime.test.ts). */
#ifndef AI_TB_SCENARIOS_H
#define AI_TB_SCENARIOS_H

#include "aithon.h"
#include "obj/object.h"

static const char *tb_file = "main.py";

/* ---- calls: nested calls, exception without message */
static const char tb_src_calls[] = "def g():\n    raise ValueError\ndef main():\n    g()\nmain()\n";
static ai_word sc_g(void) {
  if (!ai_enter()) return 0;
  ai_raise(&ai_exc_ValueError, NULL);
  ai_tb_add(tb_file, 2, "g", "raise ValueError");
  ai_leave();
  return 0;
}
static ai_word sc_main(void) {
  if (!ai_enter()) return 0;
  if (!sc_g()) {
    ai_tb_add(tb_file, 4, "main", "g()");
    ai_leave();
    return 0;
  }
  ai_leave();
  return ai_w(&ai_None);
}
static void body_calls(void) {
  if (!sc_main()) ai_tb_add(tb_file, 5, "<module>", "main()");
}

/* ---- recursion: unbounded recursion */
static const char tb_src_recursion[] = "def f(n):\n    return f(n+1)\n\nf(0)\n";
static int64_t tb_last_n;
static ai_word sc_f(ai_word n) {
  if (!ai_enter()) return 0;
  tb_last_n = n >> 1;
  ai_word n1 = ai_int_add(n, ai_small(1));
  ai_word r = sc_f(n1);
  if (!r) {
    ai_tb_add(tb_file, 2, "f", "return f(n+1)");
    ai_leave();
    return 0;
  }
  ai_leave();
  return r;
}
static void body_recursion(void) {
  if (!sc_f(ai_small(0))) ai_tb_add(tb_file, 4, "<module>", "f(0)");
}

/* ---- zerodiv: output before the error, error at module level */
static const char tb_src_zerodiv[] = "print(\"before\")\nx = 1 // 0\n";
static void body_zerodiv(void) {
  ai_word parts[1] = {ai_str_from_utf8("before", 6)};
  if (!ai_print(1, parts, 0, 0, false)) {
    ai_tb_add(tb_file, 1, "<module>", "print(\"before\")");
    return;
  }
  ai_word x = ai_int_floordiv(ai_small(1), ai_small(0));
  if (!x) ai_tb_add(tb_file, 2, "<module>", "x = 1 // 0");
}

/* ---- message: a message with non-ASCII text, blank lines in the source */
static const char tb_src_message[] = "def a():\n    raise RuntimeError(\"boom \xc3\xa9\")\n\ndef b():\n    a()\n\nb()\n";
static ai_word sc_a(void) {
  if (!ai_enter()) return 0;
  ai_raise(&ai_exc_RuntimeError, "boom \xc3\xa9");
  ai_tb_add(tb_file, 2, "a", "raise RuntimeError(\"boom \xc3\xa9\")");
  ai_leave();
  return 0;
}
static ai_word sc_b(void) {
  if (!ai_enter()) return 0;
  if (!sc_a()) {
    ai_tb_add(tb_file, 5, "b", "a()");
    ai_leave();
    return 0;
  }
  ai_leave();
  return ai_w(&ai_None);
}
static void body_message(void) {
  if (!sc_b()) ai_tb_add(tb_file, 7, "<module>", "b()");
}

/* ---- ok: no exception, output only */
static const char tb_src_ok[] = "print(\"a\", 1)\nprint(\"b\", end=\"\")\n";
static void body_ok(void) {
  ai_word p1[2] = {ai_str_from_utf8("a", 1), ai_str_of_int(ai_small(1))};
  ai_print(2, p1, 0, 0, false);
  ai_word p2[1] = {ai_str_from_utf8("b", 1)};
  ai_print(1, p2, 0, ai_str_from_utf8("", 0), false);
}

typedef struct {
  const char *name;
  const char *src;
  void (*body)(void);
} tb_scenario;

static const tb_scenario tb_scenarios[] = {
    {"calls", tb_src_calls, body_calls},       {"recursion", tb_src_recursion, body_recursion},
    {"zerodiv", tb_src_zerodiv, body_zerodiv}, {"message", tb_src_message, body_message},
    {"ok", tb_src_ok, body_ok},
};

#endif
