// The build pipeline: validate → parse → ir → opt → codegen → link (stages.ts).
// Each stage is timed and reported; the CLI, the Nx build executor, serve and
// the tests all go through here. (The Nx stage targets run the same stage
// functions one task at a time: executors/stage.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CompileError, type Diagnostic } from './diagnostics';
import { printIr } from './ir';
import { type BuildMode, generateProgramObject, irStage, type IrOutput, linkStage, optimiseProgram, parseStage, validateStage } from './stages';
import type * as S from './syntax';
import { buildRuntime, cacheRoot, type TargetInfo, ToolchainError, toolRunCount } from './toolchain';
import { DamagedObjects, groupedLinkMinimum, groupObjects } from './link-groups';
import { compileUnits } from './units';

export type { BuildMode } from './stages';

export interface BuildOptions {
  /** Project folder, or the path of its main.py. */
  projectDir: string;
  /** Path of the executable to write. */
  outFile: string;
  mode?: BuildMode;
  /** Called with one human-readable line per stage. */
  onProgress?: (line: string) => void;
  /** Keep the intermediate files (.ll, .bc, .o) in this folder. */
  keepIntermediates?: string;
}

export interface StageTiming {
  name: string;
  ms: number;
}

export interface BuildResult {
  ok: boolean;
  exe?: string;
  diagnostics: Diagnostic[];
  stages: StageTiming[];
  /** LLVM tool processes started by this build. */
  llvmInvocations: number;
  ms: number;
  /** Set when the failure is the toolchain's (missing LLVM tool, tool crash), not the program's. */
  toolchainError?: string;
  /** Dev builds: the function units of the program, and how many were compiled (not found in a cache). */
  units?: number;
  recompiled?: number;
  /** Dev builds: units whose object came from the shared store (AITHON_CACHE_URL). */
  remoteHits?: number;
}

export const stageNames = ['validate', 'parse', 'ir', 'opt', 'codegen', 'link'] as const;

interface Frontend {
  module: S.Module;
  out: IrOutput;
}

class StageRunner {
  readonly stages: StageTiming[] = [];
  constructor(private readonly onProgress?: (line: string) => void) {}

  async run<T>(name: (typeof stageNames)[number], detail: string, fn: () => T | Promise<T>): Promise<T> {
    const index = stageNames.indexOf(name) + 1;
    this.onProgress?.(`[${index}/${stageNames.length}] ${name} ${detail}`);
    const started = performance.now();
    try {
      return await fn();
    } finally {
      this.stages.push({ name, ms: performance.now() - started });
    }
  }
}

/** Validate, parse, type-check and lower a project: everything before LLVM. */
async function frontend(projectDir: string, runner: StageRunner, mode: BuildMode, target: () => Promise<TargetInfo | undefined>): Promise<Frontend> {
  const validated = await runner.run('validate', projectDir, () => validateStage(projectDir));
  const module = await runner.run('parse', validated.sources.main, () => parseStage(validated.sources, validated.root, validated.parsedMain));
  // Asked for only now: syntax and entry-point errors never wait for a first runtime build.
  const targetInfo = await target();
  const out = await runner.run('ir', `${module.file}`, () => irStage(module, mode, targetInfo));
  return { module, out };
}

function failure(e: unknown, runner: StageRunner, started: number, invocationsBefore: number): BuildResult {
  const base = { ok: false, stages: runner.stages, ms: performance.now() - started, llvmInvocations: toolRunCount - invocationsBefore };
  if (e instanceof CompileError) return { ...base, diagnostics: e.diagnostics };
  if (e instanceof ToolchainError) return { ...base, diagnostics: [], toolchainError: e.message };
  throw e;
}

/** `aithon check`: everything up to LLVM IR, no codegen. */
export async function check(projectDir: string, onProgress?: (line: string) => void): Promise<BuildResult & { ir?: string; llvm?: string }> {
  const runner = new StageRunner(onProgress);
  const started = performance.now();
  const before = toolRunCount;
  try {
    const fe = await frontend(projectDir, runner, 'release', async () => undefined);
    return { ok: true, diagnostics: [], stages: runner.stages, ms: performance.now() - started, llvmInvocations: 0, ir: printIr(fe.out.ir), llvm: fe.out.program };
  } catch (e) {
    return failure(e, runner, started, before);
  }
}

