// @aithon/nx:check: a library project's `validate` target. A library is not
// built on its own (the apps that import it compile it with themselves), so
// this checks what can be checked without an app: every .py file of the
// library parses. Errors name the file, line and column.
import { isAbsolute, join, resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import type * as Stages from '../../compiler/src/stages';
import { loadCompiler } from '../../plugin/toolchain';

export interface CheckExecutorOptions {
  /** The library's folder, relative to the workspace root. */
  path: string;
  /** Toolchain fingerprint: only part of Nx's task hash. */
  toolchain?: string;
}

/** lib/compiler/src/stages.js, loaded on demand as plugin/toolchain.ts loads the compiler. */
function loadStages(): typeof Stages {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(__dirname, '..', '..', 'compiler', 'src', 'stages.js')) as typeof Stages;
}

export default async function checkExecutor(options: CheckExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  if (!options.path) {
    console.error('@aithon/nx:check: the "path" option is required (the library folder, e.g. libs/text)');
    return { success: false };
  }
  let stages: typeof Stages;
  let compiler;
  try {
    compiler = loadCompiler();
    stages = loadStages();
  } catch (err) {
    console.error(`@aithon/nx: cannot load the AIthon compiler: ${err instanceof Error ? err.message : String(err)}`);
    return { success: false };
  }
  const dir = isAbsolute(options.path) ? options.path : resolve(context.root, options.path);
  try {
    const files = stages.validateLibrary(dir, options.path);
    console.log(`@aithon/nx: validate: ${files} source file(s) of ${options.path} parse`);
    return { success: true };
  } catch (err) {
    if (!(err instanceof compiler.CompileError)) throw err;
    for (const d of err.diagnostics) console.error(compiler.formatDiagnostic(d));
    return { success: false };
  }
}
