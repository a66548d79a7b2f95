// A content-addressed artifact store over keyv.
//
// Backends: Redis (@keyv/redis) for a team, a local folder (KeyvFileStore)
// as the embedded default. Both hold frames (see frame.ts): every read is
// checked against its SHA-256 digest, its key and, when a signing key is
// configured, its HMAC-SHA256. A damaged, mis-keyed, oversized, unsigned or
// forged entry is never returned: the read reports `rejected` (a miss for the
// caller), the entry is deleted so that a rebuild can replace it, and a
// warning is logged.
//
// Store faults never throw out of `get`/`put`: a backend that is down, slow
// or failing gives `unavailable` after at most the operation timeout, and a
// rate-limited warning. Callers (the Nx cache server now, the function-level
// cache later) decide what a miss or a dropped write means for them.
//
// Keys are short ASCII names such as `nx:<task hash>` or `fn:<unit hash>`;
// see `isValidKey`. The store never turns a key into a path: the folder
// backend names files by a hash of the key.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Keyv } from 'keyv';
import type KeyvRedisType from '@keyv/redis';
import type * as RedisClient from '@redis/client';
import { decodeFrame, encodeFrame, FrameError, type FrameRejection } from './frame';
import { KeyvFileStore } from './file-store';
import { silentLogger, type Logger } from './log';

export const DEFAULT_MAX_ENTRY_BYTES = 256 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_NAMESPACE = 'aithon';
/** Writes get this much extra time per MiB on top of the base timeout. */
const WRITE_MS_PER_MIB = 100;
export const SIGNING_KEY_ENV = 'AITHON_CACHE_SIGNING_KEY';

export type GetResult =
  | { status: 'hit'; payload: Buffer; createdAt: number; signed: boolean }
  | { status: 'miss' }
  /** The entry existed but failed verification (corrupted, forged, other format); it was deleted. */
  | { status: 'rejected'; reason: FrameRejection | 'not-a-frame'; message: string }
  /** The backend is down, failing or too slow. */
  | { status: 'unavailable'; message: string };

export type PutResult =
  | { status: 'stored' }
  /** A valid entry is already stored under this key (content-addressed: left as is). */
  | { status: 'exists' }
  | { status: 'too-large'; limit: number }
  | { status: 'unavailable'; message: string };

export interface PutOptions {
  /** Replace a valid existing entry (default false: `exists`). Invalid entries are always replaced. */
  overwrite?: boolean;
}

export interface ArtifactStoreOptions {
  /** `redis://…`, `rediss://…`, `file:///…` or a folder path. */
  url: string;
  /** Prefix that separates this store's keys from others in a shared backend (default "aithon"). */
  namespace?: string;
  /**
   * HMAC-SHA256 key. `undefined` reads AITHON_CACHE_SIGNING_KEY; `null` or ''
   * disables signing.
   */
  signingKey?: string | Buffer | null;
  /** Largest payload stored or returned, in bytes (default 256 MiB). */
  maxEntryBytes?: number;
  /** Bound on one backend operation, in ms (default 5 s; writes get 100 ms more per MiB). */
  timeoutMs?: number;
  logger?: Logger;
}

export class InvalidKeyError extends Error {
  constructor(key: string) {
    super(`invalid cache key ${JSON.stringify(key.length > 80 ? key.slice(0, 80) + '…' : key)}`);
    this.name = 'InvalidKeyError';
  }
}

class StoreTimeoutError extends Error {}

const KEY_RE = /^[A-Za-z0-9][A-Za-z0-9_:.-]{0,199}$/;

/** Keys: 1-200 characters of [A-Za-z0-9_:.-], starting with a letter or digit, no "..". */
export function isValidKey(key: string): boolean {
  return typeof key === 'string' && KEY_RE.test(key) && !key.includes('..');
}

export type BackendKind = 'redis' | 'file';

