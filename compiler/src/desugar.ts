// Stage 1d: desugar dataclasses, named tuples and enums into plain classes.
//
// The compiler creates no classes at run time, so `@dataclass`,
// `namedtuple(...)`, `class P(NamedTuple)` and `class C(Enum)` are rewritten
// here, after the project's modules are linked and before type checking, into
// ordinary classes whose methods (`__init__`, `__repr__`, `__eq__`...) are the
// ones CPython would generate. Uses that depend on the class being made at run
// time are rewritten at their sites: `Color(1)` and `Color['RED']` become
// lookups, `for c in Color` iterates the member list, a call of a dataclass
// with `default_factory` fields calls the factories there, and assignments to
// fields of frozen dataclasses go through a check that raises
// FrozenInstanceError.
//
// Synthesised code is written as Python source, parsed, and spliced in with
// the user's own expressions (defaults, enum values) in place of placeholder
// names; every synthesised node carries the position of the class it belongs
// to, so errors and tracebacks point at the user's line.
import { desugarDescriptors } from './descriptors';
import { positionBuiltinKeywordArgs } from './builtin-keyword-args';
import { builtinValueTypes } from './classes';
import { CompileError, error, type SourcePos, unsupportedHint } from './diagnostics';
import type * as S from './syntax';
import { desugarBuiltinSubclasses, intValueMethods, strValueMethods } from './builtin-subclasses';
import { makeLazyMapFilter } from './lazy-iterators';
import { hoistNestedClasses } from './nested-classes';
import { hoistLocalClasses } from './local-classes';
import { eagerCounterArguments } from './eager-counters';
import { classQualname } from './types';
import { desugarTypingForms, dropTypeAliases, dropTypingBases, inlineClassAliases } from './type-aliases';
import { cacheCallsAsDefs, isUserDecorator, memoisedDefs } from './decorators';
import { cacheCountSlot, cacheSlot } from './checker';
import { desugarCachedProperty } from './cached-property';
import { desugarSingleDispatch } from './single-dispatch';
import { desugarPropertyCalls } from './property-calls';
import { qualifyClassBodyNames } from './class-body-names';
import { sourceMentions, walkNodes } from './syntax';
import { boundNames } from './scopes';

export type Parse = (file: string, source: string) => S.Module;


// ---------------------------------------------------------------------------
// The stage.

interface DataclassField {
  name: string;
  /** The default value (an expression of the user's), or null. */
  default: S.Expr | null;
  /** `field(default_factory=f)`: f. */
  factory: S.Expr | null;
  init: boolean;
  repr: boolean;
  compare: boolean;
  kwOnly: boolean;
  annotation: string | null;
  /** `x: InitVar[T]`: a parameter of __init__ passed on to __post_init__, not stored (not in fields(), repr, ==...). */
  initVar?: boolean;
}

/** The fields a dataclass stores: what repr, ==, order, hash, fields(), asdict() and replace() see. */
function storedFields(dc: DataclassInfo): DataclassField[] {
  return dc.fields.filter((f) => !f.initVar);
}

interface DataclassInfo {
  cls: S.ClassDef;
  fields: DataclassField[];
  frozen: boolean;
  order: boolean;
  eq: boolean;
  repr: boolean;
  init: boolean;
  /** dataclass(unsafe_hash=True): a __hash__ even when not frozen. */
  unsafeHash: boolean;
}

interface EnumInfo {
  cls: S.ClassDef;
  flavour: 'Enum' | 'IntEnum' | 'StrEnum' | 'Flag' | 'IntFlag';
  /** The members are also values of this built-in type (`class Color(str, Enum)`, StrEnum, IntEnum): its methods and operators act on the value. */
  mixin: 'str' | 'int' | null;
  /** Decorated `@unique` (`@enum.unique`): aliases raise CPython's ValueError when the class is made. */
  unique?: boolean;
}

interface NamedTupleInfo {
  cls: S.ClassDef;
  typename: string;
  fields: string[];
  defaults: (S.Expr | null)[];
}

const enumBases: Record<string, EnumInfo['flavour']> = { 'enum.Enum': 'Enum', 'enum.IntEnum': 'IntEnum', 'enum.StrEnum': 'StrEnum', 'enum.Flag': 'Flag', 'enum.IntFlag': 'IntFlag' };

/** Builtins that iterate an argument: `list(Color)` iterates the members. */
const iteratingBuiltins = new Set(['list', 'tuple', 'set', 'frozenset', 'len', 'sorted', 'reversed', 'enumerate', 'iter', 'sum', 'min', 'max', 'any', 'all', 'zip', 'map', 'filter', 'dict']);

export function desugarProgram(module: S.Module, parse: Parse): void {
  aliasOsErrorNames(module);
  hoistLocalClasses(module);
  cacheCallsAsDefs(module);
  desugarTypingForms(module);
  aliasMethodsAssignedAfterClass(module);
  inlineClassAliases(module);
  dropTypeAliases(module);
  dropTypingBases(module, parse);
  desugarCachedProperty(module, parse);
  desugarSingleDispatch(module, parse);
  desugarPropertyCalls(module, parse);
  new Desugarer(module, parse).run();
  qualifyClassBodyNames(module);
  hoistNestedClasses(module);
  desugarDescriptors(module);
  desugarBuiltinSubclasses(module, parse);
  makeLazyMapFilter(module, parse);
  eagerCounterArguments(module);
  positionBuiltinKeywordArgs(module);
}

/** Python 3's other names of OSError, bound to the class itself in builtins (`IOError is OSError`). */
const osErrorAliases = new Set(['IOError', 'EnvironmentError']);

/**
 * `except (IOError, OSError)`, `raise EnvironmentError(...)`: the names read as `OSError`, which is what they are
 * (so they print, compare and match as CPython's), unless the module binds one of them itself somewhere.
 */
function aliasOsErrorNames(module: S.Module): void {
  // Only source text brings the names in (this is the first pass, and the linker makes none): without them
  // there is nothing to rewrite, and the walk of every node (with the bound names of every def) is skipped.
  if (![...osErrorAliases].some((name) => sourceMentions(module, name))) return;
  const reads: S.NameExpr[] = [];
  let bound = [...boundNames(module.body)].some((n) => osErrorAliases.has(n));
  walkNodes(module.body, (n) => {
    if (n.kind === 'Name' && osErrorAliases.has((n as unknown as S.NameExpr).id)) reads.push(n as unknown as S.NameExpr);
    else if (n.kind === 'FunctionDef') {
      const def = n as unknown as S.FunctionDef;
      if (osErrorAliases.has(def.name) || def.params.some((p) => osErrorAliases.has(p.name)) || [...boundNames(def.body)].some((x) => osErrorAliases.has(x))) bound = true;
    } else if (n.kind === 'ClassDef' && osErrorAliases.has((n as unknown as S.ClassDef).name)) bound = true;
    else if (n.kind === 'Import' || n.kind === 'ImportFrom') {
      for (const a of (n as unknown as S.ImportStmt | S.ImportFromStmt).names) {
        const name = a.asname ?? ('name' in a ? a.name : a.module.split('.')[0]);
        if (osErrorAliases.has(name)) bound = true;
      }
    }
  });
  if (!bound) for (const r of reads) r.id = 'OSError';
}

/**
 * `C.name = C.method` (or `setattr(C, "name", C.method)`) at module level, `method` a def of C's body and `name`
 * not bound there: the alias `name = method` in C's body, as if written there (so instances find it by either name,
 * also by getattr). Runs before the class is read; a use of `name` before that line runs finds it already.
 */
function aliasMethodsAssignedAfterClass(module: S.Module): void {
  const classes = new Map(module.body.filter((s): s is S.ClassDef => s.kind === 'ClassDef').map((c) => [c.name, c]));
  if (!classes.size) return;
  const bodyNames = (c: S.ClassDef) => new Set(c.body.flatMap((s) => (s.kind === 'FunctionDef' ? [s.name] : s.kind === 'Assign' ? s.targets.flatMap((t) => (t.kind === 'Name' ? [t.id] : [])) : s.kind === 'AnnAssign' && s.target.kind === 'Name' ? [s.target.id] : [])));
  module.body = module.body.filter((s) => {
    if (s.kind !== 'Assign' || s.targets.length !== 1) return true;
    const t = s.targets[0];
    const v = s.value;
    if (t.kind !== 'Attribute' || t.value.kind !== 'Name' || v.kind !== 'Attribute' || v.value.kind !== 'Name' || v.value.id !== t.value.id) return true;
    const cls = classes.get(t.value.id);
    const method = cls?.body.find((m): m is S.FunctionDef => m.kind === 'FunctionDef' && m.name === v.attr && m.decorators.length === 0);
    if (!cls || !method || bodyNames(cls).has(t.attr)) return true;
    cls.body.push({ kind: 'Assign', pos: s.pos, targets: [{ kind: 'Name', id: t.attr, pos: t.pos }], value: { kind: 'Name', id: v.attr, pos: v.pos } });
    return false;
  });
}

class Desugarer {
  /** Local name -> what it stands for (`dataclasses.dataclass`, `enum`...), from the imports removed here. */
  private readonly bindings = new Map<string, string>();
  private readonly dataclasses = new Map<string, DataclassInfo>();
  private readonly enums = new Map<string, EnumInfo>();
  private readonly namedTuples = new Map<string, NamedTupleInfo>();
  private readonly classes = new Map<string, S.ClassDef>();
  /** Keyword sets of `replace(obj, ...)` / `obj._replace(...)` calls: one method per set. */
  private readonly replaceKeywordSets = new Map<string, string[]>();
  private readonly frozenFieldNames = new Set<string>();
  private needsFrozenError = false;
  private needsFieldClass = false;
  private needsCopy = false;
  /** `dataclasses.is_dataclass(x)`: every dataclass gets the marker method it tests for. */
  private needsDataclassMarker = false;
  private readonly helperStmts: S.Stmt[] = [];
  /** The variables of the functions being rewritten (innermost last): names there are not the imports'. */
  private readonly shadowed: Set<string>[] = [];
  /** The callee expressions of calls: `dataclasses.replace` there is rewritten with its call. */
  private readonly callees = new WeakSet<S.Expr>();

  constructor(
    private readonly module: S.Module,
    private readonly parse: Parse,
  ) {}

