// A keyv storage adapter over a local folder: one file per key.
//
// There is no maintained keyv file adapter that fits binary artifacts of
// hundreds of MiB (keyv-file keeps every entry in one JSON document), so this
// is a small one of our own:
//
// - File names are the SHA-256 of (namespace, key), fanned out over 256
//   sub-folders: a key never becomes part of a path, so no key can escape the
//   folder, whatever characters it holds.
// - Writes go to a temporary file in the same folder tree and are renamed
//   into place, so a reader sees the old entry or the new one, never half of
//   one. A crash can leave a stray temporary file, never a torn entry.
// - Values are Buffers or strings (one tag byte tells which), so the adapter
//   also works under keyv's default JSON serialisation.
//
// TTLs are not enforced here: keyv stores the expiry inside serialised values
// itself, and the artifact store does not use TTLs.
import { EventEmitter } from 'node:events';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const TAG_BUFFER = 0;
const TAG_STRING = 1;
const DATA_DIR = 'v1';
const TMP_DIR = 'tmp';

export interface KeyvFileStoreOptions {
  /** The folder that holds the entries; created on first write. */
  dir: string;
}

export class KeyvFileStore extends EventEmitter {
  readonly opts: KeyvFileStoreOptions;
  namespace?: string;
  private readonly root: string;

  constructor(options: KeyvFileStoreOptions | string) {
    super();
    this.opts = typeof options === 'string' ? { dir: options } : options;
    this.root = resolve(this.opts.dir);
  }

  /** The file that holds `key` (exposed for tests and tools). */
  pathFor(key: string): string {
    const h = createHash('sha256')
      .update(this.namespace ?? '')
      .update('\0')
      .update(key)
      .digest('hex');
    return join(this.root, DATA_DIR, h.slice(0, 2), h);
  }

  async get<Value = Buffer | string>(key: string): Promise<Value | undefined> {
    let raw: Buffer;
    try {
      raw = await readFile(this.pathFor(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    if (raw.length === 0) return undefined;
    const body = raw.subarray(1);
    return (raw[0] === TAG_STRING ? body.toString('utf8') : body) as Value;
  }

  async set(key: string, value: unknown, _ttl?: number): Promise<boolean> {
    let tag: number;
    let body: Buffer;
    if (Buffer.isBuffer(value)) {
      tag = TAG_BUFFER;
      body = value;
    } else if (value instanceof Uint8Array) {
      tag = TAG_BUFFER;
      body = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    } else if (typeof value === 'string') {
      tag = TAG_STRING;
      body = Buffer.from(value, 'utf8');
    } else {
      throw new TypeError('KeyvFileStore stores Buffers and strings only');
    }
    const target = this.pathFor(key);
    const tmpDir = join(this.root, TMP_DIR);
    await mkdir(tmpDir, { recursive: true });
    await mkdir(join(target, '..'), { recursive: true });
    const tmp = join(tmpDir, `${process.pid}-${randomBytes(8).toString('hex')}`);
    try {
      // writeFile takes an iterable of chunks: no copy of a large body.
      await writeFile(tmp, [Buffer.from([tag]), body], { flag: 'wx' });
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw e;
    }
    return true;
  }

  async has(key: string): Promise<boolean> {
    try {
      await stat(this.pathFor(key));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      await unlink(this.pathFor(key));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  /** Removes every entry (of every namespace) and stray temporary files. */
  async clear(): Promise<void> {
    for (const sub of [DATA_DIR, TMP_DIR]) {
      await rm(join(this.root, sub), { recursive: true, force: true });
    }
  }

  /** Number of entries on disk (all namespaces); for tests and tools. */
  async count(): Promise<number> {
    let n = 0;
    let fans: string[];
    try {
      fans = await readdir(join(this.root, DATA_DIR));
    } catch {
      return 0;
    }
    for (const fan of fans) n += (await readdir(join(this.root, DATA_DIR, fan))).length;
    return n;
  }

  async disconnect(): Promise<void> {
    /* nothing to release */
  }
}
