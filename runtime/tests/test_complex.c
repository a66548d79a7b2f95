/* test_complex.c — the complex type (obj/complex.c) and cmath (stdlib/cmath.c)
 * through the generic protocols: construction, arithmetic, comparison,
 * hashing, repr and format, with many short-lived results so the collector
 * runs (expected texts from CPython 3.11). */
#include "test_containers_util.h"

#include "aithon_stdlib.h"
#include "obj/complex.h"
#include "obj/singletons.h"

#include <math.h>

static ai_word C(double re, double im) { return ai_complex_new(re, im); }

static void test_construct(void) {
  SHOW(ai_complex_imag_literal(2.5), "2.5j");
  SHOW(ai_builtin_complex(0, 0), "0j");
  SHOW(ai_builtin_complex(N(1), N(2)), "(1+2j)");
  SHOW(ai_builtin_complex(C(0, 1), C(0, 1)), "(-1+1j)");
  SHOW(ai_builtin_complex(S(" (1.5-2e3J) "), 0), "(1.5-2000j)");
  SHOW(ai_builtin_complex(S("-j"), 0), "-1j");
  SHOW(ai_builtin_complex(S("1_000+2_5j"), 0), "(1000+25j)");
  SHOW(ai_builtin_complex(S("1 + 2j"), 0), "!ValueError: complex() arg is a malformed string");
  SHOW(ai_builtin_complex(S("1__0j"), 0), "!ValueError: could not convert string to complex: '1__0j'");
  SHOW(ai_builtin_complex(S("1"), N(2)), "!TypeError: complex() can't take second arg if first is a string");
  SHOW(ai_builtin_complex(NONE_W, 0), "!TypeError: complex() first argument must be a string or a number, not 'NoneType'");
  SHOW(ai_builtin_complex(N(1), S("2")), "!TypeError: complex() second arg can't be a string");
}

static void test_arithmetic(void) {
  SHOW(ai_obj_binop(AI_ADD, N(1), C(0, 2)), "(1+2j)");
  SHOW(ai_obj_binop(AI_MUL, F(2.5), C(1, -1)), "(2.5-2.5j)");
  SHOW(ai_obj_binop(AI_TRUEDIV, C(1, 2), C(3, -4)), "(-0.2+0.4j)");
  SHOW(ai_obj_binop(AI_TRUEDIV, C(1, 2), N(0)), "!ZeroDivisionError: complex division by zero");
  SHOW(ai_obj_binop(AI_POW, C(1.5, -0.25), N(7)), "(7.5780029296875-17.21112060546875j)");
  SHOW(ai_obj_binop(AI_POW, C(1.5, -0.25), F(0.5)), "(1.2289610719169575-0.10171192794985974j)");
  SHOW(ai_obj_binop(AI_POW, C(0, 0), N(-1)), "!ZeroDivisionError: 0.0 to a negative or complex power");
  SHOW(ai_obj_binop(AI_POW, C(1e300, 1e300), F(2.5)), "!OverflowError: complex exponentiation");
  SHOW(ai_obj_binop(AI_POW, F(-8.0), F(0.5)), "(1.7319121124709868e-16+2.8284271247461903j)");
  SHOW(ai_obj_binop(AI_FLOORDIV, C(0, 1), N(2)), "!TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
  SHOW(ai_obj_neg(C(1, -1)), "(-1+1j)");
  SHOW(ai_obj_abs(C(3, 4)), "5.0");
  SHOW(ai_obj_abs(C(1.7e308, 1.7e308)), "!OverflowError: absolute value too large");
  /* a running product: every step allocates, so the collector runs between them */
  ai_word z = C(0, 0), c = C(0.3, 0.5);
  for (int i = 0; i < 200000 && z; i++) z = ai_obj_binop(AI_ADD, ai_obj_binop(AI_MUL, z, z), c);
  SHOW(z, "(-0.12568388858270602-0.013461492369056582j)");
}

static void test_compare_hash_format(void) {
  SHOW(ai_bool_word(ai_obj_eq(N(1), C(1, 0)) == 1), "True");
  SHOW(ai_bool_word(ai_obj_eq(C(1, 1), F(1.0)) == 1), "False");
  SHOW(ai_bool_word(ai_obj_compare(AI_NE, C(0, 2), C(0, 2)) == 1), "False");
  SHOW(ai_obj_compare(AI_LT, C(0, 1), N(2)) < 0 ? 0 : NONE_W, "!TypeError: '<' not supported between instances of 'complex' and 'int'");
  SHOW(N(ai_hash(C(2.5, 0)) == ai_hash(F(2.5))), "1");
  SHOW(N(ai_hash(C(2, -3))), "-3000007");
  SHOW(ai_bool_word(ai_obj_truthy(C(0, -0.0)) == 1), "False");
  SHOW(C(-0.0, -1), "(-0-1j)");
  SHOW(C(INFINITY, NAN), "(inf+nanj)");
  SHOW(C(0, 1e16), "1e+16j");
  SHOW(ai_obj_format(C(1, 2), S(".2f")), "'1.00+2.00j'");
  SHOW(ai_obj_format(C(-0.0, 2.5), S("^12")), "' (-0+2.5j)  '");
  SHOW(ai_obj_format(C(1, 2), S("010")), "!ValueError: Zero padding is not allowed in complex format specifier");
  SHOW(ai_obj_getattr(C(1, 2), S("imag")), "2.0");
  SHOW(M(C(1, 2), "conjugate"), "(1-2j)");
}

static void test_cmath(void) {
  SHOW(ai_cmath_sqrt(N(-4)), "2j");
  SHOW(ai_cmath_exp(C(0, 3.141592653589793)), "(-1+1.2246467991473532e-16j)");
  SHOW(ai_cmath_log(C(-3, -4), 0), "(1.6094379124341003-2.214297435588181j)");
  SHOW(ai_cmath_log(N(0), 0), "!ValueError: math domain error");
  SHOW(ai_cmath_exp(N(1000)), "!OverflowError: math range error");
  SHOW(ai_cmath_tan(C(-INFINITY, -INFINITY)), "-1j");
  SHOW(ai_cmath_polar(C(0, 1)), "(1.0, 1.5707963267948966)");
  SHOW(ai_cmath_rect(N(2), F(0.5)), "(1.7551651237807455+0.958851077208406j)");
  SHOW(ai_cmath_sqrt(S("x")), "!TypeError: must be real number, not str");
  SHOW(ai_cmath_isclose(C(1, 1), C(1, 1.0000000001), 1e-9, 0.0), "True");
}

int main(void) {
  test_construct();
  test_arithmetic();
  test_compare_hash_format();
  test_cmath();
  TEST_MAIN_END();
}
