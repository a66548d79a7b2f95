// Shared helpers for the end-to-end suites (differential.test.ts,
// validation.test.ts). Everything here drives the real CLI,
// `node bin/aithon.js`, as a child process: no compiler internals are
// imported, so these suites test exactly what a user runs.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
/**
 * The CLI entry point. AITHON_CLI can point at another launcher script (run
 * with node), e.g. a stand-in used to exercise the harness itself.
 */
export const cliLauncher = process.env.AITHON_CLI ? resolve(process.env.AITHON_CLI) : join(repoRoot, 'bin', 'aithon.js');
/** The compiled CLI module the launcher requires. */
export const cliModule = process.env.AITHON_CLI ? cliLauncher : join(repoRoot, 'lib', 'compiler', 'src', 'cli.js');

/** Reference interpreter (CPython). Override with AITHON_PYTHON. */
export const python = process.env.AITHON_PYTHON || 'python3';

/** Extra flags for every `build`, e.g. AITHON_BUILD_FLAGS="--release". */
export const extraBuildFlags = (process.env.AITHON_BUILD_FLAGS || '').split(/\s+/).filter(Boolean);

export const keepTemp = process.env.AITHON_KEEP_TMP === '1';

export function cliMissingMessage(): string | undefined {
  if (existsSync(cliModule)) return undefined;
  return (
    `The AIthon CLI is not built: ${cliModule} does not exist.\n` +
    `Run \`npm run build:ts\` (or \`node scripts/setup.mjs\`) first.`
  );
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** What the command reads on stdin (otherwise /dev/null). */
  input?: Buffer;
}

/** Runs a command to completion, capturing stdout/stderr as UTF-8. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    // A program may exit before it reads all of its input: that is not the test's failure.
    child.stdin?.on('error', () => {});
    child.stdin?.end(opts.input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, opts.timeoutMs)
        : undefined;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      resolvePromise({
        code: null,
        signal: null,
        stdout: '',
        stderr: `failed to spawn ${cmd}: ${e.message}`,
        timedOut,
        ms: Date.now() - started,
      });
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolvePromise({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        ms: Date.now() - started,
      });
    });
  });
}

/** `node bin/aithon.js <args>` from the repository root. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return run(process.execPath, [cliLauncher, ...args], { cwd: repoRoot, timeoutMs: 300_000, ...opts });
}

export function buildProject(projectDir: string, exe: string, flags: string[] = extraBuildFlags): Promise<RunResult> {
  return runCli(['build', projectDir, '-o', exe, ...flags]);
}

/** Environment for both the reference interpreter and compiled programs. */
export const programEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PYTHONIOENCODING: 'utf-8',
  PYTHONHASHSEED: '0',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONUTF8: '1',
  // One time zone for local times (time.localtime, datetime.fromtimestamp), whatever the machine's.
  TZ: 'UTC',
  // The reference run imports our pure-Python `aithon` package (actors).
  PYTHONPATH: [join(repoRoot, 'python'), process.env.PYTHONPATH].filter(Boolean).join(delimiter),
};

/**
 * Does main.py call main() itself? Mirrors the CLI's rule: a `main(...)`
 * call at top level or inside `if __name__ == "__main__":`. (asyncio.run is
 * outside this milestone's slice.) When it does not, the compiled program
 * calls main() after the top-level code, and the reference run must do the
 * same.
 */
export function callsMainItself(source: string): boolean {
  let inGuard = false;
  for (const line of source.split(/\r?\n/)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const indent = /^\s*/.exec(line)![0].length;
    const text = line.trim();
    if (indent === 0) {
      inGuard = /^if\s+__name__\s*==\s*['"]__main__['"]\s*:/.test(text);
      if (/^main\s*\(/.test(text)) return true;
      // One-line guard: if __name__ == "__main__": main()
      if (inGuard && /:\s*main\s*\(/.test(text)) return true;
    } else if (inGuard && /^main\s*\(/.test(text)) {
      return true;
    }
  }
  return false;
}

/**
 * Runs the CPython reference for a project directory holding main.py:
 * `python3 main.py`, or — when main.py never calls main() — runs the module
 * as __main__ and then calls main(), which is what a compiled program does.
 */
export function runReference(projectDir: string, mainPy: string, source: string, input?: Buffer): Promise<RunResult> {
  const args = callsMainItself(source)
    ? [mainPy]
    : [
        '-c',
        'import runpy, sys\n' +
          `sys.argv = [${JSON.stringify(mainPy)}]\n` +
          `g = runpy.run_path(${JSON.stringify(mainPy)}, run_name="__main__")\n` +
          'g["main"]()\n',
      ];
  return run(python, args, { cwd: projectDir, env: programEnv, timeoutMs: 60_000, input });
}

export function runExe(exe: string, cwd: string, timeoutMs = 30_000, input?: Buffer): Promise<RunResult> {
  return run(exe, [], { cwd, env: programEnv, timeoutMs, input });
}

/** A corpus program's input: tests/programs/<name>.stdin when there is one, given to both runs. */
export function programInput(programsDir: string, name: string): Buffer | undefined {
  const file = join(programsDir, `${name}.stdin`);
  return existsSync(file) ? readFileSync(file) : undefined;
}

export function makeTempRoot(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), `aithon-${prefix}-`));
  mkdirSync(root, { recursive: true });
  return root;
}

export function removeTempRoot(root: string): void {
  if (!keepTemp) rmSync(root, { recursive: true, force: true });
}

/** Copies a fixture folder, leaving out the fixture's own expected.json. */
export function copyFixture(src: string, dest: string): void {
  cpSync(src, dest, {
    recursive: true,
    filter: (from) => !(basename(from) === 'expected.json' && resolve(from, '..') === resolve(src)),
  });
}

export function listDirs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

/** A tiny FIFO concurrency limiter. */
export function limiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  const next = (): void => {
    if (active >= concurrency) return;
    const start = queue.shift();
    if (start) {
      active++;
      start();
    }
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolvePromise, reject) => {
      queue.push(() => {
        task()
          .then(resolvePromise, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

function clip(text: string, max = 4000): string {
  return text.length <= max ? text : `${text.slice(0, max)}\n… (${text.length - max} more characters)`;
}

/** A readable line diff: the first mismatch with a few lines of context. */
export function describeDiff(expected: string, actual: string, context = 3): string {
  if (expected === actual) return '(identical)';
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const from = Math.max(0, i - context);
  const lines: string[] = [`first difference at stdout line ${i + 1}:`];
  for (let k = from; k < i; k++) lines.push(`    ${k + 1}| ${JSON.stringify(e[k])}`);
  for (let k = i; k < Math.min(e.length, i + context + 1); k++) lines.push(`  - ${k + 1}| ${JSON.stringify(e[k])}`);
  for (let k = i; k < Math.min(a.length, i + context + 1); k++) lines.push(`  + ${k + 1}| ${JSON.stringify(a[k])}`);
  lines.push(`(- CPython: ${e.length} lines, + aithon: ${a.length} lines)`);
  return lines.join('\n');
}

export function describeRun(label: string, r: RunResult): string {
  const status = r.timedOut ? 'TIMED OUT' : r.signal ? `signal ${r.signal}` : `exit ${r.code}`;
  return [
    `--- ${label}: ${status} (${r.ms} ms)`,
    r.stderr ? `--- ${label} stderr:\n${clip(r.stderr)}` : `--- ${label} stderr: (empty)`,
  ].join('\n');
}

export { clip };
