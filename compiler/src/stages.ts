// The build's stages as functions from one stage's output to the next's, and
// the on-disk form of each output, so that each stage can also run as its
// own cached Nx task (executors/stage):
//
//   validate  project folder   -> the validated sources      (sources.json)
//   parse     sources          -> the linked syntax tree     (program.json)
//   ir        syntax tree      -> typed IR, lowered to LLVM  (units/*.ll, or program.ll for release)
//   opt       LLVM text        -> optimised bitcode          (units/*.bc, or program.bc)
//   codegen   bitcode          -> objects                    (units/*.o, or program.o)
//   link      objects          -> the executable
//
// Every output is a deterministic function of its input (no absolute paths,
// times or environment), so when an edit leaves one unchanged (a comment, a
// reordered import), Nx finds every later stage in its cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { type InferenceOptions, Program } from './checker';
import { CompileError } from './diagnostics';
import { desugarProgram } from './desugar';
import { runInitSubclassHooks } from './init-subclass';
import { rewriteMetaclasses } from './metaclasses';
import type { IrProgram } from './ir';
import { emitProgram, emitUnits, type EmittedUnit } from './llvm';
import { lowerProgram } from './lower';
import { resolveMatchArgs } from './match-args';
import { type LibraryFolder, linkProjectModules } from './modules';
import { parseModule } from './parser';
import { parseModuleCached } from './parse-cache';
import { findProject, pythonFilesUnder } from './project';
import type * as S from './syntax';
export { deserializeTree, serializeTree } from './tree-json';
import { linkExecutable, runTool, type TargetInfo } from './toolchain';
import { runCachedPasses } from './pass-cache';
import { type EntryPoint, validateEntryPoint } from './validate';

export type BuildMode = 'dev' | 'release';

// ---------------------------------------------------------------- validate

/** The project's sources once validated: main.py defines one main(), and every file parses. */
export interface ValidatedSources {
  /** main.py's path relative to the project folder. */
  main: string;
  /** Every .py file of the project by relative '/'-separated path, sorted. */
  files: Record<string, string>;
  /**
   * The folders of the library search path, in search order, with every .py
   * file of each (absent when there are none). The parse stage imports from
   * these copies, so it reads nothing but this stage's output.
   */
  libraries?: LibrarySources[];
}

export interface LibrarySources {
  /** The folder relative to the project folder, '/'-separated ('../../libs/text'): what diagnostics show. */
  label: string;
  /** Every .py file of the folder by relative '/'-separated path, sorted. */
  files: Record<string, string>;
}

/**
 * The library search path when the caller gives none: AITHONPATH, a list of
 * folders separated as PYTHONPATH's are (':' on POSIX). The CLI puts its
 * --lib-path folders in front; the Nx stage executor always passes its own
 * list (the app's library projects), so a task's result never depends on an
 * environment variable Nx does not hash.
 */
export function libraryPathFromEnvironment(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.AITHONPATH ?? '').split(delimiter).filter((dir) => dir.length > 0);
}

/** What validate also hands to parse when both run in one process: main.py already parsed. */
export interface Validated {
  sources: ValidatedSources;
  parsedMain: S.Module;
  /** The project folder (absolute). */
  root: string;
}

/**
 * Validates the project and snapshots its sources, and those of every folder
 * of the library search path (`libraryPath`: folders, absolute or relative
 * to the current directory, searched in order after the project's own).
 */
export function validateStage(projectDir: string, libraryPath: readonly string[] = libraryPathFromEnvironment()): Validated {
  const layout = findProject(projectDir);
  const files = readPythonFiles(layout.root, layout.pythonFiles);
  const main = layout.mainRelative.split('\\').join('/');
  const parsedMain = parseModuleCached(main, files[main]);
  validateEntryPoint(parsedMain);
  for (const [rel, source] of Object.entries(files)) if (rel !== main) checkSyntax(rel, source);
  const libraries = readLibraries(layout.root, libraryPath);
  for (const lib of libraries) for (const [rel, source] of Object.entries(lib.files)) checkSyntax(posix.join(lib.label, rel), source);
  const sources: ValidatedSources = libraries.length ? { main, files, libraries } : { main, files };
  return { sources, parsedMain, root: layout.root };
}

