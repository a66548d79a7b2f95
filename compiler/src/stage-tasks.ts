// One stage of the build as a task that reads the previous stage's output
// folder and writes its own: what each Nx stage target runs
// (executors/stage). The stage functions are stages.ts's, the same the
// in-process pipeline runs; this file only gives their outputs a stable form
// on disk:
//
//   <stagesDir>/validate/sources.json   the validated sources
//   <stagesDir>/parse/program.json      the linked syntax tree
//   <stagesDir>/ir/units.pack           dev: one LLVM module per function   (release: ir/program.ll)
//   <stagesDir>/opt/units.pack          dev: optimised bitcode per unit     (release: opt/program.bc)
//   <stagesDir>/codegen/units.pack      dev: one object per unit            (release: codegen/program.o)
//   <stagesDir>/link/<executable>
//
// Units travel as one pack file per stage, not thousands of small files:
// Nx copies every output file in and out of its cache, and creating files is
// the slow part of that.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompileError, type Diagnostic } from './diagnostics';
import type { EmittedUnit } from './llvm';
import {
  type BuildMode,
  deserializeTree,
  generateProgramObject,
  irStage,
  linkStage,
  optimiseProgram,
  parseStage,
  serializeTree,
  validateStage,
  type ValidatedSources,
  writeLibraryTrees,
  writeSourceTree,
} from './stages';
import { buildRuntime, ToolchainError, toolRunCount } from './toolchain';
import { generateObjects, keyUnits, objectFolder, optimiseUnits } from './units';

export const stageTaskNames = ['validate', 'parse', 'ir', 'opt', 'codegen', 'link'] as const;
export type StageTaskName = (typeof stageTaskNames)[number];

export interface StageTaskOptions {
  stage: StageTaskName;
  /** The project folder (or its main.py). */
  projectDir: string;
  /** Folder holding one sub-folder per stage's output. */
  stagesDir: string;
  mode: BuildMode;
  /** File name of the executable the link stage writes. */
  executableName: string;
  /**
   * validate: the library search path (folders, searched in order after the
   * project's own). Never taken from AITHONPATH here: a stage task's output
   * must depend only on what Nx hashes.
   */
  libraryPath?: readonly string[];
}

export interface StageTaskResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  toolchainError?: string;
  /** One line for the user: what the stage did. */
  summary?: string;
  llvmInvocations: number;
  ms: number;
}

// ---------------------------------------------------------------- packs

interface PackEntry {
  name: string;
  bytes: Buffer;
}

const PACK_MAGIC = 'AITHON-UNITS-1\n';

/** `magic, count, then per entry: name length, name, data length, data` (lengths as u32 LE). */
export function writePack(file: string, entries: readonly PackEntry[]): void {
  const parts: Buffer[] = [Buffer.from(PACK_MAGIC), u32(entries.length)];
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    parts.push(u32(name.length), name, u32(e.bytes.length), e.bytes);
  }
  writeFileSync(file, Buffer.concat(parts));
}

export function readPack(file: string, data: Buffer = readFileSync(file)): PackEntry[] {
  const bad = () => new ToolchainError(`${file} is not a unit pack of this AIthon version (damaged or foreign): run the earlier stage again (nx reset clears Nx's cache)`);
  if (data.subarray(0, PACK_MAGIC.length).toString() !== PACK_MAGIC) throw bad();
  let at = PACK_MAGIC.length;
  const take = (n: number) => {
    if (at + n > data.length) throw bad();
    const b = data.subarray(at, at + n);
    at += n;
    return b;
  };
  const count = take(4).readUInt32LE(0);
  const entries: PackEntry[] = [];
  for (let i = 0; i < count; i++) {
    const name = take(take(4).readUInt32LE(0)).toString('utf8');
    const bytes = take(take(4).readUInt32LE(0));
    entries.push({ name, bytes });
  }
  if (at !== data.length) throw bad();
  return entries;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

// ---------------------------------------------------------------- tasks

/** A stage's output folder, emptied: an output never mixes with an older run's. */
function freshDir(options: StageTaskOptions, stage: StageTaskName): string {
  const dir = join(options.stagesDir, stage);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function input(options: StageTaskOptions, stage: StageTaskName, file: string): string {
  return join(options.stagesDir, stage, file);
}

function readInput(options: StageTaskOptions, stage: StageTaskName, file: string): Buffer {
  const path = input(options, stage, file);
  try {
    return readFileSync(path);
  } catch {
    throw new ToolchainError(`missing ${path}: the '${stage}' stage has not run (run the whole chain, e.g. nx build, or the '${stage}' target first)`);
  }
}

async function runValidate(o: StageTaskOptions): Promise<string> {
  const { sources } = validateStage(o.projectDir, o.libraryPath ?? []);
  const dir = freshDir(o, 'validate');
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources, null, 1));
  const libraries = sources.libraries ?? [];
  const libraryFiles = libraries.reduce((n, lib) => n + Object.keys(lib.files).length, 0);
  return `${Object.keys(sources.files).length} source file(s) valid` + (libraries.length ? `, ${libraryFiles} in ${libraries.length} librar${libraries.length === 1 ? 'y' : 'ies'} (${libraries.map((l) => l.label).join(', ')})` : '');
}

