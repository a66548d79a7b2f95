// Stage 1e: a loop that leaves a generator it made suspended closes it.
//
//   for x in numbers(n):              $loopgen.1 = numbers(n)
//       if x > 3:                     for x in $loopgen.1:
//           return x          ->          if x > 3:
//       total += x                            $loopret.1 = x
//                                             $loopgen.1.close()
//                                             return $loopret.1
//                                         total += x
//                                     $loopgen.1.close()
//
// CPython frees such a generator the moment the loop lets go of it (reference
// counting), and freeing a suspended generator closes it: GeneratorExit runs
// its `finally` blocks and `with` exits (`print("cleanup")`, a file closed).
// Programs see that order, so a `break` or `return` out of the loop closes the
// generator here at the same point. After the loop ran to its end the
// generator has finished, and close() does nothing.
//
// Only loops over a call of a generator function of the module are rewritten
// (`for x in gen(...)`): a generator kept in a variable may be resumed later,
// and CPython closes it only when the last reference goes. Not covered: an
// exception that leaves the loop (CPython closes the generator when the
// exception's traceback is freed, after the handler).
import type * as S from './syntax';
import { childBlocks, exprsOf, isGeneratorBody, rewriteChildBlocks } from './syntax';
import { boundNames } from './scopes';

// The pass runs one top-level statement at a time (pass-cache.ts runCachedPasses): the module's generator
// functions gathered from each statement (generatorFunctionOf), then closeAbandonedGeneratorsIn.

/** The name of the module's generator function a top-level statement defines, if it is one: what the pass reads of the program. */
export function generatorFunctionOf(s: S.Stmt): string | null {
  return s.kind === 'FunctionDef' && !s.isAsync && s.decorators.length === 0 && isGeneratorBody(s.body) ? s.name : null;
}

/**
 * The statements the pass makes of one top-level statement, given the module's generator functions.
 * `moduleCounter` numbers the holders of the module's own loops, across its statements: a top-level def
 * or class has none there (the module-level rewrite looks into if, for, while and try blocks only).
 */
export function closeAbandonedGeneratorsIn(s: S.Stmt, generators: ReadonlySet<string>, moduleCounter: { n: number }): S.Stmt[] {
  if (generators.size === 0) return [s];
  closeGenexprSources([s], generators);
  const out = rewriteBlock([s], generators, moduleCounter, false);
  const visitDefs = (stmts: S.Stmt[], counter: { n: number }): void => {
    for (const s of stmts) {
      if (s.kind === 'FunctionDef') {
        // A local binding of the name (a parameter, an assignment) is not the module's generator function.
        const visible = visibleIn(s, generators);
        closeGenexprSources(s.body, visible);
        s.body = rewriteBlock(s.body, visible, counter, isGeneratorBody(s.body));
        visitDefs(s.body, counter);
      } else if (s.kind === 'ClassDef') visitDefs(s.body, counter);
      else for (const block of childBlocks(s)) visitDefs(block, counter);
    }
  };
  // The holders are numbered per top-level statement (a function's holders are its locals, so the same
  // number in another def or at module level is another variable): a loop added to one def does not
  // rename those of the defs after it, whose code then stays as it was.
  for (const o of out) visitDefs([o], { n: 0 });
  return out;
}

/** The module's generator functions that `def` does not hide with a binding of its own. */
function visibleIn(def: S.FunctionDef, generators: ReadonlySet<string>): Set<string> {
  const local = boundNames(def.body);
  for (const p of def.params) local.add(p.name);
  return new Set([...generators].filter((g) => !local.has(g)));
}

/**
 * `all(f(x) for x in gen(n))`: a generator expression over a call of a generator function holds the only
 * reference to that generator. When the expression is closed (all() and any() stop early, a loop over it
 * breaks), CPython frees its frame and with it the inner generator, which closes it: its `finally` runs
 * and its stack goes. Here the expression's body closes its source on GeneratorExit.
 */
