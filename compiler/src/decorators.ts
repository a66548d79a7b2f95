// Stage 1d: function decorators become the assignment they stand for.
//
//   @timed                        def undecorated.work(n): ...
//   @retry(3)              ->     work = timed(retry(3)(undecorated.work))
//   def work(n): ...
//
// The decorated name is then an ordinary variable holding whatever the
// decorators return (usually a closure), so calls through it, recursion
// through it and the decorator's own code all follow Python's rules. The
// function keeps its Python name for tracebacks and messages: the checker
// shows the last dotted part of a definition's name.
//
// Decorators the compiler implements itself stay on the definition:
// functools.cache/lru_cache (memoised by the compiler), and those of methods
// (staticmethod, classmethod, property), which this pass does not touch.
// functools.wraps(f) only copies metadata (__name__, __doc__) onto the
// wrapper; it is dropped, and `__name__` of such a wrapper is then the
// wrapper's own name, which the checker reports as unsupported rather than
// print a different name than CPython.
import type * as S from './syntax';
import { rewriteChildBlocks, sourceMentions, walkNodes, walkStatements } from './syntax';

export const undecoratedPrefix = 'undecorated.';

/** Definitions that carried @functools.wraps (their __name__ would be the wrapped function's). */
export const wrapsDecorated = new WeakSet<S.FunctionDef>();

/** The argument of such a definition's `@functools.wraps(f)` (its __name__ is f's, when f's name is known). */
export const wrapsArgs = new WeakMap<S.FunctionDef, S.Expr>();

// The pass runs one top-level statement at a time (pass-cache.ts runCachedPasses): the facts it reads of the
// program merged from each statement's part (decoratorPart, decoratorFacts), then rewriteDecoratorsIn.

/** What one top-level statement adds to the program-wide facts this pass reads (the pass cache keeps it per def). */
export interface DecoratorPart {
  /** Its functools imports, at any depth, in order. */
  imports: Imports;
  /** The root name of every decorator of a def in it (`register` of `@register` and `@register(3)`). */
  roots: Set<string>;
}

export interface DecoratorFacts {
  imports: Imports;
  /** The module's body when the pass starts: isUserDecorator looks up its defs' names. */
  moduleBody: readonly S.Stmt[];
  /** What a statement's rewrite reads of the two above: the imports and which decorator roots are defs of the module. */
  key: string;
}

export function decoratorPart(s: S.Stmt): DecoratorPart {
  const roots = new Set<string>();
  walkStatements([s], (node) => {
    if (node.kind !== 'FunctionDef') return;
    for (const d of node.decorators) {
      const root = d.kind === 'Call' ? d.func : d;
      if (root.kind === 'Name') roots.add(root.id);
    }
  });
  return { imports: importedNames([s]), roots };
}

/** The facts of the module whose top-level statements gave `parts` (in order). */
export function decoratorFacts(moduleBody: readonly S.Stmt[], parts: readonly DecoratorPart[]): DecoratorFacts {
  const imports: Imports = { functoolsModules: new Set(), functoolsMembers: new Map() };
  const roots = new Set<string>();
  for (const part of parts) {
    for (const m of part.imports.functoolsModules) imports.functoolsModules.add(m);
    for (const [local, member] of part.imports.functoolsMembers) imports.functoolsMembers.set(local, member);
    for (const r of part.roots) roots.add(r);
  }
  const userDecorators = [...roots].filter((r) => isUserDecorator({ kind: 'Name', id: r, pos: moduleBody[0]?.pos } as S.Expr, moduleBody)).sort();
  const key = `${[...imports.functoolsModules].sort().join(',')}|${[...imports.functoolsMembers].map(([l, m]) => `${l}=${m}`).sort().join(',')}|${userDecorators.join(',')}`;
  return { imports, moduleBody, key };
}

/** The statements the pass makes of one top-level statement, given the module's facts. */
export function rewriteDecoratorsIn(s: S.Stmt, facts: DecoratorFacts): S.Stmt[] {
  return rewriteBlock([s], facts.imports, facts.moduleBody);
}

/**
 * A decorator that is a function of this module, or a call of one (a decorator factory):
 * `@register`, `@retry(3)`. Such decorators of classes and methods are applied here; the
 * built-in and standard ones (staticmethod, property, dataclass...) are the compiler's own.
 */
export function isUserDecorator(d: S.Expr, moduleBody: readonly S.Stmt[]): boolean {
  const root = d.kind === 'Call' ? d.func : d;
  return root.kind === 'Name' && moduleBody.some((s) => s.kind === 'FunctionDef' && (s.name === root.id || s.name === `${undecoratedPrefix}${root.id}`));
}

