// Stage 2a: bind names and infer static types.
//
// Every function is specialised per tuple of argument types (a "function
// instance", the unit the later stages compile). Inference is a fixpoint over
// all instances: a variable's type is the join of everything assigned to it,
// a function's return type the join of its returns, and values whose types
// differ meet in `object` (the dynamic representation), so valid Python is
// never rejected because its types vary.
import { CompileError, type Diagnostic, error, type SourcePos, unsupportedHint } from './diagnostics';
import { dynamicAttributeWrites, instanceDictReads } from './instance-dict';
import { ClassInfo, classAttrHolders, classAttrSlot, classAttrWriteProblem, collectClasses, type Hierarchy, instanceDictSlot, type MethodInfo, operatorNeedsProtocol, repeatsByIndex } from './classes';
import { methodResultType, type MethodContext, valueDunderType } from './methods';
import { boundNames, buildScopes, nestedFunctions, type Scope, type ScopeTable } from './scopes';
import { undecoratedPrefix, wrapsArgs, wrapsDecorated } from './decorators';
import { annotationModules, type ModuleMember, type Overload, pickOverload, resultType, starredRestCall, stdlibModules } from './stdlib';
import type * as S from './syntax';
import { childBlocks, childExprs as childExprsOf, exprsOf, isGeneratorBody, targetNames, walkNodes } from './syntax';
import { classQualname, Cell, isTupleType, type OptionalType, tupleItemType, varTupleOf, type ContainerType, currentEpoch, describe, elemOf, escapedClasses, escapedFunctions, escapedModules, escapeType, forgetEscapes, isContainer, type FuncRef, type FuncType, funcOf, type InstanceType, instanceOf, isNumeric, iterOf, pythonTypeName, join, keyOf, sameType, shownClassName, T, tupleOf, type Type, typeKey, valueOf, unwatched, type Watcher, WatchedMap, watchReads, WatchPoint } from './types';
import { methodValueQualnames } from './method-values';
import { builtinValueMethodNames } from './builtin-attr-names';

/**
 * `obj.name = v` set by name: obj an instance of a class with its own `__setattr__`, which the store calls (userclass.c
 * ai_obj_setattr), or written where the program also sets attributes by computed name (instance-dict.ts
 * dynamicAttributeWrites) on classes without __slots__ or a property `name`.
 */
export function isDynamicAttributeWrite(target: S.AttributeExpr, recv: InstanceType): boolean {
  if (hasAttributeHook(recv, '__setattr__')) return true;
  return dynamicAttributeWrites.has(target) && (recv.classes as ClassInfo[]).every((c) => c.slotNames() === null && !c.lookup(target.attr));
}

/** A class of recv defines `__setattr__` / `__delattr__` (itself or a base of the program): stores and deletes of its attributes call it, and what it stores through `object.__setattr__` is stored by name. */
export function hasAttributeHook(recv: InstanceType, hook: '__setattr__' | '__delattr__'): boolean {
  return (recv.classes as ClassInfo[]).some((c) => !!c.lookup(hook)?.method);
}

/** Builtins this compiler implements. */
export const implementedBuiltins = new Set([
  'print', 'len', 'str', 'int', 'float', 'bool', 'abs', 'repr', 'range', 'list', 'tuple', 'dict', 'set', 'sorted', 'reversed',
  'enumerate', 'zip', 'sum', 'min', 'max', 'any', 'all', 'chr', 'ord', 'hex', 'oct', 'bin', 'ascii', 'divmod', 'pow', 'round', 'input',
  'map', 'filter', 'isinstance', 'issubclass', 'type', 'next', 'iter', 'hash', 'id', 'callable', 'frozenset', 'format', 'getattr', 'hasattr', 'bytes', 'bytearray', 'complex',
  'exit', 'quit', 'vars', 'setattr', 'delattr', 'slice',
  // `type(x).__name__`, written so by the parser (see exactTypeTest there).
  'type.__name__',
  // `object` read as a value (method-values.ts): its class object.
  'object.class',
  // object.__setattr__(obj, name, v), object.__delattr__(obj, name), so written (parser.ts call).
  'object.__setattr__', 'object.__delattr__',
]);

/** `x.__str__()` or `x.__repr__()` with no arguments. */
export function isObjectStrCall(e: S.CallExpr, callee: S.AttributeExpr): boolean {
  return (callee.attr === '__str__' || callee.attr === '__repr__') && !e.args.length && !e.keywords.length && !e.doubleStars?.length;
}

/** exit() and quit() (the site module's, which scripts call as sys.exit): sys.exit. */
export function exitBuiltin(name: string): Extract<ModuleMember, { kind: 'func' }> | null {
  const exit = stdlibModules.sys.exit;
  return (name === 'exit' || name === 'quit') && exit.kind === 'func' ? exit : null;
}

/** Built-in exception classes that programs may raise and catch. */
export const exceptionClassNames = new Set([
  'BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'LookupError', 'IndexError', 'KeyError',
  'ValueError', 'TypeError', 'NameError', 'UnboundLocalError', 'AttributeError', 'RuntimeError', 'RecursionError', 'NotImplementedError',
  'AssertionError', 'MemoryError', 'StopIteration', 'KeyboardInterrupt', 'SystemExit', 'EOFError',
  'OSError', 'FileNotFoundError', 'FileExistsError', 'PermissionError', 'IsADirectoryError', 'NotADirectoryError',
  'TimeoutError', 'StopAsyncIteration', 'GeneratorExit', 'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError',
  // Defined by the runtime too (exc/exception.c): raised by programs themselves (a parser's SyntaxError).
  'SyntaxError', 'IndentationError', 'TabError', 'ImportError', 'ModuleNotFoundError', 'SystemError', 'FloatingPointError', 'BufferError',
]);

/** Built-in classes isinstance() can test for. */
export const builtinTypeNames = new Set(['int', 'float', 'bool', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'object', 'type', 'range', 'slice', 'bytes', 'bytearray', 'complex']);

/** Builtins that consume an iterable argument at once: a generator expression there is evaluated eagerly. */
const consumingBuiltins = new Set(['sum', 'any', 'all', 'min', 'max', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'dict', 'enumerate', 'zip', 'map', 'filter']);

/** Module functions of the runtime that consume an iterable argument at once, as consumingBuiltins. */
const consumingModuleFunctions = new Set(['ai_collections_counter', 'ai_collections_deque', 'ai_math_fsum']);

/** Keyword arguments each builtin accepts. */
const builtinKeywords: Record<string, string[]> = {
  print: ['sep', 'end', 'flush', 'file'],
  sorted: ['reverse', 'key'],
  sum: ['start'],
  min: ['default', 'key'],
  max: ['default', 'key'],
  zip: ['strict'],
  enumerate: ['start'],
  bytes: ['encoding', 'errors'],
  str: ['encoding', 'errors'],
  bytearray: ['encoding', 'errors'],
  complex: ['real', 'imag'],
};

/** Every other name of Python's builtins module: using one is `unsupported`, not a NameError. */
const otherPythonBuiltins = new Set(
  ('abs aiter all anext any ascii bin breakpoint bytearray bytes callable chr classmethod compile complex copyright credits ' +
    'delattr dict dir divmod enumerate eval exec exit filter format frozenset getattr globals hasattr hash help hex id input ' +
    'isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow property quit ' +
    'reversed round set setattr slice sorted staticmethod sum super tuple type vars zip __import__ __build_class__ ' +
    'BaseException Exception ArithmeticError ZeroDivisionError ValueError TypeError KeyError IndexError NameError ' +
    'RuntimeError StopIteration AssertionError NotImplementedError OverflowError RecursionError AttributeError ' +
    'LookupError MemoryError KeyboardInterrupt SystemExit NotImplemented Ellipsis __name__ __file__ __doc__').split(' '),
);

export type NameBinding =
  | { kind: 'local' }
  | { kind: 'global' }
  | { kind: 'function'; def: S.FunctionDef }
  | { kind: 'class'; cls: ClassInfo }
  /** A name bound by an import of a standard-library module. */
  | { kind: 'import'; module: string; member: ModuleMember | null; imported?: string }
  /** A variable of an enclosing function (`owner`), held in a cell; `index` in this closure's layout. */
  | { kind: 'free'; owner: FunctionInstance; index: number }
  | { kind: 'builtin'; name: string }
  | { kind: 'module-name' } // __name__, always "__main__" in main.py
  | { kind: 'undefined' };

/** Result of binding one call to a user function's parameters. */
export interface BoundCall {
  /** For each parameter: the argument expression, or null when its default is used. */
  args: (S.Expr | null)[];
  /** CPython's TypeError message when the call cannot bind. */
  error: string | null;
}

/**
 * Which definitions are generators (see FunctionInstance.isGenerator). Module-level, unlike the
 * checker's other tables (NodeTables): a function of the def's own body, which nothing writes
 * into after the passes, so it holds for a def kept from one build to the next.
 */
const generatorDefs = new WeakMap<S.FunctionDef, boolean>();

export class FunctionInstance implements Watcher {
  /** Its variables: read by itself and by the functions nested in it, widened by them and by its callers (parameters). */
  readonly locals = WatchedMap.of<string, Type>(sameType);
  private returned: Type = T.never;
  private yielded: Type = T.never;
  /** Who read its return or yield type, or its parameter types (see Program.infer). */
  private readonly resultWatch = new WatchPoint();
  /** Something it read while last typed has changed since: inference types it again (see Program.infer). */
  stale = true;
  /** The problems found when it was last typed (Program.report). */
  diagnostics: { key: string; make: () => Diagnostic }[] = [];

  get returnType(): Type {
    this.resultWatch.read();
    return this.returned;
  }

  set returnType(t: Type) {
    this.returned = t;
    this.resultWatch.changed();
  }

  /** For a generator function: the join of what it yields. */
  get yieldType(): Type {
    this.resultWatch.read();
    return this.yielded;
  }

  set yieldType(t: Type) {
    this.yielded = t;
    this.resultWatch.changed();
  }

  /** Its parameter types (argTypes) are read. */
  readArgTypes(): void {
    this.resultWatch.read();
  }

  /** A caller widened its parameter types (argTypes). */
  argTypesChanged(): void {
    this.resultWatch.changed();
  }
  readonly exprTypes = new Map<S.Expr, Type>();
  readonly callTargets = new Map<S.CallExpr, FunctionInstance>();
  readonly boundCalls = new Map<S.CallExpr, BoundCall>();
  /** Calls of a value of unknown static type: funcCalls holds every escaped function they may reach, */
  readonly dynamicCalls = new Set<S.CallExpr>();
  /** Calls compiled once per item count of a `*x` of unknown type (see Program.dynamicStarArms). */
  readonly starArmCalls = new Set<S.CallExpr>();
  /** and this, every escaped class they may construct (each with its own `init` dispatch, see dynamicInitTag). */
  readonly dynamicClassCalls = new Map<S.CallExpr, ClassInfo[]>();
  /** and these may reach an instance whose class has __call__ (called by name at run time). */
  readonly dynamicInstanceCalls = new Set<S.CallExpr>();
  /** Such a call's binding to the `__init__` of each exception class it may construct, by the class's dynamicInitTag (a direct call's is in boundCalls/callTargets). */
  readonly exceptionInits = new Map<S.CallExpr, Map<string, { bound: BoundCall; target: FunctionInstance | null }>>();
  private readonly cells = new Map<object, Map<string, Cell>>();

  /** The class a method instance belongs to (for super() and the traceback name). */
  cls: ClassInfo | null = null;
  /** For a nested function: the activation of the enclosing function whose variables it sees. */
  outer: FunctionInstance | null = null;
  /** Calls through function values: which definitions they may reach, and how each binds. */
  readonly funcCalls = new Map<S.CallExpr, { ref: FuncRefInfo; target: FunctionInstance | null; bound: BoundCall }[]>();
  /** Calls the compiler makes itself (a key function on each element), keyed by the builtin call they serve: per instance, as each specialisation may call different functions. */
  readonly syntheticCalls = new Map<S.CallExpr, S.CallExpr>();
  /**
   * `for x in range(...)` loops whose bounds have no static int type in this specialisation: not
   * counted loops (see forElemType). Per instance: another specialisation of the same function
   * may have int bounds there.
   */
  readonly dynamicRangeLoops = new Set<S.Expr>();
  /** `if isinstance(x, C):` decided by x's static type in this specialisation: the other branch is neither typed nor compiled. */
  readonly staticTests = new Map<S.Stmt, boolean>();
  /** Per call site and purpose, how a method call on instances dispatches (see dispatchFor). */
  readonly dispatches = new Map<object, Map<string, Dispatch>>();

  dispatch(node: object, tag: string): Dispatch | undefined {
    return this.dispatches.get(node)?.get(tag);
  }

  constructor(
    /** null for the module's top level. */
    readonly def: S.FunctionDef | null,
    /** Parameter types: the key's scalars, and containers' cells joined over every caller. */
    readonly argTypes: Type[],
    /** Unique, stable name of this unit: `fib(int)`. */
    readonly key: string,
  ) {}

  /** Whether the body yields (walked once per definition: the checker asks at every call). */
  get isGenerator(): boolean {
    if (this.def === null) return false;
    let generator = generatorDefs.get(this.def);
    // A coroutine (`async def`) is a generator: its awaits are `yield from`s, and calling it only makes the coroutine object.
    if (generator === undefined) generatorDefs.set(this.def, (generator = this.def.isAsync || isGeneratorBody(this.def.body)));
    return generator;
  }

  get pyName(): string {
    // Linked modules' functions are named `module.f`; tracebacks show `f`.
    return this.def ? (this.def.name.split('.').pop() ?? this.def.name) : '<module>';
  }

  typeOf(e: S.Expr): Type {
    return this.exprTypes.get(e) ?? T.never;
  }

  /** The cell of the container an allocation site (a display, a call) creates: one per site, stable across rounds. */
  siteCell(node: object, tag = ''): Cell {
    let byTag = this.cells.get(node);
    if (!byTag) this.cells.set(node, (byTag = new Map()));
    let cell = byTag.get(tag);
    if (!cell) byTag.set(tag, (cell = new Cell()));
    return cell;
  }
}

/**
 * How a call of method `name` on an instance of several possible classes
 * dispatches: one group per distinct method definition, chosen at run time
 * by the object's class (a type switch over a finite, known set).
 */
export interface Dispatch {
  name: string;
  groups: DispatchGroup[];
}

export interface DispatchGroup {
  classes: ClassInfo[];
  /** The resolved method, or null: no such attribute on these classes (AttributeError). */
  method: MethodInfo | null;
  /** The specialised instance called, when the call binds. */
  target: FunctionInstance | null;
  /** How the call's arguments map to the method's parameters (self/cls first, as null). */
  bound: BoundCall | null;
  /** Leading parameters the call supplies itself: 1 for self or cls, 0 for static methods. */
  implicit: number;
  /** With no method: the property these classes have, whose setter or deleter this assignment or del needs. */
  propertyWithout?: 'setter' | 'deleter';
}

/** `f.__name__` when every function f may be has the same name, known statically; else null. */
export function functionValueName(t: FuncType, depth = 0): string | null {
  const names = new Set((t.refs as FuncRefInfo[]).map((r) => funcRefName(r, depth)));
  return names.size === 1 && !names.has(null) ? [...names][0] : null;
}

/** `f.__name__` of one function f may be (null: not known statically). */
export function funcRefName(r: FuncRefInfo, depth = 0): string | null {
  if (!wrapsDecorated.has(r.def)) return pythonName(r.def);
  // A @functools.wraps(g) wrapper is named as g, a variable of the activation that made it.
  const arg = wrapsArgs.get(r.def);
  const f = arg?.kind === 'Name' && r.outer ? r.outer.locals.get(arg.id) : undefined;
  return f?.kind === 'func' && depth < 8 ? functionValueName(f, depth + 1) : null;
}

/** A parameter's default that is a literal (None, a number, a str): read where it is needed, not from the default's global. */
export function literalDefault(p: S.Param): S.Expr | null {
  const d = p.defaultValue;
  return d && ['None', 'Int', 'Float', 'Str', 'Bool'].includes(d.kind) ? d : null;
}

/** The name Python gives the function (a linked module's `helpers.f` and a decorated `undecorated.f` are `f`). */
/**
 * Is this closure a functools.partial object (FunctionDef.partialKeywords)? functools.py's `partial_call`, whose cells
 * func, args and keywords are what `.func`, `.args` and `.keywords` read, or a keyword partial's lambda (modules.ts
 * rewriteKeywordPartial), whose cells are func, args and one per keyword.
 */
export function isPartialObject(def: S.FunctionDef): boolean {
  return def.partialKeywords !== undefined;
}
const partialAttributes = new Set(['func', 'args', 'keywords']);

export function pythonName(def: S.FunctionDef): string {
  return def.name.split('.').pop() ?? def.name;
}

export interface InferenceOptions {
  /**
   * Type every instance in every round, as before the worklist (see infer):
   * the reference the worklist must equal (a test compares the two).
   */
  retypeAll?: boolean;
}

/** Beyond this many specialisations a function gets one generic instance. */
const maxInstancesPerFunction = 8;
/** Tuples longer than this are dynamic in a generic instance (see instanceFor). */
const maxGenericTupleLength = 12;

export class Program {
  readonly functions = new Map<string, S.FunctionDef>();
  classes = new Map<string, ClassInfo>();
  /** Function instances run as actor bodies (they get an entry trampoline). */
  readonly spawnTargets = new Set<FunctionInstance>();
  /** Names bound by imports (module level or inside functions: imports are static here). */
  /** Local name -> what it imports: a module (member null), or a name of it (`imported`: its name there). */
  readonly imports = new Map<string, { module: string; member: ModuleMember | null; imported?: string }>();
  readonly globals = WatchedMap.of<string, Type>(sameType);
  readonly instances = new Map<string, FunctionInstance>();
  /** How many instances each definition has (instanceFor's limit), kept as they are made: counting them there was quadratic. */
  private readonly instanceCounts = new Map<S.FunctionDef, number>();
  readonly moduleInstance: FunctionInstance;
  private scopeTable!: ScopeTable;
  /** One FuncRef per (definition, creating activation): what function values are. */
  private readonly funcRefs = new Map<S.FunctionDef, Map<FunctionInstance | null, FuncRefInfo>>();
  private readonly diagnostics: Diagnostic[] = [];
  private changed = false;
  /** What inference records about the tree's nodes (the tree itself it only reads). */
  readonly nodes = new NodeTables();

  constructor(
    readonly module: S.Module,
    private readonly inference: InferenceOptions = {},
  ) {
    forgetEscapes();
    this.moduleInstance = new FunctionInstance(null, [], '<module>');
    this.bindModule();
    if (this.diagnostics.length) throw new CompileError(this.diagnostics);
    this.infer();
    this.checkEscapedModules();
    this.checkActorGlobalStores();
    if (this.diagnostics.length) throw new CompileError(this.diagnostics);
  }

  /**
   * A module is a compile-time value (its attributes are resolved statically):
   * one that met other types in `object` (two modules in one variable or
   * container, a module beside other values) has nothing to be when it runs.
   * The standard streams (sys.stdout, sys.stderr) do have run-time objects.
   */
  private checkEscapedModules(): void {
    for (const name of escapedModules()) {
      if (name === 'sys.stdout' || name === 'sys.stderr') continue;
      let at: SourcePos = { line: 1, col: 1 };
      walkNodes(this.module.body, (n) => {
        if (n.kind === 'Import' && (n as unknown as S.ImportStmt).names.some((x) => x.module === name) && at.line === 1 && at.col === 1) at = n.pos as SourcePos;
      });
      this.unsupported(at, `the module ${name} kept as a value of unknown type (in one variable or container with other modules or values)`);
    }
  }

  /**
   * Module globals assigned by code that runs in a spawned actor. Each actor
   * allocates from its own heap, which is freed when the actor ends and which
   * only its own collector scans: a global left pointing into it dangles (a
   * crash, not CPython's shared variable). Values that are no heap object (an
   * int, float, bool or None, a literal str) are safe to store.
   */
  private checkActorGlobalStores(): void {
    if (this.spawnTargets.size === 0) return;
    const inActor = new Set<FunctionInstance>();
    const work = [...this.spawnTargets];
    for (let inst = work.pop(); inst; inst = work.pop()) {
      if (inActor.has(inst)) continue;
      inActor.add(inst);
      work.push(...inst.callTargets.values());
      for (const byClass of inst.exceptionInits.values()) for (const i of byClass.values()) if (i.target) work.push(i.target);
      for (const calls of inst.funcCalls.values()) for (const c of calls) if (c.target) work.push(c.target);
      for (const byTag of inst.dispatches.values()) for (const d of byTag.values()) for (const g of d.groups) if (g.target) work.push(g.target);
    }
    const heapFree = (t: Type) => t.kind === 'int' || t.kind === 'float' || t.kind === 'bool' || t.kind === 'none' || t.kind === 'never';
    const literal = (e: S.Expr | null) => e !== null && (e.kind === 'Str' || e.kind === 'Int' || e.kind === 'Float' || e.kind === 'Bool' || e.kind === 'None');
    for (const inst of inActor) {
      const def = inst.def!;
      const globals = new Set<string>();
      const stores: { name: string; pos: SourcePos; value: S.Expr | null }[] = [];
      const visit = (body: readonly S.Stmt[]): void => {
        for (const st of body) {
          switch (st.kind) {
            case 'Global':
              st.names.forEach((n) => globals.add(n));
              break;
            case 'Assign':
              for (const t of st.targets) for (const name of targetNames(t)) stores.push({ name, pos: st.pos, value: t.kind === 'Name' ? st.value : null });
              break;
            case 'AnnAssign':
            case 'AugAssign':
              for (const name of targetNames(st.target)) stores.push({ name, pos: st.pos, value: st.kind === 'AnnAssign' ? st.value : null });
              break;
            case 'For':
              for (const name of targetNames(st.target)) stores.push({ name, pos: st.pos, value: null });
              visit(st.body);
              visit(st.orelse);
              break;
            case 'If':
            case 'While':
              visit(st.body);
              visit(st.orelse);
              break;
            case 'Try':
              visit(st.body);
              for (const h of st.handlers) visit(h.body);
              visit(st.orelse);
              visit(st.finalbody);
              break;
          }
        }
      };
      visit(def.body);
      for (const { name, pos, value } of stores) {
        if (!globals.has(name) || heapFree(this.globals.get(name) ?? T.never) || literal(value)) continue;
        this.report(
          pos,
          `unsupported: assignment to the module global '${name}' in '${this.nodes.qualname(def)}', which runs in a spawned actor, at ${pos.file ?? this.module.file}:${pos.line}:${pos.col}`,
          "actors share no memory: each one's objects live in its own heap, freed when it ends. Send the value to the actor that needs it (send/receive), or keep it in a local",
        );
      }
    }
  }

  // ------------------------------------------------------------------ binding

  private readonly reported = new Set<string>();

  private report(pos: SourcePos, message: string, hint?: string): void {
    // Inference visits code once per round: report each problem once.
    const key = `${pos.line}:${pos.col}:${message}`;
    const file = pos.file ?? this.module.file;
    const make = () => error(file, pos, message, hint, pos.file ? this.module.sources?.get(pos.file) : this.module.source);
    // While an instance is typed, its problems are its own: they stand until it is typed again (see infer).
    if (this.typing) {
      this.typing.diagnostics.push({ key, make });
      return;
    }
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(make());
  }

  private unsupported(pos: SourcePos, what: string): void {
    this.report(pos, `unsupported: ${what} at ${pos.file ?? this.module.file}:${pos.line}:${pos.col}`, unsupportedHint);
  }

  private bindModule(): void {
    const assigned = boundNames(this.module.body, { defNames: false });
    // Module-level defs, also those under if/while/for/try (lambdas and generator expressions are values, not names).
    for (const def of nestedFunctions(this.module.body)) {
      if (def.name.startsWith('<')) {
        // Module-level lambdas and generator expressions: unique names, as nested ones get (their instances are keyed by them).
        if (!this.nodes.qualnames.has(def)) this.nodes.qualnames.set(def, `${def.name}${this.lambdaCounter++}`);
        continue;
      }
      if (this.functions.has(def.name)) {
        this.unsupported(def.namePos, `redefinition of function '${def.name}'`);
      }
      this.functions.set(def.name, def);
    }
    // Lambdas in class bodies (attribute values, method defaults): unique names too.
    for (const def of nestedFunctions(this.module.body, true)) if (!this.nodes.qualnames.has(def)) this.nodes.qualnames.set(def, `${def.name}${this.lambdaCounter++}`);
    for (const name of assigned) {
      if (this.functions.has(name)) {
        this.unsupported(this.functions.get(name)!.namePos, `assigning to '${name}', which is also a function name`);
      }
      this.globals.set(name, T.never);
    }
    this.bindImports();
    this.scopeTable = buildScopes(this.module, (d) => this.report(d.pos, d.message));
    for (const def of this.functions.values()) this.bindFunction(def);
    // Module-level and class-body lambdas too, so that the functions nested in
    // them get unique names: `Y = lambda f: (lambda x: x(x))(lambda y: ...)`
    // has two `<lambda>`s in one parent, whose instances are keyed by name.
    for (const def of nestedFunctions(this.module.body)) if (def.name.startsWith('<')) this.bindFunction(def);
    for (const def of nestedFunctions(this.module.body, true)) this.bindFunction(def);
    this.classes = collectClasses(
      this.module.body,
      (pos, what) => this.unsupported(pos, what),
      (name) => this.resolveBuiltinName(name),
      (name) => exceptionClassNames.has(name),
    );
    for (const cls of this.classes.values()) {
      if (this.functions.has(cls.name) || assigned.has(cls.name)) this.unsupported(cls.def.namePos, `reusing the class name '${cls.name}'`);
      for (const m of cls.methods.values()) {
        this.nodes.qualnames.set(m.def, `${cls.name}.${m.def.name}`);
        this.nodes.pythonQualnames.set(m.def, `${classQualname(cls.name)}.${pythonName(m.def)}`);
        // CPython names a method by its __qualname__ in argument errors (`Rect.__init__() missing ...`).
        if (!cls.name.includes('.')) this.nodes.messageNames.set(m.def, `${cls.name}.${pythonName(m.def)}`);
        this.bindFunction(m.def, true);
        for (const [accessor, role] of [[m.setter, 'setter'], [m.deleter, 'deleter']] as const) {
          if (!accessor) continue;
          this.nodes.qualnames.set(accessor, `${cls.name}.${m.def.name}.${role}`);
          this.bindFunction(accessor, true);
        }
      }
      for (const name of cls.classAttrs.keys()) this.globals.set(classAttrSlot(cls, name), T.never);
    }
  }

  /** Binds every import of the program (standard-library modules; others are unsupported). */
  private bindImports(): void {
    const visit = (stmts: S.Stmt[]) => {
      for (const s of stmts) {
        if (s.kind === 'Import') {
          for (const n of s.names) {
            const top = n.module.split('.')[0];
            // `import collections.abc as cabc`: its names are for annotations, as typing's.
            if (annotationModules.has(n.module) && !stdlibModules[n.module] && (n.asname || !n.module.includes('.'))) {
              this.imports.set(n.asname ?? n.module, { module: n.module, member: null });
              continue;
            }
            if (!stdlibModules[n.module] || (n.module.includes('.') && !n.asname)) {
              this.unsupported(n.pos, `module ${n.module}`);
              continue;
            }
            this.imports.set(n.asname ?? top, { module: n.module, member: null });
          }
        } else if (s.kind === 'ImportFrom') {
          if (s.level > 0) {
            this.unsupported(s.pos, 'relative imports');
            continue;
          }
          if (annotationModules.has(s.module)) {
            for (const n of s.names) this.imports.set(n.asname ?? n.name, { module: s.module, member: null, imported: n.name });
            continue;
          }
          const mod = stdlibModules[s.module];
          if (!mod) {
            this.unsupported(s.pos, `module ${s.module}`);
            continue;
          }
          for (const n of s.names) {
            const member = mod[n.name];
            if (!member) this.unsupported(n.pos, `${s.module}.${n.name}`);
            else this.imports.set(n.asname ?? n.name, { module: s.module, member, imported: n.name });
          }
        } else if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') visit(s.body);
        else childBlocks(s).forEach(visit);
      }
    };
    visit(this.module.body);
  }

  /**
   * `f.attr(...)` where f is a module's function and the module's table lists `f.attr`
   * (`chain.from_iterable`, `itertools.chain.from_iterable`), else null.
   */
  nestedModuleMember(inst: FunctionInstance, callee: S.AttributeExpr): { member: Extract<ModuleMember, { kind: 'func' }>; name: string } | null {
    const v = callee.value;
    let module: string | null = null;
    let fname: string | undefined;
    if (v.kind === 'Name') {
      const b = this.resolve(inst, v.id);
      if (b.kind !== 'import' || b.member?.kind !== 'func' || !stdlibModules[b.module]) return null;
      module = b.module;
      fname = Object.entries(stdlibModules[b.module]).find(([, m]) => m === b.member)?.[0];
    } else if (v.kind === 'Attribute' && v.value.kind === 'Name') {
      const b = this.resolve(inst, v.value.id);
      if (b.kind !== 'import' || b.member !== null || !stdlibModules[b.module]) return null;
      module = b.module;
      fname = v.attr;
    }
    const member = module && fname ? stdlibModules[module][`${fname}.${callee.attr}`] : undefined;
    return member?.kind === 'func' ? { member, name: `${module}.${fname}.${callee.attr}` } : null;
  }

