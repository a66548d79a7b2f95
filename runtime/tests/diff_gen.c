/*
 * diff_gen.c — the C half of the differential test. Generates random inputs
 * (seeded), runs them through the runtime and prints one line per case:
 *
 *   KIND <TAB> ARG... <TAB> RESULT
 *
 * Strings (str values, format specs, results) are hex-encoded UTF-8, doubles
 * are hex bit patterns, ints are decimal. A result is the Python-visible text
 * (str()/repr()) or "!Type: message" when the operation raised.
 * diff_check.py recomputes every RESULT with python3 and reports mismatches.
 *
 * usage: diff_gen SEED SCALE   (SCALE 1 = a few thousand cases)
 */
#include "aithon.h"
#include "obj/float.h"
#include "obj/object.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;
static uint64_t rnd(void) {
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static int64_t rint_(int64_t lo, int64_t hi) { return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1)); }

static void put_hex(const char *s, size_t n) {
  static const char hx[] = "0123456789abcdef";
  if (n == 0) {
    fputc('-', stdout); /* empty */
    return;
  }
  for (size_t i = 0; i < n; i++) {
    fputc(hx[(unsigned char)s[i] >> 4], stdout);
    fputc(hx[(unsigned char)s[i] & 15], stdout);
  }
}
static void put_hex_str(const char *s) { put_hex(s, strlen(s)); }

/* prints the result: the str word, or the pending exception */
static void put_result(ai_word strw) {
  fputc('\t', stdout);
  if (!strw || ai_exc_pending()) {
    char buf[600];
    const char *m = ai_exc_message();
    snprintf(buf, sizeof buf, "!%s: %s", ai_exc_type()->name, m ? m : "");
    put_hex_str(buf);
    ai_exc_clear();
  } else {
    AiStr *s = (AiStr *)(intptr_t)strw;
    put_hex(s->data, (size_t)s->nbytes);
  }
  fputc('\n', stdout);
}

static ai_word dec_int(const char *dec) {
  int neg = dec[0] == '-';
  ai_word w = ai_int_from_decimal(dec + neg, (int64_t)strlen(dec + neg));
  return neg ? ai_int_neg(w) : w;
}

/* random int literal: small, near the 63-bit boundary, or big */
static void gen_int(char *out, int maxdigits) {
  int kind = (int)rint_(0, 9);
  char *p = out;
  if (rnd() & 1) *p++ = '-';
  if (kind <= 2) {
    sprintf(p, "%lld", (long long)rint_(0, 1000));
  } else if (kind == 3) {
    /* around 2^62, 2^63, 2^64 */
    static const char *edges[] = {"4611686018427387903", "4611686018427387904", "4611686018427387905",
                                  "9223372036854775807", "9223372036854775808", "18446744073709551615",
                                  "18446744073709551616", "4294967295", "4294967296"};
    strcpy(p, edges[rint_(0, 8)]);
  } else if (kind <= 5) {
    sprintf(p, "%llu", (unsigned long long)(rnd() >> rint_(0, 63)));
  } else {
    int nd = (int)rint_(1, maxdigits);
    p[0] = (char)('1' + rint_(0, 8));
    for (int i = 1; i < nd; i++) p[i] = (char)('0' + rint_(0, 9));
    /* sometimes runs of 9s or 0s, which stress carries and Knuth D */
    if (rnd() % 4 == 0)
      for (int i = 1; i < nd; i++) p[i] = (rnd() & 1) ? '9' : '0';
    p[nd] = 0;
  }
  if (strcmp(out, "-0") == 0) strcpy(out, "0");
}

static double gen_double(void) {
  double x;
  switch (rint_(0, 7)) {
  case 0: {
    uint64_t b = rnd();
    memcpy(&x, &b, sizeof x);
    if (isnan(x)) x = 1.5;
    return x;
  }
  case 1: return (double)rint_(-100000, 100000) / pow(10, (double)rint_(0, 8));
  case 2: return ldexp(1.0, (int)rint_(-1074, 1023)) * ((rnd() & 1) ? -1 : 1);
  case 3: return (double)rint_(-1000, 1000);
  case 4: return (rnd() & 1 ? 1 : -1) * (double)rint_(1, 99999) * pow(10, (double)rint_(-30, 30));
  case 5: {
    static const double specials[] = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 1e15, 1e-5, 1e-4, 9.995, 0.125, 5e-324};
    return specials[rint_(0, 13)] * ((rnd() & 3) == 0 ? INFINITY : 1.0);
  }
  case 6: return (double)(rnd() >> 11) * ldexp(1.0, -53) * pow(10, (double)rint_(-20, 25));
  default: return (double)rint_(-5, 5) + 0.5;
  }
}

static void put_double_bits(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  printf("\t%016llx", (unsigned long long)b);
}

