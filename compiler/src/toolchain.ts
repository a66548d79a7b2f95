// The LLVM tools and the runtime library they link with.
//
// Tools are found through $AITHON_LLVM_DIR, then /usr/lib/llvm-19/bin, then
// PATH. The runtime (runtime/src/**/*.c) is compiled once per content hash into
// LLVM bitcode (for link-time inlining into user code) and a static library,
// kept in the cache folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { launchTool } from './tool-launcher';

export type LlvmTool = 'clang' | 'opt' | 'llc' | 'llvm-link' | 'llvm-ar' | 'ld.lld';
/** What --json's llvmInvocations counts: the LLVM tools, and our own unit compiler (it is libLLVM). */
export type CountedTool = LlvmTool | 'aithon-unitc';

/** Debian package that provides each tool, for the error message. */
const toolPackage: Record<LlvmTool, string> = {
  clang: 'clang-19',
  opt: 'llvm-19',
  llc: 'llvm-19',
  'llvm-link': 'llvm-19',
  'llvm-ar': 'llvm-19',
  'ld.lld': 'lld-19',
};

export class ToolchainError extends Error {}

const found = new Map<LlvmTool, string>();

function isExecutable(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function findTool(tool: LlvmTool): string {
  const cached = found.get(tool);
  if (cached) return cached;
  const dirs: string[] = [];
  if (process.env.AITHON_LLVM_DIR) dirs.push(process.env.AITHON_LLVM_DIR);
  dirs.push('/usr/lib/llvm-19/bin');
  const fromPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  // On PATH, prefer the versioned name (clang-19) over an unversioned one of unknown version.
  for (const d of dirs) {
    const p = join(d, tool);
    if (isExecutable(p)) {
      found.set(tool, p);
      return p;
    }
  }
  for (const name of [`${tool}-19`, tool]) {
    for (const d of fromPath) {
      const p = join(d, name);
      if (isExecutable(p)) {
        found.set(tool, p);
        return p;
      }
    }
  }
  throw new ToolchainError(
    `LLVM tool '${tool}' not found (looked in $AITHON_LLVM_DIR, /usr/lib/llvm-19/bin and PATH).\n` +
      `hint: install Debian's ${toolPackage[tool]} (apt-get install -y ${toolPackage[tool]}), or run \`npm run setup\`, or point AITHON_LLVM_DIR at an LLVM 19 bin folder`,
  );
}

export interface ToolRun {
  tool: CountedTool;
  args: string[];
  ms: number;
}

/** The last LLVM processes the compiler started (bounded: a serve process lives long). */
export const toolRuns: ToolRun[] = [];
/** How many LLVM processes this process has started, for --json's llvmInvocations. */
export let toolRunCount = 0;
const keptToolRuns = 256;

/** Records one LLVM process (started here, or by a worker thread of the unit pool). */
export function countToolRuns(tool: CountedTool, args: string[], ms: number): void {
  toolRunCount++;
  toolRuns.push({ tool, args, ms });
  if (toolRuns.length > keptToolRuns) toolRuns.splice(0, toolRuns.length - keptToolRuns);
}

export function runTool(tool: LlvmTool, args: string[], cwd?: string): Promise<string> {
  return runToolAt(tool, findTool(tool), args, cwd);
}

/** runTool with the tool's binary given (a path clang's driver named); started through the tool launcher when one runs. */
async function runToolAt(tool: LlvmTool, bin: string, args: string[], cwd?: string): Promise<string> {
  const started = performance.now();
  const ran = await launchTool({ file: bin, args, cwd, maxBuffer: 64 * 1024 * 1024 });
  countToolRuns(tool, args, performance.now() - started);
  if (ran.error) throw new ToolchainError(`${tool} failed (${args.join(' ')}):\n${ran.stderr.toString('utf8') || ran.error.message}`);
  return ran.stdout.toString('utf8');
}

/** The package's root folder (holds runtime/ and lib/). */
export function packageRoot(): string {
  // This file is compiler/src/toolchain.ts, or lib/compiler/src/toolchain.js once built.
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'runtime', 'include', 'aithon.h'))) return dir;
    dir = join(dir, '..');
  }
  throw new ToolchainError(`cannot find the AIthon runtime sources (runtime/include/aithon.h) above ${__dirname}`);
}

export function cacheRoot(): string {
  if (process.env.AITHON_CACHE_DIR) return process.env.AITHON_CACHE_DIR;
  const xdg = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(xdg, 'aithon');
}

