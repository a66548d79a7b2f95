// Stage 1d: attributes set on a function by its own name become variables.
//
// `def f(n): f.total += n; return f.total` followed by `f.total = 0` (an
// accumulator, a call counter, a memo table hung on the function) keeps
// state on the function object. Functions here are closures without an
// attribute dict, so when every use of such an attribute goes through the
// function's own name in the scope that defines it (and in the functions
// nested there), the attribute is a variable of that scope instead:
//
//   def accumulator(s):              def accumulator(s):
//       def f(n):                        def f(n):
//           f.sum += n          ->           nonlocal f.attr.sum
//           return f.sum                     f.attr.sum += n
//       f.sum = s                            return f.attr.sum
//       return f                         f.attr.sum = s
//                                        return f
//
// Each call of accumulator makes a new f and a new variable, so every
// function object keeps its own value, as in CPython. A def that is
// decorated (the name is then the decorator's result) or bound again, an
// attribute the defining scope never sets (a nested function cannot bind a
// variable of its parent first), and dunder attributes stay as they are; the
// checker reports what it cannot compile.
import { boundNames } from './scopes';
import type * as S from './syntax';
import { walkNodes } from './syntax';

/**
 * The pass on the whole module, when a def of the module's own scope may have attributes to rewrite
 * (hasModuleLevelCandidate; else it is rewriteFunctionAttributesIn on each statement). Returns the
 * module-level defs whose attributes it made variables: with those, what it made of each statement is
 * a function of the statement and the facts (each `f.x` of such an f became the variable `f.attr.x`, and
 * each function of the statement assigning one declares it global).
 */
export function rewriteFunctionAttributes(module: S.Module, facts: FunctionAttributeFacts): string[] {
  const rewritten: string[] = [];
  if (facts.owners.size) rewriteScope(module.body, null, facts.uses, facts.owners, rewritten);
  return rewritten;
}

/** What one top-level statement adds to the program-wide facts this pass reads (the pass cache keeps it per def). */
export interface FunctionAttributePart {
  /** How often each attribute name is read or set (through any value). */
  uses: Map<string, number>;
  /** The names some `name.attr` reads or sets (attr not a dunder), each with those attributes. */
  owners: Map<string, Set<string>>;
  /** The name of every def in it, at any depth. */
  defNames: Set<string>;
}

export interface FunctionAttributeFacts {
  uses: Map<string, number>;
  /** The names some `name.attr` reads or sets: only a def of one of these can have attributes to rewrite. */
  owners: Set<string>;
  parts: readonly FunctionAttributePart[];
}

export function functionAttributePart(stmt: S.Stmt): FunctionAttributePart {
  const part: FunctionAttributePart = { uses: new Map(), owners: new Map(), defNames: new Set() };
  walkNodes([stmt], (n) => {
    const e = n as unknown as S.Expr | S.Stmt;
    if (e.kind === 'FunctionDef') part.defNames.add(e.name);
    if (e.kind !== 'Attribute') return;
    part.uses.set(e.attr, (part.uses.get(e.attr) ?? 0) + 1);
    if (e.value.kind === 'Name' && !e.attr.startsWith('__')) {
      const attrs = part.owners.get(e.value.id) ?? new Set<string>();
      part.owners.set(e.value.id, attrs.add(e.attr));
    }
  });
  return part;
}

export function mergeFunctionAttributeParts(parts: readonly FunctionAttributePart[]): FunctionAttributeFacts {
  const uses = new Map<string, number>();
  const owners = new Set<string>();
  for (const part of parts) {
    for (const [attr, n] of part.uses) uses.set(attr, (uses.get(attr) ?? 0) + n);
    for (const owner of part.owners.keys()) owners.add(owner);
  }
  return { uses, owners, parts };
}

/**
 * Whether a def of the module's own scope may have attributes to rewrite: its rewrite reaches into every top-level
 * statement (each `f.x` of the program), so the pass then runs on the whole module (rewriteFunctionAttributes).
 */
