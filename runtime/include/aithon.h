/*
 * aithon.h — the ABI between code emitted by the AIthon compiler and the runtime.
 *
 * Every symbol the compiler's LLVM emitter references is declared here, and
 * nowhere else. The emitter mirrors these prototypes in compiler/src/runtime-abi.ts;
 * change both together.
 *
 * Value representation (how a Python value travels in emitted code):
 *   - `ai_word` (i64) is the universal representation. If (w & 1) the word is a
 *     small int with value (w >> 1) (63-bit, arithmetic shift). Otherwise it is a
 *     non-NULL pointer to an AiObject (big int, float box, str, bool, None, ...).
 *     The word 0 is never a valid value: functions returning ai_word return 0
 *     when they raised (and the exception is pending, see ai_exc_pending()).
 *   - Statically typed code uses unboxed forms: `int` is an ai_word known to be an
 *     int (small or big), `float` is a C double, `bool` is a C bool, `str` is an
 *     ai_word pointing at an AiStr, `None` is the word of ai_None.
 *
 * Errors: a runtime function that can raise sets the pending exception and
 * returns 0 (ai_word), NaN-irrelevant (double: check ai_exc_pending()), or
 * false/-1 as documented per function. Emitted code checks after each call.
 *
 * Memory: every Python object is allocated through ai_alloc(), which takes it
 * from the current actor's heap (one heap per green thread; the main program is
 * the first actor). Nothing in emitted code mallocs Python objects globally.
 */
#ifndef AITHON_H
#define AITHON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int64_t ai_word;

typedef struct AiType AiType;

/* Header of every heap object. `gc` is reserved for the collector. */
typedef struct AiObject {
  const AiType *type;
  uint64_t gc;
} AiObject;

/* Immutable str. `length` is in code points, `nbytes` the UTF-8 size; `data` is
 * NUL-terminated. `hash` is -1 until computed. String literals are emitted by
 * the compiler as constant AiStr objects with exactly this layout:
 *   { ptr @ai_type_str, i64 0, i64 length, i64 nbytes, i64 -1, i8 ascii, [n+1 x i8] data } */
typedef struct AiStr {
  AiObject ob;
  int64_t length;
  int64_t nbytes;
  int64_t hash;
  uint8_t ascii; /* 1 when every code point < 128: then index == byte offset */
  char data[];
} AiStr;

/* A float box has only the header's `type` word, not `gc`: 16 bytes, one
 * heap granule (with the full header it was 24 bytes, rounded up to 32).
 * Numeric code boxes a float for every value it stores in a dynamic variable,
 * a tuple, a dict or a list the runtime has boxed (see AI_LIST_FLOATS for the
 * lists that stay unboxed), so the box's size is the allocation rate, the
 * bytes the collector sweeps and the cache footprint of such a list. Nothing may
 * read or write `gc` of a float (its `value` is there). */
typedef struct AiFloat {
  const AiType *type;
  double value;
} AiFloat;

/* Built-in type objects (their addresses identify the type). */
extern const AiType ai_type_int;
extern const AiType ai_type_float;
extern const AiType ai_type_str;
extern const AiType ai_type_bool;
extern const AiType ai_type_none;

/* Singletons. Their addresses, as words, are the values None, True, False. */
extern AiObject ai_None;
extern AiObject ai_True;
extern AiObject ai_False;
/* The value NotImplemented (what a binary method returns for operands it does not handle). */
ai_word ai_notimplemented(void);
/* `given`, or `dflt` when it is absent (0): a parameter a call's keywords skipped, in a method's dynamic entry. */
ai_word ai_given_or(ai_word given, ai_word dflt);

/* Built-in exception types. */
extern const AiType ai_exc_BaseException;
extern const AiType ai_exc_Exception;
extern const AiType ai_exc_ArithmeticError;
extern const AiType ai_exc_ZeroDivisionError;
extern const AiType ai_exc_OverflowError;
extern const AiType ai_exc_LookupError;
extern const AiType ai_exc_IndexError;
extern const AiType ai_exc_KeyError;
extern const AiType ai_exc_ValueError;
extern const AiType ai_exc_TypeError;
extern const AiType ai_exc_NameError;
extern const AiType ai_exc_UnboundLocalError;
extern const AiType ai_exc_AttributeError;
extern const AiType ai_exc_RuntimeError;
extern const AiType ai_exc_RecursionError;
extern const AiType ai_exc_NotImplementedError;
extern const AiType ai_exc_AssertionError;
extern const AiType ai_exc_MemoryError;
extern const AiType ai_exc_StopIteration;
extern const AiType ai_exc_KeyboardInterrupt;
extern const AiType ai_exc_SystemExit;

/* ---------------------------------------------------------------- program */

/* The process entry: initialises the runtime (heap of the main actor, stdio
 * buffers), runs `module_body` (the compiled top level of main.py, which calls
 * main() when main.py does not), prints an uncaught exception as CPython does
 * ("Traceback (most recent call last):" ... "ZeroDivisionError: division by zero")
 * to stderr, flushes stdout and returns the process exit status (0, or 1 after an
 * uncaught exception; SystemExit's code later). */
int ai_main(int argc, char **argv, void (*module_body)(void));

/* ---------------------------------------------------------------- memory */

/* Zeroed memory for one object from the current actor's heap. Raises MemoryError
 * and returns NULL when the heap cannot grow. */
