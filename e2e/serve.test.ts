// End-to-end test of the development loop (docs/serve.md): `aithon serve`
// drives a real edit loop against a long-running program (good edit, broken
// edit, fix, helper rename, main.py delete + restore, SIGTERM), and the
// @aithon/nx:serve executor is called directly (a temporary Nx workspace
// would cost a minute; the executor is what `nx serve` runs).
//
// Assumes `node scripts/setup.mjs` has run (lib/ is compiled).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, requireBuiltLib, stripAnsi } from './support';

/** A program that prints `tick <tag> <n>` every 100 ms, forever. */
function ticker(tag: string, syntaxError = false): string {
  return [
    'import time',
    '',
    '',
    'def label(n):',
    `    return "tick ${tag} " + str(n)`,
    '',
    '',
    'def main():',
    '    n = 0',
    '    while True:',
    syntaxError ? '        print(label(n)  flush=True)' : '        print(label(n), flush=True)',
    '        time.sleep(0.1)',
    '        n += 1',
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
    '',
  ].join('\n');
}

/** A child process whose output we can wait on. */
class Watched {
  out = '';
  err = '';
  readonly exited: Promise<number | null>;

  constructor(readonly proc: ChildProcess) {
    proc.stdout!.setEncoding('utf8').on('data', (s: string) => (this.out += s));
    proc.stderr!.setEncoding('utf8').on('data', (s: string) => (this.err += s));
    this.exited = new Promise((r) => proc.once('exit', (code) => r(code)));
  }

  get all(): string {
    return stripAnsi(`--- stdout\n${this.out}\n--- stderr\n${this.err}`);
  }

  /** Waits until `test` matches stdout (or stderr) after character `from`. */
  async waitFor(stream: 'out' | 'err', test: RegExp, from = 0, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = stripAnsi(this[stream].slice(from)).match(test);
      if (m) return m;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${test} on std${stream}\n${this.all}`);
      if (this.proc.exitCode !== null) throw new Error(`process exited (${this.proc.exitCode}) while waiting for ${test}\n${this.all}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** pids of the direct children of `pid` (Linux ps). */
function childrenOf(pid: number): Array<{ pid: number; args: string }> {
  const r = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  return (r.stdout ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ pid: Number(l.split(/\s+/)[0]), args: l.replace(/^\d+\s+/, '') }));
}

function alive(pid: number): boolean {
  const r = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
  // A zombie (Z) has exited; only its exit status is left for its parent.
  return r.status === 0 && !!r.stdout.trim() && !r.stdout.trim().startsWith('Z');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The program started by serve: its only child that is not an LLVM tool. */
async function programOf(servePid: number, exeDir: RegExp): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const kid = childrenOf(servePid).find((c) => exeDir.test(c.args));
    if (kid) return kid.pid;
    await sleep(25);
  }
  throw new Error('serve has no program child');
}

