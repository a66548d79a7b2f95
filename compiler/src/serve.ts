// `aithon serve` / `nx serve`: the development loop. Build the project (dev
// mode), run the program, watch every .py of the project folder, and on a
// change rebuild in this process (the compiler stays loaded and warm: no
// `nx` or `aithon` process per rebuild), then stop the old program (SIGTERM,
// SIGKILL after a grace period) and start the new one.
//
// A save that does not parse or type-check prints its diagnostics and keeps
// the last good program running. Stopping serve stops the program.
//
// State kept across cycles is bounded: one watcher, one debounce timer, one
// child process at a time, and a map of the paths changed since the last
// cycle (capped). Nothing is added per cycle that outlives the cycle.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { FSWatcher } from 'chokidar';
import { formatDiagnostic } from './diagnostics';
import { setUnitTextReuse } from './llvm';
import { setIncrementalParsing } from './parser';
import { setPassCache } from './pass-cache';
import { startToolLauncher, stopToolLauncher } from './tool-launcher';
import { libraryPathFromEnvironment } from './stages';
import { build, type BuildMode, type BuildOptions, type BuildResult } from './pipeline';

export interface ServeOptions {
  /** Project folder, or the path of its main.py. */
  target: string;
  /** Executable to write. Default: a fresh temporary folder, removed when serve stops. */
  outFile?: string;
  mode?: BuildMode;
  /** Arguments for the program. */
  args?: string[];
  /** Working directory of the program. Default: the current directory. */
  cwd?: string;
  /**
   * Quiet period after the last file event before rebuilding (ms). Default 80,
   * at least 50: chokidar drops a file's 'change' events for 50 ms after one
   * it reports, so a shorter wait could build before the last of them.
   */
  debounceMs?: number;
  /** Time a stopped program gets between SIGTERM and SIGKILL (ms). Default 1000. */
  graceMs?: number;
  /** Where serve's own lines go. Default: stderr (the program's stdout stays its own). */
  log?: (line: string) => void;
  /** The program's stdio. Default 'inherit'. */
  stdio?: StdioOptions;
  /** Called once per cycle, after the program was (re)started or the failure reported. */
  onCycle?: (report: CycleReport) => void;
  /** The compiler entry point; tests replace it. Default: the pipeline's build(). */
  builder?: (opts: BuildOptions) => Promise<BuildResult>;
  /** Watch the project folder (default true). Without it, only rebuild() starts cycles. */
  watch?: boolean;
}

export type CycleAction =
  /** The new program was started (none was running). */
  | 'started'
  /** The running program was stopped and the new one started. */
  | 'restarted'
  /** The build failed; the last good program (if any) is left as it was. */
  | 'kept'
  /** The build succeeded but more changes came in meanwhile: rebuilding at once. */
  | 'superseded'
  /** serve is stopping: nothing started. */
  | 'stopped';

export interface CycleReport {
  /** 1 for the first build. */
  cycle: number;
  /** Files (relative to the project folder) whose change started the cycle, with what happened to them. */
  changes: Array<{ file: string; event: 'add' | 'change' | 'unlink' | 'unlinkDir' | 'manual' }>;
  ok: boolean;
  action: CycleAction;
  /** Build time as the compiler reports it. */
  buildMs: number;
  stages: Array<{ name: string; ms: number }>;
  /** From the save being noticed (after debounce) to the new program started. */
  cycleMs: number;
  errors: number;
  /** main.py is missing (deleted or renamed away). */
  mainMissing: boolean;
}

export interface ServeHandle {
  /** Resolves after the watcher is up and the first cycle has finished. */
  readonly ready: Promise<void>;
  /** Resolves when serve has stopped (see stop()). */
  readonly done: Promise<void>;
  /** Rebuild now, as if a file had changed; resolves when that cycle has finished. */
  rebuild(): Promise<void>;
  /** Stop watching, stop the program, wait for an in-flight build, remove temporary output. */
  stop(): Promise<void>;
  /** The running program, if any (tests use its pid). */
  readonly program: ChildProcess | undefined;
}

/**
 * Folders that are not the user's source, as in the compiler's project search
 * (project.ts `skippedDirs`); any folder holding a pyvenv.cfg is skipped too.
 */
const skippedDirs: ReadonlySet<string> = new Set([
  'node_modules',
  'dist',
  '.git',
  '.nx',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
]);

/** chokidar reports at most one 'change' per file per 50 ms (see ServeOptions.debounceMs). */
const MIN_DEBOUNCE_MS = 50;