void *ai_alloc(size_t nbytes);

/* ---------------------------------------------------------------- exceptions */

/* True when an exception is pending on this thread. */
bool ai_exc_pending(void);
/* Raise a new exception of `type` with a UTF-8 message (may be NULL: no args). */
void ai_raise(const AiType *type, const char *msg);
/* Append one traceback entry for the frame the pending exception leaves.
 * Called by emitted code on the propagation path only (cold). `text` is the
 * source line, already stripped of indentation. */
void ai_tb_add(const char *file, int32_t line, const char *func, const char *text);
/* Recursion depth guard, called at entry and exit of every compiled Python
 * function. ai_enter returns false (RecursionError "maximum recursion depth
 * exceeded" pending) past the limit (1000, as CPython's default). */
bool ai_enter(void);
void ai_leave(void);
/* The same guard for frames that are never suspended: ai_enter_depth returns
 * the depth before entering (-1 and RecursionError pending past the limit),
 * and ai_leave_depth restores it: a store, with no load of the depth the
 * callees just stored in between (a fast call path for recursive code). */
int32_t ai_enter_depth(void);
void ai_leave_depth(int32_t depth);
/* When ai_enter returns false the function body must not run, must not call
 * ai_leave and adds no traceback entry of its own (as in CPython, the frame
 * that failed to start is not in the traceback). ai_main counts the module
 * frame as depth 1, so main() called from the module body is depth 2. */

/* ---------------------------------------------------------------- int
 * Arbitrary precision. Fast paths on small ints are inlined after LTO; slow
 * paths (big ints, overflow) live out of line. All return 0 when they raised. */
ai_word ai_int_from_i64(int64_t v);
/* Parse a decimal literal (digits only, no sign, no underscores). */
ai_word ai_int_from_decimal(const char *digits, int64_t ndigits);
ai_word ai_int_add(ai_word a, ai_word b);
ai_word ai_int_sub(ai_word a, ai_word b);
ai_word ai_int_mul(ai_word a, ai_word b);
ai_word ai_int_floordiv(ai_word a, ai_word b); /* ZeroDivisionError "integer division or modulo by zero" */
ai_word ai_int_mod(ai_word a, ai_word b);      /* ZeroDivisionError "integer modulo by zero" */
ai_word ai_int_neg(ai_word a);
ai_word ai_int_abs(ai_word a);
ai_word ai_int_invert(ai_word a);
ai_word ai_int_and(ai_word a, ai_word b);
ai_word ai_int_or(ai_word a, ai_word b);
ai_word ai_int_xor(ai_word a, ai_word b);
ai_word ai_int_lshift(ai_word a, ai_word b); /* ValueError "negative shift count" */
ai_word ai_int_rshift(ai_word a, ai_word b);
/* a ** b for b >= 0. For b < 0 the compiler calls ai_int_pow_float instead
 * (the result type is float there), decided at run time by ai_int_sign(b). */
ai_word ai_int_pow(ai_word a, ai_word b);
double ai_int_pow_float(ai_word a, ai_word b); /* ZeroDivisionError "0.0 cannot be raised to a negative power" */
/* True division, correctly rounded as CPython; ZeroDivisionError "division by zero". */
double ai_int_truediv(ai_word a, ai_word b);
int ai_int_sign(ai_word a); /* -1, 0, 1 */
/* Three-way compare: -1, 0, 1. Never raises. */
int ai_int_cmp(ai_word a, ai_word b);
bool ai_int_eq(ai_word a, ai_word b);
bool ai_int_lt(ai_word a, ai_word b);
bool ai_int_le(ai_word a, ai_word b);
/* Exact comparison of an int with a float, as CPython (never via rounding).
 * Returns -1, 0, 1, or 2 when f is NaN (every comparison false except !=). */
int ai_int_float_cmp(ai_word a, double f);
bool ai_int_is_true(ai_word a);
/* float(a); OverflowError "int too large to convert to float". */
double ai_int_to_float(ai_word a);
/* int(f); ValueError "cannot convert float NaN to integer",
 * OverflowError "cannot convert float infinity to integer". */
ai_word ai_int_from_float(double f);
/* int(s) for a str, base 10, CPython's rules (whitespace, sign, underscores);
 * ValueError "invalid literal for int() with base 10: 's'". */
ai_word ai_int_from_str(ai_word s);
ai_word ai_int_from_str_base(ai_word s, ai_word base); /* int(s, base) */
/* Fits in int64? Then *out is set and true is returned. */
bool ai_int_to_i64(ai_word a, int64_t *out);

/* ---------------------------------------------------------------- float */
double ai_float_truediv(double a, double b);  /* ZeroDivisionError "float division by zero" */
double ai_float_floordiv(double a, double b); /* ZeroDivisionError "float floor division by zero" */
double ai_float_mod(double a, double b);      /* ZeroDivisionError "float modulo" */
/* CPython's float_pow: ZeroDivisionError "0.0 cannot be raised to a negative power";
 * a negative base to a non-integer power (complex result) raises
 * ValueError "unsupported: complex result of float power". */
