// Stage 2b: lower the typed syntax tree to the IR, one IR function per
// function instance. Python's semantics are decided here (which primitive an
// operator on given static types is, evaluation order, loops, short-circuits,
// CPython's TypeError wording for operations that cannot succeed); the
// emitter only translates.
import { type BoundCall, definesDictProperty, isDynamicAttributeWrite, literalDefault, maxDynamicStarItems, type KwargsItem, dynamicInitTag, notCallable, binaryType, setLikeViewOperands, type ListStarPlan, cacheSlot, cacheCountSlot, inPlaceFirst, defaultdictFactories, type FuncRefInfo, funcRefName, pythonName, dunderNames, type Dispatch, type DispatchGroup, exceptionClassNames, exitBuiltin, isObjectStrCall, isSuperCall, classValueFoundAtRunTime, type FunctionInstance, inPlaceMethod, isNonNegativeIntLiteral, isRangeCall, type Program, terminates, unpackTypes } from './checker';
import { unboundVariableError } from './function-attributes';
import { withoutCopyPrefix } from './local-classes';
import { type Block, type ConstValue, type Instr, type IrClassDunders, type IrFunction, type IrProgram, isSmallInt, type RaiseCheck, type Reg, type RtArg, type Terminator } from './ir';
import { markPossiblyUnboundReads } from './passes/definite-assignment';
import { binopCode, cmpCode, type Prim, primSpec } from './prims';
import type * as S from './syntax';
import { SCHED_WORK_CHUNK, SCHED_WORK_COST } from './runtime-abi';
import { childBlocks, walkNodes } from './syntax';
import { boundInBodyOnly, type ClassInfo, classAttrHolders, classAttrSlot, type Hierarchy, instanceDictSlot, operatorNeedsProtocol, repeatsByIndex } from './classes';
import type { Scope } from './scopes';
import { type ModuleMember, pickOverload, starredRestCall } from './stdlib';
import { type ClassObjectType, classQualname, elemOf, escapedClasses, funcOf, type InstanceType, isWord, join, keyOf, pythonTypeName, shownClassName, T, type Type, valueOf } from './types';

export function lowerProgram(program: Program): IrProgram {
  const functions: IrFunction[] = [new FunctionLowerer(program, program.moduleInstance).lower()];
  for (const inst of program.instances.values()) {
    functions.push(new FunctionLowerer(program, inst).lower());
    if (inst.isGenerator) functions.push({ ...frameTrampoline(program, inst, generatorEntry(inst.key)), uncounted: true });
    if (program.spawnTargets.has(inst)) functions.push(frameTrampoline(program, inst, actorEntry(inst.key)));
    if (program.factoryTargets.has(inst)) functions.push(factoryEntry(program, inst));
  }
  const globals = new Map<string, Type>();
  for (const [name, t] of program.globals) if (t.kind !== 'never') globals.set(name, t);
  const classes: IrProgram['classes'] = [];
  const added = new Set<string>();
  const addClass = (c: ClassInfo) => {
    if (added.has(c.name)) return;
    if (c.base) addClass(c.base);
    added.add(c.name);
    // A linked module's class is already named `module.C` (modules.ts); main.py's are `__main__`'s.
    const inMain = !c.def.pos.file || c.def.pos.file === program.module.file;
    classes.push({ name: c.name, base: c.base?.name ?? null, builtinBase: c.base ? null : c.exceptionBase, extraBases: c.extraExceptionBases, extraClassBases: c.bases.slice(1).map((b) => b.name), dunders: dunderTable(program, c, functions), qualifiedName: inMain ? `__main__.${withoutCopyPrefix(c.name)}` : withoutCopyPrefix(c.name) });
  };
  for (const c of program.classes.values()) addClass(c);
  return {
    file: program.module.file,
    sourceLines: program.module.source.split('\n'),
    linkedSourceLines: new Map([...(program.module.sources ?? new Map<string, string>())].map(([file, text]) => [file, text.split('\n')])),
    functions,
    globals,
    moduleFunction: program.moduleInstance.key,
    classes,
    functionReprs: functionReprs(program),
  };
}

/**
 * A class's run-time dunder entries (runtime/src/obj/userclass.h): one
 * generated function per dunder, taking and returning words, that calls the
 * method's instance the checker made for it, and the instance layout.
 */
function dunderTable(program: Program, cls: ClassInfo, functions: IrFunction[]): IrClassDunders {
  const entries = program.dunderEntries.get(cls);
  // CPython sets __hash__ to None in a class that defines __eq__ alone; subclasses inherit that.
  let unhashable = false;
  for (const c of cls.mro()) {
    if (c.methods.has('__hash__')) break;
    if (c.methods.has('__eq__')) {
      unhashable = true;
      break;
    }
  }
  const dynamic = program.dynamicEntries.get(cls) ?? null;
  let root = cls;
  while (root.base) root = root.base;
  // Every class registers (copy.copy/deepcopy need the instance layout); exception objects have another layout.
  const slots = [...cls.hier.slots.values()].sort((a, b) => a.index - b.index);
  const slotKinds = cls.exceptionBase ? null : slots.map((s) => (s.type.kind === 'float' ? 'f' : 'w')).join('');
  const classNames = new Set<string>();
  for (const c of cls.mro()) for (const name of [...c.methods.keys(), ...c.classAttrs.keys(), ...c.attrsSetOutsideBody]) classNames.add(name);
  const table: IrClassDunders = { root: root.name, entries: {}, unhashable, attrs: [], slotKinds, classNames: [...classNames], valueType: cls.valueType };
  for (const [name, inst] of entries ?? []) {
    const fn = dunderEntry(program, inst, `dunder.${cls.name}.${name}`, inst.argTypes.length);
    functions.push(fn);
    table.entries[name] = fn.name;
  }
  if (dynamic) {
    // Attribute slots by name (the hierarchy escaped, so every slot holds a word).
    // A property of this class is a data descriptor: it wins over the slot a sibling class's `self.name = v` adds to the
    // shared layout (lib2to3's Node.prefix over Leaf.prefix), so that name has no slot entry here.
    for (const [name, slot] of cls.hier.slots) {
      if (cls.lookup(name)?.method?.kind === 'property') continue;
      table.attrs.push({ name, kind: 'slot', index: slot.index, nargs: 0, fn: null, params: '' });
    }
    for (const d of dynamic) {
      const fn = dunderEntry(program, d.inst, `dynamic.${cls.name}.${d.name}.${d.nargs}`, 1 + d.nargs, true);
      functions.push(fn);
      table.attrs.push({ name: d.name, kind: d.kind, index: 0, nargs: d.nargs, fn: fn.name, params: entryParams(d.inst.def!) });
    }
  }
  // Class attributes (`sides = 4`), read through an instance of unknown type when it has no slot of that name set, or
  // by getattr(C, name) on the class object where the class is a value of unknown type (classobj.c class_getattr).
  if (dynamic || escapedClasses().includes(cls)) {
    for (const name of classNames) {
      const holders = classAttrHolders(cls, name, (slot) => program.globals.has(slot)).filter((c) => {
        const type = program.globals.get(classAttrSlot(c, name));
        return type && type.kind !== 'never';
      });
      if (!holders.length) continue;
      // A function stored as a class attribute has method entries (checker.ts classAttrMethod): getattr() binds it.
      if (dynamic?.some((d) => d.name === name && d.kind === 'method')) continue;
      const fn = classAttrEntry(program, holders, name, `type object '${shownClassName(cls.name)}' has no attribute '${name}'`, `classattr.${cls.name}.${name}`);
      functions.push(fn);
      table.attrs.push({ name, kind: 'classattr', index: 0, nargs: 0, fn: fn.name, params: '' });
    }
  }
  return table;
}

/**
 * The parameters after self that a method's dynamic entries take, for the runtime's binding of keyword arguments
 * (userclass.c u_call_method): comma-separated, each `*` first when keyword-only, `=` last when it has a default.
 */
function entryParams(def: S.FunctionDef): string {
  return def.params
    .slice(1)
    .filter((p) => p.kind === 'normal' || p.kind === 'kwonly')
    .map((p) => `${p.kind === 'kwonly' ? '*' : ''}${p.name}${p.defaultValue ? '=' : ''}`)
    .join(',');
}

/**
 * ai_word entry(ai_word self): the class attribute `attr`, boxed: the first of `holders`' variables that is bound
 * (classes.ts classAttrHolders), else AttributeError `missing` (the class body's variable, last, raises as a read of it does).
 */
function classAttrEntry(program: Program, holders: ClassInfo[], attr: string, missing: string, name: string): IrFunction {
  let nextReg = 0;
  const reg = (t: Type): Reg => ({ id: nextReg++, type: t });
  const blocks: Block[] = [];
  holders.forEach((owner, i) => {
    const slot = classAttrSlot(owner, attr);
    const type = program.globals.get(slot)!;
    const instrs: Instr[] = [];
    const inBody = owner.classAttrs.has(attr);
    const v = reg(type);
    instrs.push({ op: 'global.get', dst: v, name: slot, line: 0, unboundCheck: inBody });
    const result = reg(T.object);
    if (type.kind === 'float' || type.kind === 'bool') instrs.push({ op: 'prim', dst: result, prim: type.kind === 'float' ? 'float.box' : 'bool.box', args: [v], line: 0 });
    else if (type.kind === 'none') instrs.push({ op: 'prim', dst: result, prim: 'none.box', args: [v], line: 0 });
    else instrs.push({ op: 'retype', dst: result, src: v });
    if (inBody) {
      blocks.push({ label: `try${i}`, instrs, term: { op: 'ret', value: result } });
      return;
    }
    const bound = reg(T.bool);
    blocks.push({ label: `try${i}`, instrs: [{ op: 'global.isbound', dst: bound, name: slot }], term: { op: 'condbr', cond: bound, then: `read${i}`, else: `try${i + 1}` } });
    blocks.push({ label: `read${i}`, instrs, term: { op: 'ret', value: result } });
  });
  if (!holders[holders.length - 1].classAttrs.has(attr)) blocks.push({ label: `try${holders.length}`, instrs: [], term: { op: 'raise', excType: 'AttributeError', message: missing, line: 0 } });
  blocks[0].label = 'entry';
  const params = [{ name: '$arg0', type: T.object }];
  return {
    name,
    pyName: name,
    isModule: false,
    params,
    locals: new Map(params.map((p) => [p.name, p.type])),
    returnType: T.object,
    blocks,
    firstLine: 0,
    noFrame: true,
  };
}

/**
 * ai_word entry(ai_word self[, ai_word arg...]): converts the words to the
 * instance's parameter types, fills the parameters after the first `given`
 * with their defaults, calls the instance and boxes its result.
 */
function dunderEntry(program: Program, inst: FunctionInstance, name: string, given: number, dynamicEntry = false): IrFunction {
  let nextReg = 0;
  const reg = (type: Type): Reg => ({ id: nextReg++, type });
  const instrs: Instr[] = [];
  const def = inst.def!;
  // A method with `*args` last (a dynamic entry, Program.addDynamicEntries): the words past its positional parameters make the tuple.
  const varargsAt = def.params.length > 0 && def.params[def.params.length - 1].kind === 'varargs' ? def.params.length - 1 : -1;
  const params = Array.from({ length: given }, (_, i) => ({ name: `$arg${i}`, type: T.object }));
  const args = inst.argTypes.map((t, i) => {
    const v = reg(t);
    if (i === varargsAt) {
      const words = params.slice(varargsAt).map((p) => {
        const w = reg(T.object);
        instrs.push({ op: 'local.get', dst: w, name: p.name });
        return w;
      });
      const tuple = reg(T.object);
      instrs.push({ op: 'rtcall', dst: tuple, fn: 'ai_tuple_new', args: [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], check: 'word', line: def.pos.line });
      instrs.push({ op: 'retype', dst: v, src: tuple });
      return v;
    }
    if (i >= given) {
      // The default's slot has its own type (a `bool` for `exclude=False`); the instance may take the parameter as
      // an object (another call site passes other values), so the default is boxed for it.
      const slotType = (dynamicEntry ? program.globals.get(program.nodes.defaultSlot(def, def.params[i])) : undefined) ?? t;
      const boxes = t.kind === 'object' && (slotType.kind === 'float' || slotType.kind === 'bool' || slotType.kind === 'none');
      const dflt = boxes ? reg(slotType) : v;
      instrs.push({ op: 'global.get', dst: dflt, name: program.nodes.defaultSlot(def, def.params[i]) });
      if (boxes) instrs.push({ op: 'prim', dst: v, prim: `${slotType.kind}.box` as Prim, args: [dflt], line: 0 });
      return v;
    }
    let w = reg(T.object);
    instrs.push({ op: 'local.get', dst: w, name: params[i].name });
    if (def.params[i]?.defaultValue && i > 0 && dynamicEntry) {
      // A parameter the caller's keywords skipped arrives absent (0): its default (userclass.c u_call_method).
      const dflt = reg(program.globals.get(program.nodes.defaultSlot(def, def.params[i])) ?? T.object);
      instrs.push({ op: 'global.get', dst: dflt, name: program.nodes.defaultSlot(def, def.params[i]) });
      const boxed = reg(T.object);
      if (dflt.type.kind === 'float' || dflt.type.kind === 'bool' || dflt.type.kind === 'none') instrs.push({ op: 'prim', dst: boxed, prim: `${dflt.type.kind}.box` as Prim, args: [dflt], line: 0 });
      else instrs.push({ op: 'retype', dst: boxed, src: dflt });
      const chosen = reg(T.object);
      instrs.push({ op: 'rtcall', dst: chosen, fn: 'ai_given_or', args: [{ kind: 'reg', reg: w }, { kind: 'reg', reg: boxed }], check: 'never', line: 0 });
      w = chosen;
    }
    if (t.kind === 'float' || t.kind === 'bool') instrs.push({ op: 'prim', dst: v, prim: t.kind === 'float' ? 'float.unbox' : 'bool.unbox', args: [w], line: 0 });
    else instrs.push({ op: 'retype', dst: v, src: w });
    return v;
  });
  const ret = inst.returnType;
  const line = inst.def!.pos.line;
  let term: Terminator = { op: 'unreachable' };
  if (inst.isGenerator) {
    // A generator method (`def __iter__(self): yield ...`): calling it makes the generator object.
    const words = args.map((a) => {
      if (a.type.kind !== 'float' && a.type.kind !== 'bool') return a;
      const w = reg(T.object);
      instrs.push({ op: 'prim', dst: w, prim: a.type.kind === 'float' ? 'float.box' : 'bool.box', args: [a], line: 0 });
      return w;
    });
    const frame = reg(T.object);
    instrs.push({ op: 'rtcall', dst: frame, fn: 'ai_tuple_new', args: [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], check: 'word', line });
    const gen = reg(T.object);
    instrs.push({ op: 'rtcall', dst: gen, fn: 'ai_gen_new', args: [{ kind: 'fnptr', name: generatorEntry(inst.key) }, { kind: 'reg', reg: frame }], check: 'word', line });
    term = { op: 'ret', value: gen };
  } else if (ret.kind === 'never') {
    instrs.push({ op: 'call', dst: null, callee: inst.key, args, line });
  } else {
    term = { op: 'ret', value: callBoxed(instrs, reg, inst, args, line) };
  }
  return {
    name,
    pyName: inst.pyName,
    isModule: false,
    params,
    locals: new Map(params.map((p) => [p.name, p.type])),
    returnType: T.object,
    blocks: [{ label: 'entry', instrs, term }],
    firstLine: 0,
    noFrame: true,
  };
}

/**
 * Calls `inst` and boxes its result into an `object` word, as every entry the
 * runtime calls through a function value must return one.
 */
function callBoxed(instrs: Instr[], reg: (type: Type) => Reg, inst: FunctionInstance, args: Reg[], line: number): Reg {
  const ret = inst.returnType;
  const r = reg(ret);
  instrs.push({ op: 'call', dst: r, callee: inst.key, args, line });
  const result = reg(T.object);
  if (ret.kind === 'float' || ret.kind === 'bool') instrs.push({ op: 'prim', dst: result, prim: ret.kind === 'float' ? 'float.box' : 'bool.box', args: [r], line: 0 });
  else if (ret.kind === 'none') instrs.push({ op: 'prim', dst: result, prim: 'none.box', args: [r], line: 0 });
  else instrs.push({ op: 'retype', dst: result, src: r });
  return result;
}

/** Built-ins that are classes in CPython: read as values they are functions here, shown as CPython shows the class. */
const builtinClassNames = new Set(['str', 'int', 'float', 'bool', 'list', 'tuple', 'set', 'frozenset', 'dict', 'reversed', 'enumerate', 'zip', 'map', 'filter', 'complex', 'bytes', 'bytearray', 'range']);

/** repr() of each function value by id (IrProgram.functionReprs). */
function functionReprs(program: Program): string[] {
  const out: string[] = [];
  for (const r of program.allFuncRefs) {
    // A built-in or module function read as a value is a lambda named `builtins.f` (method-values.ts).
    const builtin = r.def.name.startsWith('builtins.');
    const name = pythonName(r.def);
    // A bound method (no qualname known here): shown as an object, `o`.
    const qual = program.nodes.funcRefQualname(r);
    out[r.id] = builtin ? `${builtinClassNames.has(name) ? 'c' : 'b'}${name}` : qual === null ? 'o' : `f${qual}`;
  }
  for (let i = 0; i < out.length; i++) out[i] ??= 'ffunction';
  return out;
}

/** A class's __name__: a nested class `Outer.Inner` or a linked module's `mod.C` is `Inner` / `C`. */
function shownName(cls: { name: string }): string {
  return cls.name.split('.').pop() ?? cls.name;
}

function factoryEntryName(key: string): string {
  return `factory.${key}`;
}

/**
 * ai_word entry(ai_word fn): calls a function of no parameters that the
 * runtime holds as a value (a defaultdict's factory), passing the function
 * value's cells when it has free variables, and boxes its result.
 */
function factoryEntry(program: Program, inst: FunctionInstance): IrFunction {
  let nextReg = 0;
  const reg = (type: Type): Reg => ({ id: nextReg++, type });
  const instrs: Instr[] = [];
  const params = [{ name: '$fn', type: T.object }];
  const args: Reg[] = [];
  if (program.scopeOf(inst.def!).free.length > 0) {
    const env = reg(T.object);
    instrs.push({ op: 'local.get', dst: env, name: '$fn' });
    args.push(env);
  }
  const ret = inst.returnType;
  const line = inst.def!.pos.line;
  let term: Terminator = { op: 'unreachable' };
  if (ret.kind === 'never') {
    instrs.push({ op: 'call', dst: null, callee: inst.key, args, line });
  } else {
    term = { op: 'ret', value: callBoxed(instrs, reg, inst, args, line) };
  }
  return {
    name: factoryEntryName(inst.key),
    pyName: inst.pyName,
    isModule: false,
    params,
    locals: new Map(params.map((p) => [p.name, p.type])),
    returnType: T.object,
    blocks: [{ label: 'entry', instrs, term }],
    firstLine: 0,
    noFrame: true,
  };
}

/** A lazy generator expression: the parser's call of a `<genexpr>` generator function. */
function isGeneratorExpression(e: S.Expr): boolean {
  return e.kind === 'Call' && e.func.kind === 'Lambda' && e.func.def.name === '<genexpr>';
}

/** Name of the function a generator object runs: unpacks the frame, runs the body. */
function generatorEntry(key: string): string {
  return `gen.${key}`;
}

/** Name of the function an actor spawned on this instance runs. */
function actorEntry(key: string): string {
  return `actor.${key}`;
}

/**
 * The entry of a generator's or an actor's body: ai_word entry(ai_word frame),
 * where frame is the tuple of the call's arguments (the closure first, for a
 * nested generator). Returns the body's return value as a word.
 */
function frameTrampoline(program: Program, inst: FunctionInstance, name: string): IrFunction {
  let nextReg = 0;
  const reg = (type: Type): Reg => ({ id: nextReg++, type });
  const instrs: Instr[] = [];
  const frame = reg(T.object);
  instrs.push({ op: 'local.get', dst: frame, name: '$frame' });
  const needsEnv = program.scopeOf(inst.def!).free.length > 0;
  const paramTypes = [...(needsEnv ? [T.object] : []), ...inst.argTypes];
  const args = paramTypes.map((t, i) => {
    const index = reg(T.int);
    instrs.push({ op: 'const', dst: index, value: { kind: 'int', value: BigInt(i) } });
    const w = reg(T.object);
    instrs.push({ op: 'rtcall', dst: w, fn: 'ai_tuple_get', args: [{ kind: 'reg', reg: frame }, { kind: 'reg', reg: index }], check: 'word', line: inst.def!.pos.line });
    if (t.kind === 'float' || t.kind === 'bool') {
      const v = reg(t);
      instrs.push({ op: 'prim', dst: v, prim: t.kind === 'float' ? 'float.unbox' : 'bool.unbox', args: [w], line: 0 });
      return v;
    }
    const v = reg(t);
    instrs.push({ op: 'retype', dst: v, src: w });
    return v;
  });
  const blocks: Block[] = [];
  const ret = inst.returnType;
  let result: Reg | null = null;
  if (ret.kind !== 'never') {
    const r = reg(ret);
    instrs.push({ op: 'call', dst: r, callee: inst.key, args, line: inst.def!.pos.line });
    if (ret.kind === 'float' || ret.kind === 'bool') {
      result = reg(T.object);
      instrs.push({ op: 'prim', dst: result, prim: ret.kind === 'float' ? 'float.box' : 'bool.box', args: [r], line: 0 });
    } else {
      result = reg(T.object);
      instrs.push({ op: 'retype', dst: result, src: r });
    }
    blocks.push({ label: 'entry', instrs, term: { op: 'ret', value: result } });
  } else {
    instrs.push({ op: 'call', dst: null, callee: inst.key, args, line: inst.def!.pos.line });
    blocks.push({ label: 'entry', instrs, term: { op: 'unreachable' } });
  }
  return {
    name,
    pyName: inst.pyName,
    isModule: false,
    params: [{ name: '$frame', type: T.object }],
    locals: new Map([['$frame', T.object]]),
    returnType: T.object,
    blocks,
    firstLine: 0,
    noFrame: true,
    // The generator's (or actor's) own stack: it is suspended with the body.
    suspends: true,
  };
}

/** The hidden local holding the cell of a variable that nested functions use. */
function cellSlot(name: string): string {
  return `$cell.${name}`;
}

interface LoopTargets {
  breakTo: string;
  continueTo: string;
}

const typeOfKind: Record<string, Type> = T;

/** A tuple display of int, str and None literals (`-1` too) and such tuples, as one constant; else null. */
function constantTuple(e: S.TupleExpr): ConstValue | null {
  const items: ConstValue[] = [];
  for (const el of e.elts) {
    let item: ConstValue | null = null;
    if (el.kind === 'Int') item = { kind: 'int', value: el.value };
    else if (el.kind === 'Unary' && el.op === '-' && el.operand.kind === 'Int') item = { kind: 'int', value: -el.operand.value };
    else if (el.kind === 'Str') item = { kind: 'str', value: el.value };
    else if (el.kind === 'None') item = { kind: 'none' };
    else if (el.kind === 'Tuple') item = constantTuple(el);
    if (!item || (item.kind === 'int' && !isSmallInt(item.value))) return null;
    items.push(item);
  }
  return { kind: 'tuple', items };
}

class FunctionLowerer {
  private readonly blocks: Block[] = [];
  private current: Block;
  /** After a terminator or a value of type `never`: code here is unreachable. */
  private dead = false;
  private nextReg = 0;
  private nextLabel = 0;
  private nextTemp = 0;
  private readonly loops: LoopTargets[] = [];
  private readonly locals = new Map<string, Type>();
  /** Values already computed for a node (a starred call argument, read once for all its items). */
  private readonly preEvaluated = new Map<S.Expr, Reg>();
  /** Set displays that are the right operand of `in`: their iteration order is never seen. */
  private readonly membershipSets = new WeakSet<S.Expr>();
  /** Innermost first: where exceptions raised in new blocks go (an except/finally block). */
  private readonly handlers: string[] = [];
  /** Enclosing try/finally bodies, to run on the way out by return, break or continue. */
  /** What leaving a try statement runs: its finally body, or (an except clause) the code `restore` emits. */
  private readonly finallies: { body: S.Stmt[]; restore?: () => void; loopDepth: number; handlerDepth: number }[] = [];

  /** Name binding of this function (null for the module body). */
  private readonly scope: Scope | null;

  constructor(
    private readonly program: Program,
    private readonly inst: FunctionInstance,
  ) {
    this.current = { label: 'entry', instrs: [], term: { op: 'unreachable' } };
    this.blocks.push(this.current);
    this.scope = inst.def ? program.scopeOf(inst.def) : null;
  }

  /**
   * This function's plain locals (not cells) that `s += x` or `s = s + x` assigns: while its value
   * is a str, such a variable holds a string only it can see, which ai_str_append grows in place
   * (CPython's refcount-1 append), until a read of the variable shares it (ai_str_share). Computed
   * on first use.
   */
  private appendTargetNames: Set<string> | null = null;
  /** The read of an append target that the append itself makes (not a share). */
  private appendingRead: S.NameExpr | null = null;

  private appendTargets(): Set<string> {
    if (this.appendTargetNames) return this.appendTargetNames;
    const names = new Set<string>();
    const def = this.inst.def;
    const visit = (body: S.Stmt[]) => {
      for (const st of body) {
        const appended = appendedName(st);
        if (appended && !this.isCellOrFree(appended) && this.program.resolve(this.inst, appended).kind === 'local') names.add(appended);
        if (st.kind !== 'FunctionDef' && st.kind !== 'ClassDef') for (const block of childBlocks(st)) visit(block);
      }
    };
    if (def) visit(def.body);
    return (this.appendTargetNames = names);
  }

  /** For a memoised function: the hidden locals holding its cache dict and this call's key. */
  private cache: { dict: string; key: string; limit: number | null } | null = null;

