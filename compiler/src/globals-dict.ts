// Stage 1c'': `globals()` read by key becomes a dict display of the module's globals.
//
// `obj, count = globals()[case]` (pyperformance's json_dumps picks its data by
// name so) and `globals().get(name)`, `name in globals()`: the dict is built
// where the call is, from the names the module binds unconditionally at its
// top level (assignments, defs, classes), each read as the global it is:
//
//   globals()[case]  ->  {'EMPTY': EMPTY, 'SIMPLE': SIMPLE, ..., 'main': main}[case]
//
// Only such reads are rewritten: a `globals()` written through, iterated or
// kept (which would see a copy, not the module's namespace) stays a call, and
// the checker reports it as unsupported. So does one in a function with a
// local of the same name as a global (the display would read the local).
import { boundNames, functionLocals } from './scopes';
import type * as S from './syntax';
import { sourceMentions } from './syntax';

export function rewriteGlobalsReads(module: S.Module): void {
  // No pass makes a globals() call: a program whose text never names it has
  // none, and is not walked (the walk costs a tenth of a second on programs
  // of thousands of functions).
  if (!sourceMentions(module, 'globals')) return;
  const names: string[] = [];
  for (const s of module.body) {
    if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') names.push(s.name);
    else if (s.kind === 'Assign' || s.kind === 'AnnAssign' || s.kind === 'AugAssign') {
      if (s.kind === 'AnnAssign' && !s.value) continue;
      for (const n of boundNames([s])) names.push(n);
    }
  }
  // Names no program can write (a function's attribute `f.x`, see function-attributes.ts) are not globals() keys.
  const keys = [...new Set(names)].filter((n) => !n.includes('.'));
  const keySet = new Set(keys);
  if (keySet.has('globals')) return;
  // What iterating globals() sees: CPython's module dunders first, then every name in the order the
  // top level binds it (imports too: a module among other values fails to build, see the checker).
  const ordered: string[] = [];
  const annotations: [string, string][] = [];
  for (const s of module.body) {
    if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') ordered.push(s.name);
    else if (s.kind === 'Import') for (const n of s.names) ordered.push(n.asname ?? n.module.split('.')[0]);
    else if (s.kind === 'ImportFrom') for (const n of s.names) ordered.push(n.asname ?? n.name);
    else if (s.kind === 'Assign' || s.kind === 'AnnAssign' || s.kind === 'AugAssign') {
      if (s.kind === 'AnnAssign' && s.target.kind === 'Name') annotations.push([s.target.id, s.annotation ?? '']);
      if (s.kind === 'AnnAssign' && !s.value) continue;
      for (const n of boundNames([s])) ordered.push(n);
    }
  }
  const iterationKeys = [...new Set(ordered)].filter((n) => !n.includes('.') && !n.startsWith('$') && !n.startsWith('_aithon'));
  const first = module.body[0];
  const docstring = first?.kind === 'ExprStmt' && first.expr.kind === 'Str' ? first.expr.value : null;
  let dunderCount = 0;
  const snapshot = (at: S.CallExpr): S.DictExpr => {
    const pos = at.pos;
    const none: S.Expr = { kind: 'None', pos };
    const str = (value: string): S.Expr => ({ kind: 'Str', pos, value });
    // __loader__, __builtins__ and __file__ are None here (CPython: the loader, the builtins module, the script's path).
    const dunders: [string, S.Expr][] = [
      ['__name__', str('__main__')], ['__doc__', docstring === null ? none : str(docstring)], ['__package__', none], ['__loader__', none],
      ['__spec__', none], ['__annotations__', { kind: 'Dict', pos, keys: annotations.map(([k]) => str(k)), values: annotations.map(([, v]) => ({ kind: 'Name', pos, id: v }) as S.Expr) }],
      ['__builtins__', none], ['__file__', none], ['__cached__', none],
    ];
    dunderCount = dunders.length;
    const entries: [string, S.Expr][] = [...dunders, ...iterationKeys.map((k): [string, S.Expr] => [k, { kind: 'Name', pos, id: k }])];
    return { kind: 'Dict', pos, keys: entries.map(([k]) => str(k)), values: entries.map(([, v]) => v) };
  };
  // A read by key: the module's dunders (see snapshot) and the names it binds (not its imports: a module among other values does not build).
  const display = (at: S.CallExpr): S.DictExpr => {
    const all = snapshot(at);
    // (`__annotations__` only when its values are plain names: see plainAnnotations.)
    const kept = [...Array(dunderCount).keys()].filter((i) => plainAnnotations || (all.keys[i] as S.StrExpr).value !== '__annotations__');
    const own = kept.map((i) => all.keys[i]);
    const values = kept.map((i) => all.values[i]);
    return {
      kind: 'Dict',
      pos: at.pos,
      keys: [...own, ...keys.map((k) => ({ kind: 'Str', pos: at.pos, value: k }) as S.Expr)],
      values: [...values, ...keys.map((k) => ({ kind: 'Name', pos: at.pos, id: k }) as S.Expr)],
    };
  };
  /** An iteration of the dict: `for k in globals()`, `globals().items()` (keys, values, copy), `list(globals())`, `len(globals())`... */
  // Annotations other than a plain name (`x: list[int]`) would be values this display cannot hold: such a module's globals() is not iterated.
  const plainAnnotations = annotations.every(([, a]) => /^[A-Za-z_]\w*$/.test(a));
  const iterates = (node: Record<string, unknown>): ((call: S.CallExpr) => void) | null => {
    if (!plainAnnotations) return null;
    if (node.kind === 'For' && isGlobalsCall(node.iter)) return (c) => (node.iter = snapshot(c));
    if (node.kind === 'Call') {
      const f = node.func as S.Expr;
      const args = node.args as S.Expr[];
      if (f.kind === 'Attribute' && ['items', 'keys', 'values', 'copy'].includes(f.attr) && isGlobalsCall(f.value)) return (c) => (f.value = snapshot(c));
      if (f.kind === 'Name' && ['list', 'sorted', 'len', 'tuple', 'set', 'dict', 'iter', 'enumerate'].includes(f.id) && args.length && isGlobalsCall(args[0])) return (c) => (args[0] = snapshot(c));
    }
    if ((node.kind === 'ListComp' || node.kind === 'SetComp' || node.kind === 'DictComp' || node.kind === 'GeneratorExp') && isGlobalsCall((node.generators as S.Comprehension[])[0].iter)) {
      const g = (node.generators as S.Comprehension[])[0];
      return (c) => (g.iter = snapshot(c));
    }
    return null;
  };

  const isGlobalsCall = (e: unknown): e is S.CallExpr => {
    const c = e as S.Expr;
    return !!c && typeof c === 'object' && c.kind === 'Call' && c.func.kind === 'Name' && c.func.id === 'globals' && !c.args.length && !c.keywords.length;
  };

  /** A read of the dict: `globals()[k]`, `globals().get(...)`, `k in globals()`. */
  const readSlot = (node: Record<string, unknown>): string | null => {
    if (node.kind === 'Subscript') return 'value';
    if (node.kind === 'Call') {
      const f = node.func as S.Expr;
      return f.kind === 'Attribute' && f.attr === 'get' && isGlobalsCall(f.value) ? 'func' : null;
    }
    if (node.kind === 'Compare') {
      const ops = node.ops as string[];
      return ops.length === 1 && (ops[0] === 'in' || ops[0] === 'not in') ? 'comparators' : null;
    }
    return null;
  };
  const replaceIn = (node: Record<string, unknown>): void => {
    const slot = readSlot(node);
    if (slot === 'value' && isGlobalsCall(node.value)) node.value = display(node.value);
    else if (slot === 'func') {
      const f = node.func as S.AttributeExpr;
      f.value = display(f.value as S.CallExpr);
    } else if (slot === 'comparators') {
      const cs = node.comparators as S.Expr[];
      if (isGlobalsCall(cs[0])) cs[0] = display(cs[0]);
    }
  };
  const walk = (node: unknown, shadowed: boolean, targets: Set<unknown>): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, shadowed, targets));
    const n = node as Record<string, unknown>;
    if (n.kind === 'FunctionDef' || n.kind === 'Lambda') {
      const def = (n.kind === 'Lambda' ? n.def : n) as S.FunctionDef;
      const locals = functionLocals(def);
      walk(def.params, shadowed, targets);
      walk(def.body, shadowed || [...locals].some((x) => keySet.has(x)), targets);
      return;
    }
    if (n.kind === 'ClassDef') {
      // A class body's own names come before the globals there.
      const own = boundNames((n as unknown as S.ClassDef).body);
      walk((n as unknown as S.ClassDef).body, shadowed || [...own].some((k) => keySet.has(k)), targets);
      return;
    }
    // Assignment targets are written, never read through.
    if (n.kind === 'Assign' || n.kind === 'Del') (n.targets as S.Expr[]).forEach((t) => targets.add(t));
    if ((n.kind === 'AugAssign' || n.kind === 'AnnAssign' || n.kind === 'For') && n.target) targets.add(n.target);
    if (!shadowed && !targets.has(n)) {
      replaceIn(n);
      const call = n.kind === 'For' ? n.iter : n.kind === 'Call' ? ((n.func as S.Expr).kind === 'Attribute' ? (n.func as S.AttributeExpr).value : (n.args as S.Expr[])[0]) : (n.generators as S.Comprehension[] | undefined)?.[0]?.iter;
      iterates(n)?.(call as S.CallExpr);
    }
    for (const key in n) if (key !== 'pos' && key !== 'namePos') walk(n[key], shadowed, targets);
  };
  walk(module.body, false, new Set());
}
