/* test_stdlib_heapq.c — heapq and bisect (aithon_stdlib.h). */
#include "aithon_stdlib.h"
#include "start/main.h"
#include "test_containers_util.h"

int main(void) {
  ai_runtime_init();
  ai_word h = L(N(5), N(3), N(8), N(1), N(9), N(2));
  SHOW(ai_heapq_heapify(h), "None");
  SHOW(h, "[1, 3, 2, 5, 9, 8]");
  SHOW(ai_heapq_heappush(h, N(0)), "None");
  SHOW(h, "[0, 3, 1, 5, 9, 8, 2]");
  SHOW(ai_heapq_heappop(h), "0");
  SHOW(h, "[1, 3, 2, 5, 9, 8]");
  SHOW(ai_heapq_heappushpop(h, N(4)), "1");
  SHOW(ai_heapq_heappushpop(h, N(0)), "0");
  SHOW(ai_heapq_heapreplace(h, N(7)), "2");
  SHOW(h, "[3, 5, 4, 7, 9, 8]");
  ai_word e = EMPTY_LIST();
  SHOW(ai_heapq_heappop(e), "!IndexError: index out of range");
  SHOW(ai_heapq_heapreplace(e, N(1)), "!IndexError: index out of range");
  SHOW(ai_heapq_heappushpop(e, N(1)), "1");
  SHOW(ai_heapq_heappush(T(), N(1)), "!TypeError: heappush() argument 1 must be list, not tuple");
  ai_word m = L(N(1), S("a"));
  SHOW(ai_heapq_heapify(m), "!TypeError: '<' not supported between instances of 'int' and 'str'");
  SHOW(ai_heapq_heappush(L(S("a")), N(0)), "!TypeError: '<' not supported between instances of 'int' and 'str'");
  ai_word data = L(N(5), F(1.0), N(1), TRUE_W, N(7), N(3), N(7));
  SHOW(ai_heapq_nlargest(N(3), data), "[7, 7, 5]");
  SHOW(ai_heapq_nsmallest(N(3), data), "[1.0, 1, True]");
  SHOW(ai_heapq_nsmallest(N(3), ai_obj_iter(data)), "[1.0, 1, True]");
  SHOW(ai_heapq_nlargest(N(1), data), "[7]");
  SHOW(ai_heapq_nlargest(N(0), data), "[]");
  SHOW(ai_heapq_nsmallest(N(10), data), "[1.0, 1, True, 3, 5, 7, 7]");
  ai_word its[3] = {L(N(1), N(4)), L(N(2), N(3)), EMPTY_LIST()};
  SHOW(ai_builtin_list(ai_heapq_merge(3, its)), "[1, 2, 3, 4]");
  /* bisect */
  ai_word a = L(N(1), N(2), N(2), N(4));
  SHOW(ai_bisect_bisect_left(a, N(2), 0, 0), "1");
  SHOW(ai_bisect_bisect_right(a, N(2), 0, 0), "3");
  SHOW(ai_bisect_bisect_right(a, N(2), N(3), NONE_W), "3");
  SHOW(ai_bisect_bisect_left(a, N(9), N(0), N(2)), "2");
  SHOW(ai_bisect_bisect_left(a, N(2), N(-1), 0), "!ValueError: lo must be non-negative");
  SHOW(ai_bisect_insort_left(a, F(2.0), 0, 0), "None");
  SHOW(ai_bisect_insort_right(a, N(3), 0, 0), "None");
  SHOW(a, "[1, 2.0, 2, 2, 3, 4]");
  SHOW(ai_bisect_bisect_left(T(N(1), N(3)), N(2), 0, 0), "1");
  SHOW(ai_bisect_bisect_left(L(N(1)), S("x"), 0, 0), "!TypeError: '<' not supported between instances of 'int' and 'str'");
  TEST_MAIN_END();
}
