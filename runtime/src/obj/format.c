/*
 * obj/format.c — format(value, spec): the format-spec mini-language, after
 * CPython's Python/formatter_unicode.c (parse_internal_render_format_spec,
 * calc_number_widths, fill_number, _PyUnicode_InsertThousandsGrouping).
 * The 'n' type uses the C locale (no grouping), as CPython does by default.
 */
#include "obj/format.h"

#include "exc/exception.h"
#include "obj/complex.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/str.h"

#include <math.h>
#include <stdlib.h>

typedef struct {
  uint32_t fill;
  uint32_t align;
  uint32_t sign;
  bool no_neg_0;
  bool alternate;
  int64_t width;     /* -1: not given */
  int64_t precision; /* -1: not given */
  char thousands;    /* 0, ',' or '_' */
  int group;         /* 3, or 4 for '_' with b/o/x/X */
  uint32_t type;
} spec_t;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static bool is_sign(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

static bool get_integer(const uint32_t *s, int64_t *pos, int64_t end, int64_t *out, int64_t *consumed) {
  int64_t acc = 0, n = 0;
  while (*pos < end && s[*pos] >= '0' && s[*pos] <= '9') {
    int64_t d = s[*pos] - '0';
    if (acc > (INT64_MAX - d) / 10) {
      ai_raise(&ai_exc_ValueError, "Too many decimal digits in format string");
      return false;
    }
    acc = acc * 10 + d;
    (*pos)++;
    n++;
  }
  *out = acc;
  *consumed = n;
  return true;
}

static bool parse_spec(ai_word specw, spec_t *f, char default_type, char default_align, const char *tname) {
  AiStr *ss = ai_as_str(specw);
  uint32_t small[64];
  uint32_t *s = ss->length <= 64 ? small : malloc((size_t)ss->length * sizeof(uint32_t));
  if (!s) {
    ai_raise(&ai_exc_MemoryError, NULL);
    return false;
  }
  const char *p = ss->data;
  for (int64_t i = 0; i < ss->length; i++) p = ai_utf8_decode(p, &s[i]);
  int64_t pos = 0, end = ss->length;
  bool ok = false, align_specified = false, fill_specified = false;
  f->fill = ' ';
  f->align = (uint32_t)default_align;
  f->sign = 0;
  f->no_neg_0 = false;
  f->alternate = false;
  f->width = -1;
  f->precision = -1;
  f->thousands = 0;
  f->group = 3;
  f->type = (uint32_t)default_type;
  int64_t consumed;

  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f->align = s[pos + 1];
    f->fill = s[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f->align = s[pos];
    align_specified = true;
    pos++;
  }
  if (end - pos >= 1 && is_sign(s[pos])) f->sign = s[pos++];
  if (end - pos >= 1 && s[pos] == 'z') {
    f->no_neg_0 = true;
    pos++;
  }
  if (end - pos >= 1 && s[pos] == '#') {
    f->alternate = true;
    pos++;
  }
  if (!fill_specified && end - pos >= 1 && s[pos] == '0') {
    f->fill = '0';
    if (!align_specified && default_align == '>') f->align = '=';
    pos++;
  }
  if (!get_integer(s, &pos, end, &f->width, &consumed)) goto done;
  if (consumed == 0) f->width = -1;
  if (f->width > ((int64_t)1 << 40)) { /* CPython cannot allocate the result either */
    ai_raise(&ai_exc_MemoryError, NULL);
    goto done;
  }
  if (end - pos && s[pos] == ',') {
    f->thousands = ',';
    pos++;
  }
  if (end - pos && s[pos] == '_') {
    if (f->thousands) {
      ai_raise(&ai_exc_ValueError, "Cannot specify both ',' and '_'.");
      goto done;
    }
    f->thousands = '_';
    pos++;
  }
  if (end - pos && s[pos] == ',' && f->thousands == '_') {
    ai_raise(&ai_exc_ValueError, "Cannot specify both ',' and '_'.");
    goto done;
  }
  if (end - pos && s[pos] == '.') {
    pos++;
    if (!get_integer(s, &pos, end, &f->precision, &consumed)) goto done;
    if (consumed == 0) {
      ai_raise(&ai_exc_ValueError, "Format specifier missing precision");
      goto done;
    }
  }
  if (end - pos > 1) {
    ai_raise_fmt(&ai_exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", ss->data, tname);
    goto done;
  }
  if (end - pos == 1) f->type = s[pos++];
  if (f->thousands) {
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
      break;
    case 'b': case 'o': case 'x': case 'X':
      if (f->thousands == '_') {
        f->group = 4;
        break;
      }
      /* fallthrough */
    default:
      if (f->type > 32 && f->type < 128)
        ai_raise_fmt(&ai_exc_ValueError, "Cannot specify '%c' with '%c'.", f->thousands, (char)f->type);
      else
        ai_raise_fmt(&ai_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", f->thousands, (unsigned)f->type);
      goto done;
    }
  }
  ok = true;
done:
  if (s != small) free(s);
  return ok;
}

static ai_word unknown_type(uint32_t t, const char *tname) {
  if (t > 32 && t < 128)
    ai_raise_fmt(&ai_exc_ValueError, "Unknown format code '%c' for object of type '%s'", (char)t, tname);
  else
    ai_raise_fmt(&ai_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)t, tname);
  return 0;
}

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

/* _PyUnicode_InsertThousandsGrouping, writing into *out (malloc'd). */
static int64_t group_digits(const char *digits, int64_t n, int64_t min_width, int group, char sep, char **out) {
  min_width = max64(0, min_width);
  int64_t cap = n + min_width + (n + min_width) / (group > 0 ? group : 1) + 8;
  char *rev = malloc((size_t)cap);
  if (!rev) return -1;
  int64_t k = 0, remaining = n;
  const char *dp = digits + n;
  bool use_sep = false, broken = false;
  if (sep) {
    for (;;) {
      int64_t len = min64(group, max64(max64(remaining, min_width), 1));
      int64_t nz = max64(0, len - remaining), nc = max64(0, min64(remaining, len));
      if (use_sep) rev[k++] = sep;
      for (int64_t i = 0; i < nc; i++) rev[k++] = *--dp;
      for (int64_t i = 0; i < nz; i++) rev[k++] = '0';
      use_sep = true;
      remaining -= nc;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!broken) {
    int64_t len = max64(max64(remaining, min_width), 1);
    int64_t nz = max64(0, len - remaining), nc = max64(0, min64(remaining, len));
    if (use_sep) rev[k++] = sep;
    for (int64_t i = 0; i < nc; i++) rev[k++] = *--dp;
    for (int64_t i = 0; i < nz; i++) rev[k++] = '0';
  }
  for (int64_t i = 0; i < k / 2; i++) {
    char t = rev[i];
    rev[i] = rev[k - 1 - i];
    rev[k - 1 - i] = t;
  }
  *out = rev;
  return k;
}

/* calc_number_widths + fill_number. `digits` are ASCII; `rem` (after the
 * decimal point, or the 'c' character) is UTF-8 with rem_cps code points. */
static ai_word fill_number(const spec_t *f, char sign_char, const char *prefix, int64_t nprefix, const char *digits,
                           int64_t ndigits, bool has_decimal, const char *rem, int64_t rem_bytes, int64_t rem_cps,
                           bool upper) {
  char sign = 0;
  if (f->sign == '+') sign = sign_char == '-' ? '-' : '+';
  else if (f->sign == ' ') sign = sign_char == '-' ? '-' : ' ';
  else if (sign_char == '-') sign = '-';
  int64_t n_sign = sign ? 1 : 0;
  int64_t non_digit = n_sign + nprefix + (has_decimal ? 1 : 0) + rem_cps;
  int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - non_digit : 0;
  char *grouped = NULL;
  int64_t ngrouped = 0;
  if (ndigits > 0) {
    ngrouped = group_digits(digits, ndigits, min_width, f->group, f->thousands, &grouped);
    if (ngrouped < 0) {
      ai_raise(&ai_exc_MemoryError, NULL);
      return 0;
    }
  }
  int64_t lpad = 0, spad = 0, rpad = 0;
  int64_t padding = f->width - (non_digit + ngrouped);
  if (padding > 0) {
    switch (f->align) {
    case '<': rpad = padding; break;
    case '^': lpad = padding / 2; rpad = padding - lpad; break;
    case '=': spad = padding; break;
    default: lpad = padding; break;
    }
  }
  ai_sbuf b = {0};
  ai_sbuf_fill(&b, f->fill, lpad);
  if (sign) ai_sbuf_putc(&b, sign);
  for (int64_t i = 0; i < nprefix; i++) ai_sbuf_putc(&b, upper && prefix[i] >= 'a' && prefix[i] <= 'z' ? (char)(prefix[i] - 32) : prefix[i]);
  ai_sbuf_fill(&b, f->fill, spad);
  for (int64_t i = 0; i < ngrouped; i++) ai_sbuf_putc(&b, upper && grouped[i] >= 'a' && grouped[i] <= 'z' ? (char)(grouped[i] - 32) : grouped[i]);
  free(grouped);
  if (has_decimal) ai_sbuf_putc(&b, '.');
  ai_sbuf_put(&b, rem, (size_t)rem_bytes);
  ai_sbuf_fill(&b, f->fill, rpad);
  return ai_sbuf_to_str(&b);
}

static ai_word format_float_internal(double val, const spec_t *fmt) {
  spec_t f = *fmt;
  uint32_t type = f.type;
  int default_precision = 6, flags = 0;
  bool add_pct = false;
  if (f.precision > 2147483647) {
    ai_raise(&ai_exc_ValueError, "precision too big");
    return 0;
  }
  int precision = (int)f.precision;
  if (f.alternate) flags |= AI_DTSF_ALT;
  if (f.no_neg_0) flags |= AI_DTSF_NO_NEG_0;
  if (type == 0) {
    flags |= AI_DTSF_ADD_DOT_0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  char *buf = ai_double_to_string(val, (char)type, precision, flags);
  if (!buf) return 0;
  size_t n = strlen(buf);
  if (add_pct) {
    char *nb = realloc(buf, n + 2);
    if (!nb) {
      free(buf);
      ai_raise(&ai_exc_MemoryError, NULL);
      return 0;
    }
    buf = nb;
    buf[n++] = '%';
    buf[n] = 0;
  }
  const char *p = buf;
  char sign_char = 0;
  if (*p == '-') {
    sign_char = '-';
    p++;
  }
  const char *d = p;
  while (*p >= '0' && *p <= '9') p++;
  int64_t ndig = p - d;
  bool has_decimal = *p == '.';
  if (has_decimal) p++;
  const char *rem = p;
  int64_t nrem = (int64_t)(buf + n - p);
  spec_t g = f;
  if (f.type == 'n') g.thousands = 0;
  ai_word r = fill_number(&g, sign_char, "", 0, d, ndig, has_decimal, rem, nrem, nrem, false);
  free(buf);
  return r;
}

static ai_word format_long_internal(ai_word v, const spec_t *f) {
  if (f->precision != -1) {
    ai_raise(&ai_exc_ValueError, "Precision not allowed in integer format specifier");
    return 0;
  }
  if (f->no_neg_0) {
    ai_raise(&ai_exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    return 0;
  }
  if (f->type == 'c') {
    if (f->sign) {
      ai_raise(&ai_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
      return 0;
    }
    if (f->alternate) {
      ai_raise(&ai_exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
      return 0;
    }
    int64_t x;
    if (!ai_int_to_i64(v, &x)) {
      ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C long");
      return 0;
    }
    if (x < 0 || x > 0x10ffff) {
      ai_raise(&ai_exc_OverflowError, "%c arg not in range(0x110000)");
      return 0;
    }
    char ch[4];
    int nb = ai_utf8_encode((uint32_t)x, ch);
    spec_t g = *f;
    g.thousands = 0;
    return fill_number(&g, 0, "", 0, "", 0, false, ch, nb, 1, false);
  }
  int base = 10;
  const char *prefix = "";
  switch (f->type) {
  case 'b': base = 2; prefix = "0b"; break;
  case 'o': base = 8; prefix = "0o"; break;
  case 'x': case 'X': base = 16; prefix = "0x"; break;
  default: base = 10; break;
  }
  size_t len;
  char *s = ai_int_to_base(v, base, &len);
  if (!s) return 0;
  char sign_char = 0;
  const char *d = s;
  if (*d == '-') {
    sign_char = '-';
    d++;
  }
  spec_t g = *f;
  if (f->type == 'n') g.thousands = 0;
  ai_word r = fill_number(&g, sign_char, prefix, f->alternate ? (int64_t)strlen(prefix) : 0, d,
                          (int64_t)(s + len - d), false, "", 0, 0, f->type == 'X');
  free(s);
  return r;
}

static ai_word format_int_like(ai_word v, ai_word spec, const char *tname) {
  spec_t f;
  if (!parse_spec(spec, &f, 'd', '>', tname)) return 0;
  switch (f.type) {
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
    return format_long_internal(v, &f);
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
    double d = ai_int_to_float(v);
    if (ai_exc_pending()) return 0;
    return format_float_internal(d, &f);
  }
  default:
    return unknown_type(f.type, tname);
  }
}

ai_word ai_format_int(ai_word v, ai_word spec) {
  if (ai_as_str(spec)->nbytes == 0) return ai_str_of_int(v);
  return format_int_like(v, spec, "int");
}

ai_word ai_format_bool(bool v, ai_word spec) {
  if (ai_as_str(spec)->nbytes == 0) return ai_str_of_bool(v);
  return format_int_like(ai_small(v ? 1 : 0), spec, "bool");
}

ai_word ai_format_float(double v, ai_word spec) {
  if (ai_as_str(spec)->nbytes == 0) return ai_str_of_float(v);
  spec_t f;
  if (!parse_spec(spec, &f, 0, '>', "float")) return 0;
  switch (f.type) {
  case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
    return format_float_internal(v, &f);
  default:
    return unknown_type(f.type, "float");
  }
}

ai_word ai_format_str(ai_word v, ai_word spec) {
  if (ai_as_str(spec)->nbytes == 0) return v;
  spec_t f;
  if (!parse_spec(spec, &f, 's', '<', "str")) return 0;
  if (f.type != 's') return unknown_type(f.type, "str");
  if (f.sign) {
    ai_raise(&ai_exc_ValueError,
             f.sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
    return 0;
  }
  if (f.no_neg_0) {
    ai_raise(&ai_exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    return 0;
  }
  if (f.alternate) {
    ai_raise(&ai_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    return 0;
  }
  if (f.align == '=') {
    ai_raise(&ai_exc_ValueError, "'=' alignment not allowed in string format specifier");
    return 0;
  }
  AiStr *s = ai_as_str(v);
  int64_t len = s->length;
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return v;
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  ai_sbuf b = {0};
  ai_sbuf_fill(&b, f.fill, lpad);
  ai_sbuf_put(&b, s->data, (size_t)ai_utf8_prefix_bytes(s->data, s->nbytes, len));
  ai_sbuf_fill(&b, f.fill, rpad);
  return ai_sbuf_to_str(&b);
}

/* CPython's format_complex_internal: each part formatted as a float without
 * padding (the imaginary part always signed unless the real part is left
 * out), then "re" "im" "j", in parentheses when no type is given, padded as a
 * whole. */
ai_word ai_format_complex(double re, double im, ai_word spec) {
  spec_t f;
  if (!parse_spec(spec, &f, 0, '>', "complex")) return 0;
  switch (f.type) {
  case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
  default: return unknown_type(f.type, "complex");
  }
  if (f.fill == '0') {
    ai_raise(&ai_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    return 0;
  }
  if (f.align == '=') {
    ai_raise(&ai_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    return 0;
  }
  if (f.precision > 2147483647) {
    ai_raise(&ai_exc_ValueError, "precision too big");
    return 0;
  }
  uint32_t type = f.type;
  int precision = (int)f.precision, default_precision = 6, flags = 0;
  bool skip_re = false, add_parens = false;
  if (f.alternate) flags |= AI_DTSF_ALT;
  if (f.no_neg_0) flags |= AI_DTSF_NO_NEG_0;
  if (type == 0) {
    /* like str(z) */
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && copysign(1.0, re) == 1.0) skip_re = true;
    else add_parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  spec_t part = f;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  if (f.type == 'n') part.thousands = 0;
  ai_word strs[2] = {0, 0};
  double vals[2] = {re, im};
  for (int i = skip_re ? 1 : 0; i < 2; i++) {
    char *buf = ai_double_to_string(vals[i], (char)type, precision, flags);
    if (!buf) return 0;
    const char *p = buf;
    char sign_char = 0;
    if (*p == '-') {
      sign_char = '-';
      p++;
    }
    const char *d = p;
    while (*p >= '0' && *p <= '9') p++;
    bool has_decimal = *p == '.';
    if (has_decimal) p++;
    if (i == 1 && !skip_re) part.sign = '+';
    strs[i] = fill_number(&part, sign_char, "", 0, d, (int64_t)(p - d - (has_decimal ? 1 : 0)), has_decimal, p, (int64_t)strlen(p),
                          (int64_t)strlen(p), false);
    free(buf);
    if (!strs[i]) return 0;
  }
  int64_t len = (skip_re ? 0 : ai_as_str(strs[0])->length) + ai_as_str(strs[1])->length + 1 + (add_parens ? 2 : 0);
  int64_t lpad = 0, rpad = 0;
  if (f.width > len) {
    int64_t padding = f.width - len;
    if (f.align == '<') rpad = padding;
    else if (f.align == '^') {
      lpad = padding / 2;
      rpad = padding - lpad;
    } else lpad = padding;
  }
  ai_sbuf b = {0};
  ai_sbuf_fill(&b, f.fill, lpad);
  if (add_parens) ai_sbuf_putc(&b, '(');
  if (!skip_re) ai_sbuf_put(&b, ai_as_str(strs[0])->data, (size_t)ai_as_str(strs[0])->nbytes);
  ai_sbuf_put(&b, ai_as_str(strs[1])->data, (size_t)ai_as_str(strs[1])->nbytes);
  ai_sbuf_putc(&b, 'j');
  if (add_parens) ai_sbuf_putc(&b, ')');
  ai_sbuf_fill(&b, f.fill, rpad);
  return ai_sbuf_to_str(&b);
}
