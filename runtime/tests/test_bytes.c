/* test_bytes.c — bytes and bytearray (obj/bytes.c, bytes_methods.c,
 * codecs.c) through the generic protocols, with their growth under the
 * collector and the sanitizers (expected texts from CPython 3.11). */
#include "test_containers_util.h"

#include "obj/bytes.h"
#include "obj/singletons.h"

static ai_word B(const char *s) { return ai_bytes_from(s, (int64_t)strlen(s)); }
static ai_word BA(const char *s) { return ai_bytearray_from(s, (int64_t)strlen(s)); }
static ai_word slice(int64_t a, int64_t b, int64_t c) { return ai_slice_new(N(a), N(b), N(c)); }

static void test_protocols(void) {
  SHOW(ai_bytes_literal(S("a\xc3\xbf'\n")), "b\"a\\xff'\\n\"");
  SHOW(ai_bytes_from("\x00\"'", 3), "b'\\x00\"\\''");
  SHOW(BA("xy"), "bytearray(b'xy')");
  SHOW(ai_obj_getitem(B("abc"), N(-1)), "99");
  SHOW(ai_obj_getitem(B("abc"), N(3)), "!IndexError: index out of range");
  SHOW(ai_obj_getitem(B("abcdef"), slice(5, 0, -2)), "b'fdb'");
  SHOW(ai_obj_getitem(B("abc"), S("x")), "!TypeError: byte indices must be integers or slices, not str");
  SHOW(ai_obj_binop(AI_ADD, B("ab"), BA("c")), "b'abc'");
  SHOW(ai_obj_binop(AI_ADD, B("ab"), S("c")), "!TypeError: can't concat str to bytes");
  SHOW(ai_obj_binop(AI_MUL, N(3), B("ab")), "b'ababab'");
  SHOW(ai_bool_word(ai_obj_compare(AI_LT, B("ab"), B("b")) == 1), "True");
  SHOW(ai_bool_word(ai_obj_eq(B("ab"), BA("ab")) == 1), "True");
  SHOW(ai_bool_word(ai_obj_contains(B("hello"), B("ll")) == 1), "True");
  SHOW(ai_bool_word(ai_obj_contains(B("hello"), N(104)) == 1), "True");
  SHOW(ai_builtin_bytes(L(N(1), N(256)), 0, 0, false), "!ValueError: bytes must be in range(0, 256)");
  SHOW(ai_builtin_bytes(S("x"), 0, 0, false), "!TypeError: string argument without an encoding");
  SHOW(ai_builtin_bytes(N(3), 0, 0, true), "bytearray(b'\\x00\\x00\\x00')");
  SHOW(ai_builtin_bytes(S("\xc3\xa9"), S("latin-1"), 0, false), "b'\\xe9'");
}

static void test_methods(void) {
  SHOW(M(B("a,b,,c"), "split", B(",")), "[b'a', b'b', b'', b'c']");
  SHOW(M(B("  a  b "), "split", NONE_W, N(1)), "[b'a', b'b ']");
  SHOW(M(B("-"), "join", L(B("a"), BA("b"))), "b'a-b'");
  SHOW(M(B("-"), "join", L(B("a"), S("b"))), "!TypeError: sequence item 1: expected a bytes-like object, str found");
  SHOW(M(B("\x01\xff"), "hex"), "'01ff'");
  SHOW(M(B(""), "fromhex", S("de ad")), "b'\\xde\\xad'");
  SHOW(M(B("xhix"), "strip", B("x")), "b'hi'");
  SHOW(M(B("banana"), "count", B("an")), "2");
  SHOW(M(B("banana"), "index", B("z")), "!ValueError: subsection not found");
  SHOW(M(B("aXa"), "replace", B("a"), B("bb")), "b'bbXbb'");
  SHOW(M(B("ab\xff"), "decode"), "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
  SHOW(M(B("\xe4\xb8"), "decode"), "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
  SHOW(M(B("a\xff"), "decode", S("ascii"), S("replace")), "'a\xef\xbf\xbd'");
  SHOW(M(N(1024), "to_bytes", N(2), S("big")), "b'\\x04\\x00'");
  SHOW(M(N(256), "to_bytes", N(1), S("big")), "!OverflowError: int too big to convert");
  SHOW(M(N(0), "from_bytes", B("\xff\xff"), S("little"), TRUE_W), "-1");
  SHOW(ai_obj_binop(AI_MOD, B("%d:%s|%r"), T(N(5), B("x"), S("\xc3\xa9"))), "b\"5:x|'\\\\xe9'\"");
  SHOW(ai_obj_binop(AI_MOD, B("%s"), S("x")), "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
  SHOW(M(B("\xef\xbb\xbfhi"), "decode", S("utf-8-sig")), "'hi'");
}

static void test_bytearray_growth(void) {
  ai_word ba = BA("");
  for (int i = 0; i < 100000; i++) {
    ai_word r = M(ba, "append", N(i % 251));
    if (!r) break;
    if (i % 1000 == 0) (void)ai_bytes_from(NULL, 4096); /* garbage, so the collector runs */
  }
  SHOW(N(ai_obj_len(ba)), "100000");
  SHOW(ai_obj_getitem(ba, N(99999)), "101");
  SHOW(M(ba, "pop", N(0)), "0");
  SHOW(ai_obj_getitem(ba, slice(0, 3, 1)), "bytearray(b'\\x01\\x02\\x03')");
  ai_word twice = ai_obj_inplace_binop(AI_ADD, ba, ba);
  SHOW(N(ai_obj_len(twice)), "199998");
  SHOW(ai_bool_word(twice == ba), "True");
  SHOW(ai_obj_setitem(ba, N(0), N(300)) ? NONE_W : 0, "!ValueError: byte must be in range(0, 256)");
}

int main(void) {
  test_protocols();
  test_methods();
  test_bytearray_growth();
  TEST_MAIN_END();
}
