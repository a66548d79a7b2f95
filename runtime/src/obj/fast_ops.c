/* obj/fast_ops.c — s[a:b] and l[a:b] without a slice object, l.pop(), ord(s[i]): the
 * direct entry points declared in aithon.h for statically typed strs and lists. */
#include "aithon.h"

#include "obj/containers.h"
#include "obj/object.h"
#include "obj/str.h"

#include <string.h>

/* Clamps the bounds as slice.indices() does for step 1; false when a bound
 * is neither a small int nor None (the caller takes the generic path). */
static bool bounds(ai_word lo, ai_word hi, int64_t length, int64_t *a, int64_t *b) {
  int64_t x = 0, y = length;
  if (lo != AI_NONE_W) {
    if (!ai_is_small(lo)) return false;
    x = ai_small_val(lo);
    if (x < 0) {
      x += length;
      if (x < 0) x = 0;
    } else if (x > length) x = length;
  }
  if (hi != AI_NONE_W) {
    if (!ai_is_small(hi)) return false;
    y = ai_small_val(hi);
    if (y < 0) {
      y += length;
      if (y < 0) y = 0;
    } else if (y > length) y = length;
  }
  *a = x;
  *b = y < x ? x : y;
  return true;
}

static ai_word generic(ai_word o, ai_word lo, ai_word hi) {
  ai_word sl = ai_slice_new(lo, hi, AI_NONE_W);
  return sl ? ai_obj_getitem(o, sl) : 0;
}

ai_word ai_str_slice(ai_word sw, ai_word lo, ai_word hi) {
  AiStr *s = ai_as_str(sw);
  int64_t a, b;
  if (!bounds(lo, hi, s->length, &a, &b)) return generic(sw, lo, hi);
  if (a == 0 && b == s->length) return sw; /* str is immutable: s[:] is s, as CPython */
  return ai_str_getslice(sw, a, b, 1, b - a);
}

ai_word ai_list_slice(ai_word lw, ai_word lo, ai_word hi) {
  AiList *l = ai_list_raw(lw); /* the items' bits are copied: a slice of unboxed floats is one too */
  int64_t a, b;
  if (!bounds(lo, hi, l->len, &a, &b)) return generic(lw, lo, hi);
  ai_word r = ai_list_new(b - a, b > a ? l->items + a : NULL);
  if (r && l->ob.gc == AI_LIST_FLOATS) ai_list_raw(r)->ob.gc = AI_LIST_FLOATS;
  return r;
}

ai_word ai_list_pop_last(ai_word lw) {
  AiList *l = ai_as_list(lw);
  if (__builtin_expect(l->len == 0, 0)) {
    ai_raise(&ai_exc_IndexError, "pop from empty list");
    return 0;
  }
  return l->items[--l->len];
}

ai_word ai_str_ord_at(ai_word sw, ai_word index) {
  AiStr *s = ai_as_str(sw);
  if (!ai_is_small(index)) { /* a big int: ai_str_get raises as CPython */
    ai_word c = ai_str_get(sw, index);
    return c ? ai_builtin_ord(c) : 0;
  }
  int64_t i = ai_small_val(index);
  if (i < 0) i += s->length;
  if (__builtin_expect(i < 0 || i >= s->length, 0)) {
    ai_raise(&ai_exc_IndexError, "string index out of range");
    return 0;
  }
  if (s->ascii) return ai_small((unsigned char)s->data[i]);
  uint32_t cp;
  ai_utf8_decode(s->data + ai_str_cp_offset(s, i), &cp);
  return ai_small((int64_t)cp);
}
