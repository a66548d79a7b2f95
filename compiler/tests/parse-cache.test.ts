// The parse cache (compiler/src/parse-cache.ts): a cached tree equals a fresh
// parse, callers get copies they may change, and a damaged entry on disk is
// parsed again, never used.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetParsedInMemory, parseModuleCached } from '../src/parse-cache';
import { parseModule } from '../src/parser';

const source = ['# a module large enough to be cached', ...Array.from({ length: 300 }, (_, i) => `def f${i}(x):\n    return x * ${i} + ${10n ** 20n}\n`)].join('\n');

let dir = '';
const saved = process.env.AITHON_CACHE_DIR;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aithon-parse-cache-'));
  process.env.AITHON_CACHE_DIR = dir;
});

afterAll(() => {
  if (saved === undefined) delete process.env.AITHON_CACHE_DIR;
  else process.env.AITHON_CACHE_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('parse cache', () => {
  it('gives the tree a fresh parse gives, as a copy the caller may change', () => {
    const fresh = parseModule('helpers.py', source);
    const first = parseModuleCached('helpers.py', source);
    expect(first).toEqual(fresh);
    first.body.length = 0; // a later stage rewriting its tree
    expect(parseModuleCached('helpers.py', source)).toEqual(fresh);
  });

  it('keeps modules other than main.py on disk, and parses a damaged entry again', () => {
    const files = (): string[] =>
      readdirSync(join(dir, 'parsed'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name));
    const other = source.replace('a module', 'another module');
    const fresh = parseModule('other.py', other);
    parseModuleCached('other.py', other);
    const [entry] = files().filter((f) => readFileSync(f, 'utf8').includes('another module'));
    expect(entry).toBeDefined();
    // A new process reads the tree back from disk.
    forgetParsedInMemory();
    expect(parseModuleCached('other.py', other)).toEqual(fresh);
    // Truncated, or another module's tree under this key: parsed again, and the entry repaired.
    for (const damage of ['{"truncated": ', '{"file": "other.py", "source": "not this", "body": []}']) {
      writeFileSync(entry, damage);
      forgetParsedInMemory();
      expect(parseModuleCached('other.py', other)).toEqual(fresh);
      expect(readFileSync(entry, 'utf8')).toContain('another module');
    }
  });

  it('does not keep main.py (the file being edited)', () => {
    const before = readdirSync(join(dir, 'parsed'), { recursive: true }).length;
    parseModuleCached('main.py', source.replace('a module', 'the main module'));
    expect(readdirSync(join(dir, 'parsed'), { recursive: true }).length).toBe(before);
  });
});
