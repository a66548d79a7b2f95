// User classes as the checker sees them: methods by kind, class attributes,
// single inheritance (the MRO is the chain of bases), and the hierarchy that
// owns the attribute layout shared by all its classes.
import type { Diagnostic } from './diagnostics';
import type * as S from './syntax';
import { walkNodes } from './syntax';
import { bumpEpoch, type ClassRef, type HierarchyRef, join, sameType, shownClassName, T, type Type, unwatched, WatchedMap } from './types';

export type MethodKind = 'instance' | 'static' | 'class' | 'property';

export interface MethodInfo {
  def: S.FunctionDef;
  kind: MethodKind;
  /** For a property: its setter, if any. */
  setter: S.FunctionDef | null;
  /** For a property: its deleter (`@x.deleter`, run by `del obj.x`), if any. */
  deleter?: S.FunctionDef | null;
  owner: ClassInfo;
}

/**
 * The slot of an instance's own dict of the attributes its class has no slot for (set by setattr/delattr with a
 * computed name; runtime/src/obj/userclass.c extra_dict_slot finds it by this name).
 */
export const instanceDictSlot = '__aithon_dict__';

/** One attribute slot of a hierarchy's instances. */
export interface Slot {
  index: number;
  type: Type;
}

export class Hierarchy implements HierarchyRef {
  private static nextId = 0;
  readonly id = Hierarchy.nextId++;
  /** Watched (see Program.infer): widen() changes a slot's type in place and tells its readers; escape() tells all. */
  readonly slots = new WatchedMap<string, Slot>();
  readonly classes: ClassInfo[] = [];
  private isEscaped = false;

  get escaped(): boolean {
    this.slots.readAll();
    return this.isEscaped;
  }

  /** The slot of instance attribute `name`, created on first assignment. */
  slot(name: string): Slot {
    let s = this.slots.get(name);
    if (!s) {
      s = { index: this.slots.size, type: this.escaped ? T.object : T.never };
      this.slots.set(name, s);
      bumpEpoch();
    }
    return s;
  }

  widen(name: string, t: Type): void {
    // A join into the slot: no read of it (see unwatched).
    unwatched(() => {
      const s = this.slot(name);
      let next = join(s.type, t);
      if (this.isEscaped && next.kind !== 'never') next = join(next, T.object);
      if (!sameType(next, s.type)) {
        s.type = next;
        this.slots.touch(name);
        bumpEpoch();
      }
    });
  }

  private notImplemented: boolean | null = null;

  /** Does a method of one of its classes name NotImplemented (so an operator's method may return it)? */
  get returnsNotImplemented(): boolean {
    if (this.notImplemented === null) {
      let found = false;
      for (const c of this.classes)
        for (const m of c.mro().flatMap((k) => [...k.methods.values()]))
          walkNodes(m.def.body, (n) => {
            if (n.kind === 'Name' && n.id === 'NotImplemented') found = true;
          });
      this.notImplemented = found;
    }
    return this.notImplemented;
  }

  escape(): void {
    if (this.isEscaped) return;
    this.isEscaped = true;
    unwatched(() => {
      for (const s of this.slots.values()) if (s.type.kind !== 'never') s.type = join(s.type, T.object);
    });
    this.slots.touchAll();
    bumpEpoch();
  }
}

/**
 * Classes whose instances are also strs / ints / floats for isinstance(): str- and int-valued enums
 * (StrEnum, IntEnum, `class Color(str, Enum)`) and `class Name(str)`, set by desugar.ts and builtin-subclasses.ts.
 */
export const builtinValueTypes = new WeakMap<S.ClassDef, 'str' | 'int' | 'float' | 'tuple' | 'list' | 'dict'>();

