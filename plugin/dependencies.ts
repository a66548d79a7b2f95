// Python imports across projects as Nx project-graph edges: an AIthon project
// (app or library) whose .py files `import x` / `from x import y`, where x is
// a top-level package or module of an AIthon library project, depends on
// that library. Nx then orders, hashes and rebuilds across the edge: the
// app's validate target hashes its dependencies' .py files (`^` input), and
// the stage executor puts the libraries' folders on the compiler's library
// search path.
//
// The scan is textual (no parser: the project graph must stay cheap to
// compute and must not load the compiler): comments and string literals are
// blanked first, so an `import x` inside a docstring is no edge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DependencyType,
  type CreateDependencies,
  type CreateDependenciesContext,
  type FileData,
  type ProjectConfiguration,
  type RawProjectGraphDependency,
} from '@nx/devkit';

/** The tag that makes a project.json folder an AIthon library project (what `nx g @aithon/nx:lib` writes). */
export const LIBRARY_TAG = 'aithon:lib';

export interface ImportedModule {
  /** The top-level package or module name (`a` for `import a.b.c`). */
  module: string;
  /** 1-based line of the import statement. */
  line: number;
}

/**
 * The source with every comment and string literal's contents replaced by
 * spaces, line breaks kept, so that line numbers stay right and no text
 * inside a string or comment looks like code.
 */
export function blankStringsAndComments(source: string): string {
  const out: string[] = [];
  let i = 0;
  const n = source.length;
  const blank = (c: string) => (c === '\n' ? '\n' : ' ');
  while (i < n) {
    const c = source[i];
    if (c === '#') {
      while (i < n && source[i] !== '\n') {
        out.push(' ');
        i++;
      }
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      out.push(quote);
      i += quote.length;
      while (i < n) {
        if (source[i] === '\\' && i + 1 < n) {
          // An escaped character (raw strings too: r"\"" does not end at the escaped quote).
          out.push(' ', blank(source[i + 1]));
          i += 2;
          continue;
        }
        if (source.startsWith(quote, i)) {
          out.push(quote);
          i += quote.length;
          break;
        }
        // A single-quoted string ends at the line's end (unterminated: a syntax error validate reports).
        if (!triple && source[i] === '\n') break;
        out.push(blank(source[i]));
        i++;
      }
      continue;
    }
    out.push(c);
    i++;
  }
  return out.join('');
}

const IMPORT_STATEMENT = /^\s*import\s+(.+)$/;
const FROM_IMPORT_STATEMENT = /^\s*from\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*\s+import\b/;
const DOTTED_NAME = /^([A-Za-z_][A-Za-z0-9_]*)(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*(?:\s+as\s+[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * The top-level modules a Python file imports absolutely, in order, with
 * their lines: `import a.b as c, d` gives a and d, `from a.b import c` gives
 * a; relative imports (`from . import x`) name no other project and are
 * left out. Imports anywhere count (inside functions and `if` blocks too):
 * the edge only has to exist whenever the compiler could link the module.
 */
export function importedModules(source: string): ImportedModule[] {
  const found: ImportedModule[] = [];
  const lines = blankStringsAndComments(source).split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const lineNo = i + 1;
    // A backslash continuation joins the next physical line (the module name may follow it).
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i];
    for (const statement of line.split(';')) {
      const from = FROM_IMPORT_STATEMENT.exec(statement);
      if (from) {
        found.push({ module: from[1], line: lineNo });
        continue;
      }
      const plain = IMPORT_STATEMENT.exec(statement);
      if (!plain) continue;
      for (const part of plain[1].replace(/[()]/g, '').split(',')) {
        const m = DOTTED_NAME.exec(part.trim());
        if (m) found.push({ module: m[1], line: lineNo });
      }
    }
  }
  return found;
}

/**
 * Top-level module names a folder provides as a sys.path entry, from the
 * '/'-separated workspace paths of its files: `x.py` and `x/__init__.py`
 * directly in it.
 */
export function topLevelModulesOf(root: string, files: readonly string[]): Set<string> {
  const names = new Set<string>();
  const prefix = root === '.' || root === '' ? '' : `${root}/`;
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    const parts = file.slice(prefix.length).split('/');
    if (parts.length === 1 && parts[0].endsWith('.py')) names.add(parts[0].slice(0, -3));
    else if (parts.length === 2 && parts[1] === '__init__.py') names.add(parts[0]);
  }
  names.delete('__init__');
  return names;
}

