#!/usr/bin/env node
// Soak test of the serve engine (compiler/src/serve.ts): thousands of
// save -> rebuild -> restart cycles through the real file watcher and real
// process restarts, with a stub compiler (instant builds; every third one
// fails with a diagnostic) so that only serve's own state is measured.
// Prints the heap after warm-up and at the end, and the listener counts.
//
//   node --expose-gc bench/serve/soak.mjs [cycles=2000] [--warmup N] [--json] [--real]
//
// SOAK_DEBUG=1 prints the heap every 250 cycles.
// --real uses the real compiler (a few hundred ms a cycle) on a tiny program,
// every third save a syntax error: it measures the compiler's per-build state too.
//
// e2e/serve.test.ts runs it with fewer cycles and checks the growth.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { startServe } = require(join(root, 'lib', 'compiler', 'src', 'serve.js'));

const cycles = Number(process.argv[2] && /^\d+$/.test(process.argv[2]) ? process.argv[2] : 2000);
const json = process.argv.includes('--json');
const real = process.argv.includes('--real');
if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'aithon-serve-soak-'));
// Saves rotate over several files: chokidar reports one 'change' per file per
// 50 ms, and a cycle here takes a few ms more than the 50 ms debounce.
const files = Array.from({ length: 4 }, (_, i) => join(dir, i === 0 ? 'main.py' : `mod${i}.py`));
for (const f of files) writeFileSync(f, 'def main():\n    pass\n');

let builds = 0;
const builder = async ({ outFile }) => {
  builds++;
  if (builds % 3 === 0) {
    return {
      ok: false,
      diagnostics: [{ file: 'main.py', line: 1, column: 5, severity: 'error', message: 'invalid syntax', source: 'def main(:\n', hint: 'x' }],
      stages: [{ name: 'validate', ms: 0.1 }],
      llvmInvocations: 0,
      ms: 0.1,
    };
  }
  void outFile;
  return { ok: true, exe: '/bin/sleep', diagnostics: [], stages: [{ name: 'validate', ms: 0.1 }, { name: 'link', ms: 0.1 }], llvmInvocations: 0, ms: 0.2 };
};

let waiting;
const programs = [];
let lostEvents = 0;
let lines = 0;
const counts = { started: 0, restarted: 0, kept: 0, superseded: 0, stopped: 0 };
const handle = startServe({
  target: dir,
  args: real ? [] : ['30'],
  stdio: 'ignore',
  debounceMs: 50,
  graceMs: 1000,
  builder: real ? undefined : builder,
  log: () => lines++,
  onCycle: (r) => {
    counts[r.action]++;
    // Every program serve started: all but the running one must be collectable.
    if (r.action === 'started' || r.action === 'restarted') programs.push(new WeakRef(handle.program));
    const w = waiting;
    waiting = undefined;
    w?.();
  },
});
await handle.ready;

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
// Open handles (watchers, timers, child processes, pipes) and process listeners: must not grow.
const resources = () => ({
  handles: process._getActiveHandles().length,
  processListeners: process.eventNames().reduce((n, e) => n + process.listenerCount(e), 0),
});

const warmupArg = process.argv.indexOf('--warmup');
const warmup = warmupArg > 0 ? Number(process.argv[warmupArg + 1]) : Math.min(200, Math.floor(cycles / 5));
let heapAfterWarmup = 0;
let resourcesAfterWarmup;
const started = performance.now();
for (let i = 1; i <= cycles; i++) {
  const done = new Promise((r) => (waiting = r));
  if (real) {
    // main.py only (the other modules are syntax-checked too): good, good, broken.
    builds++;
    writeFileSync(files[0], i % 3 === 0 ? `def main(:\n    print(${i})\n` : `def main():\n    print(${i})\n`);
  } else writeFileSync(files[i % files.length], `def main():\n    print(${i})\n`);
  let lost = false;
  const timeout = setTimeout(() => ((lost = true), waiting?.()), 2000);
  await done;
  clearTimeout(timeout);
  if (lost) lostEvents++;
  if (i === warmup) {
    heapAfterWarmup = heap();
    resourcesAfterWarmup = resources();
  }
  if (process.env.SOAK_DEBUG && i % 250 === 0) console.error(i, (performance.now() - started).toFixed(0), (heap() / 1e6).toFixed(3), JSON.stringify(counts));
}
const elapsed = performance.now() - started;
const heapEnd = heap();
const programsAlive = programs.filter((w) => w.deref() !== undefined).length;
if (process.env.SOAK_DEBUG) console.error("alive indices", programs.map((w, i) => (w.deref() ? i : -1)).filter((i) => i >= 0), programs.length);
const resourcesEnd = resources();
const program = handle.program?.pid;
await handle.stop();
rmSync(dir, { recursive: true, force: true });

const result = {
  cycles,
  builds,
  lostEvents,
  actions: counts,
  secondsPerThousand: Math.round(elapsed / cycles) / 1000 * 1000,
  heapAfterWarmupMB: +(heapAfterWarmup / 1e6).toFixed(2),
  heapEndMB: +(heapEnd / 1e6).toFixed(2),
  growthBytesPerCycle: Math.round((heapEnd - heapAfterWarmup) / (cycles - warmup)),
  resourcesAfterWarmup,
  resourcesEnd,
  programsStarted: programs.length,
  programsAlive,
  programWasRunning: program !== undefined,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`${cycles} saves -> ${builds} builds (${JSON.stringify(counts)}, ${lostEvents} saves without a cycle) in ${(elapsed / 1000).toFixed(1)} s`);
  console.log(`heap after ${warmup} cycles: ${result.heapAfterWarmupMB} MB; after ${cycles}: ${result.heapEndMB} MB (${result.growthBytesPerCycle} bytes/cycle)`);
  console.log(`programs started: ${programs.length}, still in memory: ${programsAlive} (expected: at most 2, the running one and the one it last replaced)`);
  console.log(`handles and process listeners after ${warmup} cycles: ${JSON.stringify(resourcesAfterWarmup)}; after ${cycles}: ${JSON.stringify(resourcesEnd)}`);
}
