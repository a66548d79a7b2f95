/*
 * obj/object.c — operations on dynamically typed words (ai_obj_*): dispatch
 * on the run-time types int / bool / float / str / None with CPython's
 * semantics and error wording.
 */
#include "obj/object.h"

#include "exc/exception.h"
#include "obj/bytes.h"
#include "obj/complex.h"
#include "obj/containers.h"
#include "obj/ext.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/singletons.h"
#include "obj/str.h"
#include "obj/userclass.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const binop_sym[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"};
static const char *const ibinop_sym[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="};
static AI_TLS bool in_place; /* the operator being reported is the augmented one */
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
  ai_raise_fmt(&ai_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
               in_place ? ibinop_sym[op] : binop_sym[op], ai_type_name(a), ai_type_name(b));
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
  case AI_POW:
    /* a negative number to a fractional power is complex (CPython's float_pow defers to complex) */
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) return ai_complex_binop(AI_POW, ai_box_float(x), ai_box_float(y));
    return box_or_fail(ai_float_pow(x, y));
  default: return 0;
  }
}

static ai_word seq_repeat(ai_word s, ai_word n, ai_word other) {
  ai_word ni;
  /* an instance with __index__: the int it stands for (CPython's sequence repeat calls nb_index) */
  if (kind_of(n, &ni) != K_INT && !ai_class_index_value(n, &ni)) {
    if (ai_exc_pending()) return 0;
    ai_raise_fmt(&ai_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ai_type_name(other));
    return 0;
  }
  if (ai_is_list(s)) return ai_list_repeat(s, ni);
  if (ai_is_tuple(s)) return ai_tuple_repeat(s, ni);
  return ai_str_repeat(s, ni);
}

/* the set operators of dict_keys / dict_items views (any iterable on the other side) */
static bool is_setlike_view(ai_word w) {
  return !ai_is_small(w) && (ai_obj(w)->type == &ai_type_dict_keys || ai_obj(w)->type == &ai_type_dict_items);
}

static ai_word view_to_set(ai_word v) {
  if (is_setlike_view(v) && ai_obj(v)->type == &ai_type_dict_keys)
    return ai_set_from_iterable(((AiDictView *)(intptr_t)v)->dict, &ai_type_set);
  return ai_set_from_iterable(v, &ai_type_set);
}

static ai_word view_binop(int op, ai_word a, ai_word b) {
  if (op == AI_AND) {
    /* _PyDictView_Intersect */
    if (!is_setlike_view(a)) {
      ai_word t = a;
      a = b;
      b = t;
    }
    int64_t la = ai_as_dict(((AiDictView *)(intptr_t)a)->dict)->used;
    if (ai_has_type(b, &ai_type_set) && la <= ai_as_set(b)->used) return ai_set_intersection(b, a);
    if (is_setlike_view(b) && ai_as_dict(((AiDictView *)(intptr_t)b)->dict)->used > la) {
      ai_word t = a;
      a = b;
      b = t;
    }
    AiSet *r = ai_set_alloc(&ai_type_set);
    if (!r) return 0;
    ai_word it = ai_obj_iter(b), k;
    if (!it) return 0;
    while (ai_iter_next(it, &k)) {
      int c = ai_obj_contains(a, k);
      if (c < 0) return 0;
      if (c && !ai_set_add_key(r, k)) return 0;
    }
    return ai_exc_pending() ? 0 : ai_w(r);
  }
  if (op == AI_OR || op == AI_XOR) {
    if (!is_setlike_view(a)) {
      ai_word t = a;
      a = b;
      b = t;
    }
    ai_word r = view_to_set(a);
    if (!r) return 0;
    bool ok = op == AI_OR ? ai_set_update(ai_as_set(r), b) : ai_set_symmetric_difference_update(r, b);
    return ok ? r : 0;
  }
  /* AI_SUB */
  ai_word r = view_to_set(a);
  if (!r) return 0;
  return ai_set_difference_update(r, b) ? r : 0;
}