export class ClassInfo implements ClassRef {
  private static nextId = 0;
  readonly id = ClassInfo.nextId++;
  readonly methods = new Map<string, MethodInfo>();
  /** Class-level assignments: name -> value (kept in the hidden global `Class.name`). */
  readonly classAttrs = new Map<string, S.Expr>();
  /** Class attributes set on this class outside its body (`C.x = v` in a function, `cls.x += 1`): classAttrHolders. */
  readonly attrsSetOutsideBody = new Set<string>();
  /** The first base: its chain is the run-time type's base chain (exception matching, ai_isinstance). */
  base: ClassInfo | null = null;
  /** Every user base, in order (`class C(Mixin, Base)`); `base` is the first. */
  bases: ClassInfo[] = [];
  hier!: Hierarchy;
  private linearized: ClassInfo[] | null = null;
  private linearizing = false;
  /** For a user exception class: the built-in exception class at the root of its bases. */
  exceptionBase: string | null = null;
  /** Statements of the body other than defs and name bindings (`table[0] = 1`, `registry.append(x)`), run in order with them. */
  readonly bodyStatements = new Set<S.Stmt>();
  /** Built-in exception classes named as further bases (`class NotFound(AppError, LookupError)`): the runtime's subtype test follows them too. */
  extraExceptionBases: string[] = [];

  constructor(readonly def: S.ClassDef) {}

  get name(): string {
    return this.def.name;
  }

  /** The bases as written, built-in exception classes by name (`object` left out): what `C.__bases__` shows. */
  directBases(): (ClassInfo | string)[] {
    const out: (ClassInfo | string)[] = [];
    let user = 0;
    for (const b of this.def.bases) {
      if (b.kind !== 'Name' || b.id === 'object') continue;
      if (this.bases[user]?.def.name === b.id) out.push(this.bases[user++]);
      else if (b.id in builtinExceptionParents || b.id === 'BaseException') out.push(b.id);
    }
    return out;
  }

  /** CPython's `C.__mro__`: C3 over user classes and built-in exception classes (by name), ending with 'object'. */
  pythonMro(): (ClassInfo | string)[] {
    const mroOf = (b: ClassInfo | string): (ClassInfo | string)[] => (typeof b === 'string' ? builtinExceptionMro(b) : b.pythonMro());
    const bases = this.directBases();
    const merged = c3Merge<ClassInfo | string>([...bases.map(mroOf), [...bases]]);
    return [this, ...(merged ?? bases)].concat(bases.length ? [] : ['object']);
  }

  /** CPython's method resolution order (C3 linearization of the bases); object is left out. */
  mro(): ClassInfo[] {
    if (this.linearized) return this.linearized;
    // A cycle through the bases (reported by collectClasses) must not recurse forever.
    if (this.linearizing) return [this];
    this.linearizing = true;
    const merged = c3Merge([...this.bases.map((b) => [...b.mro()]), [...this.bases]]);
    this.linearized = [this, ...(merged ?? this.bases)];
    this.linearizing = false;
    return this.linearized;
  }

  /** With the built-in exception bases too. */
  hasConsistentPythonMro(): boolean {
    const bases = this.directBases();
    return c3Merge<ClassInfo | string>([...bases.map((b) => (typeof b === 'string' ? builtinExceptionMro(b) : b.pythonMro())), [...bases]]) !== null;
  }

  /** Do the bases have a consistent C3 linearization (else CPython raises TypeError at the class statement)? */
  hasConsistentMro(): boolean {
    return c3Merge([...this.bases.map((b) => [...b.mro()]), [...this.bases]]) !== null;
  }

  /** The built-in type its instances also are (see builtinValueTypes), else null. */
  get valueType(): 'str' | 'int' | 'float' | 'tuple' | 'list' | 'dict' | null {
    for (const c of this.mro()) {
      const t = builtinValueTypes.get(c.def);
      if (t) return t;
    }
    return null;
  }

  /** Resolves an attribute along the MRO. */
  lookup(name: string): { owner: ClassInfo; method: MethodInfo | null; classAttr: boolean } | null {
    return this.lookupAfter(null, name);
  }

