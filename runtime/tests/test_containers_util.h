/* test_containers_util.h — shared helpers of the container/method/builtin C
 * tests: SHOW(expr, "repr or !Type: message"), call helpers. */
#ifndef AI_TEST_CONTAINERS_UTIL_H
#define AI_TEST_CONTAINERS_UTIL_H

#include "test.h"
#include "obj/containers.h"

/* The collector scans the C stack conservatively: ASan's fake stack frames
 * (detect_stack_use_after_return) would hide locals from it. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_stack_use_after_return=0"; }

/* repr of a result word, or "!Type: message" when it raised */
static const char *show(ai_word w) {
  static char buf[4096];
  if (!w || ai_exc_pending()) {
    const char *m = ai_exc_message();
    snprintf(buf, sizeof buf, "!%s: %s", ai_exc_type() ? ai_exc_type()->name : "<none>", m ? m : "");
    ai_exc_clear();
    return buf;
  }
  ai_word r = ai_obj_repr(w);
  snprintf(buf, sizeof buf, "%s", r ? t_cstr(r) : "<repr raised>");
  ai_exc_clear();
  return buf;
}

#define SHOW(expr, want)                                                                                               \
  do {                                                                                                                 \
    const char *t_g = show(expr);                                                                                      \
    if (strcmp(t_g, want) == 0) t_passed++;                                                                            \
    else t_report(__FILE__, __LINE__, #expr, t_g, want);                                                               \
  } while (0)

static inline ai_word N(int64_t v) { return ai_int_from_i64(v); }
#define NONE_W ai_w(&ai_None)
#define TRUE_W ai_w(&ai_True)
#define FALSE_W ai_w(&ai_False)
#define L(...) ai_list_new((int64_t)(sizeof((ai_word[]){__VA_ARGS__}) / sizeof(ai_word)), (ai_word[]){__VA_ARGS__})
#define T(...) ai_tuple_new((int64_t)(sizeof((ai_word[]){__VA_ARGS__}) / sizeof(ai_word)), (ai_word[]){__VA_ARGS__})
#define SET(...) ai_set_new((int64_t)(sizeof((ai_word[]){__VA_ARGS__}) / sizeof(ai_word)), (ai_word[]){__VA_ARGS__})
static inline ai_word EMPTY_LIST(void) { return ai_list_new(0, NULL); }

/* o.name(args...) without keywords */
#define M(o, name, ...)                                                                                                \
  ai_call_method(o, S(name), (int64_t)(sizeof((ai_word[]){0, ##__VA_ARGS__}) / sizeof(ai_word)) - 1,              \
                 ((ai_word[]){0, ##__VA_ARGS__}) + 1, 0)
/* o.name(positional..., kw=value) with one keyword argument */
static inline ai_word MK(ai_word o, const char *name, int64_t npos, const ai_word *pos, const char *kw, ai_word kv) {
  ai_word args[8];
  for (int64_t i = 0; i < npos; i++) args[i] = pos[i];
  args[npos] = kv;
  return ai_call_method(o, S(name), npos + 1, args, T(S(kw)));
}

static inline ai_word dict_of(int64_t n, const ai_word *kv) {
  ai_word d = ai_dict_new();
  for (int64_t i = 0; i < n; i++) ai_dict_set(d, kv[2 * i], kv[2 * i + 1]);
  return d;
}
#define D(...) dict_of((int64_t)(sizeof((ai_word[]){__VA_ARGS__}) / sizeof(ai_word)) / 2, (ai_word[]){__VA_ARGS__})

#endif