/* a op b (a op= b while in_place) through the extension types' and classes' slots: AI_NOTIMPL when none handles it. */
static ai_word ext_binop(int op, ai_word a, ai_word b) {
  /* the methods this runs report their own operators as binary ones */
  bool augmented = in_place;
  in_place = false;
  ai_word r = ai_ext_binop(op, a, b, augmented);
  in_place = augmented;
  return r;
}

static ai_word container_binop(int op, ai_word a, ai_word b) {
  ai_word r = ext_binop(op, a, b);
  if (r != AI_NOTIMPL) return r;
  if (op == AI_ADD) {
    if (ai_is_list(a)) return ai_list_concat(a, b);
    if (ai_is_tuple(a)) return ai_tuple_concat(a, b);
  } else if (op == AI_MUL) {
    if (ai_is_list(a) || ai_is_tuple(a)) return seq_repeat(a, b, b);
    if (ai_is_list(b) || ai_is_tuple(b)) return seq_repeat(b, a, a);
  } else if (op == AI_OR || op == AI_AND || op == AI_SUB || op == AI_XOR) {
    if (ai_is_anyset(a) && ai_is_anyset(b)) {
      switch (op) {
      case AI_OR: return ai_set_union(a, b);
      case AI_AND: return ai_set_intersection(a, b);
      case AI_SUB: return ai_set_difference(a, b);
      default: return ai_set_symmetric_difference(a, b);
      }
    }
    if (op == AI_OR && ai_is_dict(a) && ai_is_dict(b)) {
      ai_word r = ai_dict_copy(a);
      return r && ai_dict_update_from(r, b, "|") ? r : 0;
    }
    if (is_setlike_view(a) || is_setlike_view(b)) {
      ai_word other = is_setlike_view(a) ? b : a;
      /* the other operand must be iterable */
      ai_word it = ai_obj_iter(other);
      if (!it) {
        ai_exc_clear();
        return unsupported(op, a, b);
      }
      return view_binop(op, a, b);
    }
  }
  return unsupported(op, a, b);
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
      if (kb == K_OTHER) {
        /* str + instance: the instance's __radd__ */
        ai_word r = ext_binop(op, a, b);
        if (r != AI_NOTIMPL || ai_exc_pending()) return r;
      }
      ai_raise_fmt(&ai_exc_TypeError, "can only concatenate str (not \"%s\") to str", ai_type_name(b));
      return 0;
    }
    if (op == AI_MUL && kb == K_OTHER) {
      /* str * instance: the instance's __rmul__ */
      ai_word r = ext_binop(op, a, b);
      if (r != AI_NOTIMPL || ai_exc_pending()) return r;
    }
    if (op == AI_MUL) return seq_repeat(a, b, b);
    if (op == AI_MOD) return ai_str_percent(a, b);
  }
  if (kb == K_STR && op == AI_MUL) {
    if (ka == K_OTHER) {
      ai_word r = ext_binop(op, a, b);
      if (r != AI_NOTIMPL || ai_exc_pending()) return r;
    }
    return seq_repeat(b, a, a);
  }
  if (ai_is_complex(a) || ai_is_complex(b)) {
    ai_word r = ai_complex_binop(op, a, b);
    if (r != AI_NOTIMPL) return r;
  }
  if (ka == K_OTHER || kb == K_OTHER) return container_binop(op, a, b);
  return unsupported(op, a, b);
}

/* a op= b: in place for lists (+= extends with any iterable, *= repeats),
 * sets (|= &= -= ^= with sets) and dicts (|= updates); otherwise a op b */
