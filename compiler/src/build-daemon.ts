// The build daemon: a background process that keeps the compiler warm between
// `aithon build` and `aithon run` commands, as Gradle's and Kotlin's daemons do.
//
// Why: a new process starts from nothing. It loads the compiler, parses every
// module, infers every type and keys every unit again: a one-function edit of a
// 2,000-function program costs seconds of front end before the one unit is
// compiled. The daemon keeps what `serve` keeps between saves (each file's last
// tree-sitter parse, the parsed bundled modules, the unit keys, the object
// records, the worker pool), so a build after an edit costs what a serve cycle
// costs.
//
// How: the first build runs in its own process, as without a daemon, and then
// starts one in the background. Later builds send their request over a Unix
// socket and print what the daemon sends back. Everything a build's result can
// depend on besides its request is in the socket's name: the compiler's and
// runtime's fingerprint, Node's version and the environment the compiler reads
// (cache folder, library path, LLVM folder, shared store). A build whose
// compiler or environment differs finds no daemon at that name and starts its
// own. A daemon exits after `AITHON_DAEMON_IDLE` seconds (default 900) without
// a request, and on `aithon daemon stop`.
//
// Off when `CI` is set (as Nx's daemon is), with `AITHON_DAEMON=0`, or with
// `--no-daemon`; `AITHON_DAEMON=1` turns it on even in CI.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { BuildMode, BuildResult } from './pipeline';
import { cacheRoot, toolchainFingerprint } from './toolchain';

/** What a client asks for: a build, or for the daemon to exit. */
export type DaemonRequest = { kind: 'build'; projectDir: string; outFile: string; mode: BuildMode } | { kind: 'stop' };

/** What the daemon sends back, one JSON object per line. */
type DaemonReply = { kind: 'progress'; line: string } | { kind: 'result'; result: BuildResult } | { kind: 'error'; message: string };

/** The environment variables the compiler reads (grep process.env in compiler/src and cache/). */
const COMPILER_ENVIRONMENT = ['AITHONPATH', 'AITHON_CACHE_DIR', 'AITHON_CACHE_URL', 'AITHON_CACHE_SIGNING_KEY', 'AITHON_LLVM_DIR', 'AITHON_RUNTIME_DIR', 'PATH', 'XDG_CACHE_HOME', 'HOME'];

const DEFAULT_IDLE_SECONDS = 900;

export function daemonEnabled(flagOff: boolean): boolean {
  if (flagOff) return false;
  const setting = process.env.AITHON_DAEMON;
  if (setting === '0' || setting === 'false') return false;
  if (setting === '1' || setting === 'true') return true;
  return !process.env.CI;
}

/**
 * The folder of this user's daemon sockets and logs: `AITHON_DAEMON_DIR`, else
 * one in the temporary folder (short: a socket path must fit in 107 bytes).
 */
function socketFolder(): string {
  return process.env.AITHON_DAEMON_DIR || join(tmpdir(), `aithon-daemon-${userInfo().uid}`);
}

/** The socket of the daemon that builds exactly as this process would. */
export function daemonSocketPath(): string {
  const h = createHash('sha256').update(toolchainFingerprint()).update('\0').update(process.version).update('\0').update(cacheRoot());
  for (const name of COMPILER_ENVIRONMENT) h.update(`\0${name}=${process.env[name] ?? ''}`);
  return join(socketFolder(), `${h.digest('hex').slice(0, 24)}.sock`);
}

/**
 * Sends one request to the daemon at `socket`. Resolves with undefined when
 * no daemon answers there (none started yet, or one that died: its stale
 * socket file is removed), so the caller builds in its own process.
 */
export function requestBuild(socket: string, request: DaemonRequest, onProgress?: (line: string) => void): Promise<BuildResult | undefined> {
  return new Promise((resolveResult, reject) => {
    if (!existsSync(socket)) return resolveResult(undefined);
    const conn = createConnection(socket);
    let connected = false;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      conn.destroy();
      fn();
    };
    conn.on('connect', () => {
      connected = true;
      conn.write(JSON.stringify(request) + '\n');
    });
    readLines(conn, (line) => {
      const reply = JSON.parse(line) as DaemonReply;
      if (reply.kind === 'progress') onProgress?.(reply.line);
      else if (reply.kind === 'result') settle(() => resolveResult(reply.result));
      else settle(() => reject(new Error(`the build daemon failed: ${reply.message}`)));
    });
    conn.on('error', (err: NodeJS.ErrnoException) => {
      if (!connected && (err.code === 'ECONNREFUSED' || err.code === 'ENOENT')) {
        rmSync(socket, { force: true });
        settle(() => resolveResult(undefined));
      } else settle(() => reject(new Error(`the build daemon's connection failed: ${err.message}`)));
    });
    conn.on('close', () => {
      // A stop request gets no reply; a build that loses its daemon midway must not hang.
      if (request.kind === 'stop') settle(() => resolveResult(undefined));
      else settle(() => reject(new Error('the build daemon exited during the build (its log: ' + daemonLogPath(socket) + ')')));
    });
  });
}

function daemonLogPath(socket: string): string {
  return socket.replace(/\.sock$/, '.log');
}

