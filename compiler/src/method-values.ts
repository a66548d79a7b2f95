// Stage 1d: methods and built-in functions read as values become closures.
//
// `map(int, words)`, `sorted(names, key=len)`, `reduce(max, xs)`: a built-in
// function read as a value is a lambda calling it with its usual number of
// arguments (`int` -> `lambda x: int(x)`), unless the program binds that
// name itself anywhere.
//
// `push = stack.append`, `key = obj.score`, `up = str.upper`: CPython makes a
// bound method, an object holding the receiver and the function. Here a
// bound method is what it behaves as, a closure over the receiver that
// forwards its arguments:
//
//   stack.append  ->  (lambda self: lambda *args: self.append(*args))(stack)
//   str.upper     ->  lambda self, *args: self.upper(*args)
//
// The receiver is evaluated once, where the attribute is read, as in CPython;
// calls through the closure bind their arguments per call site (a `*args`
// tuple has a known length in each specialisation), so they type and run as
// direct method calls do.
//
// The rewrite runs before type inference, so it decides by name: an attribute
// read (not called, not assigned) is a method value when its name is a method
// of some class of the program or of a built-in type, and no class of the
// program has a data attribute of that name. Anything else stays an
// attribute read, and the checker reports what it cannot type.
import type { SourcePos } from './diagnostics';
import { exceptionClassNames } from './checker';
import { boundNames, functionLocals } from './scopes';
import { type ModuleMember, stdlibModules } from './stdlib';
import { lazyForm } from './lazy-iterators';
import { mergedDictDisplay, printStarred } from './parser';
import { classQualname } from './types';
import type * as S from './syntax';
import { walkNodes } from './syntax';

/** Methods of the built-in types a program may take as values. */
export const builtinMethodNames = new Set([
  // list
  'append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'sort', 'reverse', 'copy', 'clear',
  // dict
  'get', 'setdefault', 'update', 'keys', 'values', 'items', 'popitem', 'fromkeys',
  // set
  'add', 'discard', 'union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint',
  'intersection_update', 'difference_update', 'symmetric_difference_update',
  // deque, Counter
  'appendleft', 'popleft', 'extendleft', 'rotate', 'most_common', 'elements', 'subtract',
  // str
  'split', 'rsplit', 'join', 'strip', 'lstrip', 'rstrip', 'replace', 'find', 'rfind', 'rindex', 'startswith', 'endswith',
  'upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'center', 'ljust', 'rjust', 'zfill', 'splitlines', 'partition',
  'rpartition', 'format', 'encode', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'isdecimal', 'isnumeric',
  'isidentifier', 'istitle', 'isascii', 'isprintable', 'removeprefix', 'removesuffix', 'expandtabs',
  // int, float
  'bit_length', 'bit_count', 'is_integer', 'conjugate',
  // iterators and generators (`gR = stream.__next__`)
  '__next__', '__iter__', 'send', 'throw', 'close',
  // containers' protocol dunders (`isbjunk = self.bjunk.__contains__` in difflib)
  '__contains__', '__getitem__', '__len__',
]);

/** Built-in functions a program may pass as values, with the number of arguments the lambda standing for them takes (-1: any, `*args`). */
const builtinFunctionArity: Record<string, number> = {
  str: 1, int: 1, float: 1, bool: 1, len: 1, abs: 1, repr: 1, ascii: 1, ord: 1, chr: 1, hex: 1, bin: 1, oct: 1, hash: 1,
  list: 1, tuple: 1, set: 1, frozenset: 1, sorted: 1, reversed: 1, sum: 1, any: 1, all: 1, iter: 1, next: 1, round: 1,
  callable: 1, id: 1, pow: 2, divmod: 2, isinstance: 2, min: -1, max: -1, print: -1, complex: 1,
  // chunkmap = pool.map if cpus > 1 else map: the two-argument forms (map(f, *its) with a run-time count does not compile).
  map: 2, filter: 2, zip: -1, enumerate: 1,
};

/** Keyword-only parameters of the lambda standing for a built-in, with CPython's defaults, passed on by name
 *  (`f = print; f(x, end='')`, `order = sorted; order(xs, key=len, reverse=True)`). Other keywords fail the build (checker's bind). */
const builtinFunctionKeywords: Record<string, [string, (pos: SourcePos) => S.Expr][]> = {
  print: [
    ['sep', (pos) => ({ kind: 'Str', pos, value: ' ' })],
    ['end', (pos) => ({ kind: 'Str', pos, value: '\n' })],
    ['flush', (pos) => ({ kind: 'Bool', pos, value: false })],
  ],
  sorted: [
    ['key', (pos) => ({ kind: 'None', pos })],
    ['reverse', (pos) => ({ kind: 'Bool', pos, value: false })],
  ],
  min: [['key', (pos) => ({ kind: 'None', pos })]],
  max: [['key', (pos) => ({ kind: 'None', pos })]],
  // `partial(int, base=2)`: None stands for no base (see functionValue), as int(x) and int(x, base) differ.
  int: [['base', (pos) => ({ kind: 'None', pos })]],
};

/**
 * A built-in type kept as a value (`converters = {'int': int}`, `t is int`,
 * `print(int)`, an argument of your function) is its class object, the one
 * type(x) gives: `type(<an empty value of it>)`. Where a built-in calls it
 * (`map(int, xs)`, `key=str`) it stays a function (a typed lambda, see
 * builtinFunctionArity).
 */
