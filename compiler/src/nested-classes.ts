// Stage 1d (after desugar.ts): classes defined inside a class body.
//
// `class Tree: class Node: ...` makes the nested class a module-level class
// named `Tree.Node` (its __name__ stays `Node`), placed after its outer
// class, and every `Tree.Node` in the module names it. Classes are static
// here, so where CPython creates the nested class (while the outer body runs)
// makes no difference; reaching it through an instance (`self.Node`) or by
// its bare name inside the outer class body is not rewritten (and so not
// supported: the checker reports it).
import type * as S from './syntax';
import { walkNodes } from './syntax';

export function hoistNestedClasses(module: S.Module): void {
  const hoisted = new Map<string, Map<string, string>>(); // outer -> inner -> hoisted name
  const out: S.Stmt[] = [];
  const queue = [...module.body];
  while (queue.length) {
    const s = queue.shift()!;
    out.push(s);
    if (s.kind !== 'ClassDef') continue;
    const inner = s.body.filter((x): x is S.ClassDef => x.kind === 'ClassDef');
    if (!inner.length) continue;
    s.body = s.body.filter((x) => x.kind !== 'ClassDef');
    if (!s.body.length) s.body = [{ kind: 'Pass', pos: s.pos }];
    const names = new Map<string, string>();
    for (const c of inner) {
      const name = `${s.name}.${c.name}`;
      names.set(c.name, name);
      c.name = name;
    }
    hoisted.set(s.name, names);
    // Right after the outer class (nested classes of the nested ones are handled in turn).
    queue.unshift(...inner);
  }
  if (!hoisted.size) return;
  module.body = out;
  // `Outer.Inner` (also `Outer.Mid.Inner`) anywhere in the module: the hoisted class's name.
  const attributes: S.AttributeExpr[] = [];
  walkNodes(module.body, (n) => {
    if (n.kind === 'Attribute') attributes.push(n as unknown as S.AttributeExpr);
  });
  // Innermost first, so `Outer.Mid` is a name by the time `Outer.Mid.Inner` is seen.
  for (const e of attributes.reverse()) {
    if (e.value.kind !== 'Name') continue;
    const target = hoisted.get(e.value.id)?.get(e.attr);
    if (!target) continue;
    const name: S.NameExpr = { kind: 'Name', pos: e.pos, id: target };
    for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
    Object.assign(e, name);
  }
}