  run(): void {
    this.module.body = this.removeImports(this.module.body);
    this.convertNamedTupleAssignments();
    this.convertFunctionalEnums();
    this.addCacheStatistics();
    for (const s of this.module.body) if (s.kind === 'ClassDef') this.classes.set(s.name, s);
    for (const s of this.module.body) if (s.kind === 'ClassDef') this.classify(s);
    this.rejectNestedDecoratedClasses(this.module.body, true);
    if (this.dataclasses.size + this.enums.size + this.namedTuples.size === 0 && this.bindings.size === 0) return;
    // Uses are rewritten before any code is synthesised, so only the user's code is rewritten.
    this.rewriteUses();
    const out: S.Stmt[] = [];
    for (const s of this.module.body) {
      if (s.kind === 'ClassDef') {
        const dc = this.dataclasses.get(s.name);
        const en = this.enums.get(s.name);
        const nt = this.namedTuples.get(s.name);
        if (dc) this.buildDataclass(dc);
        else if (en) this.buildEnum(en);
        else if (nt) this.buildNamedTuple(nt);
        this.addClassKeyMethods(s);
      }
      out.push(s);
      // enum.unique's check of an enum with aliases, run where CPython runs it: once the class is made.
      const aliases = s.kind === 'ClassDef' && this.enums.get(s.name)?.unique ? this.enumAliases.get(s) : undefined;
      if (aliases?.length) {
        const found = aliases.map((a) => `${a.name} -> ${a.of}`).join(', ');
        out.push(...this.synth(`raise ValueError(${pyStr(`duplicate values found in <enum '${displayName(s as S.ClassDef)}'>: ${found}`)})\n`, s.pos, {}));
      }
    }
    const prelude: S.Stmt[] = [];
    const at: SourcePos = { line: 1, col: 1 };
    if (this.needsCopy) prelude.push(...this.synth('import copy as __aithon_copy__', at, {}));
    if (this.needsFrozenError) prelude.push(...this.synth('class __frozen_error__(AttributeError):\n    pass\n', at, {}, { __frozen_error__: 'dataclasses.FrozenInstanceError' }));
    if (this.needsFieldClass) {
      prelude.push(...this.synth('class __field__:\n    def __init__(self, name):\n        self.name = name\n', at, {}, { __field__: 'dataclasses.Field' }));
    }
    this.module.body = [...prelude, ...out, ...this.helperStmts];
    // The helpers are module-level functions, but must exist before main() runs: move them before the first non-definition statement.
    this.hoistHelpers();
  }

  // -------------------------------------------------------------------------
  // Imports

  /** Drops the imports of `dataclasses` and `enum`, and of namedtuple/NamedTuple, remembering what they bind. */
  private removeImports(stmts: S.Stmt[]): S.Stmt[] {
    const desugared = new Set(['dataclasses', 'enum']);
    const out: S.Stmt[] = [];
    for (const s of stmts) {
      if (s.kind === 'Import') {
        const kept = s.names.filter((n) => {
          const local = n.asname ?? n.module;
          if (desugared.has(n.module)) {
            this.bindings.set(local, n.module);
            return false;
          }
          if (n.module === 'collections' || n.module === 'typing' || n.module === 'functools') this.bindings.set(local, n.module);
          return true;
        });
        if (kept.length) out.push({ ...s, names: kept });
      } else if (s.kind === 'ImportFrom' && s.level === 0 && (desugared.has(s.module) || s.module === 'collections' || s.module === 'typing' || s.module === 'functools')) {
        const kept = s.names.filter((n) => {
          const qualified = `${s.module}.${n.name}`;
          const ours = desugared.has(s.module) || qualified === 'collections.namedtuple' || qualified === 'typing.NamedTuple' || qualified === 'functools.total_ordering';
          if (ours) this.bindings.set(n.asname ?? n.name, qualified);
          return !ours;
        });
        if (kept.length) out.push({ ...s, names: kept });
      } else {
        if (s.kind === 'FunctionDef') s.body = this.removeImports(s.body);
        out.push(s);
      }
    }
    return out;
  }

  /** What an expression names among the desugared modules' members (`dataclasses.field`...), or null. */
  private qualified(e: S.Expr, prefix = ''): string | null {
    const isShadowed = (name: string) => this.shadowed.some((names) => names.has(name));
    if (e.kind === 'Name' && isShadowed(e.id)) return null;
    if (e.kind === 'Attribute' && e.value.kind === 'Name' && isShadowed(e.value.id)) return null;
    if (e.kind === 'Name') {
      const b = this.bindings.get(e.id) ?? (prefix ? this.bindings.get(prefix + e.id) : undefined);
      return b && b.includes('.') ? b : null;
    }
    if (e.kind === 'Attribute' && e.value.kind === 'Name') {
      const mod = this.bindings.get(e.value.id) ?? (prefix ? this.bindings.get(prefix + e.value.id) : undefined);
      if (mod && !mod.includes('.')) return `${mod}.${e.attr}`;
    }
    return null;
  }

  private fail(pos: SourcePos, message: string, hint?: string): never {
    const file = pos.file ?? this.module.file;
    throw new CompileError([error(file, pos, message, hint, pos.file ? this.module.sources?.get(pos.file) : this.module.source)]);
  }

  private unsupported(pos: SourcePos, what: string): never {
    this.fail(pos, `unsupported: ${what} at ${pos.file ?? this.module.file}:${pos.line}:${pos.col}`, unsupportedHint);
  }

  // -------------------------------------------------------------------------
  // functools caches' statistics

  /**
   * `f.cache_info()` and `f.cache_clear()` of a module-level def memoised by @functools.cache or
   * @lru_cache become calls of two functions made here for f, over hidden globals: f's cache (the
   * dict lowering keeps it in, made here before anything can call f) and its hit and miss counts
   * (lowering counts them in f only when they exist, so other memoised functions pay nothing).
   * The result is CPython's named tuple `CacheInfo(hits=, misses=, maxsize=, currsize=)`. Where a
   * function binds f's name, or the module binds it again, the calls are left as they are.
   */
  private addCacheStatistics(): void {
    if (!sourceMentions(this.module, 'functools')) return; // memoised only through a functools import
    const memoised = memoisedDefs(this.module.body);
    if (!memoised.size) return;
    const byName = new Map([...memoised.keys()].map((def) => [def.name, def]));
    const rebound = boundNames(this.module.body, { defNames: false });
    walkNodes(this.module.body, (n) => {
      if (n.kind !== 'FunctionDef') return;
      const def = n as unknown as S.FunctionDef;
      for (const name of [...def.params.map((p) => p.name), ...boundNames(def.body)]) rebound.add(name);
    });
    const used = new Map<S.FunctionDef, Set<'cache_info' | 'cache_clear'>>();
    walkNodes(this.module.body, (n) => {
      if (n.kind !== 'Call') return;
      const func = (n as unknown as S.CallExpr).func;
      if (func.kind !== 'Attribute' || func.value.kind !== 'Name' || (func.attr !== 'cache_info' && func.attr !== 'cache_clear')) return;
      const def = byName.get(func.value.id);
      if (!def || rebound.has(def.name)) return;
      const maxsize = memoised.get(def)!;
      if (maxsize === '0') this.unsupported(func.pos, `${func.attr}() of a function with lru_cache(maxsize=0) (it caches nothing)`);
      if (maxsize === null) return;
      if (!used.has(def)) used.set(def, new Set());
      used.get(def)!.add(func.attr);
      replaceNode(func, { kind: 'Name', pos: func.pos, id: `${func.attr}.${def.name}` } as S.NameExpr);
    });
    if (!used.size) return;
    const at: SourcePos = { line: 1, col: 1 };
    const infoClass: S.ClassDef = { kind: 'ClassDef', pos: at, name: '$CacheInfo', namePos: at, decorators: [], bases: [], body: [] };
    this.namedTuples.set(infoClass.name, { cls: infoClass, typename: 'CacheInfo', fields: ['hits', 'misses', 'maxsize', 'currsize'], defaults: [null, null, null, null] });
    const counters: S.Stmt[] = [];
    for (const [def, calls] of used) {
      const rename = { __cache__: cacheSlot(def.name), __hits__: cacheCountSlot(def.name, 'hits'), __misses__: cacheCountSlot(def.name, 'misses'), __CacheInfo__: infoClass.name, __cache_info__: `cache_info.${def.name}`, __cache_clear__: `cache_clear.${def.name}` };
      counters.push(...this.synth('__cache__ = {}\n__hits__ = 0\n__misses__ = 0\n', def.pos, {}, rename));
      let src = '';
      if (calls.has('cache_info')) src += `def __cache_info__():\n    return __CacheInfo__(__hits__, __misses__, ${memoised.get(def)}, len(__cache__))\n`;
      if (calls.has('cache_clear')) src += 'def __cache_clear__():\n    global __hits__, __misses__\n    __cache__.clear()\n    __hits__ = 0\n    __misses__ = 0\n';
      const helpers = this.synth(src, def.pos, {}, rename);
      walkNodes(helpers, (n) => {
        if (n.kind === 'Global') (n as unknown as S.GlobalStmt).names = (n as unknown as S.GlobalStmt).names.map((g) => rename[g as keyof typeof rename] ?? g);
      });
      this.helperStmts.push(...helpers);
    }
    // Before every other statement: anything may call the memoised functions.
    this.module.body = [infoClass, ...counters, ...this.module.body];
  }

  // -------------------------------------------------------------------------
  // Classifying classes

  /**
   * `Point = namedtuple('Point', 'x y')` at module level becomes `class Point` (with its methods added later).
   * In a function body (a script's `main`), the class is made at module level, before the top-level
   * statement holding the function, and the function's `Point` names it: the class is the same for
   * every call (CPython makes an equal one per call). Any other namedtuple() call fails the build.
   */
  private convertNamedTupleAssignments(): void {
    // `qualified` names collections.namedtuple only through an import of it or of collections (removeImports
    // recorded those): without one, no statement is such a call and the two walks below find nothing.
    // Skipping them saves two walks of the whole program per build (a tenth of a serve cycle's CPU).
    if (![...this.bindings.values()].some((b) => b === 'collections.namedtuple' || b === 'collections')) return;
    const isNamedTupleCall = (s: S.Stmt): s is S.AssignStmt & { value: S.CallExpr } =>
      s.kind === 'Assign' && s.value.kind === 'Call' && this.qualified(s.value.func) === 'collections.namedtuple';
    const toClass = (s: S.AssignStmt & { value: S.CallExpr }): S.ClassDef => {
      if (s.targets.length !== 1 || s.targets[0].kind !== 'Name') this.unsupported(s.pos, 'namedtuple() assigned to anything but one name');
      const name = (s.targets[0] as S.NameExpr).id;
      const cls: S.ClassDef = { kind: 'ClassDef', pos: s.pos, name, namePos: s.targets[0].pos, decorators: [], bases: [], body: [] };
      this.namedTuples.set(name, this.namedTupleFromCall(cls, s.value));
      return cls;
    };
    const moduleNames = boundNames(this.module.body);
    const hoistFrom = (def: S.FunctionDef, into: S.ClassDef[]): void => {
      def.body = def.body.map((s) => {
        if (s.kind === 'FunctionDef') hoistFrom(s, into);
        if (!isNamedTupleCall(s)) return s;
        const target = s.targets[0];
        if (target?.kind === 'Name' && (moduleNames.has(target.id) || this.namedTuples.has(target.id)))
          this.unsupported(s.pos, `namedtuple '${target.id}' made in a function while the module has another '${target.id}'`);
        into.push(toClass(s));
        return { kind: 'Pass', pos: s.pos };
      });
    };
    this.module.body = this.module.body.flatMap((s): S.Stmt[] => {
      if (isNamedTupleCall(s)) return [toClass(s)];
      if (s.kind !== 'FunctionDef') return [s];
      const hoisted: S.ClassDef[] = [];
      hoistFrom(s, hoisted);
      return [...hoisted, s];
    });
    // What is left (a namedtuple made in an expression, under a branch, in a method) would be an
    // undefined name; a class base (`class P(namedtuple('P', 'x y'))`) is converted later.
    const bases = new Set<unknown>();
    walkNodes(this.module.body, (n) => {
      if (n.kind === 'ClassDef') for (const b of (n as unknown as S.ClassDef).bases) bases.add(b);
    });
    walkNodes(this.module.body, (n) => {
      if (n.kind === 'Call' && !bases.has(n) && this.qualified((n as unknown as S.CallExpr).func) === 'collections.namedtuple')
        this.unsupported((n as unknown as S.CallExpr).pos, 'namedtuple() other than `Name = namedtuple(...)` at module level or in a function body');
    });
  }