  /** `int`, `KeyError`, `deque`...: a built-in class named in isinstance(), decided by its name. */
  isClassName(inst: FunctionInstance, c: S.Expr): boolean {
    return c.kind === 'Name' && (builtinTypeNames.has(c.id) || exceptionClassNames.has(c.id) || this.runtimeTypeName(inst, c) !== null);
  }

  /** A member of a module type: `math.pi`, `sys.stdout`... or null. */
  moduleMember(t: Type, name: string): ModuleMember | null {
    if (t.kind !== 'module') return null;
    // A dotted module name (aithon.actors), or a namespace in a module (sys.stdout).
    if (stdlibModules[t.name]) return stdlibModules[t.name][name] ?? null;
    const [mod, ...path] = t.name.split('.');
    let members: Record<string, ModuleMember> | undefined = stdlibModules[mod];
    for (const p of path) {
      const m: ModuleMember | undefined = members?.[p];
      members = m?.kind === 'namespace' ? m.members : undefined;
    }
    return members?.[name] ?? null;
  }

  /** The value of an imported name or module attribute used as a value. */
  importedValueType(at: S.Expr, module: string, member: ModuleMember | null, name: string | null): Type {
    if (!member) {
      if (annotationModules.has(module)) {
        // `from typing import Optional` read as a value names Optional; `import typing` read as a value, the module.
        this.unsupported(at.pos, `${name === null ? `the module ${module}` : `${module}.${name}`} as a value (names from ${module} are for annotations)`);
        return T.never;
      }
      return { kind: 'module', name: module };
    }
    switch (member.kind) {
      case 'const':
        return member.type === 'int' ? T.int : T.float;
      case 'data': {
        // One type per program for each module value (sys.argv's list cell belongs to this inference).
        let t = this.dataTypes.get(member);
        if (!t) this.dataTypes.set(member, (t = typeof member.type === 'function' ? member.type() : member.type));
        return t;
      }
      case 'namespace':
        return { kind: 'module', name: `${module}.${name}` };
      case 'func':
        this.unsupported(at.pos, `${module}.${name} used as a value (call it)`);
        return T.never;
      case 'special':
        this.unsupported(at.pos, `${member.name} used as a value`);
        return T.never;
      case 'type':
        this.unsupported(at.pos, `${module}.${name} used as a value (only isinstance(x, ${name}) compiles yet)`);
        return T.never;
    }
  }

  /**
   * `sys.version_info.major` (or `version_info.minor` imported from sys): the index of that field
   * of CPython's named tuple, which the runtime makes a plain tuple. Null for any other attribute.
   */
  versionInfoField(inst: FunctionInstance, e: S.AttributeExpr): number | null {
    const index = ['major', 'minor', 'micro', 'releaselevel', 'serial'].indexOf(e.attr);
    if (index < 0) return null;
    const v = e.value;
    let member: ModuleMember | null = null;
    if (v.kind === 'Name') {
      const b = this.resolve(inst, v.id);
      if (b.kind === 'import') member = b.member;
    } else if (v.kind === 'Attribute' && v.attr === 'version_info' && v.value.kind === 'Name') {
      const owner = this.resolve(inst, v.value.id);
      if (owner.kind === 'import' && owner.module === 'sys' && !owner.member) member = stdlibModules.sys.version_info;
    }
    return member === stdlibModules.sys.version_info ? index : null;
  }

  /** A name bound to a runtime type of a native module (aithon.actors.Exit), for isinstance(). */
  runtimeTypeName(inst: FunctionInstance, e: S.Expr): string | null {
    if (e.kind !== 'Name') return null;
    const b = this.resolve(inst, e.id);
    return b.kind === 'import' && b.member?.kind === 'type' ? b.member.builtin : null;
  }

  /** The special stdlib name an expression refers to (`cache`, `functools.cache`), or null. */
  specialName(e: S.Expr): string | null {
    if (e.kind === 'Name') {
      const b = this.imports.get(e.id);
      return b?.member?.kind === 'special' ? b.member.name : null;
    }
    if (e.kind === 'Attribute' && e.value.kind === 'Name') {
      const b = this.imports.get(e.value.id);
      if (b && !b.member) {
        const m = stdlibModules[b.module]?.[e.attr];
        return m?.kind === 'special' ? m.name : null;
      }
    }
    return null;
  }

  /** Is `def` memoised (@functools.cache, @lru_cache, @lru_cache(maxsize=N) with N > 0)? */
  isCached(def: S.FunctionDef): boolean {
    const limit = this.cacheLimit(def);
    return limit !== undefined && limit !== 0;
  }

  /**
   * How many results a memoised def keeps: null for no bound (@cache, maxsize=None), the
   * maxsize of @lru_cache (128 when not given, as CPython's), undefined when not memoised. A
   * bounded cache drops its least recently used entry when full; maxsize 0 caches nothing.
   */
  cacheLimit(def: S.FunctionDef): number | null | undefined {
    for (const d of def.decorators) {
      const name = this.specialName(d.kind === 'Call' ? d.func : d);
      if (name === 'functools.cache') return null;
      if (name !== 'functools.lru_cache') continue;
      if (d.kind !== 'Call') return 128;
      const given = d.args[0] ?? d.keywords.find((k) => k.name === 'maxsize')?.value;
      for (const k of d.keywords) {
        const plainTyped = k.name === 'typed' && k.value.kind === 'Bool' && !k.value.value;
        if (k.name !== 'maxsize' && !plainTyped) this.unsupported(k.pos, `lru_cache(${k.name}=...)`);
      }
      if (!given) return 128;
      if (given.kind === 'None') return null;
      if (given.kind === 'Int') return Math.max(0, Number(given.value));
      this.unsupported(given.pos, 'an lru_cache maxsize that is not an int literal or None');
    }
    return undefined;
  }

  /** functools.reduce(f, iterable[, initial]): a loop of calls of f, compiled statically. */
  private specialCallType(inst: FunctionInstance, e: S.CallExpr, name: string): Type {
    if (e.doubleStars?.length) {
      this.unsupported(e.doubleStars[0].pos, `argument unpacking (**kwargs) into ${name}()`);
      return T.never;
    }
    // defaultdict(int): the factory is a class name, not evaluated.
    const builtinFactory = (a: S.Expr) => a.kind === 'Name' && defaultdictFactories.includes(a.id) && this.resolve(inst, a.id).kind === 'builtin';
    const args = e.args.map((a, i) => (name === 'collections.defaultdict' && i === 0 && builtinFactory(a) ? T.object : this.typeExpr(inst, a)));
    if (name === 'aithon.actors.spawn' || name === 'aithon.actors.spawn_link') {
      if (args.length < 1 || e.keywords.length) {
        this.report(e.pos, 'spawn(fn, *args) needs the function to run');
        return T.never;
      }
      if (args[0].kind === 'never' || args.slice(1).some((t) => t.kind === 'never')) return T.never;
      if (args[0].kind !== 'func' || e.args[0].kind === 'Starred') {
        this.unsupported(e.args[0].pos, `spawn() of ${describe(args[0])} (only a function can be spawned)`);
        return T.object;
      }
      // `spawn(fn, *args)`: a tuple's items are arguments of their own.
      const positional = this.positionalArgs(inst, e);
      if (!positional) return T.never;
      const argTypes = positional.slice(1).map((a) => inst.typeOf(a));
      if (argTypes.some((t) => t.kind === 'never')) return T.never;
      // The actor's body: each function the value may be, specialised to the (copied) arguments.
      this.callValueType(inst, e, args[0], argTypes);
      for (const g of inst.funcCalls.get(inst.syntheticCalls.get(e)!) ?? []) if (g.target) this.spawnTargets.add(g.target);
      return T.object; // a Pid
    }
    if (name === 'collections.defaultdict') {
      const f = e.args[0];
      if (f && !builtinFactory(f)) {
        // A compiled function as the factory (`lambda: [0, 0]`, a def): the runtime calls it through an entry (see lower.ts factoryEntry).
        const ft = args[0];
        if (ft.kind === 'never') return T.object;
        if (ft.kind !== 'func' || ft.refs.length !== 1 || (ft.refs[0] as FuncRefInfo).def.params.length) {
          this.unsupported(f.pos, 'defaultdict factories other than int, float, str, list, dict, set, tuple and functions without parameters');
          return T.object;
        }
        escapeType(this.callValueType(inst, e, ft, []));
        for (const g of inst.funcCalls.get(inst.syntheticCalls.get(e)!) ?? []) if (g.target) this.factoryTargets.add(g.target);
      }
      return T.object;
    }
    if (name === 'itertools.groupby') {
      const keyArg = e.args[1] ?? e.keywords.find((k) => k.name === 'key')?.value;
      const extra = e.keywords.find((k) => k.name !== 'key');
      if (e.args.length < 1 || e.args.length > 2 || extra || (e.args.length === 2 && e.keywords.length)) {
        this.report(e.pos, extra ? `groupby() got an unexpected keyword argument '${extra.name}'` : 'groupby() takes an iterable and an optional key');
        return T.never;
      }
      if (args[0].kind === 'never') return T.never;
      const elem = this.iterElem(args[0]);
      let key = elem;
      if (keyArg) {
        const keyFn = e.args[1] ? args[1] : this.typeExpr(inst, keyArg);
        if (keyFn.kind === 'never') return T.never;
        // The items are grouped by key(item): compiled calls of the key function, made before grouping.
        if (keyFn.kind !== 'none') key = this.callValueType(inst, e, keyFn, [elem]);
      }
      // The groups are iterators of the items as values of unknown type: their attributes are read by name.
      escapeType(elem);
      return iterOf('groupby', tupleOf([key, T.object]));
    }
    if (name !== 'functools.reduce') {
      this.unsupported(e.pos, `calling ${name} (use it as a decorator)`);
      return T.never;
    }
    if (args.length < 2 || args.length > 3 || e.keywords.length) {
      this.report(e.pos, `reduce expected 2 or 3 positional arguments, got ${args.length}`);
      return T.never;
    }
    if (args.some((t) => t.kind === 'never')) return T.never;
    const elem = this.iterElem(args[1]);
    const start = args.length === 3 ? join(args[2], T.never) : elem;
    // The accumulator takes the initial value and every result of f.
    const acc = inst.siteCell(e, 'reduce');
    acc.widen('elem', start);
    const r = this.callValueType(inst, e, args[0], [acc.find().elem, elem]);
    acc.widen('elem', r);
    return acc.find().elem;
  }

  /** Types a call of a module function; null when the arguments do not fit any overload. */
  moduleCallType(inst: FunctionInstance, e: S.CallExpr, fn: Extract<ModuleMember, { kind: 'func' }>, name: string): Type {
    if (e.doubleStars?.length) {
      this.unsupported(e.doubleStars[0].pos, `argument unpacking (**kwargs) into ${name}()`);
      return T.never;
    }
    // `Counter(w for w in words)`: the runtime consumes the iterable at once, so the generator runs as a list (not on a green stack).
    if (fn.overloads.some((o) => consumingModuleFunctions.has(o.runtime))) this.markEager(e);
    // `f(*t)` with t a tuple of known length passes t's items (a `*args` forwarder's tuple, say).
    for (const a of e.args) if (a.kind === 'Starred') this.typeExpr(inst, a.value);
    const starred = starredRestCall(fn, e, (x) => inst.typeOf(x));
    if (starred) return this.starredRestCallType(inst, e, starred.o, starred.star, name);
    const positional = this.positionalArgs(inst, e);
    if (!positional) return T.never;
    const args = positional.map((a) => (this.nodes.starItems.has(a) ? inst.typeOf(a) : this.typeExpr(inst, a)));
    for (const k of e.keywords) this.typeExpr(inst, k.value);
    if (args.some((t) => t.kind === 'never')) return T.never;
    const o = pickOverload(fn, args.length, e.keywords.map((k) => k.name));
    if (!o) {
      this.report(e.pos, `${name}() cannot take ${args.length} argument${args.length === 1 ? '' : 's'}`);
      return T.never;
    }
    for (const k of e.keywords) {
      if (!o.keywords?.some((x) => x.name === k.name) && !o.names?.includes(k.name)) this.unsupported(k.pos, `keyword argument '${k.name}' of ${name}()`);
      // A keyword-only value reaches the runtime as a word it may call methods of by name (print_exc(file=buf)).
      else if (o.keywords?.some((x) => x.name === k.name)) escapeType(inst.typeOf(k.value));
    }
    // An instance passed where the runtime takes a float (math.sqrt(m)) is converted at run time by its __float__.
    o.args.forEach((how, i) => {
      if (how === 'f' && args[i]?.kind === 'instance') escapeType(args[i]);
    });
    o.effect?.(args, (t) => this.iterElem(t));
    const repeat = o.runtime === 'ai_itertools_product' ? e.keywords.find((k) => k.name === 'repeat') : undefined;
    if (repeat) {
      // product(*its, repeat=n): each tuple holds n rounds of the pools' items, a length known when n is a literal.
      const n = repeat.value.kind === 'Int' ? Number(repeat.value.value) : -1;
      const round = args.map((t) => this.iterElem(t));
      return iterOf('product', n >= 0 && n * round.length <= 32 ? tupleOf(Array.from({ length: n }, () => round).flat()) : T.object);
    }
    const sized = sizedTupleRuntimes[o.runtime];
    const r = positional[1];
    if (sized && r?.kind === 'Int' && Number(r.value) <= 32) {
      // combinations(xs, 3), permutations(xs, 2): tuples of r items of xs's item type (of unknown length otherwise).
      const item = this.iterElem(args[0]);
      return iterOf(sized, tupleOf(Array.from({ length: Number(r.value) }, () => item)));
    }
    return this.moduleResultAtSite(inst, e, resultType(o, args, (t) => this.iterElem(t)));
  }

  /** A new list/set/dict/deque made by the runtime: one container type per call site, so inference settles. */
  private moduleResultAtSite(inst: FunctionInstance, e: S.CallExpr, result: Type): Type {
    if (result.kind === 'list' || result.kind === 'set' || result.kind === 'dict' || result.kind === 'deque') {
      // deque(iterable=xs): the items come from a keyword the overload's type does not see.
      if (result.kind === 'deque' && e.keywords.some((k) => k.name === 'iterable')) {
        e.keywords.forEach((k) => escapeType(inst.typeOf(k.value)));
        return T.object;
      }
      const cell = inst.siteCell(e, 'module');
      const made = result.cell.find();
      if (result.kind === 'dict') {
        cell.widen('key', made.key);
        cell.widen('value', made.value);
      } else cell.widen('elem', made.elem);
      return { kind: result.kind, cell };
    }
    return result;
  }

  /**
   * `merge(*shards)` (stdlib.ts starredRestCall): typed as a call with one argument of x's item type. A result
   * with one tuple item per argument (`product`, `zip_longest`) has tuples of a length known when it runs: objects.
   */
  private starredRestCallType(inst: FunctionInstance, e: S.CallExpr, o: Overload, star: S.StarredExpr, name: string): Type {
    const x = inst.typeOf(star.value);
    if (x.kind === 'never') return T.never;
    const item = this.iterElem(x);
    for (const k of e.keywords) {
      this.typeExpr(inst, k.value);
      if (!o.keywords?.some((kw) => kw.name === k.name)) this.unsupported(k.pos, `keyword argument '${k.name}' of ${name}()`);
      else escapeType(inst.typeOf(k.value));
    }
    o.effect?.([item], (t) => this.iterElem(t));
    const result = resultType(o, [item], (t) => this.iterElem(t));
    if (result.kind === 'iter' && result.elem.kind === 'tuple') return iterOf(result.pyName, T.object);
    return this.moduleResultAtSite(inst, e, result);
  }

  private resolveBuiltinName(name: string): boolean {
    return implementedBuiltins.has(name) || exceptionClassNames.has(name) || otherPythonBuiltins.has(name);
  }

  private bindFunction(def: S.FunctionDef, isMethod = false): void {
    if (!isMethod) {
      for (const d of def.decorators) {
        const name = this.specialName(d.kind === 'Call' ? d.func : d);
        if (name !== 'functools.cache' && name !== 'functools.lru_cache') this.unsupported(d.pos, 'this decorator');
      }
      if (this.isCached(def)) {
        if (def.isAsync || isGeneratorBody(def.body)) this.unsupported(def.pos, 'a cached generator function');
        this.globals.set(cacheSlot(this.nodes.qualname(def)), T.object);
      }
    }
    const scope = this.scopeOf(def);
    for (const g of scope.globals) {
      if (def.params.some((p) => p.name === g)) this.report(def.pos, `name '${g}' is parameter and global`);
      if (!this.globals.has(g) && boundNames(def.body).has(g)) {
        if (this.functions.has(g)) {
          // At the `global` statement (for `module.f = g`, the one modules.ts puts at the assignment).
          const decl = def.body.find((st) => st.kind === 'Global' && st.names.includes(g));
          this.unsupported(decl?.pos ?? def.pos, `assigning to '${g}', which is also a function name`);
        }
        this.globals.set(g, T.never);
      }
    }
    // Nested functions: named after their parents (unique: <lambda> and <genexpr> get a counter), bound like any function.
    const builtinValues = new Map<string, number>();
    for (const child of scope.children) {
      const parentName = this.nodes.qualname(def);
      let local = child.def.name;
      if (local.startsWith('<')) local = `${local}${this.lambdaCounter++}`;
      else if (local.startsWith('builtins.')) {
        // A built-in's lambda (method-values.ts) is one per place the built-in is a value: the second and later
        // in one def are numbered, within that def only, so that an edit elsewhere renames none of them (serve
        // reuses an unchanged function's code).
        const n = (builtinValues.get(local) ?? 0) + 1;
        builtinValues.set(local, n);
        if (n > 1) local = `${local}${n}`;
      }
      if (!this.nodes.qualnames.has(child.def)) this.nodes.qualnames.set(child.def, `${parentName}.${local}`);
      if (!this.nodes.pythonQualnames.has(child.def) && !child.def.name.startsWith('builtins.')) this.nodes.pythonQualnames.set(child.def, `${this.nodes.pythonQualname(def) ?? def.name}.<locals>.${pythonName(child.def)}`);
      this.bindFunction(child.def);
    }
  }

  private lambdaCounter = 0;
  /** Function values' ids: per program, so that compiling the same program twice gives the same code. */
  private nextFuncRefId = 1;

  scopeOf(def: S.FunctionDef): Scope {
    const s = this.scopeTable.scopes.get(def);
    if (!s) throw new Error(`no scope for ${def.name} at ${def.pos.line}`);
    return s;
  }

  /** The function value of `def` created by the activation `outer` (null: no enclosing function). */
  /** Every function value made so far (ids from 1). */
  get allFuncRefs(): FuncRefInfo[] {
    return [...this.funcRefs.values()].flatMap((byOuter) => [...byOuter.values()]);
  }

  funcRef(def: S.FunctionDef, outer: FunctionInstance | null): FuncRefInfo {
    let byOuter = this.funcRefs.get(def);
    if (!byOuter) this.funcRefs.set(def, (byOuter = new Map()));
    let ref = byOuter.get(outer);
    if (!ref) {
      ref = { id: this.nextFuncRefId++, name: def.name, def, outer };
      byOuter.set(outer, ref);
    }
    return ref;
  }

  /** The activation of `owner` that `inst` (nested in it) sees: walk the closure chain. */
  outerInstance(inst: FunctionInstance, owner: Scope): FunctionInstance | null {
    for (let i: FunctionInstance | null = inst.outer; i; i = i.outer) if (i.def === owner.def) return i;
    return null;
  }

  /** How a name read in `inst` resolves. */
  resolve(inst: FunctionInstance, name: string): NameBinding {
    if (inst.def) {
      const scope = this.scopeOf(inst.def);
      if (scope.locals.has(name)) return { kind: 'local' };
      if (scope.free.includes(name)) {
        const owner = scope.definingScope(name)!;
        const outer = this.outerInstance(inst, owner);
        if (outer) return { kind: 'free', owner: outer, index: scope.free.indexOf(name) };
      }
    }
    if (this.imports.has(name)) {
      const b = this.imports.get(name)!;
      return { kind: 'import', module: b.module, member: b.member, imported: b.imported };
    }
    const builtin = implementedBuiltins.has(name) || exceptionClassNames.has(name) || otherPythonBuiltins.has(name);
    // A linked module's code (its nodes carry their file; main.py's do not) reads its own globals by qualified
    // names (`helpers.f`): a plain builtin name there is the builtin, even where main.py rebinds it (`len = len(xs)`).
    if (builtin && inst.def?.pos.file !== undefined) return { kind: 'builtin', name };
    if (this.functions.has(name)) return { kind: 'function', def: this.functions.get(name)! };
    if (this.classes.has(name)) return { kind: 'class', cls: this.classes.get(name)! };
    if (this.globals.has(name)) return { kind: 'global' };
    if (name === '__name__') return { kind: 'module-name' };
    if (builtin) return { kind: 'builtin', name };
    return { kind: 'undefined' };
  }

  // ------------------------------------------------------------------ inference

  /**
   * False while inference is still learning types: an item type `never` may
   * then only be not known yet (a call whose instance is not typed yet), and
   * giving sum() of it the start's type would put a wrong type into list
   * cells for good (an int list that later also holds floats becomes object).
   */
  private itemTypesSettledNow = false;
  /** Who read itemTypesSettled while it was false: only they are typed again when it turns true. */
  private readonly itemTypesSettledWatch = new WatchPoint();

  private get itemTypesSettled(): boolean {
    this.itemTypesSettledWatch.read();
    return this.itemTypesSettledNow;
  }

  /** The instance being typed: its reads are recorded, its problems kept with it. */
  private typing: FunctionInstance | null = null;
  /** Inference rounds, and instances typed over all rounds (for measuring: bench/serve, docs/build.md). */
  rounds = 0;
  instancesTyped = 0;

  private infer(): void {
    // Each round re-types the instances with what the previous rounds learnt;
    // types only grow in a finite lattice, so this terminates. A round skips
    // an instance when nothing it read while last typed has changed since
    // (`stale`, set by the watched state it read: see types.ts WatchPoint):
    // typing it again would read the same types and so add nothing. The
    // rounds, their order and every type are those of re-typing all.
    const settled = this.diagnostics.length;
    for (let round = 0; ; round++) {
      // A problem seen in an early round may vanish once types grow: only
      // the last round's diagnostics stand (an instance's, from when it was last typed).
      this.diagnostics.length = settled;
      this.reported.clear();
      this.changed = false;
      this.rounds++;
      const epochBefore = currentEpoch();
      this.addDunderEntries();
      this.typeInstance(this.moduleInstance, this.module.body);
      for (const inst of [...this.instances.values()]) this.typeInstance(inst, inst.def!.body);
      if (!this.changed && currentEpoch() === epochBefore) {
        if (this.itemTypesSettledNow) break;
        // Settled with every item type that can be known: now an iterable
        // whose items are still `never` is empty, and sum() of it is its start.
        // Like any other watched input, the flag's change makes stale only the
        // instances that read it (a sum() of items still `never`); typing the
        // others again would read what they read before and add nothing.
        this.itemTypesSettledNow = true;
        this.itemTypesSettledWatch.changed();
        continue;
      }
      if (round > 1000) throw new Error('internal error: type inference did not converge');
    }
    for (const inst of [this.moduleInstance, ...this.instances.values()]) {
      for (const { key, make } of inst.diagnostics) {
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        this.diagnostics.push(make());
      }
    }
  }

  /** Types one instance's body, if something it read last time has changed (see infer). */
  private typeInstance(inst: FunctionInstance, body: S.Stmt[]): void {
    if (!inst.stale && !this.inference.retypeAll) return;
    inst.stale = false;
    inst.diagnostics = [];
    this.instancesTyped++;
    const outerTyping = this.typing;
    const outerWatcher = watchReads(inst);
    this.typing = inst;
    try {
      this.inferBody(inst, body);
      if (inst.def && !terminates(inst.def.body)) this.setReturn(inst, T.none);
    } finally {
      this.typing = outerTyping;
      watchReads(outerWatcher);
    }
  }

  /**
   * The instances behind each class's run-time dunder entries (see
   * runtime/src/obj/userclass.h): what the runtime calls when it meets an
   * instance as a plain word (printing a list of them, sorting, hashing a
   * dict key). Comparison operands are of the class's hierarchy (others are
   * NotImplemented at run time); keys and items are any value.
   */
  readonly dunderEntries = new Map<ClassInfo, Map<string, FunctionInstance>>();
  /** Functions the runtime calls as a defaultdict's factory: each gets an `ai_word entry(ai_word env)`. */
  readonly factoryTargets = new Set<FunctionInstance>();

  /**
   * For classes whose instances reach dynamic code (their hierarchy escaped
   * into `object`): an instance of each method per number of arguments
   * (arguments of any type, defaults filled in) and of each property getter,
   * which the runtime calls for `obj.m(...)` and `obj.p` on a value it only
   * sees as a word.
   */
  readonly dynamicEntries = new Map<ClassInfo, DynamicEntry[]>();
  /** The types of module values read by this program (see importedValueType). */
  private readonly dataTypes = new Map<ModuleMember, Type>();

  /** The two flags below, watched (see infer): false until some instance sets one. */
  private readonly dynamicValueFlags = WatchedMap.of<'builtinClassValues' | 'boundMethodValues', boolean>((a, b) => a === b);

  /** Does the program make class objects of built-in types (type(x) of a value that may be an int, a str...)? */
  get builtinClassValues(): boolean {
    return this.dynamicValueFlags.get('builtinClassValues') ?? false;
  }
  set builtinClassValues(on: boolean) {
    this.dynamicValueFlags.set('builtinClassValues', on);
  }

  /** Does the program take values of unknown type by name (getattr), which may be bound methods? */
  get boundMethodValues(): boolean {
    return this.dynamicValueFlags.get('boundMethodValues') ?? false;
  }
  set boundMethodValues(on: boolean) {
    this.dynamicValueFlags.set('boundMethodValues', on);
  }

  private addDynamicEntries(cls: ClassInfo): void {
    if (!cls.hier.escaped && !cls.exceptionBase) return;
    const entries: DynamicEntry[] = [];
    const seen = new Set<string>();
    const reducible = cls.mro().some((c) => c.methods.has('__reduce__') || c.methods.has('__reduce_ex__'));
    for (const c of cls.mro()) {
      const attrMethods = [...c.classAttrs.keys()].map((name) => {
        const m = this.classAttrMethod(c, name, null);
        // Read by name at run time, CPython binds it to the instance: a closure or one of several functions cannot be.
        if (!m && this.globals.get(classAttrSlot(c, name))?.kind === 'func') this.unsupported(c.def.namePos, `a class attribute '${name}' holding several functions or a closure, on a class whose instances are used by name at run time`);
        return [name, m] as const;
      });
      for (const [name, m] of [...c.methods, ...attrMethods]) {
        if (!m) continue;
        if (seen.has(name)) continue;
        seen.add(name);
        // __call__ serves calls of instances whose type is lost (see dynamicCallType), __enter__/__exit__
        // a `with` over them, the pickle protocol's methods pickle.py, the arithmetic
        // dunders the runtime's operators on such instances (userclass.c u_binop), the comparisons those
        // with a value of another type (u_richcmp: Decimal(x) <= 0), the unary ones -x, abs(x), int(x),
        // float(x) (object.c call_dunder), __setitem__/__delitem__ item assignment and deletion there
        // (u_setitem), __getattr__ a read by name that finds nothing else (getattr(x, name), userclass.c u_getattr); other
        // dunders have their own entries.
        // __init__ only where pickle.py may call it by name: a class whose __reduce__ returns (cls, args).
        if ((name === '__init__' && !reducible) || (name !== '__init__' && !dynamicEntryDunders.has(name) && !arithmeticDunders.has(name) && !comparisonDunders.has(name) && !unaryDunders.has(name) && name.startsWith('__') && name.endsWith('__'))) continue;
        const params = m.def.params;
        // Instances of an exception class are exception objects.
        const self: Type = cls.exceptionBase ? T.exception : instanceOf([cls]);
        if (m.kind === 'property') {
          if (params.length === 1) entries.push({ name, kind: 'property', nargs: 0, inst: this.instanceFor(m.def, [self], m.owner) });
          // `x.name = v` by name (x of unknown type) runs the setter, as CPython's data descriptor does.
          if (m.setter?.params.length === 2 && m.setter.params.every((p) => p.kind === 'normal')) entries.push({ name, kind: 'setter', nargs: 1, inst: this.instanceFor(m.setter, [self, T.object], m.owner) });
          continue;
        }
        // Positional parameters, and a `*args` last (`def __call__(self, *args)`): its entries pack the extra words into the tuple.
        // Keyword-only parameters (after the positional ones) take entry positions too: the runtime binds them only by name.
        const varargs = params.length > 0 && params[params.length - 1].kind === 'varargs';
        const positional = varargs ? params.slice(0, -1) : params;
        if (m.kind !== 'instance' || positional.length === 0 || positional.some((p) => p.kind !== 'normal' && p.kind !== 'kwonly')) continue;
        const rest = positional.slice(1);
        const required = rest.filter((p) => !p.defaultValue).length;
        for (let k = required; k <= (varargs ? maxDynamicArgs : Math.min(rest.length, maxDynamicArgs)); k++) {
          const given = Math.min(k, rest.length);
          const defaults = rest.slice(given).map((p) => this.globals.get(this.nodes.defaultSlot(m.def, p)) ?? T.never);
          if (defaults.some((t) => t.kind === 'never')) continue;
          const packed: Type[] = varargs ? [{ kind: 'tuple', elems: Array<Type>(k - given).fill(T.object) }] : [];
          const args = [self, ...Array<Type>(given).fill(T.object), ...defaults, ...packed];
          entries.push({ name, kind: 'method', nargs: k, inst: this.instanceFor(m.def, args, m.owner) });
        }
      }
    }
    // What an entry returns reaches the runtime as a word: dynamic code may read its attributes by name.
    for (const e of entries) escapeType(this.resultOf(e.inst));
    this.dynamicEntries.set(cls, entries);
  }