function listSources(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listSources(p, out);
    else if (e.name.endsWith('.c') || e.name.endsWith('.h')) out.push(p);
  }
}

let runtimeDigestMemo: { root: string; files: string[]; digest: Buffer } | undefined;

/**
 * SHA-256 of every runtime source (its path under the runtime folder, then
 * its bytes), read once per process: the toolchain fingerprint and the
 * runtime's cache folder both depend on it.
 */
function runtimeSourcesDigest(): Buffer {
  const { root, files } = runtimeSources();
  if (runtimeDigestMemo?.root === root && runtimeDigestMemo.files.join('\0') === files.join('\0')) return runtimeDigestMemo.digest;
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(root, f));
    h.update(readFileSync(f));
  }
  runtimeDigestMemo = { root, files, digest: h.digest() };
  return runtimeDigestMemo.digest;
}

export function runtimeSources(): { root: string; files: string[] } {
  // AITHON_RUNTIME_DIR: build against another copy of runtime/ (runtime development).
  const root = process.env.AITHON_RUNTIME_DIR || join(packageRoot(), 'runtime');
  const files: string[] = [];
  listSources(join(root, 'src'), files);
  listSources(join(root, 'include'), files);
  files.sort();
  return { root, files };
}

/** Flags every runtime translation unit is compiled with. */
export const runtimeCFlags = ['-std=c11', '-O2', '-fPIC', '-fno-math-errno', '-Wall', '-Wextra'];

let llvmVersionMemo: string | undefined;

/**
 * First line of `clang --version` (same on every machine with the same LLVM
 * package). Kept in the cache folder beside the binary's size, time and
 * inode, so a new process runs clang only when the binary changed: running
 * it cost 50-250 ms of every `aithon build`.
 */
export function llvmVersion(): string {
  if (llvmVersionMemo === undefined) {
    try {
      llvmVersionMemo = keptLlvmVersion(findTool('clang'));
    } catch {
      llvmVersionMemo = 'llvm-not-found';
    }
  }
  return llvmVersionMemo;
}

function keptLlvmVersion(clang: string): string {
  const st = statSync(clang);
  const stamp = `${clang}\0${st.size}\0${st.mtimeMs}\0${st.ino}`;
  const file = join(cacheRoot(), 'tools', `llvm-version-${createHash('sha256').update(clang).digest('hex').slice(0, 20)}`);
  try {
    const [keptStamp, version] = readFileSync(file, 'utf8').split('\n');
    if (keptStamp === stamp && version) return version;
  } catch {
    /* not kept yet */
  }
  const version = execFileSync(clang, ['--version'], { encoding: 'utf8' }).split('\n')[0];
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, `${stamp}\n${version}`);
    renameSync(tmp, file);
  } catch {
    /* a read-only cache folder: clang is asked again next time */
  }
  return version;
}

let fingerprintMemo: string | undefined;

/** Content hash of the compiler, the runtime sources and the flags (not of paths or times). */
export function toolchainFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const h = createHash('sha256');
  h.update(runtimeSourcesDigest());
  h.update(runtimeCFlags.join(' '));
  h.update(llvmVersion());
  h.update(readFileSync(unitCompilerSource()));
  // The standard-library modules written in Python are compiled with every program that imports them.
  const pylib = join(packageRoot(), 'compiler', 'pylib');
  for (const f of readdirSync(pylib).sort()) {
    if (!f.endsWith('.py')) continue;
    h.update(f);
    h.update(readFileSync(join(pylib, f)));
  }
  const compilerDir = __dirname;
  for (const f of readdirSync(compilerDir).sort()) {
    if (f.endsWith('.js') || f.endsWith('.ts')) {
      if (f.endsWith('.d.ts') || f.endsWith('.test.ts')) continue;
      h.update(f);
      h.update(readFileSync(join(compilerDir, f)));
    }
  }
  fingerprintMemo = h.digest('hex').slice(0, 16);
  return fingerprintMemo;
}

/** What clang targets with the runtime's flags; emitted functions must match it or LTO will not inline across them. */
export interface TargetInfo {
  triple: string;
  dataLayout: string;
  /** Function attributes such as "target-cpu"="x86-64" "target-features"="+sse2,...". */
  functionAttributes: string;
}

export interface RuntimeArtifacts {
  bitcode: string;
  archive: string;
  target: TargetInfo;
}

let runtimeBuild: Promise<RuntimeArtifacts> | undefined;

