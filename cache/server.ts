// An HTTP server that speaks Nx's self-hosted remote cache API (Nx >= 20.8):
//
//   GET /v1/cache/{hash}  200 + the task's archive (application/octet-stream) | 404 miss
//   PUT /v1/cache/{hash}  200 stored | 409 already stored | 403 not allowed to store
//   401 (text/plain) for a missing or unknown bearer token.
//
// Checked against Nx 24.0.6's client (packages/nx/src/native/cache/
// http_remote_cache.rs): it treats only 200 as a successful upload (the
// OpenAPI document's 202 fails the run with "Unexpected response status"),
// 409 and 403 as "not stored, carry on", and any other status, on GET as on
// PUT, as a fatal error that fails the whole Nx run. A 401 must be text/plain
// (its body is shown to the user). So this server only ever answers:
//
// - 401 when the token is wrong (a configuration error the user must see),
// - 403 for a read-only token on PUT, and for uploads it will not keep
//   (larger than the entry limit, or over the server's memory budget),
// - 400/404/405 for requests Nx never makes (bad hash, unknown path, method),
// - and otherwise 200/404/409, whatever the store does: a store that is
//   down, slow or serving a damaged entry gives a miss (404) on GET and an
//   accepted-but-dropped write (200) on PUT, plus a logged warning.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ArtifactStore } from './store';
import { silentLogger, type Logger } from './log';

/** Nx task hashes are decimal strings today; allow what a future hash format plausibly needs, nothing that can form a path. */
const HASH_RE = /^[A-Za-z0-9_-]{1,128}$/;
const PREFIX = '/v1/cache/';
/** Keys of Nx task artifacts in the store; the function-level cache uses another prefix. */
export const NX_KEY_PREFIX = 'nx:';

export function isValidHash(hash: string): boolean {
  return HASH_RE.test(hash);
}

export type Role = 'read' | 'write';

export interface CacheServerOptions {
  store: ArtifactStore;
  /** Tokens that may GET. */
  readTokens?: string[];
  /** Tokens that may GET and PUT. */
  writeTokens?: string[];
  logger?: Logger;
  /** Largest upload accepted, in bytes (default: the store's limit). */
  maxEntryBytes?: number;
  /** Upload bytes held in memory at once, across requests (default: max(1 GiB, 2 x maxEntryBytes)). */
  maxInflightBytes?: number;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: Buffer | string; key: Buffer | string };
}

function digestToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export class CacheServer {
  readonly server: Server;
  private readonly store: ArtifactStore;
  private readonly logger: Logger;
  private readonly tokens: { digest: Buffer; role: Role }[];
  private readonly maxEntryBytes: number;
  private readonly maxInflightBytes: number;
  private inflightBytes = 0;
  private readonly scheme: 'http' | 'https';

  constructor(opts: CacheServerOptions) {
    this.store = opts.store;
    this.logger = opts.logger ?? silentLogger;
    this.maxEntryBytes = opts.maxEntryBytes ?? opts.store.maxEntryBytes;
    this.maxInflightBytes = opts.maxInflightBytes ?? Math.max(1024 ** 3, 2 * this.maxEntryBytes);
    const write = (opts.writeTokens ?? []).filter(Boolean);
    const read = (opts.readTokens ?? []).filter(Boolean).filter((t) => !write.includes(t));
    if (write.length + read.length === 0) throw new Error('the cache server needs at least one read or write token');
    this.tokens = [...write.map((t) => ({ digest: digestToken(t), role: 'write' as Role })), ...read.map((t) => ({ digest: digestToken(t), role: 'read' as Role }))];
    const handler = (req: IncomingMessage, res: ServerResponse) => this.handle(req, res);
    this.scheme = opts.tls ? 'https' : 'http';
    this.server = opts.tls ? createHttpsServer({ cert: opts.tls.cert, key: opts.tls.key }, handler) : createHttpServer(handler);
    // Bounded waits for slow or stalled clients.
    this.server.headersTimeout = 30_000;
    this.server.requestTimeout = 10 * 60_000;
  }

  /** The role of a bearer token, compared in constant time; undefined if unknown. */
  roleOf(authorization: string | undefined): Role | undefined {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) return undefined;
    const presented = digestToken(m[1]);
    let role: Role | undefined;
    for (const t of this.tokens) {
      // Check every token (no early exit) so timing does not tell which matched.
      if (timingSafeEqual(presented, t.digest) && role !== 'write') role = t.role;
    }
    return role;
  }

  listen(port: number, host = '127.0.0.1'): Promise<string> {
    return new Promise((resolveUrl, reject) => {
      const onError = (e: Error) => reject(e);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolveUrl(this.url(host));
      });
    });
  }

  url(host?: string): string {
    const addr = this.server.address() as AddressInfo | null;
    if (!addr) throw new Error('the cache server is not listening');
    const h = host && host !== '0.0.0.0' && host !== '::' ? host : addr.family === 'IPv6' ? '[::1]' : '127.0.0.1';
    return `${this.scheme}://${h.includes(':') && !h.startsWith('[') ? `[${h}]` : h}:${addr.port}`;
  }

  /** Stop accepting connections, let requests in flight finish (up to graceMs), then close the store. */
  async close(graceMs = 10_000): Promise<void> {
    if (this.server.listening) {
      const closed = new Promise<void>((done) => this.server.close(() => done()));
      this.server.closeIdleConnections();
      const timer = setTimeout(() => this.server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
    }
    await this.store.close();
  }

  private send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'text/plain', 'Content-Length': String(Buffer.byteLength(text)), ...headers });
    res.end(text);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const started = process.hrtime.bigint();
    const path = (req.url ?? '').split('?')[0];
    const info = { outcome: '', bytes: 0 };
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.logger.debug(`${req.method} ${path.length > 160 ? path.slice(0, 160) + '…' : path} ${res.statusCode}${info.outcome ? ' ' + info.outcome : ''} ${info.bytes}B ${ms.toFixed(1)}ms`);
    });
    this.route(req, res, path, info).catch((e: unknown) => {
      // A bug, not a store fault (those never throw). Still answer so that Nx
      // carries on: a miss for reads, a dropped write for uploads.
      this.logger.error(`${req.method} ${path}: ${(e as Error)?.stack ?? String(e)}`);
      info.outcome = 'internal-error';
      if (res.headersSent) {
        res.destroy();
        return;
      }
      req.resume();
      if (req.method === 'PUT') this.send(res, 200, 'not stored (internal error)');
      else this.send(res, 404, 'not found');
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse, path: string, info: { outcome: string; bytes: number }): Promise<void> {
    if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      const up = await this.store.ping();
      info.outcome = up ? 'store-up' : 'store-down';
      return this.send(res, 200, JSON.stringify({ status: 'ok', store: up ? 'up' : 'down' }), { 'Content-Type': 'application/json' });
    }
    if (!path.startsWith(PREFIX)) {
      req.resume();
      return this.send(res, 404, 'not found');
    }
    const role = this.roleOf(req.headers.authorization);
    if (!role) {
      info.outcome = 'unauthorized';
      req.resume();
      return this.send(res, 401, 'Missing or invalid authentication token for the AIthon cache server.', { 'WWW-Authenticate': 'Bearer' });
    }
    const hash = path.slice(PREFIX.length);
    if (!isValidHash(hash)) {
      info.outcome = 'bad-hash';
      req.resume();
      return this.send(res, 400, 'invalid cache hash');
    }
    if (req.method === 'GET') return this.get(res, hash, info);
    if (req.method === 'PUT') {
      if (role !== 'write') {
        info.outcome = 'forbidden';
        req.resume();
        return this.send(res, 403, 'Access forbidden: this token may only read from the AIthon cache server.');
      }
      return this.put(req, res, hash, info);
    }
    req.resume();
    return this.send(res, 405, 'method not allowed', { Allow: 'GET, PUT' });
  }

  private async get(res: ServerResponse, hash: string, info: { outcome: string; bytes: number }): Promise<void> {
    const r = await this.store.get(NX_KEY_PREFIX + hash);
    if (r.status !== 'hit') {
      // miss, rejected (damaged/forged: logged by the store) or unavailable (logged): all a miss for Nx.
      info.outcome = r.status === 'miss' ? 'miss' : `miss (${r.status === 'rejected' ? `rejected: ${r.reason}` : 'store unavailable'})`;
      return this.send(res, 404, 'not found');
    }
    info.outcome = 'hit';
    info.bytes = r.payload.length;
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(r.payload.length) });
    res.end(r.payload);
  }

  private async put(req: IncomingMessage, res: ServerResponse, hash: string, info: { outcome: string; bytes: number }): Promise<void> {
    const declared = req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) : undefined;
    const refuse = (why: string) => {
      info.outcome = 'refused';
      this.logger.warn(`PUT ${hash}: ${why}; not stored`);
      req.resume(); // drain and discard the rest of the body
      this.send(res, 403, `${why}; not stored`, { Connection: 'close' });
    };
    if (declared !== undefined && declared > this.maxEntryBytes) {
      return refuse(`artifact of ${declared} bytes exceeds the cache server's limit of ${this.maxEntryBytes} bytes`);
    }
    const reserve = declared ?? 0;
    if (this.inflightBytes + reserve > this.maxInflightBytes) {
      return refuse(`the cache server is holding ${this.inflightBytes} bytes of uploads already`);
    }
    this.inflightBytes += reserve;
    let read: { body: Buffer } | { error: 'too-large' | 'aborted' };
    try {
      read = await this.readBody(req, declared);
    } finally {
      this.inflightBytes -= reserve;
    }
    if ('error' in read) {
      if (read.error === 'aborted') {
        info.outcome = 'aborted';
        if (!res.headersSent && !res.destroyed) this.send(res, 400, 'incomplete upload; not stored');
        return;
      }
      return refuse(`artifact exceeds the cache server's limit of ${this.maxEntryBytes} bytes`);
    }
    const body = read.body;
    info.bytes = body.length;
    const r = await this.store.put(NX_KEY_PREFIX + hash, body);
    switch (r.status) {
      case 'stored':
        info.outcome = 'stored';
        return this.send(res, 200, 'stored');
      case 'exists':
        info.outcome = 'conflict';
        return this.send(res, 409, 'Cannot override an existing record');
      case 'too-large':
        return refuse(`artifact of ${body.length} bytes exceeds the store's limit of ${r.limit} bytes`);
      case 'unavailable':
        // Logged by the store. Nx fails a run on an upload error, so accept and drop.
        info.outcome = 'dropped (store unavailable)';
        return this.send(res, 200, 'accepted, not stored: the cache store is unavailable');
    }
  }

  /**
   * The whole body; `too-large` as soon as it grows past the limit (the rest
   * is drained and discarded); `aborted` when the client goes away or sends
   * fewer bytes than its Content-Length (a partial upload is never stored).
   */
  private readBody(req: IncomingMessage, declared: number | undefined): Promise<{ body: Buffer } | { error: 'too-large' | 'aborted' }> {
    return new Promise((done) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const finish = (r: { body: Buffer } | { error: 'too-large' | 'aborted' }) => {
        if (settled) return;
        settled = true;
        chunks.length = 0;
        done(r);
      };
      req.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size > this.maxEntryBytes) return finish({ error: 'too-large' });
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (declared !== undefined && size !== declared) return finish({ error: 'aborted' });
        if (!settled) {
          settled = true;
          done({ body: Buffer.concat(chunks, size) });
        }
      });
      req.on('error', () => finish({ error: 'aborted' }));
      req.on('close', () => {
        if (!req.complete) finish({ error: 'aborted' });
      });
    });
  }
}

export function createCacheServer(opts: CacheServerOptions): CacheServer {
  return new CacheServer(opts);
}