  private addDunderEntries(): void {
    for (const cls of this.classes.values()) {
      this.addDynamicEntries(cls);
      for (const [name, operand] of dunderEntryNames) {
        // An exception class's own __str__/__repr__ serve str(e) and tracebacks.
        if (cls.exceptionBase && name !== '__str__' && name !== '__repr__') continue;
        const m = cls.lookup(name)?.method;
        if (!m || m.kind !== 'instance') continue;
        const params = m.def.params;
        const arity = operand === null ? 1 : 2;
        if (params.length !== arity || params.some((p) => p.kind !== 'normal')) continue;
        const args: Type[] = [cls.exceptionBase ? T.exception : instanceOf([cls])];
        // A str- or int-valued enum's comparisons take any value (a member is equal to its value: `m in ("red",)`, dict lookups).
        if (operand === 'hierarchy') args.push(comparisonDunders.has(name) && cls.valueType ? T.object : instanceOf(cls.hier.classes));
        else if (operand === 'object') args.push(T.object);
        else if (operand === 'str') args.push(T.str);
        let entries = this.dunderEntries.get(cls);
        if (!entries) this.dunderEntries.set(cls, (entries = new Map()));
        const target = this.instanceFor(m.def, args, m.owner);
        entries.set(name, target);
        // What the runtime gets from it (the items a generator __iter__ yields to `list(obj)`, __next__'s or
        // __getitem__'s result) is a word to dynamic code: their attributes are read by name. Not an awaitable's
        // __iter__ (the parser's, for `await`): awaits are compiled with static types only, and escaping what
        // asyncio's futures yield would leave its coroutines untyped.
        if (name !== '__iter__' || !cls.lookup('__await__')) escapeType(this.resultOf(target));
      }
    }
  }

  /** The type of an argument bound to a parameter (packed *args/**kwargs are typed here). */
  private argType(inst: FunctionInstance, a: S.Expr): Type {
    if (this.nodes.packedWithTail.has(a)) {
      for (const el of (a as S.TupleExpr).elts) if (!this.nodes.listStarTails.has(el)) escapeType(this.typeExpr(inst, el));
      inst.exprTypes.set(a, T.object);
      return T.object;
    }
    return this.nodes.packedArgs.has(a) ? this.typeExpr(inst, a) : inst.typeOf(a);
  }

  /** What calling an instance gives: its return value, or a generator of what it yields. */
  resultOf(target: FunctionInstance): Type {
    return target.isGenerator ? iterOf('generator', target.yieldType, target.returnType) : target.returnType;
  }

  // setReturn, assign, the yield's join and joinArgs join into state without
  // reading it (unwatched): the result is the same whatever it held.

  private setReturn(inst: FunctionInstance, t: Type): void {
    unwatched(() => {
      const j = join(inst.returnType, t);
      if (!sameType(j, inst.returnType)) {
        inst.returnType = j;
        this.changed = true;
      }
    });
  }

  private assign(inst: FunctionInstance, name: string, t: Type): void {
    const b = inst.def !== null ? this.resolve(inst, name) : null;
    // A nonlocal assignment widens the variable in the enclosing activation.
    const table = b?.kind === 'local' ? inst.locals : b?.kind === 'free' ? b.owner.locals : this.globals;
    unwatched(() => {
      const old = table.get(name) ?? T.never;
      const j = join(old, t);
      if (!sameType(j, old) || !table.has(name)) {
        table.set(name, j);
        if (!sameType(j, old)) this.changed = true;
      }
    });
  }

  instanceFor(def: S.FunctionDef, argTypes: Type[], cls: ClassInfo | null = null, outer: FunctionInstance | null = null): FunctionInstance {
    let types = argTypes;
    let instKey = `${outer ? `${outer.key}/` : ''}${this.nodes.qualname(def)}(${types.map(typeKey).join(',')})`;
    let inst = this.instances.get(instKey);
    if (inst) return this.joinArgs(inst, types);
    if ((this.instanceCounts.get(def) ?? 0) >= maxInstancesPerFunction) {
      // One generic instance: arguments become dynamic values, except function arguments, which stay
      // callable (their possible functions are joined) so that calls through them still compile.
      // Instances keep their classes too (a receiver, an object passed along, also inside a tuple
      // of arguments): making one dynamic would make every attribute of its class dynamic, in the whole program.
      // Generators (coroutines) stay generators: they are joined, as functions are.
      // Long or deeply nested tuples become dynamic: a tuple that grows at each recursive call
      // (`chosen + (x,)` in a backtracking search, `path = (path, x)`) would make a new instance at each size, without end.
      // (Longer tuples become tuples of variable length: their item types stay.)
      const generic = (t: Type, depth = 0): Type =>
        t.kind === 'func' || t.kind === 'instance' || t.kind === 'iter'
          ? t
          : t.kind === 'tuple' && t.elems.length <= maxGenericTupleLength && depth < 3
            ? tupleOf(t.elems.map((x) => generic(x, depth + 1)))
            : isTupleType(t) && depth < 3
              ? varTupleOf(generic(tupleItemType(t), depth + 1))
              : join(T.object, t);
      const genericKey = (t: Type): string =>
        t.kind === 'func' ? 'function*' : t.kind === 'iter' ? `${t.pyName}*` : t.kind === 'tuple' ? `tuple[${t.elems.map(genericKey).join(',')}]` : t.kind === 'vartuple' ? `tuple[${genericKey(t.elem)},...]` : t.kind === 'object' ? typeKey(t) : `${typeKey(t)}*`;
      types = types.map((t) => generic(t));
      instKey = `${outer ? `${outer.key}/` : ''}${this.nodes.qualname(def)}(${types.map(genericKey).join(',')})`;
      inst = this.instances.get(instKey);
      if (inst) return this.joinArgs(inst, types);
    }
    inst = new FunctionInstance(def, types, instKey);
    inst.cls = cls;
    inst.outer = outer;
    def.params.forEach((p, i) => inst!.locals.set(p.name, types[i]));
    this.instances.set(inst.key, inst);
    this.instanceCounts.set(def, (this.instanceCounts.get(def) ?? 0) + 1);
    this.changed = true;
    return inst;
  }

  /** Containers passed to an existing instance share cells with its parameters (they may alias). */
  private joinArgs(inst: FunctionInstance, types: Type[]): FunctionInstance {
    unwatched(() =>
      types.forEach((t, i) => {
        const j = join(inst.argTypes[i], t);
        if (!sameType(j, inst.argTypes[i])) inst.argTypesChanged();
        inst.argTypes[i] = j;
        const p = inst.def!.params[i].name;
        inst.locals.set(p, join(inst.locals.get(p) ?? T.never, j));
      }),
    );
    return inst;
  }

