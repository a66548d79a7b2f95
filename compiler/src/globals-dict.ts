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

  const isGlobalsCall = (e: unknown): e is S.CallExpr => {
    const c = e as S.Expr;
    return !!c && typeof c === 'object' && c.kind === 'Call' && c.func.kind === 'Name' && c.func.id === 'globals' && !c.args.length && !c.keywords.length;
  };
  const display = (at: S.CallExpr): S.DictExpr => ({
    kind: 'Dict',
    pos: at.pos,
    keys: keys.map((k) => ({ kind: 'Str', pos: at.pos, value: k }) as S.Expr),
    values: keys.map((k) => ({ kind: 'Name', pos: at.pos, id: k }) as S.Expr),
  });
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
    if (!shadowed && !targets.has(n)) replaceIn(n);
    for (const key in n) if (key !== 'pos' && key !== 'namePos') walk(n[key], shadowed, targets);
  };
  walk(module.body, false, new Set());
}
