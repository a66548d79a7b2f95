// Stage 1d (end of desugar.ts): `Counter(w for w in words)` and
// `deque(x for x in xs)` consume their generator at once (the runtime's
// collections.Counter and deque iterate it to the end before returning), as
// sum() or sorted() do. The parser made the generator expression a lazy
// generator (a nested generator function on a green stack of its own, resumed
// per item) because it cannot know what `Counter` names; here, where the
// imports are known, it is turned back into the generator expression, which
// the checker evaluates eagerly as a list (checker.ts consumingModuleFunctions).
import type * as S from './syntax';
import { sourceMentions, targetNames, walkNodes } from './syntax';

/** collections' classes whose constructor consumes its iterable argument at once. */
const consumers = new Set(['Counter', 'deque']);

export function eagerCounterArguments(module: S.Module): void {
  // Only an import of collections written in the program can name a consumer: without one, the walk
  // below (a fifth of the desugaring of a 2,000-function program without it) finds nothing to do.
  if (!sourceMentions(module, 'collections') || ![...consumers].some((name) => sourceMentions(module, name))) return;
  // Local names of the consumers (`from collections import Counter as C`), and of the module (`import collections`).
  const local = new Map<string, string>();
  const moduleNames = new Set<string>();
  // Every other binding of a name, anywhere: such a name may not be the import's.
  const bound = new Map<string, number>();
  const bind = (name: string) => bound.set(name, (bound.get(name) ?? 0) + 1);
  const calls: S.CallExpr[] = [];
  walkNodes(module.body, (n) => {
    const node = n as unknown as S.Stmt | S.Expr;
    switch (node.kind) {
      case 'ImportFrom':
        for (const x of node.names) {
          bind(x.asname ?? x.name);
          if (node.module === 'collections' && node.level === 0 && consumers.has(x.name)) local.set(x.asname ?? x.name, x.name);
        }
        break;
      case 'Import':
        for (const x of node.names) {
          bind(x.asname ?? x.module.split('.')[0]);
          if (x.module === 'collections') moduleNames.add(x.asname ?? 'collections');
        }
        break;
      case 'FunctionDef':
        bind(node.name);
        for (const p of node.params) bind(p.name);
        break;
      case 'ClassDef':
        bind(node.name);
        break;
      case 'Assign':
        for (const t of node.targets) targetNames(t).forEach(bind);
        break;
      case 'AugAssign':
      case 'AnnAssign':
      case 'For':
        targetNames(node.target).forEach(bind);
        break;
      case 'NamedExpr':
        bind(node.target.id);
        break;
      case 'Call':
        if (node.args.length === 1 && !node.doubleStars?.length) calls.push(node);
        break;
      default:
        break;
    }
    const generators = (n as Record<string, unknown>).generators;
    if (Array.isArray(generators)) for (const g of generators as S.Comprehension[]) targetNames(g.target).forEach(bind);
  });
  if (!local.size && !moduleNames.size) return;
  const once = (name: string) => bound.get(name) === 1;
  for (const call of calls) {
    const f = call.func;
    const consumes =
      (f.kind === 'Name' && local.has(f.id) && once(f.id)) ||
      (f.kind === 'Attribute' && f.value.kind === 'Name' && moduleNames.has(f.value.id) && once(f.value.id) && consumers.has(f.attr));
    if (!consumes) continue;
    const gen = generatorExpressionOf(call.args[0]);
    if (gen) call.args[0] = gen;
  }
}

/** The generator expression a `<genexpr>(iter(first))` call was made from (parser.ts generatorFunctionCall), or null. */
function generatorExpressionOf(e: S.Expr): S.GeneratorExpr | null {
  if (e.kind !== 'Call' || e.func.kind !== 'Lambda' || e.func.def.name !== '<genexpr>' || e.func.def.isAsync || e.args.length !== 1) return null;
  const first = e.args[0];
  if (first.kind !== 'Call' || first.func.kind !== 'Name' || first.func.id !== 'iter' || first.args.length !== 1) return null;
  const generators: S.Comprehension[] = [];
  let body = e.func.def.body;
  for (;;) {
    if (body.length !== 1) return null;
    const s = body[0];
    if (s.kind === 'For' && !s.orelse.length) {
      generators.push({ target: s.target, iter: generators.length ? s.iter : first.args[0], ifs: [], pos: s.pos });
      body = s.body;
    } else if (s.kind === 'If' && generators.length && !s.orelse.length) {
      generators[generators.length - 1].ifs.push(s.test);
      body = s.body;
    } else if (s.kind === 'ExprStmt' && s.expr.kind === 'Yield' && !s.expr.from && s.expr.value && generators.length) {
      return { kind: 'GeneratorExp', pos: e.pos, elt: s.expr.value, generators };
    } else return null;
  }
}
