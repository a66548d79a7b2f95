// The artifact store over both backends: a folder and a real redis-server
// (started on a free loopback port by the test, stopped after).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { createClient, RESP_TYPES } from '@redis/client';
import { Keyv } from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrame, FRAME_VERSION } from '../frame';
import { KeyvFileStore } from '../file-store';
import { createLogger } from '../log';
import { ArtifactStore, InvalidKeyError, isValidKey, parseStoreUrl, redactUrl, type ArtifactStoreOptions } from '../store';
import { startBlackHole, startRedis, type TestRedis } from './redis';

const SIGNING_KEY = 'team-signing-key-0123456789abcdef';

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger({ level: 'debug', sink: (l) => lines.push(l), intervalMs: 0 }) };
}

let redis: TestRedis;
let tmp: string;

beforeAll(async () => {
  redis = await startRedis();
  tmp = mkdtempSync(join(tmpdir(), 'aithon-store-'));
});

afterAll(async () => {
  await redis?.dispose();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Raw read/write of what the backend holds under a key, bypassing verification. */
interface Raw {
  read(key: string): Promise<Buffer | undefined>;
  write(key: string, frame: Buffer): Promise<void>;
  close(): Promise<void>;
}

async function rawFor(store: ArtifactStore): Promise<Raw> {
  if (store.kind === 'file') {
    const fs = store.fileStore!;
    return {
      async read(key) {
        const p = fs.pathFor(key);
        return existsSync(p) ? readFileSync(p).subarray(1) : undefined;
      },
      async write(key, frame) {
        await fs.set(key, frame);
      },
      async close() {},
    };
  }
  const client = createClient({ url: redis.url, commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } });
  await client.connect();
  return {
    async read(key) {
      return ((await client.get(`aithon::${key}`)) as Buffer | null) ?? undefined;
    },
    async write(key, frame) {
      await client.set(`aithon::${key}`, frame);
    },
    async close() {
      await client.close();
    },
  };
}

const backends = [
  { name: 'folder', url: () => join(tmp, `store-${Math.random().toString(36).slice(2)}`) },
  { name: 'redis', url: () => redis.url },
];

describe.each(backends)('ArtifactStore over $name', ({ url }) => {
  const stores: ArtifactStore[] = [];
  const open = async (opts: Partial<ArtifactStoreOptions> = {}) => {
    const s = new ArtifactStore({ url: opts.url ?? url(), signingKey: null, ...opts });
    stores.push(s);
    expect(await s.waitReady(5_000)).toBe(true);
    return s;
  };
  let n = 0;
  const freshKey = () => `nx:${Date.now()}${n++}`;

  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('stores and returns a binary artifact; a second put is `exists`', async () => {
    const s = await open();
    const k = freshKey();
    const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) & 0xff));
    expect(await s.get(k)).toEqual({ status: 'miss' });
    expect(await s.put(k, data)).toEqual({ status: 'stored' });
    const r = await s.get(k);
    expect(r.status).toBe('hit');
    expect(r.status === 'hit' && r.payload.equals(data)).toBe(true);
    expect(await s.put(k, Buffer.from('other'))).toEqual({ status: 'exists' });
    expect(await s.put(k, Buffer.from('other'), { overwrite: true })).toEqual({ status: 'stored' });
    const again = await s.get(k);
    expect(again.status === 'hit' && again.payload.toString()).toBe('other');
    expect(await s.delete(k)).toBe(true);
    expect(await s.get(k)).toEqual({ status: 'miss' });
  });

  it('reports a corrupted entry as a miss, logs it, deletes it, and lets a new put replace it', async () => {
    const { lines, logger } = capture();
    const s = await open({ logger });
    const raw = await rawFor(s);
    const k = freshKey();
    await s.put(k, Buffer.from('good artifact bytes'));
    const frame = (await raw.read(k))!;
    frame[frame.length - 2] ^= 0xff;
    await raw.write(k, frame);
    const r = await s.get(k);
    expect(r).toMatchObject({ status: 'rejected', reason: 'digest-mismatch' });
    expect(lines.join('\n')).toMatch(/warn: rejected cache entry nx:\d+ \(digest-mismatch\)/);
    expect(await raw.read(k)).toBeUndefined();
    // A corrupted entry that was not read yet is replaced by a put (not `exists`).
    await s.put(k, Buffer.from('good artifact bytes'));
    const f2 = (await raw.read(k))!;
    await raw.write(k, f2.subarray(0, f2.length - 5));
    expect(await s.put(k, Buffer.from('rebuilt bytes'))).toEqual({ status: 'stored' });
    const hit = await s.get(k);
    expect(hit.status === 'hit' && hit.payload.toString()).toBe('rebuilt bytes');
    await raw.close();
  });

  it('rejects entries of another format version and non-frames', async () => {
    const s = await open();
    const raw = await rawFor(s);
    const k = freshKey();
    const f = encodeFrame(k, Buffer.from('x'));
    f[4] = FRAME_VERSION + 1;
    await raw.write(k, f);
    expect(await s.get(k)).toMatchObject({ status: 'rejected', reason: 'unsupported-version' });
    await raw.write(k, Buffer.from('just some text someone SET by hand'));
    expect(await s.get(k)).toMatchObject({ status: 'rejected' });
    await raw.close();
  });

  it('rejects an entry moved to another key', async () => {
    const s = await open();
    const raw = await rawFor(s);
    const a = freshKey();
    const b = freshKey();
    await s.put(a, Buffer.from('artifact of a'));
    await raw.write(b, (await raw.read(a))!);
    expect(await s.get(b)).toMatchObject({ status: 'rejected', reason: 'key-mismatch' });
    await raw.close();
  });

  it('with a signing key: signs, and rejects forged and unsigned entries', async () => {
    const { lines, logger } = capture();
    const s = await open({ signingKey: SIGNING_KEY, logger });
    const raw = await rawFor(s);
    const k = freshKey();
    await s.put(k, Buffer.from('genuine'));
    expect(await s.get(k)).toMatchObject({ status: 'hit', signed: true });
    // An attacker with write access to the backend but not the key: a well-formed frame, valid digest, wrong MAC.
    await raw.write(k, encodeFrame(k, Buffer.from('malicious'), { signingKey: Buffer.from('attacker-guess-attacker-guess') }));
    expect(await s.get(k)).toMatchObject({ status: 'rejected', reason: 'bad-signature' });
    await raw.write(k, encodeFrame(k, Buffer.from('malicious')));
    expect(await s.get(k)).toMatchObject({ status: 'rejected', reason: 'unsigned' });
    expect(lines.filter((l) => l.includes('rejected cache entry')).length).toBe(2);
    // The same backend read by a server with another key rejects everything this one wrote.
    await s.put(k, Buffer.from('genuine'));
    const other = await open({ url: s.kind === 'file' ? s.description : redis.url, signingKey: 'another-team-key-0123456789' });
    expect(await other.get(k)).toMatchObject({ status: 'rejected', reason: 'bad-signature' });
    await raw.close();
  });

  it('enforces the size limit on put and on get', async () => {
    const small = await open({ maxEntryBytes: 1024 });
    const k = freshKey();
    expect(await small.put(k, Buffer.alloc(1025))).toEqual({ status: 'too-large', limit: 1024 });
    expect(await small.get(k)).toEqual({ status: 'miss' });
    expect(await small.put(k, Buffer.alloc(1024))).toEqual({ status: 'stored' });
    // An entry written under a larger limit is not returned by a stricter reader.
    const big = await open({ url: small.kind === 'file' ? small.description : redis.url });
    const k2 = freshKey();
    await big.put(k2, Buffer.alloc(4096));
    expect(await small.get(k2)).toMatchObject({ status: 'rejected', reason: 'too-large' });
  });

  it('refuses keys that could escape the store', async () => {
    const s = await open();
    for (const bad of ['../etc/passwd', '..', 'nx/../../x', '/abs', 'a/b', 'nx:..', '', ' nx:1', 'nx:1\n', 'x'.repeat(201), 'nx:%2e%2e', 'C:\\x']) {
      await expect(s.get(bad), bad).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(s.put(bad, Buffer.from('x')), bad).rejects.toBeInstanceOf(InvalidKeyError);
    }
  });
});