double ai_float_pow(double a, double b);
/* libm's pow(x, y) as CPython calls it, never rewritten by the optimiser (see float.c). */
double ai_libm_pow(double x, double y);
/* float(s); ValueError "could not convert string to float: 's'". */
double ai_float_from_str(ai_word s);
/* round(f) -> int with banker's rounding; round(f, n) -> float as CPython. */
ai_word ai_float_round(double f);
double ai_float_round_ndigits(double f, int64_t ndigits);

/* ---------------------------------------------------------------- str */
ai_word ai_str_from_utf8(const char *bytes, int64_t nbytes);
ai_word ai_str_concat(ai_word a, ai_word b);
/* `s += t` (and `s = s + t`) on a local variable whose value only it holds (compiler/src/lower.ts,
 * appendTargets): the result is a string with room to grow, which the next append fills in place
 * while no one else can see it, so a loop building a string costs linear time, as CPython's
 * refcount-1 append does. The room is recorded in the object header's `gc` word (0 on every other
 * string); ai_str_share clears it where the variable's value is read, after which the next append
 * copies. */
ai_word ai_str_append(ai_word a, ai_word b);
ai_word ai_str_share(ai_word s);
ai_word ai_str_repeat(ai_word s, ai_word n); /* s * n, n an int */
int64_t ai_str_len(ai_word s);
bool ai_str_eq(ai_word a, ai_word b);
int ai_str_cmp(ai_word a, ai_word b); /* code-point order: -1, 0, 1 */
bool ai_str_is_true(ai_word s);
/* Concatenate n str words (f-strings). */
ai_word ai_str_join_n(int64_t n, const ai_word *parts);

/* str() of each static type, exactly as CPython prints it. */
ai_word ai_str_of_int(ai_word a);
ai_word ai_str_of_float(double f); /* shortest round-trip repr: 0.1, 1e+16, 1.0, inf, nan */
ai_word ai_str_of_bool(bool b);
ai_word ai_repr_str(ai_word s);    /* 'it''s' quoting and escapes as CPython */

/* format(value, spec): the full format-spec mini-language
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
ai_word ai_format_int(ai_word v, ai_word spec);
ai_word ai_format_float(double v, ai_word spec);
ai_word ai_format_str(ai_word v, ai_word spec);
ai_word ai_format_bool(bool v, ai_word spec);

/* ---------------------------------------------------------------- dynamic values
 * Used where the compiler could not infer one static type (x = 1; x = "a").
 * Each behaves as the CPython operator on the run-time types, raising TypeError
 * with CPython's wording ("unsupported operand type(s) for +: 'int' and 'str'"). */
ai_word ai_box_float(double f);
ai_word ai_box_bool(bool b);
double ai_unbox_float(ai_word w); /* w must be a float */
const AiType *ai_type_of(ai_word w);
const char *ai_type_name(ai_word w);
ai_word ai_builtin_type_name(ai_word w); /* type(w).__name__ as a str */
/* Calling a value of unknown static type: the function id (a small-int word) of
 * `w` when it is a compiled function value (a closure of class `function_type`),
 * else the small-int word -1. */
ai_word ai_function_id(ai_word w, const AiType *function_type);
/* f(*items) with a list of `given` items where the call binds `expected` (after
 * `before` fixed positional arguments): CPython's TypeError for the call. `names`
 * holds the positional parameters' names, comma-separated; `next_keyword` names
 * the parameter after the list's when a keyword gives it ("" if none). */
void ai_raise_call_arity(const char *fname, int64_t given, int64_t before, int64_t expected, int64_t optional, int64_t required,
                         int64_t total, const char *names, const char *next_keyword);
/* list[index] when the list is that long, else dflt (a *list filling parameters with defaults). */
ai_word ai_list_get_or(ai_word list, int64_t index, ai_word dflt);
/* A compiled class as a run-time value is a constant { &ai_type_type, 0, class }
 * (repr <class '__main__.C'>); the test that `w` is the value of class `cls`. */
extern const AiType ai_type_type;
bool ai_is_class_object(ai_word w, const AiType *cls);
/* Direct entry points for a value statically known to be a str or a list
 * (obj/fast_ops.c), where the generic path (a slice object for
 * ai_obj_getitem, a method looked up by name) costs more than the operation.
 * lo and hi are ints or None (anything else goes the generic way, which raises
 * as CPython does); 0 when raised. */
ai_word ai_str_slice(ai_word s, ai_word lo, ai_word hi);
ai_word ai_list_slice(ai_word l, ai_word lo, ai_word hi);
/* l.pop(): the last item; 0 after IndexError. */
ai_word ai_list_pop_last(ai_word l);
/* ord(s[i]) (i an int word): the code point as an int word; 0 after IndexError
 * (or TypeError for an index too big for a machine int). */
ai_word ai_str_ord_at(ai_word s, ai_word i);
/* At start-up, for each compiled class: its class object, which type(x) returns for its instances. */
void ai_class_object_bind(const AiType *cls, const void *class_object);
/* `class NotFound(AppError, LookupError)`: `extra` is a further base of `cls` for subtype tests (start-up only). */
void ai_type_add_base(const AiType *cls, const AiType *extra);
/* The class object of a type (a built-in exception class in `C.__mro__`). */
ai_word ai_type_class_object(const AiType *t);
/* type(x) as a value: the class object of x's type (a compiled class's own constant, or one made for a run-time type). */
ai_word ai_builtin_type(ai_word x);
ai_word ai_object_class(void); /* `object` as a value: its class object */
/* What repr() shows of function values, by function id: `f<qualname>`, `b<built-in name>`, `c<built-in class>` (emitted by the compiler). */
void ai_function_reprs_bind(const char *const *reprs, int64_t count);
ai_word ai_function_getattr(ai_word f, const char *name, bool *found);
/* Calls a class object of a built-in type (int, float, str, bool, list, tuple, set, frozenset, dict; int(s, base)). */
ai_word ai_call_class_object(ai_word cls, int64_t nargs, const ai_word *args);
/* f(**d) binding by name: d's keys must be str, among `accepted` and not among
 * `taken` (parameters given otherwise), and include every required parameter
 * (comma-separated lists); false after raising CPython's TypeError. */
