// The standard-library modules the compiler knows: for each name, what it is
// (a constant, a function implemented by the runtime, a data attribute) and
// its static type. The runtime functions are declared in
// runtime/include/aithon_stdlib.h; their LLVM prototypes are in runtime-abi.ts.
import type { RaiseCheck } from './ir';
import type * as S from './syntax';
import { dequeOf, dictOf, elemOf, escapeType, isContainer, iterOf, join, keyOf, listOf, T, tupleOf, type Type, valueOf } from './types';

/** How an argument is passed: a double (numbers convert), a word, or the words of all remaining arguments (count, pointer). */
export type ArgPass = 'f' | 'w' | 'b' | 'rest';
/** How the result comes back: a double, a word of the given static type, a bool, or nothing (None). */
export type ResultPass = 'f' | 'w' | 'b' | 'void';

export interface Overload {
  runtime: string;
  args: ArgPass[];
  /** Arguments that may be left out, filled with a zero word (the runtime's "absent"). */
  optional?: number;
  result: ResultPass;
  check: RaiseCheck;
  /** Static type of a 'w' result, from the argument types (elements of a sequence argument...). */
  type?: (args: Type[], iterElem: (t: Type) => Type) => Type;
  /** Keyword arguments accepted, in the order the runtime takes them after the positional ones (with defaults). */
  keywords?: { name: string; default: number | null }[];
  /** The call never returns normally (sys.exit). */
  noreturn?: boolean;
  /** For each runtime parameter, which call argument it takes (-1: absent, a zero word); default: in order. */
  order?: number[];
  /** Names of the positional parameters, so they can be passed by keyword too (deque(maxlen=4)). */
  names?: string[];
  /** How the call widens its container arguments (heappush stores its item in the list). */
  effect?: (args: Type[], iterElem: (t: Type) => Type) => void;
}

export type ModuleMember =
  | { kind: 'const'; value: number; type: 'float' | 'int' }
  | { kind: 'func'; overloads: Overload[] }
  /** A value computed by a runtime call when read (sys.argv); `arg`: an int constant passed to it. */
  /** A container's type is made per program (its cell is the checker's state: a shared one would carry one build's inference into the next). */
  | { kind: 'data'; runtime: string; type: Type | (() => Type); check: RaiseCheck; arg?: number }
  /** A sub-object whose methods are module functions (sys.stdout.write). */
  | { kind: 'namespace'; members: Record<string, ModuleMember> }
  /** Compiled specially by the compiler (decorators such as functools.cache, functools.reduce). */
  | { kind: 'special'; name: string }
  /** A type of the runtime's own (ai_type_<builtin>), for isinstance()'s class argument only. */
  | { kind: 'type'; builtin: string };

const f1 = (runtime: string): ModuleMember => ({ kind: 'func', overloads: [{ runtime, args: ['f'], result: 'f', check: 'pending' }] });
const f2 = (runtime: string): ModuleMember => ({ kind: 'func', overloads: [{ runtime, args: ['f', 'f'], result: 'f', check: 'pending' }] });
const fb = (runtime: string): ModuleMember => ({ kind: 'func', overloads: [{ runtime, args: ['f'], result: 'b', check: 'never' }] });
const w = (runtime: string, args: ArgPass[], type: Overload['type'], optional = 0): ModuleMember => ({
  kind: 'func',
  overloads: [{ runtime, args, result: 'w', check: 'word', type, optional }],
});
const intT = () => T.int;
const roundedT = (args: Type[]): Type => (args[0]?.kind === 'instance' ? T.object : T.int);
const elemOfFirst = (a: Type[], e: (t: Type) => Type) => e(a[0]);