  /**
   * Types a block. `narrowed` (what a test proved before the block: `while node is not None:`, `if x is None:
   * return`) holds for each name up to the first statement that assigns it, and through that statement when
   * it is `name = value` (the value is read before the store: `node = node.next`); `test` is where they were proved.
   */
  private inferBody(inst: FunctionInstance, stmts: S.Stmt[], narrowed: { name: string; type: Type }[] = [], test?: S.Expr): void {
    // Types are recorded per node: a node shared by the test and the block (desugared `match`) cannot have two.
    let live = test && sharesNodes(test, stmts) ? [] : narrowed;
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      const ending = live.filter((n) => assignsName([s], n.name));
      const storesLast = storesNamesLast(s) && !ending.some((n) => assignsName([(s as S.AssignStmt | S.AugAssignStmt).value], n.name));
      const during = storesLast ? live : live.filter((n) => !ending.includes(n));
      for (const n of during) this.narrowings.push({ inst, ...n });
      try {
        this.inferStmt(inst, s);
      } finally {
        this.narrowings.length -= during.length;
      }
      live = live.filter((n) => !ending.includes(n));
      // The rest of the block cannot run (lower.ts stops at the same statements).
      if (this.endsBlock(inst, s)) break;
      // `if x is None: return` (or raise, break, continue): x is not None in the rest of the block.
      if (s.kind === 'If' && !s.orelse.length && s.body.some((b) => this.endsBlock(inst, b))) {
        const notNone = this.noneNarrowings(inst, s.test, false);
        const rest = stmts.slice(i + 1);
        if (notNone.length && !sharesNodes(s.test, rest)) {
          this.inferBody(inst, rest, [...live, ...notNone]);
          return;
        }
      }
    }
  }

  /** isinstance() narrowings in effect while typing a guarded body (innermost last). */
  private readonly narrowings: { inst: FunctionInstance; name: string; type: Type }[] = [];

  private narrowedType(inst: FunctionInstance, name: string): Type | null {
    for (let i = this.narrowings.length - 1; i >= 0; i--) {
      const n = this.narrowings[i];
      if (n.inst === inst && n.name === name) return n.type;
    }
    return null;
  }

  /**
   * Runs `typeGuarded` with the variables `test` proves instances of a class
   * (`isinstance(x, C)`, `and` of such tests) narrowed to those classes: a
   * value of unknown type gets C's static type there, so `x.method(k=v)` and
   * `x.attr` compile as on a C. Only where `guarded` never assigns the name.
   */
  private withNarrowing<R>(inst: FunctionInstance, test: S.Expr, guarded: (S.Stmt | S.Expr)[], typeGuarded: () => R): R {
    return this.withNarrowed(inst, this.isinstanceNarrowings(inst, test), test, guarded, typeGuarded);
  }

  /** Runs `typeGuarded` with `narrowed` in effect, those of them `guarded` never assigns. */
  private withNarrowed<R>(inst: FunctionInstance, narrowed: { name: string; type: Type }[], test: S.Expr, guarded: (S.Stmt | S.Expr)[], typeGuarded: () => R): R {
    let found = narrowed.filter((n) => !assignsName(guarded, n.name));
    // Types are recorded per node: a node shared by the test and the guarded code (desugared `match`) cannot have two.
    if (found.length && sharesNodes(test, guarded)) found = [];
    for (const n of found) this.narrowings.push({ inst, ...n });
    try {
      return typeGuarded();
    } finally {
      this.narrowings.length -= found.length;
    }
  }

  /**
   * Variables of an optional type (types.ts OptionalType) that `test` proves not None when it is
   * `truth`: `x is not None`, `x` (true) and `x is None`, `not x` (false), `and` (true) and `or` (false) of those.
   */
  private noneNarrowings(inst: FunctionInstance, test: S.Expr, truth: boolean): { name: string; type: Type }[] {
    if (test.kind === 'BoolOp' && test.op === (truth ? 'and' : 'or')) return [...this.noneNarrowings(inst, test.left, truth), ...this.noneNarrowings(inst, test.right, truth)];
    if (test.kind === 'Unary' && test.op === 'not') return this.noneNarrowings(inst, test.operand, !truth);
    let subject: S.Expr | null = null;
    if (test.kind === 'Name' && truth) subject = test;
    else if (test.kind === 'Compare' && test.ops.length === 1 && test.ops[0] === (truth ? 'is not' : 'is')) {
      if (test.comparators[0].kind === 'None') subject = test.left;
      else if (test.left.kind === 'None') subject = test.comparators[0];
    }
    if (subject?.kind !== 'Name' || subject.id.startsWith('$') || this.resolve(inst, subject.id).kind !== 'local') return [];
    const current = this.narrowedType(inst, subject.id) ?? inst.locals.get(subject.id);
    if (current?.kind === 'optional') return [{ name: subject.id, type: (current as OptionalType).of }];
    // Optional[C]: an instance there, whose attributes need no None check.
    if (current?.kind === 'instance' && current.orNone) return [{ name: subject.id, type: instanceOf(current.classes) }];
    return [];
  }

  /** Runs `typeGuarded` with the variables `test` proves not None when it is `truth` (false unless told), where `guarded` never assigns them. */
  private withNoneNarrowing<R>(inst: FunctionInstance, test: S.Expr, guarded: (S.Stmt | S.Expr)[], typeGuarded: () => R, truth = false): R {
    return this.withNarrowed(inst, this.noneNarrowings(inst, test, truth), test, guarded, typeGuarded);
  }

  private isinstanceNarrowings(inst: FunctionInstance, test: S.Expr): { name: string; type: Type }[] {
    if (test.kind === 'BoolOp' && test.op === 'and') return [...this.isinstanceNarrowings(inst, test.left), ...this.isinstanceNarrowings(inst, test.right)];
    const notNone = this.noneNarrowings(inst, test, true);
    if (notNone.length) return notNone;
    if (test.kind !== 'Call' || test.func.kind !== 'Name' || test.func.id !== 'isinstance' || test.args.length !== 2 || test.keywords.length) return [];
    if (this.resolve(inst, 'isinstance').kind !== 'builtin') return [];
    const [subject, spec] = test.args;
    // Compiler temporaries (`$m1` of a desugared match) may share nodes with code outside the guard.
    if (subject.kind !== 'Name' || subject.id.startsWith('$') || this.resolve(inst, subject.id).kind !== 'local') return [];
    const classes: ClassInfo[] = [];
    for (const c of spec.kind === 'Tuple' ? spec.elts : [spec]) {
      const b = c.kind === 'Name' ? this.resolve(inst, c.id) : null;
      if (b?.kind !== 'class' || b.cls.exceptionBase) return [];
      for (const k of this.classes.values()) if (k.isSubclassOf(b.cls) && !classes.includes(k)) classes.push(k);
    }
    if (!classes.length || classes.some((c) => c.hier !== classes[0].hier)) return [];
    const current = this.narrowedType(inst, subject.id) ?? inst.locals.get(subject.id);
    if (current?.kind === 'object') return [{ name: subject.id, type: instanceOf(classes) }];
    if (current?.kind === 'instance' && current.hier === classes[0].hier) {
      const kept = (current.classes as ClassInfo[]).filter((c) => classes.includes(c));
      if (kept.length && (kept.length < current.classes.length || current.orNone)) return [{ name: subject.id, type: instanceOf(kept) }];
    }
    return [];
  }

  /** Does `s` end its block on every path, counting branches a static condition rules out? */
  endsBlock(inst: FunctionInstance, s: S.Stmt): boolean {
    if (s.kind === 'Return' || s.kind === 'Raise' || s.kind === 'Break' || s.kind === 'Continue') return true;
    if (s.kind !== 'If') return false;
    const known = this.staticCondition(inst, s.test);
    if (known === null) return false;
    const taken = known ? s.body : s.orelse;
    return taken.some((x) => this.endsBlock(inst, x));
  }

  /**
   * The value of an `if` test that this specialisation decides statically:
   * `x is None` / `x is not None` of a variable whose type is None, or cannot
   * be None (a parameter that is None in one call and a node in another gets
   * one instance per case), `not`, `and`/`or` of such tests, and the truth of a
   * variable that is None. null when the value is known only at run time. The
   * branch ruled out is neither typed nor compiled, as in `if node is None:
   * return` followed by `node.left`, with `node` None in this specialisation.
   */
  staticCondition(inst: FunctionInstance, e: S.Expr): boolean | null {
    const typeOfName = (x: S.Expr): Type | null => {
      if (x.kind !== 'Name') return null;
      const b = this.resolve(inst, x.id);
      if (b.kind !== 'local' && b.kind !== 'free') return null;
      const t = inst.typeOf(x);
      return t.kind === 'never' ? null : t;
    };
    const canBeNone = (t: Type) => t.kind === 'none' || t.kind === 'object' || t.kind === 'optional' || (t.kind === 'instance' && t.orNone);
    switch (e.kind) {
      case 'Compare': {
        if (e.ops.length !== 1 || (e.ops[0] !== 'is' && e.ops[0] !== 'is not')) return null;
        const [a, b] = [e.left, e.comparators[0]];
        const other = a.kind === 'None' ? b : b.kind === 'None' ? a : null;
        const t = other && typeOfName(other);
        if (!t) return null;
        let isNone: boolean | null = null;
        if (t.kind === 'none') isNone = true;
        else if (!canBeNone(t)) isNone = false;
        if (isNone === null) return null;
        return e.ops[0] === 'is' ? isNone : !isNone;
      }
      case 'Unary': {
        if (e.op !== 'not') return null;
        const v = this.staticCondition(inst, e.operand);
        return v === null ? null : !v;
      }
      case 'BoolOp': {
        const l = this.staticCondition(inst, e.left);
        if (l === null) return null;
        // `a or b` with a true (`a and b` with a false) never evaluates b.
        if (e.op === 'or' ? l : !l) return l;
        return this.staticCondition(inst, e.right);
      }
      case 'Name': {
        const t = typeOfName(e);
        return t?.kind === 'none' ? false : null;
      }
      default:
        return null;
    }
  }

  /** Types what an assignment to `target` of a value of type `t` binds. */
  private assignTarget(inst: FunctionInstance, target: S.Expr, t: Type): void {
    switch (target.kind) {
      case 'Name':
        this.assign(inst, target.id, t);
        this.typeExpr(inst, target);
        return;
      case 'Subscript': {
        const container = this.typeExpr(inst, target.value);
        const index = this.typeExpr(inst, target.index);
        if (container.kind === 'instance') {
          if (this.hasMethod(container, '__setitem__')) this.dispatchCall(inst, target, 'setitem', container, '__setitem__', [index, t], null);
        } else if ((container.kind === 'list' || container.kind === 'deque') && target.index.kind !== 'Slice') container.cell.widen('elem', t);
        else if (container.kind === 'list') container.cell.widen('elem', this.iterElem(t));
        else if (container.kind === 'dict') {
          container.cell.widen('key', index);
          container.cell.widen('value', t);
        } else if (container.kind !== 'never') {
          // Stored into a value of unknown type (a list kept with None, say): read back by name at run time.
          escapeType(index);
          escapeType(t);
        }
        return;
      }
      case 'Attribute': {
        const recv = this.typeExpr(inst, target.value);
        if (recv.kind === 'instance') {
          const setters = recv.classes.map((c) => (c as ClassInfo).lookup(target.attr)).filter((f) => f?.method?.kind === 'property');
          if (isDynamicAttributeWrite(target, recv)) {
            // setattr(obj, 'name', v) (instance-dict.ts outsideWritesBySetattr): the instance's own dict, or its slot of that name.
            escapeType(recv);
            escapeType(t);
            this.addInstanceDict(recv);
            if (hasAttributeHook(recv, '__setattr__')) this.keepSlotsStoredByName(recv, target.attr);
          } else if (setters.length) {
            if (setters.length !== recv.classes.length) this.unsupported(target.pos, `'${target.attr}' that is a property on some classes only`);
            this.dispatchCall(inst, target, 'set', recv, target.attr, [t], null, (m) => m.setter);
          } else (recv.hier as Hierarchy).widen(target.attr, t);
        } else if (recv.kind === 'class') {
          const cls = recv.cls as ClassInfo;
          const problem = classAttrWriteProblem(cls, target.attr);
          if (problem) {
            this.unsupported(target.pos, problem);
            return;
          }
          // CPython binds the name in that class's own __dict__: a variable of its own (bound from then on), which
          // reads through the class, its subclasses and their instances try first (classes.ts classAttrHolders).
          if (!cls.classAttrs.has(target.attr)) cls.attrsSetOutsideBody.add(target.attr);
          this.assign(inst, classAttrSlot(cls, target.attr), t);
        } else if (recv.kind === 'exception') {
          // `self.code = code` in a user exception class: kept with the exception at run time.
          escapeType(t);
        } else if (recv.kind === 'object') {
          // A value of unknown type (an instance whose class escaped, say a deque's item): set by name
          // at run time, into the slot of that name (all of an escaped hierarchy's slots hold words).
          // A class without a slot of that name keeps it in the instance's own dict, as CPython adds it to __dict__
          // (classes with __slots__ raise AttributeError, as CPython's do).
          escapeType(t);
          // A class object of unknown type: its class attributes are variables the program reads where the class is known (classAttrHolders).
          // (Where an instance of unknown type has a slot of that name, the write is taken to be the instance's.)
          const instanceSlot = [...this.classes.values()].some((c) => c.hier.escaped && c.hier.slots.has(target.attr));
          const viaClass = instanceSlot ? undefined : (escapedClasses() as ClassInfo[]).find((c) => this.classAttrType(c, target.attr));
          if (viaClass) this.unsupported(target.pos, `setting the attribute '${target.attr}' on a value of unknown type that may be the class ${shownClassName(viaClass.name)} (a class kept with other values: set it through the class by name)`);
          for (const c of this.classes.values()) {
            if (!c.hier.escaped) continue;
            if (c.hier.slots.has(target.attr)) c.hier.widen(target.attr, t);
            else this.addInstanceDict(instanceOf([c]));
          }
        } else if (recv.kind !== 'never' && recv.kind !== 'none') {
          // (None has no attributes: AttributeError at run time. A value seen as None only so far may be an instance later.)
          this.unsupported(target.pos, `setting attributes on ${describe(recv)} values`);
        }
        return;
      }
      case 'Tuple':
      case 'List': {
        const parts = unpackTypes(t, target.elts, (x) => this.iterElem(x), () => this.siteCellOf(inst, target));
        target.elts.forEach((el, i) => this.assignTarget(inst, el.kind === 'Starred' ? el.value : el, parts[i]));
        return;
      }
      case 'Starred':
        this.report(target.pos, 'starred assignment target must be in a list or tuple');
        return;
      default:
        this.report(target.pos, 'cannot assign to this expression');
    }
  }

  /** The type iteration over a value of type `t` yields (`never`: not iterable). */
  iterElem(t: Type): Type {
    switch (t.kind) {
      case 'list':
      case 'set':
      case 'deque':
        return elemOf(t);
      case 'dict':
        return keyOf(t);
      case 'str':
        return T.str;
      case 'tuple':
        return t.elems.reduce((a, b) => join(a, b), T.never as Type);
      case 'vartuple':
        return t.elem;
      case 'iter':
        return t.elem;
      case 'object':
      case 'instance':
        // An instance iterates through its class's __iter__ (or __getitem__) at run time, or raises TypeError there.
        return T.object;
      default:
        return T.never;
    }
  }

  private siteCellOf(inst: FunctionInstance, node: object, tag = ''): Cell {
    return inst.siteCell(node, tag);
  }

  private inferStmt(inst: FunctionInstance, s: S.Stmt): void {
    switch (s.kind) {
      case 'ExprStmt':
        this.typeExpr(inst, s.expr);
        return;
      case 'Assign': {
        this.optionalUses.add(s.value);
        const t = this.typeExpr(inst, s.value);
        for (const target of s.targets) this.assignTarget(inst, target, t);
        return;
      }
      case 'AnnAssign':
        if (s.value) {
          this.optionalUses.add(s.value);
          this.assignTarget(inst, s.target, this.typeExpr(inst, s.value));
        }
        return;
      case 'AugAssign': {
        const target = this.typeExpr(inst, s.target);
        const value = this.typeExpr(inst, s.value);
        // list += iterable and the set/dict in-place operators mutate the object itself.
        const inPlace = inPlaceMethod(target, s.op);
        if (inPlace) {
          if (target.kind === 'list' || target.kind === 'set' || target.kind === 'deque') target.cell.widen('elem', this.iterElem(value));
          else if (target.kind === 'dict' && value.kind === 'dict') {
            target.cell.widen('key', keyOf(value));
            target.cell.widen('value', valueOf(value));
          }
          if (s.target.kind !== 'Name') this.assignTarget(inst, s.target, target);
          return;
        }
        // `x += y` on an instance calls __iadd__ when its class has one (else __add__, as a + b).
        const inPlaceDunder = dunderNames[s.op] ? `__i${dunderNames[s.op][0].slice(2)}` : '';
        const result =
          target.kind === 'instance' && inPlaceDunder && this.hasMethod(target, inPlaceDunder) && !operatorNeedsProtocol(target, value, dunderNames[s.op][1])
            ? this.dispatchCall(inst, s, 'iop', target, inPlaceDunder, [value], null).result
            : target.kind === 'instance' || value.kind === 'instance'
              ? (this.dunderBinaryType(inst, s as unknown as S.Expr, s.op, target, value) ?? T.never)
              : binaryType(s.op, target, value, s.value, s.target);
        if (s.target.kind === 'Name') this.assign(inst, s.target.id, result);
        else this.assignTarget(inst, s.target, result);
        return;
      }
      case 'If': {
        this.typeTest(inst, s.test);
        // Decided in this specialisation (staticCondition: None tests; staticTest and
        // staticIsinstance: the specialised types), recorded for lower: only that branch is typed and compiled.
        const known = this.staticCondition(inst, s.test) ?? staticTest(s.test, (x) => inst.typeOf(x), (n) => this.resolve(inst, n).kind === 'builtin') ?? this.staticIsinstance(inst, s.test);
        if (known === null) inst.staticTests.delete(s);
        else inst.staticTests.set(s, known);
        if (known !== false) this.withNarrowing(inst, s.test, s.body, () => this.inferBody(inst, s.body));
        if (known !== true) this.withNoneNarrowing(inst, s.test, s.orelse, () => this.inferBody(inst, s.orelse));
        return;
      }
      case 'While':
        this.typeTest(inst, s.test);
        // `while node is not None:` with node None in this specialisation: the body never runs.
        if (this.staticCondition(inst, s.test) !== false) this.inferBody(inst, s.body, this.isinstanceNarrowings(inst, s.test), s.test);
        this.inferBody(inst, s.orelse);
        return;
      case 'For': {
        const elem = this.forElemType(inst, s.iter);
        this.assignTarget(inst, s.target, elem);
        this.inferBody(inst, s.body);
        this.inferBody(inst, s.orelse);
        return;
      }
      case 'Return':
        if (!inst.def) {
          this.report(s.pos, "'return' outside function");
          return;
        }
        if (s.value) this.optionalUses.add(s.value);
        this.setReturn(inst, s.value ? this.typeExpr(inst, s.value) : T.none);
        return;
      case 'FunctionDef':
        // A def evaluates its defaults when it runs (kept in module globals).
        for (const p of s.params) {
          if (p.defaultValue) this.assign(this.moduleInstance, this.nodes.defaultSlot(s, p), this.typeExpr(inst, p.defaultValue));
        }
        if (inst.def) this.assign(inst, s.name, funcOf([this.funcRef(s, inst)]));
        return;
      case 'ClassDef': {
        if (inst.def) {
          this.unsupported(s.pos, 'a class defined inside a function that may run more than once (each run makes a new class object; see docs/language.md)');
          return;
        }
        const cls = this.classes.get(s.name)!;
        for (const [name, value] of cls.classAttrs) this.assign(this.moduleInstance, classAttrSlot(cls, name), this.typeExpr(inst, value));
        for (const item of cls.bodyStatements) this.inferStmt(inst, item);
        for (const m of cls.methods.values()) {
          for (const d of [m.def, m.setter, m.deleter]) {
            if (!d) continue;
            for (const p of d.params) if (p.defaultValue) this.assign(this.moduleInstance, this.nodes.defaultSlot(d, p), this.typeExpr(inst, p.defaultValue));
          }
        }
        return;
      }
      case 'Try':
        this.inferBody(inst, s.body);
        for (const h of s.handlers) {
          if (h.type) this.exceptionClasses(inst, h.type);
          if (h.name) this.assign(inst, h.name, T.exception);
          this.inferBody(inst, h.body);
        }
        this.inferBody(inst, s.orelse);
        this.inferBody(inst, s.finalbody);
        return;
      case 'Raise':
        if (s.exc) this.exceptionValue(inst, s.exc);
        if (s.cause && s.cause.kind !== 'None') this.exceptionValue(inst, s.cause);
        return;
      case 'Assert':
        this.typeTest(inst, s.test);
        if (s.msg) this.typeExpr(inst, s.msg);
        return;
      case 'Del':
        for (const t of s.targets) {
          if (t.kind === 'Subscript') {
            const container = this.typeExpr(inst, t.value);
            const index = this.typeExpr(inst, t.index);
            if (container.kind === 'instance' && this.hasMethod(container, '__delitem__')) this.dispatchCall(inst, t, 'delitem', container, '__delitem__', [index], null);
          } else if (t.kind === 'Name') {
            this.typeExpr(inst, t);
          } else if (t.kind === 'Attribute') {
            // del obj.name: a property's deleter; else delattr(obj, 'name') (lower.ts), by name at run time.
            const owner = this.typeExpr(inst, t.value);
            if (owner.kind === 'class') {
              // `del C.x`: C's own variable for x, set outside the class body (classes.ts classAttrHolders), unbound again.
              const cls = owner.cls as ClassInfo;
              if (cls.classAttrs.has(t.attr)) this.unsupported(t.pos, `deleting the class attribute '${t.attr}' that the body of class ${shownClassName(cls.name)} binds`);
              else {
                const problem = classAttrWriteProblem(cls, t.attr);
                if (problem) this.unsupported(t.pos, problem);
              }
              continue;
            }
            if (owner.kind === 'instance' && !hasAttributeHook(owner, '__delattr__')) {
              const props = owner.classes.map((c) => (c as ClassInfo).lookup(t.attr)).filter((f) => f?.method?.kind === 'property');
              if (props.length) {
                if (props.length !== owner.classes.length) this.unsupported(t.pos, `'${t.attr}' that is a property on some classes only`);
                this.dispatchCall(inst, t, 'delete', owner, t.attr, [], null, (m) => m.deleter ?? null);
                continue;
              }
            }
            escapeType(owner);
            if (owner.kind !== 'instance' || !(owner.hier as Hierarchy).slots.has(t.attr)) this.addInstanceDict(owner);
          } else this.unsupported(t.pos, 'del of this target');
        }
        return;
      case 'Global':
      case 'Nonlocal':
      case 'Import':
      case 'ImportFrom':
      case 'Break':
      case 'Continue':
      case 'Pass':
        return;
    }
  }

  /** The element type of a for loop's iterable; `for x in range(...)` is the counted loop. */
  private forElemType(inst: FunctionInstance, iter: S.Expr): Type {
    if (isRangeCall(iter) && this.resolve(inst, 'range').kind === 'builtin') {
      if (iter.keywords.length || iter.args.length < 1 || iter.args.length > 3) {
        this.report(iter.pos, `range expected 1 to 3 positional arguments, got ${iter.args.length}`);
        return T.never;
      }
      let ok = true;
      let dynamic = false;
      for (const a of iter.args) {
        const t = this.typeExpr(inst, a);
        if (t.kind === 'never') ok = false;
        if (t.kind === 'object') dynamic = true;
      }
      if (dynamic) {
        // Bounds of varying type: a range object iterated at run time (it raises TypeError for non-ints).
        inst.dynamicRangeLoops.add(iter);
        return this.iterElem(this.typeExpr(inst, iter));
      }
      inst.dynamicRangeLoops.delete(iter);
      this.exprTypesSet(inst, iter, T.never);
      return ok ? T.int : T.never;
    }
    if (iter.kind === 'GeneratorExp' || isMapOrFilter(iter)) this.eagerGenerators.set(iter, true);
    return this.iterElem(this.typeExpr(inst, iter));
  }

  /** `except X` / `except (X, Y)`: names of built-in exception classes. */
  private exceptionClasses(inst: FunctionInstance, e: S.Expr): void {
    const names = e.kind === 'Tuple' ? e.elts : [e];
    for (const n of names) {
      const b = n.kind === 'Name' ? this.resolve(inst, n.id) : null;
      if (b?.kind === 'class' && b.cls.exceptionBase) continue;
      if (n.kind !== 'Name' || !exceptionClassNames.has(n.id) || b?.kind !== 'builtin') {
        this.unsupported(n.pos, 'except clauses naming anything but built-in exception classes');
      }
    }
  }

  /** `raise X(...)` / `raise X` / `raise e`. */
  private exceptionValue(inst: FunctionInstance, e: S.Expr): void {
    if (e.kind === 'Name' && exceptionClassNames.has(e.id) && this.resolve(inst, e.id).kind === 'builtin') return;
    if (e.kind === 'Name') {
      const b = this.resolve(inst, e.id);
      if (b.kind === 'class' && b.cls.exceptionBase) return;
    }
    // Anything else raises TypeError("exceptions must derive from BaseException") when the line runs, as in CPython.
    this.typeExpr(inst, e);
  }

  private exprTypesSet(inst: FunctionInstance, e: S.Expr, t: Type): Type {
    inst.exprTypes.set(e, t);
    return t;
  }

  typeExpr(inst: FunctionInstance, e: S.Expr): Type {
    if (this.nodes.presetArgs.has(e)) return inst.typeOf(e);
    const t = this.computeType(inst, e);
    if (t.kind === 'optional' && !this.optionalUses.has(e)) {
      // A value that may be None used where its type decides nothing yet (an operand, an argument):
      // a value of unknown type there, which dynamic code may change (types.ts OptionalType).
      escapeType(t.of);
      return this.exprTypesSet(inst, e, T.object);
    }
    return this.exprTypesSet(inst, e, t);
  }

  /**
   * Expressions whose value keeps an optional type (types.ts OptionalType): a value assigned or
   * returned, which keeps it, and an operand of `is None`, which needs no more. Elsewhere it is `object`.
   */
  private readonly optionalUses = new WeakSet<S.Expr>();

  private computeType(inst: FunctionInstance, e: S.Expr): Type {
    switch (e.kind) {
      case 'Int':
        return T.int;
      case 'Float':
        return T.float;
      case 'Str':
        return T.str;
      case 'FString':
        for (const p of e.parts) {
          if (typeof p === 'string') continue;
          const t = this.typeExpr(inst, p.value);
          this.strType(inst, p.value, t, p.conversion === 'r' || p.conversion === 'a');
          if (p.spec) this.typeExpr(inst, p.spec);
          // f'{obj:spec}' calls the class's __format__ with the spec, and f'{obj}' with ''.
          if (!p.conversion && t.kind === 'instance' && this.hasMethod(t, '__format__')) this.dispatchCall(inst, p.value, 'format', t, '__format__', [T.str], null);
        }
        return T.str;
      case 'Bool':
        return T.bool;
      case 'None':
        return T.none;
      case 'Name': {
        const b = this.resolve(inst, e.id);
        switch (b.kind) {
          case 'local':
            return this.narrowedType(inst, e.id) ?? inst.locals.get(e.id) ?? T.never;
          case 'free':
            return b.owner.locals.get(e.id) ?? T.never;
          case 'global':
            return this.globals.get(e.id) ?? T.never;
          case 'module-name':
            return T.str;
          case 'function':
            return funcOf([this.funcRef(b.def, null)]);
          case 'class':
            return { kind: 'class', cls: b.cls };
          case 'import':
            return this.importedValueType(e, b.module, b.member, b.imported ?? null);
          case 'builtin':
            // NotImplemented: the runtime's singleton; operators that may meet it run through the runtime (classes.ts operatorNeedsProtocol)
            if (e.id === 'NotImplemented') return T.object;
            this.unsupported(e.pos, `builtin '${e.id}' used as a value`);
            return T.never;
          case 'undefined':
            return T.never; // NameError at run time, as CPython
        }
        return T.never;
      }
      case 'Binary': {
        const l = this.typeExpr(inst, e.left);
        const r = this.typeExpr(inst, e.right);
        // str % x: the runtime formats x (an instance by its __str__, or its __float__/__int__ for %f/%d: percent.c).
        if (e.op === '%' && l.kind === 'str') escapeType(r);
        else if (l.kind === 'instance' || r.kind === 'instance') return this.dunderBinaryType(inst, e, e.op, l, r) ?? T.never;
        if (setLikeViewOperands(e.op, l, r)) {
          // `d.keys() & other`: the runtime's view operators make a set of the items (obj.binop), kept as a value of unknown type.
          escapeType(l);
          escapeType(r);
          return T.object;
        }
        return binaryType(e.op, l, r, e.right, e.left);
      }
      case 'Unary': {
        const t = this.typeExpr(inst, e.operand);
        if (t.kind === 'instance') {
          if (e.op === 'not') {
            this.truthType(inst, e.operand, t);
            return T.bool;
          }
          const name = { '-': '__neg__', '+': '__pos__', '~': '__invert__' }[e.op as '-' | '+' | '~'];
          return this.hasMethod(t, name) ? this.dispatchCall(inst, e, 'op', t, name, [], null).result : T.never;
        }
        return unaryType(e.op, t);
      }
      case 'BoolOp': {
        const l = this.typeExpr(inst, e.left);
        this.truthType(inst, e.left, l);
        // `isinstance(x, C) and x.m()`: x is a C on the right.
        const r = e.op === 'and' ? this.withNarrowing(inst, e.left, [e.right], () => this.typeExpr(inst, e.right)) : this.withNoneNarrowing(inst, e.left, [e.right], () => this.typeExpr(inst, e.right));
        return join(l, r);
      }
      case 'IfExp':
        this.typeTest(inst, e.test);
        return join(
          this.withNoneNarrowing(inst, e.test, [e.body], () => this.typeExpr(inst, e.body), true),
          this.withNoneNarrowing(inst, e.test, [e.orelse], () => this.typeExpr(inst, e.orelse)),
        );
      case 'Compare': {
        // `x is None`: x may keep an optional type (the lowering compares words).
        if (e.ops.length === 1 && (e.ops[0] === 'is' || e.ops[0] === 'is not')) {
          if (e.comparators[0].kind === 'None') this.optionalUses.add(e.left);
          if (e.left.kind === 'None') this.optionalUses.add(e.comparators[0]);
        }
        const types = [this.typeExpr(inst, e.left), ...e.comparators.map((c) => this.typeExpr(inst, c))];
        // Identity is well defined for singletons (True and False too) and mutable objects; for ints, floats and strs it depends on CPython's caches.
        const identityOk = (x: S.Expr, t: Type) => isSingletonLiteral(x) || !['int', 'float', 'str'].includes(t.kind);
        const singleton = (x: S.Expr) => isSingletonLiteral(x) || (x.kind === 'Name' && x.id === 'NotImplemented' && this.resolve(inst, x.id).kind === 'builtin');
        e.ops.forEach((op, i) => {
          const l = i === 0 ? e.left : e.comparators[i - 1];
          if ((op === 'is' || op === 'is not') && !singleton(l) && !singleton(e.comparators[i]) && !(identityOk(l, types[i]) && identityOk(e.comparators[i], types[i + 1]))) {
            this.unsupported(e.pos, `'${op}' with operands other than None, True or False`);
          }
        });
        e.ops.forEach((op, i) => {
          const l = types[i];
          const r = types[i + 1];
          if (op === 'in' || op === 'not in') {
            if (r.kind === 'instance' && this.hasMethod(r, '__contains__')) this.dispatchCall(inst, e, `cmp${i}`, r, '__contains__', [l], null);
            return;
          }
          if (l.kind !== 'instance' && r.kind !== 'instance') return;
          const names = dunderNames[op];
          if (!names) return;
          if (operatorNeedsProtocol(l, r, names[1], names[0])) {
            // The runtime compares (ai_obj_compare): the classes' methods by name, NotImplemented and the fallbacks.
            escapeType(l);
            escapeType(r);
            return;
          }
          if (l.kind === 'instance' && this.hasMethod(l, names[0])) this.dispatchCall(inst, e, `cmp${i}`, l, names[0], [r], null);
          else if (r.kind === 'instance' && this.hasMethod(r, names[1]!)) this.dispatchCall(inst, e, `rcmp${i}`, r, names[1]!, [l], null);
          else if (op === '!=' && l.kind === 'instance' && this.hasMethod(l, '__eq__')) this.dispatchCall(inst, e, `cmp${i}`, l, '__eq__', [r], null);
        });
        return types.some((t) => t.kind === 'never') ? T.never : T.bool;
      }
      case 'Call':
        return this.callType(inst, e);
      case 'List': {
        const cell = this.siteCellOf(inst, e);
        for (const el of e.elts) {
          if (el.kind === 'Starred') cell.widen('elem', this.iterElem(this.typeExpr(inst, el.value)));
          else cell.widen('elem', this.typeExpr(inst, el));
        }
        return { kind: 'list', cell };
      }
      case 'Set': {
        const cell = this.siteCellOf(inst, e);
        for (const el of e.elts) {
          if (el.kind === 'Starred') cell.widen('elem', this.iterElem(this.typeExpr(inst, el.value)));
          else cell.widen('elem', this.typeExpr(inst, el));
        }
        return { kind: 'set', cell };
      }
      case 'Dict': {
        const cell = this.siteCellOf(inst, e);
        e.keys.forEach((k, i) => {
          cell.widen('key', this.typeExpr(inst, k));
          cell.widen('value', this.typeExpr(inst, e.values[i]));
        });
        return { kind: 'dict', cell };
      }
      case 'Tuple': {
        if (e.elts.some((el) => el.kind === 'Starred')) {
          const parts = e.elts.map((el) => this.typeExpr(inst, el.kind === 'Starred' ? el.value : el));
          if (parts.some((t) => t.kind === 'never')) return T.never;
          // `(*a, x, *b)` of tuples: a tuple of their items (see starItem); else its length is known only at run time.
          if (e.elts.every((el, i) => el.kind !== 'Starred' || parts[i].kind === 'tuple')) {
            const elems: Type[] = [];
            e.elts.forEach((el, i) => {
              if (el.kind !== 'Starred') elems.push(parts[i]);
              else (parts[i] as Extract<Type, { kind: 'tuple' }>).elems.forEach((_, k) => elems.push(this.typeExpr(inst, this.nodes.starItem(el, k))));
            });
            return tupleOf(elems);
          }
          return T.object;
        }
        const elems = e.elts.map((el) => this.typeExpr(inst, el));
        return elems.some((t) => t.kind === 'never') ? T.never : tupleOf(elems);
      }
      case 'Starred': {
        // `f(*t)`: its items are typed where the call binds them (positionalArgs).
        const t = this.typeExpr(inst, e.value);
        if (e.inCall) return t;
        this.report(e.pos, "can't use starred expression here");
        return T.never;
      }
      case 'Slice':
        for (const part of [e.lower, e.upper, e.step]) if (part) this.typeExpr(inst, part);
        return T.object;
      case 'Subscript':
        return this.subscriptType(inst, e);
      case 'Attribute': {
        const t = this.typeExpr(inst, e.value);
        if (t.kind === 'instance') return this.instanceAttrType(inst, e, t);
        if (t.kind === 'module') {
          const member = this.moduleMember(t, e.attr);
          if (!member) {
            this.unsupported(e.pos, `${t.name}.${e.attr}`);
            return T.never;
          }
          return this.importedValueType(e, t.name, member, e.attr);
        }
        if (t.kind === 'class') {
          const found = (t.cls as ClassInfo).lookup(e.attr);
          const attrType = this.classAttrType(t.cls as ClassInfo, e.attr);
          if (attrType) return attrType;
          if (!found?.classAttr && (e.attr === '__name__' || e.attr === '__qualname__')) return T.str;
          // C.__mro__ / C.__bases__: tuples of class objects (see classTuple in lower.ts).
          if (!found?.classAttr && (e.attr === '__mro__' || e.attr === '__bases__')) {
            const cls = t.cls as ClassInfo;
            return tupleOf((e.attr === '__mro__' ? cls.pythonMro() : cls.directBases().length ? cls.directBases() : ['object']).map(() => T.object));
          }
          // A name no class along the MRO has (its body, or a `C.x = v` that may run): AttributeError when read (lower.ts readClassAttr).
          if (!found && !e.attr.startsWith('__') && e.attr !== 'mro') return T.never;
          this.unsupported(e.pos, `reading '${e.attr}' from a class other than a class attribute`);
          return T.never;
        }
        if (t.kind === 'exception' && e.attr === 'args') return T.object;
        const versionField = this.versionInfoField(inst, e);
        if (versionField !== null && t.kind === 'tuple') return t.elems[versionField];
        if (t.kind === 'object' || t.kind === 'never') return t.kind === 'never' ? T.never : T.object;
        // None has no attributes: reading one raises AttributeError. (A value seen as None only so
        // far, say a global set later, must not make what is read from it dynamic for good.)
        if (t.kind === 'none') return T.never;
        if (t.kind === 'func' && this.isPartialAttribute(t, e.attr)) {
          // `p.func`, `p.args`, `p.keywords` of a functools.partial: the closure's cells, typed as its maker's locals.
          return (t.refs as FuncRefInfo[]).reduce((acc, r) => join(acc, this.partialAttributeType(inst, e, r)), T.never as Type);
        }
        if (t.kind === 'func' && (e.attr === '__name__' || e.attr === '__qualname__')) {
          // One name, or one per function the value may be (picked by its id at run time).
          const nameOf = e.attr === '__name__' ? funcRefName : (r: FuncRefInfo) => this.nodes.funcRefQualname(r);
          if ((t.refs as FuncRefInfo[]).every((r) => nameOf(r) !== null)) return T.str;
          this.unsupported(e.pos, `${e.attr} of a function value that may be one of several functions, or a @functools.wraps wrapper`);
          return T.never;
        }
        if (t.kind === 'func' && (e.attr === '__doc__' || e.attr === '__module__')) {
          // Known for each function the value may be (lower.ts picks one by its id); None for no docstring.
          const values = (t.refs as FuncRefInfo[]).map((r) => this.nodes.funcRefMeta(r, e.attr as '__doc__' | '__module__'));
          if (values.every((v) => typeof v === 'string')) return T.str;
          if (values.every((v) => v === null)) return T.none;
          this.unsupported(e.pos, `${e.attr} of a function value that may be one of several functions with and without one, a built-in or a @functools.wraps wrapper`);
          return T.never;
        }
        // Other attributes of built-in values are the runtime's: it reads those it has, and raises
        // AttributeError as CPython does for the rest (often on a path a guard keeps from running).
        return T.object;
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp': {
        this.comprehensionScope(inst, e.generators);
        const cell = this.siteCellOf(inst, e);
        cell.widen('elem', this.typeExpr(inst, e.elt));
        if (e.kind === 'GeneratorExp' && !this.eagerGenerators.has(e)) {
          this.unsupported(e.pos, 'a generator expression passed to a name that shadows a builtin (sum, min, max, sorted, list, tuple, set, frozenset, dict) or to .join() of a value that is not a str; assign it to a variable first');
        }
        return { kind: e.kind === 'SetComp' ? 'set' : 'list', cell };
      }
      case 'NamedExpr': {
        const t = this.typeExpr(inst, e.value);
        this.assignTarget(inst, e.target, t);
        return t;
      }
      case 'Yield': {
        if (!inst.def) {
          this.report(e.pos, "'yield' outside function");
          return T.never;
        }
        const v = e.value ? this.typeExpr(inst, e.value) : T.none;
        if (e.isAwait && v.kind === 'object') {
          // What it yields would make every coroutine's (and the event loop's Futures) dynamic.
          this.unsupported(e.pos, 'await of a value whose type the compiler cannot pin down (a variable or container mixing coroutines, Tasks and other values)');
          return T.never;
        }
        const produced = e.from ? this.yieldFromElem(v) : v;
        unwatched(() => {
          const j = join(inst.yieldType, produced);
          if (!sameType(j, inst.yieldType)) {
            inst.yieldType = j;
            this.changed = true;
          }
        });
        // `await`: what the coroutine returns (lower.ts raises RuntimeError rather than give
        // a finished coroutine's None again). Otherwise the value sent in (None for next()),
        // or a `yield from`'s inner return value: dynamic.
        return e.isAwait ? this.awaitValue(v) : T.object;
      }
      case 'Lambda':
        for (const p of e.def.params) if (p.defaultValue) this.assign(this.moduleInstance, this.nodes.defaultSlot(e.def, p), this.typeExpr(inst, p.defaultValue));
        return funcOf([this.funcRef(e.def, inst.def ? inst : null)]);
      case 'DictComp': {
        this.comprehensionScope(inst, e.generators);
        const cell = this.siteCellOf(inst, e);
        cell.widen('key', this.typeExpr(inst, e.key));
        cell.widen('value', this.typeExpr(inst, e.value));
        return { kind: 'dict', cell };
      }
    }
  }

  /**
   * `isinstance(name, C)` (or `not ...`, C a user class or a tuple of them)
   * whose answer the static type of `name` decides, as lower.ts decides it,
   * and `len(t) < k` of a tuple; null when it is only known at run time.
   */
  private staticIsinstance(inst: FunctionInstance, test: S.Expr): boolean | null {
    if (test.kind === 'Unary' && test.op === 'not') {
      const inner = this.staticIsinstance(inst, test.operand);
      return inner === null ? null : !inner;
    }
    if (test.kind === 'Compare' && test.ops.length === 1 && test.comparators[0].kind === 'Int') {
      // `len(args) > 8` of a tuple (a function's *args): its length is static.
      const call = test.left;
      if (call.kind !== 'Call' || call.func.kind !== 'Name' || call.args.length !== 1 || call.args[0].kind !== 'Name') return null;
      const lenFn = this.resolve(inst, call.func.id);
      const t = inst.typeOf(call.args[0]);
      if (lenFn.kind !== 'builtin' || lenFn.name !== 'len' || t.kind !== 'tuple') return null;
      const n = t.elems.length;
      const k = Number(test.comparators[0].value);
      const ops: Record<string, boolean> = { '<': n < k, '<=': n <= k, '>': n > k, '>=': n >= k, '==': n === k, '!=': n !== k };
      return ops[test.ops[0]] ?? null;
    }
    if (test.kind !== 'Call' || test.func.kind !== 'Name' || test.args.length !== 2 || test.keywords.length) return null;
    const b = this.resolve(inst, test.func.id);
    if (b.kind !== 'builtin' || b.name !== 'isinstance' || test.args[0].kind !== 'Name') return null;
    const classExprs = test.args[1].kind === 'Tuple' ? test.args[1].elts : [test.args[1]];
    const classes: ClassInfo[] = [];
    for (const c of classExprs) {
      const ct = inst.typeOf(c);
      if (ct.kind !== 'class') return null;
      classes.push(ct.cls as ClassInfo);
    }
    const x = inst.typeOf(test.args[0]);
    if (x.kind === 'instance') {
      const matching = (x.classes as ClassInfo[]).filter((k) => classes.some((c) => k.isSubclassOf(c)));
      if (matching.length === 0) return false;
      return matching.length === x.classes.length && !x.orNone ? true : null;
    }
    // Values of built-in types are never instances of user classes (exceptions may be).
    return x.kind === 'never' || x.kind === 'object' || x.kind === 'exception' ? null : false;
  }

  /**
   * What `yield from v` (and `await v`) passes on. For an instance, what its
   * class's `__iter__` yields (an awaited asyncio Future yields itself), so
   * that a coroutine's send() keeps that type.
   */
  private yieldFromElem(v: Type): Type {
    if (v.kind !== 'instance') return this.iterElem(v);
    let out: Type = T.never;
    for (const cls of v.classes as ClassInfo[]) {
      const m = cls.lookup('__iter__')?.method;
      if (!m || m.kind !== 'instance' || m.def.params.length !== 1 || m.def.params[0].kind !== 'normal') return T.object;
      const target = this.instanceFor(m.def, [instanceOf([cls])], m.owner);
      out = join(out, target.isGenerator ? target.yieldType : this.iterElem(target.returnType));
    }
    return out;
  }

  /** The value of `await v`: a coroutine's return value, or what the awaitable's `__iter__` returns. */
  private awaitValue(v: Type): Type {
    if (v.kind === 'never') return T.never;
    if (v.kind === 'iter') return v.pyName === 'generator' && v.ret ? v.ret : T.object;
    if (v.kind !== 'instance') return T.object;
    let out: Type = T.never;
    for (const cls of v.classes as ClassInfo[]) {
      const m = cls.lookup('__iter__')?.method;
      if (!m || m.kind !== 'instance' || m.def.params.length !== 1 || m.def.params[0].kind !== 'normal') return T.object;
      const target = this.instanceFor(m.def, [instanceOf([cls])], m.owner);
      if (!target.isGenerator) return T.object;
      out = join(out, target.returnType);
    }
    return out;
  }

  /** Generator expressions that a consuming call evaluates eagerly, as a list. */
  private readonly eagerGenerators = WatchedMap.of<S.Expr, true>(() => true);

  private comprehensionScope(inst: FunctionInstance, generators: S.Comprehension[]): void {
    for (const g of generators) {
      this.assignTarget(inst, g.target, this.forElemType(inst, g.iter));
      for (const cond of g.ifs) this.typeTest(inst, cond);
    }
  }

  private subscriptType(inst: FunctionInstance, e: S.SubscriptExpr): Type {
    const t = this.typeExpr(inst, e.value);
    const index = this.typeExpr(inst, e.index);
    if (t.kind === 'never' || index.kind === 'never') return T.never;
    const isSlice = e.index.kind === 'Slice';
    // A dynamic index may be a slice object at run time (a __getitem__ passing its argument on).
    const dynamicIndex = index.kind === 'object';
    switch (t.kind) {
      case 'instance':
        return this.hasMethod(t, '__getitem__') ? this.dispatchCall(inst, e, 'getitem', t, '__getitem__', [index], null).result : T.never;
      case 'list':
        // (A list of functions keeps its element type: dispatch tables are indexed, not sliced.)
        if (isSlice || !dynamicIndex || elemOf(t).kind === 'func') return isSlice ? t : elemOf(t);
        // An item (or a slice) as a dynamic value: the items must be readable by name at run time.
        escapeType(elemOf(t));
        return T.object;
      case 'deque':
        // A deque has no slices (TypeError at run time); a dynamic index may be one.
        if (!isSlice && !dynamicIndex) return elemOf(t);
        escapeType(elemOf(t));
        return T.object;
      case 'dict':
        return valueOf(t);
      case 'str':
        return T.str;
      case 'vartuple':
        // A slice is a tuple of the same items; an index of dynamic type may be a slice object.
        if (isSlice) return t;
        if (!dynamicIndex) return t.elem;
        escapeType(t.elem);
        return T.object;
      case 'tuple': {
        if (isSlice) return varTupleOf(tupleItemType(t));
        if (dynamicIndex) {
          t.elems.forEach(escapeType);
          return T.object;
        }
        const k = constantIndex(e.index);
        if (k !== null) {
          const i = k < 0 ? t.elems.length + k : k;
          return i >= 0 && i < t.elems.length ? t.elems[i] : T.never; // IndexError at run time
        }
        return this.iterElem(t);
      }
      case 'object':
        return T.object;
      case 'iter':
        // range objects index and slice (a slice of a range is a range); other iterators are not subscriptable.
        if (t.pyName === 'range') return isSlice ? t : T.int;
        return T.never;
      default:
        return T.never; // TypeError: not subscriptable
    }
  }

  // ------------------------------------------------------------------ classes

  /**
   * Types a call of method `name` on an instance of `recv`'s classes and
   * records how it dispatches. `args`: the argument types after self, for
   * calls the compiler makes itself (dunders); `call`: an explicit call, whose
   * arguments bind by CPython's rules. `pick` selects another function of the
   * resolved method (a property's setter).
   */
  dispatchCall(
    inst: FunctionInstance,
    node: object,
    tag: string,
    recv: InstanceType,
    name: string,
    args: Type[],
    call: S.CallExpr | null,
    pick: (m: MethodInfo) => S.FunctionDef | null = (m) => m.def,
  ): { dispatch: Dispatch; result: Type; found: boolean } {
    const byDef = new Map<S.FunctionDef | null, { classes: ClassInfo[]; method: MethodInfo | null }>();
    const perClass = new Map<ClassInfo, object>();
    for (const c of recv.classes as ClassInfo[]) {
      const f = c.lookup(name);
      const method = f?.method ?? (f?.classAttr && call ? this.classAttrMethod(f.owner, name, call) : null);
      const def = method ? pick(method) : null;
      // A classmethod called on an instance gets the instance's own class: one group per class.
      const key = method?.kind === 'class' && def ? (perClass.get(c) ?? perClass.set(c, { def }).get(c)!) : (def ?? null);
      const g = byDef.get(key as S.FunctionDef | null) ?? { classes: [], method };
      g.classes.push(c);
      byDef.set(key as S.FunctionDef | null, g);
    }
    const groups: DispatchGroup[] = [];
    let result: Type = T.never;
    let found = false;
    for (const [key, g] of byDef) {
      const def = key && g.method ? pick(g.method) : null;
      if (!def || !g.method) {
        const propertyWithout = g.method?.kind === 'property' ? ({ set: 'setter', delete: 'deleter' } as const)[tag as 'set' | 'delete'] : undefined;
        groups.push({ classes: g.classes, method: null, target: null, bound: null, implicit: 0, propertyWithout });
        continue;
      }
      found = true;
      const implicit = g.method.kind === 'static' ? 0 : 1;
      const selfType: Type = g.method.kind === 'class' ? { kind: 'class', cls: g.classes[0] } : instanceOf(g.classes);
      let bound: BoundCall;
      let types: Type[];
      if (call) {
        const b = this.bind(inst, def, call, implicit);
        if (!b) {
          groups.push({ classes: g.classes, method: g.method, target: null, bound: null, implicit });
          continue;
        }
        bound = b;
        inst.boundCalls.set(call, bound);
        types = bound.args.map((a, i) => (i < implicit ? selfType : a ? this.argType(inst, a) : (this.globals.get(this.nodes.defaultSlot(def, def.params[i])) ?? T.never)));
      } else {
        const fake = args.map((_, i) => ({ kind: 'None', pos: def.pos }) as S.Expr);
        bound = this.nodes.bindArgs(def, fake, [], implicit);
        types = [...(implicit ? [selfType] : []), ...args];
        for (let i = types.length; i < def.params.length; i++) types.push(this.globals.get(this.nodes.defaultSlot(def, def.params[i])) ?? T.never);
      }
      if (bound.error || types.some((t) => t.kind === 'never')) {
        groups.push({ classes: g.classes, method: g.method, target: null, bound, implicit });
        continue;
      }
      const target = this.instanceFor(def, types, g.method.owner);
      groups.push({ classes: g.classes, method: g.method, target, bound, implicit });
      result = join(result, this.resultOf(target));
    }
    const dispatch: Dispatch = { name, groups };
    let byTag = inst.dispatches.get(node);
    if (!byTag) inst.dispatches.set(node, (byTag = new Map()));
    byTag.set(tag, dispatch);
    return { dispatch, result, found };
  }

  /**
   * A class attribute that holds one module-level function (`twice = _double` in the class body,
   * `A.double = _double` after it, a lambda): called through an instance, CPython binds it as a method.
   */
  private classAttrMethod(owner: ClassInfo, name: string, call: S.CallExpr | null): MethodInfo | null {
    const t = this.globals.get(classAttrSlot(owner, name));
    if (t?.kind !== 'func') return null;
    const ref = t.refs[0] as FuncRefInfo;
    if (t.refs.length === 1 && !ref.outer) return { def: ref.def, kind: 'instance', setter: null, owner };
    if (call) this.unsupported(call.pos, `calling '${name}' through an instance: a class attribute holding several functions or a closure (define it with def in the class body)`);
    return null;
  }

  /** Does any of the classes define `name` (as a method, along its MRO)? */
  hasMethod(recv: InstanceType, name: string): boolean {
    return (recv.classes as ClassInfo[]).some((c) => c.lookup(name)?.method);
  }

  /**
   * `obj.__dict__` / `vars(obj)`: attributes live in slots, so the dict is a
   * snapshot of the slots set, made where it is read (writes through it are
   * reported by checkInstanceDictWrites). The slots' values reach it as words.
   */
  private instanceDictType(inst: FunctionInstance, at: S.Expr, t: InstanceType): Type {
    if ((t.classes as ClassInfo[]).some((c) => c.slotNames() !== null)) this.unsupported(at.pos, "__dict__ of an instance of a class with __slots__");
    if (!instanceDictReads.has(at)) this.unsupported(at.pos, "an instance's __dict__ kept or written through (it is a snapshot of the attributes, made where it is read: read it at once, or copy it with dict(...))");
    for (const slot of (t.hier as Hierarchy).slots.values()) escapeType(slot.type);
    const cell = inst.siteCell(at, '__dict__');
    cell.widen('key', T.str);
    cell.widen('value', T.object);
    return { kind: 'dict', cell };
  }

  /**
   * vars(x) of a value of unknown type: the attributes of whichever class's instance x is, among the classes whose
   * hierarchy escaped (lower.ts unknownInstanceDict tests each in turn; their slots already hold words).
   */
  private unknownInstanceDictType(inst: FunctionInstance, at: S.Expr): Type {
    if (!instanceDictReads.has(at)) this.unsupported(at.pos, "an instance's __dict__ kept or written through (it is a snapshot of the attributes, made where it is read: read it at once, or copy it with dict(...))");
    const cell = inst.siteCell(at, '__dict__');
    cell.widen('key', T.str);
    cell.widen('value', T.object);
    return { kind: 'dict', cell };
  }

  /**
   * Gives the instances `t` may be (every escaped class's for a value of unknown type) their own dict of the
   * attributes their class has no slot for, `__aithon_dict__` (userclass.c extra_dict_slot): setattr/delattr with a
   * computed name may set or delete any name, as on CPython's instances. Not for classes with `__slots__`.
   */
  private addInstanceDict(t: Type): void {
    const classes = t.kind === 'instance' ? (t.classes as ClassInfo[]) : t.kind === 'object' ? (escapedClasses() as ClassInfo[]) : [];
    for (const c of classes) if (!c.exceptionBase && c.slotNames() === null && !c.hier.slots.has(instanceDictSlot)) c.hier.widen(instanceDictSlot, T.object);
  }

  /** A name of `__slots__` that a class's own __setattr__ (or object.__setattr__) may store by name: a slot of any value (the store by name puts a word in it). */
  private keepSlotsStoredByName(recv: InstanceType, attr: string): void {
    if ((recv.classes as ClassInfo[]).some((c) => c.slotNames()?.has(attr))) (recv.hier as Hierarchy).widen(attr, T.object);
  }

  /** The type of class attribute `name` read through `cls`: of every variable the read may find (classes.ts classAttrHolders); null when it is no class attribute. */
  private classAttrType(cls: ClassInfo, name: string): Type | null {
    const holders = classAttrHolders(cls, name, (slot) => this.globals.has(slot));
    if (!holders.length) return null;
    return holders.reduce<Type>((acc, c) => join(acc, this.globals.get(classAttrSlot(c, name)) ?? T.never), T.never);
  }

  private instanceAttrType(inst: FunctionInstance, e: S.AttributeExpr, t: InstanceType): Type {
    const hier = t.hier as Hierarchy;
    if (e.attr === '__dict__' && !hier.slots.has(e.attr) && !definesDictProperty(t)) return this.instanceDictType(inst, e, t);
    const props = (t.classes as ClassInfo[]).filter((c) => c.lookup(e.attr)?.method?.kind === 'property');
    if (props.length) {
      if (props.length !== t.classes.length) this.unsupported(e.pos, `'${e.attr}' that is a property on some classes only`);
      return this.dispatchCall(inst, e, 'get', t, e.attr, [], null).result;
    }
    const slot = hier.slots.get(e.attr);
    let result: Type = slot ? slot.type : T.never;
    for (const c of t.classes as ClassInfo[]) {
      const f = c.lookup(e.attr);
      const attrType = this.classAttrType(c, e.attr);
      if (attrType) {
        // CPython binds a function found on the class to the instance; calls bind it (classAttrMethod), a kept value does not.
        if (attrType.kind === 'func' && !slot) this.unsupported(e.pos, `bound methods as values ('${e.attr}', a function stored as a class attribute, read through an instance without calling it)`);
        // Instances copy class attributes into their slots when created.
        if (slot) hier.widen(e.attr, attrType);
        result = join(result, attrType);
      } else if (f?.method && !slot) {
        this.unsupported(e.pos, `bound methods as values ('${e.attr}' read without calling it)`);
      }
    }
    // A name only setattr() sets: read by name from the instance's own dict, then __getattr__ (userclass.c u_getattr;
    // AttributeError when neither has it).
    if (!slot && result.kind === 'never' && hier.slots.has(instanceDictSlot) && (t.classes as ClassInfo[]).every((c) => !c.lookup(e.attr))) return T.object;
    // A name no class has: __getattr__(name), the fallback CPython calls when the normal lookup fails.
    if (!slot && result.kind === 'never' && (t.classes as ClassInfo[]).every((c) => !c.lookup(e.attr)) && this.hasMethod(t, '__getattr__')) {
      return this.dispatchCall(inst, e, 'getattr', t, '__getattr__', [T.str], null).result;
    }
    return result;
  }

  /** C(args): a new instance, initialised by the __init__ along C's MRO. */
  private constructType(inst: FunctionInstance, e: S.CallExpr, cls: ClassInfo, initTag = 'init'): Type {
    if (cls.exceptionBase) {
      const args = e.args.map((a) => this.typeExpr(inst, a));
      const init = cls.lookup('__init__')?.method;
      if (!init) {
        // BaseException's own __init__ takes no keywords: a TypeError when the call runs (lower.ts construct).
        for (const k of e.keywords) this.typeExpr(inst, k.value);
        return T.exception;
      }
      // A user __init__ runs on the new exception (whose args are already all the arguments, as BaseException.__new__ sets them).
      for (const k of e.keywords) this.typeExpr(inst, k.value);
      if (args.some((t) => t.kind === 'never')) return T.exception;
      const bound = this.bind(inst, init.def, e, 1);
      if (!bound) return T.exception;
      // A call of a value of unknown type may construct several exception classes: one binding per class.
      const perClass = initTag === 'init' ? null : (inst.exceptionInits.get(e) ?? inst.exceptionInits.set(e, new Map()).get(e)!);
      if (perClass) perClass.set(initTag, { bound, target: perClass.get(initTag)?.target ?? null });
      else inst.boundCalls.set(e, bound);
      if (bound.error) return T.exception;
      const types = bound.args.map((a, i) => (i === 0 ? T.exception : a ? this.argType(inst, a) : (this.globals.get(this.nodes.defaultSlot(init.def, init.def.params[i])) ?? T.never)));
      if (types.some((t) => t.kind === 'never')) return T.exception;
      const target = this.instanceFor(init.def, types, init.owner);
      if (perClass) perClass.set(initTag, { bound, target });
      else inst.callTargets.set(e, target);
      return T.exception;
    }
    const self = instanceOf([cls]);
    // A slot unset reads the class attribute of that name (lower.ts getSlot): of the class body, or set on a class later.
    for (const name of [...cls.hier.slots.keys()]) {
      const attrType = this.classAttrType(cls, name);
      if (attrType) cls.hier.widen(name, attrType);
    }
    if (cls.lookup('__init__')?.method) {
      const { dispatch } = this.dispatchCall(inst, e, initTag, self, '__init__', [], e);
      if (dispatch.groups.some((g) => !g.target)) return T.never;
    }
    return self;
  }

  /** recv.name(args) where recv is an instance, a class, or super(). */
  private userMethodCallType(inst: FunctionInstance, e: S.CallExpr, callee: S.AttributeExpr, recv: Type): Type | null {
    if (recv.kind === 'instance') {
      const hier = recv.hier as Hierarchy;
      const viaGetattr = (recv.classes as ClassInfo[]).every((c) => !c.lookup(callee.attr)) && !hier.slots.has(callee.attr) && this.hasMethod(recv, '__getattr__');
      if ((!this.hasMethod(recv, callee.attr) && hier.slots.has(callee.attr)) || viaGetattr) {
        // A function stored in an attribute (a callback): a call of that value. Or a name no class has, whose
        // value __getattr__ gives (a proxy forwarding `p.get()` to its target): a call of what it returns.
        const f = this.typeExpr(inst, callee);
        if (f.kind === 'func') return this.funcCallType(inst, e, f);
        if (f.kind === 'never') return T.never;
        if (f.kind === 'object') return this.dynamicCallType(inst, e);
        if (notCallable(f)) return T.never;
        this.unsupported(e.pos, `calling a ${describe(f)} stored in an attribute`);
        return T.never;
      }
      return this.dispatchCall(inst, e, 'call', recv, callee.attr, [], e).result;
    }
    if (recv.kind === 'class') {
      const cls = recv.cls as ClassInfo;
      const f = cls.lookup(callee.attr);
      if (!f?.method) {
        this.unsupported(e.pos, `calling '${callee.attr}' on a class`);
        return T.never;
      }
      const m = f.method;
      const implicit = m.kind === 'class' ? 1 : 0;
      const bound = this.bind(inst, m.def, e, implicit);
      if (!bound) return T.never;
      inst.boundCalls.set(e, bound);
      if (bound.error) return T.never;
      const types = bound.args.map((a, i) => (i < implicit ? recv : a ? this.argType(inst, a) : (this.globals.get(this.nodes.defaultSlot(m.def, m.def.params[i])) ?? T.never)));
      if (types.some((t) => t.kind === 'never')) return T.never;
      const target = this.instanceFor(m.def, types, m.owner);
      inst.callTargets.set(e, target);
      return this.resultOf(target);
    }
    return null;
  }

  /** super().name(args) inside a method of class K: K's base's method, with the same self. */
  private superCallType(inst: FunctionInstance, e: S.CallExpr, callee: S.AttributeExpr): Type {
    const cls = inst.cls;
    if (!cls || !inst.def || inst.def.params.length === 0) {
      this.report(e.pos, 'super(): no arguments', 'super() without arguments works inside methods only');
      return T.never;
    }
    const explicit = (callee.value as S.CallExpr).args as S.NameExpr[];
    if (explicit.length === 2 && (explicit[0].id !== cls.name || explicit[1].id !== inst.def.params[0].name)) {
      this.unsupported(callee.value.pos, `super(${explicit[0].id}, ${explicit[1].id}) other than super(${cls.name.split('.').pop()}, ${inst.def.params[0].name}) in a method of ${cls.name.split('.').pop()}`);
      return T.never;
    }
    // The next class after this method's class along the MRO of self's class (a mixin's super() reaches its sibling).
    inst.readArgTypes();
    const selfArg = inst.argTypes[0];
    const selfClasses = selfArg?.kind === 'instance' ? (selfArg.classes as ClassInfo[]) : selfArg?.kind === 'class' ? [selfArg.cls as ClassInfo] : [cls];
    const found = selfClasses.map((c) => (c.isSubclassOf(cls) ? c : cls).lookupAfter(cls, callee.attr));
    const f = found[0];
    if (found.some((x) => x?.method?.def !== f?.method?.def || x?.owner !== f?.owner)) {
      this.unsupported(callee.pos, `super().${callee.attr} that reaches different classes for the classes self may be`);
      return T.never;
    }
    if (!f?.method) {
      if (callee.attr === '__init__') return T.none; // object.__init__
      if ((callee.attr === '__setattr__' && e.args.length === 2) || (callee.attr === '__delattr__' && e.args.length === 1)) {
        // object.__setattr__(self, name, v) / object.__delattr__(self, name), at the end of a class's own hook: by name.
        const args = e.args.map((a) => this.typeExpr(inst, a));
        inst.readArgTypes();
        for (const t of [inst.argTypes[0], ...args.slice(1)]) if (t) escapeType(t);
        if (inst.argTypes[0]) this.addInstanceDict(inst.argTypes[0]);
        if (callee.attr === '__setattr__' && inst.argTypes[0]?.kind === 'instance' && e.args[0].kind === 'Str') this.keepSlotsStoredByName(inst.argTypes[0], e.args[0].value);
        return T.none;
      }
      // BaseException's own __str__/__repr__, from an exception class's methods.
      if ((callee.attr === '__str__' || callee.attr === '__repr__') && cls.exceptionBase && !(callee.value as S.CallExpr).args.length && !e.args.length) return T.str;
      // CPython's AttributeError when the call runs (a mixin's method typed for the mixin itself,
      // whose super() only finds the method along a subclass's MRO, never runs so).
      return T.never;
    }
    const m = f.method;
    const implicit = m.kind === 'static' ? 0 : 1;
    const bound = this.bind(inst, m.def, e, implicit);
    if (!bound) return T.never;
    inst.boundCalls.set(e, bound);
    if (bound.error) return T.never;
    inst.readArgTypes();
    const selfType = inst.argTypes[0];
    const types = bound.args.map((a, i) => (i < implicit ? selfType : a ? this.argType(inst, a) : (this.globals.get(this.nodes.defaultSlot(m.def, m.def.params[i])) ?? T.never)));
    if (types.some((t) => t.kind === 'never')) return T.never;
    const target = this.instanceFor(m.def, types, m.owner);
    inst.callTargets.set(e, target);
    return this.resultOf(target);
  }

  /**
   * Types a condition (if, while, assert, a conditional expression's or a comprehension's test).
   * An `and`/`or` there is only tested, never kept, so its operands are not joined into one
   * value type (`while stack or node is not None:` would make the list and its items dynamic).
   */
  typeTest(inst: FunctionInstance, e: S.Expr): void {
    if (e.kind !== 'BoolOp') {
      this.truthType(inst, e, this.typeExpr(inst, e));
      return;
    }
    this.typeTest(inst, e.left);
    if (e.op === 'and') this.withNarrowing(inst, e.left, [e.right], () => this.typeTest(inst, e.right));
    else if (e.op === 'or') this.withNoneNarrowing(inst, e.left, [e.right], () => this.typeTest(inst, e.right));
    else this.typeTest(inst, e.right);
    this.exprTypesSet(inst, e, T.bool);
  }

  /** Truth testing an instance: __bool__, else __len__, else always true. */
  truthType(inst: FunctionInstance, e: S.Expr, t: Type): void {
    if (t.kind !== 'instance') return;
    if (this.hasMethod(t, '__bool__')) this.dispatchCall(inst, e, 'bool', t, '__bool__', [], null);
    else if (this.hasMethod(t, '__len__')) this.dispatchCall(inst, e, 'len', t, '__len__', [], null);
  }

  /** str()/repr() of an instance: __str__ (str only), else __repr__, else the default <__main__.C object at 0x...>. */
  strType(inst: FunctionInstance, e: S.Expr, t: Type, repr: boolean): void {
    if (t.kind !== 'instance') return;
    if (!repr && this.hasMethod(t, '__str__')) this.dispatchCall(inst, e, 'str', t, '__str__', [], null);
    if (this.hasMethod(t, '__repr__')) this.dispatchCall(inst, e, 'repr', t, '__repr__', [], null);
  }

  /** The type of an operator on instances, through its dunder method (and the reflected one). */
  private dunderBinaryType(inst: FunctionInstance, e: S.Expr, op: string, l: Type, r: Type): Type | null {
    const names = dunderNames[op];
    if (!names) return null;
    const forward = inPlaceFirst(e, l, names[0]) ? null : names[0];
    if (l.kind === 'object' || r.kind === 'object' || operatorNeedsProtocol(l, r, names[1], forward) || repeatsByIndex(op, l, r)) {
      // The other operand's type is unknown (an instance of the class here, a float there): the runtime
      // picks __op__ or __rop__ (userclass.c u_binop), so the instance's class registers its dunders.
      escapeType(l);
      escapeType(r);
      return T.object;
    }
    if (l.kind === 'instance' && this.hasMethod(l, names[0])) return this.dispatchCall(inst, e, 'op', l, names[0], [r], null).result;
    if (r.kind === 'instance' && names[1] && this.hasMethod(r, names[1])) return this.dispatchCall(inst, e, 'rop', r, names[1], [l], null).result;
    return null;
  }

  private callType(inst: FunctionInstance, e: S.CallExpr): Type {
    const arms = this.dynamicStarArms(inst, e);
    if (arms) return arms.reduce((t, arm) => join(t, this.typeExpr(inst, arm)), T.never as Type);
    // `p.func(x)` of a functools.partial calls the attribute's value (a value call, below).
    const recvType = e.func.kind === 'Attribute' && partialAttributes.has(e.func.attr) && !isSuperCall(e.func.value) ? this.typeExpr(inst, e.func.value) : null;
    if (e.func.kind === 'Attribute' && !(recvType?.kind === 'func' && this.isPartialAttribute(recvType, e.func.attr))) return this.methodCallType(inst, e, e.func);
    if (e.func.kind !== 'Name') {
      const calleeType = this.typeExpr(inst, e.func);
      for (const a of e.args) this.typeExpr(inst, a);
      for (const k of e.keywords) this.typeExpr(inst, k.value);
      if (calleeType.kind === 'func') return this.funcCallType(inst, e, calleeType);
      if (calleeType.kind === 'instance' && this.hasMethod(calleeType, '__call__')) return this.dispatchCall(inst, e, 'call', calleeType, '__call__', [], e).result;
      if (calleeType.kind === 'class') return this.constructType(inst, e, calleeType.cls as ClassInfo);
      if (calleeType.kind === 'never') return T.never;
      if (calleeType.kind === 'object') return this.dynamicCallType(inst, e);
      if (notCallable(calleeType)) return T.never;
      this.unsupported(e.func.pos, `calling a value of type ${describe(calleeType)}`);
      return T.never;
    }
    const b = this.resolve(inst, e.func.id);
    if (b.kind === 'import' && b.member?.kind === 'func') return this.moduleCallType(inst, e, b.member, `${b.module}.${e.func.id}`);
    if (b.kind === 'import' && b.member?.kind === 'special') return this.specialCallType(inst, e, b.member.name);
    const exit = b.kind === 'builtin' ? exitBuiltin(b.name) : null;
    if (exit) return this.moduleCallType(inst, e, exit, e.func.id);
    if (b.kind === 'builtin' && consumingBuiltins.has(b.name)) this.markEager(e);
    // isinstance's classes are names, not values: built-in type names are never evaluated.
    const isTypeName = (a: S.Expr) =>
      a.kind === 'Name' && (((builtinTypeNames.has(a.id) || exceptionClassNames.has(a.id)) && this.resolve(inst, a.id).kind === 'builtin') || this.runtimeTypeName(inst, a) !== null);
    const typeArg = (a: S.Expr, i: number): Type => {
      if (b.kind === 'builtin' && (b.name === 'isinstance' || b.name === 'issubclass') && i === 1) {
        if (isTypeName(a)) return T.object;
        if (a.kind === 'Tuple' && a.elts.every((x) => isTypeName(x) || x.kind === 'Name')) {
          for (const x of a.elts) if (!isTypeName(x)) this.typeExpr(inst, x);
          return T.object;
        }
      }
      return this.typeExpr(inst, a);
    };
    const argTypes = e.args.map((a, i) => typeArg(a, i));
    const kwTypes = e.keywords.map((k) => this.typeExpr(inst, k.value));
    if (b.kind === 'function') {
      const bound = this.bind(inst, b.def, e);
      if (!bound) return T.never;
      inst.boundCalls.set(e, bound);
      if (bound.error) return T.never;
      const types = bound.args.map((a, i) => {
        if (a) return this.argType(inst, a);
        return this.globals.get(this.nodes.defaultSlot(b.def, b.def.params[i])) ?? T.never;
      });
      if (types.some((t) => t.kind === 'never')) return T.never;
      const target = this.instanceFor(b.def, types);
      inst.callTargets.set(e, target);
      return this.resultOf(target);
    }
    if (b.kind === 'builtin') return this.builtinCallType(inst, e, b.name, argTypes, kwTypes);
    if (b.kind === 'class') return this.constructType(inst, e, b.cls);
    if (b.kind === 'undefined') return T.never;
    const calleeType = this.typeExpr(inst, e.func);
    if (calleeType.kind === 'func') return this.funcCallType(inst, e, calleeType);
    if (calleeType.kind === 'instance' && this.hasMethod(calleeType, '__call__')) return this.dispatchCall(inst, e, 'call', calleeType, '__call__', [], e).result;
    if (calleeType.kind === 'class') return this.constructType(inst, e, calleeType.cls as ClassInfo);
    if (calleeType.kind === 'never') return T.never;
    if (calleeType.kind === 'object') return this.dynamicCallType(inst, e);
    // Calling None, an int...: TypeError when the line runs, as in CPython (often on a path a guard never takes).
    if (notCallable(calleeType)) return T.never;
    this.unsupported(e.func.pos, 'calling a variable');
    return T.never;
  }

  /**
   * A call of a value of unknown static type (`handlers.get(name)`, a list
   * mixing functions and other values): it may be any function value that met
   * another type in `object`, each specialised to this call's arguments; the
   * emitted code picks one by the value's function id, and raises TypeError
   * for a value that is not a function.
   */
  private dynamicCallType(inst: FunctionInstance, e: S.CallExpr): Type {
    // Instances with __call__ among the values: called by name at run time (their hierarchy escaped into object).
    const callable = [...this.classes.values()].find((c) => c.hier.escaped && !c.exceptionBase && c.lookup('__call__')?.method);
    if (callable && ((e.doubleStars?.length ?? 0) > 1 || e.args.some((a) => a.kind === 'Starred' && inst.typeOf(a.value).kind !== 'tuple'))) {
      this.unsupported(e.func.pos, `unpacked arguments in a call of a value of unknown type that may be an instance of ${callable.name} (with __call__)`);
      return T.never;
    }
    if (callable) {
      inst.dynamicInstanceCalls.add(e);
      for (const a of e.args) escapeType(inst.typeOf(a));
      for (const k of e.keywords) escapeType(inst.typeOf(k.value));
      for (const d of e.doubleStars ?? []) escapeType(inst.typeOf(d));
    }
    if (this.boundMethodValues) {
      // A bound method from getattr: its method is called by name with the arguments as words.
      // Keywords bind by the method's parameters when it runs (ai_bound_method_call_kw).
      if ((e.doubleStars?.length ?? 0) > 1) this.unsupported(e.func.pos, 'several **mappings in a call of a value of unknown type that may be a bound method from getattr()');
      for (const a of e.args) escapeType(inst.typeOf(a));
      for (const k of e.keywords) escapeType(inst.typeOf(k.value));
      for (const d of e.doubleStars ?? []) escapeType(inst.typeOf(d));
    }
    // The arguments' items (`*t`) are typed whatever the callee turns out to be.
    if (!this.positionalArgs(inst, e)) return T.never;
    // Classes kept with other values (a factory table `{'circle': Circle, ...}`): each may be constructed here.
    const classes = escapedClasses().filter((c) => this.classes.get(c.name) === c) as ClassInfo[];
    inst.dynamicClassCalls.set(e, classes);
    inst.dynamicCalls.add(e);
    let constructed: Type = T.never;
    for (const c of classes) constructed = join(constructed, this.constructType(inst, e, c, dynamicInitTag(c)));
    const refs = escapedFunctions().filter((r) => {
      const info = r as FuncRefInfo;
      return this.funcRefs.get(info.def)?.get(info.outer) === info;
    });
    // An instance's __call__, or a built-in type's class object (`type(x)("5")`): called by the runtime (ai_call_object).
    const viaCall: Type = inst.dynamicInstanceCalls.has(e) || this.builtinClassValues || this.boundMethodValues ? T.object : T.never;
    if (refs.length === 0) {
      inst.funcCalls.set(e, []);
      return join(constructed, viaCall);
    }
    return join(join(constructed, viaCall), this.funcCallType(inst, e, funcOf(refs)));
  }

  /**
   * A call's positional arguments with each `*t` replaced by the items of t,
   * typed; null while a starred value's type is unknown, or when it is not a
   * tuple of known length (reported). Binding happens per function instance,
   * and a `*args` tuple has a fixed length in each specialisation, so
   * forwarding wrappers (`def w(*args): return f(*args)`) bind exactly.
   */
  positionalArgs(inst: FunctionInstance, call: S.CallExpr): S.Expr[] | null {
    const args = this.nodes.expandStarredArgs(call, (x) => inst.typeOf(x));
    if (args) {
      for (const a of args) if (this.nodes.starItems.has(a)) this.typeExpr(inst, a);
      return args;
    }
    this.nodes.listStarWatch.read();
    for (const a of call.args) {
      const t = a.kind === 'Starred' ? inst.typeOf(a.value) : T.never;
      if (t.kind !== 'never' && t.kind !== 'tuple' && !(t.kind === 'list' && (this.nodes.listStarPlans.has(a as S.StarredExpr) || this.nodes.listStarFailures.has(a as S.StarredExpr)))) {
        this.unsupported(a.pos, `unpacking a ${describe(t)} into call arguments (*x): only a tuple can be unpacked into a call yet`);
      }
    }
    return null;
  }

  /** Binds a call's arguments to `def`'s parameters (null: not known yet, see positionalArgs). */
  bind(inst: FunctionInstance, def: S.FunctionDef, call: S.CallExpr, implicit = 0): BoundCall | null {
    this.planListStar(inst, def, call, implicit);
    const positional = this.positionalArgs(inst, call);
    if (!positional) return null;
    const spread = this.doubleStarKeywords(inst, def, call, positional.length, implicit);
    if (!spread) return null;
    const bound = positional === call.args && !spread.length ? this.nodes.bindCall(def, call, implicit) : this.nodes.bindArgs(def, positional, [...call.keywords, ...spread], implicit);
    // A built-in read as a value (method-values.ts) takes the keywords it is given parameters for; CPython's built-in takes others.
    const keyword = def.name.startsWith('builtins.') && bound.error ? call.keywords.find((k) => !def.params.some((p) => p.kind === 'kwonly' && p.name === k.name)) : undefined;
    if (keyword) {
      this.unsupported(keyword.pos, `keyword argument '${keyword.name}' in a call of built-in ${pythonName(def)}() through a value`);
      return null;
    }
    return bound;
  }

  /**
   * `f(a, **d)` with a dict that may hold keys: each parameter not bound by
   * position or keyword gets the synthetic argument `d[name]` (or its default
   * when d lacks the key), typed as the dict's values joined with the default.
   * The emitted code first checks d's keys as CPython binds them (unexpected
   * keyword, multiple values, missing required arguments). Null while a type
   * is unknown, or when unsupported (reported).
   */
  private doubleStarKeywords(inst: FunctionInstance, def: S.FunctionDef, call: S.CallExpr, positionalCount: number, implicit: number): S.KeywordArg[] | null {
    const stars = call.doubleStars ?? [];
    if (!stars.length) return [];
    const types = stars.map((d) => this.typeExpr(inst, d));
    if (types.some((t) => t.kind === 'never')) return null;
    // `**kwargs` forwarding that no caller fills (decorators' wrappers): nothing to bind.
    if (types.every((t) => t.kind === 'dict' && keyOf(t).kind === 'never')) return [];
    const t = types[0];
    const merge = stars[0];
    if (merge.kind === 'Call' && merge.func.kind === 'Name' && (merge.func.id === '$merge_kwargs' || merge.func.id === '_aithon_kwargs.merge_kwargs') && merge.args[0].kind === 'Str') this.nodes.mergeNames.set(merge.args[0], this.nodes.kwargsMergeName(def, call));
    const fail = (why: string) => {
      this.unsupported(stars[0].pos, `unpacking a ${describe(t)} into keyword arguments (**kwargs) ${why}`);
      return null;
    };
    if (stars.length > 1) return fail('together with another mapping');
    // A dict with str keys (or keys that became dynamic), or a value of unknown type: checked when the call runs.
    if (t.kind !== 'object' && (t.kind !== 'dict' || !['str', 'never', 'object'].includes(keyOf(t).kind))) return fail('(a dict with str keys unpacks)');
    const valueType = t.kind === 'dict' ? valueOf(t) : T.object;
    // Into a function with **kwargs: the keys no named parameter takes go there (see kwargsRest).
    const varkw = def.params.find((p) => p.kind === 'varkw');
    const isNamed = (name: string) => def.params.some((p) => p.name === name && (p.kind === 'normal' || p.kind === 'kwonly'));
    // Keywords no named parameter takes go into **kwargs with d's other keys (see kwargsRest).
    const extraKeywords = varkw ? call.keywords.filter((k) => !isNamed(k.name)) : [];
    const normal = def.params.filter((p) => p.kind === 'normal');
    const byPosition = normal.slice(0, implicit + positionalCount).map((p) => p.name);
    const explicit = call.keywords.map((k) => k.name);
    // The keyword-only parameters of a keyword partial's lambda (modules.ts rewriteKeywordPartial) hold what
    // partial() bound, evaluated where it was called: no mapping fills them, whatever it holds goes to its **kwargs.
    const remaining = def.params.filter((p) => (p.kind === 'normal' || p.kind === 'kwonly') && !byPosition.includes(p.name) && !explicit.includes(p.name) && !p.name.startsWith('__partial_'));
    const defaultsInGlobals = this.functions.get(def.name) === def || [...this.classes.values()].some((c) => [...c.methods.values()].some((m) => m.def === def));
    if (!defaultsInGlobals && remaining.some((p) => p.defaultValue && !literalDefault(p))) return fail(`into ${pythonName(def)}(), a nested function with defaults`);
    const plan: KwargsPlan = {
      fname: this.nodes.callName(def),
      accepted: [...(varkw ? ['*'] : []), ...remaining.map((p) => p.name)],
      // A built-in's lambda (method-values.ts) takes its arguments by position only: no key names them, and
      // the plan is the same for each lambda standing for it (`fn[2]` of two `int` values, each its own names).
      taken: def.name.startsWith('builtins.') ? [] : byPosition,
      requiredPositional: remaining.filter((p) => p.kind === 'normal' && !p.defaultValue).map((p) => p.name),
      requiredKeyword: remaining.filter((p) => p.kind === 'kwonly' && !p.defaultValue).map((p) => p.name),
      keywords: explicit,
      qualifiedName: this.nodes.kwargsMergeName(def, call),
    };
    let plans = this.nodes.kwargsPlans.get(inst);
    if (!plans) this.nodes.kwargsPlans.set(inst, (plans = new WeakMap()));
    let perDef = plans.get(call);
    if (!perDef) plans.set(call, (perDef = new Map()));
    // A call of a value of unknown type checks d's keys in each arm, for that arm's function (lower.ts callDynamic);
    // any other call checks them once, before it binds: one plan for every function it may reach.
    const differs = (other: KwargsPlan) => JSON.stringify(other) !== JSON.stringify(plan);
    if (perDef.has(def) ? differs(perDef.get(def)!) : !inst.dynamicCalls.has(call) && [...perDef.values()].some(differs)) return fail('into calls of functions with different parameters');
    perDef.set(def, plan);
    const keywords: S.KeywordArg[] = [];
    for (const p of remaining) {
      const literal = literalDefault(p);
      const defaultType = literal ? this.typeExpr(inst, literal) : p.defaultValue ? this.globals.get(this.nodes.defaultSlot(def, p)) : T.never;
      if (!defaultType || (p.defaultValue && defaultType.kind === 'never')) return null;
      const node = this.nodes.kwargsItem(call, def, p, stars[0]);
      inst.exprTypes.set(node, join(valueType, defaultType));
      this.nodes.presetArgs.add(node);
      keywords.push({ name: p.name, value: node, pos: call.pos });
    }
    if (varkw) {
      const node = this.nodes.kwargsRest(call, def, stars[0], remaining.map((p) => p.name), extraKeywords);
      let restType: Type = t;
      if (extraKeywords.length) {
        const cell = this.siteCellOf(inst, node);
        cell.widen('key', T.str);
        cell.widen('value', valueType);
        for (const k of extraKeywords) cell.widen('value', inst.typeOf(k.value));
        restType = { kind: 'dict', cell };
      }
      inst.exprTypes.set(node, restType);
      this.nodes.presetArgs.add(node);
      keywords.push({ name: '**', value: node, pos: call.pos });
    }
    return keywords;
  }

  /**
   * `f(x, *items)` with `items` a list: its length is known only at run time,
   * but the parameters it must fill are known here. When exactly one count of
   * items binds (the parameters after the fixed arguments, up to one given by
   * keyword, none with a default), the list is unpacked as that many items,
   * after a run-time length check that raises CPython's TypeError.
   */
  private planListStar(inst: FunctionInstance, def: S.FunctionDef, call: S.CallExpr, implicit: number): void {
    const stars = call.args.filter((a): a is S.StarredExpr => a.kind === 'Starred');
    const listStar = stars.find((a) => inst.typeOf(a.value).kind === 'list');
    if (!listStar) return;
    const fail = (why: string) => {
      if (!this.nodes.listStarFailures.has(listStar)) this.nodes.listStarWatch.changed();
      this.nodes.listStarFailures.add(listStar);
      this.unsupported(listStar.pos, `unpacking a list into call arguments (*x) ${why}`);
    };
    let fixed = 0;
    let after = 0;
    for (const a of call.args) {
      if (a === listStar) continue;
      if (call.args.indexOf(a) > call.args.indexOf(listStar)) after++;
      if (a.kind !== 'Starred') fixed++;
      else {
        const t = inst.typeOf(a.value);
        if (t.kind !== 'tuple') return t.kind === 'never' ? undefined : fail('together with another unpacked list');
        fixed += t.elems.length;
      }
    }
    const normal = def.params.filter((p) => p.kind === 'normal');
    const byKeyword = new Set(call.keywords.map((k) => k.name));
    const varargs = def.params.find((p) => p.kind === 'varargs');
    if (varargs) {
      // Into `def f(a, *rest)`: the list's first items fill the positional parameters the other
      // arguments leave (none with a default), the rest of it goes to *rest (a tuple of run-time length).
      const open = normal.slice(implicit).slice(fixed);
      if (after) return fail(`before other positional arguments into a function with *${varargs.name}`);
      if (open.some((p) => p.defaultValue || byKeyword.has(p.name))) return fail(`into a function with *${varargs.name} and parameters with defaults the list may reach`);
      const tail = this.nodes.listStarTail(listStar, open.length);
      this.nodes.listStarOptionalItems.set(listStar, [tail]);
      inst.exprTypes.set(tail, T.object);
      this.nodes.presetArgs.add(tail);
      escapeType(elemOf(inst.typeOf(listStar.value) as ContainerType));
      const plan: ListStarPlan = { length: open.length, optional: 1 << 30, fname: this.nodes.callName(def), before: implicit + fixed, required: normal.filter((p) => !p.defaultValue).length, names: normal.map((p) => p.name), nextKeyword: '', tail: true };
      const known = this.nodes.listStarPlans.get(listStar);
      if (known && JSON.stringify(known) !== JSON.stringify(plan)) return fail('into calls of functions with different parameters');
      if (!known) this.nodes.listStarWatch.changed();
      this.nodes.listStarPlans.set(listStar, plan);
      return;
    }
    // The positional arguments (the list's items among them) fill the parameters up to the first one with a default or given by keyword.
    const rest = normal.slice(implicit);
    let filled = 0;
    while (filled < rest.length && !rest[filled].defaultValue && !byKeyword.has(rest[filled].name)) filled++;
    // Then the parameters with defaults the list may reach: each takes its item when the list is long enough.
    let optional = 0;
    while (filled + optional < rest.length && rest[filled + optional].defaultValue && !byKeyword.has(rest[filled + optional].name)) optional++;
    const next = rest[filled + optional];
    if (optional && after) return fail(`before other positional arguments into parameters with defaults (${pythonName(def)}(): '${rest[filled].name}')`);
    const defaultsInGlobals = this.functions.get(def.name) === def || [...this.classes.values()].some((c) => [...c.methods.values()].some((m) => m.def === def));
    if (optional && !defaultsInGlobals) return fail(`into ${pythonName(def)}(), a nested function with defaults`);
    const length = filled - fixed;
    if (length < 0) return fail(`into ${pythonName(def)}(), which takes fewer positional arguments`);
    const optionalItems: S.Expr[] = [];
    for (let k = 0; k < optional; k++) {
      const param = rest[filled + k];
      const node = this.nodes.listStarOptionalItem(listStar, def, param, length + k);
      const defaultType = this.globals.get(this.nodes.defaultSlot(def, param)) ?? T.never;
      inst.exprTypes.set(node, join(elemOf(inst.typeOf(listStar.value) as ContainerType), defaultType));
      this.nodes.presetArgs.add(node);
      optionalItems.push(node);
    }
    this.nodes.listStarOptionalItems.set(listStar, optionalItems);
    const plan: ListStarPlan = {
      length,
      optional,
      fname: this.nodes.callName(def),
      before: implicit + fixed,
      required: normal.filter((p) => !p.defaultValue).length,
      names: normal.map((p) => p.name),
      nextKeyword: next ? next.name : '',
    };
    const known = this.nodes.listStarPlans.get(listStar);
    if (known && JSON.stringify(known) !== JSON.stringify(plan)) return fail('into calls of functions with different parameters');
    if (!known) this.nodes.listStarWatch.changed();
    this.nodes.listStarPlans.set(listStar, plan);
  }

  /**
   * `f(a, *x, k=v)` where x's type is not known statically (a value that
   * may be a tuple or a list, a received message): the number of items is
   * known only at run time, so the call is compiled once per count, 0 to
   * maxDynamicStarItems (each arm binds its items as arguments of unknown
   * type; a count the callee cannot take raises CPython's TypeError, as the
   * same call with that many arguments does), and the lowering picks the arm
   * by the length of tuple(x). Only for user functions, classes, methods,
   * values of unknown type and str.format: other built-ins keep their own handling.
   */
  private dynamicStarArms(inst: FunctionInstance, e: S.CallExpr): S.CallExpr[] | null {
    let star: S.StarredExpr | null = null;
    for (const a of e.args) {
      if (a.kind !== 'Starred') continue;
      if (star) return null;
      star = a;
    }
    if (!star) return null;
    const starType = this.typeExpr(inst, star.value);
    if (!['object', 'list', 'str', 'dict', 'set', 'iter', 'vartuple'].includes(starType.kind)) return null;
    // A value of unknown type, or one of several functions (a dispatch table): no one list of parameters.
    const manyCallees = (t: Type) => t.kind === 'object' || (t.kind === 'func' && t.refs.length > 1);
    let dynamicCallee: boolean;
    if (e.func.kind === 'Name') {
      const b = this.resolve(inst, e.func.id);
      if (b.kind === 'builtin' || b.kind === 'import' || b.kind === 'module-name' || b.kind === 'undefined') return null;
      dynamicCallee = (b.kind === 'local' || b.kind === 'global' || b.kind === 'free') && manyCallees(this.typeExpr(inst, e.func));
    } else if (e.func.kind === 'Attribute') {
      if (isSuperCall(e.func.value)) return null;
      const recv = this.typeExpr(inst, e.func.value);
      // str.format takes any number of positional arguments: `("{:08x}" * 5).format(*self.h)` with h a list here, a tuple there.
      const formatsStr = recv.kind === 'str' && e.func.attr === 'format';
      if (recv.kind !== 'instance' && recv.kind !== 'object' && recv.kind !== 'class' && !formatsStr) return null;
      dynamicCallee = recv.kind === 'object' || formatsStr;
    } else dynamicCallee = manyCallees(this.typeExpr(inst, e.func));
    // A list into a function known here binds through its plan (planListStar), checked against its parameters.
    if (starType.kind === 'list' && !dynamicCallee) return null;
    let arms = this.nodes.dynamicStarArms.get(e);
    if (!arms) {
      const at = e.args.indexOf(star);
      arms = [];
      for (let k = 0; k <= maxDynamicStarItems; k++) {
        const items = Array.from({ length: k }, (_, i) => this.nodes.dynamicStarItem(star!, i));
        arms.push({ ...e, args: [...e.args.slice(0, at), ...items, ...e.args.slice(at + 1)] });
      }
      this.nodes.dynamicStarArms.set(e, arms);
    }
    // The items are tuple(x)'s, read by the lowering: values of unknown type. So x's items meet `object`
    // here and escape (a Thread's `args=(executor,)`, a tuple[ThreadPoolExecutor, ...] once joined with `()`,
    // reaches a target whose parameter is untyped and reads the executor's attributes by name).
    escapeType(this.iterElem(starType));
    for (let i = 0; i < maxDynamicStarItems; i++) {
      const item = this.nodes.dynamicStarItem(star, i);
      this.nodes.presetArgs.add(item);
      inst.exprTypes.set(item, T.object);
    }
    inst.starArmCalls.add(e);
    return arms;
  }

  /** f(args) where f is a function value: each definition it may be, specialised to the arguments. */
  funcCallType(inst: FunctionInstance, e: S.CallExpr, f: FuncType): Type {
    let result: Type = T.never;
    const groups: { ref: FuncRefInfo; target: FunctionInstance | null; bound: BoundCall }[] = [];
    for (const r of f.refs as FuncRefInfo[]) {
      const bound = this.bind(inst, r.def, e);
      if (!bound) return T.never;
      let target: FunctionInstance | null = null;
      if (!bound.error) {
        const types = bound.args.map((a, i) => (a ? this.argType(inst, a) : (this.globals.get(this.nodes.defaultSlot(r.def, r.def.params[i])) ?? T.never)));
        if (!types.some((t) => t.kind === 'never')) {
          target = this.instanceFor(r.def, types, null, r.outer);
          result = join(result, this.resultOf(target));
        }
      }
      groups.push({ ref: r, target, bound });
    }
    inst.funcCalls.set(e, groups);
    return result;
  }

  /** Types a call of a function value with argument types (for key= functions and the like). */
  callValueType(inst: FunctionInstance, node: S.CallExpr, f: Type, args: Type[]): Type {
    // `map(C, xs)`: a class is called as its constructor (not an exception class: those take their arguments from the call's nodes).
    const cls = f.kind === 'class' && !(f.cls as ClassInfo).exceptionBase ? (f.cls as ClassInfo) : null;
    // `map(partial(f, 1), xs)`, `key=Scorer()`: an instance is called through its class's __call__.
    const callable = f.kind === 'instance' && this.hasMethod(f, '__call__');
    if (f.kind !== 'func' && !cls && !callable) return f.kind === 'never' ? T.never : T.object;
    // The same synthetic call on every pass, so what is keyed by call site (a **kwargs dict) settles.
    let fake = inst.syntheticCalls.get(node);
    if (!fake || fake.args.length !== args.length) {
      fake = { kind: 'Call', pos: node.pos, func: node.func, args: args.map(() => ({ kind: 'None', pos: node.pos }) as S.Expr), keywords: [] };
      inst.syntheticCalls.set(node, fake);
    }
    fake.args.forEach((a, i) => {
      inst.exprTypes.set(a, args[i]);
      this.nodes.presetArgs.add(a);
    });
    if (cls) {
      const t = this.constructType(inst, fake, cls);
      inst.exprTypes.set(fake, t);
      return t;
    }
    if (callable) return this.dispatchCall(inst, fake, 'call', f, '__call__', [], fake).result;
    return this.funcCallType(inst, fake, f as FuncType);
  }

  /**
   * `Exception.__init__(self, *args)` (or `__str__`/`__repr__(self)`) in a method of an exception class: BaseException's
   * own method, named through a built-in exception class, as twisted's and many libraries' exceptions call it.
   * Returns the method's name, or null for any other call.
   */
  builtinExceptionMethodCall(inst: FunctionInstance, e: S.CallExpr, callee: S.AttributeExpr): '__init__' | '__str__' | '__repr__' | null {
    const attr = callee.attr;
    if (attr !== '__init__' && attr !== '__str__' && attr !== '__repr__') return null;
    if (callee.value.kind !== 'Name' || !exceptionClassNames.has(callee.value.id) || this.resolve(inst, callee.value.id).kind !== 'builtin') return null;
    if (!inst.cls?.exceptionBase || !inst.def?.params.length || e.keywords.length || e.doubleStars?.length) return null;
    const first = e.args[0];
    if (first?.kind !== 'Name' || first.id !== inst.def.params[0].name || e.args.some((a) => a.kind === 'Starred')) return null;
    if (attr !== '__init__' && e.args.length !== 1) return null;
    return attr;
  }

  /** `x.name(...)` where x's type is unknown calls the attribute's value: no class or built-in value has a method `name` (`text.decode('ascii')`
   * is bytes.decode even where a class has an attribute `decode`), and some class has an instance attribute of that name. */
  isAttributeValueCall(name: string): boolean {
    if (name.startsWith('__') || builtinValueMethodNames.has(name)) return false;
    const classes = [...this.classes.values()];
    return !classes.some((c) => c.lookup(name)?.method) && classes.some((c) => c.hier.slots.has(name));
  }

  /** Is `attr` one of a functools.partial's attributes, read from a value that can only be partial objects? */
  isPartialAttribute(t: FuncType, attr: string): boolean {
    return partialAttributes.has(attr) && (t.refs as FuncRefInfo[]).every((r) => isPartialObject(r.def) && r.outer !== null);
  }

  /** The type of `e` (`p.func`, `p.args`, `p.keywords`) where p is the partial object `r` (see isPartialObject). */
  private partialAttributeType(inst: FunctionInstance, e: S.AttributeExpr, r: FuncRefInfo): Type {
    const keywordNames = r.def.partialKeywords;
    const cellType = (name: string) => r.outer!.locals.get(name) ?? T.never;
    // CPython's partial of a partial is flattened into one (its func the inner one's, its args both's): not made so here.
    const func = cellType('func');
    if (func.kind === 'func' && (func.refs as FuncRefInfo[]).some((f) => isPartialObject(f.def))) {
      this.unsupported(e.pos, `.${e.attr} of a functools.partial of a partial`);
      return T.never;
    }
    if (e.attr !== 'keywords' || !keywordNames) return cellType(e.attr);
    // A keyword partial's keywords: the dict of its cells, made where it is read.
    const cell = this.siteCellOf(inst, e);
    cell.widen('key', T.str);
    keywordNames.forEach((_, i) => cell.widen('value', cellType(`__partial_kw${i}`)));
    return { kind: 'dict', cell };
  }

  private markEager(e: S.CallExpr): void {
    for (const a of e.args) if (a.kind === 'GeneratorExp' || isMapOrFilter(a)) this.eagerGenerators.set(a, true);
  }

  private methodCallType(inst: FunctionInstance, e: S.CallExpr, callee: S.AttributeExpr): Type {
    if (isSuperCall(callee.value) && this.resolve(inst, 'super').kind === 'builtin') {
      for (const a of e.args) this.typeExpr(inst, a);
      for (const k of e.keywords) this.typeExpr(inst, k.value);
      return this.superCallType(inst, e, callee);
    }
    const builtinExcMethod = this.builtinExceptionMethodCall(inst, e, callee);
    if (builtinExcMethod) {
      for (const a of e.args.slice(1)) this.typeExpr(inst, a);
      return builtinExcMethod === '__init__' ? T.none : T.str;
    }
    const nested = this.nestedModuleMember(inst, callee);
    if (nested) return this.moduleCallType(inst, e, nested.member, nested.name);
    const recvOnly = this.typeExpr(inst, callee.value);
    if (recvOnly.kind === 'module') {
      const member = this.moduleMember(recvOnly, callee.attr);
      if (member?.kind === 'special') return this.specialCallType(inst, e, member.name);
      if (!member) {
        this.unsupported(callee.pos, `${recvOnly.name}.${callee.attr}`);
        return T.never;
      }
      if (member.kind !== 'func') {
        this.unsupported(callee.pos, `calling ${recvOnly.name}.${callee.attr}`);
        return T.never;
      }
      return this.moduleCallType(inst, e, member, `${recvOnly.name}.${callee.attr}`);
    }
    if (recvOnly.kind === 'instance' || recvOnly.kind === 'class') {
      const argTypes = e.args.map((a) => this.typeExpr(inst, a));
      for (const k of e.keywords) this.typeExpr(inst, k.value);
      if (argTypes.some((t) => t.kind === 'never')) return T.never;
      if (recvOnly.kind === 'instance' && isObjectStrCall(e, callee) && !(recvOnly.classes as ClassInfo[]).every((c) => c.lookup(callee.attr)?.method)) {
        // x.__str__() / x.__repr__() of a class without it: object's, which is str(x) / repr(x).
        this.strType(inst, e, recvOnly, callee.attr === '__repr__');
        return T.str;
      }
      return this.userMethodCallType(inst, e, callee, recvOnly) ?? T.never;
    }
    const recv = recvOnly;
    if (recv.kind === 'object' && this.isAttributeValueCall(callee.attr)) {
      // `spec.handler_class(request, **spec.kwargs)` on a value of unknown type: no class has a method of that
      // name and some have an attribute, so the attribute's value (a class, a function) is what is called.
      this.typeExpr(inst, callee);
      for (const a of e.args) this.typeExpr(inst, a);
      for (const k of e.keywords) this.typeExpr(inst, k.value);
      for (const d of e.doubleStars ?? []) this.typeExpr(inst, d);
      return this.dynamicCallType(inst, e);
    }
    if (e.doubleStars?.length) {
      // `"{name}".format(**fields)`: the mapping's items become keywords at run time (one mapping, a dict).
      const spreads = e.doubleStars.map((d) => this.typeExpr(inst, d));
      if (spreads.length > 1 || !['dict', 'object', 'never'].includes(spreads[0].kind) || recv.kind === 'exception') {
        this.unsupported(e.doubleStars[spreads.length > 1 ? 1 : 0].pos, `argument unpacking (**kwargs) of ${spreads.length > 1 ? 'several mappings' : describe(spreads[0])} into a method of ${describe(recv)} values`);
        return T.never;
      }
      escapeType(spreads[0]);
    }
    if (recv.kind === 'str' && (callee.attr === 'format' || callee.attr === 'format_map')) {
      // `'{0.x} {p.name}'.format(...)` reads attributes by name when it runs: the arguments'
      // classes need their entries by name (a format string not known here may do it too).
      const fmt = callee.value;
      if (fmt.kind !== 'Str' || /\{[^{}!:]*\./.test(fmt.value)) {
        for (const a of e.args) escapeType(this.typeExpr(inst, a.kind === 'Starred' ? a.value : a));
        for (const k of e.keywords) escapeType(this.typeExpr(inst, k.value));
      }
    }
    if (recv.kind === 'exception') {
      // A user exception class's method: found on the exception at run time, with dynamic arguments.
      for (const a of e.args) escapeType(this.typeExpr(inst, a));
      for (const k of e.keywords) escapeType(this.typeExpr(inst, k.value));
      return T.object;
    }
    // sep.join(genexp) consumes it at once: a list then (bytes separators are dynamic values).
    if ((recv.kind === 'str' || recv.kind === 'object') && callee.attr === 'join') this.markEager(e);
    for (const a of e.args) this.typeExpr(inst, a);
    for (const k of e.keywords) this.typeExpr(inst, k.value);
    const positional = this.positionalArgs(inst, e);
    if (!positional) return T.never;
    const args = positional.map((a) => inst.typeOf(a));
    if (recv.kind === 'never' || args.some((t) => t.kind === 'never')) return T.never;
    // None has no methods: the call raises AttributeError, so it gives no value. (A receiver
    // seen as None only so far, say a global set later, must not make its result dynamic for good.)
    if (recv.kind === 'none') return valueDunderType(callee.attr, args) ?? T.never;
    if (recv.kind === 'object') {
      // The arguments reach code the checker does not see (a defaultdict's list.append...): dynamic from now on.
      for (const t of args) escapeType(t);
      for (const k of e.keywords) escapeType(inst.typeOf(k.value));
      return T.object;
    }
    const keyArg = e.keywords.find((k) => k.name === 'key');
    if (recv.kind === 'list' && callee.attr === 'sort' && keyArg) {
      const keyType = inst.typeOf(keyArg.value);
      if (keyType.kind !== 'none') this.callValueType(inst, e, keyType, [elemOf(recv)]);
    }
    const ctx: MethodContext = { siteCell: () => inst.siteCell(e, 'method'), iterElem: (t) => this.iterElem(t) };
    const result = methodResultType(ctx, recv, callee.attr, args);
    // A method the checker has no type for: the runtime's (its result is dynamic), or AttributeError there.
    if (!result && isContainer(recv)) escapeType(recv);
    return result ?? T.object;
  }

  private builtinCallType(inst: FunctionInstance, e: S.CallExpr, name: string, args: Type[], kw: Type[]): Type {
    if (e.doubleStars?.length) {
      this.unsupported(e.doubleStars[0].pos, `argument unpacking (**kwargs) into ${name}()`);
      return T.never;
    }
    if (!implementedBuiltins.has(name) && !exceptionClassNames.has(name)) {
      this.unsupported(e.func.pos, `builtin '${name}'`);
      return T.never;
    }
    const allowed = builtinKeywords[name] ?? [];
    for (const k of e.keywords) {
      if (!allowed.includes(k.name)) {
        this.unsupported(k.pos, `keyword argument '${k.name}' of ${name}()`);
        return T.never;
      }
    }
    let starredMinMax = false;
    if ((name === 'min' || name === 'max') && e.args.length === 1 && e.args[0].kind === 'Starred' && args[0]?.kind === 'tuple' && args[0].elems.length === 0) {
      // max(*()), as a call through `max` passed as a value with no arguments: a TypeError when it runs (lower.ts).
      return T.never;
    }
    if ((name === 'min' || name === 'max') && e.args.length === 1 && e.args[0].kind === 'Starred' && args[0]?.kind === 'tuple' && args[0].elems.length > 0) {
      // max(*t), as `max` passed as a value calls it: one item is itself the iterable; more are compared.
      args = [args[0].elems.length === 1 ? args[0].elems[0] : args[0]];
      starredMinMax = true;
    } else if (name === 'zip' && e.args.length === 1 && e.args[0].kind === 'Starred') {
      // zip(*rows): as many iterables as rows has items, so tuples of a length known at run time only.
      if (args[0].kind === 'never') return T.never;
      return iterOf('zip', T.object);
    }
    if (!starredMinMax && e.args.some((a) => a.kind === 'Starred')) {
      this.unsupported(e.pos, 'argument unpacking (*args)');
      return T.never;
    }
    if (args.some((t) => t.kind === 'never') || kw.some((t) => t.kind === 'never')) return T.never;
    if (exceptionClassNames.has(name)) return T.exception;
    const n = args.length;
    const fileIndex = name === 'print' ? e.keywords.findIndex((k) => k.name === 'file') : -1;
    const file = fileIndex >= 0 ? kw[fileIndex] : null;
    if (file && !(file.kind === 'module' && (file.name === 'sys.stdout' || file.name === 'sys.stderr'))) {
      this.unsupported(e.pos, 'print(file=...) to anything but sys.stdout or sys.stderr');
    }
    // Instances reach builtins through their dunder methods.
    if (name === 'print') e.args.forEach((a, i) => this.strType(inst, a, args[i], false));
    if ((name === 'str' || name === 'repr' || name === 'ascii') && n === 1) this.strType(inst, e.args[0], args[0], name !== 'str');
    if (name === 'bool' && n === 1) this.truthType(inst, e.args[0], args[0]);
    const recv = args[0];
    if (n === 1 && recv.kind === 'instance' && name === 'complex') {
      // complex(x): x.__complex__(), else complex(x.__float__()) or complex(x.__index__()), as CPython
      const dunder = ['__complex__', '__float__', '__index__'].find((d) => this.hasMethod(recv, d));
      if (dunder) {
        this.dispatchCall(inst, e, 'builtin', recv, dunder, [], null);
        return T.object;
      }
    }
    if (n === 1 && args[0].kind === 'instance') {
      const dunder = { len: '__len__', abs: '__abs__', hash: '__hash__', int: '__int__', float: '__float__', reversed: '__reversed__' }[name as string];
      // reversed() of an instance without __reversed__ uses __len__ and __getitem__ (the runtime's ai_builtin_reversed).
      if (dunder === '__reversed__' && !this.hasMethod(args[0], dunder)) return iterOf('reversed', this.iterElem(args[0]));
      // hash() of an instance whose class has no __hash__: object's, by identity, or unhashable (the runtime's ai_builtin_hash).
      // Some of the classes only: each instance's own, found at run time (its class's dynamic entry).
      if (dunder === '__hash__' && !this.hasMethod(args[0], dunder)) return T.int;
      if (dunder === '__hash__' && !(args[0].classes as ClassInfo[]).every((c) => c.lookup(dunder)?.method)) {
        escapeType(args[0]);
        return T.int;
      }
      if (dunder) return this.hasMethod(args[0], dunder) ? this.dispatchCall(inst, e, 'builtin', args[0], dunder, [], null).result : T.never;
    }
    // round(x[, n]) and divmod(a, b) of instances: __round__, __divmod__ (or the right operand's __rdivmod__).
    if (name === 'round' && (n === 1 || n === 2) && args[0].kind === 'instance') {
      return this.hasMethod(args[0], '__round__') ? this.dispatchCall(inst, e, 'builtin', args[0], '__round__', args.slice(1), null).result : T.never;
    }
    if (name === 'divmod' && n === 2 && (args[0].kind === 'instance' || args[1].kind === 'instance')) {
      if (args[0].kind === 'instance' && this.hasMethod(args[0], '__divmod__')) return this.dispatchCall(inst, e, 'builtin', args[0], '__divmod__', [args[1]], null).result;
      if (args[1].kind === 'instance' && this.hasMethod(args[1], '__rdivmod__')) return this.dispatchCall(inst, e, 'builtin', args[1], '__rdivmod__', [args[0]], null).result;
      return T.never;
    }
    const site = (tag = '') => inst.siteCell(e, tag);
    const kwType = (k: string) => {
      const i = e.keywords.findIndex((x) => x.name === k);
      return i < 0 ? null : kw[i];
    };
    switch (name) {
      case 'print':
        return T.none;
      case 'len':
        return n === 1 && args[0].kind !== 'int' && args[0].kind !== 'float' && args[0].kind !== 'bool' && args[0].kind !== 'none' ? T.int : T.never;
      case 'type.__name__':
        return T.str;
      case 'object.class':
        return T.object;
      case 'str':
      case 'repr':
      case 'chr':
      case 'hex':
      case 'oct':
      case 'bin':
      case 'ascii':
      case 'input':
        return T.str;
      case 'ord':
      case 'hash':
      case 'id':
        return T.int;
      case 'callable':
        return T.bool;
      case 'slice':
        // A slice object (runtime obj/range.c): start, stop and step are whatever was given.
        if (n < 1 || n > 3) return T.never;
        args.forEach(escapeType);
        return T.object;
      case 'getattr':
        // getattr(obj, name[, default]) with a computed name: found by name at run time (a written-out
        // name is obj.name); a method is a bound method value, which calls of unknown values may meet.
        if (n !== 2 && n !== 3) return T.never;
        escapeType(args[0]);
        if (n === 3) escapeType(args[2]);
        this.boundMethodValues = true;
        return T.object;
      case 'setattr':
      case 'delattr':
      case 'object.__setattr__':
      case 'object.__delattr__':
        // setattr(obj, name, value) / delattr(obj, name) with a computed name (a written-out setattr statement is an
        // assignment): by name at run time; a name the class has no slot for goes to the instance's own dict.
        // object.__setattr__ stores so without calling the class's own __setattr__.
        if (n !== (name === 'setattr' || name === 'object.__setattr__' ? 3 : 2)) return T.never;
        if (name === 'object.__setattr__' && args[0].kind === 'instance' && e.args[1].kind === 'Str') this.keepSlotsStoredByName(args[0], e.args[1].value);
        escapeType(args[0]);
        if (n === 3) escapeType(args[2]);
        this.addInstanceDict(args[0]);
        return T.none;
      case 'vars':
        if (n !== 1) return T.never;
        if (args[0].kind === 'object') return this.unknownInstanceDictType(inst, e);
        if (args[0].kind !== 'instance') {
          this.unsupported(e.pos, `vars() of a ${pythonTypeName(args[0])}`);
          return T.never;
        }
        // A class whose `__dict__` is a property (argparse's Namespace, which keeps its values in a dict): its getter.
        if (definesDictProperty(args[0])) return this.dispatchCall(inst, e, 'get', args[0], '__dict__', [], null).result;
        return this.instanceDictType(inst, e, args[0]);
      case 'hasattr':
        // Answered at run time from what the object's type has (runtime/src/obj/hasattr.c).
        if (n !== 2) return T.never;
        escapeType(args[0]);
        return T.bool;
      case 'format':
        return n === 1 || n === 2 ? T.str : T.never;
      case 'bool':
      case 'any':
      case 'all':
        return T.bool;
      case 'int':
        return n >= 1 && args[0].kind === 'none' ? T.never : T.int;
      case 'float':
        return n >= 1 && args[0].kind === 'none' ? T.never : T.float;
      case 'abs':
        if (n !== 1) return T.never;
        if (args[0].kind === 'object') return T.object;
        if (args[0].kind === 'float') return T.float;
        if (args[0].kind === 'int' || args[0].kind === 'bool') return T.int;
        return T.never;
      case 'range':
        return iterOf('range', T.int);
      case 'list':
      case 'sorted': {
        const cell = site();
        if (n >= 1) cell.widen('elem', this.iterElem(args[0]));
        const key = kwType('key');
        if (name === 'sorted' && key && key.kind !== 'none' && n >= 1) this.callValueType(inst, e, key, [this.iterElem(args[0])]);
        return { kind: 'list', cell };
      }
      case 'set':
      case 'frozenset': {
        const cell = site();
        if (n >= 1) cell.widen('elem', this.iterElem(args[0]));
        // A frozenset is a dynamic value: its items must be readable by name at run time.
        if (name !== 'set' && n >= 1) escapeType(this.iterElem(args[0]));
        return name === 'set' ? { kind: 'set', cell } : T.object;
      }
      case 'tuple':
        // tuple(xs): a tuple of xs's items, of a length known at run time.
        return n === 0 ? tupleOf([]) : varTupleOf(this.iterElem(args[0]));
      case 'complex':
      case 'bytes':
      case 'bytearray':
        // bytes and complex values are dynamic (runtime/src/obj/bytes.c): every operation dispatches on them at run time.
        for (const a of args) escapeType(a);
        return T.object;
      case 'dict': {
        const cell = site();
        if (n >= 1) {
          if (args[0].kind === 'dict') {
            cell.widen('key', keyOf(args[0]));
            cell.widen('value', valueOf(args[0]));
          } else if (args[0].kind === 'instance' && this.hasMethod(args[0], 'keys')) {
            // a mapping of a class (ChainMap): the runtime calls its keys() and [] by name (dict.c ai_dict_update_from)
            escapeType(args[0]);
            cell.widen('key', T.object);
            cell.widen('value', T.object);
          } else {
            const pair = this.iterElem(args[0]);
            if (pair.kind === 'tuple' && pair.elems.length === 2) {
              cell.widen('key', pair.elems[0]);
              cell.widen('value', pair.elems[1]);
            } else {
              cell.widen('key', T.object);
              cell.widen('value', T.object);
            }
          }
        }
        return { kind: 'dict', cell };
      }
      case 'reversed':
        return n === 1 ? iterOf('reversed', this.iterElem(args[0])) : T.never;
      case 'enumerate':
        return n >= 1 ? iterOf('enumerate', tupleOf([T.int, this.iterElem(args[0])])) : T.never;
      case 'zip':
        return iterOf('zip', tupleOf(args.map((a) => this.iterElem(a))));
      case 'sum': {
        if (n < 1) return T.never;
        const start = n >= 2 ? args[1] : (kwType('start') ?? T.int);
        const elem = this.iterElem(args[0]);
        // The runtime adds the items as words: instances there need their dunders' dynamic entries (u_binop).
        for (const t of [elem, start]) if (t.kind === 'instance') escapeType(t);
        if (elem.kind === 'never' && !this.itemTypesSettled) return T.never;
        const total = numericSum(elem, start);
        // Floats summed from the int start 0 give that int when there are no items (sum([]) is 0, not 0.0):
        // the result is dynamic, except for a generator expression without `if` clauses (numeric code's
        // `sum(a[i] * b[i] for i in range(n))`, empty only when its source is), whose inline loop (lower.ts)
        // stops the program with an unsupported-TypeError when it makes no items.
        const unfiltered = (g: S.Expr) => g.kind === 'GeneratorExp' && g.generators.every((c) => c.ifs.length === 0);
        if (total.kind === 'float' && start.kind !== 'float' && !unfiltered(e.args[0])) return T.object;
        return total;
      }
      case 'min':
      case 'max': {
        let t: Type = n === 1 ? this.iterElem(args[0]) : args.reduce((a, b) => join(a, b), T.never as Type);
        const key = kwType('key');
        if (key && key.kind !== 'none') this.callValueType(inst, e, key, [t]);
        const d = kwType('default');
        if (d) t = join(t, d);
        return t;
      }
      case 'map': {
        if (!this.eagerGenerators.has(e)) this.unsupported(e.pos, 'map() outside a loop or a call that consumes it at once');
        if (n < 2) return T.never;
        return iterOf('map', this.callValueType(inst, e, args[0], args.slice(1).map((a) => this.iterElem(a))));
      }
      case 'filter': {
        if (!this.eagerGenerators.has(e)) this.unsupported(e.pos, 'filter() outside a loop or a call that consumes it at once');
        if (n !== 2) return T.never;
        const elem = this.iterElem(args[1]);
        if (args[0].kind !== 'none') this.truthType(inst, e, this.callValueType(inst, e, args[0], [elem]));
        return iterOf('filter', elem);
      }
      case 'iter':
        return n === 1 ? iterOf('iterator', this.iterElem(args[0])) : T.never;
      case 'next': {
        if (n < 1 || n > 2) return T.never;
        // A finished generator's return value reaches `except StopIteration as e: e.value` (dynamic).
        if (args[0].kind === 'iter' && args[0].ret) escapeType(args[0].ret);
        const elem = this.iterElem(args[0]);
        return n === 2 ? join(elem, args[1]) : elem;
      }
      case 'isinstance':
      case 'issubclass':
        if (n !== 2) return T.never;
        for (const c of e.args[1].kind === 'Tuple' ? e.args[1].elts : [e.args[1]]) {
          const ct = inst.typeOf(c);
          // A class value, or a tuple of them, found at run time (a parameter `isinstance(n, kind)`, `isinstance(e,
          // self.handled)`): tested by the runtime against the object's class and every base (further bases are
          // registered at start-up).
          const classObject = name === 'isinstance' && classValueFoundAtRunTime(e, c, ct, this.isClassName(inst, c));
          if (ct.kind !== 'class' && !classObject && !this.isClassName(inst, c)) {
            this.unsupported(c.pos, `${name}() with this class argument`);
          }
        }
        return T.bool;
      case 'type': {
        if (n !== 1 || e.keywords.length) {
          this.unsupported(e.pos, 'type() with other than one argument (creating a class)');
          return T.never;
        }
        const t = args[0];
        if (t.kind === 'never') return T.never;
        // An instance of exactly one class: that class, statically (`type(self)(...)` constructs it).
        if (t.kind === 'instance' && t.classes.length === 1 && !t.orNone) return { kind: 'class', cls: t.classes[0] };
        // Else a class object found at run time: a compiled class (each may then be constructed
        // through the value, like a class kept in a list) or a built-in type (see dynamicCallType).
        if (t.kind === 'instance') for (const c of t.classes) escapeType({ kind: 'class', cls: c });
        if (t.kind !== 'instance' || t.orNone) this.builtinClassValues = true;
        return T.object;
      }
      case 'divmod': {
        if (n !== 2) return T.never;
        const intLike = (t: Type) => t.kind === 'int' || t.kind === 'bool';
        const r = intLike(args[0]) && intLike(args[1]) ? T.int : args.every((t) => isNumeric(t)) ? T.float : T.object;
        return tupleOf([r, r]);
      }
      case 'pow':
        if (n === 3) return T.int;
        return n === 2 ? binaryType('**', args[0], args[1], e.args[1], e.args[0]) : T.never;
      case 'round':
        if (n === 1 || (n === 2 && args[1].kind === 'none')) return args[0].kind === 'object' ? T.object : T.int;
        return args[0].kind === 'float' ? T.float : args[0].kind === 'object' ? T.object : T.int;
    }
    return T.never;
  }
}