/* f(**d) into f's **kwargs: a new dict of d's items whose keys are not in `bound` (comma-separated). */
ai_word ai_kwargs_rest(ai_word dict, const char *bound);
/* f(a, *items) into f's *args: the tuple (items[0..n), then list[start:]). */
ai_word ai_tuple_with_list_tail(int64_t n, const ai_word *items, ai_word list, int64_t start);
bool ai_check_call_kwargs(const char *fname, ai_word dict, const char *accepted, const char *taken, const char *required_positional,
                          const char *required_keyword, const char *keywords, const char *qualified_name);
/* f(*args) for a value that is not a compiled function: an instance whose
 * class has __call__ (found by name, as other methods of instances whose type
 * the compiler lost), else TypeError "'T' object is not callable". */
ai_word ai_call_object(ai_word f, int64_t nargs, const ai_word *args);
ai_word ai_call_object_kw(ai_word f, int64_t nargs, const ai_word *args, ai_word kwnames, ai_word mapping);
/* Raises TypeError "'T' object is not callable" for w. */
void ai_raise_not_callable(ai_word w);
/* Registers a compiled class's dunder entries (an AiClassDunders, obj/userclass.h) before the program starts. */
void ai_class_register(const AiType *type, const void *dunders);
/* vars(obj) / obj.__dict__ of an instance of a compiled class: a new dict of
 * the slots `names` lists ("index:name\n" each, in the order to show), those
 * never set left out (an unboxed float slot is always set). */
ai_word ai_instance_dict(ai_word o, const char *names);

enum ai_binop {
  AI_ADD, AI_SUB, AI_MUL, AI_TRUEDIV, AI_FLOORDIV, AI_MOD, AI_POW,
  AI_LSHIFT, AI_RSHIFT, AI_AND, AI_OR, AI_XOR
};
enum ai_cmpop { AI_LT, AI_LE, AI_EQ, AI_NE, AI_GT, AI_GE };

ai_word ai_obj_binop(int op, ai_word a, ai_word b);
ai_word ai_obj_neg(ai_word a);
ai_word ai_obj_pos(ai_word a);
ai_word ai_obj_invert(ai_word a);
/* Returns 1 true, 0 false, -1 raised. */
int ai_obj_compare(int op, ai_word a, ai_word b);
int ai_obj_truthy(ai_word a);
ai_word ai_obj_str(ai_word a);
ai_word ai_obj_repr(ai_word a);
ai_word ai_obj_format(ai_word a, ai_word spec);
int64_t ai_obj_len(ai_word a); /* -1 raised: TypeError "object of type 'int' has no len()" */
/* int(a), float(a), abs(a) of a dynamic value, as CPython's constructors and abs(). */
ai_word ai_obj_int(ai_word a);
double ai_obj_float(ai_word a); /* raised: check ai_exc_pending() */
ai_word ai_obj_abs(ai_word a);

/* ---------------------------------------------------------------- output */
/* print(*strs, sep=sep, end=end) where every element is already a str word;
 * sep/end 0 mean the defaults " " and "\n". stdout is buffered by the runtime
 * (line-buffered on a terminal, block-buffered otherwise, as CPython) and
 * flushed at exit, before reading input and when an uncaught exception is
 * reported. flush=true flushes after writing. A non-str element is printed as
 * str() of it; a sep/end that is neither 0, None nor a str raises TypeError
 * ("sep must be None or a string, not int"). Returns false when it raised. */
bool ai_print(int64_t n, const ai_word *strs, ai_word sep, ai_word end, bool flush);

/* ---------------------------------------------------------------- additions
 * (runtime side, added after the first ABI draft; all optional for the emitter) */

/* The pending exception: its type (NULL when none), whether it is an instance
 * of `type` (subclasses included, for `except type:`), its message (UTF-8,
 * NULL when raised without arguments). ai_exc_clear drops it together with
 * its traceback (an `except` clause that handled it). */
const AiType *ai_exc_type(void);
bool ai_exc_matches(const AiType *type);
const char *ai_exc_message(void);
void ai_exc_clear(void);
/* Writes out the runtime's stdout buffer (before input(), os._exit, ...). */
void ai_stdout_flush(void);

/* ---------------------------------------------------------------- containers
 * list, tuple, dict, set and frozenset store ai_words: every element is a
 * value in its word form (ints tagged, floats boxed, bools/None the singleton
 * words). The compiler knows element types statically and boxes/unboxes at
 * the boundary. Indexes are int words (negative counts from the end, as
 * Python). Every function returning ai_word returns 0 after raising. */
typedef struct AiList {
  AiObject ob;
  int64_t len;
  int64_t cap;
  ai_word *items;
} AiList;

