// Stage 3: the LLVM emitter. Translates the typed IR to LLVM IR text, one
// function at a time, through a small module writer that owns symbols,
// constants and declarations. Nothing here looks at Python syntax: every
// decision of meaning was made in lowering.
//
// Exception protocol (see runtime/include/aithon.h): an operation that raised
// returns 0 (for ai_word results) or leaves ai_exc_pending() true; emitted code
// checks, records a traceback entry for this frame and returns 0 itself.
import { unboundVariableError } from './function-attributes';
import { type Block, type ConstValue, type Instr, type IrFunction, type IrProgram, isSmallInt, type Reg } from './ir';
import { type Prim, primSpec } from './prims';
import { exceptionTypeSymbol, type LlvmType, runtimeFunctions } from './runtime-abi';
import { T, type Type } from './types';

export function llvmType(t: Type): LlvmType {
  switch (t.kind) {
    case 'float':
      return 'double';
    case 'bool':
      return 'i1';
    default:
      return 'i64'; // int, str, None, object, never: an ai_word
  }
}

function zeroOf(t: LlvmType): string {
  return t === 'double' ? '0.0' : t === 'i1' ? 'false' : t === 'ptr' ? 'null' : '0';
}

function quoteName(name: string): string {
  return /^[A-Za-z_.$][A-Za-z0-9_.$]*$/.test(name) ? name : `"${name.replace(/\\/g, '\\5C').replace(/"/g, '\\22')}"`;
}

/** LLVM `c"..."` text of a byte string (NUL-terminated). */
/**
 * A str's bytes as the runtime holds them: UTF-8, where a lone surrogate (`'\ud800'`, a JS string's unpaired
 * code unit) is the three bytes ai_utf8_encode gives every code point below 0x10000 (Buffer's 'utf8' makes it U+FFFD).
 */
function strBytes(text: string): Buffer {
  if (!/[\ud800-\udfff]/.test(text)) return Buffer.from(text, 'utf8');
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(...Buffer.from(ch, 'utf8'));
  }
  return Buffer.from(out);
}

function cBytes(bytes: Buffer): string {
  let s = '';
  for (const b of bytes) s += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return `c"${s}\\00"`;
}

function floatLiteral(v: number): string {
  const buf = Buffer.alloc(8);
  buf.writeDoubleBE(v);
  return `0x${buf.toString('hex').toUpperCase()}`;
}

export function functionSymbol(name: string): string {
  return `@${quoteName(`py.${name}`)}`;
}

/** obj/classobj.c's AiClassObject: { type, gc word, the class, its qualified name }. */
const classObjectLayout = '{ ptr, i64, ptr, ptr }';

function classObjectSymbol(name: string): string {
  return `@${quoteName(`classobj.${name}`)}`;
}

export function classSymbol(name: string): string {
  return `@${quoteName(`class.${name}`)}`;
}

/** Bits of the NaN that marks an unset float attribute slot. */
const unsetFloatBits = String(0x7ff8deadbeef0001n);

/** The first source line of a function, in split mode (see the traceback entries). */
export function lineSymbol(fn: string): string {
  return `@${quoteName(`line.${fn}`)}`;
}

export function globalSymbol(name: string): string {
  return `@${quoteName(`g.${name}`)}`;
}

/** Owns a module's symbols: declarations, C strings, str literal objects. */
export class ModuleWriter {
  private readonly declared = new Set<string>();
  private readonly externs = new Set<string>();
  private readonly runtimeGlobals = new Map<string, string>();
  private readonly cstrings = new Map<string, string>();
  private readonly strObjects = new Map<string, string>();
  private readonly tupleObjects = new Map<string, string>();
  private callCaches = 0;
  private readonly data: string[] = [];
  private readonly functions: string[] = [];
  /** Program symbols this unit refers to but another unit defines (split mode). */
  private readonly foreign = new Map<string, string>();

  /**
   * `split`: this module is one unit of a program compiled function by
   * function: program symbols get hidden (not internal) linkage, and symbols
   * of other units are declared.
   */
  constructor(
    private readonly target?: EmitTarget,
    readonly split = false,
  ) {}

  /** The linkage of program-level definitions. */
  get linkage(): string {
    return this.split ? 'hidden' : 'internal';
  }

  /** Program symbols this unit defines itself (functions sharing a bucket). */
  readonly definedHere = new Set<string>();

  /** Declares a program symbol defined in another unit (no-op for a whole program). */
  useForeign(symbol: string, declaration: string): string {
    if (this.split && !this.definedHere.has(symbol) && !this.foreign.has(symbol)) this.foreign.set(symbol, declaration);
    return symbol;
  }

  useRuntime(name: string): string {
    if (!runtimeFunctions[name]) throw new Error(`internal error: unknown runtime function ${name}`);
    this.declared.add(name);
    return `@${name}`;
  }

  useExtern(symbol: string): string {
    this.externs.add(symbol);
    return `@${symbol}`;
  }

  /** A variable of the runtime, declared as `declaration` gives it (its type, thread_local...). */
  useRuntimeGlobal(symbol: string, declaration: string): string {
    this.runtimeGlobals.set(symbol, declaration);
    return `@${symbol}`;
  }

  cstring(text: string): string {
    let name = this.cstrings.get(text);
    if (!name) {
      name = `@.cs.${this.cstrings.size}`;
      this.cstrings.set(text, name);
      const bytes = strBytes(text);
      this.data.push(`${name} = private unnamed_addr constant [${bytes.length + 1} x i8] ${cBytes(bytes)}`);
    }
    return name;
  }

  /** A call site's inline cache: a fresh pointer-sized global, null at first. */
  callCache(): string {
    const name = `@.ic.${this.callCaches++}`;
    this.data.push(`${name} = internal global ptr null`);
    return name;
  }

  /** A str literal: a statically allocated AiStr (writable: the runtime caches its hash). */
  strLiteral(value: string): string {
    let name = this.strObjects.get(value);
    if (!name) {
      name = `@.str.${this.strObjects.size}`;
      this.strObjects.set(value, name);
      const bytes = strBytes(value);
      const length = [...value].length;
      const ascii = bytes.length === length ? 1 : 0;
      this.useExtern('ai_type_str');
      this.data.push(
        `${name} = internal global { ptr, i64, i64, i64, i64, i8, [${bytes.length + 1} x i8] } ` +
          `{ ptr @ai_type_str, i64 0, i64 ${length}, i64 ${bytes.length}, i64 -1, i8 ${ascii}, [${bytes.length + 1} x i8] ${cBytes(bytes)} }, align 8`,
      );
    }
    return `ptrtoint (ptr ${name} to i64)`;
  }

  /**
   * A constant tuple (ir.ts ConstValue 'tuple'): a statically allocated AiTuple,
   * one per distinct value (writable: the runtime caches its hash). Outside
   * every actor's heap, like str literals, so the collector never frees it and
   * any actor may read it.
   */
  tupleLiteral(items: ConstValue[]): string {
    const words = items.map((c) => this.constWord(c));
    const key = words.join(',');
    let name = this.tupleObjects.get(key);
    if (!name) {
      name = `@.tuple.${this.tupleObjects.size}`;
      this.tupleObjects.set(key, name);
      this.useExtern('ai_type_tuple');
      const n = words.length;
      this.data.push(
        `${name} = internal global { ptr, i64, i64, i64, [${n} x i64] } ` +
          `{ ptr @ai_type_tuple, i64 0, i64 ${n}, i64 -1, [${n} x i64] [${words.map((w) => `i64 ${w}`).join(', ')}] }, align 8`,
      );
    }
    return `ptrtoint (ptr ${name} to i64)`;
  }

  /** The word of a constant tuple's item (lower.ts keeps to these kinds). */
  private constWord(c: ConstValue): string {
    switch (c.kind) {
      case 'int':
        if (!isSmallInt(c.value)) break;
        return ((c.value << 1n) | 1n).toString();
      case 'str':
        return this.strLiteral(c.value);
      case 'none':
        return `ptrtoint (ptr ${this.useExtern('ai_None')} to i64)`;
      case 'tuple':
        return this.tupleLiteral(c.items);
    }
    throw new Error(`internal error: a ${c.kind} constant inside a constant tuple`);
  }

  addGlobal(text: string): void {
    this.data.push(text);
  }

  private readonly functionObjects = new Set<number>();

  /** The one object of a function without cells, laid out as closure.new's ({ type, gc, id }); defined by each unit that uses it, merged by the linker. */
  functionObject(fnId: number, functionClass: string): string {
    const sym = `@ai.fnobj.${fnId}`;
    if (!this.functionObjects.has(fnId)) {
      this.functionObjects.add(fnId);
      this.addGlobal(`${sym} = ${this.split ? 'linkonce_odr hidden' : 'internal'} global { ptr, i64, i64 } { ptr ${functionClass}, i64 0, i64 ${fnId} }, align 16`);
    }
    return sym;
  }

  addFunction(text: string): void {
    this.functions.push(text);
  }