/**
 * What the checker records about the syntax nodes of one program: the names it gives defs,
 * how calls bind, the nodes it makes for packed and unpacked arguments, the plans of `*list`
 * and `**dict` arguments. Held by the Program (Program.nodes), not in module-level maps keyed
 * by node: the checker only reads the tree, so that a def the passes left unchanged can keep
 * its nodes from one build to the next (serve), and a kept node must carry nothing of an
 * earlier program (a lambda's number, a plan made for another callee).
 */
export class NodeTables {
  readonly qualnames = new WeakMap<S.FunctionDef, string>();
  /** The name argument-binding errors give a function, when not its plain name (methods: `C.m`). */
  readonly messageNames = new WeakMap<S.FunctionDef, string>();
  /** CPython's __qualname__ of a def, where it differs from its __name__ (methods `C.m`, nested `f.<locals>.g`). */
  readonly pythonQualnames = new WeakMap<S.FunctionDef, string>();
  /** bindCall's results, by call, definition and implicit argument count. */
  readonly callBindings = new WeakMap<S.CallExpr, Map<S.FunctionDef, BoundCall[]>>();
  /** The *args tuples and **kwargs dicts that bindArgs packs from a call's arguments. */
  readonly packedArgs = new WeakSet<S.Expr>();
  /** Packed *args tuples that end with a list's tail (see planListStar): typed as dynamic values. */
  readonly packedWithTail = new WeakSet<S.Expr>();
  /** Calls with a `*x` of unknown static type, and their arm per item count: see Program.dynamicStarArms. */
  readonly dynamicStarArms = new WeakMap<S.CallExpr, S.CallExpr[]>();
  readonly dynamicStarItemNodes = new WeakMap<S.StarredExpr, S.Expr[]>();
  /** Argument nodes of calls the compiler makes itself: their types are given, not computed from the node. */
  readonly presetArgs = new WeakSet<S.Expr>();
  /** Synthetic `t[i]` nodes standing for the items of a starred call argument `*t`. */
  readonly starItems = new WeakSet<S.Expr>();
  readonly starItemNodes = new WeakMap<S.StarredExpr, S.Expr[]>();
  readonly expandedArgs = new WeakMap<S.CallExpr, Map<string, S.Expr[]>>();
  /** `f(*items)` into `def f(..., *args)`: the node standing for the items from `start` on, packed into args. */
  readonly listStarTails = new WeakMap<S.Expr, { star: S.StarredExpr; start: number }>();
  readonly listStarTailNodes = new WeakMap<S.StarredExpr, Map<number, S.Expr>>();
  readonly listStarPlans = new WeakMap<S.StarredExpr, ListStarPlan>();
  readonly listStarOptionals = new WeakMap<S.Expr, ListStarOptionalItem>();
  /** The optional item nodes of a planned `*list`, after its `length` plain items. */
  readonly listStarOptionalItems = new WeakMap<S.StarredExpr, S.Expr[]>();
  readonly listStarOptionalNodes = new WeakMap<S.StarredExpr, Map<string, S.Expr>>();
  readonly kwargsPlans = new WeakMap<FunctionInstance, WeakMap<S.CallExpr, Map<S.FunctionDef, KwargsPlan>>>();
  readonly kwargsItems = new WeakMap<S.Expr, KwargsItem>();
  readonly kwargsItemNodes = new WeakMap<S.CallExpr, Map<string, S.Expr>>();
  readonly kwargsRests = new WeakMap<S.Expr, KwargsRest>();
  readonly kwargsRestNodes = new WeakMap<S.CallExpr, Map<string, S.Expr>>();
  /** The name argument of a `$merge_kwargs` call (parser.ts mergedKeywords): the callee as CPython's message names it, once the call binds. */
  readonly mergeNames = new WeakMap<S.Expr, string>();
  /** Lists unpacked into calls whose binding was reported unsupported (reported once). */
  readonly listStarFailures = new WeakSet<S.StarredExpr>();
  readonly packedCache = new WeakMap<object, Map<string, S.Expr>>();
  /**
   * Readers of the list-star plans and failures (see Program.infer): a call is typed before the
   * plan its own typing makes, and again once the plan is there, as when every instance was re-typed.
   */
  readonly listStarWatch = new WatchPoint();

