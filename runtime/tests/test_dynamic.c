/* test_dynamic.c — ai_obj_* on run-time typed values: results and CPython's
 * TypeError wording (expected texts taken from CPython 3.11). */
#include "test.h"

#include <math.h>

#define NONE ai_w(&ai_None)
#define TRUE_ ai_w(&ai_True)
#define FALSE_ ai_w(&ai_False)

/* repr of a result word, or "!Type: message" when it raised */
static const char *show(ai_word w) {
  static char buf[512];
  if (!w) {
    snprintf(buf, sizeof buf, "!%s: %s", ai_exc_type() ? ai_exc_type()->name : "<none>", ai_exc_message() ? ai_exc_message() : "");
    ai_exc_clear();
    return buf;
  }
  snprintf(buf, sizeof buf, "%s", t_cstr(ai_obj_repr(w)));
  return buf;
}

#define CHECK_SHOW(expr, want)                                                       \
  do {                                                                               \
    const char *t_g = show(expr);                                                    \
    if (strcmp(t_g, want) == 0) t_passed++;                                          \
    else t_report(__FILE__, __LINE__, #expr, t_g, want);                             \
  } while (0)

static const char *showcmp(int r) {
  static char buf[512];
  if (r < 0) {
    snprintf(buf, sizeof buf, "!%s: %s", ai_exc_type()->name, ai_exc_message());
    ai_exc_clear();
    return buf;
  }
  return r ? "True" : "False";
}

#define CHECK_CMP(op, a, b, want)                                                    \
  do {                                                                               \
    const char *t_g = showcmp(ai_obj_compare(op, a, b));                             \
    if (strcmp(t_g, want) == 0) t_passed++;                                          \
    else t_report(__FILE__, __LINE__, #op "(" #a ", " #b ")", t_g, want);            \
  } while (0)

int main(void) {
  ai_word one = ai_small(1), two = ai_small(2), big = ai_int_pow(ai_small(10), ai_small(400));
  CHECK_SHOW(ai_obj_binop(AI_ADD, one, two), "3");
  CHECK_SHOW(ai_obj_binop(AI_ADD, one, F(1.5)), "2.5");
  CHECK_SHOW(ai_obj_binop(AI_ADD, TRUE_, F(1.5)), "2.5");
  CHECK_SHOW(ai_obj_binop(AI_ADD, TRUE_, TRUE_), "2");
  CHECK_SHOW(ai_obj_binop(AI_SUB, one, TRUE_), "0");
  CHECK_SHOW(ai_obj_binop(AI_TRUEDIV, one, TRUE_), "1.0");
  CHECK_SHOW(ai_obj_binop(AI_TRUEDIV, TRUE_, two), "0.5");
  CHECK_SHOW(ai_obj_binop(AI_FLOORDIV, ai_small(7), F(2.0)), "3.0");
  CHECK_SHOW(ai_obj_binop(AI_MOD, ai_small(-7), F(2.5)), "0.5");
  CHECK_SHOW(ai_obj_binop(AI_MOD, ai_small(3), F(2.5)), "0.5");
  CHECK_SHOW(ai_obj_binop(AI_POW, two, ai_small(-2)), "0.25");
  CHECK_SHOW(ai_obj_binop(AI_POW, two, F(0.5)), "1.4142135623730951");
  CHECK_SHOW(ai_obj_binop(AI_POW, TRUE_, ai_small(-1)), "1.0");
  CHECK_SHOW(ai_obj_binop(AI_POW, two, ai_small(100)), "1267650600228229401496703205376");
  CHECK_SHOW(ai_obj_binop(AI_POW, ai_small(-2), F(0.5)), "(8.659560562354934e-17+1.4142135623730951j)");
  CHECK_SHOW(ai_obj_binop(AI_MUL, big, F(1.0)), "!OverflowError: int too large to convert to float");
  CHECK_SHOW(ai_obj_binop(AI_TRUEDIV, F(1.5), ai_small(0)), "!ZeroDivisionError: float division by zero");
  CHECK_SHOW(ai_obj_binop(AI_TRUEDIV, one, F(0.0)), "!ZeroDivisionError: float division by zero");
  CHECK_SHOW(ai_obj_binop(AI_TRUEDIV, one, ai_small(0)), "!ZeroDivisionError: division by zero");
  CHECK_SHOW(ai_obj_binop(AI_FLOORDIV, one, ai_small(0)), "!ZeroDivisionError: integer division or modulo by zero");
  CHECK_SHOW(ai_obj_binop(AI_AND, TRUE_, TRUE_), "True");
  CHECK_SHOW(ai_obj_binop(AI_OR, TRUE_, FALSE_), "True");
  CHECK_SHOW(ai_obj_binop(AI_XOR, TRUE_, TRUE_), "False");
  CHECK_SHOW(ai_obj_binop(AI_AND, TRUE_, one), "1");
  CHECK_SHOW(ai_obj_binop(AI_LSHIFT, F(1.5), one), "!TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
  CHECK_SHOW(ai_obj_binop(AI_AND, F(1.5), one), "!TypeError: unsupported operand type(s) for &: 'float' and 'int'");
  CHECK_SHOW(ai_obj_binop(AI_ADD, one, S("a")), "!TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK_SHOW(ai_obj_binop(AI_SUB, one, S("a")), "!TypeError: unsupported operand type(s) for -: 'int' and 'str'");
  CHECK_SHOW(ai_obj_binop(AI_ADD, S("a"), one), "!TypeError: can only concatenate str (not \"int\") to str");
  CHECK_SHOW(ai_obj_binop(AI_ADD, NONE, one), "!TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'");
  CHECK_SHOW(ai_obj_binop(AI_POW, NONE, two), "!TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'");
  CHECK_SHOW(ai_obj_binop(AI_MOD, ai_small(5), S("a")), "!TypeError: unsupported operand type(s) for %: 'int' and 'str'");
  CHECK_SHOW(ai_obj_binop(AI_ADD, S("a"), S("b")), "'ab'");
  CHECK_SHOW(ai_obj_binop(AI_MUL, S("ab"), ai_small(2)), "'abab'");
  CHECK_SHOW(ai_obj_binop(AI_MUL, ai_small(2), S("ab")), "'abab'");
  CHECK_SHOW(ai_obj_binop(AI_MUL, TRUE_, S("ab")), "'ab'");
  CHECK_SHOW(ai_obj_binop(AI_MUL, S("ab"), ai_small(-1)), "''");
  CHECK_SHOW(ai_obj_binop(AI_MUL, S("a"), S("b")), "!TypeError: can't multiply sequence by non-int of type 'str'");
  CHECK_SHOW(ai_obj_binop(AI_MUL, NONE, S("a")), "!TypeError: can't multiply sequence by non-int of type 'NoneType'");
  CHECK_SHOW(ai_obj_binop(AI_MUL, F(2.5), S("a")), "!TypeError: can't multiply sequence by non-int of type 'float'");
  CHECK_SHOW(ai_obj_neg(TRUE_), "-1");
  CHECK_SHOW(ai_obj_pos(TRUE_), "1");
  CHECK_SHOW(ai_obj_invert(FALSE_), "-1");
  CHECK_SHOW(ai_obj_neg(F(0.0)), "-0.0");
  CHECK_SHOW(ai_obj_pos(F(2.5)), "2.5");
  CHECK_SHOW(ai_obj_neg(NONE), "!TypeError: bad operand type for unary -: 'NoneType'");
  CHECK_SHOW(ai_obj_pos(S("a")), "!TypeError: bad operand type for unary +: 'str'");
  CHECK_SHOW(ai_obj_invert(F(1.5)), "!TypeError: bad operand type for unary ~: 'float'");

  CHECK_CMP(AI_LT, one, S("a"), "!TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK_CMP(AI_GE, S("a"), one, "!TypeError: '>=' not supported between instances of 'str' and 'int'");
  CHECK_CMP(AI_LT, NONE, NONE, "!TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
  CHECK_CMP(AI_EQ, one, S("1"), "False");
  CHECK_CMP(AI_NE, one, S("1"), "True");
  CHECK_CMP(AI_EQ, NONE, NONE, "True");
  CHECK_CMP(AI_EQ, F(1.0), one, "True");
  CHECK_CMP(AI_EQ, TRUE_, one, "True");
  CHECK_CMP(AI_GT, ai_int_add(ai_int_pow(two, ai_small(53)), one), F(9007199254740992.0), "True");
  CHECK_CMP(AI_LT, F(9007199254740992.0), ai_int_add(ai_int_pow(two, ai_small(53)), one), "True");
  CHECK_CMP(AI_NE, F(NAN), F(NAN), "True");
  CHECK_CMP(AI_EQ, F(NAN), one, "False");
  CHECK_CMP(AI_GE, F(NAN), one, "False");
  CHECK_CMP(AI_LT, S("ab"), S("b"), "True");
  CHECK_CMP(AI_LE, big, F(INFINITY), "True");
  CHECK_CMP(AI_GT, F(2.5), TRUE_, "True");

  CHECK(ai_obj_truthy(S("x")) == 1 && ai_obj_truthy(S("")) == 0);
  CHECK(ai_obj_truthy(NONE) == 0 && ai_obj_truthy(F(-0.0)) == 0 && ai_obj_truthy(F(0.1)) == 1);
  CHECK(ai_obj_truthy(ai_small(0)) == 0 && ai_obj_truthy(big) == 1 && ai_obj_truthy(FALSE_) == 0);
  CHECK_STR(ai_obj_str(NONE), "None");
  CHECK_STR(ai_obj_str(TRUE_), "True");
  CHECK_STR(ai_obj_str(F(1e16)), "1e+16");
  CHECK_STR(ai_obj_str(S("it's")), "it's");
  CHECK_STR(ai_obj_repr(S("it's")), "\"it's\"");
  CHECK_STR(ai_obj_repr(ai_small(-5)), "-5");
  CHECK_I64(ai_obj_len(S("héllo")), 5);
  CHECK_RAISES(ai_obj_len(NONE), "TypeError: object of type 'NoneType' has no len()");
  CHECK_RAISES(ai_obj_len(F(1.5)), "TypeError: object of type 'float' has no len()");
  CHECK_RAISES(ai_obj_len(one), "TypeError: object of type 'int' has no len()");

  CHECK(ai_type_of(one) == &ai_type_int && ai_type_of(big) == &ai_type_int && ai_type_of(TRUE_) == &ai_type_bool);
  CHECK(strcmp(ai_type_name(NONE), "NoneType") == 0 && strcmp(ai_type_name(S("")), "str") == 0);
  CHECK(ai_box_bool(true) == TRUE_ && ai_box_bool(false) == FALSE_);
  /* exception hierarchy */
  ai_raise(&ai_exc_ZeroDivisionError, "x");
  CHECK(ai_exc_matches(&ai_exc_ArithmeticError) && ai_exc_matches(&ai_exc_Exception) && ai_exc_matches(&ai_exc_BaseException));
  CHECK(!ai_exc_matches(&ai_exc_ValueError));
  ai_exc_clear();
  CHECK(!ai_exc_pending() && ai_exc_type() == NULL);
  ai_raise(&ai_exc_KeyboardInterrupt, NULL);
  CHECK(!ai_exc_matches(&ai_exc_Exception) && ai_exc_matches(&ai_exc_BaseException) && ai_exc_message() == NULL);
  ai_exc_clear();
  TEST_MAIN_END();
}