  text(): string {
    const out: string[] = ['; generated by aithon'];
    if (this.target) out.push(`target datalayout = "${this.target.dataLayout}"`, `target triple = "${this.target.triple}"`);
    out.push('');
    for (const e of [...this.externs].sort()) out.push(`@${e} = external global i8`);
    for (const [, d] of [...this.runtimeGlobals].sort()) out.push(d);
    for (const d of [...this.foreign.values()].sort()) out.push(d);
    out.push(...this.data, '');
    for (const name of [...this.declared].sort()) {
      const f = runtimeFunctions[name];
      out.push(`declare ${f.ret} @${name}(${f.params.join(', ')})`);
    }
    out.push('declare double @llvm.fabs.f64(double)', 'declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)', 'declare i1 @llvm.expect.i1(i1, i1)', '');
    out.push(...this.functions);
    out.push(`attributes #0 = { nounwind ${this.target?.functionAttributes ?? ''} }`, 'attributes #1 = { noinline }');
    return out.join('\n') + '\n';
  }
}

/** Target of the module; functions carry the runtime's target attributes so LTO inlines across them. */
export interface EmitTarget {
  triple: string;
  dataLayout: string;
  functionAttributes: string;
}

export function emitProgram(p: IrProgram, target?: EmitTarget): string {
  const m = new ModuleWriter(target);
  const flagged = unboundFlagged(p.functions, 'global.get', (n) => p.globals.get(n));
  emitProgramData(m, p, flagged);
  for (const f of p.functions) m.addFunction(new FunctionEmitter(m, new ProgramReads(p, flagged), f).emit());
  return m.text();
}

/** One compilation unit of a program compiled function by function. */
export interface EmittedUnit {
  /** `<data>` for the program's globals and entry point, else the IR function's name. */
  name: string;
  text: string;
}

/**
 * The program as separate LLVM modules: one per function (the unit of the
 * function-level cache: an edit changes only the units whose text changes)
 * and one holding the globals, class objects and the entry point.
 */
export function emitUnits(p: IrProgram, target?: EmitTarget): EmittedUnit[] {
  const flagged = unboundFlagged(p.functions, 'global.get', (n) => p.globals.get(n));
  const data = new ModuleWriter(target, true);
  emitProgramData(data, p, flagged);
  const units: EmittedUnit[] = [{ name: '<data>', text: data.text() }];
  // One unit per function: its cache key (units.ts) then changes only when
  // the function's own code, signature or the declarations it uses change.
  // Compiling thousands of small modules stays cheap because units.ts hands
  // many of them to each clang process.
  const memo = unitTextReuse ? unitTexts.forBuild(target) : undefined;
  for (const f of p.functions) {
    const reads = new ProgramReads(p, flagged);
    const kept = memo?.reusable(f, reads);
    if (kept !== undefined) {
      units.push({ name: f.name, text: kept });
      continue;
    }
    const m = new ModuleWriter(target, true);
    m.definedHere.add(functionSymbol(f.name));
    m.addFunction(new FunctionEmitter(m, reads, f).emit());
    const text = m.text();
    memo?.keep(f, reads, text);
    units.push({ name: f.name, text });
  }
  memo?.finish();
  return units;
}

/**
 * What a function's LLVM text reads of the program besides its own IR: the
 * types of the globals it uses, which of them have an unassigned flag, its
 * callees' signatures (and whether they loop), the source lines of its
 * traceback entries, main.py's name and whether the program spawns actors.
 * Every read goes through `read` and is recorded by its key, so that a later
 * build can ask the same questions of its own program (UnitTextMemo).
 */
class ProgramReads {
  /** Each key read, with what it read. */
  readonly seen = new Map<string, string>();

  constructor(
    readonly program: IrProgram,
    private readonly flaggedGlobals: Set<string>,
  ) {}

  read(key: string): string {
    let value = this.seen.get(key);
    if (value === undefined) {
      value = this.evaluate(key);
      this.seen.set(key, value);
    }
    return value;
  }

  /** The answer to `key` in this program, recorded or not. */
  evaluate(key: string): string {
    const p = this.program;
    const rest = key.slice(2);
    switch (key.slice(0, 2)) {
      case 'g:': {
        const t = p.globals.get(rest);
        return t ? llvmType(t) : '';
      }
      case 'f:':
        return this.flaggedGlobals.has(rest) ? '1' : '0';
      case 'c:': {
        const target = functionNamed(p, rest);
        return target ? [target.isModule ? 1 : 0, llvmType(target.returnType), target.params.map((x) => llvmType(x.type)).join(','), hasLoop(target) ? 1 : 0].join('|') : '';
      }
      case 'l:': {
        const at = rest.lastIndexOf('\0');
        const file = rest.slice(0, at);
        const lines = file ? (p.linkedSourceLines.get(file) ?? []) : p.sourceLines;
        return (lines[Number(rest.slice(at + 1)) - 1] ?? '').trim();
      }
      case 'p:':
        return rest === 'file' ? p.file : spawnsActors(p) ? '1' : '0';
    }
    throw new Error(`internal error: unknown program read ${key}`);
  }

  /** A global's LLVM type; undefined when the program has no such global. */
  globalType(name: string): LlvmType | undefined {
    return (this.read(`g:${name}`) || undefined) as LlvmType | undefined;
  }

  isFlaggedGlobal(name: string): boolean {
    return this.read(`f:${name}`) === '1';
  }

  /** A compiled function's signature as callers see it; undefined when there is none of that name. */
  callee(name: string): { isModule: boolean; ret: LlvmType; params: LlvmType[]; loops: boolean } | undefined {
    const v = this.read(`c:${name}`);
    if (!v) return undefined;
    const [isModule, ret, params, loops] = v.split('|');
    return { isModule: isModule === '1', ret: ret as LlvmType, params: params ? (params.split(',') as LlvmType[]) : [], loops: loops === '1' };
  }

  /** Line `line` of `file` (main.py when undefined), trimmed: a traceback entry's text. */
  sourceLine(file: string | undefined, line: number): string {
    return this.read(`l:${file ?? ''}\0${line}`);
  }

  mainFile(): string {
    return this.read('p:file');
  }

  spawnsActors(): boolean {
    return this.read('p:actors') === '1';
  }
}

/**
 * serve's memo of the last build's unit texts (setUnitTextReuse). A
 * function's text is a function of its IR and of what it read of the program
 * (ProgramReads) and of the target: when the IR is the same (registers' and
 * slots' types compared as LLVM types, the only way the emitter looks at a
 * type) and every recorded read gives the same answer in the new program, the
 * text is the same, and is reused instead of being emitted again. A kept
 * entry stays as the build that emitted it made it (its lines, its reads'
 * lines): a reuse compares against it with the function's move since.
 */
class UnitTextMemo {
  private kept = new Map<string, KeptText>();
  private next = new Map<string, KeptText>();
  private targetKey = '';
  private readonly seen = new Map<string, number>();
  /** Texts the current (or last) build reused. */
  reused = 0;

  forBuild(target: EmitTarget | undefined): this {
    const key = JSON.stringify(target ?? null);
    if (key !== this.targetKey) this.kept.clear();
    this.targetKey = key;
    this.next = new Map();
    this.seen.clear();
    this.reused = 0;
    return this;
  }

  reusable(f: IrFunction, reads: ProgramReads): string | undefined {
    if (this.named(f.name) > 1) return undefined;
    const last = this.kept.get(f.name);
    const lines = last && sameIrFunction(last.ir, f);
    if (!lines) return undefined;
    // The reads again, in this program; a source line's by where the function is now.
    for (const [key, value] of last.reads) if (reads.evaluate(key.startsWith('l:') ? movedLineRead(key, lines) : key) !== value) return undefined;
    // Kept as it was: its IR, reads and lines stay those of the build that emitted it.
    this.next.set(f.name, last);
    this.reused++;
    return last.text;
  }

  keep(f: IrFunction, reads: ProgramReads, text: string): void {
    // A name twice in one program (lowering makes none today) is emitted each time, never reused.
    if (this.seen.get(f.name) === 1) this.next.set(f.name, { ir: keptIr(f), reads: reads.seen, text });
    else this.next.delete(f.name);
  }

  /** How many functions of this name the build has emitted or reused, this one included. */
  private named(name: string): number {
    const n = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, n);
    return n;
  }

  /** Only this build's functions are kept: the memo does not grow from build to build. */
  finish(): void {
    this.kept = this.next;
    this.next = new Map();
    this.seen.clear();
  }

  clear(): void {
    this.kept.clear();
    this.next.clear();
    this.seen.clear();
  }
}

/**
 * A function's IR as the memo keeps it: a copy with every type replaced by its
 * LLVM type (the original's types are the checker's, which hold its whole
 * state: keeping them would keep the last build's checker alive).
 */
type KeptIr = Omit<IrFunction, 'returnType' | 'params' | 'locals' | 'blocks'> & {
  returnType: LlvmType;
  params: { name: string; type: LlvmType }[];
  locals: [string, LlvmType][];
  blocks: unknown;
};

interface KeptText {
  ir: KeptIr;
  reads: Map<string, string>;
  text: string;
}