export function isAithonLibrary(project: Pick<ProjectConfiguration, 'tags'>): boolean {
  return (project.tags ?? []).includes(LIBRARY_TAG);
}

/** A project this plugin builds or checks: an AIthon library, or a project with an @aithon/nx target. */
export function isAithonProject(project: ProjectConfiguration): boolean {
  if (isAithonLibrary(project)) return true;
  return Object.values(project.targets ?? {}).some((t) => typeof t.executor === 'string' && t.executor.startsWith('@aithon/nx:'));
}

const fileNames = (files: readonly FileData[] | undefined) => (files ?? []).map((f) => f.file);

/**
 * The edges: for every .py file Nx asks about (`filesToProcess`: Nx keeps
 * the edges of unchanged files from its cache), one static dependency per
 * library it imports, with the file as `sourceFile`. A module the project
 * itself provides shadows a library's (the project folder comes first on the
 * search path); when two libraries provide the same top-level name, the
 * project depends on both (the compiler takes the first in search order).
 */
export function findImportDependencies(context: CreateDependenciesContext, readSource: (file: string) => string = (file) => readFileSync(join(context.workspaceRoot, file), 'utf8')): RawProjectGraphDependency[] {
  const providers = new Map<string, string[]>(); // top-level module -> library project names
  const libraryNames = Object.keys(context.projects)
    .filter((name) => isAithonLibrary(context.projects[name]))
    .sort();
  for (const name of libraryNames) {
    const root = context.projects[name].root;
    for (const module of topLevelModulesOf(root, fileNames(context.fileMap.projectFileMap[name]))) {
      providers.set(module, [...(providers.get(module) ?? []), name]);
    }
  }
  if (providers.size === 0) return [];

  const dependencies: RawProjectGraphDependency[] = [];
  for (const source of Object.keys(context.filesToProcess.projectFileMap).sort()) {
    const project = context.projects[source];
    if (!project || !isAithonProject(project)) continue;
    const own = topLevelModulesOf(project.root, fileNames(context.fileMap.projectFileMap[source]));
    const files = fileNames(context.filesToProcess.projectFileMap[source])
      .filter((f) => f.endsWith('.py'))
      .sort();
    for (const file of files) {
      let text: string;
      try {
        text = readSource(file);
      } catch {
        continue; // deleted since Nx listed it: the next graph computation drops it
      }
      const targets = new Set<string>();
      for (const { module } of importedModules(text)) {
        if (own.has(module)) continue;
        for (const target of providers.get(module) ?? []) if (target !== source) targets.add(target);
      }
      for (const target of [...targets].sort()) dependencies.push({ source, target, type: DependencyType.static, sourceFile: file });
    }
  }
  return dependencies;
}

export const createDependencies: CreateDependencies = (_options, context) => findImportDependencies(context);

/**
 * The root folders of the AIthon libraries a project depends on, directly or
 * through other libraries, sorted: the library search path of its build.
 * Only library projects are followed (an app depending on another app
 * through `implicitDependencies` puts nothing on the path).
 */
export function libraryRootsOf(
  graph: { nodes: Record<string, { data: Pick<ProjectConfiguration, 'root' | 'tags'> }>; dependencies: Record<string, ReadonlyArray<{ target: string }>> },
  projectName: string,
): string[] {
  const seen = new Set<string>([projectName]);
  const roots: string[] = [];
  const queue = [projectName];
  while (queue.length) {
    const current = queue.shift()!;
    for (const { target } of graph.dependencies[current] ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      const node = graph.nodes[target];
      if (!node || !isAithonLibrary(node.data)) continue;
      roots.push(node.data.root);
      queue.push(target);
    }
  }
  return roots.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