static const char *const int_ops[] = {"+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "**", "/", "cmp", "float", "neg", "~"};
static const int int_opcodes[] = {AI_ADD, AI_SUB, AI_MUL, AI_FLOORDIV, AI_MOD, AI_AND, AI_OR, AI_XOR, AI_LSHIFT, AI_RSHIFT, AI_POW, AI_TRUEDIV};

static void gen_int_cases(int n) {
  char a[400], b[400];
  for (int i = 0; i < n; i++) {
    int op = (int)rint_(0, 15);
    gen_int(a, 120);
    gen_int(b, op == 3 || op == 4 || op == 11 ? 80 : 120);
    if (op == 8 || op == 9) sprintf(b, "%lld", (long long)rint_(-2, 200));
    if (op == 10) sprintf(b, "%lld", (long long)rint_(-3, 30));
    ai_word x = dec_int(a), y = dec_int(b), r;
    if (op <= 11)
      r = ai_obj_binop(int_opcodes[op], x, y);
    else if (op == 12) {
      int c = ai_int_cmp(x, y);
      r = ai_small(c);
      if (ai_int_eq(x, y) != (c == 0) || ai_int_lt(x, y) != (c < 0) || ai_int_le(x, y) != (c <= 0)) r = 0, ai_raise(&ai_exc_AssertionError, "cmp/eq/lt/le disagree");
    } else if (op == 13) {
      double d = ai_int_to_float(x);
      r = ai_exc_pending() ? 0 : ai_box_float(d);
    } else if (op == 14)
      r = ai_int_neg(x);
    else
      r = ai_int_invert(x);
    printf("int\t%s\t%s\t%s", int_ops[op], a, b);
    put_result(r ? ai_obj_repr(r) : 0);
  }
}

static void gen_repr_cases(int n) {
  for (int i = 0; i < n; i++) {
    double x = gen_double();
    printf("repr");
    put_double_bits(x);
    put_result(ai_str_of_float(x));
  }
}

static void gen_float_ops(int n) {
  static const char *const names[] = {"//", "%", "**", "/"};
  for (int i = 0; i < n; i++) {
    int op = (int)rint_(0, 3);
    double a = gen_double(), b = gen_double(), r;
    if (op == 2 && rnd() % 3 == 0) b = (double)rint_(-5, 5);
    if (op == 2 && rnd() % 3 == 0) a = (double)rint_(-5, 5) / 2;
    if (op == 0) r = ai_float_floordiv(a, b);
    else if (op == 1) r = ai_float_mod(a, b);
    else if (op == 2) r = ai_float_pow(a, b);
    else r = ai_float_truediv(a, b);
    printf("fop\t%s", names[op]);
    put_double_bits(a);
    put_double_bits(b);
    put_result(ai_exc_pending() ? 0 : ai_str_of_float(r));
  }
}

static void gen_int_float_cmp(int n) {
  char a[400];
  for (int i = 0; i < n; i++) {
    gen_int(a, 40);
    double f = gen_double();
    if (rnd() & 1) f = ai_int_to_float(dec_int(a)) + (double)rint_(-1, 1) * ((rnd() & 1) ? 0.5 : 0.0);
    ai_exc_clear();
    char buf[8];
    snprintf(buf, sizeof buf, "%d", ai_int_float_cmp(dec_int(a), f));
    printf("ifcmp\t%s", a);
    put_double_bits(f);
    put_result(ai_str_from_utf8(buf, (int64_t)strlen(buf)));
  }
}

static void gen_spec(char *out, const char *types) {
  char *p = out;
  if (rnd() % 3 == 0) {
    if (rnd() & 1) {
      static const char *fills[] = {"*", "0", "x", " ", "\xc3\xa9", "<"};
      const char *f = fills[rint_(0, 5)];
      strcpy(p, f);
      p += strlen(f);
    }
    *p++ = "<>^="[rint_(0, 3)];
  }
  if (rnd() % 3 == 0) *p++ = "+- "[rint_(0, 2)];
  if (rnd() % 8 == 0) *p++ = 'z';
  if (rnd() % 5 == 0) *p++ = '#';
  if (rnd() % 5 == 0) *p++ = '0';
  if (rnd() % 2 == 0) p += sprintf(p, "%d", (int)rint_(0, 25));
  if (rnd() % 5 == 0) *p++ = ",_"[rint_(0, 1)];
  if (rnd() % 3 == 0) p += sprintf(p, ".%d", (int)rint_(0, 20));
  size_t nt = strlen(types);
  int64_t t = rint_(0, (int64_t)nt);
  if (t < (int64_t)nt) *p++ = types[t];
  *p = 0;
}

static void gen_format_cases(int n) {
  char spec[64], a[400];
  for (int i = 0; i < n; i++) {
    int kind = (int)rint_(0, 3);
    ai_word r;
    if (kind == 0) {
      gen_spec(spec, "bcdoxXneEfFgG%sq");
      gen_int(a, 30);
      if (strchr(spec, 'c')) sprintf(a, "%lld", (long long)rint_(-1, 0x110000));
      r = ai_format_int(dec_int(a), ai_str_from_utf8(spec, (int64_t)strlen(spec)));
      printf("fmt\ti\t%s\t", a);
    } else if (kind == 1) {
      gen_spec(spec, "eEfFgGn%dsr");
      double x = gen_double();
      if (rnd() % 10 == 0) x = NAN;
      r = ai_format_float(x, ai_str_from_utf8(spec, (int64_t)strlen(spec)));
      uint64_t bits;
      memcpy(&bits, &x, sizeof bits);
      printf("fmt\tf\t%016llx\t", (unsigned long long)bits);
    } else if (kind == 2) {
      gen_spec(spec, "sdx");
      static const char *strs[] = {"", "a", "abc", "h\xc3\xa9llo", "\xe6\x97\xa5\xe6\x9c\xac", "\xf0\x9f\x98\x80x", "hello world"};
      const char *s = strs[rint_(0, 6)];
      r = ai_format_str(ai_str_from_utf8(s, (int64_t)strlen(s)), ai_str_from_utf8(spec, (int64_t)strlen(spec)));
      printf("fmt\ts\t");
      put_hex_str(s);
      fputc('\t', stdout);
    } else {
      gen_spec(spec, "dxsf");
      bool b = rnd() & 1;
      r = ai_format_bool(b, ai_str_from_utf8(spec, (int64_t)strlen(spec)));
      printf("fmt\tb\t%d\t", b);
    }
    put_hex_str(spec);
    put_result(r);
  }
}

static int gen_codepoint(char *out) {
  uint32_t c;
  switch (rint_(0, 7)) {
  case 0: c = (uint32_t)rint_(0, 0x1f); break;
  case 1: c = "'\"\\ abc\x7f"[rint_(0, 7)]; break;
  case 2: c = (uint32_t)rint_(0x80, 0xff); break;
  case 3: c = (uint32_t)rint_(0x100, 0xffff); break;
  case 4: c = (uint32_t)rint_(0x10000, 0x10ffff); break;
  case 5: c = (uint32_t)rint_(0x2000, 0x206f); break;
  default: c = (uint32_t)rint_(0x20, 0x7e); break;
  }
  if (c >= 0xd800 && c <= 0xdfff && rnd() % 4) c = 'x';
  /* encode (surrogates as 3 bytes, as the runtime stores them) */
  if (c < 0x80) { out[0] = (char)c; return 1; }
  if (c < 0x800) { out[0] = (char)(0xc0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3f)); return 2; }
  if (c < 0x10000) {
    out[0] = (char)(0xe0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3f)); out[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  out[0] = (char)(0xf0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3f)); out[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

static void gen_str_cases(int n) {
  char buf[256];
  for (int i = 0; i < n; i++) {
    int len = 0, ncp = (int)rint_(0, 12);
    for (int k = 0; k < ncp; k++) len += gen_codepoint(buf + len);
    ai_word s = ai_str_from_utf8(buf, len);
    printf("srepr\t");
    put_hex(buf, (size_t)len);
    put_result(ai_repr_str(s));
    char lenbuf[32];
    snprintf(lenbuf, sizeof lenbuf, "%lld", (long long)ai_str_len(s));
    printf("slen\t");
    put_hex(buf, (size_t)len);
    put_result(ai_str_from_utf8(lenbuf, (int64_t)strlen(lenbuf)));
  }
}

static void gen_round_cases(int n) {
  for (int i = 0; i < n; i++) {
    double x = gen_double();
    if (rnd() & 1) x = (double)rint_(-100000, 100000) / 1000.0 + (rnd() & 1 ? 0.0005 : 0.005);
    int64_t nd = rint_(-5, 8);
    double r = ai_float_round_ndigits(x, nd);
    printf("round");
    put_double_bits(x);
    printf("\t%lld", (long long)nd);
    put_result(ai_exc_pending() ? 0 : ai_str_of_float(r));
    printf("round0");
    put_double_bits(x);
    ai_word ri = ai_float_round(x);
    put_result(ri ? ai_str_of_int(ri) : 0);
  }
}

static void gen_parse_cases(int n) {
  static const char *pieces[] = {"1", "0", "9", "_", ".", "e", "E", "+", "-", " ", "inf", "nan", "x", "12", "\t", "\xc2\xa0", "5", "00"};
  char buf[128];
  for (int i = 0; i < n; i++) {
    buf[0] = 0;
    int np = (int)rint_(1, 6);
    for (int k = 0; k < np; k++) strcat(buf, pieces[rint_(0, 17)]);
    ai_word s = ai_str_from_utf8(buf, (int64_t)strlen(buf));
    ai_word r = ai_int_from_str(s);
    printf("pint\t");
    put_hex_str(buf);
    put_result(r ? ai_str_of_int(r) : 0);
    double d = ai_float_from_str(s);
    printf("pfloat\t");
    put_hex_str(buf);
    put_result(ai_exc_pending() ? 0 : ai_str_of_float(d));
  }
}

int main(int argc, char **argv) {
  rng_state = argc > 1 ? strtoull(argv[1], NULL, 10) : 1;
  int scale = argc > 2 ? atoi(argv[2]) : 1;
  gen_int_cases(3000 * scale);
  gen_repr_cases(3000 * scale);
  gen_float_ops(1500 * scale);
  gen_int_float_cmp(500 * scale);
  gen_format_cases(4000 * scale);
  gen_str_cases(500 * scale);
  gen_round_cases(700 * scale);
  gen_parse_cases(700 * scale);
  ai_stdout_flush();
  return 0;
}