const builtinTypeValues: Record<string, (pos: SourcePos) => S.Expr> = {
  int: (pos) => ({ kind: 'Int', pos, value: 0n }),
  float: (pos) => ({ kind: 'Float', pos, value: 0 }),
  str: (pos) => ({ kind: 'Str', pos, value: '' }),
  bool: (pos) => ({ kind: 'Bool', pos, value: false }),
  list: (pos) => ({ kind: 'List', pos, elts: [] }),
  tuple: (pos) => ({ kind: 'Tuple', pos, elts: [] }),
  dict: (pos) => ({ kind: 'Dict', pos, keys: [], values: [] }),
  set: (pos) => ({ kind: 'Call', pos, func: { kind: 'Name', pos, id: 'set' }, args: [], keywords: [] }),
  frozenset: (pos) => ({ kind: 'Call', pos, func: { kind: 'Name', pos, id: 'frozenset' }, args: [], keywords: [] }),
  bytes: (pos) => ({ kind: 'Call', pos, func: { kind: 'Name', pos, id: 'bytes' }, args: [], keywords: [] }),
  bytearray: (pos) => ({ kind: 'Call', pos, func: { kind: 'Name', pos, id: 'bytearray' }, args: [], keywords: [] }),
  complex: (pos) => ({ kind: 'Call', pos, func: { kind: 'Name', pos, id: 'complex' }, args: [], keywords: [] }),
};

/**
 * Built-ins that call the functions passed to them: a built-in type there
 * (`map(int, words)`) stays a typed function. Passed anywhere else (a user
 * function may keep it as a dict key, compare it, print it) it is the class
 * object, which is also callable, through the runtime.
 */
const functionTakingCalls = new Set(['map', 'filter', 'sorted', 'min', 'max', 'reduce', 'starmap', 'accumulate', 'groupby', 'partial', 'cmp_to_key', 'iter']);

/** Built-in types whose methods may be read from the type itself (`str.upper`). */
const builtinTypeNames = new Set(['str', 'list', 'dict', 'set', 'frozenset', 'tuple', 'int', 'float']);
/** Their static and class methods, called through the type as they are. */
const staticTypeMethods = new Set(['maketrans', 'fromkeys', 'fromhex', 'from_bytes', 'mro']);

/** Where an Attribute node is not a plain read: the callee of a call, a target, a decorator, a base class. */
const notReadSlots: Record<string, Set<string>> = {
  Call: new Set(['func']),
  Assign: new Set(['targets']),
  AnnAssign: new Set(['target']),
  AugAssign: new Set(['target']),
  For: new Set(['target']),
  Del: new Set(['targets']),
  FunctionDef: new Set(['decorators']),
  ClassDef: new Set(['bases']),
};

export interface Names {
  /** Names bound by `from M import f` -> [M, f]. */
  importedFunctions: Map<string, [string, string]>;
  /** Local names of imported modules -> the module (`import numpy as np`: np -> numpy). */
  moduleAliases: Map<string, string>;
  /** Every name the program binds somewhere (so a built-in of that name may be shadowed). */
  bound: Set<string>;
  methods: Set<string>;
  data: Set<string>;
  modules: Set<string>;
  classes: Set<string>;
  shadowedTypes: Set<string>;
  /** Names used as types, not as functions: isinstance(x, int), issubclass's classes, defaultdict(list)'s factory. */
  typePositions: Set<S.NameExpr>;
  /** Arguments that built-ins call (map(int, xs), key=str): a built-in type there stays a function. */
  callArgs: Set<S.Expr>;
  /** Does the program call setattr() with a computed name (any attribute name may then be data)? */
  dynamicAttrs: boolean;
  /** Does some class of the program have more than one base (then a class's super() may reach past its own base)? */
  multipleBases: boolean;
  /** Does some call pass keywords to a value (`m(scale=2)`, `handlers[k](off=1)`, `self.callback(x=1)`, `getattr(o, n)(k=v)`),
   *  not to a def, class or built-in named directly nor to a method called by name? Only then may a method value get them. */
  keywordValueCalls: boolean;
  /** The calls with keywords and the top-level defs keywordValueCalls is decided from, once the names are merged. */
  keywordCalls: S.CallExpr[];
  moduleDefs: Set<string>;
}

// The pass runs one top-level statement at a time (pass-cache.ts runCachedPasses): the program's names
// merged from each statement's (methodValueNames, mergeMethodValueNames), then rewriteMethodValuesIn.

/**
 * What the pass reads of the program (pass-cache.ts): the names one top-level statement contributes,
 * merged in statement order by mergeMethodValueNames, equal to collectNames over the whole body (each
 * statement's walk is the whole walk's part for it; sets are unions, a later import of a name wins).
 */
export function methodValueNames(stmt: S.Stmt): Names {
  return collectNames([stmt]);
}

export function mergeMethodValueNames(parts: readonly Names[]): Names {
  const all = collectNames([]);
  for (const p of parts) {
    for (const [k, v] of p.importedFunctions) all.importedFunctions.set(k, v);
    for (const [k, v] of p.moduleAliases) all.moduleAliases.set(k, v);
    for (const key of ['bound', 'methods', 'data', 'modules', 'classes', 'shadowedTypes', 'typePositions', 'callArgs'] as const) {
      for (const x of p[key] as Set<unknown>) (all[key] as Set<unknown>).add(x);
    }
    all.dynamicAttrs ||= p.dynamicAttrs;
    all.multipleBases ||= p.multipleBases;
    all.keywordCalls.push(...p.keywordCalls);
    for (const d of p.moduleDefs) all.moduleDefs.add(d);
  }
  all.keywordValueCalls = keywordValueCallsIn(all);
  return all;
}

