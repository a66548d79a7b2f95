// Stage 1f: positional sub-patterns of class patterns name their attributes.
//
// `case Point(x, y)` reads the attributes `Point.__match_args__` names. The
// parser cannot know them (a dataclass gets its `__match_args__` from the
// desugar stage, a class of another module from linking), so it leaves the
// attribute name empty; here, with every class final, each is filled in.
import { CompileError, error } from './diagnostics';
import type * as S from './syntax';
import { walkNodes } from './syntax';

export function resolveMatchArgs(module: S.Module): void {
  // Only a `case` clause makes the attributes this fills in, and every node
  // of the tree was parsed from main.py or a linked module, whose texts are
  // kept: without a `case` line in them, there is nothing to resolve, and the
  // walk of the whole program (tens of ms of a serve cycle) is skipped.
  const texts = [module.source, ...(module.sources?.values() ?? [])];
  if (!texts.some((text) => /^[ \t]*case\b/m.test(text))) return;
  const matchArgs = new Map<string, string[]>();
  for (const s of module.body) {
    if (s.kind !== 'ClassDef') continue;
    for (const item of s.body) {
      if (item.kind === 'Assign' && item.targets.some((t) => t.kind === 'Name' && t.id === '__match_args__') && (item.value.kind === 'Tuple' || item.value.kind === 'List')) {
        matchArgs.set(s.name, item.value.elts.map((e) => (e.kind === 'Str' ? e.value : '')));
      }
    }
  }
  const problems: ReturnType<typeof error>[] = [];
  for (const e of attributesIn(module.body)) {
    if (!e.matchArg) continue;
    const cls = e.matchArg.test.args[1];
    const name = cls.kind === 'Name' ? cls.id : cls.kind === 'Attribute' ? cls.attr : '';
    const attr = matchArgs.get(name)?.[e.matchArg.index];
    if (attr) e.attr = attr;
    else problems.push(error(e.pos.file ?? module.file, e.pos, `unsupported: positional sub-patterns without ${name}.__match_args__`, `give ${name} a __match_args__ tuple, or match by keyword (${name}(x=...))`, undefined));
  }
  if (problems.length) throw new CompileError(problems);
}

/** Every Attribute node of the program, in function and class bodies too. */
function attributesIn(body: S.Stmt[]): S.AttributeExpr[] {
  const out: S.AttributeExpr[] = [];
  walkNodes(body, (node) => {
    if (node.kind === 'Attribute') out.push(node as unknown as S.AttributeExpr);
  });
  return out;
}
