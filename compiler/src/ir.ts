// The typed mid-level IR between the Python syntax tree and LLVM.
//
// A program is a set of functions (one per function instance: a Python
// function specialised to argument types), each a control-flow graph of basic
// blocks over typed virtual registers. Variables live in named, typed slots
// (LLVM's mem2reg turns them into SSA). Every instruction that can raise
// carries its source line; the emitter adds the exception edge (record a
// traceback entry, leave the frame) so lowering never spells it out.
import type { Type } from './types';

export interface Reg {
  readonly id: number;
  readonly type: Type;
}

export type ConstValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'str'; value: string }
  /**
   * A tuple display of int, str and None literals (and such tuples): one statically
   * allocated AiTuple, as CPython keeps a constant tuple among a code object's constants,
   * so `for dr, dc in ((0, 1), (1, 0))` allocates nothing per run.
   */
  | { kind: 'tuple'; items: ConstValue[] };

/** Whether an int constant fits a tagged word (2n+1); larger ones are runtime bigints. */
export function isSmallInt(value: bigint): boolean {
  return value >= -(1n << 62n) && value <= (1n << 62n) - 1n;
}

/** Primitive operations. Signatures live in prims.ts; the emitter implements each. */
export type PrimName = keyof typeof import('./prims').prims;

export type Instr =
  | { op: 'const'; dst: Reg; value: ConstValue }
  /**
   * A read of a variable. `unboundCheck`: the variable may not be assigned yet
   * on some path, so the read raises UnboundLocalError (locals) or NameError
   * (globals) when it is not; set by passes/definite-assignment.ts.
   */
  | { op: 'local.get'; dst: Reg; name: string; line?: number; unboundCheck?: boolean }
  | { op: 'local.set'; name: string; src: Reg }
  | { op: 'global.get'; dst: Reg; name: string; line?: number; unboundCheck?: boolean }
  | { op: 'global.set'; name: string; src: Reg }
  /** Is the global bound (a class attribute set outside its class body, read back along the MRO: classes.ts classAttrHolders)? */
  | { op: 'global.isbound'; dst: Reg; name: string }
  /** `del x`: the variable is unassigned again (later reads raise; the collector no longer sees its old value). */
  | { op: 'local.unset'; name: string }
  | { op: 'global.unset'; name: string }
  /** `imm` selects the operator of the dynamic prims (enum ai_binop / ai_cmpop). */
  | { op: 'prim'; dst: Reg | null; prim: PrimName; args: Reg[]; imm?: number; line: number }
  | { op: 'call'; dst: Reg | null; callee: string; args: Reg[]; line: number }
  | { op: 'print'; strs: Reg[]; sep: Reg | null; end: Reg | null; flush: Reg | null; line: number }
  | { op: 'concat'; dst: Reg; parts: Reg[]; line: number }
  /** The same run-time word seen at another static type (e.g. a list as `object`). */
  | { op: 'retype'; dst: Reg; src: Reg }
  /** A call of a runtime function of runtime-abi.ts; `check` says how it reports a raise. */
  | { op: 'rtcall'; dst: Reg | null; fn: string; args: RtArg[]; check: RaiseCheck; line: number }
  /** One step of an iterator: `has` is false at the end; `out` is the next word. */
  /** called: next(it) / it.__next__() written in the program, not a loop's step (see ai_iter_next_called). */
  /** out2: the step's item is a pair whose two items go to out and out2 (ai_iter_next_pair: a dict's items without the tuple). */
  | { op: 'iter.next'; has: Reg; out: Reg; out2?: Reg; iter: Reg; line: number; called?: boolean }
  /** A new instance of user class `cls` with `nslots` attribute slots, all unset. */
  | { op: 'new'; dst: Reg; cls: string; nslots: number }
  /** Attribute slot `index`: a raw double for float slots, else a word; unset raises AttributeError(missing). */
  | { op: 'slot.get'; dst: Reg; obj: Reg; index: number; line: number; missing: string }
  | { op: 'slot.set'; obj: Reg; index: number; src: Reg }
  /** Is attribute slot `index` set (a float slot: not the NaN sentinel)? */
  | { op: 'slot.isset'; dst: Reg; obj: Reg; index: number; float: boolean }
  /** Marks a float slot unset (a NaN sentinel: every other bit pattern is a float). */
  | { op: 'slot.init_float'; obj: Reg; index: number }
  /** Is the object's class exactly one of `classes`? */
  | { op: 'isclass'; dst: Reg; obj: Reg; classes: string[] }
  /** A compiled class as a value: its class object (a constant of the runtime's type `type`). */
  | { op: 'classobj'; dst: Reg; cls: string }
  /** A heap cell for a variable shared with nested functions; unset until first set. */
  /** A cell for a shared variable; `float`: it holds an unboxed float. */
  | { op: 'cell.new'; dst: Reg; float?: boolean }
  | { op: 'cell.get'; dst: Reg; cell: Reg; line: number; name: string; local: boolean }
  | { op: 'cell.set'; cell: Reg; src: Reg }
  /** A function value: which function (fnId) and the cells of its free variables. */
  | { op: 'closure.new'; dst: Reg; fnId: number; cells: Reg[]; line: number }
  | { op: 'closure.cell'; dst: Reg; env: Reg; index: number }
  | { op: 'closure.fnid'; dst: Reg; env: Reg };

