// @aithon/nx:stage: one stage of the build (validate, parse, ir, opt,
// codegen, link) as its own Nx task. Each stage reads only the previous
// stage's output folder, which is also its Nx input
// (dependentTasksOutputFiles), so an edit that leaves a stage's output
// unchanged makes every later stage a cache hit. See docs/build.md.
//
// validate also reads the app's library projects (its dependencies in the
// project graph, transitively: see plugin/dependencies.ts), which it
// snapshots with the app's own sources; their .py files are in its Nx inputs.
import { isAbsolute, resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { libraryRootsOf } from '../../plugin/dependencies';
import { executableName } from '../../plugin/index';
import { loadCompiler, toolchainFingerprint } from '../../plugin/toolchain';
import type { StageTaskName } from '../../compiler/src/stage-tasks';

export interface StageExecutorOptions {
  stage: StageTaskName;
  /** The program's main.py (or its folder), relative to the workspace root. */
  main: string;
  /** Folder for the stages' outputs, relative to the workspace root. */
  stagesDir: string;
  mode?: 'dev' | 'release';
  executableName?: string;
  /** Toolchain fingerprint: only part of Nx's task hash. */
  toolchain?: string;
}

export default async function stageExecutor(options: StageExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  if (!options.stage || !options.main || !options.stagesDir) {
    console.error('@aithon/nx:stage: the "stage", "main" and "stagesDir" options are required');
    return { success: false };
  }
  let compiler;
  try {
    compiler = loadCompiler();
  } catch (err) {
    console.error(`@aithon/nx: cannot load the AIthon compiler: ${err instanceof Error ? err.message : String(err)}`);
    return { success: false };
  }
  if (options.toolchain && options.toolchain !== toolchainFingerprint()) {
    console.warn(`@aithon/nx: the project graph was computed for toolchain ${options.toolchain} but the installed one is ${toolchainFingerprint()}; run 'nx reset' if cached stages look stale`);
  }
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(context.root, p));
  const main = abs(options.main);
  // Workspace-relative roots made absolute here; the compiler names their
  // files relative to the app, so no absolute path reaches a stage's output.
  const libraryPath = options.stage === 'validate' && context.projectGraph && context.projectName ? libraryRootsOf(context.projectGraph, context.projectName).map(abs) : [];
  let result;
  try {
    result = await compiler.runStageTask({
      stage: options.stage,
      projectDir: main,
      stagesDir: abs(options.stagesDir),
      mode: options.mode ?? 'dev',
      executableName: options.executableName || executableName(context.projectName ?? 'main'),
      libraryPath,
    });
  } catch (err) {
    console.error(`@aithon/nx: internal compiler error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { success: false };
  } finally {
    await compiler.closeBuildResources();
  }
  for (const d of result.diagnostics) {
    const text = compiler.formatDiagnostic(d);
    if (d.severity === 'error') console.error(text);
    else console.warn(text);
  }
  if (result.toolchainError) console.error(`@aithon/nx: ${result.toolchainError}`);
  if (!result.ok) return { success: false };
  console.log(`@aithon/nx: ${options.stage}: ${result.summary} (${Math.round(result.ms)} ms, ${result.llvmInvocations} LLVM process${result.llvmInvocations === 1 ? '' : 'es'})`);
  return { success: true };
}
