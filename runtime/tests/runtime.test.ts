// runtime.test.ts — builds the C runtime twice (ASan+UBSan, and -O2 as the
// compiler's toolchain does), runs every runtime/tests/test_*.c against both,
// and runs the differential tests against this machine's python3, live.
//
//   cd /work/main && npx vitest run runtime/tests
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, basename } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RUNTIME = join(ROOT, 'runtime');
const TESTS = join(RUNTIME, 'tests');

function findClang(): string {
  const dirs = [process.env.AITHON_LLVM_DIR, process.env.AITHON_LLVM_DIR && join(process.env.AITHON_LLVM_DIR, 'bin'), '/usr/lib/llvm-19/bin'];
  for (const d of dirs) if (d && existsSync(join(d, 'clang'))) return join(d, 'clang');
  return 'clang'; // PATH
}
const CLANG = findClang();

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out.sort();
}
const SOURCES = walk(join(RUNTIME, 'src')).filter((f) => f.endsWith('.c'));
const UNIT_TESTS = readdirSync(TESTS).filter((f) => /^test_.*\.c$/.test(f)).sort();
const HELPERS = ['tb_demo.c', 'diff_gen.c', 'diff_gen_stdlib.c', 'diff_gen_containers.c', 'diff_gen_stdlib2.c'];