  /**
   * The functional API, `Color = Enum('Color', 'RED GREEN')` at module level (also `IntEnum`, `StrEnum`, `Flag`,
   * `IntFlag`; the members a str of names split at spaces or commas, a list or tuple of names, of (name, value)
   * pairs, or a dict display): the class statement `class Color(Enum): RED = 1; GREEN = 2` it stands for, with
   * CPython's values (names alone count from 1, or `start=`; a Flag's are powers of two; a StrEnum's the names
   * lowercased), classified with the other classes. Elsewhere such a call stays unsupported.
   */
  private convertFunctionalEnums(): void {
    if (![...this.bindings.values()].some((b) => b === 'enum' || b in enumBases)) return;
    this.module.body = this.module.body.map((s): S.Stmt => {
      if (s.kind !== 'Assign' || s.value.kind !== 'Call' || s.targets.length !== 1 || s.targets[0].kind !== 'Name') return s;
      const call = s.value;
      const base = this.qualified(call.func);
      if (!base || !enumBases[base]) return s;
      const name = s.targets[0].id;
      const [typename, names] = call.args;
      if (call.args.length !== 2 || typename.kind !== 'Str' || typename.value !== name || call.keywords.some((k) => k.name !== 'start') || call.doubleStars?.length)
        this.unsupported(call.pos, `${base}() other than \`${name} = ${base.split('.')[1]}('${name}', members)\` (the type name that of the variable; keyword start= only)`);
      const start = call.keywords.find((k) => k.name === 'start')?.value;
      if (start && start.kind !== 'Int') this.unsupported(start.pos, `${base}(start=...) other than an int literal`);
      const flavour = enumBases[base];
      const pos = call.pos;
      // A member given by name only: CPython's _generate_next_value_ (Flag: powers of two; StrEnum: the name lowercased).
      const valueOf = (member: string, i: number): S.Expr => {
        if (flavour === 'StrEnum') return { kind: 'Str', pos, value: member.toLowerCase() };
        const first = start?.kind === 'Int' ? start.value : 1n;
        return { kind: 'Int', pos, value: flavour === 'Flag' || flavour === 'IntFlag' ? 1n << BigInt(i) : first + BigInt(i) };
      };
      let members: [string, S.Expr][];
      if (names.kind === 'Str') members = names.value.replace(/,/g, ' ').split(/\s+/).filter((m) => m).map((m, i) => [m, valueOf(m, i)]);
      else if ((names.kind === 'List' || names.kind === 'Tuple') && names.elts.every((x) => x.kind === 'Str')) members = names.elts.map((x, i) => [(x as S.StrExpr).value, valueOf((x as S.StrExpr).value, i)]);
      else if ((names.kind === 'List' || names.kind === 'Tuple') && names.elts.every((x) => (x.kind === 'Tuple' || x.kind === 'List') && x.elts.length === 2 && x.elts[0].kind === 'Str'))
        members = names.elts.map((x) => [((x as S.TupleExpr).elts[0] as S.StrExpr).value, (x as S.TupleExpr).elts[1]]);
      else if (names.kind === 'Dict' && names.keys.every((k) => k?.kind === 'Str')) members = names.keys.map((k, i) => [(k as S.StrExpr).value, names.values[i]]);
      else this.unsupported(names.pos, `${base}() members other than a str, a list or tuple of names or of (name, value) pairs, or a dict display of str keys`);
      const body: S.Stmt[] = members.map(([member, value]) => ({ kind: 'Assign', pos, targets: [{ kind: 'Name', pos, id: member }], value }) as S.Stmt);
      return { kind: 'ClassDef', pos: s.pos, name, namePos: s.targets[0].pos, decorators: [], bases: [call.func], body: body.length ? body : [{ kind: 'Pass', pos }] };
    });
  }