const math: Record<string, ModuleMember> = {
  pi: { kind: 'const', value: Math.PI, type: 'float' },
  e: { kind: 'const', value: Math.E, type: 'float' },
  tau: { kind: 'const', value: 2 * Math.PI, type: 'float' },
  inf: { kind: 'const', value: Infinity, type: 'float' },
  nan: { kind: 'const', value: NaN, type: 'float' },
  sqrt: f1('ai_math_sqrt'),
  exp: f1('ai_math_exp'),
  exp2: f1('ai_math_exp2'),
  expm1: f1('ai_math_expm1'),
  log1p: f1('ai_math_log1p'),
  sin: f1('ai_math_sin'),
  cos: f1('ai_math_cos'),
  tan: f1('ai_math_tan'),
  asin: f1('ai_math_asin'),
  acos: f1('ai_math_acos'),
  atan: f1('ai_math_atan'),
  sinh: f1('ai_math_sinh'),
  cosh: f1('ai_math_cosh'),
  tanh: f1('ai_math_tanh'),
  asinh: f1('ai_math_asinh'),
  acosh: f1('ai_math_acosh'),
  atanh: f1('ai_math_atanh'),
  fabs: f1('ai_math_fabs'),
  cbrt: f1('ai_math_cbrt'),
  degrees: f1('ai_math_degrees'),
  radians: f1('ai_math_radians'),
  erf: f1('ai_math_erf'),
  erfc: f1('ai_math_erfc'),
  gamma: f1('ai_math_gamma'),
  lgamma: f1('ai_math_lgamma'),
  ulp: f1('ai_math_ulp'),
  atan2: f2('ai_math_atan2'),
  pow: f2('ai_math_pow'),
  fmod: f2('ai_math_fmod'),
  remainder: f2('ai_math_remainder'),
  copysign: f2('ai_math_copysign'),
  nextafter: f2('ai_math_nextafter'),
  hypot: {
    kind: 'func',
    overloads: [
      { runtime: 'ai_math_hypot2', args: ['f', 'f'], result: 'f', check: 'pending' },
      { runtime: 'ai_math_hypot_n', args: ['rest'], result: 'f', check: 'pending' },
    ],
  },
  log: {
    kind: 'func',
    overloads: [{ runtime: 'ai_math_log_word', args: ['w', 'w'], optional: 1, result: 'f', check: 'pending' }],
  },
  log2: { kind: 'func', overloads: [{ runtime: 'ai_math_log2_word', args: ['w'], result: 'f', check: 'pending' }] },
  log10: { kind: 'func', overloads: [{ runtime: 'ai_math_log10_word', args: ['w'], result: 'f', check: 'pending' }] },
  // An instance's __floor__/__ceil__/__trunc__ may return anything (CPython returns what it returns).
  floor: w('ai_math_floor_word', ['w'], roundedT),
  ceil: w('ai_math_ceil_word', ['w'], roundedT),
  trunc: w('ai_math_trunc_word', ['w'], roundedT),
  isnan: fb('ai_math_isnan'),
  isinf: fb('ai_math_isinf'),
  isfinite: fb('ai_math_isfinite'),
  isclose: {
    kind: 'func',
    overloads: [
      {
        runtime: 'ai_math_isclose',
        args: ['f', 'f'],
        result: 'b',
        check: 'never',
        keywords: [
          { name: 'rel_tol', default: 1e-9 },
          { name: 'abs_tol', default: 0 },
        ],
      },
    ],
  },
  gcd: w('ai_math_gcd', ['rest'], intT),
  lcm: w('ai_math_lcm', ['rest'], intT),
  factorial: w('ai_math_factorial', ['w'], intT),
  isqrt: w('ai_math_isqrt', ['w'], intT),
  comb: w('ai_math_comb', ['w', 'w'], intT),
  perm: w('ai_math_perm', ['w', 'w'], intT, 1),
  prod: w('ai_math_prod', ['w', 'w'], (a, e) => {
    const el = e(a[0]);
    return el.kind === 'int' || el.kind === 'bool' ? T.int : el.kind === 'float' ? T.float : T.object;
  }, 1),
  fsum: { kind: 'func', overloads: [{ runtime: 'ai_math_fsum', args: ['w'], result: 'f', check: 'pending' }] },
  modf: w('ai_math_modf', ['f'], () => tupleOf([T.float, T.float])),
  frexp: w('ai_math_frexp', ['f'], () => tupleOf([T.float, T.int])),
  ldexp: { kind: 'func', overloads: [{ runtime: 'ai_math_ldexp', args: ['f', 'w'], result: 'f', check: 'pending' }] },
  dist: { kind: 'func', overloads: [{ runtime: 'ai_math_dist', args: ['w', 'w'], result: 'f', check: 'pending' }] },
};

const random: Record<string, ModuleMember> = {
  seed: { kind: 'func', overloads: [{ runtime: 'ai_random_seed', args: ['w'], optional: 1, result: 'void', check: 'pending' }] },
  random: { kind: 'func', overloads: [{ runtime: 'ai_random_random', args: [], result: 'f', check: 'never' }] },
  // (3, a tuple of 625 ints, gauss_next or None): CPython's state, which setstate takes back
  getstate: w('ai_random_getstate', [], () => tupleOf([T.int, T.object, T.object])),
  setstate: { kind: 'func', overloads: [{ runtime: 'ai_random_setstate', args: ['w'], result: 'void', check: 'pending' }] },
  getrandbits: w('ai_random_getrandbits', ['w'], intT),
  randrange: w('ai_random_randrange', ['w', 'w', 'w'], intT, 2),
  randint: w('ai_random_randint', ['w', 'w'], intT),
  choice: w('ai_random_choice', ['w'], elemOfFirst),
  shuffle: { kind: 'func', overloads: [{ runtime: 'ai_random_shuffle', args: ['w'], result: 'void', check: 'pending' }] },
  sample: w('ai_random_sample', ['w', 'w'], (a, e) => listOf(e(a[0]))),
  choices: {
    kind: 'func',
    overloads: [
      {
        runtime: 'ai_random_choices',
        args: ['w', 'w'],
        optional: 1,
        result: 'w',
        check: 'word',
        type: (a, e) => listOf(e(a[0])),
        names: ['population', 'weights'],
        keywords: [{ name: 'k', default: null }],
      },
    ],
  },
  uniform: f2('ai_random_uniform'),
  gauss: f2('ai_random_gauss'),
  normalvariate: f2('ai_random_normalvariate'),
  lognormvariate: f2('ai_random_lognormvariate'),
  expovariate: f1('ai_random_expovariate'),
  vonmisesvariate: f2('ai_random_vonmisesvariate'),
  gammavariate: f2('ai_random_gammavariate'),
  betavariate: f2('ai_random_betavariate'),
  paretovariate: f1('ai_random_paretovariate'),
  weibullvariate: f2('ai_random_weibullvariate'),
  triangular: {
    kind: 'func',
    overloads: [
      { runtime: 'ai_random_triangular_nomode', args: ['f', 'f'], result: 'f', check: 'pending' },
      { runtime: 'ai_random_triangular', args: ['f', 'f', 'f'], result: 'f', check: 'pending' },
    ],
  },
};

