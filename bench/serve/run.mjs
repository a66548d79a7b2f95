#!/usr/bin/env node
// bench/serve: save-to-new-output latency of `aithon serve` for a
// one-function edit in a generated program of ~2,000 functions.
//
//   node bench/serve/run.mjs [--functions 2000] [--edits 10] [--first-edit 0] [--no-cold] [--json] [--keep]
//
// Starts `node bin/aithon.js serve <tmp project>` once, then for each edit
// rewrites main.py with one function's constant changed and measures the time
// from the write to the new program's output line (the value is checked
// against python3's for the same source). serve's own cycle line gives the
// compiler's stage times; the rest of the latency is the file watcher, the
// debounce and the program's start. Also runs one cold `aithon build` of the
// same program for comparison (skip with --no-cold). --first-edit N starts the
// edited constant at 1000 + N: with a new N, every edit's unit is compiled,
// not found in the object cache of an earlier run.
//
// The issue's aim is <= 250 ms. Requires `node scripts/setup.mjs` (lib/).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { edited, generate } from './gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const num = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : dflt;
};
const functions = num('--functions', 2000);
const edits = num('--edits', 10);
const json = flag('--json');
const say = (line) => {
  if (!json) process.stdout.write(`${line}\n`);
};

const tmp = mkdtempSync(join(tmpdir(), 'aithon-bench-serve-'));
const dir = join(tmp, 'big');
mkdirSync(dir);
const firstEdit = num('--first-edit', 0);
const sources = Array.from({ length: edits + 1 }, (_, k) => generate(functions, firstEdit + k));
const defs = (sources[0].match(/^\s*def /gm) ?? []).length;

// Expected output of every version, from python3 (not timed).
const expected = sources.map((src, k) => {
  const file = join(tmp, `v${k}.py`);
  writeFileSync(file, src);
  const r = spawnSync('python3', [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 failed on version ${k}:\n${r.stderr}`);
  return r.stdout.trim();
});
say(`program: ${defs} functions (${sources[0].split('\n').length} lines); edit: the constant of f_${edited(functions)}`);

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const median = (xs) => percentile(xs, 50);

let cold;
if (!flag('--no-cold')) {
  writeFileSync(join(dir, 'main.py'), sources[0]);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'aithon.js'), 'build', dir, '-o', join(tmp, 'cold.exe'), '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cold build failed:\n${r.stdout}\n${r.stderr}`);
  const res = JSON.parse(r.stdout);
  cold = { wallMs: Math.round(wall), buildMs: res.ms, stages: Object.fromEntries(res.stages.map((s) => [s.name, Math.round(s.ms)])) };
  say(`cold 'aithon build' (new process): ${cold.wallMs} ms wall, compiler ${cold.buildMs} ms ${JSON.stringify(cold.stages)}`);
}

writeFileSync(join(dir, 'main.py'), sources[0]);
const serve = spawn(process.execPath, [join(root, 'bin', 'aithon.js'), 'serve', dir], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
let err = '';
serve.stdout.setEncoding('utf8').on('data', (s) => (out += s));
serve.stderr.setEncoding('utf8').on('data', (s) => (err += s));

async function waitFor(stream, re, from, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = stream === 'out' ? out : err;
    const m = text.slice(from).match(re);
    if (m) return { m, at: performance.now() };
    if (serve.exitCode !== null) throw new Error(`serve exited (${serve.exitCode})\n${out}\n${err}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${re}\n${out}\n${err}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cycleLine = /\[aithon\] [^\n]*?(?:re)?built in (\d+) ms \(([^)]*)\), (?:re)?started\n/;
const parseStages = (text) => Object.fromEntries(text.split(', ').map((p) => p.split(' ')).map(([n, ms]) => [n, Number(ms)]));

const results = [];
try {
  const first = await waitFor('out', new RegExp(`${esc(expected[0])}\n`), 0);
  const firstCycle = (await waitFor('err', cycleLine, 0)).m;
  say(`serve: first build ${firstCycle[1]} ms, output ok`);
  void first;
  for (let k = 1; k <= edits; k++) {
    await new Promise((r) => setTimeout(r, 300)); // let the previous cycle settle
    const outFrom = out.length;
    const errFrom = err.length;
    const t0 = performance.now();
    writeFileSync(join(dir, 'main.py'), sources[k]);
    const { at } = await waitFor('out', new RegExp(`${esc(expected[k])}\n`), outFrom);
    const { m } = await waitFor('err', cycleLine, errFrom);
    const latency = at - t0;
    const buildMs = Number(m[1]);
    const stages = parseStages(m[2]);
    results.push({ edit: k, latencyMs: Math.round(latency), buildMs, stages });
    say(`edit ${String(k).padStart(2)}: ${Math.round(latency)} ms save-to-output (compiler ${buildMs} ms: ${m[2]})`);
  }
} finally {
  serve.kill('SIGTERM');
  await new Promise((r) => serve.once('exit', r));
  if (!flag('--keep')) rmSync(tmp, { recursive: true, force: true });
}

const lat = results.map((r) => r.latencyMs);
const stageNames = Object.keys(results[0]?.stages ?? {});
const totalLatency = lat.reduce((a, b) => a + b, 0);
const share = Object.fromEntries(
  stageNames.map((n) => [n, results.reduce((a, r) => a + (r.stages[n] ?? 0), 0) / totalLatency]),
);
const buildTotal = results.reduce((a, r) => a + r.buildMs, 0);
share.other = (totalLatency - buildTotal) / totalLatency; // watcher, debounce, stopping + starting the program
const summary = {
  functions: defs,
  edits: results.length,
  medianMs: median(lat),
  p90Ms: percentile(lat, 90),
  aimMs: 250,
  medianBuildMs: median(results.map((r) => r.buildMs)),
  share: Object.fromEntries(Object.entries(share).map(([k, v]) => [k, Math.round(v * 1000) / 10])),
  cold,
  results,
};
if (json) {
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
} else {
  say('');
  say(`save-to-new-output over ${results.length} one-function edits of a ${defs}-function program:`);
  say(`  median ${summary.medianMs} ms, p90 ${summary.p90Ms} ms (aim: <= 250 ms)`);
  say(`  share of the latency: ${Object.entries(summary.share).map(([k, v]) => `${k} ${v}%`).join(', ')}`);
  say(`  ("other" = file watcher + ${80} ms debounce + stopping/starting the program)`);
}