/** At most this many changed paths are named per cycle; the rest are counted. */
const MAX_TRACKED_CHANGES = 64;

type ChangeEvent = CycleReport['changes'][number]['event'];

/** chokidar 5 is an ES module; Node >= 20.19 loads it with require(). */
function loadChokidar(): typeof import('chokidar') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('chokidar') as typeof import('chokidar');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

class Server implements ServeHandle {
  readonly ready: Promise<void>;
  readonly done: Promise<void>;

  private readonly root: string;
  private readonly outFile: string;
  private readonly tempDir?: string;
  private readonly debounceMs: number;
  private readonly graceMs: number;
  private readonly log: (line: string) => void;
  private readonly builder: (opts: BuildOptions) => Promise<BuildResult>;

  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private child?: ChildProcess;
  /** The child we are stopping on purpose: its exit is not reported. */
  private stoppingChild?: ChildProcess;
  private readonly changes = new Map<string, ChangeEvent>();
  private droppedChanges = 0;
  /** Counts file events; a build compares it before and after to see if it went stale. */
  private generation = 0;
  private cycleNo = 0;
  private loop?: Promise<void>;
  private rerun = false;
  private stopping = false;
  private stopPromise?: Promise<void>;
  private resolveDone!: () => void;

  constructor(private readonly opts: ServeOptions) {
    // A serve loop parses the same files after every save: keep each file's last parse,
    // each def's last rewritten statement (kept when its input to the last passes and their program-wide
    // facts are unchanged), and each function's last LLVM text (reused when its IR and what it read of the
    // program are unchanged).
    setIncrementalParsing(true);
    setPassCache(true);
    setUnitTextReuse(true);
    // Started now, while this process is small: every LLVM tool of every cycle is then a fork of it.
    startToolLauncher();
    const abs = resolve(opts.target);
    this.root = existsSync(abs) && statSync(abs).isFile() ? dirname(abs) : abs;
    if (!existsSync(this.root) || !statSync(this.root).isDirectory()) {
      throw new Error(`no such project folder: ${opts.target}`);
    }
    if (opts.outFile) {
      this.outFile = resolve(opts.outFile);
    } else {
      this.tempDir = mkdtempSync(join(tmpdir(), 'aithon-serve-'));
      this.outFile = join(this.tempDir, basename(this.root) || 'main');
    }
    this.debounceMs = Math.max(MIN_DEBOUNCE_MS, opts.debounceMs ?? 80);
    this.graceMs = opts.graceMs ?? 1000;
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
    this.builder = opts.builder ?? build;
    this.done = new Promise<void>((r) => (this.resolveDone = r));
    this.ready = this.start();
  }

  get program(): ChildProcess | undefined {
    return this.child;
  }

  /** Set when the watcher could not start; serve() then exits with status 1. */
  failed = false;

  private async start(): Promise<void> {
    try {
      if (this.opts.watch !== false) await this.startWatcher();
    } catch (err) {
      this.log(`[aithon] cannot watch ${this.root}: ${err instanceof Error ? err.message : String(err)}`);
      this.failed = true;
      await this.stop();
      return;
    }
    this.changes.set('main.py', 'manual');
    await this.rebuild();
  }

  // ---- watching -----------------------------------------------------------

  /** The folders watched: the project, and the library folders it imports from (--lib-path, AITHONPATH). */
  private readonly watchedRoots: string[] = [];

  private ignored = (path: string, stats?: { isFile(): boolean; isDirectory(): boolean }): boolean => {
    const base = this.watchedRoots.find((dir) => !relative(dir, path).startsWith('..'));
    const rel = base === undefined ? '' : relative(base, path);
    if (rel === '') return false;
    const segments = rel.split(sep);
    const last = segments[segments.length - 1];
    for (let i = 0; i < segments.length - 1; i++) if (skippedDirs.has(segments[i])) return true;
    if (stats?.isFile()) return !last.endsWith('.py');
    if (skippedDirs.has(last)) return true;
    if (stats?.isDirectory()) return existsSync(join(path, 'pyvenv.cfg'));
    return false;
  };

  private async startWatcher(): Promise<void> {
    const { watch } = loadChokidar();
    // atomic: false. chokidar's atomic-write detection holds every unlink back
    // 100 ms; the debounce below already merges an editor's unlink + add (and
    // a rename's unlink + add) into one cycle, without that delay.
    const libraries = libraryPathFromEnvironment().map((dir) => resolve(dir));
    this.watchedRoots.push(...[this.root, ...libraries].filter((dir, i, all) => all.indexOf(dir) === i && existsSync(dir)));
    const watcher = watch(this.watchedRoots, { ignoreInitial: true, ignored: this.ignored, atomic: false });
    this.watcher = watcher;
    watcher.on('all', this.onEvent);
    watcher.on('error', this.onWatchError);
    await new Promise<void>((r) => watcher.once('ready', () => r()));
  }