const time: Record<string, ModuleMember> = {
  time: { kind: 'func', overloads: [{ runtime: 'ai_time_time', args: [], result: 'f', check: 'never' }] },
  perf_counter: { kind: 'func', overloads: [{ runtime: 'ai_time_perf_counter', args: [], result: 'f', check: 'never' }] },
  monotonic: { kind: 'func', overloads: [{ runtime: 'ai_time_monotonic', args: [], result: 'f', check: 'never' }] },
  process_time: { kind: 'func', overloads: [{ runtime: 'ai_time_process_time', args: [], result: 'f', check: 'never' }] },
  time_ns: w('ai_time_time_ns', [], intT),
  perf_counter_ns: w('ai_time_perf_counter_ns', [], intT),
  monotonic_ns: w('ai_time_monotonic_ns', [], intT),
  process_time_ns: w('ai_time_process_time_ns', [], intT),
  sleep: { kind: 'func', overloads: [{ runtime: 'ai_time_sleep', args: ['f'], result: 'void', check: 'pending' }] },
  // strftime(format[, t]), gmtime, localtime, mktime, struct_time: compiler/pylib/time.py.
};

/** The collector is the runtime's (runtime/src/stdlib/gcmodule.c says how these differ from CPython's). */
const gc: Record<string, ModuleMember> = {
  collect: { kind: 'func', overloads: [{ runtime: 'ai_gc_py_collect', args: ['w'], optional: 1, names: ['generation'], result: 'w', check: 'word', type: intT }] },
  enable: { kind: 'func', overloads: [{ runtime: 'ai_gc_py_enable', args: [], result: 'void', check: 'never' }] },
  disable: { kind: 'func', overloads: [{ runtime: 'ai_gc_py_disable', args: [], result: 'void', check: 'never' }] },
  isenabled: { kind: 'func', overloads: [{ runtime: 'ai_gc_py_isenabled', args: [], result: 'b', check: 'never' }] },
  is_tracked: { kind: 'func', overloads: [{ runtime: 'ai_gc_py_is_tracked', args: ['w'], result: 'b', check: 'never' }] },
};

const sys: Record<string, ModuleMember> = {
  argv: { kind: 'data', runtime: 'ai_sys_argv', type: () => listOf(T.str), check: 'word' },
  maxsize: { kind: 'data', runtime: 'ai_sys_maxsize', type: T.int, check: 'word' },
  // (3, 12, 0, 'final', 0): the grammar compiled is 3.12's. A plain tuple, not CPython's named one.
  version_info: { kind: 'data', runtime: 'ai_sys_version_info', type: () => tupleOf([T.int, T.int, T.int, T.str, T.int]), check: 'word' },
  // 'linux' (or 'darwin'), 'little', 0x30c00f0 and a version string of the same 3.12.0 (runtime/src/stdlib/sys.c).
  platform: { kind: 'data', runtime: 'ai_sys_platform', type: T.str, check: 'word' },
  byteorder: { kind: 'data', runtime: 'ai_sys_byteorder', type: T.str, check: 'word' },
  hexversion: { kind: 'data', runtime: 'ai_sys_hexversion', type: T.int, check: 'word' },
  // An IEEE 754 double's limits, as CPython's on every platform it runs on (its fields read one by one: the
  // struct sequence itself is not a value here).
  float_info: {
    kind: 'namespace',
    members: {
      max: { kind: 'const', value: Number.MAX_VALUE, type: 'float' },
      min: { kind: 'const', value: 2.2250738585072014e-308, type: 'float' },
      epsilon: { kind: 'const', value: Number.EPSILON, type: 'float' },
      dig: { kind: 'const', value: 15, type: 'int' },
      mant_dig: { kind: 'const', value: 53, type: 'int' },
      max_exp: { kind: 'const', value: 1024, type: 'int' },
      min_exp: { kind: 'const', value: -1021, type: 'int' },
      max_10_exp: { kind: 'const', value: 308, type: 'int' },
      min_10_exp: { kind: 'const', value: -307, type: 'int' },
      radix: { kind: 'const', value: 2, type: 'int' },
      rounds: { kind: 'const', value: 1, type: 'int' },
    },
  },
  version: { kind: 'data', runtime: 'ai_sys_version', type: T.str, check: 'word' },
  exit: { kind: 'func', overloads: [{ runtime: 'ai_sys_exit', args: ['w'], optional: 1, result: 'void', check: 'pending', noreturn: true }] },
  setrecursionlimit: { kind: 'func', overloads: [{ runtime: 'ai_sys_setrecursionlimit', args: ['w'], result: 'void', check: 'pending' }] },
  getrecursionlimit: w('ai_sys_getrecursionlimit', [], intT),
  // The exception an `except` clause is handling (here or in a caller), or None; exc_info()'s third item is that
  // exception again, standing for its traceback (the traceback functions take it).
  exception: w('ai_sys_exception', [], () => T.object),
  exc_info: w('ai_sys_exc_info', [], () => tupleOf([T.object, T.object, T.object])),
  stdout: {
    kind: 'namespace',
    members: {
      write: w('ai_sys_stdout_write', ['w'], intT),
      isatty: w('ai_sys_stdout_isatty', [], () => T.bool),
      flush: { kind: 'func', overloads: [{ runtime: 'ai_sys_stdout_flush', args: [], result: 'void', check: 'pending' }] },
    },
  },
  stderr: {
    kind: 'namespace',
    members: {
      write: w('ai_sys_stderr_write', ['w'], intT),
      isatty: w('ai_sys_stderr_isatty', [], () => T.bool),
      flush: { kind: 'func', overloads: [{ runtime: 'ai_sys_stdout_flush', args: [], result: 'void', check: 'pending' }] },
    },
  },
  stdin: {
    kind: 'namespace',
    members: {
      readline: w('ai_sys_stdin_readline', [], () => T.str),
      read: w('ai_sys_stdin_read', [], () => T.str),
      readlines: w('ai_sys_stdin_readlines', [], () => listOf(T.str)),
      isatty: w('ai_sys_stdin_isatty', [], () => T.bool),
    },
  },
};

