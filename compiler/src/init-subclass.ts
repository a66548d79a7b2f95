// Stage 1c (after desugar.ts): `__init_subclass__` hooks run when a subclass is made.
//
//   class Plugin:                                  class Plugin:
//       def __init_subclass__(cls, **kw):              @classmethod
//           super().__init_subclass__(**kw)   ->       def Plugin.__init_subclass__(cls, **kw):
//           registry.append(cls.__name__)                  None
//                                                          registry.append(cls.__name__)
//   class Csv(Plugin): ...                         class Csv(Plugin): ...
//                                                  Csv.Plugin.__init_subclass__()
//
// CPython calls the first `__init_subclass__` of the new class's bases (in its MRO, the class itself
// left out) as a class method of the new class, right after the class is made. Classes are static
// here, so the call is written after the class statement. The hook is renamed after the class that
// defines it (it shows as `__init_subclass__`), so that calling it on the subclass reaches that
// very hook even when the subclass defines its own (which is for the subclass's subclasses).
// `super().__init_subclass__(**kw)` in a hook calls the next hook up, or is object's, which does
// nothing. The class statement's keywords (`class Csv(Plugin, key="csv")`) are the call's: CPython
// passes them to the hook, whose `**kw` holds what it did not name, and object's takes none.
//
// Covered: classes of the module level (and those desugar moved there from a function, which must
// not be hooked: their hook would run at the wrong time), single inheritance along the hooked
// classes. Anything else with a hook is a build error.
import { CompileError, error, unsupportedConstruct } from './diagnostics';
import type * as S from './syntax';
import { exprsOf } from './syntax';

const HOOK = '__init_subclass__';

export function runInitSubclassHooks(module: S.Module): void {
  const classes = new Map<string, S.ClassDef>();
  for (const s of module.body) if (s.kind === 'ClassDef') classes.set(s.name, s);
  const hooks = new Map<S.ClassDef, S.FunctionDef>();
  for (const cls of classes.values()) {
    const hook = cls.body.find((s): s is S.FunctionDef => s.kind === 'FunctionDef' && s.name === HOOK);
    if (hook) hooks.set(cls, hook);
  }
  if (!hooks.size) {
    for (const cls of classes.values()) if (cls.keywords?.length) noHookTakesKeywords(module, cls);
    return;
  }

  /** The classes above `cls`, nearest first, while each has at most one base of the module. */
  const ancestors = (cls: S.ClassDef): S.ClassDef[] => {
    const out: S.ClassDef[] = [];
    for (let c: S.ClassDef | undefined = cls; c; ) {
      const bases: S.ClassDef[] = c.bases.map((b) => (b.kind === 'Name' ? classes.get(b.id) : undefined)).filter((b): b is S.ClassDef => !!b);
      if (bases.length > 1 && out.concat(bases).some((b) => hookAbove(b))) {
        unsupportedConstruct(module, c.pos, `${HOOK} with several base classes (class ${c.name.split('.').pop()})`);
      }
      c = bases[0];
      if (c) out.push(c);
    }
    return out;
  };
  const hookAbove = (cls: S.ClassDef): boolean => hooks.has(cls) || ancestors(cls).some((a) => hooks.has(a));
  const hookName = (owner: S.ClassDef): string => `${owner.name}.${HOOK}`;

  for (const [owner, hook] of hooks) {
    const next = ancestors(owner).find((a) => hooks.has(a));
    const cls = hook.params[0]?.name;
    if (!cls) unsupportedConstruct(module, hook.pos, `${HOOK} without a parameter for the class`);
    rewriteSuperHookCalls(module, hook, cls, next ? hookName(next) : null);
    hook.name = hookName(owner);
    if (!hook.decorators.some((d) => d.kind === 'Name' && d.id === 'classmethod')) {
      hook.decorators.push({ kind: 'Name', pos: hook.pos, id: 'classmethod' });
    }
  }

  module.body = module.body.flatMap((s) => {
    if (s.kind !== 'ClassDef') return [s];
    const owner = ancestors(s).find((a) => hooks.has(a));
    if (!owner) {
      if (s.keywords?.length) noHookTakesKeywords(module, s);
      return [s];
    }
    if (s.name.includes('.<locals>.')) unsupportedConstruct(module, s.pos, `a class made in a function whose base class has ${HOOK}`);
    const pos = s.pos;
    const keywords = s.keywords ?? [];
    delete s.keywords;
    const call: S.Expr = {
      kind: 'Call', pos, args: [], keywords,
      func: { kind: 'Attribute', pos, value: { kind: 'Name', pos, id: s.name }, attr: hookName(owner) },
    };
    return [s, { kind: 'ExprStmt', pos, expr: call } as S.Stmt];
  });
}

/** In a hook, `super().__init_subclass__(**kw)` becomes `cls.<next hook>(**kw)`, or None for object's. */
function rewriteSuperHookCalls(module: S.Module, hook: S.FunctionDef, cls: string, next: string | null): void {
  const kwargs = hook.params.find((p) => p.kind === 'varkw')?.name;
  for (const e of exprsOf(hook.body)) {
    if (e.kind !== 'Call' || e.func.kind !== 'Attribute' || e.func.attr !== HOOK) continue;
    const target = e.func.value;
    if (target.kind !== 'Call' || target.func.kind !== 'Name' || target.func.id !== 'super' || target.args.length) continue;
    if (next) {
      e.func = { kind: 'Attribute', pos: e.func.pos, value: { kind: 'Name', pos: target.pos, id: cls }, attr: next };
      continue;
    }
    // object.__init_subclass__() takes no arguments: passing the hook's own **kw, empty unless the class
    // statement gave keywords the hook did not name (CPython's TypeError then: not compiled).
    const passesOwnKwargs =
      e.args.length === 0 && e.keywords.length === 0 && (e.doubleStars ?? []).every((d) => d.kind === 'Name' && d.id === kwargs);
    if (!passesOwnKwargs) unsupportedConstruct(module, e.pos, `arguments to object.${HOOK}()`);
    const none = e as unknown as Record<string, unknown>;
    for (const key of Object.keys(none)) if (key !== 'pos') delete none[key];
    none.kind = 'None';
  }
}


/** `class C(key=v)` with no `__init_subclass__` above C but object's, which takes no keywords: CPython's TypeError when the class is made. */
function noHookTakesKeywords(module: S.Module, cls: S.ClassDef): void {
  const k = cls.keywords![0];
  if (k.name === 'metaclass') unsupportedConstruct(module, k.pos, 'class keyword arguments (metaclass=...)');
  const shown = cls.name.slice(cls.name.lastIndexOf('.') + 1);
  const file = k.pos.file ?? module.file;
  const source = k.pos.file ? module.sources?.get(k.pos.file) : module.source;
  throw new CompileError([
    error(file, k.pos, `TypeError: ${shown}.__init_subclass__() takes no keyword arguments`, `define __init_subclass__(cls, ${k.name}=..., **kw) in a base class of ${shown} to take '${k.name}'`, source),
  ]);
}
