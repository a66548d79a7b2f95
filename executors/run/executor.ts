// @aithon/nx:run: run a project's executable (built by the build target,
// which Nx runs first through dependsOn), forwarding arguments.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { readTargetOptions, type ExecutorContext } from '@nx/devkit';
import buildExecutor, { resolvePaths, type BuildExecutorOptions } from '../build/executor';

export interface RunExecutorOptions {
  /** Name of the project's build target whose options locate the executable. */
  buildTarget?: string;
  /** Arguments for the program, before those given after `--` on the command line. */
  args?: string[];
  /** Working directory of the program, relative to the workspace root. Default: where nx was invoked. */
  cwd?: string;
  /** The command-line arguments as typed (`nx run app:run -- a --b`), filled in by Nx from the schema's `$default: unparsed`. */
  __unparsed__?: string[];
  /** Positional command-line arguments only; used when `__unparsed__` is absent. */
  _?: Array<string | number>;
}

export interface RunExecutorResult {
  success: boolean;
  exitCode?: number | null;
  signal?: string | null;
}

/** The program's arguments: `args`, then every argument given on the command line. */
export function programArgs(options: RunExecutorOptions): string[] {
  const fromCli = options.__unparsed__ ?? options._ ?? [];
  return [...(options.args ?? []), ...fromCli].map(String);
}

function buildOptionsOf(buildTarget: string, context: ExecutorContext): BuildExecutorOptions {
  if (!context.projectName) throw new Error('@aithon/nx:run: no project in the executor context');
  return readTargetOptions<BuildExecutorOptions>(
    { project: context.projectName, target: buildTarget, configuration: context.configurationName },
    context,
  );
}

export default async function runExecutor(options: RunExecutorOptions, context: ExecutorContext): Promise<RunExecutorResult> {
  const buildTarget = options.buildTarget || 'build';
  let buildOptions: BuildExecutorOptions;
  let outFile: string;
  try {
    buildOptions = buildOptionsOf(buildTarget, context);
    outFile = resolvePaths(buildOptions, context).outFile;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return { success: false };
  }

  // Normally dependsOn has just built (or restored from cache) the
  // executable. It can be missing when task dependencies were excluded, or
  // its outputs were deleted: build it then, the same way.
  if (!existsSync(outFile)) {
    const built = await buildExecutor(buildOptions, { ...context, targetName: buildTarget });
    if (!built.success) return { success: false };
    if (built.exe) outFile = built.exe;
  }

  const cwd = options.cwd ? (isAbsolute(options.cwd) ? options.cwd : resolve(context.root, options.cwd)) : context.cwd ?? context.root;
  const args = programArgs(options);
  return new Promise<RunExecutorResult>((resolvePromise) => {
    const child = spawn(outFile, args, { cwd, stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (result: RunExecutorResult) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolvePromise(result);
    };
    child.on('error', (err) => {
      console.error(`@aithon/nx: cannot run ${outFile}: ${err.message}`);
      done({ success: false });
    });
    child.on('exit', (code, signal) => {
      if (signal) console.error(`@aithon/nx: ${outFile} was killed by ${signal}`);
      else if (code !== 0) console.error(`@aithon/nx: ${outFile} exited with status ${code}`);
      done({ success: code === 0, exitCode: code, signal });
    });
  });
}
