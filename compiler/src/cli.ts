// The `aithon` command line: the same pipeline as the Nx executors, outside Nx.
//
// Exit status: 0 success; 1 the program has errors (diagnostics printed);
// 2 usage error; 3 toolchain problem (missing LLVM tool); for `run`, the
// program's own exit status.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { basename, delimiter, join, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { diagnosticToJson, formatDiagnostic } from './diagnostics';
import { daemonEnabled, daemonSocketPath, requestBuild, runDaemon, runningDaemons, startDaemon, stopDaemons } from './build-daemon';
import { build, type BuildMode, type BuildResult, check } from './pipeline';
import { libraryPathFromEnvironment } from './stages';
import { cacheRoot, packageRoot, toolchainFingerprint } from './toolchain';
import { closeUnitStore } from './unit-store';
import { closeUnitPool } from './units';

const usage = `usage: aithon <command> [options]

commands:
  build <dir|main.py> [-o OUT] [--release|--dev] [--json]   compile a project to a native executable
  run <dir|main.py> [--release|--dev] [-- ARGS...]           build, then run it with ARGS
  serve <dir|main.py> [--release|--dev] [-- ARGS...]         build, run, rebuild + restart on every save
  check <dir|main.py> [--json] [--emit-ir] [--emit-llvm]     validate and compile to IR, no codegen
  daemon status|stop                                         list or stop the build daemons (docs/build.md)
  version [--fingerprint]                                    print the version

options:
  -o, --output OUT   executable to write (default: ./<project folder name>)
  --release          optimise fully (-O3)
  --dev              build quickly (the default)
  --json             machine-readable result on stdout
  -q, --quiet        no progress lines
  --no-daemon        build in this process only: no build daemon is asked or started
  --cache-dir DIR    the local cache folder (default: $AITHON_CACHE_DIR, else ~/.cache/aithon)
  --lib-path DIR     also import packages from DIR, after the project's own folder and before
                     the bundled standard library (repeatable; searched before $AITHONPATH)

environment:
  AITHONPATH                 library folders separated by ':', searched as PYTHONPATH is
  AITHON_CACHE_DIR           the local cache folder (runtime, function units, objects)
  AITHON_CACHE_URL           a shared function-unit store: redis://host:port or a folder (docs/build.md)
  AITHON_CACHE_SIGNING_KEY   HMAC key for the entries of the shared store
  AITHON_DAEMON              0: never use the build daemon; 1: use it even when CI is set
  AITHON_DAEMON_IDLE         seconds a build daemon waits for a build before it exits (900)
  AITHON_DAEMON_DIR          the folder of the build daemons' sockets and logs`;

interface Parsed {
  command: string;
  target?: string;
  output?: string;
  mode: BuildMode;
  json: boolean;
  quiet: boolean;
  emitIr: boolean;
  emitLlvm: boolean;
  fingerprint: boolean;
  noDaemon: boolean;
  /** `daemon serve-socket SOCKET`: the socket a daemon listens on. */
  socket?: string;
  cacheDir?: string;
  /** --lib-path folders, in the order given. */
  libPath: string[];
  programArgs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { command: argv[0] ?? '', mode: 'dev', json: false, quiet: false, emitIr: false, emitLlvm: false, fingerprint: false, noDaemon: false, libPath: [], programArgs: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      p.programArgs = argv.slice(i + 1);
      break;
    }
    switch (a) {
      case '-o':
      case '--output':
        if (!argv[i + 1]) throw new UsageError(`${a} needs a file name`);
        p.output = argv[++i];
        break;
      case '--release':
        p.mode = 'release';
        break;
      case '--dev':
        p.mode = 'dev';
        break;
      case '--json':
        p.json = true;
        break;
      case '-q':
      case '--quiet':
        p.quiet = true;
        break;
      case '--emit-ir':
        p.emitIr = true;
        break;
      case '--emit-llvm':
        p.emitLlvm = true;
        break;
      case '--fingerprint':
        p.fingerprint = true;
        break;
      case '--no-daemon':
        p.noDaemon = true;
        break;
      case '--cache-dir':
        if (!argv[i + 1]) throw new UsageError(`${a} needs a folder`);
        p.cacheDir = argv[++i];
        break;
      case '--lib-path':
        if (!argv[i + 1]) throw new UsageError(`${a} needs a folder (e.g. --lib-path libs/text)`);
        p.libPath.push(argv[++i]);
        break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
        if (p.command === 'daemon' && p.target === 'serve-socket' && !p.socket) {
          p.socket = a;
          break;
        }
        if (p.target) throw new UsageError(`unexpected argument '${a}'`);
        p.target = a;
    }
  }
  return p;
}

