/* test_stdlib_copy.c — copy.copy / copy.deepcopy and the string constants
 * (aithon_stdlib.h). */
#include "aithon_stdlib.h"
#include "start/main.h"
#include "test_containers_util.h"

int main(void) {
  ai_runtime_init();
  ai_word inner = L(N(1), N(2));
  ai_word x = L(inner, inner, T(inner, S("s")), T(N(1), S("a")));
  ai_word y = ai_copy_deepcopy(x, 0);
  SHOW(y, "[[1, 2], [1, 2], ([1, 2], 's'), (1, 'a')]");
  AiList *yl = ai_as_list(y);
  CHECK(yl->items[0] != inner);
  CHECK(yl->items[0] == yl->items[1]);                               /* sharing kept */
  CHECK(ai_as_tuple(yl->items[2])->items[0] == yl->items[0]);       /* through a tuple */
  CHECK(yl->items[3] == ai_as_list(x)->items[3]);                   /* atomic tuple kept */
  /* recursive */
  ai_word r = L(N(1));
  ai_list_append(r, r);
  ai_word rc = ai_copy_deepcopy(r, 0);
  SHOW(rc, "[1, [...]]");
  CHECK(rc != r && ai_as_list(rc)->items[1] == rc);
  ai_word d = dict_of(1, (ai_word[]){S("k"), L(N(1))});
  ai_word dc = ai_copy_copy(d);
  CHECK(dc != d && ai_dict_get(dc, S("k")) == ai_dict_get(d, S("k")));
  ai_word dd = ai_copy_deepcopy(d, 0);
  CHECK(ai_dict_get(dd, S("k")) != ai_dict_get(d, S("k")));
  ai_word q = ai_collections_deque(L(L(N(1))), N(3));
  ai_word qc = ai_copy_deepcopy(q, 0);
  SHOW(qc, "deque([[1]], maxlen=3)");
  CHECK(ai_obj_getitem(qc, N(0)) != ai_obj_getitem(q, N(0)));
  SHOW(ai_copy_copy(ai_collections_counter(S("aab"))), "Counter({'a': 2, 'b': 1})");
  SHOW(ai_copy_deepcopy(ai_collections_defaultdict(N(4), dict_of(1, (ai_word[]){N(1), L()})), 0),
       "defaultdict(<class 'list'>, {1: []})");
  SHOW(ai_copy_deepcopy(SET(N(1), T(N(2), N(3))), 0), "{(2, 3), 1}");
  ai_word t = T(N(1), S("x"));
  CHECK(ai_copy_copy(t) == t && ai_copy_deepcopy(t, 0) == t);
  ai_word s = S("str");
  CHECK(ai_copy_deepcopy(s, 0) == s);
  SHOW(ai_copy_deepcopy(ai_obj_iter(L()), 0), "!TypeError: unsupported: copy of list_iterator objects");
  SHOW(ai_copy_copy(ai_itertools_count(0, 0)), "!TypeError: unsupported: copy of itertools.count objects");
  /* string */
  CHECK_STR(ai_string_const(AI_STRING_ASCII_LETTERS), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  CHECK_STR(ai_string_const(AI_STRING_HEXDIGITS), "0123456789abcdefABCDEF");
  CHECK_STR(ai_string_const(AI_STRING_PUNCTUATION), "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
  CHECK_STR(ai_string_const(AI_STRING_WHITESPACE), " \t\n\r\x0b\x0c");
  CHECK_I64(ai_str_len(ai_string_const(AI_STRING_PRINTABLE)), 100);
  TEST_MAIN_END();
}