  /** `C.m` for methods, `f` for functions: unique among the program's defs. */
  qualname(def: S.FunctionDef): string {
    return this.qualnames.get(def) ?? def.name;
  }

  /** A def's __qualname__: a function hoisted out of `f` (local-classes.ts) is `f.<locals>.g`. */
  pythonQualname(def: S.FunctionDef): string | null {
    if (methodValueQualnames.has(def)) return methodValueQualnames.get(def)!;
    return this.pythonQualnames.get(def) ?? (def.name.includes('.<locals>.') ? classQualname(def.name) : pythonName(def));
  }

  /** `f.__qualname__` of one function f may be (null: not known statically), as funcRefName. */
  funcRefQualname(r: FuncRefInfo, depth = 0): string | null {
    if (!wrapsDecorated.has(r.def)) return this.pythonQualname(r.def);
    const arg = wrapsArgs.get(r.def);
    const f = arg?.kind === 'Name' && r.outer ? r.outer.locals.get(arg.id) : undefined;
    if (f?.kind !== 'func' || depth >= 8) return null;
    const names = new Set((f.refs as FuncRefInfo[]).map((x) => this.funcRefQualname(x, depth + 1)));
    return names.size === 1 && !names.has(null) ? [...names][0] : null;
  }

  /**
   * `f.__doc__` / `f.__module__` of one function f may be: a str, null for None (no docstring), undefined
   * when not known statically (a @functools.wraps wrapper, a built-in's lambda).
   */
  funcRefMeta(r: FuncRefInfo, attr: '__doc__' | '__module__', depth = 0): string | null | undefined {
    if (r.def.name.startsWith('builtins.')) return undefined;
    if (wrapsDecorated.has(r.def)) {
      // A @functools.wraps(g) wrapper has g's, as funcRefName finds g.
      const arg = wrapsArgs.get(r.def);
      const f = arg?.kind === 'Name' && r.outer ? r.outer.locals.get(arg.id) : undefined;
      if (f?.kind !== 'func' || depth >= 8) return undefined;
      const values = new Set((f.refs as FuncRefInfo[]).map((g) => this.funcRefMeta(g, attr, depth + 1)));
      return values.size === 1 ? [...values][0] : undefined;
    }
    if (attr === '__module__') return this.defModule(r.def);
    const first = r.def.body[0];
    return first?.kind === 'ExprStmt' && first.expr.kind === 'Str' ? first.expr.value : null;
  }