  /** @functools.cache: look the arguments up first; a hit returns the remembered result. */
  private cacheLookup(def: S.FunctionDef, params: { name: string; type: Type }[]): void {
    const line = def.pos.line;
    const slot = cacheSlot(this.program.nodes.qualname(def));
    const dictSlot = this.temp(T.object);
    const keySlot = this.temp(T.object);
    const words = params.filter((p) => p.name !== '$env').map((p) => {
      const v = this.reg(p.type);
      this.emit({ op: 'local.get', dst: v, name: p.name });
      return this.convert(this.toWord(v, line), T.object, line);
    });
    const key = this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, T.object);
    this.emit({ op: 'local.set', name: keySlot, src: key });
    // The cache is created on first use (the global starts unset).
    const dict = this.rt('ai_cache_dict', [{ kind: 'globalptr', name: slot }], 'word', line, T.object);
    this.emit({ op: 'local.set', name: dictSlot, src: dict });
    const found = this.rt('ai_dict_get_default', [dict, key, dict], 'word', line, T.object);
    const hit = this.prim('bool.not', [this.prim('obj.is', [found, dict], line)], line);
    const hitL = this.label('cache.hit');
    const missL = this.label('cache.miss');
    this.terminate({ op: 'condbr', cond: hit, then: hitL, else: missL });
    this.startBlock(hitL);
    this.countCacheLookup(def, 'hits', line);
    const limit = this.program.cacheLimit(def) ?? null;
    // A bounded lru_cache: the key hit becomes the most recently used.
    if (limit !== null) this.rt('ai_lru_touch', [dict, key], 'false', line, null);
    const ret = this.inst.returnType;
    if (ret.kind !== 'never') this.terminate({ op: 'ret', value: this.fromWord(found, ret, line) });
    else this.terminate({ op: 'unreachable' });
    this.startBlock(missL);
    this.countCacheLookup(def, 'misses', line);
    this.cache = { dict: dictSlot, key: keySlot, limit };
  }

  /** `which += 1` of the memoised def's statistics, where the program reads them (`f.cache_info()`: desugar.ts). */
  private countCacheLookup(def: S.FunctionDef, which: 'hits' | 'misses', line: number): void {
    const slot = cacheCountSlot(this.program.nodes.qualname(def), which);
    const t = this.program.globals.get(slot);
    if (!t) return;
    if (t.kind !== 'int') throw new Error(`internal: ${slot} holds ${t.kind}, not an int`);
    const count = this.reg(T.int);
    this.emit({ op: 'global.get', dst: count, name: slot, line, unboundCheck: true });
    this.store(slot, this.prim('int.add', [count, this.constant({ kind: 'int', value: 1n })], line), line);
  }

  private cacheStore(value: Reg, line: number): void {
    if (!this.cache || this.dead) return;
    const dict = this.reg(T.object);
    this.emit({ op: 'local.get', dst: dict, name: this.cache.dict });
    const key = this.reg(T.object);
    this.emit({ op: 'local.get', dst: key, name: this.cache.key });
    if (this.cache.limit === null) this.rt('ai_dict_set', [dict, key, this.toWord(value, line)], 'false', line, null);
    else this.rt('ai_lru_store', [dict, key, this.toWord(value, line), { kind: 'i64', value: this.cache.limit }], 'false', line, null);
  }

  /** The cell holding variable `name` of this function, or of an enclosing one (through the closure). */
  private cellOf(name: string): Reg {
    if (this.scope?.cells.has(name)) {
      const cell = this.reg(T.object);
      this.emit({ op: 'local.get', dst: cell, name: cellSlot(name) });
      return cell;
    }
    const env = this.reg(T.object);
    this.emit({ op: 'local.get', dst: env, name: '$env' });
    const cell = this.reg(T.object);
    this.emit({ op: 'closure.cell', dst: cell, env, index: this.scope!.free.indexOf(name) });
    return cell;
  }

  private isCellOrFree(name: string): boolean {
    return !!this.scope && (this.scope.cells.has(name) || this.scope.free.includes(name));
  }

  /** A function value: a closure object with the cells its free variables live in. */
  /**
   * Evaluates a def's or lambda's defaults (when the def runs, as CPython)
   * and makes the function value. A nested function's defaults belong to the
   * value made, not to the definition (`lambda x, i=i:` in a loop): they go
   * into cells after the free variables' cells, where calls read them; the
   * definition's slot keeps the last ones too (the checker types from it).
   */
  private makeClosure(def: S.FunctionDef, line: number): Reg {
    const defaults: Reg[] = [];
    for (const p of this.carriesDefaults(def) ? def.params : []) {
      if (!p.defaultValue) continue;
      const v = this.expr(p.defaultValue);
      this.store(this.program.nodes.defaultSlot(def, p), v, p.pos.line);
      const t = this.program.globals.get(this.program.nodes.defaultSlot(def, p)) ?? v.type;
      const cell = this.reg(T.object);
      this.emit({ op: 'cell.new', dst: cell, float: t.kind === 'float' });
      this.emit({ op: 'cell.set', cell, src: this.convert(v, t, line) });
      defaults.push(cell);
    }
    const ref = this.program.funcRef(def, this.inst.def && this.program.scopeOf(def).parent ? this.inst : null);
    const inner = this.program.scopeOf(def);
    const cells = [...inner.free.map((name) => this.cellOf(name)), ...defaults];
    const dst = this.reg(funcOf([ref]));
    this.emit({ op: 'closure.new', dst, fnId: ref.id, cells, line });
    return dst;
  }

  lower(): IrFunction {
    const def = this.inst.def;
    const params = def ? def.params.map((p, i) => ({ name: p.name, type: this.inst.argTypes[i] })) : [];
    for (const [name, t] of this.inst.locals) if (t.kind !== 'never') this.locals.set(name, t);
    for (const p of params) {
      // A parameter the body assigns values of other types (`x = str(x)` of a float x): the variable
      // is wider than the argument, which arrives under another name and is converted on entry.
      const t = this.locals.get(p.name);
      if (!t || t.kind === p.type.kind || p.type.kind === 'never') continue;
      const arrived = `$param.${p.name}`;
      this.locals.set(arrived, p.type);
      const v = this.reg(p.type);
      this.emit({ op: 'local.get', dst: v, name: arrived });
      this.emit({ op: 'local.set', name: p.name, src: this.convert(v, t) });
      p.name = arrived;
    }
    if (this.scope && this.scope.free.length) {
      // A closure: its first parameter is the closure object holding the cells it uses.
      params.unshift({ name: '$env', type: T.object });
      this.locals.set('$env', T.object);
    }
    if (this.scope) {
      // Variables that nested functions use live in heap cells.
      for (const name of this.scope.cells) {
        const cell = this.reg(T.object);
        const t = this.locals.get(name);
        this.emit({ op: 'cell.new', dst: cell, float: t?.kind === 'float' });
        this.locals.set(cellSlot(name), T.object);
        this.emit({ op: 'local.set', name: cellSlot(name), src: cell });
        const pi = def!.params.findIndex((p) => p.name === name);
        if (pi >= 0 && t) {
          const v = this.reg(t);
          this.emit({ op: 'local.get', dst: v, name });
          this.emit({ op: 'cell.set', cell, src: v });
        }
      }
    }
    const body = def ? def.body : this.program.module.body;
    if (def && this.program.isCached(def)) this.cacheLookup(def, params);
    this.stmts(body);
    if (!this.dead && def && terminates(def.body)) {
      // The checker proved every path returns: this block has no predecessor.
      this.terminate({ op: 'unreachable' });
    } else if (!this.dead) {
      // Falling off the end returns None.
      const none = this.constant({ kind: 'none' });
      const value = def ? this.convert(none, this.inst.returnType) : null;
      if (value) this.cacheStore(value, def!.pos.line);
      this.terminate({ op: 'ret', value });
    }
    const fn: IrFunction = {
      name: this.inst.key,
      pyName: this.inst.pyName,
      isModule: def === null,
      params,
      locals: this.locals,
      returnType: this.inst.returnType,
      blocks: this.blocks,
      firstLine: def ? def.pos.line : 0,
      // A function of a linked module: its lines are that file's.
      file: def?.pos.file,
      suspends: this.inst.isGenerator,
    };
    if (def) {
      const userVars = new Set([...this.locals.keys()].filter((n) => !n.startsWith('$')));
      markPossiblyUnboundReads(fn, userVars, new Set(params.map((p) => p.name)));
    } else {
      const userGlobals = new Set([...this.program.globals.keys()].filter((n) => !n.includes('.__defaults__.')));
      markPossiblyUnboundReads(fn, userGlobals, new Set());
    }
    return fn;
  }

  // ------------------------------------------------------------ plumbing

  private reg(type: Type): Reg {
    return { id: this.nextReg++, type };
  }

  private label(hint: string): string {
    return `${hint}.${this.nextLabel++}`;
  }

  private emit(i: Instr): void {
    if (!this.dead) this.current.instrs.push(i);
  }

  private terminate(t: Terminator): void {
    if (this.dead) return;
    this.current.term = t;
    this.dead = true;
  }

  private startBlock(label: string): void {
    this.current = { label, instrs: [], term: { op: 'unreachable' }, handler: this.handlers[this.handlers.length - 1] };
    this.blocks.push(this.current);
    this.dead = false;
  }

  /** The current path cannot continue (a call that never returns, a raise). */
  private deadEnd(): Reg {
    this.terminate({ op: 'unreachable' });
    return this.reg(T.none);
  }

  private raise(excType: string, message: string, line: number): Reg {
    this.terminate({ op: 'raise', excType, message, line });
    return this.reg(T.none);
  }

  private constant(value: ConstValue): Reg {
    const dst = this.reg(typeOfKind[value.kind]);
    this.emit({ op: 'const', dst, value });
    return dst;
  }

  private prim(prim: Prim, args: Reg[], line: number, imm?: number): Reg {
    const spec = primSpec(prim);
    const dst = spec.result ? this.reg(typeOfKind[spec.result]) : null;
    this.emit({ op: 'prim', dst, prim, args, imm, line });
    return dst ?? this.reg(T.none);
  }

  /** Calls a runtime function; the result (if `result`) is a word of that static type. */
  private rt(fn: string, args: (Reg | RtArg)[], check: RaiseCheck, line: number, result: Type | null): Reg {
    const dst = result ? this.reg(result) : null;
    const rtArgs = args.map((a): RtArg => ('id' in a ? { kind: 'reg', reg: a } : a));
    this.emit({ op: 'rtcall', dst, fn, args: rtArgs, check, line });
    return dst ?? this.reg(T.none);
  }

  // Lists of floats: the lists this code creates for a list[float] cell hold their items unboxed (runtime:
  // AI_LIST_FLOATS in aithon.h), read and written here without a float box. Every list operation of the
  // runtime still works on them (it boxes such a list's items first, once), so only these hot paths differ.

  /** A new empty list of static type `t`. */
  private newList(t: Type, line: number): Reg {
    const fn = t.kind === 'list' && elemOf(t).kind === 'float' ? 'ai_list_new_floats' : 'ai_list_new';
    return this.rt(fn, [{ kind: 'i64', value: 0 }, { kind: 'zero' }], 'word', line, t);
  }

  /** list[index] (an int index) of a list of static type `t`, read as `result`. */
  private listGet(t: Type, list: Reg, index: Reg, result: Type, line: number): Reg {
    if (t.kind === 'list' && elemOf(t).kind === 'float' && result.kind !== 'never') {
      return this.convert(this.rt('ai_list_get_float', [list, index], 'pending', line, T.float), result, line);
    }
    return this.fromWord(this.rt('ai_list_get', [list, index], 'word', line, T.object), result, line);
  }

  /** list[index] = value (an int index) for a list of static type `t`. */
  private listSet(t: Type, list: Reg, index: Reg, value: Reg, line: number): void {
    const elem = t.kind === 'list' ? elemOf(t) : T.object;
    if (elem.kind === 'float') this.rt('ai_list_set_float', [list, index, this.convert(value, elem, line)], 'false', line, null);
    else this.rt('ai_list_set', [list, index, this.toWord(this.convert(value, elem, line), line)], 'false', line, null);
  }

  /** list.append(value) for a list of static type `t`. */
  private listAppend(t: Type, list: Reg, value: Reg, line: number): void {
    const elem = t.kind === 'list' ? elemOf(t) : T.object;
    if (elem.kind === 'float') this.rt('ai_list_append_float', [list, this.convert(value, elem, line)], 'false', line, null);
    else this.rt('ai_list_append', [list, this.toWord(this.convert(value, elem, line), line)], 'false', line, null);
  }

  private retype(v: Reg, t: Type): Reg {
    if (this.dead) return this.reg(t);
    const dst = this.reg(t);
    this.emit({ op: 'retype', dst, src: v });
    return dst;
  }

  /** The word form of a value, as containers store it. */
  private toWord(v: Reg, line: number): Reg {
    if (v.type.kind === 'float') return this.prim('float.box', [v], line);
    if (v.type.kind === 'bool') return this.prim('bool.box', [v], line);
    return v;
  }

  /** A word read from a container, as a value of static type `t`. */
  private fromWord(w: Reg, t: Type, line: number): Reg {
    if (t.kind === 'never') return this.deadEnd();
    if (t.kind === 'float') return this.prim('float.unbox', [w], line);
    if (t.kind === 'bool') return this.prim('bool.unbox', [w], line);
    return w.type === t ? w : this.retype(w, t);
  }

  private noneWord(): Reg {
    return this.constant({ kind: 'none' });
  }

  private temp(type: Type): string {
    const name = `$t${this.nextTemp++}`;
    this.locals.set(name, type);
    return name;
  }

  private typeOf(e: S.Expr): Type {
    return this.inst.typeOf(e);
  }

  /** Converts a value to the representation of `to` (boxing into object). */
  private convert(v: Reg, to: Type, line = 0): Reg {
    if (this.dead) return v;
    if (to.kind === 'instance' && (v.type.kind === 'none' || v.type.kind === 'instance')) return v.type === to ? v : this.retype(v, to);
    if (v.type.kind === to.kind) return v.type === to || isWord(to) === false ? v : this.retype(v, to);
    // A fixed tuple as one of variable length: the same AiTuple, whose items are words either way.
    if (v.type.kind === 'tuple' && to.kind === 'vartuple') return this.retype(v, to);
    // None or a value of `to.of`'s type as an optional value (types.ts OptionalType): the same word.
    if (to.kind === 'optional') return this.retype(v.type.kind === 'none' ? this.prim('none.box', [v], line) : this.convert(v, to.of, line), to);
    if (to.kind === 'object' && v.type.kind === 'module' && (v.type.name === 'sys.stdout' || v.type.name === 'sys.stderr')) {
      // A standard stream kept with other values (a writer's file that may be a StringIO): an object with write/flush.
      return this.rt('ai_sys_stream', [{ kind: 'i32', value: v.type.name === 'sys.stderr' ? 2 : 1 }], 'never', line, T.object);
    }
    // Any other module is a compile-time value: printed or passed to a built-in that takes any value, it has no object to be.
    if (to.kind === 'object' && v.type.kind === 'module') return this.raise('TypeError', `unsupported: the module ${v.type.name} as a run-time value (printed, or passed where any value goes)`, line);
    if (to.kind === 'object' && isWord(v.type) && v.type.kind !== 'int' && v.type.kind !== 'str' && v.type.kind !== 'none') return this.retype(v, to);
    if (to.kind === 'object') {
      switch (v.type.kind) {
        case 'int':
          return this.prim('int.box', [v], line);
        case 'float':
          return this.prim('float.box', [v], line);
        case 'bool':
          return this.prim('bool.box', [v], line);
        case 'str':
          return this.prim('str.box', [v], line);
        case 'none':
          return this.prim('none.box', [v], line);
      }
    }
    if (to.kind === 'never') return v;
    throw new Error(`internal error: cannot convert ${v.type.kind} to ${to.kind}`);
  }

  private isLocal(name: string): boolean {
    return this.inst.def !== null && this.program.resolve(this.inst, name).kind === 'local';
  }

  private store(name: string, v: Reg, line: number): void {
    if (this.isCellOrFree(name)) {
      const b = this.program.resolve(this.inst, name);
      const t = b.kind === 'free' ? b.owner.locals.get(name) : this.locals.get(name);
      if (!t || t.kind === 'never') return;
      this.emit({ op: 'cell.set', cell: this.cellOf(name), src: this.convert(v, t, line) });
      return;
    }
    if (this.isLocal(name)) {
      const t = this.locals.get(name);
      if (!t) return; // only ever assigned values that never arrive
      this.emit({ op: 'local.set', name, src: this.convert(v, t, line) });
    } else {
      const t = this.program.globals.get(name);
      if (!t || t.kind === 'never') return;
      this.emit({ op: 'global.set', name, src: this.convert(v, t, line) });
    }
  }

  // ------------------------------------------------------------ statements

  private stmts(list: S.Stmt[]): void {
    for (const s of list) {
      // Statements after a return, raise, break or continue (or a call that never returns) cannot run.
      if (this.dead) break;
      this.stmt(s);
    }
  }

  private stmt(s: S.Stmt): void {
    const line = s.pos.line;
    switch (s.kind) {
      case 'ExprStmt':
        this.expr(s.expr);
        return;
      case 'Assign': {
        if (this.assignDisplay(s)) return;
        const appended = appendedName(s);
        if (appended) {
          const operands = appendedOperands(s.value);
          if (operands && this.appendString(s.targets[0] as S.NameExpr, operands.items, line, operands.read)) return;
        }
        const v = this.expr(s.value);
        for (const t of s.targets) this.assignTo(t, v, line);
        return;
      }
      case 'AnnAssign':
        if (s.value) this.assignTo(s.target, this.expr(s.value), line);
        return;
      case 'AugAssign':
        this.augAssign(s);
        return;
      case 'If': {
        const known = this.inst.staticTests.get(s);
        if (known !== undefined) {
          // Decided in this specialisation (checker.ts, If): only the branch taken exists.
          this.stmts(known ? s.body : s.orelse);
          return;
        }
        const thenL = this.label('if.then');
        const elseL = this.label('if.else');
        const endL = this.label('if.end');
        this.branchOn(s.test, thenL, elseL);
        this.startBlock(thenL);
        this.stmts(s.body);
        this.terminate({ op: 'br', target: endL });
        this.startBlock(elseL);
        this.stmts(s.orelse);
        this.terminate({ op: 'br', target: endL });
        this.startBlock(endL);
        return;
      }
      case 'While': {
        if (this.program.staticCondition(this.inst, s.test) === false) {
          this.stmts(s.orelse);
          return;
        }
        const headL = this.label('while.head');
        const bodyL = this.label('while.body');
        const elseL = this.label('while.else');
        const endL = this.label('while.end');
        this.terminate({ op: 'br', target: headL });
        this.startBlock(headL);
        this.branchOn(s.test, bodyL, elseL);
        this.startBlock(bodyL);
        this.loops.push({ breakTo: endL, continueTo: headL });
        this.stmts(s.body);
        this.loops.pop();
        this.terminate({ op: 'br', target: headL });
        this.startBlock(elseL);
        this.stmts(s.orelse);
        this.terminate({ op: 'br', target: endL });
        this.startBlock(endL);
        return;
      }
      case 'For': {
        const endL = this.label('for.end');
        this.loop(
          s.target,
          s.iter,
          (continueTo) => {
            this.loops.push({ breakTo: endL, continueTo });
            this.stmts(s.body);
            this.loops.pop();
          },
          () => this.stmts(s.orelse),
          endL,
        );
        return;
      }
      case 'Break':
      case 'Continue': {
        const target = this.loops[this.loops.length - 1];
        this.runFinallies(this.loops.length);
        this.terminate({ op: 'br', target: s.kind === 'Break' ? target.breakTo : target.continueTo });
        return;
      }
      case 'Return': {
        const v = s.value ? this.expr(s.value) : this.constant({ kind: 'none' });
        const out = this.convert(v, this.inst.returnType, line);
        this.cacheStore(out, line);
        this.runFinallies(0);
        this.terminate({ op: 'ret', value: out });
        return;
      }
      case 'FunctionDef':
        // Defaults are evaluated when the def statement runs (a nested def's go into its closure).
        if (this.inst.def) {
          this.store(s.name, this.makeClosure(s, line), line);
          return;
        }
        for (const p of s.params) {
          if (p.defaultValue) this.store(this.program.nodes.defaultSlot(s, p), this.expr(p.defaultValue), p.pos.line);
        }
        return;
      case 'Try':
        this.tryStmt(s);
        return;
      case 'ClassDef':
        this.classDef(s);
        return;
      case 'Raise':
        this.raiseStmt(s);
        return;
      case 'Assert': {
        const okL = this.label('assert.ok');
        const failL = this.label('assert.fail');
        this.branchOn(s.test, okL, failL);
        this.startBlock(failL);
        const args = s.msg ? [this.toWord(this.expr(s.msg), line)] : [];
        const tuple = this.rt('ai_tuple_new', [{ kind: 'i64', value: args.length }, { kind: 'array', regs: args }], 'word', line, T.object);
        const exc = this.rt('ai_exc_new', [{ kind: 'exctype', name: 'AssertionError' }, tuple], 'word', line, T.exception);
        this.rt('ai_raise_obj', [exc, { kind: 'zero' }], 'never', line, null);
        this.terminate({ op: 'raise_pending', line });
        this.startBlock(okL);
        return;
      }
      case 'Del':
        for (const t of s.targets) {
          if (t.kind === 'Subscript') {
            const container = this.expr(t.value);
            if (this.inst.dispatch(t, 'delitem')) {
              this.dunder(t, 'delitem', container, [t.index.kind === 'Slice' ? this.subscriptKey(t.index, line) : this.expr(t.index)], T.none, line);
              continue;
            }
            const key = this.subscriptKey(t.index, line);
            this.rt('ai_obj_delitem', [this.convert(container, T.object, line), key], 'false', line, null);
          } else if (t.kind === 'Name') {
            // Reading it checks it is bound; then it is unbound again.
            this.expr(t);
            this.unbind(t);
          } else if (t.kind === 'Attribute') {
            const recvType = this.typeOf(t.value);
            const recv = this.expr(t.value);
            if (recvType.kind === 'class') {
              this.deleteClassAttr(recvType.cls as ClassInfo, t.attr, line);
              continue;
            }
            if (this.dunder(t, 'delete', recv, [], T.none, line)) continue;
            const owner = this.convert(this.toWord(recv, line), T.object, line);
            this.rt('ai_builtin_delattr', [owner, this.constant({ kind: 'str', value: t.attr })], 'false', line, null);
          }
        }
        return;
      case 'Global':
      case 'Nonlocal':
      case 'Import':
      case 'ImportFrom':
      case 'Pass':
        return;
    }
  }

  /** Inlines the finally bodies between here and `loopDepth` (0: all, for return). */
  private runFinallies(loopDepth: number): void {
    const saved = this.finallies.splice(0);
    const savedHandlers = this.handlers.splice(0);
    for (let i = saved.length - 1; i >= 0 && saved[i].loopDepth >= loopDepth; i--) {
      // A finally body runs under the handlers that enclosed its try statement.
      this.handlers.push(...savedHandlers.slice(0, saved[i].handlerDepth));
      this.finallies.push(...saved.slice(0, i));
      if (saved[i].restore) saved[i].restore!();
      else this.stmts(saved[i].body);
      this.finallies.splice(0);
      this.handlers.splice(0);
      if (this.dead) break;
    }
    this.finallies.push(...saved);
    this.handlers.push(...savedHandlers);
    // Blocks already started keep their handler; new ones use the restored stack.
    if (!this.dead) {
      const cont = this.label('after.finally');
      this.terminate({ op: 'br', target: cont });
      this.startBlock(cont);
    }
  }

  private withHandler(handler: string, body: () => void, next: string): void {
    this.handlers.push(handler);
    const start = this.label('try.body');
    this.terminate({ op: 'br', target: start });
    this.startBlock(start);
    body();
    this.handlers.pop();
    this.terminate({ op: 'br', target: next });
  }

  private tryStmt(s: S.TryStmt): void {
    const line = s.pos.line;
    const endL = this.label('try.end');
    const hasFinally = s.finalbody.length > 0;
    const finallyExcL = this.label('finally.exc');
    const finallyL = this.label('finally');
    const after = hasFinally ? finallyL : endL;
    if (hasFinally) this.finallies.push({ body: s.finalbody, loopDepth: this.loops.length, handlerDepth: this.handlers.length });
    if (hasFinally) this.handlers.push(finallyExcL);

    const exceptL = this.label('except');
    const elseL = this.label('try.else');
    if (s.handlers.length) this.withHandler(exceptL, () => this.stmts(s.body), elseL);
    else {
      const start = this.label('try.body');
      this.terminate({ op: 'br', target: start });
      this.startBlock(start);
      this.stmts(s.body);
      this.terminate({ op: 'br', target: elseL });
    }
    this.startBlock(elseL);
    this.stmts(s.orelse);
    this.terminate({ op: 'br', target: after });

    if (s.handlers.length) {
      // An exception is pending here: find the first clause that matches.
      this.startBlock(exceptL);
      for (const h of s.handlers) {
        const hl = h.pos.line;
        const bodyL = this.label('except.body');
        const nextL = this.label('except.next');
        if (h.type) {
          const names = h.type.kind === 'Tuple' ? h.type.elts : [h.type];
          let matched: Reg | null = null;
          for (const n of names) {
            const m = this.rt('ai_exc_matches', [this.exceptionTypeArg(n as S.NameExpr)], 'never', hl, T.bool);
            matched = matched ? this.prim('bool.or', [matched, m], hl) : m;
          }
          this.terminate({ op: 'condbr', cond: matched!, then: bodyL, else: nextL });
        } else this.terminate({ op: 'br', target: bodyL });
        this.startBlock(bodyL);
        const exc = this.rt('ai_exc_fetch', [], 'never', hl, T.exception);
        const slot = this.temp(T.exception);
        this.emit({ op: 'local.set', name: slot, src: exc });
        if (h.name) this.store(h.name, exc, hl);
        // The exception being handled (sys.exception(), traceback.format_exc(), the __context__ of exceptions raised
        // meanwhile) until the clause ends, however it ends: normally, by return/break/continue, or by an exception.
        const previousSlot = this.temp(T.exception);
        this.emit({ op: 'local.set', name: previousSlot, src: this.rt('ai_exc_set_handled', [exc], 'never', hl, T.exception) });
        const restoreHandled = () => {
          const previous = this.reg(T.exception);
          this.emit({ op: 'local.get', dst: previous, name: previousSlot });
          this.rt('ai_exc_set_handled', [previous], 'never', hl, T.exception);
        };
        const restoreL = this.label('except.leave');
        this.finallies.push({ body: [], restore: restoreHandled, loopDepth: this.loops.length, handlerDepth: this.handlers.length });
        this.handledExceptions.push(slot);
        const doneL = this.label('except.done');
        this.withHandler(restoreL, () => this.stmts(h.body), doneL);
        this.handledExceptions.pop();
        this.finallies.pop();
        this.startBlock(doneL);
        restoreHandled();
        this.terminate({ op: 'br', target: after });
        this.startBlock(restoreL);
        restoreHandled();
        this.terminate({ op: 'propagate' });
        this.startBlock(nextL);
      }
      // No clause matched: the exception goes on.
      this.terminate({ op: 'propagate' });
    }

    if (hasFinally) {
      this.handlers.pop();
      this.finallies.pop();
      // Exceptional path: keep the exception aside, run the body, raise it again.
      this.startBlock(finallyExcL);
      const saved = this.rt('ai_exc_fetch', [], 'never', line, T.exception);
      const slot = this.temp(T.exception);
      this.emit({ op: 'local.set', name: slot, src: saved });
      this.stmts(s.finalbody);
      const again = this.reg(T.exception);
      this.emit({ op: 'local.get', dst: again, name: slot });
      this.rt('ai_exc_restore', [again], 'never', line, null);
      this.terminate({ op: 'propagate' });
      // Normal path.
      this.startBlock(finallyL);
      this.stmts(s.finalbody);
      this.terminate({ op: 'br', target: endL });
    }
    this.startBlock(endL);
  }

  /** Exceptions being handled (innermost last), for a bare `raise`. */
  private readonly handledExceptions: string[] = [];

  private raiseStmt(s: S.RaiseStmt): void {
    const line = s.pos.line;
    if (!s.exc) {
      const slot = this.handledExceptions[this.handledExceptions.length - 1];
      if (!slot) {
        this.raise('RuntimeError', 'No active exception to reraise', line);
        return;
      }
      const exc = this.reg(T.exception);
      this.emit({ op: 'local.get', dst: exc, name: slot });
      this.rt('ai_exc_restore', [exc], 'never', line, null);
      this.terminate({ op: 'propagate' });
      return;
    }
    const exc = this.exceptionValue(s.exc, line);
    let cause: Reg | RtArg = { kind: 'zero' };
    if (s.cause) cause = s.cause.kind === 'None' ? this.noneWord() : this.exceptionValue(s.cause, line);
    this.rt('ai_raise_obj', [exc, cause], 'never', line, null);
    this.terminate({ op: 'raise_pending', line });
  }

  /** `X` (a built-in exception class: instantiated with no args) or an exception value. */
  /** The type object of an exception class named in raise/except: built-in or a user exception class. */
  private exceptionTypeArg(n: S.NameExpr): RtArg {
    const b = this.program.resolve(this.inst, n.id);
    return b.kind === 'class' ? { kind: 'typeobj', cls: b.cls.name } : { kind: 'exctype', name: n.id };
  }

  /**
   * A user exception class's class attributes (`code = 404`), read on its
   * instances: exception objects keep attributes by name, so each new one gets
   * them (the nearest class's value along the MRO) before __init__ runs.
   */
  private setExceptionClassAttrs(exc: Reg, cls: ClassInfo, line: number): void {
    const seen = new Set<string>();
    for (const c of cls.mro()) {
      for (const name of c.classAttrs.keys()) {
        if (seen.has(name)) continue;
        seen.add(name);
        const slot = classAttrSlot(c, name);
        const g = this.reg(this.program.globals.get(slot) ?? T.never);
        if (g.type.kind === 'never') continue;
        this.emit({ op: 'global.get', dst: g, name: slot, line, unboundCheck: true });
        this.rt('ai_exc_setattr', [exc, this.constant({ kind: 'str', value: name }), this.convert(this.toWord(g, line), T.object, line)], 'false', line, null);
      }
    }
  }

  private exceptionValue(e: S.Expr, line: number): Reg {
    const b = e.kind === 'Name' ? this.program.resolve(this.inst, e.id) : null;
    if (e.kind === 'Name' && (b?.kind === 'builtin' || (b?.kind === 'class' && b.cls.exceptionBase))) {
      const empty = this.rt('ai_tuple_new', [{ kind: 'i64', value: 0 }, { kind: 'zero' }], 'word', line, T.object);
      const exc = this.rt('ai_exc_new', [this.exceptionTypeArg(e), empty], 'word', line, T.exception);
      if (b?.kind === 'class') this.setExceptionClassAttrs(exc, b.cls, line);
      return exc;
    }
    return this.convert(this.expr(e), T.object, line);
  }

  /** Assigns `v` to an assignment target (name, subscript, or unpacking). */
  private assignTo(target: S.Expr, v: Reg, line: number): void {
    if (this.dead) return;
    switch (target.kind) {
      case 'Name':
        this.store(target.id, v, line);
        return;
      case 'Subscript': {
        const containerType = this.typeOf(target.value);
        const container = this.expr(target.value);
        if (containerType.kind === 'instance') {
          const key = this.expr(target.index);
          if (!this.dunder(target, 'setitem', container, [key, v], T.none, line)) this.raise('TypeError', `'${pythonTypeName(containerType)}' object does not support item assignment`, line);
          return;
        }
        if (containerType.kind === 'list' && target.index.kind !== 'Slice') {
          this.listSet(containerType, container, this.indexValue(this.expr(target.index), line), v, line);
        } else if (containerType.kind === 'dict') {
          const key = this.toWord(this.convert(this.expr(target.index), keyOf(containerType), line), line);
          const word = this.toWord(this.convert(v, valueOf(containerType), line), line);
          this.rt('ai_dict_set', [container, key, word], 'false', line, null);
        } else {
          const key = this.subscriptKey(target.index, line);
          this.rt('ai_obj_setitem', [this.convert(container, T.object, line), key, this.toWord(v, line)], 'false', line, null);
        }
        return;
      }
      case 'Tuple':
      case 'List':
        this.unpack(target.elts, v, line);
        return;
      case 'Attribute':
        this.assignAttribute(target, v, line);
        return;
      default:
        this.raise('TypeError', 'unsupported: this assignment target', line);
    }
  }

  /**
   * `a, b = x, y` (also `a, b = b, a`): the values are computed left to right and
   * assigned as the tuple's items would be, without the tuple, which nothing else
   * can see. False when the statement has another shape.
   */
  private assignDisplay(s: S.AssignStmt): boolean {
    const [target] = s.targets;
    const value = s.value;
    if (this.assignIntDivmod(s)) return true;
    if (s.targets.length !== 1 || (target.kind !== 'Tuple' && target.kind !== 'List') || value.kind !== 'Tuple') return false;
    const tupleType = this.typeOf(value);
    const n = target.elts.length;
    if (tupleType.kind !== 'tuple' || tupleType.elems.length !== n || value.elts.length !== n) return false;
    if (target.elts.some((t) => t.kind === 'Starred') || value.elts.some((v) => v.kind === 'Starred')) return false;
    const items = value.elts.map((el, i) => this.convert(this.expr(el), tupleType.elems[i], s.pos.line));
    target.elts.forEach((t, i) => this.assignTo(t, items[i], s.pos.line));
    return true;
  }

  /**
   * `q, r = divmod(a, b)` of ints (the builtin): q = a // b and r = a % b assigned
   * directly, without the pair, which nothing else can see (manhattan distances and
   * grid indices call it per cell). `//` raises divmod's ZeroDivisionError message.
   */
  private assignIntDivmod(s: S.AssignStmt): boolean {
    const [target] = s.targets;
    const call = s.value;
    if (s.targets.length !== 1 || (target.kind !== 'Tuple' && target.kind !== 'List') || target.elts.length !== 2) return false;
    if (target.elts.some((t) => t.kind === 'Starred') || call.kind !== 'Call' || call.func.kind !== 'Name' || call.func.id !== 'divmod') return false;
    if (call.args.length !== 2 || call.keywords.length || call.args.some((a) => a.kind === 'Starred') || call.doubleStars?.length) return false;
    if (this.inst.starArmCalls.has(call) || this.program.resolve(this.inst, call.func.id).kind !== 'builtin') return false;
    const intLike = (t: Type) => t.kind === 'int' || t.kind === 'bool';
    const [lt, rt] = call.args.map((a) => this.typeOf(a));
    if (!intLike(lt) || !intLike(rt)) return false;
    const a = this.expr(call.args[0]);
    const b = this.expr(call.args[1]);
    if (this.dead) return true;
    const q = this.binary('//', a, b, call.args[1], s.pos.line, lt, rt);
    const r = this.binary('%', a, b, call.args[1], s.pos.line, lt, rt);
    this.assignTo(target.elts[0], q, s.pos.line);
    this.assignTo(target.elts[1], r, s.pos.line);
    return true;
  }

  /** a, b, *c = v: as CPython, ValueError when the counts do not match. */
  private unpack(targets: S.Expr[], v: Reg, line: number): void {
    const n = targets.length;
    const star = targets.findIndex((t) => t.kind === 'Starred');
    const parts = unpackTypes(v.type, targets, (t) => this.program.iterElem(t), () => this.inst.siteCell(targets, 'star'));
    if (v.type.kind === 'tuple' && star < 0 && v.type.elems.length === n) {
      const items = v.type.elems.map((t, i) => this.fromWord(this.rt('ai_tuple_get', [v, this.constant({ kind: 'int', value: BigInt(i) })], 'word', line, T.object), t, line));
      targets.forEach((t, i) => this.assignTo(t, items[i], line));
      return;
    }
    if (v.type.kind === 'tuple' && star < 0) {
      const got = v.type.elems.length;
      this.raise('ValueError', got > n ? `too many values to unpack (expected ${n})` : `not enough values to unpack (expected ${n}, got ${got})`, line);
      return;
    }
    if (star < 0 && v.type.kind !== 'list') {
      // A value of unknown type: a tuple of n items is read in place (the common case), anything else
      // iterable is taken into a new sequence by the runtime, which raises CPython's errors.
      const seq = this.rt('ai_unpack_seq', [this.convert(v, T.object, line), { kind: 'i64', value: n }], 'word', line, T.object);
      const items = targets.map((_, i) => this.fromWord(this.rt('ai_unpack_item', [seq, { kind: 'i64', value: i }], 'never', line, T.object), parts[i], line));
      targets.forEach((t, i) => this.assignTo(t, items[i], line));
      return;
    }
    // Anything iterable: materialise it as a list, check its length, take the items.
    const seq = v.type.kind === 'list' ? v : this.rt('ai_builtin_list', [this.convert(v, T.object, line)], 'word', line, T.object);
    const lenRaw = this.rt('ai_list_len', [seq], 'never', line, T.int);
    const len = this.tagged(lenRaw, line);
    const want = this.constant({ kind: 'int', value: BigInt(star < 0 ? n : n - 1) });
    const okL = this.label('unpack.ok');
    const badL = this.label('unpack.bad');
    const fits = star < 0 ? this.prim('int.eq', [len, want], line) : this.prim('int.ge', [len, want], line);
    this.terminate({ op: 'condbr', cond: fits, then: okL, else: badL });
    this.startBlock(badL);
    if (star < 0) {
      const tooMany = this.prim('int.gt', [len, want], line);
      const manyL = this.label('unpack.many');
      const fewL = this.label('unpack.few');
      this.terminate({ op: 'condbr', cond: tooMany, then: manyL, else: fewL });
      this.startBlock(manyL);
      this.raise('ValueError', `too many values to unpack (expected ${n})`, line);
      this.startBlock(fewL);
      const msg = this.fstringOf([`not enough values to unpack (expected ${n}, got `, len, ')'], line);
      this.raiseWithMessage('ValueError', msg, line);
    } else {
      const msg = this.fstringOf([`not enough values to unpack (expected at least ${n - 1}, got `, len, ')'], line);
      this.raiseWithMessage('ValueError', msg, line);
    }
    this.startBlock(okL);
    const after = n - star - 1;
    targets.forEach((t, i) => {
      let item: Reg;
      if (i === star) {
        const stop = this.prim('int.sub', [len, this.constant({ kind: 'int', value: BigInt(after) })], line);
        const slice = this.rt('ai_slice_new', [this.constant({ kind: 'int', value: BigInt(star) }), stop, this.noneWord()], 'word', line, T.object);
        item = this.rt('ai_obj_getitem', [seq, slice], 'word', line, parts[i]);
        this.assignTo((t as S.StarredExpr).value, item, line);
        return;
      }
      const index = star >= 0 && i > star ? this.constant({ kind: 'int', value: BigInt(i - n) }) : this.constant({ kind: 'int', value: BigInt(i) });
      item = this.fromWord(this.rt('ai_list_get', [seq, index], 'word', line, T.object), parts[i], line);
      this.assignTo(t, item, line);
    });
  }

  private tagged(raw: Reg, line: number): Reg {
    // raw is an untagged i64 count from the runtime (ai_*_len); make it an int word.
    void line;
    const dst = this.reg(T.int);
    this.emit({ op: 'prim', dst, prim: 'int.from_len', args: [raw], line });
    return dst;
  }

  private raiseWithMessage(excType: string, message: Reg, line: number): void {
    const tuple = this.rt('ai_tuple_new', [{ kind: 'i64', value: 1 }, { kind: 'array', regs: [message] }], 'word', line, T.object);
    const exc = this.rt('ai_exc_new', [{ kind: 'exctype', name: excType }, tuple], 'word', line, T.exception);
    this.rt('ai_raise_obj', [exc, { kind: 'zero' }], 'never', line, null);
    this.terminate({ op: 'raise_pending', line });
  }

  /** Concatenates literal text and int values into a str. */
  private fstringOf(parts: (string | Reg)[], line: number): Reg {
    const regs = parts.map((p) => (typeof p === 'string' ? this.constant({ kind: 'str', value: p }) : this.toStr(p, line)));
    const dst = this.reg(T.str);
    this.emit({ op: 'concat', dst, parts: regs, line });
    return dst;
  }

  /**
   * `x op= v` on a dynamic value: in place where the value's type has an in-place form (a list
   * or bytearray reached through another name sees the change, as in CPython), else `x op v`.
   */
  private augBinary(s: S.AugAssignStmt, cur: Reg, rhs: Reg, line: number, targetType: Type): Reg {
    if (cur.type.kind === 'object' && s.op !== '@' && !this.dead) {
      return this.rt('ai_obj_inplace_binop', [{ kind: 'i32', value: binopCode[s.op] }, cur, this.convert(this.toWord(rhs, line), T.object, line)], 'word', line, T.object);
    }
    return this.binary(s.op, cur, rhs, s.value, line, targetType, this.typeOf(s.value), s.target);
  }

  /**
   * `s += x` / `s = s + x + y...` of strs on an append target (see appendTargets): ai_str_append of
   * each operand in turn, which grows the variable's own string in place. Every operand is
   * evaluated first, in CPython's order, so one that raises (or reads s) sees s unchanged. False
   * (nothing emitted) when it does not apply.
   */
  private appendString(target: S.NameExpr, operands: S.Expr[], line: number, read: S.NameExpr = target): boolean {
    if (this.typeOf(read).kind !== 'str' || operands.some((o) => this.typeOf(o).kind !== 'str') || !this.appendTargets().has(target.id)) return false;
    this.appendingRead = read;
    let acc = this.expr(read);
    this.appendingRead = null;
    const values = operands.map((o) => this.expr(o));
    if (this.dead) return true;
    for (const v of values) acc = this.rt('ai_str_append', [acc, v], 'word', line, T.str);
    this.store(target.id, acc, line);
    return true;
  }

  private augAssign(s: S.AugAssignStmt): void {
    const line = s.pos.line;
    const targetType = this.typeOf(s.target);
    const method = inPlaceMethod(targetType, s.op);
    if (s.target.kind === 'Name') {
      if (s.op === '+' && this.appendString(s.target, [s.value], line)) return;
      const cur = this.expr(s.target);
      const rhs = this.expr(s.value);
      if (method) {
        this.rt('ai_call_method', [cur, { kind: 'str', value: method }, { kind: 'i64', value: 1 }, { kind: 'array', regs: [this.toWord(rhs, line)] }, { kind: 'zero' }], 'word', line, T.none);
        return;
      }
      if (cur.type.kind === 'instance' || rhs.type.kind === 'instance') {
        this.store(s.target.id, this.instanceBinary(s as unknown as S.Expr, s.op, cur, rhs, line), line);
        return;
      }
      this.store(s.target.id, this.augBinary(s, cur, rhs, line, targetType), line);
      return;
    }
    if (s.target.kind === 'Attribute') {
      // obj.attr op= value (the object expression is evaluated again for the store).
      const cur = this.attribute(s.target);
      const rhs = this.expr(s.value);
      const result = cur.type.kind === 'instance' || rhs.type.kind === 'instance'
        ? this.instanceBinary(s as unknown as S.Expr, s.op, cur, rhs, line)
        : this.augBinary(s, cur, rhs, line, targetType);
      this.assignAttribute(s.target, result, line);
      return;
    }
    if (s.target.kind !== 'Subscript') {
      this.raise('TypeError', 'unsupported: this augmented assignment target', line);
      return;
    }
    // container[key] op= value: container and key evaluated once.
    const sub = s.target;
    const containerType = this.typeOf(sub.value);
    const container = this.expr(sub.value);
    const keyExpr = sub.index;
    if (containerType.kind === 'instance') {
      // obj[key] op= value: __getitem__, the operator, then __setitem__.
      const k = this.expr(keyExpr);
      const got = this.dunder(sub, 'getitem', container, [k], this.typeOf(sub), line);
      if (!got) {
        this.raise('TypeError', `'${pythonTypeName(containerType)}' object is not subscriptable`, line);
        return;
      }
      const rhs = this.expr(s.value);
      const value = got.type.kind === 'instance' || rhs.type.kind === 'instance'
        ? this.instanceBinary(s as unknown as S.Expr, s.op, got, rhs, line)
        : this.binary(s.op, got, rhs, s.value, line, this.typeOf(sub), this.typeOf(s.value), s.target);
      if (!this.dunder(sub, 'setitem', container, [k, value], T.none, line)) this.raise('TypeError', `'${pythonTypeName(containerType)}' object does not support item assignment`, line);
      return;
    }
    const key = keyExpr.kind === 'Slice' ? this.subscriptKey(keyExpr, line) : this.expr(keyExpr);
    const cur = this.readItem(containerType, container, key, keyExpr, this.typeOf(sub), line);
    const rhs = this.expr(s.value);
    let result: Reg;
    if (method) {
      this.rt('ai_call_method', [cur, { kind: 'str', value: method }, { kind: 'i64', value: 1 }, { kind: 'array', regs: [this.toWord(rhs, line)] }, { kind: 'zero' }], 'word', line, T.none);
      result = cur;
    } else result = this.augBinary(s, cur, rhs, line, this.typeOf(sub));
    if (containerType.kind === 'list' && keyExpr.kind !== 'Slice') {
      this.listSet(containerType, container, this.indexValue(key, line), result, line);
    } else if (containerType.kind === 'dict') {
      this.rt('ai_dict_set', [container, this.toWord(key, line), this.toWord(this.convert(result, valueOf(containerType), line), line)], 'false', line, null);
    } else {
      this.rt('ai_obj_setitem', [this.convert(container, T.object, line), this.toWord(key, line), this.toWord(result, line)], 'false', line, null);
    }
  }

  /**
   * A loop over `iter`, assigning each item to `target`: a counted loop for
   * range(), an index loop for lists, the iterator protocol for the rest.
   */
  private loop(target: S.Expr, iter: S.Expr, body: (continueTo: string) => void, orelse: () => void, endL: string): void {
    if (isRangeCall(iter) && this.program.resolve(this.inst, 'range').kind === 'builtin' && !this.inst.dynamicRangeLoops.has(iter)) {
      this.forRange(target, iter, body, orelse, endL);
      return;
    }
    if (this.pairLoop(target, iter, body, orelse, endL)) return;
    this.loopItems(iter, (item) => this.assignTo(target, item, iter.pos.line), body, orelse, endL);
  }

  /** The builtin `name` called with plain positional arguments only (not shadowed, no `*`/`**`/keywords). */
  private builtinPositionalCall(e: S.Expr, name: string): e is S.CallExpr {
    if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== name || e.keywords.length || e.doubleStars?.length) return false;
    if (e.args.some((a) => a.kind === 'Starred') || this.inst.starArmCalls.has(e) || this.inst.dynamicCalls.has(e)) return false;
    return this.program.resolve(this.inst, name).kind === 'builtin';
  }

  /**
   * `for i, x in enumerate(xs[, k])`, `for a, b in zip(xs, ys)` and `for k, v in d.items()` of a
   * dict (loops and comprehensions): iterates over xs (and ys, or d's entries) directly and assigns
   * the two targets as unpacking the pair would, without the enumerate/zip object and the tuple
   * made per step, which nothing else can see (per step, they were most of the garbage of such loops). enumerate's start must be an int literal, so evaluating it before xs's
   * iterator is taken is not observable. zip calls next() on xs, then on ys, and stops at the
   * first exhausted one, as CPython's zip does. False when the loop has another shape.
   */
  private pairLoop(target: S.Expr, iter: S.Expr, body: (continueTo: string) => void, orelse: () => void, endL: string): boolean {
    if ((target.kind !== 'Tuple' && target.kind !== 'List') || target.elts.length !== 2 || target.elts.some((t) => t.kind === 'Starred')) return false;
    const [first, second] = target.elts;
    const line = iter.pos.line;
    if (this.builtinPositionalCall(iter, 'enumerate') && (iter.args.length === 1 || (iter.args.length === 2 && iter.args[1].kind === 'Int'))) {
      const startArg = iter.args[1];
      const counter = this.temp(T.int);
      this.emit({ op: 'local.set', name: counter, src: this.constant({ kind: 'int', value: startArg?.kind === 'Int' ? startArg.value : 0n }) });
      this.loopItems(iter.args[0], (item) => {
        const count = this.reg(T.int);
        this.emit({ op: 'local.get', dst: count, name: counter });
        this.emit({ op: 'local.set', name: counter, src: this.prim('int.add', [count, this.constant({ kind: 'int', value: 1n })], line) });
        this.assignTo(first, count, line);
        this.assignTo(second, item, line);
      }, body, orelse, endL);
      return true;
    }
    const items = iter.kind === 'Call' && iter.func.kind === 'Attribute' && iter.func.attr === 'items' ? iter : null;
    const dictType = items?.func.kind === 'Attribute' ? this.typeOf(items.func.value) : null;
    if (items && dictType?.kind === 'dict' && !items.args.length && !items.keywords.length && !items.doubleStars?.length) {
      // `for k, v in d.items()`: the view's iterator steps through the entries (ai_iter_next_pair).
      this.loopItems(iter, () => {}, body, orelse, endL, undefined, (key, value) => {
        this.assignTo(first, this.fromWord(key, keyOf(dictType), line), line);
        this.assignTo(second, this.fromWord(value, valueOf(dictType), line), line);
      });
      return true;
    }
    if (this.builtinPositionalCall(iter, 'zip') && iter.args.length === 2) {
      const [xs, ys] = iter.args;
      const ysElem = this.program.iterElem(this.typeOf(ys));
      // zip() evaluates both arguments, then takes xs's iterator, then ys's.
      const xsValue = this.expr(xs);
      const ysValue = this.convert(this.expr(ys), T.object, line);
      const ysIter = this.temp(T.object);
      const takeYsIter = () => this.emit({ op: 'local.set', name: ysIter, src: this.rt('ai_obj_iter', [ysValue], 'word', line, T.object) });
      this.loopItems(xs, (item, elseL) => {
        const it = this.reg(T.object);
        this.emit({ op: 'local.get', dst: it, name: ysIter });
        const has = this.reg(T.bool);
        const out = this.reg(T.object);
        this.emit({ op: 'iter.next', has, out, iter: it, line });
        const bothL = this.label('zip.both');
        this.terminate({ op: 'condbr', cond: has, then: bothL, else: elseL });
        this.startBlock(bothL);
        this.assignTo(first, item, line);
        this.assignTo(second, this.fromWord(out, ysElem, line), line);
      }, body, orelse, endL, { source: xsValue, afterIter: takeYsIter });
      return true;
    }
    return false;
  }

  /** Iterates over `iter`, giving each item to `assign` (then the body runs); `assign` may leave the loop through its else label. */
  private loopItems(
    iter: S.Expr,
    assign: (item: Reg, elseL: string) => void,
    body: (continueTo: string) => void,
    orelse: () => void,
    endL: string,
    /** `iter` already evaluated; afterIter runs once its iterator is taken (or, for a list, before the loop). */
    evaluated?: { source: Reg; afterIter: () => void },
    /** Each step's item is a pair: its two words go here instead of `assign` (ai_iter_next_pair). */
    pairs?: (first: Reg, second: Reg) => void,
  ): void {
    const line = iter.pos.line;
    const iterType = this.typeOf(iter);
    const elemType = this.program.iterElem(iterType);
    const source = evaluated ? evaluated.source : this.expr(iter);
    let iterSlot: string | null = null;
    const headL = this.label('for.head');
    const bodyL = this.label('for.body');
    const latchL = this.label('for.next');
    const elseL = this.label('for.else');
    if (iterType.kind === 'list') {
      // CPython's list iterator: re-reads the length every step.
      const listSlot = this.temp(iterType);
      const index = this.temp(T.int);
      this.emit({ op: 'local.set', name: listSlot, src: source });
      this.emit({ op: 'local.set', name: index, src: this.constant({ kind: 'int', value: 0n }) });
      evaluated?.afterIter();
      this.listItemsLoop(listSlot, iterType, index, elemType, line, { head: headL, body: bodyL, next: latchL, end: elseL }, (item) => {
        assign(item, elseL);
        body(latchL);
      });
    } else {
      const itSlot = this.temp(T.object);
      iterSlot = itSlot;
      const it = this.rt('ai_obj_iter', [this.convert(source, T.object, line)], 'word', line, T.object);
      this.emit({ op: 'local.set', name: itSlot, src: it });
      evaluated?.afterIter();
      this.terminate({ op: 'br', target: headL });
      this.startBlock(headL);
      const itReg = this.reg(T.object);
      this.emit({ op: 'local.get', dst: itReg, name: itSlot });
      const has = this.reg(T.bool);
      const out = this.reg(T.object);
      const out2 = pairs ? this.reg(T.object) : undefined;
      this.emit({ op: 'iter.next', has, out, out2, iter: itReg, line });
      this.terminate({ op: 'condbr', cond: has, then: bodyL, else: elseL });
      this.startBlock(bodyL);
      if (pairs && out2) pairs(out, out2);
      else assign(this.fromWord(out, elemType, line), elseL);
      body(latchL);
      this.terminate({ op: 'br', target: latchL });
      this.startBlock(latchL);
      this.terminate({ op: 'br', target: headL });
    }
    this.startBlock(elseL);
    orelse();
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
    if (iterSlot && isGeneratorExpression(iter)) {
      // The loop held the only reference to a generator expression: its stack goes back to the pool now.
      const it = this.reg(T.object);
      this.emit({ op: 'local.get', dst: it, name: iterSlot });
      this.closeGeneratorExpression(iter, it, line);
    }
  }

  /** for x in range(a[, b[, c]]): iterates over a hidden counter, as CPython's range iterator. */
  private forRange(target: S.Expr, call: S.CallExpr, body: (continueTo: string) => void, orelse: () => void, endL: string): void {
    const line = call.pos.line;
    const args = call.args.map((a) => this.intValue(this.expr(a), a, line));
    const one = this.constant({ kind: 'int', value: 1n });
    const [start, stop, step] =
      args.length === 1 ? [this.constant({ kind: 'int', value: 0n }), args[0], one] : args.length === 2 ? [args[0], args[1], one] : [args[0], args[1], args[2]];
    // The sign of the step decides the loop test; known at compile time for literals.
    const stepExpr = call.args[2];
    let stepSign: 1 | -1 | 0 = 1; // 0: decided at run time
    if (stepExpr) {
      if (stepExpr.kind === 'Int') stepSign = stepExpr.value > 0n ? 1 : stepExpr.value < 0n ? -1 : 0;
      else if (stepExpr.kind === 'Unary' && stepExpr.op === '-' && stepExpr.operand.kind === 'Int' && stepExpr.operand.value > 0n) stepSign = -1;
      else stepSign = 0;
      if (stepExpr.kind === 'Int' && stepExpr.value === 0n) {
        this.raise('ValueError', 'range() arg 3 must not be zero', line);
        return;
      }
    }
    const counter = this.temp(T.int);
    const stopSlot = this.temp(T.int);
    const stepSlot = this.temp(T.int);
    this.emit({ op: 'local.set', name: counter, src: start });
    this.emit({ op: 'local.set', name: stopSlot, src: stop });
    this.emit({ op: 'local.set', name: stepSlot, src: step });
    let ascending: Reg | null = null;
    if (stepSign === 0) {
      const zero = this.constant({ kind: 'int', value: 0n });
      const isZero = this.prim('int.eq', [step, zero], line);
      const okL = this.label('range.ok');
      const badL = this.label('range.zero');
      this.terminate({ op: 'condbr', cond: isZero, then: badL, else: okL });
      this.startBlock(badL);
      this.raise('ValueError', 'range() arg 3 must not be zero', line);
      this.startBlock(okL);
      ascending = this.prim('int.gt', [step, zero], line);
    }
    const headL = this.label('for.head');
    const bodyL = this.label('for.body');
    const latchL = this.label('for.next');
    const elseL = this.label('for.else');
    const ascSlot = ascending ? this.temp(T.bool) : null;
    if (ascending && ascSlot) this.emit({ op: 'local.set', name: ascSlot, src: ascending });
    // Small bounds (the usual case) run a machine-integer loop: no tag
    // checks, no overflow checks, and the loop variable is known small;
    // big ones take the general int operations. The choice is made once,
    // so LLVM unswitches the loop into the two versions.
    const fastSlot = this.temp(T.bool);
    this.emit({ op: 'local.set', name: fastSlot, src: this.prim('int.range_small', [start, stop, step], line) });
    const curSlot = this.temp(T.int);
    this.terminate({ op: 'br', target: headL });
    const getSlot = (name: string, type: Type): Reg => {
      const r = this.reg(type);
      this.emit({ op: 'local.get', dst: r, name });
      return r;
    };
    const branchOnFast = (fastL: string, slowL: string) => this.terminate({ op: 'condbr', cond: getSlot(fastSlot, T.bool), then: fastL, else: slowL });

    this.startBlock(headL);
    const headFastL = this.label('for.head.small');
    const headSlowL = this.label('for.head.big');
    branchOnFast(headFastL, headSlowL);
    for (const fast of [true, false]) {
      this.startBlock(fast ? headFastL : headSlowL);
      const i = getSlot(counter, T.int);
      const end = getSlot(stopSlot, T.int);
      const lt = (a: Reg, b: Reg) => this.prim(fast ? 'int.small_lt' : 'int.lt', [a, b], line);
      let more: Reg;
      if (stepSign === 1) more = lt(i, end);
      else if (stepSign === -1) more = lt(end, i);
      else {
        const asc = getSlot(ascSlot!, T.bool);
        // (asc and i < end) or (not asc and i > end)
        more = this.prim('bool.or', [this.prim('bool.and', [asc, lt(i, end)], line), this.prim('bool.and', [this.prim('bool.not', [asc], line), lt(end, i)], line)], line);
      }
      const takeL = this.label(fast ? 'for.take.small' : 'for.take.big');
      this.terminate({ op: 'condbr', cond: more, then: takeL, else: elseL });
      this.startBlock(takeL);
      const cur = getSlot(counter, T.int);
      this.emit({ op: 'local.set', name: curSlot, src: fast ? this.prim('int.known_small', [cur], line) : cur });
      this.terminate({ op: 'br', target: bodyL });
    }

    this.startBlock(bodyL);
    this.assignTo(target, getSlot(curSlot, T.int), line);
    body(latchL);
    this.terminate({ op: 'br', target: latchL });

    this.startBlock(latchL);
    const latchFastL = this.label('for.next.small');
    const latchSlowL = this.label('for.next.big');
    branchOnFast(latchFastL, latchSlowL);
    for (const fast of [true, false]) {
      this.startBlock(fast ? latchFastL : latchSlowL);
      const next = this.prim(fast ? 'int.small_add' : 'int.add', [getSlot(counter, T.int), getSlot(stepSlot, T.int)], line);
      this.emit({ op: 'local.set', name: counter, src: next });
      this.terminate({ op: 'br', target: headL });
    }

    this.startBlock(elseL);
    orelse();
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
  }

  /** An int operand of range(): bool converts, anything else is CPython's TypeError. */
  private intValue(v: Reg, e: S.Expr, line: number): Reg {
    const t = this.typeOf(e);
    if (t.kind === 'int') return v;
    if (t.kind === 'bool') return this.prim('bool.to_int', [v], line);
    if (t.kind === 'never') return this.deadEnd();
    return this.raise('TypeError', `'${pythonTypeName(t)}' object cannot be interpreted as an integer`, line);
  }

  /** Evaluates a condition and branches on its truth value. */
  private branchOn(test: S.Expr, thenL: string, elseL: string): void {
    if (test.kind === 'BoolOp') {
      // Only tested (the checker's typeTest): each operand branches on its own truth.
      const rightL = this.label(`${test.op}.rhs`);
      if (test.op === 'and') this.branchOn(test.left, rightL, elseL);
      else this.branchOn(test.left, thenL, rightL);
      this.startBlock(rightL);
      this.branchOn(test.right, thenL, elseL);
      return;
    }
    const v = this.expr(test);
    const b = v.type.kind === 'instance' ? this.instanceTruth(test, v, test.pos.line) : this.truthy(v, test.pos.line);
    this.terminate({ op: 'condbr', cond: b, then: thenL, else: elseL });
  }

  private truthy(v: Reg, line: number): Reg {
    switch (v.type.kind) {
      case 'bool':
        return v;
      case 'int':
        return this.prim('int.truthy', [v], line);
      case 'float':
        return this.prim('float.truthy', [v], line);
      case 'str':
        return this.prim('str.truthy', [v], line);
      case 'none':
        return this.constant({ kind: 'bool', value: false });
      case 'never':
        return this.deadEnd();
      default:
        return this.prim('obj.truthy', [this.convert(v, T.object, line)], line);
    }
  }

  // ------------------------------------------------------------ expressions

  expr(e: S.Expr): Reg {
    const pre = this.preEvaluated.get(e);
    if (pre) return pre;
    const v = this.exprInner(e);
    const t = this.typeOf(e);
    if (t.kind === 'never') return this.deadEnd();
    // A value that may be None (a call's result, a field) where the checker saw it as object or, narrowed, as its other type.
    if (v.type.kind === 'optional' && t.kind !== 'optional' && isWord(t)) return this.retype(v, t);
    return v;
  }

  private exprInner(e: S.Expr): Reg {
    const line = e.pos.line;
    switch (e.kind) {
      case 'Int':
        return this.constant({ kind: 'int', value: e.value });
      case 'Float':
        return this.constant({ kind: 'float', value: e.value });
      case 'Str':
        // (the name argument of a `**a, **b` merge is the callee's, found when the call binds: checker mergeNames)
        return this.constant({ kind: 'str', value: this.program.nodes.mergeNames.get(e) ?? e.value });
      case 'Bool':
        return this.constant({ kind: 'bool', value: e.value });
      case 'None':
        return this.constant({ kind: 'none' });
      case 'Name':
        return this.name(e);
      case 'FString':
        return this.fstring(e);
      case 'Binary': {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        // str % x formats x (str.__mod__ never gives way to x's __rmod__).
        const formatting = e.op === '%' && l.type.kind === 'str';
        if (!formatting && (l.type.kind === 'instance' || r.type.kind === 'instance')) return this.instanceBinary(e, e.op, l, r, line);
        return this.binary(e.op, l, r, e.right, line, this.typeOf(e.left), this.typeOf(e.right), e.left);
      }
      case 'Unary': {
        const v = this.expr(e.operand);
        if (v.type.kind === 'instance') {
          if (e.op === 'not') return this.prim('bool.not', [this.instanceTruth(e.operand, v, line)], line);
          return this.dunder(e, 'op', v, [], this.typeOf(e), line) ?? this.raise('TypeError', `bad operand type for unary ${e.op}: '${pythonTypeName(v.type)}'`, line);
        }
        return this.unary(e.op, v, line);
      }
      case 'BoolOp':
        return this.boolOp(e);
      case 'IfExp': {
        const result = this.typeOf(e);
        const slot = this.temp(result.kind === 'never' ? T.none : result);
        const thenL = this.label('ifexp.then');
        const elseL = this.label('ifexp.else');
        const endL = this.label('ifexp.end');
        this.branchOn(e.test, thenL, elseL);
        for (const [l, branch] of [
          [thenL, e.body],
          [elseL, e.orelse],
        ] as const) {
          this.startBlock(l);
          const v = this.expr(branch);
          this.emit({ op: 'local.set', name: slot, src: this.convert(v, result, line) });
          this.terminate({ op: 'br', target: endL });
        }
        this.startBlock(endL);
        const out = this.reg(result);
        this.emit({ op: 'local.get', dst: out, name: slot });
        return out;
      }
      case 'Compare':
        return this.compareChain(e);
      case 'Call':
        return this.call(e);
      case 'List':
      case 'Set':
        return this.display(e);
      case 'Tuple': {
        const t = this.typeOf(e);
        if (e.elts.some((el) => el.kind === 'Starred') && t.kind === 'tuple') {
          // `(*a, x, *b)` of tuples (typed by the checker): each part evaluated once, in order, then split into its items.
          const words: Reg[] = [];
          for (const el of e.elts) {
            if (el.kind !== 'Starred') {
              words.push(this.toWord(this.expr(el), line));
              continue;
            }
            const seq = this.expr(el.value);
            const n = (this.typeOf(el.value) as Extract<Type, { kind: 'tuple' }>).elems.length;
            this.preEvaluated.set(el.value, seq);
            try {
              for (let i = 0; i < n; i++) words.push(this.toWord(this.expr(this.program.nodes.starItem(el, i)), line));
            } finally {
              this.preEvaluated.delete(el.value);
            }
          }
          return this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, t);
        }
        if (e.elts.some((el) => el.kind === 'Starred')) {
          const list = this.display({ kind: 'List', pos: e.pos, elts: e.elts });
          return this.rt('ai_builtin_tuple', [list], 'word', line, T.object);
        }
        const literal = constantTuple(e);
        if (literal) {
          const dst = this.reg(t);
          this.emit({ op: 'const', dst, value: literal });
          return dst;
        }
        const words = e.elts.map((el) => this.toWord(this.expr(el), line));
        return this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, t);
      }
      case 'Dict': {
        const t = this.typeOf(e);
        const d = this.rt('ai_dict_new', [], 'word', line, t);
        e.keys.forEach((k, i) => {
          const key = this.toWord(this.convert(this.expr(k), t.kind === 'dict' ? keyOf(t) : T.object, line), line);
          const value = this.toWord(this.convert(this.expr(e.values[i]), t.kind === 'dict' ? valueOf(t) : T.object, line), line);
          this.rt('ai_dict_set', [d, key, value], 'false', line, null);
        });
        // A display's items are stores in straight-line code, where no reduction is counted: a long one
        // charges what the runtime charges a dict built from that many items (ai_sched_work_done).
        const chunks = Math.floor(e.keys.length / SCHED_WORK_CHUNK);
        if (chunks > 0) this.rt('ai_sched_charge', [{ kind: 'i64', value: chunks * SCHED_WORK_COST }], 'never', line, null);
        return d;
      }
      case 'Subscript': {
        const containerType = this.typeOf(e.value);
        const container = this.expr(e.value);
        const sliceType = this.typeOf(e);
        if (e.index.kind === 'Slice' && !e.index.step && (containerType.kind === 'str' || containerType.kind === 'list') && sliceType.kind === containerType.kind) {
          // s[a:b] of a str or list: no slice object (obj/fast_ops.c).
          const part = (p: S.Expr | null) => (p ? this.toWord(this.expr(p), line) : this.noneWord());
          const lo = part(e.index.lower);
          const hi = part(e.index.upper);
          if (this.dead) return this.deadEnd();
          return this.rt(containerType.kind === 'str' ? 'ai_str_slice' : 'ai_list_slice', [container, lo, hi], 'word', line, sliceType);
        }
        const key = e.index.kind === 'Slice' ? this.subscriptKey(e.index, line) : this.expr(e.index);
        return this.readItem(containerType, container, key, e.index, this.typeOf(e), line, e);
      }
      case 'Slice':
        return this.raise('TypeError', 'unsupported: a slice outside a subscript', line);
      case 'Starred':
        // zip(*rows): the builtin takes the starred value itself.
        if (e.inCall) return this.expr(e.value);
        return this.raise('TypeError', "unsupported: can't use starred expression here", line);
      case 'Attribute':
        return this.attribute(e);
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp':
        return this.comprehension(e);
      case 'Lambda':
        return this.makeClosure(e.def, line);
      case 'NamedExpr': {
        const v = this.expr(e.value);
        this.assignTo(e.target, v, line);
        return v;
      }
      case 'Yield': {
        if (!e.from) {
          const v = e.value ? this.expr(e.value) : this.noneWord();
          return this.rt('ai_gen_yield', [this.toWord(v, line)], 'word', line, T.object);
        }
        // yield from: pass every item of the iterable on.
        const source = this.convert(this.expr(e.value!), T.object, line);
        const itSlot = this.temp(T.object);
        this.emit({ op: 'local.set', name: itSlot, src: this.rt('ai_obj_iter', [source], 'word', line, T.object) });
        // Values sent to this generator go on to the inner one, and so do
        // exceptions thrown into it (ai_yield_from_step); the inner one's
        // return value is the expression's value.
        const load = (slot: string): Reg => {
          const r = this.reg(T.object);
          this.emit({ op: 'local.get', dst: r, name: slot });
          return r;
        };
        const outSlot = this.temp(T.object);
        this.emit({ op: 'local.set', name: outSlot, src: this.rt('ai_yield_from_next', [load(itSlot), this.convert(this.noneWord(), T.object, line)], 'word', line, T.object) });
        const headL = this.label('yfrom.head');
        const bodyL = this.label('yfrom.body');
        const endL = this.label('yfrom.end');
        this.terminate({ op: 'br', target: headL });
        this.startBlock(headL);
        const it = load(itSlot);
        const out = load(outSlot);
        this.terminate({ op: 'condbr', cond: this.prim('obj.is', [out, it], line), then: endL, else: bodyL });
        this.startBlock(bodyL);
        this.emit({ op: 'local.set', name: outSlot, src: this.rt('ai_yield_from_step', [load(itSlot), load(outSlot)], 'word', line, T.object) });
        this.terminate({ op: 'br', target: headL });
        this.startBlock(endL);
        const done = load(itSlot);
        if (e.isAwait) return this.fromWord(this.rt('ai_coro_take_return', [done], 'word', line, T.object), this.typeOf(e), line);
        return this.rt('ai_gen_take_return', [done], 'word', line, T.object);
      }
    }
  }

  /** After `del x`: a local or global is unassigned again (a variable in a cell keeps its value). */
  private unbind(e: S.NameExpr): void {
    if (this.dead) return;
    const b = this.program.resolve(this.inst, e.id);
    if (b.kind === 'local' && !this.isCellOrFree(e.id) && this.locals.has(e.id)) this.emit({ op: 'local.unset', name: e.id });
    else if (b.kind === 'global') this.emit({ op: 'global.unset', name: e.id });
  }

  private name(e: S.NameExpr): Reg {
    const b = this.program.resolve(this.inst, e.id);
    const t = this.typeOf(e);
    switch (b.kind) {
      case 'local':
      case 'free': {
        if (t.kind === 'never') return this.raise(...unboundVariableError(e.id, b.kind === 'local' ? 'local' : 'free'), e.pos.line);
        const dst = this.reg(t);
        if (this.isCellOrFree(e.id)) {
          this.emit({ op: 'cell.get', dst, cell: this.cellOf(e.id), line: e.pos.line, name: e.id, local: b.kind === 'local' });
          return dst;
        }
        this.emit({ op: 'local.get', dst, name: e.id, line: e.pos.line });
        if (e !== this.appendingRead && (t.kind === 'str' || t.kind === 'object') && this.appendTargets().has(e.id)) {
          return this.retype(this.rt('ai_str_share', [dst], 'never', e.pos.line, T.object), t);
        }
        return dst;
      }
      case 'function':
        return this.makeClosure(b.def, e.pos.line);
      case 'import':
        return this.importedValue(b.module, b.member, t, e.pos.line);
      case 'global': {
        if (t.kind === 'never') return this.raise(...unboundVariableError(e.id, 'global'), e.pos.line);
        const dst = this.reg(t);
        // A function may run before the module body assigns the global; the
        // module body's own reads are checked only where needed (see below).
        this.emit({ op: 'global.get', dst, name: e.id, line: e.pos.line, unboundCheck: this.inst.def !== null });
        return dst;
      }
      case 'module-name':
        return this.constant({ kind: 'str', value: '__main__' });
      case 'builtin':
        if (e.id === 'NotImplemented') return this.rt('ai_notimplemented', [], 'word', e.pos.line, T.object);
        return this.raise('NameError', `name '${e.id}' is not defined`, e.pos.line);
      case 'class': {
        // The class object: calls and attributes use the static type; the value identifies the class where that is lost.
        const dst = this.reg({ kind: 'class', cls: b.cls });
        this.emit({ op: 'classobj', dst, cls: b.cls.name });
        return dst;
      }
      default:
        return this.raise('NameError', `name '${e.id}' is not defined`, e.pos.line);
    }
  }

  private boolOp(e: S.BoolOpExpr): Reg {
    // `a and b` is a if a is falsy else b; `a or b` is a if a is truthy else b.
    const line = e.pos.line;
    const result = this.typeOf(e);
    const slot = this.temp(result.kind === 'never' ? T.none : result);
    const rightL = this.label(`${e.op}.rhs`);
    const endL = this.label(`${e.op}.end`);
    const l = this.expr(e.left);
    this.emit({ op: 'local.set', name: slot, src: this.convert(l, result, line) });
    const truth = l.type.kind === 'instance' ? this.instanceTruth(e.left, l, line) : this.truthy(l, line);
    this.terminate(e.op === 'and' ? { op: 'condbr', cond: truth, then: rightL, else: endL } : { op: 'condbr', cond: truth, then: endL, else: rightL });
    this.startBlock(rightL);
    const r = this.expr(e.right);
    this.emit({ op: 'local.set', name: slot, src: this.convert(r, result, line) });
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
    const out = this.reg(result);
    this.emit({ op: 'local.get', dst: out, name: slot });
    return out;
  }

  private compareChain(e: S.CompareExpr): Reg {
    const line = e.pos.line;
    e.ops.forEach((op, i) => {
      if (op === 'in' || op === 'not in') this.membershipSets.add(e.comparators[i]);
    });
    if (e.ops.length === 1) return this.compare(e.ops[0], this.expr(e.left), this.expr(e.comparators[0]), line, e, 0);
    // a < b < c: b evaluated once, c only if a < b.
    const slot = this.temp(T.bool);
    const endL = this.label('cmp.end');
    let left = this.expr(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const right = this.expr(e.comparators[i]);
      const r = this.compare(e.ops[i], left, right, line, e, i);
      this.emit({ op: 'local.set', name: slot, src: r });
      if (i < e.ops.length - 1) {
        const nextL = this.label('cmp.next');
        this.terminate({ op: 'condbr', cond: r, then: nextL, else: endL });
        this.startBlock(nextL);
      }
      left = right;
    }
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
    const out = this.reg(T.bool);
    this.emit({ op: 'local.get', dst: out, name: slot });
    return out;
  }

  private compare(op: S.CompareOperator, l: Reg, r: Reg, line: number, node?: S.CompareExpr, index = 0): Reg {
    if (this.dead) return this.reg(T.bool);
    if (node && l.type.kind === 'instance' && l.type.orNone && !['is', 'is not', 'in', 'not in'].includes(op)) {
      // Optional[C] on the left: None compares as None does (the runtime's rules), an instance through C's dunders.
      const plain = this.retype(l, { ...l.type, orNone: false });
      return this.ifNone(l, T.bool, line, () => this.prim('obj.compare', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line, cmpCode[op]), () => this.compare(op, plain, r, line, node, index));
    }
    if (node && (l.type.kind === 'instance' || r.type.kind === 'instance') && dunderNames[op] && operatorNeedsProtocol(l.type, r.type, dunderNames[op][1], dunderNames[op][0])) {
      // Methods that may return NotImplemented, or a subclass's reflected one first: the runtime's protocol (checker.ts).
      return this.prim('obj.compare', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line, cmpCode[op]);
    }
    if (node && (l.type.kind === 'instance' || r.type.kind === 'instance') && op !== 'is' && op !== 'is not') {
      const viaDunder = this.dunder(node, `cmp${index}`, op === 'in' || op === 'not in' ? r : l, [op === 'in' || op === 'not in' ? l : r], T.object, line) ?? this.dunder(node, `rcmp${index}`, r, [l], T.object, line);
      if (viaDunder) {
        const truth = viaDunder.type.kind === 'instance' ? this.constant({ kind: 'bool', value: true }) : this.truthy(viaDunder, line);
        const hasOwnNe = op !== '!=' || this.hasMethodOn(l.type, '__ne__') || this.hasMethodOn(r.type, '__ne__');
        return (op === 'not in' || (op === '!=' && !hasOwnNe)) ? this.prim('bool.not', [truth], line) : truth;
      }
      if (op === '==' || op === '!=') {
        const same = this.prim('obj.is', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line);
        return op === '==' ? same : this.prim('bool.not', [same], line);
      }
      if (op !== 'in' && op !== 'not in') return this.raise('TypeError', `'${op}' not supported between instances of '${pythonTypeName(l.type)}' and '${pythonTypeName(r.type)}'`, line);
    }
    if (op === 'in' || op === 'not in') return this.contains(l, r, op === 'not in', line);
    const lk = l.type.kind;
    const rk = r.type.kind;
    if ((op === 'is' || op === 'is not') && (lk === 'module' || rk === 'module')) {
      // A module (sys.stdout...) is a compile-time value: identical only to itself, never None.
      const same = lk === rk && (l.type as { name: string }).name === (r.type as { name: string }).name;
      return this.constant({ kind: 'bool', value: op === 'is' ? same : !same });
    }
    if (op === 'is' || op === 'is not') {
      const same = this.prim('obj.is', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line);
      return op === 'is' ? same : this.prim('bool.not', [same], line);
    }
    const scalar = (k: string) => k === 'int' || k === 'float' || k === 'bool' || k === 'str' || k === 'none';
    if (!scalar(lk) || !scalar(rk)) {
      return this.prim('obj.compare', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line, cmpCode[op]);
    }
    const name = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne' }[op as string] as string;
    const reflected = { lt: 'gt', le: 'ge', gt: 'lt', ge: 'le', eq: 'eq', ne: 'ne' }[name] as string;
    const intLike = (k: string) => k === 'int' || k === 'bool';
    if (lk === 'bool' && rk === 'bool' && (op === '==' || op === '!=')) {
      const eq = this.prim('bool.xor', [l, r], line);
      return op === '!=' ? eq : this.prim('bool.not', [eq], line);
    }
    if (intLike(lk) && intLike(rk)) return this.prim(`int.${name}` as Prim, [this.asInt(l, line), this.asInt(r, line)], line);
    if (intLike(lk) && rk === 'float') return this.prim(`intfloat.${name}` as Prim, [this.asInt(l, line), r], line);
    if (lk === 'float' && intLike(rk)) return this.prim(`intfloat.${reflected}` as Prim, [this.asInt(r, line), l], line);
    if (lk === 'float' && rk === 'float') return this.prim(`float.${name}` as Prim, [l, r], line);
    if (lk === 'str' && rk === 'str') return this.prim(`str.${name}` as Prim, [l, r], line);
    if (op === '==' || op === '!=') {
      // Different built-in types (or None with None) compare by identity.
      return this.constant({ kind: 'bool', value: (lk === rk) === (op === '==') });
    }
    return this.raise('TypeError', `'${op}' not supported between instances of '${pythonTypeName(l.type)}' and '${pythonTypeName(r.type)}'`, line);
  }

  private asInt(v: Reg, line: number): Reg {
    return v.type.kind === 'bool' ? this.prim('bool.to_int', [v], line) : v;
  }

  private asFloat(v: Reg, line: number): Reg {
    if (v.type.kind === 'float') return v;
    if (v.type.kind === 'bool') return this.prim('bool.to_float', [v], line);
    return this.prim('int.to_float', [v], line);
  }

  binary(op: S.BinaryOperator, l: Reg, r: Reg, rightExpr: S.Expr, line: number, lt: Type, rt: Type, leftExpr?: S.Expr): Reg {
    if (this.dead || lt.kind === 'never' || rt.kind === 'never') return this.deadEnd();
    const lk = l.type.kind;
    const rk = r.type.kind;
    const resultType = binaryType(op, lt, rt, rightExpr, leftExpr);
    if (lk === 'str' && op === '%') {
      return this.rt('ai_str_percent', [l, this.convert(this.toWord(r, line), T.object, line)], 'word', line, T.str);
    }
    if (lk === 'object' || rk === 'object' || (resultType.kind !== 'never' && !['int', 'float', 'bool', 'str'].includes(resultType.kind)) || setLikeViewOperands(op, lt, rt)) {
      if (op === '@') return this.unsupportedOperands(op, l.type, r.type, line);
      const w = this.prim('obj.binop', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line, binopCode[op]);
      return resultType.kind === 'object' || resultType.kind === 'never' ? w : this.retype(w, resultType);
    }
    const intLike = (k: string) => k === 'int' || k === 'bool';
    if (intLike(lk) && intLike(rk)) {
      if (lk === 'bool' && rk === 'bool' && (op === '&' || op === '|' || op === '^')) {
        return this.prim(op === '&' ? 'bool.and' : op === '|' ? 'bool.or' : 'bool.xor', [l, r], line);
      }
      const a = this.asInt(l, line);
      const b = this.asInt(r, line);
      switch (op) {
        case '+':
          return this.prim('int.add', [a, b], line);
        case '-':
          return this.prim('int.sub', [a, b], line);
        case '*':
          return this.prim('int.mul', [a, b], line);
        case '//':
          return this.prim('int.floordiv', [a, b], line);
        case '%':
          return this.prim('int.mod', [a, b], line);
        case '/':
          return this.prim('int.truediv', [a, b], line);
        case '**':
          return isNonNegativeIntLiteral(rightExpr) ? this.prim('int.pow', [a, b], line) : this.prim('int.pow_dynamic', [a, b], line);
        case '<<':
          return this.prim('int.lshift', [a, b], line);
        case '>>':
          return this.prim('int.rshift', [a, b], line);
        case '&':
          return this.prim('int.and', [a, b], line);
        case '|':
          return this.prim('int.or', [a, b], line);
        case '^':
          return this.prim('int.xor', [a, b], line);
        default:
          return this.unsupportedOperands(op, l.type, r.type, line);
      }
    }
    const numeric = (k: string) => intLike(k) || k === 'float';
    if (numeric(lk) && numeric(rk)) {
      const floatOps: Partial<Record<S.BinaryOperator, Prim>> = {
        '+': 'float.add', '-': 'float.sub', '*': 'float.mul', '/': 'float.truediv', '//': 'float.floordiv', '%': 'float.mod', '**': 'float.pow',
      };
      const p = floatOps[op];
      if (!p) return this.unsupportedOperands(op, l.type, r.type, line);
      return this.prim(p, [this.asFloat(l, line), this.asFloat(r, line)], line);
    }
    if (lk === 'str' && rk === 'str' && op === '+') return this.prim('str.concat', [l, r], line);
    if (op === '*' && lk === 'str' && intLike(rk)) return this.prim('str.repeat', [l, this.asInt(r, line)], line);
    if (op === '*' && intLike(lk) && rk === 'str') return this.prim('str.repeat', [r, this.asInt(l, line)], line);
    if (lk === 'str' && op === '+') return this.raise('TypeError', `can only concatenate str (not "${pythonTypeName(r.type)}") to str`, line);
    if (op === '*' && (lk === 'str' || rk === 'str')) {
      const other = lk === 'str' ? r.type : l.type;
      return this.raise('TypeError', `can't multiply sequence by non-int of type '${pythonTypeName(other)}'`, line);
    }
    return this.unsupportedOperands(op, l.type, r.type, line);
  }

  private unsupportedOperands(op: string, a: Type, b: Type, line: number): Reg {
    const shown = op === '**' ? '** or pow()' : op;
    return this.raise('TypeError', `unsupported operand type(s) for ${shown}: '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`, line);
  }

  private unary(op: S.UnaryOperator, v: Reg, line: number): Reg {
    if (this.dead) return this.deadEnd();
    const k = v.type.kind;
    if (op === 'not') return this.prim('bool.not', [this.truthy(v, line)], line);
    if (k === 'object') return this.prim(op === '-' ? 'obj.neg' : op === '+' ? 'obj.pos' : 'obj.invert', [v], line);
    if (k === 'int' || k === 'bool') {
      const i = this.asInt(v, line);
      if (op === '-') return this.prim('int.neg', [i], line);
      if (op === '~') return this.prim('int.invert', [i], line);
      return i;
    }
    if (k === 'float' && op !== '~') return op === '-' ? this.prim('float.neg', [v], line) : v;
    return this.raise('TypeError', `bad operand type for unary ${op}: '${pythonTypeName(v.type)}'`, line);
  }

  // ------------------------------------------------------------ containers

  /** A tuple of class objects (`C.__mro__`): compiled classes, built-in exception classes by name, and 'object'. */
  private classTuple(classes: (ClassInfo | string)[], t: Type, line: number): Reg {
    const words = classes.map((c) => {
      if (typeof c !== 'string') {
        const dst = this.reg({ kind: 'class', cls: c });
        this.emit({ op: 'classobj', dst, cls: c.name });
        return dst;
      }
      if (c === 'object') return this.rt('ai_object_class', [], 'never', line, T.object);
      return this.rt('ai_type_class_object', [{ kind: 'exctype', name: c }], 'never', line, T.object);
    });
    return this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, t);
  }

  /** A list or set display, with `*iterable` items spliced in. */
  private display(e: S.ListExpr | S.SetExpr): Reg {
    const line = e.pos.line;
    const t = this.typeOf(e);
    const elem = t.kind === 'list' || t.kind === 'set' ? elemOf(t) : T.object;
    const plain = e.elts.every((el) => el.kind !== 'Starred');
    const isSet = e.kind === 'Set';
    if (plain && !(t.kind === 'list' && elem.kind === 'float')) {
      const words = e.elts.map((el) => this.toWord(this.convert(this.expr(el), elem, line), line));
      // More than two constants: CPython folds the display into a frozenset constant, whose order can differ
      // (not for `x in {...}`, where the order is never seen and the cheaper build does).
      const folded = isSet && words.length > 2 && !this.membershipSets.has(e) && e.elts.every(isFoldedConstant);
      const fn = !isSet ? 'ai_list_new' : folded ? 'ai_set_new_const' : 'ai_set_new';
      return this.rt(fn, [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, t);
    }
    const out = isSet ? this.rt('ai_set_new', [{ kind: 'i64', value: 0 }, { kind: 'zero' }], 'word', line, t) : this.newList(t, line);
    for (const el of e.elts) {
      if (el.kind === 'Starred') {
        const src = this.convert(this.expr(el.value), T.object, line);
        this.rt('ai_call_method', [out, { kind: 'str', value: isSet ? 'update' : 'extend' }, { kind: 'i64', value: 1 }, { kind: 'array', regs: [src] }, { kind: 'zero' }], 'word', line, T.none);
      } else {
        if (isSet) this.rt('ai_set_add', [out, this.toWord(this.convert(this.expr(el), elem, line), line)], 'false', line, null);
        else this.listAppend(t, out, this.expr(el), line);
      }
    }
    return out;
  }

  /** The key of a subscript as a word: a slice object for `a:b:c`. */
  private subscriptKey(index: S.Expr, line: number): Reg {
    if (index.kind === 'Slice') {
      const part = (p: S.Expr | null) => (p ? this.toWord(this.expr(p), line) : this.noneWord());
      return this.rt('ai_slice_new', [part(index.lower), part(index.upper), part(index.step)], 'word', line, T.object);
    }
    return this.toWord(this.expr(index), line);
  }

  /** An index as an int word (bool converts; anything else goes to the runtime, which raises TypeError). */
  private indexValue(v: Reg, line: number): Reg {
    if (v.type.kind === 'bool') return this.prim('bool.to_int', [v], line);
    return this.toWord(v, line);
  }

  /** container[key] for a container of static type `ct`, read as `result`. */
  private readItem(ct: Type, container: Reg, key: Reg, keyExpr: S.Expr, result: Type, line: number, node?: S.Expr): Reg {
    if (this.dead) return this.deadEnd();
    if (ct.kind === 'instance') {
      const r = node ? this.dunder(node, 'getitem', container, [key], result, line) : null;
      return r ?? this.raise('TypeError', `'${pythonTypeName(ct)}' object is not subscriptable`, line);
    }
    // An index of dynamic type may be a slice object: the runtime decides.
    const isSlice = keyExpr.kind === 'Slice' || key.type.kind === 'object';
    if (ct.kind === 'list' && !isSlice) return this.listGet(ct, container, this.indexValue(key, line), result, line);
    if (ct.kind === 'dict') {
      return this.fromWord(this.rt('ai_dict_get', [container, this.toWord(key, line)], 'word', line, T.object), result, line);
    }
    if (ct.kind === 'str' && !isSlice) return this.rt('ai_str_get', [container, this.indexValue(key, line)], 'word', line, T.str);
    if ((ct.kind === 'tuple' || ct.kind === 'vartuple') && !isSlice) {
      return this.fromWord(this.rt('ai_tuple_get', [container, this.indexValue(key, line)], 'word', line, T.object), result, line);
    }
    const w = this.rt('ai_obj_getitem', [this.convert(container, T.object, line), isSlice ? key : this.toWord(key, line)], 'word', line, T.object);
    return this.fromWord(w, result.kind === 'never' ? T.object : result, line);
  }

  /**
   * A generator expression nothing refers to any more. Its stack goes back to the pool at once; a body
   * with handlers (it closes the generator it reads: generator-loops.ts) is closed as close() does,
   * so they run.
   */
  private closeGeneratorExpression(e: S.Expr, gen: Reg, line: number): void {
    const body = e.kind === 'Call' && e.func.kind === 'Lambda' ? e.func.def.body : [];
    if (body.some((s) => s.kind === 'Try')) this.rt('ai_gen_close_exit', [gen], 'word', line, T.object);
    else this.rt('ai_gen_close', [gen], 'never', line, null);
  }

  /** [elt for x in it if c ...] and its set/dict/generator forms (generators are eager lists). */
  private comprehension(e: S.ListCompExpr | S.SetCompExpr | S.DictCompExpr | S.GeneratorExpr): Reg {
    const line = e.pos.line;
    const t = this.typeOf(e);
    const ctor = t.kind === 'dict' ? 'ai_dict_new' : t.kind === 'set' ? 'ai_set_new' : 'ai_list_new';
    const out = ctor === 'ai_dict_new' ? this.rt(ctor, [], 'word', line, t) : ctor === 'ai_list_new' ? this.newList(t, line) : this.rt(ctor, [{ kind: 'i64', value: 0 }, { kind: 'zero' }], 'word', line, t);
    const slot = this.temp(t);
    this.emit({ op: 'local.set', name: slot, src: out });
    this.comprehensionLoops(e, () => {
      const acc = this.reg(t);
      this.emit({ op: 'local.get', dst: acc, name: slot });
      if (e.kind === 'DictComp' && t.kind === 'dict') {
        const k = this.toWord(this.convert(this.expr(e.key), keyOf(t), line), line);
        const v = this.toWord(this.convert(this.expr(e.value), valueOf(t), line), line);
        this.rt('ai_dict_set', [acc, k, v], 'false', line, null);
      } else if (e.kind !== 'DictComp' && (t.kind === 'list' || t.kind === 'set')) {
        if (t.kind === 'set') this.rt('ai_set_add', [acc, this.toWord(this.convert(this.expr(e.elt), elemOf(t), line), line)], 'false', line, null);
        else this.listAppend(t, acc, this.expr(e.elt), line);
      }
    });
    const result = this.reg(t);
    this.emit({ op: 'local.get', dst: result, name: slot });
    return result;
  }

  /** The `for`/`if` clauses of a comprehension, running `item` for each item they admit. */
  private comprehensionLoops(e: S.ListCompExpr | S.SetCompExpr | S.DictCompExpr | S.GeneratorExpr, item: () => void): void {
    const level = (i: number): void => {
      if (i === e.generators.length) {
        item();
        return;
      }
      const g = e.generators[i];
      const endL = this.label('comp.end');
      this.loop(
        g.target,
        g.iter,
        (continueTo) => {
          for (const cond of g.ifs) {
            const keep = this.label('comp.keep');
            this.branchOn(cond, keep, continueTo);
            this.startBlock(keep);
          }
          level(i + 1);
        },
        () => {},
        endL,
      );
    };
    level(0);
  }

  /**
   * sum(<generator expression>[, start]) whose items and start are ints or
   * floats: one loop adding each item as the generator makes it (CPython's
   * order), with no list of boxed items. Null when it does not apply.
   */
  private inlineSum(e: S.CallExpr): Reg | null {
    const line = e.pos.line;
    const gen = e.args[0];
    const startExpr = e.args.length === 2 ? e.args[1] : this.kwValue(e, 'start');
    const givenArgs = e.args.length + e.keywords.length;
    if (gen?.kind !== 'GeneratorExp' || givenArgs > 2 || (givenArgs === 2 && !startExpr)) return null;
    // A literal start: evaluating it before the generator's first iterable changes nothing.
    if (startExpr && startExpr.kind !== 'Int' && startExpr.kind !== 'Float') return null;
    const t = this.typeOf(e);
    const elem = this.program.iterElem(this.typeOf(gen));
    const intLike = (k: string) => k === 'int' || k === 'bool';
    const startKind = startExpr ? this.typeOf(startExpr).kind : 'int';
    const fits = t.kind === 'int' ? intLike(elem.kind) && startKind === 'int' : t.kind === 'float' && (elem.kind === 'float' || intLike(elem.kind));
    if (!fits) return null;
    const start = startExpr ? this.expr(startExpr) : this.constant({ kind: 'int', value: 0n });
    const acc = this.temp(t);
    this.emit({ op: 'local.set', name: acc, src: t.kind === 'float' ? this.asFloat(start, line) : start });
    // An int start with float items: the int itself when there are none.
    const noItems = t.kind === 'float' && start.type.kind !== 'float' ? this.temp(T.bool) : null;
    if (noItems) this.emit({ op: 'local.set', name: noItems, src: this.constant({ kind: 'bool', value: true }) });
    this.comprehensionLoops(gen, () => {
      const item = this.expr(gen.elt);
      if (this.dead) return;
      const sum = this.reg(t);
      this.emit({ op: 'local.get', dst: sum, name: acc });
      const next = t.kind === 'float' ? this.prim('float.add', [sum, this.asFloat(item, line)], line) : this.prim('int.add', [sum, this.asInt(item, line)], line);
      this.emit({ op: 'local.set', name: acc, src: next });
      if (noItems) this.emit({ op: 'local.set', name: noItems, src: this.constant({ kind: 'bool', value: false }) });
    });
    if (noItems) {
      const empty = this.reg(T.bool);
      this.emit({ op: 'local.get', dst: empty, name: noItems });
      const emptyL = this.label('sum.empty');
      const doneL = this.label('sum.done');
      this.terminate({ op: 'condbr', cond: empty, then: emptyL, else: doneL });
      this.startBlock(emptyL);
      // The result is the int start, which this float-typed expression cannot hold.
      this.raise('TypeError', 'unsupported: sum() of no items with an int start where the items are floats', line);
      this.startBlock(doneL);
    }
    const result = this.reg(t);
    this.emit({ op: 'local.get', dst: result, name: acc });
    return result;
  }

  /** item in container (`negate`: not in). */
  private contains(item: Reg, container: Reg, negate: boolean, line: number): Reg {
    if (container.type.kind === 'str' && item.type.kind !== 'str' && item.type.kind !== 'object') {
      return this.raise('TypeError', `'in <string>' requires string as left operand, not ${pythonTypeName(item.type)}`, line);
    }
    const c = this.rt('ai_obj_contains', [this.convert(container, T.object, line), this.toWord(item, line)], 'negative', line, T.int);
    const found = this.prim('int.from_cmp', [c], line);
    return negate ? this.prim('bool.not', [found], line) : found;
  }

  // ------------------------------------------------------------ strings

  private toStr(v: Reg, line: number, node?: S.Expr): Reg {
    if (v.type.kind === 'instance' && node) return this.instanceStr(node, v, false, line);
    switch (v.type.kind) {
      case 'str':
        return v;
      case 'int':
        return this.prim('int.to_str', [v], line);
      case 'float':
        return this.prim('float.to_str', [v], line);
      case 'bool':
        return this.prim('bool.to_str', [v], line);
      case 'none':
        return this.constant({ kind: 'str', value: 'None' });
      case 'never':
        return this.deadEnd();
      default:
        return this.prim('obj.str', [this.convert(v, T.object, line)], line);
    }
  }

  private toRepr(v: Reg, line: number, node?: S.Expr): Reg {
    if (v.type.kind === 'instance' && node) return this.instanceStr(node, v, true, line);
    if (v.type.kind === 'str') return this.prim('str.repr', [v], line);
    if (['int', 'float', 'bool', 'none', 'never'].includes(v.type.kind)) return this.toStr(v, line);
    return this.prim('obj.repr', [this.convert(v, T.object, line)], line);
  }

  /** ascii(x) and f'{x!a}': x's repr with its non-ASCII code points escaped. */
  private asciiOf(repr: Reg, line: number): Reg {
    return this.fromWord(this.rt('ai_str_ascii_escape', [this.convert(repr, T.str, line)], 'word', line, T.object), T.str, line);
  }

  private format(v: Reg, spec: Reg, line: number): Reg {
    switch (v.type.kind) {
      case 'int':
        return this.prim('int.format', [v, spec], line);
      case 'float':
        return this.prim('float.format', [v, spec], line);
      case 'bool':
        return this.prim('bool.format', [v, spec], line);
      case 'str':
        return this.prim('str.format', [v, spec], line);
      case 'never':
        return this.deadEnd();
      default:
        return this.prim('obj.format', [this.convert(v, T.object, line), spec], line);
    }
  }

  private fstring(e: S.FStringExpr): Reg {
    const line = e.pos.line;
    const parts: Reg[] = [];
    for (const p of e.parts) {
      if (typeof p === 'string') {
        parts.push(this.constant({ kind: 'str', value: p }));
        continue;
      }
      if (p.debugText !== null) parts.push(this.constant({ kind: 'str', value: p.debugText }));
      let v = this.expr(p.value);
      if (!p.conversion && ((v.type.kind === 'instance' && this.program.hasMethod(v.type, '__format__')) || v.type.kind === 'object')) {
        // format(v, spec) calls the class's __format__ (through its run-time entry), with '' when there is no spec;
        // a value of unknown type may be such an instance.
        parts.push(this.format(v, p.spec && p.spec.parts.length > 0 ? this.fstring(p.spec) : this.constant({ kind: 'str', value: '' }), line));
        continue;
      }
      if (p.conversion === 'r') v = this.toRepr(v, line, p.value);
      else if (p.conversion === 'a') v = this.asciiOf(this.toRepr(v, line, p.value), line);
      else if (p.conversion === 's' || v.type.kind === 'instance') v = this.toStr(v, line, p.value);
      if (p.spec && p.spec.parts.length > 0) parts.push(this.format(v, this.fstring(p.spec), line));
      else parts.push(this.toStr(v, line));
    }
    if (parts.length === 0) return this.constant({ kind: 'str', value: '' });
    if (parts.length === 1) return parts[0];
    const dst = this.reg(T.str);
    this.emit({ op: 'concat', dst, parts, line });
    return dst;
  }

  // ------------------------------------------------------------ calls

  // ------------------------------------------------------------ calls and classes

  /** Evaluates an explicit call's arguments left to right, as written. */
  private argValues(e: S.CallExpr): Map<S.Expr, Reg> {
    const values = new Map<S.Expr, Reg>();
    for (const [node, value] of this.positionalValues(e)) values.set(node, value);
    for (const k of e.keywords) values.set(k.value, this.expr(k.value));
    // `**d`: kept for the arguments bound from it (see packedOrValue); `**kwargs` the checker proved empty binds nothing.
    for (const d of e.doubleStars ?? []) values.set(d, this.expr(d));
    // A call of a value of unknown type checks the mapping's keys in the arms that bind them (callDynamic): the
    // runtime's callees (an instance's __call__, a bound method) bind them by their own parameters.
    if (!this.inst.dynamicCalls.has(e)) this.checkKwargsPlan(e, values);
    return values;
  }

  /** `f(**d)`: d's keys checked as CPython binds them to the parameters the checker planned (kwargsPlans) for `def` (any: one plan). */
  private checkKwargsPlan(e: S.CallExpr, values: Map<S.Expr, Reg>, def?: S.FunctionDef): void {
    const plans = this.program.nodes.kwargsPlans.get(this.inst)?.get(e);
    const plan = def ? plans?.get(def) : plans?.values().next().value;
    if (plan && e.doubleStars?.length && !this.dead) {
      const dict = this.convert(values.get(e.doubleStars[0])!, T.object, e.pos.line);
      const names = (xs: string[]) => ({ kind: 'cstr', value: xs.join(',') }) as RtArg;
      this.rt('ai_check_call_kwargs', [{ kind: 'cstr', value: plan.fname }, dict, names(plan.accepted), names(plan.taken), names(plan.requiredPositional), names(plan.requiredKeyword), names(plan.keywords), { kind: 'cstr', value: plan.qualifiedName }], 'false', e.pos.line, null);
    }
  }

  /** The nodes argValues keyed a call's positional arguments by (a starred tuple's items in its place). */
  private positionalArgNodes(e: S.CallExpr): S.Expr[] {
    return this.program.nodes.expandStarredArgs(e, (x) => this.typeOf(x)) ?? e.args.filter((a) => a.kind !== 'Starred');
  }

  /**
   * A call's positional arguments, evaluated left to right, each `*t`
   * once, then split into its items (the nodes the checker bound).
   */
  private positionalValues(e: S.CallExpr): [S.Expr, Reg][] {
    const out: [S.Expr, Reg][] = [];
    for (const a of e.args) {
      if (a.kind !== 'Starred') {
        out.push([a, this.expr(a)]);
        continue;
      }
      const t = this.typeOf(a.value);
      const seq = this.expr(a.value);
      const plan = this.program.nodes.listStarPlans.get(a);
      if (t.kind === 'list' && plan) {
        this.checkListStarLength(seq, plan, a.pos.line);
        this.preEvaluated.set(a.value, seq);
        try {
          for (let i = 0; i < plan.length; i++) {
            const item = this.program.nodes.starItem(a, i);
            out.push([item, this.expr(item)]);
          }
        } finally {
          this.preEvaluated.delete(a.value);
        }
        for (const item of this.program.nodes.listStarOptionalItems.get(a) ?? []) out.push([item, this.program.nodes.listStarTails.has(item) ? seq : this.listStarOptionalValue(seq, item, a.pos.line)]);
        continue;
      }
      if (t.kind !== 'tuple') {
        out.push([a, this.raise('TypeError', `unsupported: unpacking a ${pythonTypeName(t)} into call arguments`, a.pos.line)]);
        continue;
      }
      this.preEvaluated.set(a.value, seq);
      try {
        t.elems.forEach((_, i) => {
          const item = this.program.nodes.starItem(a, i);
          out.push([item, this.expr(item)]);
        });
      } finally {
        this.preEvaluated.delete(a.value);
      }
    }
    return out;
  }

  /**
   * A call with a `*x` of unknown static type (the checker's
   * Program.dynamicStarArms): the callee's receiver and the arguments before x are
   * evaluated once, in order, x is made a tuple, and the arm for its length
   * runs (the arguments after x and the keywords are evaluated there, after
   * x, as CPython evaluates them). More items than arms raise TypeError.
   */
  private callStarArms(e: S.CallExpr, arms: S.CallExpr[]): Reg {
    const line = e.pos.line;
    const starAt = e.args.findIndex((a) => a.kind === 'Starred');
    const star = e.args[starAt] as S.StarredExpr;
    const pinned: S.Expr[] = [];
    const pin = (x: S.Expr, v: Reg) => {
      this.preEvaluated.set(x, v);
      pinned.push(x);
    };
    try {
      if (e.func.kind === 'Attribute') {
        if (e.func.value.kind !== 'Name') pin(e.func.value, this.expr(e.func.value));
      } else if (e.func.kind !== 'Name') pin(e.func, this.expr(e.func));
      for (const a of e.args.slice(0, starAt)) pin(a, this.expr(a));
      const seq = this.convert(this.expr(star.value), T.object, line);
      const items = this.rt('ai_builtin_tuple', [seq], 'word', line, T.object);
      const count = this.tagged(this.rt('ai_tuple_len', [items], 'never', line, T.int), line);
      const counts = [...arms.keys(), -1];
      const arm = (k: number): Reg => {
        if (k < 0) return this.raise('TypeError', `unsupported: more than ${maxDynamicStarItems} items unpacked (*x) into a call whose callee or argument type is not known statically`, line);
        for (let i = 0; i < k; i++) pin(this.program.nodes.dynamicStarItem(star, i), this.rt('ai_tuple_get', [items, this.constant({ kind: 'int', value: BigInt(i) })], 'word', line, T.object));
        return this.expr(arms[k]);
      };
      return this.switchOver(counts, (k) => this.prim('int.eq', [count, this.constant({ kind: 'int', value: BigInt(k) })], line), arm, this.typeOf(e), line, 'stararm');
    } finally {
      for (const x of pinned) this.preEvaluated.delete(x);
    }
  }

  /** The item of a `*list` for a parameter with a default: the list's item when it is long enough, else the default. */
  private listStarOptionalValue(list: Reg, node: S.Expr, line: number): Reg {
    const item = this.program.nodes.listStarOptionals.get(node)!;
    const slot = this.program.nodes.defaultSlot(item.def, item.param);
    const d = this.reg(this.program.globals.get(slot) ?? T.never);
    this.emit({ op: 'global.get', dst: d, name: slot });
    const fallback = this.toWord(this.convert(d, T.object, line), line);
    const w = this.rt('ai_list_get_or', [list, { kind: 'i64', value: item.index }, fallback], 'never', line, T.object);
    return this.fromWord(w, this.typeOf(node), line);
  }

  /** `f(*items)`: the list must hold the items the call binds (CPython's TypeError otherwise). */
  private checkListStarLength(list: Reg, plan: ListStarPlan, line: number): void {
    const n = this.rt('ai_list_len', [list], 'never', line, T.int);
    const okL = this.label('starlen.ok');
    const badL = this.label('starlen.bad');
    const count = this.tagged(n, line);
    const fits = plan.tail
      ? this.prim('int.ge', [count, this.constant({ kind: 'int', value: BigInt(plan.length) })], line)
      : plan.optional
      ? this.prim('bool.and', [this.prim('int.ge', [count, this.constant({ kind: 'int', value: BigInt(plan.length) })], line), this.prim('int.le', [count, this.constant({ kind: 'int', value: BigInt(plan.length + plan.optional) })], line)], line)
      : this.prim('int.eq', [count, this.constant({ kind: 'int', value: BigInt(plan.length) })], line);
    this.terminate({ op: 'condbr', cond: fits, then: okL, else: badL });
    this.startBlock(badL);
    const args: RtArg[] = [
      { kind: 'cstr', value: plan.fname },
      { kind: 'reg', reg: n },
      { kind: 'i64', value: plan.before },
      { kind: 'i64', value: plan.length },
      { kind: 'i64', value: plan.optional },
      { kind: 'i64', value: plan.required },
      { kind: 'i64', value: plan.names.length },
      { kind: 'cstr', value: plan.names.join(',') },
      { kind: 'cstr', value: plan.nextKeyword },
    ];
    this.rt('ai_raise_call_arity', args, 'never', line, null);
    this.terminate({ op: 'raise_pending', line });
    this.startBlock(okL);
  }

  /**
   * Calls a function instance with arguments mapped to its parameters:
   * `given[i]` a value, or null for the parameter's default.
   */
  /**
   * Calls a function instance with the given arguments, defaults for the
   * rest: from `closure` (a function value made by makeClosure, whose cells
   * after the free variables' hold its defaults), else from the definition's slots.
   */
  /** Do this def's function values carry their own defaults (lambdas, nested defs), or is there one value (module-level defs)? */
  private carriesDefaults(def: S.FunctionDef): boolean {
    return this.program.functions.get(def.name) !== def;
  }

  private callTarget(target: FunctionInstance, given: (Reg | null)[], line: number, env: Reg | null = null, closure: Reg | null = null): Reg {
    const def = target.def!;
    const defaulted = def.params.filter((p) => p.defaultValue);
    const args = given.map((v, i) => {
      let value = v;
      if (!value) {
        const slot = this.program.nodes.defaultSlot(def, def.params[i]);
        value = this.reg(this.program.globals.get(slot) ?? T.never);
        if (closure && closure.type.kind === 'func' && this.carriesDefaults(def)) {
          const cell = this.reg(T.object);
          this.emit({ op: 'closure.cell', dst: cell, env: closure, index: this.program.scopeOf(def).free.length + defaulted.indexOf(def.params[i]) });
          this.emit({ op: 'cell.get', dst: value, cell, line, name: def.params[i].name, local: false });
        } else this.emit({ op: 'global.get', dst: value, name: slot });
      }
      return this.convert(value, target.argTypes[i], line);
    });
    if (env) args.unshift(this.convert(env, T.object, line));
    if (target.isGenerator) {
      // A generator function's call only packs its arguments; the body runs on next().
      const frame = this.rt('ai_tuple_new', [{ kind: 'i64', value: args.length }, { kind: 'array', regs: args.map((a) => this.toWord(a, line)) }], 'word', line, T.object);
      return this.rt('ai_gen_new', [{ kind: 'fnptr', name: generatorEntry(target.key) }, frame], 'word', line, this.program.resultOf(target));
    }
    const ret = target.returnType;
    if (ret.kind === 'never') {
      this.emit({ op: 'call', dst: null, callee: target.key, args, line });
      return this.deadEnd();
    }
    const dst = this.reg(ret);
    this.emit({ op: 'call', dst, callee: target.key, args, line });
    return dst;
  }

  /** f(args) for a function value: a direct call, or a switch on which function it is. */
  private callFunctionValue(e: S.CallExpr, f: Reg): Reg {
    const line = e.pos.line;
    const groups = this.inst.funcCalls.get(this.inst.syntheticCalls.get(e) ?? e) ?? [];
    const values = this.argValues(e);
    return this.callFunctionGroups(groups, f, (bound) => this.boundValues(bound, values, []), this.typeOf(e), line);
  }

  /**
   * A call of a value of unknown static type (see the checker's
   * dynamicCallType): a function value runs the specialisation for its
   * function id; anything else raises TypeError, after the arguments are
   * evaluated, as in CPython.
   */
  private callDynamic(e: S.CallExpr, f: Reg): Reg {
    const line = e.pos.line;
    const values = this.argValues(e);
    const groups = this.inst.funcCalls.get(e) ?? [];
    const word = this.convert(f, T.object, line);
    const result = this.typeOf(e);
    const classes = this.inst.dynamicClassCalls.get(e) ?? [];
    if (classes.length) {
      // A class among the values: construct it; else (the last arm) a function or not callable.
      const arms: (ClassInfo | null)[] = [...classes, null];
      return this.switchOver(
        arms,
        (c) => this.rt('ai_is_class_object', [word, { kind: 'typeobj', cls: c!.name }], 'never', line, T.bool),
        (c) => {
          if (!c) return this.callFunctionById(e, word, values, groups, result, line);
          const init = c.lookup('__init__')?.method?.def;
          if (init) this.checkKwargsPlan(e, values, init);
          return this.construct(e, c, dynamicInitTag(c), values);
        },
        result,
        line,
        'dynclass',
      );
    }
    return this.callFunctionById(e, word, values, groups, result, line);
  }

  /** The function-value part of callDynamic: run the specialisation for the value's function id. */
  private callFunctionById(
    e: S.CallExpr,
    word: Reg,
    values: Map<S.Expr, Reg>,
    groups: { ref: FuncRefInfo; target: FunctionInstance | null; bound: BoundCall }[],
    result: Type,
    line: number,
  ): Reg {
    const id = this.rt('ai_function_id', [word, { kind: 'typeobj', cls: 'function' }], 'never', line, T.int);
    const callFunction = (): Reg => {
      // Every function value that can be here escaped into `object` where the checker saw it; the last arm is a safety net.
      const arms: ((typeof groups)[number] | null)[] = [...groups, null];
      return this.switchOver(
        arms,
        (g) => this.prim('int.eq', [id, this.constant({ kind: 'int', value: BigInt(g!.ref.id) })], line),
        (g) => {
          if (!g) return this.raise('RuntimeError', 'internal error: a function value reached a call it was not compiled for', line);
          this.checkKwargsPlan(e, values, g.ref.def);
          const asFunction = this.retype(word, funcOf([g.ref]));
          return this.callFunctionGroups([g], asFunction, (bound) => this.boundValues(bound, values, []), result, line);
        },
        result,
        line,
        'dyncall',
      );
    };
    const callOther = (): Reg => {
      const keywords = e.keywords.length > 0 || (e.doubleStars?.length ?? 0) > 0;
      if (this.inst.dynamicInstanceCalls.has(e) || this.program.boundMethodValues || (this.program.builtinClassValues && !keywords)) {
        // An instance whose class has __call__, called by name (positional arguments), or a built-in
        // type's class object (ai_call_class_object); anything else raises TypeError.
        const args = this.positionalArgNodes(e).map((a) => this.toWord(this.convert(values.get(a)!, T.object, line), line));
        if (keywords) {
          // Keywords (and one **mapping) bind by the parameters of the instance's __call__ or the bound method (userclass.c u_call_method).
          const kws = e.keywords.map((k) => this.toWord(this.convert(values.get(k.value)!, T.object, line), line));
          const names = e.keywords.map((k) => this.constant({ kind: 'str', value: k.name }));
          const kwnames: Reg | RtArg = names.length ? this.rt('ai_tuple_new', [{ kind: 'i64', value: names.length }, { kind: 'array', regs: names }], 'word', line, T.object) : { kind: 'zero' };
          const spread: Reg | RtArg = e.doubleStars?.length ? this.convert(this.toWord(values.get(e.doubleStars[0])!, line), T.object, line) : { kind: 'zero' };
          const words = [...args, ...kws];
          return this.rt('ai_call_object_kw', [word, { kind: 'i64', value: words.length }, { kind: 'array', regs: words }, kwnames, spread], 'word', line, T.object);
        }
        return this.rt('ai_call_object', [word, { kind: 'i64', value: args.length }, { kind: 'array', regs: args }], 'word', line, T.object);
      }
      this.rt('ai_raise_not_callable', [word], 'never', line, null);
      this.terminate({ op: 'raise_pending', line });
      return this.reg(T.none);
    };
    return this.switchOver(
      ['function', 'other'] as const,
      () => this.prim('bool.not', [this.prim('int.eq', [id, this.constant({ kind: 'int', value: -1n })], line)], line),
      (arm) => (arm === 'function' ? callFunction() : callOther()),
      result,
      line,
      'dynkind',
    );
  }

  private callFunctionGroups(
    groups: { ref: FuncRefInfo; target: FunctionInstance | null; bound: BoundCall }[],
    f: Reg,
    given: (bound: BoundCall) => (Reg | null)[],
    result: Type,
    line: number,
  ): Reg {
    const callOne = (g: (typeof groups)[number]): Reg => {
      if (g.bound.error) return this.raise('TypeError', g.bound.error, line);
      if (!g.target) return this.deadEnd();
      const needsEnv = this.program.scopeOf(g.ref.def).free.length > 0;
      return this.callTarget(g.target, given(g.bound), line, needsEnv ? f : null, f);
    };
    if (groups.length === 1) return this.convertResult(callOne(groups[0]), result, line);
    const id = this.reg(T.int);
    this.emit({ op: 'closure.fnid', dst: id, env: f });
    return this.switchOver(groups, (g) => this.prim('int.eq', [id, this.constant({ kind: 'int', value: BigInt(g.ref.id) })], line), callOne, result, line, 'fcall');
  }

  /** Maps a bound explicit call onto parameter values (implicit leading ones from `implicit`). */
  private boundValues(bound: BoundCall, values: Map<S.Expr, Reg>, implicit: Reg[]): (Reg | null)[] {
    return bound.args.map((a, i) => (i < implicit.length ? implicit[i] : a ? this.packedOrValue(a, values) : null));
  }

  /** An argument's value; packed *args/**kwargs are built from the values already evaluated. */
  private packedOrValue(a: S.Expr, values: Map<S.Expr, Reg>): Reg {
    const item = this.program.nodes.kwargsItems.get(a);
    if (item) return this.kwargsItemValue(a, item, values);
    const rest = this.program.nodes.kwargsRests.get(a);
    if (rest) {
      // `f(**d)` into f's `**kwargs`: a new dict of d's other keys (the keys were checked).
      const dict = this.convert(values.get(rest.star)!, T.object, a.pos.line);
      const out = this.rt('ai_kwargs_rest', [dict, { kind: 'cstr', value: rest.bound.join(',') }], 'never', a.pos.line, T.object);
      // Keyword arguments that go to **kwargs as well, in the order CPython's merged dict has them (keywords first).
      if (rest.extra.length) {
        const merged = this.rt('ai_dict_new', [], 'word', a.pos.line, T.object);
        for (const k of rest.extra) this.rt('ai_dict_set', [merged, this.constant({ kind: 'str', value: k.name }), this.toWord(this.convert(values.get(k.value)!, T.object, a.pos.line), a.pos.line)], 'false', a.pos.line, null);
        this.rt('ai_call_method', [merged, { kind: 'str', value: 'update' }, { kind: 'i64', value: 1 }, { kind: 'array', regs: [out] }, { kind: 'zero' }], 'word', a.pos.line, T.none);
        return this.fromWord(merged, this.typeOf(a), a.pos.line);
      }
      return this.fromWord(out, this.typeOf(a), a.pos.line);
    }
    if (!this.program.nodes.packedArgs.has(a)) return values.get(a)!;
    const line = a.pos.line;
    const t = this.typeOf(a);
    if (this.program.nodes.packedWithTail.has(a)) {
      // (fixed items..., *items[start:]): a new tuple of run-time length.
      const elts = (a as S.TupleExpr).elts;
      const tailNode = elts.find((el) => this.program.nodes.listStarTails.has(el))!;
      const words = elts.filter((el) => el !== tailNode).map((el) => this.toWord(values.get(el)!, line));
      const list = this.convert(values.get(tailNode)!, T.object, line);
      return this.rt('ai_tuple_with_list_tail', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }, list, { kind: 'i64', value: this.program.nodes.listStarTails.get(tailNode)!.start }], 'word', line, T.object);
    }
    if (a.kind === 'Tuple') {
      const words = a.elts.map((el) => this.toWord(values.get(el)!, line));
      return this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, t);
    }
    const d = a as S.DictExpr;
    const dict = this.rt('ai_dict_new', [], 'word', line, t);
    d.keys.forEach((k, i) => {
      const key = this.constant({ kind: 'str', value: (k as S.StrExpr).value });
      const v = this.toWord(this.convert(values.get(d.values[i])!, t.kind === 'dict' ? valueOf(t) : T.object, line), line);
      this.rt('ai_dict_set', [dict, key, v], 'false', line, null);
    });
    return dict;
  }

  /** `d[name]` for a parameter bound from `**d`, or its default when d lacks the key (the keys were checked). */
  private kwargsItemValue(a: S.Expr, item: KwargsItem, values: Map<S.Expr, Reg>): Reg {
    const line = a.pos.line;
    const dict = this.convert(values.get(item.star)!, T.object, line);
    let fallback: Reg = this.noneWord();
    const literal = literalDefault(item.param);
    if (literal) fallback = this.expr(literal);
    else if (item.param.defaultValue) {
      const slot = this.program.nodes.defaultSlot(item.def, item.param);
      const d = this.reg(this.program.globals.get(slot) ?? T.never);
      this.emit({ op: 'global.get', dst: d, name: slot });
      fallback = d;
    }
    const word = this.rt('ai_dict_get_default', [dict, this.constant({ kind: 'str', value: item.param.name }), this.toWord(this.convert(fallback, T.object, line), line)], 'word', line, T.object);
    return this.fromWord(word, this.typeOf(a), line);
  }

  /**
   * Runs a recorded method dispatch: a direct call when one definition
   * serves every possible class, else a switch on the object's class.
   * `args(group)`: the parameter values for that group's method.
   */
  private runDispatch(d: Dispatch, recv: Reg, result: Type, line: number, args: (g: DispatchGroup) => (Reg | null)[]): Reg {
    this.checkNotNone(recv, d.name, line);
    const callGroup = (g: DispatchGroup): Reg => {
      if (!g.method) {
        if (g.propertyWithout) return this.raise('AttributeError', `property '${d.name}' of '${shownName(g.classes[0])}' object has no ${g.propertyWithout}`, line);
        return this.raise('AttributeError', `'${shownName(g.classes[0])}' object has no attribute '${d.name}'`, line);
      }
      if (g.bound?.error) return this.raise('TypeError', g.bound.error, line);
      if (!g.target) return this.deadEnd();
      const values = args(g);
      if (g.method.kind === 'class' && g.implicit === 1 && values[0]?.type.kind === 'instance') {
        // A classmethod called on an instance: cls is the instance's class (one per group).
        const cls = this.reg({ kind: 'class', cls: g.classes[0] });
        this.emit({ op: 'classobj', dst: cls, cls: g.classes[0].name });
        values[0] = cls;
      }
      return this.callTarget(g.target, values, line);
    };
    if (d.groups.length === 1) return this.convertResult(callGroup(d.groups[0]), result, line);
    const isInGroup = (g: DispatchGroup): Reg => {
      const hit = this.reg(T.bool);
      this.emit({ op: 'isclass', dst: hit, obj: recv, classes: g.classes.map((c) => c.name) });
      return hit;
    };
    return this.switchOver(d.groups, isInGroup, callGroup, result, line, 'dispatch');
  }

  /**
   * A switch over call groups: test each group in turn (the last needs no
   * test), call the first that matches, and join the results in one slot.
   */
  private switchOver<G>(groups: G[], test: (g: G) => Reg, call: (g: G) => Reg, result: Type, line: number, prefix: string): Reg {
    const slot = this.temp(result.kind === 'never' ? T.none : result);
    const endL = this.label(`${prefix}.end`);
    groups.forEach((g, i) => {
      const last = i === groups.length - 1;
      let nextL = '';
      if (!last) {
        const hit = test(g);
        const callL = this.label(`${prefix}.call`);
        nextL = this.label(`${prefix}.next`);
        this.terminate({ op: 'condbr', cond: hit, then: callL, else: nextL });
        this.startBlock(callL);
      }
      const r = call(g);
      if (!this.dead && result.kind !== 'never') this.emit({ op: 'local.set', name: slot, src: this.convert(r, result, line) });
      this.terminate({ op: 'br', target: endL });
      if (!last) this.startBlock(nextL);
    });
    this.startBlock(endL);
    if (result.kind === 'never') return this.deadEnd();
    const out = this.reg(result);
    this.emit({ op: 'local.get', dst: out, name: slot });
    return out;
  }

  private convertResult(v: Reg, t: Type, line: number): Reg {
    if (this.dead || t.kind === 'never') return v;
    return this.convert(v, t, line);
  }

  /** A dispatch the checker recorded for an implicit call (dunder, property). */
  private dunder(node: object, tag: string, recv: Reg, args: Reg[], result: Type, line: number): Reg | null {
    const d = this.inst.dispatch(node, tag);
    if (!d) return null;
    return this.runDispatch(d, recv, result, line, (g) => {
      const given: (Reg | null)[] = [...(g.implicit ? [recv] : []), ...args];
      const def = g.method!.def;
      while (given.length < (g.target?.def ?? def).params.length) given.push(null);
      return given;
    });
  }

  /** An operator with an instance operand: its dunder, or the reflected one; else CPython's TypeError. */
  private instanceBinary(node: S.Expr, op: S.BinaryOperator, l: Reg, r: Reg, line: number): Reg {
    const t = this.typeOf(node);
    // `x op= y` where the checker bound x's in-place dunder (every class of x has it and none can return
    // NotImplemented: checker.ts, AugAssign): CPython calls it first whatever y is, so a y of unknown type
    // is passed to it as is, and the result has the type the checker gave the target.
    if ((node as unknown as S.Stmt).kind === 'AugAssign' && l.type.kind === 'instance' && r.type.kind === 'object' && this.inst.dispatch(node, 'iop')) {
      const viaInPlace = this.dunder(node, 'iop', l, [r], t, line);
      if (viaInPlace) return viaInPlace;
    }
    if (
      l.type.kind === 'object' ||
      r.type.kind === 'object' ||
      operatorNeedsProtocol(l.type, r.type, dunderNames[op]?.[1] ?? null, dunderNames[op] && !inPlaceFirst(node, l.type, dunderNames[op][0]) ? dunderNames[op][0] : null) ||
      repeatsByIndex(op, l.type, r.type)
    ) {
      // One operand of unknown type (checker.ts, dunderBinaryType): the runtime picks the dunder.
      const inPlace = (node as unknown as S.Stmt).kind === 'AugAssign';
      if (inPlace) return this.rt('ai_obj_inplace_binop', [{ kind: 'i32', value: binopCode[op] }, this.convert(l, T.object, line), this.convert(r, T.object, line)], 'word', line, T.object);
      return this.prim('obj.binop', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line, binopCode[op]);
    }
    return (
      // An augmented assignment's __iadd__ (recorded on the statement by the checker).
      this.dunder(node, 'iop', l, [r], t, line) ??
      this.dunder(node, 'op', l, [r], t, line) ??
      this.dunder(node, 'rop', r, [l], t, line) ??
      this.raise('TypeError', `unsupported operand type(s) for ${op === '**' ? '** or pow()' : op}: '${pythonTypeName(l.type)}' and '${pythonTypeName(r.type)}'`, line)
    );
  }

  private hasMethodOn(t: Type, name: string): boolean {
    return t.kind === 'instance' && (t.classes as ClassInfo[]).some((c) => c.lookup(name)?.method);
  }

  /** C(args): allocate, copy class attributes into slots, run __init__. */
  private construct(e: S.CallExpr, cls: ClassInfo, initTag = 'init', given?: Map<S.Expr, Reg>): Reg {
    const line = e.pos.line;
    if (cls.exceptionBase) {
      const values = given ?? this.argValues(e);
      if (e.keywords.length && !cls.lookup('__init__')?.method) return this.raise('TypeError', `${shownName(cls)}() takes no keyword arguments`, line);
      const args = this.positionalArgNodes(e).map((a) => this.convert(this.toWord(values.get(a)!, line), T.object, line));
      const tuple = this.rt('ai_tuple_new', [{ kind: 'i64', value: args.length }, { kind: 'array', regs: args }], 'word', line, T.object);
      const exc = this.rt('ai_exc_new', [{ kind: 'typeobj', cls: cls.name }, tuple], 'word', line, T.exception);
      this.setExceptionClassAttrs(exc, cls, line);
      const perClass = initTag === 'init' ? null : this.inst.exceptionInits.get(e)?.get(initTag);
      const bound = perClass ? perClass.bound : this.inst.boundCalls.get(e);
      const init = perClass ? perClass.target : this.inst.callTargets.get(e);
      if (bound?.error) return this.raise('TypeError', bound.error, line);
      if (bound && init) this.callTarget(init, this.boundValues(bound, values, [exc]), line);
      return exc;
    }
    const values = given ?? this.argValues(e);
    const t = this.typeOf(e);
    if (t.kind === 'never' && !this.inst.dispatch(e, initTag)) return this.deadEnd();
    const selfType: Type = t.kind === 'instance' ? t : { kind: 'instance', hier: cls.hier, classes: [cls], orNone: false };
    const obj = this.reg(selfType);
    this.emit({ op: 'new', dst: obj, cls: cls.name, nslots: cls.hier.slots.size });
    // Floats live unboxed in their slots; an unset one holds a NaN sentinel. A slot named as a class attribute
    // starts unset too: reads find the class's value until the instance sets its own (getSlot).
    for (const slot of cls.hier.slots.values()) {
      if (slot.type.kind === 'float') this.emit({ op: 'slot.init_float', obj, index: slot.index });
    }
    const init = this.inst.dispatch(e, initTag);
    if (init) {
      this.runDispatch(init, obj, T.none, line, (g) => this.boundValues(g.bound!, values, [obj]));
    } else if (e.args.length || e.keywords.length) {
      return this.raise('TypeError', `${shownName(cls)}() takes no arguments`, line);
    }
    return obj;
  }

  private hierOf(t: Type): Hierarchy | null {
    return t.kind === 'instance' ? (t.hier as Hierarchy) : null;
  }

  /** For an Optional[C] value: None has no attributes (AttributeError, as CPython). */
  private checkNotNone(obj: Reg, attr: string, line: number): void {
    if (obj.type.kind !== 'instance' || !obj.type.orNone || this.dead) return;
    const isNone = this.prim('obj.is', [this.convert(obj, T.object, line), this.prim('none.box', [this.noneWord()], line)], line);
    const okL = this.label('notnone');
    const badL = this.label('isnone');
    this.terminate({ op: 'condbr', cond: isNone, then: badL, else: okL });
    this.startBlock(badL);
    this.raise('AttributeError', `'NoneType' object has no attribute '${attr}'`, line);
    this.startBlock(okL);
  }

  private setSlot(obj: Reg, name: string, v: Reg, line: number): void {
    this.checkNotNone(obj, name, line);
    const hier = this.hierOf(obj.type)!;
    const slot = hier.slots.get(name)!;
    const value = slot.type.kind === 'float' ? this.convert(v, T.float, line) : this.toWord(this.convert(v, slot.type, line), line);
    this.emit({ op: 'slot.set', obj, index: slot.index, src: value });
  }

  private getSlot(obj: Reg, name: string, line: number): Reg {
    this.checkNotNone(obj, name, line);
    const hier = this.hierOf(obj.type)!;
    const slot = hier.slots.get(name)!;
    const classes = (obj.type as InstanceType).classes as ClassInfo[];
    const cls = shownClassName(classes[0].name);
    const read = (): Reg => {
      const dst = this.reg(slot.type.kind === 'float' ? T.float : T.object);
      this.emit({ op: 'slot.get', dst, obj, index: slot.index, line, missing: `'${cls}' object has no attribute '${name}'` });
      return slot.type.kind === 'float' ? dst : this.fromWord(dst, slot.type, line);
    };
    const groups = this.classAttrGroups(classes, name);
    if (!groups.length) return read();
    // A class attribute of that name: what the instance reads until it sets its own (`count = 0` in the
    // class body, `self.count += 1` in a method), found in the class when the slot is unset, as CPython
    // looks in the class when the instance's __dict__ lacks the name (the class's value of the moment).
    const result = slot.type.kind === 'float' ? T.float : slot.type;
    const value = this.temp(result);
    const isSet = this.reg(T.bool);
    this.emit({ op: 'slot.isset', dst: isSet, obj, index: slot.index, float: slot.type.kind === 'float' });
    const setL = this.label('slot.set');
    const unsetL = this.label('slot.unset');
    const endL = this.label('slot.end');
    this.terminate({ op: 'condbr', cond: isSet, then: setL, else: unsetL });
    this.startBlock(setL);
    this.emit({ op: 'local.set', name: value, src: read() });
    this.terminate({ op: 'br', target: endL });
    this.startBlock(unsetL);
    const lacking = classes.filter((c) => !groups.some((g) => g.classes.includes(c)));
    groups.forEach((g, i) => {
      const last = i === groups.length - 1 && !lacking.length;
      if (!last) {
        const test = this.reg(T.bool);
        this.emit({ op: 'isclass', dst: test, obj, classes: g.classes.map((k) => k.name) });
        const hitL = this.label('classattr.hit');
        const nextL = this.label('classattr.next');
        this.terminate({ op: 'condbr', cond: test, then: hitL, else: nextL });
        this.startBlock(hitL);
        this.emit({ op: 'local.set', name: value, src: this.readClassAttr(g.holders, name, result, line, this.instanceAttrMissing(g.classes[0], name)) });
        this.terminate({ op: 'br', target: endL });
        this.startBlock(nextL);
      } else {
        this.emit({ op: 'local.set', name: value, src: this.readClassAttr(g.holders, name, result, line, this.instanceAttrMissing(g.classes[0], name)) });
        this.terminate({ op: 'br', target: endL });
      }
    });
    if (lacking.length) this.raise('AttributeError', this.instanceAttrMissing(lacking[0], name), line);
    this.startBlock(endL);
    const out = this.reg(result);
    this.emit({ op: 'local.get', dst: out, name: value });
    return out;
  }

  private instanceAttrMissing(cls: ClassInfo, name: string): string {
    return `'${shownName(cls)}' object has no attribute '${name}'`;
  }

  /** The variables a read of class attribute `name` through `cls` tries, in order (classes.ts classAttrHolders). */
  private classAttrHoldersOf(cls: ClassInfo, name: string): ClassInfo[] {
    return classAttrHolders(cls, name, (slot) => this.program.globals.has(slot));
  }

  /**
   * `classes` that have a class attribute `name`, grouped by the variables a read of it tries (classAttrHolders). A
   * read that may find none (no class body binds it) raises AttributeError naming the instance's class: one class each.
   */
  private classAttrGroups(classes: readonly ClassInfo[], name: string): { holders: ClassInfo[]; classes: ClassInfo[] }[] {
    const groups = new Map<string, { holders: ClassInfo[]; classes: ClassInfo[] }>();
    for (const c of classes) {
      const holders = this.classAttrHoldersOf(c, name);
      if (!holders.length) continue;
      const mayMiss = !holders[holders.length - 1].classAttrs.has(name);
      const key = holders.map((h) => h.name).join(',') + (mayMiss ? `/${c.name}` : '');
      const g = groups.get(key);
      if (g) g.classes.push(c);
      else groups.set(key, { holders, classes: [c] });
    }
    return [...groups.values()];
  }

  private special(e: S.CallExpr, name: string): Reg {
    if (name === 'aithon.actors.spawn' || name === 'aithon.actors.spawn_link') {
      const line = e.pos.line;
      // `spawn(fn, *t)`: the tuple's items are arguments of their own.
      const [f, ...args] = this.positionalValues(e).map(([, r]) => r);
      const groups = this.inst.funcCalls.get(this.inst.syntheticCalls.get(e) ?? e) ?? [];
      if (!groups.length || this.dead) return this.deadEnd();
      const spawnOne = (g: (typeof groups)[number]): Reg => {
        if (!g.target) return this.deadEnd();
        if (g.bound.error) return this.raise('TypeError', g.bound.error, line);
        // The frame: the closure (for a nested function: copied with what it captured) and the arguments, as words.
        const needsEnv = this.program.scopeOf(g.ref.def).free.length > 0;
        const words = [...(needsEnv ? [this.convert(f, T.object, line)] : []), ...args.map((a, i) => this.convert(this.toWord(this.convert(a, g.target!.argTypes[i], line), line), T.object, line))];
        const frame = this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, T.object);
        return this.rt('ai_py_spawn', [{ kind: 'fnptr', name: actorEntry(g.target.key) }, frame, this.constant({ kind: 'bool', value: name.endsWith('_link') })], 'word', line, T.object);
      };
      if (groups.length === 1) return spawnOne(groups[0]);
      // A value that may be one of several functions: spawn the one it is.
      const id = this.reg(T.int);
      this.emit({ op: 'closure.fnid', dst: id, env: f });
      return this.switchOver(groups, (g) => this.prim('int.eq', [id, this.constant({ kind: 'int', value: BigInt(g.ref.id) })], line), spawnOne, T.object, line, 'spawn');
    }
    if (name === 'collections.defaultdict') {
      const line = e.pos.line;
      const f = e.args[0];
      const target = this.inst.funcCalls.get(this.inst.syntheticCalls.get(e)!)?.[0]?.target;
      if (target) {
        const fn = this.convert(this.expr(f), T.object, line);
        const mapping = e.args[1] ? this.convert(this.toWord(this.expr(e.args[1]), line), T.object, line) : null;
        return this.rt('ai_collections_defaultdict_fn', [{ kind: 'fnptr', name: factoryEntryName(target.key) }, fn, mapping ?? { kind: 'zero' }], 'word', line, T.object);
      }
      const kind = f && f.kind === 'Name' ? defaultdictFactories.indexOf(f.id) : 0;
      const mapping = e.args[1] ? this.convert(this.toWord(this.expr(e.args[1]), line), T.object, line) : null;
      return this.rt('ai_collections_defaultdict', [this.constant({ kind: 'int', value: BigInt(Math.max(0, kind)) }), mapping ?? { kind: 'zero' }], 'word', line, T.object);
    }
    if (name === 'itertools.groupby') return this.groupby(e);
    return this.reduce(e);
  }

  /** itertools.groupby(it[, key]): with a key function, the keys of all items are computed first, then grouped. */
  private groupby(e: S.CallExpr): Reg {
    const line = e.pos.line;
    const t = this.typeOf(e);
    const source = this.convert(this.toWord(this.expr(e.args[0]), line), T.object, line);
    const keyNode = e.args[1] ?? e.keywords.find((k) => k.name === 'key')?.value;
    const key = keyNode ? this.expr(keyNode) : null;
    if (this.dead || t.kind === 'never') return this.deadEnd();
    if (!key || key.type.kind === 'none') return this.retype(this.rt('ai_itertools_groupby', [source], 'word', line, T.object), t);
    const items = this.rt('ai_builtin_list', [source], 'word', line, T.object);
    const keys = this.keysOf(e, items, this.program.iterElem(this.typeOf(e.args[0])), key, line);
    return this.retype(this.rt('ai_itertools_groupby_keyed', [items, keys], 'word', line, T.object), t);
  }

  /** functools.reduce(f, iterable[, initial]) as a loop of static calls of f. */
  private reduce(e: S.CallExpr): Reg {
    const line = e.pos.line;
    const args = e.args.map((a) => this.expr(a));
    const t = this.typeOf(e);
    if (this.dead || t.kind === 'never') return this.deadEnd();
    const items = this.rt('ai_builtin_list', [this.convert(this.toWord(args[1], line), T.object, line)], 'word', line, T.object);
    const elem = this.program.iterElem(this.typeOf(e.args[1]));
    const acc = this.temp(t);
    const index = this.temp(T.int);
    if (args.length === 3) {
      this.emit({ op: 'local.set', name: acc, src: this.convert(args[2], t, line) });
      this.emit({ op: 'local.set', name: index, src: this.constant({ kind: 'int', value: 0n }) });
    } else {
      const len = this.tagged(this.rt('ai_list_len', [items], 'never', line, T.int), line);
      const emptyL = this.label('reduce.empty');
      const okL = this.label('reduce.ok');
      this.terminate({ op: 'condbr', cond: this.prim('int.eq', [len, this.constant({ kind: 'int', value: 0n })], line), then: emptyL, else: okL });
      this.startBlock(emptyL);
      this.raise('TypeError', 'reduce() of empty iterable with no initial value', line);
      this.startBlock(okL);
      const first = this.fromWord(this.rt('ai_list_get', [items, this.constant({ kind: 'int', value: 0n })], 'word', line, T.object), elem, line);
      this.emit({ op: 'local.set', name: acc, src: this.convert(first, t, line) });
      this.emit({ op: 'local.set', name: index, src: this.constant({ kind: 'int', value: 1n }) });
    }
    const listSlot = this.temp(T.object);
    this.emit({ op: 'local.set', name: listSlot, src: items });
    const endL = this.label('reduce.end');
    this.listItemsLoop(listSlot, T.object, index, elem, line, { head: this.label('reduce.head'), body: this.label('reduce.body'), next: this.label('reduce.next'), end: endL }, (item) => {
      const cur = this.reg(t);
      this.emit({ op: 'local.get', dst: cur, name: acc });
      const r = this.callValue(e, args[0], [cur, item], line);
      if (!this.dead) this.emit({ op: 'local.set', name: acc, src: this.convert(r, t, line) });
    });
    this.startBlock(endL);
    const out = this.reg(t);
    this.emit({ op: 'local.get', dst: out, name: acc });
    return out;
  }

  /** An imported module (compile-time only), constant or data attribute. */
  private importedValue(module: string, member: ModuleMember | null, t: Type, line: number): Reg {
    if (member?.kind === 'const') return this.constant(member.type === 'int' ? { kind: 'int', value: BigInt(member.value) } : { kind: 'float', value: member.value });
    if (member?.kind === 'data') return this.rt(member.runtime, member.arg !== undefined ? [{ kind: 'i32', value: member.arg }] : [], member.check, line, t);
    return this.retype(this.noneWord(), t.kind === 'never' ? { kind: 'module', name: module } : t);
  }

  /** A call of a standard-library function: arguments passed as the runtime takes them. */
  private moduleCall(e: S.CallExpr, fn: Extract<ModuleMember, { kind: 'func' }>): Reg {
    const line = e.pos.line;
    const starred = starredRestCall(fn, e, (x) => this.typeOf(x));
    // `merge(*shards)`: x's items as a tuple, passed as the runtime's (n, words).
    const restItems = starred ? this.rt('ai_builtin_tuple', [this.convert(this.toWord(this.expr(starred.star.value), line), T.object, line)], 'word', line, T.object) : null;
    const args = restItems ? [] : this.positionalArgNodes(e).map((a) => this.expr(a));
    const kw = new Map(e.keywords.map((k) => [k.name, this.expr(k.value)]));
    const t = this.typeOf(e);
    if (this.dead) return this.deadEnd();
    const o = starred?.o ?? pickOverload(fn, args.length, e.keywords.map((k) => k.name));
    if (!o) return this.deadEnd();
    // Keywords that name positional parameters fill those positions.
    for (const [k, v] of kw) {
      const at = o.names?.indexOf(k) ?? -1;
      if (at >= 0) {
        args[at] = v;
        kw.delete(k);
      }
    }
    const asDouble = (v: Reg): Reg => (v.type.kind === 'object' || v.type.kind === 'instance' ? this.prim('obj.real_arg', [this.convert(v, T.object, line)], line) : this.asFloat(v, line));
    const asWord = (v: Reg): Reg => this.convert(this.toWord(v, line), T.object, line);
    const asBool = (v: Reg): Reg => (v.type.kind === 'instance' ? this.instanceTruth(e, v, line) : this.truthy(v, line));
    const passed: (Reg | RtArg)[] = [];
    o.args.forEach((how, i) => {
      if (how === 'rest' && restItems) {
        passed.push({ kind: 'tuple-items', reg: restItems });
        return;
      }
      if (how === 'rest') {
        const rest = args.slice(i).map(asWord);
        passed.push({ kind: 'i64', value: rest.length }, { kind: 'array', regs: rest });
        return;
      }
      const v = args[i];
      if (!v) passed.push({ kind: 'zero' }); // an optional argument left out
      else passed.push(how === 'f' ? asDouble(v) : how === 'b' ? asBool(v) : asWord(v));
    });
    if (o.order) {
      // The runtime takes the arguments in another order, some left out.
      const byArg = [...passed];
      passed.length = 0;
      for (const i of o.order) passed.push(i < 0 ? { kind: 'zero' } : byArg[i]);
    }
    for (const k of o.keywords ?? []) {
      const v = kw.get(k.name);
      if (v) passed.push(typeof k.default === 'number' ? asDouble(v) : asWord(v));
      else passed.push(typeof k.default === 'number' ? this.constant({ kind: 'float', value: k.default }) : { kind: 'zero' });
    }
    const resultReg = o.result === 'f' ? T.float : o.result === 'b' ? T.bool : o.result === 'void' ? null : T.object;
    const r = this.rt(o.runtime, passed, o.check, line, resultReg);
    if (o.noreturn) return this.deadEnd();
    if (o.result === 'void') return this.noneWord();
    if (o.result === 'w') return this.fromWord(r, t, line);
    return r;
  }

  private attribute(e: S.AttributeExpr): Reg {
    const line = e.pos.line;
    const recvType = this.typeOf(e.value);
    if (recvType.kind === 'module') {
      this.expr(e.value);
      return this.importedValue(recvType.name, this.program.moduleMember(recvType, e.attr), this.typeOf(e), line);
    }
    const v = this.expr(e.value);
    const t = this.typeOf(e);
    const versionField = recvType.kind === 'tuple' ? this.program.versionInfoField(this.inst, e) : null;
    if (versionField !== null) return this.fromWord(this.rt('ai_tuple_get', [v, this.constant({ kind: 'int', value: BigInt(versionField) })], 'word', line, T.object), t, line);
    if (recvType.kind === 'func' && this.program.isPartialAttribute(recvType, e.attr)) {
      const refs = recvType.refs as FuncRefInfo[];
      if (refs.length === 1) return this.partialAttribute(v, refs[0], e.attr, t, line);
      // One of several partial objects: read as the one its id names.
      const id = this.reg(T.int);
      this.emit({ op: 'closure.fnid', dst: id, env: v });
      return this.switchOver(refs, (r) => this.prim('int.eq', [id, this.constant({ kind: 'int', value: BigInt(r.id) })], line), (r) => this.partialAttribute(v, r, e.attr, t, line), t, line, 'fpartial');
    }
    if (recvType.kind === 'func' && (e.attr === '__name__' || e.attr === '__qualname__')) {
      const nameOf = e.attr === '__name__' ? funcRefName : (r: FuncRefInfo) => this.program.nodes.funcRefQualname(r);
      const refs = recvType.refs as FuncRefInfo[];
      const names = new Set(refs.map((r) => nameOf(r)));
      if (names.size === 1) return this.constant({ kind: 'str', value: [...names][0]! });
      // One of several functions: its name by its id.
      const id = this.reg(T.int);
      this.emit({ op: 'closure.fnid', dst: id, env: v });
      return this.switchOver(refs, (r) => this.prim('int.eq', [id, this.constant({ kind: 'int', value: BigInt(r.id) })], line), (r) => this.constant({ kind: 'str', value: nameOf(r)! }), T.str, line, 'fname');
    }
    if (recvType.kind === 'func' && (e.attr === '__doc__' || e.attr === '__module__')) {
      const refs = recvType.refs as FuncRefInfo[];
      const valueOf = (r: FuncRefInfo): Reg => {
        const value = this.program.nodes.funcRefMeta(r, e.attr as '__doc__' | '__module__');
        return typeof value === 'string' ? this.constant({ kind: 'str', value }) : this.constant({ kind: 'none' });
      };
      if (new Set(refs.map((r) => this.program.nodes.funcRefMeta(r, e.attr as '__doc__' | '__module__'))).size === 1) return valueOf(refs[0]);
      const id = this.reg(T.int);
      this.emit({ op: 'closure.fnid', dst: id, env: v });
      return this.switchOver(refs, (r) => this.prim('int.eq', [id, this.constant({ kind: 'int', value: BigInt(r.id) })], line), valueOf, t, line, 'fmeta');
    }
    if (recvType.kind === 'instance' && e.attr === '__dict__' && !(recvType.hier as Hierarchy).slots.has(e.attr) && !definesDictProperty(recvType)) return this.instanceDict(v, t, line);
    if (recvType.kind === 'instance') {
      const viaProperty = this.dunder(e, 'get', v, [], t, line);
      if (viaProperty) return viaProperty;
      const hier = recvType.hier as Hierarchy;
      if (hier.slots.has(e.attr)) return this.getSlot(v, e.attr, line);
      // A name only setattr() sets: from the instance's own dict, then __getattr__ (checker.ts instanceAttrType).
      if (hier.slots.has(instanceDictSlot) && (recvType.classes as ClassInfo[]).every((c) => !c.lookup(e.attr) && !this.classAttrHoldersOf(c, e.attr).length)) {
        return this.rt('ai_obj_getattr', [this.convert(v, T.object, line), { kind: 'str', value: e.attr }], 'word', line, t);
      }
      const viaGetattr = this.dunder(e, 'getattr', v, [this.constant({ kind: 'str', value: e.attr })], t, line);
      if (viaGetattr) return viaGetattr;
      // A class attribute never shadowed on instances: per class. A class of the value that lacks it (a base
      // whose subclasses each set `tag = ...`, met through isinstance(x, Base)) raises AttributeError when the
      // value is of that class, named by it.
      const classes = recvType.classes as ClassInfo[];
      const attrGroups = this.classAttrGroups(classes, e.attr);
      const lacking = classes.filter((c) => !attrGroups.some((g) => g.classes.includes(c)));
      const missing = (c: ClassInfo) => this.raise('AttributeError', this.instanceAttrMissing(c, e.attr), line);
      if (attrGroups.length === 0) return missing(lacking[0]);
      type AttrGroup = DispatchGroup & { holders: ClassInfo[] | null };
      const groups: AttrGroup[] = attrGroups.map((g) => ({ classes: g.classes, method: null, target: null, bound: null, implicit: 0, holders: g.holders }));
      for (const c of lacking) groups.unshift({ classes: [c], method: null, target: null, bound: null, implicit: 0, holders: null });
      const readFor = (g: AttrGroup) => (g.holders ? this.readClassAttr(g.holders, e.attr, t, line, this.instanceAttrMissing(g.classes[0], e.attr)) : missing(g.classes[0]));
      if (groups.length === 1) return readFor(groups[0]);
      return this.switchOnClass(v, groups, t, line, (g) => readFor(g as AttrGroup));
    }
    if (recvType.kind === 'class') {
      const f = (recvType.cls as ClassInfo).lookup(e.attr);
      // C.__name__ (the class object's own name, as classobj.c gives it for a value of unknown type)
      if (!f?.classAttr && (e.attr === '__name__' || e.attr === '__qualname__')) return this.constant({ kind: 'str', value: (e.attr === '__name__' ? shownClassName : classQualname)(recvType.cls.name) });
      if (!f?.classAttr && (e.attr === '__mro__' || e.attr === '__bases__')) {
        const cls = recvType.cls as ClassInfo;
        return this.classTuple(e.attr === '__mro__' ? cls.pythonMro() : cls.directBases().length ? cls.directBases() : ['object'], t, line);
      }
      const cls = recvType.cls as ClassInfo;
      return this.readClassAttr(this.classAttrHoldersOf(cls, e.attr), e.attr, t, line, `type object '${shownClassName(cls.name)}' has no attribute '${e.attr}'`);
    }
    // By name at run time, through the site's cache of the slots the name resolved to per class.
    return this.rt('ai_obj_getattr_ic', [this.convert(v, T.object, line), { kind: 'str', value: e.attr }, { kind: 'callcache' }], 'word', line, t);
  }

  /**
   * `obj.__dict__` / `vars(obj)`: a dict of the instance's slots that are set, in slot order. Unboxed
   * float slots count as set when a method of the classes assigns `self.<name>` (others of the hierarchy never are).
   */
  /**
   * vars(x) of a value of unknown type: x's class is one whose hierarchy escaped, tried from the most derived (an
   * instance of a subclass is an instance of its bases too); anything else has no __dict__ (a built-in value).
   */
  private unknownInstanceDict(obj: Reg, t: Type, line: number): Reg {
    const word = this.convert(obj, T.object, line);
    const result = this.temp(t);
    const done = this.label('vars.done');
    const classes = [...this.program.classes.values()].filter((c) => c.hier.escaped && !c.exceptionBase && c.slotNames() === null).sort((a, b) => b.mro().length - a.mro().length);
    for (const c of classes) {
      const yes = this.label('vars.class');
      const no = this.label('vars.next');
      const is = this.rt('ai_isinstance', [word, { kind: 'typeobj', cls: c.name }], 'never', line, T.bool);
      this.terminate({ op: 'condbr', cond: is, then: yes, else: no });
      this.startBlock(yes);
      // a class whose __dict__ is a property: its getter, found by name (a dynamic entry)
      const d = c.lookup('__dict__')?.method?.kind === 'property'
        ? this.rt('ai_obj_getattr', [word, { kind: 'str', value: '__dict__' }], 'word', line, t)
        : this.rt('ai_instance_dict', [word, { kind: 'cstr', value: this.instanceDictNames([c], c.hier) }], 'word', line, t);
      this.emit({ op: 'local.set', name: result, src: d });
      this.terminate({ op: 'br', target: done });
      this.startBlock(no);
    }
    this.raise('TypeError', 'vars() argument must have __dict__ attribute', line);
    this.startBlock(done);
    const r = this.reg(t);
    this.emit({ op: 'local.get', dst: r, name: result });
    return r;
  }

  private instanceDict(obj: Reg, t: Type, line: number): Reg {
    this.checkNotNone(obj, '__dict__', line);
    const type = obj.type as InstanceType;
    return this.rt('ai_instance_dict', [this.convert(obj, T.object, line), { kind: 'cstr', value: this.instanceDictNames(type.classes as ClassInfo[], type.hier as Hierarchy) }], 'word', line, t);
  }

  /** The slots ai_instance_dict puts in the dict of an instance of one of `classes`, as `index:name` lines, in order. */
  private instanceDictNames(classes: ClassInfo[], hier: Hierarchy): string {
    // CPython's dict is in the order the attributes were first set: approximated by the order of the
    // `self.<name>` in __init__ (a base's __init__ where super().__init__ / Base.__init__ calls it), then in the other methods.
    const assigned: string[] = [];
    const visitInit = (mro: ClassInfo[], from: number): void => {
      const at = mro.findIndex((c, i) => i >= from && c.methods.has('__init__'));
      if (at < 0) return;
      walkNodes(mro[at].methods.get('__init__')!.def.body, (node) => {
        const n = node as unknown as S.Expr;
        if (n.kind === 'Call' && n.func.kind === 'Attribute' && n.func.attr === '__init__') {
          const callee = n.func.value;
          const named = callee.kind === 'Name' ? mro.findIndex((c) => c.name === callee.id) : -1;
          visitInit(mro, named > at ? named : at + 1);
        }
        if (n.kind === 'Attribute' && n.value.kind === 'Name' && n.value.id === 'self') assigned.push(n.attr);
        if (n.kind === 'Call' && n.func.kind === 'Name' && n.func.id === 'setattr' && n.args[0]?.kind === 'Name' && n.args[0].id === 'self') assigned.push(instanceDictSlot);
      });
    };
    for (const c of classes) {
      visitInit(c.mro(), 0);
      for (const m of c.mro()) {
        for (const method of m.methods.values()) {
          walkNodes(method.def.body, (node) => {
            const n = node as unknown as S.Expr;
            if (n.kind === 'Attribute' && n.value.kind === 'Name' && n.value.id === 'self') assigned.push(n.attr);
          });
        }
      }
    }
    // The instance's own dict (instanceDictSlot: ai_instance_dict puts its items where it comes) where __init__ first
    // calls setattr(self, ...), else after the attributes the methods set.
    const rank = (name: string) => {
      const i = assigned.indexOf(name);
      return i < 0 ? (name === instanceDictSlot ? assigned.length - 0.5 : assigned.length) : i;
    };
    const slots = [...hier.slots].filter(([name, slot]) => slot.type.kind !== 'never' && (slot.type.kind !== 'float' || assigned.includes(name)));
    slots.sort((a, b) => rank(a[0]) - rank(b[0]) || a[1].index - b[1].index);
    return slots.map(([name, slot]) => `${slot.index}:${name}\n`).join('');
  }

  /**
   * A class attribute's value: the first of `holders`' variables that is bound (classes.ts classAttrHolders), else
   * AttributeError `missing`. The class body's variable, last, is bound unless a module-level `C.x = v` has not run yet.
   */
  private readClassAttr(holders: ClassInfo[], name: string, t: Type, line: number, missing: string): Reg {
    const get = (owner: ClassInfo, unboundCheck: boolean): Reg => {
      const slot = classAttrSlot(owner, name);
      const g = this.reg(this.program.globals.get(slot) ?? T.never);
      this.emit({ op: 'global.get', dst: g, name: slot, line, unboundCheck });
      return this.convert(g, t, line);
    };
    if (boundInBodyOnly(holders, name)) return get(holders[0], true);
    if (!holders.length) return this.raise('AttributeError', missing, line);
    const value = this.temp(t.kind === 'never' ? T.none : t);
    const endL = this.label('classattr.end');
    for (const owner of holders) {
      if (owner.classAttrs.has(name)) {
        this.emit({ op: 'local.set', name: value, src: get(owner, true) });
        this.terminate({ op: 'br', target: endL });
        break;
      }
      const bound = this.reg(T.bool);
      this.emit({ op: 'global.isbound', dst: bound, name: classAttrSlot(owner, name) });
      const hitL = this.label('classattr.bound');
      const nextL = this.label('classattr.unbound');
      this.terminate({ op: 'condbr', cond: bound, then: hitL, else: nextL });
      this.startBlock(hitL);
      this.emit({ op: 'local.set', name: value, src: get(owner, false) });
      this.terminate({ op: 'br', target: endL });
      this.startBlock(nextL);
    }
    if (!holders[holders.length - 1].classAttrs.has(name)) this.raise('AttributeError', missing, line);
    this.startBlock(endL);
    const out = this.reg(t);
    this.emit({ op: 'local.get', dst: out, name: value });
    return out;
  }

  /** `del C.x` of C's own variable for x set outside the class body (checker.ts): unbound again, else CPython's AttributeError. */
  private deleteClassAttr(cls: ClassInfo, name: string, line: number): void {
    const slot = classAttrSlot(cls, name);
    const missing = `type object '${shownClassName(cls.name)}' has no attribute '${name}'`;
    if (!this.program.globals.has(slot)) {
      this.raise('AttributeError', missing, line);
      return;
    }
    const bound = this.reg(T.bool);
    this.emit({ op: 'global.isbound', dst: bound, name: slot });
    const yes = this.label('classattr.del');
    const no = this.label('classattr.nodel');
    this.terminate({ op: 'condbr', cond: bound, then: yes, else: no });
    this.startBlock(no);
    this.raise('AttributeError', missing, line);
    this.startBlock(yes);
    this.emit({ op: 'global.unset', name: slot });
  }

  /** A switch on the object's class over groups of classes. */
  private switchOnClass(obj: Reg, groups: DispatchGroup[], result: Type, line: number, body: (g: DispatchGroup) => Reg): Reg {
    const slot = this.temp(result.kind === 'never' ? T.none : result);
    const endL = this.label('switch.end');
    groups.forEach((g, i) => {
      const last = i === groups.length - 1;
      let nextL = '';
      if (!last) {
        const hit = this.reg(T.bool);
        this.emit({ op: 'isclass', dst: hit, obj, classes: g.classes.map((c) => c.name) });
        const thenL = this.label('switch.case');
        nextL = this.label('switch.next');
        this.terminate({ op: 'condbr', cond: hit, then: thenL, else: nextL });
        this.startBlock(thenL);
      }
      const r = body(g);
      if (!this.dead && result.kind !== 'never') this.emit({ op: 'local.set', name: slot, src: this.convert(r, result, line) });
      this.terminate({ op: 'br', target: endL });
      if (!last) this.startBlock(nextL);
    });
    this.startBlock(endL);
    const out = this.reg(result);
    this.emit({ op: 'local.get', dst: out, name: slot });
    return out;
  }

  /** obj.attr = v: a property setter, else the attribute's slot; C.attr = v: the class attribute. */
  private assignAttribute(target: S.AttributeExpr, v: Reg, line: number): void {
    const recvType = this.typeOf(target.value);
    const obj = this.expr(target.value);
    if (recvType.kind === 'instance' && isDynamicAttributeWrite(target, recvType)) {
      this.rt('ai_obj_setattr', [this.convert(obj, T.object, line), this.constant({ kind: 'str', value: target.attr }), this.convert(this.toWord(v, line), T.object, line)], 'false', line, null);
      return;
    }
    if (recvType.kind === 'instance') {
      if (this.dunder(target, 'set', obj, [v], T.none, line)) return;
      const classes = recvType.classes as ClassInfo[];
      if (classes.every((c) => c.slotNames() && !c.slotNames()!.has(target.attr) && !c.lookup(target.attr))) {
        // __slots__ without '__dict__': instances have no room for other attributes.
        this.checkNotNone(obj, target.attr, line);
        this.raise('AttributeError', `'${shownName(classes[0])}' object has no attribute '${target.attr}'`, line);
        return;
      }
      this.setSlot(obj, target.attr, v, line);
      return;
    }
    if (recvType.kind === 'class') {
      // That class's own variable (checker.ts: classes.ts classAttrHolders).
      this.store(classAttrSlot(recvType.cls as ClassInfo, target.attr), v, line);
      return;
    }
    if (recvType.kind === 'exception') {
      this.rt('ai_exc_setattr', [obj, this.constant({ kind: 'str', value: target.attr }), this.convert(this.toWord(v, line), T.object, line)], 'false', line, null);
      return;
    }
    if (recvType.kind === 'object' || recvType.kind === 'none') {
      // A value of unknown type: an instance's slot by name at run time (runtime ai_obj_setattr_ic, with the site's
      // cache of the slots the name resolved to per class; None raises AttributeError).
      this.rt('ai_obj_setattr_ic', [obj, this.constant({ kind: 'str', value: target.attr }), this.convert(this.toWord(v, line), T.object, line), { kind: 'callcache' }], 'false', line, null);
      return;
    }
    this.raise('TypeError', 'unsupported: setting attributes on this value', line);
  }

  /** The ClassDef statement: class attributes and method defaults, in order. */
  private classDef(s: S.ClassDef): void {
    const cls = this.program.classes.get(s.name)!;
    for (const item of s.body) {
      if (cls.bodyStatements.has(item)) this.stmt(item);
      else if ((item.kind === 'Assign' || item.kind === 'AnnAssign') && item.value) {
        const targets = item.kind === 'Assign' ? item.targets : [item.target];
        // A method alias (`__rmul__ = __mul__`) is a method of the class, not a value to store.
        if (targets.every((t) => t.kind === 'Name' && !cls.classAttrs.has(t.id))) continue;
        const v = this.expr(item.value);
        for (const t of targets) if (t.kind === 'Name') this.store(classAttrSlot(cls, t.id), v, item.pos.line);
      } else if (item.kind === 'FunctionDef') {
        const m = cls.methods.get(item.name);
        const defs = m && m.def === item ? [item] : [];
        if (m?.setter === item || m?.deleter === item) defs.push(item);
        for (const d of defs) for (const p of d.params) if (p.defaultValue) this.store(this.program.nodes.defaultSlot(d, p), this.expr(p.defaultValue), p.pos.line);
      }
    }
  }

  /** isinstance-free truth of an instance: __bool__, else __len__ != 0, else true. */
  private instanceTruth(node: S.Expr, v: Reg, line: number): Reg {
    if (v.type.kind === 'instance' && v.type.orNone) {
      // None is false; an instance is tested as usual.
      const slot = this.temp(T.bool);
      const isNone = this.prim('obj.is', [this.convert(v, T.object, line), this.prim('none.box', [this.noneWord()], line)], line);
      const noneL = this.label('truth.none');
      const objL = this.label('truth.obj');
      const endL = this.label('truth.end');
      this.terminate({ op: 'condbr', cond: isNone, then: noneL, else: objL });
      this.startBlock(noneL);
      this.emit({ op: 'local.set', name: slot, src: this.constant({ kind: 'bool', value: false }) });
      this.terminate({ op: 'br', target: endL });
      this.startBlock(objL);
      const t = this.instanceTruthOf(node, v, line);
      this.emit({ op: 'local.set', name: slot, src: t });
      this.terminate({ op: 'br', target: endL });
      this.startBlock(endL);
      const r = this.reg(T.bool);
      this.emit({ op: 'local.get', dst: r, name: slot });
      return r;
    }
    return this.instanceTruthOf(node, v, line);
  }

  private instanceTruthOf(node: S.Expr, v: Reg, line: number): Reg {
    const viaBool = this.dunder(node, 'bool', v, [], T.bool, line);
    if (viaBool) return this.truthy(viaBool, line);
    const viaLen = this.dunder(node, 'len', v, [], T.int, line);
    if (viaLen) return this.prim('int.truthy', [this.convert(viaLen, T.int, line)], line);
    return this.constant({ kind: 'bool', value: true });
  }

  /** str() or repr() of an instance through __str__/__repr__, else CPython's default form. */
  /** Branches on whether an Optional[C] value is None; both sides produce a value of type `t`. */
  private ifNone(v: Reg, t: Type, line: number, whenNone: () => Reg, whenObject: () => Reg): Reg {
    const slot = this.temp(t);
    const isNone = this.prim('obj.is', [this.convert(v, T.object, line), this.prim('none.box', [this.noneWord()], line)], line);
    const noneL = this.label('opt.none');
    const objL = this.label('opt.obj');
    const endL = this.label('opt.end');
    this.terminate({ op: 'condbr', cond: isNone, then: noneL, else: objL });
    this.startBlock(noneL);
    this.emit({ op: 'local.set', name: slot, src: this.convert(whenNone(), t, line) });
    this.terminate({ op: 'br', target: endL });
    this.startBlock(objL);
    const r = whenObject();
    if (!this.dead) this.emit({ op: 'local.set', name: slot, src: this.convert(r, t, line) });
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
    const out = this.reg(t);
    this.emit({ op: 'local.get', dst: out, name: slot });
    return out;
  }

  private instanceStr(node: S.Expr, v: Reg, repr: boolean, line: number): Reg {
    if (v.type.kind === 'instance' && v.type.orNone) {
      const plain = this.retype(v, { ...v.type, orNone: false });
      return this.ifNone(v, T.str, line, () => this.constant({ kind: 'str', value: 'None' }), () => this.instanceStrOf(node, plain, repr, line));
    }
    return this.instanceStrOf(node, v, repr, line);
  }

  private instanceStrOf(node: S.Expr, v: Reg, repr: boolean, line: number): Reg {
    // Classes that differ in which of __str__/__repr__ they define: the runtime's per-class entries decide.
    const partial = (tag: string) => this.inst.dispatch(node, tag)?.groups.some((g) => !g.method) ?? false;
    if (partial('str') || partial('repr')) return this.prim(repr ? 'obj.repr' : 'obj.str', [this.convert(v, T.object, line)], line);
    // A __str__/__repr__ whose result is not typed str (it builds it from dynamic values) is checked at run time.
    const typedStr = (tag: string) => this.inst.dispatch(node, tag)?.groups.every((g) => !g.target || this.program.resultOf(g.target).kind === 'str') ?? true;
    const viaDunder = (tag: string): Reg | null => {
      if (typedStr(tag)) {
        const r = this.dunder(node, tag, v, [], T.str, line);
        return r && this.convert(r, T.str, line);
      }
      const r = this.dunder(node, tag, v, [], T.object, line);
      return r && this.prim('obj.str', [r], line);
    };
    if (!repr) {
      const s = viaDunder('str');
      if (s) return s;
    }
    return viaDunder('repr') ?? this.prim('obj.repr', [this.convert(v, T.object, line)], line);
  }

  private call(e: S.CallExpr): Reg {
    const line = e.pos.line;
    if (this.inst.starArmCalls.has(e)) return this.callStarArms(e, this.program.nodes.dynamicStarArms.get(e)!);
    // `p.func(x)` of a functools.partial calls the attribute's value (checker.ts callType).
    const recvType = e.func.kind === 'Attribute' && !isSuperCall(e.func.value) ? this.typeOf(e.func.value) : null;
    if (e.func.kind === 'Attribute' && !(recvType?.kind === 'func' && this.program.isPartialAttribute(recvType, e.func.attr))) return this.methodCall(e, e.func);
    if (e.func.kind !== 'Name') {
      const f = this.expr(e.func);
      if (this.inst.dynamicCalls.has(e)) return this.callDynamic(e, f);
      if (f.type.kind === 'func') return this.callFunctionValue(e, f);
      if (f.type.kind === 'class') return this.construct(e, f.type.cls as ClassInfo);
      const d = this.inst.dispatch(e, 'call');
      if (d) {
        const values = this.argValues(e);
        return this.runDispatch(d, f, this.typeOf(e), line, (g) => this.boundValues(g.bound!, values, [f]));
      }
      return this.raise('TypeError', `'${pythonTypeName(f.type)}' object is not callable`, line);
    }
    const callee = e.func as S.NameExpr;
    const b = this.program.resolve(this.inst, callee.id);
    if (b.kind === 'function') {
      const bound = this.inst.boundCalls.get(e) ?? this.program.nodes.bindCall(b.def, e);
      // Arguments are evaluated left to right as written, before binding.
      const values = this.argValues(e);
      if (bound.error) return this.raise('TypeError', bound.error, line);
      const target = this.inst.callTargets.get(e);
      if (!target) return this.deadEnd();
      return this.callTarget(target, this.boundValues(bound, values, []), line);
    }
    if (b.kind === 'builtin') {
      const exit = exitBuiltin(b.name);
      return exit ? this.moduleCall(e, exit) : this.builtin(e, b.name);
    }
    if (b.kind === 'class') return this.construct(e, b.cls);
    if (b.kind === 'import' && b.member?.kind === 'func') return this.moduleCall(e, b.member);
    if (b.kind === 'import' && b.member?.kind === 'special') return this.special(e, b.member.name);
    if (b.kind === 'local' || b.kind === 'global' || b.kind === 'free') {
      const calleeType = this.typeOf(callee);
      if (calleeType.kind === 'func') return this.callFunctionValue(e, this.expr(callee));
      if (calleeType.kind === 'class') {
        this.expr(callee);
        return this.construct(e, calleeType.cls as ClassInfo);
      }
      const fn = this.expr(callee);
      if (this.inst.dynamicCalls.has(e)) return this.callDynamic(e, fn);
      const d = this.inst.dispatch(e, 'call');
      if (d) {
        const values = this.argValues(e);
        return this.runDispatch(d, fn, this.typeOf(e), line, (g) => this.boundValues(g.bound!, values, [fn]));
      }
      // CPython evaluates the arguments before it finds the callee is not callable.
      this.argValues(e);
      return this.raise('TypeError', `'${pythonTypeName(calleeType)}' object is not callable`, line);
    }
    // An undefined name: CPython evaluates the callee first and raises NameError.
    return this.raise('NameError', `name '${callee.id}' is not defined`, line);
  }

  private builtin(e: S.CallExpr, name: string): Reg {
    const line = e.pos.line;
    if (name === 'print') return this.print(e);
    if (name === 'sum') {
      const inline = this.inlineSum(e);
      if (inline) return inline;
    }
    if (name === 'hasattr' && e.args.length === 2 && e.args[1].kind === 'Str' && this.typeOf(e.args[0]).kind === 'class') {
      // hasattr(cls, 'plugins') of a class attribute that may be set outside the class body: whether one of the
      // variables a read tries is bound (classes.ts classAttrHolders); the run-time class object lists every name.
      const cls = (this.typeOf(e.args[0]) as ClassObjectType).cls as ClassInfo;
      const attr = e.args[1].value;
      const holders = this.classAttrHoldersOf(cls, attr);
      if (holders.length && !boundInBodyOnly(holders, attr)) {
        this.expr(e.args[0]);
        const result = this.temp(T.bool);
        const doneL = this.label('hasattr.done');
        for (const owner of holders) {
          let bound = this.reg(T.bool);
          if (owner.classAttrs.has(attr)) bound = this.constant({ kind: 'bool', value: true });
          else this.emit({ op: 'global.isbound', dst: bound, name: classAttrSlot(owner, attr) });
          this.emit({ op: 'local.set', name: result, src: bound });
          const nextL = this.label('hasattr.next');
          this.terminate({ op: 'condbr', cond: bound, then: doneL, else: nextL });
          this.startBlock(nextL);
        }
        this.terminate({ op: 'br', target: doneL });
        this.startBlock(doneL);
        const out = this.reg(T.bool);
        this.emit({ op: 'local.get', dst: out, name: result });
        return out;
      }
    }
    const sub = e.args.length === 1 && !e.keywords.length ? e.args[0] : null;
    if (name === 'ord' && sub?.kind === 'Subscript' && sub.index.kind !== 'Slice' && this.typeOf(sub.value).kind === 'str' && this.typeOf(sub.index).kind === 'int') {
      // ord(s[i]) of a str: the code point, no one-character str (obj/fast_ops.c).
      const s = this.expr(sub.value);
      const i = this.toWord(this.expr(sub.index), line);
      if (this.dead) return this.deadEnd();
      return this.fromWord(this.rt('ai_str_ord_at', [s, i], 'word', line, T.object), T.int, line);
    }
    // isinstance(x, int): the class names are not evaluated (built-in names have no value here).
    // A class value (or a tuple of them) found at run time is evaluated (isinstance(n, kind) with `kind` a parameter).
    const foundAtRunTime = () => name === 'isinstance' && classValueFoundAtRunTime(e, e.args[1], this.typeOf(e.args[1]), this.program.isClassName(this.inst, e.args[1]));
    const isClassArg = (i: number) => (name === 'isinstance' || name === 'issubclass') && i === 1 && this.typeOf(e.args[1]).kind !== 'object' && !foundAtRunTime();
    const args = e.args.map((a, i) => (isClassArg(i) ? this.noneWord() : this.expr(a)));
    const n = args.length;
    const arity = (msg: string) => this.raise('TypeError', msg, line);
    if (n === 1 && args[0].type.kind === 'instance' && name === 'reversed' && this.program.hasMethod(args[0].type, '__reversed__')) {
      return this.dunder(e, 'builtin', args[0], [], this.typeOf(e), line)!;
    }
    if (name === 'round' && (n === 1 || n === 2) && args[0].type.kind === 'instance') {
      return this.dunder(e, 'builtin', args[0], args.slice(1), this.typeOf(e), line) ?? this.raise('TypeError', `type ${pythonTypeName(args[0].type)} doesn't define __round__ method`, line);
    }
    if (name === 'divmod' && n === 2 && (args[0].type.kind === 'instance' || args[1].type.kind === 'instance')) {
      const viaLeft = args[0].type.kind === 'instance' ? this.dunder(e, 'builtin', args[0], [args[1]], this.typeOf(e), line) : null;
      return viaLeft ?? (args[1].type.kind === 'instance' ? this.dunder(e, 'builtin', args[1], [args[0]], this.typeOf(e), line) : null) ??
        this.raise('TypeError', `unsupported operand type(s) for divmod(): '${pythonTypeName(args[0].type)}' and '${pythonTypeName(args[1].type)}'`, line);
    }
    if (n === 1 && args[0].type.kind === 'instance' && ['len', 'abs', 'hash', 'int', 'float'].includes(name)) {
      // hash() where not every class has a __hash__ of its own: object's (by identity), "unhashable type" where the
      // class defines __eq__ only, or the class's __hash__ (the runtime's ai_builtin_hash; checker.ts builtinCallType).
      const classes = args[0].type.classes as ClassInfo[];
      const runtimeHash = name === 'hash' && !classes.every((c) => c.lookup('__hash__')?.method);
      const viaDunder = runtimeHash ? null : this.dunder(e, 'builtin', args[0], [], this.typeOf(e), line);
      if (viaDunder) return viaDunder;
      if (runtimeHash) return this.rt('ai_builtin_hash', [this.convert(this.toWord(args[0], line), T.object, line)], 'word', line, T.int);
      return this.raise('TypeError', name === 'len' ? `object of type '${pythonTypeName(args[0].type)}' has no len()` : `bad operand type for ${name}(): '${pythonTypeName(args[0].type)}'`, line);
    }
    switch (name) {
      case 'type': {
        // type(x) as a value (type(x).__name__ and type(x) is C are rewritten by the parser).
        const t = this.typeOf(e);
        if (t.kind === 'class') {
          const dst = this.reg(t);
          this.emit({ op: 'classobj', dst, cls: (t.cls as ClassInfo).name });
          return dst;
        }
        return this.rt('ai_builtin_type', [this.convert(args[0], T.object, line)], 'never', line, T.object);
      }
      case 'len': {
        if (n !== 1) return arity(`len() takes exactly one argument (${n} given)`);
        const v = args[0];
        if (v.type.kind === 'str') return this.prim('str.len', [v], line);
        if (v.type.kind === 'list') return this.tagged(this.rt('ai_list_len', [v], 'never', line, T.int), line);
        if (['int', 'float', 'bool', 'none'].includes(v.type.kind)) return this.raise('TypeError', `object of type '${pythonTypeName(v.type)}' has no len()`, line);
        return this.prim('obj.len', [this.convert(v, T.object, line)], line);
      }
      case 'str': {
        // str(b, encoding, errors): bytes decoded (runtime/src/obj/codecs.c).
        const encExpr = this.kwValue(e, 'encoding');
        const errExpr = this.kwValue(e, 'errors');
        if (n > 1 || encExpr || errExpr) {
          if (n > 3) return arity(`str() takes at most 3 arguments (${n} given)`);
          const word = (v: Reg) => this.convert(this.toWord(v, line), T.object, line);
          const enc = n > 1 ? args[1] : encExpr ? this.expr(encExpr) : null;
          const err = n > 2 ? args[2] : errExpr ? this.expr(errExpr) : null;
          const src: Reg | RtArg = n > 0 ? word(args[0]) : { kind: 'zero' };
          return this.rt('ai_builtin_str_decode', [src, enc ? word(enc) : { kind: 'zero' }, err ? word(err) : { kind: 'zero' }], 'word', line, T.str);
        }
      }
        return n === 0 ? this.constant({ kind: 'str', value: '' }) : this.toStr(args[0], line, e.args[0]);
      case 'format': {
        if (n < 1 || n > 2) return arity(`format expected at most 2 arguments, got ${n}`);
        const spec = n === 2 ? args[1] : this.constant({ kind: 'str', value: '' });
        if (spec.type.kind !== 'str') return this.raise('TypeError', `format() argument 2 must be str, not ${pythonTypeName(spec.type)}`, line);
        return this.format(args[0], spec, line);
      }
      case 'hash':
        if (n !== 1) return arity(`hash() takes exactly one argument (${n} given)`);
        return this.rt('ai_builtin_hash', [this.convert(this.toWord(args[0], line), T.object, line)], 'word', line, T.int);
      case 'callable': {
        if (n !== 1) return arity(`callable() takes exactly one argument (${n} given)`);
        const t = args[0].type;
        const known = (b: boolean) => this.constant({ kind: 'bool', value: b });
        if (t.kind === 'func' || t.kind === 'class') return known(true);
        if (t.kind === 'instance' && !t.orNone) {
          const calls = (t.classes as ClassInfo[]).map((c) => !!c.lookup('__call__')?.method);
          if (calls.every((x) => x) || calls.every((x) => !x)) return known(calls[0]);
        }
        if (['int', 'float', 'str', 'bool', 'none', 'list', 'dict', 'set', 'tuple', 'vartuple', 'exception'].includes(t.kind)) return known(false);
        return this.rt('ai_builtin_callable', [this.convert(this.toWord(args[0], line), T.object, line), { kind: 'typeobj', cls: 'function' }], 'never', line, T.bool);
      }
      case 'slice': {
        if (n < 1 || n > 3) return arity(n ? `slice expected at most 3 arguments, got ${n}` : 'slice expected at least 1 argument, got 0');
        const word = (a: Reg) => this.convert(this.toWord(a, line), T.object, line);
        const [start, stop, step] = n === 1 ? [this.noneWord(), word(args[0]), this.noneWord()] : [word(args[0]), word(args[1]), n === 3 ? word(args[2]) : this.noneWord()];
        return this.rt('ai_slice_new', [start, stop, step], 'word', line, T.object);
      }
      case 'id':
        if (n !== 1) return arity(`id() takes exactly one argument (${n} given)`);
        return this.rt('ai_builtin_id', [this.convert(this.toWord(args[0], line), T.object, line)], 'word', line, T.int);
      case 'setattr':
        if (n !== 3) return arity(`setattr expected 3 arguments, got ${n}`);
        this.rt('ai_builtin_setattr', args.map((a) => this.convert(this.toWord(a, line), T.object, line)), 'false', line, null);
        return this.constant({ kind: 'none' });
      case 'delattr':
        if (n !== 2) return arity(`delattr expected 2 arguments, got ${n}`);
        this.rt('ai_builtin_delattr', args.map((a) => this.convert(this.toWord(a, line), T.object, line)), 'false', line, null);
        return this.constant({ kind: 'none' });
      case 'object.__setattr__':
        if (n !== 3) return arity(`expected 3 arguments, got ${n}`);
        this.rt('ai_object_setattr', args.map((a) => this.convert(this.toWord(a, line), T.object, line)), 'false', line, null);
        return this.constant({ kind: 'none' });
      case 'object.__delattr__':
        if (n !== 2) return arity(`expected 2 arguments, got ${n}`);
        this.rt('ai_object_delattr', args.map((a) => this.convert(this.toWord(a, line), T.object, line)), 'false', line, null);
        return this.constant({ kind: 'none' });
      case 'vars':
        if (n !== 1) return arity(`vars expected at most 1 argument, got ${n}`);
        if (args[0].type.kind === 'object') return this.unknownInstanceDict(args[0], this.typeOf(e), line);
        if (args[0].type.kind === 'instance' && definesDictProperty(args[0].type)) return this.dunder(e, 'get', args[0], [], this.typeOf(e), line)!;
        return this.instanceDict(args[0], this.typeOf(e), line);
      case 'hasattr': {
        if (n !== 2) return arity(`hasattr expected 2 arguments, got ${n}`);
        return this.rt('ai_obj_hasattr', [this.convert(this.toWord(args[0], line), T.object, line), this.convert(this.toWord(args[1], line), T.object, line)], 'pending', line, T.bool);
      }
      case 'getattr':
        if (n === 3) {
          const [obj, attr, dflt] = args.map((a) => this.convert(this.toWord(a, line), T.object, line));
          return this.rt('ai_obj_getattr_default', [obj, attr, dflt], 'word', line, T.object);
        }
        if (n !== 2) return arity(`getattr expected at least 2 arguments, got ${n}`);
        return this.rt('ai_obj_getattr', [this.convert(this.toWord(args[0], line), T.object, line), this.convert(this.toWord(args[1], line), T.object, line)], 'word', line, T.object);
      case 'object.class':
        return this.rt('ai_object_class', [], 'never', line, T.object);
      case 'type.__name__':
        if (args[0].type.kind === 'instance' && args[0].type.classes.length === 1 && !args[0].type.orNone) return this.constant({ kind: 'str', value: shownClassName(args[0].type.classes[0].name) });
        return this.rt('ai_builtin_type_name', [this.convert(this.toWord(args[0], line), T.object, line)], 'word', line, T.str);
      case 'repr':
        if (n !== 1) return arity(`repr() takes exactly one argument (${n} given)`);
        return this.toRepr(args[0], line, e.args[0]);
      case 'bool':
        if (n > 1) return arity(`bool expected at most 1 argument, got ${n}`);
        if (n === 1 && args[0].type.kind === 'instance') return this.instanceTruth(e.args[0], args[0], line);
        return n === 0 ? this.constant({ kind: 'bool', value: false }) : this.truthy(args[0], line);
      case 'int': {
        if (n > 2) return arity(`int() takes at most 2 arguments (${n} given)`);
        if (n === 2) return this.rt('ai_int_from_str_base', [this.convert(this.toWord(args[0], line), T.object, line), this.convert(this.toWord(args[1], line), T.object, line)], 'word', line, T.int);
        if (n === 0) return this.constant({ kind: 'int', value: 0n });
        const v = args[0];
        switch (v.type.kind) {
          case 'int':
            return v;
          case 'bool':
            return this.prim('bool.to_int', [v], line);
          case 'float':
            return this.prim('float.to_int', [v], line);
          case 'str':
            return this.prim('str.to_int', [v], line);
          case 'object':
            return this.prim('obj.to_int', [v], line);
          default:
            return this.raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${pythonTypeName(v.type)}'`, line);
        }
      }
      case 'float': {
        if (n > 1) return arity(`float expected at most 1 argument, got ${n}`);
        if (n === 0) return this.constant({ kind: 'float', value: 0 });
        const v = args[0];
        switch (v.type.kind) {
          case 'float':
            return v;
          case 'int':
          case 'bool':
            return this.asFloat(v, line);
          case 'str': {
            // float("inf") is the usual spelling of an unreachable distance: a constant, not a parse per call.
            const folded = e.args[0].kind === 'Str' ? floatLiteralValue(e.args[0].value) : null;
            if (folded !== null) return this.constant({ kind: 'float', value: folded });
            return this.prim('str.to_float', [v], line);
          }
          case 'object':
            return this.prim('obj.to_float', [v], line);
          default:
            return this.raise('TypeError', `float() argument must be a string or a real number, not '${pythonTypeName(v.type)}'`, line);
        }
      }
      case 'abs': {
        if (n !== 1) return arity(`abs() takes exactly one argument (${n} given)`);
        const v = args[0];
        if (v.type.kind === 'float') return this.prim('float.abs', [v], line);
        if (v.type.kind === 'object') return this.prim('obj.abs', [v], line);
        if (v.type.kind === 'int' || v.type.kind === 'bool') return this.prim('int.abs', [this.asInt(v, line)], line);
        return this.raise('TypeError', `bad operand type for abs(): '${pythonTypeName(v.type)}'`, line);
      }
    }
    return this.containerBuiltin(e, name, args);
  }

  private kwValue(e: S.CallExpr, name: string): S.Expr | null {
    return e.keywords.find((k) => k.name === name)?.value ?? null;
  }

  /**
   * A new list of `body(item)` for each item of the list `items` (words of
   * `elemType`); a null result skips the item (filter).
   */
  private mapList(items: Reg, elemType: Type, line: number, body: (item: Reg) => { value: Reg; keep?: Reg } | null): Reg {
    const out = this.rt('ai_list_new', [{ kind: 'i64', value: 0 }, { kind: 'zero' }], 'word', line, T.object);
    const outSlot = this.temp(T.object);
    const listSlot = this.temp(T.object);
    const index = this.temp(T.int);
    this.emit({ op: 'local.set', name: outSlot, src: out });
    this.emit({ op: 'local.set', name: listSlot, src: items });
    this.emit({ op: 'local.set', name: index, src: this.constant({ kind: 'int', value: 0n }) });
    const nextL = this.label('map.next');
    const endL = this.label('map.end');
    this.listItemsLoop(listSlot, T.object, index, elemType, line, { head: this.label('map.head'), body: this.label('map.body'), next: nextL, end: endL }, (item) => {
      const r = body(item);
      if (!r || this.dead) return;
      const acc = this.reg(T.object);
      this.emit({ op: 'local.get', dst: acc, name: outSlot });
      if (r.keep) {
        const keepL = this.label('map.keep');
        this.terminate({ op: 'condbr', cond: r.keep, then: keepL, else: nextL });
        this.startBlock(keepL);
      }
      this.rt('ai_list_append', [acc, this.toWord(r.value, line)], 'false', line, null);
    });
    this.startBlock(endL);
    const result = this.reg(T.object);
    this.emit({ op: 'local.get', dst: result, name: outSlot });
    return result;
  }

  /**
   * The loop over the items of the list in `listSlot` from the index in `indexSlot` on: `body` gets each
   * item (a word of `elemType`, converted), `labels.next` goes on to the next item and `labels.end` is
   * where the loop ends (the caller starts that block). The length is read again at every step, as
   * CPython's list iterator does, so a body that changes the list sees what CPython's does.
   */
  private listItemsLoop(listSlot: string, listType: Type, indexSlot: string, elemType: Type, line: number, labels: { head: string; body: string; next: string; end: string }, body: (item: Reg) => void): void {
    this.terminate({ op: 'br', target: labels.head });
    this.startBlock(labels.head);
    const list = this.reg(listType);
    this.emit({ op: 'local.get', dst: list, name: listSlot });
    const i = this.reg(T.int);
    this.emit({ op: 'local.get', dst: i, name: indexSlot });
    const len = this.tagged(this.rt('ai_list_len', [list], 'never', line, T.int), line);
    // The index counts up from a small start and stays below a length: always a small int.
    this.terminate({ op: 'condbr', cond: this.prim('int.small_lt', [i, len], line), then: labels.body, else: labels.end });
    this.startBlock(labels.body);
    body(this.listGet(listType, list, this.prim('int.known_small', [i], line), elemType, line));
    this.terminate({ op: 'br', target: labels.next });
    this.startBlock(labels.next);
    const i2 = this.reg(T.int);
    this.emit({ op: 'local.get', dst: i2, name: indexSlot });
    this.emit({ op: 'local.set', name: indexSlot, src: this.prim('int.small_add', [i2, this.constant({ kind: 'int', value: 1n })], line) });
    this.terminate({ op: 'br', target: labels.head });
  }

  /** Calls the function value `f` (typed at `node` by the checker) on one argument. */
  private callValue(node: S.CallExpr, f: Reg, args: Reg[], line: number): Reg {
    const synthetic = this.inst.syntheticCalls.get(node);
    if (synthetic && f.type.kind === 'class' && !(f.type.cls as ClassInfo).exceptionBase) {
      // `map(C, xs)`: the checker typed the synthetic call as C's constructor.
      return this.construct(synthetic, f.type.cls as ClassInfo, 'init', new Map<S.Expr, Reg>(synthetic.args.map((a, i) => [a, args[i]])));
    }
    const dispatch = synthetic && f.type.kind === 'instance' ? this.inst.dispatch(synthetic, 'call') : undefined;
    if (dispatch) {
      // An instance called through its class's __call__ (the checker's callValueType).
      const values = new Map<S.Expr, Reg>(synthetic!.args.map((a, i) => [a, args[i]]));
      return this.runDispatch(dispatch, f, this.typeOf(synthetic!), line, (g) => this.boundValues(g.bound!, values, [f]));
    }
    const groups = synthetic ? this.inst.funcCalls.get(synthetic) : undefined;
    if (!groups || f.type.kind !== 'func') return this.raise('TypeError', `'${pythonTypeName(f.type)}' object is not callable`, line);
    const result = groups.reduce((t, g) => (g.target ? join(t, this.program.resultOf(g.target)) : t), T.never as Type);
    // Bind as the checker did: the synthetic call's argument nodes stand for `args`.
    const values = new Map<S.Expr, Reg>(synthetic!.args.map((a, i) => [a, args[i]]));
    return this.callFunctionGroups(groups, f, (bound) => this.boundValues(bound, values, []), result, line);
  }

  /** The keys of `items` (a list word) under the key function `key`. */
  private keysOf(node: S.CallExpr, items: Reg, elemType: Type, key: Reg, line: number): Reg {
    return this.mapList(items, elemType, line, (item) => ({ value: this.callValue(node, key, [item], line) }));
  }

  /** Builtins over iterables and the rest of the builtin functions, through the runtime. */
  private containerBuiltin(e: S.CallExpr, name: string, args: Reg[]): Reg {
    const line = e.pos.line;
    const t = this.typeOf(e);
    const n = args.length;
    const word = (v: Reg) => this.convert(this.toWord(v, line), T.object, line);
    const kw = (k: string) => {
      const x = this.kwValue(e, k);
      return x ? this.expr(x) : null;
    };
    const one = (fn: string) => {
      if (n !== 1) return this.raise('TypeError', `${name}() takes exactly one argument (${n} given)`, line);
      return this.fromWord(this.rt(fn, [word(args[0])], 'word', line, T.object), t, line);
    };
    if (exceptionClassNames.has(name)) {
      const tuple = this.rt('ai_tuple_new', [{ kind: 'i64', value: n }, { kind: 'array', regs: args.map(word) }], 'word', line, T.object);
      return this.rt('ai_exc_new', [{ kind: 'exctype', name }, tuple], 'word', line, T.exception);
    }
    switch (name) {
      case 'list':
      case 'tuple':
      case 'set':
      case 'dict': {
        if (n === 0) {
          if (name === 'dict') return this.rt('ai_dict_new', [], 'word', line, t);
          if (name === 'tuple') return this.rt('ai_tuple_new', [{ kind: 'i64', value: 0 }, { kind: 'zero' }], 'word', line, t);
          return this.rt(name === 'set' ? 'ai_set_new' : 'ai_list_new', [{ kind: 'i64', value: 0 }, { kind: 'zero' }], 'word', line, t);
        }
        if (n > 1) return this.raise('TypeError', `${name} expected at most 1 argument, got ${n}`, line);
        return this.retype(this.rt(`ai_builtin_${name}`, [word(args[0])], 'word', line, T.object), t);
      }
      case 'bytes':
      case 'bytearray': {
        // bytes(src, encoding, errors): positional or by keyword; the runtime checks them (obj/bytes.c).
        if (n > 3) return this.raise('TypeError', `${name}() takes at most 3 arguments (${n} given)`, line);
        const enc = n > 1 ? args[1] : kw('encoding');
        const err = n > 2 ? args[2] : kw('errors');
        const opt = (v: Reg | null | undefined): Reg | RtArg => (v ? word(v) : { kind: 'zero' });
        return this.rt('ai_builtin_bytes', [opt(args[0]), opt(enc), opt(err), this.constant({ kind: 'bool', value: name === 'bytearray' })], 'word', line, T.object);
      }
      case 'complex': {
        // complex(real, imag): positional or by keyword; the runtime checks them (obj/complex.c).
        if (n > 2) return this.raise('TypeError', `complex() takes at most 2 arguments (${n} given)`, line);
        if (n === 1 && args[0].type.kind === 'instance') {
          // the dunder the checker chose: __complex__ (its result checked), else __float__ or __index__
          const r = this.dunder(e, 'builtin', args[0], [], T.object, line);
          if (r && this.hasMethodOn(args[0].type, '__complex__')) return this.rt('ai_complex_from_dunder', [word(r)], 'word', line, T.object);
          if (r) return this.rt('ai_builtin_complex', [word(r), { kind: 'zero' }], 'word', line, T.object);
        }
        const real = n > 0 ? args[0] : kw('real');
        const imag = n > 1 ? args[1] : kw('imag');
        return this.rt('ai_builtin_complex', [real ? word(real) : { kind: 'zero' }, imag ? word(imag) : { kind: 'zero' }], 'word', line, T.object);
      }
      case 'frozenset':
        if (n > 1) return this.raise('TypeError', `frozenset expected at most 1 argument, got ${n}`, line);
        return this.rt('ai_builtin_frozenset', [n === 0 ? { kind: 'zero' } : word(args[0])], 'word', line, T.object);
      case 'sorted': {
        if (n !== 1) return this.raise('TypeError', `sorted expected 1 argument, got ${n}`, line);
        const key = kw('key');
        const reverse = kw('reverse');
        const flag = reverse ? this.truthy(reverse, line) : this.constant({ kind: 'bool', value: false });
        if (key && key.type.kind !== 'none') {
          const items = this.rt('ai_builtin_list', [word(args[0])], 'word', line, T.object);
          const keys = this.keysOf(e, items, this.program.iterElem(this.typeOf(e.args[0])), key, line);
          return this.retype(this.rt('ai_sort_keyed', [items, keys, flag], 'word', line, T.object), t);
        }
        return this.retype(this.rt('ai_builtin_sorted', [word(args[0]), flag], 'word', line, T.object), t);
      }
      case 'map':
      case 'filter': {
        const fn = args[0];
        if (name === 'map' && n > 2) {
          const zipped = this.rt('ai_builtin_list', [this.rt('ai_builtin_zip', [{ kind: 'i64', value: n - 1 }, { kind: 'array', regs: args.slice(1).map(word) }, this.constant({ kind: 'bool', value: false })], 'word', line, T.object)], 'word', line, T.object);
          const elems = e.args.slice(1).map((a) => this.program.iterElem(this.typeOf(a)));
          const mapped = this.mapList(zipped, T.object, line, (tuple) => ({
            value: this.callValue(e, fn, elems.map((et, k) => this.fromWord(this.rt('ai_tuple_get', [tuple, this.constant({ kind: 'int', value: BigInt(k) })], 'word', line, T.object), et, line)), line),
          }));
          return this.retype(mapped, t);
        }
        const items = this.rt('ai_builtin_list', [word(args[1])], 'word', line, T.object);
        const elem = this.program.iterElem(this.typeOf(e.args[1]));
        const mapped = this.mapList(items, elem, line, (item) => {
          if (name === 'map') return { value: this.callValue(e, fn, [item], line) };
          const test = fn.type.kind === 'none' ? item : this.callValue(e, fn, [item], line);
          return { value: item, keep: test.type.kind === 'instance' ? this.instanceTruth(e, test, line) : this.truthy(test, line) };
        });
        return this.retype(mapped, t);
      }
      case 'isinstance':
      case 'issubclass':
        return this.isinstance(e, name === 'issubclass', args);
      case 'iter':
        // iter(f, sentinel) became a generator before type checking (lazy-iterators.ts).
        if (n !== 1) return this.raise('TypeError', n === 0 ? 'iter expected at least 1 argument, got 0' : `iter expected at most 2 arguments, got ${n}`, line);
        return this.retype(this.rt('ai_obj_iter', [word(args[0])], 'word', line, T.object), t);
      case 'next': {
        if (n < 1 || n > 2) return this.raise('TypeError', `next expected 1 or 2 arguments, got ${n}`, line);
        return this.nextItem(word(args[0]), this.typeOf(e.args[0]), n === 2 ? args[1] : null, t, line);
      }
      case 'reversed':
        return n === 1 ? this.retype(this.rt('ai_builtin_reversed', [word(args[0])], 'word', line, T.object), t) : this.raise('TypeError', `reversed expected 1 argument, got ${n}`, line);
      case 'enumerate': {
        if (n < 1 || n > 2) return this.raise('TypeError', `enumerate() takes at most 2 arguments (${n} given)`, line);
        const start = n === 2 ? word(args[1]) : (kw('start') ?? this.constant({ kind: 'int', value: 0n }));
        return this.retype(this.rt('ai_builtin_enumerate', [word(args[0]), this.toWord(start, line)], 'word', line, T.object), t);
      }
      case 'zip': {
        const strict = kw('strict');
        const flag = strict ? this.truthy(strict, line) : this.constant({ kind: 'bool', value: false });
        if (e.args.length === 1 && e.args[0].kind === 'Starred') return this.retype(this.rt('ai_builtin_zip_star', [word(args[0]), flag], 'word', line, T.object), t);
        return this.retype(this.rt('ai_builtin_zip', [{ kind: 'i64', value: n }, { kind: 'array', regs: args.map(word) }, flag], 'word', line, T.object), t);
      }
      case 'range': {
        if (n < 1 || n > 3) return this.raise('TypeError', `range expected at most 3 arguments, got ${n}`, line);
        const [start, stop, step] = n === 1 ? [this.constant({ kind: 'int', value: 0n }), args[0], this.constant({ kind: 'int', value: 1n })] : n === 2 ? [args[0], args[1], this.constant({ kind: 'int', value: 1n })] : args;
        return this.retype(this.rt('ai_range_new', [word(start), word(stop), word(step)], 'word', line, T.object), t);
      }
      case 'sum': {
        if (n < 1 || n > 2) return this.raise('TypeError', `sum() takes at most 2 arguments (${n} given)`, line);
        const start = n === 2 ? args[1] : (kw('start') ?? this.constant({ kind: 'int', value: 0n }));
        return this.fromWord(this.rt('ai_builtin_sum', [word(args[0]), word(start)], 'word', line, T.object), t, line);
      }
      case 'min':
      case 'max': {
        if (n === 0) return this.raise('TypeError', `${name} expected at least 1 argument, got 0`, line);
        const starred = e.args[0]?.kind === 'Starred' ? this.typeOf((e.args[0] as S.StarredExpr).value) : null;
        // max(*t) keeps t whole (its items are compared), except for none or one item.
        if (starred?.kind === 'tuple' && starred.elems.length === 0) return this.raise('TypeError', `${name} expected at least 1 argument, got 0`, line);
        if (starred?.kind === 'tuple' && starred.elems.length === 1) {
          // max(*(x,)) is max(x): the one item is the iterable.
          args[0] = this.fromWord(this.rt('ai_tuple_get', [args[0], this.constant({ kind: 'int', value: 0n })], 'word', line, T.object), starred.elems[0], line);
        }
        const key = kw('key');
        if (key && key.type.kind !== 'none') {
          const items = n === 1 ? this.rt('ai_builtin_list', [word(args[0])], 'word', line, T.object) : this.rt('ai_list_new', [{ kind: 'i64', value: n }, { kind: 'array', regs: args.map(word) }], 'word', line, T.object);
          // The one iterable's items (`max(*(xs,), key=f)` compares xs's items, as the checker typed them).
          const elem = n === 1 ? this.program.iterElem(starred?.kind === 'tuple' ? starred.elems[0] : this.typeOf(e.args[0])) : args.reduce((a, b) => join(a, b.type), T.never as Type);
          const keys = this.keysOf(e, items, elem, key, line);
          const dflt = kw('default');
          const d: Reg | RtArg = dflt ? word(dflt) : { kind: 'zero' };
          const r = this.rt('ai_minmax_keyed', [items, keys, this.constant({ kind: 'bool', value: name === 'max' }), d, { kind: 'cstr', value: name }], 'word', line, T.object);
          return this.fromWord(r, t, line);
        }
        const dflt = kw('default');
        const d: Reg | RtArg = dflt ? word(dflt) : { kind: 'zero' };
        return this.fromWord(this.rt(`ai_builtin_${name}`, [{ kind: 'i64', value: n }, { kind: 'array', regs: args.map(word) }, d], 'word', line, T.object), t, line);
      }
      case 'any':
      case 'all': {
        if (n !== 1) return this.raise('TypeError', `${name}() takes exactly one argument (${n} given)`, line);
        const found = this.prim('int.from_cmp', [this.rt(`ai_builtin_${name}`, [word(args[0])], 'negative', line, T.int)], line);
        // Stopping early leaves a generator expression suspended: nothing else refers to it.
        if (isGeneratorExpression(e.args[0])) this.closeGeneratorExpression(e.args[0], word(args[0]), line);
        return found;
      }
      case 'chr':
      case 'ord':
      case 'hex':
      case 'oct':
      case 'bin':
        return one(`ai_builtin_${name}`);
      case 'ascii':
        if (n !== 1) return this.raise('TypeError', `ascii() takes exactly one argument (${n} given)`, line);
        return this.asciiOf(this.toRepr(args[0], line, e.args[0]), line);
      case 'divmod':
        if (n !== 2) return this.raise('TypeError', `divmod expected 2 arguments, got ${n}`, line);
        return this.retype(this.rt('ai_builtin_divmod', [word(args[0]), word(args[1])], 'word', line, T.object), t);
      case 'pow':
        if (n === 3) return this.rt('ai_builtin_pow3', args.map(word), 'word', line, T.int);
        if (n !== 2) return this.raise('TypeError', `pow expected 2 or 3 arguments, got ${n}`, line);
        return this.binary('**', args[0], args[1], e.args[1], line, this.typeOf(e.args[0]), this.typeOf(e.args[1]), e.args[0]);
      case 'round': {
        if (n < 1 || n > 2) return this.raise('TypeError', `round() takes at most 2 arguments (${n} given)`, line);
        const nd = n === 2 ? word(args[1]) : this.noneWord();
        return this.fromWord(this.rt('ai_builtin_round', [word(args[0]), nd], 'word', line, T.object), t, line);
      }
      case 'input': {
        const prompt: Reg | RtArg = n >= 1 ? this.toStr(args[0], line) : { kind: 'zero' };
        return this.rt('ai_builtin_input', [prompt], 'word', line, T.str);
      }
    }
    return this.raise('TypeError', `unsupported: builtin ${name}()`, line);
  }

  /** isinstance(x, C) / issubclass(C, D): decided statically when the types allow, else by the object's class chain. */
  private isinstance(e: S.CallExpr, subclass: boolean, args: Reg[]): Reg {
    const line = e.pos.line;
    if (args.length !== 2) return this.raise('TypeError', `${subclass ? 'issubclass' : 'isinstance'} expected 2 arguments, got ${args.length}`, line);
    const x = args[0];
    const classExprs = e.args[1].kind === 'Tuple' ? e.args[1].elts : [e.args[1]];
    let acc: Reg | null = null;
    for (const c of classExprs) {
      const ct = this.typeOf(c);
      let r: Reg;
      if (ct.kind === 'class') {
        const cls = ct.cls as ClassInfo;
        if (subclass && x.type.kind === 'object') {
          // A class object whose static type is lost (an __exit__'s exc_type, a class from a table).
          const word = this.convert(x, T.object, line);
          r = this.rt('ai_issubclass', [word, { kind: 'typeobj', cls: cls.name }], 'pending', line, T.bool);
          for (const k of this.program.classes.values()) {
            if (k.isSubclassOf(cls) && !k.isPrimarySubclassOf(cls)) {
              r = this.prim('bool.or', [r, this.rt('ai_issubclass', [word, { kind: 'typeobj', cls: k.name }], 'pending', line, T.bool)], line);
            }
          }
        } else if (subclass) {
          r = this.constant({ kind: 'bool', value: x.type.kind === 'class' && (x.type.cls as ClassInfo).isSubclassOf(cls) });
        } else if (x.type.kind === 'instance') {
          const matching = (x.type.classes as ClassInfo[]).filter((k) => k.isSubclassOf(cls));
          if (matching.length === 0 || matching.length === x.type.classes.length) r = this.constant({ kind: 'bool', value: matching.length > 0 });
          else {
            r = this.reg(T.bool);
            this.emit({ op: 'isclass', dst: r, obj: x, classes: matching.map((k) => k.name) });
          }
        } else if (x.type.kind === 'object' || x.type.kind === 'exception') {
          const word = this.convert(x, T.object, line);
          r = this.rt('ai_isinstance', [word, { kind: 'typeobj', cls: cls.name }], 'never', line, T.bool);
          // The run-time type chain follows first bases only: classes deriving from cls through another base are tested too.
          for (const k of this.program.classes.values()) {
            if (k.isSubclassOf(cls) && !k.isPrimarySubclassOf(cls)) {
              r = this.prim('bool.or', [r, this.rt('ai_isinstance', [word, { kind: 'typeobj', cls: k.name }], 'never', line, T.bool)], line);
            }
          }
        } else r = this.constant({ kind: 'bool', value: false });
      } else if (!subclass && classValueFoundAtRunTime(e, c, ct, this.program.isClassName(this.inst, c))) {
        // A class object or a tuple of them, found at run time (checker.ts classValueFoundAtRunTime).
        r = this.rt('ai_isinstance_class_object', [this.convert(x, T.object, line), this.convert(args[1], T.object, line)], 'pending', line, T.bool);
      } else {
        const name = (c as S.NameExpr).id;
        const k = x.type.kind;
        const bound = this.program.resolve(this.inst, name);
        const runtimeType = bound.kind === 'import' && bound.member?.kind === 'type' ? bound.member.builtin : null;
        const sym = runtimeType ? { kind: 'typeobj' as const, builtin: runtimeType } : exceptionClassNames.has(name) ? { kind: 'exctype' as const, name } : { kind: 'typeobj' as const, builtin: name };
        if (subclass && (k === 'object' || k === 'class')) {
          r = name === 'object' ? this.constant({ kind: 'bool', value: true }) : this.rt('ai_issubclass', [this.convert(x, T.object, line), sym], 'pending', line, T.bool);
        }
        else if (subclass) r = this.constant({ kind: 'bool', value: false });
        else if (k === 'object' || k === 'exception') {
          r = name === 'object' ? this.constant({ kind: 'bool', value: true }) : this.rt('ai_isinstance', [this.convert(x, T.object, line), sym], 'never', line, T.bool);
        } else if (k === 'instance') {
          // Members of a str- or int-valued enum are strs / ints too; every instance is an object.
          const classes = x.type.classes as ClassInfo[];
          const matching = classes.filter((cls) => name === 'object' || cls.valueType === name);
          if (matching.length === 0 || matching.length === classes.length) r = this.constant({ kind: 'bool', value: matching.length > 0 });
          else {
            r = this.reg(T.bool);
            this.emit({ op: 'isclass', dst: r, obj: x, classes: matching.map((cls) => cls.name) });
          }
        } else {
          const staticKind: Record<string, string[]> = { int: ['int', 'bool'], bool: ['bool'], float: ['float'], str: ['str'], list: ['list'], dict: ['dict'], tuple: ['tuple', 'vartuple'], set: ['set'], object: [k] };
          // A range object is an iterable type of its own (IterType, named by pyName), not a kind.
          const value = x.type.kind === 'iter' ? name === 'object' || name === x.type.pyName : (staticKind[name] ?? []).includes(k);
          r = this.constant({ kind: 'bool', value });
        }
      }
      acc = acc ? this.prim('bool.or', [acc, r], line) : r;
    }
    return acc ?? this.constant({ kind: 'bool', value: false });
  }

  /** `.func`, `.args` or `.keywords` of the partial object `f`, made as `r` (checker.ts isPartialObject): its cells, as `t`. */
  private partialAttribute(f: Reg, r: FuncRefInfo, attr: string, t: Type, line: number): Reg {
    const free = this.program.scopeOf(r.def).free;
    const cellValue = (name: string): Reg => {
      const cell = this.reg(T.object);
      this.emit({ op: 'closure.cell', dst: cell, env: f, index: free.indexOf(name) });
      const value = this.reg(r.outer!.locals.get(name) ?? T.never);
      this.emit({ op: 'cell.get', dst: value, cell, line, name, local: false });
      return value;
    };
    const keywordNames = r.def.partialKeywords;
    if (attr !== 'keywords' || !keywordNames) return this.convert(cellValue(attr), t, line);
    const d = this.rt('ai_dict_new', [], 'word', line, t);
    keywordNames.forEach((name, i) => {
      const value = this.toWord(this.convert(cellValue(`__partial_kw${i}`), t.kind === 'dict' ? valueOf(t) : T.object, line), line);
      this.rt('ai_dict_set', [d, this.toWord(this.constant({ kind: 'str', value: name }), line), value], 'false', line, null);
    });
    return d;
  }

  /** next(it[, dflt]) (and it.__next__()): the iterator's next item as `t`, else dflt, else StopIteration. */
  private nextItem(iter: Reg, iterType: Type, dflt: Reg | null, t: Type, line: number): Reg {
    const has = this.reg(T.bool);
    const out = this.reg(T.object);
    this.emit({ op: 'iter.next', has, out, iter, line, called: true });
    const slot = this.temp(t.kind === 'never' ? T.none : t);
    const gotL = this.label('next.got');
    const endL = this.label('next.end');
    const doneL = this.label('next.done');
    this.terminate({ op: 'condbr', cond: has, then: gotL, else: endL });
    this.startBlock(gotL);
    this.emit({ op: 'local.set', name: slot, src: this.convert(this.fromWord(out, this.program.iterElem(iterType), line), t, line) });
    this.terminate({ op: 'br', target: doneL });
    this.startBlock(endL);
    if (dflt) {
      this.emit({ op: 'local.set', name: slot, src: this.convert(dflt, t, line) });
      this.terminate({ op: 'br', target: doneL });
    } else {
      // StopIteration, with a finished generator's return value as its value.
      this.rt('ai_raise_stop_iteration', [iter], 'never', line, null);
      this.terminate({ op: 'raise_pending', line });
    }
    this.startBlock(doneL);
    const r = this.reg(t);
    this.emit({ op: 'local.get', dst: r, name: slot });
    return r;
  }

  /** recv.name(args): list.append and dict.get open-coded, the rest through ai_call_method_ic (an inline cache per call site). */
  private methodCall(e: S.CallExpr, callee: S.AttributeExpr): Reg {
    const line = e.pos.line;
    const nested = this.program.nestedModuleMember(this.inst, callee);
    if (nested) return this.moduleCall(e, nested.member);
    if (isSuperCall(callee.value) && this.program.resolve(this.inst, 'super').kind === 'builtin') {
      const values = this.argValues(e);
      const target = this.inst.callTargets.get(e);
      const bound = this.inst.boundCalls.get(e);
      if (bound?.error) return this.raise('TypeError', bound.error, line);
      if (!target) {
        if (callee.attr === '__init__' && !bound && this.inst.cls?.exceptionBase) {
          // BaseException.__init__(self, *args): str(e) and e.args show these arguments.
          const self = this.reg(T.exception);
          this.emit({ op: 'local.get', dst: self, name: this.inst.def!.params[0].name, line });
          const words = this.positionalArgNodes(e).map((a) => this.convert(this.toWord(values.get(a)!, line), T.object, line));
          this.rt('ai_exc_set_args', [self, this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, T.object)], 'never', line, null);
          return this.noneWord();
        }
        if ((callee.attr === '__str__' || callee.attr === '__repr__') && !bound && this.inst.cls?.exceptionBase) {
          const self = this.reg(T.exception);
          this.emit({ op: 'local.get', dst: self, name: this.inst.def!.params[0].name, line });
          return this.rt(callee.attr === '__str__' ? 'ai_exc_base_str' : 'ai_exc_repr', [self], 'word', line, T.str);
        }
        if (callee.attr === '__init__' && !bound) return this.noneWord(); // object.__init__
        if ((callee.attr === '__setattr__' || callee.attr === '__delattr__') && !bound && e.args.length === (callee.attr === '__setattr__' ? 2 : 1)) {
          // object.__setattr__(self, name, v) / object.__delattr__(self, name) (checker.ts superCallType): by name.
          const self = this.reg(this.inst.argTypes[0]);
          this.emit({ op: 'local.get', dst: self, name: this.inst.def!.params[0].name, line });
          const words = [self, ...e.args.map((a) => values.get(a)!)].map((r) => this.convert(this.toWord(r, line), T.object, line));
          this.rt(callee.attr === '__setattr__' ? 'ai_object_setattr' : 'ai_object_delattr', words, 'false', line, null);
          return this.noneWord();
        }
        if (!bound) return this.raise('AttributeError', `'super' object has no attribute '${callee.attr}'`, line);
        return this.deadEnd();
      }
      const self = this.reg(this.inst.argTypes[0]);
      this.emit({ op: 'local.get', dst: self, name: this.inst.def!.params[0].name, line });
      const implicit = target.def!.params.length > 0 && (this.program.classes.get(target.cls?.name ?? '')?.lookup(callee.attr)?.method?.kind ?? 'instance') !== 'static' ? [self] : [];
      return this.callTarget(target, this.boundValues(bound!, values, implicit), line);
    }
    const builtinExcMethod = this.program.builtinExceptionMethodCall(this.inst, e, callee);
    if (builtinExcMethod) {
      // Exception.__init__(self, *args) sets e.args, as super().__init__ does; __str__/__repr__ are BaseException's.
      const self = this.reg(T.exception);
      this.emit({ op: 'local.get', dst: self, name: this.inst.def!.params[0].name, line });
      if (builtinExcMethod !== '__init__') return this.rt(builtinExcMethod === '__str__' ? 'ai_exc_base_str' : 'ai_exc_repr', [self], 'word', line, T.str);
      const words = e.args.slice(1).map((a) => this.convert(this.toWord(this.expr(a), line), T.object, line));
      this.rt('ai_exc_set_args', [self, this.rt('ai_tuple_new', [{ kind: 'i64', value: words.length }, { kind: 'array', regs: words }], 'word', line, T.object)], 'never', line, null);
      return this.noneWord();
    }
    const recvType = this.typeOf(callee.value);
    if (recvType.kind === 'module') {
      const member = this.program.moduleMember(recvType, callee.attr);
      if (member?.kind === 'func') return this.moduleCall(e, member);
      if (member?.kind === 'special') return this.special(e, member.name);
      return this.raise('TypeError', `unsupported: calling ${recvType.name}.${callee.attr}`, line);
    }
    if (recvType.kind === 'instance' && isObjectStrCall(e, callee) && !this.inst.dispatch(e, 'call')) {
      // object.__str__/__repr__ (the class does not define it): str(x) / repr(x).
      return this.instanceStr(e, this.expr(callee.value), callee.attr === '__repr__', line);
    }
    if ((recvType.kind === 'instance' || recvType.kind === 'object') && this.inst.dynamicCalls.has(e)) return this.callDynamic(e, this.expr(callee));
    if (recvType.kind === 'instance' && this.typeOf(callee).kind === 'func' && this.inst.funcCalls.has(e)) {
      return this.callFunctionValue(e, this.expr(callee));
    }
    if (recvType.kind === 'instance' && notCallable(this.typeOf(callee)) && !this.program.hasMethod(recvType, callee.attr)) {
      // A None (or other non-callable) stored in the attribute: TypeError after the arguments, as in CPython.
      const f = this.expr(callee);
      this.argValues(e);
      return this.raise('TypeError', `'${pythonTypeName(f.type)}' object is not callable`, line);
    }
    if (recvType.kind === 'instance') {
      const recv = this.expr(callee.value);
      const values = this.argValues(e);
      const d = this.inst.dispatch(e, 'call');
      if (!d) return this.deadEnd();
      return this.runDispatch(d, recv, this.typeOf(e), line, (g) => this.boundValues(g.bound!, values, g.implicit ? [recv] : []));
    }
    if (recvType.kind === 'class') {
      this.expr(callee.value);
      const values = this.argValues(e);
      const bound = this.inst.boundCalls.get(e);
      if (bound?.error) return this.raise('TypeError', bound.error, line);
      const target = this.inst.callTargets.get(e);
      if (!target || !bound) return this.deadEnd();
      const method = (recvType.cls as ClassInfo).lookup(callee.attr)!.method!;
      const clsValue = this.reg(recvType);
      this.emit({ op: 'classobj', dst: clsValue, cls: (recvType.cls as ClassInfo).name });
      return this.callTarget(target, this.boundValues(bound, values, method.kind === 'class' ? [clsValue] : []), line);
    }
    const recv = this.expr(callee.value);
    const args = this.positionalValues(e).map(([, v]) => v);
    const kwValues = e.keywords.map((k) => this.expr(k.value));
    const spread = e.doubleStars?.length ? this.convert(this.toWord(this.expr(e.doubleStars[0]), line), T.object, line) : null;
    const t = this.typeOf(e);
    if (this.dead) return this.deadEnd();
    if (spread) {
      // recv.method(..., **mapping): the runtime adds the mapping's items to the keywords.
      const words = [...args, ...kwValues].map((a) => this.toWord(a, line));
      const names = e.keywords.map((k) => this.constant({ kind: 'str', value: k.name }));
      const kwnames: Reg | RtArg = names.length ? this.rt('ai_tuple_new', [{ kind: 'i64', value: names.length }, { kind: 'array', regs: names }], 'word', line, T.object) : { kind: 'zero' };
      const recvWord = this.convert(this.toWord(recv, line), T.object, line);
      const w = this.rt('ai_call_method_kw', [recvWord, { kind: 'str', value: callee.attr }, { kind: 'i64', value: words.length }, { kind: 'array', regs: words }, kwnames, spread], 'word', line, T.object);
      if (t.kind === 'never') return this.deadEnd();
      return this.fromWord(w, t, line);
    }
    if (recvType.kind === 'list' && callee.attr === 'append' && args.length === 1 && !kwValues.length) {
      this.listAppend(recvType, recv, args[0], line);
      return this.noneWord();
    }
    if (recvType.kind === 'iter' && callee.attr === '__next__' && args.length === 0 && !kwValues.length) {
      return this.nextItem(this.convert(this.toWord(recv, line), T.object, line), recvType, null, t, line);
    }
    if (recvType.kind === 'deque' && !kwValues.length && ((args.length === 1 && (callee.attr === 'append' || callee.attr === 'appendleft')) || (args.length === 0 && (callee.attr === 'pop' || callee.attr === 'popleft')))) {
      // A deque's queue operations: no lookup by name (stdlib/collections.c).
      if (args.length === 1) {
        this.rt(`ai_cdeque_${callee.attr}`, [recv, this.toWord(this.convert(args[0], elemOf(recvType), line), line)], 'false', line, null);
        return this.noneWord();
      }
      const w = this.rt(`ai_cdeque_${callee.attr}`, [recv], 'word', line, T.object);
      if (t.kind === 'never') return this.deadEnd();
      return this.fromWord(w, t, line);
    }
    if (recvType.kind === 'list' && callee.attr === 'pop' && args.length === 0 && !kwValues.length) {
      // l.pop() of a list: no lookup by name (obj/fast_ops.c).
      const w = this.rt('ai_list_pop_last', [recv], 'word', line, T.object);
      if (t.kind === 'never') return this.deadEnd();
      return this.fromWord(w, t, line);
    }
    const keyIndex = e.keywords.findIndex((k) => k.name === 'key');
    if (recvType.kind === 'list' && callee.attr === 'sort' && keyIndex >= 0 && kwValues[keyIndex].type.kind !== 'none') {
      const revIndex = e.keywords.findIndex((k) => k.name === 'reverse');
      const flag = revIndex >= 0 ? this.truthy(kwValues[revIndex], line) : this.constant({ kind: 'bool', value: false });
      const keys = this.keysOf(e, recv, elemOf(recvType), kwValues[keyIndex], line);
      this.rt('ai_sort_keyed_inplace', [recv, keys, flag], 'false', line, null);
      return this.noneWord();
    }
    if (recvType.kind === 'dict' && callee.attr === 'get' && (args.length === 1 || args.length === 2) && !kwValues.length) {
      const key = this.toWord(args[0], line);
      const dflt = args.length === 2 ? this.toWord(this.convert(args[1], t, line), line) : this.noneWord();
      return this.fromWord(this.rt('ai_dict_get_default', [recv, key, dflt], 'word', line, T.object), t, line);
    }
    const words = [...args, ...kwValues].map((a) => this.toWord(a, line));
    let kwnames: Reg | RtArg = { kind: 'zero' };
    if (kwValues.length) {
      const names = e.keywords.map((k) => this.constant({ kind: 'str', value: k.name }));
      kwnames = this.rt('ai_tuple_new', [{ kind: 'i64', value: names.length }, { kind: 'array', regs: names }], 'word', line, T.object);
    }
    const w = this.rt(
      'ai_call_method_ic',
      [this.convert(this.toWord(recv, line), T.object, line), { kind: 'str', value: callee.attr }, { kind: 'i64', value: words.length }, { kind: 'array', regs: words }, kwnames, { kind: 'callcache' }],
      'word',
      line,
      T.object,
    );
    if (t.kind === 'never') return this.deadEnd();
    return this.fromWord(w, t, line);
  }

  private print(e: S.CallExpr): Reg {
    const line = e.pos.line;
    // All arguments are evaluated before any is converted (a later one may mutate an earlier one).
    const values = e.args.map((a) => this.expr(a));
    const strs = values.map((v, i) => this.toStr(v, line, e.args[i]));
    let sep: Reg | null = null;
    let end: Reg | null = null;
    let flush: Reg | null = null;
    let toStderr = false;
    for (const k of e.keywords) {
      const v = this.expr(k.value);
      if (k.name === 'flush') {
        flush = this.truthy(v, line);
        continue;
      }
      if (k.name === 'file') {
        // sys.stdout or sys.stderr (the checker admits no other file).
        toStderr = v.type.kind === 'module' && v.type.name === 'sys.stderr';
        continue;
      }
      if (v.type.kind === 'none') continue; // None means the default
      if (v.type.kind !== 'str') return this.raise('TypeError', `${k.name} must be None or a string, not ${pythonTypeName(v.type)}`, line);
      if (k.name === 'sep') sep = v;
      else end = v;
    }
    if (toStderr) {
      const parts: Reg[] = [];
      strs.forEach((str, i) => {
        if (i > 0) parts.push(sep ?? this.constant({ kind: 'str', value: ' ' }));
        parts.push(str);
      });
      parts.push(end ?? this.constant({ kind: 'str', value: '\n' }));
      const text = this.reg(T.str);
      this.emit({ op: 'concat', dst: text, parts, line });
      this.rt('ai_sys_stderr_write', [text], 'word', line, T.int);
      return this.noneWord();
    }
    this.emit({ op: 'print', strs, sep, end, flush, line });
    return this.constant({ kind: 'none' });
  }
}