/** The module-level name that holds a decorated method's value (what the decorators returned). */
const decoratedMethodPrefix = 'decorated_method.';

/**
 * A method whose decorators are all functions of the module:
 *
 *   class Account:                       def undecorated.Account.deposit(self, amount): ...
 *       @log_calls               ->      decorated_method.Account.deposit = log_calls(undecorated.Account.deposit)
 *       def deposit(self, amount):       class Account:
 *           ...                              def deposit(self, *args, **kwargs):
 *                                                return decorated_method.Account.deposit(self, *args, **kwargs)
 *
 * CPython stores what the decorators return as the class attribute, and an instance's call binds
 * it to the instance: the wrapper gets the instance and the call's arguments as given (keywords
 * stay keywords), which the forwarding method passes on unchanged. The body moves out of the
 * class, so a method that needs the class around it (`super()`, `__class__`, private `__names`,
 * which the class mangles) keeps its decorators, and the checker reports them.
 */
function hoistDecoratedMethod(cls: S.ClassDef, m: S.FunctionDef, moduleBody: readonly S.Stmt[]): { hoisted: S.Stmt[]; forward: S.FunctionDef } | null {
  if (m.decorators.length === 0 || !m.decorators.every((d) => isUserDecorator(d, moduleBody))) return null;
  const self = m.params[0];
  if (!self || self.kind !== 'normal' || m.isAsync) return null;
  let needsClass = false;
  walkNodes(m.body, (node) => {
    const name = node.kind === 'Name' ? (node.id as string) : node.kind === 'Attribute' ? (node.attr as string) : null;
    if (name && (name === 'super' || name === '__class__' || (name.startsWith('__') && !name.endsWith('__')))) needsClass = true;
  });
  if (needsClass) return null;
  const pos = m.pos;
  const holder = `${decoratedMethodPrefix}${cls.name}.${m.name}`;
  const raw: S.FunctionDef = { ...m, name: `${undecoratedPrefix}${cls.name}.${m.name}`, decorators: [] };
  let value: S.Expr = { kind: 'Name', pos: m.namePos, id: raw.name };
  for (let i = m.decorators.length - 1; i >= 0; i--) value = { kind: 'Call', pos: m.decorators[i].pos, func: m.decorators[i], args: [value], keywords: [] };
  const name = (id: string): S.NameExpr => ({ kind: 'Name', pos, id });
  const forward: S.FunctionDef = {
    kind: 'FunctionDef',
    pos,
    name: m.name,
    namePos: m.namePos,
    isAsync: false,
    decorators: [],
    params: [
      { name: 'self', defaultValue: null, pos, kind: 'normal' },
      { name: 'args', defaultValue: null, pos, kind: 'varargs' },
      { name: 'kwargs', defaultValue: null, pos, kind: 'varkw' },
    ],
    body: [
      {
        kind: 'Return',
        pos,
        value: { kind: 'Call', pos, func: name(holder), args: [name('self'), { kind: 'Starred', pos, value: name('args'), inCall: true }], keywords: [], doubleStars: [name('kwargs')] },
      },
    ],
  };
  return { hoisted: [raw, { kind: 'Assign', pos, targets: [name(holder)], value }], forward };
}

/**
 * `@register class C` (decorators that are functions of the module): CPython binds C to what
 * the decorators return. Registries and plugins return the class itself; the class stays what
 * C names, and a decorator that returns anything else stops the program with an unsupported
 * TypeError rather than leave C naming the wrong object.
 */
function applyClassDecorators(cls: S.ClassDef): S.Stmt[] {
  if (cls.decorators.length === 0) return [];
  const pos = cls.decorators[0].pos;
  let value: S.Expr = { kind: 'Name', pos, id: cls.name };
  for (let i = cls.decorators.length - 1; i >= 0; i--) value = { kind: 'Call', pos: cls.decorators[i].pos, func: cls.decorators[i], args: [value], keywords: [] };
  cls.decorators = [];
  const message = `unsupported: a class decorator that returns something other than the class it is given (class ${cls.name.split('.').pop()})`;
  const raise: S.RaiseStmt = { kind: 'Raise', pos, exc: { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'TypeError' }, args: [{ kind: 'Str', pos, value: message }], keywords: [] }, cause: null };
  return [{ kind: 'If', pos, test: { kind: 'Compare', pos, left: value, ops: ['is not'], comparators: [{ kind: 'Name', pos, id: cls.name }] }, body: [raise], orelse: [] }];
}