/** The program-wide part of `names` (everything but its own nodes) as text: equal texts rewrite a statement alike. */
export function methodValueFacts(names: Names): string {
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  const entries = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    entries(names.importedFunctions),
    entries(names.moduleAliases),
    // Of the bound names, only those the rewrite asks about: a new local variable elsewhere changes nothing.
    sorted([...names.bound].filter(boundNameRead)),
    sorted(names.methods),
    sorted(names.data),
    sorted(names.modules),
    sorted(names.classes),
    sorted(names.shadowedTypes),
    names.dynamicAttrs,
    names.multipleBases,
    names.keywordValueCalls,
  ]);
}

/**
 * Whether rewriteMethodValuesIn asks whether the program binds `name` (names.bound): the built-in types,
 * functions, exception classes and values it rewrites, tested as it tests them.
 */
function boundNameRead(name: string): boolean {
  return name === 'object' || name === 'type' || name === 'slice' || name === 'dict' || builtinTypeNames.has(name) || name in builtinTypeValues || exceptionClassNames.has(name) || name in builtinFunctionArity;
}

/** The names of `names` that are the program's, not its nodes': kept for a statement across builds (pass-cache.ts). */
export function programPartOf(names: Names): Names {
  return { ...names, typePositions: new Set(), callArgs: new Set() };
}

/**
 * The pass on one top-level statement, given the names of the whole program (and at least those of the
 * statement's own nodes, `typePositions` and `callArgs`). Reads nothing else of the program.
 */
