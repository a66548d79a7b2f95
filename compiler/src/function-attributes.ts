// Stage 1c': attributes set on module-level functions become module globals.
//
// `bench.data = None` next to `def bench(): ... bench.data = init()` is
// CPython's way to keep state on a function (a cache filled at the first
// call). A function value has no attribute slots here, so each attribute
// assigned on a module-level function anywhere in the program is a global
// variable named `bench.data` (a name no program can write), and every read
// or write of `bench.data` that means that function is that variable:
//
//   bench.data = None            ->  bench.data = None        (a Name node)
//   def bench():                     def bench():
//       if bench.data is None:           global bench.data
//           bench.data = init()          if bench.data is None: ...
//
// Only functions the module binds once, by their `def`, qualify; a read in a
// function where the name is local (a parameter, an assignment) is left alone,
// as is any other use of the function as a value (`g = bench; g.data`, which
// the checker reports as unsupported).
import { boundNames } from './scopes';
import type * as S from './syntax';

/** Per program: the attribute names its functions are given (see functionAttributeNames). */
const attributeNames = new WeakMap<S.Module, Set<string>>();

/** Names of attributes the program sets on its functions: read through another name than the
 *  function's own (`g = f; g.x`), or by hasattr/getattr, they are not found (the checker reports those). */
export function functionAttributeNames(module: S.Module): Set<string> {
  return attributeNames.get(module) ?? new Set();
}

export function rewriteFunctionAttributes(module: S.Module): void {
  const defs = new Map<string, number>();
  for (const s of module.body) if (s.kind === 'FunctionDef') defs.set(s.name, (defs.get(s.name) ?? 0) + 1);
  const rebound = boundNames(module.body, { defNames: false });
  const functions = new Set([...defs].filter(([name, n]) => n === 1 && !rebound.has(name)).map(([name]) => name));
  if (!functions.size) return;

  // The attributes each function is given somewhere (`f.x = ...`, `f.x += ...`).
  const attrs = new Map<string, Set<string>>();
  const noteTarget = (t: S.Expr): void => {
    if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(noteTarget);
    else if (t.kind === 'Starred') noteTarget(t.value);
    else if (t.kind === 'Attribute' && t.value.kind === 'Name' && functions.has(t.value.id) && !t.attr.startsWith('__')) {
      let set = attrs.get(t.value.id);
      if (!set) attrs.set(t.value.id, (set = new Set()));
      set.add(t.attr);
    }
  };
  const collect = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(collect);
    const n = node as S.Stmt;
    if (n.kind === 'Assign') n.targets.forEach(noteTarget);
    else if (n.kind === 'AugAssign' || n.kind === 'AnnAssign') noteTarget(n.target);
    for (const key in n) if (key !== 'pos' && key !== 'namePos') collect((n as unknown as Record<string, unknown>)[key]);
  };
  collect(module.body);
  if (!attrs.size) return;
  attributeNames.set(module, new Set([...attrs.values()].flatMap((set) => [...set])));

  const globalName = (fn: string, attr: string) => `${fn}.${attr}`;
  /** Rewrites `node`'s children; `shadowed`: candidate names local where it is; `written`: globals the enclosing def assigns. */
  const rewrite = (node: unknown, shadowed: Set<string>, written: Set<string> | null): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const r = replacement(node[i], shadowed);
        if (r) node[i] = r;
        rewrite(node[i], shadowed, written);
      }
      return;
    }
    const n = node as Record<string, unknown>;
    if (n.kind === 'FunctionDef') return rewriteDef(n as unknown as S.FunctionDef, shadowed);
    if (n.kind === 'Lambda') return rewriteDef((n as unknown as S.LambdaExpr).def, shadowed);
    if (written && (n.kind === 'Assign' || n.kind === 'AugAssign' || n.kind === 'AnnAssign')) {
      const targets = n.kind === 'Assign' ? (n as unknown as S.AssignStmt).targets : [(n as unknown as S.AugAssignStmt).target];
      for (const t of targets) noteWrites(t, shadowed, written);
    }
    for (const key in n) {
      if (key === 'pos' || key === 'namePos') continue;
      const r = replacement(n[key], shadowed);
      if (r) n[key] = r;
      rewrite(n[key], shadowed, written);
    }
  };
  const matches = (x: unknown, shadowed: Set<string>): x is S.AttributeExpr => {
    const e = x as S.Expr;
    return !!e && typeof e === 'object' && e.kind === 'Attribute' && e.value.kind === 'Name' && !shadowed.has(e.value.id) && !!attrs.get(e.value.id)?.has(e.attr);
  };
  const replacement = (x: unknown, shadowed: Set<string>): S.Expr | null => {
    if (!matches(x, shadowed)) return null;
    return { kind: 'Name', pos: x.pos, id: globalName((x.value as S.NameExpr).id, x.attr) };
  };
  const noteWrites = (t: S.Expr, shadowed: Set<string>, written: Set<string>): void => {
    if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach((e) => noteWrites(e, shadowed, written));
    else if (t.kind === 'Starred') noteWrites(t.value, shadowed, written);
    else if (matches(t, shadowed)) written.add(globalName((t.value as S.NameExpr).id, t.attr));
  };
  const rewriteDef = (def: S.FunctionDef, outer: Set<string>): void => {
    for (const p of def.params) if (p.defaultValue) rewrite(p, outer, null);
    const declared = new Set<string>();
    for (const s of def.body) if (s.kind === 'Global') s.names.forEach((g) => declared.add(g));
    const locals = new Set([...def.params.map((p) => p.name), ...boundNames(def.body)].filter((x) => !declared.has(x)));
    const shadowed = new Set([...outer, ...[...attrs.keys()].filter((f) => locals.has(f))]);
    const written = new Set<string>();
    rewrite(def.body, shadowed, written);
    // Assigned here: a module global, as `global` makes it.
    if (written.size) def.body.unshift({ kind: 'Global', pos: def.pos, names: [...written] });
  };
  rewrite(module.body, new Set(), null);
}

/** The error reading global `name` raises before it is assigned: for a function's attribute (`f.memo`),
 *  the AttributeError CPython raises, so `except AttributeError:` around a first read still works. */
export function unboundGlobalError(name: string): [string, string] {
  const dot = name.indexOf('.');
  return dot > 0 ? ['AttributeError', `'function' object has no attribute '${name.slice(dot + 1)}'`] : ['NameError', `name '${name}' is not defined`];
}
