/*
 * aithon_stdlib.h — the ABI of the runtime's standard-library modules (math,
 * random, time, sys, collections, itertools, heapq, bisect, copy, string),
 * called by the compiler's emitter like aithon.h.
 *
 * Conventions are those of aithon.h: ai_word functions return 0 after raising;
 * double functions may raise too (the emitter checks ai_exc_pending() after
 * each call that can raise); bool functions return false after raising unless
 * documented otherwise. Results, output and error messages are CPython 3.11's.
 *
 * Arguments typed `double` are already floats: the compiler converts an int
 * argument with ai_int_to_float (so math.sqrt(10**400) raises CPython's
 * OverflowError "int too large to convert to float" there). The *_word
 * variants take any int/bool/float word and follow CPython for big ints
 * (math.log(10**400) is 921.03...).
 */
#ifndef AITHON_STDLIB_H
#define AITHON_STDLIB_H

#include "aithon.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- math
 * ValueError "math domain error", OverflowError "math range error" exactly
 * where CPython raises them (its math_1/math_2 rules). */
double ai_math_sqrt(double x);
double ai_math_exp(double x);
double ai_math_exp2(double x);
double ai_math_expm1(double x);
double ai_math_log(double x);
double ai_math_log2(double x);
double ai_math_log10(double x);
double ai_math_log1p(double x);
/* math.log(x, base); ZeroDivisionError "float division by zero" when log(base) == 0 */
double ai_math_log_base(double x, double base);
double ai_math_sin(double x);
double ai_math_cos(double x);
double ai_math_tan(double x);
double ai_math_asin(double x);
double ai_math_acos(double x);
double ai_math_atan(double x);
double ai_math_sinh(double x);
double ai_math_cosh(double x);
double ai_math_tanh(double x);
double ai_math_asinh(double x);
double ai_math_acosh(double x);
double ai_math_atanh(double x);
double ai_math_atan2(double y, double x);
double ai_math_hypot2(double x, double y); /* math.hypot(x, y): CPython's vector_norm, not libm hypot */
double ai_math_pow(double x, double y);
double ai_math_fmod(double x, double y);
double ai_math_remainder(double x, double y);
double ai_math_copysign(double x, double y);
double ai_math_fabs(double x);
double ai_math_cbrt(double x);
double ai_math_degrees(double x);
double ai_math_radians(double x);
double ai_math_erf(double x);
double ai_math_erfc(double x);
double ai_math_gamma(double x);  /* CPython's own Lanczos tgamma */
double ai_math_lgamma(double x); /* CPython's own Lanczos lgamma */
double ai_math_nextafter(double x, double y);
double ai_math_ulp(double x);
/* float -> int (big when needed): OverflowError "cannot convert float
 * infinity to integer", ValueError "cannot convert float NaN to integer". */
ai_word ai_math_floor(double x);
ai_word ai_math_ceil(double x);
ai_word ai_math_trunc(double x);
/* floor/ceil/trunc of an int, bool or float word (an int is returned as an
 * int; TypeError "must be real number, not str" otherwise). */
ai_word ai_math_floor_word(ai_word x);
ai_word ai_math_ceil_word(ai_word x);
ai_word ai_math_trunc_word(ai_word x);
bool ai_math_isnan(double x);
bool ai_math_isinf(double x);
bool ai_math_isfinite(double x);
/* ValueError "tolerances must be non-negative" (returns false, pending) */
bool ai_math_isclose(double a, double b, double rel_tol, double abs_tol);
/* math.gcd(*ints) / math.lcm(*ints): TypeError "'float' object cannot be
 * interpreted as an integer" for non-ints. */
ai_word ai_math_gcd(int64_t n, const ai_word *ints);
ai_word ai_math_lcm(int64_t n, const ai_word *ints);
ai_word ai_math_factorial(ai_word n);
ai_word ai_math_comb(ai_word n, ai_word k);
ai_word ai_math_perm(ai_word n, ai_word k /* 0 = None: factorial(n) */);
ai_word ai_math_isqrt(ai_word n);
/* operator.index(a): an int (a bool as 0/1), or what an instance's __index__ gives (CPython's nb_index), else
 * TypeError "'X' object cannot be interpreted as an integer". */