  private onWatchError = (err: unknown): void => {
    this.log(`[aithon] watch error: ${err instanceof Error ? err.message : String(err)}`);
  };

  private onEvent = (event: string, path: string): void => {
    if (this.stopping) return;
    let kind: ChangeEvent;
    if (event === 'add' || event === 'change' || event === 'unlink') {
      if (!path.endsWith('.py')) return;
      kind = event;
    } else if (event === 'unlinkDir') {
      kind = 'unlinkDir';
    } else return; // addDir: the files inside arrive as 'add'
    const rel = relative(this.root, path) || basename(path);
    if (this.changes.has(rel) || this.changes.size < MAX_TRACKED_CHANGES) this.changes.set(rel, kind);
    else this.droppedChanges++;
    this.generation++;
    this.schedule();
  };

  private schedule(): void {
    if (this.timer) this.timer.refresh();
    else this.timer = setTimeout(this.onQuiet, this.debounceMs);
  }

  private onQuiet = (): void => {
    this.timer = undefined;
    void this.rebuild();
  };

  // ---- the cycle ------------------------------------------------------------

  rebuild(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    if (this.changes.size === 0) this.changes.set('main.py', 'manual');
    if (this.loop) {
      // A build is running: run one more cycle after it.
      this.rerun = true;
      return this.loop;
    }
    this.loop = this.runCycles().finally(() => {
      this.loop = undefined;
    });
    return this.loop;
  }

  private async runCycles(): Promise<void> {
    do {
      this.rerun = false;
      await this.cycle();
    } while (this.rerun && !this.stopping);
  }

  private takeChanges(): CycleReport['changes'] {
    const changes = [...this.changes].map(([file, event]) => ({ file, event }));
    this.changes.clear();
    return changes;
  }

  private describe(changes: CycleReport['changes']): string {
    const dropped = this.droppedChanges;
    this.droppedChanges = 0;
    const removed = changes.filter((c) => c.event === 'unlink');
    const added = changes.filter((c) => c.event === 'add');
    if (changes.length === 2 && removed.length === 1 && added.length === 1 && !dropped) {
      return `${removed[0].file} renamed to ${added[0].file}`;
    }
    const names = changes.map((c) => (c.event === 'unlink' || c.event === 'unlinkDir' ? `${c.file} (removed)` : c.file));
    const shown = names.slice(0, 3).join(', ');
    const more = names.length - 3 + dropped;
    return more > 0 ? `${shown} and ${plural(more, 'more change')}` : shown;
  }