describe('aithon serve', () => {
  let tmp: string;
  let dir: string;
  let serve: Watched;

  beforeAll(() => {
    requireBuiltLib();
    tmp = mkdtempSync(join(tmpdir(), 'aithon-serve-e2e-'));
    dir = join(tmp, 'ticker');
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.py'), ticker('A'));
    writeFileSync(join(dir, 'helper.py'), 'def twice(x):\n    return 2 * x\n');
    // Not sources: a change here must not rebuild.
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    // Build once first: if the C runtime is not cached yet (it is compiled once
    // per content hash), this pays for it here rather than inside a timed wait.
    const warm = spawnSync(process.execPath, [join(repoRoot, 'bin', 'aithon.js'), 'build', dir, '-o', join(tmp, 'warm'), '-q'], { encoding: 'utf8', timeout: 500_000 });
    if (warm.status !== 0) throw new Error(`aithon build failed:\n${warm.stdout}\n${warm.stderr}`);
    serve = new Watched(spawn(process.execPath, [join(repoRoot, 'bin', 'aithon.js'), 'serve', dir], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] }));
  });

  afterAll(() => {
    if (serve && serve.proc.exitCode === null) serve.proc.kill('SIGKILL');
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const exeDir = /aithon-serve-[^/]+\/ticker$/;

  it('builds, runs, and restarts on a good edit', async () => {
    // The first build may compile the C runtime (cached per content hash): allow for it.
    await serve.waitFor('out', /tick A 2\n/, 0, 110_000);
    expect(serve.err).toMatch(/\[aithon\] main\.py: (?:\d+ of [\d,]+ units recompiled, linked, )?built in \d+ ms \(validate \d+, parse \d+, ir \d+, opt \d+, codegen \d+, link \d+\), started/);
    const first = await programOf(serve.proc.pid!, exeDir);

    const errFrom = serve.err.length;
    writeFileSync(join(dir, 'main.py'), ticker('B'));
    await serve.waitFor('out', /tick B 1\n/);
    await serve.waitFor('err', /\[aithon\] main\.py: (?:\d+ of [\d,]+ units recompiled, linked, )?rebuilt in \d+ ms \(.*\), restarted/, errFrom);
    expect(alive(first)).toBe(false);
  });

  it('ignores files that are not sources', async () => {
    const errFrom = serve.err.length;
    writeFileSync(join(dir, 'node_modules', 'x', 'mod.py'), 'x = 1\n');
    writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    await sleep(600);
    expect(serve.err.slice(errFrom)).not.toMatch(/rebuilt/);
  });

  it('reports a broken save with its code frame and keeps the last good program running', async () => {
    const before = await programOf(serve.proc.pid!, exeDir);
    const errFrom = serve.err.length;
    writeFileSync(join(dir, 'main.py'), ticker('X', true));
    const m = await serve.waitFor('err', /main\.py:(\d+):(\d+): error: [^\n]+\n[^\n]*\|\n\s*\d+ \|[^\n]*flush=True/, errFrom);
    expect(Number(m[1])).toBe(11);
    await serve.waitFor('err', /main\.py: 1 error \(\d+ ms\); the last good program keeps running/, errFrom);
    // Still ticking: the same process keeps printing lines.
    const ticks = () => (serve.out.match(/tick B \d+\n/g) ?? []).length;
    const n = ticks();
    await sleep(800);
    expect(ticks() - n).toBeGreaterThanOrEqual(4);
    expect(alive(before)).toBe(true);
    expect(serve.out).not.toMatch(/tick X/);
  });

  it('restarts with the fix', async () => {
    const errFrom = serve.err.length;
    writeFileSync(join(dir, 'main.py'), ticker('C'));
    await serve.waitFor('out', /tick C 1\n/);
    await serve.waitFor('err', /main\.py: (?:\d+ of [\d,]+ units recompiled, linked, )?rebuilt in \d+ ms .*, restarted/, errFrom);
  });

  it('rebuilds when a helper file is renamed', async () => {
    const before = await programOf(serve.proc.pid!, exeDir);
    const errFrom = serve.err.length;
    renameSync(join(dir, 'helper.py'), join(dir, 'helpers.py'));
    await serve.waitFor('err', /\[aithon\] helper\.py renamed to helpers\.py: (?:\d+ of [\d,]+ units recompiled, linked, )?rebuilt in \d+ ms .*, restarted/, errFrom);
    const after = await programOf(serve.proc.pid!, exeDir);
    expect(after).not.toBe(before);
    const outFrom = serve.out.length;
    await serve.waitFor('out', /tick C 2\n/, outFrom);
  });

  it('waits for a deleted main.py to come back, and keeps the program running meanwhile', async () => {
    const before = await programOf(serve.proc.pid!, exeDir);
    const errFrom = serve.err.length;
    const source = ticker('D');
    rmSync(join(dir, 'main.py'));
    await serve.waitFor('err', /main\.py is gone \(deleted or renamed\): waiting for it to come back; the last good program keeps running/, errFrom);
    await sleep(300);
    expect(alive(before)).toBe(true);
    writeFileSync(join(dir, 'main.py'), source);
    await serve.waitFor('out', /tick D 1\n/);
  });

  it('stops the program and exits on SIGTERM, leaving no child behind', async () => {
    const program = await programOf(serve.proc.pid!, exeDir);
    const kids = childrenOf(serve.proc.pid!);
    const exe = kids.find((c) => c.pid === program)!.args; // this serve's temporary executable
    expect(exe).toMatch(exeDir);
    serve.proc.kill('SIGTERM');
    const code = await Promise.race([serve.exited, sleep(10_000).then(() => 'timeout' as const)]);
    expect(code, serve.all).toBe(0);
    for (const { pid } of kids) expect(alive(pid), `pid ${pid} still running`).toBe(false);
    const left = spawnSync('ps', ['-eo', 'args='], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.trim() === exe);
    expect(left).toEqual([]);
    expect(existsSync(dirname(exe)), 'the temporary output folder is removed').toBe(false);
  });
});

