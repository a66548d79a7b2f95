// The function-level cache of dev builds. Every unit (one function's LLVM
// module, or the program's data; see llvm.ts emitUnits) goes
//
//     LLVM text --opt--> optimised bitcode --codegen--> object
//
// and each step's output is stored in the unit store (unit-store.ts) under
// `bc:<unit key>` and `o:<unit key>`, the key being the SHA-256 of the
// toolchain fingerprint, the profile and the unit's text. The text of a unit
// holds its function's code, its inferred signature (in its symbol name) and
// the declarations of everything it calls or reads, so the key changes
// exactly when one of those does.
//
// Missing units are compiled in batches, one aithon-unitc process per batch
// (compiler/native/unitc.c: libLLVM loaded once, a few ms per unit), the
// batches spread over a piscina pool sized to the cores.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import type { EmittedUnit } from './llvm';
import { buildUnitCompiler, cacheRoot, countToolRuns, packageRoot, ToolchainError, toolchainFingerprint } from './toolchain';
import { launchUnitBatch, type UnitBatchResult, type UnitBatchTask, type UnitStep } from './unit-worker';
import { unitStore, type UnitStoreStats } from './unit-store';

export interface KeyedUnit {
  /** Content hash: names the unit's files and cache entries. */
  key: string;
  name: string;
  text: string;
}

/**
 * The cache key of each unit. The fingerprint covers the compiler, the
 * runtime, the unit compiler (its optimisation and code generation settings
 * live in unitc.c) and the LLVM version; the target is in the unit's text.
 */
export function keyUnits(units: readonly EmittedUnit[]): KeyedUnit[] {
  const salt = `${toolchainFingerprint()}\0dev-O1\0`;
  if (lastKeys.salt !== salt) lastKeys = { salt, byName: new Map() };
  const byName = new Map<string, { text: string; key: string }>();
  const keyed = units.map((u) => {
    // A serve cycle emits the same text for nearly every unit: comparing it with the last
    // cycle's is much cheaper than hashing it again.
    const last = lastKeys.byName.get(u.name);
    const key = last?.text === u.text ? last.key : createHash('sha256').update(salt).update(u.text).digest('hex').slice(0, 40);
    byName.set(u.name, { text: u.text, key });
    return { key, name: u.name, text: u.text };
  });
  lastKeys = { salt, byName };
  return keyed;
}

/** The units keyed by the last keyUnits of this process, by name (only the last build's: memory stays bounded). */
let lastKeys: { salt: string; byName: Map<string, { text: string; key: string }> } = { salt: '', byName: new Map() };

// ---------------------------------------------------------------- the pool

type Pool = { run(task: UnitBatchTask): Promise<UnitBatchResult>; destroy(): Promise<void> };
let pool: Pool | undefined;

/** The worker script: compiled JavaScript (lib/), also when the compiler runs from sources under vitest. */
function workerFile(): string {
  const here = join(__dirname, 'unit-worker.js');
  return existsSync(here) ? here : join(packageRoot(), 'lib', 'compiler', 'src', 'unit-worker.js');
}

function workerPool(): Pool {
  if (!pool) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Piscina } = require('piscina') as typeof import('piscina');
    // One worker per core; idle ones stay for the next build of a serve loop.
    pool = new Piscina({ filename: workerFile(), minThreads: 1, maxThreads: Math.max(1, availableParallelism()), idleTimeout: 60_000 }) as unknown as Pool;
  }
  return pool;
}

/** Stops the worker threads (the CLI when it is done, tests). */
export async function closeUnitPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}

/**
 * Splits units into batches: one per core, but never so small that starting
 * a process would cost more than the compiling it does.
 */
function batches<T>(items: T[]): T[][] {
  const minPerBatch = 16;
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(items.length / minPerBatch)));
  const size = Math.ceil(items.length / count);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface StepOutputs {
  bitcode: Buffer[];
  objects: Buffer[];
  invocations: number;
}

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Runs one step over units on the pool, one aithon-unitc process per batch. */
async function compileOnPool(step: UnitStep, items: { key: string; input: Buffer }[]): Promise<StepOutputs> {
  if (items.length === 0) return { bitcode: [], objects: [], invocations: 0 };
  const unitc = await buildUnitCompiler();
  const parts = batches(items);
  const results = await Promise.all(
    parts.map(async (batch) => {
      // A single batch (an edit's few units) is started from here (through the tool launcher when
      // serve runs one): starting a worker thread would cost more.
      const task: UnitBatchTask = { step, unitc, units: batch };
      const r = parts.length === 1 ? await launchUnitBatch(task) : await workerPool().run(task);
      countToolRuns('aithon-unitc', [step, `${batch.length} units`], r.ms);
      if (r.error) throw new ToolchainError(r.error);
      return r;
    }),
  );
  return {
    bitcode: results.flatMap((r) => r.bitcode.map(asBuffer)),
    objects: results.flatMap((r) => r.objects.map(asBuffer)),
    invocations: parts.length,
  };
}