export function rewriteMethodValuesIn(s: S.Stmt, names: Names): void {
  const typeNames = names.typePositions;
  let counter = 0;
  // `OrderedDict.fromkeys`, `itertools.chain.from_iterable`: the module function's own attribute (a member of
  // the module's table) reads it, so the function there stays itself and is not made a value.
  const attributeOwners = new Set<S.Expr>();
  // The locals of the functions being walked, innermost last: a name one of them binds (`count = 0` in a
  // program that also has `from itertools import count`) is that variable there, not the import.
  // Computed only when such a name is met (this pass runs on every serve cycle; most defs read no import).
  const enclosingDefs: S.FunctionDef[] = [];
  const enclosingClasses: S.ClassDef[] = [];
  const localsOf = new Map<S.FunctionDef, Set<string>>();
  const boundInEnclosingDef = (name: string): boolean =>
    enclosingDefs.some((def) => {
      let locals = localsOf.get(def);
      if (!locals) localsOf.set(def, (locals = functionLocals(def)));
      return locals.has(name);
    });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        const replaced = replacement(child);
        if (replaced) node[i] = replaced;
        visit(node[i]);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const kind = (node as { kind?: string }).kind;
    const exempt = kind ? notReadSlots[kind] : undefined;
    if (kind === 'Call') {
      // str.upper(s), dict.get(d, k), list.append(xs, x): a built-in type's method called through the type is
      // the method of its first argument (the type's static methods, maketrans/fromkeys/fromhex/from_bytes, aside).
      const call = node as S.CallExpr;
      const f = call.func;
      if (f.kind === 'Attribute' && f.value.kind === 'Name' && builtinTypeNames.has(f.value.id) && !names.shadowedTypes.has(f.value.id) && !names.bound.has(f.value.id) &&
          !staticTypeMethods.has(f.attr) && !f.attr.startsWith('__') && call.args.length >= 1 && call.args[0].kind !== 'Starred') {
        call.func = { kind: 'Attribute', pos: f.pos, value: call.args[0], attr: f.attr };
        call.args = call.args.slice(1);
      }
    }
    if (kind === 'Subscript') {
      // xs[slice(a, b, c)] is xs[a:b:c] (slice objects kept as values are not compiled).
      const sub = node as S.SubscriptExpr;
      const index = sliceCallAsSlice(sub.index, names);
      if (index) sub.index = index;
    }
    if (kind === 'Attribute') {
      const e = node as S.AttributeExpr;
      const v = e.value;
      const owner = v.kind === 'Name' ? names.importedFunctions.get(v.id) : v.kind === 'Attribute' && v.value.kind === 'Name' && names.moduleAliases.has(v.value.id) ? [names.moduleAliases.get(v.value.id)!, v.attr] : undefined;
      if (owner && stdlibModules[owner[0]]?.[`${owner[1]}.${e.attr}`]) attributeOwners.add(v);
      // `Exception.__init__(self, *args)`: BaseException's method named through the class (the checker's builtinExceptionMethodCall).
      if (v.kind === 'Name' && exceptionClassNames.has(v.id) && ['__init__', '__str__', '__repr__'].includes(e.attr)) attributeOwners.add(v);
    }
    if (kind === 'FunctionDef') enclosingDefs.push(node as S.FunctionDef);
    if (kind === 'ClassDef') enclosingClasses.push(node as S.ClassDef);
    for (const key in node) {
      if (key === 'pos' || key === 'namePos') continue;
      const child = (node as Record<string, unknown>)[key];
      if (exempt?.has(key)) {
        visitTargets(child);
        continue;
      }
      const replaced = replacement(child);
      if (replaced) (node as Record<string, unknown>)[key] = replaced;
      visit((node as Record<string, unknown>)[key]);
    }
    if (kind === 'FunctionDef') enclosingDefs.pop();
    if (kind === 'ClassDef') enclosingClasses.pop();
  };
  // In a target or callee the Attribute node itself stays; what it reads from is still visited.
  const visitTargets = (slot: unknown): void => {
    const nodes = Array.isArray(slot) ? slot : [slot];
    for (const n of nodes) {
      if (n && typeof n === 'object' && (n as S.Expr).kind === 'Attribute') visit(n);
      else if (n && typeof n === 'object' && ((n as S.Expr).kind === 'Tuple' || (n as S.Expr).kind === 'List')) visitTargets((n as S.TupleExpr).elts);
      else if (n && typeof n === 'object' && (n as S.Expr).kind === 'Starred') visitTargets((n as S.StarredExpr).value);
      else visit(n);
    }
  };
  const replacement = (x: unknown): S.Expr | null => {
    const dict = x && typeof x === 'object' && (x as S.Expr).kind === 'Call' ? dictDisplayOf(x as S.CallExpr, names) : null;
    if (dict) return dict;
    if (x && typeof x === 'object' && (x as S.Expr).kind === 'Call') {
      classFactory(x as S.CallExpr, names);
      mappingKeywordsOf(x as S.CallExpr, names);
    }
    if (x && typeof x === 'object' && (x as S.Expr).kind === 'Name') {
      const n = x as S.NameExpr;
      const imported = names.importedFunctions.has(n.id) && !boundInEnclosingDef(n.id) ? names.importedFunctions.get(n.id) : undefined;
      if (imported && !attributeOwners.has(n)) {
        const member = stdlibModules[imported[0]]?.[imported[1]];
        if (member?.kind !== 'func') return null;
        counter++;
        return functionValue(n, moduleFunctionArity(member), counter);
      }
      if (names.bound.has(n.id) || typeNames.has(n)) return null;
      // `object` as a value (a singledispatch registry's first key): its class object, as `type(0)` is int's.
      if (n.id === 'object' && !names.callArgs.has(n)) return { kind: 'Call', pos: n.pos, func: { kind: 'Name', pos: n.pos, id: 'object.class' }, args: [], keywords: [] };
      const empty = builtinTypeValues[n.id];
      if (empty && !names.callArgs.has(n) && !names.bound.has('type')) return { kind: 'Call', pos: n.pos, func: { kind: 'Name', pos: n.pos, id: 'type' }, args: [empty(n.pos)], keywords: [] };
      // A built-in exception class as a value (`suppress(KeyError)`, `errors = (ValueError, TypeError)`): its class
      // object, the one type() of an instance gives (raise, except, isinstance and class bases name it instead).
      if (exceptionClassNames.has(n.id) && !names.callArgs.has(n) && !names.bound.has('type') && !attributeOwners.has(n)) {
        const instance: S.Expr = { kind: 'Call', pos: n.pos, func: { kind: 'Name', pos: n.pos, id: n.id }, args: [], keywords: [] };
        return { kind: 'Call', pos: n.pos, func: { kind: 'Name', pos: n.pos, id: 'type' }, args: [instance], keywords: [] };
      }
      if (!(n.id in builtinFunctionArity)) return null;
      counter++;
      return functionValue(n, builtinFunctionArity[n.id], counter, builtinFunctionKeywords[n.id]);
    }
    if (!x || typeof x !== 'object' || (x as S.Expr).kind !== 'Attribute') return null;
    const e = x as S.AttributeExpr;
    if (isSuperCall(e.value)) {
      const method = enclosingDefs[enclosingDefs.length - 1];
      const cls = enclosingClasses[enclosingClasses.length - 1];
      // Without multiple inheritance anywhere, the MRO after a class is its base's: super().m is Base.m.
      const base = !names.multipleBases && cls?.bases.length === 1 && cls.bases[0].kind === 'Name' && names.classes.has(cls.bases[0].id) ? cls.bases[0] : null;
      if (!base || !method || !cls.body.includes(method) || method.decorators.length || !method.params.length || method.params[0].kind !== 'normal') return null;
      counter++;
      return superMethod(e, base, method.params[0].name, counter, names.keywordValueCalls && names.methods.has(e.attr));
    }
    const member = attributeOwners.has(e) ? null : moduleFunctionOf(e, names);
    if (member) {
      counter++;
      return functionValue(e, moduleFunctionArity(member), counter);
    }
    if (!isMethodValue(e, names)) return null;
    counter++;
    return e.value.kind === 'Name' && builtinTypeNames.has(e.value.id) && !names.shadowedTypes.has(e.value.id) ? unboundBuiltinMethod(e, counter) : boundMethod(e, counter, e.value.kind === 'Name' && names.classes.has(e.value.id), names.keywordValueCalls && names.methods.has(e.attr));
  };
  // The lambdas' parameters are numbered per top-level statement (unique in every scope they can be seen
  // from): a method value added to one def does not rename those of the defs after it, whose code then
  // stays as it was (serve reuses an unchanged function's LLVM text and object).
  visit(s);
}

/** `slice(stop)`, `slice(start, stop[, step])` as an index: the slice written out, unless the program binds `slice`. */
function sliceCallAsSlice(index: S.Expr, names: Names): S.SliceExpr | null {
  if (index.kind !== 'Call' || index.func.kind !== 'Name' || index.func.id !== 'slice' || names.bound.has('slice')) return null;
  const args = index.args;
  if (index.keywords.length || index.doubleStars?.length || args.length < 1 || args.length > 3 || args.some((a) => a.kind === 'Starred')) return null;
  const [lower, upper, step] = args.length === 1 ? [null, args[0], null] : [args[0], args[1], args[2] ?? null];
  return { kind: 'Slice', pos: index.pos, lower, upper, step };
}