  /** The module a def belongs to, as its `__module__`: `__main__` for main.py's, else the linked module's name. */
  defModule(def: S.FunctionDef): string {
    const qualname = this.pythonQualname(def) ?? pythonName(def);
    // A decorated def's body is `undecorated.f` (decorators.ts): the prefix is no module.
    const name = def.name.replace(undecoratedPrefix, '');
    return name.endsWith(`.${qualname}`) ? name.slice(0, -qualname.length - 1) : '__main__';
  }

  /** CPython's name of a callee in the TypeError of a call whose `**` mappings repeat a key: `__main__.C.m()`, `__main__.C()` for a constructor. */
  kwargsMergeName(def: S.FunctionDef, call: S.CallExpr): string {
    const qualname = this.pythonQualname(def) ?? pythonName(def);
    const constructor = qualname.endsWith('.__init__') && !(call.func.kind === 'Attribute' && call.func.attr === '__init__');
    const shown = constructor ? qualname.slice(0, -'.__init__'.length) : qualname;
    const module = this.defModule(def);
    return module === 'builtins' ? `${shown}()` : `${module}.${shown}()`;
  }

  /** Name of the hidden module global that holds a parameter's default value. */
  defaultSlot(def: S.FunctionDef, p: S.Param): string {
    return `${this.qualname(def)}.__defaults__.${p.name}`;
  }

  /**
   * Binds a call's arguments to parameters as CPython does, or says why it
   * cannot. A function of the syntax alone: each call is bound once, not again
   * in every inference round.
   */
  bindCall(def: S.FunctionDef, call: S.CallExpr, implicit = 0): BoundCall {
    let byDef = this.callBindings.get(call);
    if (!byDef) this.callBindings.set(call, (byDef = new Map()));
    let byImplicit = byDef.get(def);
    if (!byImplicit) byDef.set(def, (byImplicit = []));
    return (byImplicit[implicit] ??= this.bindArgs(def, call.args, call.keywords, implicit));
  }

  /**
   * Binds arguments to parameters as CPython does, or says why it cannot.
   * `implicit`: leading parameters supplied by the call itself (self, cls);
   * their entries stay null.
   */
  bindArgs(def: S.FunctionDef, positional: S.Expr[], keywords: S.KeywordArg[], implicit = 0): BoundCall {
    const n = def.params.length;
    const args: (S.Expr | null)[] = new Array(n).fill(null);
    const given = new Array(n).fill(false);
    const normal = def.params.map((p, i) => i).filter((i) => def.params[i].kind === 'normal');
    const varargs = def.params.findIndex((p) => p.kind === 'varargs');
    const varkw = def.params.findIndex((p) => p.kind === 'varkw');
    for (let i = 0; i < implicit && i < normal.length; i++) given[normal[i]] = true;
    const slots = normal.slice(implicit);
    // (The implicit self counts: a def without parameters called through an instance gets one argument too many.)
    if (positional.length + implicit > normal.length && varargs < 0) {
      const required = normal.filter((i) => !def.params[i].defaultValue).length;
      const total = normal.length;
      const takes = required === total ? `${total}` : `from ${required} to ${total}`;
      const count = positional.length + implicit;
      return { args, error: `${this.callName(def)}() takes ${takes} positional argument${total === 1 && required === total ? '' : 's'} but ${count} ${count === 1 ? 'was' : 'were'} given` };
    }
    positional.slice(0, slots.length).forEach((a, k) => {
      args[slots[k]] = a;
      given[slots[k]] = true;
    });
    if (varargs >= 0) {
      // The extra positional arguments, packed into the *args tuple.
      const extra = positional.slice(slots.length);
      const packed = this.packedNode(positional, def, 'tuple', () => ({ kind: 'Tuple', pos: extra[0]?.pos ?? def.pos, elts: extra }) as S.TupleExpr);
      // A list's tail among them (`f(*items)`): a tuple of run-time length, a dynamic value.
      if (extra.some((a) => this.listStarTails.has(a))) this.packedWithTail.add(packed);
      args[varargs] = packed;
      given[varargs] = true;
    }
    const extraKw: S.KeywordArg[] = [];
    for (const k of keywords) {
      const i = def.params.findIndex((p) => p.name === k.name && (p.kind === 'normal' || p.kind === 'kwonly'));
      if (i < 0) {
        if (varkw >= 0) {
          extraKw.push(k);
          continue;
        }
        return { args, error: `${this.callName(def)}() got an unexpected keyword argument '${k.name}'` };
      }
      if (given[i]) return { args, error: `${this.callName(def)}() got multiple values for argument '${k.name}'` };
      args[i] = k.value;
      given[i] = true;
    }
    const rest = extraKw.find((k) => k.name === '**');
    if (varkw >= 0 && rest) {
      // `f(**d)` into `def f(..., **kwargs)`: kwargs is d without the named parameters' keys (doubleStarKeywords).
      args[varkw] = rest.value;
      given[varkw] = true;
    } else if (varkw >= 0) {
      const packed = this.packedNode(positional, def, 'dict', () => ({ kind: 'Dict', pos: def.pos, keys: extraKw.map((k) => ({ kind: 'Str', pos: k.pos, value: k.name }) as S.Expr), values: extraKw.map((k) => k.value) }) as S.DictExpr);
      args[varkw] = packed;
      given[varkw] = true;
    }
    const missing = def.params.filter((p, i) => !given[i] && !p.defaultValue && p.kind === 'normal').map((p) => `'${p.name}'`);
    if (missing.length) {
      const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')}${missing.length > 2 ? ',' : ''} and ${missing[missing.length - 1]}`;
      return { args, error: `${this.callName(def)}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}` };
    }
    const missingKw = def.params.filter((p, i) => !given[i] && !p.defaultValue && p.kind === 'kwonly').map((p) => `'${p.name}'`);
    if (missingKw.length) {
      const list = missingKw.length === 1 ? missingKw[0] : `${missingKw.slice(0, -1).join(', ')}${missingKw.length > 2 ? ',' : ''} and ${missingKw[missingKw.length - 1]}`;
      return { args, error: `${this.callName(def)}() missing ${missingKw.length} required keyword-only argument${missingKw.length > 1 ? 's' : ''}: ${list}` };
    }
    return { args, error: null };
  }

  /** How CPython's argument errors name `def`. */
  callName(def: S.FunctionDef): string {
    return this.messageNames.get(def) ?? pythonName(def);
  }

  /** One packed node per call site and function (so its container cell is stable across rounds). */
  packedNode(site: object, def: S.FunctionDef, what: string, make: () => S.Expr): S.Expr {
    let byDef = this.packedCache.get(site);
    if (!byDef) this.packedCache.set(site, (byDef = new Map()));
    const key = `${this.qualname(def)}:${what}`;
    let node = byDef.get(key);
    if (!node) {
      node = make();
      this.packedArgs.add(node);
      byDef.set(key, node);
    }
    return node;
  }

  /** The node for item `i` of a starred call argument (one per index, so types recorded for it stay attached). */
  starItem(star: S.StarredExpr, i: number): S.Expr {
    let items = this.starItemNodes.get(star);
    if (!items) this.starItemNodes.set(star, (items = []));
    while (items.length <= i) {
      const index: S.IntExpr = { kind: 'Int', pos: star.pos, value: BigInt(items.length) };
      const item: S.SubscriptExpr = { kind: 'Subscript', pos: star.pos, value: star.value, index };
      this.starItems.add(item);
      items.push(item);
    }
    return items[i];
  }

  /** Item i of such a `*x` (of the tuple the lowering makes of x; typed object): one node per index, shared by the arms. */
  dynamicStarItem(star: S.StarredExpr, i: number): S.Expr {
    let items = this.dynamicStarItemNodes.get(star);
    if (!items) this.dynamicStarItemNodes.set(star, (items = []));
    while (items.length <= i) items.push({ kind: 'Subscript', pos: star.pos, value: star.value, index: { kind: 'Int', pos: star.pos, value: BigInt(items.length) } });
    return items[i];
  }

  listStarTail(star: S.StarredExpr, start: number): S.Expr {
    let byStart = this.listStarTailNodes.get(star);
    if (!byStart) this.listStarTailNodes.set(star, (byStart = new Map()));
    let node = byStart.get(start);
    if (!node) {
      node = { kind: 'Name', pos: star.pos, id: '*' };
      byStart.set(start, node);
      this.listStarTails.set(node, { star, start });
    }
    return node;
  }

  listStarOptionalItem(star: S.StarredExpr, def: S.FunctionDef, param: S.Param, index: number): S.Expr {
    let byKey = this.listStarOptionalNodes.get(star);
    if (!byKey) this.listStarOptionalNodes.set(star, (byKey = new Map()));
    const key = `${this.qualname(def)}:${param.name}:${index}`;
    let node = byKey.get(key);
    if (!node) {
      node = { kind: 'Subscript', pos: star.pos, value: star.value, index: { kind: 'Int', pos: star.pos, value: BigInt(index) } };
      byKey.set(key, node);
      this.listStarOptionals.set(node, { star, index, def, param });
    }
    return node;
  }

  kwargsItem(call: S.CallExpr, def: S.FunctionDef, param: S.Param, star: S.Expr): S.Expr {
    let byName = this.kwargsItemNodes.get(call);
    if (!byName) this.kwargsItemNodes.set(call, (byName = new Map()));
    const key = `${this.qualname(def)}:${param.name}`;
    let node = byName.get(key);
    if (!node) {
      node = { kind: 'Subscript', pos: call.pos, value: star, index: { kind: 'Str', pos: call.pos, value: param.name } };
      byName.set(key, node);
      this.kwargsItems.set(node, { star, def, param });
    }
    return node;
  }

  kwargsRest(call: S.CallExpr, def: S.FunctionDef, star: S.Expr, bound: string[], extra: S.KeywordArg[]): S.Expr {
    let byDef = this.kwargsRestNodes.get(call);
    if (!byDef) this.kwargsRestNodes.set(call, (byDef = new Map()));
    const key = `${this.qualname(def)}:${bound.join(',')}`;
    let node = byDef.get(key);
    if (!node) {
      node = { kind: 'Name', pos: call.pos, id: '**' };
      byDef.set(key, node);
    }
    this.kwargsRests.set(node, { star, bound, extra });
    return node;
  }

  /**
   * A call's positional arguments with every `*t` (t a tuple of known length)
   * replaced by t's item nodes; null when a starred value is not such a tuple.
   * The same lengths give the same array, so nodes built from it (packed *args) keep their identity.
   */
  expandStarredArgs(call: S.CallExpr, typeOf: (e: S.Expr) => Type): S.Expr[] | null {
    if (!call.args.some((a) => a.kind === 'Starred')) return call.args;
    this.listStarWatch.read();
    const lengths: number[] = [];
    const optionals: number[] = [];
    for (const a of call.args) {
      if (a.kind !== 'Starred') continue;
      const t = typeOf(a.value);
      const plan = this.listStarPlans.get(a);
      if (t.kind === 'list' && plan) {
        lengths.push(plan.length);
        optionals.push(plan.optional);
      } else if (t.kind !== 'tuple') return null;
      else {
        lengths.push(t.elems.length);
        optionals.push(0);
      }
    }
    let byLengths = this.expandedArgs.get(call);
    if (!byLengths) this.expandedArgs.set(call, (byLengths = new Map()));
    const key = lengths.map((n, i) => `${n}+${optionals[i]}`).join(',');
    let args = byLengths.get(key);
    if (!args) {
      args = [];
      let k = 0;
      for (const a of call.args) {
        if (a.kind === 'Starred') {
          const n = lengths[k++];
          for (let i = 0; i < n; i++) args.push(this.starItem(a, i));
          // A list's items that fill parameters with defaults (see planListStar).
          if (this.listStarPlans.has(a) && typeOf(a.value).kind === 'list') args.push(...(this.listStarOptionalItems.get(a) ?? []));
        } else args.push(a);
      }
      byLengths.set(key, args);
    }
    return args;
  }
}

