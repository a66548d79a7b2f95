// Name binding for functions, as Python's symbol table does it: each function
// (def or lambda) has its locals; a name it reads but does not bind resolves
// to the nearest enclosing function that binds it (a free variable, held in a
// heap cell of that function: a cell variable), else to the module globals or
// builtins. Class bodies are not scopes for the functions inside them.
import type { Diagnostic } from './diagnostics';
import * as S from './syntax';

export class Scope {
  /** Parameters and names bound here (not declared global or nonlocal). */
  readonly locals = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Locals that nested functions use: they live in heap cells. */
  readonly cells = new Set<string>();
  /** Names taken from enclosing functions, in a fixed order (the closure layout). */
  readonly free: string[] = [];
  readonly children: Scope[] = [];

  constructor(
    readonly def: S.FunctionDef,
    readonly parent: Scope | null,
  ) {}

  /** The enclosing scope that binds `name`, or null (a global or builtin). */
  definingScope(name: string): Scope | null {
    for (let p = this.parent; p; p = p.parent) {
      if (p.locals.has(name)) return p;
      if (p.globals.has(name)) return null;
    }
    return null;
  }

  addFree(name: string): void {
    if (!this.free.includes(name)) this.free.push(name);
  }
}

export interface ScopeTable {
  /** Scope of every function definition of the program (top-level, methods, nested, lambdas). */
  readonly scopes: Map<S.FunctionDef, Scope>;
}

/** Builds the scopes of every function under the module's statements. */
export function buildScopes(module: S.Module, report: (d: { pos: S.Module['body'][number]['pos']; message: string }) => void): ScopeTable {
  const scopes = new Map<S.FunctionDef, Scope>();

  const declare = (scope: Scope) => {
    const def = scope.def;
    for (const p of def.params) scope.locals.add(p.name);
    const visit = (stmts: S.Stmt[]) => {
      for (const s of stmts) {
        switch (s.kind) {
          case 'Global':
            s.names.forEach((n) => scope.globals.add(n));
            break;
          case 'Nonlocal':
            s.names.forEach((n) => scope.nonlocals.add(n));
            break;
          default:
            S.childBlocks(s).forEach(visit);
        }
      }
    };
    visit(def.body);
    for (const name of boundNames(def.body)) if (!scope.globals.has(name) && !scope.nonlocals.has(name)) scope.locals.add(name);
  };

  // Create scopes top-down: functions nested in function bodies (and lambdas anywhere in them).
  const build = (def: S.FunctionDef, parent: Scope | null) => {
    const scope = new Scope(def, parent);
    scopes.set(def, scope);
    parent?.children.push(scope);
    declare(scope);
    for (const inner of nestedFunctions(def.body)) build(inner, scope);
    return scope;
  };
  for (const s of module.body) {
    if (s.kind === 'FunctionDef') build(s, null);
    else if (s.kind === 'ClassDef') {
      for (const m of s.body) if (m.kind === 'FunctionDef') build(m, null);
    }
  }
  // Lambdas at module level (or in class bodies) have no enclosing function.
  for (const inner of nestedFunctions(module.body, true)) if (!scopes.has(inner)) build(inner, null);

  // Resolve free variables bottom-up: a name read (or nonlocal) in a scope
  // and bound in an enclosing function is free here and in every scope between.
  const resolveFree = (scope: Scope) => {
    for (const child of scope.children) resolveFree(child);
    // No enclosing function: no name here can be free, and only a nonlocal
    // (reported) needs looking at. Most functions are such, and reading
    // every name of their bodies was a walk of the whole program.
    if (!scope.parent && scope.nonlocals.size === 0) return;
    const used = new Set<string>([...namesUsed(scope.def.body), ...scope.nonlocals]);
    for (const child of scope.children) child.free.forEach((n) => used.add(n));
    for (const name of used) {
      if (scope.locals.has(name) || scope.globals.has(name)) continue;
      const owner = scope.definingScope(name);
      if (!owner) {
        if (scope.nonlocals.has(name)) report({ pos: scope.def.pos, message: `no binding for nonlocal '${name}' found` });
        continue;
      }
      owner.cells.add(name);
      for (let s: Scope | null = scope; s && s !== owner; s = s.parent) s.addFree(name);
    }
  };
  for (const scope of scopes.values()) if (!scope.parent) resolveFree(scope);
  return { scopes };
}