/** `defaultdict(Fraction)`, a class of the program (or of a Python-written module) as the factory:
 *  `defaultdict(lambda: Fraction())`, a function of no parameters the runtime calls for each missing key. */
function classFactory(call: S.CallExpr, names: Names): void {
  const f = call.func;
  const callee = f.kind === 'Name' ? f.id : f.kind === 'Attribute' ? f.attr : '';
  const factory = call.args[0];
  if (callee !== 'defaultdict' || !factory || factory.kind !== 'Name' || !names.classes.has(factory.id)) return;
  const pos = factory.pos;
  call.args[0] = lambda(pos, '<lambda>', [], { kind: 'Call', pos, func: { kind: 'Name', pos, id: factory.id }, args: [], keywords: [] });
}

/** dict(k=v, ...) and dict(x, k=v, ...) are the displays {'k': v, ...} and {**dict(x), 'k': v, ...}, unless the program binds `dict`. */
function dictDisplayOf(call: S.CallExpr, names: Names): S.Expr | null {
  const f = call.func;
  if (f.kind !== 'Name' || f.id !== 'dict' || names.bound.has('dict') || names.shadowedTypes.has('dict')) return null;
  if (!call.keywords.length || call.args.length > 1 || call.doubleStars?.length || call.args.some((a) => a.kind === 'Starred')) return null;
  const pos = call.pos;
  const pairs: S.Expr = { kind: 'Dict', pos, keys: call.keywords.map((k) => ({ kind: 'Str', pos: k.pos, value: k.name }) as S.Expr), values: call.keywords.map((k) => k.value) };
  return call.args.length ? mergedDictDisplay(pos, [{ kind: 'Call', pos, func: f, args: call.args, keywords: [] }, pairs]) : pairs;
}

/**
 * `OrderedDict(a=1)`, `OrderedDict(x, a=1)`, `defaultdict(f, x, a=1)`, `Counter(a=1)`: the keywords become one
 * mapping argument, the display `{'a': 1}` (after x's items, `{**dict(x), 'a': 1}`), as those constructors update
 * from the positional argument first, then from the keywords. (Counter(x, a=1) adds the keywords' counts to x's: not this.)
 */
function mappingKeywordsOf(call: S.CallExpr, names: Names): void {
  const f = call.func;
  const owner = f.kind === 'Name' ? names.importedFunctions.get(f.id) : f.kind === 'Attribute' && f.value.kind === 'Name' ? [names.moduleAliases.get(f.value.id), f.attr] : undefined;
  if (!owner || owner[0] !== 'collections' || !call.keywords.length || call.doubleStars?.length || call.args.some((a) => a.kind === 'Starred')) return;
  const before = owner[1] === 'defaultdict' ? 1 : owner[1] === 'OrderedDict' || owner[1] === 'Counter' ? 0 : -1;
  if (before < 0 || call.args.length > before + 1 || call.args.length < before || (owner[1] === 'Counter' && call.args.length)) return;
  if (call.args.length > before && (names.bound.has('dict') || names.shadowedTypes.has('dict'))) return;
  const pos = call.pos;
  const pairs: S.Expr = { kind: 'Dict', pos, keys: call.keywords.map((k) => ({ kind: 'Str', pos: k.pos, value: k.name }) as S.Expr), values: call.keywords.map((k) => k.value) };
  const mapping = call.args.length > before ? mergedDictDisplay(pos, [{ kind: 'Call', pos, func: { kind: 'Name', pos, id: 'dict' }, args: [call.args[before]], keywords: [] }, pairs]) : pairs;
  call.args = [...call.args.slice(0, before), mapping];
  call.keywords = [];
}

/** The module function `math.sqrt` (or `sys.stdout.write`, in a namespace of the module) names, or null when it is not one. */
function moduleFunctionOf(e: S.AttributeExpr, names: Names): Extract<ModuleMember, { kind: 'func' }> | null {
  const path: string[] = [];
  let root = e.value;
  for (; root.kind === 'Attribute'; root = root.value) path.unshift(root.attr);
  if (root.kind !== 'Name') return null;
  const module = names.moduleAliases.get(root.id);
  let members: Record<string, ModuleMember> | undefined = module ? stdlibModules[module] : undefined;
  for (const p of path) {
    const m: ModuleMember | undefined = members?.[p];
    members = m?.kind === 'namespace' ? m.members : undefined;
  }
  const member = members?.[e.attr];
  return member?.kind === 'func' ? member : null;
}

/** The parameters of the lambda standing for a module function read as a value: the arguments every
 *  overload needs, then `*args` when some call takes more (`itertools.count` as a value takes 0, 1 or 2
 *  arguments, `math.log` 1 or 2), passed on as the call's own arguments. */
function moduleFunctionArity(member: Extract<ModuleMember, { kind: 'func' }>): { required: number; more: boolean } {
  let required = Infinity;
  let most = 0;
  for (const o of member.overloads) {
    const fixed = o.args.filter((a) => a !== 'rest').length;
    required = Math.min(required, fixed - (o.optional ?? 0));
    most = Math.max(most, o.args.includes('rest') ? Infinity : fixed);
  }
  return { required, more: most > required };
}

