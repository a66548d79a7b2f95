/*
 * obj/object.c — operations on dynamically typed words (ai_obj_*): dispatch
 * on the run-time types int / bool / float / str / None with CPython's
 * semantics and error wording.
 */
#include "obj/object.h"

#include "exc/exception.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"

#include <math.h>

static const char *const binop_sym[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

enum kind { K_INT, K_FLOAT, K_STR, K_OTHER };

/* bool is an int subtype: it takes part in arithmetic as 0/1 */
static enum kind kind_of(ai_word w, ai_word *as_int) {
  if (ai_is_small(w)) {
    *as_int = w;
    return K_INT;
  }
  const AiType *t = ai_obj(w)->type;
  if (t == &ai_type_int) {
    *as_int = w;
    return K_INT;
  }
  if (t == &ai_type_bool) {
    *as_int = ai_small(w == AI_TRUE_W);
    return K_INT;
  }
  if (t == &ai_type_float) return K_FLOAT;
  if (t == &ai_type_str) return K_STR;
  return K_OTHER;
}

static ai_word unsupported(int op, ai_word a, ai_word b) {
  ai_raise_fmt(&ai_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", binop_sym[op],
               ai_type_name(a), ai_type_name(b));
  return 0;
}

static ai_word box_or_fail(double d) { return ai_exc_pending() ? 0 : ai_box_float(d); }

static ai_word int_binop(int op, ai_word x, ai_word y) {
  switch (op) {
  case AI_ADD: return ai_int_add(x, y);
  case AI_SUB: return ai_int_sub(x, y);
  case AI_MUL: return ai_int_mul(x, y);
  case AI_TRUEDIV: return box_or_fail(ai_int_truediv(x, y));
  case AI_FLOORDIV: return ai_int_floordiv(x, y);
  case AI_MOD: return ai_int_mod(x, y);
  case AI_POW: return ai_int_sign(y) < 0 ? box_or_fail(ai_int_pow_float(x, y)) : ai_int_pow(x, y);
  case AI_LSHIFT: return ai_int_lshift(x, y);
  case AI_RSHIFT: return ai_int_rshift(x, y);
  case AI_AND: return ai_int_and(x, y);
  case AI_OR: return ai_int_or(x, y);
  case AI_XOR: return ai_int_xor(x, y);
  default: return 0;
  }
}

static ai_word float_binop(int op, double x, double y) {
  switch (op) {
  case AI_ADD: return ai_box_float(x + y);
  case AI_SUB: return ai_box_float(x - y);
  case AI_MUL: return ai_box_float(x * y);
  case AI_TRUEDIV: return box_or_fail(ai_float_truediv(x, y));
  case AI_FLOORDIV: return box_or_fail(ai_float_floordiv(x, y));
  case AI_MOD: return box_or_fail(ai_float_mod(x, y));
  case AI_POW: return box_or_fail(ai_float_pow(x, y));
  default: return 0;
  }
}

static ai_word seq_repeat(ai_word s, ai_word n, ai_word other) {
  ai_word ni;
  if (kind_of(n, &ni) != K_INT) {
    ai_raise_fmt(&ai_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ai_type_name(other));
    return 0;
  }
  return ai_str_repeat(s, ni);
}

ai_word ai_obj_binop(int op, ai_word a, ai_word b) {
  ai_word ia = 0, ib = 0;
  enum kind ka = kind_of(a, &ia), kb = kind_of(b, &ib);
  if (ka == K_INT && kb == K_INT) {
    if ((op == AI_AND || op == AI_OR || op == AI_XOR) && ai_is_bool(a) && ai_is_bool(b)) {
      bool x = a == AI_TRUE_W, y = b == AI_TRUE_W;
      return ai_bool_word(op == AI_AND ? (x && y) : op == AI_OR ? (x || y) : (x != y));
    }
    return int_binop(op, ia, ib);
  }
  if ((ka == K_FLOAT || ka == K_INT) && (kb == K_FLOAT || kb == K_INT)) {
    if (op >= AI_LSHIFT) return unsupported(op, a, b);
    double x = ka == K_FLOAT ? ai_unbox_float(a) : ai_int_to_float(ia);
    if (ai_exc_pending()) return 0;
    double y = kb == K_FLOAT ? ai_unbox_float(b) : ai_int_to_float(ib);
    if (ai_exc_pending()) return 0;
    return float_binop(op, x, y);
  }
  if (ka == K_STR) {
    if (op == AI_ADD) {
      if (kb == K_STR) return ai_str_concat(a, b);
      ai_raise_fmt(&ai_exc_TypeError, "can only concatenate str (not \"%s\") to str", ai_type_name(b));
      return 0;
    }
    if (op == AI_MUL) return seq_repeat(a, b, b);
    if (op == AI_MOD) {
      ai_raise(&ai_exc_ValueError, "unsupported: str % formatting (printf-style) is not implemented");
      return 0;
    }
  }
  if (kb == K_STR && op == AI_MUL) return seq_repeat(b, a, a);
  return unsupported(op, a, b);
}

static ai_word bad_unary(const char *sym, ai_word a) {
  ai_raise_fmt(&ai_exc_TypeError, "bad operand type for unary %s: '%s'", sym, ai_type_name(a));
  return 0;
}

ai_word ai_obj_neg(ai_word a) {
  ai_word i;
  switch (kind_of(a, &i)) {
  case K_INT: return ai_int_neg(i);
  case K_FLOAT: return ai_box_float(-ai_unbox_float(a));
  default: return bad_unary("-", a);
  }
}

ai_word ai_obj_pos(ai_word a) {
  ai_word i;
  switch (kind_of(a, &i)) {
  case K_INT: return i;
  case K_FLOAT: return a;
  default: return bad_unary("+", a);
  }
}

ai_word ai_obj_invert(ai_word a) {
  ai_word i;
  if (kind_of(a, &i) == K_INT) return ai_int_invert(i);
  return bad_unary("~", a);
}

static int cmp_result(int op, int c) {
  switch (op) {
  case AI_LT: return c < 0;
  case AI_LE: return c <= 0;
  case AI_EQ: return c == 0;
  case AI_NE: return c != 0;
  case AI_GT: return c > 0;
  default: return c >= 0;
  }
}

int ai_obj_compare(int op, ai_word a, ai_word b) {
  ai_word ia = 0, ib = 0;
  enum kind ka = kind_of(a, &ia), kb = kind_of(b, &ib);
  if (ka == K_INT && kb == K_INT) return cmp_result(op, ai_int_cmp(ia, ib));
  if (ka == K_FLOAT && kb == K_FLOAT) {
    double x = ai_unbox_float(a), y = ai_unbox_float(b);
    if (x != x || y != y) return op == AI_NE;
    return cmp_result(op, (x > y) - (x < y));
  }
  if (ka == K_INT && kb == K_FLOAT) {
    int c = ai_int_float_cmp(ia, ai_unbox_float(b));
    return c == 2 ? op == AI_NE : cmp_result(op, c);
  }
  if (ka == K_FLOAT && kb == K_INT) {
    int c = ai_int_float_cmp(ib, ai_unbox_float(a));
    return c == 2 ? op == AI_NE : cmp_result(op, -c);
  }
  if (ka == K_STR && kb == K_STR) return cmp_result(op, ai_str_cmp(a, b));
  if (op == AI_EQ) return a == b;
  if (op == AI_NE) return a != b;
  ai_raise_fmt(&ai_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op],
               ai_type_name(a), ai_type_name(b));
  return -1;
}