function keptIr(f: IrFunction): KeptIr {
  return {
    ...f,
    returnType: llvmType(f.returnType),
    params: f.params.map((p) => ({ name: p.name, type: llvmType(p.type) })),
    locals: [...f.locals].map(([name, t]) => [name, llvmType(t)]),
    blocks: keptIrValue(f.blocks),
  };
}

/** A copy of plain IR data with each register's type as its LLVM type. */
function keptIrValue(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(keptIrValue);
  // Only plain objects are IR data; anything else is kept as it is, and compares unequal unless identical (sameIrValue).
  if (Object.getPrototypeOf(v) !== Object.prototype) return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in o) out[key] = key === 'type' && typeof o.id === 'number' ? llvmType(o.type as Type) : keptIrValue(o[key]);
  return out;
}

let unitTextReuse = false;
const unitTexts = new UnitTextMemo();

/**
 * serve: reuse the last build's text of a function whose IR and program reads
 * are unchanged (UnitTextMemo). Off, builds neither read nor change the memo
 * (a test builds clean references in between the warm builds it checks).
 */
export function setUnitTextReuse(on: boolean): void {
  unitTextReuse = on;
}

/** How many function texts the last dev build reused (serve, tests). */
export function unitTextsReused(): number {
  return unitTexts.reused;
}

/**
 * Where each line of `a` is in `b` when both emit the same text; null when
 * they do not (given the same program reads). Types are compared as the
 * emitter sees them. A function moved by lines added or removed above it
 * emits the same text (its lines are relative to its first line, which the
 * data unit holds), so its lines are compared relative to its first line:
 * an edit that adds a line does not re-emit every function below it.
 */
function sameIrFunction(a: KeptIr, b: IrFunction): LineMove | null {
  const lines = lineMove(a, b);
  if (!lines) return null;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return null;
  for (const key of aKeys) {
    if (!(key in b)) return null;
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (key === 'firstLine') continue; // compared by lineMove
    if (key === 'returnType') {
      if (x !== llvmType(y as Type)) return null;
    } else if (key === 'params') {
      const xs = x as KeptIr['params'];
      const ys = y as IrFunction['params'];
      if (xs.length !== ys.length || xs.some((p, i) => p.name !== ys[i].name || p.type !== llvmType(ys[i].type))) return null;
    } else if (key === 'locals') {
      // In order: the slots are allocated in the map's order.
      const xs = x as KeptIr['locals'];
      const ys = [...(y as Map<string, Type>)];
      if (xs.length !== ys.length || xs.some(([n, t], i) => n !== ys[i][0] || t !== llvmType(ys[i][1]))) return null;
    } else if (!sameIrValue(x, y, lines)) return null;
  }
  return lines;
}

/**
 * A function's lines from one build to the next: those from its first line
 * on moved by `delta` (the emitter writes them relative to the first line),
 * the others (0, code the compiler made up; lines above the def) unmoved.
 */
interface LineMove {
  from: number;
  /** The first line in the new build. */
  to: number;
  delta: number;
}

function lineMove(a: KeptIr, b: IrFunction): LineMove | null {
  if (a.firstLine > 0 && b.firstLine > 0) return { from: a.firstLine, to: b.firstLine, delta: b.firstLine - a.firstLine };
  return a.firstLine === b.firstLine ? { from: Infinity, to: Infinity, delta: 0 } : null;
}

function movedLine(line: number, move: LineMove): number {
  return line >= move.from ? line + move.delta : line;
}

/** A recorded source-line read (`l:<file>\0<line>`) at the line's place in the new build. */
function movedLineRead(key: string, move: LineMove): string {
  const at = key.lastIndexOf('\0');
  return `${key.slice(0, at + 1)}${movedLine(Number(key.slice(at + 1)), move)}`;
}

/**
 * Deep equality of plain IR data (blocks, instructions; registers by id and
 * LLVM type; source lines as `lines` moves them). Anything else is unequal
 * unless identical.
 */
function sameIrValue(x: unknown, y: unknown, lines: LineMove): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameIrValue(x[i], y[i], lines)) return false;
    return true;
  }
  if (Array.isArray(y) || Object.getPrototypeOf(x) !== Object.prototype || Object.getPrototypeOf(y) !== Object.prototype) return false;
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  let count = 0;
  for (const key in xo) {
    count++;
    if (!(key in yo)) return false;
    if (key === 'type' && typeof xo.id === 'number') {
      // A register: its id, and its type as the emitter sees it (kept as that already).
      if (xo.type !== llvmType(yo.type as Type)) return false;
    } else if (key === 'line' && typeof xo.line === 'number') {
      // An unmoved line must stay above the function's first line, where it is written as it is.
      if (movedLine(xo.line, lines) !== yo.line || (xo.line < lines.from && (yo.line as number) >= lines.to)) return false;
    } else if (!sameIrValue(xo[key], yo[key], lines)) return false;
  }
  for (const _ in yo) count--;
  return count === 0;
}

/** Globals, class objects and `main`: what every unit refers to. */
function emitProgramData(m: ModuleWriter, p: IrProgram, flagged: Set<string>): void {
  for (const [name, t] of p.globals) {
    m.addGlobal(`${globalSymbol(name)} = ${m.linkage} global ${llvmType(t)} ${zeroOf(llvmType(t))}`);
    if (flagged.has(name)) m.addGlobal(`${globalSymbol(`${name}$bound`)} = ${m.linkage} global i1 false`);
  }
  // The run-time types of function values and of the cells of shared variables.
  for (const c of [...p.classes, ...['function', 'cell', 'fcell'].map((name) => ({ name, base: null, builtinBase: null, qualifiedName: name }))]) {
    // A user exception class derives from the runtime's built-in exception type.
    const base = c.base ? classSymbol(c.base) : c.builtinBase ? m.useExtern(exceptionTypeSymbol(c.builtinBase)) : 'null';
    const shown = c.name.split('.').pop() ?? c.name; // a linked module's class `mod.C` is `C`
    m.addGlobal(`${classSymbol(c.name)} = ${m.linkage} constant { ptr, ptr } { ptr ${m.cstring(shown)}, ptr ${base} }`);
    // The class as a value (`kinds = [Dog, Cat]`): { type, gc, the class, its qualified name }, as obj/classobj.c's AiClassObject.
    if (c.name !== 'function' && c.name !== 'cell') {
      m.addGlobal(`${classObjectSymbol(c.name)} = ${m.linkage} constant ${classObjectLayout} { ptr ${m.useExtern('ai_type_type')}, i64 0, ptr ${classSymbol(c.name)}, ptr ${m.cstring(c.qualifiedName)} }`);
    }
  }
  if (m.split) for (const f of p.functions) if (f.firstLine > 0) m.addGlobal(`${lineSymbol(f.name)} = hidden constant i32 ${f.firstLine}`);
  // Each class object bound to its class, for type(x) (obj/classobj.c).
  const registrations = [...emitClassDunders(m, p), ...p.classes.map((c) => `  call void ${m.useRuntime('ai_class_object_bind')}(ptr ${classSymbol(c.name)}, ptr ${classObjectSymbol(c.name)})`)];
  // `class NotFound(AppError, LookupError)`: LookupError is a base beside the type's own chain.
  for (const c of p.classes) for (const extra of c.extraBases ?? []) registrations.push(`  call void ${m.useRuntime('ai_type_add_base')}(ptr ${classSymbol(c.name)}, ptr ${m.useExtern(exceptionTypeSymbol(extra))})`);
  for (const c of p.classes) for (const extra of c.extraClassBases ?? []) registrations.push(`  call void ${m.useRuntime('ai_type_add_base')}(ptr ${classSymbol(c.name)}, ptr ${classSymbol(extra)})`);
  // What repr() shows of function values, by function id (obj/object.c).
  if (p.functionReprs.length) {
    m.addGlobal(`@ai.function_reprs = ${m.linkage} constant [${p.functionReprs.length} x ptr] [${p.functionReprs.map((r) => `ptr ${m.cstring(r)}`).join(', ')}]`);
    registrations.push(`  call void ${m.useRuntime('ai_function_reprs_bind')}(ptr @ai.function_reprs, i64 ${p.functionReprs.length})`);
  }
  m.useRuntime('ai_main');
  m.useForeign(functionSymbol(p.moduleFunction), `declare hidden void ${functionSymbol(p.moduleFunction)}()`);
  m.addFunction(
    [
      'define i32 @main(i32 %argc, ptr %argv) #0 {',
      ...registrations,
      `  %status = call i32 @ai_main(i32 %argc, ptr %argv, ptr ${functionSymbol(p.moduleFunction)})`,
      '  ret i32 %status',
      '}',
    ].join('\n'),
  );
}

/** Order of the unary and binary entries of the runtime's AiClassDunders (runtime/src/obj/userclass.h). */
const dunderSlots = ['__repr__', '__str__', '__hash__', '__len__', '__iter__', '__next__', '__bool__', '__getitem__', '__contains__', '__format__'];
const comparisonSlots = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** AiClassAttr kinds (runtime/src/obj/userclass.h). */
const attrKinds = { slot: 0, method: 1, property: 2, classattr: 3, setter: 4 } as const;

