// Stage 1b: the rules a main.py must follow, checked on the syntax tree before
// anything compiles: exactly one top-level main(), and when main.py never calls
// it, a main() that can be called with no arguments.
import { CompileError, type Diagnostic, error } from './diagnostics';
import type * as S from './syntax';
import { exprsOf } from './syntax';

export interface EntryPoint {
  main: S.FunctionDef;
  /** True when the top-level code calls main itself (if __name__ == "__main__": main()). */
  calledByModule: boolean;
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
  for (const e of exprsOf(mod.body)) {
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
