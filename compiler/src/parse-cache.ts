// Parsed modules, kept by content: the same source text always gives the
// same syntax tree, so a module that did not change since the last build is
// not parsed again. The bundled Python modules (re.py, json.py...) are the
// largest files most programs compile, and a serve loop re-reads every
// module on each save.
//
// Two levels: this process's memory (a serve loop), then a folder of trees
// as JSON in the cache folder (the next `aithon build`). Later stages change
// the tree they are given, so every caller gets its own copy.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModule } from './parser';
import { deserializeTree, serializeTree } from './tree-json';
import type * as S from './syntax';
import { cacheRoot, toolchainFingerprint } from './toolchain';

/** Below this size parsing is as fast as reading the cached tree back. */
const MIN_CACHED_SOURCE = 4096;
const MAX_IN_MEMORY = 64;

/** Trees as their JSON (see tree-json.ts): each use reads its own copy back, which is quicker than structuredClone. */
const inMemory = new Map<string, string>();

/**
 * parseModule, through the cache. Syntax errors are not cached (they throw,
 * as parseModule does). main.py is not cached: it is the file a user edits,
 * and one build parses it once (validate hands its tree to parse), so
 * keeping copies would cost more than it saves.
 */
export function parseModuleCached(file: string, source: string): S.Module {
  if (source.length < MIN_CACHED_SOURCE || isMain(file)) return parseModule(file, source);
  const key = createHash('sha256').update(toolchainFingerprint()).update('\0').update(file).update('\0').update(source).digest('hex').slice(0, 40);
  const kept = inMemory.get(key);
  if (kept !== undefined) return deserializeTree(kept);
  const path = join(cacheRoot(), 'parsed', key.slice(0, 2), `${key}.json`);
  let tree: S.Module | undefined;
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
    const loaded = deserializeTree(text);
    // A damaged entry (truncated, edited) fails to parse or is not this module: parse again.
    if (loaded.file === file && loaded.source === source) tree = loaded;
  } catch {
    /* missing or damaged: parse */
  }
  if (!tree) {
    tree = parseModule(file, source);
    text = serializeTree(tree);
    try {
      mkdirSync(join(path, '..'), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, text);
      renameSync(tmp, path);
    } catch {
      /* a read-only cache folder costs speed, not the build */
    }
  }
  if (inMemory.size >= MAX_IN_MEMORY) inMemory.delete(inMemory.keys().next().value!);
  inMemory.set(key, text!);
  // The caller changes this tree; later callers read their own copies from the text.
  return tree;
}

function isMain(file: string): boolean {
  return file === 'main.py' || file.endsWith('/main.py');
}

/** Empties the in-memory level, as a new process would start (tests). */
export function forgetParsedInMemory(): void {
  inMemory.clear();
}