int ai_obj_truthy(ai_word a) {
  ai_word i;
  switch (kind_of(a, &i)) {
  case K_INT: return ai_int_is_true(i);
  case K_FLOAT: return ai_unbox_float(a) != 0.0;
  case K_STR: return ai_str_is_true(a);
  default: return a != AI_NONE_W;
  }
}

ai_word ai_obj_str(ai_word a) {
  if (ai_is_small(a)) return ai_str_of_int(a);
  const AiType *t = ai_obj(a)->type;
  if (t == &ai_type_str) return a;
  if (t == &ai_type_int) return ai_str_of_int(a);
  if (t == &ai_type_bool) return ai_str_of_bool(a == AI_TRUE_W);
  if (t == &ai_type_float) return ai_str_of_float(ai_unbox_float(a));
  if (t == &ai_type_none) return ai_str_new_ascii("None", 4);
  char buf[96];
  int n = snprintf(buf, sizeof buf, "<%s object at %p>", t->name, (void *)ai_obj(a));
  return ai_str_from_utf8(buf, n);
}

ai_word ai_obj_repr(ai_word a) {
  if (ai_is_str(a)) return ai_repr_str(a);
  return ai_obj_str(a);
}

ai_word ai_obj_format(ai_word a, ai_word spec) {
  if (ai_is_small(a)) return ai_format_int(a, spec);
  const AiType *t = ai_obj(a)->type;
  if (t == &ai_type_int) return ai_format_int(a, spec);
  if (t == &ai_type_bool) return ai_format_bool(a == AI_TRUE_W, spec);
  if (t == &ai_type_float) return ai_format_float(ai_unbox_float(a), spec);
  if (t == &ai_type_str) return ai_format_str(a, spec);
  if (ai_as_str(spec)->nbytes == 0) return ai_obj_str(a);
  ai_raise_fmt(&ai_exc_TypeError, "unsupported format string passed to %s.__format__", t->name);
  return 0;
}

int64_t ai_obj_len(ai_word a) {
  if (ai_is_str(a)) return ai_str_len(a);
  ai_raise_fmt(&ai_exc_TypeError, "object of type '%s' has no len()", ai_type_name(a));
  return -1;
}

ai_word ai_obj_int(ai_word a) {
  ai_word as_int;
  switch (kind_of(a, &as_int)) {
  case K_INT: return as_int;
  case K_FLOAT: return ai_int_from_float(ai_unbox_float(a));
  case K_STR: return ai_int_from_str(a);
  default:
    ai_raise_fmt(&ai_exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 ai_type_name(a));
    return 0;
  }
}

double ai_obj_float(ai_word a) {
  ai_word as_int;
  switch (kind_of(a, &as_int)) {
  case K_INT: return ai_int_to_float(as_int);
  case K_FLOAT: return ai_unbox_float(a);
  case K_STR: return ai_float_from_str(a);
  default:
    ai_raise_fmt(&ai_exc_TypeError, "float() argument must be a string or a real number, not '%s'", ai_type_name(a));
    return 0.0;
  }
}

ai_word ai_obj_abs(ai_word a) {
  ai_word as_int;
  switch (kind_of(a, &as_int)) {
  case K_INT: return ai_int_abs(as_int);
  case K_FLOAT: return ai_box_float(fabs(ai_unbox_float(a)));
  default:
    ai_raise_fmt(&ai_exc_TypeError, "bad operand type for abs(): '%s'", ai_type_name(a));
    return 0;
  }
}
