/*
 * stdlib/bisect.c — the bisect module, a port of CPython 3.11's
 * _bisectmodule.c without key= (the compiler handles key functions):
 * bisect_left compares a[mid] < x, bisect_right x < a[mid]; insort inserts
 * with list.insert.
 */
#include "stdlib/bisect.h"

/* the bisection point; -1 raised */
static int64_t bisect(ai_word a, ai_word x, ai_word low, ai_word high, bool right) {
  int64_t lo = 0, hi = -1;
  if (low && !ai_index_arg(low, &lo)) return -1;
  if (high && high != AI_NONE_W && !ai_index_arg(high, &hi)) return -1;
  if (lo < 0) {
    ai_raise(&ai_exc_ValueError, "lo must be non-negative");
    return -1;
  }
  if (hi == -1) {
    hi = ai_obj_len(a);
    if (hi < 0) return -1;
  }
  while (lo < hi) {
    int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
    ai_word item;
    if (ai_is_list(a) && mid < ai_as_list(a)->len) item = ai_as_list(a)->items[mid];
    else if (!(item = ai_obj_getitem(a, ai_small(mid)))) return -1;
    int c = right ? ai_sl_lt(x, item) : ai_sl_lt(item, x);
    if (c < 0) return -1;
    if (right ? c : !c) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

ai_word ai_bisect_bisect_left(ai_word a, ai_word x, ai_word lo, ai_word hi) {
  int64_t i = bisect(a, x, lo, hi, false);
  return i < 0 ? 0 : ai_small(i);
}

ai_word ai_bisect_bisect_right(ai_word a, ai_word x, ai_word lo, ai_word hi) {
  int64_t i = bisect(a, x, lo, hi, true);
  return i < 0 ? 0 : ai_small(i);
}

static ai_word insort(ai_word a, ai_word x, ai_word lo, ai_word hi, bool right) {
  int64_t i = bisect(a, x, lo, hi, right);
  if (i < 0) return 0;
  if (ai_is_list(a)) return ai_list_insert_at(ai_as_list(a), i, x) ? AI_NONE_W : 0;
  ai_word args[2] = {ai_small(i), x};
  ai_word r = ai_call_method(a, ai_str_new_ascii("insert", 6), 2, args, 0);
  return r ? AI_NONE_W : 0;
}

ai_word ai_bisect_insort_left(ai_word a, ai_word x, ai_word lo, ai_word hi) { return insort(a, x, lo, hi, false); }
ai_word ai_bisect_insort_right(ai_word a, ai_word x, ai_word lo, ai_word hi) { return insort(a, x, lo, hi, true); }