/** Each class's AiClassDunders constant; returns the calls that register them at start-up. */
function emitClassDunders(m: ModuleWriter, p: IrProgram): string[] {
  const calls: string[] = [];
  for (const c of p.classes) {
    if (!c.dunders) continue;
    const entry = (dunder: string) => {
      const fn = c.dunders!.entries[dunder];
      if (!fn) return 'ptr null';
      const arity = functionNamed(p, fn)!.params.length;
      return `ptr ${m.useForeign(functionSymbol(fn), `declare hidden i64 ${functionSymbol(fn)}(${Array(arity).fill('i64').join(', ')})`)}`;
    };
    const symbol = `@${quoteName(`dunders.${c.name}`)}`;
    // AiClassAttr { const char *name; int64_t kind; int64_t index; int64_t nargs; void *fn; const char *params; }, kinds as attrKinds.
    const attrsSymbol = `@${quoteName(`attrs.${c.name}`)}`;
    const attrs = c.dunders.attrs.map((a) => {
      const fn = a.fn ? `ptr ${m.useForeign(functionSymbol(a.fn), `declare hidden i64 ${functionSymbol(a.fn)}(${Array(1 + a.nargs).fill('i64').join(', ')})`)}` : 'ptr null';
      return `{ ptr, i64, i64, i64, ptr, ptr } { ptr ${m.cstring(a.name)}, i64 ${attrKinds[a.kind]}, i64 ${a.index}, i64 ${a.nargs}, ${fn}, ptr ${m.cstring(a.params)} }`;
    });
    if (attrs.length) m.addGlobal(`${attrsSymbol} = private constant [${attrs.length} x { ptr, i64, i64, i64, ptr, ptr }] [${attrs.join(', ')}]`);
    const layout = `{ ptr, ${dunderSlots.map(() => 'ptr').join(', ')}, [6 x ptr], i64, ptr, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr }`;
    const kinds = c.dunders.slotKinds;
    const fields = [
      `ptr ${classSymbol(c.dunders.root)}`,
      ...dunderSlots.map(entry),
      `[6 x ptr] [${comparisonSlots.map(entry).join(', ')}]`,
      `i64 ${c.dunders.unhashable ? 1 : 0}`,
      `ptr ${attrs.length ? attrsSymbol : 'null'}`,
      `i64 ${attrs.length}`,
      `i64 ${kinds === null ? -1 : kinds.length}`,
      `ptr ${m.cstring(kinds ?? '')}`,
      // "\nname\nname\n": a name is found as "\n" + name + "\n".
      `ptr ${m.cstring(`\n${c.dunders.classNames.map((n) => `${n}\n`).join('')}`)}`,
      `ptr ${c.dunders.valueType ? m.useExtern(`ai_type_${c.dunders.valueType}`) : 'null'}`,
      entry('__aithon_value__'),
      entry('__copy__'),
      entry('__deepcopy__'),
      entry('__index__'),
    ];
    m.addGlobal(`${symbol} = private constant ${layout} { ${fields.join(', ')} }`);
    calls.push(`  call void ${m.useRuntime('ai_class_register')}(ptr ${classSymbol(c.name)}, ptr ${symbol})`);
  }
  return calls;
}

type RaiseCheck = 'word' | 'pending' | 'false' | 'negative';

const functionsByName = new WeakMap<IrFunction[], { count: number; byName: Map<string, IrFunction> }>();

/** The program's function of that IR name: a map built once per function list (a search per call was quadratic in the program's size). */
function functionNamed(p: IrProgram, name: string): IrFunction | undefined {
  let index = functionsByName.get(p.functions);
  if (index?.count !== p.functions.length) {
    const byName = new Map<string, IrFunction>();
    // The first of a name, as Array.find gave.
    for (const f of p.functions) if (!byName.has(f.name)) byName.set(f.name, f);
    index = { count: p.functions.length, byName };
    functionsByName.set(p.functions, index);
  }
  return index.byName.get(name);
}

/**
 * Variables whose unassigned state needs a flag: a checked read of a float or
 * bool (every bit pattern is a value). Words use 0, which is never a value.
 */
function unboundFlagged(functions: IrFunction[], op: 'global.get' | 'local.get', typeOf: (name: string) => Type | undefined): Set<string> {
  const out = new Set<string>();
  for (const f of functions) {
    for (const b of f.blocks) {
      for (const i of b.instrs) {
        if (!(i.op === op && i.unboundCheck) && !(i.op === 'global.isbound' && op === 'global.get')) continue;
        const t = typeOf(i.name);
        if (t && llvmType(t) !== 'i64') out.add(i.name);
      }
    }
  }
  return out;
}

class FunctionEmitter {
  private readonly lines: string[] = [];
  private readonly allocas: string[] = [];
  private readonly values = new Map<number, string>();
  private readonly excLines = new Map<string, string>();
  private tmp = 0;
  private readonly retType: LlvmType;

  private readonly flaggedLocals: Set<string>;
  /** Count reductions at function entry and loop back edges: only programs that spawn actors have others to share a worker with. */
  private readonly yieldPoints: boolean;
  /** Position of each block in the emitted order (back edges go to a block at or before their own). */
  private readonly blockOrder = new Map<Block['label'], number>();

  constructor(
    private readonly m: ModuleWriter,
    /** Everything it reads of the program goes through here (UnitTextMemo relies on it). */
    private readonly program: ProgramReads,
    private readonly f: IrFunction,
  ) {
    this.retType = f.isModule ? 'void' : llvmType(f.returnType);
    this.flaggedLocals = unboundFlagged([f], 'local.get', (n) => f.locals.get(n));
    this.yieldPoints = program.spawnsActors();
  }

  /** A program global (declared when another unit defines it). */
  private global(name: string, type?: LlvmType): string {
    const t = type ?? this.program.globalType(name) ?? llvmType(T.object);
    return this.m.useForeign(globalSymbol(name), `${globalSymbol(name)} = external hidden global ${t}`);
  }

  /** The class object of a compiled class (obj/classobj.c's AiClassObject layout). */
  private classObject(name: string): string {
    const sym = classObjectSymbol(name);
    return this.m.useForeign(sym, `${sym} = external hidden constant ${classObjectLayout}`);
  }

  private cls(name: string): string {
    return this.m.useForeign(classSymbol(name), `${classSymbol(name)} = external hidden constant { ptr, ptr }`);
  }

  /** Another compiled function (declared with its signature when in another unit). */
  private pyFunction(name: string): string {
    if (name === this.f.name) return functionSymbol(name);
    const target = this.program.callee(name);
    if (!target) return functionSymbol(name);
    const ret = target.isModule ? 'void' : target.ret;
    const params = target.params.join(', ');
    return this.m.useForeign(functionSymbol(name), `declare hidden ${ret} ${functionSymbol(name)}(${params})`);
  }

  /**
   * A reduction at a function's entry or a loop's back edge
   * (runtime/include/aithon_actor.h): the thread-local budget counts down,
   * and when it runs out the scheduler may switch to another actor and
   * delivers pending exit signals, so an actor in a long loop or a deep
   * recursion neither starves the others on its worker nor outlives an
   * exit(pid, reason) sent to it.
   */
  private countReduction(): void {
    const budget = this.m.useRuntimeGlobal('ai_sched_reductions', '@ai_sched_reductions = external thread_local(initialexec) global i64');
    const before = this.fresh('red');
    const after = this.fresh('red');
    const spent = this.fresh('red');
    this.ins(`${before} = load i64, ptr ${budget}`);
    this.ins(`${after} = sub i64 ${before}, 1`);
    this.ins(`store i64 ${after}, ptr ${budget}`);
    // Below zero, not at zero: the decrement's own flags decide (x86 folds
    // the load, sub and store into one `dec` of the thread-local and a `js`).
    this.ins(`${spent} = icmp slt i64 ${after}, 0`);
    const rare = this.fresh('red');
    this.ins(`${rare} = call i1 @llvm.expect.i1(i1 ${spent}, i1 false)`);
    const label = `yield${this.tmp++}`;
    this.ins(`br i1 ${rare}, label %${label}, label %${label}.on`);
    this.label(label);
    this.ins(`call void ${this.m.useRuntime('ai_sched_yield_slow')}()`);
    this.ins(`br label %${label}.on`);
    this.label(`${label}.on`);
  }

  private fresh(hint = 't'): string {
    return `%${hint}${this.tmp++}`;
  }

  private ins(text: string): void {
    this.lines.push(`  ${text}`);
  }

  private label(name: string): void {
    this.lines.push(`${name}:`);
  }

  private v(r: Reg): string {
    const s = this.values.get(r.id);
    if (s === undefined) throw new Error(`internal error: register %${r.id} used before definition in ${this.f.name}`);
    return s;
  }

  private typed(r: Reg): string {
    return `${llvmType(r.type)} ${this.v(r)}`;
  }

  private define(r: Reg | null, value: string): void {
    if (r) this.values.set(r.id, value);
  }

  private slot(name: string): string {
    return `%${quoteName(`l.${name}`)}`;
  }

