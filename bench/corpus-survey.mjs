#!/usr/bin/env node
// Corpus survey: builds tests/programs/whole_*.py (or those matching --filter)
// with `aithon build --release`, runs each executable and CPython (`python3`)
// on the same file under GNU time, and prints CPU time (user + sys, best of N,
// old and new interleaved run by run so a shared machine's load hits both alike),
// peak RSS and the ratios measured in this run. Outputs must agree, else the
// row says so. No assertions: it is a survey to read, sorted slowest first.
//
//   node bench/corpus-survey.mjs [--runs N] [--filter REGEX] [--jobs N] [--keep DIR]
//
// Environment: AITHON_PYTHON (default python3).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const programsDir = join(root, 'tests', 'programs');
const cli = join(root, 'bin', 'aithon.js');

function parseArgs(argv) {
  const opts = { runs: 3, filter: /^whole_/, jobs: 2, keep: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Math.max(1, Number(argv[++i]) || 3);
    else if (a === '--filter') opts.filter = new RegExp(argv[++i]);
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]) || 2);
    else if (a === '--keep') opts.keep = argv[++i];
    else {
      console.error('usage: node bench/corpus-survey.mjs [--runs N] [--filter REGEX] [--jobs N] [--keep DIR]');
      process.exit(2);
    }
  }
  return opts;
}

const runEnv = { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' };

/** One run under GNU time: CPU seconds (user + sys), peak RSS in MiB, stdout. */
function timedRun(cmd, args, cwd) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%U %S %M', cmd, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: runEnv,
  });
  const stderr = r.stderr ?? '';
  const at = stderr.lastIndexOf('@@');
  const [user, sys, kib] = stderr.slice(at + 2).trim().split(/\s+/).map(Number);
  return { status: r.status, stdout: r.stdout ?? '', cpu: user + sys, rssMiB: kib / 1024 };
}

function build(project, exe) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'build', project, '-o', exe, '--release'], { cwd: root });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status) => resolve(status === 0 && existsSync(exe) ? null : `build failed: ${err.trim().split('\n').slice(0, 3).join(' | ')}`));
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const python = process.env.AITHON_PYTHON || 'python3';
  const names = readdirSync(programsDir)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .filter((n) => opts.filter.test(n))
    .sort();
  const work = opts.keep ?? mkdtempSync(join(tmpdir(), 'aithon-survey-'));
  mkdirSync(work, { recursive: true });

  // Builds run opts.jobs at a time; timing waits for all of them so no
  // compiler competes with a timed run.
  const builds = new Map();
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      const project = join(work, name);
      mkdirSync(project, { recursive: true });
      copyFileSync(join(programsDir, `${name}.py`), join(project, 'main.py'));
      const exe = join(work, `${name}.exe`);
      const error = existsSync(exe) && opts.keep ? null : await build(project, exe);
      builds.set(name, { project, exe, error });
      process.stderr.write(`[survey] built ${builds.size}/${names.length} ${name}${error ? ' (FAILED)' : ''}\n`);
    }
  };
  await Promise.all(Array.from({ length: opts.jobs }, worker));

  const rows = [];
  for (const name of names) {
    const { project, exe, error } = builds.get(name);
    const row = { name, ai: Infinity, py: Infinity, aiRss: 0, pyRss: 0, note: error ?? '' };
    if (!error) {
      for (let i = 0; i < opts.runs && !row.note; i++) {
        const a = timedRun(exe, [], project);
        const p = timedRun(python, ['main.py'], project);
        if (a.stdout !== p.stdout || a.status !== p.status) row.note = `DIFFERENT (exit ${a.status} vs ${p.status})`;
        row.ai = Math.min(row.ai, a.cpu);
        row.py = Math.min(row.py, p.cpu);
        row.aiRss = Math.max(row.aiRss, a.rssMiB);
        row.pyRss = Math.max(row.pyRss, p.rssMiB);
      }
    }
    rows.push(row);
    process.stderr.write(`[survey] ran ${name}\n`);
  }
  if (!opts.keep) rmSync(work, { recursive: true, force: true });

  // CPU time from GNU time has 10 ms resolution: a 0 counts as 5 ms.
  const speedup = (r) => Math.max(r.py, 0.005) / Math.max(r.ai, 0.005);
  rows.sort((a, b) => (a.note ? 1 : 0) - (b.note ? 1 : 0) || speedup(a) - speedup(b));
  const header = ['program', 'aithon cpu s', 'cpython cpu s', 'speedup', 'aithon MiB', 'cpython MiB', 'RSS ratio', 'flag'];
  const body = rows.map((r) => {
    if (r.note && r.ai === Infinity) return [r.name, '-', '-', '-', '-', '-', '-', r.note];
    const s = speedup(r);
    const flags = [s < 2 ? (s < 1 ? 'SLOWER' : '<2x') : '', r.aiRss > r.pyRss ? 'MORE-RSS' : '', r.note].filter(Boolean).join(' ');
    return [r.name, r.ai.toFixed(2), r.py.toFixed(2), `${s.toFixed(2)}x`, r.aiRss.toFixed(1), r.pyRss.toFixed(1), (r.aiRss / r.pyRss).toFixed(2), flags];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`load average at end: ${spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim()}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b).trimEnd());
}

main();