/** Modules whose names are only used in annotations (which the compiler ignores). */
export const annotationModules = new Set(['typing', '__future__', 'typing_extensions', 'collections.abc']);

/** `list` type helpers for heapq/bisect: items stored into the list widen its element type. */
const widenFirst = (a: Type[], e: (t: Type) => Type) => {
  void e;
  if (a[0]?.kind === 'list' && a[1]) a[0].cell.widen('elem', a[1]);
};
const elemOfList = (a: Type[], e: (t: Type) => Type) => e(a[0]);
const obj = () => T.object;
const wf = (runtime: string, args: ArgPass[], type: Overload['type'], effect?: Overload['effect'], optional = 0): ModuleMember => ({
  kind: 'func',
  overloads: [{ runtime, args, result: 'w', check: 'word', type, effect, optional }],
});

const heapq: Record<string, ModuleMember> = {
  heappush: wf('ai_heapq_heappush', ['w', 'w'], () => T.none, widenFirst),
  heappop: wf('ai_heapq_heappop', ['w'], elemOfList),
  heapify: wf('ai_heapq_heapify', ['w'], () => T.none),
  heappushpop: wf('ai_heapq_heappushpop', ['w', 'w'], elemOfList, widenFirst),
  heapreplace: wf('ai_heapq_heapreplace', ['w', 'w'], elemOfList, widenFirst),
  nlargest: wf('ai_heapq_nlargest', ['w', 'w'], (a, e) => listOf(e(a[1]))),
  nsmallest: wf('ai_heapq_nsmallest', ['w', 'w'], (a, e) => listOf(e(a[1]))),
  merge: wf('ai_heapq_merge', ['rest'], (a, e) => iterOf('merge', a.map(e).reduce((x, y) => (x.kind === 'never' ? y : x.kind === y.kind ? x : T.object), T.never as Type))),
};

const bisect: Record<string, ModuleMember> = {
  bisect_left: wf('ai_bisect_bisect_left', ['w', 'w', 'w', 'w'], () => T.int, undefined, 2),
  bisect_right: wf('ai_bisect_bisect_right', ['w', 'w', 'w', 'w'], () => T.int, undefined, 2),
  bisect: wf('ai_bisect_bisect_right', ['w', 'w', 'w', 'w'], () => T.int, undefined, 2),
  insort_left: wf('ai_bisect_insort_left', ['w', 'w', 'w', 'w'], () => T.none, widenFirst, 2),
  insort_right: wf('ai_bisect_insort_right', ['w', 'w', 'w', 'w'], () => T.none, widenFirst, 2),
  insort: wf('ai_bisect_insort_right', ['w', 'w', 'w', 'w'], () => T.none, widenFirst, 2),
};

/** Everything a dynamic container holds may be written by the runtime: escape what goes in. */
const escapeArgs = (a: Type[]) => {
  for (const t of a) if (isContainer(t)) t.cell.escape();
};

const collections: Record<string, ModuleMember> = {
  // Typed as a list is (its items copied from the iterable, which keeps its own types).
  deque: { kind: 'func', overloads: [{ runtime: 'ai_collections_deque', args: ['w', 'w'], optional: 2, result: 'w', check: 'word', type: (a, e) => dequeOf(a[0] ? e(a[0]) : T.never), names: ['iterable', 'maxlen'] }] },
  Counter: wf('ai_collections_counter', ['w'], obj, escapeArgs, 1),
  OrderedDict: wf('ai_collections_ordereddict', ['w'], obj, escapeArgs, 1),
  'OrderedDict.fromkeys': wf('ai_collections_ordereddict_fromkeys', ['w', 'w'], obj, escapeArgs, 1),
  defaultdict: { kind: 'special', name: 'collections.defaultdict' },
};