  /** Resolves an attribute along the MRO, after class `after` (super()); from the start when null. */
  lookupAfter(after: ClassInfo | null, name: string): { owner: ClassInfo; method: MethodInfo | null; classAttr: boolean } | null {
    const mro = this.mro();
    let start = 0;
    if (after) {
      start = mro.indexOf(after) + 1;
      if (start === 0) return null;
    }
    for (let i = start; i < mro.length; i++) {
      const c = mro[i];
      const m = c.methods.get(name);
      if (m) return { owner: c, method: m, classAttr: false };
      if (c.classAttrs.has(name)) return { owner: c, method: null, classAttr: true };
    }
    return null;
  }

  /**
   * The attribute names instances may hold when every class along the MRO
   * declares `__slots__` (a literal str, or tuple or list of them) without
   * '__dict__'; null when instances have a __dict__ (anything may be set).
   */
  slotNames(): Set<string> | null {
    const names = new Set<string>();
    for (let c: ClassInfo | null = this; c; c = c.base) {
      const decl = c.classAttrs.get('__slots__');
      if (!decl) return null;
      const items = decl.kind === 'Str' ? [decl] : decl.kind === 'Tuple' || decl.kind === 'List' ? decl.elts : null;
      if (!items || items.some((x) => x.kind !== 'Str')) return null;
      for (const x of items) names.add((x as S.StrExpr).value);
    }
    return names.has('__dict__') ? null : names;
  }

  isSubclassOf(other: ClassInfo): boolean {
    return this.mro().includes(other);
  }

  /** Is `other` reached through the first bases only (the run-time type's base chain)? */
  isPrimarySubclassOf(other: ClassInfo): boolean {
    for (let c: ClassInfo | null = this; c; c = c.base) if (c === other) return true;
    return false;
  }
}

/**
 * Does `l op r` (`reflected` the right operand's method) need the runtime's operator protocol
 * (userclass.c u_binop and u_richcmp) rather than a direct call of one method: when a method of either operand's
 * hierarchy may return NotImplemented (then the reflected method and the fallbacks run), or when the right operand
 * may be of a proper subclass of the left's class that overrides the reflected method (CPython calls it first).
 */
/**
 * `'ab' * n`, `[0] * n`, `n * (1, 2)` with `n` an instance whose class has `__index__` and no multiplication dunder
 * for it: CPython repeats the sequence `n.__index__()` times. The runtime does (object.c seq_repeat, through the
 * class's __index__ entry), so both the checker and the lowering send such an operator there.
 */
export function repeatsByIndex(op: string, l: Type, r: Type): boolean {
  if (op !== '*') return false;
  const sequence = (t: Type) => t.kind === 'str' || t.kind === 'list' || t.kind === 'tuple' || t.kind === 'vartuple';
  const has = (t: Type, name: string) => t.kind === 'instance' && (t.classes as ClassInfo[]).some((c) => c.lookup(name)?.method);
  if (sequence(l) && r.kind === 'instance') return has(r, '__index__') && !has(r, '__rmul__');
  if (sequence(r) && l.kind === 'instance') return has(l, '__index__') && !has(l, '__mul__');
  return false;
}

export function operatorNeedsProtocol(l: Type, r: Type, reflected: string | null, forward: string | null = null): boolean {
  const hierOf = (t: Type) => (t.kind === 'instance' ? (t.hier as Hierarchy) : null);
  // An operand not typed yet (never): the operator is typed again once it is.
  const untyped = l.kind === 'never' || r.kind === 'never';
  if ((hierOf(l)?.returnsNotImplemented || hierOf(r)?.returnsNotImplemented) && !untyped && !forwardAnswers(l, r, forward)) return true;
  if (!reflected || l.kind !== 'instance' || r.kind !== 'instance' || l.hier !== r.hier) return false;
  return (r.classes as ClassInfo[]).some((rc) => {
    const own = rc.lookup(reflected);
    return !!own?.method && (l.classes as ClassInfo[]).some((lc) => lc !== rc && rc.isSubclassOf(lc) && lc.lookup(reflected)?.owner !== own.owner);
  });
}

