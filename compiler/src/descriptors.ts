// Stage 1b (in desugar.ts, after nested classes are hoisted): descriptors, class attributes whose
// class defines `__get__` / `__set__`, become properties that call them.
//
//   class Person:                          class Person:
//       age = Typed(int)          ->           _aithon_descriptor_age = Typed(int)
//                                              @property
//                                              def age(self):
//                                                  return Person._aithon_descriptor_age.__get__(self, type(self))
//                                              @age.setter
//                                              def age(self, value):
//                                                  Person._aithon_descriptor_age.__set__(self, value)
//                                          Person._aithon_descriptor_age.__set_name__(Person, 'age')
//
// CPython looks a data descriptor (one with `__set__`) up on the instance's class before the
// instance's own attributes, so every `obj.age` read calls `__get__(obj, type(obj))` and every
// `obj.age = v` calls `__set__(obj, v)`: what a property with that getter and setter does. The
// descriptor object is one per class attribute, made when the class body runs, and `__set_name__`
// is called with the owner class and the attribute's name right after the class is made.
//
// Covered: classes at module level (and those moved there), descriptors assigned in the class body
// from a call of a module-level class. A descriptor without `__set__` (a non-data descriptor) is
// a property only when nothing assigns an attribute of that name anywhere in the program and its
// `__get__` does not store one (CPython would let the instance's own attribute hide it from then
// on). `__delete__`, a data descriptor without `__get__`, and reading the descriptor through the
// class (`Person.age`, which CPython answers with `__get__(None, Person)`) fail to build.
import type { SourcePos } from './diagnostics';
import { unsupportedConstruct } from './diagnostics';
import type * as S from './syntax';
import { targetAttributes, walkNodes } from './syntax';

const hidden = (name: string) => `_aithon_descriptor_${name}`;

