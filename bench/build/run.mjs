#!/usr/bin/env node
// Build benchmark (issue 6): how much an edit costs next to a cold build.
//
// For generated projects of 200 and 2,000 functions (bench/build/gen.mjs:
// several modules, classes, calls between functions), with `aithon build`
// (dev mode, the function-unit cache):
//
//   cold        empty unit cache (the runtime, a toolchain artifact, is prebuilt)
//   no-op       nothing changed
//   body        one function's body edited
//   signature   one function's return type changed (its callers recompile too)
//   comment     a comment edited in place
//
// and prints each one's time, its ratio to the cold build, the units
// recompiled and the LLVM processes started. Each of those builds is a fresh
// process (`--no-daemon`). Then the three edits again through the build daemon
// (docs/build.md), which keeps the compiler warm between builds, as people's
// edit loops get it. Then the same project through
// `cython3` + `gcc -O2` (Debian's cython3, two jobs at a time as AIthon has
// two cores), side by side with AIthon's cold build. No timing is asserted.
//
//   node bench/build/run.mjs [--sizes 200,2000] [--runs N]
//
// Needs `npm run setup`. cython3 and python3-dev are installed when missing
// (as root), else that column is skipped with a message.
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { edits, makeProject, render } from './gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'aithon.js');

function parseArgs(argv) {
  const o = { sizes: [200, 2000], runs: 1 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') o.sizes = argv[++i].split(',').map(Number);
    else if (argv[i] === '--runs') o.runs = Math.max(1, Number(argv[++i]) || 1);
    else {
      console.error(`unknown option ${argv[i]}\nusage: node bench/build/run.mjs [--sizes 200,2000] [--runs N]`);
      process.exit(2);
    }
  }
  return o;
}

function write(dir, model) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(render(model))) writeFileSync(join(dir, file), text);
}

/**
 * One `aithon build --json`: wall time as the user sees it, and the compiler's
 * report. `daemonDir`: through the build daemon whose socket is there; else a
 * fresh process that neither asks nor starts one.
 */
function aithonBuild(project, exe, cacheDir, daemonDir) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, 'build', project, '-o', exe, '--json', ...(daemonDir ? [] : ['--no-daemon'])], {
    encoding: 'utf8',
    env: { ...process.env, AITHON_CACHE_DIR: cacheDir, ...(daemonDir ? { AITHON_DAEMON: '1', AITHON_DAEMON_DIR: daemonDir } : {}) },
  });
  const ms = performance.now() - started;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`aithon build failed:\n${r.stdout}\n${r.stderr}`);
  }
  if (!report.ok) throw new Error(`aithon build failed: ${JSON.stringify(report.diagnostics)} ${report.toolchainError ?? ''}`);
  return { ms, report };
}

const ROWS = ['cold', 'no-op', 'body', 'signature', 'comment', 'daemon body', 'daemon signature', 'daemon comment'];