/**
 * Does `l op r` end in l's `forward` method, whatever it returns: l's classes all have it and none can return
 * NotImplemented for an `r`, judged by the isinstance tests on its second parameter that r's type decides
 * (Fraction's `elif isinstance(other, Fraction): ... else: return NotImplemented` with a Fraction or an int).
 * Then the reflected method is never called, and a direct call is CPython's protocol.
 */
function forwardAnswers(l: Type, r: Type, forward: string | null): boolean {
  if (!forward || l.kind !== 'instance' || l.orNone) return false;
  return (l.classes as ClassInfo[]).every((c) => {
    const m = c.lookup(forward)?.method;
    return !!m && !mayReturnNotImplemented(m.def, r, c);
  });
}

const isinstanceBuiltins: Record<string, readonly string[]> = { int: ['int', 'bool'], bool: ['bool'], float: ['float'], str: ['str'] };

function mayReturnNotImplemented(def: S.FunctionDef, r: Type, owner: ClassInfo): boolean {
  const other = def.params[1]?.name;
  const known = new Map<string, ClassInfo>();
  for (const c of [...owner.hier.classes, ...(r.kind === 'instance' ? (r.classes as ClassInfo[]) : [])]) for (const k of c.mro()) known.set(k.name, k);
  /** `isinstance(other, X)` (X a name or a tuple of names) as r's type decides it, or null. */
  const decide = (test: S.Expr): boolean | null => {
    if (test.kind === 'Unary' && test.op === 'not') {
      const v = decide(test.operand);
      return v === null ? null : !v;
    }
    if (test.kind !== 'Call' || test.func.kind !== 'Name' || test.func.id !== 'isinstance' || test.args.length !== 2 || test.keywords.length) return null;
    const [x, spec] = test.args;
    if (x.kind !== 'Name' || x.id !== other) return null;
    const names = spec.kind === 'Tuple' ? spec.elts : [spec];
    let result = false;
    for (const n of names) {
      if (n.kind !== 'Name') return null;
      const builtin = isinstanceBuiltins[n.id];
      const cls = known.get(n.id);
      let one: boolean | null = null;
      if (builtin && !cls) {
        if (r.kind === 'instance') one = (r.classes as ClassInfo[]).some((k) => k.valueType !== null) ? null : false;
        else if (r.kind === 'int' || r.kind === 'float' || r.kind === 'bool' || r.kind === 'str') one = builtin.includes(r.kind);
      } else if (cls) {
        if (r.kind === 'instance') {
          const matching = (r.classes as ClassInfo[]).filter((k) => k.isSubclassOf(cls));
          one = matching.length === 0 ? false : matching.length === r.classes.length && !r.orNone ? true : null;
        } else if (r.kind === 'int' || r.kind === 'float' || r.kind === 'bool' || r.kind === 'str') one = cls.valueType === null ? false : null;
      }
      if (one === null) return null;
      result ||= one;
    }
    return result;
  };
  // NotImplemented named, or a method of the class called on the instance that names it or calls such a
  // method (`self._compare(other)`), or a dunder called on another value (`other.__radd__(self)`): then the method may.
  const self = def.params[0]?.name;
  const seen = new Set<S.FunctionDef>();
  const mentionsIn = (node: unknown, selfName: string | undefined): boolean => {
    let found = false;
    walkNodes(node, (n) => {
      if (found) return;
      if (n.kind === 'Name' && n.id === 'NotImplemented') found = true;
      if (n.kind !== 'Call') return;
      const f = (n as unknown as S.CallExpr).func;
      if (f.kind !== 'Attribute') return;
      if (f.value.kind === 'Name' && f.value.id === selfName) {
        const callee = owner.lookup(f.attr)?.method?.def;
        if (!callee) found = true;
        else if (!seen.has(callee)) {
          seen.add(callee);
          found = mentionsIn(callee.body, callee.params[0]?.name);
        }
      } else if (f.attr.startsWith('__')) found = true;
    });
    return found;
  };
  const mentions = (node: unknown): boolean => mentionsIn(node, self);
  const visit = (stmts: S.Stmt[]): boolean =>
    stmts.some((st) => {
      if (st.kind !== 'If') return mentions(st);
      const d = decide(st.test);
      if (d === true) return visit(st.body);
      if (d === false) return visit(st.orelse);
      return mentions(st.test) || visit(st.body) || visit(st.orelse);
    });
  return visit(def.body);
}