/**
 * A library folder checked on its own (a library project's validate
 * target): every .py file parses. Diagnostics name files as `label/<path in
 * the folder>`. Returns how many files were checked.
 */
export function validateLibrary(dir: string, label = '.'): number {
  const files = readPythonFiles(resolve(dir), pythonFilesUnder(dir));
  for (const [rel, source] of Object.entries(files)) checkSyntax(posix.join(label, rel), source);
  return Object.keys(files).length;
}

function readPythonFiles(root: string, paths: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of paths) files[relative(root, f).split(sep).join('/')] = readFileSync(f, 'utf8');
  return files;
}

/** Each library folder's sources, in search order; a folder named twice counts once (the first time). */
function readLibraries(projectRoot: string, libraryPath: readonly string[]): LibrarySources[] {
  const seen = new Set<string>();
  const libraries: LibrarySources[] = [];
  for (const entry of libraryPath) {
    const dir = resolve(entry);
    if (seen.has(dir)) continue;
    seen.add(dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new CompileError([
        {
          file: entry,
          line: 0,
          column: 0,
          severity: 'error',
          message: `library folder '${entry}' ${existsSync(dir) ? 'is not a folder' : 'does not exist'}`,
          hint: 'each --lib-path / AITHONPATH entry is a folder that holds packages (as a PYTHONPATH entry does): fix or remove it',
        },
      ]);
    }
    const label = relative(projectRoot, dir).split(sep).join('/') || '.';
    libraries.push({ label, files: readPythonFiles(dir, pythonFilesUnder(dir)) });
  }
  return libraries;
}

/**
 * Syntax errors of a module main.py may not import: reported before anything
 * compiles. Unsupported constructs are reported only if it is imported.
 */
function checkSyntax(rel: string, source: string): void {
  try {
    parseModuleCached(rel, source); // kept: parse links the same text next
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    const syntax = e.diagnostics.filter((d) => !d.message.startsWith('unsupported'));
    if (syntax.length) throw new CompileError(syntax);
  }
}

// ---------------------------------------------------------------- parse

/**
 * Parses main.py and links in the modules it imports (the project's own,
 * and the bundled ones written in Python): one syntax tree. The modules are
 * read from a folder holding exactly the validated sources.
 */
export function parseStage(sources: ValidatedSources, sourceRoot: string, parsedMain?: S.Module, libraryRoots?: readonly string[]): S.Module {
  const module = parsedMain ?? parseModuleCached(sources.main, sources.files[sources.main]);
  // Without copies (one process), each library is read where its label points from the project folder.
  const libraries: LibraryFolder[] = (sources.libraries ?? []).map((lib, i) => ({ dir: resolve(libraryRoots?.[i] ?? resolve(sourceRoot, lib.label)), label: lib.label }));
  linkProjectModules(module, join(sourceRoot, ...sources.main.split('/')), sourceRoot, parseModuleCached, libraries);
  // The texts stay for code frames and traceback lines, which only ever
  // show lines of code: with comment-only lines blanked, editing a comment
  // leaves this stage's output unchanged (early cutoff).
  module.source = blankCommentLines(module.source);
  if (module.sources) for (const [file, text] of module.sources) module.sources.set(file, blankCommentLines(text));
  return module;
}