export function parseStoreUrl(url: string): { kind: BackendKind; location: string } {
  if (/^rediss?:\/\//i.test(url)) return { kind: 'redis', location: url };
  if (/^file:\/\//i.test(url)) return { kind: 'file', location: fileURLToPath(url) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) throw new Error(`unsupported store URL '${redactUrl(url)}': use redis://, rediss:// or a folder`);
  if (!url) throw new Error('the store URL is empty');
  return { kind: 'file', location: resolve(url) };
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function errorText(e: unknown): string {
  if (e instanceof StoreTimeoutError) return e.message;
  const err = e as Error & { code?: string };
  const msg = err?.message || String(e);
  return err?.code && !msg.includes(err.code) ? `${err.code}: ${msg}` : msg;
}

interface Backend {
  keyv: Keyv;
  /** Resolves true once the backend can serve requests, false after `ms`. */
  ready(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

function openRedis(url: string, namespace: string, timeoutMs: number, logger: Logger): Backend {
  // Required here, not at the top: loading the Redis client costs ~250 ms,
  // which every build would pay for a folder store (the compiler's default).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createClient, RESP_TYPES } = require('@redis/client') as typeof RedisClient;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const KeyvRedis = (require('@keyv/redis') as { default: typeof KeyvRedisType }).default;
  const client = createClient({
    url,
    // Fail commands at once while disconnected instead of queueing them until
    // Redis is back: a cache read must cost a bounded wait, never a hang.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      // Keep reconnecting in the background for as long as the server runs.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 10), 5_000),
    },
    // Artifacts are binary: read bulk strings as Buffers, not UTF-8 text.
    commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } },
  });
  client.on('error', (e: unknown) => logger.warnOnce('redis', `redis store ${redactUrl(url)}: ${errorText(e)}`));
  client.on('ready', () => logger.info(`redis store ${redactUrl(url)} connected`));
  // Connect in the background: the server starts even when Redis is down.
  client.connect().catch((e: unknown) => logger.warnOnce('redis', `redis store ${redactUrl(url)}: ${errorText(e)}`));
  const adapter = new KeyvRedis(client as never, { namespace, throwOnErrors: true, throwOnConnectError: true, connectionTimeout: timeoutMs });
  const keyv = makeKeyv(adapter, namespace);
  return {
    keyv,
    ready(ms: number) {
      if (client.isReady) return Promise.resolve(true);
      return new Promise<boolean>((done) => {
        const onReady = () => {
          clearTimeout(timer);
          done(true);
        };
        const timer = setTimeout(() => {
          client.off('ready', onReady);
          done(false);
        }, ms);
        client.once('ready', onReady);
      });
    },
    async close() {
      try {
        if (client.isOpen) await client.close();
      } catch {
        client.destroy();
      }
    },
  };
}

function makeKeyv(store: unknown, namespace: string): Keyv {
  const keyv = new Keyv({
    store,
    namespace,
    // The adapters apply the namespace themselves.
    useKeyPrefix: false,
    throwOnErrors: true,
    // Values are frames (Buffers), stored as they are: no JSON, no base64.
    serialize: ((data: { value?: unknown }) => data.value) as never,
    deserialize: ((data: unknown) => ({ value: data })) as never,
  });
  // Errors are thrown to the caller (throwOnErrors) and reported there.
  keyv.on('error', () => undefined);
  return keyv;
}

/** Unwraps what keyv returns for a raw read into the stored bytes. */
function asBytes(raw: unknown): Buffer | undefined {
  if (Buffer.isBuffer(raw)) return raw;
  if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (raw && typeof raw === 'object' && 'value' in raw) return asBytes((raw as { value: unknown }).value);
  return undefined;
}

export class ArtifactStore {
  readonly kind: BackendKind;
  /** Where the entries live, without secrets (for logs). */
  readonly description: string;
  readonly maxEntryBytes: number;
  readonly signed: boolean;
  private readonly backend: Backend;
  private readonly signingKey?: Buffer;
  private readonly timeoutMs: number;
  private readonly logger: Logger;
  /** The folder adapter, when this is a folder store (tests use it to find files). */
  readonly fileStore?: KeyvFileStore;

  constructor(opts: ArtifactStoreOptions) {
    const { kind, location } = parseStoreUrl(opts.url);
    const namespace = opts.namespace ?? DEFAULT_NAMESPACE;
    if (!isValidKey(namespace)) throw new Error(`invalid namespace '${namespace}'`);
    this.kind = kind;
    this.logger = opts.logger ?? silentLogger;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxEntryBytes = opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
    const key = opts.signingKey === undefined ? process.env[SIGNING_KEY_ENV] : opts.signingKey;
    if (key && key.length > 0) this.signingKey = Buffer.isBuffer(key) ? key : Buffer.from(key, 'utf8');
    this.signed = this.signingKey !== undefined;
    if (kind === 'redis') {
      this.description = redactUrl(location);
      this.backend = openRedis(location, namespace, this.timeoutMs, this.logger);
    } else {
      this.description = location;
      this.fileStore = new KeyvFileStore({ dir: location });
      const keyv = makeKeyv(this.fileStore, namespace);
      this.backend = { keyv, ready: () => this.ping(), close: async () => undefined };
    }
  }

  private checkKey(key: string): void {
    if (!isValidKey(key)) throw new InvalidKeyError(key);
  }

  private unavailable(op: string, key: string, e: unknown): { status: 'unavailable'; message: string } {
    const message = `${this.kind} store ${this.description} unavailable (${op} ${key}): ${errorText(e)}`;
    this.logger.warnOnce(`store-${op}`, message);
    return { status: 'unavailable', message };
  }

  private async readRaw(key: string): Promise<Buffer | undefined | 'not-a-frame'> {
    const raw = await withTimeout(this.backend.keyv.get(key, { raw: true }) as Promise<unknown>, this.timeoutMs, `read of ${key}`);
    if (raw === undefined || raw === null) return undefined;
    return asBytes(raw) ?? 'not-a-frame';
  }

  /** Verify `raw` as the frame of `key`: the payload, or why it is rejected. */
  private verify(key: string, raw: Buffer | 'not-a-frame'): GetResult {
    if (raw === 'not-a-frame') return { status: 'rejected', reason: 'not-a-frame', message: 'entry is not binary data' };
    try {
      const f = decodeFrame(raw, key, { signingKey: this.signingKey, maxPayloadBytes: this.maxEntryBytes });
      return { status: 'hit', payload: f.payload, createdAt: f.createdAt, signed: f.signed };
    } catch (e) {
      if (e instanceof FrameError) return { status: 'rejected', reason: e.reason, message: e.message };
      throw e;
    }
  }

  /** Read and verify the artifact under `key`. Never throws for store faults or bad entries. */
  async get(key: string): Promise<GetResult> {
    this.checkKey(key);
    let raw: Awaited<ReturnType<ArtifactStore['readRaw']>>;
    try {
      raw = await this.readRaw(key);
    } catch (e) {
      return this.unavailable('get', key, e);
    }
    if (raw === undefined) return { status: 'miss' };
    const result = this.verify(key, raw);
    if (result.status === 'rejected') {
      this.logger.warn(`rejected cache entry ${key} (${result.reason}): ${result.message}; treating it as a miss and deleting it`);
      await this.delete(key);
    }
    return result;
  }

  /** True when a valid entry is stored under `key`; false on a miss, a bad entry or a store fault. */
  async has(key: string): Promise<boolean> {
    return (await this.get(key)).status === 'hit';
  }

  /**
   * Store `payload` under `key`. A valid entry already there is kept
   * (`exists`) unless `overwrite`; a damaged or forged one is replaced.
   * Never throws for store faults: a write that cannot be done is
   * `unavailable` (the caller drops it).
   */
  async put(key: string, payload: Buffer, opts: PutOptions = {}): Promise<PutResult> {
    this.checkKey(key);
    if (payload.length > this.maxEntryBytes) return { status: 'too-large', limit: this.maxEntryBytes };
    try {
      if (!opts.overwrite && (await withTimeout(this.backend.keyv.has(key), this.timeoutMs, `lookup of ${key}`))) {
        const existing = await this.readRaw(key);
        if (existing !== undefined) {
          const check = this.verify(key, existing);
          if (check.status === 'hit') return { status: 'exists' };
          this.logger.warn(`replacing rejected cache entry ${key} (${check.status === 'rejected' ? check.reason : check.status})`);
        }
      }
      const frame = encodeFrame(key, payload, { signingKey: this.signingKey });
      const ms = this.timeoutMs + Math.ceil((frame.length / (1024 * 1024)) * WRITE_MS_PER_MIB);
      await withTimeout(this.backend.keyv.set(key, frame), ms, `write of ${key}`);
      return { status: 'stored' };
    } catch (e) {
      return this.unavailable('put', key, e);
    }
  }

  /** Remove the entry under `key` (best effort: false on a store fault). */
  async delete(key: string): Promise<boolean> {
    this.checkKey(key);
    try {
      return await withTimeout(this.backend.keyv.delete(key), this.timeoutMs, `delete of ${key}`);
    } catch (e) {
      this.unavailable('delete', key, e);
      return false;
    }
  }

  /** Whether the backend answers now (within the timeout). */
  async ping(): Promise<boolean> {
    try {
      await withTimeout(this.backend.keyv.has('ping'), this.timeoutMs, 'ping');
      return true;
    } catch {
      return false;
    }
  }

  /** Wait (at most `ms`) until the backend answers; false if it does not. */
  async waitReady(ms = this.timeoutMs): Promise<boolean> {
    return (await this.backend.ready(ms)) && this.ping();
  }

  async close(): Promise<void> {
    await this.backend.close();
  }
}

export function openArtifactStore(opts: ArtifactStoreOptions): ArtifactStore {
  return new ArtifactStore(opts);
}