  private async cycle(): Promise<void> {
    const cycle = ++this.cycleNo;
    const changes = this.takeChanges();
    const what = this.describe(changes);
    const generation = this.generation;
    const started = performance.now();
    let result: BuildResult;
    try {
      result = await this.builder({ projectDir: this.root, outFile: this.outFile, mode: this.opts.mode ?? 'dev' });
    } catch (err) {
      // An internal compiler error: report it and keep serving.
      this.log(`[aithon] ${what}: internal compiler error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      result = { ok: false, diagnostics: [], stages: [], llvmInvocations: 0, ms: performance.now() - started };
    }
    const stages = result.stages.map((s) => ({ name: s.name, ms: s.ms }));
    const base = { cycle, changes, buildMs: result.ms, stages, errors: 0, mainMissing: false };
    const running = this.isRunning();
    const verb = cycle === 1 ? 'built' : 'rebuilt';
    const times = stages.map((s) => `${s.name} ${Math.round(s.ms)}`).join(', ');

    if (this.stopping) {
      this.report({ ...base, ok: result.ok, action: 'stopped', cycleMs: performance.now() - started });
      return;
    }
    if (!result.ok) {
      const mainMissing = result.diagnostics.some((d) => d.message.startsWith('no main.py in project folder'));
      const keeps = running ? 'the last good program keeps running' : 'no program is running';
      if (mainMissing) {
        this.log(`[aithon] main.py is gone (deleted or renamed): waiting for it to come back; ${keeps}`);
      } else {
        for (const d of result.diagnostics) this.log(formatDiagnostic(d));
        if (result.toolchainError) this.log(`[aithon] toolchain error: ${result.toolchainError}`);
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      if (!mainMissing) {
        const failed = errors ? `${plural(errors, 'error')}` : 'build failed';
        this.log(`[aithon] ${what}: ${failed} (${Math.round(result.ms)} ms); ${keeps}`);
      }
      this.report({ ...base, ok: false, action: 'kept', errors, mainMissing, cycleMs: performance.now() - started });
      return;
    }
    if (this.generation !== generation) {
      // Saved again while we built: this executable is already stale.
      // (The debounce timer starts the next cycle once the burst is over.)
      this.log(`[aithon] ${what}: ${verb} in ${Math.round(result.ms)} ms, but more changes came in: rebuilding`);
      this.report({ ...base, ok: true, action: 'superseded', cycleMs: performance.now() - started });
      return;
    }
    await this.stopProgram();
    if (this.stopping) {
      this.report({ ...base, ok: true, action: 'stopped', cycleMs: performance.now() - started });
      return;
    }
    this.startProgram(result.exe ?? this.outFile);
    const action: CycleAction = running ? 'restarted' : 'started';
    // "main.py: 1 of 2,000 functions recompiled, linked, restarted in 84 ms"
    const units = result.units !== undefined ? `${result.recompiled} of ${result.units.toLocaleString('en-US')} units recompiled, linked, ` : '';
    this.log(`[aithon] ${what}: ${units}${verb} in ${Math.round(result.ms)} ms (${times}), ${action}`);
    this.report({ ...base, ok: true, action, cycleMs: performance.now() - started });
  }

  private report(r: CycleReport): void {
    try {
      this.opts.onCycle?.(r);
    } catch {
      /* a listener's bug must not stop serve */
    }
  }

  // ---- the program -----------------------------------------------------------

  private isRunning(): boolean {
    const c = this.child;
    return !!c && c.exitCode === null && c.signalCode === null;
  }

  private startProgram(exe: string): void {
    const child = spawn(exe, this.opts.args ?? [], { cwd: this.opts.cwd ?? process.cwd(), stdio: this.opts.stdio ?? 'inherit' });
    this.child = child;
    child.once('error', (err) => {
      this.log(`[aithon] cannot run ${exe}: ${err.message}`);
      if (this.child === child) this.child = undefined;
    });
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      if (this.stoppingChild === child) return;
      const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
      if (!this.stopping) this.log(`[aithon] the program ${how}; waiting for changes`);
    });
  }

  /** SIGTERM, then SIGKILL after the grace period; resolves once the program has exited. */
  private stopProgram(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      this.child = undefined;
      return Promise.resolve();
    }
    this.stoppingChild = child;
    return new Promise<void>((r) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), this.graceMs);
      child.once('exit', () => {
        clearTimeout(kill);
        if (this.child === child) this.child = undefined;
        if (this.stoppingChild === child) this.stoppingChild = undefined;
        r();
      });
      child.kill('SIGTERM');
    });
  }

  /** Last resort (process exiting): kill the program synchronously. */
  killNow(): void {
    if (this.isRunning()) this.child!.kill('SIGKILL');
  }

  stop(): Promise<void> {
    if (!this.stopPromise) this.stopPromise = this.shutdown();
    return this.stopPromise;
  }

  private async shutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const watcher = this.watcher;
    this.watcher = undefined;
    if (watcher) {
      watcher.off('all', this.onEvent);
      await watcher.close().catch(() => undefined);
    }
    await this.stopProgram();
    // An in-flight build still has LLVM tools running: let them finish so
    // none is left behind, then start nothing (stopping is set).
    await this.loop?.catch(() => undefined);
    await this.stopProgram();
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
    stopToolLauncher();
    this.resolveDone();
  }
}

/** Start serving; returns at once. Stop with handle.stop(). */
export function startServe(opts: ServeOptions): ServeHandle {
  return new Server(opts);
}

/**
 * The CLI's and the executor's entry point: serve until SIGINT, SIGTERM or
 * SIGHUP, then stop the program and resolve with 0 (1 if the project folder
 * does not exist). A second signal while stopping kills the program at once.
 */
export async function serve(opts: ServeOptions): Promise<number> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let server: Server;
  try {
    server = new Server(opts);
  } catch (err) {
    log(`[aithon] ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals === 1) {
      log(`[aithon] ${signal}: stopping`);
      void server.stop();
    } else {
      server.killNow();
    }
  };
  const onExit = (): void => server.killNow();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  process.on('exit', onExit);
  try {
    await server.done;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('exit', onExit);
  }
  return server.failed ? 1 : 0;
}
