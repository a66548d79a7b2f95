// Stage 1c (after desugar.ts, before init-subclass.ts): metaclasses derived from `type`, as real programs write them:
// a registry filled when each class is made (`__new__` / `__init__`), a singleton or cache made by `__call__`.
//
//   class Meta(type):                               class Meta:
//       registry = {}                                   registry = {}
//       def __init__(cls, name, bases, ns):         def Meta.__init__(cls, name, bases, ns):      (module functions)
//           super().__init__(name, bases, ns)           None
//           Meta.registry[name] = cls                   Meta.registry[name] = cls
//       def __call__(cls, *args, **kw):             def Meta.__call__(cls, *args, **kw):
//           ... super().__call__(*args, **kw)           ... cls(*args, **kw)
//   class A(metaclass=Meta): ...               ->   class A: ...
//                                                   Meta.__init__(A, 'A', (), None)
//   A(1)                                            Meta.__call__(A, 1)
//
// CPython makes each class of the metaclass (those naming it, and their subclasses) by calling it: `__new__` makes the
// class (`super().__new__(mcs, name, bases, ns)` is type's, which makes it), then `__init__` runs on it. Classes are
// static here, so both are called right after the class statement, `super().__new__(...)` giving the class already
// made. `C(...)` calls the metaclass's `__call__`, whose `super().__call__(...)` makes the instance as type's does.
// A metaclass's own attributes (`_instances = {}`) are read through its classes too (`cls._instances`): those reads
// name the metaclass.
//
// Covered: metaclasses and their classes at the module level; `__new__`, `__init__`, `__call__` and class attributes.
// Anything else is a build error naming it: other methods of a metaclass, reading the class namespace (`ns`),
// `__prepare__`, a class of a `__call__` metaclass used as a value or made through `cls(...)` / `type(self)(...)`.
import { unsupportedConstruct } from './diagnostics';
import type * as S from './syntax';
import { walkNodes } from './syntax';

const HOOKS = ['__new__', '__init__', '__call__'];