describe('keys and URLs', () => {
  it('validates keys', () => {
    expect(isValidKey('nx:11747867491178298523')).toBe(true);
    expect(isValidKey('fn:sha256-abcdef.o')).toBe(true);
    expect(isValidKey('a..b')).toBe(false);
  });

  it('parses store URLs', () => {
    expect(parseStoreUrl('redis://h:6379/2')).toEqual({ kind: 'redis', location: 'redis://h:6379/2' });
    expect(parseStoreUrl('rediss://h').kind).toBe('redis');
    expect(parseStoreUrl('file:///var/cache/x')).toEqual({ kind: 'file', location: '/var/cache/x' });
    expect(parseStoreUrl('/var/cache/x')).toEqual({ kind: 'file', location: '/var/cache/x' });
    expect(() => parseStoreUrl('s3://bucket')).toThrow(/unsupported store URL/);
    expect(redactUrl('redis://user:secret@h:1/0')).toBe('redis://user:***@h:1/0');
  });
});

describe('KeyvFileStore', () => {
  it('names files by a hash of the key, inside its folder, whatever the key', async () => {
    const dir = join(tmp, 'kfs');
    const fs = new KeyvFileStore({ dir });
    for (const key of ['../../escape', '/etc/passwd', 'a/../../b', '\0nul', 'ok']) {
      const p = fs.pathFor(key);
      expect(relative(dir, p).startsWith('..')).toBe(false);
      expect(relative(dir, p).split(sep)).toHaveLength(3);
      await fs.set(key, Buffer.from(key));
      expect(((await fs.get(key)) as Buffer).toString()).toBe(key);
    }
    expect(existsSync(join(tmp, 'escape'))).toBe(false);
    expect(await fs.count()).toBe(5);
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
    await fs.clear();
    expect(await fs.count()).toBe(0);
  });

  it('works as a plain keyv store (JSON values, namespaces)', async () => {
    const dir = join(tmp, 'kfs-keyv');
    const a = new Keyv({ store: new KeyvFileStore({ dir }), namespace: 'a' });
    const b = new Keyv({ store: new KeyvFileStore({ dir }), namespace: 'b' });
    await a.set('k', { n: 1, s: 'x' });
    await b.set('k', [1, 2]);
    expect(await a.get('k')).toEqual({ n: 1, s: 'x' });
    expect(await b.get('k')).toEqual([1, 2]);
    await a.set('t', 'short-lived', 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(await a.get('t')).toBeUndefined();
    expect(await a.has('k')).toBe(true);
    expect(await a.delete('k')).toBe(true);
    expect(await a.get('k')).toBeUndefined();
  });
});

describe('a store that is down or hangs', () => {
  it('redis stopped: reads are unavailable and writes dropped within the timeout, with a warning; it recovers when redis is back', async () => {
    const { lines, logger } = capture();
    const s = new ArtifactStore({ url: redis.url, signingKey: null, timeoutMs: 1_000, logger });
    try {
      expect(await s.waitReady(5_000)).toBe(true);
      await s.put('nx:downtest', Buffer.from('before'));
      await redis.stop();
      const t0 = Date.now();
      expect((await s.get('nx:downtest')).status).toBe('unavailable');
      expect((await s.put('nx:downtest2', Buffer.from('x'))).status).toBe('unavailable');
      expect(await s.ping()).toBe(false);
      expect(Date.now() - t0).toBeLessThan(3_500);
      expect(lines.some((l) => /warn: .*redis.*unavailable|warn: redis store/.test(l))).toBe(true);
      await redis.start();
      expect(await s.waitReady(8_000)).toBe(true);
      expect(await s.put('nx:downtest3', Buffer.from('after'))).toEqual({ status: 'stored' });
    } finally {
      await s.close();
    }
  });

  it('redis that accepts connections but never answers: bounded wait, unavailable', async () => {
    const hole = await startBlackHole();
    const { lines, logger } = capture();
    const s = new ArtifactStore({ url: `redis://127.0.0.1:${hole.port}`, signingKey: null, timeoutMs: 500, logger });
    try {
      const t0 = Date.now();
      expect((await s.get('nx:1')).status).toBe('unavailable');
      expect((await s.put('nx:1', Buffer.from('x'))).status).toBe('unavailable');
      expect(Date.now() - t0).toBeLessThan(2_500);
      expect(lines.some((l) => l.includes('warn:'))).toBe(true);
    } finally {
      await s.close();
      await hole.close();
    }
  });

  it('a folder store on an unusable path: unavailable, not a crash', async () => {
    const file = join(tmp, 'not-a-folder');
    writeFileSync(file, 'x');
    const { lines, logger } = capture();
    const s = new ArtifactStore({ url: file, signingKey: null, logger });
    expect((await s.put('nx:1', Buffer.from('x'))).status).toBe('unavailable');
    expect((await s.get('nx:1')).status).toBe('unavailable');
    expect(lines.some((l) => l.includes('warn: file store'))).toBe(true);
  });
});
