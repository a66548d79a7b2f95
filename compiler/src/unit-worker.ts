// A piscina worker of the unit compiler (see units.ts): compiles one batch of
// function units with one `aithon-unitc` process (compiler/native/unitc.c),
// so the batches of a build run in parallel on all cores while the main
// thread keeps hashing and storing.
//
// A task is one step for many units: `opt` (LLVM text -> optimised bitcode),
// `codegen` (bitcode -> object) or `both`. Inputs and outputs travel through
// the tool's pipes as bytes: no files are created.
import { spawnSync } from 'node:child_process';
import { launchTool } from './tool-launcher';

export type UnitStep = 'opt' | 'codegen' | 'both';

export interface UnitBatchTask {
  step: UnitStep;
  /** The aithon-unitc binary (built by the main thread, which reports a failure). */
  unitc: string;
  /** LLVM text (opt, both) or bitcode (codegen) of each unit. */
  units: { key: string; input: Uint8Array }[];
}

export interface UnitBatchResult {
  /** Per unit: its bitcode (opt, both) and its object (codegen, both). */
  bitcode: Uint8Array[];
  objects: Uint8Array[];
  /** Failure text (the tool's stderr); the main thread turns it into a ToolchainError. */
  error?: string;
  ms: number;
}

/** 8-byte little-endian length, then the bytes: aithon-unitc's framing in both directions. */
function frame(units: UnitBatchTask['units']): Buffer {
  const parts: Buffer[] = [];
  for (const u of units) {
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(u.input.byteLength));
    parts.push(len, Buffer.from(u.input.buffer, u.input.byteOffset, u.input.byteLength));
  }
  return Buffer.concat(parts);
}

export default function compileUnitBatch(task: UnitBatchTask): UnitBatchResult {
  const started = performance.now();
  const ran = spawnSync(task.unitc, [task.step], { input: frame(task.units), maxBuffer: unitcMaxBuffer });
  const error = ran.error || ran.status !== 0 ? (ran.error ? ran.error.message : ran.stderr?.toString('utf8') || `exit status ${ran.status}`) : undefined;
  return unitcResult(task, started, ran.stdout, error);
}

/**
 * compileUnitBatch without blocking the thread, its process started through the
 * tool launcher when one runs (serve): the main thread's way for an edit's one batch.
 */
export async function launchUnitBatch(task: UnitBatchTask): Promise<UnitBatchResult> {
  const started = performance.now();
  const ran = await launchTool({ file: task.unitc, args: [task.step], input: frame(task.units), maxBuffer: unitcMaxBuffer });
  const error = ran.error ? (!ran.error.spawnFailed && ran.stderr.toString('utf8')) || ran.error.message : undefined;
  return unitcResult(task, started, ran.stdout, error);
}

const unitcMaxBuffer = 1024 * 1024 * 1024;

/** The bitcode and objects in aithon-unitc's output, or the failure (`error`: why it failed). */
function unitcResult(task: UnitBatchTask, started: number, out: Buffer, error: string | undefined): UnitBatchResult {
  const ms = () => performance.now() - started;
  if (error !== undefined) return { bitcode: [], objects: [], error: `aithon-unitc ${task.step} of ${task.units.length} unit(s) failed:\n${error}`, ms: ms() };
  const bitcode: Uint8Array[] = [];
  const objects: Uint8Array[] = [];
  let at = 0;
  const next = (): Uint8Array => {
    if (at + 8 > out.length) throw new Error('aithon-unitc: truncated output');
    const len = Number(out.readBigUInt64LE(at));
    at += 8;
    if (at + len > out.length) throw new Error('aithon-unitc: truncated output');
    const bytes = out.subarray(at, at + len);
    at += len;
    return bytes;
  };
  try {
    for (let i = 0; i < task.units.length; i++) {
      const bc = next();
      const obj = next();
      if (task.step !== 'codegen') bitcode.push(bc);
      if (task.step !== 'opt') objects.push(obj);
    }
  } catch (e) {
    return { bitcode: [], objects: [], error: (e as Error).message, ms: ms() };
  }
  return { bitcode, objects, ms: ms() };
}