/**
 * The link's inputs, hashed. When they equal those of the executable already
 * at `out` (same objects, same runtime; recorded in the cache folder with the
 * file's size and time), the link is skipped: an edit that changed no unit,
 * such as a comment, runs no LLVM tool at all.
 */
function linkStamp(out: string): { file: string; read(): string | undefined; write(key: string): void } {
  const file = join(cacheRoot(), 'links', createHash('sha256').update(out).digest('hex').slice(0, 32));
  const stat = () => {
    try {
      const st = statSync(out);
      return `${st.size}:${st.mtimeMs}:${st.ino}`;
    } catch {
      return undefined;
    }
  };
  return {
    file,
    read() {
      const now = stat();
      if (!now || !existsSync(file)) return undefined;
      const [key, recorded] = readFileSync(file, 'utf8').split('\n');
      return recorded === now ? key : undefined;
    },
    write(key: string) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, `${key}\n${stat()}`);
    },
  };
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const runner = new StageRunner(opts.onProgress);
  const started = performance.now();
  const before = toolRunCount;
  const mode = opts.mode ?? 'dev';
  const work = opts.keepIntermediates ? resolve(opts.keepIntermediates) : mkdtempSync(join(tmpdir(), 'aithon-build-'));
  mkdirSync(work, { recursive: true });
  try {
    const fe = await frontend(opts.projectDir, runner, mode, async () => (await buildRuntime()).target);
    const runtime = await buildRuntime(); // cached after the first build
    // release: the whole program in one module, linked with the runtime's
    // bitcode and optimised together, so the runtime's fast paths inline into
    // user code (LTO). dev: one unit per function, each compiled once and
    // cached (units.ts), linked with the runtime archive: an edit recompiles
    // only the functions whose code changed.
    let objects: string[];
    let unitStats: { units: number; recompiled: number; remoteHits: number } | undefined;
    if (fe.out.program !== undefined) {
      const ll = join(work, 'program.ll');
      writeFileSync(ll, fe.out.program);
      const bc = join(work, 'program.bc');
      await runner.run('opt', '-O3, runtime inlined (LTO)', () => optimiseProgram(ll, runtime.bitcode, bc));
      const obj = join(work, 'program.o');
      await runner.run('codegen', 'llc -O3', () => generateProgramObject(bc, obj));
      objects = [obj];
    } else {
      const units = fe.out.units!;
      // A big program's objects are linked through their groups, which check what they merge.
      const compiled = await runner.run('opt', `${units.length} units`, () => compileUnits(units, units.length >= groupedLinkMinimum));
      await runner.run('codegen', `${compiled.recompiled} of ${units.length} units compiled`, () => undefined);
      objects = [...compiled.objects, runtime.archive];
      unitStats = { units: units.length, recompiled: compiled.recompiled, remoteHits: compiled.store.remoteHits };
      if (opts.keepIntermediates) units.forEach((u, i) => writeFileSync(join(work, `unit${i}.ll`), u.text));
    }
    const out = resolve(opts.outFile);
    const stamp = linkStamp(out);
    const linkKey = createHash('sha256').update(objects.join('\n')).digest('hex');
    if (mode === 'dev' && stamp.read() === linkKey) {
      await runner.run('link', `${out} (unchanged)`, () => undefined);
    } else {
      // dev: the unit objects of a big program go to the linker merged in groups (link-groups.ts).
      const inputs = async () => {
        if (mode !== 'dev') return objects;
        try {
          return [...(await groupObjects(objects.slice(0, -1), out)), objects[objects.length - 1]];
        } catch (e) {
          if (!(e instanceof DamagedObjects)) throw e;
          // An object taken unchecked was damaged: its unit is compiled again (every object checked now).
          const again = await compileUnits(fe.out.units!);
          unitStats!.recompiled += again.recompiled;
          objects = [...again.objects, objects[objects.length - 1]];
          return [...(await groupObjects(again.objects, out)), objects[objects.length - 1]];
        }
      };
      await runner.run('link', out, async () => linkStage(await inputs(), out));
      if (mode === 'dev') stamp.write(createHash('sha256').update(objects.join('\n')).digest('hex'));
    }
    return { ok: true, exe: out, diagnostics: [], stages: runner.stages, ms: performance.now() - started, llvmInvocations: toolRunCount - before, ...unitStats };
  } catch (e) {
    return failure(e, runner, started, before);
  } finally {
    if (!opts.keepIntermediates) rmSync(work, { recursive: true, force: true });
  }
}