  emit(): string {
    const f = this.f;
    const params = f.params.map((p, i) => `${llvmType(p.type)} %a${i}`).join(', ');
    const head = `define ${this.m.linkage} ${this.retType} ${functionSymbol(f.name)}(${params}) #0 {`;
    const paramNames = new Set(f.params.map((p) => p.name));
    for (const [name, t] of f.locals) {
      const lt = llvmType(t);
      this.allocas.push(`  ${this.slot(name)} = alloca ${lt}`);
      // Unassigned: word 0 (never a value), or a cleared flag for floats and bools.
      if (!paramNames.has(name) && lt === 'i64') this.allocas.push(`  store i64 0, ptr ${this.slot(name)}`);
      if (this.flaggedLocals.has(name)) {
        this.allocas.push(`  ${this.slot(`${name}$bound`)} = alloca i1`);
        this.allocas.push(`  store i1 ${paramNames.has(name) ? 'true' : 'false'}, ptr ${this.slot(`${name}$bound`)}`);
      }
    }
    f.params.forEach((p, i) => {
      if (f.locals.has(p.name)) this.allocas.push(`  store ${llvmType(p.type)} %a${i}, ptr ${this.slot(p.name)}`);
    });
    // A call is a reduction too (as on BEAM): a deep recursion that never
    // loops (naive fib) must not keep its worker from the other actors.
    if (this.yieldPoints && this.countsDepth) this.countReduction();
    if (this.countsDepth) {
      // The recursion guard: past the limit, RecursionError is pending and
      // this frame never started (the caller records the traceback entry).
      // Frames that are never suspended restore the depth they were entered
      // at (a store, where counting down would load the depth the callees
      // just stored: a memory round trip on every call).
      const ok = this.fresh('ok');
      if (f.suspends) this.ins(`${ok} = call i1 ${this.m.useRuntime('ai_enter')}()`);
      else {
        this.ins(`%depth = call i32 ${this.m.useRuntime('ai_enter_depth')}()`);
        this.ins(`${ok} = icmp sge i32 %depth, 0`);
      }
      this.ins(`br i1 ${ok}, label %b.entry, label %enter.fail`);
      this.label('enter.fail');
      this.ins(`ret ${this.retType} ${zeroOf(this.retType)}`);
    } else {
      this.ins('br label %b.entry');
    }
    const blocks = reachableBlocks(f.blocks);
    blocks.forEach((b, i) => this.blockOrder.set(b.label, i));
    for (const b of blocks) this.block(b);
    this.label('unwind');
    this.leaveFrame();
    this.ins(f.isModule ? 'ret void' : `ret ${this.retType} ${zeroOf(this.retType)}`);
    for (const [key, label] of this.excLines) {
      const [lineText, handler] = key.split('|');
      const line = Number(lineText);
      this.label(label);
      const text = this.program.sourceLine(f.file, line);
      let lineValue = String(line);
      if (this.m.split && f.firstLine > 0 && line >= f.firstLine) {
        // Relative to the function's first line, kept in the data unit: lines
        // added above a function change that unit only, not this one. (Line 0,
        // code the compiler made up, and lines outside the function stay absolute.)
        const base = this.m.useForeign(lineSymbol(f.name), `${lineSymbol(f.name)} = external hidden constant i32`);
        const b = this.fresh('line');
        this.ins(`${b} = load i32, ptr ${base}`);
        lineValue = this.fresh('line');
        this.ins(`${lineValue} = add i32 ${b}, ${line - f.firstLine}`);
      }
      if (!f.noFrame) {
        this.ins(
          `call void ${this.m.useRuntime('ai_tb_add')}(ptr ${this.m.cstring(f.file ?? this.program.mainFile())}, i32 ${lineValue}, ptr ${this.m.cstring(f.pyName)}, ptr ${this.m.cstring(text)})`,
        );
      }
      this.ins(`br label ${this.handlerTarget(handler || null)}`);
    }
    return [head, 'entry:', ...this.allocas, ...this.lines, '}', ''].join('\n');
  }

  /** Handler of the block being emitted (an IR label), or null: out of the function. */
  private handler: string | null = null;

  /** The block that records a traceback entry for `line` and goes to the current handler. */
  private excLabel(line: number): string {
    const key = `${line}|${this.handler ?? ''}`;
    let l = this.excLines.get(key);
    if (!l) {
      l = `exc.${this.excLines.size}`; // no line number in the name: the unit's text must not move with its lines
      this.excLines.set(key, l);
    }
    return l;
  }

  private handlerTarget(handler: string | null): string {
    return handler ? `%b.${handler}` : '%unwind';
  }

  /** After an operation that may have raised: leave the frame if it did. */
  private check(kind: RaiseCheck, value: string, line: number): void {
    const failed = this.fresh('raised');
    switch (kind) {
      case 'word':
        this.ins(`${failed} = icmp eq i64 ${value}, 0`);
        break;
      case 'false':
        this.ins(`${failed} = xor i1 ${value}, true`);
        break;
      case 'negative':
        this.ins(`${failed} = icmp slt ${value}, 0`);
        break;
      case 'pending':
        this.ins(`${failed} = call i1 ${this.m.useRuntime('ai_exc_pending')}()`);
        break;
    }
    const cont = this.fresh('ok').slice(1);
    this.ins(`br i1 ${failed}, label %${this.excLabel(line)}, label %${cont}`);
    this.label(cont);
  }

  private checkFor(t: LlvmType, value: string, line: number): void {
    this.check(t === 'i64' ? 'word' : 'pending', value, line);
  }

  private call(name: string, args: string[], line: number | null, dst: Reg | null = null): string {
    const f = runtimeFunctions[name];
    const sym = this.m.useRuntime(name);
    const argText = args.map((a, i) => `${f.params[i]} ${a}`).join(', ');
    if (f.ret === 'void') {
      this.ins(`call void ${sym}(${argText})`);
      return '';
    }
    const r = this.fresh();
    this.ins(`${r} = call ${f.ret} ${sym}(${argText})`);
    if (line !== null) this.checkFor(f.ret, r, line);
    this.define(dst, r);
    return r;
  }

  private block(b: Block): void {
    this.label(`b.${b.label}`);
    this.handler = b.handler ?? null;
    for (const i of b.instrs) this.instr(i);
    const t = b.term;
    // A branch back to a block laid out at or before this one closes a loop.
    const loopsBack = (target: Block['label']) => this.yieldPoints && (this.blockOrder.get(target) ?? Infinity) <= (this.blockOrder.get(b.label) ?? -1);
    switch (t.op) {
      case 'br':
        if (loopsBack(t.target)) this.countReduction();
        this.ins(`br label %b.${t.target}`);
        break;
      case 'condbr':
        if (loopsBack(t.then) || loopsBack(t.else)) this.countReduction();
        this.ins(`br i1 ${this.v(t.cond)}, label %b.${t.then}, label %b.${t.else}`);
        break;
      case 'ret':
        this.leaveFrame();
        if (this.retType === 'void') this.ins('ret void');
        else this.ins(`ret ${this.retType} ${t.value ? this.v(t.value) : zeroOf(this.retType)}`);
        break;
      case 'raise': {
        const type = this.m.useExtern(exceptionTypeSymbol(t.excType));
        this.call('ai_raise', [type, this.m.cstring(t.message)], null);
        this.ins(`br label %${this.excLabel(t.line)}`);
        break;
      }
      case 'raise_pending':
        this.ins(`br label %${this.excLabel(t.line)}`);
        break;
      case 'propagate':
        this.ins(`br label ${this.handlerTarget(this.handler)}`);
        break;
      case 'unreachable':
        // Where the compiler's types were wrong, a message and a failing status, not undefined behaviour.
        this.call('ai_unreachable', [this.m.cstring(this.f.name)], null);
        this.ins('unreachable');
        break;
    }
  }

  private constant(dst: Reg, c: ConstValue): void {
    switch (c.kind) {
      case 'int':
        if (isSmallInt(c.value)) {
          this.define(dst, ((c.value << 1n) | 1n).toString());
        } else {
          const digits = (c.value < 0n ? -c.value : c.value).toString();
          const r = this.call('ai_int_from_decimal', [this.m.cstring(digits), String(digits.length)], 0);
          this.define(dst, c.value < 0n ? this.call('ai_int_neg', [r], 0) : r);
        }
        return;
      case 'float':
        this.define(dst, floatLiteral(c.value));
        return;
      case 'bool':
        this.define(dst, c.value ? 'true' : 'false');
        return;
      case 'none':
        this.define(dst, `ptrtoint (ptr ${this.m.useExtern('ai_None')} to i64)`);
        return;
      case 'str':
        this.define(dst, this.m.strLiteral(c.value));
        return;
      case 'tuple':
        this.define(dst, this.m.tupleLiteral(c.items));
        return;
    }
  }

