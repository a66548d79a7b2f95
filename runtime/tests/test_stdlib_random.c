/* test_stdlib_random.c — unit tests of the random module (aithon_stdlib.h):
 * CPython 3.11's values for fixed seeds, SHA-512 vectors, per-thread state.
 * diff_gen_stdlib.c compares long sequences live against python3. */
#include "aithon_stdlib.h"
#include "obj/containers.h"
#include "start/main.h"
#include "stdlib/random.h"
#include "test.h"

#include <pthread.h>

static void hex(const uint8_t *d, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static double thread_first;
static void *thread_main(void *arg) {
  (void)arg;
  ai_runtime_init();
  ai_random_seed(ai_small(42));
  thread_first = ai_random_random();
  return NULL;
}

int main(void) {
  ai_runtime_init();
  uint8_t dg[64];
  char hx[129];
  ai_sha512("abc", 3, dg);
  hex(dg, 64, hx);
  CHECK(strcmp(hx, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f") == 0);
  char a111[112], a112[113];
  memset(a111, 'a', 111);
  memset(a112, 'a', 112);
  ai_sha512(a111, 111, dg);
  hex(dg, 16, hx);
  CHECK(strcmp(hx, "fa9121c7b32b9e01733d034cfc78cbf6") == 0); /* padding fits one block */
  ai_sha512(a112, 112, dg);
  hex(dg, 16, hx);
  CHECK(strcmp(hx, "c01d080efd492776a1c43bd23dd99d0a") == 0); /* padding needs a second block */
  ai_sha512("", 0, dg);
  hex(dg, 16, hx);
  CHECK(strcmp(hx, "cf83e1357eefb8bdf1542850d66d8007") == 0);

  /* random.seed(42); random(), randint(1, 100), getrandbits(100) */
  ai_random_seed(ai_small(42));
  CHECK_DBL(ai_random_random(), 0.6394267984578837);
  CHECK(ai_random_randint(ai_small(1), ai_small(100)) == ai_small(4));
  CHECK_STR(ai_str_of_int(ai_random_getrandbits(ai_small(100))), "257086819302815227845767741691");
  ai_random_seed(S("abc"));
  CHECK_DBL(ai_random_random(), 0.7720246314157545);
  ai_random_seed(ai_int_lshift(ai_small(1), ai_small(100)));
  CHECK_DBL(ai_random_random(), 0.7586581712996778);
  ai_random_seed(ai_small(-7));
  CHECK_DBL(ai_random_random(), 0.32383276483316237);

  /* random.seed(1); shuffle(list(range(10))), sample(range(100), 5), choice('xyz'), choices(...) */
  ai_random_seed(ai_small(1));
  ai_word items[10];
  for (int i = 0; i < 10; i++) items[i] = ai_small(i);
  ai_word l = ai_list_new(10, items);
  CHECK(ai_random_shuffle(l));
  CHECK_STR(ai_obj_repr(l), "[6, 8, 9, 7, 5, 3, 0, 4, 1, 2]");
  CHECK_STR(ai_obj_repr(ai_random_sample(ai_range_new(ai_small(0), ai_small(100), ai_small(1)), ai_small(5))), "[26, 12, 62, 3, 49]");
  CHECK_STR(ai_random_choice(S("xyz")), "y");
  ai_word pop = ai_list_new(3, (ai_word[]){ai_small(1), ai_small(2), ai_small(3)});
  CHECK_STR(ai_obj_repr(ai_random_choices(pop, ai_list_new(3, (ai_word[]){ai_small(1), ai_small(2), ai_small(3)}), ai_small(4))), "[3, 3, 3, 2]");

  /* gauss caches its second value; seed() drops it */
  ai_random_seed(ai_small(3));
  CHECK_DBL(ai_random_gauss(0, 1), 0.09470803828730423);
  CHECK_DBL(ai_random_gauss(0, 1), 1.2500243810835503);
  CHECK_DBL(ai_random_gauss(0, 1), -0.931378367720707);
  ai_random_seed(ai_small(3));
  CHECK_DBL(ai_random_gauss(0, 1), 0.09470803828730423);
  ai_random_seed(ai_small(3));
  CHECK_DBL(ai_random_gauss(0, 1), 0.09470803828730423);

  /* errors */
  CHECK_RAISES(ai_random_seed(ai_list_new(0, NULL)), "TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  CHECK_RAISES(ai_random_randrange(ai_small(5), ai_small(5), ai_small(1)), "ValueError: empty range for randrange() (5, 5, 0)");
  CHECK_RAISES(ai_random_randrange(ai_small(0), 0, ai_small(1)), "ValueError: empty range for randrange()");
  CHECK_RAISES(ai_random_randrange(ai_small(1), ai_small(9), ai_small(0)), "ValueError: zero step for randrange()");
  CHECK_RAISES(ai_random_choice(ai_list_new(0, NULL)), "IndexError: Cannot choose from an empty sequence");
  CHECK_RAISES(ai_random_sample(pop, ai_small(4)), "ValueError: Sample larger than population or is negative");
  CHECK_RAISES(ai_random_getrandbits(ai_small(-1)), "ValueError: number of bits must be non-negative");
  CHECK_RAISES(ai_random_expovariate(0.0), "ZeroDivisionError: float division by zero");

  /* ranges of results */
  ai_random_seed(AI_NONE_W); /* from the clock */
  for (int i = 0; i < 1000; i++) {
    double r = ai_random_random();
    CHECK(r >= 0.0 && r < 1.0);
    ai_word v = ai_random_randrange(ai_small(-3), ai_small(30), ai_small(3));
    int64_t x;
    CHECK(ai_int_to_i64(v, &x) && x >= -3 && x < 30 && x % 3 == 0);
    double u = ai_random_uniform(2.0, 5.0);
    CHECK(u >= 2.0 && u <= 5.0);
  }
  /* a big range */
  ai_word big = ai_int_lshift(ai_small(1), ai_small(300));
  for (int i = 0; i < 50; i++) {
    ai_word v = ai_random_randrange(ai_small(0), big, ai_small(1));
    CHECK(ai_int_sign(v) >= 0 && ai_int_lt(v, big));
  }

  /* the state is per thread: a thread seeded with 42 sees CPython's first value,
     and does not disturb this thread's sequence */
  ai_random_seed(ai_small(42));
  pthread_t th;
  pthread_create(&th, NULL, thread_main, NULL);
  pthread_join(th, NULL);
  CHECK_DBL(thread_first, 0.6394267984578837);
  CHECK_DBL(ai_random_random(), 0.6394267984578837);
  TEST_MAIN_END();
}