/** The method an augmented assignment calls on a mutable container (`xs += ys` is xs.extend(ys)), or null. */
export function inPlaceMethod(target: Type, op: S.BinaryOperator): string | null {
  if ((target.kind === 'list' || target.kind === 'deque') && op === '+') return 'extend';
  if (target.kind === 'set') return { '|': 'update', '&': 'intersection_update', '-': 'difference_update', '^': 'symmetric_difference_update' }[op as string] ?? null;
  if (target.kind === 'dict' && op === '|') return 'update';
  return null;
}

/** A function value's identity: a definition and the activation that created it. */
export interface FuncRefInfo extends FuncRef {
  readonly def: S.FunctionDef;
  readonly outer: FunctionInstance | null;
}

/**
 * Is `s` an assignment that reads everything it reads before it stores into names only (`x = f(x)`,
 * `a, b = b, a`, `n -= 1`)? A narrowing of those names then holds while its value is typed.
 */
function storesNamesLast(s: S.Stmt): boolean {
  const plain = (t: S.Expr) => t.kind === 'Name' || ((t.kind === 'Tuple' || t.kind === 'List') && t.elts.every((x) => x.kind === 'Name'));
  if (s.kind === 'Assign') return s.targets.every(plain);
  return s.kind === 'AugAssign' && s.target.kind === 'Name';
}

/** Does an expression node of `a` also appear in `b` (the same object)? */
function sharesNodes(a: S.Expr, b: (S.Stmt | S.Expr)[]): boolean {
  const seen = new Set<object>();
  walkNodes(a, (n) => seen.add(n));
  let shared = false;
  walkNodes(b, (n) => {
    if (seen.has(n)) shared = true;
  });
  return shared;
}

/** Does code in `nodes` bind `name` (assignment, loop or comprehension target, `:=`, `as`, def, import, del)? */
function assignsName(nodes: (S.Stmt | S.Expr)[], name: string): boolean {
  let found = false;
  const targets = (t: unknown) => {
    if (t && targetNames(t as S.Expr).includes(name)) found = true;
  };
  walkNodes(nodes, (n) => {
    if (found) return;
    switch (n.kind) {
      case 'Assign':
        (n.targets as S.Expr[]).forEach(targets);
        break;
      case 'AugAssign':
      case 'AnnAssign':
      case 'For':
      case 'NamedExpr':
        targets(n.target);
        break;
      case 'Del':
        (n.targets as S.Expr[]).forEach(targets);
        break;
      case 'FunctionDef':
      case 'ClassDef':
        if (n.name === name) found = true;
        break;
    }
    if (Array.isArray(n.generators)) for (const g of n.generators as S.Comprehension[]) targets(g.target);
    if (typeof n.name === 'string' && n.kind === undefined && n.name === name) found = true; // `except E as name`
    if (Array.isArray(n.items)) for (const it of n.items as { vars?: S.Expr | null }[]) if (it && typeof it === 'object' && 'vars' in it) targets(it.vars);
    if (Array.isArray(n.names)) for (const a of n.names as { name?: string; asname?: string | null }[]) if (a && (a.asname ?? a.name) === name) found = true;
  });
  return found;
}

/** The dispatch tag of `__init__` when a call of a value of unknown type constructs `cls`. */
export function dynamicInitTag(cls: ClassInfo): string {
  return `init:${cls.name}`;
}

/** Values that are never callable: calling one raises TypeError when the line runs. */
export function notCallable(t: Type): boolean {
  return ['none', 'int', 'float', 'bool', 'str', 'list', 'dict', 'set', 'tuple', 'vartuple', 'iter', 'exception'].includes(t.kind);
}

/** defaultdict factories, numbered as the runtime's ai_collections_defaultdict takes them. */
export const defaultdictFactories = ['None', 'int', 'float', 'str', 'list', 'dict', 'set', 'tuple'];

/** Name of the hidden global holding a memoised function's cache (a dict keyed by argument tuples). */
export function cacheSlot(qualname: string): string {
  return `$cache.${qualname}`;
}

/** Names of the hidden globals counting a memoised function's cache hits and misses (made by desugar.ts when the program reads them). */
export function cacheCountSlot(qualname: string, which: 'hits' | 'misses'): string {
  return `$cache${which}.${qualname}`;
}

export function isMapOrFilter(e: S.Expr): e is S.CallExpr {
  return e.kind === 'Call' && e.func.kind === 'Name' && (e.func.id === 'map' || e.func.id === 'filter');
}

/** `super()`, or `super(C, self)` as older code writes it (the checker requires C to be the method's class). */
/**
 * isinstance's second argument as a whole (not an item of a tuple display), neither a user class known statically nor
 * a built-in class by name: a class object or a tuple of them found at run time (ai_isinstance_class_object).
 */
export function classValueFoundAtRunTime(e: S.CallExpr, c: S.Expr, ct: Type, isClassName: boolean): boolean {
  return c === e.args[1] && ct.kind !== 'class' && ct.kind !== 'never' && !isClassName;
}

export function isSuperCall(e: S.Expr): boolean {
  return e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'super' && (e.args.length === 0 || (e.args.length === 2 && e.args.every((a) => a.kind === 'Name'))) && e.keywords.length === 0;
}

/** Operator -> [method, reflected method] (comparisons reflect to their mirror). */
export const dunderNames: Record<string, [string, string | null]> = {
  '+': ['__add__', '__radd__'], '-': ['__sub__', '__rsub__'], '*': ['__mul__', '__rmul__'], '/': ['__truediv__', '__rtruediv__'],
  '//': ['__floordiv__', '__rfloordiv__'], '%': ['__mod__', '__rmod__'], '**': ['__pow__', '__rpow__'], '@': ['__matmul__', '__rmatmul__'],
  '<<': ['__lshift__', '__rlshift__'], '>>': ['__rshift__', '__rrshift__'], '&': ['__and__', '__rand__'], '|': ['__or__', '__ror__'],
  '^': ['__xor__', '__rxor__'],
  '<': ['__lt__', '__gt__'], '<=': ['__le__', '__ge__'], '>': ['__gt__', '__lt__'], '>=': ['__ge__', '__le__'],
  '==': ['__eq__', '__eq__'], '!=': ['__ne__', '__ne__'],
};

export function isSingletonLiteral(e: S.Expr): boolean {
  return e.kind === 'None' || e.kind === 'Bool';
}

/** `x += y` where x's class has `__iadd__`: that comes first, so the forward method alone does not decide the operator. */
export function inPlaceFirst(node: S.Expr, l: Type, forward: string): boolean {
  if ((node as unknown as S.Stmt).kind !== 'AugAssign') return false;
  const inPlace = `__i${forward.slice(2)}`;
  return l.kind !== 'instance' || (l.classes as ClassInfo[]).some((c) => !!c.lookup(inPlace)?.method);
}

/** The binary arithmetic dunders (forward, reflected, in place) the runtime's operators call by name (runtime ai_binop order). */
const comparisonDunders: ReadonlySet<string> = new Set(['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']);
/** Dunders the runtime calls by name on an instance it only sees as a word (object.c call_dunder: -x, abs(x), int(x), float(x)). */
const unaryDunders: ReadonlySet<string> = new Set(['__neg__', '__pos__', '__invert__', '__abs__', '__int__', '__float__']);

const arithmeticDunders: ReadonlySet<string> = new Set(
  ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor'].flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]),
);

/** itertools functions whose tuples hold as many items as their second argument says (a literal one types them), by runtime function. */
const sizedTupleRuntimes: Readonly<Record<string, string>> = {
  ai_itertools_combinations: 'combinations',
  ai_itertools_combinations_with_replacement: 'combinations_with_replacement',
  ai_itertools_permutations: 'permutations',
};

/** Dunders the runtime reaches through a class's dynamic entries, by name (see addDynamicEntries). */
// __enter__/__exit__: a `with` over a value of unknown type (a lock passed to a thread's target in its args) calls them by name;
// pickle (compiler/pylib/pickle.py) calls __reduce__, __reduce_ex__, __getstate__ and __setstate__ by name;
// getattr(obj, name) and a read by name of a name the class lacks fall back to __getattr__ (userclass.c u_getattr).
// `obj.name = v` and `del obj.name` on an instance of a class with its own __setattr__ / __delattr__ call them (userclass.c user_attr_hook).
// math.floor/ceil/trunc call __floor__/__ceil__/__trunc__ (stdlib/math.c rounding_word), bytes(x) __bytes__ (obj/bytes.c).
const dynamicEntryDunders: ReadonlySet<string> = new Set(['__call__', '__setitem__', '__delitem__', '__enter__', '__exit__', '__reduce__', '__reduce_ex__', '__getstate__', '__setstate__', '__getattr__', '__setattr__', '__delattr__', '__dict__', '__floor__', '__ceil__', '__trunc__', '__bytes__']);

/** Do the classes of `t` define `__dict__` as a property (all of them: else vars() of the value fails to build)? */
export function definesDictProperty(t: InstanceType): boolean {
  return (t.classes as ClassInfo[]).some((c) => c.lookup('__dict__')?.method?.kind === 'property');
}

/** A method (per argument count), property getter or setter the runtime may call on an instance of a class: see Program.dynamicEntries. */
export interface DynamicEntry {
  name: string;
  kind: 'method' | 'property' | 'setter';
  nargs: number;
  inst: FunctionInstance;
}

/** Dynamic calls pass at most this many arguments (the runtime calls entries through a switch on the count). */
export const maxDynamicArgs = 6;

/** The most items a `*x` of unknown static type may give a call (one compiled arm per count); more raise TypeError. */
export const maxDynamicStarItems = 8;

/** Dunders the runtime may call on an instance, with the kind of their second operand (null: none). */
export const dunderEntryNames: [string, 'hierarchy' | 'object' | 'str' | null][] = [
  ['__repr__', null], ['__str__', null], ['__hash__', null], ['__len__', null], ['__iter__', null], ['__next__', null], ['__bool__', null],
  ['__lt__', 'hierarchy'], ['__le__', 'hierarchy'], ['__eq__', 'hierarchy'], ['__ne__', 'hierarchy'], ['__gt__', 'hierarchy'], ['__ge__', 'hierarchy'],
  ['__getitem__', 'object'], ['__contains__', 'object'], ['__format__', 'str'],
  // The built-in value held by an instance of `class Name(str)` or a value-typed enum's member (builtin-subclasses.ts).
  ['__aithon_value__', null],
  // copy.copy / copy.deepcopy (memo: the runtime's memo dict) of an instance whose class defines them.
  ['__copy__', null], ['__deepcopy__', 'object'],
  // The int an instance stands for where CPython calls __index__ (indexing, slices, range(), bin/hex/oct).
  ['__index__', null],
];

/** How a list unpacked into a call (`f(*items)`) binds: see Program.planListStar. */
export interface ListStarPlan {
  /** The number of items the call binds, and how many more it may bind (parameters with defaults). */
  length: number;
  optional: number;
  /** For the TypeError when the list has another length: the function's name, */
  fname: string;
  /** the other positional arguments (self included), */
  before: number;
  /** the required positional parameters, all positional parameters' names, */
  required: number;
  names: string[];
  /** and the parameter after the list's, given by keyword ('' if none). */
  nextKeyword: string;
  /** Into a function with *args: the items after `length` go there (listStarTail). */
  tail?: boolean;
}

/** Item `index` of a list unpacked into a parameter with a default: the item when the list has it, else the default. */
export interface ListStarOptionalItem {
  star: S.StarredExpr;
  index: number;
  def: S.FunctionDef;
  param: S.Param;
}

/** How `f(**d)` binds a dict that may hold keys: see Program.doubleStarKeywords. */
export interface KwargsPlan {
  fname: string;
  /** Parameters d may give, those given otherwise, and the required ones d must give. */
  accepted: string[];
  taken: string[];
  requiredPositional: string[];
  requiredKeyword: string[];
  /** Names given as keyword arguments, and the callee as CPython's message names it for a key d repeats (`__main__.f()`). */
  keywords: string[];
  qualifiedName: string;
}

/** The synthetic argument `d[name]` (or the parameter's default) of `f(**d)`. */
export interface KwargsItem {
  star: S.Expr;
  def: S.FunctionDef;
  param: S.Param;
}

/** The dict `f(**d)` passes to f's `**kwargs`: d without the keys `bound` to named parameters. */
export interface KwargsRest {
  star: S.Expr;
  bound: string[];
  /** Keyword arguments of the call that go into **kwargs too (`f(k=1, **d)`). */
  extra: S.KeywordArg[];
}

/** The built-in classes isinstance() decides from a static type: class name -> Type kind. */
// bytes and bytearray values have no static kind of their own (they are values of unknown type): a value of a kind
// below is never one (`isinstance(pattern, bytes)` of a str pattern is False; of a value of unknown type, not known).
const builtinTypeKinds: Record<string, string> = { int: 'int', float: 'float', bool: 'bool', str: 'str', list: 'list', dict: 'dict', set: 'set', tuple: 'tuple', bytes: 'bytes', bytearray: 'bytearray' };
/** Static types whose run-time value is exactly of that built-in kind (or a subclass of it). */
const staticBuiltinKinds = new Set(['int', 'float', 'bool', 'none', 'str', 'list', 'dict', 'set', 'tuple']);

/**
 * The value of an `if` test decided by the static types of a specialised
 * function, or null: `x is None` / `x is not None` for a variable whose type
 * is None or cannot be None, `isinstance(x, C)` for a user class C and a
 * variable whose type is or cannot be an instance of C, and `not` of those.
 * Only names are tested, so skipping the evaluation changes nothing.
 */
export function staticTest(test: S.Expr, typeOf: (e: S.Expr) => Type, isBuiltin: (name: string) => boolean): boolean | null {
  if (test.kind === 'Unary' && test.op === 'not') {
    const inner = staticTest(test.operand, typeOf, isBuiltin);
    return inner === null ? null : !inner;
  }
  const dynamic = (t: Type) => t.kind === 'never' || t.kind === 'object' || t.kind === 'exception' || t.kind === 'optional';
  if (test.kind === 'Compare' && test.ops.length === 1 && (test.ops[0] === 'is' || test.ops[0] === 'is not')) {
    const [x, other] = test.comparators[0].kind === 'None' ? [test.left, test.comparators[0]] : [test.comparators[0], test.left];
    if (other.kind !== 'None' || x.kind !== 'Name') return null;
    const t = typeOf(x);
    if (dynamic(t) || (t.kind === 'instance' && t.orNone)) return null;
    return (t.kind === 'none') === (test.ops[0] === 'is');
  }
  if (test.kind === 'Call' && test.func.kind === 'Name' && test.func.id === 'isinstance' && isBuiltin('isinstance') && test.args.length === 2 && !test.keywords.length) {
    const [x, c] = test.args;
    const builtinNames = c.kind === 'Tuple' ? c.elts : [c];
    if (x.kind === 'Name' && builtinNames.every((n) => n.kind === 'Name' && builtinTypeKinds[n.id] && isBuiltin(n.id))) {
      // isinstance(x, str) (or a tuple of built-in types) where x's static type is a built-in scalar or
      // container, or an instance of your class (one of them only when the class is a subclass of str, int or
      // float, or a value-typed enum: its valueType): decided (a specialisation per kind of x then compiles one branch only).
      const t = typeOf(x);
      if (t.kind === 'instance') {
        if (!t.classes.length) return null;
        const valued = (t.classes as ClassInfo[]).filter((k) => builtinNames.some((n) => (n as S.NameExpr).id === 'object' || k.valueType === (n as S.NameExpr).id));
        if (!valued.length) return false;
        return valued.length === t.classes.length && !t.orNone ? true : null;
      }
      const kind = t.kind === 'vartuple' ? 'tuple' : t.kind;
      if (!staticBuiltinKinds.has(kind)) return null;
      let result: boolean | null = false;
      for (const n of builtinNames as S.NameExpr[]) {
        const one = n.id === 'int' && kind === 'bool' ? true : n.id === 'bool' && kind === 'int' ? null : builtinTypeKinds[n.id] === kind;
        if (one === true) return true;
        if (one === null) result = null;
      }
      return result;
    }
    const ct = typeOf(c);
    if (x.kind !== 'Name' || ct.kind !== 'class') return null;
    const t = typeOf(x);
    if (dynamic(t)) return null;
    if (t.kind !== 'instance') return false;
    const cls = ct.cls as ClassInfo;
    const matching = (t.classes as ClassInfo[]).filter((k) => k.isSubclassOf(cls));
    if (t.orNone) return matching.length ? null : false;
    return matching.length === 0 ? false : matching.length === t.classes.length ? true : null;
  }
  return null;
}

/**
 * A comprehension's variables are local to it (Python 3): rename them apart
 * (`x` -> `x.c1`) so they neither leak nor clash. A pass over the tree, the
 * last before the checker (stages.ts checkedProgram): the checker only reads
 * the tree, so that a def the passes left unchanged can keep its nodes.
 * Numbered per top-level statement, as the other passes' names are.
 */
export function scopeProgramComprehensions(module: S.Module, kept: ReadonlySet<S.Stmt> = new Set()): void {
  scopeComprehensions(module.body);
  for (const s of module.body) {
    // A statement the pass cache kept was renamed when it was made (pass-cache.ts).
    if (kept.has(s)) continue;
    if (s.kind === 'FunctionDef') scopeComprehensions(s.body);
    if (s.kind === 'ClassDef') for (const m of s.body) if (m.kind === 'FunctionDef') scopeComprehensions(m.body);
  }
}

function scopeComprehensions(stmts: S.Stmt[]): void {
  let counter = 0;
  const rename = (e: S.Expr, from: string, to: string) => {
    const walk = (x: S.Expr) => {
      if (x.kind === 'Name' && x.id === from) x.id = to;
      // A lambda (or generator expression) in the comprehension reads the
      // comprehension's variable through its closure, unless it binds the name itself.
      if (x.kind === 'Lambda' && !x.def.params.some((p) => p.name === from) && !boundNames(x.def.body).has(from)) {
        for (const inner of exprsOf(x.def.body)) if (inner.kind === 'Name' && inner.id === from) inner.id = to;
        for (const inner of exprsOf(x.def.body)) if (inner.kind === 'Lambda') walk(inner);
      }
      for (const c of childExprsOf(x)) walk(c);
    };
    walk(e);
  };
  for (const e of exprsOf(stmts)) {
    if (e.kind !== 'ListComp' && e.kind !== 'SetComp' && e.kind !== 'DictComp' && e.kind !== 'GeneratorExp') continue;
    const names = new Set(e.generators.flatMap((g) => targetNames(g.target)));
    for (const name of names) {
      const fresh = `${name}.c${++counter}`;
      e.generators.forEach((g, i) => {
        if (i > 0) rename(g.iter, name, fresh); // the first iterable belongs to the enclosing scope
        rename(g.target, name, fresh);
        g.ifs.forEach((c) => rename(c, name, fresh));
      });
      if (e.kind === 'DictComp') {
        rename(e.key, name, fresh);
        rename(e.value, name, fresh);
      } else rename(e.elt, name, fresh);
    }
  }
}

/** Splits the type of an unpacked value over the targets (one may be starred). */
export function unpackTypes(t: Type, targets: S.Expr[], iterElem: (t: Type) => Type, starCell: () => Cell): Type[] {
  // A value that may be None unpacks as its other type does (None raises TypeError when it runs).
  if (t.kind === 'optional') return unpackTypes(t.of, targets, iterElem, starCell);
  const star = targets.findIndex((x) => x.kind === 'Starred');
  const starList = (elem: Type): Type => {
    const cell = starCell();
    cell.widen('elem', elem);
    return { kind: 'list', cell };
  };
  if (t.kind === 'tuple' && star < 0) {
    if (t.elems.length !== targets.length) return targets.map(() => T.never); // ValueError at run time
    return [...t.elems];
  }
  if (t.kind === 'tuple') {
    const after = targets.length - star - 1;
    if (t.elems.length < targets.length - 1) return targets.map(() => T.never);
    const middle = t.elems.slice(star, t.elems.length - after);
    return targets.map((_, i) =>
      i < star ? t.elems[i] : i === star ? starList(middle.reduce((a, b) => join(a, b), T.never as Type)) : t.elems[t.elems.length - (targets.length - i)],
    );
  }
  const elem = iterElem(t);
  if (elem.kind === 'never' && t.kind !== 'list' && t.kind !== 'set' && t.kind !== 'dict') return targets.map(() => T.never);
  return targets.map((_, i) => (i === star ? starList(elem) : elem));
}

export function isRangeCall(e: S.Expr): e is S.CallExpr {
  return e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'range';
}

/** An int literal index (also `-1`), or null. */
export function constantIndex(e: S.Expr): number | null {
  if (e.kind === 'Int') return Number(e.value);
  if (e.kind === 'Unary' && e.op === '-' && e.operand.kind === 'Int') return -Number(e.operand.value);
  return null;
}

/** sum() of elements of type `elem` starting from `start`. */
function numericSum(elem: Type, start: Type): Type {
  if (elem.kind === 'never') return start.kind === 'bool' ? T.int : start;
  const intLike = (t: Type) => t.kind === 'int' || t.kind === 'bool';
  if (intLike(elem) && intLike(start)) return T.int;
  if ((elem.kind === 'float' || intLike(elem)) && (start.kind === 'float' || intLike(start))) return T.float;
  return T.object;
}

/** True when control cannot fall off the end of `stmts`. */
/** Does control never reach the end of `stmts` (every path returns, raises or loops forever)? */
export function terminates(stmts: S.Stmt[]): boolean {
  for (const s of stmts) {
    if (s.kind === 'Return' || s.kind === 'Raise') return true;
    if (s.kind === 'If' && terminates(s.body) && terminates(s.orelse)) return true;
    if (s.kind === 'While' && isConstTrue(s.test) && !containsBreak(s.body)) return true;
    // A handler that completes resumes after the try; `finally` that returns ends every path.
    if (s.kind === 'Try' && (terminates(s.finalbody) || ((terminates(s.body) || terminates(s.orelse)) && s.handlers.every((h) => terminates(h.body))))) return true;
  }
  return false;
}

export function isConstTrue(e: S.Expr): boolean {
  return (e.kind === 'Bool' && e.value) || (e.kind === 'Int' && e.value !== 0n);
}

/** Does a `break` in `stmts` leave the loop they are the body of? (One inside a nested loop belongs to that loop.) */
function containsBreak(stmts: S.Stmt[]): boolean {
  for (const s of stmts) {
    if (s.kind === 'Break') return true;
    if (s.kind === 'If' && (containsBreak(s.body) || containsBreak(s.orelse))) return true;
    if (s.kind === 'Try' && (containsBreak(s.body) || s.handlers.some((h) => containsBreak(h.body)) || containsBreak(s.orelse) || containsBreak(s.finalbody))) return true;
  }
  return false;
}

const arithmeticOps = new Set(['+', '-', '*', '/', '//', '%', '**']);
const bitwiseOps = new Set(['<<', '>>', '&', '|', '^']);

/** `&`, `|`, `-` or `^` with a dict's keys or items view on one side and an iterable on the other (CPython's set-like views). */
export function setLikeViewOperands(op: S.BinaryOperator, l: Type, r: Type): boolean {
  if (op !== '&' && op !== '|' && op !== '-' && op !== '^') return false;
  const view = (t: Type) => t.kind === 'iter' && (t.pyName === 'dict_keys' || t.pyName === 'dict_items');
  const iterable = (t: Type) => t.kind === 'iter' || t.kind === 'set' || t.kind === 'list' || isTupleType(t) || t.kind === 'dict' || t.kind === 'str';
  return (view(l) && iterable(r)) || (view(r) && iterable(l));
}

/** Result type of a binary operator on static types; `never` where CPython raises TypeError. */
export function binaryType(op: S.BinaryOperator, l: Type, r: Type, right?: S.Expr, left?: S.Expr): Type {
  if (l.kind === 'never' || r.kind === 'never') return T.never;
  if (op === '@') return T.never;
  if (l.kind === 'str' && op === '%') return T.str; // printf-style formatting, whatever the arguments
  if (l.kind === 'object' || r.kind === 'object') return T.object;
  const intLike = (t: Type) => t.kind === 'int' || t.kind === 'bool';
  if (intLike(l) && intLike(r)) {
    if (bitwiseOps.has(op)) return (op === '&' || op === '|' || op === '^') && l.kind === 'bool' && r.kind === 'bool' ? T.bool : T.int;
    if (op === '/') return T.float;
    if (op === '**') return right && isNonNegativeIntLiteral(right) ? T.int : T.object;
    return T.int;
  }
  const numeric = (t: Type) => intLike(t) || t.kind === 'float';
  // A negative number to a fractional power is complex (CPython's float_pow): a float only where it cannot be, an
  // int exponent, an integral literal one or a base that cannot be negative; else the run time decides (float or complex).
  if (op === '**' && numeric(l) && numeric(r) && !intLike(r) && !(right && isIntegralLiteral(right)) && !(left && cannotBeNegative(left))) return T.object;
  if (numeric(l) && numeric(r)) return arithmeticOps.has(op) ? T.float : T.never;
  if (l.kind === 'str' && r.kind === 'str' && op === '+') return T.str;
  if (l.kind === 'str' && op === '%') return T.str; // printf-style formatting
  if (l.kind === 'list' && r.kind === 'list' && op === '+') return join(l, r);
  if (op === '*' && ((l.kind === 'list' && intLike(r)) || (intLike(l) && r.kind === 'list'))) return l.kind === 'list' ? l : r;
  if (l.kind === 'deque' && r.kind === 'deque' && op === '+') return join(l, r);
  if (op === '*' && ((l.kind === 'deque' && intLike(r)) || (intLike(l) && r.kind === 'deque'))) return l.kind === 'deque' ? l : r;
  if (l.kind === 'tuple' && r.kind === 'tuple' && op === '+') return tupleOf([...l.elems, ...r.elems]);
  if (isTupleType(l) && isTupleType(r) && op === '+') return varTupleOf(join(tupleItemType(l), tupleItemType(r)));
  if (op === '*' && isTupleType(l) && intLike(r)) return varTupleOf(tupleItemType(l));
  if (op === '*' && intLike(l) && isTupleType(r)) return varTupleOf(tupleItemType(r));
  if (l.kind === 'set' && r.kind === 'set' && (op === '|' || op === '&' || op === '-' || op === '^')) return join(l, r);
  if (l.kind === 'dict' && r.kind === 'dict' && op === '|') return join(l, r);
  if (op === '*' && ((l.kind === 'str' && intLike(r)) || (intLike(l) && r.kind === 'str'))) return T.str;
  return T.never;
}

/** An int or float literal with an integral value (`2`, `-3`, `2.0`, `-1.0`). */
function isIntegralLiteral(e: S.Expr): boolean {
  if (e.kind === 'Unary' && (e.op === '-' || e.op === '+')) return isIntegralLiteral(e.operand);
  return e.kind === 'Int' || e.kind === 'Bool' || (e.kind === 'Float' && Number.isInteger(e.value));
}

/** The same expression written twice (`dx * dx`): positions aside. */
function sameExpr(a: S.Expr, b: S.Expr): boolean {
  const text = (e: S.Expr) => JSON.stringify(e, (k, v) => (k === 'pos' || k === 'namePos' ? undefined : typeof v === 'bigint' ? `${v}n` : v));
  return (a.kind === 'Name' || a.kind === 'Attribute' || a.kind === 'Subscript') && text(a) === text(b);
}

/** A numeric expression that is never negative by its form: a literal >= 0, a square, abs(), len(), math.sqrt()...,
 *  and sums, products, quotients and powers of those (`dx * dx + dy * dy`). NaN is not negative either. */
export function cannotBeNegative(e: S.Expr): boolean {
  switch (e.kind) {
    case 'Int':
      return e.value >= 0n;
    case 'Float':
      return e.value >= 0 || Number.isNaN(e.value);
    case 'Bool':
      return true;
    case 'Unary':
      return e.op === '+' && cannotBeNegative(e.operand);
    case 'Binary':
      if (e.op === '*' && sameExpr(e.left, e.right)) return true;
      if (e.op === '**' && e.right.kind === 'Int' && e.right.value % 2n === 0n) return true;
      if (e.op === '+' || e.op === '*' || e.op === '/' || e.op === '//' || e.op === '**') return cannotBeNegative(e.left) && cannotBeNegative(e.right);
      return false;
    case 'Call': {
      const f = e.func;
      const name = f.kind === 'Name' ? f.id : f.kind === 'Attribute' && f.value.kind === 'Name' && f.value.id === 'math' ? `math.${f.attr}` : '';
      return ['abs', 'len', 'math.sqrt', 'math.exp', 'math.fabs', 'math.hypot', 'math.dist', 'math.factorial', 'math.cosh'].includes(name);
    }
    default:
      return false;
  }
}

export function isNonNegativeIntLiteral(e: S.Expr): boolean {
  return (e.kind === 'Int' && e.value >= 0n) || e.kind === 'Bool';
}

export function unaryType(op: S.UnaryOperator, t: Type): Type {
  if (t.kind === 'never') return T.never;
  if (op === 'not') return T.bool;
  if (t.kind === 'object') return T.object;
  if (t.kind === 'int' || t.kind === 'bool') return T.int;
  if (t.kind === 'float' && op !== '~') return T.float;
  return T.never;
}