  private namedTupleFromCall(cls: S.ClassDef, call: S.CallExpr): NamedTupleInfo {
    const [typenameArg, fieldsArg] = call.args;
    if (!typenameArg || typenameArg.kind !== 'Str' || !fieldsArg) this.unsupported(call.pos, 'namedtuple() without a literal type name and field names');
    let fields: string[];
    if (fieldsArg.kind === 'Str') fields = fieldsArg.value.replace(/,/g, ' ').split(/\s+/).filter((f) => f);
    else if ((fieldsArg.kind === 'List' || fieldsArg.kind === 'Tuple') && fieldsArg.elts.every((x) => x.kind === 'Str')) fields = fieldsArg.elts.map((x) => (x as S.StrExpr).value);
    else this.unsupported(fieldsArg.pos, 'namedtuple() field names that are not literal strings');
    const defaults: (S.Expr | null)[] = fields.map(() => null);
    for (const k of call.keywords) {
      if (k.name === 'defaults') {
        if (k.value.kind !== 'Tuple' && k.value.kind !== 'List') this.unsupported(k.pos, 'namedtuple() defaults that are not a tuple or list display');
        const given = (k.value as S.TupleExpr).elts;
        if (given.length > fields.length) this.fail(k.pos, 'TypeError: Got more default values than field names');
        given.forEach((d, i) => (defaults[fields.length - given.length + i] = d));
      } else if (k.name !== 'module') this.unsupported(k.pos, `namedtuple(${k.name}=...)`);
    }
    for (const f of fields) {
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(f)) this.fail(fieldsArg.pos, `ValueError: Type names and field names must be valid identifiers: '${f}'`);
    }
    return { cls, typename: typenameArg.value, fields, defaults };
  }

  private classify(cls: S.ClassDef): void {
    const prefix = cls.name.includes('.') ? cls.name.slice(0, cls.name.lastIndexOf('.') + 1) : '';
    const ordering = cls.decorators.filter((d) => this.qualified(d, prefix) !== 'functools.total_ordering');
    if (ordering.length !== cls.decorators.length) this.completeOrdering(cls);
    const decorators = ordering.filter((d) => this.qualified(d, prefix) !== 'enum.unique');
    const unique = decorators.length !== ordering.length;
    // Decorators that are functions of this module (`@register`, `@plugin("name")`) stay on the class:
    // decorators.ts applies them after it is made. Of the others, one @dataclass is desugared here.
    cls.decorators = decorators.filter((d) => isUserDecorator(d, this.module.body));
    const known = decorators.filter((d) => !cls.decorators.includes(d));
    for (const d of known) {
      const target = d.kind === 'Call' ? d.func : d;
      if (this.qualified(target, prefix) !== 'dataclasses.dataclass' || known.length > 1) this.unsupported(d.pos, 'class decorators other than one @dataclass and functions of the module');
    }
    if (known.length) {
      const d = known[0];
      this.dataclasses.set(cls.name, this.dataclassInfo(cls, d.kind === 'Call' ? d : null));
      return;
    }
    const base = cls.bases[0];
    if (unique && !base) this.unsupported(cls.pos, '@unique on a class that is not an enum');
    if (!base) return;
    const baseName = this.qualified(base, prefix);
    // `class Color(str, Enum)` / `class Level(int, Enum)`: an Enum whose members are strs / ints too.
    const mixedEnum = cls.bases.length === 2 && base.kind === 'Name' && (base.id === 'str' || base.id === 'int') && this.qualified(cls.bases[1], prefix) === 'enum.Enum';
    if (mixedEnum) {
      cls.bases = [];
      this.enums.set(cls.name, { cls, flavour: 'Enum', mixin: (base as S.NameExpr).id as 'str' | 'int' });
      this.replaceAutoValues(cls, 'Enum');
    } else if (baseName && enumBases[baseName]) {
      cls.bases = [];
      const flavour = enumBases[baseName];
      this.enums.set(cls.name, { cls, flavour, mixin: flavour === 'StrEnum' ? 'str' : flavour === 'IntEnum' || flavour === 'IntFlag' ? 'int' : null });
      this.replaceAutoValues(cls, enumBases[baseName]);
    } else if (base.kind === 'Name' && this.enums.has(base.id)) {
      this.enums.set(cls.name, { cls, flavour: this.enums.get(base.id)!.flavour, mixin: this.enums.get(base.id)!.mixin });
      this.replaceAutoValues(cls, this.enums.get(base.id)!.flavour);
    } else if (baseName === 'typing.NamedTuple') {
      cls.bases = [];
      this.namedTuples.set(cls.name, this.namedTupleFromBody(cls));
    } else if (base.kind === 'Call' && this.qualified(base.func, prefix) === 'collections.namedtuple') {
      // `class Point(namedtuple('Point', 'x y')): methods`: one class with the tuple's methods and the body's.
      // Further bases (mixins, `class SplitResult(namedtuple(...), _NetlocMixin)`) stay: they come after the
      // tuple's methods along CPython's MRO, as after the class's own here.
      cls.bases = cls.bases.slice(1);
      this.namedTuples.set(cls.name, this.namedTupleFromCall(cls, base));
      // The documented `__slots__ = ()` keeps CPython's subclass free of an instance dict; in the one class
      // made here it would deny the fields themselves, so it is dropped.
      cls.body = cls.body.filter((s) => !(s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' && s.targets[0].id === '__slots__' &&
        (s.value.kind === 'Tuple' || s.value.kind === 'List') && s.value.elts.length === 0));
    } else if (baseName && (baseName.startsWith('enum.') || baseName.startsWith('dataclasses.'))) {
      this.unsupported(base.pos, `subclassing ${baseName}`);
    }
    const en = this.enums.get(cls.name);
    if (unique && en?.cls === cls) en.unique = true;
    else if (unique) this.unsupported(cls.pos, '@unique on a class that is not an enum');
  }

  /** Only module-level classes are desugared: a decorator elsewhere is reported, not ignored. */
  private rejectNestedDecoratedClasses(stmts: S.Stmt[], topLevel: boolean): void {
    for (const s of stmts) {
      if (s.kind === 'ClassDef' && !topLevel) {
        const d = s.decorators[0];
        if (d) this.unsupported(d.pos, 'a decorated class inside a function or block');
      }
      if (s.kind === 'Try') s.handlers.forEach((h) => this.rejectNestedDecoratedClasses(h.body, false));
      for (const body of [(s as { body?: S.Stmt[] }).body, (s as { orelse?: S.Stmt[] }).orelse, (s as { finalbody?: S.Stmt[] }).finalbody]) {
        if (body) this.rejectNestedDecoratedClasses(body, false);
      }
    }
  }

  private namedTupleFromBody(cls: S.ClassDef): NamedTupleInfo {
    const fields: string[] = [];
    const defaults: (S.Expr | null)[] = [];
    cls.body = cls.body.filter((s) => {
      if (s.kind !== 'AnnAssign' || s.target.kind !== 'Name') return true;
      fields.push(s.target.id);
      if (!s.value && defaults.some((d) => d)) this.fail(s.pos, `TypeError: Non-default namedtuple field ${s.target.id} cannot follow default field`);
      defaults.push(s.value);
      return false;
    });
    return { cls, typename: displayName(cls), fields, defaults };
  }

  private dataclassInfo(cls: S.ClassDef, call: S.CallExpr | null): DataclassInfo {
    const options: Record<string, boolean> = { init: true, repr: true, eq: true, order: false, frozen: false, unsafe_hash: false, kw_only: false, match_args: true, slots: false };
    for (const k of call?.keywords ?? []) {
      if (!(k.name in options)) this.unsupported(k.pos, `dataclass(${k.name}=...)`);
      if (k.value.kind !== 'Bool') this.unsupported(k.value.pos, `dataclass(${k.name}=...) with a value other than True or False`);
      options[k.name] = (k.value as S.BoolExpr).value;
    }
    if (call?.args.length) this.unsupported(call.pos, 'positional arguments to dataclass()');
    if (options.order && !options.eq) this.fail(call!.pos, 'ValueError: eq must be true if order is true');
    const base = cls.bases[0];
    const baseInfo = base?.kind === 'Name' ? this.dataclasses.get(base.id) : undefined;
    if (baseInfo && baseInfo.frozen !== options.frozen) {
      this.fail(cls.pos, baseInfo.frozen ? 'TypeError: cannot inherit non-frozen dataclass from a frozen one' : 'TypeError: cannot inherit frozen dataclass from a non-frozen one');
    }
    const fields: DataclassField[] = baseInfo ? baseInfo.fields.map((f) => ({ ...f })) : [];
    cls.body = cls.body.filter((s) => {
      if (s.kind !== 'AnnAssign' || s.target.kind !== 'Name') return true;
      const annotation = s.annotation || null;
      if (annotation && /^(typing\.)?ClassVar\b/.test(annotation)) return true;
      const initVar = annotation !== null && /^(dataclasses\.)?InitVar\b/.test(annotation);
      const f: DataclassField = { name: s.target.id, default: null, factory: null, init: true, repr: true, compare: true, kwOnly: options.kw_only, annotation, initVar };
      let keepAsClassAttr = s.value !== null;
      if (s.value?.kind === 'Call' && this.qualified(s.value.func) === 'dataclasses.field') {
        keepAsClassAttr = false;
        if (s.value.args.length) this.fail(s.value.pos, 'TypeError: field() takes 0 positional arguments but 1 was given');
        for (const k of s.value.keywords) {
          if (k.name === 'default') {
            f.default = k.value;
            keepAsClassAttr = true;
            s.value = k.value;
          } else if (k.name === 'default_factory') f.factory = k.value;
          else if (k.name === 'init' || k.name === 'repr' || k.name === 'compare' || k.name === 'kw_only') {
            if (k.value.kind !== 'Bool') this.unsupported(k.value.pos, `field(${k.name}=...) with a value other than True or False`);
            f[k.name === 'kw_only' ? 'kwOnly' : k.name] = (k.value as S.BoolExpr).value;
          } else if (k.name !== 'hash' && k.name !== 'metadata') this.unsupported(k.pos, `field(${k.name}=...)`);
        }
        if (f.default && f.factory) this.fail(s.value.pos, 'ValueError: cannot specify both default and default_factory');
      } else f.default = s.value;
      if (f.default && (f.default.kind === 'List' || f.default.kind === 'Dict' || f.default.kind === 'Set')) {
        const type = { List: 'list', Dict: 'dict', Set: 'set' }[f.default.kind];
        this.fail(f.default.pos, `ValueError: mutable default <class '${type}'> for field ${f.name} is not allowed: use default_factory`);
      }
      const at = fields.findIndex((g) => g.name === f.name);
      if (at >= 0) fields[at] = f;
      else fields.push(f);
      return keepAsClassAttr;
    });
    // As CPython checks when it builds __init__: a field without a default after one with a default.
    let seenDefault: string | null = null;
    for (const f of fields) {
      if (!f.init || f.kwOnly) continue;
      if (f.default || f.factory) seenDefault = f.name;
      else if (seenDefault) this.fail(cls.pos, `TypeError: non-default argument '${f.name}' follows default argument`);
    }
    if (options.frozen) for (const f of fields) if (!f.initVar) this.frozenFieldNames.add(f.name);
    if (options.frozen) this.needsFrozenError = true;
    return { cls, fields, frozen: options.frozen, order: options.order, eq: options.eq, repr: options.repr, init: options.init, unsafeHash: options.unsafe_hash };
  }

  // -------------------------------------------------------------------------
  // Rewriting uses

  /** The class whose `__init__` a call `Name(...)` runs, if that is a dataclass's synthesised one. */
  private dataclassInitOf(name: string): DataclassInfo | null {
    for (let c = this.classes.get(name); c; ) {
      const dc = this.dataclasses.get(c.name);
      if (dc) return dc.init && !hasMethod(c, '__init__') ? dc : null;
      if (hasMethod(c, '__init__')) return null;
      const b: S.Expr | undefined = c.bases[0];
      c = b?.kind === 'Name' ? this.classes.get(b.id) : undefined;
    }
    return null;
  }

  private classHasFrozenAncestry(cls: S.ClassDef | null): boolean {
    for (let c: S.ClassDef | undefined = cls ?? undefined; c; ) {
      if (this.dataclasses.get(c.name)?.frozen) return true;
      const b: S.Expr | undefined = c.bases[0];
      c = b?.kind === 'Name' ? this.classes.get(b.id) : undefined;
    }
    return false;
  }

  private rewriteUses(): void {
    const stmts = (list: S.Stmt[], cls: S.ClassDef | null, inFunction: boolean) => {
      for (const s of list) stmt(s, cls, inFunction);
    };
    const stmt = (s: S.Stmt, cls: S.ClassDef | null, inFunction: boolean) => {
      switch (s.kind) {
        case 'ClassDef':
          s.bases.forEach((b) => expr(b, cls));
          stmts(s.body, s, false);
          return;
        case 'FunctionDef': {
          s.params.forEach((p) => p.defaultValue && expr(p.defaultValue, cls));
          s.decorators.forEach((d) => expr(d, cls));
          // A function's own variables and parameters shadow the imported names (a local `field = 0`).
          const locals = boundNames(s.body);
          for (const p of s.params) locals.add(p.name);
          this.shadowed.push(locals);
          // A classmethod of an enum: its `cls` is the enum class (enums have no subclasses with members).
          const classmethod = cls && this.enums.has(cls.name) && s.decorators.some((d) => d.kind === 'Name' && d.id === 'classmethod');
          this.enumClassParams.push(classmethod && s.params[0] ? s.params[0].name : null);
          stmts(s.body, cls, true);
          this.enumClassParams.pop();
          this.shadowed.pop();
          return;
        }
        case 'For':
          expr(s.iter, cls);
          expr(s.target, cls);
          s.iter = this.membersIfEnum(s.iter);
          stmts(s.body, cls, inFunction);
          stmts(s.orelse, cls, inFunction);
          return;
        default:
          break;
      }
      for (const [k, v] of Object.entries(s)) {
        if (k === 'body' || k === 'orelse' || k === 'finalbody') stmts(v as S.Stmt[], cls, inFunction);
        else if (k === 'handlers') {
          for (const h of v as S.ExceptHandler[]) {
            if (h.type) expr(h.type, cls);
            stmts(h.body, cls, inFunction);
          }
        } else if (k !== 'pos' && v && typeof v === 'object') {
          for (const e of Array.isArray(v) ? v : [v]) if (e && typeof e === 'object' && 'kind' in e) expr(e as S.Expr, cls);
        }
      }
      this.rewriteFrozenAssignment(s, cls, inFunction);
    };
    const expr = (e: S.Expr, cls: S.ClassDef | null): void => {
      if (e.kind === 'Call') this.callees.add(e.func);
      // Children first (post-order): a rewritten node is not visited again.
      walkChildExprs(e, (c) => expr(c, cls), (body) => stmts(body, cls, true));
      this.rewriteExpr(e, cls);
    };
    stmts(this.module.body, null, false);
  }

  private rewriteExpr(e: S.Expr, cls: S.ClassDef | null): void {
    const q = this.qualified(e);
    if (q === 'dataclasses.FrozenInstanceError') {
      this.needsFrozenError = true;
      return replaceNode(e, { kind: 'Name', id: 'dataclasses.FrozenInstanceError', pos: e.pos });
    }
    if (e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp') {
      for (const g of e.generators) g.iter = this.membersIfEnum(g.iter);
      return;
    }
    if (e.kind === 'Compare') {
      e.comparators = e.comparators.map((c, i) => (e.ops[i] === 'in' || e.ops[i] === 'not in' ? this.membersIfEnum(c) : c));
      return;
    }
    if (e.kind === 'Subscript' && this.namesEnum(e.value)) {
      return replaceNode(e, call(attr(e.value, '_aithon_from_name', e.pos), [e.index], e.pos));
    }
    if (e.kind !== 'Call') {
      if (q && !this.callees.has(e) && (q.startsWith('dataclasses.') || q.startsWith('enum.'))) this.unsupported(e.pos, `${q} used as a value`);
      return;
    }
    const fq = this.qualified(e.func);
    // functools/collections/typing are bound only for their desugared names: other calls (functools.reduce) are the checker's.
    if (fq && !/^(functools|collections|typing)\./.test(fq)) return this.rewriteModuleCall(e, fq);
    if (e.func.kind === 'Name') {
      const name = e.func.id;
      if (iteratingBuiltins.has(name) && e.args.length) e.args = e.args.map((a) => this.membersIfEnum(a));
      if (this.namesEnum(e.func)) {
        if (e.args.length !== 1 || e.keywords.length) this.unsupported(e.pos, `calling the enum ${this.enums.has(name) ? displayName(this.enums.get(name)!.cls) : name} with other than one value`);
        return replaceNode(e, call(attr(e.func, '_aithon_from_value', e.pos), e.args, e.pos));
      }
      const dc = this.dataclassInitOf(name);
      if (dc) this.fillFactoryArguments(e, dc);
      return;
    }
    // super().__init__(...) of a class whose base runs a dataclass's __init__.
    if (cls && e.func.kind === 'Attribute' && e.func.attr === '__init__' && e.func.value.kind === 'Call' && e.func.value.func.kind === 'Name' && e.func.value.func.id === 'super') {
      const base = cls.bases[0];
      const dc = base?.kind === 'Name' ? this.dataclassInitOf(base.id) : null;
      if (dc) this.fillFactoryArguments(e, dc);
      return;
    }
    if (e.func.kind === 'Attribute' && e.func.attr === '_replace' && this.namedTuples.size) {
      if (e.args.length) this.fail(e.pos, '_replace() takes 1 positional argument but more were given');
      e.func.attr = this.replaceMethodName(e.keywords.map((k) => k.name));
      positionalReplaceArgs(e);
    }
  }

  /** `dataclasses.replace(obj, x=1)`, `fields(obj)`, `asdict(obj)`, `astuple(obj)`, `auto()` out of place... */
  private rewriteModuleCall(e: S.CallExpr, name: string): void {
    const obj = e.args[0];
    switch (name) {
      case 'dataclasses.replace':
        if (e.args.length !== 1) this.fail(e.pos, `TypeError: replace() takes 1 positional argument but ${e.args.length} were given`);
        return replaceNode(e, positionalReplaceArgs(call(attr(obj, this.replaceMethodName(e.keywords.map((k) => k.name)), e.pos), [], e.pos, e.keywords)));
      case 'dataclasses.is_dataclass':
        // A dataclass (or an instance of one) has the marker method fieldHelpers adds; anything else lacks it.
        if (e.args.length !== 1 || e.keywords.length) this.fail(e.pos, `TypeError: is_dataclass() takes 1 positional argument but ${e.args.length} were given`);
        this.needsDataclassMarker = true;
        return replaceNode(e, call({ kind: 'Name', id: 'hasattr', pos: e.pos }, [obj, { kind: 'Str', value: dataclassMarker, pos: e.pos } as S.Expr], e.pos));
      case 'dataclasses.fields':
        this.needsFieldClass = true;
        return replaceNode(e, call(attr(obj, '_aithon_fields', e.pos), [], e.pos));
      case 'dataclasses.asdict':
      case 'dataclasses.astuple':
        if (e.args.length !== 1 || e.keywords.length) this.unsupported(e.pos, `${name}() with other than one argument`);
        this.needsCopy = true;
        return replaceNode(e, call(attr(obj, name === 'dataclasses.asdict' ? '_aithon_asdict' : '_aithon_astuple', e.pos), [], e.pos));
      default:
        if (name === 'enum.auto') this.unsupported(e.pos, 'auto() outside the members of an enum class');
        if (name === 'dataclasses.field') this.unsupported(e.pos, 'field() outside the fields of a dataclass');
        this.unsupported(e.pos, name);
    }
  }

  private replaceMethodName(keywords: string[]): string {
    const sorted = [...keywords].sort();
    const name = `_aithon_replace_${sorted.map((k) => `_${k}`).join('')}`;
    this.replaceKeywordSets.set(name, sorted);
    return name;
  }

  /** `Point(...)` of a dataclass with default_factory fields: the factories the call leaves out are called here, once per instance. */
  private fillFactoryArguments(e: S.CallExpr, dc: DataclassInfo): void {
    const params = dc.fields.filter((f) => f.init);
    const positional = params.filter((f) => !f.kwOnly);
    params.forEach((f) => {
      if (!f.factory) return;
      const givenPositionally = !f.kwOnly && positional.indexOf(f) < e.args.length;
      if (givenPositionally || e.keywords.some((k) => k.name === f.name)) return;
      e.keywords.push({ name: f.name, value: call(this.factoryFunction(dc, f), [], e.pos), pos: e.pos });
    });
  }

  /** A module-level function calling a field's default factory, so the factory's names resolve where the class was defined. */
  private factoryFunction(dc: DataclassInfo, f: DataclassField): S.NameExpr {
    const name = `${dc.cls.name}._aithon_factory_${f.name}`;
    if (!this.helperStmts.some((s) => s.kind === 'FunctionDef' && s.name === name)) {
      this.helperStmts.push(...this.synth('def __fn__():\n    return __factory__()\n', f.factory!.pos, { __factory__: f.factory! }, { __fn__: name }));
    }
    return { kind: 'Name', id: name, pos: f.factory!.pos };
  }

  /** `Color` where it is iterated: the list of its members. */
  private membersIfEnum(e: S.Expr): S.Expr {
    if (this.namesEnum(e)) return attr(e, '_aithon_members', e.pos);
    return e;
  }

  /** Each enum's aliases (`BLACK = 1` after `DARK = 1`: BLACK -> DARK), for enum.unique's check. */
  private readonly enumAliases = new Map<S.ClassDef, { name: string; of: string }[]>();

  /** The first parameter of each function being walked when it is an enum's classmethod (`cls`), else null. */
  private readonly enumClassParams: (string | null)[] = [];

  /** An enum class by its name, or the `cls` of one of its classmethods (`cls[name]`, `cls(value)`, `list(cls)`). */
  private namesEnum(e: S.Expr): e is S.NameExpr {
    return e.kind === 'Name' && (this.enums.has(e.id) || (this.enumClassParams.length > 0 && this.enumClassParams[this.enumClassParams.length - 1] === e.id));
  }

  /** `obj.x = v` where x is a field of a frozen dataclass: a check that raises FrozenInstanceError for frozen instances. */
  private rewriteFrozenAssignment(s: S.Stmt, cls: S.ClassDef | null, inFunction: boolean): void {
    if (!this.frozenFieldNames.size || !inFunction) return;
    let target: S.AttributeExpr | null = null;
    let value: S.Expr | null = null;
    if (s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Attribute') {
      target = s.targets[0];
      value = s.value;
    } else if (s.kind === 'AugAssign' && s.target.kind === 'Attribute') {
      target = s.target;
      value = { kind: 'Binary', op: s.op, left: structuredClone(s.target), right: s.value, pos: s.pos };
    }
    // `items[0].x += v` reads the object twice (for the old value and for the store): only where reading it again
    // changes nothing (names, attributes and subscripts of them by names or constants).
    const rereadable = (e: S.Expr): boolean =>
      ['Int', 'Str', 'Name'].includes(e.kind) || (e.kind === 'Attribute' && rereadable(e.value)) || (e.kind === 'Subscript' && rereadable(e.value) && rereadable(e.index));
    if (!target || !value || !this.frozenFieldNames.has(target.attr)) return;
    if (s.kind === 'AugAssign' && !rereadable(target.value)) this.unsupported(s.pos, `an augmented assignment to a field of a frozen dataclass ('${target.attr}') through an object read by a call`);
    // `self.x = ...` in a class with no frozen dataclass among its ancestors cannot reach a frozen instance.
    if (target.value.kind === 'Name' && target.value.id === 'self' && !this.classHasFrozenAncestry(cls)) return;
    const frozen = [...this.dataclasses.values()].filter((d) => d.frozen && storedFields(d).some((f) => f.name === target!.attr)).map((d) => d.cls.name);
    const helper = `dataclasses.${target.attr}.__setattr__`; // shown as __setattr__ in tracebacks, as CPython names the frame
    if (!this.helperStmts.some((h) => h.kind === 'FunctionDef' && h.name === helper)) {
      const test = frozen.map((_, i) => `isinstance(obj, __c${i}__)`).join(' or ');
      const subs: Record<string, S.Expr> = {};
      frozen.forEach((n, i) => (subs[`__c${i}__`] = { kind: 'Name', id: n, pos: s.pos }));
      // The value comes first: CPython evaluates it before the object it is stored on.
      const src = `def __fn__(value, obj):\n    if ${test}:\n        raise __err__("cannot assign to field '${target.attr}'")\n    obj.${target.attr} = value\n`;
      this.helperStmts.push(...this.synth(src, s.pos, subs, { __fn__: helper, __err__: 'dataclasses.FrozenInstanceError' }));
    }
    replaceNode(s, { kind: 'ExprStmt', pos: s.pos, expr: call({ kind: 'Name', id: helper, pos: s.pos }, [value, target.value], s.pos) });
  }

  // -------------------------------------------------------------------------
  // Synthesising code

  /**
   * Parses `src` and gives every node the position `at`. Names in `subs`
   * are replaced by (copies of) those expressions; names in `rename` become
   * those (dotted) names, which Python source cannot spell.
   */
  private synth(src: string, at: SourcePos, subs: Record<string, S.Expr>, rename: Record<string, string> = {}): S.Stmt[] {
    const body = this.parse('main.py', src).body;
    walkNodes(body, (o) => {
      if ('pos' in o) o.pos = { ...at };
      if ('namePos' in o) o.namePos = { ...at };
      if ((o.kind === 'FunctionDef' || o.kind === 'ClassDef') && typeof o.name === 'string' && rename[o.name]) o.name = rename[o.name];
    });
    walkNodes(body, (o) => {
      if (o.kind !== 'Name' || typeof o.id !== 'string') return;
      if (subs[o.id]) replaceNode(o as unknown as S.Expr, structuredClone(subs[o.id]));
      else if (rename[o.id]) o.id = rename[o.id];
    });
    return body;
  }

  /**
   * @functools.total_ordering: the comparisons the class lacks, from the one
   * it defines (the first of __lt__, __le__, __gt__, __ge__) and __eq__,
   * with the formulas CPython's functools uses.
   */
  private completeOrdering(cls: S.ClassDef): void {
    const formulas: Record<string, [string, string][]> = {
      __lt__: [['__gt__', 'not r and self != other'], ['__le__', 'r or self == other'], ['__ge__', 'not r']],
      __le__: [['__ge__', 'not r or self == other'], ['__lt__', 'r and self != other'], ['__gt__', 'not r']],
      __gt__: [['__lt__', 'not r and self != other'], ['__ge__', 'r or self == other'], ['__le__', 'not r']],
      __ge__: [['__le__', 'not r or self == other'], ['__gt__', 'r and self != other'], ['__lt__', 'not r']],
    };
    const root = Object.keys(formulas).find((name) => hasMethod(cls, name));
    if (!root) this.fail(cls.pos, 'ValueError: must define at least one ordering operation: < > <= >=');
    // As CPython's: NotImplemented from the root method passes through (checked only when the class may return it,
    // so a root method returning bool keeps its comparisons typed).
    const rootDef = cls.body.find((st): st is S.FunctionDef => st.kind === 'FunctionDef' && st.name === root);
    let passNotImplemented = false;
    walkNodes(rootDef?.body, (n) => {
      if (n.kind === 'Name' && n.id === 'NotImplemented') passNotImplemented = true;
    });
    const check = passNotImplemented ? '    if r is NotImplemented:\n        return r\n' : '';
    const src = formulas[root].map(([name, expr]) => `def ${name}(self, other):\n    r = self.${root}(other)\n${check}    return ${expr}\n`).join('');
    this.synthMethods(cls, src);
  }

  private synthMethods(cls: S.ClassDef, src: string, subs: Record<string, S.Expr> = {}, rename: Record<string, string> = {}): void {
    const stmts = this.synth(src, cls.pos, { __cls__: { kind: 'Name', id: cls.name, pos: cls.pos }, ...subs }, rename);
    for (const s of stmts) {
      const name = s.kind === 'FunctionDef' ? s.name : s.kind === 'Assign' && s.targets[0].kind === 'Name' ? s.targets[0].id : null;
      if (name && (hasMethod(cls, name) || hasClassAttr(cls, name))) continue; // the class's own definition wins
      cls.body.push(s);
    }
  }

  /** All classes of the hierarchy (same root) of `cls`. */
  private hierarchyOf(cls: S.ClassDef): S.ClassDef[] {
    const rootOf = (c: S.ClassDef): S.ClassDef => {
      const b = c.bases[0];
      const base = b?.kind === 'Name' ? this.classes.get(b.id) : undefined;
      return base ? rootOf(base) : c;
    };
    const root = rootOf(cls);
    return [...this.classes.values()].filter((c) => rootOf(c) === root);
  }

  /**
   * Classes sharing a hierarchy with a dataclass or named tuple get
   * `_aithon_class_key()`/`_aithon_class_name()`, so generated methods can
   * tell the exact class of an instance (CPython's `other.__class__ is self.__class__`).
   */
  private addClassKeyMethods(cls: S.ClassDef): void {
    if (!this.needsClassKey(cls)) return;
    const index = [...this.classes.keys()].indexOf(cls.name);
    cls.body.push(...this.synth(`def _aithon_class_key(self):\n    return ${index}\ndef _aithon_class_name(self):\n    return ${pyStr(displayName(cls))}\n`, cls.pos, {}));
  }

  private needsClassKey(cls: S.ClassDef): boolean {
    const h = this.hierarchyOf(cls);
    return h.length > 1 && h.some((c) => this.dataclasses.has(c.name) || this.namedTuples.has(c.name));
  }

  private buildDataclass(dc: DataclassInfo): void {
    const { cls } = dc;
    const fields = storedFields(dc);
    const multi = this.needsClassKey(cls);
    // A dataclass's repr shows its __qualname__ (`main.<locals>.P(x=1)` for one defined in a function).
    const qual = multi ? 'self._aithon_class_name()' : pyStr(classQualname(cls.name));
    const sameClass = multi ? 'self._aithon_class_key() == other._aithon_class_key()' : null;
    const subs: Record<string, S.Expr> = {};
    const rename: Record<string, string> = { __field__: 'dataclasses.Field' };
    let src = '';
    if (dc.init) {
      const params: string[] = ['self'];
      let kwOnlyStarted = false;
      const body: string[] = [];
      // InitVar pseudo-fields are parameters too, in declaration order (dc.fields).
      const initFields = [...dc.fields.filter((f) => f.init && !f.kwOnly), ...dc.fields.filter((f) => f.init && f.kwOnly)];
      for (const f of initFields) {
        if (f.kwOnly && !kwOnlyStarted) {
          params.push('*');
          kwOnlyStarted = true;
        }
        // Factory fields are always passed: each call site calls the factory when it leaves them out.
        if (f.default) {
          subs[`__default_${f.name}__`] = f.default;
          params.push(`${f.name}=__default_${f.name}__`);
        } else params.push(f.name);
      }
      for (const f of fields) {
        if (f.init) body.push(`self.${f.name} = ${f.name}`);
        else if (f.default) {
          subs[`__default_${f.name}__`] = f.default;
          body.push(`self.${f.name} = __default_${f.name}__`);
        } else if (f.factory) {
          rename[`__factory_${f.name}__`] = this.factoryFunction(dc, f).id;
          body.push(`self.${f.name} = __factory_${f.name}__()`);
        }
      }
      if (this.lookupMethod(cls, '__post_init__')) body.push(`self.__post_init__(${dc.fields.filter((f) => f.initVar).map((f) => f.name).join(', ')})`);
      if (body.length === 0) body.push('pass');
      src += `def __init__(${params.join(', ')}):\n${body.map((l) => `    ${l}\n`).join('')}`;
    }
    if (dc.repr) {
      const parts = fields.filter((f) => f.repr).map((f, i) => `${i ? ', ' : ''}${f.name}={self.${f.name}!r}`);
      src += `def __repr__(self):\n    return ${multi ? `${qual} + f"(${parts.join('')})"` : `f"${classQualname(cls.name)}(${parts.join('')})"`}\n`;
    }
    const compared = fields.filter((f) => f.compare);
    if (dc.eq) {
      const tests = [sameClass, ...compared.map((f) => fieldEquality(f))].filter((t) => t);
      // Another type's value: NotImplemented, so `==` ends in identity (False), as CPython's dataclass answers.
      src += `def __eq__(self, other):\n    if not isinstance(other, __cls__):\n        return NotImplemented\n    return ${tests.length ? tests.join(' and ') : 'True'}\n`;
    }
    if (dc.order) {
      for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']]) {
        if (hasMethod(cls, name)) this.fail(cls.pos, `TypeError: Cannot overwrite attribute ${name} in class ${displayName(cls)}. Consider using functools.total_ordering`);
        src += `def ${name}(self, other):\n`;
        if (sameClass) src += `    if not (${sameClass}):\n        raise TypeError("'${op}' not supported between instances of '" + self._aithon_class_name() + "' and '" + other._aithon_class_name() + "'")\n`;
        src += lexicographic(compared.map((f) => f.name), op);
      }
    }
    // As CPython: eq with frozen (or unsafe_hash) hashes the tuple of the compared fields; eq alone leaves the class unhashable.
    if (((dc.eq && dc.frozen) || dc.unsafeHash) && !hasMethod(cls, '__hash__')) {
      src += `def __hash__(self):\n    return hash((${compared.map((f) => `self.${f.name}, `).join('')}))\n`;
    }
    src += `__match_args__ = (${fields.filter((f) => f.init && !f.kwOnly).map((f) => `${pyStr(f.name)}, `).join('')})\n`;
    src += this.fieldHelpers(dc);
    this.synthMethods(cls, src, subs, rename);
    this.addReplaceMethods(cls, fields.filter((f) => f.init).map((f) => f.name), fields.filter((f) => !f.init).map((f) => f.name), true);
  }

  /** fields(), asdict(), astuple() as methods of each dataclass (the call sites call them on the object). */
  private fieldHelpers(dc: DataclassInfo): string {
    const names = storedFields(dc).map((f) => f.name);
    let src = '';
    if (this.needsDataclassMarker) src += `@staticmethod\ndef ${dataclassMarker}():\n    return True\n`;
    if (this.needsFieldClass) src += `@staticmethod\ndef _aithon_fields():\n    return (${names.map((n) => `__field__(${pyStr(n)}), `).join('')})\n`;
    if (!this.needsCopy) return src;
    const value = (f: DataclassField, wrap: string) => {
      const nested = f.annotation && this.dataclasses.has(f.annotation) ? f.annotation : null;
      const listOf = f.annotation?.match(/^(?:list|List|typing\.List)\[(\w+)\]$/)?.[1];
      if (nested) return `self.${f.name}.${wrap}()`;
      if (listOf && this.dataclasses.has(listOf)) return `[item.${wrap}() for item in self.${f.name}]`;
      // As CPython's asdict copies other values (copy.deepcopy).
      return `__aithon_copy__.deepcopy(self.${f.name})`;
    };
    src += `def _aithon_asdict(self):\n    return {${storedFields(dc).map((f) => `${pyStr(f.name)}: ${value(f, '_aithon_asdict')}, `).join('')}}\n`;
    src += `def _aithon_astuple(self):\n    return (${storedFields(dc).map((f) => `${value(f, '_aithon_astuple')}, `).join('')})\n`;
    return src;
  }

  /** One method per keyword set of replace()/_replace() calls in the program (the object's class is known only when it runs). */
  private addReplaceMethods(cls: S.ClassDef, initFields: string[], noInitFields: string[], isDataclass: boolean): void {
    const qual = displayName(cls);
    for (const [method, keywords] of this.replaceKeywordSets) {
      let body: string;
      const unknown = keywords.filter((k) => !initFields.includes(k) && !noInitFields.includes(k));
      const noInit = keywords.filter((k) => noInitFields.includes(k));
      if (isDataclass && noInit.length) body = `    raise ValueError(${pyStr(`field ${noInit[0]} is declared with init=False, it cannot be specified with replace()`)})\n`;
      else if (unknown.length) {
        body = isDataclass
          ? `    raise TypeError(${pyStr(`${qual}.__init__() got an unexpected keyword argument '${unknown[0]}'`)})\n`
          : `    raise ValueError(${pyStr(`Got unexpected field names: [${unknown.map((u) => `'${u}'`).join(', ')}]`)})\n`;
      } else body = `    return __cls__(${initFields.map((f) => `${f}=${keywords.includes(f) ? f : `self.${f}`}`).join(', ')})\n`;
      // Plain parameters: a call whose keywords can be reordered passes them positionally (see rewriteUses),
      // which a value of unknown type dispatches too (its run-time entries take positional arguments).
      const params = ['self', ...keywords].join(', ');
      this.synthMethods(cls, `def ${method}(${params}):\n${body}`);
    }
  }

  private lookupMethod(cls: S.ClassDef, name: string): boolean {
    for (let c: S.ClassDef | undefined = cls; c; ) {
      if (hasMethod(c, name)) return true;
      const b: S.Expr | undefined = c.bases[0];
      c = b?.kind === 'Name' ? this.classes.get(b.id) : undefined;
    }
    return false;
  }

  private buildNamedTuple(nt: NamedTupleInfo): void {
    const { cls, fields, defaults, typename } = nt;
    const subs: Record<string, S.Expr> = {};
    const params = fields.map((f, i) => {
      if (!defaults[i]) return f;
      subs[`__default_${f}__`] = defaults[i]!;
      return `${f}=__default_${f}__`;
    });
    const tuple = `(${fields.map((f) => `self.${f}, `).join('')})`;
    const n = fields.length;
    let src = `_fields = (${fields.map((f) => `${pyStr(f)}, `).join('')})\n`;
    src += `__match_args__ = (${fields.map((f) => `${pyStr(f)}, `).join('')})\n`;
    src += `def __init__(${['self', ...params].join(', ')}):\n${fields.map((f) => `    self.${f} = ${f}\n`).join('') || '    pass\n'}`;
    src += `def __repr__(self):\n    return f"${typename}(${fields.map((f, i) => `${i ? ', ' : ''}${f}={self.${f}!r}`).join('')})"\n`;
    src += `def __len__(self):\n    return ${n}\n`;
    src += `def __getitem__(self, index):\n    return ${tuple}[index]\n`;
    // A namedtuple is a tuple: it equals and orders against plain tuples and other namedtuples by its items
    // (`P(1, 2) == (1, 2)`, `P(1, 2) == Q(1, 2)`); the same class compares field by field, without making tuples.
    // (The same class first: the checker decides that test statically, so a P == P comparison returns a bool.)
    const asTuple = `    if isinstance(other, tuple):\n        return ${tuple} OP other\n    return NotImplemented\n`;
    const sameClass = (body: string) => `    if isinstance(other, __cls__):\n${body.replace(/^ {4}/gm, '        ')}`;
    src += `def __eq__(self, other):\n${sameClass(`    return ${fields.length ? fields.map((f) => `self.${f} == other.${f}`).join(' and ') : 'True'}\n`)}${asTuple.replace(/OP/g, '==')}`;
    // A tuple's hash (namedtuples are dict keys and set members: equal ones hash alike, also with plain tuples).
    src += `def __hash__(self):\n    return hash(${tuple})\n`;
    for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']]) {
      src += `def ${name}(self, other):\n${sameClass(lexicographic(fields, op))}${asTuple.replace(/OP/g, op)}`;
    }
    // The tuple operations: + and * make plain tuples, as CPython's (a field may be named count or index).
    src += `def __add__(self, other):\n    return ${tuple} + other\ndef __radd__(self, other):\n    return other + ${tuple}\n`;
    src += `def __mul__(self, n):\n    return ${tuple} * n\ndef __rmul__(self, n):\n    return ${tuple} * n\n`;
    if (!fields.includes('count')) src += `def count(self, value):\n    return ${tuple}.count(value)\n`;
    if (!fields.includes('index')) src += `def index(self, value):\n    return ${tuple}.index(value)\n`;
    src += `def _asdict(self):\n    return {${fields.map((f) => `${pyStr(f)}: self.${f}, `).join('')}}\n`;
    src += `@staticmethod\ndef _make(iterable):\n    values = list(iterable)\n    if len(values) != ${n}:\n        raise TypeError("Expected ${n} arguments, got " + str(len(values)))\n    return __cls__(${fields.map((_, i) => `values[${i}]`).join(', ')})\n`;
    this.synthMethods(cls, src, subs);
    this.addReplaceMethods(cls, fields, [], false);
    // Its instances are tuples for isinstance()/issubclass(), and its comparisons take any value (see ClassInfo.valueType).
    builtinValueTypes.set(cls, 'tuple');
  }

  /** `RED = auto()`: the value enum would give it, computed now (the members' values are literals before it). */
  private replaceAutoValues(cls: S.ClassDef, flavour: EnumInfo['flavour']): void {
    const previous: { value: unknown }[] = [];
    const known = new Map<string, bigint>();
    for (const s of cls.body) {
      if (s.kind !== 'Assign' || s.targets.length !== 1 || s.targets[0].kind !== 'Name' || /^_.*_$/.test(s.targets[0].id)) continue;
      if (s.value.kind === 'Call' && this.qualified(s.value.func) === 'enum.auto') s.value = this.autoValue(flavour, s.targets[0].id, previous, s.value);
      // A flag member made of others (`WHITE = RED | GREEN | BLUE`): its int, as the class body computes it.
      if ((flavour === 'Flag' || flavour === 'IntFlag') && literalOf(s.value) === undefined) {
        const v = intConstant(s.value, known);
        if (v !== undefined) s.value = { kind: 'Int', value: v, pos: s.value.pos };
      }
      const literal = literalOf(s.value);
      if (typeof literal === 'bigint') known.set(s.targets[0].id, literal);
      previous.push({ value: literal });
    }
  }

  private buildEnum(en: EnumInfo): void {
    const { cls, flavour, mixin } = en;
    const qual = displayName(cls);
    const members: { name: string; value: S.Expr; aliasOf: string | null; pos: SourcePos }[] = [];
    const literalValues: { name: string; value: unknown }[] = [];
    const body: S.Stmt[] = [];
    for (const s of cls.body) {
      const target = s.kind === 'Assign' && s.targets.length === 1 ? s.targets[0] : s.kind === 'AnnAssign' && s.value ? s.target : null;
      if (!target || target.kind !== 'Name' || /^_.*_$/.test(target.id) || s.kind === 'ClassDef' || s.kind === 'FunctionDef') {
        body.push(s);
        continue;
      }
      const value = (s as S.AssignStmt).value;
      const literal = literalOf(value);
      const alias = literal === undefined ? undefined : literalValues.find((v) => pyEquals(v.value, literal));
      members.push({ name: target.id, value, aliasOf: alias ? alias.name : null, pos: s.pos });
      literalValues.push({ name: target.id, value: literal });
    }
    cls.body = body;
    const userInit = cls.body.find((s): s is S.FunctionDef => s.kind === 'FunctionDef' && s.name === '__init__');
    let init = 'def __init__(self, _aithon_name, _aithon_value):\n    self.name = _aithon_name\n    self.value = _aithon_value\n';
    if (userInit) {
      // CPython calls the enum's own __init__ with the value's items (a tuple value) or the value.
      userInit.name = '_aithon_enum_init';
      const arity = userInit.params.filter((p) => p.kind === 'normal').length - 1;
      const tupleValued = members.some((m) => m.value.kind === 'Tuple');
      init += `    self._aithon_enum_init(${tupleValued ? Array.from({ length: arity }, (_, i) => `_aithon_value[${i}]`).join(', ') : '_aithon_value'})\n`;
    }
    let src = init;
    const isFlag = flavour === 'Flag' || flavour === 'IntFlag';
    // A flag's methods come first: they replace the int value's of the same name (the first definition of a name is kept below).
    if (isFlag) src += flagMethods(qual, flavour === 'IntFlag');
    src += `def __repr__(self):\n    return "<${qual}." + self.name + ": " + repr(self.value) + ">"\n`;
    if (flavour === 'Enum') src += `def __str__(self):\n    return "${qual}." + self.name\n`;
    else src += `def __str__(self):\n    return str(self.value)\n`;
    if (mixin) builtinValueTypes.set(cls, mixin);
    if (mixin === 'int') src += intValueMethods('self.value');
    // IntEnum formats as its int (`f'{p:03d}'`); a plain `(int, Enum)` formats its str(), as CPython 3.11's Enum.__format__.
    if (flavour === 'IntEnum' || flavour === 'IntFlag') src += `def __format__(self, spec):\n    return format(self.value, spec)\n`;
    if (mixin === 'str') src += strValueMethods('self.value');
    const canonical = members.filter((m) => !m.aliasOf);
    this.enumAliases.set(cls, members.filter((m) => m.aliasOf).map((m) => ({ name: m.name, of: m.aliasOf! })));
    const subs: Record<string, S.Expr> = {};
    for (const m of members) {
      if (m.aliasOf) src += `${m.name} = __cls__.${m.aliasOf}\n`;
      else {
        subs[`__value_${m.name}__`] = m.value;
        src += `${m.name} = __cls__(${pyStr(m.name)}, __value_${m.name}__)\n`;
      }
    }
    // A flag's iteration (list(Perm), len) has the members of one bit (3.11: a member of several bits or none is an alias there).
    const iterated = isFlag ? canonical.filter((m) => { const v = literalOf(m.value); return typeof v === 'bigint' && v > 0n && (v & (v - 1n)) === 0n; }) : canonical;
    if (isFlag && canonical.some((m) => typeof literalOf(m.value) !== 'bigint')) this.unsupported(cls.pos, 'a Flag member whose value is not an int literal');
    src += `_aithon_members = [${iterated.map((m) => `__cls__.${m.name}, `).join('')}]\n`;
    if (isFlag) src += `_aithon_defined = [${canonical.map((m) => `__cls__.${m.name}, `).join('')}]\n`;
    if (isFlag) src += flagFromValue(qual, flavour === 'IntFlag');
    else src += `@staticmethod\ndef _aithon_from_value(value):\n    for member in __cls__._aithon_members:\n        if member.value == value:\n            return member\n    raise ValueError(repr(value) + " is not a valid ${qual}")\n`;
    src += `@staticmethod\ndef _aithon_from_name(name):\n${members.map((m) => `    if name == ${pyStr(m.name)}:\n        return __cls__.${m.name}\n`).join('')}    raise KeyError(name)\n`;
    // The members come before the methods that use them, and after the class's own attributes.
    const stmts = this.synth(src, cls.pos, { __cls__: { kind: 'Name', id: cls.name, pos: cls.pos }, ...subs });
    const generated = new Set<string>();
    for (const s of stmts) {
      const name = s.kind === 'FunctionDef' ? s.name : null;
      if (name && ((hasMethod(cls, name) && name !== '__init__') || generated.has(name))) continue;
      if (name) generated.add(name);
      cls.body.push(s);
    }
  }

  private autoValue(flavour: EnumInfo['flavour'], name: string, previous: { value: unknown }[], at: S.CallExpr): S.Expr {
    if (at.args.length || at.keywords.length) this.unsupported(at.pos, 'auto() with arguments');
    if (flavour === 'StrEnum') return { kind: 'Str', value: name.toLowerCase(), pos: at.pos };
    // Flag's _generate_next_value_: the next power of two above the highest value so far, else 1.
    if (flavour === 'Flag' || flavour === 'IntFlag') {
      const ints = previous.map((p) => p.value);
      if (ints.some((v) => typeof v !== 'bigint')) this.unsupported(at.pos, 'auto() after a member whose value is not an int literal');
      const high = (ints as bigint[]).reduce((a, b) => (b > a ? b : a), 0n);
      return { kind: 'Int', value: high === 0n ? 1n : 1n << BigInt(high.toString(2).length), pos: at.pos };
    }
    // enum's _generate_next_value_: one more than the last value that is an int, else 1.
    for (let i = previous.length - 1; i >= 0; i--) {
      const v = previous[i].value;
      if (typeof v === 'bigint') return { kind: 'Int', value: v + 1n, pos: at.pos };
      if (v === undefined) this.unsupported(at.pos, 'auto() after a member whose value is not a literal');
    }
    return { kind: 'Int', value: 1n, pos: at.pos };
  }

  /** Module-level helper functions go before the first statement that is not a definition or import, so they exist when the program runs. */
  private hoistHelpers(): void {
    const helpers = new Set(this.helperStmts);
    if (!helpers.size) return;
    const rest = this.module.body.filter((s) => !helpers.has(s));
    // After the classes they refer to (the last class), before code that calls them.
    let at = 0;
    rest.forEach((s, i) => {
      if (s.kind === 'ClassDef' || s.kind === 'Import' || s.kind === 'ImportFrom') at = i + 1;
    });
    this.module.body = [...rest.slice(0, at), ...this.helperStmts, ...rest.slice(at)];
  }
}

