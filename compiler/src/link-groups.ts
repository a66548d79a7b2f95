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
// never linked. The unit objects of a group are checked against their digests
// when the group is merged, the only time the link reads them: the build
// takes the objects of a big program from the object folder without checking
// each (units.ts, ObjectFolder.lookup), and compiles a damaged one again when
// a merge finds it (DamagedObjects).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cacheRoot, runTool } from './toolchain';
import { checkMember } from './units';

/** Objects a group was to be merged from that are gone or damaged (now removed): their units must be compiled again. */
export class DamagedObjects extends Error {
  constructor(readonly paths: string[]) {
    super(`${paths.length} unit object(s) gone or damaged since they were checked`);
  }
}

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
  const plans = [...groups.keys()].sort().map((digit) => {
    const members = groups.get(digit)!.sort((a, b) => (basename(a) < basename(b) ? -1 : 1));
    return { digit, members, kept: keptGroup(dir, digit, members) };
  });
  // The objects of the groups to merge are read now: each must still be the one its name's digest
  // says (the build may have taken them without a check, see ObjectFolder.lookup). Checked before
  // any merge starts, so that none is under way when the build compiles the damaged ones again.
  const damaged = plans.filter((p) => !p.kept).flatMap((p) => p.members.filter((m) => !checkMember(m)));
  if (damaged.length) throw new DamagedObjects(damaged);
  return Promise.all(plans.map((p) => p.kept ?? mergedGroup(dir, p.digit, p.members)));
}

/** The group's kept merged object when it still holds exactly these members and its bytes are those recorded. */
function keptGroup(dir: string, digit: string, members: string[]): string | undefined {
  const object = join(dir, `${digit}.o`);
  const record = join(dir, `${digit}.members`);
  try {
    const [keptMembers, keptDigest] = readFileSync(record, 'utf8').split('\n');
    if (keptMembers === membersDigest(members)) {
      const stamp = statStamp(object);
      if (stamp !== undefined && (verified.get(object) === stamp || sha256(readFileSync(object)) === keptDigest)) {
        verified.set(object, stamp);
        return object;
      }
    }
  } catch {
    /* no group yet, or a damaged record: merge */
  }
  return undefined;
}

const membersDigest = (members: string[]) => sha256(members.map((m) => basename(m)).join('\n'));

/** The group merged now from these members. */
async function mergedGroup(dir: string, digit: string, members: string[]): Promise<string> {
  const object = join(dir, `${digit}.o`);
  const record = join(dir, `${digit}.members`);
  const membersHash = membersDigest(members);
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
