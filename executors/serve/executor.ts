// @aithon/nx:serve: `nx serve <project>`. Builds the project in dev mode,
// runs it, and on every save of a .py file under the project folder rebuilds
// in this process (the compiler stays loaded: no `nx run` per rebuild) and
// restarts the program. Runs until Nx (or Ctrl-C) stops it. See docs/serve.md.
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { readTargetOptions, type ExecutorContext } from '@nx/devkit';
import type * as Serve from '../../compiler/src/serve';
import { libraryRootsOf } from '../../plugin/dependencies';
import { resolvePaths, type BuildExecutorOptions } from '../build/executor';
import { programArgs } from '../run/executor';

export interface ServeExecutorOptions {
  /** The project's build target; its options give main.py, the mode and the executable's name. */
  buildTarget?: string;
  /** Optimisation profile; overrides the build target's. Default: the build target's, else dev. */
  mode?: 'dev' | 'release';
  /** Folder for the served executable. Default: a temporary folder, removed when serve stops. */
  outputPath?: string;
  /** Arguments for the program, before those given after `--` on the command line. */
  args?: string[];
  /** Working directory of the program, relative to the workspace root. Default: where nx was invoked. */
  cwd?: string;
  /** Quiet period after the last file event before rebuilding (ms). */
  debounce?: number;
  /** Time a program gets between SIGTERM and SIGKILL when it is replaced or serve stops (ms). */
  gracePeriod?: number;
  __unparsed__?: string[];
  _?: Array<string | number>;
}

/** lib/compiler/src/serve.js, loaded on demand as plugin/toolchain.ts loads the compiler. */
function loadServe(): typeof Serve {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(__dirname, '..', '..', 'compiler', 'src', 'serve.js')) as typeof Serve;
}

export default async function serveExecutor(options: ServeExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  const buildTarget = options.buildTarget || 'build';
  let buildOptions: BuildExecutorOptions;
  let paths: { projectDir: string; outFile: string };
  try {
    if (!context.projectName) throw new Error('@aithon/nx:serve: no project in the executor context');
    buildOptions = readTargetOptions<BuildExecutorOptions>(
      { project: context.projectName, target: buildTarget, configuration: context.configurationName },
      context,
    );
    paths = resolvePaths(
      { ...buildOptions, outputPath: options.outputPath ?? buildOptions.outputPath ?? '.' },
      context,
    );
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return { success: false };
  }

  let serveModule: typeof Serve;
  try {
    serveModule = loadServe();
  } catch (err) {
    console.error(
      `@aithon/nx: cannot load the AIthon compiler: ${err instanceof Error ? err.message : String(err)}\n` +
        `(is @aithon/nx installed and built? in its repository, run 'node scripts/setup.mjs')`,
    );
    return { success: false };
  }

  // The library projects the app imports (project-graph edges), on the
  // search path of every rebuild: serve builds through the CLI's pipeline,
  // which reads it from AITHONPATH (this task's own process only).
  const libraries = context.projectGraph && context.projectName ? libraryRootsOf(context.projectGraph, context.projectName).map((root) => resolve(context.root, root)) : [];
  if (libraries.length) process.env.AITHONPATH = [...libraries, process.env.AITHONPATH].filter(Boolean).join(delimiter);

  const cwd = options.cwd ? (isAbsolute(options.cwd) ? options.cwd : resolve(context.root, options.cwd)) : context.cwd ?? context.root;
  const status = await serveModule.serve({
    target: paths.projectDir,
    // Never the build target's own output: serve writes its dev builds
    // elsewhere so that they do not pass for a cached `nx build`.
    outFile: options.outputPath ? paths.outFile : undefined,
    mode: options.mode ?? buildOptions.mode ?? 'dev',
    args: programArgs(options),
    cwd,
    debounceMs: options.debounce,
    graceMs: options.gracePeriod,
  });
  return { success: status === 0 };
}