const itertools: Record<string, ModuleMember> = {
  count: wf('ai_itertools_count', ['w', 'w'], (a) => iterOf('count', a[0]?.kind === 'float' || a[1]?.kind === 'float' ? T.float : a.some((t) => t.kind === 'object') ? T.object : T.int), undefined, 2),
  cycle: wf('ai_itertools_cycle', ['w'], (a, e) => iterOf('cycle', e(a[0]))),
  repeat: wf('ai_itertools_repeat', ['w', 'w'], (a) => iterOf('repeat', a[0]), undefined, 1),
  chain: wf('ai_itertools_chain', ['rest'], (a, e) => iterOf('chain', a.map(e).reduce(join, T.never as Type))),
  // `chain.from_iterable(its)`: a function's attribute, found by Program.nestedModuleMember.
  'chain.from_iterable': wf('ai_itertools_chain_from_iterable', ['w'], (a, e) => iterOf('chain', e(e(a[0])))),
  islice: {
    kind: 'func',
    overloads: [
      // islice(it, stop) and islice(it, start, stop[, step])
      { runtime: 'ai_itertools_islice', args: ['w', 'w'], order: [0, -1, 1, -1], result: 'w', check: 'word', type: (a, e) => iterOf('islice', e(a[0])) },
      { runtime: 'ai_itertools_islice', args: ['w', 'w', 'w', 'w'], optional: 1, result: 'w', check: 'word', type: (a, e) => iterOf('islice', e(a[0])) },
    ],
  },
  // product(*its, repeat=n): the checker types the repeated tuples (moduleCallType).
  product: {
    kind: 'func',
    overloads: [{ runtime: 'ai_itertools_product', args: ['rest'], result: 'w', check: 'word', type: (a, e) => iterOf('product', tupleOf(a.map(e))), keywords: [{ name: 'repeat', default: null }] }],
  },
  permutations: wf('ai_itertools_permutations', ['w', 'w'], () => iterOf('permutations', T.object), undefined, 1),
  combinations: wf('ai_itertools_combinations', ['w', 'w'], () => iterOf('combinations', T.object)),
  combinations_with_replacement: wf('ai_itertools_combinations_with_replacement', ['w', 'w'], () => iterOf('combinations_with_replacement', T.object)),
  // accumulate(iterable, *, initial=None): running sums (a function as the second argument is not compiled yet).
  accumulate: {
    kind: 'func',
    overloads: [{ runtime: 'ai_itertools_accumulate', args: ['w'], result: 'w', check: 'word', type: (a, e) => iterOf('accumulate', e(a[0])), keywords: [{ name: 'initial', default: null }] }],
  },
  /** Compiled specially: a key function is called by compiled code on each item (see Program.specialCallType). */
  groupby: { kind: 'special', name: 'itertools.groupby' },
  // Items of unknown type (an iterable may run out first): the iterables' items are escaped, so they stay readable.
  zip_longest: {
    kind: 'func',
    overloads: [{ runtime: 'ai_itertools_zip_longest', args: ['rest'], result: 'w', check: 'word', type: (a) => iterOf('zip_longest', tupleOf(a.map(() => T.object))), effect: (a, e) => a.forEach((t) => escapeType(e(t))), keywords: [{ name: 'fillvalue', default: null }] }],
  },
  pairwise: wf('ai_itertools_pairwise', ['w'], (a, e) => iterOf('pairwise', tupleOf([e(a[0]), e(a[0])]))),
};

const copy: Record<string, ModuleMember> = {
  copy: wf('ai_copy_copy', ['w'], (a) => a[0]),
  // deepcopy(x, memo): a class's __deepcopy__(self, memo) passes its memo on to the copies of its parts.
  deepcopy: wf('ai_copy_deepcopy', ['w', 'w'], (a) => a[0], undefined, 1),
};

const stringConsts = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable'];
const string: Record<string, ModuleMember> = Object.fromEntries(
  stringConsts.map((name, i) => [name, { kind: 'data', runtime: 'ai_string_const', type: T.str, check: 'word', arg: i } as ModuleMember]),
);

const actorVoid = (runtime: string, args: ArgPass[]): ModuleMember => ({ kind: 'func', overloads: [{ runtime, args, result: 'void', check: 'false' }] });

/**
 * A message arrives as a dynamic value (receive() returns an object): the
 * receiver reads the attributes of the instances in it by name, so their
 * classes escape. Containers and tuples are found through (they hold words
 * whatever their static element types, and keep those types).
 */
function escapeInstancesIn(t: Type): void {
  // A function value in a message may be called by its receiver: it joins the functions calls of unknown values may reach.
  if (t.kind === 'instance' || t.kind === 'func') escapeType(t);
  else if (t.kind === 'tuple') t.elems.forEach(escapeInstancesIn);
  else if (t.kind === 'vartuple') escapeInstancesIn(t.elem);
  else if (isContainer(t)) (t.kind === 'dict' ? [keyOf(t), valueOf(t)] : [elemOf(t)]).forEach(escapeInstancesIn);
}
const escapeMessage = (a: Type[]) => a.forEach(escapeInstancesIn);

const actorBool = (runtime: string, args: ArgPass[]): ModuleMember => ({ kind: 'func', overloads: [{ runtime, args, result: 'b', check: 'pending' }] });

/**
 * aithon.actors: Erlang-style actors on the runtime's scheduler (docs/actors.md).
 * receive, Supervisor, ChildSpec and which_children are written in Python
 * (compiler/pylib/aithon/actors.py) over these and _aithon_actors.
 */
const actors: Record<string, ModuleMember> = {
  spawn: { kind: 'special', name: 'aithon.actors.spawn' },
  spawn_link: { kind: 'special', name: 'aithon.actors.spawn_link' },
  send: { kind: 'func', overloads: [{ runtime: 'ai_py_send', args: ['w', 'w'], result: 'void', check: 'false', effect: escapeMessage }] },
  self_pid: wf('ai_py_self', [], obj),
  TIMEOUT: { kind: 'data', runtime: 'ai_py_timeout', type: T.object, check: 'word' },
  link: actorVoid('ai_py_link', ['w']),
  unlink: actorVoid('ai_py_unlink', ['w']),
  monitor: wf('ai_py_monitor', ['w'], obj),
  demonitor: actorVoid('ai_py_demonitor', ['w']),
  // exit(reason) ends the caller (Erlang's exit/1); exit(pid, reason) sends an exit signal (exit/2).
  exit: {
    kind: 'func',
    overloads: [
      { runtime: 'ai_py_exit_self', args: ['w'], result: 'void', check: 'false', noreturn: true, effect: escapeMessage },
      { runtime: 'ai_py_exit', args: ['w', 'w'], result: 'void', check: 'false', effect: escapeMessage },
    ],
  },
  trap_exit: {
    kind: 'func',
    overloads: [
      { runtime: 'ai_py_trap_exit', args: ['b'], result: 'b', check: 'never', names: ['flag'] },
      { runtime: 'ai_py_trap_exit_on', args: [], result: 'b', check: 'never' },
    ],
  },
  wait_idle: { kind: 'func', overloads: [{ runtime: 'ai_py_wait_idle', args: ['w'], optional: 1, result: 'w', check: 'word', type: obj, names: ['timeout'] }] },
  sleep: actorVoid('ai_py_sleep', ['w']),
  is_alive: actorBool('ai_py_is_alive', ['w']),
  Pid: { kind: 'type', builtin: 'pid' },
  Exit: { kind: 'type', builtin: 'exit_msg' },
  Down: { kind: 'type', builtin: 'down' },
};