/** The base of each built-in exception class but BaseException, as CPython 3.11's. */
const builtinExceptionParents: Record<string, string> = {
  Exception: 'BaseException', ArithmeticError: 'Exception', ZeroDivisionError: 'ArithmeticError', OverflowError: 'ArithmeticError', LookupError: 'Exception',
  IndexError: 'LookupError', KeyError: 'LookupError', ValueError: 'Exception', TypeError: 'Exception', NameError: 'Exception', UnboundLocalError: 'NameError',
  AttributeError: 'Exception', RuntimeError: 'Exception', RecursionError: 'RuntimeError', NotImplementedError: 'RuntimeError', AssertionError: 'Exception',
  MemoryError: 'Exception', StopIteration: 'Exception', KeyboardInterrupt: 'BaseException', SystemExit: 'BaseException', EOFError: 'Exception',
  OSError: 'Exception', FileNotFoundError: 'OSError', FileExistsError: 'OSError', PermissionError: 'OSError', IsADirectoryError: 'OSError',
  NotADirectoryError: 'OSError', TimeoutError: 'OSError', StopAsyncIteration: 'Exception', GeneratorExit: 'BaseException', UnicodeError: 'ValueError',
  UnicodeDecodeError: 'UnicodeError', UnicodeEncodeError: 'UnicodeError', SyntaxError: 'Exception', IndentationError: 'SyntaxError',
  TabError: 'IndentationError', ImportError: 'Exception', ModuleNotFoundError: 'ImportError', SystemError: 'Exception',
  FloatingPointError: 'ArithmeticError', BufferError: 'Exception',
};

/** A built-in exception class's __mro__ by name: `['KeyError', 'LookupError', 'Exception', 'BaseException', 'object']`. */
function builtinExceptionMro(name: string): string[] {
  const out = [name];
  for (let n = builtinExceptionParents[name]; n; n = builtinExceptionParents[n]) out.push(n);
  if (out[out.length - 1] !== 'BaseException') out.push('BaseException');
  return [...new Set(out), 'object'];
}

/** C3 merge of linearizations; null when no consistent order exists. */
function c3Merge<T>(seqs: T[][]): T[] | null {
  const out: T[] = [];
  const lists = seqs.map((s) => [...s]).filter((s) => s.length);
  while (lists.length) {
    const head = lists.map((l) => l[0]).find((c) => !lists.some((l) => l.indexOf(c) > 0));
    if (!head) return null;
    out.push(head);
    for (const l of lists) if (l[0] === head) l.shift();
    for (let i = lists.length - 1; i >= 0; i--) if (!lists[i].length) lists.splice(i, 1);
  }
  return out;
}

/** Name of the hidden module global holding a class attribute. */
export function classAttrSlot(cls: ClassInfo, name: string): string {
  return `${cls.name}.${name}`;
}

/**
 * The classes whose variables a read of the class attribute `name` through `cls` tries, in MRO order: each class it may
 * be set on outside its class body (`Sub.n = 1`, `cls.n += 1` in a classmethod called on a subclass, `Base.extra = v`
 * in a function), a variable that is bound only once that runs (`hasSlot` says which classes have one), then the nearest
 * class whose body binds it, where the search ends. CPython's type lookup goes the same way: the first class along the
 * MRO whose __dict__ has the name. Empty when no class has it, or a method of that name comes first.
 */