ai_word ai_obj_inplace_binop(int op, ai_word a, ai_word b) {
  if (!ai_is_small(a)) {
    const AiType *t = ai_obj(a)->type;
    if (t == &ai_type_list) {
      if (op == AI_ADD) return ai_list_extend_iter(a, b) ? a : 0;
      if (op == AI_MUL) {
        ai_word ni;
        if (kind_of(b, &ni) != K_INT && !ai_class_index_value(b, &ni)) {
          if (ai_exc_pending()) return 0;
          ai_raise_fmt(&ai_exc_TypeError, "can't multiply sequence by non-int of type '%s'", ai_type_name(b));
          return 0;
        }
        ai_word r = ai_list_repeat(a, ni);
        if (!r) return 0;
        *ai_as_list(a) = *ai_as_list(r);
        return a;
      }
    } else if (t == &ai_type_set && ai_is_anyset(b)) {
      bool ok = true;
      switch (op) {
      case AI_OR: ok = ai_set_update(ai_as_set(a), b); break;
      case AI_AND: ok = ai_set_intersection_update(a, b); break;
      case AI_SUB: ok = ai_set_difference_update(a, b); break;
      case AI_XOR: ok = ai_set_symmetric_difference_update(a, b); break;
      default: goto generic;
      }
      return ok ? a : 0;
    } else if (t == &ai_type_dict && op == AI_OR) {
      return ai_dict_update_from(a, b, "|=") ? a : 0;
    }
  }
generic:
  in_place = true;
  ai_word r = ai_obj_binop(op, a, b);
  in_place = false;
  return r;
}

/* a.name() for an instance of your class the compiler saw only as a word (its dunder's method entry:
 * checker.ts addDynamicEntries); *found false when it has none. */
static ai_word call_dunder(ai_word a, const char *name, bool *found) {
  *found = false;
  const AiExtSlots *x = ai_ext_of(a);
  if (!x || (!x->call_method && !x->methods)) return 0;
  ai_word n = ai_str_new_ascii(name, (int64_t)strlen(name));
  if (!n) {
    *found = true;
    return 0;
  }
  /* a runtime type's own dunder (Counter's __pos__), then your class's */
  ai_method_fn own = ai_ext_find_method(x, n);
  if (own) {
    *found = true;
    return own(a, 0, NULL, 0);
  }
  return x->call_method ? x->call_method(a, n, 0, NULL, 0, found) : 0;
}

static ai_word bad_unary(const char *sym, ai_word a) {
  bool found;
  ai_word r = call_dunder(a, sym[0] == '-' ? "__neg__" : sym[0] == '+' ? "__pos__" : "__invert__", &found);
  if (found) return r;
  ai_raise_fmt(&ai_exc_TypeError, "bad operand type for unary %s: '%s'", sym, ai_type_name(a));
  return 0;
}

ai_word ai_obj_neg(ai_word a) {
  ai_word i;
  switch (kind_of(a, &i)) {
  case K_INT: return ai_int_neg(i);
  case K_FLOAT: return ai_box_float(-ai_unbox_float(a));
  default: return ai_is_complex(a) ? ai_complex_neg(a) : bad_unary("-", a);
  }
}