async function runParse(o: StageTaskOptions): Promise<string> {
  const sources = JSON.parse(readInput(o, 'validate', 'sources.json').toString('utf8')) as ValidatedSources;
  // The linker reads modules from folders: give it exactly the validated
  // sources, the project's and each library's in a folder of its own.
  const tree = mkdtempSync(join(tmpdir(), 'aithon-parse-'));
  try {
    const projectTree = join(tree, 'project');
    writeSourceTree(sources, projectTree);
    const libraryTrees = writeLibraryTrees(sources, join(tree, 'libraries'));
    const module = parseStage(sources, projectTree, undefined, libraryTrees);
    const dir = freshDir(o, 'parse');
    writeFileSync(join(dir, 'program.json'), serializeTree(module));
    return `${module.sources?.size ?? 0} module(s) linked into ${sources.main}`;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

async function runIr(o: StageTaskOptions): Promise<string> {
  const module = deserializeTree(readInput(o, 'parse', 'program.json').toString('utf8'));
  const runtime = await buildRuntime();
  const out = irStage(module, o.mode, runtime.target);
  const dir = freshDir(o, 'ir');
  if (out.program !== undefined) {
    writeFileSync(join(dir, 'program.ll'), out.program);
    return `${out.ir.functions.length} functions in one module`;
  }
  writePack(join(dir, 'units.pack'), out.units!.map((u) => ({ name: u.name, bytes: Buffer.from(u.text) })));
  return `${out.units!.length} units`;
}

async function runOpt(o: StageTaskOptions): Promise<string> {
  const runtime = await buildRuntime();
  if (o.mode === 'release') {
    const dir = freshDir(o, 'opt');
    await optimiseProgram(input(o, 'ir', 'program.ll'), runtime.bitcode, join(dir, 'program.bc'));
    return '-O3, runtime inlined (LTO)';
  }
  const units: EmittedUnit[] = readPack(input(o, 'ir', 'units.pack'), readInput(o, 'ir', 'units.pack')).map((e) => ({ name: e.name, text: e.bytes.toString('utf8') }));
  const keyed = keyUnits(units);
  const r = await optimiseUnits(keyed);
  const dir = freshDir(o, 'opt');
  // Entry names carry the unit keys: codegen caches by them.
  writePack(join(dir, 'units.pack'), keyed.map((u, i) => ({ name: u.key, bytes: r.outputs[i] })));
  return `${r.compiled} of ${units.length} units optimised`;
}

async function runCodegen(o: StageTaskOptions): Promise<string> {
  if (o.mode === 'release') {
    const dir = freshDir(o, 'codegen');
    await generateProgramObject(input(o, 'opt', 'program.bc'), join(dir, 'program.o'));
    return 'llc -O3';
  }
  const bitcode = readPack(input(o, 'opt', 'units.pack'), readInput(o, 'opt', 'units.pack'));
  const r = await generateObjects(
    bitcode.map((e) => e.name),
    (i) => bitcode[i].bytes,
  );
  const dir = freshDir(o, 'codegen');
  writePack(join(dir, 'units.pack'), bitcode.map((e, i) => ({ name: e.name, bytes: r.outputs[i] })));
  return `${r.compiled} of ${bitcode.length} units compiled`;
}

async function runLink(o: StageTaskOptions): Promise<string> {
  const runtime = await buildRuntime();
  let objects: string[];
  if (o.mode === 'release') objects = [input(o, 'codegen', 'program.o')];
  else {
    // The linker reads files: the object folder holds each unit's object once (verified by digest).
    const folder = objectFolder();
    objects = [...readPack(input(o, 'codegen', 'units.pack'), readInput(o, 'codegen', 'units.pack')).map((e) => folder.put(e.name, e.bytes)), runtime.archive];
  }
  const dir = freshDir(o, 'link');
  await linkStage(objects, join(dir, o.executableName));
  return `${o.executableName}`;
}

const tasks: Record<StageTaskName, (o: StageTaskOptions) => Promise<string>> = {
  validate: runValidate,
  parse: runParse,
  ir: runIr,
  opt: runOpt,
  codegen: runCodegen,
  link: runLink,
};

export async function runStageTask(options: StageTaskOptions): Promise<StageTaskResult> {
  const started = performance.now();
  const before = toolRunCount;
  const done = (r: Partial<StageTaskResult> & { ok: boolean }): StageTaskResult => ({
    diagnostics: [],
    llvmInvocations: toolRunCount - before,
    ms: performance.now() - started,
    ...r,
  });
  if (!stageTaskNames.includes(options.stage)) {
    return done({ ok: false, toolchainError: `unknown stage '${options.stage}' (one of ${stageTaskNames.join(', ')})` });
  }
  try {
    const summary = await tasks[options.stage](options);
    return done({ ok: true, summary });
  } catch (e) {
    if (e instanceof CompileError) return done({ ok: false, diagnostics: e.diagnostics });
    if (e instanceof ToolchainError) return done({ ok: false, toolchainError: e.message });
    throw e;
  }
}