ai_word ai_stdlib_index(ai_word w);
/* math.prod(iterable, start=start) with Python's * on the items; start 0 = 1 */
ai_word ai_math_prod(ai_word iterable, ai_word start);
/* exact sum (Shewchuk/msum as CPython); items int/bool/float */
double ai_math_fsum(ai_word iterable);
ai_word ai_math_modf(double x);               /* (frac, whole) tuple of floats */
ai_word ai_math_frexp(double x);              /* (mantissa float, exponent int) */
double ai_math_ldexp(double x, ai_word i);    /* i an int word (big ok) */
double ai_math_dist(ai_word p, ai_word q);    /* any iterables of numbers */
/* math.hypot(*coords) for n words (int/bool/float) */
double ai_math_hypot_n(int64_t n, const ai_word *coords);
/* math.log(x[, base]) / log2 / log10 of int/bool/float words; ints of any
 * size as CPython (frexp-style for ints beyond the float range). base: 0 = none. */
double ai_math_log_word(ai_word x, ai_word base);
double ai_math_log2_word(ai_word x);
double ai_math_log10_word(ai_word x);

/* A module function's float argument given as a dynamic value: PyFloat_AsDouble,
 * TypeError "must be real number, not complex" for a non-number. */
double ai_stdlib_real_arg(ai_word w);

/* ---------------------------------------------------------------- cmath
 * Arguments are int/bool/float/complex words (TypeError "must be real number,
 * not str" otherwise); ValueError "math domain error" and OverflowError "math
 * range error" where CPython raises them. */
ai_word ai_cmath_sqrt(ai_word z);
ai_word ai_cmath_exp(ai_word z);
ai_word ai_cmath_log(ai_word z, ai_word base); /* base 0: natural log */
ai_word ai_cmath_log10(ai_word z);
ai_word ai_cmath_sin(ai_word z);
ai_word ai_cmath_cos(ai_word z);
ai_word ai_cmath_tan(ai_word z);
ai_word ai_cmath_sinh(ai_word z);
ai_word ai_cmath_cosh(ai_word z);
ai_word ai_cmath_tanh(ai_word z);
ai_word ai_cmath_asin(ai_word z);
ai_word ai_cmath_acos(ai_word z);
ai_word ai_cmath_atan(ai_word z);
ai_word ai_cmath_asinh(ai_word z);
ai_word ai_cmath_acosh(ai_word z);
ai_word ai_cmath_atanh(ai_word z);
double ai_cmath_phase(ai_word z);
ai_word ai_cmath_polar(ai_word z);
ai_word ai_cmath_rect(ai_word r, ai_word phi);
ai_word ai_cmath_isnan(ai_word z);
ai_word ai_cmath_isinf(ai_word z);
ai_word ai_cmath_isfinite(ai_word z);
ai_word ai_cmath_isclose(ai_word a, ai_word b, double rel_tol, double abs_tol);
ai_word ai_cmath_infj(void);
ai_word ai_cmath_nanj(void);

/* ---------------------------------------------------------------- random
 * A Mersenne Twister per OS thread, bit-for-bit CPython's: the same seed gives
 * the same sequences as CPython 3.11's random module. Seeded from the clock,
 * the monotonic clock, the pid and the thread when the program never seeds. */
/* random.seed(a): None's word (or 0) -> from the clock; int (abs value, any
 * size), bool, float (its hash), str (version 2: sha512). TypeError otherwise. */
void ai_random_seed(ai_word seed);
/* random.getstate(): (3, (the 624 words of the Mersenne Twister, its index), gauss_next or None), CPython's tuple;
 * random.setstate(state) takes one back (CPython's checks and errors), so the same sequence follows. */