typedef struct AiTuple {
  AiObject ob;
  int64_t len;
  int64_t hash; /* -1 until computed */
  ai_word items[];
} AiTuple;

extern const AiType ai_type_list;
extern const AiType ai_type_tuple;
extern const AiType ai_type_dict;
extern const AiType ai_type_set;
extern const AiType ai_type_frozenset;
extern const AiType ai_type_range;
/* bytes and bytearray (obj/bytes.c): dynamic values for the compiler */
extern const AiType ai_type_bytes;
extern const AiType ai_type_bytearray;

ai_word ai_list_new(int64_t n, const ai_word *items); /* copies items */
bool ai_list_append(ai_word list, ai_word item);
int64_t ai_list_len(ai_word list);
/* list[i]: IndexError "list index out of range"; TypeError for a non-int index
 * ("list indices must be integers or slices, not str"). */
ai_word ai_list_get(ai_word list, ai_word index);
bool ai_list_set(ai_word list, ai_word index, ai_word value); /* "list assignment index out of range" */
ai_word ai_list_concat(ai_word a, ai_word b);
ai_word ai_list_repeat(ai_word list, ai_word n);

/* Lists of floats stored unboxed. A list the compiler created for a list[float]
 * cell (a display, a comprehension) holds the doubles' bits in `items` and
 * AI_LIST_FLOATS in `ob.gc`; the functions below read and write it without a
 * float box. Any other access (ai_as_list in the runtime: print, sort, dynamic
 * code) first boxes the items in place and the list stays boxed from then on,
 * so the runtime never sees a raw double as a word. These functions also take
 * a boxed list (its items are float words). Errors are pending exceptions
 * (the double getter returns 0.0 then). */
#define AI_LIST_FLOATS ((uint64_t)0x466c6f61744c7374ull) /* "FloatLst": no str's `gc` (a capacity) is this big */
ai_word ai_list_new_floats(int64_t n, const double *items);
bool ai_list_append_float(ai_word list, double item);
double ai_list_get_float(ai_word list, ai_word index);
bool ai_list_set_float(ai_word list, ai_word index, double value);

ai_word ai_tuple_new(int64_t n, const ai_word *items);
int64_t ai_tuple_len(ai_word tuple);
ai_word ai_tuple_get(ai_word tuple, ai_word index); /* "tuple index out of range" */

ai_word ai_dict_new(void);
bool ai_dict_set(ai_word dict, ai_word key, ai_word value); /* TypeError "unhashable type: 'list'" */
ai_word ai_dict_get(ai_word dict, ai_word key);             /* KeyError(key), message is repr(key) */
/* d.get(key, dflt): dflt when absent; 0 only when it raised (unhashable key). */
ai_word ai_dict_get_default(ai_word dict, ai_word key, ai_word dflt);
int64_t ai_dict_len(ai_word dict);

ai_word ai_set_new(int64_t n, const ai_word *items);
bool ai_set_add(ai_word set, ai_word item);
ai_word ai_frozenset_new(int64_t n, const ai_word *items);

/* range(start, stop, step) as an object (for iteration through the dynamic
 * path, repr, len, indexing, `in`); ValueError "range() arg 3 must not be zero". */
ai_word ai_range_new(ai_word start, ai_word stop, ai_word step);

/* str indexing by code point: IndexError "string index out of range". */
ai_word ai_str_get(ai_word s, ai_word index);

/* ---- the generic protocols: any value, dispatched on its run-time type,
 * CPython's semantics and error wording. */
/* o[key]; slices are passed as slice objects made by ai_slice_new. */
ai_word ai_obj_getitem(ai_word o, ai_word key);
bool ai_obj_setitem(ai_word o, ai_word key, ai_word value);
bool ai_obj_delitem(ai_word o, ai_word key);
/* start/stop/step are words, None's word where omitted. */
ai_word ai_slice_new(ai_word start, ai_word stop, ai_word step);
/* item in container: 1, 0, or -1 raised. */
int ai_obj_contains(ai_word container, ai_word item);
/* hash(o) as CPython computes it for int/float/str/bool/None/tuple/frozenset
 * (so sets iterate in CPython's order for the same insertions): 0 with a
 * pending TypeError "unhashable type: 'list'" means raised (a real hash of 0
 * returns 0 too: check ai_exc_pending()). */
int64_t ai_obj_hash(ai_word o);
ai_word ai_builtin_hash(ai_word o); /* hash(o) as an int; 0 when raised */
ai_word ai_builtin_id(ai_word o);
bool ai_builtin_callable(ai_word o, const AiType *function_type); /* callable(o); function_type: the emitter's */   /* id(o): the object's address (the GC does not move objects) */
/* exc.name = value on an exception (user exception classes keep attributes in a dict; `args` sets the args) */
bool ai_exc_setattr(ai_word exc, ai_word name, ai_word value);
/* o.name = value on a value of unknown type: the instance's class's own __setattr__ when it has one, else
 * ai_object_setattr; false when raised. */
bool ai_obj_setattr(ai_word o, ai_word name, ai_word value);
/* object.__setattr__(o, name, value): an exception's attribute, a property's setter or a compiled instance's slot, or
 * its own dict (AttributeError when it has none of that name; TypeError when name is not a str); false when raised. */
