// Dev builds of big programs link unit objects in groups. At 2,000 functions
// the linker opened and read 2,000 object files on every link, most of an
// edit's link time. Instead the unit objects are split into 16 groups by the
// first hex digit of their unit key, each group merged into one relocatable
// object (`ld.lld -r`), and the link reads the 16 groups and the runtime.
//
// An edit changes one unit's key: only the group that lost the old key and
// the group that gained the new one are merged again, a few ms each; the
// others are reused as they are. The groups of an executable are kept in the
// cache folder beside its link stamp (`links/<hash of its path>.groups/`),
// one file per group, replaced when its members change, so the folder stays
// at 16 files per executable however many edits there are.
//
// A group is used only when its record names exactly its members (their
// object file names, which hold each object's content digest) and the
// SHA-256 of its bytes matches (checked once per process and again whenever
// the file's size or time changes), so a damaged group is merged again,
// never linked.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cacheRoot, runTool } from './toolchain';

/** Below this many unit objects the link reads them all: merging would cost more than it saves. */
export const groupedLinkMinimum = 64;

/** group file path -> "size:mtime:ino" when this process last verified its digest. */
const verified = new Map<string, string>();

function statStamp(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return undefined;
  }
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Where the groups of the executable `out` are kept. */
export function groupFolder(out: string): string {
  return join(cacheRoot(), 'links', `${sha256(out).slice(0, 32)}.groups`);
}

/**
 * The link's inputs for these unit objects (object folder paths, named
 * `<unit key>.<digest>.o`) and the executable `out`: the objects themselves
 * for a small program, else one merged object per group.
 */
export async function groupObjects(objects: readonly string[], out: string): Promise<string[]> {
  if (objects.length < groupedLinkMinimum) return [...objects];
  const groups = new Map<string, string[]>();
  for (const path of objects) {
    const digit = basename(path)[0];
    let members = groups.get(digit);
    if (!members) groups.set(digit, (members = []));
    members.push(path);
  }
  const dir = groupFolder(out);
  mkdirSync(dir, { recursive: true });
  const digits = [...groups.keys()].sort();
  return Promise.all(digits.map((digit) => mergedGroup(dir, digit, groups.get(digit)!.sort((a, b) => (basename(a) < basename(b) ? -1 : 1)))));
}

/** The group's merged object: the kept one when it still holds exactly these members, else merged now. */
async function mergedGroup(dir: string, digit: string, members: string[]): Promise<string> {
  const object = join(dir, `${digit}.o`);
  const record = join(dir, `${digit}.members`);
  const membersHash = sha256(members.map((m) => basename(m)).join('\n'));
  try {
    const [keptMembers, keptDigest] = readFileSync(record, 'utf8').split('\n');
    if (keptMembers === membersHash) {
      const stamp = statStamp(object);
      if (stamp !== undefined && (verified.get(object) === stamp || sha256(readFileSync(object)) === keptDigest)) {
        verified.set(object, stamp);
        return object;
      }
    }
  } catch {
    /* no group yet, or a damaged record: merge */
  }
  const tmp = `${object}.tmp-${process.pid}`;
  try {
    await runTool('ld.lld', ['-r', '-o', tmp, ...members]);
    const digest = sha256(readFileSync(tmp));
    // The record goes first: a build that stops between the two renames finds a record that does
    // not match the object's bytes, and merges again.
    writeFileSync(`${record}.tmp-${process.pid}`, `${membersHash}\n${digest}`);
    renameSync(`${record}.tmp-${process.pid}`, record);
    renameSync(tmp, object);
  } finally {
    rmSync(tmp, { force: true });
  }
  const stamp = statStamp(object);
  if (stamp !== undefined) verified.set(object, stamp);
  return object;
}
