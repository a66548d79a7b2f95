#!/usr/bin/env node
// Remote cache benchmark: how much a second machine saves when a first one
// already built everything.
//
// Sets up an Nx workspace with this repository's packed plugin and one project
// per program (examples/* and bench/programs/*), clones it (A and B), and
// starts `aithon cache-server` on a throw-away redis-server. Then, per run:
//
//   A cold        `nx run-many -t build` in A: empty Nx cache, empty AIthon
//                 cache (so the runtime is compiled too), empty Redis
//   B remote hit  the same in B, a fresh clone with its own empty caches:
//                 every task must be a [remote cache] hit
//   B local hit   the same in B again (Nx's own floor, for reference)
//   B edit        B edits one function of one program (ex-fib's fib_iter) and
//                 builds it: every Nx task of that project misses, and in dev
//                 mode the compiler takes every other function unit from the
//                 shared store (AITHON_CACHE_URL on the same Redis), so it
//                 compiles one unit
//
// and prints the best and median wall-clock times and the ratio A / B.
// Results also go to bench/results/remote-cache.json (gitignored).
//
//   node bench/remote-cache/run.mjs [--runs N] [--mode dev|release] [--keep]
//
// Needs `npm run setup` (lib/ built, redis-server installed) and the npm
// registry (the workspace install takes ~1 min, not timed). No timing is
// asserted; the exit status is 1 when a build fails or B misses the cache.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REDIS_SERVER = process.env.AITHON_REDIS_SERVER || '/usr/bin/redis-server';

function parseArgs(argv) {
  const o = { runs: 3, mode: 'dev', keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Math.max(1, Number(argv[++i]) || 3);
    else if (a === '--mode') o.mode = argv[++i];
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/remote-cache/run.mjs [--runs N] [--mode dev|release] [--keep]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!['dev', 'release'].includes(o.mode)) {
    console.error(`bench: --mode must be dev or release`);
    process.exit(2);
  }
  return o;
}

const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', CI: 'true', NX_TUI: 'false', NX_SKIP_FORMAT: 'true' };

function cleanEnv(extra = {}) {
  const env = { ...process.env, ...NX_ENV };
  for (const k of Object.keys(env)) if (k.startsWith('npm_') || k === 'INIT_CWD' || k === 'NX_WORKSPACE_ROOT_PATH') delete env[k];
  return { ...env, ...extra };
}

function run(cmd, args, cwd, extra = {}, timeoutMs = 900_000) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(extra), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, status: r.status, out: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
}

function must(r, what) {
  if (r.status !== 0) {
    console.error(`bench: ${what} failed (status ${r.status})\n${r.out}`);
    process.exit(1);
  }
  return r;
}

function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

/** Send one inline Redis command; resolves with the first reply line. */
const redisCommand = (port, cmd) =>
  new Promise((res) => {
    const s = createConnection({ port, host: '127.0.0.1' });
    let buf = '';
    const done = (v) => {
      s.destroy();
      res(v);
    };
    s.setTimeout(1000, () => done(null));
    s.on('error', () => done(null));
    s.on('connect', () => s.write(`${cmd}\r\n`));
    s.on('data', (d) => {
      buf += d;
      if (buf.includes('\r\n')) done(buf.split('\r\n')[0]);
    });
  });

async function startRedis(dir) {
  if (!existsSync(REDIS_SERVER)) {
    console.error(`bench: ${REDIS_SERVER} not found: run \`npm run setup\``);
    process.exit(1);
  }
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    if ((await redisCommand(port, 'PING')) === '+PONG') return { port, child };
    await new Promise((r) => setTimeout(r, 50));
  }
  console.error('bench: redis-server did not start');
  process.exit(1);
}