/** How a runtime function says it raised: a 0 word, false, a negative number, or only by ai_exc_pending(). */
export type RaiseCheck = 'word' | 'false' | 'negative' | 'pending' | 'never';

export type RtArg =
  | { kind: 'reg'; reg: Reg }
  /** A stack array of words; the callee receives a pointer. */
  | { kind: 'array'; regs: Reg[] }
  /** A tuple's items, for a function that takes (n, words): two parameters, its length and a pointer to its items (`heapq.merge(*shards)`). */
  | { kind: 'tuple-items'; reg: Reg }
  | { kind: 'i64'; value: number }
  | { kind: 'i32'; value: number }
  | { kind: 'i1'; value: boolean }
  /** A str literal's word. */
  | { kind: 'str'; value: string }
  /** The type object of a built-in exception class. */
  | { kind: 'exctype'; name: string }
  /** The type object of a built-in type (`int`) or of a compiled class. */
  | { kind: 'typeobj'; builtin?: string; cls?: string }
  /** A C string constant. */
  | { kind: 'cstr'; value: string }
  /** The address of a compiled function (by IR name). */
  | { kind: 'fnptr'; name: string }
  /** The address of a module global. */
  | { kind: 'globalptr'; name: string }
  /** The address of a new pointer-sized cache of this call site (null at first): ai_call_method_ic's. */
  | { kind: 'callcache' }
  | { kind: 'zero' };

export type Terminator =
  | { op: 'br'; target: string }
  | { op: 'condbr'; cond: Reg; then: string; else: string }
  | { op: 'ret'; value: Reg | null }
  /** Raise a new built-in exception: `excType` is its Python name. */
  | { op: 'raise'; excType: string; message: string; line: number }
  /** An exception is pending (just raised or restored): record this line, go to the handler. */
  | { op: 'raise_pending'; line: number }
  /** An exception is pending and already recorded: go on to the enclosing handler. */
  | { op: 'propagate' }
  | { op: 'unreachable' };

export interface Block {
  label: string;
  instrs: Instr[];
  term: Terminator;
  /** Where an exception raised in this block goes: an except/finally block, or (undefined) out of the function. */
  handler?: string;
}

export interface IrFunction {
  /** Unique symbol: the instance key, e.g. `fib(int)`, or `<module>`. */
  name: string;
  /** The Python name shown in tracebacks. */
  pyName: string;
  isModule: boolean;
  params: { name: string; type: Type }[];
  /** Every slot: parameters, variables and temporaries. */
  locals: Map<string, Type>;
  returnType: Type;
  blocks: Block[];
  /** The line of the `def` (0 for the module body and generated functions). */
  firstLine: number;
  /** The file of the `def` when it is not main.py (a linked module's function): its lines are that file's. */
  file?: string;
  /** A generated trampoline into a Python function: it has no frame of its own, so it adds no traceback entry. */
  noFrame?: boolean;
  /**
   * A generator's body (or the entry running it): its frame is suspended and
   * resumed at other recursion depths, so leaving it counts the depth down
   * (ai_leave) rather than restoring the depth it was entered at.
   */
  suspends?: boolean;
  /**
   * A generator's entry: only the body it calls counts towards the recursion
   * limit, as CPython counts one frame per generator level (a chain of
   * generators each iterating the next reaches depth 1000 at 1000 levels).
   */
  uncounted?: boolean;
}

