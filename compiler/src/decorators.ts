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

export const undecoratedPrefix = 'undecorated.';

/** Definitions that carried @functools.wraps (their __name__ would be the wrapped function's). */
export const wrapsDecorated = new WeakSet<S.FunctionDef>();

/** The argument of such a definition's `@functools.wraps(f)` (its __name__ is f's, when f's name is known). */
export const wrapsArgs = new WeakMap<S.FunctionDef, S.Expr>();

export function rewriteDecorators(module: S.Module): void {
  const imports = importedNames(module.body);
  module.body = rewriteBlock(module.body, imports);
}

interface Imports {
  /** Local names of `import functools` (and aliases). */
  functoolsModules: Set<string>;
  /** Local name -> functools member, for `from functools import cache as c`. */
  functoolsMembers: Map<string, string>;
}

function rewriteBlock(stmts: S.Stmt[], imports: Imports): S.Stmt[] {
  const out: S.Stmt[] = [];
  for (const s of stmts) {
    switch (s.kind) {
      case 'FunctionDef': {
        s.body = rewriteBlock(s.body, imports);
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
      case 'ClassDef':
        // Methods keep their decorators; functions nested inside methods are rewritten.
        for (const m of s.body) if (m.kind === 'FunctionDef') m.body = rewriteBlock(m.body, imports);
        out.push(s);
        break;
      case 'If':
      case 'While':
      case 'For':
        s.body = rewriteBlock(s.body, imports);
        s.orelse = rewriteBlock(s.orelse, imports);
        out.push(s);
        break;
      case 'Try':
        s.body = rewriteBlock(s.body, imports);
        for (const h of s.handlers) h.body = rewriteBlock(h.body, imports);
        s.orelse = rewriteBlock(s.orelse, imports);
        s.finalbody = rewriteBlock(s.finalbody, imports);
        out.push(s);
        break;
      default:
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