export function rewriteMetaclasses(module: S.Module): void {
  const classes = new Map<string, S.ClassDef>();
  for (const s of module.body) if (s.kind === 'ClassDef') classes.set(s.name, s);
  const metas = new Map<string, S.ClassDef>();
  for (const c of classes.values()) if (c.bases.some((b) => b.kind === 'Name' && b.id === 'type')) metas.set(c.name, c);
  if (!metas.size) {
    walkNodes(module.body, (n) => {
      if (n.kind === 'ClassDef' && metaclassKeyword(n as unknown as S.ClassDef)) checkMetaclassKeyword(module, n as unknown as S.ClassDef, metas);
    });
    return;
  }
  walkNodes(module.body, (n) => {
    if (n.kind !== 'ClassDef') return;
    const c = n as unknown as S.ClassDef;
    if (!classes.has(c.name) || classes.get(c.name) !== c) {
      if (metaclassKeyword(c) || c.bases.some((b) => b.kind === 'Name' && (b.id === 'type' || metaOfName(b.id) !== null))) unsupportedConstruct(module, c.pos, `a metaclass or a class of one defined inside a function or class`);
    }
  });

  /** The metaclass a module-level class is made by: its `metaclass=` keyword's, else its bases'. */
  const metaCache = new Map<S.ClassDef, S.ClassDef | null>();
  function metaOf(c: S.ClassDef): S.ClassDef | null {
    if (metaCache.has(c)) return metaCache.get(c)!;
    metaCache.set(c, null);
    const k = metaclassKeyword(c);
    let meta: S.ClassDef | null = k ? checkMetaclassKeyword(module, c, metas) : null;
    for (const b of c.bases) {
      const base = b.kind === 'Name' ? classes.get(b.id) : undefined;
      const m = base && !metas.has(base.name) ? metaOf(base) : null;
      if (m && meta && m !== meta) unsupportedConstruct(module, c.pos, `a class whose bases have different metaclasses (class ${c.name})`);
      meta ??= m;
    }
    metaCache.set(c, meta);
    return meta;
  }
  function metaOfName(name: string): S.ClassDef | null {
    const c = classes.get(name);
    return c && !metas.has(name) ? metaOf(c) : null;
  }

  // The metaclasses: plain classes holding their attributes; their hooks become module functions.
  const hooks = new Map<S.ClassDef, Map<string, S.FunctionDef>>();
  const metaAttrs = new Map<string, S.ClassDef>();
  for (const meta of metas.values()) {
    if (meta.bases.length !== 1) unsupportedConstruct(module, meta.pos, `a metaclass with bases other than type (class ${meta.name})`);
    if (meta.decorators.length || metaclassKeyword(meta)) unsupportedConstruct(module, meta.pos, `a metaclass with decorators or a metaclass of its own (class ${meta.name})`);
    meta.bases = [];
    const own = new Map<string, S.FunctionDef>();
    const body: S.Stmt[] = [];
    for (const item of meta.body) {
      if (item.kind === 'FunctionDef') {
        if (!HOOKS.includes(item.name) || item.decorators.length) {
          unsupportedConstruct(module, item.pos, `the metaclass method '${item.name}' (a metaclass's __new__, __init__ and __call__ compile; class ${meta.name})`);
        }
        own.set(item.name, item);
        continue;
      }
      if (item.kind === 'Assign') for (const t of item.targets) if (t.kind === 'Name') metaAttrs.set(t.id, meta);
      if (item.kind === 'AnnAssign' && item.target.kind === 'Name') metaAttrs.set(item.target.id, meta);
      body.push(item);
    }
    meta.body = body.length ? body : [{ kind: 'Pass', pos: meta.pos } as S.Stmt];
    hooks.set(meta, own);
  }
  // A metaclass attribute a class body also binds would be found on the class first: not rewritten, so not compiled.
  for (const c of classes.values()) {
    if (metas.has(c.name)) continue;
    for (const item of c.body) {
      const names = item.kind === 'Assign' ? item.targets.filter((t) => t.kind === 'Name').map((t) => (t as S.NameExpr).id) : item.kind === 'FunctionDef' ? [item.name] : [];
      for (const name of names) if (metaAttrs.has(name) && metaOf(c)) unsupportedConstruct(module, item.pos, `'${name}' in class ${c.name}, which its metaclass ${metaAttrs.get(name)!.name} also has`);
    }
  }

  const hookName = (meta: S.ClassDef, hook: string) => `${meta.name}.${hook}`;
  const name = (pos: S.Expr['pos'], id: string): S.Expr => ({ kind: 'Name', pos, id });

  // Each hook as a function of the module: `super().<hook>(...)` / `type.<hook>(...)` become what type's would do.
  const functions: S.Stmt[] = [];
  for (const [meta, own] of hooks) {
    for (const [hook, def] of own) {
      const first = def.params[0];
      if (!first || first.kind !== 'normal') unsupportedConstruct(module, def.pos, `the metaclass method '${hook}' without a first parameter (class ${meta.name})`);
      if (hook === '__new__') def.params.push({ name: '__aithon_made_class', defaultValue: null, pos: def.pos, kind: 'normal' });
      walkNodes(def.body, (n) => {
        if (n.kind !== 'Call') return;
        const call = n as unknown as S.CallExpr;
        const f = call.func;
        if (f.kind !== 'Attribute' || f.attr !== hook) return;
        const viaSuper = f.value.kind === 'Call' && f.value.func.kind === 'Name' && f.value.func.id === 'super' && f.value.args.length === 0;
        const viaType = f.value.kind === 'Name' && f.value.id === 'type';
        if (!viaSuper && !viaType) return;
        const args = viaType ? call.args.slice(1) : call.args;
        if (hook === '__new__') replaceNode(n, name(call.pos, '__aithon_made_class'));
        else if (hook === '__init__') replaceNode(n, { kind: 'None', pos: call.pos } as S.Expr);
        // type.__call__(cls, ...): the instance, made as a call of the class makes it.
        else replaceNode(n, { kind: 'Call', pos: call.pos, func: name(call.pos, first.name), args: viaType ? args : call.args, keywords: call.keywords, doubleStars: call.doubleStars } as S.Expr);
      });
      // The class namespace is not kept: a hook reading it does not compile.
      const nsParam = hook === '__call__' ? undefined : def.params[3];
      if (nsParam && mentions(def.body, nsParam.name)) unsupportedConstruct(module, def.pos, `a metaclass's ${hook} reading the class namespace '${nsParam.name}' (class ${meta.name})`);
      if (def.params.some((p) => p.kind === 'varargs' || p.kind === 'varkw') && hook !== '__call__') unsupportedConstruct(module, def.pos, `a metaclass's ${hook} with *args or **kwargs (class ${meta.name})`);
      def.name = hookName(meta, hook);
      functions.push(def);
    }
  }

  // Reads of a metaclass attribute through a class (`cls._instances` in a hook or a classmethod, `Config._instances`)
  // name the metaclass.
  const hookOwner = new Map<object, S.ClassDef>();
  for (const [meta, own] of hooks) for (const def of own.values()) walkNodes(def.body, (n) => hookOwner.set(n, meta));
  const classmethodOwner = new Map<object, S.ClassDef>();
  for (const c of classes.values()) {
    const meta = metas.has(c.name) ? null : metaOf(c);
    if (!meta) continue;
    for (const item of c.body) {
      if (item.kind !== 'FunctionDef' || !item.decorators.some((d) => d.kind === 'Name' && d.id === 'classmethod')) continue;
      const cls = item.params[0]?.name;
      walkNodes(item.body, (n) => {
        if (n.kind === 'Attribute' && (n as unknown as S.AttributeExpr).value.kind === 'Name' && ((n as unknown as S.AttributeExpr).value as S.NameExpr).id === cls) classmethodOwner.set(n, meta);
      });
    }
  }
  walkNodes([...module.body, ...functions], (n) => {
    if (n.kind !== 'Attribute') return;
    const a = n as unknown as S.AttributeExpr;
    const meta = metaAttrs.get(a.attr);
    if (!meta || a.value.kind !== 'Name' || a.value.id === meta.name) return;
    if (hookOwner.get(n) === meta || classmethodOwner.get(n) === meta || metaOfName(a.value.id) === meta) a.value = name(a.value.pos, meta.name);
  });

  // Constructions through a metaclass's __call__.
  const callOf = (c: S.ClassDef): S.ClassDef | null => {
    const meta = metaOf(c);
    return meta && hooks.get(meta)!.has('__call__') ? meta : null;
  };
  const anyCall = [...classes.values()].some((c) => !metas.has(c.name) && callOf(c));
  if (anyCall) {
    const allowed = new Set<object>();
    const everything = [...module.body, ...functions];
    walkNodes(everything, (n) => {
      if (n.kind === 'Call') {
        const call = n as unknown as S.CallExpr;
        allowed.add(call.func);
        if (call.func.kind === 'Name' && (call.func.id === 'isinstance' || call.func.id === 'issubclass') && call.args[1]) allowed.add(call.args[1]);
        if (call.func.kind === 'Call' && call.func.func.kind === 'Name' && call.func.func.id === 'type') unsupportedConstruct(module, call.pos, `type(x)(...) in a program with a metaclass that defines __call__ (it would make the instance without it)`);
      }
      if (n.kind === 'Attribute') allowed.add((n as unknown as S.AttributeExpr).value);
      if (n.kind === 'ClassDef') for (const b of (n as unknown as S.ClassDef).bases) allowed.add(b);
    });
    walkNodes(everything, (n) => {
      if (n.kind !== 'Name') return;
      const id = (n as unknown as S.NameExpr).id;
      const c = classes.get(id);
      if (!c || metas.has(id) || !callOf(c) || allowed.has(n)) return;
      unsupportedConstruct(module, (n as unknown as S.NameExpr).pos, `the class ${id}, made by a metaclass that defines __call__, used as a value (its calls go through the metaclass)`);
    });
    for (const c of classes.values()) {
      if (metas.has(c.name) || !callOf(c)) continue;
      for (const item of c.body) {
        if (item.kind !== 'FunctionDef' || !item.decorators.some((d) => d.kind === 'Name' && d.id === 'classmethod')) continue;
        const cls = item.params[0]?.name;
        walkNodes(item.body, (n) => {
          const call = n as unknown as S.CallExpr;
          if (n.kind === 'Call' && call.func.kind === 'Name' && call.func.id === cls) unsupportedConstruct(module, call.pos, `${cls}(...) in a classmethod of ${c.name}, whose metaclass defines __call__`);
        });
      }
    }
    walkNodes(everything, (n) => {
      if (n.kind !== 'Call') return;
      const call = n as unknown as S.CallExpr;
      if (call.func.kind !== 'Name') return;
      const c = classes.get(call.func.id);
      const meta = c && !metas.has(c.name) ? callOf(c) : null;
      if (!meta) return;
      call.args = [name(call.func.pos, c!.name), ...call.args];
      call.func = name(call.func.pos, hookName(meta, '__call__'));
    });
  }

  // The metaclass's hooks after each class statement; the hooks themselves right after the metaclass.
  module.body = module.body.flatMap((s) => {
    if (s.kind !== 'ClassDef') return [s];
    if (metas.has(s.name)) return [s, ...functions.filter((f) => (f as S.FunctionDef).name.startsWith(`${s.name}.`))];
    const meta = metaOf(s);
    s.keywords = (s.keywords ?? []).filter((k) => k.name !== 'metaclass');
    if (!s.keywords.length) delete s.keywords;
    if (!meta) return [s];
    const pos = s.pos;
    const own = hooks.get(meta)!;
    const bases: S.Expr = { kind: 'Tuple', pos, elts: s.bases.map((b) => ({ ...b })) } as S.Expr;
    const args = (first: S.Expr): S.Expr[] => [first, { kind: 'Str', pos, value: s.name } as S.Expr, bases, { kind: 'None', pos } as S.Expr];
    const out: S.Stmt[] = [s];
    const call = (hook: string, callArgs: S.Expr[]): S.Stmt => ({ kind: 'ExprStmt', pos, expr: { kind: 'Call', pos, func: name(pos, hookName(meta, hook)), args: callArgs, keywords: [] } as S.Expr }) as S.Stmt;
    if (own.has('__new__')) out.push(call('__new__', [...args(name(pos, meta.name)), name(pos, s.name)]));
    if (own.has('__init__')) out.push(call('__init__', args(name(pos, s.name))));
    return out;
  });
}

function metaclassKeyword(c: S.ClassDef): S.KeywordArg | undefined {
  return c.keywords?.find((k) => k.name === 'metaclass');
}

/** The metaclass a `metaclass=` keyword names: a metaclass of the module, else a build error. */
function checkMetaclassKeyword(module: S.Module, c: S.ClassDef, metas: Map<string, S.ClassDef>): S.ClassDef {
  const k = metaclassKeyword(c)!;
  const meta = k.value.kind === 'Name' ? metas.get(k.value.id) : undefined;
  if (!meta) unsupportedConstruct(module, k.pos, `metaclass=${k.value.kind === 'Name' ? k.value.id : '...'} (a metaclass other than ABCMeta or a class of the module derived from type)`);
  return meta;
}

function mentions(body: S.Stmt[], id: string): boolean {
  let found = false;
  walkNodes(body, (n) => {
    if (n.kind === 'Name' && (n as unknown as S.NameExpr).id === id) found = true;
  });
  return found;
}

/** Makes `node` the expression `by` in place (its parent keeps the same object). */
function replaceNode(node: Record<string, unknown>, by: S.Expr): void {
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, by);
}
