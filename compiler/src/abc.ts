// The abc module: `class C(ABC)` with `@abstractmethod` methods, rewritten
// into plain classes before type checking. ABC is dropped from the bases and
// the decorator from the methods; a class left with abstract methods (its
// own, or inherited and not overridden) gets an `__init__` check, so that
// instantiating it raises CPython's TypeError ("Can't instantiate abstract
// class C with abstract methods a, b"). Subclasses that implement every
// abstract method instantiate normally.
import { CompileError, error, type SourcePos, unsupportedConstruct } from './diagnostics';
import * as S from './syntax';

type Parse = (file: string, source: string) => S.Module;

/** Rewrites the uses of abc.ABC and abc.abstractmethod in `mod` (top-level classes). */
export function rewriteAbstractClasses(mod: S.Module, parse: Parse): void {
  const abcNames = new Map<string, string>(); // local name -> 'ABC' | 'abstractmethod'
  const moduleAliases = new Set<string>(); // `import abc` (as x)
  let used = false;
  mod.body = mod.body.filter((s) => {
    if (s.kind === 'ImportFrom' && s.module === 'abc' && s.level === 0) {
      for (const n of s.names) {
        if (n.name !== 'ABC' && n.name !== 'ABCMeta' && n.name !== 'abstractmethod') unsupportedConstruct(mod, n.pos, `abc.${n.name}`);
        abcNames.set(n.asname ?? n.name, n.name);
      }
      used = true;
      return false;
    }
    if (s.kind === 'Import' && s.names.some((n) => n.module === 'abc')) {
      for (const n of s.names) if (n.module === 'abc') moduleAliases.add(n.asname ?? 'abc');
      used = true;
      s.names = s.names.filter((n) => n.module !== 'abc');
      return s.names.length > 0;
    }
    return true;
  });
  if (!used) return;

  const which = (e: S.Expr): string | null => {
    if (e.kind === 'Name') return abcNames.get(e.id) ?? null;
    if (e.kind === 'Attribute' && e.value.kind === 'Name' && moduleAliases.has(e.value.id)) {
      if (e.attr !== 'ABC' && e.attr !== 'ABCMeta' && e.attr !== 'abstractmethod') unsupportedConstruct(mod, e.pos, `abc.${e.attr}`);
      return e.attr;
    }
    return null;
  };

  const classes = new Map<string, S.ClassDef>();
  const abstractOf = new Map<string, string[]>();
  for (const s of mod.body) {
    if (s.kind !== 'ClassDef') continue;
    classes.set(s.name, s);
    // `class C(ABC)` and `class C(metaclass=ABCMeta)` are the same class here.
    const isAbcMeta = (k: S.KeywordArg) => k.name === 'metaclass' && which(k.value) === 'ABCMeta';
    const isAbc = s.bases.some((b) => which(b) === 'ABC') || !!s.keywords?.some(isAbcMeta);
    s.bases = s.bases.filter((b) => which(b) !== 'ABC');
    if (s.keywords) s.keywords = s.keywords.filter((k) => !isAbcMeta(k));
    const own: string[] = [];
    const defined = new Set<string>();
    for (const m of s.body) {
      if (m.kind !== 'FunctionDef') continue;
      const before = m.decorators.length;
      m.decorators = m.decorators.filter((d) => which(d) !== 'abstractmethod');
      if (m.decorators.length < before) own.push(m.name);
      else defined.add(m.name);
    }
    if (own.length && !isAbc && !s.bases.some((b) => b.kind === 'Name' && abstractOf.has(b.id))) {
      // CPython: abstractmethod has no effect without ABCMeta; the method is an ordinary one.
      continue;
    }
    const inherited = s.bases.flatMap((b) => (b.kind === 'Name' ? (abstractOf.get(b.id) ?? []) : []));
    const abstract = [...new Set([...inherited.filter((n) => !defined.has(n) && !own.includes(n)), ...own])].sort();
    if (isAbc || inherited.length || own.length) abstractOf.set(s.name, abstract);
    if (abstract.length) addInstantiationCheck(s, abstract, classes, parse);
  }
  // Any other use (a nested class, abstractmethod elsewhere) is not compiled.
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const e = node as S.Expr;
    if ((e.kind === 'Name' && abcNames.has(e.id)) || (e.kind === 'Name' && moduleAliases.has(e.id))) unsupportedConstruct(mod, e.pos, `abc.${abcNames.get(e.id) ?? 'ABC'} outside the bases and methods of a top-level class`);
    Object.values(node).forEach(visit);
  };
  visit(mod.body);
}


