// Stage 1d: `@functools.singledispatch` becomes a module-level function that picks the implementation registered
// for its first argument's class.
//
//   @singledispatch                       def show(x, sep=", "):
//   def show(x, sep=", "): ...                if isinstance(x, bool): return _aithon_show_2(x, sep)
//   @show.register                  ->        if isinstance(x, int): return _aithon_show_1(x, sep)
//   def _(x: int, sep=", "): ...              return _aithon_show_0(x, sep)
//   @show.register(bool)                  def _aithon_show_0(x, sep=", "): ...   (the default)
//   def _(x, sep=", "): ...               ...
//
// As CPython picks the most derived registered class in the argument's MRO, the tests go from subclasses to their
// bases. Registration is by the first parameter's annotation (`@f.register` on `def _(x: int)`), by class
// (`@f.register(int)`), or by call (`f.register(int, impl)`), at the top level of the module; registering `object`
// replaces the default. A registered function keeps its own name when it is not `_`.
import { CompileError, error, type SourcePos, unsupportedConstruct } from './diagnostics';
import type * as S from './syntax';
import { sourceMentions, walkNodes } from './syntax';

export type Parse = (file: string, source: string) => S.Module;

/** Built-in classes isinstance() tests that an implementation may be registered for, with their built-in bases. */
const builtinBases: Record<string, string[]> = {
  object: [], int: [], bool: ['int'], float: [], complex: [], str: [], bytes: [], bytearray: [], list: [], tuple: [], dict: [], set: [],
  frozenset: [], range: [], BaseException: [], Exception: ['BaseException'], ValueError: ['Exception'], TypeError: ['Exception'],
  KeyError: ['LookupError'], IndexError: ['LookupError'], LookupError: ['Exception'], ArithmeticError: ['Exception'],
  ZeroDivisionError: ['ArithmeticError'], RuntimeError: ['Exception'], OSError: ['Exception'], AttributeError: ['Exception'],
};

interface Registration {
  cls: string;
  impl: S.FunctionDef;
  pos: SourcePos;
}

export function desugarSingleDispatch(module: S.Module, parse: Parse): void {
  const names = new Set<string>();
  const modules = new Set<string>();
  for (const s of module.body) {
    if (s.kind === 'ImportFrom' && s.module === 'functools') {
      for (const n of s.names) if (n.name === 'singledispatch') names.add(n.asname ?? n.name);
      // The import itself goes: functools has no such member for the compiler.
      s.names = s.names.filter((n) => n.name !== 'singledispatch');
    } else if (s.kind === 'Import') for (const n of s.names) if (n.module === 'functools') modules.add(n.asname ?? n.module);
  }
  module.body = module.body.filter((s) => !(s.kind === 'ImportFrom' && s.module === 'functools' && s.names.length === 0));
  if ((!names.size && !modules.size) || !sourceMentions(module, 'singledispatch')) return;
  const isSingleDispatch = (d: S.Expr) => (d.kind === 'Name' && names.has(d.id)) || (d.kind === 'Attribute' && d.attr === 'singledispatch' && d.value.kind === 'Name' && modules.has(d.value.id));
  const classes = new Map<string, S.ClassDef>();
  for (const s of module.body) if (s.kind === 'ClassDef') classes.set(s.name, s);
  walkNodes(module.body, (n) => {
    const def = n as unknown as S.FunctionDef;
    if (def.kind === 'FunctionDef' && !module.body.includes(def) && def.decorators.some(isSingleDispatch)) unsupportedConstruct(module, def.pos, '@singledispatch on a function that is not at the top level of its module');
  });
  const generics = module.body.filter((s): s is S.FunctionDef => s.kind === 'FunctionDef' && s.decorators.some(isSingleDispatch));
  for (const generic of generics) rewriteGeneric(module, parse, generic, isSingleDispatch, classes);
}