/** The primitives compiler/pylib/aithon/actors.py builds receive(match=...) and supervisors on. */
const aithonActors: Record<string, ModuleMember> = {
  spawn_link: { kind: 'special', name: 'aithon.actors.spawn_link' },
  receive_any: { kind: 'func', overloads: [{ runtime: 'ai_py_receive', args: ['w'], optional: 1, result: 'w', check: 'word', type: obj }] },
  scan_start: actorVoid('ai_py_scan_start', ['w']),
  scan_next: wf('ai_py_scan_next', [], obj),
  scan_take: actorVoid('ai_py_scan_take', []),
  is_exit: actorBool('ai_py_is_exit', ['w']),
  is_down: actorBool('ai_py_is_down', ['w']),
  is_pid: actorBool('ai_py_is_pid', ['w']),
};

const functools: Record<string, ModuleMember> = {
  cache: { kind: 'special', name: 'functools.cache' },
  lru_cache: { kind: 'special', name: 'functools.lru_cache' },
  reduce: { kind: 'special', name: 'functools.reduce' },
  /** Only as a decorator, which decorators.ts removes (it copies metadata the compiler does not keep). */
  wraps: { kind: 'special', name: 'functools.wraps' },
};

/**
 * Operating-system calls (runtime/src/stdlib/os.c) under which the
 * Python-written os, os.path and pathlib modules (compiler/pylib) are built.
 */
const noneT = () => T.none;
const aithonOs: Record<string, ModuleMember> = {
  getcwd: wf('ai_os_getcwd', [], () => T.str),
  listdir: wf('ai_os_listdir', ['w'], () => listOf(T.str)),
  /** -1: nothing there, 0: a file, 1: a directory, 2: something else. */
  path_kind: wf('ai_os_path_kind', ['w'], intT),
  path_islink: wf('ai_os_path_islink', ['w'], intT),
  getsize: wf('ai_os_getsize', ['w'], intT),
  getmtime: wf('ai_os_getmtime', ['w'], () => T.float),
  stat: wf('ai_os_stat', ['w', 'w'], () => tupleOf([T.int, T.int, T.int, T.int, T.int, T.int, T.int, T.float, T.float, T.float])),
  mkdir: wf('ai_os_mkdir', ['w'], noneT),
  rmdir: wf('ai_os_rmdir', ['w'], noneT),
  remove: wf('ai_os_remove', ['w'], noneT),
  rename: wf('ai_os_rename', ['w', 'w'], noneT),
  read_text: wf('ai_os_read_text', ['w'], () => T.str),
  write_text: wf('ai_os_write_text', ['w', 'w', 'w'], intT),
  environ: wf('ai_os_environ', [], () => dictOf(T.str, T.str)),
  getpid: wf('ai_os_getpid', [], intT),
  cpu_count: wf('ai_os_cpu_count', [], intT),
  /** File descriptors under open() (compiler/pylib/io.py). */
  fd_open: wf('ai_os_fd_open', ['w', 'w'], intT),
  fd_read: wf('ai_os_fd_read', ['w', 'w'], obj),
  /** sys.stdin.buffer and sys.stdout/stderr.buffer (compiler/pylib/_aithon_io.py), through the text streams' buffers. */
  stdin_read_bytes: wf('ai_sys_stdin_read_bytes', ['w'], obj),
  stream_write_bytes: wf('ai_sys_stream_write_bytes', ['w', 'w'], intT, (a) => a.forEach(escapeType)),
  fd_write: wf('ai_os_fd_write', ['w', 'w'], intT, (a) => a.forEach(escapeType)),
  fd_seek: wf('ai_os_fd_seek', ['w', 'w', 'w'], intT),
  fd_close: wf('ai_os_fd_close', ['w'], noneT),
  fd_flush: wf('ai_os_fd_flush', ['w'], noneT),
  fd_truncate: wf('ai_os_fd_truncate', ['w', 'w'], intT),
  fd_isatty: wf('ai_os_fd_isatty', ['w'], () => T.bool),
  decode: wf('ai_os_decode', ['w', 'w', 'w'], () => T.str, (a) => a.forEach(escapeType)),
  encode: wf('ai_os_encode', ['w', 'w', 'w'], obj),
};

