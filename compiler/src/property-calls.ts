// Stage 1d: `name = property(fget, fset)` in a class body becomes `@property` methods.
//
//   class Counter:                        class Counter:
//       value = property(lambda s: s._v)      @property
//                                             def value(s): return s._v
//       def get_x(self): ...                  def get_x(self): ...
//       def set_x(self, v): ...               def set_x(self, v): ...
//       x = property(get_x, set_x)    ->      @property
//                                             def x(self): return self.get_x()
//                                             @x.setter
//                                             def x(self, value): self.set_x(value)
//
// The accessors may be lambdas or methods defined above in the same class body, passed
// positionally or as `fget=`/`fset=`; a `doc` string is dropped. Other forms (a deleter, an
// accessor of any other kind) are left alone, so the build reports `property` as unsupported.
import type * as S from './syntax';
import { sourceMentions, walkNodes, walkStatements } from './syntax';

export type Parse = (file: string, source: string) => S.Module;

export function desugarPropertyCalls(module: S.Module, parse: Parse): void {
  // `name = property(...)` comes from source text (no earlier pass makes one): without the word, nothing to do.
  if (!sourceMentions(module, 'property')) return;
  // Class definitions are statements: this does not walk the program's expressions.
  walkStatements(module.body, (node) => {
    if (node.kind !== 'ClassDef') return;
    const cls = node;
    const methods = new Set<string>();
    const body: S.Stmt[] = [];
    for (const s of cls.body) {
      if (s.kind === 'FunctionDef') methods.add(s.name);
      const accessors = s.kind === 'Assign' ? propertyAccessors(s, methods) : null;
      if (!accessors) {
        body.push(s);
        continue;
      }
      const name = ((s as S.AssignStmt).targets[0] as S.NameExpr).id;
      const accessor = (f: S.Expr, setter: boolean): S.FunctionDef => {
        let def: S.FunctionDef;
        if (f.kind === 'Lambda') def = { ...f.def, name };
        else {
          const method = (f as S.NameExpr).id;
          const src = setter ? `def ${name}(self, value):\n    self.${method}(value)\n` : `def ${name}(self):\n    return self.${method}()\n`;
          def = parse(module.file, src).body[0] as S.FunctionDef;
          walkNodes(def, (n) => {
            if ('pos' in n) n.pos = s.pos;
          });
        }
        def.namePos = s.pos;
        def.decorators = [setter ? { kind: 'Attribute', pos: s.pos, value: { kind: 'Name', pos: s.pos, id: name }, attr: 'setter' } : { kind: 'Name', pos: s.pos, id: 'property' }];
        return def;
      };
      body.push(accessor(accessors.fget, false));
      if (accessors.fset) body.push(accessor(accessors.fset, true));
      methods.add(name);
    }
    cls.body = body;
  });
}

/** The getter and setter of `name = property(...)`, or null when the statement is not one this stage rewrites. */
function propertyAccessors(s: S.AssignStmt, methods: Set<string>): { fget: S.Expr; fset: S.Expr | null } | null {
  const call = s.value;
  if (s.targets.length !== 1 || s.targets[0].kind !== 'Name') return null;
  if (call.kind !== 'Call' || call.func.kind !== 'Name' || call.func.id !== 'property' || call.doubleStars?.length) return null;
  const slots: (S.Expr | null)[] = [null, null, null, null];
  const names = ['fget', 'fset', 'fdel', 'doc'];
  call.args.forEach((a, i) => (slots[i] = a));
  for (const k of call.keywords) {
    const i = names.indexOf(k.name);
    if (i < 0 || slots[i]) return null;
    slots[i] = k.value;
  }
  const [fget, fset, fdel, doc] = slots.map((e) => (e && e.kind === 'None' ? null : e));
  const isAccessor = (f: S.Expr | null) => f !== null && (f.kind === 'Lambda' || (f.kind === 'Name' && methods.has(f.id)));
  if (call.args.length > 4 || !isAccessor(fget) || (fset && !isAccessor(fset)) || fdel || (doc && doc.kind !== 'Str')) return null;
  return { fget: fget!, fset };
}
