// Lazy access to the AIthon compiler from the Nx plugin, executors and
// generators. The compiler is compiled to lib/compiler/src/index.js by the
// same tsc run as this file (lib/plugin/toolchain.js), but it is loaded with
// a computed require so that:
//   - reading the project graph never pays for loading the compiler, except
//     for the (memoised) toolchain fingerprint;
//   - a broken or missing compiler turns into a clear message instead of a
//     crash of every `nx` command in the workspace.
import { join } from 'node:path';

// Types only: erased at compile time, so importing them loads nothing.
import type * as Compiler from '../compiler/src/index';
export type { BuildOptions, BuildResult, Diagnostic } from '../compiler/src/index';
export type CompilerApi = typeof Compiler;

/** lib/compiler/src/index.js, seen from lib/plugin/toolchain.js. */
export const compilerEntry = join(__dirname, '..', 'compiler', 'src', 'index.js');

let cachedApi: CompilerApi | undefined;

export function loadCompiler(): CompilerApi {
  if (!cachedApi) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    cachedApi = require(compilerEntry) as CompilerApi;
  }
  return cachedApi;
}

/** Value used when the compiler cannot be loaded (builds will fail anyway). */
export const UNAVAILABLE_FINGERPRINT = 'unavailable';

let cachedFingerprint: string | undefined;

/**
 * The compiler + runtime + LLVM fingerprint, computed once per process.
 * Never throws: project-graph creation must not fail because the toolchain
 * is broken; the build executor reports the real error instead.
 */
export function toolchainFingerprint(): string {
  if (cachedFingerprint === undefined) {
    try {
      // The toolchain module alone: hashing must not load the parser (tree-sitter).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const toolchain = require(join(__dirname, '..', 'compiler', 'src', 'toolchain.js')) as typeof import('../compiler/src/toolchain');
      cachedFingerprint = toolchain.toolchainFingerprint();
    } catch {
      cachedFingerprint = UNAVAILABLE_FINGERPRINT;
    }
  }
  return cachedFingerprint;
}
