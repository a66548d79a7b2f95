/* test_stdlib_math.c — unit tests of the math module (aithon_stdlib.h).
 * Expected values are CPython 3.11's; diff_gen_stdlib.c checks many more live. */
#include "aithon_stdlib.h"
#include "obj/containers.h"
#include "start/main.h"
#include "test.h"

#include <math.h>

static ai_word pow2(int k) { return ai_int_lshift(ai_small(1), ai_small(k)); }
static ai_word L(int n, const double *v) {
  ai_word items[16];
  for (int i = 0; i < n; i++) items[i] = ai_box_float(v[i]);
  return ai_list_new(n, items);
}

int main(void) {
  ai_runtime_init();

  /* one-argument functions and their errors */
  CHECK_DBL(ai_math_sqrt(2.0), 1.4142135623730951);
  CHECK_RAISES(ai_math_sqrt(-1.0), "ValueError: math domain error");
  CHECK_DBL(ai_math_sqrt(INFINITY), INFINITY);
  CHECK(isnan(ai_math_sqrt(NAN)) && !ai_exc_pending());
  CHECK_RAISES(ai_math_exp(1000.0), "OverflowError: math range error");
  CHECK_DBL(ai_math_exp(-1000.0), 0.0);
  CHECK_DBL(ai_math_exp(1.0), 2.718281828459045);
  CHECK_RAISES(ai_math_log(0.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_log(-1.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_log(-INFINITY), "ValueError: math domain error");
  CHECK_DBL(ai_math_log(INFINITY), INFINITY);
  CHECK_DBL(ai_math_log2(1024.0), 10.0);
  CHECK_DBL(ai_math_log10(1000.0), 3.0);
  CHECK_DBL(ai_math_log1p(-0.0), -0.0);
  CHECK_RAISES(ai_math_log1p(-1.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_sin(INFINITY), "ValueError: math domain error");
  CHECK_RAISES(ai_math_atanh(1.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_acosh(0.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_cosh(1000.0), "OverflowError: math range error");
  CHECK_RAISES(ai_math_expm1(1000.0), "OverflowError: math range error");
  CHECK_DBL(ai_math_degrees(3.141592653589793), 180.0);
  CHECK_DBL(ai_math_radians(180.0), 3.141592653589793);
  CHECK_DBL(ai_math_log_base(8.0, 2.0), 3.0);
  CHECK_RAISES(ai_math_log_base(2.0, 1.0), "ZeroDivisionError: float division by zero");
  CHECK_RAISES(ai_math_log_base(-1.0, 2.0), "ValueError: math domain error");

  /* gamma / lgamma are CPython's Lanczos code */
  CHECK_DBL(ai_math_gamma(5.0), 24.0);
  CHECK_DBL(ai_math_gamma(0.5), 1.7724538509055159);
  CHECK_DBL(ai_math_gamma(-1.5), 2.3632718012073544);
  CHECK_RAISES(ai_math_gamma(0.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_gamma(-1.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_gamma(172.0), "OverflowError: math range error");
  CHECK_DBL(ai_math_lgamma(0.5), 0.5723649429247004);
  CHECK_RAISES(ai_math_lgamma(0.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_lgamma(1e308), "OverflowError: math range error");
  CHECK_DBL(ai_math_erf(0.5), 0.5204998778130465);
  CHECK_DBL(ai_math_erfc(0.5), 0.4795001221869535);

  /* two-argument functions */
  CHECK_DBL(ai_math_hypot2(3.0, 4.0), 5.0);
  CHECK_DBL(ai_math_hypot2(1.1, 2.2), 2.459674775249769);
  CHECK_DBL(ai_math_hypot2(INFINITY, NAN), INFINITY);
  CHECK_DBL(ai_math_atan2(INFINITY, -INFINITY), 2.356194490192345);
  CHECK_DBL(ai_math_pow(2.0, 0.5), 1.4142135623730951);
  CHECK_DBL(ai_math_pow(NAN, 0.0), 1.0);
  CHECK_DBL(ai_math_pow(-INFINITY, 3.0), -INFINITY);
  CHECK_RAISES(ai_math_pow(0.0, -1.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_pow(-8.0, 1.0 / 3), "ValueError: math domain error");
  CHECK_RAISES(ai_math_pow(10.0, 400.0), "OverflowError: math range error");
  CHECK_DBL(ai_math_fmod(-7.0, 3.0), -1.0);
  CHECK_DBL(ai_math_fmod(5.0, INFINITY), 5.0);
  CHECK_RAISES(ai_math_fmod(1.0, 0.0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_fmod(INFINITY, 1.0), "ValueError: math domain error");
  CHECK_DBL(ai_math_remainder(5.0, 2.0), 1.0);
  CHECK_DBL(ai_math_remainder(7.0, 2.0), -1.0);
  CHECK_DBL(ai_math_copysign(3.0, -0.0), -3.0);
  CHECK_DBL(ai_math_ulp(1.0), 2.220446049250313e-16);
  CHECK(ai_math_isclose(1.0, 1.0 + 1e-10, 1e-9, 0.0));
  CHECK(!ai_math_isclose(1.0, 1.1, 1e-9, 0.0));
  CHECK(!ai_math_isclose(INFINITY, 1e308, 1e-9, 0.0));
  CHECK_RAISES(ai_math_isclose(1.0, 2.0, -1.0, 0.0), "ValueError: tolerances must be non-negative");
  CHECK(ai_math_isnan(NAN) && ai_math_isinf(-INFINITY) && ai_math_isfinite(1.0) && !ai_math_isfinite(NAN));

  /* float -> int */
  CHECK_STR(ai_str_of_int(ai_math_floor(-2.5)), "-3");
  CHECK_STR(ai_str_of_int(ai_math_ceil(-2.5)), "-2");
  CHECK_STR(ai_str_of_int(ai_math_trunc(-2.5)), "-2");
  CHECK_STR(ai_str_of_int(ai_math_floor(1e30)), "1000000000000000019884624838656");
  CHECK_RAISES(ai_math_floor(INFINITY), "OverflowError: cannot convert float infinity to integer");
  CHECK_RAISES(ai_math_ceil(NAN), "ValueError: cannot convert float NaN to integer");
  CHECK_STR(ai_str_of_int(ai_math_floor_word(ai_box_float(2.7))), "2");
  CHECK(ai_math_floor_word(ai_small(7)) == ai_small(7));
  CHECK(ai_math_ceil_word(AI_TRUE_W) == ai_small(1));
  CHECK(ai_math_floor_word(pow2(100)) == pow2(100) || ai_int_eq(ai_math_floor_word(pow2(100)), pow2(100)));
  CHECK_RAISES(ai_math_floor_word(S("x")), "TypeError: must be real number, not str");
  CHECK_RAISES(ai_math_trunc_word(S("x")), "TypeError: type str doesn't define __trunc__ method");

  /* modf, frexp, ldexp */
  CHECK_STR(ai_obj_repr(ai_math_modf(-3.25)), "(-0.25, -3.0)");
  CHECK_STR(ai_obj_repr(ai_math_modf(-INFINITY)), "(-0.0, -inf)");
  CHECK_STR(ai_obj_repr(ai_math_frexp(8.0)), "(0.5, 4)");
  CHECK_STR(ai_obj_repr(ai_math_frexp(0.0)), "(0.0, 0)");
  CHECK_DBL(ai_math_ldexp(0.75, ai_small(4)), 12.0);
  CHECK_DBL(ai_math_ldexp(1.0, ai_int_neg(pow2(70))), 0.0);
  CHECK_RAISES(ai_math_ldexp(1.0, pow2(70)), "OverflowError: math range error");
  CHECK_RAISES(ai_math_ldexp(1.0, ai_box_float(1.5)), "TypeError: Expected an int as second argument to ldexp.");

  /* fsum: exact, CPython's special cases */
  double a1[] = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
  CHECK_DBL(ai_math_fsum(L(10, a1)), 1.0);
  double a2[] = {1e-16, 1.0, 1e16};
  CHECK_DBL(ai_math_fsum(L(3, a2)), 1.0000000000000002e16);
  double a3[] = {1e308, 1e308, -1e308};
  CHECK_RAISES(ai_math_fsum(L(3, a3)), "OverflowError: intermediate overflow in fsum");
  double a4[] = {INFINITY, -INFINITY};
  CHECK_RAISES(ai_math_fsum(L(2, a4)), "ValueError: -inf + inf in fsum");
  double a5[] = {INFINITY, 1.0};
  CHECK_DBL(ai_math_fsum(L(2, a5)), INFINITY);
  CHECK_RAISES(ai_math_fsum(ai_list_new(1, (ai_word[]){S("a")})), "TypeError: must be real number, not str");
  CHECK_RAISES(ai_math_fsum(ai_list_new(1, (ai_word[]){pow2(1100)})), "OverflowError: int too large to convert to float");
  {
    double many[40];
    for (int i = 0; i < 40; i++) many[i] = ldexp(1.0, i * 50 - 1000) * (i % 2 ? -1 : 1);
    ai_word items[40];
    for (int i = 0; i < 40; i++) items[i] = ai_box_float(many[i]);
    CHECK_DBL(ai_math_fsum(ai_list_new(40, items)), -9.516908214257803e+285); /* partials grow beyond 32 */
  }

  /* integer functions */
  CHECK_STR(ai_str_of_int(ai_math_factorial(ai_small(20))), "2432902008176640000");
  CHECK_STR(ai_str_of_int(ai_math_factorial(ai_small(30))), "265252859812191058636308480000000");
  CHECK_RAISES(ai_math_factorial(ai_small(-1)), "ValueError: factorial() not defined for negative values");
  CHECK_RAISES(ai_math_factorial(ai_box_float(2.0)), "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK_RAISES(ai_math_factorial(pow2(64)), "OverflowError: factorial() argument should not exceed 9223372036854775807");
  CHECK(ai_math_factorial(AI_TRUE_W) == ai_small(1));
  CHECK_STR(ai_str_of_int(ai_math_comb(ai_small(100), ai_small(50))), "100891344545564193334812497256");
  CHECK(ai_math_comb(ai_small(3), ai_small(5)) == ai_small(0));
  CHECK_RAISES(ai_math_comb(ai_small(-1), ai_small(2)), "ValueError: n must be a non-negative integer");
  CHECK_RAISES(ai_math_comb(ai_small(5), ai_small(-2)), "ValueError: k must be a non-negative integer");
  CHECK_RAISES(ai_math_comb(pow2(70), pow2(65)), "OverflowError: min(n - k, k) must not exceed 9223372036854775807");
  CHECK_STR(ai_str_of_int(ai_math_comb(ai_int_add(pow2(64), ai_small(3)), ai_int_add(pow2(64), ai_small(1)))),
            "170141183460469231777804163900157984771");
  CHECK_STR(ai_str_of_int(ai_math_perm(ai_small(10), ai_small(3))), "720");
  CHECK_STR(ai_str_of_int(ai_math_perm(ai_small(5), 0)), "120");
  CHECK_RAISES(ai_math_perm(pow2(70), pow2(65)), "OverflowError: k must not exceed 9223372036854775807");
  CHECK(ai_math_perm(ai_small(3), pow2(65)) == ai_small(0));
  CHECK_STR(ai_str_of_int(ai_math_isqrt(I("10000000000000000000000000000000000000000"))), "100000000000000000000");
  CHECK_STR(ai_str_of_int(ai_math_isqrt(I("9999999999999999999999999999999999999999"))), "99999999999999999999");
  CHECK_STR(ai_str_of_int(ai_math_isqrt(ai_small(4611686018427387903LL))), "2147483647");
  CHECK_RAISES(ai_math_isqrt(ai_small(-1)), "ValueError: isqrt() argument must be nonnegative");
  ai_word g[3] = {I("-123456789012345678901234567890"), I("987654321098765432109876543210"), ai_small(30)};
  CHECK_STR(ai_str_of_int(ai_math_gcd(3, g)), "30");
  CHECK_STR(ai_str_of_int(ai_math_gcd(2, g)), "9000000000900000000090");
  CHECK_STR(ai_str_of_int(ai_math_lcm(2, g)), "13548070124980948012498094801236261410");
  CHECK(ai_math_gcd(0, NULL) == ai_small(0) && ai_math_lcm(0, NULL) == ai_small(1));
  CHECK(ai_math_gcd(1, (ai_word[]){ai_small(-4)}) == ai_small(4));
  CHECK_RAISES(ai_math_gcd(2, (ai_word[]){ai_small(1), ai_box_float(2.0)}), "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK_STR(ai_obj_repr(ai_math_prod(ai_list_new(3, (ai_word[]){ai_small(2), ai_box_float(1.5), ai_small(4)}), ai_small(1))), "12.0");
  CHECK_STR(ai_obj_repr(ai_math_prod(ai_list_new(0, NULL), ai_small(1))), "1");

  /* dist, hypot, logs of words */
  CHECK_DBL(ai_math_dist(ai_list_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_tuple_new(2, (ai_word[]){ai_small(4), ai_small(6)})), 5.0);
  CHECK_RAISES(ai_math_dist(ai_tuple_new(2, (ai_word[]){ai_small(1), ai_small(2)}), ai_tuple_new(1, (ai_word[]){ai_small(1)})),
               "ValueError: both points must have the same number of dimensions");
  CHECK_DBL(ai_math_hypot_n(3, (ai_word[]){ai_small(2), ai_small(3), ai_small(6)}), 7.0);
  CHECK_DBL(ai_math_hypot_n(0, NULL), 0.0);
  CHECK_DBL(ai_math_log_word(ai_int_pow(ai_small(10), ai_small(400)), 0), 921.0340371976182);
  CHECK_DBL(ai_math_log10_word(ai_int_pow(ai_small(10), ai_small(400))), 400.0);
  CHECK_DBL(ai_math_log2_word(pow2(5000)), 5000.0);
  CHECK_RAISES(ai_math_log_word(ai_small(0), 0), "ValueError: math domain error");
  CHECK_RAISES(ai_math_log_word(ai_small(10), ai_small(1)), "ZeroDivisionError: float division by zero");
  CHECK_DBL(ai_math_log_word(ai_small(100), ai_small(10)), 2.0);
  TEST_MAIN_END();
}
