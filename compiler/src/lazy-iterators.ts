// Stage 1d (after desugar.ts): `map()` and `filter()` objects kept as values.
//
// Where a map or filter is consumed at once (a for loop, a comprehension's
// iterable, an argument of list()/sum()/sorted()...), the checker evaluates
// it eagerly. Anywhere else (`m = map(f, xs)`, returned, passed to a user
// function, next(m)) it must stay lazy, as in CPython: it is rewritten into
// the generator expression with the same behaviour, in the lazy form the
// parser gives a generator expression (a nested generator function):
//
//   map(f, xs)              -> (f(item) for item in xs)
//   map(lambda x: e, xs)    -> (e for x in xs)
//   map(f, xs, ys)          -> (f(a, b) for a, b in zip(xs, ys))
//   filter(f, xs)           -> (item for item in xs if f(item))
//   filter(lambda x: e, xs) -> (x for x in xs if e)
//   filter(None, xs)        -> (item for item in xs if item)
//
// The iterable is evaluated when the map is created (a generator expression's
// first iterable is), and a function named by a plain name or attribute is
// read at each item, so it must not be rebound meanwhile; any other function
// expression (a call that builds one) is left alone, as its evaluation would
// repeat per item.
import { generatorFunctionCall } from './parser';
import type * as S from './syntax';
import { sourceMentions, walkNodes, walkStatements } from './syntax';

/** Builtins the checker lets consume a map or filter argument at once (checker.ts consumingBuiltins). */
const consumingBuiltins = new Set(['sum', 'any', 'all', 'min', 'max', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'dict', 'enumerate', 'zip', 'map', 'filter']);

export function makeLazyMapFilter(module: S.Module, parse: (file: string, source: string) => S.Module): void {
  rewriteAccumulateWithFunc(module, parse);
  // The calls rewritten below come from source text (no earlier pass makes a map, a filter or a
  // two-argument iter; accumulate's rewrite above only where the source names accumulate).
  if (!['map', 'filter', 'iter', 'accumulate'].some((word) => sourceMentions(module, word))) return;
  // One walk gathers what the rewrites below need (a walk of a big program
  // costs tens of milliseconds of every serve cycle); which names are
  // shadowed is known only at its end, so candidates are filtered after it.
  const shadowed = new Set<string>();
  const iterCalls: S.CallExpr[] = [];
  const candidates: S.CallExpr[] = [];
  // The calls consumed at once, where the checker's eager evaluation applies.
  const eager = new Set<S.Expr>();
  walkNodes(module.body, (n) => {
    const node = n as unknown as S.Stmt | S.Expr;
    if (node.kind === 'FunctionDef' || node.kind === 'ClassDef') shadowed.add(node.name);
    else if (node.kind === 'Assign') {
      for (const t of node.targets) if (t.kind === 'Name') shadowed.add(t.id);
    } else if (node.kind === 'For') eager.add(node.iter);
    else if (node.kind === 'Call' && node.func.kind === 'Name') {
      const id = node.func.id;
      if (consumingBuiltins.has(id)) for (const a of node.args) eager.add(a);
      const plain = node.keywords.length === 0 && !node.args.some((a) => a.kind === 'Starred');
      if (id === 'iter' && node.args.length === 2 && plain) iterCalls.push(node);
      if ((id === 'map' || id === 'filter') && plain && !node.doubleStars?.length) candidates.push(node);
    }
    const generators = (n as Record<string, unknown>).generators;
    if (Array.isArray(generators)) for (const g of generators as S.Comprehension[]) eager.add(g.iter);
  });
  if (!shadowed.has('iter')) {
    for (const call of iterCalls) {
      const gen = callableIterator(call);
      for (const key of Object.keys(call)) delete (call as unknown as Record<string, unknown>)[key];
      Object.assign(call, gen);
    }
  }
  const lazy = candidates.filter((call) => !shadowed.has((call.func as S.NameExpr).id) && !eager.has(call));
  for (const call of lazy) {
    const gen = lazyForm(call);
    if (gen) {
      // In place: the parent keeps pointing at the same node.
      for (const key of Object.keys(call)) delete (call as unknown as Record<string, unknown>)[key];
      Object.assign(call, gen);
    }
  }
}