ai_word ai_obj_pos(ai_word a) {
  ai_word i;
  switch (kind_of(a, &i)) {
  case K_INT: return i;
  case K_FLOAT: return a;
  default: return ai_is_complex(a) ? a : bad_unary("+", a);
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

/* An instance of a compiled class (its AiExtSlots carry the class's dunders). */
static bool is_class_instance(ai_word w) {
  const AiExtSlots *x = ai_ext_of(w);
  return x && x->user && x->richcmp;
}

int ai_obj_compare(int op, ai_word a, ai_word b) {
  /* two small ints (the common case: `receive() == -1`): tagged words order as their values */
  if (a & b & 1) return cmp_result(op, (a > b) - (a < b));
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
  if (ka == K_OTHER && kb == K_OTHER) {
    const AiType *ta = ai_obj(a)->type, *tb = ai_obj(b)->type;
    if ((ta == &ai_type_list && tb == &ai_type_list) || (ta == &ai_type_tuple && tb == &ai_type_tuple)) {
      int64_t na, nb;
      const ai_word *xa = ai_seq_items(a, &na), *xb = ai_seq_items(b, &nb);
      return ai_seq_compare(op, xa, na, xb, nb);
    }
    if (ai_is_anyset(a) && ai_is_anyset(b)) return ai_set_compare(op, a, b);
    if ((is_setlike_view(a) && (ai_is_anyset(b) || is_setlike_view(b))) || (is_setlike_view(b) && ai_is_anyset(a))) {
      ai_word x = ai_is_anyset(a) ? a : view_to_set(a), y = ai_is_anyset(b) ? b : view_to_set(b);
      if (!x || !y) return -1;
      return ai_set_compare(op, x, y);
    }
    if (op != AI_EQ && op != AI_NE) {
      int r = ai_ext_richcmp(op, a, b);
      if (r != 2) return r;
    } else if (is_class_instance(a) || is_class_instance(b)) {
      /* a compiled class's __eq__/__ne__ (or object's), the other's reflected one, then identity */
      int r = ai_ext_richcmp(op, a, b);
      if (r != 2) return r;
      return op == AI_EQ ? a == b : a != b;
    }
    if (op == AI_EQ || op == AI_NE) {
      int r = ai_obj_eq(a, b);
      if (r < 0) return -1;
      return op == AI_EQ ? r : !r;
    }
  }
  if (ai_is_complex(a) || ai_is_complex(b) || ka == K_OTHER || kb == K_OTHER) {
    /* complex numbers, and an instance against a number or a str: its comparison methods (userclass.c u_richcmp), as CPython */
    int r = ai_ext_richcmp(op, a, b);
    if (r != 2) return r;
  }
  if (op == AI_EQ) return a == b;
  if (op == AI_NE) return a != b;
  ai_raise_fmt(&ai_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op],
               ai_type_name(a), ai_type_name(b));
  return -1;
}

int ai_obj_eq(ai_word a, ai_word b) {
  if (a == b) return 1;
  ai_word ia = 0, ib = 0;
  enum kind ka = kind_of(a, &ia), kb = kind_of(b, &ib);
  if (ka != K_OTHER && kb != K_OTHER) return ai_obj_compare(AI_EQ, a, b);
  if (ka != K_OTHER || kb != K_OTHER) {
    /* a member of a str- or int-valued enum equals its value */
    ai_word other = ka == K_OTHER ? a : b;
    bool value_typed = !ai_is_small(other) && ai_class_value_type(ai_obj(other)->type);
    if (!ai_is_complex(a) && !ai_is_complex(b) && !value_typed && !is_class_instance(other)) return 0;
    int r = ai_ext_richcmp(AI_EQ, a, b);
    return r == 2 ? 0 : r;
  }
  const AiType *ta = ai_obj(a)->type, *tb = ai_obj(b)->type;
  if (ta == &ai_type_list || ta == &ai_type_tuple) {
    if (ta != tb) {
      /* a tuple against an instance: its reflected __eq__ (a namedtuple equals the tuple of its items) */
      if (!is_class_instance(b)) return 0;
      int r = ai_ext_richcmp(AI_EQ, a, b);
      return r == 2 ? 0 : r;
    }
    int64_t na, nb;
    const ai_word *xa = ai_seq_items(a, &na), *xb = ai_seq_items(b, &nb);
    return ai_seq_compare(AI_EQ, xa, na, xb, nb);
  }
  int r = ai_ext_richcmp(AI_EQ, a, b);
  if (r != 2) return r;
  if (ai_is_dict(a)) return ai_is_dict(b) ? ai_dict_eq(a, b) : 0;
  if (ai_is_anyset(a) || ai_is_anyset(b) || is_setlike_view(a) || is_setlike_view(b)) {
    bool sa = ai_is_anyset(a) || is_setlike_view(a), sb = ai_is_anyset(b) || is_setlike_view(b);
    if (!sa || !sb) return 0;
    return ai_obj_compare(AI_EQ, a, b);
  }
  if (ta == &ai_type_range) return tb == &ai_type_range ? ai_range_eq(a, b) : 0;
  if (ta == &ai_type_slice && tb == &ai_type_slice) {
    AiSlice *x = ai_as_slice(a), *y = ai_as_slice(b);
    return ai_seq_compare(AI_EQ, &x->start, 3, &y->start, 3);
  }
  return 0;
}

int ai_obj_truthy(ai_word a) {
  ai_word i;
  switch (kind_of(a, &i)) {
  case K_INT: return ai_int_is_true(i);
  case K_FLOAT: return ai_unbox_float(a) != 0.0;
  case K_STR: return ai_str_is_true(a);
  default: break;
  }
  if (a == AI_NONE_W) return 0;
  const AiType *t = ai_obj(a)->type;
  if (t == &ai_type_list) return ai_as_list(a)->len != 0;
  if (t == &ai_type_tuple) return ai_as_tuple(a)->len != 0;
  if (t == &ai_type_dict) return ai_as_dict(a)->used != 0;
  if (t == &ai_type_set || t == &ai_type_frozenset) return ai_as_set(a)->used != 0;
  if (t == &ai_type_range) return ai_as_range(a)->len != ai_small(0);
  if (ai_is_dict_view(a)) return ai_as_dict(((AiDictView *)(intptr_t)a)->dict)->used != 0;
  const AiExtSlots *x = ai_ext_slots(t);
  if (x && x->truth) return x->truth(a);
  if (x && x->len) {
    int64_t n = x->len(a);
    return n < 0 ? -1 : n != 0;
  }
  return 1;
}

static const char *const *function_reprs;
static int64_t function_reprs_count;

void ai_function_reprs_bind(const char *const *reprs, int64_t count) {
  function_reprs = reprs;
  function_reprs_count = count;
}

/* A function value's __name__ / __qualname__ read where its static type is lost (`p.func.__name__` of a partial):
 * from the compiler's table of reprs (see default_repr); 0 and *found false for other names and other values. */
ai_word ai_function_getattr(ai_word f, const char *name, bool *found) {
  *found = false;
  if (ai_is_small(f) || !function_reprs || strcmp(ai_obj(f)->type->name, "function")) return 0;
  bool qualname = !strcmp(name, "__qualname__");
  if (!qualname && strcmp(name, "__name__")) return 0;
  int64_t id = (int64_t)(((const uint64_t *)ai_obj(f))[2] & 0xffffffffu);
  const char *r = id >= 0 && id < function_reprs_count ? function_reprs[id] : NULL;
  if (!r || r[0] == 'o') return 0; /* a bound method: not named here */
  const char *shown = r + 1;
  /* __name__ is the last part of the qualified name (`outer.<locals>.inner`: inner); a built-in's is its name */
  if (!qualname && r[0] == 'f') {
    const char *dot = strrchr(shown, '.');
    if (dot) shown = dot + 1;
  }
  *found = true;
  return ai_str_from_utf8(shown, (int64_t)strlen(shown));
}

/* object.__repr__: <__main__.C object at 0x...> (the class's qualified name); a function value's as
 * CPython's: <function f at 0x...>, <built-in function len>, <class 'int'> (by its id: the compiler's table). */
static ai_word default_repr(ai_word a, const AiType *t) {
  char buf[512];
  int n;
  int64_t id = -1;
  if (function_reprs && !strcmp(t->name, "function")) id = (int64_t)(((const uint64_t *)ai_obj(a))[2] & 0xffffffffu);
  const char *r = id >= 0 && id < function_reprs_count ? function_reprs[id] : NULL;
  if (r && r[0] == 'o') r = NULL; /* a bound method: not named here */
  if (r && r[0] == 'b') n = snprintf(buf, sizeof buf, "<built-in function %s>", r + 1);
  else if (r && r[0] == 'c') n = snprintf(buf, sizeof buf, "<class '%s'>", r + 1);
  else if (r) n = snprintf(buf, sizeof buf, "<function %s at %p>", r + 1, (void *)ai_obj(a));
  else n = snprintf(buf, sizeof buf, "<%s object at %p>", ai_class_qualified_name(t), (void *)ai_obj(a));
  return ai_str_from_utf8(buf, n < (int)sizeof buf ? n : (int)sizeof buf - 1);
}

ai_word ai_obj_str(ai_word a) {
  if (ai_is_small(a)) return ai_str_of_int(a);
  const AiType *t = ai_obj(a)->type;
  if (t == &ai_type_str) return a;
  if (t == &ai_type_int) return ai_str_of_int(a);
  if (t == &ai_type_bool) return ai_str_of_bool(a == AI_TRUE_W);
  if (t == &ai_type_float) return ai_str_of_float(ai_unbox_float(a));
  if (t == &ai_type_none) return ai_str_new_ascii("None", 4);
  if (t == &ai_type_notimplemented) return ai_str_new_ascii("NotImplemented", 14);
  if (ai_type_is_subtype(t, &ai_exc_BaseException)) return ai_exc_str(a);
  if (t == &ai_type_list || t == &ai_type_tuple || t == &ai_type_dict || t == &ai_type_set ||
      t == &ai_type_frozenset || t == &ai_type_range || t == &ai_type_slice || ai_is_dict_view(a))
    return ai_obj_repr(a);
  const AiExtSlots *x = ai_ext_slots(t);
  if (x && x->str) return x->str(a);
  if (x && x->repr) return x->repr(a);
  return default_repr(a, t);
}

ai_word ai_obj_repr(ai_word a) {
  if (ai_is_small(a)) return ai_str_of_int(a);
  const AiType *t = ai_obj(a)->type;
  if (t == &ai_type_str) return ai_repr_str(a);
  if (t == &ai_type_list) return ai_list_repr(a);
  if (t == &ai_type_tuple) return ai_tuple_repr(a);
  if (t == &ai_type_dict) return ai_dict_repr(a);
  if (t == &ai_type_set || t == &ai_type_frozenset) return ai_set_repr(a);
  if (t == &ai_type_range) return ai_range_repr(a);
  if (t == &ai_type_slice) return ai_slice_repr(a);
  if (ai_is_dict_view(a)) return ai_dict_view_repr(a);
  const AiExtSlots *x = ai_ext_slots(t);
  if (x && x->repr) return x->repr(a);
  if (ai_type_is_subtype(t, &ai_exc_BaseException)) return ai_exc_repr(a);
  /* A class of the program without __repr__ has object's, even when it defines __str__ (repr never uses it). */
  if (x && x->user) return default_repr(a, t);
  return ai_obj_str(a);
}

/* ---- recursive repr guard ([...]) and depth limit */
static AI_TLS ai_word *repr_stack;
static AI_TLS int64_t repr_n, repr_cap;

int ai_repr_enter(ai_word o) {
  for (int64_t i = 0; i < repr_n; i++)
    if (repr_stack[i] == o) return 0;
  int d = ai_recursion_depth_get();
  if (d >= AI_RECURSION_LIMIT) {
    ai_raise(&ai_exc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    return -1;
  }
  if (repr_n == repr_cap) {
    int64_t nc = repr_cap ? repr_cap * 2 : 32;
    ai_word *ns = realloc(repr_stack, (size_t)nc * sizeof(ai_word));
    if (!ns) {
      ai_raise(&ai_exc_MemoryError, NULL);
      return -1;
    }
    repr_stack = ns;
    repr_cap = nc;
  }
  repr_stack[repr_n++] = o;
  ai_recursion_depth_set(d + 1);
  return 1;
}

bool ai_repr_in_progress(void) { return repr_n > 0; }

void ai_repr_leave(ai_word o) {
  (void)o;
  repr_n--;
  ai_recursion_depth_set(ai_recursion_depth_get() - 1);
}

ai_word ai_ascii(ai_word o) {
  ai_word r = ai_obj_repr(o);
  return r ? ai_str_ascii_escape(r) : 0;
}

ai_word ai_str_ascii_escape(ai_word r) {
  if (ai_as_str(r)->ascii) return r;
  AiStr *s = ai_as_str(r);
  ai_sbuf b = {0};
  const char *p = s->data, *e = s->data + s->nbytes;
  char tmp[16];
  while (p < e) {
    uint32_t c;
    const char *nx = ai_utf8_decode(p, &c);
    if (c < 128) ai_sbuf_putc(&b, (char)c);
    else if (c <= 0xff) ai_sbuf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\x%02x", c));
    else if (c <= 0xffff) ai_sbuf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\u%04x", c));
    else ai_sbuf_put(&b, tmp, (size_t)snprintf(tmp, sizeof tmp, "\\U%08x", c));
    p = nx;
  }
  return ai_sbuf_to_str(&b);
}

ai_word ai_obj_format(ai_word a, ai_word spec) {
  if (ai_is_small(a)) return ai_format_int(a, spec);
  const AiType *t = ai_obj(a)->type;
  const AiExtSlots *x = ai_ext_of(a);
  if (x && x->user && ((const AiClassDunders *)x->user)->format) {
    ai_word r = ((const AiClassDunders *)x->user)->format(a, spec);
    if (r && (ai_is_small(r) || ai_obj(r)->type != &ai_type_str)) {
      ai_raise_fmt(&ai_exc_TypeError, "__format__ must return a str, not %s", ai_type_name(r));
      return 0;
    }
    return r;
  }
  if (t == &ai_type_int) return ai_format_int(a, spec);
  if (t == &ai_type_bool) return ai_format_bool(a == AI_TRUE_W, spec);
  if (t == &ai_type_float) return ai_format_float(ai_unbox_float(a), spec);
  if (t == &ai_type_str) return ai_format_str(a, spec);
  if (t == &ai_type_complex) return ai_format_complex(ai_as_complex(a)->real, ai_as_complex(a)->imag, spec);
  if (ai_as_str(spec)->nbytes == 0) return ai_obj_str(a);
  ai_raise_fmt(&ai_exc_TypeError, "unsupported format string passed to %s.__format__", t->name);
  return 0;
}

int64_t ai_obj_len(ai_word a) {
  if (!ai_is_small(a)) {
    const AiType *t = ai_obj(a)->type;
    if (t == &ai_type_str) return ai_str_len(a);
    if (t == &ai_type_list) return ai_as_list(a)->len;
    if (t == &ai_type_tuple) return ai_as_tuple(a)->len;
    if (t == &ai_type_dict) return ai_as_dict(a)->used;
    if (t == &ai_type_set || t == &ai_type_frozenset) return ai_as_set(a)->used;
    if (ai_is_dict_view(a)) return ai_as_dict(((AiDictView *)(intptr_t)a)->dict)->used;
    if (t == &ai_type_range) {
      bool ovf;
      int64_t n = ai_range_length_i64(ai_as_range(a), &ovf);
      if (!ovf) return n;
      ai_raise(&ai_exc_OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    const AiExtSlots *x = ai_ext_slots(t);
    if (x && x->len) return x->len(a);
  }
  ai_raise_fmt(&ai_exc_TypeError, "object of type '%s' has no len()", ai_type_name(a));
  return -1;
}

ai_word ai_obj_int(ai_word a) {
  ai_word as_int;
  switch (kind_of(a, &as_int)) {
  case K_INT: return as_int;
  case K_FLOAT: return ai_int_from_float(ai_unbox_float(a));
  case K_STR: return ai_int_from_str(a);
  default: {
    /* int(b'12'): bytes read as base-10 ASCII text */
    if (ai_is_byteslike(a)) return ai_int_from_str_base(a, ai_small(10));
    bool found;
    ai_word r = call_dunder(a, "__int__", &found);
    if (found) return r;
    ai_raise_fmt(&ai_exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 ai_type_name(a));
    return 0;
  }
  }
}

double ai_obj_float(ai_word a) {
  ai_word as_int;
  switch (kind_of(a, &as_int)) {
  case K_INT: return ai_int_to_float(as_int);
  case K_FLOAT: return ai_unbox_float(a);
  case K_STR: return ai_float_from_str(a);
  default: {
    bool found;
    ai_word r = call_dunder(a, "__float__", &found);
    if (found) return r && ai_is_float(r) ? ai_unbox_float(r) : (r ? ai_obj_float(r) : 0.0);
    ai_raise_fmt(&ai_exc_TypeError, "float() argument must be a string or a real number, not '%s'", ai_type_name(a));
    return 0.0;
  }
  }
}

ai_word ai_obj_abs(ai_word a) {
  ai_word as_int;
  switch (kind_of(a, &as_int)) {
  case K_INT: return ai_int_abs(as_int);
  case K_FLOAT: return ai_box_float(fabs(ai_unbox_float(a)));
  default: {
    if (ai_is_complex(a)) return ai_complex_abs(a);
    bool found;
    ai_word r = call_dunder(a, "__abs__", &found);
    if (found) return r;
    ai_raise_fmt(&ai_exc_TypeError, "bad operand type for abs(): '%s'", ai_type_name(a));
    return 0;
  }
  }
}