bool ai_object_setattr(ai_word o, ai_word name, ai_word value);
/* setattr(o, name, value) (TypeError when name is not a str): ai_obj_setattr; an instance of a compiled class keeps a
 * name its class has no slot for in its own dict when the class has one (`__aithon_dict__`) */
bool ai_builtin_setattr(ai_word o, ai_word name, ai_word value);
/* delattr(o, name) and `del o.name`: the instance's class's own __delattr__ when it has one, else ai_object_delattr */
bool ai_builtin_delattr(ai_word o, ai_word name);
/* object.__delattr__(o, name): unsets the slot or removes the name from the instance's own dict; AttributeError
 * when it has neither */
bool ai_object_delattr(ai_word o, ai_word name);
/* BaseException.__init__(exc, *args): the args tuple str() and .args show */
void ai_exc_set_args(ai_word exc, ai_word args);
/* BaseException.__str__ and __repr__ (super().__str__() in an exception class's own __str__). */
ai_word ai_exc_base_str(ai_word exc);
ai_word ai_exc_repr(ai_word exc);
/* iter(o), and one step: false at the end (no exception) or when it raised
 * (exception pending); true with *out set otherwise. */
ai_word ai_obj_iter(ai_word o);
bool ai_iter_next(ai_word iterator, ai_word *out);
/* ai_iter_next for next(it) / it.__next__() in the program (a generator counts one more frame). */
bool ai_iter_next_called(ai_word iterator, ai_word *out);
/* One step of `for a, b in it`: the two items of the next item without the pair when it is
 * a dict's items iterator (key and value), else the next item unpacked as ai_unpack_seq does. */
bool ai_iter_next_pair(ai_word iterator, ai_word *first, ai_word *second);
/* o.name(*args, **kwargs) for the methods of the built-in types (str, list,
 * tuple, dict, set, frozenset, int, float): `name` is a str word; kwnames is
 * 0 or a tuple of str words naming the last len(kwnames) entries of args.
 * AttributeError "'list' object has no attribute 'x'" as CPython. */
ai_word ai_call_method(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames);
/* ai_call_method at a call site of the emitted code with its own inline
 * cache `ic` (a pointer-sized global, null at first): the receiver type first
 * resolved there and its method, so a site that keeps meeting that type calls
 * the method without looking its name up. */
ai_word ai_call_method_ic(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames, void *ic);
/* The same with `**mapping` after the keywords (a dict whose keys must be
 * str): TypeError as CPython for other keys and for a keyword given twice. */
ai_word ai_call_method_kw(ai_word self, ai_word name, int64_t nargs, const ai_word *args, ai_word kwnames, ai_word mapping);
/* o.name for data attributes of built-in values (e.g. exception .args,
 * range .start, int .real). */
ai_word ai_obj_getattr(ai_word o, ai_word name);
/* The same, and obj.name = value (ai_obj_setattr), at one site of compiled code whose name is a literal: `ic` is
 * the site's cache (a pointer, null at first) of the slots the name resolved to in the classes met there. */
ai_word ai_obj_getattr_ic(ai_word o, ai_word name, void *ic);
bool ai_obj_setattr_ic(ai_word o, ai_word name, ai_word value, void *ic);
/* getattr(o, name, default): the default when o has no such attribute. A
 * method (found by name) is a bound method value, called by ai_call_object
 * (obj/method_value.c). */
ai_word ai_obj_getattr_default(ai_word o, ai_word name, ai_word dflt);
ai_word ai_bound_method_new(ai_word self, ai_word name);
bool ai_is_bound_method(ai_word w);
ai_word ai_bound_method_call(ai_word f, int64_t nargs, const ai_word *args);
ai_word ai_bound_method_call_kw(ai_word f, int64_t nargs, const ai_word *args, ai_word kwnames, ai_word mapping);
/* hasattr(o, name); false with an exception pending when it raised (obj/hasattr.c). */
bool ai_obj_hasattr(ai_word o, ai_word name);

/* ---- builtins over iterables (key functions come with callables later) */
ai_word ai_builtin_list(ai_word iterable);  /* list(it) */
ai_word ai_builtin_tuple(ai_word iterable);
ai_word ai_builtin_set(ai_word iterable);
ai_word ai_builtin_dict(ai_word iterable);  /* dict(pairs) or dict(mapping) */
ai_word ai_builtin_sorted(ai_word iterable, bool reverse);
ai_word ai_builtin_reversed(ai_word seq);
ai_word ai_builtin_enumerate(ai_word iterable, ai_word start);
ai_word ai_builtin_zip(int64_t n, const ai_word *iterables, bool strict);
ai_word ai_builtin_zip_star(ai_word iterables, bool strict); /* zip(*iterables) */
ai_word ai_builtin_sum(ai_word iterable, ai_word start);
/* min/max over one iterable (default: 0 = none given) or over n > 1 args. */
ai_word ai_builtin_min(int64_t n, const ai_word *args, ai_word dflt);
ai_word ai_builtin_max(int64_t n, const ai_word *args, ai_word dflt);
int ai_builtin_any(ai_word iterable); /* 1, 0, -1 raised */
int ai_builtin_all(ai_word iterable);
ai_word ai_builtin_chr(ai_word i);
ai_word ai_builtin_ord(ai_word s);
ai_word ai_builtin_hex(ai_word i);
ai_word ai_builtin_oct(ai_word i);
ai_word ai_builtin_bin(ai_word i);
ai_word ai_builtin_divmod(ai_word a, ai_word b);        /* ints or floats */
ai_word ai_builtin_pow3(ai_word a, ai_word b, ai_word m); /* pow(a, b, m) */
ai_word ai_builtin_round(ai_word x, ai_word ndigits);   /* ndigits: None's word for round(x) */
ai_word ai_builtin_input(ai_word prompt);               /* prompt 0 for none; EOFError at end */