/** Builds (or finds in the cache) the runtime's bitcode and static library. */
export function buildRuntime(): Promise<RuntimeArtifacts> {
  runtimeBuild ??= buildRuntimeUncached();
  return runtimeBuild;
}

async function buildRuntimeUncached(): Promise<RuntimeArtifacts> {
  const { root, files } = runtimeSources();
  const h = createHash('sha256');
  h.update(runtimeSourcesDigest());
  h.update(runtimeCFlags.join(' '));
  h.update(findTool('clang'));
  const dir = join(cacheRoot(), 'runtime', h.digest('hex').slice(0, 20));
  const bitcode = join(dir, 'aithonrt.bc');
  const archive = join(dir, 'libaithonrt.a');
  const targetFile = join(dir, 'target.json');
  if (existsSync(bitcode) && existsSync(archive) && existsSync(targetFile)) {
    return { bitcode, archive, target: JSON.parse(readFileSync(targetFile, 'utf8')) as TargetInfo };
  }

  // Build in a private folder, then rename into place: concurrent builds
  // (several Nx tasks, test workers) never see a half-written runtime.
  const work = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(work, { recursive: true });
  const cfiles = files.filter((f) => f.endsWith('.c'));
  const include = ['-I', join(root, 'include'), '-I', join(root, 'src')];
  const bcs: string[] = [];
  const objs: string[] = [];
  await runLimited(
    cfiles.map((c, i) => async () => {
      const base = `${i}-${relative(join(root, 'src'), c).replace(/[/\\]/g, '_').replace(/\.c$/, '')}`;
      const bc = join(work, `${base}.bc`);
      const o = join(work, `${base}.o`);
      await runTool('clang', [...runtimeCFlags, ...include, '-emit-llvm', '-c', c, '-o', bc]);
      await runTool('clang', [...runtimeCFlags, ...include, '-c', c, '-o', o]);
      bcs[i] = bc;
      objs[i] = o;
    }),
    2,
  );
  await runTool('llvm-link', [...bcs, '-o', join(work, 'aithonrt.bc')]);
  const target = await probeTarget(work);
  writeFileSync(join(work, 'target.json'), JSON.stringify(target, null, 2));
  await runTool('llvm-ar', ['rcs', join(work, 'libaithonrt.a'), ...objs]);
  mkdirSync(join(dir, '..'), { recursive: true });
  try {
    renameSync(work, dir);
  } catch {
    // Another process won the race: its result is identical.
    rmSync(work, { recursive: true, force: true });
  }
  return { bitcode, archive, target };
}

let unitCompilerBuild: Promise<string> | undefined;

/** The unit compiler's source (compiler/native/unitc.c). */
export function unitCompilerSource(): string {
  return join(packageRoot(), 'compiler', 'native', 'unitc.c');
}

/**
 * Builds (or finds in the cache) `aithon-unitc`, the program that compiles
 * many function units in one process against libLLVM (see unitc.c for why).
 */
export function buildUnitCompiler(): Promise<string> {
  unitCompilerBuild ??= (async () => {
    const source = unitCompilerSource();
    const clang = findTool('clang');
    const llvmRoot = join(clang, '..', '..');
    const include = join(llvmRoot, 'include');
    const lib = join(llvmRoot, 'lib');
    if (!existsSync(join(include, 'llvm-c', 'Core.h'))) {
      throw new ToolchainError(
        `libLLVM's C headers are missing (${join(include, 'llvm-c', 'Core.h')}).\n` +
          `hint: install Debian's llvm-19-dev (apt-get install -y llvm-19-dev), or run \`npm run setup\``,
      );
    }
    const h = createHash('sha256').update(readFileSync(source)).update(clang).update(llvmVersion());
    const dir = join(cacheRoot(), 'tools', h.digest('hex').slice(0, 20));
    const exe = join(dir, 'aithon-unitc');
    if (existsSync(exe)) return exe;
    mkdirSync(dir, { recursive: true });
    const tmp = `${exe}.tmp-${process.pid}`;
    await runTool('clang', ['-std=c11', '-O2', '-Wall', '-Wextra', source, '-I', include, '-L', lib, '-lLLVM-19', `-Wl,-rpath,${lib}`, '-o', tmp]);
    renameSync(tmp, exe); // atomic: a concurrent build sees no half-written tool
    return exe;
  })();
  unitCompilerBuild.catch(() => (unitCompilerBuild = undefined));
  return unitCompilerBuild;
}