// ---------------------------------------------------------------- steps

export interface StepResult {
  outputs: Buffer[];
  /** Units compiled now (found in neither store). */
  compiled: number;
  invocations: number;
}

/** The opt step alone (the Nx `opt` target): LLVM text -> optimised bitcode, through the store. */
export async function optimiseUnits(units: readonly KeyedUnit[]): Promise<StepResult> {
  const store = unitStore();
  const outputs = await Promise.all(units.map((u) => store.get(`bc:${u.key}`)));
  const missing = units.map((_, i) => i).filter((i) => !outputs[i]);
  const built = await compileOnPool('opt', missing.map((i) => ({ key: units[i].key, input: Buffer.from(units[i].text) })));
  await Promise.all(missing.map((i, j) => ((outputs[i] = built.bitcode[j]), store.put(`bc:${units[i].key}`, built.bitcode[j]))));
  await store.flush();
  return { outputs: outputs as Buffer[], compiled: missing.length, invocations: built.invocations };
}

/** The codegen step alone (the Nx `codegen` target): optimised bitcode -> object, through the store. */
export async function generateObjects(keys: readonly string[], bitcode: (i: number) => Buffer): Promise<StepResult> {
  const store = unitStore();
  const outputs = await Promise.all(keys.map((k) => store.get(`o:${k}`)));
  const missing = keys.map((_, i) => i).filter((i) => !outputs[i]);
  const built = await compileOnPool('codegen', missing.map((i) => ({ key: keys[i], input: bitcode(i) })));
  await Promise.all(missing.map((i, j) => ((outputs[i] = built.objects[j]), store.put(`o:${keys[i]}`, built.objects[j]))));
  await store.flush();
  return { outputs: outputs as Buffer[], compiled: missing.length, invocations: built.invocations };
}

export interface CompiledUnits {
  /** Object files, in unit order. */
  objects: string[];
  /** Units compiled by this build (their object found in no cache). */
  recompiled: number;
  store: UnitStoreStats;
}

/**
 * The local object cache: `<key[0:2]>/<unit key>.<sha256 of the bytes>.o`
 * files that the linker reads in place. Creating a file costs more here than
 * reading one, so objects are written once, not copied per build; the digest
 * in the name is checked against the bytes before every link (a stat match
 * with this process's last check is enough), so a damaged file is rebuilt,
 * never linked. The folder grows by thousands of files over a day of serve
 * cycles, and listing one flat folder of 80,000 names took 0.4 s per cycle:
 * so files are spread over 256 subfolders, a unit's file is remembered
 * between the builds of one process, and only the subfolder of a unit this
 * process has not seen yet is read.
 */
/** An object file's name: `<unit key>.<sha256 of its bytes>.o`. */
const objectFileName = /^([0-9a-f]{40})\.([0-9a-f]{64})\.o$/;
/** Objects checked or written since the last save of the index, at which it is saved again (ObjectFolder.indexWorthSaving). */
export const unsavedIndexBound = 32;

export class ObjectFolder {
  /** file name -> "size:mtime:ino" when this process (or, through the index, an earlier one) last verified it (a name gives its path: see subfolder). */
  private readonly verified = new Map<string, string>();
  /** unit key -> file name, as last seen on disk or written. */
  private readonly known = new Map<string, string>();
  private indexLoaded = false;
  /**
   * The index as read (file name -> stamp), and its names by unit key: an
   * entry is checked and taken into `known` and `verified` only when its
   * unit is looked up, as a build uses a few of its up to 50,000 entries
   * (taking them all in cost a small program's build a tenth of a second).
   */
  private index: Record<string, unknown> = {};
  private readonly indexNames = new Map<string, string>();
  /**
   * Objects whose digest was checked or that were written since the index was last saved (their
   * names). The index is rewritten only once these are many (see indexWorthSaving): at its bound
   * of 50,000 entries it is 7 MB of JSON, and writing it after every serve cycle for the one unit
   * an edit compiled cost more main-thread time (about 200 ms) than the rest of the opt stage.
   */
  readonly verifiedSinceSave = new Set<string>();
  constructor(readonly dir: string) {}