/** Starts a daemon for `socket` in the background; this process does not wait for it. */
export function startDaemon(socket: string, cliScript: string): void {
  mkdirSync(socketFolder(), { recursive: true, mode: 0o700 });
  const log = openSync(daemonLogPath(socket), 'a');
  try {
    const child = spawn(process.execPath, [cliScript, 'daemon', 'serve-socket', socket], {
      detached: true,
      stdio: ['ignore', log, log],
      env: process.env,
      cwd: '/',
    });
    child.unref();
  } finally {
    closeSync(log);
  }
}

/** `aithon daemon stop`: stops every daemon of this user. Returns how many were stopped. */
export async function stopDaemons(): Promise<number> {
  const folder = socketFolder();
  if (!existsSync(folder)) return 0;
  let stopped = 0;
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.sock')) continue;
    const socket = join(folder, name);
    const alive = await isListening(socket);
    if (alive) {
      await requestBuild(socket, { kind: 'stop' });
      stopped++;
    } else rmSync(socket, { force: true });
  }
  return stopped;
}

/** `aithon daemon status`: the sockets of the daemons that answer. */
export async function runningDaemons(): Promise<string[]> {
  const folder = socketFolder();
  if (!existsSync(folder)) return [];
  const out: string[] = [];
  for (const name of readdirSync(folder)) if (name.endsWith('.sock') && (await isListening(join(folder, name)))) out.push(join(folder, name));
  return out;
}

function isListening(socket: string): Promise<boolean> {
  return new Promise((resolveAlive) => {
    const conn = createConnection(socket);
    conn.on('connect', () => {
      conn.destroy();
      resolveAlive(true);
    });
    conn.on('error', () => resolveAlive(false));
  });
}

/** Has any file of the compiler (this folder's modules) changed since `time`? */
function compilerChangedSince(time: number): boolean {
  try {
    return readdirSync(__dirname).some((f) => f.endsWith('.js') && statSync(join(__dirname, f)).mtimeMs > time);
  } catch {
    return true;
  }
}

function readLines(conn: Socket, onLine: (line: string) => void): void {
  let buffered = '';
  conn.setEncoding('utf8');
  conn.on('data', (chunk: string) => {
    buffered += chunk;
    for (let nl = buffered.indexOf('\n'); nl !== -1; nl = buffered.indexOf('\n')) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (line) onLine(line);
    }
  });
}

/**
 * The daemon itself (`aithon daemon serve-socket SOCKET`, started by
 * startDaemon). Builds one request at a time, in arrival order: the compiler's
 * warm state is one per process.
 */
export async function runDaemon(socket: string): Promise<number> {
  if (socket !== daemonSocketPath()) {
    // Started by a client whose compiler or environment this process does not have.
    process.stderr.write(`aithon daemon: ${socket} is not this compiler's socket (${daemonSocketPath()}); not starting\n`);
    return 2;
  }
  if (await isListening(socket)) return 0; // another client started it first
  rmSync(socket, { force: true });
  const { setIncrementalParsing } = await import('./parser');
  const { build } = await import('./pipeline');
  setIncrementalParsing(true);
  // A long-lived process: its LLVM tools start from a small helper, not as forks of it (tool-launcher.ts).
  const { startToolLauncher, stopToolLauncher } = await import('./tool-launcher');
  startToolLauncher();
  const idleMs = 1000 * (Number(process.env.AITHON_DAEMON_IDLE) || DEFAULT_IDLE_SECONDS);
  let queue: Promise<void> = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  let pending = 0;
  const server = createServer();
  const stop = () => {
    server.close();
    rmSync(socket, { force: true });
    stopToolLauncher();
    // The unit pool's worker threads and a shared store's connection keep a process alive.
    void import('./units').then((m) => m.closeUnitPool());
    void import('./unit-store').then((m) => m.closeUnitStore());
  };
  const armIdle = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => pending === 0 && stop(), idleMs);
    idle.unref();
  };
  server.on('connection', (conn) => {
    readLines(conn, (line) => {
      let request: DaemonRequest;
      try {
        request = JSON.parse(line) as DaemonRequest;
      } catch {
        conn.end(JSON.stringify({ kind: 'error', message: 'a request that is not JSON' } satisfies DaemonReply) + '\n');
        return;
      }
      if (request.kind === 'stop') {
        conn.destroy();
        stop();
        return;
      }
      pending++;
      const send = (reply: DaemonReply) => {
        if (!conn.destroyed) conn.write(JSON.stringify(reply) + '\n');
      };
      queue = queue.then(async () => {
        try {
          const result = await build({ projectDir: request.projectDir, outFile: request.outFile, mode: request.mode, onProgress: (l) => send({ kind: 'progress', line: l }) });
          send({ kind: 'result', result });
        } catch (e) {
          send({ kind: 'error', message: (e as Error).stack ?? String(e) });
        } finally {
          conn.end();
          pending--;
          armIdle();
        }
      });
    });
    conn.on('error', () => undefined); // a client that went away: its build still finishes and is cached
  });
  await new Promise<void>((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolveListening());
  });
  armIdle();
  // A compiler rebuilt or upgraded on disk has another fingerprint, so no client will ask this
  // daemon again: it exits instead of waiting out its idle time.
  const started = Date.now();
  const staleCheck = setInterval(() => {
    if (pending === 0 && compilerChangedSince(started)) {
      clearInterval(staleCheck);
      stop();
    }
  }, 30_000);
  staleCheck.unref();
  await new Promise<void>((resolveClosed) => server.on('close', () => resolveClosed()));
  return 0;
}
