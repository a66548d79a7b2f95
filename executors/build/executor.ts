// @aithon/nx:build: the project's native executable in its output folder.
//
// Inferred projects give it `stagesDir`: the stage targets (validate → … →
// link, each cached by Nx) have built the executable, and this target puts the
// link stage's output into `outputPath`. Without `stagesDir` (a hand-written
// target), it runs the whole pipeline itself, in this process.
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { libraryRootsOf } from '../../plugin/dependencies';
import { executableName } from '../../plugin/index';
import { loadCompiler, toolchainFingerprint, type CompilerApi } from '../../plugin/toolchain';

export interface BuildExecutorOptions {
  /** The program's main.py (or the folder holding it), relative to the workspace root. */
  main: string;
  /** Folder for the executable, relative to the workspace root. */
  outputPath: string;
  /** Optimisation profile. */
  mode?: 'dev' | 'release';
  /** File name of the executable; defaults to the project name. */
  executableName?: string;
  /** The stage targets' output folder: take the executable from its link stage instead of compiling. */
  stagesDir?: string;
  /**
   * Toolchain fingerprint written by the plugin. Not used to build: it is a
   * target option only so that Nx's task hash changes with the toolchain.
   */
  toolchain?: string;
}

export interface BuildExecutorResult {
  success: boolean;
  exe?: string;
}

export function resolvePaths(
  options: Pick<BuildExecutorOptions, 'main' | 'outputPath' | 'executableName'>,
  context: Pick<ExecutorContext, 'root' | 'projectName'>,
): { projectDir: string; outFile: string } {
  if (!options.main) throw new Error('@aithon/nx:build: the "main" option is required');
  if (!options.outputPath) throw new Error('@aithon/nx:build: the "outputPath" option is required');
  const main = isAbsolute(options.main) ? options.main : resolve(context.root, options.main);
  const projectDir = main.endsWith('.py') ? dirname(main) : main;
  const outDir = isAbsolute(options.outputPath) ? options.outputPath : resolve(context.root, options.outputPath);
  const exeName = options.executableName || executableName(context.projectName ?? 'main');
  return { projectDir, outFile: join(outDir, exeName) };
}

function loadCompilerOrReport(): CompilerApi | undefined {
  try {
    return loadCompiler();
  } catch (err) {
    console.error(
      `@aithon/nx: cannot load the AIthon compiler: ${err instanceof Error ? err.message : String(err)}\n` +
        `(is @aithon/nx installed and built? in its repository, run 'node scripts/setup.mjs')`,
    );
    return undefined;
  }
}

export default async function buildExecutor(
  options: BuildExecutorOptions,
  context: ExecutorContext,
): Promise<BuildExecutorResult> {
  let paths: { projectDir: string; outFile: string };
  try {
    paths = resolvePaths(options, context);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return { success: false };
  }
  const compiler = loadCompilerOrReport();
  if (!compiler) return { success: false };

  const current = toolchainFingerprint();
  if (options.toolchain && options.toolchain !== current) {
    console.warn(
      `@aithon/nx: the project graph was computed for toolchain ${options.toolchain} but the installed one is ${current}; ` +
        `run 'nx reset' if cached builds look stale`,
    );
  }

  mkdirSync(dirname(paths.outFile), { recursive: true });
  // A failed build must not leave the previous executable behind, where it
  // would pass for the current program.
  rmSync(paths.outFile, { force: true });
  if (options.stagesDir) return placeLinkedExecutable(options.stagesDir, paths.outFile, context);
  // Compiling here: the library projects the app imports go on the search
  // path, as the stage executor passes them (this task's process only).
  const libraries = context.projectGraph && context.projectName ? libraryRootsOf(context.projectGraph, context.projectName).map((root) => resolve(context.root, root)) : [];
  if (libraries.length) process.env.AITHONPATH = [...libraries, process.env.AITHONPATH].filter(Boolean).join(delimiter);
  let result;
  try {
    result = await compiler.build({
      projectDir: paths.projectDir,
      outFile: paths.outFile,
      mode: options.mode ?? 'dev',
      onProgress: (line) => console.log(line),
    });
  } catch (err) {
    console.error(`@aithon/nx: internal compiler error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { success: false };
  }

  for (const d of result.diagnostics) {
    const text = compiler.formatDiagnostic(d);
    if (d.severity === 'error') console.error(text);
    else console.warn(text);
  }
  if (result.toolchainError) console.error(`@aithon/nx: toolchain error: ${result.toolchainError}`);
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    console.error(`@aithon/nx: build failed${errors ? ` with ${errors} error${errors === 1 ? '' : 's'}` : ''}`);
    return { success: false };
  }
  const exe = result.exe ?? paths.outFile;
  const total = result.ms ?? result.stages.reduce((sum, s) => sum + s.ms, 0);
  console.log(`@aithon/nx: built ${exe} in ${Math.round(total)} ms`);
  return { success: true, exe };
}

/** Copies the link stage's executable to `outFile` (atomically: copy beside it, then rename). */
function placeLinkedExecutable(stagesDir: string, outFile: string, context: ExecutorContext): BuildExecutorResult {
  const linked = join(isAbsolute(stagesDir) ? stagesDir : resolve(context.root, stagesDir), 'link', basename(outFile));
  if (!existsSync(linked)) {
    console.error(`@aithon/nx:build: ${linked} is missing: the link stage has not run (run 'nx build ${context.projectName}' without --exclude-task-dependencies)`);
    return { success: false };
  }
  const tmp = `${outFile}.tmp-${process.pid}`;
  copyFileSync(linked, tmp);
  chmodSync(tmp, 0o755);
  renameSync(tmp, outFile);
  console.log(`@aithon/nx: ${outFile}`);
  return { success: true, exe: outFile };
}