  /**
   * Whether the index should be written now: when this process checked or wrote at least
   * `unsavedIndexBound` objects since the last save. Below that a next process checks those
   * few objects' digests itself (reading and hashing a few KB each, about a millisecond for all),
   * which is what an unsaved entry costs; nothing is trusted that was not checked.
   */
  indexWorthSaving(): boolean {
    return this.verifiedSinceSave.size >= unsavedIndexBound;
  }


  /**
   * `objects.verified.json`, beside the folder (which holds only the 256
   * subfolders): the objects of the last builds with the stamp each had
   * when its digest was checked, so a new process (every `aithon build`)
   * neither reads and hashes 2,000 unchanged objects again nor lists their
   * subfolders: it trusts a file whose size, time and inode are still those
   * recorded, as a serve process trusts the files it checked itself.
   */
  private get indexFile(): string {
    return `${this.dir}.verified.json`;
  }

  private loadIndex(): void {
    if (this.indexLoaded) return;
    this.indexLoaded = true;
    try {
      const entries: unknown = JSON.parse(readFileSync(this.indexFile, 'utf8'));
      if (entries && typeof entries === 'object' && !Array.isArray(entries)) this.index = entries as Record<string, unknown>;
    } catch {
      return; /* none yet, or damaged: every object is checked by its digest */
    }
    for (const name in this.index) this.indexNames.set(name.slice(0, 40), name);
  }

  /** Takes what the index says of `key`'s object into `known` and `verified`, when the entry is well-formed. */
  private takeFromIndex(key: string): void {
    const name = this.indexNames.get(key);
    if (name === undefined) return;
    this.indexNames.delete(key);
    const stamp = this.index[name];
    if (!objectFileName.test(name) || typeof stamp !== 'string') return;
    if (!this.known.has(key)) this.known.set(key, name);
    if (!this.verified.has(name)) this.verified.set(name, stamp);
  }