ai_word ai_random_getstate(void);
void ai_random_setstate(ai_word state);
double ai_random_random(void);
ai_word ai_random_getrandbits(ai_word k);
/* randrange(start), randrange(start, stop[, step]); stop 0 = absent; step a word (1 default) */
ai_word ai_random_randrange(ai_word start, ai_word stop, ai_word step);
ai_word ai_random_randint(ai_word a, ai_word b);
ai_word ai_random_choice(ai_word seq);
bool ai_random_shuffle(ai_word list); /* any mutable sequence; returns false when it raised */
ai_word ai_random_sample(ai_word population, ai_word k);
double ai_random_uniform(double a, double b);
double ai_random_gauss(double mu, double sigma);
double ai_random_normalvariate(double mu, double sigma);
double ai_random_lognormvariate(double mu, double sigma);
double ai_random_expovariate(double lambd);
double ai_random_triangular(double low, double high, double mode);
double ai_random_triangular_nomode(double low, double high); /* mode=None */
double ai_random_vonmisesvariate(double mu, double kappa);
double ai_random_gammavariate(double alpha, double beta);
double ai_random_betavariate(double alpha, double beta);
double ai_random_paretovariate(double alpha);
double ai_random_weibullvariate(double alpha, double beta);
/* choices(population, weights=None, *, k=1): weights None's word (or 0) for
 * none; k an int word. */
ai_word ai_random_choices(ai_word population, ai_word weights, ai_word k);
/* choices(population, cum_weights=cum, k=k) */
ai_word ai_random_choices_cum(ai_word population, ai_word cum_weights, ai_word k);

/* ---------------------------------------------------------------- time */
double ai_time_time(void);
ai_word ai_time_time_ns(void);
double ai_time_perf_counter(void);
ai_word ai_time_perf_counter_ns(void);
double ai_time_monotonic(void);
ai_word ai_time_monotonic_ns(void);
double ai_time_process_time(void);
ai_word ai_time_process_time_ns(void);
/* ValueError "sleep length must be non-negative" / "Invalid value NaN (not a
 * number)", OverflowError "timestamp out of range for platform time_t". Does
 * not flush stdout (as CPython). Returns false when it raised. */
bool ai_time_sleep(double seconds);
/* time.strftime(format) of the local time now */
ai_word ai_time_strftime(ai_word format);
ai_word ai_time_tm_tuple(ai_word secs, ai_word local);
ai_word ai_time_strftime_tuple(ai_word format, ai_word fields);
ai_word ai_time_mktime(ai_word fields);

/* ---------------------------------------------------------------- gc */
/* gc.collect(generation=2): a full collection; the number of objects freed.
 * ValueError "invalid generation". (stdlib/gcmodule.c) */
ai_word ai_gc_py_collect(ai_word generation);
/* gc.enable(), gc.disable(), gc.isenabled(): a flag only (see gcmodule.c). */
void ai_gc_py_enable(void);
void ai_gc_py_disable(void);
bool ai_gc_py_isenabled(void);
bool ai_gc_py_is_tracked(ai_word obj);

/* ---------------------------------------------------------------- sys */
/* sys.argv: a list of str (the same list object on every call from the main
 * program, so mutations are visible). */
ai_word ai_sys_argv(void);
/* Called by ai_main with its argc/argv (start/main.c). */
void ai_sys_set_argv(int argc, char **argv);
/* sys.exit(code): raises SystemExit(code); code None's word or 0: no code. */
void ai_sys_exit(ai_word code);
/* The exit status for an uncaught SystemExit `exc` (an exception word), as
 * CPython's handle_system_exit: None -> 0, an int -> that int, anything else
 * -> str(code) and a newline written to stderr, 1. For start/main.c. */
int ai_sys_exit_status(ai_word exc);
/* sys.stdout.write(s) (through the runtime's stdout buffer) and
 * sys.stderr.write(s) (unbuffered write to fd 2). TypeError "write() argument
 * must be str, not int". They return len(s) (0: raised). */
ai_word ai_sys_stdout_write(ai_word s);
ai_word ai_sys_stderr_write(ai_word s);
bool ai_sys_stdout_flush(void);
/* sys.stdout (fd 1) or sys.stderr (fd 2) as an object, where it meets values
 * of other types: its write() and flush() are found by name. */
ai_word ai_sys_stream(int32_t fd);
ai_word ai_sys_maxsize(void);
ai_word ai_sys_version_info(void);
/* sys.platform, sys.byteorder, sys.hexversion, sys.version: of the machine
 * built for, and of the language version compiled (3.12.0). */
ai_word ai_sys_platform(void);
ai_word ai_sys_byteorder(void);
ai_word ai_sys_hexversion(void);
ai_word ai_sys_version(void);
/* sys.setrecursionlimit(n): ValueError "recursion limit must be greater or
 * equal than 1", RecursionError "cannot set the recursion limit to N at the
 * recursion depth D: the limit is too low", OverflowError for n >= 2**31. */