const itemName = '_lazy_item';
const builtinTypes = new Set(['str', 'int', 'float', 'list', 'dict', 'set', 'tuple', 'bytes']);

/** The generator expression's lazy form: a call of a nested generator function (see parser.ts). */
export function lazyForm(call: S.CallExpr, functionMayBeNone = false): S.Expr | null {
  const pos = call.pos;
  const name = (id: string): S.NameExpr => ({ kind: 'Name', pos, id });
  const [fn, ...iterables] = call.args;
  const isFilter = (call.func as S.NameExpr).id === 'filter';
  if (!fn || iterables.length === 0 || (isFilter && iterables.length !== 1)) return null;
  const lambda = fn.kind === 'Lambda' && simpleParams(fn.def, iterables.length) ? fn.def : null;
  if (!lambda && !readOnly(fn) && !(isFilter && fn.kind === 'None')) return null;
  let target: S.Expr;
  let iter: S.Expr;
  let args: S.Expr[];
  if (lambda) {
    args = lambda.params.map((p) => name(p.name));
  } else {
    args = iterables.map((_, i) => name(iterables.length === 1 ? itemName : `${itemName}${i}`));
  }
  if (iterables.length === 1) {
    target = args[0];
    iter = iterables[0];
  } else {
    target = { kind: 'Tuple', pos, elts: args } as S.Expr;
    iter = { kind: 'Call', pos, func: name('zip'), args: iterables, keywords: [] };
  }
  let body: S.Expr;
  if (lambda) body = lambdaBody(lambda);
  else if (fn.kind === 'None') body = args[0];
  else if (fn.kind === 'Attribute' && fn.value.kind === 'Name' && builtinTypes.has(fn.value.id)) {
    // `str.upper(item)` is the method call `item.upper()` on the str items it accepts.
    body = { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: args[0], attr: fn.attr }, args: args.slice(1), keywords: [] };
  } else body = { kind: 'Call', pos, func: fn, args, keywords: [] };
  // filter through a value (`keep = filter; keep(None, xs)`): its function argument may be None, which keeps the truthy items.
  if (isFilter && functionMayBeNone && fn.kind === 'Name') {
    const isNone: S.Expr = { kind: 'Compare', pos, left: fn, ops: ['is'], comparators: [{ kind: 'None', pos }] };
    body = { kind: 'IfExp', pos, test: isNone, body: args[0], orelse: body } as S.Expr;
  }
  const generator: S.Comprehension = { target: target as S.Comprehension['target'], iter, ifs: isFilter ? [body] : [], pos };
  return generatorFunctionCall(pos, isFilter ? args[0] : body, [generator]);
}

/**
 * `itertools.accumulate(xs, f)` (`func=`, `initial=` too): a generator with
 * itertools' documented behaviour, as the parser makes a generator
 * expression, called with the arguments evaluated where the call stands.
 * Without a function the native accumulate serves.
 */