function rewriteGeneric(module: S.Module, parse: Parse, generic: S.FunctionDef, isSingleDispatch: (d: S.Expr) => boolean, classes: Map<string, S.ClassDef>): void {
  const name = generic.name;
  const first = generic.params[0];
  if (!first || first.kind !== 'normal') unsupportedConstruct(module, generic.pos, `@singledispatch on ${name}() without a positional first parameter`);
  if (generic.decorators.length !== 1) unsupportedConstruct(module, generic.pos, `@singledispatch with other decorators on ${name}()`);
  generic.decorators = generic.decorators.filter((d) => !isSingleDispatch(d));
  let implCount = 0;
  const implName = () => `_aithon_${name}_${implCount++}`;
  const defaultName = implName();
  let defaultImpl: S.FunctionDef = generic;
  const registrations: Registration[] = [];
  const isRegister = (e: S.Expr): e is S.AttributeExpr => e.kind === 'Attribute' && e.attr === 'register' && e.value.kind === 'Name' && e.value.id === name;
  const register = (cls: string, impl: S.FunctionDef, pos: SourcePos) => {
    checkClass(module, cls, pos, classes);
    if (cls === 'object') defaultImpl = impl;
    else registrations.push({ cls, impl, pos });
  };
  const body: S.Stmt[] = [];
  for (const s of module.body) {
    if (s === generic) {
      // The dispatcher takes the generic function's place (its name is bound there); the default is renamed.
      body.push(s);
      continue;
    }
    if (s.kind === 'FunctionDef' && s.decorators.some((d) => isRegister(d) || (d.kind === 'Call' && isRegister(d.func)))) {
      if (s.decorators.length !== 1) unsupportedConstruct(module, s.pos, `@${name}.register with other decorators`);
      const d = s.decorators[0];
      let cls: string | null;
      if (d.kind === 'Call') {
        if (d.args.length !== 1 || d.keywords.length) unsupportedConstruct(module, d.pos, `${name}.register() as a decorator with other than one class`);
        cls = dottedName(d.args[0]);
      } else {
        cls = s.params[0]?.annotation ?? null;
        if (!cls) fail(module, s.pos, `TypeError: Invalid first argument to \`register()\`: ${s.name}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
      }
      if (!cls) unsupportedConstruct(module, d.pos, `${name}.register() of something other than a class name`);
      s.decorators = [];
      if (s.name === '_') s.name = implName();
      register(cls, s, d.pos);
      body.push(s);
      continue;
    }
    if (s.kind === 'ExprStmt' && s.expr.kind === 'Call' && isRegister(s.expr.func)) {
      // name.register(cls, func)
      const call = s.expr;
      const cls = call.args.length === 2 && !call.keywords.length ? dottedName(call.args[0]) : null;
      const fn = call.args[1];
      const impl = fn?.kind === 'Name' ? module.body.find((x): x is S.FunctionDef => x.kind === 'FunctionDef' && x.name === fn.id) : undefined;
      if (!cls || !impl) unsupportedConstruct(module, call.pos, `${name}.register() other than with a class name and a function of the module`);
      register(cls, impl, call.pos);
      continue;
    }
    body.push(s);
  }
  module.body = body;
  // The default keeps the generic function's body and parameters under a new name.
  if (defaultImpl === generic) {
    const copy: S.FunctionDef = { ...generic, name: defaultName, params: generic.params.map((p) => ({ ...p })) };
    module.body.splice(module.body.indexOf(generic) + 1, 0, copy);
    defaultImpl = copy;
  }
  const isRegistry = (e: S.Expr) => e.kind === 'Attribute' && e.attr === 'registry' && e.value.kind === 'Name' && e.value.id === name;
  // name.registry read as a mapping (its keys, items, values, `in`, len, a lookup, iteration): CPython's
  // read-only mapping of each registered class to its function, `object` (the default) first.
  const readers = new Set<S.Expr>();
  walkNodes(module.body, (n) => {
    const node = n as unknown as S.Expr | S.Stmt;
    const reads = (e: S.Expr | null | undefined) => {
      if (e && isRegistry(e)) readers.add(e);
    };
    if (node.kind === 'Attribute' && ['keys', 'values', 'items', 'get'].includes(node.attr)) reads(node.value);
    else if (node.kind === 'Subscript') reads(node.value);
    else if (node.kind === 'Compare') node.comparators.forEach((c, i) => (node.ops[i] === 'in' || node.ops[i] === 'not in') && reads(c));
    else if (node.kind === 'Call' && node.func.kind === 'Name' && ['len', 'list', 'sorted', 'set', 'tuple'].includes(node.func.id) && node.args.length === 1) reads(node.args[0]);
    else if (node.kind === 'For') reads(node.iter);
    const generators = (n as Record<string, unknown>).generators;
    if (Array.isArray(generators)) for (const g of generators as S.Comprehension[]) reads(g.iter);
  });
  walkNodes(module.body, (n) => {
    const node = n as unknown as S.Stmt;
    if (node.kind === 'Assign' || node.kind === 'AugAssign' || node.kind === 'Del')
      walkNodes(node.kind === 'Assign' ? node.targets : node.kind === 'Del' ? node.targets : node.target, (t) => {
        if (isRegistry(t as unknown as S.Expr)) readers.delete(t as unknown as S.Expr);
      });
  });
  const entries: [string, string][] = [['object', defaultImpl.name], ...registrations.map((r): [string, string] => [r.cls, r.impl.name])];
  for (const e of readers) {
    const mapping = parse(module.file, `{${entries.map(([cls, impl]) => `${cls}: ${impl}`).join(', ')}}\n`).body[0] as S.ExprStmt;
    walkNodes(mapping.expr, (x) => {
      if ('pos' in x) x.pos = e.pos;
    });
    for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
    Object.assign(e, mapping.expr);
  }
  // Other uses of name.register, name.registry, name.dispatch...
  walkNodes(module.body, (n) => {
    const e = n as unknown as S.Expr;
    if (e.kind === 'Attribute' && e.value.kind === 'Name' && e.value.id === name && e.attr !== '__name__') unsupportedConstruct(module, e.pos, `${name}.${e.attr} of a singledispatch function (name.registry compiles where it is read as a mapping: keys(), items(), values(), get(), [cls], in, len(), iteration)`);
  });
  const args = generic.params.map((p) => (p.kind === 'varargs' ? `*${p.name}` : p.kind === 'varkw' ? `**${p.name}` : p.kind === 'kwonly' ? `${p.name}=${p.name}` : p.name)).join(', ');
  const params = generic.params.map((p) => (p.kind === 'varargs' ? `*${p.name}` : p.kind === 'varkw' ? `**${p.name}` : p.name));
  const kwonlyAt = generic.params.findIndex((p) => p.kind === 'kwonly');
  if (kwonlyAt >= 0 && !generic.params.some((p) => p.kind === 'varargs')) params.splice(kwonlyAt, 0, '*');
  const tests = orderBySubclass(registrations, classes)
    .map((r) => `    if isinstance(${first.name}, ${r.cls}):\n        return ${r.impl.name}(${args})\n`)
    .join('');
  const src = `def ${name}(${params.join(', ')}):\n${tests}    return ${defaultImpl.name}(${args})\n`;
  const dispatcher = parse(module.file, src).body[0] as S.FunctionDef;
  walkNodes(dispatcher, (n) => {
    if ('pos' in n) n.pos = generic.pos;
    if ('namePos' in n) n.namePos = generic.namePos;
  });
  // Parameter defaults as the generic function's (each def evaluates its own copy once, at definition).
  let i = 0;
  for (const p of dispatcher.params) {
    const original = generic.params[i++];
    if (original?.defaultValue) p.defaultValue = structuredClone(original.defaultValue);
  }
  module.body[module.body.indexOf(generic)] = dispatcher;
}

/** The registrations with every class before the classes it derives from (CPython's MRO order picks the most derived). */
function orderBySubclass(registrations: Registration[], classes: Map<string, S.ClassDef>): Registration[] {
  const basesOf = (cls: string): string[] => {
    const def = classes.get(cls);
    if (def) return def.bases.map(dottedName).filter((b): b is string => b !== null);
    return builtinBases[cls] ?? [];
  };
  const derives = (a: string, b: string, seen = new Set<string>()): boolean => {
    if (seen.has(a)) return false;
    seen.add(a);
    return basesOf(a).some((base) => base === b || derives(base, b, seen));
  };
  const left = [...registrations];
  const out: Registration[] = [];
  while (left.length) {
    const next = left.findIndex((r) => !left.some((o) => o !== r && derives(o.cls, r.cls)));
    out.push(...left.splice(next < 0 ? 0 : next, 1));
  }
  return out;
}

function checkClass(module: S.Module, cls: string, pos: SourcePos, classes: Map<string, S.ClassDef>): void {
  if (!classes.has(cls) && !(cls in builtinBases)) unsupportedConstruct(module, pos, `singledispatch registration for ${cls} (a class of the module or a built-in type compiles)`);
}

function dottedName(e: S.Expr): string | null {
  if (e.kind === 'Name') return e.id;
  if (e.kind === 'Attribute') {
    const base = dottedName(e.value);
    return base ? `${base}.${e.attr}` : null;
  }
  return null;
}


function fail(module: S.Module, pos: SourcePos, message: string): never {
  const file = pos.file ?? module.file;
  throw new CompileError([error(file, pos, message, 'as CPython raises when the module runs', pos.file ? module.sources?.get(pos.file) : module.source)]);
}