async function waitForDaemon(daemonDir, cacheDir) {
  for (let i = 0; i < 240; i++) {
    const status = spawnSync(process.execPath, [cli, 'daemon', 'status'], { encoding: 'utf8', env: { ...process.env, AITHON_CACHE_DIR: cacheDir, AITHON_DAEMON_DIR: daemonDir } }).stdout;
    if (status.startsWith('running:')) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the build daemon did not start');
}

function output(exe, cwd) {
  return spawnSync(exe, [], { cwd, encoding: 'utf8' }).stdout;
}

function ensureCython() {
  const have = () => existsSync('/usr/bin/cython3') && existsSync('/usr/bin/python3-config');
  if (have()) return true;
  if (process.getuid?.() !== 0) {
    console.log('cython3 column skipped: install Debian\'s cython3 and python3-dev (apt-get install -y cython3 python3-dev)');
    return false;
  }
  console.log('installing cython3 and python3-dev (apt-get)...');
  spawnSync('apt-get', ['install', '-y', '-qq', 'cython3', 'python3-dev'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return have();
}

/** Runs commands `jobs` at a time; resolves with false if any fails. */
async function parallel(commands, jobs) {
  let next = 0;
  let ok = true;
  const worker = async () => {
    while (next < commands.length) {
      const [cmd, args, cwd] = commands[next++];
      const code = await new Promise((resolve) => spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] }).on('exit', resolve));
      if (code !== 0) ok = false;
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return ok;
}

/** cython3 + gcc -O2: every module to an extension module, main.py to an embedded-Python executable. */
async function cythonBuild(project, files) {
  const includes = spawnSync('/usr/bin/python3-config', ['--includes'], { encoding: 'utf8' }).stdout.trim().split(/\s+/);
  const ldflags = spawnSync('/usr/bin/python3-config', ['--ldflags', '--embed'], { encoding: 'utf8' }).stdout.trim().split(/\s+/);
  const modules = files.filter((f) => f !== 'main.py').map((f) => f.slice(0, -3));
  const started = performance.now();
  const cythonized = await parallel(
    [...modules.map((m) => ['cython3', ['-3', `${m}.py`, '-o', `${m}.c`], project]), ['cython3', ['-3', '--embed', 'main.py', '-o', 'main.c'], project]],
    availableParallelism(),
  );
  const compiled = await parallel(
    [
      ...modules.map((m) => ['gcc', ['-O2', '-fPIC', '-shared', ...includes, `${m}.c`, '-o', `${m}.so`], project]),
      ['gcc', ['-O2', ...includes, 'main.c', '-o', 'main-cython', ...ldflags], project],
    ],
    availableParallelism(),
  );
  return { ms: performance.now() - started, ok: cythonized && compiled };
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const pad = (s, n) => String(s).padEnd(n);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'aithon-bench-build-'));
  const warm = join(work, 'warm-cache');
  // Prebuild the runtime and the unit compiler once: they are toolchain artifacts, not the project's build.
  const tiny = join(work, 'tiny');
  write(tiny, makeProject({ functions: 5, modules: 1, seed: 1 }));
  aithonBuild(tiny, join(work, 'tiny.exe'), warm);
  const cython = ensureCython();
  const results = [];
  try {
    for (const size of opts.sizes) {
      const modules = Math.max(2, Math.round(size / 100));
      const best = {};
      for (let run = 0; run < opts.runs; run++) {
        const model = makeProject({ functions: size, modules, seed: 42 });
        const project = join(work, `p${size}`);
        const exe = join(work, `p${size}.exe`);
        write(project, model);
        const cache = join(work, `cache-${size}-${run}`);
        rmSync(cache, { recursive: true, force: true });
        mkdirSync(cache, { recursive: true });
        for (const dir of ['runtime', 'tools']) if (existsSync(join(warm, dir))) cpSync(join(warm, dir), join(cache, dir), { recursive: true });
        const rows = {};
        rows.cold = aithonBuild(project, exe, cache);
        const expected = spawnSync('python3', ['main.py'], { cwd: project, encoding: 'utf8' }).stdout;
        if (output(exe, project) !== expected) throw new Error(`the ${size}-function program prints something else than python3`);
        rows['no-op'] = aithonBuild(project, exe, cache);
        const target = { m: model.modules[0], f: model.modules[0].functions[Math.floor(model.modules[0].functions.length / 2)] };
        edits.body(model, target);
        write(project, model);
        rows.body = aithonBuild(project, exe, cache);
        edits.signature(model, target);
        write(project, model);
        rows.signature = aithonBuild(project, exe, cache);
        edits.commentInPlace(model);
        write(project, model);
        rows.comment = aithonBuild(project, exe, cache);
        if (output(exe, project) !== spawnSync('python3', ['main.py'], { cwd: project, encoding: 'utf8' }).stdout) {
          throw new Error(`after the edits, the ${size}-function program prints something else than python3`);
        }
        // The same edits through the build daemon: a first build starts it, a second is its own
        // cold build (in its process), then each edit finds the compiler warm.
        const daemonDir = join(work, 'daemons');
        mkdirSync(daemonDir, { recursive: true });
        aithonBuild(project, exe, cache, daemonDir);
        await waitForDaemon(daemonDir, cache);
        if (!aithonBuild(project, exe, cache, daemonDir).report.daemon) throw new Error('the build daemon did not answer');
        edits.body(model, target);
        write(project, model);
        rows['daemon body'] = aithonBuild(project, exe, cache, daemonDir);
        edits.signature(model, target);
        write(project, model);
        rows['daemon signature'] = aithonBuild(project, exe, cache, daemonDir);
        edits.commentInPlace(model);
        write(project, model);
        rows['daemon comment'] = aithonBuild(project, exe, cache, daemonDir);
        spawnSync(process.execPath, [cli, 'daemon', 'stop'], { env: { ...process.env, AITHON_CACHE_DIR: cache, AITHON_DAEMON_DIR: daemonDir } });
        if (output(exe, project) !== spawnSync('python3', ['main.py'], { cwd: project, encoding: 'utf8' }).stdout) {
          throw new Error(`after the daemon's edits, the ${size}-function program prints something else than python3`);
        }
        for (const [k, v] of Object.entries(rows)) if (!best[k] || v.ms < best[k].ms) best[k] = v;
        if (cython) {
          const c = await cythonBuild(project, Object.keys(render(model)));
          if (c.ok && (!best.cython || c.ms < best.cython.ms)) best.cython = c;
          if (!c.ok) console.log('cython3 + gcc failed on this project; column skipped');
        }
      }
      const cold = best.cold.ms;
      console.log(`\n${size} functions in ${modules} modules (${best.cold.report.units} units), best of ${opts.runs}`);
      console.log(`  ${pad('build', 18)}${pad('time', 11)}${pad('/ cold', 9)}${pad('recompiled', 12)}LLVM processes`);
      for (const k of ROWS) {
        const { ms, report } = best[k];
        console.log(`  ${pad(k, 18)}${pad(fmt(ms), 11)}${pad(`${((ms / cold) * 100).toFixed(1)}%`, 9)}${pad(report.recompiled, 12)}${report.llvmInvocations}`);
      }
      if (best.cython) console.log(`  cython3 + gcc -O2, same program: ${fmt(best.cython.ms)}; AIthon's cold build is ${(best.cython.ms / cold).toFixed(2)}x faster`);
      results.push({
        functions: size,
        modules,
        units: best.cold.report.units,
        ...Object.fromEntries(ROWS.map((k) => [k, { ms: Math.round(best[k].ms), compilerMs: best[k].report.ms, recompiled: best[k].report.recompiled, llvmInvocations: best[k].report.llvmInvocations }])),
        cythonMs: best.cython ? Math.round(best.cython.ms) : null,
      });
    }
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', 'build.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