function isMethodValue(e: S.AttributeExpr, names: Names): boolean {
  if (names.data.has(e.attr)) return false;
  if (!names.methods.has(e.attr) && !builtinMethodNames.has(e.attr)) return false;
  // Module attributes (math.sqrt, os.path.join) are functions, not methods.
  let root: S.Expr = e.value;
  while (root.kind === 'Attribute') root = root.value;
  if (root.kind === 'Name' && names.modules.has(root.id)) return false;
  // super().m as a value: not supported by this rewrite (super() needs the enclosing method).
  if (e.value.kind === 'Call' && e.value.func.kind === 'Name' && e.value.func.id === 'super') return false;
  if (e.value.kind === 'Name' && builtinTypeNames.has(e.value.id) && !names.shadowedTypes.has(e.value.id)) return builtinMethodNames.has(e.attr);
  // A class's __getattr__ answers names it does not have: `record.title` may be its data, not str.title. A name
  // only built-in types have as a method stays an attribute read, which the checker types by the receiver.
  if (names.methods.has('__getattr__') && !names.methods.has(e.attr)) return false;
  // So may an instance's own dict, which setattr(obj, name, v) with a computed name fills (checker.ts addInstanceDict).
  if (names.dynamicAttrs && !names.methods.has(e.attr)) return false;
  return true;
}

/**
 * The lambdas standing for methods read as values, with the __qualname__ CPython gives them: `C.m` for
 * `C.m` (a plain function there), null for a bound method or a built-in type's method (no such name here:
 * their __qualname__ fails to build, their repr is an object's).
 */
export const methodValueQualnames = new WeakMap<S.FunctionDef, string | null>();

/** `recv.m` -> `(lambda self: lambda *args: self.m(*args))(recv)`. */
function boundMethod(e: S.AttributeExpr, n: number, ofClass: boolean, keywords: boolean): S.Expr {
  const pos = e.pos;
  const self = `self.bm${n}`;
  const args = `args.bm${n}`;
  const kwargs = keywords ? `kwargs.bm${n}` : null;
  const params = [param(pos, args, 'varargs'), ...(kwargs ? [param(pos, kwargs, 'varkw')] : [])];
  const forward = lambda(pos, e.attr, params, callMethod(pos, { kind: 'Name', pos, id: self }, e.attr, args, kwargs));
  methodValueQualnames.set(forward.def, ofClass && e.value.kind === 'Name' ? `${classQualname(e.value.id)}.${e.attr}` : null);
  const bind = lambda(pos, e.attr, [param(pos, self, 'normal')], forward);
  return { kind: 'Call', pos, func: bind, args: [e.value], keywords: [] };
}

/** `super()` with no arguments. */
function isSuperCall(e: S.Expr): boolean {
  return e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'super' && !e.args.length && !e.keywords.length;
}

/**
 * `super().m` in a method of `class C(Base)` (one base, a class of the program: its MRO after C is Base's) ->
 * `(lambda self: lambda *args: Base.m(self, *args))(self)`: the bound method super() gives, bound to the method's
 * own first parameter where it is read.
 */
function superMethod(e: S.AttributeExpr, base: S.NameExpr, self: string, n: number, keywords: boolean): S.Expr {
  const pos = e.pos;
  const bound = `self.bm${n}`;
  const args = `args.bm${n}`;
  const kwargs = keywords ? `kwargs.bm${n}` : null;
  const call: S.CallExpr = {
    kind: 'Call',
    pos,
    func: { kind: 'Attribute', pos, value: { kind: 'Name', pos, id: base.id }, attr: e.attr },
    args: [{ kind: 'Name', pos, id: bound }, { kind: 'Starred', pos, value: { kind: 'Name', pos, id: args }, inCall: true }],
    keywords: [],
  };
  if (kwargs) call.doubleStars = [{ kind: 'Name', pos, id: kwargs }];
  const forward = lambda(pos, e.attr, [param(pos, args, 'varargs'), ...(kwargs ? [param(pos, kwargs, 'varkw')] : [])], call);
  methodValueQualnames.set(forward.def, null);
  const bind = lambda(pos, e.attr, [param(pos, bound, 'normal')], forward);
  return { kind: 'Call', pos, func: bind, args: [{ kind: 'Name', pos, id: self }], keywords: [] };
}