export function classAttrHolders(cls: ClassInfo, name: string, hasSlot: (slot: string) => boolean): ClassInfo[] {
  const holders: ClassInfo[] = [];
  for (const c of cls.mro()) {
    if (c.methods.has(name)) break;
    if (c.classAttrs.has(name)) return [...holders, c];
    if (hasSlot(classAttrSlot(c, name))) holders.push(c);
  }
  return holders;
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

/** Why `cls.name = v` outside the class body cannot compile (null when it can: see classAttrHolders). */
export function classAttrWriteProblem(cls: ClassInfo, name: string): string | null {
  if (cls.classAttrs.has(name)) return null;
  const found = cls.lookup(name);
  const shown = shownClassName(cls.name);
  if (found?.method) return `replacing the method '${name}' of class ${shown} outside the class body`;
  // The run-time class object's entries (str(), operators...) are fixed when the program is built.
  if (isDunder(name)) return `setting the special attribute '${name}' of class ${shown} outside the class body`;
  // Exception objects copy their class attributes when created (lower.ts setExceptionClassAttrs), from the class bodies.
  if (cls.exceptionBase) return `setting the class attribute '${name}' of exception class ${shown} outside the class body`;
  return null;
}

/** Is `holders` (classAttrHolders) the one class whose body binds the attribute, the variable read as before such writes existed? */
export function boundInBodyOnly(holders: readonly ClassInfo[], name: string): boolean {
  return holders.length === 1 && holders[0].classAttrs.has(name);
}

/**
 * Reads the class definitions of a module: bases, methods with their
 * decorators, class attributes. Reports what is not supported yet.
 */
export function collectClasses(
  stmts: S.Stmt[],
  report: (pos: S.ClassDef['pos'], what: string) => void,
  isBuiltinClass: (name: string) => boolean,
  isExceptionClass: (name: string) => boolean,
): Map<string, ClassInfo> {
  // A function stored in a class attribute is a method when called through an instance (checker.ts classAttrMethod);
  // the runtime's dunder entries (str(), operators...) take methods defined with def only.
  const moduleDefs = new Set(stmts.filter((s) => s.kind === 'FunctionDef').map((s) => (s as S.FunctionDef).name));
  const holdsFunction = (e: S.Expr) => e.kind === 'Lambda' || (e.kind === 'Name' && moduleDefs.has(e.id));
  const classes = new Map<string, ClassInfo>();
  for (const s of stmts) {
    if (s.kind !== 'ClassDef') continue;
    if (classes.has(s.name)) report(s.namePos, `redefinition of class '${s.name}'`);
    // Keywords a base's __init_subclass__ takes are passed by init-subclass.ts, metaclass=ABCMeta is abc.ts's: any left is a metaclass.
    if (s.keywords?.length) report(s.keywords[0].pos, `class keyword arguments (metaclass=...)`);
    classes.set(s.name, new ClassInfo(s));
  }
  for (const cls of classes.values()) {
    const s = cls.def;
    for (const extra of s.bases.slice(1)) {
      // More bases (mixins): user classes, as the first one; their hierarchies merge into one layout.
      if (extra.kind === 'Name' && classes.has(extra.id)) cls.bases.push(classes.get(extra.id)!);
      else if (extra.kind === 'Name' && extra.id === 'object') continue;
      // `class NotFound(AppError, LookupError)`: an exception class that is also a built-in one (checked below).
      else if (extra.kind === 'Name' && isExceptionClass(extra.id)) cls.extraExceptionBases.push(extra.id);
      else report(extra.pos, 'a built-in class as a second base (multiple inheritance from user classes only)');
    }
    const b = s.bases[0];
    if (b) {
      if (b.kind === 'Name' && classes.has(b.id)) {
        cls.base = classes.get(b.id)!;
        cls.bases.unshift(cls.base);
      }
      else if (b.kind === 'Name' && b.id === 'object') cls.base = null;
      else if (b.kind === 'Name' && isExceptionClass(b.id)) cls.exceptionBase = b.id;
      else if (b.kind === 'Name' && isBuiltinClass(b.id)) report(b.pos, `subclassing the built-in '${b.id}'`);
      else report(b.pos, 'this base class');
    }
    for (const item of s.body) {
      switch (item.kind) {
        case 'FunctionDef':
          addMethod(cls, item, report);
          break;
        case 'Assign':
          for (const t of item.targets) {
            // `__rmul__ = __mul__`: another name for a method defined above.
            const aliased = item.value.kind === 'Name' ? cls.methods.get(item.value.id) : undefined;
            if (t.kind === 'Name' && aliased) cls.methods.set(t.id, { ...aliased });
            else if (t.kind === 'Name' && isDunder(t.id) && holdsFunction(item.value)) report(t.pos, `a function stored as the class attribute '${t.id}' (define the dunder with def in the class body)`);
            else if (t.kind === 'Name') cls.classAttrs.set(t.id, item.value);
            // `table[0] = 1`, `x.y = 2` of attributes bound earlier (class-body-names.ts qualified them): run in order.
            else if (t.kind === 'Subscript' || t.kind === 'Attribute') cls.bodyStatements.add(item);
            else report(t.pos, 'this class-level assignment');
          }
          break;
        case 'AnnAssign':
          if (item.target.kind === 'Name' && item.value) cls.classAttrs.set(item.target.id, item.value);
          else if (item.target.kind !== 'Name') report(item.pos, 'this class-level assignment');
          break;
        case 'Pass':
          break;
        case 'ExprStmt':
          // A call in the body (`registry.append(x)`), run in order; a docstring is nothing to run.
          if (item.expr.kind !== 'Str') cls.bodyStatements.add(item);
          break;
        case 'Del':
          // `del handlers['default']` of an attribute bound earlier.
          if (item.targets.every((t) => t.kind === 'Subscript' || t.kind === 'Attribute')) cls.bodyStatements.add(item);
          else report(item.pos, 'deleting a name in a class body');
          break;
        case 'AugAssign':
          // `count += 1` after `count = 0` (qualified to `C.count += 1`), `table[1] += 5`.
          if (item.target.kind !== 'Name') cls.bodyStatements.add(item);
          else report(item.pos, 'an augmented assignment in a class body to a name the body has not bound');
          break;
        default:
          report(item.pos, 'statements in a class body other than defs and assignments');
      }
    }
  }
  // `C.ZERO = C(0)` at module level, after the class: a class attribute bound when that line runs.
  for (const s of stmts) {
    if (s.kind !== 'Assign') continue;
    for (const t of s.targets) {
      const cls = t.kind === 'Attribute' && t.value.kind === 'Name' ? classes.get(t.value.id) : undefined;
      if (cls && t.kind === 'Attribute' && isDunder(t.attr) && holdsFunction(s.value)) report(t.pos, `a function stored as the class attribute '${t.attr}' (define the dunder with def in the class body)`);
      else if (cls && t.kind === 'Attribute' && !cls.lookup(t.attr)) cls.classAttrs.set(t.attr, s.value);
    }
  }
  // Exception classes: derived from a built-in exception, directly or through
  // another user exception class. They are run-time exception objects.
  for (const cls of classes.values()) {
    for (let c: ClassInfo | null = cls; c && !cls.exceptionBase; c = c.base) if (c.exceptionBase) cls.exceptionBase = c.exceptionBase;
    // `class MissingKey(KeyError, AppError)`: the run-time type's chain is KeyError's, without AppError.
    if (!cls.base && cls.bases.length && cls.exceptionBase) report(cls.def.pos, 'a user class as a further base of a class whose first base is a built-in exception class (put the user class first)');
    else if (cls.extraExceptionBases.length && !cls.exceptionBase) report(cls.def.pos, 'a built-in exception class as a further base of a class that is not an exception (its first base)');
    else if (cls.extraExceptionBases.length && !cls.hasConsistentPythonMro()) report(cls.def.pos, 'bases without a consistent method resolution order (CPython raises TypeError)');
    if (cls.bases.length > 1 && (cls.exceptionBase || cls.bases.some((b) => b.mro().some((m) => m.def.bases.some((x) => x.kind === 'Name' && isExceptionClass(x.id)))))) {
      report(cls.def.pos, 'multiple inheritance in an exception class');
    } else if (cls.bases.length > 1 && !cls.hasConsistentMro()) {
      report(cls.def.pos, 'bases without a consistent method resolution order (CPython raises TypeError)');
    }
    // Their instances are exception objects: methods are found on them at run time, class attributes are copied onto each (lower.ts).
  }
  // Hierarchies: a root class and everything derived from it.
  const rootOf = (c: ClassInfo): ClassInfo => (c.base ? rootOf(c.base) : c);
  const hierarchies = new Map<ClassInfo, Hierarchy>();
  for (const cls of classes.values()) {
    for (let c: ClassInfo | null = cls.base, n = 0; c; c = c.base, n++) {
      if (c === cls || n > classes.size) {
        report(cls.def.pos, 'a class that inherits from itself');
        cls.base = null;
        cls.bases = [];
        break;
      }
    }
  }
  // A class with several bases joins their hierarchies: one layout for all (union-find over roots).
  const parent = new Map<ClassInfo, ClassInfo>();
  const find = (c: ClassInfo): ClassInfo => {
    let r = rootOf(c);
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const cls of classes.values()) {
    for (const b of cls.bases.slice(1)) {
      const x = find(cls);
      const y = find(b);
      if (x !== y) parent.set(y, x);
    }
  }
  for (const cls of classes.values()) {
    const root = find(cls);
    let h = hierarchies.get(root);
    if (!h) hierarchies.set(root, (h = new Hierarchy()));
    cls.hier = h;
    h.classes.push(cls);
  }
  return classes;
}

function addMethod(cls: ClassInfo, def: S.FunctionDef, report: (pos: S.FunctionDef['pos'], what: string) => void): void {
  let kind: MethodKind = 'instance';
  for (const d of def.decorators) {
    if (d.kind === 'Name' && d.id === 'staticmethod') kind = 'static';
    else if (d.kind === 'Name' && d.id === 'classmethod') kind = 'class';
    else if (d.kind === 'Name' && d.id === 'property') kind = 'property';
    else if (d.kind === 'Attribute' && (d.attr === 'setter' || d.attr === 'deleter') && d.value.kind === 'Name') {
      const prop = cls.methods.get(d.value.id);
      if (!prop || prop.kind !== 'property') report(d.pos, `@${d.value.id}.${d.attr} without a property '${d.value.id}' before it`);
      else if (d.attr === 'setter') prop.setter = def;
      else prop.deleter = def;
      return;
    } else report(d.pos, 'this decorator');
  }
  // CPython calls __new__ to make each instance (a singleton's cached one, another class's); construction here makes
  // the instance itself, so the method would never run. (Classes derived from str, int or float have theirs made an
  // __init__ before this: builtin-subclasses.ts.)
  if (def.name === '__new__') report(def.pos, 'a __new__ method (only classes derived from str, int or float run theirs yet)');
  // Every attribute read would go through it; reads compile to slot loads here, so it would never run.
  if (def.name === '__getattribute__') report(def.pos, 'a __getattribute__ method (__getattr__, called for names the instance lacks, works)');
  // A def without parameters in a class body is a plain function, called through the class (`Point.zero()`); through
  // an instance it is given the instance and raises TypeError, as in CPython (the arity check of the call).
  cls.methods.set(def.name, { def, kind, setter: null, owner: cls });
}

export type { Diagnostic };