  private instr(i: Instr): void {
    switch (i.op) {
      case 'const':
        this.constant(i.dst, i.value);
        return;
      case 'local.get':
      case 'global.get': {
        const isLocal = i.op === 'local.get';
        const ptr = isLocal ? this.slot(i.name) : this.global(i.name);
        const t = llvmType(i.dst.type);
        const r = this.fresh();
        this.ins(`${r} = load ${t}, ptr ${ptr}`);
        if (i.unboundCheck) {
          const flagged = isLocal ? this.flaggedLocals.has(i.name) : this.program.isFlaggedGlobal(i.name);
          const bound = this.fresh('bound');
          if (flagged) this.ins(`${bound} = load i1, ptr ${isLocal ? this.slot(`${i.name}$bound`) : this.global(`${i.name}$bound`, 'i1')}`);
          else this.ins(`${bound} = icmp ne i64 ${r}, 0`);
          const k = this.tmp++;
          this.ins(`br i1 ${bound}, label %bound${k}, label %unbound${k}`);
          this.label(`unbound${k}`);
          const [type, message] = unboundVariableError(i.name, isLocal ? 'local' : 'global');
          this.call('ai_raise', [this.m.useExtern(exceptionTypeSymbol(type)), this.m.cstring(message)], null);
          this.ins(`br label %${this.excLabel(i.line ?? 0)}`);
          this.label(`bound${k}`);
        }
        this.define(i.dst, r);
        return;
      }
      case 'global.isbound': {
        const r = this.fresh();
        if (this.program.isFlaggedGlobal(i.name)) this.ins(`${r} = load i1, ptr ${this.global(`${i.name}$bound`, 'i1')}`);
        else {
          const word = this.fresh();
          this.ins(`${word} = load i64, ptr ${this.global(i.name)}`);
          this.ins(`${r} = icmp ne i64 ${word}, 0`);
        }
        this.define(i.dst, r);
        return;
      }
      case 'local.set':
      case 'global.set': {
        const isLocal = i.op === 'local.set';
        this.ins(`store ${this.typed(i.src)}, ptr ${isLocal ? this.slot(i.name) : this.global(i.name)}`);
        if (isLocal ? this.flaggedLocals.has(i.name) : this.program.isFlaggedGlobal(i.name)) {
          this.ins(`store i1 true, ptr ${isLocal ? this.slot(`${i.name}$bound`) : this.global(`${i.name}$bound`, 'i1')}`);
        }
        return;
      }
      case 'local.unset':
      case 'global.unset': {
        const isLocal = i.op === 'local.unset';
        const t = isLocal ? (this.f.locals.has(i.name) ? llvmType(this.f.locals.get(i.name)!) : undefined) : this.program.globalType(i.name);
        if (!t) return;
        // A word's unassigned state is 0; a float or bool has a flag, when a checked read needs one.
        if (t === 'i64') this.ins(`store i64 0, ptr ${isLocal ? this.slot(i.name) : this.global(i.name)}`);
        if (isLocal ? this.flaggedLocals.has(i.name) : this.program.isFlaggedGlobal(i.name)) {
          this.ins(`store i1 false, ptr ${isLocal ? this.slot(`${i.name}$bound`) : this.global(`${i.name}$bound`, 'i1')}`);
        }
        return;
      }
      case 'call': {
        const target = this.program.callee(i.callee);
        const ret = target ? target.ret : 'i64';
        const args = i.args.map((a) => this.typed(a)).join(', ');
        const r = this.fresh();
        // A function with a loop stays a call of its own (except from the
        // module body): inlined, its dead locals would linger in the
        // caller's frame, where the collector's conservative stack scan
        // keeps what they point at alive (a list built and dropped, then
        // the next call's data). A loop's work dwarfs the call anyway.
        const keepCall = target && !this.f.isModule && target.loops ? ' #1' : '';
        this.ins(`${r} = call ${ret} ${this.pyFunction(i.callee)}(${args})${keepCall}`);
        this.checkFor(ret, r, i.line);
        this.define(i.dst, r);
        return;
      }
      case 'print': {
        const arr = this.array(i.strs);
        const sep = i.sep ? this.v(i.sep) : '0';
        const end = i.end ? this.v(i.end) : '0';
        const flush = i.flush ? this.v(i.flush) : 'false';
        const r = this.call('ai_print', [String(i.strs.length), arr, sep, end, flush], null);
        this.check('false', r, i.line);
        return;
      }
      case 'concat': {
        const arr = this.array(i.parts);
        this.call('ai_str_join_n', [String(i.parts.length), arr], i.line, i.dst);
        return;
      }
      case 'prim':
        this.prim(i.prim, i.dst, i.args, i.imm, i.line);
        return;
      case 'retype':
        this.define(i.dst, this.v(i.src));
        return;
      case 'new': {
        const size = 16 + 8 * i.nslots;
        const p = this.fresh('obj');
        this.ins(`${p} = call ptr ${this.m.useRuntime('ai_alloc')}(i64 ${size})`);
        const nul = this.fresh();
        this.ins(`${nul} = icmp eq ptr ${p}, null`);
        const k = this.tmp++;
        this.ins(`br i1 ${nul}, label %${this.excLabel(0)}, label %alloc${k}`);
        this.label(`alloc${k}`);
        this.ins(`store ptr ${this.cls(i.cls)}, ptr ${p}`);
        const w = this.fresh();
        this.ins(`${w} = ptrtoint ptr ${p} to i64`);
        this.define(i.dst, w);
        return;
      }
      case 'slot.get':
      case 'slot.set':
      case 'slot.isset':
      case 'slot.init_float': {
        const base = this.fresh();
        this.ins(`${base} = inttoptr i64 ${this.v(i.obj)} to ptr`);
        const addr = this.fresh();
        this.ins(`${addr} = getelementptr inbounds i8, ptr ${base}, i64 ${16 + 8 * i.index}`);
        if (i.op === 'slot.set') {
          this.ins(`store ${this.typed(i.src)}, ptr ${addr}`);
          return;
        }
        if (i.op === 'slot.init_float') {
          this.ins(`store i64 ${unsetFloatBits}, ptr ${addr}`);
          return;
        }
        if (i.op === 'slot.isset') {
          const bits = this.fresh();
          this.ins(`${bits} = load i64, ptr ${addr}`);
          const set = this.fresh();
          this.ins(`${set} = icmp ne i64 ${bits}, ${i.float ? unsetFloatBits : '0'}`);
          this.define(i.dst, set);
          return;
        }
        const t = llvmType(i.dst.type);
        const bits = this.fresh();
        this.ins(`${bits} = load i64, ptr ${addr}`);
        const unset = this.fresh();
        this.ins(`${unset} = icmp eq i64 ${bits}, ${t === 'double' ? unsetFloatBits : '0'}`);
        const k = this.tmp++;
        this.ins(`br i1 ${unset}, label %noattr${k}, label %attr${k}`);
        this.label(`noattr${k}`);
        this.call('ai_raise', [this.m.useExtern(exceptionTypeSymbol('AttributeError')), this.m.cstring(i.missing)], null);
        this.ins(`br label %${this.excLabel(i.line)}`);
        this.label(`attr${k}`);
        if (t === 'double') {
          const d = this.fresh();
          this.ins(`${d} = bitcast i64 ${bits} to double`);
          this.define(i.dst, d);
        } else this.define(i.dst, bits);
        return;
      }
      case 'cell.new':
      case 'closure.new': {
        const cells = i.op === 'closure.new' ? i.cells : [];
        if (i.op === 'closure.new' && !cells.length) {
          // A function without cells (a def of a module, not nested): one object for the program, so that
          // every read of its name is the same value (`wrapper.__wrapped__ is square`, `handler is default`).
          const w = this.fresh();
          this.ins(`${w} = ptrtoint ptr ${this.m.functionObject(i.fnId, this.cls('function'))} to i64`);
          this.define(i.dst, w);
          return;
        }
        const size = i.op === 'cell.new' ? 24 : 24 + 8 * cells.length;
        const p = this.fresh('obj');
        this.ins(`${p} = call ptr ${this.m.useRuntime('ai_alloc')}(i64 ${size})`);
        const nul = this.fresh();
        this.ins(`${nul} = icmp eq ptr ${p}, null`);
        const k = this.tmp++;
        this.ins(`br i1 ${nul}, label %${this.excLabel(i.op === 'closure.new' ? i.line : 0)}, label %alloc${k}`);
        this.label(`alloc${k}`);
        // A float cell is an `fcell`: copying a value for another actor (runtime/src/actor/copy.c) must not read its bits as a word.
        this.ins(`store ptr ${this.cls(i.op === 'cell.new' ? (i.float ? 'fcell' : 'cell') : 'function')}, ptr ${p}`);
        if (i.op === 'closure.new') {
          const idAddr = this.fresh();
          this.ins(`${idAddr} = getelementptr inbounds i8, ptr ${p}, i64 16`);
          // The function id, and the number of cells above it (the object's size, for copy.c).
          this.ins(`store i64 ${BigInt(i.fnId) + (BigInt(cells.length) << 32n)}, ptr ${idAddr}`);
          cells.forEach((c, j) => {
            const addr = this.fresh();
            this.ins(`${addr} = getelementptr inbounds i8, ptr ${p}, i64 ${24 + 8 * j}`);
            this.ins(`store i64 ${this.v(c)}, ptr ${addr}`);
          });
        }
        const w = this.fresh();
        this.ins(`${w} = ptrtoint ptr ${p} to i64`);
        this.define(i.dst, w);
        return;
      }
      case 'cell.get':
      case 'cell.set':
      case 'closure.cell':
      case 'closure.fnid': {
        const objReg = i.op === 'cell.get' || i.op === 'cell.set' ? i.cell : i.env;
        const base = this.fresh();
        this.ins(`${base} = inttoptr i64 ${this.v(objReg)} to ptr`);
        const offset = i.op === 'closure.cell' ? 24 + 8 * i.index : 16;
        const addr = this.fresh();
        this.ins(`${addr} = getelementptr inbounds i8, ptr ${base}, i64 ${offset}`);
        if (i.op === 'cell.set') {
          this.ins(`store ${this.typed(i.src)}, ptr ${addr}`);
          return;
        }
        if (i.op === 'closure.cell' || i.op === 'closure.fnid') {
          let r = this.fresh();
          this.ins(`${r} = load i64, ptr ${addr}`);
          if (i.op === 'closure.fnid') {
            const id = this.fresh();
            this.ins(`${id} = and i64 ${r}, 4294967295`);
            r = id;
          }
          this.define(i.dst, i.op === 'closure.fnid' ? this.tagInt(r) : r);
          return;
        }
        const t = llvmType(i.dst.type);
        const r = this.fresh();
        this.ins(`${r} = load ${t}, ptr ${addr}`);
        if (t === 'i64') {
          const unset = this.fresh();
          this.ins(`${unset} = icmp eq i64 ${r}, 0`);
          const k = this.tmp++;
          this.ins(`br i1 ${unset}, label %unbound${k}, label %bound${k}`);
          this.label(`unbound${k}`);
          const [type, message] = unboundVariableError(i.name, i.local ? 'local' : 'free');
          this.call('ai_raise', [this.m.useExtern(exceptionTypeSymbol(type)), this.m.cstring(message)], null);
          this.ins(`br label %${this.excLabel(i.line)}`);
          this.label(`bound${k}`);
        }
        this.define(i.dst, r);
        return;
      }
      case 'classobj':
        this.define(i.dst, `ptrtoint (ptr ${this.classObject(i.cls)} to i64)`);
        return;
      case 'isclass': {
        const base = this.fresh();
        this.ins(`${base} = inttoptr i64 ${this.v(i.obj)} to ptr`);
        const type = this.fresh();
        this.ins(`${type} = load ptr, ptr ${base}`);
        let acc = 'false';
        for (const c of i.classes) {
          const eq = this.fresh();
          this.ins(`${eq} = icmp eq ptr ${type}, ${this.cls(c)}`);
          const or = this.fresh();
          this.ins(`${or} = or i1 ${acc}, ${eq}`);
          acc = or;
        }
        this.define(i.dst, acc);
        return;
      }
      case 'rtcall':
        this.rtcall(i);
        return;
      case 'iter.next': {
        const slot = this.fresh('next');
        this.allocas.push(`  ${slot} = alloca i64`);
        const slot2 = i.out2 ? this.fresh('next') : null;
        if (slot2) this.allocas.push(`  ${slot2} = alloca i64`);
        const has = slot2
          ? this.call('ai_iter_next_pair', [this.v(i.iter), slot, slot2], null)
          : this.call(i.called ? 'ai_iter_next_called' : 'ai_iter_next', [this.v(i.iter), slot], null);
        const k = this.tmp++;
        this.ins(`br i1 ${has}, label %got${k}, label %end${k}`);
        this.label(`end${k}`);
        this.check('pending', '', i.line);
        this.ins(`br label %got${k}`);
        this.label(`got${k}`);
        const w = this.fresh();
        this.ins(`${w} = load i64, ptr ${slot}`);
        this.define(i.has, has);
        this.define(i.out, w);
        if (slot2 && i.out2) {
          const w2 = this.fresh();
          this.ins(`${w2} = load i64, ptr ${slot2}`);
          this.define(i.out2, w2);
        }
        return;
      }
    }
  }