function rewriteAccumulateWithFunc(module: S.Module, parse: (file: string, source: string) => S.Module): void {
  // An import of the module does not make a call of accumulate: only a program that names it is looked at.
  if (!sourceMentions(module, 'accumulate')) return;
  const moduleNames = new Set<string>();
  const functionNames = new Set<string>();
  // Imports are statements: this does not walk the program's expressions.
  walkStatements(module.body, (s) => {
    if (s.kind === 'Import') for (const a of s.names) if (a.module === 'itertools') moduleNames.add(a.asname ?? 'itertools');
    if (s.kind === 'ImportFrom' && s.module === 'itertools' && s.level === 0) for (const a of s.names) if (a.name === 'accumulate') functionNames.add(a.asname ?? a.name);
  });
  if (!moduleNames.size && !functionNames.size) return;
  const calls: S.CallExpr[] = [];
  walkNodes(module.body, (n) => {
    const e = n as unknown as S.Expr;
    if (e.kind !== 'Call') return;
    const f = e.func;
    const isAccumulate = (f.kind === 'Name' && functionNames.has(f.id)) || (f.kind === 'Attribute' && f.attr === 'accumulate' && f.value.kind === 'Name' && moduleNames.has(f.value.id));
    if (!isAccumulate || e.args.some((a) => a.kind === 'Starred') || e.doubleStars?.length) return;
    const func = e.args[1] ?? e.keywords.find((k) => k.name === 'func')?.value;
    if (!func || func.kind === 'None' || e.args.length > 2 || e.keywords.some((k) => k.name !== 'func' && k.name !== 'initial')) return;
    calls.push(e);
  });
  for (const call of calls) {
    const initial = call.keywords.find((k) => k.name === 'initial')?.value;
    const func = call.args[1] ?? call.keywords.find((k) => k.name === 'func')!.value;
    const source = initial
      ? 'def f(_acc_items, _acc_func, _acc_total):\n    yield _acc_total\n    for _acc_item in _acc_items:\n        _acc_total = _acc_func(_acc_total, _acc_item)\n        yield _acc_total\n'
      : 'def f(_acc_items, _acc_func):\n    _acc_first = True\n    for _acc_item in _acc_items:\n        if _acc_first:\n            _acc_total = _acc_item\n            _acc_first = False\n        else:\n            _acc_total = _acc_func(_acc_total, _acc_item)\n        yield _acc_total\n';
    const def = parse('main.py', source).body[0] as S.FunctionDef;
    walkNodes(def, (o) => {
      if ('pos' in o) o.pos = { ...call.pos };
      if ('namePos' in o) o.namePos = { ...call.pos };
    });
    def.name = '<accumulate>';
    const args = [call.args[0], func, ...(initial ? [initial] : [])];
    const gen: S.Expr = { kind: 'Call', pos: call.pos, func: { kind: 'Lambda', pos: call.pos, def }, args, keywords: [] };
    for (const key of Object.keys(call)) delete (call as unknown as Record<string, unknown>)[key];
    Object.assign(call, gen);
  }
}

/**
 * `iter(f, sentinel)`: a generator calling f until it returns the sentinel,
 * `(def <callable_iterator>(f, s): while True: v = f(); if v == s: return; yield v)(f, sentinel)`,
 * its two arguments evaluated where the call stands, as iter() evaluates them.
 */
function callableIterator(call: S.CallExpr): S.Expr {
  const pos = call.pos;
  const name = (id: string): S.NameExpr => ({ kind: 'Name', pos, id });
  const [fn, sentinel, value] = ['_iter_callable', '_iter_sentinel', '_iter_value'];
  const body: S.Stmt[] = [
    {
      kind: 'While',
      pos,
      test: { kind: 'Bool', pos, value: true },
      body: [
        { kind: 'Assign', pos, targets: [name(value)], value: { kind: 'Call', pos, func: name(fn), args: [], keywords: [] } },
        { kind: 'If', pos, test: { kind: 'Compare', pos, left: name(value), ops: ['=='], comparators: [name(sentinel)] }, body: [{ kind: 'Return', pos, value: null }], orelse: [] },
        { kind: 'ExprStmt', pos, expr: { kind: 'Yield', pos, value: name(value), from: false } },
      ],
      orelse: [],
    },
  ];
  const def: S.FunctionDef = {
    kind: 'FunctionDef',
    pos,
    name: '<callable_iterator>',
    namePos: pos,
    isAsync: false,
    params: [fn, sentinel].map((p) => ({ name: p, defaultValue: null, pos, kind: 'normal' as const })),
    body,
    decorators: [],
  };
  return { kind: 'Call', pos, func: { kind: 'Lambda', pos, def }, args: call.args, keywords: [] };
}

/** A lambda of `n` plain positional parameters (no defaults, no *args). */
function simpleParams(def: S.FunctionDef, n: number): boolean {
  return def.params.length === n && def.params.every((p) => p.kind === 'normal' && !p.defaultValue);
}

function lambdaBody(def: S.FunctionDef): S.Expr {
  const ret = def.body[0];
  return (ret as S.ReturnStmt).value!;
}

/** A function expression that reading again per item does not change: a name or an attribute path. */
function readOnly(e: S.Expr): boolean {
  if (e.kind === 'Name') return true;
  if (e.kind === 'Attribute') return readOnly(e.value);
  return false;
}