export function desugarDescriptors(module: S.Module): void {
  const classes = new Map<string, S.ClassDef>();
  for (const s of module.body) if (s.kind === 'ClassDef') classes.set(s.name, s);
  /** The methods a class has, its own and its module-level bases'. */
  const methods = (cls: S.ClassDef, seen = new Set<S.ClassDef>()): Map<string, S.FunctionDef> => {
    const out = new Map<string, S.FunctionDef>();
    if (seen.has(cls)) return out;
    seen.add(cls);
    for (const b of [...cls.bases].reverse()) {
      const base = b.kind === 'Name' ? classes.get(b.id) : undefined;
      if (base) for (const [k, v] of methods(base, seen)) out.set(k, v);
    }
    for (const s of cls.body) if (s.kind === 'FunctionDef') out.set(s.name, s);
    return out;
  };
  const descriptorClasses = new Map<string, Map<string, S.FunctionDef>>();
  for (const [name, cls] of classes) {
    const m = methods(cls);
    if (m.has('__get__') || m.has('__set__') || m.has('__delete__')) descriptorClasses.set(name, m);
  }
  if (!descriptorClasses.size) return;

  const uses: { owner: S.ClassDef; stmt: S.AssignStmt | S.AnnAssignStmt; name: string; kind: Map<string, S.FunctionDef> }[] = [];
  for (const owner of classes.values()) {
    for (const stmt of owner.body) {
      const target = stmt.kind === 'Assign' && stmt.targets.length === 1 ? stmt.targets[0] : stmt.kind === 'AnnAssign' && stmt.value ? stmt.target : null;
      const value = stmt.kind === 'Assign' || stmt.kind === 'AnnAssign' ? stmt.value : null;
      if (!target || target.kind !== 'Name' || value?.kind !== 'Call' || value.func.kind !== 'Name') continue;
      const kind = descriptorClasses.get(value.func.id);
      if (kind) uses.push({ owner, stmt: stmt as S.AssignStmt | S.AnnAssignStmt, name: target.id, kind });
    }
  }
  if (!uses.length) return;

  // Attribute names the program assigns (`x.name = ...`) or reads through a class (`Person.age`).
  const stored = new Set<string>();
  const readOnClass = new Map<string, SourcePos>();
  walkNodes(module.body, (n) => {
    const node = n as unknown as S.Stmt | S.Expr;
    if (node.kind === 'Assign') for (const t of node.targets) for (const a of targetAttributes(t)) stored.add(a.attr);
    if ((node.kind === 'AugAssign' || node.kind === 'AnnAssign') && node.target.kind === 'Attribute') stored.add(node.target.attr);
    if (node.kind === 'Attribute' && node.value.kind === 'Name' && classes.has(node.value.id)) readOnClass.set(`${node.value.id}.${node.attr}`, node.pos);
  });

  const after = new Map<S.ClassDef, S.Stmt[]>();
  for (const { owner, stmt, name, kind } of uses) {
    const pos = stmt.pos;
    const get = kind.get('__get__');
    const set = kind.get('__set__');
    if (kind.has('__delete__')) unsupportedConstruct(module, pos, `a descriptor with __delete__ (class attribute '${name}')`);
    if (!get) unsupportedConstruct(module, pos, `a data descriptor without __get__ (class attribute '${name}')`);
    if (!set && (stored.has(name) || storesAttributes(get))) unsupportedConstruct(module, pos, `a descriptor without __set__ whose attribute '${name}' is also assigned on instances`);
    const classRead = readOnClass.get(`${owner.name}.${name}`);
    if (classRead) unsupportedConstruct(module, classRead, `reading the descriptor '${name}' through its class`);
    const b = builders(pos);
    // A new node at each use: the getter and setter (in the class) and the __set_name__ call (a module-level
    // statement) share none, as no pass shares a node between two top-level statements (pass-cache.ts).
    const descriptor = () => b.attr(b.name(owner.name), hidden(name));
    if (stmt.kind === 'Assign') stmt.targets = [b.name(hidden(name))];
    else stmt.target = b.name(hidden(name));
    const getter: S.FunctionDef = b.def(name, ['self'], [{ kind: 'Return', pos, value: b.call(b.attr(descriptor(), '__get__'), [b.name('self'), b.call(b.name('type'), [b.name('self')])]) }], [b.name('property')]);
    const added: S.Stmt[] = [getter];
    if (set) {
      added.push(b.def(name, ['self', 'value'], [{ kind: 'ExprStmt', pos, expr: b.call(b.attr(descriptor(), '__set__'), [b.name('self'), b.name('value')]) }], [b.attr(b.name(name), 'setter')]));
    }
    owner.body.splice(owner.body.indexOf(stmt) + 1, 0, ...added);
    if (kind.has('__set_name__')) {
      const call = b.call(b.attr(descriptor(), '__set_name__'), [b.name(owner.name), { kind: 'Str', pos, value: name }]);
      after.set(owner, [...(after.get(owner) ?? []), { kind: 'ExprStmt', pos, expr: call }]);
    }
  }
  module.body = module.body.flatMap((s) => (s.kind === 'ClassDef' && after.has(s) ? [s, ...after.get(s)!] : [s]));
}

/** Does a `__get__` store attributes through a computed name (`setattr(obj, ...)`, `obj.__dict__[...] = ...`)? */
function storesAttributes(def: S.FunctionDef): boolean {
  let found = false;
  walkNodes(def.body, (n) => {
    const node = n as unknown as S.Expr;
    if (node.kind === 'Call' && node.func.kind === 'Name' && node.func.id === 'setattr') found = true;
    if (node.kind === 'Attribute' && node.attr === '__dict__') found = true;
  });
  return found;
}

function builders(pos: SourcePos) {
  const name = (id: string): S.NameExpr => ({ kind: 'Name', pos, id });
  return {
    name,
    attr: (value: S.Expr, attr: string): S.AttributeExpr => ({ kind: 'Attribute', pos, value, attr }),
    call: (func: S.Expr, args: S.Expr[]): S.CallExpr => ({ kind: 'Call', pos, func, args, keywords: [] }),
    def: (fname: string, params: string[], body: S.Stmt[], decorators: S.Expr[]): S.FunctionDef => ({
      kind: 'FunctionDef', pos, name: fname, namePos: pos, isAsync: false, body, decorators,
      params: params.map((p) => ({ name: p, defaultValue: null, pos, kind: 'normal' as const })),
    }),
  };
}
