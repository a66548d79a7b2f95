// The HTTP server: Nx's self-hosted remote cache contract (as Nx 24's client
// reads it), the token matrix, and what it answers when its store is down.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { parseCacheServerArgs, parseSize } from '../cli';
import { CacheServer, NX_KEY_PREFIX } from '../server';
import { ArtifactStore } from '../store';
import { startRedis, type TestRedis } from './redis';

const repoRoot = resolve(__dirname, '..', '..');
const READ = 'read-token-0123456789abcdef';
const WRITE = 'write-token-0123456789abcdef';

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'debug', sink: (l) => lines.push(l), intervalMs: 0 }) };
}

interface Reply {
  status: number;
  type: string | null;
  body: Buffer;
}

async function call(base: string, method: string, path: string, token?: string, body?: Buffer): Promise<Reply> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(base + path, { method, headers, body });
  return { status: r.status, type: r.headers.get('content-type'), body: Buffer.from(await r.arrayBuffer()) };
}

/** A request with a raw, unnormalised path (fetch would resolve `..`). */
function rawRequest(base: string, method: string, path: string, token: string): Promise<number> {
  const u = new URL(base);
  return new Promise((done, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode!));
    });
    req.on('error', reject);
    req.end();
  });
}

let tmp: string;
let redis: TestRedis;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'aithon-server-'));
  redis = await startRedis();
});