/** Compiles an empty function with the runtime's flags and reads off clang's target description. */
async function probeTarget(work: string): Promise<TargetInfo> {
  const c = join(work, 'probe.c');
  const ll = join(work, 'probe.ll');
  writeFileSync(c, 'void aithon_probe(void) {}\n');
  await runTool('clang', [...runtimeCFlags, '-emit-llvm', '-S', c, '-o', ll]);
  const text = readFileSync(ll, 'utf8');
  const triple = /^target triple = "([^"]*)"/m.exec(text)?.[1] ?? '';
  const dataLayout = /^target datalayout = "([^"]*)"/m.exec(text)?.[1] ?? '';
  const attrs = [...text.matchAll(/"(target-cpu|target-features|tune-cpu)"="[^"]*"/g)].map((m) => m[0]);
  return { triple, dataLayout, functionAttributes: [...new Set(attrs)].join(' ') };
}

async function runLimited(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, tasks.length) }, async () => {
    while (next < tasks.length) await tasks[next++]();
  });
  await Promise.all(workers);
}

// ---------------------------------------------------------------- linking

/**
 * Links `objects` into the executable `out`: what `clang -fuse-ld=lld
 * <objects> -o <out> -lm -l:libz.a` does, but running ld.lld directly. Starting clang's
 * driver only to have it start ld.lld cost about 100 ms of every link (of a
 * serve cycle, and of every `aithon build`). The command line the driver
 * gives ld.lld (start files, library folders, dynamic linker) is asked of it
 * once (`-###` prints the commands and runs none) and kept in the cache
 * folder per clang; the objects and the output take the places of the
 * probe's. A kept command whose files are gone (a new gcc) is asked again.
 */
export async function linkExecutable(objects: readonly string[], out: string): Promise<void> {
  const command = linkCommand();
  const args = command.args.flatMap((a) => (a === linkProbeInput ? objects : a === linkProbeOutput ? [out] : [a]));
  await runToolAt('ld.lld', command.linker, args);
}

const linkProbeInput = '/aithon-link-probe/input.o';
const linkProbeOutput = '/aithon-link-probe/output';

interface LinkCommand {
  linker: string;
  args: string[];
}

let linkCommandMemo: LinkCommand | undefined;

function linkCommand(): LinkCommand {
  if (linkCommandMemo) return linkCommandMemo;
  const clang = findTool('clang');
  const file = join(cacheRoot(), 'tools', `link-${createHash('sha256').update(clang).update('\0').update(llvmVersion()).update('\0-l:libz.a').digest('hex').slice(0, 20)}.json`);
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as LinkCommand;
    if (usable(kept)) return (linkCommandMemo = kept);
  } catch {
    /* not asked yet, or damaged: ask the driver */
  }
  const command = probeLinkCommand(clang);
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(command));
    renameSync(tmp, file);
  } catch {
    /* a read-only cache folder: asked again by the next process */
  }
  return (linkCommandMemo = command);
}

/** Every absolute path the command names (the linker, start files, the dynamic loader) still exists. */
function usable(c: LinkCommand): boolean {
  if (!Array.isArray(c.args) || !c.args.includes(linkProbeInput) || !c.args.includes(linkProbeOutput)) return false;
  return [c.linker, ...c.args].every((a) => typeof a === 'string' && (!a.startsWith('/') || a.startsWith('/aithon-link-probe/') || existsSync(a)));
}

function probeLinkCommand(clang: string): LinkCommand {
  // The driver wants its inputs to exist; the probe's names are then swapped for the real ones.
  const dir = join(cacheRoot(), 'tools', `link-probe-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const input = join(dir, 'input.o');
    writeFileSync(input, '');
    // libz.a (Debian's zlib1g-dev, scripts/setup.mjs): the zlib module's runtime (stdlib/zlibmod.c) calls the real
    // library; static, so the executable needs no libz.so and takes only what the program calls.
    const r = spawnSync(clang, ['-fuse-ld=lld', '-###', input, '-o', join(dir, 'output'), '-lm', '-l:libz.a'], { encoding: 'utf8' });
    const line = (r.stderr ?? '').split('\n').find((l) => /^ "[^"]*ld\.lld"/.test(l));
    if (r.status !== 0 || !line) throw new ToolchainError(`clang -fuse-ld=lld -### did not name the ld.lld command:\n${r.stderr ?? r.error?.message}`);
    const words = [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    const swap = (a: string) => (a === input ? linkProbeInput : a === join(dir, 'output') ? linkProbeOutput : a);
    return { linker: words[0], args: words.slice(1).map(swap) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
