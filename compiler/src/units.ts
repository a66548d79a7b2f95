// The function-level cache of dev builds: each unit (one function's LLVM
// module, see llvm.ts emitUnits) compiles to an object file stored under the
// hash of its text and of the toolchain. A unit found in the cache is not
// compiled again; the missing ones are compiled together, by one clang
// process. Every stored object carries the digest of its bytes and is checked
// when used, so a truncated or corrupted entry is rebuilt, never linked.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedUnit } from './llvm';
import { cacheRoot, runTool, toolchainFingerprint } from './toolchain';

/** Flags every dev unit compiles with (part of the cache key). */
const unitFlags = ['-O1', '-fPIC', '-c', '-Wno-override-module'];

export interface CompiledUnits {
  objects: string[];
  recompiled: number;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The cache folder: AITHON_CACHE_DIR (or the default cache root) / units. */
function unitsDir(): string {
  return join(cacheRoot(), 'units');
}

/** A cached object whose bytes still match their recorded digest, or null. */
function cachedObject(key: string): string | null {
  const obj = join(unitsDir(), key.slice(0, 2), `${key}.o`);
  const sum = `${obj}.sha256`;
  if (!existsSync(obj) || !existsSync(sum)) return null;
  try {
    if (sha256(readFileSync(obj)) === readFileSync(sum, 'utf8').trim()) return obj;
  } catch {
    /* unreadable: rebuilt below */
  }
  rmSync(obj, { force: true });
  rmSync(sum, { force: true });
  return null;
}

/** Stores a freshly compiled object (atomically: temp file, then rename). */
function store(key: string, built: string): string {
  const dir = join(unitsDir(), key.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  const obj = join(dir, `${key}.o`);
  const bytes = readFileSync(built);
  const tmp = `${obj}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  writeFileSync(`${tmp}.sha256`, sha256(bytes));
  renameSync(tmp, obj);
  renameSync(`${tmp}.sha256`, `${obj}.sha256`);
  return obj;
}

export async function compileUnits(units: EmittedUnit[], work: string): Promise<CompiledUnits> {
  const salt = `${toolchainFingerprint()}\0${unitFlags.join(' ')}\0`;
  const objects: string[] = new Array(units.length);
  const missing: { index: number; key: string; ll: string }[] = [];
  units.forEach((u, i) => {
    const key = sha256(salt + u.text);
    const hit = cachedObject(key);
    if (hit) objects[i] = hit;
    else missing.push({ index: i, key, ll: `u${i}.ll` });
  });
  if (missing.length) {
    const dir = join(work, 'units');
    mkdirSync(dir, { recursive: true });
    for (const m of missing) writeFileSync(join(dir, m.ll), units[m.index].text);
    // One clang process compiles every missing unit (each input gives uN.o).
    const batch = 512;
    for (let i = 0; i < missing.length; i += batch) {
      await runTool('clang', [...unitFlags, ...missing.slice(i, i + batch).map((m) => m.ll)], dir);
    }
    for (const m of missing) objects[m.index] = store(m.key, join(dir, m.ll.replace(/\.ll$/, '.o')));
  }
  return { objects, recompiled: missing.length };
}