export function hasModuleLevelCandidate(body: S.Stmt[], facts: FunctionAttributeFacts): boolean {
  return directDefs(body).some((def) => facts.owners.has(def.name) && !def.decorators.length);
}

/**
 * The pass on one top-level statement, when no def of the module's scope is a candidate (hasModuleLevelCandidate):
 * then each statement's rewrite is its own scopes', reading of the program only `facts`, and of those only
 * what functionAttributeFactsKey gives.
 */
export function rewriteFunctionAttributesIn(s: S.Stmt, facts: FunctionAttributeFacts): void {
  if (!facts.owners.size) return;
  for (const def of directDefs([s])) rewriteScope(def.body, def, facts.uses, facts.owners);
  if (s.kind === 'ClassDef') for (const m of directDefs(s.body)) rewriteScope(m.body, m, facts.uses, facts.owners);
}

/**
 * What a statement's rewrite reads of `facts`: whether each def name of the program is an owner, and the use
 * counts of the attributes such owners have (the only ones the escape test looks up).
 */
export function functionAttributeFactsKey(facts: FunctionAttributeFacts): string {
  const defNames = new Set<string>();
  for (const part of facts.parts) for (const name of part.defNames) defNames.add(name);
  const owned = [...facts.owners].filter((o) => defNames.has(o)).sort();
  const attrs = new Set<string>();
  for (const part of facts.parts) for (const o of owned) for (const a of part.owners.get(o) ?? []) attrs.add(a);
  return `${owned.join(',')}|${[...attrs].sort().map((a) => `${a}=${facts.uses.get(a)}`).join(',')}`;
}

/** The attributes of the defs of one scope (`owner`: its function, null for the module), then its nested scopes. */
function rewriteScope(body: S.Stmt[], owner: S.FunctionDef | null, attributeUses: Map<string, number>, attributeOwners: Set<string>, rewritten?: string[]): void {
  const defs = directDefs(body);
  const candidates = defs.filter((def) => attributeOwners.has(def.name) && !def.decorators.length);
  const bound = candidates.length ? bindingCounts(body, owner) : null;
  for (const def of candidates) if (bound!.get(def.name) === 1 && rewriteAttributesOf(def.name, body, owner, attributeUses)) rewritten?.push(def.name);
  for (const def of defs) rewriteScope(def.body, def, attributeUses, attributeOwners);
  for (const s of body) if (s.kind === 'ClassDef') for (const m of directDefs(s.body)) rewriteScope(m.body, m, attributeUses, attributeOwners);
}

/** The defs of a scope's own body (nested in its if/for/while/try/with blocks too, not in other defs). */
function directDefs(body: S.Stmt[]): S.FunctionDef[] {
  const out: S.FunctionDef[] = [];
  const visit = (list: S.Stmt[]) => {
    for (const s of list) {
      if (s.kind === 'FunctionDef') out.push(s);
      else if (s.kind !== 'ClassDef') for (const key of ['body', 'orelse', 'finalbody'] as const) if (key in s) visit((s as unknown as Record<string, S.Stmt[]>)[key]);
      if (s.kind === 'Try') for (const h of s.handlers) visit(h.body);
    }
  };
  visit(body);
  return out;
}

/** How many times each name is bound in a scope: by defs, assignments, loops, imports (and parameters). */
function bindingCounts(body: S.Stmt[], owner: S.FunctionDef | null): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (n: string) => counts.set(n, (counts.get(n) ?? 0) + 1);
  for (const d of directDefs(body)) add(d.name);
  for (const n of boundNames(body, { defNames: false })) add(n);
  for (const p of owner?.params ?? []) add(p.name);
  return counts;
}

