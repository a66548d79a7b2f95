// The build pipeline: validate → ir → llvm → opt → codegen → link.
// Each stage is a function from the previous stage's output to its own, timed
// and reported; the CLI, the Nx executors and the tests all go through here.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Program } from './checker';
import { CompileError, type Diagnostic } from './diagnostics';
import { desugarProgram } from './desugar';
import { type IrProgram, printIr } from './ir';
import { emitProgram, emitUnits } from './llvm';
import { compileUnits } from './units';
import { lowerProgram } from './lower';
import { rewriteDecorators } from './decorators';
import { rewriteMethodValues } from './method-values';
import { resolveMatchArgs } from './match-args';
import { linkProjectModules } from './modules';
import { parseModule } from './parser';
import { findProject, type ProjectLayout } from './project';
import type * as S from './syntax';
import { buildRuntime, runTool, ToolchainError, toolRunCount } from './toolchain';
import { addImplicitMainCall, validateEntryPoint } from './validate';

export type BuildMode = 'dev' | 'release';

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
  /** Dev builds: the function units of the program, and how many were compiled (not found in the cache). */
  units?: number;
  recompiled?: number;
}

export const stageNames = ['validate', 'ir', 'llvm', 'opt', 'codegen', 'link'] as const;

interface Frontend {
  layout: ProjectLayout;
  module: S.Module;
  ir: IrProgram;
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
async function frontend(projectDir: string, runner: StageRunner): Promise<Frontend> {
  const { layout, module } = await runner.run('validate', projectDir, () => {
    const layout = findProject(projectDir);
    const source = readFileSync(layout.mainFile, 'utf8');
    const module = parseModule(layout.mainRelative, source);
    const entry = validateEntryPoint(module);
    linkProjectModules(module, layout.mainFile, layout.root, parseModule);
    desugarProgram(module, parseModule);
    resolveMatchArgs(module);
    rewriteDecorators(module);
    rewriteMethodValues(module);
    addImplicitMainCall(module, entry);
    for (const f of layout.pythonFiles) {
      if (f !== layout.mainFile) {
        // Other modules arrive with imports (not compiled yet): still check their syntax.
        parseModuleSyntaxOnly(layout, f);
      }
    }
    return { layout, module };
  });
  const ir = await runner.run('ir', `${module.file}`, () => lowerProgram(new Program(module)));
  return { layout, module, ir };
}

function parseModuleSyntaxOnly(layout: ProjectLayout, file: string): void {
  const rel = file.slice(layout.root.length + 1);
  try {
    parseModule(rel, readFileSync(file, 'utf8'));
  } catch (e) {
    // Only syntax errors matter here: unsupported constructs are reported when the module is imported.
    if (e instanceof CompileError) {
      const syntax = e.diagnostics.filter((d) => !d.message.startsWith('unsupported'));
      if (syntax.length) throw new CompileError(syntax);
    } else throw e;
  }
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
    const fe = await frontend(projectDir, runner);
    const llvm = await runner.run('llvm', 'emit', () => emitProgram(fe.ir));
    return { ok: true, diagnostics: [], stages: runner.stages, ms: performance.now() - started, llvmInvocations: 0, ir: printIr(fe.ir), llvm };
  } catch (e) {
    return failure(e, runner, started, before);
  }
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const runner = new StageRunner(opts.onProgress);
  const started = performance.now();
  const before = toolRunCount;
  const mode = opts.mode ?? 'dev';
  const work = opts.keepIntermediates ? resolve(opts.keepIntermediates) : mkdtempSync(join(tmpdir(), 'aithon-build-'));
  mkdirSync(work, { recursive: true });
  try {
    const fe = await frontend(opts.projectDir, runner);
    const runtime = await buildRuntime(); // cached after the first build
    // release: the whole program in one module, linked with the runtime's
    // bitcode and optimised together, so the runtime's fast paths inline into
    // user code (LTO). dev: one unit per function, each compiled once and
    // cached by the hash of its LLVM text, linked with the runtime archive: an
    // edit recompiles only the functions whose code changed.
    const release = mode === 'release';
    let objects: string[];
    let unitStats: { units: number; recompiled: number } | undefined;
    if (release) {
      const ll = join(work, 'program.ll');
      await runner.run('llvm', 'emit LLVM IR', () => writeFileSync(ll, emitProgram(fe.ir, runtime.target)));
      const linked = join(work, 'linked.bc');
      const optimised = join(work, 'program.bc');
      await runner.run('opt', '-O3, runtime inlined (LTO)', async () => {
        await runTool('llvm-link', [runtime.bitcode, ll, '-o', linked]);
        // Internalise everything but main: unused runtime code goes, the rest inlines.
        await runTool('opt', ['-passes=internalize,default<O3>', '-internalize-public-api-list=main', linked, '-o', optimised]);
      });
      const obj = join(work, 'program.o');
      await runner.run('codegen', 'llc', () => runTool('llc', ['-O3', '-filetype=obj', '-relocation-model=pic', optimised, '-o', obj]));
      objects = [obj];
    } else {
      const units = await runner.run('llvm', 'emit LLVM IR per function', () => emitUnits(fe.ir, runtime.target));
      const compiled = await runner.run('opt', `${units.length} units`, () => compileUnits(units, work));
      await runner.run('codegen', `${compiled.recompiled} of ${units.length} units compiled`, () => undefined);
      objects = [...compiled.objects, runtime.archive];
      unitStats = { units: units.length, recompiled: compiled.recompiled };
    }
    const out = resolve(opts.outFile);
    await runner.run('link', out, async () => {
      mkdirSync(dirname(out), { recursive: true });
      // Link beside the target and rename: `out` is never half-written, and a
      // running old executable is replaced rather than overwritten.
      const tmpOut = `${out}.tmp-${process.pid}`;
      try {
        await runTool('clang', ['-fuse-ld=lld', ...objects, '-o', tmpOut, '-lm']);
        renameSync(tmpOut, out);
      } finally {
        rmSync(tmpOut, { force: true });
      }
    });
    return { ok: true, exe: out, diagnostics: [], stages: runner.stages, ms: performance.now() - started, llvmInvocations: toolRunCount - before, ...unitStats };
  } catch (e) {
    return failure(e, runner, started, before);
  } finally {
    if (!opts.keepIntermediates) rmSync(work, { recursive: true, force: true });
  }
}