function closeGenexprSources(stmts: S.Stmt[], generators: ReadonlySet<string>): void {
  if (generators.size === 0) return;
  for (const e of exprsOf(stmts)) {
    if (e.kind !== 'Call' || e.func.kind !== 'Lambda') continue;
    const def = e.func.def;
    const visible = visibleIn(def, generators);
    if (def.name === '<genexpr>' && !def.isAsync && isGeneratorCall(e.args[0], generators)) {
      def.body = [closeOnGeneratorExit(def.body, def.params[0].name, def.pos)];
    }
    closeGenexprSources(def.body, visible);
  }
}

/** `iter(g(...))`, the source the parser passes a generator expression, with g a generator function. */
function isGeneratorCall(e: S.Expr | undefined, generators: ReadonlySet<string>): boolean {
  const inner = e?.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'iter' && e.args.length === 1 ? e.args[0] : e;
  return inner?.kind === 'Call' && inner.func.kind === 'Name' && generators.has(inner.func.id);
}

/** `try: body` / `except GeneratorExit: holder.close(); raise`. */
function closeOnGeneratorExit(body: S.Stmt[], holder: string, pos: S.Stmt['pos']): S.Stmt {
  const close: S.Stmt = { kind: 'ExprStmt', pos, expr: { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: { kind: 'Name', pos, id: holder }, attr: 'close' }, args: [], keywords: [] } };
  const handler: S.ExceptHandler = { type: { kind: 'Name', pos, id: 'GeneratorExit' }, name: null, body: [close, { kind: 'Raise', pos, exc: null, cause: null }], pos };
  return { kind: 'Try', pos, body, handlers: [handler], orelse: [], finalbody: [] };
}

function rewriteBlock(stmts: S.Stmt[], generators: ReadonlySet<string>, counter: { n: number }, inGenerator: boolean): S.Stmt[] {
  if (generators.size === 0) return stmts;
  const out: S.Stmt[] = [];
  for (const s of stmts) {
    // Inner loops first, so a return through two such loops closes the inner generator, then the outer.
    rewriteChildBlocks(s, (block) => rewriteBlock(block, generators, counter, inGenerator));
    if (s.kind !== 'For' || s.iter.kind !== 'Call' || s.iter.func.kind !== 'Name' || !generators.has(s.iter.func.id)) {
      out.push(s);
      continue;
    }
    const k = ++counter.n;
    const pos = s.pos;
    const holder = `$loopgen.${k}`;
    const name = (id: string): S.NameExpr => ({ kind: 'Name', pos, id });
    const close = (): S.Stmt => ({ kind: 'ExprStmt', pos, expr: { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: name(holder), attr: 'close' }, args: [], keywords: [] } });
    out.push({ kind: 'Assign', pos, targets: [name(holder)], value: s.iter });
    s.iter = name(holder);
    s.body = closeBeforeReturns(s.body, close, `$loopret.${k}`);
    // A generator closed at a yield inside the loop: CPython frees its frame, which closes the loop's generator.
    const yieldsInLoop = inGenerator && isGeneratorBody(s.body);
    out.push(yieldsInLoop ? closeOnGeneratorExit([s], holder, pos) : s, close());
  }
  return out;
}

/** Each `return` in `stmts` (not in nested defs) closes the loop's generator first, after its value is computed. */
function closeBeforeReturns(stmts: S.Stmt[], close: () => S.Stmt, temp: string): S.Stmt[] {
  const out: S.Stmt[] = [];
  for (const s of stmts) {
    switch (s.kind) {
      case 'Return':
        if (s.value) {
          const pos = s.pos;
          out.push({ kind: 'Assign', pos, targets: [{ kind: 'Name', pos, id: temp }], value: s.value }, close(), { kind: 'Return', pos, value: { kind: 'Name', pos, id: temp } });
        } else out.push(close(), s);
        continue;
    }
    rewriteChildBlocks(s, (block) => closeBeforeReturns(block, close, temp));
    out.push(s);
  }
  return out;
}