function defaultOutput(target: string): string {
  const abs = resolve(target);
  const dir = existsSync(abs) && statSync(abs).isFile() ? resolve(abs, '..') : abs;
  return resolve(basename(dir) || 'a.out');
}

/**
 * Where `run` puts the executable when no -o is given: in the cache, one
 * folder per project (as `go run` does), so running leaves nothing behind in
 * the working directory.
 */
function runOutput(target: string): string {
  const key = createHash('sha256').update(resolve(target)).digest('hex').slice(0, 16);
  return join(cacheRoot(), 'run', key, basename(defaultOutput(target)));
}

/**
 * build and run compile through the build daemon when there is one for this
 * compiler and environment (build-daemon.ts), else in this process, which
 * then starts one for the next build. A daemon that fails is not trusted with
 * this build: it is built again here.
 */
async function buildProject(p: Parsed, outFile: string, onProgress?: (line: string) => void): Promise<{ result: BuildResult; daemon: boolean }> {
  const projectDir = resolve(p.target!);
  const request = { projectDir, outFile: resolve(outFile), mode: p.mode };
  if (!daemonEnabled(p.noDaemon)) return { result: await build({ ...request, onProgress }), daemon: false };
  const started = performance.now();
  const socket = daemonSocketPath();
  let answered = false;
  try {
    const result = await requestBuild(socket, { kind: 'build', ...request }, onProgress);
    // The time this command took, connection included, not the daemon's own.
    if (result) return { result: { ...result, ms: performance.now() - started }, daemon: true };
  } catch (e) {
    answered = true;
    process.stderr.write(`aithon: ${(e as Error).message}\naithon: building in this process instead\n`);
  }
  const result = await build({ ...request, onProgress });
  if (!answered) {
    startDaemon(socket, join(packageRoot(), 'bin', 'aithon.js'));
    // Said once per daemon, as Gradle says it: a background process should not be a surprise.
    if (!p.quiet && !p.json) process.stderr.write('aithon: started a build daemon that keeps the compiler warm for the next builds (`aithon daemon stop` stops it; --no-daemon or AITHON_DAEMON=0 builds without one)\n');
  }
  return { result, daemon: false };
}

