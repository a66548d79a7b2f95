/* stdlib/string.c — the string module's constants. */
#include "stdlib/string.h"

#define LOWER "abcdefghijklmnopqrstuvwxyz"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"
#define PUNCT "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#define WHITE " \t\n\r\v\f"

static const char *const consts[] = {
    LOWER UPPER, LOWER, UPPER, DIGITS, DIGITS "abcdefABCDEF", "01234567", PUNCT, WHITE,
    DIGITS LOWER UPPER PUNCT WHITE,
};

ai_word ai_string_const(int which) {
  if (which < 0 || which >= (int)(sizeof consts / sizeof consts[0])) {
    ai_raise(&ai_exc_ValueError, "unsupported: string constant");
    return 0;
  }
  return ai_str_new_ascii(consts[which], (int64_t)strlen(consts[which]));
}