  private rtcall(i: Extract<Instr, { op: 'rtcall' }>): void {
    const f = runtimeFunctions[i.fn];
    if (!f) throw new Error(`internal error: unknown runtime function ${i.fn}`);
    let k = 0; // the parameter an argument starts at (a tuple's items take two)
    const args = i.args.flatMap((a): string | string[] => {
      const at = k++;
      switch (a.kind) {
        case 'tuple-items': {
          // AiTuple: the object header (16 bytes), len, hash, then the items.
          k++;
          const p = this.fresh('tup');
          this.ins(`${p} = inttoptr i64 ${this.v(a.reg)} to ptr`);
          const lenAddr = this.fresh('tuplen');
          this.ins(`${lenAddr} = getelementptr inbounds i8, ptr ${p}, i64 16`);
          const len = this.fresh('tuplen');
          this.ins(`${len} = load i64, ptr ${lenAddr}`);
          const items = this.fresh('tupitems');
          this.ins(`${items} = getelementptr inbounds i8, ptr ${p}, i64 32`);
          return [len, items];
        }
        case 'reg':
          return this.v(a.reg);
        case 'array':
          return a.regs.length ? this.array(a.regs) : 'null';
        case 'i64':
        case 'i32':
          return String(a.value);
        case 'i1':
          return a.value ? 'true' : 'false';
        case 'str':
          return this.m.strLiteral(a.value);
        case 'exctype':
          return this.m.useExtern(exceptionTypeSymbol(a.name));
        case 'typeobj':
          return a.cls ? this.cls(a.cls) : this.m.useExtern(`ai_type_${a.builtin === 'NoneType' ? 'none' : a.builtin}`);
        case 'cstr':
          return this.m.cstring(a.value);
        case 'fnptr':
          return this.pyFunction(a.name);
        case 'globalptr':
          return this.global(a.name);
        case 'callcache':
          return this.m.callCache();
        case 'zero':
          return zeroOf(f.params[at]);
      }
    });
    const r = this.call(i.fn, args, null);
    switch (i.check) {
      case 'word':
        this.check('word', r, i.line);
        break;
      case 'false':
        this.check('false', r, i.line);
        break;
      case 'negative':
        this.check('negative', `${f.ret} ${r}`, i.line);
        break;
      case 'pending':
        this.check('pending', '', i.line);
        break;
      case 'never':
        break;
    }
    if (i.dst) this.define(i.dst, r);
  }

  /** A stack array of words (allocated once, in the entry block). */
  private array(regs: Reg[]): string {
    const arr = this.fresh('arr');
    this.allocas.push(`  ${arr} = alloca [${Math.max(1, regs.length)} x i64]`);
    regs.forEach((r, j) => {
      const p = this.fresh('p');
      this.ins(`${p} = getelementptr inbounds [${regs.length} x i64], ptr ${arr}, i64 0, i64 ${j}`);
      this.ins(`store i64 ${this.v(r)}, ptr ${p}`);
    });
    return arr;
  }

  /**
   * Does this function count towards the recursion limit? Not the module
   * body (ai_main counts it), nor a generator's entry (its body does). A
   * trampoline the runtime calls does: it stands for CPython's count of a
   * call from C into Python.
   */
  private get countsDepth(): boolean {
    return !this.f.isModule && !this.f.uncounted;
  }

  /** The recursion guard's exit (see the entry in the function prologue). */
  private leaveFrame(): void {
    if (!this.countsDepth) return;
    if (this.f.suspends) this.ins(`call void ${this.m.useRuntime('ai_leave')}()`);
    else this.ins(`call void ${this.m.useRuntime('ai_leave_depth')}(i32 %depth)`);
  }

  private tagInt(raw: string): string {
    const s = this.fresh();
    this.ins(`${s} = shl i64 ${raw}, 1`);
    const t = this.fresh();
    this.ins(`${t} = or i64 ${s}, 1`);
    return t;
  }

  private op(text: string): string {
    const r = this.fresh();
    this.ins(`${r} = ${text}`);
    return r;
  }