function report(result: BuildResult, p: Parsed, extra: Record<string, unknown> = {}): number {
  if (p.json) {
    process.stdout.write(
      JSON.stringify(
        {
          ok: result.ok,
          exe: result.exe,
          diagnostics: result.diagnostics.map(diagnosticToJson),
          toolchainError: result.toolchainError,
          stages: result.stages.map((s) => ({ name: s.name, ms: Math.round(s.ms * 10) / 10 })),
          llvmInvocations: result.llvmInvocations,
          units: result.units,
          recompiled: result.recompiled,
          remoteHits: result.remoteHits,
          ms: Math.round(result.ms),
          ...extra,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const d of result.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
    if (result.toolchainError) process.stderr.write(`error: ${result.toolchainError}\n`);
    if (result.ok && !p.quiet) {
      const times = result.stages.map((s) => `${s.name} ${Math.round(s.ms)}ms`).join(', ');
      process.stderr.write(`${result.exe ? `built ${result.exe}` : 'ok'} in ${Math.round(result.ms)} ms (${times})\n`);
    }
  }
  if (result.ok) return 0;
  return result.toolchainError ? 3 : 1;
}

export async function main(argv: string[]): Promise<number> {
  // `cache-server` has its own options (docs/remote-cache.md); loaded lazily so builds never load Redis.
  if (argv[0] === 'cache-server') return (await import('../../cache/cli')).cacheServerMain(argv.slice(1));
  let p: Parsed;
  try {
    p = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`aithon: ${(e as Error).message}\n\n${usage}\n`);
    return 2;
  }
  // The cache folder is read where it is used (toolchain.ts cacheRoot), from the environment.
  if (p.cacheDir) process.env.AITHON_CACHE_DIR = resolve(p.cacheDir);
  // The library search path is read by the validate stage (stages.ts
  // libraryPathFromEnvironment), for build, run, check and serve alike:
  // --lib-path folders go first, as `-I`-style flags do before the environment.
  if (p.libPath.length) process.env.AITHONPATH = [...p.libPath.map((dir) => resolve(dir)), ...libraryPathFromEnvironment()].join(delimiter);
  try {
    return await runCommand(p);
  } finally {
    // A shared store's connection and the worker threads would keep the process alive.
    await closeUnitStore();
    await closeUnitPool();
  }
}

async function runCommand(p: Parsed): Promise<number> {
  const progress = p.quiet || p.json ? undefined : (line: string) => process.stderr.write(`${line}\n`);
  switch (p.command) {
    case 'build': {
      if (!p.target) break;
      const { result, daemon } = await buildProject(p, p.output ?? defaultOutput(p.target), progress);
      return report(result, p, { daemon });
    }
    case 'check': {
      if (!p.target) break;
      const result = await check(p.target, progress);
      if (result.ok && p.emitIr && !p.json) process.stdout.write(result.ir + '\n');
      if (result.ok && p.emitLlvm && !p.json) process.stdout.write(result.llvm!);
      return report(result, p);
    }
    case 'run': {
      if (!p.target) break;
      const out = p.output ?? runOutput(p.target);
      const { result } = await buildProject(p, out, progress);
      const code = report(result, { ...p, quiet: true });
      if (code !== 0) return code;
      return new Promise<number>((resolveCode) => {
        const child = spawn(out, p.programArgs, { stdio: 'inherit' });
        child.on('exit', (status, signal) => resolveCode(status ?? (signal ? 128 + 9 : 1)));
        child.on('error', (err) => {
          process.stderr.write(`aithon: cannot run ${out}: ${err.message}\n`);
          resolveCode(1);
        });
      });
    }
    case 'serve': {
      // Loaded lazily: other commands never load the watcher. See docs/serve.md.
      if (!p.target) break;
      const { serve } = await import('./serve');
      return serve({ target: p.target, outFile: p.output, mode: p.mode, args: p.programArgs });
    }
    case 'daemon': {
      // `aithon daemon serve-socket SOCKET` is how startDaemon runs a daemon; users say status or stop.
      if (p.target === 'status') {
        const sockets = await runningDaemons();
        process.stdout.write(sockets.length ? sockets.map((s) => `running: ${s}\n`).join('') : 'no build daemon is running\n');
        return 0;
      }
      if (p.target === 'stop') {
        const n = await stopDaemons();
        process.stdout.write(`${n} build daemon${n === 1 ? '' : 's'} stopped\n`);
        return 0;
      }
      if (p.target === 'serve-socket' && p.programArgs.length === 0 && p.socket) return runDaemon(p.socket);
      process.stderr.write(`aithon: daemon needs 'status' or 'stop'\n\n${usage}\n`);
      return 2;
    }
    case 'version': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const version = require('../../../package.json').version as string;
      process.stdout.write(p.fingerprint ? `${toolchainFingerprint()}\n` : `aithon ${version} (toolchain ${toolchainFingerprint()})\n`);
      return 0;
    }
    case '':
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage + '\n');
      return p.command === '' ? 2 : 0;
    default:
      process.stderr.write(`aithon: unknown command '${p.command}'\n\n${usage}\n`);
      return 2;
  }
  process.stderr.write(`aithon: ${p.command} needs a project folder or main.py\n\n${usage}\n`);
  return 2;
}