async function startCacheServer(redisPort, token) {
  const child = spawn(process.execPath, [join(root, 'bin', 'aithon.js'), 'cache-server', '--port', '0', '--store', `redis://127.0.0.1:${redisPort}`], {
    env: { ...process.env, AITHON_CACHE_WRITE_TOKEN: token },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  for (let i = 0; i < 400; i++) {
    const m = /listening on (http:\/\/\S+)/.exec(err);
    if (m) return { url: m[1], child, log: () => err };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  console.error(`bench: aithon cache-server did not start\n${err}`);
  process.exit(1);
}

function stop(child) {
  return new Promise((res) => {
    if (!child || child.exitCode !== null) return res();
    child.once('exit', () => res());
    child.kill('SIGTERM');
  });
}

/** One project per program: examples/<name>/main.py and bench/programs/<name>.py. */
function addPrograms(ws) {
  const names = [];
  const add = (name, file) => {
    mkdirSync(join(ws, 'apps', name), { recursive: true });
    copyFileSync(file, join(ws, 'apps', name, 'main.py'));
    names.push(name);
  };
  for (const d of readdirSync(join(root, 'examples'))) {
    const f = join(root, 'examples', d, 'main.py');
    if (existsSync(f)) add(`ex-${d}`, f);
  }
  for (const f of readdirSync(join(root, 'bench', 'programs'))) {
    if (f.endsWith('.py')) add(`bench-${f.slice(0, -3).replace(/_/g, '-')}`, join(root, 'bench', 'programs', f));
  }
  return names;
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { best: s[0], median: s[Math.floor((s.length - 1) / 2)], all: xs };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, 'lib', 'cache', 'cli.js'))) {
    console.error('bench: lib/ is not built: run `npm run setup`');
    process.exit(1);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'aithon-bench-remote-'));
  let redis;
  let server;
  try {
    log(`workspace in ${tmp} (setup is not timed)`);
    must(run('npm', ['pack', '--pack-destination', tmp], root), 'npm pack');
    const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    const a = join(tmp, 'A');
    mkdirSync(a);
    writeFileSync(
      join(a, 'package.json'),
      JSON.stringify(
        {
          name: 'aithon-bench-remote-cache',
          private: true,
          devDependencies: { nx: '24.0.6', '@aithon/nx': `file:../${tarball}` },
          allowScripts: { 'tree-sitter': true, 'tree-sitter-python': true, nx: true },
        },
        null,
        2,
      ),
    );
    writeFileSync(join(a, 'nx.json'), JSON.stringify({ plugins: ['@aithon/nx'] }, null, 2));
    writeFileSync(join(a, '.gitignore'), 'node_modules/\ndist/\n.nx/\n');
    const projects = addPrograms(a);
    log(`npm install (${projects.length} projects: ${projects.join(', ')})`);
    must(run('npm', ['install', '--no-audit', '--no-fund'], a), 'npm install');
    must(run('git', ['init', '-q'], a), 'git init');
    must(run('git', ['add', '-A'], a), 'git add');
    must(run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'bench'], a), 'git commit');
    const b = join(tmp, 'B');
    must(run('git', ['clone', '-q', a, b], tmp), 'git clone');
    cpSync(join(a, 'node_modules'), join(b, 'node_modules'), { recursive: true, verbatimSymlinks: true });

    mkdirSync(join(tmp, 'redis'));
    redis = await startRedis(join(tmp, 'redis'));
    const token = randomBytes(24).toString('hex');
    server = await startCacheServer(redis.port, token);
    log(`cache server ${server.url} on redis port ${redis.port}`);

    const args = ['nx', 'run-many', '-t', 'build', ...(opts.mode === 'release' ? ['-c', 'release'] : [])];
    const build = (ws, aithonCache) =>
      run('npx', args, ws, {
        // Nx 24 shares one local cache between clones on a machine; give each its own.
        NX_CACHE_DIRECTORY: join(ws, '.nx', 'cache'),
        AITHON_CACHE_DIR: aithonCache,
        NX_SELF_HOSTED_REMOTE_CACHE_SERVER: server.url,
        NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token,
        AITHON_CACHE_URL: `redis://127.0.0.1:${redis.port}`,
      });
    const tasksPerProject = 7; // validate, parse, ir, opt, codegen, link, build
    const count = (out, re) => (out.replace(/\u001b\[[0-9;]*m/g, '').match(re) ?? []).length;

    const cold = [];
    const hit = [];
    const local = [];
    const edit = [];
    let unitsEdited = '';
    for (let i = 1; i <= opts.runs; i++) {
      await redisCommand(redis.port, 'FLUSHALL');
      for (const ws of [a, b]) {
        rmSync(join(ws, '.nx'), { recursive: true, force: true });
        rmSync(join(ws, 'dist'), { recursive: true, force: true });
      }
      const cacheA = join(tmp, `aithon-cache-A-${i}`);
      const cacheB = join(tmp, `aithon-cache-B-${i}`);
      const ra = must(build(a, cacheA), `A cold build (run ${i})`);
      const remoteA = count(ra.out, /\[remote cache\]/g);
      if (remoteA !== 0) {
        console.error(`bench: A's cold build had ${remoteA} remote hits\n${ra.out}`);
        process.exit(1);
      }
      const rb = must(build(b, cacheB), `B remote-hit build (run ${i})`);
      const hits = count(rb.out, /\[remote cache\]/g);
      if (hits !== projects.length * tasksPerProject) {
        console.error(`bench: B got ${hits} of ${projects.length * tasksPerProject} remote hits\n${rb.out}\n${server.log()}`);
        process.exit(1);
      }
      if (existsSync(cacheB)) {
        console.error('bench: B ran the compiler (its AIthon cache folder exists)');
        process.exit(1);
      }
      const rl = must(build(b, cacheB), `B local-hit build (run ${i})`);
      // B edits one function of one program.
      const fibMain = join(b, 'apps', 'ex-fib', 'main.py');
      const original = readFileSync(fibMain, 'utf8');
      if (!original.includes('    a = 0\n')) throw new Error('bench: examples/fib/main.py changed: update the edit');
      writeFileSync(fibMain, original.replace('    a = 0\n', `    a = 0 * ${i}\n`));
      const re = must(run('npx', ['nx', 'build', 'ex-fib', ...(opts.mode === 'release' ? ['-c', 'release'] : [])], b, {
        NX_CACHE_DIRECTORY: join(b, '.nx', 'cache'),
        AITHON_CACHE_DIR: cacheB,
        NX_SELF_HOSTED_REMOTE_CACHE_SERVER: server.url,
        NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token,
        AITHON_CACHE_URL: `redis://127.0.0.1:${redis.port}`,
      }), `B one-function edit (run ${i})`);
      writeFileSync(fibMain, original);
      const units = /opt: (\d+) of (\d+) units optimised/.exec(re.out.replace(/\u001b\[[0-9;]*m/g, ''));
      unitsEdited = units ? `${units[1]} of ${units[2]} units compiled` : 'release mode: no function units';
      cold.push(ra.seconds);
      hit.push(rb.seconds);
      local.push(rl.seconds);
      edit.push(re.seconds);
      log(`run ${i}: A cold ${ra.seconds.toFixed(2)} s, B remote hit ${rb.seconds.toFixed(2)} s, B local hit ${rl.seconds.toFixed(2)} s, B edit ${re.seconds.toFixed(2)} s (${unitsEdited})`);
    }
    // B's executables work.
    for (const p of projects) must(run(join(b, 'dist', 'apps', p, p), [], b), `B: dist/apps/${p}/${p}`);

    const A = stats(cold);
    const B = stats(hit);
    const L = stats(local);
    const E = stats(edit);
    const fmt = (x) => `${x.toFixed(2)} s`.padStart(9);
    const lines = [
      `remote cache benchmark: ${projects.length} projects, nx run-many -t build${opts.mode === 'release' ? ' -c release' : ''}, ${opts.runs} run(s), Redis on loopback`,
      '',
      `                          best    median`,
      `A cold build         ${fmt(A.best)} ${fmt(A.median)}`,
      `B remote-hit build   ${fmt(B.best)} ${fmt(B.median)}`,
      `B local-hit build    ${fmt(L.best)} ${fmt(L.median)}   (Nx's floor, for reference)`,
      `B one-function edit ${fmt(E.best)} ${fmt(E.median)}   (one project, ${unitsEdited})`,
      '',
      `ratio A cold / B remote hit: ${(A.median / B.median).toFixed(1)}x (median), ${(A.best / B.best).toFixed(1)}x (best)`,
      `ratio A cold / B one-function edit: ${(A.median / E.median).toFixed(1)}x (median)`,
    ];
    console.log(lines.join('\n'));
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(
      join(root, 'bench', 'results', 'remote-cache.json'),
      JSON.stringify({ date: new Date().toISOString(), mode: opts.mode, projects, aCold: A, bRemoteHit: B, bLocalHit: L, bEdit: E, unitsEdited, ratioMedian: A.median / B.median }, null, 2) + '\n',
    );
  } finally {
    await stop(server?.child);
    await stop(redis?.child);
    if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
}

main().catch((e) => {
  console.error(e?.stack ?? String(e));
  process.exit(1);
});