// ---------------------------------------------------------------------------
// enum.Flag and enum.IntFlag (CPython 3.11's enum.py, whose behaviour these follow)

/** The operators, iteration, `in`, truth, length, str and repr of a Flag's members (`int` too for an IntFlag's). */
function flagMethods(qual: string, isInt: boolean): string {
  // An IntFlag takes ints as the other operand (its KEEP boundary keeps unknown bits); a Flag only its own members.
  const binary = (name: string, op: string) =>
    `def __${name}__(self, other):\n    if isinstance(other, __cls__):\n        return __cls__._aithon_from_value(self.value ${op} other.value)\n` +
    (isInt
      ? `    if isinstance(other, int):\n        return __cls__._aithon_from_value(self.value ${op} int(other))\n` +
        `    raise TypeError("unsupported operand type(s) for ${op}: '${qual}' and '" + type(other).__name__ + "'")\n` +
        `def __r${name}__(self, other):\n    if isinstance(other, int):\n        return __cls__._aithon_from_value(int(other) ${op} self.value)\n` +
        `    raise TypeError("unsupported operand type(s) for ${op}: '" + type(other).__name__ + "' and '${qual}'")\n`
      : `    raise TypeError("unsupported operand type(s) for ${op}: '${qual}' and '" + type(other).__name__ + "'")\n`);
  return [
    binary('or', '|'),
    binary('and', '&'),
    binary('xor', '^'),
    // IntFlag (KEEP): the complement of all bits, brought back into the flag's bits by _aithon_from_value; Flag: of its members' bits.
    isInt ? `def __invert__(self):\n    return __cls__._aithon_from_value(~self.value)\n` : `def __invert__(self):\n    return __cls__._aithon_from_value(__cls__._aithon_flag_mask() & ~self.value)\n`,
    `def __contains__(self, other):\n    if not isinstance(other, __cls__):\n        raise TypeError("unsupported operand type(s) for 'in': '" + type(other).__name__ + "' and '${qual}'")\n    return other.value & self.value == other.value\n`,
    `def __iter__(self):\n    return iter([member for member in __cls__._aithon_members if member.value & self.value == member.value])\n`,
    `def __len__(self):\n    return self.value.bit_count()\n`,
    `def __bool__(self):\n    return self.value != 0\n`,
    `def __repr__(self):\n    if self.name is None:\n        return "<${qual}: " + repr(self.value) + ">"\n    return "<${qual}." + self.name + ": " + repr(self.value) + ">"\n`,
    isInt ? '' : `def __str__(self):\n    if self.name is None:\n        return "${qual}(" + repr(self.value) + ")"\n    return "${qual}." + self.name\n`,
    isInt ? '' : `def __format__(self, spec):\n    return format(str(self), spec)\n`,
    isInt ? '' : `def __hash__(self):\n    return hash(self.name)\n`,
  ].join('');
}

