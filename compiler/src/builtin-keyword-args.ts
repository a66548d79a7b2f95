// Stage 1e (after desugar.ts): keyword arguments of built-in functions that name positional parameters.
//
// `int(s, base=16)`, `round(x, ndigits=2)`, `pow(b, e, mod=m)`, `str(object=x)`: CPython binds these
// keywords to the parameter at their position. The checker and the lowering know the built-ins by the
// position of their arguments, so such a call is rewritten into the positional call CPython makes of it:
//
//   int(s, base=16)      -> int(s, 16)
//   pow(b, exp=e, mod=m) -> pow(b, e, m)
//
// Only when the result is the same call: the keywords moved fill the next positions in order (no gap,
// which CPython rejects or fills with a default the built-in's positional form has too), they come first
// among the call's keywords and in parameter order (so their values are still evaluated in source order),
// no argument is unpacked (`*args`, `**kw`), and the program binds the built-in's name nowhere (a def,
// class, parameter, assignment or import of that name anywhere keeps every call of it as written).
// Anything else is left to the checker, which reports the keywords it does not take.
import type * as S from './syntax';
import { sourceMentions, targetNames, walkNodes } from './syntax';

/** Each built-in's parameters that a keyword may name, by position (null: positional-only). */
const positionalParameters: Record<string, (string | null)[]> = {
  int: [null, 'base'],
  round: ['number', 'ndigits'],
  pow: ['base', 'exp', 'mod'],
  str: ['object'],
  // `start` stays a keyword: the checker takes it as one.
  enumerate: ['iterable', null],
};

export function positionBuiltinKeywordArgs(module: S.Module): void {
  // A call this rewrites names the built-in and one of its parameters in the source text (no pass makes such a
  // call): without both, the whole-program walk below finds nothing (it runs on every serve cycle).
  const names = Object.keys(positionalParameters).filter(
    (name) => sourceMentions(module, `${name}(`) && positionalParameters[name].some((p) => p !== null && sourceMentions(module, p)),
  );
  if (!names.length) return;
  const calls: S.CallExpr[] = [];
  const bound = new Set<string>();
  walkNodes(module.body, (n) => {
    const node = n as unknown as S.Stmt | S.Expr;
    switch (node.kind) {
      case 'Call':
        if (node.func.kind === 'Name' && names.includes(node.func.id) && node.keywords.length) calls.push(node);
        break;
      case 'FunctionDef':
        bound.add(node.name);
        for (const p of node.params) bound.add(p.name);
        break;
      case 'ClassDef':
        bound.add(node.name);
        break;
      case 'Assign':
        for (const t of node.targets) for (const name of targetNames(t)) bound.add(name);
        break;
      case 'AnnAssign':
      case 'AugAssign':
      case 'For':
        for (const name of targetNames(node.target)) bound.add(name);
        break;
      case 'NamedExpr':
        bound.add(node.target.id);
        break;
      case 'Import':
        for (const a of node.names) bound.add(a.asname ?? a.module.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const a of node.names) bound.add(a.asname ?? a.name);
        break;
      default:
        break;
    }
    const generators = (n as Record<string, unknown>).generators;
    if (Array.isArray(generators)) for (const g of generators as S.Comprehension[]) for (const name of targetNames(g.target)) bound.add(name);
    const handlers = (n as Record<string, unknown>).handlers;
    if (Array.isArray(handlers)) for (const h of handlers as S.ExceptHandler[]) if (h.name) bound.add(h.name);
  });
  for (const call of calls) {
    const name = (call.func as S.NameExpr).id;
    if (!bound.has(name)) positionKeywords(call, positionalParameters[name]);
  }
}

function positionKeywords(call: S.CallExpr, params: (string | null)[]): void {
  if (call.doubleStars?.length || call.args.some((a) => a.kind === 'Starred')) return;
  let moved = 0;
  while (moved < call.keywords.length && params[call.args.length + moved] === call.keywords[moved].name) moved++;
  if (!moved) return;
  call.args = [...call.args, ...call.keywords.slice(0, moved).map((k) => k.value)];
  call.keywords = call.keywords.slice(moved);
}
