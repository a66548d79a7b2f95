// Stage 1b: the rules a main.py must follow, checked on the syntax tree before
// anything compiles: exactly one top-level main(), and when main.py never calls
// it, a main() that can be called with no arguments.
import { CompileError, type Diagnostic, error } from './diagnostics';
import type * as S from './syntax';

export interface EntryPoint {
  main: S.FunctionDef;
  /** True when the top-level code calls main itself (if __name__ == "__main__": main()). */
  calledByModule: boolean;
}

/** Walks every expression of a statement list, not entering function bodies. */
function* topLevelExprs(stmts: S.Stmt[]): Generator<S.Expr> {
  for (const s of stmts) {
    switch (s.kind) {
      case 'ExprStmt':
        yield* subExprs(s.expr);
        break;
      case 'Assign':
      case 'AugAssign':
        yield* subExprs(s.value);
        break;
      case 'AnnAssign':
        if (s.value) yield* subExprs(s.value);
        break;
      case 'Return':
        if (s.value) yield* subExprs(s.value);
        break;
      case 'If':
      case 'While':
        yield* subExprs(s.test);
        yield* topLevelExprs(s.body);
        yield* topLevelExprs(s.orelse);
        break;
      case 'For':
        yield* subExprs(s.iter);
        yield* topLevelExprs(s.body);
        yield* topLevelExprs(s.orelse);
        break;
      default:
        break;
    }
  }
}

export function* subExprs(e: S.Expr): Generator<S.Expr> {
  yield e;
  switch (e.kind) {
    case 'Binary':
      yield* subExprs(e.left);
      yield* subExprs(e.right);
      break;
    case 'BoolOp':
      yield* subExprs(e.left);
      yield* subExprs(e.right);
      break;
    case 'Unary':
      yield* subExprs(e.operand);
      break;
    case 'Compare':
      yield* subExprs(e.left);
      for (const c of e.comparators) yield* subExprs(c);
      break;
    case 'Call':
      yield* subExprs(e.func);
      for (const a of e.args) yield* subExprs(a);
      for (const k of e.keywords) yield* subExprs(k.value);
      break;
    case 'IfExp':
      yield* subExprs(e.test);
      yield* subExprs(e.body);
      yield* subExprs(e.orelse);
      break;
    case 'FString':
      for (const p of e.parts) {
        if (typeof p === 'string') continue;
        yield* subExprs(p.value);
        if (p.spec) yield* subExprs(p.spec);
      }
      break;
    default:
      break;
  }
}

export function validateEntryPoint(mod: S.Module): EntryPoint {
  const mains = mod.body.filter((s): s is S.FunctionDef => s.kind === 'FunctionDef' && s.name === 'main');
  if (mains.length === 0) {
    throw new CompileError([
      error(mod.file, { line: 1, col: 1 }, `${mod.file} defines no main() function`, 'add `def main():` with the program\'s entry code', mod.source),
    ]);
  }
  if (mains.length > 1) {
    const first = mains[0];
    throw new CompileError(
      mains.slice(1).map((m): Diagnostic =>
        error(mod.file, m.namePos, `main() is defined more than once (first definition at line ${first.namePos.line})`, 'keep exactly one top-level main()', mod.source),
      ),
    );
  }
  const main = mains[0];
  let calledByModule = false;
  for (const e of topLevelExprs(mod.body)) {
    if (e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'main') calledByModule = true;
  }
  if (!calledByModule) {
    const required = main.params.filter((p) => p.defaultValue === null);
    if (required.length > 0) {
      const names = required.map((p) => `'${p.name}'`).join(', ');
      throw new CompileError([
        error(
          mod.file,
          required[0].pos,
          `main() has required parameter${required.length > 1 ? 's' : ''} ${names}, but ${mod.file} never calls main(), so the program would call main() with no arguments`,
          `give ${names} a default value, or call main(...) yourself at the end of ${mod.file} (if __name__ == "__main__": main(...))`,
          mod.source,
        ),
      ]);
    }
  }
  return { main, calledByModule };
}

/** When main.py never calls main(), the compiled program calls it after the top-level code. */
export function addImplicitMainCall(mod: S.Module, entry: EntryPoint): void {
  if (entry.calledByModule) return;
  const at = entry.main.namePos;
  mod.body.push({ kind: 'ExprStmt', pos: at, expr: { kind: 'Call', pos: at, func: { kind: 'Name', id: 'main', pos: at }, args: [], keywords: [] } });
}