void ai_sys_setrecursionlimit(ai_word n);
ai_word ai_sys_getrecursionlimit(void);
/* sys.exception(), sys.exc_info() and the traceback module (exc/traceback.c). */
ai_word ai_sys_exception(void);
ai_word ai_sys_exc_info(void);
ai_word ai_traceback_format_exc(void);
void ai_traceback_print_exc(ai_word file);
ai_word ai_traceback_format_exception(int64_t nargs, const ai_word *args);
void ai_traceback_print_exception(int64_t nargs, const ai_word *args, ai_word file);
/* sys.stdin.readline(): the line with its "\n" ("\r\n" and "\r" read as
 * "\n"), "" at end of input. Shares input()'s buffer once builtins.c
 * exports ai_stdin_getc. */
ai_word ai_sys_stdin_readline(void);
/* sys.stdin.read() / readlines(): the rest of the input (through readline's buffer, shared with input()). */
ai_word ai_sys_stdin_read(void);
/* sys.stdin/stdout/stderr.isatty() */
ai_word ai_sys_stdin_isatty(void);
ai_word ai_sys_stdout_isatty(void);
ai_word ai_sys_stderr_isatty(void);
ai_word ai_sys_stdin_readlines(void);
/* sys.stdin.buffer's reads (compiler/pylib/_aithon_io.py): up to n bytes (n < 0: the rest) through
 * the same buffer; sys.stdout.buffer / sys.stderr.buffer writes (fd 1 or 2): bytes-like data into the
 * text stream's own buffer, so the order of print() and binary writes is kept. Return the bytes / len. */
ai_word ai_sys_stdin_read_bytes(ai_word n);
ai_word ai_sys_stream_write_bytes(ai_word fd, ai_word data);

/* ---------------------------------------------------------------- collections
 * The objects work through every generic protocol of aithon.h (ai_obj_iter,
 * ai_obj_getitem/setitem/delitem, ai_obj_len, ai_obj_contains, ai_obj_repr,
 * ai_obj_compare, ai_obj_binop, ai_call_method, ai_obj_getattr, hash raises
 * "unhashable type"); defaultdict, Counter and OrderedDict are dict subtypes
 * (isinstance(x, dict), every dict method and operation accepts them). */
/* deque(iterable, maxlen): iterable 0 = none; maxlen 0 or None = unbounded.
 * Methods append appendleft pop popleft extend extendleft rotate clear count
 * index remove insert reverse copy; attribute maxlen; d[i], +, *, +=, ==, <. */
ai_word ai_collections_deque(ai_word iterable, ai_word maxlen);
/* d.append(x), d.appendleft(x), d.pop(), d.popleft() of a value the compiler
 * knows is a deque (no lookup by name): false / 0 when raised. */
bool ai_cdeque_append(ai_word d, ai_word x);
bool ai_cdeque_appendleft(ai_word d, ai_word x);
ai_word ai_cdeque_pop(ai_word d);
ai_word ai_cdeque_popleft(ai_word d);
/* defaultdict(factory, mapping): factory_kind a small int naming the factory
 * (0 None, 1 int, 2 float, 3 str, 4 list, 5 dict, 6 set, 7 tuple); mapping 0 =
 * none (a dict or an iterable of pairs). A missing key read by o[key] inserts
 * factory() (KeyError when the factory is None). */
ai_word ai_collections_defaultdict(ai_word factory_kind, ai_word mapping);
/* defaultdict(f, mapping) with a compiled function f as its factory (a lambda,
 * a def): `make(env)` calls it (env its function value) and returns its result,
 * or 0 when it raised. */
ai_word ai_collections_defaultdict_fn(ai_word (*make)(ai_word env), ai_word env, ai_word mapping);
/* Counter(x): x 0 = none, a dict (counts) or an iterable (elements). Missing
 * keys read 0; methods most_common([n]) elements() update() subtract() total()
 * copy(); + - | & (and in place) between Counters; == < <= as 3.11. */
ai_word ai_collections_counter(ai_word iterable_or_mapping);
/* OrderedDict(x): x 0 = none, a dict or an iterable of pairs; methods
 * move_to_end(key, last=True), popitem(last=True); == is order-sensitive
 * between OrderedDicts. */
