// Where function units' artifacts (optimised bitcode, objects) are kept: a
// local content-addressed store (a keyv folder store in the cache folder),
// and optionally a shared one (AITHON_CACHE_URL: the Redis or folder store
// a team's `aithon cache-server` uses) behind it.
//
// Reads go local first, then remote; a remote hit is copied into the local
// store. Writes go to both. Every entry is a verified frame (cache/frame.ts:
// digest, key, optional HMAC), so a truncated, corrupted, foreign or forged
// entry is a miss and gets rebuilt, never linked. A shared store that is down
// or slow costs one warning and a bounded wait (its timeout), never a failure.
import { join } from 'node:path';
import { ArtifactStore } from '../../cache/store';
import type { Logger } from '../../cache/log';
import { cacheRoot } from './toolchain';

/** Environment variable naming the shared store: `redis://…`, `rediss://…` or a folder. */
export const CACHE_URL_ENV = 'AITHON_CACHE_URL';
/** How long one shared-store operation may take before the build goes on without it. */
const REMOTE_TIMEOUT_MS = 2_000;

export interface UnitStoreStats {
  localHits: number;
  remoteHits: number;
  misses: number;
  /** Entries that failed verification (and were rebuilt). */
  rejected: number;
  remoteWrites: number;
}

export class UnitStore {
  readonly stats: UnitStoreStats = { localHits: 0, remoteHits: 0, misses: 0, rejected: 0, remoteWrites: 0 };
  private remoteDown = false;
  private remoteReady?: Promise<boolean>;
  private readonly pendingWrites: Promise<unknown>[] = [];

  constructor(
    readonly local: ArtifactStore,
    readonly remote: ArtifactStore | undefined,
    private readonly logger: Logger,
  ) {}

  /**
   * `local: false`: the caller keeps its own local copy (objects live in the
   * object folder, units.ts), so only the shared store is asked and written.
   */
  async get(key: string, opts: { local?: boolean } = {}): Promise<Buffer | undefined> {
    const local = opts.local ?? true;
    if (local) {
      const here = await this.local.get(key);
      if (here.status === 'hit') {
        this.stats.localHits++;
        return here.payload;
      }
      if (here.status === 'rejected') this.stats.rejected++;
    }
    if (await this.remoteUsable()) {
      const there = await this.remote!.get(key);
      if (there.status === 'hit') {
        this.stats.remoteHits++;
        if (local) await this.local.put(key, there.payload);
        return there.payload;
      }
      if (there.status === 'rejected') this.stats.rejected++;
      if (there.status === 'unavailable') this.markRemoteDown(there.message);
    }
    this.stats.misses++;
    return undefined;
  }

  /** Stores locally now; the shared write runs in the background (see `flush`). */
  async put(key: string, payload: Buffer, opts: { local?: boolean } = {}): Promise<void> {
    if (opts.local ?? true) await this.local.put(key, payload, { overwrite: true });
    if (await this.remoteUsable()) {
      const remote = this.remote!;
      this.pendingWrites.push(
        remote.put(key, payload).then((r) => {
          if (r.status === 'stored') this.stats.remoteWrites++;
          else if (r.status === 'unavailable') this.markRemoteDown(r.message);
        }),
      );
    }
  }

  /** Waits for the shared writes started so far (each bounded by the store's timeout). */
  async flush(): Promise<void> {
    const writes = this.pendingWrites.splice(0);
    await Promise.all(writes);
  }

  /**
   * Whether to use the shared store: it exists, has not failed, and answered
   * once. The first use waits for the connection (a Redis client connects in
   * the background, and fails commands sent before it is ready), at most the
   * store's timeout.
   */
  private async remoteUsable(): Promise<boolean> {
    if (!this.remote || this.remoteDown) return false;
    this.remoteReady ??= this.remote.waitReady().then((ready) => {
      if (!ready) this.markRemoteDown('no answer');
      return ready;
    });
    return (await this.remoteReady) && !this.remoteDown;
  }

  private markRemoteDown(message: string): void {
    if (this.remoteDown) return;
    // One warning per process; the rest of the build does without the shared store.
    this.remoteDown = true;
    this.logger.warn(`shared cache ${this.remote?.description} unavailable (${message}); building without it`);
  }
}

/** Warnings as a compiler prints them (stderr, no timestamps); each topic once per 10 s. */
function buildLogger(): Logger {
  const last = new Map<string, number>();
  const warn = (msg: string) => process.stderr.write(`aithon: warning: ${msg}\n`);
  const quiet = () => undefined;
  return {
    debug: quiet,
    info: quiet,
    warn,
    error: (msg) => process.stderr.write(`aithon: error: ${msg}\n`),
    warnOnce(topic, msg) {
      const now = Date.now();
      if (now - (last.get(topic) ?? -Infinity) < 10_000) return;
      last.set(topic, now);
      warn(msg);
    },
  };
}

let opened: { signature: string; store: UnitStore } | undefined;

/**
 * The unit store for the current settings (cache folder, AITHON_CACHE_URL),
 * opened once per process and reused by later builds (`aithon serve`).
 */
export function unitStore(): UnitStore {
  const localDir = join(cacheRoot(), 'units');
  const url = process.env[CACHE_URL_ENV]?.trim() || undefined;
  const signature = `${localDir}\0${url ?? ''}`;
  if (opened?.signature === signature) return opened.store;
  const logger = buildLogger();
  const local = new ArtifactStore({ url: localDir, namespace: 'units', signingKey: null, logger });
  let remote: ArtifactStore | undefined;
  if (url) {
    try {
      remote = new ArtifactStore({ url, namespace: 'units', timeoutMs: REMOTE_TIMEOUT_MS, logger });
    } catch (e) {
      throw new Error(`${CACHE_URL_ENV}: ${(e as Error).message}`);
    }
  }
  if (opened) void opened.store.remote?.close();
  opened = { signature, store: new UnitStore(local, remote, logger) };
  return opened.store;
}

/** Closes the shared store's connection (a Redis client keeps the process alive otherwise). */
export async function closeUnitStore(): Promise<void> {
  const o = opened;
  opened = undefined;
  if (o) {
    await o.store.flush();
    await o.store.remote?.close();
  }
}
