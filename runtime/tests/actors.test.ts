// actors.test.ts — the actor runtime's C unit tests (scheduler, context switch,
// deque, mailbox, links/monitors/crash isolation, GC, timeouts, soak) built
// against every runtime/src/**/*.c and run three ways: ThreadSanitizer,
// AddressSanitizer+UBSan, and -O2 (the compiler's flags). No timing assertions
// beyond generous timeouts.
//
//   cd /work/main && npx vitest run runtime/tests/actors.test.ts
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, basename } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RUNTIME = join(ROOT, 'runtime');
const TESTS = join(RUNTIME, 'tests');

function findClang(): string {
  const dirs = [process.env.AITHON_LLVM_DIR, process.env.AITHON_LLVM_DIR && join(process.env.AITHON_LLVM_DIR, 'bin'), '/usr/lib/llvm-19/bin'];
  for (const d of dirs) if (d && existsSync(join(d, 'clang'))) return join(d, 'clang');
  return 'clang';
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
const ACTOR_TESTS = readdirSync(TESTS).filter((f) => /^test_(sched|actor|gc|mailbox).*\.c$/.test(f)).sort();

type Config = { name: string; cflags: string[]; ldflags: string[]; env: Record<string, string>; soak: string };
const COMMON = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-I', join(RUNTIME, 'include'), '-I', join(RUNTIME, 'src')];
const CONFIGS: Config[] = [
  { name: 'tsan', cflags: ['-O1', '-g', '-fsanitize=thread'], ldflags: ['-fsanitize=thread'], env: { TSAN_OPTIONS: 'halt_on_error=1:second_deadlock_stack=1' }, soak: '30000' },
  // No fake stacks for use-after-return checks: the collector finds an actor's roots by scanning its real stack
  // conservatively, and a local ASan moved to a heap-allocated fake frame would be freed while still in use.
  { name: 'asan', cflags: ['-O1', '-g', '-fsanitize=address,undefined', '-fsanitize-address-use-after-return=never', '-fno-omit-frame-pointer', '-fno-sanitize-recover=undefined'], ldflags: ['-fsanitize=address,undefined'], env: { ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=0', UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1' }, soak: '60000' },
  { name: 'O2', cflags: ['-O2', '-fPIC', '-fno-math-errno'], ldflags: [], env: {}, soak: '300000' },
];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeout = 0): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, env, timeout }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++]);
  }));
}

let work = '';
const buildErrors: string[] = [];
const exe = (cfg: string, t: string) => join(work, cfg, basename(t, '.c'));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'aithon-actors-'));
  const jobs: { cfg: Config; src: string; obj: string }[] = [];
  for (const cfg of CONFIGS) {
    mkdirSync(join(work, cfg.name, 'obj'), { recursive: true });
    for (const src of SOURCES) jobs.push({ cfg, src, obj: join(work, cfg.name, 'obj', relative(join(RUNTIME, 'src'), src).replace(/[\/]/g, '__').replace(/\.c$/, '.o')) });
  }
  await pool(jobs, 2, async (j) => {
    const r = await run(CLANG, [...COMMON, ...j.cfg.cflags, '-c', j.src, '-o', j.obj]);
    if (r.code !== 0) buildErrors.push(`${j.cfg.name} ${j.src}:\n${r.stderr}`);
  });
  const links: { cfg: Config; t: string }[] = [];
  for (const cfg of CONFIGS) for (const t of ACTOR_TESTS) links.push({ cfg, t });
  await pool(links, 2, async (l) => {
    const objs = jobs.filter((j) => j.cfg === l.cfg).map((j) => j.obj);
    const r = await run(CLANG, [...COMMON, ...l.cfg.cflags, join(TESTS, l.t), ...objs, ...l.cfg.ldflags, '-lm', '-l:libz.a', '-o', exe(l.cfg.name, l.t)]);
    if (r.code !== 0) buildErrors.push(`${l.cfg.name} ${l.t}:\n${r.stderr}`);
  });
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('actor runtime build', () => {
  it('has the actor tests', () => {
    expect(ACTOR_TESTS).toEqual(expect.arrayContaining(['test_mailbox.c', 'test_sched_deque.c', 'test_sched_fair.c', 'test_actor_basic.c', 'test_actor_links.c', 'test_gc.c', 'test_actor_soak.c']));
  });
  it('compiles -Wall -Wextra -Werror clean under TSan, ASan+UBSan and -O2', () => {
    expect(buildErrors.join('\n')).toBe('');
  });
});

for (const cfg of CONFIGS) {
  describe.concurrent(`actor tests (${cfg.name})`, () => {
    for (const t of ACTOR_TESTS) {
      // Sanitizer builds run several of these at once on a loaded machine (test_gc under TSan takes
      // ~30 s of CPU alone): the limit is there to catch a deadlock, not to time the test.
      it(t, { timeout: 300_000 }, async () => {
        const args = t === 'test_actor_soak.c' ? [cfg.soak] : [];
        const r = await run(exe(cfg.name, t), args, { ...process.env, ...cfg.env }, 240_000);
        const last = r.stdout.trim().split('\n').pop() ?? '';
        if (r.code !== 0 || !/^\d+ passed, 0 failed$/.test(last)) console.error(`${cfg.name} ${t}:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(0, 6000)}`);
        expect(r.stderr).not.toMatch(/ThreadSanitizer|AddressSanitizer|LeakSanitizer|runtime error:/);
        expect(last).toMatch(/^\d+ passed, 0 failed$/);
        expect(r.code).toBe(0);
      });
    }
  });
}