ai_word ai_collections_ordereddict(ai_word iterable_or_mapping);
/* OrderedDict.fromkeys(iterable, value=None); value 0: absent. */
ai_word ai_collections_ordereddict_fromkeys(ai_word iterable, ai_word value);

/* ---------------------------------------------------------------- itertools
 * Each returns an iterator object (ai_iter_next / ai_obj_iter, CPython's type
 * names such as 'itertools.count' in messages). Optional arguments: 0 = absent. */
ai_word ai_itertools_count(ai_word start, ai_word step);   /* 0 = 0 / 1; ints or floats */
ai_word ai_itertools_cycle(ai_word iterable);
ai_word ai_itertools_repeat(ai_word x, ai_word times);     /* times 0 = forever */
ai_word ai_itertools_chain(int64_t n, const ai_word *iterables);
ai_word ai_itertools_chain_from_iterable(ai_word iterable);
/* islice(it, stop) is (it, 0, stop, 0); islice(it, start, stop[, step]) passes
 * all three (None allowed). ValueErrors as CPython. */
ai_word ai_itertools_islice(ai_word iterable, ai_word start, ai_word stop, ai_word step);
ai_word ai_itertools_product(int64_t n, const ai_word *iterables, ai_word repeat); /* repeat 0 = 1 */
ai_word ai_itertools_permutations(ai_word iterable, ai_word r);                /* r 0 or None = len */
ai_word ai_itertools_combinations(ai_word iterable, ai_word r);
ai_word ai_itertools_combinations_with_replacement(ai_word iterable, ai_word r);
/* accumulate(it, initial=initial) with +: initial 0 or None = none */
ai_word ai_itertools_accumulate(ai_word iterable, ai_word initial);
/* groupby(it) without key: (key, group iterator) pairs; advancing the outer
 * iterator invalidates the previous group, as CPython. */
ai_word ai_itertools_groupby(ai_word iterable);
ai_word ai_itertools_groupby_keyed(ai_word iterable, ai_word keys); /* groupby(it, key=f), keys = [f(x) for x in it] */
ai_word ai_itertools_zip_longest(int64_t n, const ai_word *iterables, ai_word fillvalue); /* 0 = None */
ai_word ai_itertools_pairwise(ai_word iterable);
/* tee(it, n): a tuple of n independent iterators; n 0 = 2 */
ai_word ai_itertools_tee(ai_word iterable, ai_word n);

/* ---------------------------------------------------------------- heapq
 * On a list, comparing with < only (ai_obj_compare), CPython's siftdown/siftup
 * so the list holds what CPython's would after every call. The functions
 * without a Python result return None's word (0 raised). */
ai_word ai_heapq_heappush(ai_word heap, ai_word item);
ai_word ai_heapq_heappop(ai_word heap);                /* IndexError "index out of range" */
ai_word ai_heapq_heapify(ai_word heap);
ai_word ai_heapq_heappushpop(ai_word heap, ai_word item);
ai_word ai_heapq_heapreplace(ai_word heap, ai_word item); /* IndexError "index out of range" */
ai_word ai_heapq_nlargest(ai_word n, ai_word iterable);   /* a new list */
ai_word ai_heapq_nsmallest(ai_word n, ai_word iterable);
/* heapq.merge(*iterables) (no key/reverse): a list iterator over the merged items */
ai_word ai_heapq_merge(int64_t n, const ai_word *iterables);

/* ---------------------------------------------------------------- bisect
 * a a list (or any sequence with len and indexing); lo/hi words, 0 = absent
 * (hi None = len(a)); ValueError "lo must be non-negative". insort_* return
 * None's word. bisect = bisect_right, insort = insort_right. */
ai_word ai_bisect_bisect_left(ai_word a, ai_word x, ai_word lo, ai_word hi);
ai_word ai_bisect_bisect_right(ai_word a, ai_word x, ai_word lo, ai_word hi);
ai_word ai_bisect_insort_left(ai_word a, ai_word x, ai_word lo, ai_word hi);
ai_word ai_bisect_insort_right(ai_word a, ai_word x, ai_word lo, ai_word hi);

/* ---------------------------------------------------------------- copy
 * copy.copy / copy.deepcopy of every runtime type (deepcopy keeps shared and
 * recursive structure through a memo, as CPython). Objects of compiled
 * classes and other unknown types: TypeError "unsupported: copy of X objects". */