export interface IrProgram {
  /** main.py's path as shown in tracebacks. */
  file: string;
  sourceLines: string[];
  /** The lines of every linked module, by file as shown in tracebacks. */
  linkedSourceLines: Map<string, string[]>;
  functions: IrFunction[];
  globals: Map<string, Type>;
  moduleFunction: string;
  /** User classes, bases before subclasses: their run-time type objects. */
  classes: {
    name: string;
    base: string | null;
    builtinBase?: string | null;
    /** Built-in exception classes named as further bases (registered at start-up: ai_type_add_base). */
    extraBases?: string[];
    /** User classes after the first base (`class C(Base, Mixin)`): registered the same way, so the run-time subtype
     * test (isinstance against a class object found at run time, `except`) sees every base. */
    extraClassBases?: string[];
    dunders?: IrClassDunders | null;
    /** `module.Qualname` as CPython's repr of the class shows it: `__main__.Point`, `shapes.Circle`, `__main__.Tree.Node`. */
    qualifiedName: string;
  }[];
  /**
   * What repr() shows of each function value, by function id (obj/object.c):
   * `f<qualname>` for `<function main.<locals>.f at 0x...>`, `b<name>` for
   * `<built-in function len>`, `c<name>` for a built-in class (`<class 'int'>`).
   */
  functionReprs: string[];
}

/** A class's run-time dunder entries: generated function per dunder name, for the runtime's AiClassDunders. */
export interface IrClassDunders {
  /** The root class of its hierarchy (binary dunders take operands of that hierarchy). */
  root: string;
  entries: Record<string, string>;
  /** Defines __eq__ and no __hash__ along its MRO first: hash() raises. */
  unhashable: boolean;
  /** Attributes by name for dynamic code: slots, methods per argument count, property getters, class attributes (each a generated entry). */
  attrs: { name: string; kind: 'slot' | 'method' | 'property' | 'classattr' | 'setter'; index: number; nargs: number; fn: string | null; params: string }[];
  /** One letter per instance slot ('f' unboxed float, 'w' word); null for exception classes (another layout). */
  slotKinds: string | null;
  /** The names the class and its bases define (methods of every kind, properties, class attributes), for hasattr(). */
  classNames: string[];
  /** The built-in type its instances also are for isinstance() (a str- or int-valued enum), else null. */
  valueType: 'str' | 'int' | 'float' | 'tuple' | 'list' | 'dict' | null;
}

function constText(c: ConstValue): string {
  switch (c.kind) {
    case 'none':
      return 'None';
    case 'int':
      return JSON.stringify(c.value.toString());
    case 'tuple':
      return `(${c.items.map(constText).join(', ')}${c.items.length === 1 ? ',' : ''})`;
    default:
      return JSON.stringify(c.value);
  }
}

