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
  | { kind: 'str'; value: string };

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
  /** `imm` selects the operator of the dynamic prims (enum ai_binop / ai_cmpop). */
  | { op: 'prim'; dst: Reg | null; prim: PrimName; args: Reg[]; imm?: number; line: number }
  | { op: 'call'; dst: Reg | null; callee: string; args: Reg[]; line: number }
  | { op: 'print'; strs: Reg[]; sep: Reg | null; end: Reg | null; flush: Reg | null; line: number }
  | { op: 'concat'; dst: Reg; parts: Reg[]; line: number };

export type Terminator =
  | { op: 'br'; target: string }
  | { op: 'condbr'; cond: Reg; then: string; else: string }
  | { op: 'ret'; value: Reg | null }
  /** Raise a new built-in exception: `excType` is its Python name. */
  | { op: 'raise'; excType: string; message: string; line: number }
  | { op: 'unreachable' };

export interface Block {
  label: string;
  instrs: Instr[];
  term: Terminator;
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
}

export interface IrProgram {
  /** main.py's path as shown in tracebacks. */
  file: string;
  sourceLines: string[];
  functions: IrFunction[];
  globals: Map<string, Type>;
  moduleFunction: string;
}

/** Debug dump, used by `aithon check --emit-ir` and tests. */
export function printIr(p: IrProgram): string {
  const r = (x: Reg | null) => (x ? `%${x.id}:${x.type.kind}` : '_');
  const out: string[] = [];
  for (const [g, t] of p.globals) out.push(`global ${g}: ${t.kind}`);
  for (const f of p.functions) {
    out.push(`fn ${f.name}(${f.params.map((x) => `${x.name}: ${x.type.kind}`).join(', ')}) -> ${f.returnType.kind}`);
    for (const b of f.blocks) {
      out.push(` ${b.label}:`);
      for (const i of b.instrs) {
        switch (i.op) {
          case 'const':
            out.push(`  ${r(i.dst)} = const ${i.value.kind === 'none' ? 'None' : JSON.stringify(i.value.kind === 'int' ? i.value.value.toString() : i.value.value)}`);
            break;
          case 'local.get':
          case 'global.get':
            out.push(`  ${r(i.dst)} = ${i.op} ${i.name}`);
            break;
          case 'local.set':
          case 'global.set':
            out.push(`  ${i.op} ${i.name} ${r(i.src)}`);
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
        }
      }
      const t = b.term;
      out.push(
        `  ${t.op}${t.op === 'br' ? ` ${t.target}` : t.op === 'condbr' ? ` ${r(t.cond)} ${t.then} ${t.else}` : t.op === 'ret' ? ` ${r(t.value)}` : t.op === 'raise' ? ` ${t.excType}(${JSON.stringify(t.message)})` : ''}`,
      );
    }
  }
  return out.join('\n');
}
