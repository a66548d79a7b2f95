/*
 * obj/complex.h — the complex type: two doubles, immutable. An extension type
 * (obj/ext.h) the compiler treats as a dynamic value: arithmetic, ==, hash,
 * repr, truth, .real/.imag/.conjugate() reach it through its AiExtSlots;
 * unary -/+, abs() and format() test for it in obj/object.c, as they do for
 * float. The arithmetic follows CPython 3.11's Objects/complexobject.c
 * operation for operation, so results agree bit for bit.
 */
#ifndef AI_OBJ_COMPLEX_H
#define AI_OBJ_COMPLEX_H

#include "obj/containers.h"

typedef struct AiComplex {
  AiObject ob;
  double real, imag;
} AiComplex;

typedef struct {
  double real, imag;
} ai_cval;

extern const AiType ai_type_complex;

static inline AiComplex *ai_as_complex(ai_word w) { return (AiComplex *)(intptr_t)w; }
static inline bool ai_is_complex(ai_word w) { return ai_has_type(w, &ai_type_complex); }

/* A new complex object (0 when allocation failed). */
ai_word ai_complex_new(double real, double imag);
ai_word ai_complex_box(ai_cval z);
/* An int, bool, float or complex as a complex value: 1, 0 when `w` is no
 * number (nothing raised), -1 raised (an int too large for a float). */
int ai_complex_value(ai_word w, ai_cval *out);

/* CPython's _Py_c_* helpers. c_quot: *zero_div set when b is 0. */
ai_cval ai_cval_prod(ai_cval a, ai_cval b);
ai_cval ai_cval_quot(ai_cval a, ai_cval b, bool *zero_div);
/* _Py_c_abs: *overflow set when the finite parts give an infinite result. */
double ai_cval_abs(ai_cval z, bool *overflow);

/* a op b with a or b complex (ai_obj_binop calls it directly, before the
 * extension-type lookup): AI_NOTIMPL for other operand types and operators. */
ai_word ai_complex_binop(int op, ai_word a, ai_word b);
ai_word ai_complex_neg(ai_word z);
ai_word ai_complex_abs(ai_word z);
/* format(z, spec) (format.c). */
ai_word ai_format_complex(double real, double imag, ai_word spec);

#endif