/** Debug dump, used by `aithon check --emit-ir` and tests. */
export function printIr(p: IrProgram): string {
  const r = (x: Reg | null) => (x ? `%${x.id}:${x.type.kind}` : '_');
  const out: string[] = [];
  for (const [g, t] of p.globals) out.push(`global ${g}: ${t.kind}`);
  for (const f of p.functions) {
    out.push(`fn ${f.name}(${f.params.map((x) => `${x.name}: ${x.type.kind}`).join(', ')}) -> ${f.returnType.kind}`);
    for (const b of f.blocks) {
      out.push(` ${b.label}:${b.handler ? `  ; except -> ${b.handler}` : ''}`);
      for (const i of b.instrs) {
        switch (i.op) {
          case 'const':
            out.push(`  ${r(i.dst)} = const ${constText(i.value)}`);
            break;
          case 'local.get':
          case 'global.get':
            out.push(`  ${r(i.dst)} = ${i.op} ${i.name}`);
            break;
          case 'local.set':
          case 'global.set':
            out.push(`  ${i.op} ${i.name} ${r(i.src)}`);
            break;
          case 'local.unset':
          case 'global.unset':
            out.push(`  ${i.op} ${i.name}`);
            break;
          case 'global.isbound':
            out.push(`  ${r(i.dst)} = ${i.op} ${i.name}`);
            break;
          case 'prim':
            out.push(`  ${r(i.dst)} = ${i.prim}${i.imm !== undefined ? `[${i.imm}]` : ''} ${i.args.map(r).join(', ')}`);
            break;
          case 'call':
            out.push(`  ${r(i.dst)} = call ${i.callee}(${i.args.map(r).join(', ')})`);
            break;
          case 'print':
            out.push(`  print ${i.strs.map(r).join(', ')} sep=${r(i.sep)} end=${r(i.end)} flush=${r(i.flush)}`);
            break;
          case 'concat':
            out.push(`  ${r(i.dst)} = concat ${i.parts.map(r).join(', ')}`);
            break;
          case 'retype':
            out.push(`  ${r(i.dst)} = retype ${r(i.src)}`);
            break;
          case 'rtcall':
            out.push(`  ${r(i.dst)} = ${i.fn}(${i.args.map((a) => (a.kind === 'reg' ? r(a.reg) : a.kind === 'array' ? `[${a.regs.map(r).join(', ')}]` : a.kind === 'tuple-items' ? `*${r(a.reg)}` : a.kind === 'zero' ? '0' : a.kind === 'callcache' ? 'callcache' : `${a.kind}:${JSON.stringify('value' in a ? a.value : 'name' in a ? a.name : (a.cls ?? a.builtin))}`)).join(', ')})`);
            break;
          case 'iter.next':
            out.push(`  ${r(i.has)}, ${r(i.out)}${i.out2 ? `, ${r(i.out2)}` : ''} = next ${r(i.iter)}`);
            break;
          case 'new':
            out.push(`  ${r(i.dst)} = new ${i.cls}[${i.nslots}]`);
            break;
          case 'slot.get':
            out.push(`  ${r(i.dst)} = ${r(i.obj)}.slot${i.index}`);
            break;
          case 'slot.set':
            out.push(`  ${r(i.obj)}.slot${i.index} = ${r(i.src)}`);
            break;
          case 'slot.init_float':
            out.push(`  ${r(i.obj)}.slot${i.index} = unset`);
            break;
          case 'slot.isset':
            out.push(`  ${r(i.dst)} = ${r(i.obj)}.slot${i.index} is set`);
            break;
          case 'isclass':
            out.push(`  ${r(i.dst)} = ${r(i.obj)} isclass ${i.classes.join('|')}`);
            break;
          case 'classobj':
            out.push(`  ${r(i.dst)} = class ${i.cls}`);
            break;
          case 'cell.new':
            out.push(`  ${r(i.dst)} = cell`);
            break;
          case 'cell.get':
            out.push(`  ${r(i.dst)} = *${r(i.cell)}`);
            break;
          case 'cell.set':
            out.push(`  *${r(i.cell)} = ${r(i.src)}`);
            break;
          case 'closure.new':
            out.push(`  ${r(i.dst)} = closure #${i.fnId} [${i.cells.map(r).join(', ')}]`);
            break;
          case 'closure.cell':
            out.push(`  ${r(i.dst)} = ${r(i.env)}.cell${i.index}`);
            break;
          case 'closure.fnid':
            out.push(`  ${r(i.dst)} = ${r(i.env)}.fnid`);
            break;
        }
      }
      const t = b.term;
      out.push(
        `  ${t.op}${t.op === 'br' ? ` ${t.target}` : t.op === 'condbr' ? ` ${r(t.cond)} ${t.then} ${t.else}` : t.op === 'ret' ? ` ${r(t.value)}` : t.op === 'raise' ? ` ${t.excType}(${JSON.stringify(t.message)})` : t.op === 'raise_pending' ? ` line ${t.line}` : ''}`,
      );
    }
  }
  return out.join('\n');
}