/**
 * Names a function body binds (assignment targets, for targets, except names,
 * nested defs and classes, comprehension variables). `defNames: false` leaves
 * out the names of defs and classes: only what is assigned.
 */
export function boundNames(stmts: S.Stmt[], { defNames = true } = {}): Set<string> {
  const out = new Set<string>();
  const visit = (list: S.Stmt[]) => {
    for (const s of list) {
      switch (s.kind) {
        case 'Assign':
          s.targets.forEach((t) => S.targetNames(t).forEach((n) => out.add(n)));
          break;
        case 'AnnAssign':
        case 'AugAssign':
          S.targetNames(s.target).forEach((n) => out.add(n));
          break;
        case 'For':
          S.targetNames(s.target).forEach((n) => out.add(n));
          visit(s.body);
          visit(s.orelse);
          break;
        case 'If':
        case 'While':
          visit(s.body);
          visit(s.orelse);
          break;
        case 'Try':
          visit(s.body);
          for (const h of s.handlers) {
            if (h.name) out.add(h.name);
            visit(h.body);
          }
          visit(s.orelse);
          visit(s.finalbody);
          break;
        case 'Del':
          s.targets.forEach((t) => S.targetNames(t).forEach((n) => out.add(n)));
          break;
        case 'FunctionDef':
        case 'ClassDef':
          if (defNames) out.add(s.name);
          break;
        default:
          break;
      }
    }
  };
  visit(stmts);
  S.someExpr(stmts, (e) => {
    if (e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp') {
      for (const g of e.generators) S.targetNames(g.target).forEach((n) => out.add(n));
    }
    if (e.kind === 'NamedExpr') out.add(e.target.id);
  });
  return out;
}

/**
 * The names local to a function: its parameters and what its body binds, less the names it declares
 * `global` or `nonlocal` (in any block of its own body, not in nested defs). A read of one of these in
 * the function never reaches a module-level binding of the same name (an import, a def).
 */
export function functionLocals(def: S.FunctionDef): Set<string> {
  const declared = new Set<string>();
  const visit = (stmts: S.Stmt[]) => {
    for (const s of stmts) {
      if (s.kind === 'Global' || s.kind === 'Nonlocal') s.names.forEach((n) => declared.add(n));
      else if (s.kind !== 'FunctionDef' && s.kind !== 'ClassDef') S.childBlocks(s).forEach(visit);
    }
  };
  visit(def.body);
  const out = new Set<string>();
  for (const n of [...def.params.map((p) => p.name), ...boundNames(def.body)]) if (!declared.has(n)) out.add(n);
  return out;
}

/** Functions defined directly in these statements (nested defs, lambdas), not inside them. */
export function nestedFunctions(stmts: S.Stmt[], lambdasOnly = false): S.FunctionDef[] {
  const out: S.FunctionDef[] = [];
  const visit = (list: S.Stmt[]) => {
    for (const s of list) {
      if (s.kind === 'FunctionDef' && !lambdasOnly) out.push(s);
      else if (s.kind === 'ClassDef' && lambdasOnly) {
        visit(s.body.filter((x) => x.kind !== 'FunctionDef'));
        // Lambdas in class attribute values and method defaults (exprsOf does not enter class bodies).
        S.someExpr(s.body, (e) => {
          if (e.kind === 'Lambda') out.push(e.def);
        });
      } else S.childBlocks(s).forEach(visit);
    }
  };
  visit(stmts);
  S.someExpr(stmts, (e) => {
    if (e.kind === 'Lambda') out.push(e.def);
  });
  return out;
}

/** Names read or written in a function body (not inside nested functions). */
function namesUsed(stmts: S.Stmt[]): Set<string> {
  const out = new Set<string>();
  S.someExpr(stmts, (e) => {
    if (e.kind === 'Name') out.add(e.id);
  });
  for (const n of boundNames(stmts)) out.add(n);
  return out;
}

export type { Diagnostic };
