// Stage 1d: names in a class body that read the class's own attributes.
//
//   class Board:                     class Board:
//       SIZE = 8                         SIZE = 8
//       CELLS = SIZE * SIZE    ->        CELLS = Board.SIZE * Board.SIZE
//
// A class body runs in its own namespace: a name there reads an attribute the
// body assigned earlier, before globals and builtins. The compiler keeps class
// attributes as `Class.name`, so such reads are rewritten to that. Function
// and lambda bodies do not see the class namespace, nor do comprehensions
// apart from their first iterable (Python 3), so those are left alone.
import type * as S from './syntax';
import { childExprs, targetNames } from './syntax';

export function qualifyClassBodyNames(module: S.Module): void {
  for (const s of module.body) if (s.kind === 'ClassDef' && (!s.name.includes('.') || s.name.includes('.<locals>.'))) qualify(s);
}

function qualify(cls: S.ClassDef): void {
  const assigned = new Set<string>();
  const rewrite = (e: S.Expr): void => {
    if (e.kind === 'Name') {
      if (assigned.has(e.id)) {
        const name: S.NameExpr = { kind: 'Name', pos: e.pos, id: cls.name };
        const attr: S.AttributeExpr = { kind: 'Attribute', pos: e.pos, value: name, attr: e.id };
        for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
        Object.assign(e, attr);
      }
      return;
    }
    if (e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp') {
      rewrite(e.generators[0].iter);
      return;
    }
    for (const c of childExprs(e)) rewrite(c);
  };
  for (const s of cls.body) {
    switch (s.kind) {
      case 'Assign':
        rewrite(s.value);
        // `table[0] = 1`, `opts.debug = True`: the container or object is read, as a name elsewhere in the body.
        for (const t of s.targets) if (t.kind === 'Subscript' || t.kind === 'Attribute') childExprs(t).forEach(rewrite);
        for (const t of s.targets) targetNames(t).forEach((n) => assigned.add(n));
        break;
      case 'AugAssign':
        rewrite(s.value);
        // `count += 1` of an attribute the body bound: the class attribute's read and store (`Board.count += 1`).
        if (s.target.kind === 'Name') rewrite(s.target);
        else childExprs(s.target).forEach(rewrite);
        break;
      case 'AnnAssign':
        if (s.value) rewrite(s.value);
        if (s.value) targetNames(s.target).forEach((n) => assigned.add(n));
        break;
      case 'ExprStmt':
        rewrite(s.expr);
        break;
      case 'Del':
        for (const t of s.targets) if (t.kind === 'Subscript' || t.kind === 'Attribute') childExprs(t).forEach(rewrite);
        break;
      case 'FunctionDef':
        // Defaults run in the class body; the name itself becomes a method, not an attribute read here.
        for (const p of s.params) if (p.defaultValue) rewrite(p.defaultValue);
        break;
      default:
        break;
    }
  }
}