/** Literals b'...' (written by the parser as a call of `literal` on the text, one code point per byte). */
const aithonBytes: Record<string, ModuleMember> = {
  literal: wf('ai_bytes_literal', ['w'], obj),
  /** IEEE 754 half/single/double packing for compiler/pylib/struct.py (runtime/src/stdlib/struct.c). */
  pack_float: wf('ai_struct_pack_float', ['w', 'w', 'w'], obj),
  unpack_float: wf('ai_struct_unpack_float', ['w', 'w', 'w', 'w'], () => T.float),
  /** Base64's loops for compiler/pylib/base64.py (runtime/src/stdlib/base64.c). */
  b64encode: wf('ai_base64_encode', ['w', 'w', 'w'], obj),
  b64decode: wf('ai_base64_decode', ['w', 'w', 'w'], obj),
  /** MD5, SHA-1, SHA-224/256 digests for compiler/pylib/hashlib.py (runtime/src/stdlib/hashlib.c). */
  hash_digest: wf('ai_hashlib_digest', ['w', 'w'], obj),
  /** The zlib library for compiler/pylib/zlib.py (runtime/src/stdlib/zlibmod.c): bytes or ints, or a str, zlib.error's message. */
  zlib_compress: wf('ai_zlib_compress', ['w', 'w', 'w'], obj),
  zlib_decompress: wf('ai_zlib_decompress', ['w', 'w', 'w'], obj),
  zlib_crc32: wf('ai_zlib_crc32', ['w', 'w'], intT),
  zlib_adler32: wf('ai_zlib_adler32', ['w', 'w'], intT),
  zlib_deflate_new: wf('ai_zlib_deflate_new', ['w', 'w', 'w', 'w'], obj),
  zlib_deflate: wf('ai_zlib_deflate', ['w', 'w', 'w'], obj),
  zlib_inflate_new: wf('ai_zlib_inflate_new', ['w'], obj),
  zlib_inflate: wf('ai_zlib_inflate', ['w', 'w', 'w'], obj),
  zlib_inflate_eof: wf('ai_zlib_inflate_eof', ['w'], intT),
  zlib_inflate_rest: wf('ai_zlib_inflate_rest', ['w'], obj),
  zlib_end: wf('ai_zlib_end', ['w'], intT),
};

/** html.unescape's table of HTML5 named character references (runtime/src/stdlib/html.c): "" for an unknown name. */
const aithonHtml: Record<string, ModuleMember> = {
  entity: wf('ai_html_entity', ['w'], () => T.str),
};

/** The matching machine of compiler/pylib/re.py (runtime/src/stdlib/re_vm.c). */
const aithonRe: Record<string, ModuleMember> = {
  search: wf('ai_re_search', ['w', 'w', 'w', 'w', 'w', 'w', 'w', 'w', 'w', 'w', 'w'], intT),
  scan: wf('ai_re_scan', ['w', 'w', 'w', 'w', 'w', 'w', 'w', 'w', 'w', 'w', 'w'], intT),
  splice: wf('ai_re_splice', ['w', 'w', 'w', 'w'], () => T.str),
};

/**
 * Cooperative threads for compiler/pylib/threading.py: a thread's body runs
 * inside a generator (on a green stack of its own, gen/generator.c), and a
 * blocking call deep inside it suspends that generator from wherever it is
 * (ai_gen_suspend(gen, v) yields the running generator from any call depth,
 * when that is the thread's own), back to the code that resumed the thread.
 */
const aithonThreads: Record<string, ModuleMember> = {
  suspend: wf('ai_gen_suspend', ['w', 'w'], obj),
};

/**
 * Instances of compiled classes for compiler/pylib/pickle.py
 * (runtime/src/stdlib/pickle.c). The instances given escape, so that their
 * classes' slots are known by name at run time (their state) and their
 * methods (__reduce__, __getstate__, __setstate__) can be called by name.
 */
// The instances given escape as a message's do (instances inside containers too).
const escapeInstanceArgs = escapeMessage;
const aithonPickle: Record<string, ModuleMember> = {
  is_instance: { kind: 'func', overloads: [{ runtime: 'ai_pickle_is_instance', args: ['w'], result: 'b', check: 'never', effect: escapeInstanceArgs }] },
  defines: { kind: 'func', overloads: [{ runtime: 'ai_pickle_defines', args: ['w', 'w'], result: 'b', check: 'never', effect: escapeInstanceArgs }] },
  instance_state: wf('ai_pickle_instance_state', ['w'], obj, escapeInstanceArgs),
  find_class: wf('ai_pickle_find_class', ['w'], obj),
  new_instance: wf('ai_pickle_new_instance', ['w'], obj),
  setattr: { kind: 'func', overloads: [{ runtime: 'ai_builtin_setattr', args: ['w', 'w', 'w'], result: 'void', check: 'false', effect: escapeInstanceArgs }] },
};

/** Imaginary literals 2.5j (written by the parser as a call of `imag` on the float). */
/** The C library's broken-down times for compiler/pylib/time.py (runtime/src/stdlib/time.c). */
const aithonTime: Record<string, ModuleMember> = {
  tm_tuple: w('ai_time_tm_tuple', ['w', 'w'], () => T.object),
  strftime_tuple: w('ai_time_strftime_tuple', ['w', 'w'], () => T.str),
  mktime: w('ai_time_mktime', ['w'], () => T.float),
};

const aithonComplex: Record<string, ModuleMember> = {
  imag: { kind: 'func', overloads: [{ runtime: 'ai_complex_imag_literal', args: ['f'], result: 'w', check: 'word', type: obj }] },
};

