#!/usr/bin/env node
// Benchmarks: compiles every bench/programs/*.py with `aithon build --release`,
// then times (best of N, wall clock) the executable, CPython (`python3`) and
// PyPy (`pypy3`), checks that all three print the same output, and prints a
// table with each one's peak memory (RSS) too. Results also go to bench/results/latest.json (gitignored).
//
//   node bench/run.mjs [--runs N] [--only name[,name...]] [--keep] [--timeout SECONDS]
//
// A run that takes longer than --timeout (default 60 s) is stopped and shown as over the limit
// (PyPy's string `+=` is quadratic: str_build takes it minutes).
//
// Environment: AITHON_PYTHON (default python3), AITHON_PYPY (default pypy3),
// AITHON_CLI (launcher script instead of bin/aithon.js).
// No timing is ever asserted; the exit status is 1 only when a build fails
// or outputs disagree.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const programsDir = join(root, 'bench', 'programs');
const resultsDir = join(root, 'bench', 'results');
// AITHON_CLI may point at another launcher script (run with node).
const cli = process.env.AITHON_CLI || join(root, 'bin', 'aithon.js');
const cliModule = process.env.AITHON_CLI || join(root, 'lib', 'compiler', 'src', 'cli.js');

function parseArgs(argv) {
  const opts = { runs: 3, only: null, keep: false, timeout: 60 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Math.max(1, Number(argv[++i]) || 3);
    else if (a === '--only') opts.only = new Set(String(argv[++i] || '').split(',').filter(Boolean));
    else if (a === '--keep') opts.keep = true;
    else if (a === '--timeout') opts.timeout = Math.max(1, Number(argv[++i]) || 60);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/run.mjs [--runs N] [--only name[,name...]] [--keep] [--timeout SECONDS]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function which(cmd) {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return (r.stdout || r.stderr).trim().split('\n').join(' ');
}

/** The longest one run may take (--timeout), in seconds. */
let runLimitSeconds = 60;

function runOnce(cmd, args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    timeout: runLimitSeconds * 1000,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, status: r.status, stdout: r.stdout ?? '', stderr: r.error ? String(r.error) : r.stderr ?? '' };
}

/**
 * Peak resident set size (MiB) of one more, untimed run, from GNU time
 * (`/usr/bin/time -f %M`: the kernel's high-water mark of the child; a small
 * C parent, so none of its own memory is counted). null when GNU time is
 * missing (scripts/setup.mjs installs it) or the run fails.
 */
function peakRssMiB(cmd, args, cwd) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
  });
  const kib = Number((r.stderr ?? '').trim().split('\n').pop());
  return r.status === 0 && kib > 0 ? kib / 1024 : null;
}

/** Best-of-N wall-clock time; all runs must agree on output and succeed. */
function timeBest(cmd, args, cwd, runs) {
  let best = Infinity;
  let first = null;
  for (let i = 0; i < runs; i++) {
    const r = runOnce(cmd, args, cwd);
    if (r.seconds >= runLimitSeconds && r.status === null) return { error: `over the ${runLimitSeconds} s limit (--timeout)` };
    if (r.status !== 0) return { error: `exit ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` };
    if (first === null) first = r.stdout;
    else if (r.stdout !== first) return { error: 'output changed between runs' };
    best = Math.min(best, r.seconds);
  }
  return { seconds: best, stdout: first };
}

const fmtS = (x) => (typeof x === 'number' ? x.toFixed(3) : '-');
const fmtX = (x) => (typeof x === 'number' ? `${x.toFixed(2)}x` : '-');
const fmtM = (x) => (typeof x === 'number' ? x.toFixed(1) : '-');