interface Imports {
  /** Local names of `import functools` (and aliases). */
  functoolsModules: Set<string>;
  /** Local name -> functools member, for `from functools import cache as c`. */
  functoolsMembers: Map<string, string>;
}

function rewriteBlock(stmts: S.Stmt[], imports: Imports, moduleBody: readonly S.Stmt[]): S.Stmt[] {
  const out: S.Stmt[] = [];
  for (const s of stmts) {
    switch (s.kind) {
      case 'FunctionDef': {
        s.body = rewriteBlock(s.body, imports, moduleBody);
        s.decorators = s.decorators.filter((d) => {
          const isWraps = functoolsMember(d.kind === 'Call' ? d.func : d, imports) === 'wraps';
          if (isWraps) wrapsDecorated.add(s);
          if (isWraps && d.kind === 'Call' && d.args.length === 1) wrapsArgs.set(s, d.args[0]);
          return !isWraps;
        });
        const compilerKnown = s.decorators.some((d) => ['cache', 'lru_cache'].includes(functoolsMember(d.kind === 'Call' ? d.func : d, imports) ?? ''));
        if (s.decorators.length === 0 || compilerKnown) {
          out.push(s);
          break;
        }
        const decorators = s.decorators;
        const name = s.name;
        s.decorators = [];
        s.name = `${undecoratedPrefix}${name}`;
        let value: S.Expr = { kind: 'Name', pos: s.namePos, id: s.name };
        // Applied bottom-up, each decorator expression evaluated before the function is defined (as CPython does:
        // evaluation order differs only for decorator expressions with side effects).
        for (let i = decorators.length - 1; i >= 0; i--) {
          const d = decorators[i];
          value = { kind: 'Call', pos: d.pos, func: d, args: [value], keywords: [] };
        }
        out.push(s, { kind: 'Assign', pos: s.pos, targets: [{ kind: 'Name', pos: s.namePos, id: name }], value });
        break;
      }
      case 'ClassDef': {
        // Methods keep the compiler's decorators; functions nested inside methods are rewritten.
        for (const m of s.body) if (m.kind === 'FunctionDef') m.body = rewriteBlock(m.body, imports, moduleBody);
        s.body = s.body.map((m) => {
          const hoist = m.kind === 'FunctionDef' ? hoistDecoratedMethod(s, m, moduleBody) : null;
          if (!hoist) return m;
          out.push(...hoist.hoisted);
          return hoist.forward;
        });
        out.push(s, ...applyClassDecorators(s));
        break;
      }
      default:
        rewriteChildBlocks(s, (block) => rewriteBlock(block, imports, moduleBody));
        out.push(s);
    }
  }
  return out;
}

function functoolsMember(e: S.Expr, imports: Imports): string | null {
  if (e.kind === 'Name') return imports.functoolsMembers.get(e.id) ?? null;
  if (e.kind === 'Attribute' && e.value.kind === 'Name' && imports.functoolsModules.has(e.value.id)) return e.attr;
  return null;
}