/** `Perm(value)`, and the result of the operators: a defined member, else the pseudo-member of those bits, made once (Flag._missing_). */
function flagFromValue(qual: string, isInt: boolean): string {
  return `_aithon_composites = []
@staticmethod
def _aithon_flag_mask():
    mask = 0
    for member in __cls__._aithon_defined:
        mask |= member.value
    return mask
@staticmethod
def _aithon_bin(num, max_bits):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return sign + " " + digits
@staticmethod
def _aithon_from_value(value):
    for member in __cls__._aithon_defined:
        if member.value == value:
            return member
    for member in __cls__._aithon_composites:
        if member.value == value:
            return member
    if not isinstance(value, int):
        raise ValueError(repr(value) + " is not a valid ${qual}")
    given = value
    flag_mask = __cls__._aithon_flag_mask()
    singles_mask = 0
    for member in __cls__._aithon_members:
        singles_mask |= member.value
    all_bits = 2 ** flag_mask.bit_length() - 1
    if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
${isInt
    ? `        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value`
    : `        max_bits = max(value.bit_length(), flag_mask.bit_length())
        raise ValueError("<flag '${qual}'> invalid value " + repr(value) + "\\n    given " + __cls__._aithon_bin(value, max_bits) + "\\n  allowed " + __cls__._aithon_bin(flag_mask, max_bits))`}
    if value < 0:
        value = all_bits + 1 + value
    for member in __cls__._aithon_defined + __cls__._aithon_composites:
        if member.value == value:
            return member
    names = []
    combined = 0
    for member in __cls__._aithon_members:
        if member.value & value == member.value:
            names.append(member.name)
            combined |= member.value
    if value & ~singles_mask:
        for member in __cls__._aithon_defined:
            if member.value and member.value & value == member.value and member.name not in names:
                names.append(member.name)
                combined |= member.value
    unknown = value ^ combined
    name = "|".join(names) if combined else None
    if unknown and combined:
        name += "|" + str(unknown)
    pseudo = __cls__(name, value)
    if not unknown:
        __cls__._aithon_composites.append(pseudo)
    return pseudo
`;
}

