// End-to-end test of the shared build cache with Nx: two clones of one Nx
// workspace (A and B, each with its own empty local cache) and one
// `aithon cache-server` backed by a real redis-server on loopback.
//
// - A builds cold and uploads; B (a fresh clone) gets a remote cache hit: no
//   compiler run, a working executable.
// - An entry corrupted in Redis is detected by the server (digest), served as
//   a miss, and B rebuilds instead of failing; the rebuilt artifact replaces it.
// - Function level: with AITHON_CACHE_URL naming the same Redis, B edits one
//   function (every Nx task misses) and compiles only that unit: its other
//   units come from A's uploads, though B's own unit cache is empty.
// - With Redis stopped, builds still pass (slower), and the server warns.
//
// Assumes `npm run setup` (lib/ compiled, redis-server installed). Needs the
// npm registry for `nx` (the install takes ~1 min).
// Set AITHON_E2E_KEEP=1 to keep the temporary workspaces for inspection.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, RESP_TYPES } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../cache/tests/redis';
import { createNxWorkspace, ok, packRepository, repoRoot, requireBuiltLib, run, stripAnsi, type Ran } from './support';

const WRITE = 'e2e-write-token-0123456789abcdef';
const READ = 'e2e-read-token-0123456789abcdef';

// Each test runs one to three full `nx build`s of a cold or wiped workspace:
// on a loaded 2-core machine one took 143 s, past vitest's default 120 s.
describe('the remote cache shared by two clones', { timeout: 600_000 }, () => {
  let tmp: string;
  let a: string;
  let b: string;
  let redis: TestRedis;
  let server: ChildProcess | undefined;
  let serverLog = '';
  let serverUrl = '';

  beforeAll(async () => {
    requireBuiltLib();
    redis = await startRedis();
    tmp = mkdtempSync(join(tmpdir(), 'aithon-e2e-remote-'));
    const tarball = packRepository(tmp);
    a = join(tmp, 'A');
    createNxWorkspace(a, `../${tarball}`, 'aithon-remote-cache-e2e');
    ok(run('npx', ['nx', 'g', '@aithon/nx:app', 'demo'], a), 'nx g @aithon/nx:app demo');
    // B is a fresh checkout of A: same sources, no .nx/ and no dist/.
    ok(run('git', ['init', '-q'], a), 'git init');
    ok(run('git', ['add', '-A'], a), 'git add');
    ok(run('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', 'commit', '-qm', 'workspace'], a), 'git commit');
    b = join(tmp, 'B');
    ok(run('git', ['clone', '-q', a, b], tmp), 'git clone');
    cpSync(join(a, 'node_modules'), join(b, 'node_modules'), { recursive: true, verbatimSymlinks: true });

    server = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'aithon.js'), 'cache-server', '--port', '0', '--store', redis.url, '--store-timeout', '1000', '--log-level', 'debug'],
      {
        env: { ...process.env, AITHON_CACHE_WRITE_TOKEN: WRITE, AITHON_CACHE_READ_TOKEN: READ, AITHON_CACHE_SIGNING_KEY: 'e2e-signing-key-0123456789abcdef' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (d) => (serverLog += d));
    server.stderr!.on('data', (d) => (serverLog += d));
    const deadline = Date.now() + 20_000;
    let m: RegExpExecArray | null = null;
    while (!(m = /listening on (http:\/\/\S+)/.exec(serverLog)) && Date.now() < deadline) {
      if (server.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!m) throw new Error(`aithon cache-server did not start:\n${serverLog}`);
    serverUrl = m[1];
  }, 900_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    await redis?.dispose();
    if (tmp && !process.env.AITHON_E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
  });

  // Nx 24 shares one local cache between all clones of a repository on a
  // machine (~/.nx/<workspace id>/cache); give each clone its own, as on two
  // machines.
  // Each clone also gets its own AIthon cache folder (runtime, function
  // units), and both share the function-unit store in the same Redis.
  const build = (ws: string, token = WRITE): Ran =>
    run('npx', ['nx', 'build', 'demo'], ws, 300_000, {
      NX_CACHE_DIRECTORY: join(ws, '.nx', 'cache'),
      NX_SELF_HOSTED_REMOTE_CACHE_SERVER: serverUrl,
      NX_SELF_HOSTED_REMOTE_CACHE_ACCESS_TOKEN: token,
      AITHON_CACHE_DIR: join(ws, '.aithon-cache'),
      AITHON_CACHE_URL: redis.url,
      AITHON_CACHE_SIGNING_KEY: 'e2e-signing-key-0123456789abcdef',
    });
  const exe = (ws: string) => join(ws, 'dist', 'demo', 'demo');
  const python = () => ok(run('python3', ['main.py'], join(a, 'demo')), 'python3 main.py').stdout;
  /** Forget everything Nx cached locally and the outputs, as on a new machine. */
  const wipeLocal = (ws: string) => {
    rmSync(join(ws, '.nx'), { recursive: true, force: true });
    rmSync(join(ws, 'dist'), { recursive: true, force: true });
  };
  const stages = ['validate', 'parse', 'ir', 'opt', 'codegen', 'link', 'build'];
  /** Whether any stage of the build ran here (Nx marks a replayed task `[local cache]` or `[remote cache]`). */
  const compiled = (_ws: string, r: Ran) => /nx run demo:\w+ *$/m.test(stripAnsi(r.all));
  /** Every stage came from the remote cache. */
  const remoteHit = (r: Ran) => stages.every((t) => new RegExp(`nx run demo:${t} +\\[remote cache\\]`).test(stripAnsi(r.all)));
  /**
   * Wait until the server's log since `mark` matches `re` (its output is read
   * by this process's event loop, which the synchronous builds block).
   */
  const expectLog = async (mark: number, re: RegExp) => {
    const deadline = Date.now() + 5_000;
    while (!re.test(serverLog.slice(mark)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(serverLog.slice(mark)).toMatch(re);
  };

  it('A builds cold and uploads to the cache server', async () => {
    const mark = serverLog.length;
    const r = ok(build(a), 'nx build demo in A');
    expect(compiled(a, r), r.all).toBe(true);
    expect(remoteHit(r)).toBe(false);
    expect(ok(run(exe(a), [], a), 'A: dist/demo/demo').stdout).toBe(python());
    await expectLog(mark, /GET \/v1\/cache\/\d+ 404 miss/);
    await expectLog(mark, /PUT \/v1\/cache\/\d+ 200 stored \d+B/);
  });

  it('B, a fresh clone with an empty local cache, gets a remote hit (read-only token) and a working executable', async () => {
    expect(existsSync(join(b, '.nx'))).toBe(false);
    expect(existsSync(exe(b))).toBe(false);
    const mark = serverLog.length;
    const r = ok(build(b, READ), 'nx build demo in B');
    expect(remoteHit(r), r.all).toBe(true);
    expect(compiled(b, r), 'the compiler must not run on a remote hit').toBe(false);
    await expectLog(mark, /GET \/v1\/cache\/\d+ 200 hit \d+B/);
    expect(ok(run(exe(b), [], b), 'B: dist/demo/demo').stdout).toBe(python());
  });

  it('an entry corrupted in Redis is a miss: B rebuilds instead of failing, and the rebuilt artifact replaces it', async () => {
    const client = createClient({ url: redis.url, commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } });
    await client.connect();
    try {
      const keys = await client.keys('aithon::nx:*');
      expect(keys).toHaveLength(stages.length);
      for (const key of keys) {
        const before = (await client.get(key)) as unknown as Buffer;
        // Flip bytes in the middle of each stored archive.
        await client.setRange(key, Math.floor(before.length / 2), 'CORRUPTED');
      }
    } finally {
      await client.close();
    }
    wipeLocal(b);
    let mark = serverLog.length;
    const r = ok(build(b), 'nx build demo in B (corrupted remote entry)');
    expect(remoteHit(r), r.all).toBe(false);
    expect(compiled(b, r), r.all).toBe(true);
    await expectLog(mark, /warn: rejected cache entry nx:\d+ \(digest-mismatch\)/);
    await expectLog(mark, /GET \/v1\/cache\/\d+ 404 miss \(rejected: digest-mismatch\)/);
    await expectLog(mark, /PUT \/v1\/cache\/\d+ 200 stored/);
    expect(ok(run(exe(b), [], b), 'B: rebuilt dist/demo/demo').stdout).toBe(python());
    // The replacement is good: A, wiped, gets it from the cache.
    wipeLocal(a);
    mark = serverLog.length;
    const again = ok(build(a, READ), 'nx build demo in A (after the repair)');
    expect(remoteHit(again), again.all).toBe(true);
    expect(compiled(a, again)).toBe(false);
    expect(ok(run(exe(a), [], a), 'A: restored dist/demo/demo').stdout).toBe(python());
  });

  it('B edits one function: every Nx task misses, and only that function unit is compiled (the others come from the shared unit store)', async () => {
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      // A's uploads: both steps of every unit, signed frames under the units namespace.
      expect((await client.keys('units::o:*')).length).toBeGreaterThan(3);
      expect((await client.keys('units::bc:*')).length).toBeGreaterThan(3);
    } finally {
      await client.close();
    }
    const main = join(b, 'demo', 'main.py');
    const source = readFileSync(main, 'utf8');
    expect(source).toContain('return n * n');
    writeFileSync(main, source.replace('return n * n', 'return n * n + 1'));
    rmSync(join(b, '.aithon-cache', 'units'), { recursive: true, force: true });
    rmSync(join(b, '.aithon-cache', 'objects'), { recursive: true, force: true });
    const r = ok(build(b), 'nx build demo in B (one function edited)');
    const text = stripAnsi(r.all);
    expect(text).toMatch(/opt: 1 of \d+ units optimised/);
    expect(text).toMatch(/codegen: 1 of \d+ units compiled/);
    const out = ok(run(exe(b), [], b), 'B: edited dist/demo/demo').stdout;
    expect(out).toBe(ok(run('python3', ['main.py'], join(b, 'demo')), 'python3 main.py in B').stdout);
    writeFileSync(main, source);
  });

  it('with Redis stopped, builds still pass (rebuilt locally) and the server warns', async () => {
    await redis.stop();
    for (const ws of [a, b]) {
      wipeLocal(ws);
      const mark = serverLog.length;
      const r = ok(build(ws), `nx build demo in ${ws === a ? 'A' : 'B'} (Redis down)`);
      expect(compiled(ws, r), r.all).toBe(true);
      expect(remoteHit(r)).toBe(false);
      expect(ok(run(exe(ws), [], ws), 'dist/demo/demo (Redis down)').stdout).toBe(python());
      await expectLog(mark, /GET \/v1\/cache\/\d+ 404 miss \(store unavailable\)/);
      await expectLog(mark, /PUT \/v1\/cache\/\d+ 200 dropped \(store unavailable\)/);
    }
    await expectLog(0, /warn: redis store redis:\/\/127\.0\.0\.1:\d+\/? unavailable/);
    expect(server!.exitCode).toBeNull();
  });
});