afterAll(async () => {
  await redis?.dispose();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.each([
  { name: 'folder', url: () => join(tmp, 'store') },
  { name: 'redis', url: () => redis.url },
])('cache server over a $name store', ({ url }) => {
  let server: CacheServer;
  let store: ArtifactStore;
  let base: string;
  const log = capture();
  const artifact = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff));
  let n = 0;
  const hash = () => `${Date.now()}${n++}`;

  beforeAll(async () => {
    store = new ArtifactStore({ url: url(), signingKey: 'server-signing-key-0123456789', maxEntryBytes: 1024 * 1024, logger: log.logger });
    expect(await store.waitReady(5_000)).toBe(true);
    server = new CacheServer({ store, readTokens: [READ], writeTokens: [WRITE], logger: log.logger });
    base = await server.listen(0);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('miss, put, hit, conflict', async () => {
    const h = hash();
    expect((await call(base, 'GET', `/v1/cache/${h}`, READ)).status).toBe(404);
    const put = await call(base, 'PUT', `/v1/cache/${h}`, WRITE, artifact);
    expect(put.status).toBe(200); // Nx 24 accepts only 200 (not 202) as a stored upload
    const get = await call(base, 'GET', `/v1/cache/${h}`, READ);
    expect(get.status).toBe(200);
    expect(get.type).toBe('application/octet-stream');
    expect(get.body.equals(artifact)).toBe(true);
    expect((await call(base, 'PUT', `/v1/cache/${h}`, WRITE, Buffer.from('again'))).status).toBe(409);
    expect((await call(base, 'GET', `/v1/cache/${h}`, WRITE)).body.equals(artifact)).toBe(true);
    expect(log.lines.some((l) => new RegExp(`debug: PUT /v1/cache/${h} 200 stored 100000B`).test(l))).toBe(true);
    expect(log.lines.some((l) => new RegExp(`debug: GET /v1/cache/${h} 200 hit 100000B`).test(l))).toBe(true);
  });

  it('token matrix', async () => {
    const h = hash();
    for (const token of [undefined, '', 'wrong-token', READ + 'x', `${READ} ${WRITE}`]) {
      for (const method of ['GET', 'PUT']) {
        const r = await call(base, method, `/v1/cache/${h}`, token, method === 'PUT' ? artifact : undefined);
        expect(r.status, `${method} with ${JSON.stringify(token)}`).toBe(401);
        expect(r.type).toBe('text/plain'); // Nx shows a text/plain 401 body; anything else is "misconfigured"
      }
    }
    const basic = await fetch(`${base}/v1/cache/${h}`, { headers: { Authorization: `Basic ${Buffer.from(`x:${WRITE}`).toString('base64')}` } });
    expect(basic.status).toBe(401);
    // Read-only tokens read but may not write: 403, which Nx treats as "not stored, carry on".
    expect((await call(base, 'GET', `/v1/cache/${h}`, READ)).status).toBe(404);
    const ro = await call(base, 'PUT', `/v1/cache/${h}`, READ, artifact);
    expect(ro.status).toBe(403);
    expect(ro.type).toBe('text/plain');
    expect((await call(base, 'GET', `/v1/cache/${h}`, WRITE)).status).toBe(404);
    // Write tokens read and write; the scheme name is case-insensitive.
    const lower = await fetch(`${base}/v1/cache/${h}`, { method: 'PUT', headers: { Authorization: `bearer ${WRITE}` }, body: artifact });
    expect(lower.status).toBe(200);
    expect((await call(base, 'GET', `/v1/cache/${h}`, READ)).status).toBe(200);
    expect(log.lines.join('\n')).not.toContain(WRITE);
    expect(log.lines.join('\n')).not.toContain(READ);
  });

  it('rejects hashes that are not plain names, and unknown paths and methods', async () => {
    // (fetch resolves `.`, `..` and `%2e%2e` segments itself; rawRequest below sends them as they are.)
    for (const bad of ['a.b', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(129), 'a%00b', 'a b']) {
      expect((await call(base, 'GET', `/v1/cache/${bad}`, READ)).status, bad).toBe(400);
      expect((await call(base, 'PUT', `/v1/cache/${bad}`, WRITE, artifact)).status, bad).toBe(400);
    }
    expect(await rawRequest(base, 'GET', '/v1/cache/../../etc/passwd', READ)).toBe(400);
    for (const seg of ['..', '.', '%2e%2e', '%2E%2E%2Fx']) expect(await rawRequest(base, 'GET', `/v1/cache/${seg}`, READ), seg).toBe(400);
    expect(await rawRequest(base, 'PUT', '/v1/cache/..%2f..%2fx', WRITE)).toBe(400);
    expect(await rawRequest(base, 'GET', '/v1/cache/a/b', READ)).toBe(400);
    expect(await rawRequest(base, 'GET', '/v1/cache/', READ)).toBe(400);
    expect(await rawRequest(base, 'GET', '/../v1/cache/1', READ)).toBe(404);
    expect((await call(base, 'DELETE', `/v1/cache/${hash()}`, WRITE)).status).toBe(405);
    expect((await call(base, 'GET', '/v2/cache/1', READ)).status).toBe(404);
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', store: 'up' });
  });

  it('refuses uploads over the size limit with 403 and stores nothing', async () => {
    const h = hash();
    const r = await call(base, 'PUT', `/v1/cache/${h}`, WRITE, Buffer.alloc(1024 * 1024 + 1));
    expect(r.status).toBe(403);
    expect(r.body.toString()).toMatch(/exceeds the cache server's limit/);
    expect((await call(base, 'GET', `/v1/cache/${h}`, READ)).status).toBe(404);
    // Without a Content-Length (chunked), the limit applies while streaming.
    const h2 = hash();
    const chunks = async function* () {
      for (let i = 0; i < 20; i++) yield new Uint8Array(64 * 1024);
    };
    const streamed = await fetch(`${base}/v1/cache/${h2}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${WRITE}` },
      body: ReadableStreamFrom(chunks()),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(403);
    expect((await call(base, 'GET', `/v1/cache/${h2}`, READ)).status).toBe(404);
    // Exactly at the limit is fine.
    expect((await call(base, 'PUT', `/v1/cache/${hash()}`, WRITE, Buffer.alloc(1024 * 1024))).status).toBe(200);
  });

  it('does not store an upload cut short', async () => {
    const h = hash();
    const u = new URL(base);
    await new Promise<void>((done) => {
      const req = request({ host: u.hostname, port: u.port, method: 'PUT', path: `/v1/cache/${h}`, headers: { Authorization: `Bearer ${WRITE}`, 'Content-Length': '5000' } });
      req.on('error', () => done());
      req.write(Buffer.alloc(1000), () => setTimeout(() => {
        req.destroy();
        done();
      }, 50));
    });
    await new Promise((r) => setTimeout(r, 100));
    expect((await call(base, 'GET', `/v1/cache/${h}`, READ)).status).toBe(404);
  });

  it('serves a corrupted entry as a miss (logged), then accepts the rebuilt artifact', async () => {
    const h = hash();
    expect((await call(base, 'PUT', `/v1/cache/${h}`, WRITE, artifact)).status).toBe(200);
    // Damage the stored frame behind the server's back.
    const key = NX_KEY_PREFIX + h;
    const bad = Buffer.from('AITC').toString() + 'garbage';
    if (store.kind === 'file') await store.fileStore!.set(key, Buffer.from(bad));
    else {
      const { createClient } = await import('@redis/client');
      const c = createClient({ url: redis.url });
      await c.connect();
      await c.setRange(`aithon::${key}`, 200, 'XXXX');
      await c.close();
    }
    expect((await call(base, 'GET', `/v1/cache/${h}`, READ)).status).toBe(404);
    expect(log.lines.some((l) => l.includes(`warn: rejected cache entry ${key}`))).toBe(true);
    expect((await call(base, 'PUT', `/v1/cache/${h}`, WRITE, artifact)).status).toBe(200);
    expect((await call(base, 'GET', `/v1/cache/${h}`, READ)).body.equals(artifact)).toBe(true);
  });
});

// Node 20 has ReadableStream.from only from 20.6; build one by hand.
function ReadableStreamFrom(it: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iter = it[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iter.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}

describe('cache server when the store is down', () => {
  it('answers a miss for reads and accepts-but-drops writes, with a warning, then recovers', async () => {
    const { lines, logger } = capture();
    const store = new ArtifactStore({ url: redis.url, signingKey: null, timeoutMs: 1_000, logger });
    expect(await store.waitReady(5_000)).toBe(true);
    const server = new CacheServer({ store, writeTokens: [WRITE], logger });
    const base = await server.listen(0);
    try {
      expect((await call(base, 'PUT', '/v1/cache/777', WRITE, Buffer.from('kept'))).status).toBe(200);
      await redis.stop();
      const t0 = Date.now();
      expect((await call(base, 'GET', '/v1/cache/777', WRITE)).status).toBe(404);
      const put = await call(base, 'PUT', '/v1/cache/778', WRITE, Buffer.from('dropped'));
      expect(put.status).toBe(200);
      expect(put.body.toString()).toMatch(/not stored/);
      expect(Date.now() - t0).toBeLessThan(4_000);
      expect(lines.some((l) => /warn: redis store .* unavailable \(get nx:777\)/.test(l))).toBe(true);
      expect(lines.some((l) => /warn: redis store .* unavailable \(put nx:778\)/.test(l))).toBe(true);
      expect(lines.some((l) => /PUT \/v1\/cache\/778 200 dropped \(store unavailable\)/.test(l))).toBe(true);
      expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', store: 'down' });
      await redis.start();
      expect(await store.waitReady(8_000)).toBe(true);
      expect((await call(base, 'PUT', '/v1/cache/779', WRITE, Buffer.from('back'))).status).toBe(200);
      expect((await call(base, 'GET', '/v1/cache/779', WRITE)).body.toString()).toBe('back');
    } finally {
      await server.close();
    }
  });

  it('starts and answers even when redis is down from the start', async () => {
    const { lines, logger } = capture();
    const store = new ArtifactStore({ url: 'redis://127.0.0.1:1', signingKey: null, timeoutMs: 500, logger });
    const server = new CacheServer({ store, writeTokens: [WRITE], logger });
    const base = await server.listen(0);
    try {
      expect((await call(base, 'GET', '/v1/cache/1', WRITE)).status).toBe(404);
      expect((await call(base, 'PUT', '/v1/cache/1', WRITE, Buffer.from('x'))).status).toBe(200);
      expect(lines.some((l) => l.includes('warn:'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('refuses to run without tokens', () => {
    const store = new ArtifactStore({ url: join(tmp, 'no-tokens'), signingKey: null });
    expect(() => new CacheServer({ store })).toThrow(/at least one read or write token/);
  });
});

describe('aithon cache-server (command line)', () => {
  it('parses options and environment', () => {
    const a = parseCacheServerArgs(['--port', '0', '--store=redis://h:1', '--read-token', 'a,b', '--max-entry-size', '64M'], { AITHON_CACHE_WRITE_TOKEN: 'w' });
    expect(a).toMatchObject({ port: 0, store: 'redis://h:1', readTokens: ['a', 'b'], writeTokens: ['w'], maxEntryBytes: 64 * 1024 * 1024 });
    expect(() => parseCacheServerArgs(['--port', '1'], {})).toThrow(/no tokens/);
    expect(() => parseCacheServerArgs(['--bogus'], { AITHON_CACHE_WRITE_TOKEN: 'w' })).toThrow(/unknown option/);
    expect(parseSize('512MiB')).toBe(512 * 1024 * 1024);
    expect(parseSize('1g')).toBe(1024 ** 3);
    expect(() => parseSize('-1')).toThrow();
  });

  it('serves until SIGTERM and then shuts down cleanly', async () => {
    const bin = join(repoRoot, 'bin', 'aithon.js');
    if (!existsSync(join(repoRoot, 'lib', 'cache', 'cli.js'))) throw new Error('lib/ is not built: run `npm run setup`');
    const child = spawn(process.execPath, [bin, 'cache-server', '--port', '0', '--store', join(tmp, 'cli-store'), '--log-level', 'debug'], {
      env: { ...process.env, AITHON_CACHE_WRITE_TOKEN: WRITE, AITHON_CACHE_SIGNING_KEY: 'cli-signing-key-0123456789' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const deadline = Date.now() + 15_000;
    let m: RegExpMatchArray | null = null;
    while (!(m = /listening on (http:\/\/\S+)/.exec(err)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(m, err).not.toBeNull();
    expect(err).toContain('signing: on');
    const base = m![1];
    expect((await call(base, 'PUT', '/v1/cache/42', WRITE, Buffer.from('hi'))).status).toBe(200);
    expect((await call(base, 'GET', '/v1/cache/42', WRITE)).body.toString()).toBe('hi');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).toMatch(/debug: PUT \/v1\/cache\/42 200 stored 2B/);
    expect(err).toMatch(/SIGTERM: shutting down/);
    expect(err).toMatch(/info: stopped/);
  });
});
