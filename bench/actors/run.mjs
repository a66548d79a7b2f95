#!/usr/bin/env node
// bench/actors/run.mjs — the actor benchmarks: our runtime (C driver
// actors.c against the C API), Erlang (erlang-base) and Go (golang-go), one
// after another, median of N runs each; prints every figure and our ratio to
// each peer (> 1 means we are better: faster, smaller, or more msgs/s).
//
//   node bench/actors/run.mjs [--runs N] [--only skynet,spawn,...] [--soak [MSGS]] [--runtime DIR]
//
// --runtime DIR: a runtime/ folder to build against (default: this repo's).
// --soak: also the 10,000,000-message pipeline soak (ours only): no loss, flat heaps.
// Peers missing on PATH (erl, go) are skipped. No timing is asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const opt = { runs: 3, only: null, soak: 0, runtime: join(root, 'runtime') };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--runs') opt.runs = Math.max(1, Number(args[++i]) || 3);
  else if (a === '--only') opt.only = new Set(args[++i].split(','));
  else if (a === '--soak') opt.soak = /^\d+$/.test(args[i + 1] ?? '') ? Number(args[++i]) : 10_000_000;
  else if (a === '--runtime') opt.runtime = args[++i];
  else {
    console.error('usage: node bench/actors/run.mjs [--runs N] [--only a,b] [--soak [MSGS]] [--runtime DIR]');
    process.exit(2);
  }
}

const clang = ['/usr/lib/llvm-19/bin/clang', process.env.AITHON_LLVM_DIR && join(process.env.AITHON_LLVM_DIR, 'bin', 'clang')].find((p) => p && existsSync(p)) ?? 'clang';
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const work = mkdtempSync(join(tmpdir(), 'aithon-actors-bench-'));

function walk(d) {
  return readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
}
function sh(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.slice(0, 3).join(' ')} ... failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}
function parse(out) {
  const m = {};
  for (const line of out.trim().split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v !== undefined && !Number.isNaN(Number(v))) m[k] = Number(v);
  }
  return m;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- build
const impls = {};
console.log(`building (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}) ...`);
const srcs = walk(join(opt.runtime, 'src')).filter((f) => f.endsWith('.c'));
sh(clang, ['-std=c11', '-O2', '-fno-math-errno', '-I', join(opt.runtime, 'include'), '-I', join(opt.runtime, 'src'), join(here, 'actors.c'), ...srcs, '-lm', '-l:libz.a', '-o', join(work, 'c-api')]);
impls['c api'] = (w, n) => [join(work, 'c-api'), [w, ...(n ? [String(n)] : [])]];
const cli = join(root, 'bin', 'aithon.js');
sh(process.execPath, [cli, 'build', join(here, 'python'), '-o', join(work, 'ours-py'), '--release', '--cache-dir', join(work, 'cache')]);
impls.ours = (w, n) => [join(work, 'ours-py'), [w, ...(n ? [String(n)] : [])]];
if (has('go')) {
  copyFileSync(join(here, 'bench.go'), join(work, 'bench.go'));
  sh('go', ['build', '-o', join(work, 'gobench'), 'bench.go'], { cwd: work, env: { ...process.env, GOCACHE: join(work, 'gocache'), GO111MODULE: 'off' } });
  impls.go = (w, n) => [join(work, 'gobench'), [w, ...(n ? [String(n)] : [])]];
} else console.log('go not found: skipping Go');
if (has('erlc') && has('erl')) {
  sh('erlc', ['-o', work, join(here, 'bench.erl')]);
  impls.erlang = (w, n) => ['erl', ['-noshell', '+P', '4000000', '-pa', work, '-s', 'bench', 'main', w, ...(n ? [String(n)] : [])]];
} else console.log('erl not found: skipping Erlang');

// ---- workloads: [workload, metric, unit, lower is better]
const rows = [
  ['skynet', 'skynet_ms', 'ms (1M leaves)', true],
  ['spawn', 'spawn_ns', 'ns per spawned idle actor', true],
  ['spawn', 'idle_bytes', 'bytes RSS per idle actor', true],
  ['ring', 'ring_ns_per_hop', 'ns per hop (1,000 actors x 10,000 laps)', true],
  ['pingpong', 'pingpong_ns_per_msg', 'ns per message', true],
  ['fanin', 'fanin_msgs_per_s', 'msgs/s, 2 senders -> 1 receiver', false],
];
const workloads = [...new Set(rows.map((r) => r[0]))].filter((w) => !opt.only || opt.only.has(w));
const results = {}; // impl -> metric -> median
for (const w of workloads) {
  for (const [name, cmd] of Object.entries(impls)) {
    const samples = {};
    for (let i = 0; i < opt.runs; i++) {
      const [bin, argv] = cmd(w, 0);
      let m;
      try {
        m = parse(sh(bin, argv, { timeout: 600_000 }));
      } catch (e) {
        console.log(`${name} ${w}: ${String(e.message).split('\n')[0]}`);
        break;
      }
      for (const [k, v] of Object.entries(m)) (samples[k] ??= []).push(v);
    }
    for (const [k, vs] of Object.entries(samples)) (results[name] ??= {})[k] = median(vs);
    console.log(`  ${w.padEnd(9)} ${name.padEnd(7)} ${Object.entries(samples).map(([k, vs]) => `${k}=${median(vs)}`).join(' ')}`);
  }
}

// ---- table
const peers = Object.keys(impls).filter((k) => k !== 'ours' && k !== 'c api');
const fmt = (v) => (v === undefined ? '-' : v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const head = ['metric', 'unit', 'ours', ...peers.flatMap((p) => [p, `vs ${p}`]), 'c api'];
const lines = [head];
for (const [w, metric, unit, lower] of rows) {
  if (!workloads.includes(w)) continue;
  const ours = results.ours?.[metric];
  const cells = [metric, unit, fmt(ours)];
  for (const p of peers) {
    const v = results[p]?.[metric];
    const ratio = ours && v ? (lower ? v / ours : ours / v) : undefined;
    cells.push(fmt(v), ratio === undefined ? '-' : `${ratio.toFixed(2)}x`);
  }
  cells.push(fmt(results['c api']?.[metric]));
  lines.push(cells);
}
const widths = head.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
console.log(`\nmedian of ${opt.runs}; ours = bench/actors/python/main.py compiled; "vs peer" > 1 means ours is better;`);
console.log(`"c api" = the same workloads in C against the runtime (actors.c), not compared (load average now ${loadavg()[0].toFixed(1)})`);
for (const l of lines) console.log(l.map((c, i) => String(c).padEnd(widths[i])).join('  '));

if (opt.soak) {
  console.log(`\nsoak: ${opt.soak} messages through a pipeline of 8 actors (str every 10th), credit window 20,000`);
  const r = spawnSync(join(work, 'c-api'), ['soak', String(opt.soak)], { encoding: 'utf8' });
  process.stdout.write(r.stdout);
  console.log(r.status === 0 ? 'soak: ok (no loss, in order)' : `soak: FAILED (${r.status}) ${r.stderr}`);
}
rmSync(work, { recursive: true, force: true });
