// The object folder's index of verified objects (units.ts ObjectFolder):
// a new process trusts an object whose size, time and inode are those an
// earlier build recorded, and checks the digest of any other.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ObjectFolder, unsavedIndexBound } from '../src/units';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => [d, `${d}.verified.json`].forEach((p) => rmSync(p, { recursive: true, force: true }))));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aithon-objects-'));
  dirs.push(dir);
  return dir;
}

const key = (n: number) => n.toString(16).padStart(40, '0');

describe('the object folder index', () => {
  it('a new process finds the recorded objects without listing their folders, and rebuilds a damaged one', () => {
    const dir = folder();
    const first = new ObjectFolder(dir);
    const paths = [1, 2, 3].map((n) => first.add(key(n), Buffer.from(`object ${n}`)));
    first.saveIndex(paths);
    expect(Object.keys(JSON.parse(readFileSync(`${dir}.verified.json`, 'utf8')))).toHaveLength(3);

    // Damaged after it was recorded: its stamp changed, so its digest is checked, and it is removed.
    writeFileSync(paths[1], 'object 2, damaged');
    const next = new ObjectFolder(dir);
    expect(next.lookup([key(1), key(2), key(3), key(4)])).toEqual([paths[0], undefined, paths[2], undefined]);
    expect(readdirSync(join(dir, key(2).slice(0, 2))).filter((f) => f.startsWith(key(2)))).toEqual([]);
  });

  it('a damaged index is ignored: every object is checked by its digest', () => {
    const dir = folder();
    const first = new ObjectFolder(dir);
    const path = first.add(key(5), Buffer.from('object 5'));
    first.saveIndex([path]);
    writeFileSync(`${dir}.verified.json`, '{"not": ');
    writeFileSync(path, 'object 6');
    expect(new ObjectFolder(dir).lookup([key(5)])).toEqual([undefined]);
  });

  it('is rewritten only once enough objects were checked or written since it was saved; the others are checked by digest', () => {
    const dir = folder();
    const first = new ObjectFolder(dir);
    const saved = first.add(key(7), Buffer.from('object 7'));
    first.saveIndex([saved]);
    expect(first.indexWorthSaving()).toBe(false);
    // A serve cycle's one new object: not worth rewriting the index for.
    const unsaved = first.add(key(8), Buffer.from('object 8'));
    expect(first.indexWorthSaving()).toBe(false);
    expect(Object.keys(JSON.parse(readFileSync(`${dir}.verified.json`, 'utf8')))).toHaveLength(1);
    // A next process checks the unrecorded object by its digest: a damaged one is not linked.
    writeFileSync(unsaved, 'object 9');
    expect(new ObjectFolder(dir).lookup([key(7), key(8)])).toEqual([saved, undefined]);
    for (let n = 0; n < unsavedIndexBound; n++) first.add(key(100 + n), Buffer.from(`object ${100 + n}`));
    expect(first.indexWorthSaving()).toBe(true);
  });
});