type Config = { name: string; cflags: string[]; ldflags: string[] };
const COMMON = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-I', join(RUNTIME, 'include'), '-I', join(RUNTIME, 'src')];
const CONFIGS: Config[] = [
  // No fake stacks for use-after-return checks: the collector finds an actor's roots by scanning its real stack
  // conservatively, and a local ASan moved to a heap-allocated fake frame would be freed while still in use.
  { name: 'asan', cflags: ['-O1', '-g', '-fsanitize=address,undefined', '-fsanitize-address-use-after-return=never', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'], ldflags: ['-fsanitize=address,undefined'] },
  { name: 'O2', cflags: ['-O2', '-fPIC'], ldflags: [] },
];

function run(cmd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { maxBuffer: 256 * 1024 * 1024, env: opts.env ?? process.env }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
  });
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

let work = '';
const exe = (config: string, name: string) => join(work, config, basename(name, '.c'));
const buildErrors: string[] = [];
const ENV = { ...process.env, ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=0', UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1' };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'aithon-runtime-'));
  // 1. every runtime source once per configuration
  const jobs: { cfg: Config; src: string; obj: string }[] = [];
  for (const cfg of CONFIGS) {
    spawnSync('mkdir', ['-p', join(work, cfg.name, 'obj')]);
    for (const src of SOURCES) {
      const obj = join(work, cfg.name, 'obj', relative(join(RUNTIME, 'src'), src).replace(/[\/]/g, '__').replace(/\.c$/, '.o'));
      jobs.push({ cfg, src, obj });
    }
  }
  await pool(jobs, 2, async (j) => {
    const r = await run(CLANG, [...COMMON, ...j.cfg.cflags, '-c', j.src, '-o', j.obj]);
    if (r.code !== 0) buildErrors.push(`${j.cfg.name} ${j.src}:\n${r.stderr}`);
  });
  // 2. link every test program against the objects
  const links: { cfg: Config; prog: string }[] = [];
  for (const cfg of CONFIGS) for (const prog of [...UNIT_TESTS, ...HELPERS]) links.push({ cfg, prog });
  await pool(links, 2, async (l) => {
    const objs = jobs.filter((j) => j.cfg === l.cfg).map((j) => j.obj);
    const r = await run(CLANG, [...COMMON, ...l.cfg.cflags, join(TESTS, l.prog), ...objs, ...l.cfg.ldflags, '-lm', '-l:libz.a', '-o', exe(l.cfg.name, l.prog)]);
    if (r.code !== 0) buildErrors.push(`${l.cfg.name} ${l.prog}:\n${r.stderr}`);
  });
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('runtime build', () => {
  it('compiles -Wall -Wextra -Werror clean in both configurations', () => {
    expect(buildErrors.join('\n')).toBe('');
  });

  it('compiles to LLVM bitcode and defines no main()', async () => {
    const bcdir = join(work, 'bc');
    spawnSync('mkdir', ['-p', bcdir]);
    const nm = existsSync(join(CLANG, '..', 'llvm-nm')) ? join(CLANG, '..', 'llvm-nm') : 'llvm-nm';
    for (const src of SOURCES) {
      const bc = join(bcdir, basename(src, '.c') + '.bc');
      const r = await run(CLANG, ['-std=c11', '-O2', '-fPIC', '-Wall', '-Wextra', '-Werror', '-I', join(RUNTIME, 'include'), '-I', join(RUNTIME, 'src'), '-emit-llvm', '-c', src, '-o', bc]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const syms = await run(nm, ['--defined-only', bc]);
      expect(syms.stdout).not.toMatch(/ T main$/m);
    }
  });
});

for (const cfg of CONFIGS) {
  describe(`unit tests (${cfg.name})`, () => {
    for (const t of UNIT_TESTS) {
      it(t, async () => {
        const r = await run(exe(cfg.name, t), [], { env: ENV });
        const last = r.stdout.trim().split('\n').pop() ?? '';
        if (r.code !== 0) console.error(r.stderr.slice(0, 4000));
        expect(r.stderr).not.toMatch(/AddressSanitizer|runtime error|LeakSanitizer/);
        expect(last).toMatch(/^\d+ passed, 0 failed$/);
        expect(r.code).toBe(0);
      });
    }
  });
}

describe('differential against python3', () => {
  async function diff(config: string, seed: number, scale: number) {
    const gen = await run(exe(config, 'diff_gen.c'), [String(seed), String(scale)], { env: ENV });
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    const chk = await run('python3', [join(TESTS, 'diff_check.py')], { input: gen.stdout });
    expect(chk.stderr).toBe('');
    const res = JSON.parse(chk.stdout) as { total: number; nmismatches: number; mismatches: unknown[] };
    expect(res.total).toBeGreaterThan(10_000 * scale);
    expect(res.mismatches).toEqual([]);
    expect(res.nmismatches).toBe(0);
  }
  // a fresh seed each run (printed on failure), plus fixed ones
  const fresh = Date.now() % 1_000_000;
  it(`random ints, floats, reprs, format specs, strs (seed ${fresh})`, () => diff('O2', fresh, 2));
  it('fixed seeds 1 and 2', async () => {
    await diff('O2', 1, 1);
    await diff('O2', 2, 1);
  });
  it('same generator under ASan/UBSan', () => diff('asan', 7, 1));

  // math, random, time (stdlib/): python3 replays the expressions in order, so
  // random's state carries from line to line on both sides
  async function diffStdlib(config: string, seed: number, scale: number) {
    const gen = await run(exe(config, 'diff_gen_stdlib.c'), [String(seed), String(scale)], { env: ENV });
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    const chk = await run('python3', [join(TESTS, 'diff_check_stdlib.py')], { input: gen.stdout });
    expect(chk.stderr).toBe('');
    const res = JSON.parse(chk.stdout) as { total: number; nmismatches: number; mismatches: unknown[] };
    expect(res.total).toBeGreaterThan(8_000 * scale);
    expect(res.mismatches).toEqual([]);
    expect(res.nmismatches).toBe(0);
  }
  it(`stdlib math/random/time (seed ${fresh}, fixed seed 1, ASan seed 3)`, async () => {
    await diffStdlib('O2', fresh, 2);
    await diffStdlib('O2', 1, 1);
    await diffStdlib('asan', 3, 1);
  });

  // containers, iteration, methods, builtins: each case is a Python expression
  // that diff_check_containers.py evaluates and compares by repr()
  async function diffContainers(config: string, seed: number, scale: number) {
    const gen = await run(exe(config, 'diff_gen_containers.c'), [String(seed), String(scale)], { env: ENV });
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    const chk = await run('python3', [join(TESTS, 'diff_check_containers.py')], { input: gen.stdout });
    expect(chk.stderr).toBe('');
    const res = JSON.parse(chk.stdout) as { total: number; nmismatches: number; mismatches: unknown[] };
    expect(res.total).toBeGreaterThan(12_000 * scale);
    expect(res.mismatches).toEqual([]);
    expect(res.nmismatches).toBe(0);
  }
  it(`containers, set orders, hashes, str methods, slices, builtins (seed ${fresh}, fixed seeds 1 and 2, ASan seed 5)`, async () => {
    await diffContainers('O2', fresh, 2);
    await diffContainers('O2', 1, 1);
    await diffContainers('O2', 2, 1);
    await diffContainers('asan', 5, 1);
  });

  // collections, itertools, heapq, bisect, copy, string: operation sequences
  // replayed by diff_check_stdlib2.py's helpers, compared step by step
  async function diffStdlib2(config: string, seed: number, scale: number) {
    const gen = await run(exe(config, 'diff_gen_stdlib2.c'), [String(seed), String(scale)], { env: ENV });
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    const chk = await run('python3', [join(TESTS, 'diff_check_stdlib2.py')], { input: gen.stdout });
    expect(chk.stderr).toBe('');
    const res = JSON.parse(chk.stdout) as { total: number; nmismatches: number; mismatches: unknown[] };
    expect(res.total).toBeGreaterThan(1_800 * scale);
    expect(res.mismatches).toEqual([]);
    expect(res.nmismatches).toBe(0);
  }
  it(`stdlib collections/itertools/heapq/bisect/copy/string (seed ${fresh}, fixed seed 1, ASan seed 9)`, async () => {
    await diffStdlib2('O2', fresh, 5);
    await diffStdlib2('O2', 1, 1);
    await diffStdlib2('asan', 9, 1);
  });

  it('uncaught exception reports match python3 (caret lines aside)', async () => {
    const list = await run(exe('O2', 'tb_demo.c'), []);
    const names = list.stdout.trim().split('\n');
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const src = (await run(exe('O2', 'tb_demo.c'), ['--source', name])).stdout;
      const file = join(work, `${name}.py`);
      writeFileSync(file, src);
      const py = await run('python3', [file]);
      const ours = await run(exe('O2', 'tb_demo.c'), [name, file]);
      // CPython 3.11 adds "~~^^~~" lines under the failing expression; the ABI carries no columns
      const pyErr = py.stderr.split('\n').filter((l) => !/^\s*[\^~]+\s*$/.test(l)).join('\n');
      expect({ name, stdout: ours.stdout, stderr: ours.stderr, code: ours.code }).toEqual({ name, stdout: py.stdout, stderr: pyErr, code: py.code });
    }
  });
});