/** `int` -> `lambda x: int(x)` (`print` -> `lambda *args: print(*args)`), `math.sqrt` -> `lambda x: math.sqrt(x)`, named `int`, `print`, `sqrt`. */
function functionValue(e: S.NameExpr | S.AttributeExpr, arity: number | { required: number; more: boolean }, n: number, keywordParams: [string, (pos: SourcePos) => S.Expr][] = []): S.Expr {
  const pos = e.pos;
  const name = (i: number) => `arg${i}.bf${n}`;
  // -1: any number of arguments (`*args` only).
  const { required, more } = typeof arity === 'number' ? (arity < 0 ? { required: 0, more: true } : { required: arity, more: false }) : arity;
  const params = Array.from({ length: required }, (_, i) => param(pos, name(i), 'normal'));
  if (more) params.push(param(pos, name(required), 'varargs'));
  const args: S.Expr[] = params.map((p) => (p.kind === 'varargs' ? { kind: 'Starred', pos, value: { kind: 'Name', pos, id: p.name }, inCall: true } : { kind: 'Name', pos, id: p.name }));
  const keywords: S.KeywordArg[] = keywordParams.map(([k, value]) => {
    // Named as the keyword it is bound by (the lambda's body reads nothing else of that name).
    params.push({ name: k, defaultValue: value(pos), pos, kind: 'kwonly' });
    return { name: k, pos, value: { kind: 'Name', pos, id: k } };
  });
  const callee: S.Expr = e.kind === 'Name' ? { kind: 'Name', pos, id: e.id } : { kind: 'Attribute', pos, value: e.value, attr: e.attr };
  // print(*args) is written out by the parser as one joined str (printStarred); this call is made after parsing.
  let call: S.Expr = { kind: 'Call', pos, func: callee, args, keywords };
  if (callee.kind === 'Name' && callee.id === 'print' && more) call = printStarred(pos, callee, args, keywords);
  else if (callee.kind === 'Name' && callee.id === 'int' && keywords.length) {
    // int(x) without a base, int(x, base) with one.
    const base: S.Expr = { kind: 'Name', pos, id: 'base' };
    const test: S.Expr = { kind: 'Compare', pos, left: base, ops: ['is'], comparators: [{ kind: 'None', pos }] };
    call = { kind: 'IfExp', pos, test, body: { kind: 'Call', pos, func: callee, args, keywords: [] }, orelse: { kind: 'Call', pos, func: { ...callee }, args: [...args, { ...base }], keywords: [] } };
  }
  // map/filter objects are lazy: the generator lazy-iterators.ts makes of a map kept as a value (desugar ran before).
  else if (callee.kind === 'Name' && (callee.id === 'map' || callee.id === 'filter')) call = lazyForm(call, true) ?? call;
  // Named as the function it stands for (`int.__name__`, `math.sqrt.__name__` is 'sqrt': pythonName drops the
  // qualifier), under a qualified name no program can write, so its own body's `max(...)` still means the built-in.
  // An attribute keeps its qualifier in the name (`builtins.sys.stderr.write`): `sys.stdout.write` and `sys.stderr.write`
  // in one function are two functions.
  return lambda(pos, `builtins.${dottedName(e) ?? (e as S.AttributeExpr).attr}`, params, call);
}

/** `a.b.c` as that text, or null when the expression is not names and attributes. */
function dottedName(e: S.Expr): string | null {
  if (e.kind === 'Name') return e.id;
  if (e.kind !== 'Attribute') return null;
  const owner = dottedName(e.value);
  return owner === null ? null : `${owner}.${e.attr}`;
}

/** `str.upper` -> `lambda self, *args: self.upper(*args)`. */
function unboundBuiltinMethod(e: S.AttributeExpr, n: number): S.Expr {
  const made = unboundBuiltinMethodLambda(e, n);
  methodValueQualnames.set(made.def, null);
  return made;
}

function unboundBuiltinMethodLambda(e: S.AttributeExpr, n: number): S.LambdaExpr {
  const pos = e.pos;
  const self = `self.bm${n}`;
  const args = `args.bm${n}`;
  return lambda(pos, e.attr, [param(pos, self, 'normal'), param(pos, args, 'varargs')], callMethod(pos, { kind: 'Name', pos, id: self }, e.attr, args));
}

function callMethod(pos: SourcePos, recv: S.Expr, attr: string, args: string, kwargs: string | null = null): S.Expr {
  const star: S.StarredExpr = { kind: 'Starred', pos, value: { kind: 'Name', pos, id: args }, inCall: true };
  const call: S.CallExpr = { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: recv, attr }, args: [star], keywords: [] };
  if (kwargs) call.doubleStars = [{ kind: 'Name', pos, id: kwargs }];
  return call;
}

function param(pos: SourcePos, name: string, kind: S.Param['kind']): S.Param {
  return { name, defaultValue: null, pos, kind };
}

function lambda(pos: SourcePos, name: string, params: S.Param[], body: S.Expr): S.LambdaExpr {
  const def: S.FunctionDef = { kind: 'FunctionDef', pos, name, namePos: pos, isAsync: false, params, body: [{ kind: 'Return', pos, value: body }], decorators: [] };
  return { kind: 'Lambda', pos, def };
}