/* isinstance(o, type) for built-in types, exception classes and compiled classes. */
bool ai_isinstance(ai_word o, const AiType *type);
/* issubclass(cls, type) for a class object `cls` (TypeError for anything else: false with it pending). */
bool ai_issubclass(ai_word cls, const AiType *type);
/* isinstance(o, cls) for a class object `cls` whose static type is lost (TypeError for anything else: false with it pending). */
bool ai_isinstance_class_object(ai_word o, ai_word cls);

/* ---- generators: the body runs on a green stack of its own.
 * ai_gen_new(body, frame): a generator whose body(frame) runs on first next();
 * the body returns its return value (0 when it raised). ai_gen_next/send: true
 * with *out set at a yield; false at the end (no exception pending: the
 * generator returned) or when the body raised (pending). ai_gen_yield, called
 * by the body, suspends it and returns the value sent in (None for next()). */
ai_word ai_gen_new(ai_word (*body)(ai_word frame), ai_word frame);
bool ai_gen_next(ai_word gen, ai_word *out);
bool ai_gen_send(ai_word gen, ai_word value, ai_word *out);
ai_word ai_gen_yield(ai_word value);
/* ai_gen_yield when the running generator is `gen` itself (not one its body resumed): a cooperative thread's
 * suspension (compiler/pylib/threading.py); RuntimeError otherwise. */
ai_word ai_gen_suspend(ai_word gen, ai_word value);
void ai_gen_close(ai_word gen); /* gen.close(): a suspended body is dropped, its stack reused */
ai_word ai_gen_close_exit(ai_word gen); /* gen.close() as the program calls it: GeneratorExit at the yield */
ai_word ai_gen_take_return(ai_word gen); /* a finished generator's return value, once (None otherwise) */
/* The value of `await gen` once it finished: its return value; RuntimeError when an
 * earlier await took it ("cannot reuse already awaited coroutine"). None for other iterators. */
ai_word ai_coro_take_return(ai_word gen);
/* One step of `yield from it`: send `sent` on (next() for other iterators); `it` itself when exhausted, 0 raised */
ai_word ai_yield_from_next(ai_word it, ai_word sent);
/* gen.throw(exc): exc (an exception instance) raised at the suspended yield;
 * as ai_gen_send otherwise. Not started or finished: raised in the caller. */
bool ai_gen_throw(ai_word gen, ai_word exc, ai_word *out);
/* One suspension of `yield from it`, after `it` produced `out`: yields `out`,
 * then passes on what the resumer sends (ai_yield_from_next) or throws (into
 * `it` when it is a generator, as CPython's await chains do). Returns the next
 * value, `it` itself once it is exhausted, 0 when it raised. */
ai_word ai_yield_from_step(ai_word it, ai_word out);
void ai_raise_stop_iteration(ai_word it); /* StopIteration, carrying a finished generator's return value */

/* fmt % args: printf-style formatting, as CPython. */
ai_word ai_str_percent(ai_word fmt, ai_word args);

/* ---- ordering by precomputed keys (key= functions are compiled code) */
/* A new list of `items` (a list) stably sorted by the parallel list `keys`. */
ai_word ai_sort_keyed(ai_word items, ai_word keys, bool reverse);
bool ai_sort_keyed_inplace(ai_word list, ai_word keys, bool reverse);
/* The first item with the smallest (largest) key; dflt (0: none) when empty,
 * else ValueError "min() arg is an empty sequence". */
ai_word ai_minmax_keyed(ai_word items, ai_word keys, bool is_max, ai_word dflt, const char *fname);
/* The dict of a memoised function's cache, kept in the global *slot (created on first use). */
ai_word ai_cache_dict(ai_word *slot);
/* A bounded @lru_cache: a hit makes the key the most recently used; a store beyond maxsize drops the least. */
bool ai_lru_touch(ai_word dict, ai_word key);
bool ai_lru_store(ai_word dict, ai_word key, ai_word value, int64_t maxsize);

/* ---- exceptions as values (raise, except ... as e) */
extern const AiType ai_exc_EOFError;
extern const AiType ai_exc_ImportError;
extern const AiType ai_exc_ModuleNotFoundError;
extern const AiType ai_exc_FileNotFoundError;
extern const AiType ai_exc_OSError;
extern const AiType ai_exc_UnicodeError;
extern const AiType ai_exc_GeneratorExit;
/* A new exception instance of a built-in type with args (a tuple word). */
ai_word ai_exc_new(const AiType *type, ai_word args);
/* raise exc (an exception instance word); cause: 0, None's word (from None), or an exception. */
void ai_raise_obj(ai_word exc, ai_word cause);
/* Takes the pending exception as a value and clears it (for `except E as e`);
 * the traceback so far stays attached to it for a re-raise. */