/** Whether it rewrote them. */
function rewriteAttributesOf(name: string, body: S.Stmt[], owner: S.FunctionDef | null, attributeUses: Map<string, number>): boolean {
  // Every `name.attr` in the scope and in the functions nested in it that do not bind `name` themselves.
  const uses: S.AttributeExpr[] = [];
  const setByScope = new Set<string>();
  const setBy = new Map<S.FunctionDef, Set<string>>();
  const isOurs = (e: S.Expr): e is S.AttributeExpr => e.kind === 'Attribute' && e.value.kind === 'Name' && e.value.id === name && !e.attr.startsWith('__');
  const noteStore = (t: S.Expr, fn: S.FunctionDef | null): void => {
    if (t.kind === 'Tuple' || t.kind === 'List') return t.elts.forEach((x) => noteStore(x, fn));
    if (t.kind === 'Starred') return noteStore(t.value, fn);
    if (!isOurs(t)) return;
    if (!fn) setByScope.add(t.attr);
    else setBy.set(fn, (setBy.get(fn) ?? new Set<string>()).add(t.attr));
  };
  let calls = 0;
  let reads = 0;
  const walk = (node: unknown, fn: S.FunctionDef | null): void => {
    if (Array.isArray(node)) return node.forEach((c) => walk(c, fn));
    if (!node || typeof node !== 'object') return;
    const x = node as S.Stmt | S.Expr;
    if (x.kind === 'FunctionDef') {
      x.decorators.forEach((d) => walk(d, fn));
      x.params.forEach((p) => walk(p.defaultValue, fn));
      // A nested def (or lambda) that binds the name itself hides ours.
      if (x.params.some((p) => p.name === name) || boundNames(x.body).has(name)) return;
      return walk(x.body, x);
    }
    if (isOurs(x as S.Expr)) uses.push(x as S.AttributeExpr);
    else if (x.kind === 'Call' && x.func.kind === 'Name' && x.func.id === name) calls++;
    else if (x.kind === 'Name' && x.id === name) reads++;
    if (x.kind === 'Assign') x.targets.forEach((t) => noteStore(t, fn));
    if (x.kind === 'AugAssign') noteStore(x.target, fn);
    for (const key in x) if (key !== 'pos' && key !== 'namePos') walk((x as unknown as Record<string, unknown>)[key], fn);
  };
  walk(body, null);
  if (!uses.length) return false;
  // Every attribute is set by the defining scope itself (a nested function cannot bind its parent's variable
  // first); at module level a function may set it (a global).
  const setSomewhere = (a: string) => setByScope.has(a) || (!owner && [...setBy.values()].some((set) => set.has(a)));
  if (!uses.every((u) => setSomewhere(u.attr))) return false;
  // The function value may reach other names (`return add`, `g = f`): then no other value's attribute of the same
  // name may be read or set anywhere, as it could be this function's (CPython's `g.x` would read `f.x`).
  const escapes = reads > uses.length + calls;
  if (escapes && uses.some((u) => (attributeUses.get(u.attr) ?? 0) > uses.filter((v) => v.attr === u.attr).length)) return false;
  const variable = (attr: string) => `${name}.attr.${attr}`;
  for (const u of uses) {
    const { attr, pos } = u;
    for (const k of Object.keys(u)) delete (u as unknown as Record<string, unknown>)[k];
    Object.assign(u as unknown as S.NameExpr, { kind: 'Name', id: variable(attr), pos });
  }
  // The functions that assign one declare it: nonlocal in a function's scope, global in the module's.
  for (const [fn, set] of setBy) {
    const names = [...set].map(variable);
    fn.body.unshift(owner ? ({ kind: 'Nonlocal', pos: fn.pos, names } as S.NonlocalStmt) : ({ kind: 'Global', pos: fn.pos, names } as S.GlobalStmt));
  }
  return true;
}

/**
 * The error reading variable `name` raises while it is unbound. A function's
 * attribute made a variable here (`f.attr.memo`) raises CPython's
 * AttributeError, so `except AttributeError:` around a first read (a memo
 * table made on first use) still works.
 */
export function unboundVariableError(name: string, kind: 'local' | 'free' | 'global'): [string, string] {
  const attribute = /^[^.]+\.attr\.(.+)$/.exec(name);
  if (attribute) return ['AttributeError', `'function' object has no attribute '${attribute[1]}'`];
  if (kind === 'local') return ['UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`];
  if (kind === 'free') return ['NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`];
  return ['NameError', `name '${name}' is not defined`];
}