/** Method names, data attribute names, module aliases and class names of the whole program. */
function collectNames(body: S.Stmt[]): Names {
  const names: Names = { importedFunctions: new Map(), moduleAliases: new Map(), bound: new Set(), methods: new Set(), data: new Set(), modules: new Set(), classes: new Set(), shadowedTypes: new Set(), typePositions: new Set(), callArgs: new Set(), dynamicAttrs: false, multipleBases: false, keywordValueCalls: false, keywordCalls: [], moduleDefs: new Set(body.flatMap((s) => (s.kind === 'FunctionDef' ? [s.name] : []))) };
  const keywordCalls = names.keywordCalls;
  // The module body and every function body in it (parameters count as bound names there).
  const bodies: S.Stmt[][] = [body];
  const typePosition = (e: S.Expr | undefined) => {
    if (!e) return;
    if (e.kind === 'Name') names.typePositions.add(e);
    else if (e.kind === 'Tuple') e.elts.forEach(typePosition);
  };
  const isProperty = (d: S.FunctionDef) => d.decorators.some((x) => (x.kind === 'Name' && x.id === 'property') || (x.kind === 'Attribute' && (x.attr === 'setter' || x.attr === 'getter' || x.attr === 'deleter')));
  const targetAttrs = (t: S.Expr): void => {
    if (t.kind === 'Attribute') names.data.add(t.attr);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(targetAttrs);
    else if (t.kind === 'Starred') targetAttrs(t.value);
  };
  const classBody = (stmts: S.Stmt[]): void => {
    for (const s of stmts) {
      if (s.kind === 'FunctionDef') (isProperty(s) ? names.data : names.methods).add(s.name);
      else if (s.kind === 'Assign') {
        for (const t of s.targets) {
          if (t.kind === 'Name') names.data.add(t.id);
          if (t.kind === 'Name' && t.id === '__slots__') slotNames(s.value).forEach((n) => names.data.add(n));
        }
      } else if (s.kind === 'AnnAssign' && s.target.kind === 'Name') names.data.add(s.target.id);
    }
  };
  // One walk of the whole program for all of it (each walk of a big program
  // costs tens of milliseconds of every serve cycle).
  walkNodes(body, (node) => {
    const n = node as unknown as S.Stmt | S.Expr;
    switch (n.kind) {
      case 'Call': {
        const callee = n.func.kind === 'Name' ? n.func.id : n.func.kind === 'Attribute' ? n.func.attr : '';
        if (callee === 'isinstance' || callee === 'issubclass') typePosition(n.args[1]);
        if (callee === 'defaultdict') typePosition(n.args[0]);
        // (linked module functions are named `functools.partial` by now)
        if (functionTakingCalls.has(callee.split('.').pop()!)) for (const a of n.args) names.callArgs.add(a);
        // key=int, key=str (sort, sorted, min, max, groupby...): called on each item.
        for (const k of n.keywords) if (k.name === 'key') names.callArgs.add(k.value);
        // argparse's add_argument('--count') and set_defaults(count=...) declare the parsed
        // namespace's data attributes: `args.count` is a value, not list.count.
        if (callee === 'add_argument') {
          const dest = argparseDest(n);
          if (dest) names.data.add(dest);
        }
        if (callee === 'set_defaults') for (const k of n.keywords) if (k.name) names.data.add(k.name);
        if (n.keywords.length || n.doubleStars?.length) keywordCalls.push(n);
        if (n.func.kind === 'Name' && n.func.id === 'setattr' && n.args.length === 3) {
          if (n.args[1].kind === 'Str') names.data.add(n.args[1].value);
          else names.dynamicAttrs = true;
        }
        break;
      }
      case 'Try':
        // except X / except (X, Y): class names, not values
        for (const h of n.handlers) typePosition(h.type ?? undefined);
        break;
      case 'Raise':
        typePosition(n.exc ?? undefined);
        typePosition(n.cause ?? undefined);
        break;
      case 'ClassDef':
        names.classes.add(n.name);
        if (n.bases.length > 1) names.multipleBases = true;
        classBody(n.body);
        break;
      case 'Import':
        for (const m of n.names) {
          names.modules.add(m.asname ?? m.module.split('.')[0]);
          names.moduleAliases.set(m.asname ?? m.module, m.module);
        }
        break;
      case 'ImportFrom':
        for (const m of n.names) names.importedFunctions.set(m.asname ?? m.name, [n.module, m.name]);
        break;
      case 'Assign':
        n.targets.forEach(targetAttrs);
        for (const t of n.targets) if (t.kind === 'Name' && builtinTypeNames.has(t.id)) names.shadowedTypes.add(t.id);
        break;
      case 'AnnAssign':
      case 'AugAssign':
      case 'For':
        targetAttrs(n.target);
        break;
      case 'FunctionDef':
        if (builtinTypeNames.has(n.name)) names.shadowedTypes.add(n.name);
        bodies.push(n.body, n.params.map((p) => ({ kind: 'Assign', pos: p.pos, targets: [{ kind: 'Name', pos: p.pos, id: p.name }], value: { kind: 'None', pos: p.pos } }) as S.Stmt));
        break;
    }
  });
  for (const stmts of bodies) for (const n of boundNames(stmts)) names.bound.add(n);
  names.keywordValueCalls = keywordValueCallsIn(names);
  return names;
}

/** Does some call pass keywords to a value, given the program's names (see Names.keywordValueCalls)? */
function keywordValueCallsIn(names: Names): boolean {
  return names.keywordCalls.some(({ func }) =>
    func.kind === 'Name' ? !names.moduleDefs.has(func.id) && !names.classes.has(func.id) && names.bound.has(func.id) && !names.importedFunctions.has(func.id)
    : func.kind === 'Attribute' ? !names.methods.has(func.attr) && !builtinMethodNames.has(func.attr) && !(func.value.kind === 'Name' && names.modules.has(func.value.id))
    : true);
}

/** The attribute an argparse add_argument call stores into (CPython's rules for dest), or null. */
function argparseDest(call: S.CallExpr): string | null {
  const dest = call.keywords.find((k) => k.name === 'dest')?.value;
  if (dest) return dest.kind === 'Str' ? dest.value : null;
  const flags = call.args.flatMap((a) => (a.kind === 'Str' ? [a.value] : []));
  if (!flags.length) return null;
  if (!flags[0].startsWith('-')) return flags[0];
  const name = flags.find((f) => f.startsWith('--')) ?? flags[0];
  return name.replace(/^-+/, '').replace(/-/g, '_');
}

/** The names in `__slots__ = ('a', 'b')` (or a list, or one string). */
function slotNames(e: S.Expr): string[] {
  if (e.kind === 'Str') return [e.value];
  if (e.kind === 'Tuple' || e.kind === 'List') return e.elts.flatMap((x) => (x.kind === 'Str' ? [x.value] : []));
  return [];
}