ai_word ai_copy_copy(ai_word x);
ai_word ai_copy_deepcopy(ai_word x, ai_word memo); /* memo: 0 (absent) or None for a new one, else the memo dict */

/* ---------------------------------------------------------------- string */
enum ai_string_which {
  AI_STRING_ASCII_LETTERS, AI_STRING_ASCII_LOWERCASE, AI_STRING_ASCII_UPPERCASE, AI_STRING_DIGITS,
  AI_STRING_HEXDIGITS, AI_STRING_OCTDIGITS, AI_STRING_PUNCTUATION, AI_STRING_WHITESPACE, AI_STRING_PRINTABLE
};
/* string.<constant> as a str word (which: enum ai_string_which) */
ai_word ai_string_const(int which);

/* ---------------------------------------------------------------- struct
 * The float formats of the Python-written struct module (stdlib/struct.c). */
ai_word ai_struct_pack_float(ai_word x, ai_word size, ai_word little);
ai_word ai_struct_unpack_float(ai_word data, ai_word offset, ai_word size, ai_word little);

/* ---------------------------------------------------------------- html
 * html.unescape's named character references (stdlib/html.c): the text for a name, "" when unknown. */
ai_word ai_html_entity(ai_word name);

/* ---------------------------------------------------------------- base64
 * The loops of the Python-written base64 module (stdlib/base64.c). */
ai_word ai_base64_encode(ai_word data, ai_word alphabet, ai_word newline);
ai_word ai_base64_decode(ai_word data, ai_word altchars, ai_word strict);

/* ---------------------------------------------------------------- hashlib
 * The digests of the Python-written hashlib module (stdlib/hashlib.c). */
ai_word ai_hashlib_digest(ai_word name, ai_word data);

/* ---------------------------------------------------------------- zlib
 * The zlib library's calls for the Python-written zlib module (stdlib/zlibmod.c). Each returns bytes (or an int),
 * or a str: the message of the zlib.error the Python side raises. */
/* zlib.compress(data, level, wbits) / zlib.decompress(data, wbits, bufsize). */
ai_word ai_zlib_compress(ai_word data, ai_word level, ai_word wbits);
ai_word ai_zlib_decompress(ai_word data, ai_word wbits, ai_word bufsize);
/* The running checksums, from `value`. */
ai_word ai_zlib_crc32(ai_word data, ai_word value);
ai_word ai_zlib_adler32(ai_word data, ai_word value);
/* compressobj's stream: an int handle; deflate(handle, data, mode) with mode Z_NO_FLUSH for compress(), else a
 * flush mode (Z_FINISH ends the stream). */
ai_word ai_zlib_deflate_new(ai_word level, ai_word wbits, ai_word memlevel, ai_word strategy);
ai_word ai_zlib_deflate(ai_word handle, ai_word data, ai_word mode);
/* decompressobj's stream: inflate(handle, data, max_length) (0: no limit); after it, inflate_eof (1 when the
 * stream ended) and inflate_rest (the input it did not read). */
ai_word ai_zlib_inflate_new(ai_word wbits);
ai_word ai_zlib_inflate(ai_word handle, ai_word data, ai_word max_length);
ai_word ai_zlib_inflate_eof(ai_word handle);
ai_word ai_zlib_inflate_rest(ai_word handle);
/* Frees a stream. */
ai_word ai_zlib_end(ai_word handle);

/* ---------------------------------------------------------------- re
 * The matching machine of the Python-written re module (stdlib/re_vm.c). */
ai_word ai_re_search(ai_word code, ai_word splitk, ai_word setasc, ai_word sets, ai_word setmode, ai_word info,
                     ai_word subj, ai_word start, ai_word end, ai_word mode, ai_word st);
ai_word ai_re_scan(ai_word code, ai_word splitk, ai_word setasc, ai_word sets, ai_word setmode, ai_word info,
                   ai_word subj, ai_word start, ai_word end, ai_word limit, ai_word out);
ai_word ai_re_splice(ai_word subj, ai_word found, ai_word stride, ai_word literal);

#ifdef __cplusplus
}
#endif
#endif /* AITHON_STDLIB_H */