/** cmath: complex values are dynamic (runtime/src/obj/complex.c, runtime/src/stdlib/cmath.c). */
const cmathFn = (name: string) => wf(`ai_cmath_${name}`, ['w'], obj);
const cmath: Record<string, ModuleMember> = {
  pi: { kind: 'const', value: Math.PI, type: 'float' },
  e: { kind: 'const', value: Math.E, type: 'float' },
  tau: { kind: 'const', value: 2 * Math.PI, type: 'float' },
  inf: { kind: 'const', value: Infinity, type: 'float' },
  nan: { kind: 'const', value: NaN, type: 'float' },
  infj: { kind: 'data', runtime: 'ai_cmath_infj', type: T.object, check: 'word' },
  nanj: { kind: 'data', runtime: 'ai_cmath_nanj', type: T.object, check: 'word' },
  ...Object.fromEntries(['sqrt', 'exp', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh'].map((n) => [n, cmathFn(n)])),
  log: wf('ai_cmath_log', ['w', 'w'], obj, undefined, 1),
  phase: { kind: 'func', overloads: [{ runtime: 'ai_cmath_phase', args: ['w'], result: 'f', check: 'pending' }] },
  polar: wf('ai_cmath_polar', ['w'], () => tupleOf([T.float, T.float])),
  rect: wf('ai_cmath_rect', ['w', 'w'], obj),
  isnan: wf('ai_cmath_isnan', ['w'], () => T.bool),
  isinf: wf('ai_cmath_isinf', ['w'], () => T.bool),
  isfinite: wf('ai_cmath_isfinite', ['w'], () => T.bool),
  isclose: {
    kind: 'func',
    overloads: [
      {
        runtime: 'ai_cmath_isclose',
        args: ['w', 'w'],
        result: 'w',
        check: 'word',
        type: () => T.bool,
        keywords: [
          { name: 'rel_tol', default: 1e-9 },
          { name: 'abs_tol', default: 0 },
        ],
      },
    ],
  },
};

/** A method called by a name known at run time (operator.methodcaller): the receiver and arguments become dynamic. */
const aithonDynamic: Record<string, ModuleMember> = {
  call_method: wf('ai_dyn_call_method', ['w', 'w', 'w'], obj, (a) => a.forEach(escapeType)),
  // operator.index(a): an int, bool or an instance with __index__ (the runtime calls it, as CPython's nb_index)
  index: wf('ai_stdlib_index', ['w'], intT, (a) => a.forEach(escapeType)),
};

/** Tracebacks as the runtime prints them for uncaught exceptions (runtime/src/exc/traceback.c). */
const traceback: Record<string, ModuleMember> = {
  format_exc: w('ai_traceback_format_exc', [], () => T.str),
  print_exc: { kind: 'func', overloads: [{ runtime: 'ai_traceback_print_exc', args: [], result: 'void', check: 'pending', keywords: [{ name: 'file', default: null }] }] },
  format_exception: w('ai_traceback_format_exception', ['rest'], () => listOf(T.str)),
  print_exception: { kind: 'func', overloads: [{ runtime: 'ai_traceback_print_exception', args: ['rest'], result: 'void', check: 'pending', keywords: [{ name: 'file', default: null }] }] },
};

export const stdlibModules: Record<string, Record<string, ModuleMember>> = {
  math,
  cmath,
  random,
  time,
  gc,
  sys,
  traceback,
  functools,
  heapq,
  bisect,
  collections,
  itertools,
  copy,
  string,
  'aithon.actors': actors,
  _aithon_actors: aithonActors,
  _aithon_os: aithonOs,
  _aithon_bytes: aithonBytes,
  _aithon_re: aithonRe,
  _aithon_html: aithonHtml,
  _aithon_complex: aithonComplex,
  _aithon_time: aithonTime,
  _aithon_dynamic: aithonDynamic,
  _aithon_threads: aithonThreads,
  _aithon_pickle: aithonPickle,
};

/**
 * `heapq.merge(*shards)`, `itertools.product(*options)`, `math.gcd(*nums)`: a
 * call whose only positional argument is `*x`, x not a tuple of known length,
 * of a function that takes any number of arguments (one `rest` parameter).
 * The overload and the starred node, or null. The runtime receives x's items
 * as a tuple made when the call runs.
 */
export function starredRestCall(fn: Extract<ModuleMember, { kind: 'func' }>, e: S.CallExpr, typeOf: (x: S.Expr) => Type): { o: Overload; star: S.StarredExpr } | null {
  if (e.args.length !== 1 || e.args[0].kind !== 'Starred' || typeOf(e.args[0].value).kind === 'tuple') return null;
  const o = fn.overloads.find((x) => x.args.length === 1 && x.args[0] === 'rest');
  return o ? { o, star: e.args[0] } : null;
}

/** The overload of a module function for `n` positional arguments, or null. */
export function pickOverload(fn: Extract<ModuleMember, { kind: 'func' }>, n: number, keywordNames: string[] = []): Overload | null {
  for (const o of fn.overloads) {
    // Keywords naming positional parameters count as the positional argument there.
    if (keywordNames.length && o.names) n = Math.max(n, ...keywordNames.map((k) => o.names!.indexOf(k) + 1));
    if (o.args.includes('rest')) return o;
    const max = o.args.length;
    const min = max - (o.optional ?? 0);
    if (n >= min && n <= max) return o;
  }
  return null;
}

export function resultType(o: Overload, args: Type[], iterElem: (t: Type) => Type): Type {
  if (o.noreturn) return T.never;
  switch (o.result) {
    case 'f':
      return T.float;
    case 'b':
      return T.bool;
    case 'void':
      return T.none;
    case 'w':
      return o.type ? o.type(args, iterElem) : T.object;
  }
}

export { iterOf };