// ---------------------------------------------------------------------------
// Small helpers

// A member as the other operand is its value (a member whose type the compiler lost reaches these methods).

/**
 * Equality of one field of two dataclass instances. A field that may hold
 * None (annotated Optional, or defaulting to None) is compared as tuple
 * items are: identical values are equal, and None equals only None; the
 * compiler would otherwise call `__eq__` on a None left operand.
 */
function fieldEquality(f: DataclassField): string {
  const a = `self.${f.name}`;
  const b = `other.${f.name}`;
  const mayBeNone = f.default?.kind === 'None' || /\bOptional\b|\bNone\b/.test(f.annotation ?? '');
  return mayBeNone ? `(${a} is ${b} or (${a} is not None and ${b} is not None and ${a} == ${b}))` : `${a} == ${b}`;
}

/** Tuple ordering of the fields, as `(a, b) < (c, d)` decides it: the first pair that differs. */
function lexicographic(fields: string[], op: string): string {
  let src = '';
  for (const f of fields) src += `    if self.${f} != other.${f}:\n        return self.${f} ${op} other.${f}\n`;
  return src + `    return ${op === '<=' || op === '>=' ? 'True' : 'False'}\n`;
}

function displayName(cls: S.ClassDef): string {
  return cls.name.slice(cls.name.lastIndexOf('.') + 1);
}