describe('serve over many cycles', () => {
  it('keeps its heap, handles and listeners bounded (bench/serve/soak.mjs)', () => {
    requireBuiltLib();
    // 300 save -> rebuild -> restart cycles through the real watcher and real
    // process restarts, with a stub compiler (one build in three fails).
    const r = spawnSync(process.execPath, ['--expose-gc', join(repoRoot, 'bench', 'serve', 'soak.mjs'), '300', '--warmup', '100', '--json'], {
      encoding: 'utf8',
      timeout: 100_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.lostEvents).toBe(0);
    expect(result.builds).toBe(301);
    expect(result.actions.kept).toBe(100);
    expect(result.actions.restarted).toBe(200);
    // Every replaced program can be collected: only the running one (and the
    // one it replaced last, still referenced for a moment) are in memory.
    expect(result.programsStarted).toBe(201);
    expect(result.programsAlive).toBeLessThanOrEqual(2);
    // The heap is flat but for V8's JIT code (about 0.7 KB a cycle at this point, shrinking later).
    expect(result.growthBytesPerCycle).toBeLessThan(2500);
    expect(result.resourcesEnd.handles).toBeLessThanOrEqual(result.resourcesAfterWarmup.handles + 1);
    expect(result.resourcesEnd.processListeners).toBe(result.resourcesAfterWarmup.processListeners);
  }, 110_000);
});

describe('@aithon/nx:serve executor', () => {
  it('serves a project from its build target, reruns an exited program on change, and stops on SIGTERM', async () => {
    requireBuiltLib();
    const tmp = mkdtempSync(join(tmpdir(), 'aithon-serve-nx-'));
    try {
      const app = join(tmp, 'apps', 'hi');
      mkdirSync(app, { recursive: true });
      const source = (n: number) => `def main():\n    print("hello", ${n}, flush=True)\n`;
      writeFileSync(join(app, 'main.py'), source(1));
      // The executor as Nx calls it: options from the target, a minimal context.
      // `root` is this repository so that @aithon/nx resolves (node_modules/@aithon/nx).
      const context = {
        root: repoRoot,
        cwd: tmp,
        projectName: 'hi',
        targetName: 'serve',
        isVerbose: false,
        nxJsonConfiguration: {},
        projectGraph: { nodes: {}, dependencies: {} },
        projectsConfigurations: {
          version: 2,
          projects: {
            hi: {
              root: 'apps/hi',
              targets: {
                build: {
                  executor: '@aithon/nx:build',
                  options: { main: join(app, 'main.py'), outputPath: join(tmp, 'dist', 'apps', 'hi'), mode: 'dev' },
                },
                serve: { executor: '@aithon/nx:serve', continuous: true, options: { buildTarget: 'build' } },
              },
            },
          },
        },
      };
      const script = [
        `const serve = require(${JSON.stringify(join(repoRoot, 'lib', 'executors', 'serve', 'executor.js'))}).default;`,
        `serve({ buildTarget: 'build', args: ['x'], debounce: 50 }, ${JSON.stringify(context)})`,
        `  .then((r) => { console.log('executor result', JSON.stringify(r)); });`,
      ].join('\n');
      const exec = new Watched(spawn(process.execPath, ['-e', script], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] }));
      try {
        await exec.waitFor('out', /hello 1\n/, 0, 100_000);
        await exec.waitFor('err', /the program exited with status 0; waiting for changes/);
        const errFrom = exec.err.length;
        writeFileSync(join(app, 'main.py'), source(2));
        await exec.waitFor('out', /hello 2\n/);
        await exec.waitFor('err', /main\.py: (?:\d+ of [\d,]+ units recompiled, linked, )?rebuilt in \d+ ms .*, started/, errFrom);
        // serve never writes the build target's output: that belongs to `nx build` and its cache.
        expect(spawnSync('ls', [join(tmp, 'dist')]).status).not.toBe(0);
        exec.proc.kill('SIGTERM');
        await exec.waitFor('out', /executor result \{"success":true\}/);
        expect(await exec.exited).toBe(0);
      } finally {
        if (exec.proc.exitCode === null) exec.proc.kill('SIGKILL');
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('aithon serve --lib-path', () => {
  it('watches the library folders too: a library edit rebuilds and reruns the program', async () => {
    requireBuiltLib();
    const tmp = mkdtempSync(join(tmpdir(), 'aithon-serve-lib-'));
    const app = join(tmp, 'app');
    const lib = join(tmp, 'libs', 'textkit');
    mkdirSync(app, { recursive: true });
    mkdirSync(join(lib, 'textkit'), { recursive: true });
    writeFileSync(join(app, 'main.py'), 'from textkit import shout\n\n\ndef main():\n    print(shout("hello"))\n\n\nif __name__ == "__main__":\n    main()\n');
    const library = (suffix: string) => `def shout(s):\n    return s.upper() + "${suffix}"\n`;
    writeFileSync(join(lib, 'textkit', '__init__.py'), library('!'));
    const serve = new Watched(spawn(process.execPath, [join(repoRoot, 'bin', 'aithon.js'), 'serve', app, '--lib-path', lib], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] }));
    try {
      await serve.waitFor('out', /HELLO!\n/, 0, 110_000);
      // stdout and stderr are two pipes: the first build's report may arrive after the program's output.
      await serve.waitFor('err', /waiting for changes\n/);
      const errFrom = serve.err.length;
      writeFileSync(join(lib, 'textkit', '__init__.py'), library('?!'));
      await serve.waitFor('out', /HELLO\?!\n/);
      await serve.waitFor('err', /textkit\/__init__\.py: .*rebuilt in \d+ ms/, errFrom);
    } finally {
      serve.proc.kill('SIGTERM');
      await new Promise((r) => serve.proc.once('exit', r));
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