/** `if type(self) is C: raise TypeError(...)` at the start of C's __init__ (one made if C has none). */
function addInstantiationCheck(cls: S.ClassDef, abstract: string[], classes: Map<string, S.ClassDef>, parse: Parse): void {
  const shown = cls.name.slice(cls.name.lastIndexOf('.') + 1); // a linked module's class `mod.C` is `C`
  const message = `Can't instantiate abstract class ${shown} with abstract method${abstract.length > 1 ? 's' : ''} ${abstract.join(', ')}`;
  const check = synth(parse, `if type(self) is __abc_class__:\n    raise TypeError(${JSON.stringify(message)})\n`, cls.pos, cls.name);
  const init = cls.body.find((m): m is S.FunctionDef => m.kind === 'FunctionDef' && m.name === '__init__');
  if (init) {
    init.body = [...check, ...init.body];
    return;
  }
  // No __init__ of its own: one with the inherited signature, passing the arguments on.
  const inherited = inheritedInit(cls, classes);
  let src: string;
  if (!inherited) src = 'def __init__(self):\n    pass\n';
  else {
    const params = inherited.params.slice(1);
    const forward = params.map((p) => (p.kind === 'varargs' ? `*${p.name}` : p.kind === 'varkw' ? `**${p.name}` : p.kind === 'kwonly' ? `${p.name}=${p.name}` : p.name));
    src = `def __init__(self, ${params.map((p) => (p.kind === 'varargs' ? `*${p.name}` : p.kind === 'varkw' ? `**${p.name}` : p.name)).join(', ')}):\n    super().__init__(${forward.join(', ')})\n`;
  }
  const def = synth(parse, src, cls.pos)[0] as S.FunctionDef;
  if (inherited) {
    // The inherited defaults, as written there.
    def.params.forEach((p, i) => {
      if (i > 0) p.defaultValue = inherited.params[i].defaultValue ? structuredClone(inherited.params[i].defaultValue) : null;
    });
    const kwonlyAt = inherited.params.findIndex((p) => p.kind === 'kwonly');
    const hasVarargs = inherited.params.some((p) => p.kind === 'varargs');
    if (kwonlyAt >= 0 && !hasVarargs) unsupportedSignature(cls);
  }
  def.body = [...check, ...def.body.filter((s) => s.kind !== 'Pass')];
  cls.body = [def, ...cls.body];
}

function unsupportedSignature(cls: S.ClassDef): never {
  throw new CompileError([error(cls.pos.file ?? 'main.py', cls.pos, `unsupported: an abstract class without __init__ whose base's __init__ has keyword-only parameters`, 'define __init__ in the abstract class', undefined)]);
}

/** The nearest __init__ up the (single) chain of bases defined in this module, or null. */
function inheritedInit(cls: S.ClassDef, classes: Map<string, S.ClassDef>): S.FunctionDef | null {
  let base = cls.bases[0];
  while (base && base.kind === 'Name') {
    const c = classes.get(base.id);
    if (!c) return null;
    const init = c.body.find((m): m is S.FunctionDef => m.kind === 'FunctionDef' && m.name === '__init__');
    if (init) return init;
    base = c.bases[0];
  }
  return null;
}

/** Statements parsed from source, every position set to `at`. */
function synth(parse: Parse, src: string, at: SourcePos, className = ''): S.Stmt[] {
  const body = parse('main.py', src).body;
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const o = node as Record<string, unknown>;
    if ('pos' in o) o.pos = { ...at };
    if ('namePos' in o) o.namePos = { ...at };
    if (o.kind === 'Name' && o.id === '__abc_class__') o.id = className;
    // The parser wrote `type(self) is C` as isinstance(self, C) and type(self).__name__ == 'C'.
    if (o.kind === 'Str' && o.value === '__abc_class__') o.value = className.slice(className.lastIndexOf('.') + 1);
    Object.values(o).forEach(visit);
  };
  visit(body);
  return body;
}