  private prim(name: Prim, dst: Reg | null, args: Reg[], imm: number | undefined, line: number): void {
    const spec = primSpec(name);
    const a = args.map((x) => this.v(x));
    if (spec.runtime) {
      const callArgs = imm !== undefined ? [String(imm), ...a] : a;
      this.call(spec.runtime, callArgs, spec.raises ? line : null, dst);
      return;
    }
    const set = (value: string) => this.define(dst, value);
    switch (name) {
      case 'int.box':
      case 'str.box':
      case 'none.box':
        return set(a[0]);
      case 'int.range_small': {
        // Tagged words: small ints have bit 0 set; stop + (step - 1) is the tagged stop + step.
        const tags = this.op(`and i64 ${this.op(`and i64 ${a[0]}, ${a[1]}`)}, ${a[2]}`);
        const small = this.op(`trunc i64 ${tags} to i1`);
        const sum = this.op(`call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 ${a[1]}, i64 ${this.op(`sub i64 ${a[2]}, 1`)})`);
        const overflow = this.op(`extractvalue { i64, i1 } ${sum}, 1`);
        return set(this.op(`select i1 ${small}, i1 ${this.op(`xor i1 ${overflow}, true`)}, i1 false`));
      }
      case 'int.small_lt':
        return set(this.op(`icmp slt i64 ${a[0]}, ${a[1]}`));
      case 'int.known_small':
        return set(this.op(`or i64 ${a[0]}, 1`));
      case 'int.small_add':
        // The lowering knows the sum stays small (see prims.ts): no overflow check.
        return set(this.op(`add nsw i64 ${a[0]}, ${this.op(`sub i64 ${a[1]}, 1`)}`));
      case 'int.ne':
        return set(this.op(`xor i1 ${this.call('ai_int_eq', a, null)}, true`));
      case 'int.gt':
        return set(this.call('ai_int_lt', [a[1], a[0]], null));
      case 'int.ge':
        return set(this.call('ai_int_le', [a[1], a[0]], null));
      case 'int.pow_dynamic': {
        // int ** int: float when the exponent is negative, as CPython.
        const sign = this.call('ai_int_sign', [a[1]], null);
        const neg = this.op(`icmp slt i32 ${sign}, 0`);
        const k = this.tmp++;
        this.ins(`br i1 ${neg}, label %powneg${k}, label %powpos${k}`);
        this.label(`powneg${k}`);
        const f = this.call('ai_int_pow_float', a, line);
        const boxed = this.call('ai_box_float', [f], null);
        this.ins(`br label %powjoin${k}`);
        this.label(`powpos${k}`);
        const p = this.call('ai_int_pow', a, null);
        this.ins(`br label %powjoin${k}`);
        this.label(`powjoin${k}`);
        const r = this.op(`phi i64 [ ${boxed}, %${this.lastLabelBefore(`powpos${k}`)} ], [ ${p}, %powpos${k} ]`);
        this.check('word', r, line);
        return set(r);
      }
      case 'intfloat.eq':
      case 'intfloat.ne':
      case 'intfloat.lt':
      case 'intfloat.le':
      case 'intfloat.gt':
      case 'intfloat.ge': {
        const c = this.call('ai_int_float_cmp', a, null);
        const pred = { 'intfloat.eq': `icmp eq i32 ${c}, 0`, 'intfloat.ne': `icmp ne i32 ${c}, 0`, 'intfloat.lt': `icmp eq i32 ${c}, -1`, 'intfloat.le': `icmp sle i32 ${c}, 0`, 'intfloat.gt': `icmp eq i32 ${c}, 1`, 'intfloat.ge': `icmp ult i32 ${c}, 2` }[name];
        return set(this.op(pred));
      }
      case 'float.add':
        return set(this.op(`fadd double ${a[0]}, ${a[1]}`));
      case 'float.sub':
        return set(this.op(`fsub double ${a[0]}, ${a[1]}`));
      case 'float.mul':
        return set(this.op(`fmul double ${a[0]}, ${a[1]}`));
      case 'float.neg':
        return set(this.op(`fneg double ${a[0]}`));
      case 'float.abs':
        return set(this.op(`call double @llvm.fabs.f64(double ${a[0]})`));
      case 'float.eq':
        return set(this.op(`fcmp oeq double ${a[0]}, ${a[1]}`));
      case 'float.ne':
        return set(this.op(`fcmp une double ${a[0]}, ${a[1]}`));
      case 'float.lt':
        return set(this.op(`fcmp olt double ${a[0]}, ${a[1]}`));
      case 'float.le':
        return set(this.op(`fcmp ole double ${a[0]}, ${a[1]}`));
      case 'float.gt':
        return set(this.op(`fcmp ogt double ${a[0]}, ${a[1]}`));
      case 'float.ge':
        return set(this.op(`fcmp oge double ${a[0]}, ${a[1]}`));
      case 'float.truthy':
        return set(this.op(`fcmp une double ${a[0]}, 0.0`));
      case 'bool.to_int':
        return set(this.tagInt(this.op(`zext i1 ${a[0]} to i64`)));
      case 'bool.to_float':
        return set(this.op(`uitofp i1 ${a[0]} to double`));
      case 'bool.not':
        return set(this.op(`xor i1 ${a[0]}, true`));
      case 'bool.and':
        return set(this.op(`and i1 ${a[0]}, ${a[1]}`));
      case 'bool.or':
        return set(this.op(`or i1 ${a[0]}, ${a[1]}`));
      case 'bool.xor':
        return set(this.op(`xor i1 ${a[0]}, ${a[1]}`));
      case 'str.len':
        return set(this.tagInt(this.call('ai_str_len', a, null)));
      case 'int.from_len':
        return set(this.tagInt(a[0]));
      case 'int.from_cmp':
        return set(this.op(`icmp ne i32 ${a[0]}, 0`));
      case 'str.ne':
        return set(this.op(`xor i1 ${this.call('ai_str_eq', a, null)}, true`));
      case 'str.lt':
      case 'str.le':
      case 'str.gt':
      case 'str.ge': {
        const c = this.call('ai_str_cmp', a, null);
        const pred = { 'str.lt': 'slt', 'str.le': 'sle', 'str.gt': 'sgt', 'str.ge': 'sge' }[name];
        return set(this.op(`icmp ${pred} i32 ${c}, 0`));
      }
      case 'obj.is':
        return set(this.op(`icmp eq i64 ${a[0]}, ${a[1]}`));
      case 'bool.unbox':
        return set(this.op(`icmp eq i64 ${a[0]}, ptrtoint (ptr ${this.m.useExtern('ai_True')} to i64)`));
      case 'obj.compare': {
        // Two small ints (both words tagged: x << 1 | 1, which keeps their
        // order) compare as their words, without the call: the common case
        // of a value of unknown type against an int (`receive() == -1`).
        const k = this.tmp++;
        const both = this.op(`and i64 ${a[0]}, ${a[1]}`);
        const small = this.op(`trunc i64 ${both} to i1`);
        this.ins(`br i1 ${small}, label %cmpsmall${k}, label %cmpobj${k}`);
        this.label(`cmpsmall${k}`);
        const pred = ['slt', 'sle', 'eq', 'ne', 'sgt', 'sge'][imm ?? -1];
        if (!pred) throw new Error(`internal error: obj.compare with operator ${imm}`);
        const fast = this.op(`icmp ${pred} i64 ${a[0]}, ${a[1]}`);
        this.ins(`br label %cmpjoin${k}`);
        this.label(`cmpobj${k}`);
        const c = this.call('ai_obj_compare', [String(imm), ...a], null);
        this.check('negative', `i32 ${c}`, line);
        const slow = this.op(`icmp ne i32 ${c}, 0`);
        this.ins(`br label %cmpjoin${k}`);
        this.label(`cmpjoin${k}`);
        return set(this.op(`phi i1 [ ${fast}, %cmpsmall${k} ], [ ${slow}, %${this.lastLabelBefore(`cmpjoin${k}`)} ]`));
      }
      case 'obj.truthy': {
        const c = this.call('ai_obj_truthy', a, null);
        this.check('negative', `i32 ${c}`, line);
        return set(this.op(`icmp ne i32 ${c}, 0`));
      }
      case 'obj.len': {
        const n = this.call('ai_obj_len', a, null);
        this.check('negative', `i64 ${n}`, line);
        return set(this.tagInt(n));
      }
      default:
        throw new Error(`internal error: no emitter for prim ${name}`);
    }
  }

  /** The label of the block that falls into `label` (for phi predecessors after calls that split blocks). */
  private lastLabelBefore(label: string): string {
    const idx = this.lines.lastIndexOf(`${label}:`);
    for (let j = idx - 1; j >= 0; j--) {
      const m = /^([^\s].*):$/.exec(this.lines[j]);
      if (m) return m[1];
    }
    throw new Error('internal error: no predecessor label');
  }
}

const loopFunctions = new WeakMap<IrFunction, boolean>();

/** Does `f` contain a loop (a branch back to an earlier block)? Asked at every call of it: remembered. */
function hasLoop(f: IrFunction): boolean {
  let known = loopFunctions.get(f);
  if (known === undefined) {
    const order = new Map(f.blocks.map((b, i) => [b.label, i]));
    known = f.blocks.some((b, i) => {
      const t = b.term;
      const targets = t.op === 'br' ? [t.target] : t.op === 'condbr' ? [t.then, t.else] : [];
      return targets.some((l) => (order.get(l) ?? Infinity) <= i);
    });
    loopFunctions.set(f, known);
  }
  return known;
}

const spawning = new WeakMap<IrProgram, boolean>();
/** Does the program spawn actors (has an actor entry function)? A program that never does runs alone on its worker. */
function spawnsActors(p: IrProgram): boolean {
  let found = spawning.get(p);
  if (found === undefined) {
    found = p.functions.some((f) => f.name.startsWith('actor.'));
    spawning.set(p, found);
  }
  return found;
}

function reachableBlocks(blocks: Block[]): Block[] {
  const byLabel = new Map(blocks.map((b) => [b.label, b]));
  const seen = new Set<string>();
  const stack = ['entry'];
  while (stack.length) {
    const l = stack.pop()!;
    if (seen.has(l)) continue;
    seen.add(l);
    const b = byLabel.get(l)!;
    if (b.handler) stack.push(b.handler);
    const t = b.term;
    if (t.op === 'br') stack.push(t.target);
    else if (t.op === 'condbr') stack.push(t.then, t.else);
  }
  return blocks.filter((b) => seen.has(b.label));
}