function printTable(rows) {
  const header = ['program', 'aithon s', 'cpython s', 'pypy s', 'vs CPython', 'vs PyPy', 'aithon MiB', 'cpython MiB', 'pypy MiB', 'output'];
  const body = rows.map((r) => [
    r.program,
    fmtS(r.aithon),
    fmtS(r.cpython),
    fmtS(r.pypy),
    fmtX(r.speedupVsCPython),
    fmtX(r.speedupVsPyPy),
    fmtM(r.rss?.aithon),
    fmtM(r.rss?.cpython),
    fmtM(r.rss?.pypy),
    r.outputsMatch === true ? 'same' : r.outputsMatch === false ? 'DIFFERENT' : 'n/a',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  runLimitSeconds = opts.timeout;
  const programs = readdirSync(programsDir)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .filter((name) => !opts.only || opts.only.has(name))
    .sort();
  const pythonCmd = process.env.AITHON_PYTHON || 'python3';
  const pypyCmd = process.env.AITHON_PYPY || 'pypy3';
  const pythonVersion = which(pythonCmd);
  const pypyVersion = which(pypyCmd);
  const notes = [];
  if (!pythonVersion) notes.push(`${pythonCmd} not found: CPython column skipped`);
  if (!pypyVersion) notes.push(`${pypyCmd} not found: PyPy column skipped`);
  const haveCli = existsSync(cliModule);
  if (!haveCli) notes.push(`AIthon CLI not built (${cliModule} missing; run npm run build:ts): aithon column skipped`);

  const work = mkdtempSync(join(tmpdir(), 'aithon-bench-'));
  const rows = [];
  let failed = false;
  try {
    for (const name of programs) {
      process.stderr.write(`[bench] ${name}: `);
      const project = join(work, name);
      mkdirSync(project, { recursive: true });
      copyFileSync(join(programsDir, `${name}.py`), join(project, 'main.py'));
      const row = { program: name, aithon: null, cpython: null, pypy: null, speedupVsCPython: null, speedupVsPyPy: null, outputsMatch: null, errors: [], rss: {} };
      const outputs = {};

      if (haveCli) {
        const exe = join(work, `${name}.exe`);
        process.stderr.write('build… ');
        const started = process.hrtime.bigint();
        const b = spawnSync(process.execPath, [cli, 'build', project, '-o', exe, '--release'], { cwd: root, encoding: 'utf8' });
        row.buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (b.status !== 0 || !existsSync(exe)) {
          row.errors.push(`aithon build failed (exit ${b.status}): ${(b.stderr || String(b.error || '')).trim().split('\n').slice(0, 5).join(' | ')}`);
          failed = true;
        } else {
          process.stderr.write('aithon… ');
          const t = timeBest(exe, [], project, opts.runs);
          if (t.error) {
            row.errors.push(`aithon: ${t.error}`);
            failed = true;
          } else {
            row.aithon = t.seconds;
            outputs.aithon = t.stdout;
            row.rss.aithon = peakRssMiB(exe, [], project);
          }
        }
      }
      if (pythonVersion) {
        process.stderr.write('cpython… ');
        const t = timeBest(pythonCmd, ['main.py'], project, opts.runs);
        if (t.error) row.errors.push(`cpython: ${t.error}`);
        else {
          row.cpython = t.seconds;
          outputs.cpython = t.stdout;
          row.rss.cpython = peakRssMiB(pythonCmd, ['main.py'], project);
        }
      }
      if (pypyVersion) {
        process.stderr.write('pypy… ');
        const t = timeBest(pypyCmd, ['main.py'], project, opts.runs);
        if (t.error) row.errors.push(`pypy: ${t.error}`);
        else {
          row.pypy = t.seconds;
          outputs.pypy = t.stdout;
          row.rss.pypy = peakRssMiB(pypyCmd, ['main.py'], project);
        }
      }
      process.stderr.write('done\n');

      const produced = Object.values(outputs);
      if (produced.length >= 2) {
        row.outputsMatch = produced.every((o) => o === produced[0]);
        if (!row.outputsMatch) {
          failed = true;
          for (const [who, out] of Object.entries(outputs)) row.errors.push(`${who} printed: ${JSON.stringify(out.slice(0, 300))}`);
        }
      }
      row.checksum = (outputs.cpython ?? outputs.aithon ?? outputs.pypy ?? '').trim().split('\n').pop() ?? null;
      if (row.aithon && row.cpython) row.speedupVsCPython = row.cpython / row.aithon;
      if (row.aithon && row.pypy) row.speedupVsPyPy = row.pypy / row.aithon;
      rows.push(row);
    }
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
    else notes.push(`work directory kept: ${work}`);
  }

  console.log();
  printTable(rows);
  for (const row of rows) for (const e of row.errors) console.log(`! ${row.program}: ${e}`);
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`(best of ${opts.runs} wall-clock runs; speedup = peer time / aithon time; MiB = peak resident memory of one more run)`);

  mkdirSync(resultsDir, { recursive: true });
  const result = {
    date: new Date().toISOString(),
    runs: opts.runs,
    machine: { platform: process.platform, arch: process.arch, node: process.version },
    peers: { cpython: pythonVersion, pypy: pypyVersion },
    notes,
    results: rows,
  };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`results written to ${join('bench', 'results', 'latest.json')}`);
  process.exitCode = failed ? 1 : 0;
}

main();