/** An expression CPython's AST optimizer folds into a constant: a literal (imaginary and bytes literals
 *  are calls made by the parser), a sign on a number, + - * of numbers, a tuple of constants. */
/**
 * The value float(s) gives for a literal s that reads the same to Python and JavaScript:
 * an infinity or NaN spelling, or plain decimal digits (no underscores), correctly
 * rounded by both. Null for anything else (left to the runtime, which raises as CPython).
 */
function floatLiteralValue(text: string): number | null {
  if (/[^\x20-\x7e\t\n\v\f\r]/.test(text)) return null; // other whitespace and digits: the runtime's rules
  const s = text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  return null;
}

function isFoldedConstant(e: S.Expr): boolean {
  const numeric = (x: S.Expr): boolean =>
    x.kind === 'Int' || x.kind === 'Float' || x.kind === 'Bool' || (x.kind === 'Call' && x.func.kind === 'Name' && x.func.id === '$imaginary') ||
    (x.kind === 'Unary' && (x.op === '-' || x.op === '+') && numeric(x.operand)) ||
    (x.kind === 'Binary' && (x.op === '+' || x.op === '-' || x.op === '*') && numeric(x.left) && numeric(x.right));
  if (numeric(e) || e.kind === 'Str' || e.kind === 'None') return true;
  if (e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === '$bytes_literal') return true;
  return e.kind === 'Tuple' && e.elts.every(isFoldedConstant);
}

/** The variable `s` of a statement `s += x` or `s = s + x`, else null. */
function appendedName(s: S.Stmt): string | null {
  if (s.kind === 'AugAssign') return s.op === '+' && s.target.kind === 'Name' ? s.target.id : null;
  if (s.kind !== 'Assign' || s.targets.length !== 1) return null;
  const t = s.targets[0];
  const v = s.value;
  const operands = appendedOperands(v);
  return t.kind === 'Name' && operands?.read.id === t.id ? t.id : null;
}

/** `s + a + b` (left-nested `+` on the variable `s`): the read of s and the operands a, b; else null. */
function appendedOperands(e: S.Expr): { read: S.NameExpr; items: S.Expr[] } | null {
  const items: S.Expr[] = [];
  let cur = e;
  while (cur.kind === 'Binary' && cur.op === '+') {
    items.unshift(cur.right);
    cur = cur.left;
  }
  return cur.kind === 'Name' && items.length ? { read: cur, items } : null;
}