function importedNames(body: S.Stmt[]): Imports {
  const imports: Imports = { functoolsModules: new Set(), functoolsMembers: new Map() };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const s = node as S.Stmt;
    if (s.kind === 'Import') for (const n of s.names) if (n.module === 'functools') imports.functoolsModules.add(n.asname ?? 'functools');
    if (s.kind === 'ImportFrom' && s.module === 'functools') for (const n of s.names) imports.functoolsMembers.set(n.asname ?? n.name, n.name);
    if (s.kind === 'FunctionDef' || s.kind === 'ClassDef' || s.kind === 'If' || s.kind === 'While' || s.kind === 'For' || s.kind === 'Try') {
      // for...in, not Object.entries: no array per node (this runs over every function of the program each serve cycle).
      for (const key in node) if (key !== 'pos' && key !== 'namePos') walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(body);
  return imports;
}

/**
 * The module-level defs memoised by @functools.cache / @lru_cache as their only decorator, each with
 * its maxsize as Python source (`None`, `128`...), or null when it is not a literal (the checker reports that).
 */
export function memoisedDefs(body: S.Stmt[]): Map<S.FunctionDef, string | null> {
  const imports = importedNames(body);
  const found = new Map<S.FunctionDef, string | null>();
  for (const s of body) {
    if (s.kind !== 'FunctionDef' || s.decorators.length !== 1) continue;
    const d = s.decorators[0];
    const member = functoolsMember(d.kind === 'Call' ? d.func : d, imports);
    if (member === 'cache' && d.kind !== 'Call') found.set(s, 'None');
    else if (member === 'lru_cache') {
      const given = d.kind === 'Call' ? (d.args[0] ?? d.keywords.find((k) => k.name === 'maxsize')?.value) : undefined;
      if (!given) found.set(s, '128');
      else if (given.kind === 'None') found.set(s, 'None');
      else if (given.kind === 'Int') found.set(s, String(given.value < 0n ? 0n : given.value));
      else found.set(s, null);
    }
  }
  return found;
}

/**
 * functools.cache / lru_cache called on a module-level def instead of decorating it:
 *
 *   fib = lru_cache(maxsize=None)(fib)     ->   def uncached.fib(n): ...          (the def, renamed)
 *                                               @lru_cache(maxsize=None)
 *                                               def fib(n): return uncached.fib(n)
 *   square = functools.cache(sq)           ->   @functools.cache
 *                                               def $cache1.sq(x): return sq(x)    (a module-level def)
 *                                               square = $cache1.sq
 *
 * so the compiler's own memoisation applies. At module level `f = cache(f)` rebinds f, so f's recursive calls go
 * through the cache, as in CPython; otherwise the wrapper is a def of its own (named as CPython's wrapper, after
 * the function), and `name.cache_info()` / `cache_clear()` of a variable assigned only this call become those of
 * the wrapper. Only where the function's name is not bound again and, for `f = cache(f)`, nothing but defs,
 * classes and imports come between the def and the call (a call of f there would not be cached in CPython).
 */
export function cacheCallsAsDefs(module: S.Module): void {
  // No functools import without the word in some file's text: the walk of every statement is skipped.
  if (!sourceMentions(module, 'functools')) return;
  const imports = importedNames(module.body);
  if (!imports.functoolsModules.size && !imports.functoolsMembers.size) return;
  const defs = new Map<string, S.FunctionDef>();
  for (const s of module.body) if (s.kind === 'FunctionDef') defs.set(s.name, defs.has(s.name) ? (null as unknown as S.FunctionDef) : s);
  // The decorator a call stands for: `lru_cache(...)` of `lru_cache(...)(f)`, `cache` of `cache(f)`, `lru_cache` of `lru_cache(f)`.
  const cacheCall = (e: S.Expr): { decorator: S.Expr; def: S.FunctionDef } | null => {
    if (e.kind !== 'Call' || e.args.length !== 1 || e.keywords.length || e.doubleStars?.length || e.args[0].kind !== 'Name') return null;
    const def = defs.get(e.args[0].id);
    if (!def || def.decorators.length) return null;
    const f = e.func;
    const member = functoolsMember(f.kind === 'Call' ? f.func : f, imports);
    if (f.kind === 'Call' ? member !== 'lru_cache' : member !== 'cache' && member !== 'lru_cache') return null;
    return { decorator: f, def };
  };
  const rebound = new Map<string, number>();
  walkNodes(module.body, (n) => {
    const targets = n.kind === 'Assign' ? (n.targets as S.Expr[]) : n.kind === 'AugAssign' || n.kind === 'For' ? [n.target as S.Expr] : [];
    for (const t of targets) walkNodes(t, (x) => { if (x.kind === 'Name') rebound.set(x.id as string, (rebound.get(x.id as string) ?? 0) + 1); });
    if (n.kind === 'FunctionDef' || n.kind === 'ClassDef') rebound.set(n.name as string, (rebound.get(n.name as string) ?? 0) + 1);
    if (n.kind === 'FunctionDef') for (const p of (n as unknown as S.FunctionDef).params) rebound.set(p.name, (rebound.get(p.name) ?? 0) + 2);
    if (n.kind === 'Global') for (const g of n.names as string[]) rebound.set(g, (rebound.get(g) ?? 0) + 2);
  });
  let counter = 0;
  const forward = (def: S.FunctionDef, name: string, decorator: S.Expr, callee: string): S.FunctionDef => {
    const pos = def.pos;
    const args: S.Expr[] = [];
    const keywords: S.KeywordArg[] = [];
    const doubleStars: S.Expr[] = [];
    for (const p of def.params) {
      const v: S.NameExpr = { kind: 'Name', pos, id: p.name };
      if (p.kind === 'normal') args.push(v);
      else if (p.kind === 'varargs') args.push({ kind: 'Starred', pos, value: v, inCall: true });
      else if (p.kind === 'kwonly') keywords.push({ name: p.name, value: v, pos });
      else doubleStars.push(v);
    }
    const call: S.CallExpr = { kind: 'Call', pos, func: { kind: 'Name', pos, id: callee }, args, keywords, ...(doubleStars.length ? { doubleStars } : {}) };
    return { kind: 'FunctionDef', pos, name, namePos: def.namePos, isAsync: false, params: structuredClone(def.params), body: [{ kind: 'Return', pos, value: call }], decorators: [decorator] };
  };
  const added: S.FunctionDef[] = [];
  // Inside functions: `g = cache(f)` (g a local assigned only there).
  const inFunction = (fn: S.FunctionDef): void => {
    const assigned = new Map<string, number>();
    walkNodes(fn.body, (n) => {
      if (n.kind === 'Assign') for (const t of n.targets as S.Expr[]) walkNodes(t, (x) => { if (x.kind === 'Name') assigned.set(x.id as string, (assigned.get(x.id as string) ?? 0) + 1); });
    });
    const wrappers = new Map<string, string>();
    walkNodes(fn.body, (n) => {
      if (n.kind !== 'Assign') return;
      const s = n as unknown as S.AssignStmt;
      const found = cacheCall(s.value);
      if (!found || (rebound.get(found.def.name) ?? 0) > 1 || s.targets.length !== 1 || s.targets[0].kind !== 'Name' || s.targets[0].id === found.def.name) return;
      const name = `$cache${++counter}.${found.def.name}`;
      added.push(forward(found.def, name, found.decorator, found.def.name));
      s.value = { kind: 'Name', pos: s.value.pos, id: name };
      if (assigned.get(s.targets[0].id) === 1) wrappers.set(s.targets[0].id, name);
    });
    if (!wrappers.size) return;
    walkNodes(fn.body, (n) => {
      if (n.kind !== 'Call') return;
      const f = (n as unknown as S.CallExpr).func;
      if (f.kind === 'Attribute' && (f.attr === 'cache_info' || f.attr === 'cache_clear') && f.value.kind === 'Name' && wrappers.has(f.value.id)) f.value = { kind: 'Name', pos: f.value.pos, id: wrappers.get(f.value.id)! };
    });
  };
  const body: S.Stmt[] = [];
  for (const s of module.body) {
    if (s.kind === 'FunctionDef') inFunction(s);
    const found = s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' ? cacheCall(s.value) : null;
    if (!found || s.kind !== 'Assign' || s.targets[0].kind !== 'Name') {
      body.push(s);
      continue;
    }
    const target = s.targets[0].id;
    const def = found.def;
    if (target === def.name) {
      // `f = cache(f)`: only right after f's def (defs, classes and imports between), f bound nowhere else.
      const between = body.slice(body.indexOf(def) + 1);
      if (body.indexOf(def) < 0 || (rebound.get(def.name) ?? 0) !== 2 || !between.every((b) => b.kind === 'FunctionDef' || b.kind === 'ClassDef' || b.kind === 'Import' || b.kind === 'ImportFrom')) {
        body.push(s);
        continue;
      }
      def.name = `uncached.${def.name}`;
      body.push(forward(def, target, found.decorator, def.name));
    } else {
      if ((rebound.get(def.name) ?? 0) > 1) {
        body.push(s);
        continue;
      }
      const name = `$cache${++counter}.${def.name}`;
      body.push(forward(def, name, found.decorator, def.name));
      body.push({ ...s, value: { kind: 'Name', pos: s.value.pos, id: name } });
      // Module-level `g.cache_info()` where g is bound only here.
      if ((rebound.get(target) ?? 0) === 1)
        walkNodes(module.body, (n) => {
          if (n.kind !== 'Call') return;
          const f = (n as unknown as S.CallExpr).func;
          if (f.kind === 'Attribute' && (f.attr === 'cache_info' || f.attr === 'cache_clear') && f.value.kind === 'Name' && f.value.id === target) f.value = { kind: 'Name', pos: f.value.pos, id: name };
        });
    }
  }
  // The wrappers made for calls inside functions: module-level defs after the function they wrap.
  for (const w of added) {
    const callee = ((w.body[0] as S.ReturnStmt).value as S.CallExpr).func as S.NameExpr;
    const at = body.findIndex((b) => b.kind === 'FunctionDef' && b.name === callee.id);
    body.splice(at + 1, 0, w);
  }
  module.body = body;
}