/** The text with every line that holds only a comment emptied (line numbers kept). */
export function blankCommentLines(source: string): string {
  return source.replace(/^[ \t]*#.*$/gm, '');
}

/** Writes the validated sources as a folder, so that parse reads nothing else. */
export function writeSourceTree(sources: ValidatedSources, dir: string): void {
  writeFiles(sources.files, dir);
}

/** Writes each validated library as a folder (`<dir>/0`, `<dir>/1`, ... in search order); returns them, for parseStage. */
export function writeLibraryTrees(sources: ValidatedSources, dir: string): string[] {
  return (sources.libraries ?? []).map((lib, i) => {
    const root = join(dir, String(i));
    mkdirSync(root, { recursive: true });
    writeFiles(lib.files, root);
    return root;
  });
}

function writeFiles(files: Record<string, string>, dir: string): void {
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, ...rel.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

// ---------------------------------------------------------------- ir

export interface IrOutput {
  ir: IrProgram;
  /** dev: one LLVM module per function, plus the data unit. */
  units?: EmittedUnit[];
  /** release: the whole program as one LLVM module. */
  program?: string;
}

/** Desugars, type-checks and lowers the linked tree, then emits LLVM text. */
export function irStage(module: S.Module, mode: BuildMode, target?: TargetInfo): IrOutput {
  const ir = lowerProgram(checkedProgram(module));
  return mode === 'release' ? { ir, program: emitProgram(ir, target) } : { ir, units: emitUnits(ir, target) };
}

/** The linked tree desugared and type-checked (`inference`: see Program's options; tests compare the two). */
export function checkedProgram(module: S.Module, inference: InferenceOptions = {}): Program {
  rewriteProgram(module);
  return new Program(module, inference);
}

/**
 * The passes between parsing and the checker, in order: each rewrites the
 * tree in place. The checker and lowering after them only read it.
 */
export function rewriteProgram(module: S.Module): void {
  const entry: EntryPoint = validateEntryPoint(module);
  desugarProgram(module, parseModule);
  rewriteMetaclasses(module);
  runInitSubclassHooks(module);
  resolveMatchArgs(module);
  // rewriteFunctionAttributes, rewriteDecorators, closeAbandonedGenerators, rewriteGlobalsReads,
  // rewriteMethodValues, markInstanceDictReads, addImplicitMainCall, scopeProgramComprehensions: each
  // unchanged def keeps what they made of it last build when serve keeps them (pass-cache.ts).
  runCachedPasses(module, entry);
}

// ---------------------------------------------------------------- release opt, codegen

/** release: the program and the runtime's bitcode in one module, optimised together (LTO). */
export async function optimiseProgram(programLl: string, runtimeBitcode: string, outBc: string): Promise<void> {
  const linked = `${outBc}.linked.bc`;
  try {
    // Only the runtime code the program reaches is linked in (as a static link of the runtime archive would):
    // the whole runtime is ten times the code of a small program, and -O3 spent most of its time on it.
    await runTool('llvm-link', [programLl, '--only-needed', runtimeBitcode, '-o', linked]);
    // Internalise everything but main: the rest inlines.
    await runTool('opt', ['-passes=internalize,default<O3>', '-internalize-public-api-list=main', linked, '-o', outBc]);
  } finally {
    rmSync(linked, { force: true });
  }
}

export async function generateProgramObject(bc: string, obj: string): Promise<void> {
  await runTool('llc', ['-O3', '-filetype=obj', '-relocation-model=pic', bc, '-o', obj]);
}

// ---------------------------------------------------------------- link

/** Links objects (and the runtime archive, for dev) into `out`, replacing it atomically. */
export async function linkStage(objects: readonly string[], out: string): Promise<void> {
  mkdirSync(dirname(out), { recursive: true });
  // Link beside the target and rename: `out` is never half-written, and a
  // running old executable is replaced rather than overwritten.
  const tmpOut = `${out}.tmp-${process.pid}`;
  try {
    await linkExecutable(objects, tmpOut);
    renameSync(tmpOut, out);
  } finally {
    rmSync(tmpOut, { force: true });
  }
}

// ---------------------------------------------------------------- on disk

/** A unit's file name: its position (link order) and a hash of its name, never the name itself. */
export function unitFileName(index: number, unit: EmittedUnit): string {
  const h = createHash('sha256').update(unit.name).digest('hex').slice(0, 12);
  return `${String(index).padStart(5, '0')}-${h}`;
}