function pyStr(s: string): string {
  return JSON.stringify(s);
}

/** The method every dataclass has when the program asks dataclasses.is_dataclass(). */
const dataclassMarker = '_aithon_is_dataclass';

function hasMethod(cls: S.ClassDef, name: string): boolean {
  return cls.body.some((s) => s.kind === 'FunctionDef' && s.name === name);
}

function hasClassAttr(cls: S.ClassDef, name: string): boolean {
  return cls.body.some((s) => (s.kind === 'Assign' && s.targets.some((t) => t.kind === 'Name' && t.id === name)) || (s.kind === 'AnnAssign' && s.target.kind === 'Name' && s.target.id === name));
}

/** The value of a literal enum value (for aliases and auto()), or undefined. */
/** The int an expression of int literals and the names in `known` makes with | & ^ ~ + - * <<, else undefined. */
function intConstant(e: S.Expr, known: Map<string, bigint>): bigint | undefined {
  if (e.kind === 'Int') return e.value;
  if (e.kind === 'Name') return known.get(e.id);
  if (e.kind === 'Unary') {
    const v = intConstant(e.operand, known);
    return v === undefined ? undefined : e.op === '-' ? -v : e.op === '~' ? ~v : e.op === '+' ? v : undefined;
  }
  if (e.kind !== 'Binary') return undefined;
  const a = intConstant(e.left, known);
  const b = intConstant(e.right, known);
  if (a === undefined || b === undefined) return undefined;
  switch (e.op) {
    case '|': return a | b;
    case '&': return a & b;
    case '^': return a ^ b;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '<<': return b >= 0n && b < 4096n ? a << b : undefined;
    default: return undefined;
  }
}

function literalOf(e: S.Expr): unknown {
  switch (e.kind) {
    case 'Int':
      return e.value;
    case 'Str':
      return e.value;
    case 'Float':
      return e.value;
    case 'Bool':
      return e.value;
    case 'Unary':
      if (e.op === '-' && e.operand.kind === 'Int') return -e.operand.value;
      if (e.op === '-' && e.operand.kind === 'Float') return -e.operand.value;
      return undefined;
    default:
      return undefined;
  }
}

/** Python's == on literal values (1 == 1.0 == True). */
function pyEquals(a: unknown, b: unknown): boolean {
  const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : v);
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
  return a !== undefined && b !== undefined && num(a) === num(b);
}

function replaceNode(target: object, replacement: object): void {
  for (const k of Object.keys(target)) delete (target as Record<string, unknown>)[k];
  Object.assign(target, replacement);
}

function attr(value: S.Expr, name: string, pos: SourcePos): S.AttributeExpr {
  return { kind: 'Attribute', value: { ...value } as S.Expr, attr: name, pos };
}

function call(func: S.Expr, args: S.Expr[], pos: SourcePos, keywords: S.KeywordArg[] = []): S.CallExpr {
  return { kind: 'Call', func, args, keywords, pos };
}

/** Visits the direct sub-expressions of `e`, and the statements of a lambda's body. */
function walkChildExprs(e: S.Expr, visit: (c: S.Expr) => void, visitBody: (body: S.Stmt[]) => void): void {
  switch (e.kind) {
    case 'Lambda':
      e.def.params.forEach((p) => p.defaultValue && visit(p.defaultValue));
      visitBody(e.def.body);
      return;
    case 'FString':
      for (const p of e.parts) {
        if (typeof p === 'string') continue;
        visit(p.value);
        if (p.spec) visit(p.spec);
      }
      return;
    default:
      for (const [k, v] of Object.entries(e)) {
        if (k === 'pos') continue;
        if (k === 'generators') {
          for (const g of v as S.Comprehension[]) {
            visit(g.iter);
            visit(g.target);
            g.ifs.forEach(visit);
          }
        } else if (k === 'keywords') (v as S.KeywordArg[]).forEach((kw) => visit(kw.value));
        else if (Array.isArray(v)) v.forEach((x) => x && typeof x === 'object' && 'kind' in x && visit(x));
        else if (v && typeof v === 'object' && 'kind' in v) visit(v as S.Expr);
      }
  }
}

/**
 * `p._replace(y=2, x=f())` -> `p._aithon_replace__x_y(f(), 2)`: the replace method's parameters are its
 * keywords sorted by name; passed positionally when reordering cannot change what runs first (one
 * keyword, or values that are names and literals), else they stay keywords.
 */
function positionalReplaceArgs(e: S.CallExpr): S.CallExpr {
  const simple = (v: S.Expr) => ['Name', 'Int', 'Float', 'Str', 'None', 'Bool', 'Constant'].includes(v.kind);
  if (e.doubleStars?.length || (e.keywords.length > 1 && !e.keywords.every((k) => simple(k.value)))) return e;
  e.args = [...e.keywords].sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0)).map((k) => k.value);
  e.keywords = [];
  return e;
}