  /** Records the verified objects of a build (`paths`) for the next process; earlier entries stay, up to a bound. */
  saveIndex(paths: readonly string[]): void {
    const maxEntries = 50_000;
    const entries = new Map<string, string>();
    const add = (name: string) => {
      const stamp = this.verified.get(name);
      if (stamp) entries.set(name, stamp);
    };
    for (const path of paths) add(basename(path));
    for (const name of this.verified.keys()) {
      if (entries.size >= maxEntries) break;
      add(name);
    }
    // Entries of earlier builds this process did not look up.
    for (const name in this.index) {
      if (entries.size >= maxEntries) break;
      const stamp = this.index[name];
      if (!entries.has(name) && !this.verified.has(name) && typeof stamp === 'string' && objectFileName.test(name)) entries.set(name, stamp);
    }
    this.verifiedSinceSave.clear();
    try {
      const tmp = `${this.indexFile}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(entries)));
      renameSync(tmp, this.indexFile);
    } catch {
      /* a read-only cache folder: the next process checks digests */
    }
  }

  private subfolder(key: string): string {
    return join(this.dir, key.slice(0, 2));
  }

  /** Reads one subfolder's names into `known`. */
  private scan(sub: string): void {
    let names: string[] = [];
    try {
      names = readdirSync(join(this.dir, sub));
    } catch {
      return;
    }
    for (const name of names) {
      const m = objectFileName.exec(name);
      if (m) this.known.set(m[1], name);
    }
  }

  /**
   * The verified object file of each key (undefined: none on disk, or a damaged one, now removed).
   * `readThroughGroups`: the link reads these objects only through their link groups
   * (link-groups.ts), whose merge checks each member again (checkMember) and whose kept bytes
   * are checked by their own digest. An object verified before (by this process, or recorded in
   * the index) is then returned without its stat now: in a serve cycle 2,000 stats for the
   * objects of unchanged groups, which the link does not read.
   */
  lookup(keys: readonly string[], readThroughGroups = false): (string | undefined)[] {
    this.loadIndex();
    for (const key of keys) this.takeFromIndex(key);
    const found = keys.map((key) => {
      const name = this.known.get(key);
      if (!name) return undefined;
      return readThroughGroups && this.verified.has(name) ? join(this.subfolder(key), name) : this.check(name);
    });
    const unseen = new Set(keys.filter((_, i) => !found[i]).map((key) => key.slice(0, 2)));
    if (unseen.size === 0) return found;
    for (const sub of unseen) this.scan(sub);
    return keys.map((key, i) => {
      if (found[i]) return found[i];
      const name = this.known.get(key);
      return name ? this.check(name) : undefined;
    });
  }

  /** The path of `name` when its bytes still match the digest in its name; else removes it. */
  check(name: string): string | undefined {
    const key = name.slice(0, 40);
    const path = join(this.subfolder(key), name);
    try {
      const st = statSync(path);
      const stamp = `${st.size}:${st.mtimeMs}:${st.ino}`;
      if (this.verified.get(name) === stamp) return path;
      const digest = name.split('.')[1];
      if (createHash('sha256').update(readFileSync(path)).digest('hex') === digest) {
        this.verified.set(name, stamp);
        this.verifiedSinceSave.add(name);
        return path;
      }
    } catch {
      /* vanished: rebuilt */
    }
    this.verified.delete(name);
    delete this.index[name];
    if (this.known.get(key) === name) this.known.delete(key);
    rmSync(path, { force: true });
    return undefined;
  }

  /** The path of these bytes as `key`'s object: the file already there, or a new one. */
  put(key: string, bytes: Buffer): string {
    const name = `${key}.${createHash('sha256').update(bytes).digest('hex')}.o`;
    return this.check(name) ?? this.add(key, bytes);
  }

  add(key: string, bytes: Buffer): string {
    const name = `${key}.${createHash('sha256').update(bytes).digest('hex')}.o`;
    const dir = this.subfolder(key);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path); // atomic: a concurrent build never links half a file
    const st = statSync(path);
    this.verified.set(name, `${st.size}:${st.mtimeMs}:${st.ino}`);
    this.known.set(key, name);
    this.verifiedSinceSave.add(name);
    return path;
  }
}

let openFolder: ObjectFolder | undefined;

/** The object folder of the current cache folder. */
export function objectFolder(): ObjectFolder {
  const dir = join(cacheRoot(), 'objects');
  if (openFolder?.dir !== dir) openFolder = new ObjectFolder(dir);
  return openFolder;
}

/**
 * LLVM text -> object for every unit, for the in-process pipeline (CLI,
 * serve): from the object folder, else from the shared store, else compiled.
 * A unit whose bitcode is stored only runs codegen; one with neither runs
 * both steps in one pass. `readThroughGroups`: see ObjectFolder.lookup (the
 * link then checks the objects it merges with checkMember).
 */
export async function compileUnits(units: readonly EmittedUnit[], readThroughGroups = false): Promise<CompiledUnits> {
  const keyed = keyUnits(units);
  const folder = objectFolder();
  const paths = folder.lookup(
    keyed.map((u) => u.key),
    readThroughGroups,
  );
  const store = unitStore();
  const todo = keyed.map((_, i) => i).filter((i) => !paths[i]);
  const shared = await Promise.all(todo.map((i) => store.get(`o:${keyed[i].key}`, { local: false })));
  todo.forEach((i, j) => shared[j] && (paths[i] = folder.add(keyed[i].key, shared[j]!)));
  const needObject = todo.filter((_, j) => !shared[j]);
  const storedBitcode = await Promise.all(needObject.map((i) => store.get(`bc:${keyed[i].key}`)));
  const fromBitcode = needObject.filter((_, j) => storedBitcode[j]);
  const fromText = needObject.filter((_, j) => !storedBitcode[j]);
  const [gen, both] = await Promise.all([
    compileOnPool('codegen', fromBitcode.map((i) => ({ key: keyed[i].key, input: storedBitcode[needObject.indexOf(i)]! }))),
    compileOnPool('both', fromText.map((i) => ({ key: keyed[i].key, input: Buffer.from(keyed[i].text) }))),
  ]);
  const puts: Promise<void>[] = [];
  fromBitcode.forEach((i, j) => {
    paths[i] = folder.add(keyed[i].key, gen.objects[j]);
    puts.push(store.put(`o:${keyed[i].key}`, gen.objects[j], { local: false }));
  });
  fromText.forEach((i, j) => {
    paths[i] = folder.add(keyed[i].key, both.objects[j]);
    puts.push(store.put(`bc:${keyed[i].key}`, both.bitcode[j]), store.put(`o:${keyed[i].key}`, both.objects[j], { local: false }));
  });
  await Promise.all(puts);
  await store.flush();
  // Only when many objects were checked or made: an unchanged build, or a serve cycle that compiled
  // its one edited unit, reads the index and writes nothing.
  if (folder.indexWorthSaving()) folder.saveIndex(paths as string[]);
  return { objects: paths as string[], recompiled: needObject.length, store: { ...store.stats } };
}

/**
 * The object at `path` (an object folder path) when its bytes still match its digest, checked as
 * lookup checks it; false when it is gone or damaged (it is then removed, and a build that
 * compiles its units again makes it anew).
 */
export function checkMember(path: string): boolean {
  return objectFolder().check(basename(path)) !== undefined;
}