ai_word ai_exc_fetch(void);
/* Re-raise an exception taken by ai_exc_fetch (bare `raise`), traceback kept. */
void ai_exc_restore(ai_word exc);
/* isinstance(exc, type) for exception values. */
bool ai_exc_is(ai_word exc, const AiType *type);
/* Control reached code the compiler's types said cannot run (a compiler bug): says so on stderr
 * and exits with status 70, instead of running on from undefined behaviour. */
void ai_unreachable(const char *function) __attribute__((noreturn, cold));

/* ---- additions by the runtime (containers half); all optional for the emitter */
extern const AiType ai_exc_FileExistsError;
extern const AiType ai_exc_PermissionError;
extern const AiType ai_exc_IsADirectoryError;
extern const AiType ai_exc_NotADirectoryError;
extern const AiType ai_exc_TimeoutError;
extern const AiType ai_exc_UnicodeDecodeError;
extern const AiType ai_exc_UnicodeEncodeError;
extern const AiType ai_exc_StopAsyncIteration;
extern const AiType ai_exc_BufferError;
extern const AiType ai_exc_FloatingPointError;
extern const AiType ai_exc_SyntaxError;
extern const AiType ai_exc_IndentationError;
extern const AiType ai_exc_TabError;
extern const AiType ai_exc_SystemError;
extern const AiType ai_exc_Warning;
/* Implicit exception chaining (__context__): the exception being handled.
 * Emitted code calls it with the fetched exception when an `except`/`finally`
 * handler starts and with the returned previous value when the handler ends
 * (normally or not); every exception raised meanwhile gets it as __context__
 * and the uncaught report prints "During handling of the above exception,
 * another exception occurred:". Returns the previous one, None for none
 * (never 0, which emitted code reads as "raised"; None given back clears it).
 * Tracebacks: CPython's traceback of a caught exception includes the frame
 * that caught it, so emitted code should ai_tb_add() the current frame's line
 * before ai_exc_fetch(); a bare `raise` (ai_exc_restore) then must not add
 * that frame again on its way out. */
ai_word ai_exc_set_handled(ai_word exc);
/* a op= b: in place for list (+= any iterable, *= n), set (|= &= -= ^= with
 * sets) and dict (|=); otherwise as ai_obj_binop, with "+=" in TypeErrors. */
ai_word ai_obj_inplace_binop(int op, ai_word a, ai_word b);
/* Unpacking `a, b = v`: exactly n values into out; ValueError "too many
 * values to unpack (expected 2)" / "not enough values to unpack (expected 3,
 * got 2)", TypeError "cannot unpack non-iterable int object". */
bool ai_unpack(ai_word v, int64_t n, ai_word *out);
/* a, b = v (v of unknown type): v itself when it is a tuple of n items, else a
 * new tuple or list of its n items, which ai_unpack_item(seq, i) reads; 0 with
 * CPython's TypeError/ValueError when v is not iterable or has not n items. */
ai_word ai_unpack_seq(ai_word v, int64_t n);
ai_word ai_unpack_item(ai_word seq, int64_t i);
/* `a, *b, c = v`: out[0..before) , out[before] = list of the middle,
 * out[before+1 .. before+1+after). */
bool ai_unpack_ex(ai_word v, int64_t before, int64_t after, ai_word *out);
/* next(it[, dflt]): dflt 0 = none (StopIteration raised at the end). */
ai_word ai_builtin_next(ai_word it, ai_word dflt);
ai_word ai_builtin_frozenset(ai_word iterable); /* iterable 0: frozenset() */
/* bytes(src, encoding, errors) / bytearray(...) (array true); 0 for an absent argument. */
ai_word ai_builtin_bytes(ai_word src, ai_word encoding, ai_word errors, bool array);
/* A literal b'...': s holds one code point (< 256) per byte. */
ai_word ai_bytes_literal(ai_word s);
/* complex(real, imag) (0 for an absent argument), with CPython's string grammar and TypeErrors. */
ai_word ai_builtin_complex(ai_word real, ai_word imag);
/* complex(x) for an instance: the result of its __complex__, which must be a complex. */
ai_word ai_complex_from_dunder(ai_word r);
/* An imaginary literal (2.5j): complex(0, imag). */
ai_word ai_complex_imag_literal(double imag);
/* str(obj, encoding, errors) (0 for an absent one): obj, bytes-like, decoded. */
ai_word ai_builtin_str_decode(ai_word obj, ai_word encoding, ai_word errors);
/* ascii()'s escaping of a str already repr'd: non-ASCII code points as \\xNN, \\uNNNN, \\UNNNNNNNN. */
ai_word ai_str_ascii_escape(ai_word s);
/* list.sort(key=f, reverse=r) / sorted(key=...) once the emitter has computed
 * keys = [f(x) for x in list]: sorts `list` stably by `keys` (a list of the
 * same length, left unchanged). */
bool ai_list_sort_with_keys(ai_word list, ai_word keys, bool reverse);
/* A set display whose n elements are all constants ({1, 2, 3}): CPython
 * builds it from a folded frozenset constant when n > 2, which can iterate in
 * another order than ai_set_new's one-by-one insertion; use this for those. */
ai_word ai_set_new_const(int64_t n, const ai_word *items);
/* True for the built-in iterator objects (list_iterator, enumerate, zip, ...). */
bool ai_is_iterator(ai_word w);

#ifdef __cplusplus
}
#endif
#endif /* AITHON_H */
