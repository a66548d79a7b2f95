// Stage 1c: link the project's own modules into main.py's program.
//
// `import helpers` / `from helpers import f` of a .py file of the project
// (found as Python finds it: beside main.py, as helpers.py or
// helpers/__init__.py) brings that module in, once: its top-level names are
// renamed into a namespace of their own (`helpers.f`), its body runs where it
// is first imported, and the importer's references (`helpers.f`, or `f`
// after a from-import) are rewritten to those names. Later stages then see
// one program with no imports of project modules left.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { CompileError, error, type SourcePos } from './diagnostics';
import { buildScopes, boundNames, type Scope } from './scopes';
import { rewriteAbstractClasses } from './abc';
import { exceptionClassNames, implementedBuiltins, pythonName } from './checker';
import { cpythonModuleNames } from './cpython-module-names';
import { cpythonStdlibModules } from './cpython-modules';
import { annotationModules, stdlibModules } from './stdlib';
import * as S from './syntax';
import { packageRoot } from './toolchain';

/**
 * Standard-library modules written in Python (compiler/pylib): linked into a
 * program like the project's own modules when it imports them, and compiled
 * with it, so they are typed and specialised for their callers.
 */
export function pythonLibraryDir(): string {
  return join(packageRoot(), 'compiler', 'pylib');
}

/** Names of native modules that desugar.ts rewrites away (neither the native table nor a pylib file has them). */
const rewrittenLater = new Set(['functools.total_ordering', 'collections.namedtuple', 'functools.cached_property', 'functools.singledispatch']);

export type Parse = (file: string, source: string) => S.Module;

interface Linked {
  /** A standard module from the bundled library (a missing name is `unsupported`, not a user error). */
  inLibrary: boolean;
  /** Renamed top-level names: original -> qualified. */
  names: Map<string, string>;
  /** Statements to run at the first import (the module's renamed body). */
  body: S.Stmt[] | null;
}

/**
 * A folder of the library search path (`--lib-path`, AITHONPATH, or an Nx
 * library project the app depends on): its top-level packages and modules
 * are importable, as a PYTHONPATH entry's are.
 */
export interface LibraryFolder {
  /** Where its files are read from (absolute). */
  dir: string;
  /**
   * How its files are named in diagnostics and tracebacks: the folder
   * relative to the project ('../../libs/text'), the same whichever copy of
   * the sources `dir` is, so that stage outputs hold no absolute paths.
   */
  label: string;
}

/** Links every project module main.py imports (transitively) into `main`. */
export function linkProjectModules(main: S.Module, mainFile: string, projectRoot: string, parse: Parse, libraries: readonly LibraryFolder[] = []): void {
  const searchDir = dirname(mainFile);
  const linked = new Map<string, Linked>();
  main.sources ??= new Map();

  const findIn = (dir: string, name: string): string | null => {
    const base = join(dir, ...name.split('.'));
    for (const f of [`${base}.py`, join(base, '__init__.py')]) if (existsSync(f)) return f;
    return null;
  };
  const findInLibraries = (name: string): string | null => {
    for (const lib of libraries) {
      const f = findIn(lib.dir, name);
      if (f) return f;
    }
    return null;
  };
  // The search order of CPython's sys.path: the script's folder, then the
  // PYTHONPATH entries (here: the library folders, in order), then the
  // standard library (here: the bundled one).
  const findFile = (name: string): string | null => findIn(searchDir, name) ?? findInLibraries(name) ?? findIn(pythonLibraryDir(), name);
  /** A file's name in diagnostics: relative to the project, through its library's label, or in the bundled library. */
  const displayName = (path: string): { rel: string; inLibrary: boolean } => {
    if (path.startsWith(pythonLibraryDir() + sep)) return { rel: `<aithon>/${relative(pythonLibraryDir(), path)}`, inLibrary: true };
    for (const lib of libraries) {
      if (path.startsWith(lib.dir + sep)) return { rel: posix.join(lib.label, relative(lib.dir, path).split(sep).join('/')), inLibrary: false };
    }
    return { rel: relative(projectRoot, path) || path, inLibrary: false };
  };

  /**
   * An absolute import of a top-level name found nowhere: not in the project,
   * on the library search path or in the bundled library, and not a CPython
   * standard module (those are `unsupported`, reported by the checker). Most
   * likely a library whose folder is not on the search path: say how to add it.
   */
  const knownTopLevel = new Set([...Object.keys(stdlibModules), ...annotationModules].map((m) => m.split('.')[0]));
  const folderNamed = (top: string) => [searchDir, ...libraries.map((l) => l.dir), pythonLibraryDir()].some((dir) => existsSync(join(dir, top)));
  const isFound = (top: string) => knownTopLevel.has(top) || cpythonStdlibModules.has(top) || findFile(top) !== null || folderNamed(top);
  const checkFound = (module: string, pos: SourcePos, fileForErrors: string, source: string) => {
    const top = module.split('.')[0];
    if (isFound(top)) return;
    throw new CompileError([
      error(
        pos.file ?? fileForErrors,
        pos,
        `no module named '${top}'`,
        `'${top}' is not in the project's folder nor on the library search path: add the folder that holds ${top}/__init__.py (or ${top}.py) with --lib-path DIR or AITHONPATH; in an Nx workspace, make it a library project (nx g @aithon/nx:lib), and importing it makes the app depend on it`,
        source,
      ),
    ]);
  };

  const isProjectModule = (name: string) => !stdlibModules[name] && !annotationModules.has(name) && findFile(name) !== null;
  // A native module (stdlib.ts) may be completed by a Python file of the same
  // name in the bundled library (functools.partial beside the native
  // functools.reduce): the names the native table lacks come from the file.
  const hybridFile = (name: string): string | null => (stdlibModules[name] && !findIn(searchDir, name) && !findInLibraries(name) ? findIn(pythonLibraryDir(), name) : null);
  const fromPython = (name: string, member: string) => hybridFile(name) !== null && !stdlibModules[name][member] && !rewrittenLater.has(`${name}.${member}`);

  /** A module of the bundled library written (at least partly) in Python: importing it has no visible effect but its names. */
  const isLibraryModule = (name: string): boolean => {
    if (stdlibModules[name]) return hybridFile(name) !== null;
    const f = findFile(name);
    return f !== null && displayName(f).inLibrary;
  };

  const load = (name: string, at: SourcePos, importerFile: string): Linked => {
    const done = linked.get(name);
    if (done) return done;
    const path = findFile(name)!;
    const { rel, inLibrary } = displayName(path);
    const source = readFileSync(path, 'utf8');
    const mod = parse(rel, source);
    main.sources!.set(rel, source);
    const entry: Linked = { inLibrary, names: new Map(), body: null };
    linked.set(name, entry); // before linking its own imports: a cycle sees the names
    for (const n of topLevelNames(mod.body)) entry.names.set(n, `${name}.${n}`);
    // `TimeoutError = TimeoutError` at the top of a bundled module re-exports
    // a builtin (asyncio.TimeoutError is TimeoutError): the name stays the builtin's.
    if (inLibrary) {
      mod.body = mod.body.filter((s) => {
        const id = s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' && s.value.kind === 'Name' && s.targets[0].id === s.value.id ? s.value.id : null;
        if (id === null || !implementedBuiltins.has(id) && !exceptionClassNames.has(id)) return true;
        entry.names.set(id, id);
        return false;
      });
    }
    rewrite(mod, name, entry.names, importerFile);
    entry.body = mod.body;
    void at;
    return entry;
  };

  /**
   * Rewrites one module (main or linked): its imports of project modules
   * become the linked bodies and name rewrites; `own` renames its own
   * top-level names (empty for main.py).
   */
  const rewrite = (mod: S.Module, modName: string | null, own: Map<string, string>, fileForErrors: string) => {
    rewriteModuleProbes(mod, bundledNames);
    rewriteOptionalImports(mod.body, isFound);
    const aliases = new Map<string, string>(); // local alias of a whole module -> module name
    const imported = new Map<string, string>(); // local name -> qualified name (from-imports)
    const replaceImports = (stmts: S.Stmt[], topLevel: boolean): S.Stmt[] => {
      const out: S.Stmt[] = [];
      for (const s of stmts) {
        if (s.kind === 'Import' || s.kind === 'ImportFrom') {
          if (s.kind === 'Import') for (const n of s.names) checkFound(n.module, n.pos, fileForErrors, mod.source);
          else if (s.level === 0) checkFound(s.module, s.pos, fileForErrors, mod.source);
          if (s.kind === 'ImportFrom' && s.level === 0 && hybridFile(s.module)) {
            const native = s.names.filter((n) => !fromPython(s.module, n.name));
            const python = s.names.filter((n) => fromPython(s.module, n.name));
            if (native.length) out.push(renameImportAliases({ ...s, names: native }, own));
            if (python.length) {
              if (!topLevel) throw new CompileError([error(s.pos.file ?? fileForErrors, s.pos, `unsupported: importing ${python.map((n) => `${s.module}.${n.name}`).join(', ')} inside a function or block`, 'import it at the top of the file', undefined)]);
              const before = linked.has(s.module);
              const l = load(s.module, s.pos, fileForErrors);
              if (!before && l.body) out.push(...l.body);
              for (const n of python) {
                const q = l.names.get(n.name);
                // A name neither table has: left to the checker, which reports `unsupported: module.name`.
                if (!q) out.push(renameImportAliases({ ...s, names: [n] }, own));
                else imported.set(n.asname ?? n.name, q);
              }
            }
            continue;
          }
          if (s.kind === 'Import' && topLevel) {
            for (const n of s.names) {
              if (!hybridFile(n.module) || !usesPythonMember(mod, n.asname ?? n.module, n.module)) continue;
              const before = linked.has(n.module);
              const l = load(n.module, n.pos, fileForErrors);
              if (!before && l.body) out.push(...l.body);
              aliases.set(n.asname ?? n.module, n.module);
            }
          }
          const project = s.kind === 'Import' ? s.names.filter((n) => isProjectModule(n.module)) : s.level === 0 && isProjectModule(s.module) ? s.names : [];
          if (project.length === 0) {
            out.push(renameImportAliases(s, own));
            continue;
          }
          if (!topLevel) {
            throw new CompileError([error(s.pos.file ?? fileForErrors, s.pos, 'unsupported: importing a project module inside a function or block', 'import project modules at the top of the file', undefined)]);
          }
          if (s.kind === 'Import') {
            const rest = s.names.filter((n) => !isProjectModule(n.module));
            if (rest.length) out.push(renameImportAliases({ ...s, names: rest }, own));
            for (const n of project as S.ImportStmt['names']) {
              // `import os.path` binds `os` (with os.path loaded too); `import a.b as c` binds the submodule.
              const bound = n.asname ? n.module : n.module.split('.')[0];
              for (const m of n.asname ? [n.module] : prefixes(n.module)) {
                const before = linked.has(m);
                const l = load(m, n.pos, fileForErrors);
                if (!before && l.body) out.push(...l.body);
              }
              aliases.set(n.asname ?? bound, bound);
              // `os.path.join` after `import os`: the submodules read through the alias are loaded too.
              for (const sub of submodulesUsed(mod, n.asname ?? bound, bound)) {
                const before = linked.has(sub);
                const l = load(sub, n.pos, fileForErrors);
                if (!before && l.body) out.push(...l.body);
              }
            }
          } else {
            const before = linked.has(s.module);
            const l = load(s.module, s.pos, fileForErrors);
            if (!before && l.body) out.push(...l.body);
            for (const n of s.names) {
              const q = l.names.get(n.name);
              if (!q && findFile(`${s.module}.${n.name}`)) {
                // `from os import path`: a submodule, bound like `import os.path as path`.
                const sub = `${s.module}.${n.name}`;
                const subBefore = linked.has(sub);
                const sl = load(sub, n.pos, fileForErrors);
                if (!subBefore && sl.body) out.push(...sl.body);
                aliases.set(n.asname ?? n.name, sub);
                continue;
              }
              if (!q && l.inLibrary) throw new CompileError([error(n.pos.file ?? fileForErrors, n.pos, `unsupported: ${s.module}.${n.name} at ${n.pos.file ?? fileForErrors}:${n.pos.line}:${n.pos.col}`, `this name of ${s.module} is not implemented yet (see docs/language.md)`, undefined)]);
              if (!q) throw new CompileError([error(n.pos.file ?? fileForErrors, n.pos, `cannot import name '${n.name}' from '${s.module}'`, `define ${n.name} at the top level of ${s.module}`, undefined)]);
              imported.set(n.asname ?? n.name, q);
            }
          }
          continue;
        }
        out.push(s);
      }
      return out;
    };
    mod.body = replaceImports(hoistLibraryImports(mod.body, isLibraryModule), true);
    // A package re-exporting a name (`from pkg.words import shout` in
    // pkg/__init__.py) gives `pkg.shout` to its importers: the re-exported
    // name is the imported one, unless the module binds it again itself.
    if (modName !== null) {
      const rebound = boundNames(mod.body);
      for (const [local, q] of imported) if (own.has(local) && !rebound.has(local)) own.set(local, q);
    }
    const renames = new Map<string, string>([...own, ...imported]);
    renameNames(mod, renames, aliases, (id) => pythonNames(id), modName, (module, attr, pos) => {
      if (!linked.get(module)?.inLibrary) return;
      // `json.nosuch`: a name the bundled module lacks is a build error where it is read.
      throw new CompileError([error(pos.file ?? fileForErrors, pos, `unsupported: ${module}.${attr} at ${pos.file ?? fileForErrors}:${pos.line}:${pos.col}`, `this name of ${module} is not implemented yet (see docs/language.md)`, undefined)]);
    }, (module, pos) => {
      throw new CompileError([error(pos.file ?? fileForErrors, pos, `unsupported: the module ${module} used as a value at ${pos.file ?? fileForErrors}:${pos.line}:${pos.col}`, `use its names directly (${module}.name, or from ${module} import name) instead of passing or storing the module`, undefined)]);
    });
  };

  /**
   * The names a standard module of the bundled library has (its native table
   * and its Python file), or null when the project or a library folder
   * provides a module of that name, or the compiler rewrites it away.
   */
  const bundledNames = (module: string): Set<string> | null => {
    if (findIn(searchDir, module) || findInLibraries(module)) return null;
    const file = findIn(pythonLibraryDir(), module);
    if (!stdlibModules[module] && !file) return null;
    const names = new Set(Object.keys(stdlibModules[module] ?? {}));
    if (file) for (const n of topLevelNames(parse(displayName(file).rel, readFileSync(file, 'utf8')).body)) names.add(n);
    return names;
  };

  /** 'a', 'a.b', 'a.b.c' for 'a.b.c'. */
  const prefixes = (name: string): string[] => name.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));

  /** Submodules of `module` that `mod` reads as `alias.sub.attr` (and `alias.sub.subsub.attr`...), found as files. */
  const submodulesUsed = (mod: S.Module, alias: string, module: string): string[] => {
    const found = new Set<string>();
    const seen = new Set<object>();
    const dotted = (e: S.Expr): string[] | null => {
      if (e.kind === 'Name') return [e.id];
      if (e.kind === 'Attribute') {
        const d = dotted(e.value);
        return d && [...d, e.attr];
      }
      return null;
    };
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const e = node as S.Expr;
      if (e.kind === 'Attribute') {
        const d = dotted(e);
        if (d && d[0] === alias && d.length >= 3) {
          let name = module;
          for (const part of d.slice(1, -1)) {
            name = `${name}.${part}`;
            if (!findFile(name)) break;
            found.add(name);
          }
        }
      }
      Object.values(node).forEach(visit);
    };
    visit(mod.body);
    return [...found];
  };

  /** The names `module.attr` may be rewritten to: a hybrid module's native members stay native. */
  const pythonNames = (module: string): Map<string, string> | null => {
    const names = linked.get(module)?.names ?? null;
    if (!names || !stdlibModules[module]) return names;
    return new Map([...names].filter(([n]) => !stdlibModules[module][n]));
  };

  /** Does `mod` read `alias.attr` for an attr that a hybrid module's Python file provides? */
  const usesPythonMember = (mod: S.Module, alias: string, module: string): boolean => {
    // Every node of the module, function and class bodies included.
    const seen = new Set<object>();
    const visit = (node: unknown): boolean => {
      if (!node || typeof node !== 'object' || seen.has(node)) return false;
      seen.add(node);
      const n = node as { kind?: string; value?: { kind?: string; id?: string }; attr?: string };
      if (n.kind === 'Attribute' && n.value?.kind === 'Name' && n.value.id === alias && fromPython(module, n.attr!)) return true;
      return Object.values(node).some(visit);
    };
    return mod.body.some(visit);
  };

  // main.py's module-level variables named like builtins (`len = len(coords)` at the top of a script) are
  // renamed: CPython looks a global up, then the builtins, so what runs before the first binding sees the builtin.
  const shadowing = [...boundNames(main.body, { defNames: false })].filter((n) => implementedBuiltins.has(n) || exceptionClassNames.has(n));
  rewrite(main, null, new Map(shadowing.map((n) => [n, `__main__.${n}`])), main.file);
  for (const n of shadowing) readBuiltinBeforeBinding(main.body, n, `__main__.${n}`);
  // As CPython's interpreter does at exit, a program with the bundled threading waits for its
  // non-daemon threads after main.py's code (compiler/pylib/threading.py `_shutdown`).
  const shutdown = linked.get('threading')?.inLibrary ? linked.get('threading')!.names.get('_shutdown') : undefined;
  if (shutdown) {
    const last = main.body[main.body.length - 1];
    const at = last ? last.pos : { line: 1, col: 1 };
    main.body.push({ kind: 'ExprStmt', pos: at, expr: { kind: 'Call', pos: at, func: { kind: 'Name', id: shutdown, pos: at }, args: [], keywords: [] } });
  }
  rewriteCalls(main);
  rewriteAbstractClasses(main, parse);
}

/**
 * Optional imports, `try: import psyco; psyco.full()` / `except ImportError: pass`, `try: from itertools
 * import izip` / `except ImportError: izip = zip`: an import in a try body whose handlers catch ImportError
 * that CPython fails too becomes the exception CPython raises there, and the rest of the try body, which
 * never runs, is dropped. CPython fails on a top-level module found nowhere (not in the project, on the
 * library path or bundled) that is not a CPython standard module either (ModuleNotFoundError), and on a
 * name that a built-in CPython module (one without a file: its message says `unknown location`) does not
 * have. Anywhere else a missing module stays a build error (linkProjectModules' checkFound: a library
 * folder missing from the path), as does a CPython standard module or name the compiler lacks.
 */
function rewriteOptionalImports(body: S.Stmt[], isFound: (top: string) => boolean): void {
  const catchesImportError = (t: S.Expr | null): boolean =>
    t === null ||
    (t.kind === 'Name' && ['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException'].includes(t.id)) ||
    (t.kind === 'Tuple' && t.elts.some(catchesImportError));
  /** The class and message of the ImportError CPython raises at this import, if it is sure to raise one. */
  const failure = (s: S.Stmt): [string, string] | null => {
    const modules = s.kind === 'Import' ? s.names.map((n) => n.module) : s.kind === 'ImportFrom' && s.level === 0 ? [s.module] : [];
    for (const m of modules) {
      const top = m.split('.')[0];
      if (!isFound(top)) return ['ModuleNotFoundError', `No module named '${top}'`];
    }
    if (s.kind !== 'ImportFrom' || s.level !== 0) return null;
    const names = cpythonModuleNames[s.module];
    if (!names || names.has('__file__') || !cpythonStdlibModules.has(s.module)) return null;
    const absent = s.names.find((n) => n.name !== '*' && !names.has(n.name));
    return absent ? ['ImportError', `cannot import name '${absent.name}' from '${s.module}' (unknown location)`] : null;
  };
  const isImport = (s: S.Stmt) => s.kind === 'Import' || s.kind === 'ImportFrom' || s.kind === 'Pass';
  /** What a try of imports only runs, known now: the imports themselves when all are found (its handlers never run),
   * or those before the first missing one and the handler that catches its error (one without `as`). */
  const settled = (s: S.TryStmt): S.Stmt[] | null => {
    if (!s.body.every(isImport)) return null;
    const at = s.body.findIndex((b) => failure(b) !== null);
    if (at < 0) return [...s.body, ...s.orelse, ...s.finalbody];
    // The first handler that catches it (ModuleNotFoundError is an ImportError, not the other way round).
    const raised = failure(s.body[at])![0];
    const catches = (t: S.Expr | null): boolean =>
      t === null ||
      (t.kind === 'Name' && [raised, 'ImportError', 'Exception', 'BaseException'].includes(t.id)) ||
      (t.kind === 'Tuple' && t.elts.some(catches));
    const named = (t: S.Expr | null): boolean => t === null || t.kind === 'Name' || (t.kind === 'Tuple' && t.elts.every(named));
    const index = s.handlers.findIndex((h) => catches(h.type));
    const handler = s.handlers[index];
    if (!handler || handler.name || !s.handlers.slice(0, index).every((h) => named(h.type))) return null;
    return [...s.body.slice(0, at), ...handler.body, ...s.finalbody];
  };
  const visit = (stmts: S.Stmt[]): S.Stmt[] => {
    const out: S.Stmt[] = [];
    for (const s of stmts) {
      if (s.kind === 'Try' && s.handlers.some((h) => catchesImportError(h.type))) {
        // `try: import simplejson as json` / `except ImportError: import json`: the imports that run, in place of
        // the try, so they are linked as any other import of that block.
        const runs = settled(s);
        if (runs) {
          out.push(...visit(runs));
          continue;
        }
        const at = s.body.findIndex((b) => failure(b) !== null);
        if (at >= 0) {
          const pos = s.body[at].pos;
          const [cls, text] = failure(s.body[at])!;
          const exc: S.Expr = { kind: 'Call', pos, func: { kind: 'Name', pos, id: cls }, args: [{ kind: 'Str', pos, value: text }], keywords: [] };
          s.body = [...s.body.slice(0, at), { kind: 'Raise', pos, exc, cause: null }];
        }
      }
      if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') s.body = visit(s.body);
      else S.rewriteChildBlocks(s, visit);
      out.push(s);
    }
    return out;
  };
  const rewritten = visit(body);
  body.splice(0, body.length, ...rewritten);
}

/**
 * Feature tests of a standard module by a written-out name,
 * `hasattr(asyncio, 'eager_task_factory')` and `getattr(math, 'x', default)`
 * (the module imported at the top of `mod`, and its name not bound
 * otherwise): answered now, as CPython 3.11 answers them. A name CPython's
 * module lacks is False / the default; one the bundled module has is True /
 * the attribute read. A name CPython has and the bundled module lacks is left
 * alone (the read of it is reported `unsupported`).
 */
function rewriteModuleProbes(mod: S.Module, bundledNames: (module: string) => Set<string> | null): void {
  const aliases = new Map<string, string>(); // local name -> module
  for (const s of mod.body) {
    if (s.kind !== 'Import') continue;
    for (const n of s.names) {
      const module = n.asname ? n.module : n.module.split('.')[0];
      if (cpythonModuleNames[module]) aliases.set(n.asname ?? module, module);
    }
  }
  if (aliases.size === 0) return;
  const rebound = new Set<string>();
  S.walkNodes(mod.body, (node) => {
    const n = node as unknown as S.Stmt | S.Expr;
    if (n.kind === 'FunctionDef') for (const p of n.params) rebound.add(p.name);
    if (n.kind === 'Assign' || n.kind === 'For' || n.kind === 'AugAssign' || n.kind === 'AnnAssign') {
      for (const t of n.kind === 'Assign' ? n.targets : [n.target]) for (const id of S.targetNames(t)) rebound.add(id);
    }
  });
  S.walkNodes(mod.body, (node) => {
    const e = node as unknown as S.Expr;
    if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.keywords.length || e.doubleStars?.length) return;
    const probe = e.func.id;
    const [target, attr, fallback] = e.args;
    if (!((probe === 'hasattr' && e.args.length === 2) || (probe === 'getattr' && e.args.length === 3))) return;
    if (attr.kind !== 'Str') return;
    // `os.path`: a submodule through the alias of its package.
    let head = target;
    const path: string[] = [];
    while (head.kind === 'Attribute') {
      path.unshift(head.attr);
      head = head.value;
    }
    if (head.kind !== 'Name' || rebound.has(head.id) || !aliases.has(head.id)) return;
    const module = [aliases.get(head.id)!, ...path].join('.');
    if (!cpythonModuleNames[module]) return;
    const inCPython = cpythonModuleNames[module].has(attr.value);
    const bundled = bundledNames(module)?.has(attr.value) ?? false;
    if (inCPython && !bundled) return;
    const answer: S.Expr =
      probe === 'hasattr' ? { kind: 'Bool', pos: e.pos, value: inCPython } : inCPython ? { kind: 'Attribute', pos: e.pos, value: target, attr: attr.value } : fallback;
    for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
    Object.assign(e, answer);
  });
}

/**
 * `functools.partial(f, a, k=v)` with keywords (which the Python-written
 * partial cannot forward: a ** dict holding keys) is
 * `(lambda func, args, _k0: lambda *fargs, **fkw: func(*args, *fargs, k=fkw.pop('k', _k0), **fkw))(f, (a,), v)`:
 * f and the arguments evaluated once, where partial() is called, as CPython does, and kept with their
 * own types in the closure's cells, which `.func`, `.args` and `.keywords` read (see checker.ts isPartialObject).
 */
function rewriteKeywordPartial(e: S.Expr): void {
  if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'functools.partial') return;
  if (!e.keywords.length || !e.args.length || e.args.some((a) => a.kind === 'Starred') || e.doubleStars?.length) return;
  // A builtin as the function (partial(int, base=2)) is called as a value, which takes no keywords yet.
  if (e.args[0].kind === 'Name' && implementedBuiltins.has(e.args[0].id)) return;
  const pos = e.pos;
  const name = (id: string): S.Expr => ({ kind: 'Name', id, pos });
  const param = (n: string, kind: S.Param['kind']): S.Param => ({ name: n, defaultValue: null, pos, kind });
  const keywords = e.keywords.map((_, i) => param(`__partial_kw${i}`, 'normal'));
  const inner: S.CallExpr = {
    kind: 'Call',
    pos,
    func: name('func'),
    args: [{ kind: 'Starred', value: name('args'), pos, inCall: true } as S.Expr, { kind: 'Starred', value: name('__partial_args'), pos, inCall: true } as S.Expr],
    // A keyword the call passes again replaces the bound one, as partial's keywords merge: `k=kwargs.pop('k', _k0)`.
    keywords: e.keywords.map((k, i) => ({
      ...k,
      value: { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: name('__partial_kwargs'), attr: 'pop' }, args: [{ kind: 'Str', pos, value: k.name }, name(keywords[i].name)], keywords: [] } as S.Expr,
    })),
    doubleStars: [name('__partial_kwargs')],
  };
  const lambda = (params: S.Param[], body: S.Expr): S.FunctionDef => ({ kind: 'FunctionDef', pos, name: '<lambda>', namePos: pos, isAsync: false, params, body: [{ kind: 'Return', pos, value: body }], decorators: [] });
  const call = lambda([param('__partial_args', 'varargs'), param('__partial_kwargs', 'varkw')], inner);
  call.partialKeywords = e.keywords.map((k) => k.name);
  const bind = lambda([param('func', 'normal'), param('args', 'normal'), ...keywords], { kind: 'Lambda', pos, def: call });
  const args: S.Expr[] = [e.args[0], { kind: 'Tuple', pos, elts: e.args.slice(1) }, ...e.keywords.map((k) => k.value)];
  for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
  Object.assign(e, { kind: 'Call', pos, func: { kind: 'Lambda', pos, def: bind }, args, keywords: [] });
}

/** functools.py's `partial`: its closure `partial_call` is a partial object, with cells func, args and keywords (see checker.ts isPartialObject). */
function markPartialCall(node: S.Stmt): void {
  if (node.kind !== 'FunctionDef' || node.name !== 'functools.partial') return;
  for (const s of node.body) if (s.kind === 'FunctionDef' && pythonName(s) === 'partial_call') s.partialKeywords = null;
}

/**
 * `receive(..., match=pred)` of aithon.actors calls `_receive_match`, the
 * selective half of receive (compiler/pylib/aithon/actors.py): a program
 * passes receive many different predicates and no predicate at all, and
 * past a few specialisations the compiler joins their types (a function and
 * None make a value it cannot call); `_receive_match` only ever gets
 * functions, which join into a callable value.
 */
function rewriteSelectiveReceive(e: S.Expr): void {
  if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'aithon.actors.receive') return;
  const match = e.keywords.find((k) => k.name === 'match')?.value ?? e.args[1];
  if (!match || match.kind === 'None' || match.kind === 'Starred') return;
  e.func = { ...e.func, id: 'aithon.actors._receive_match' };
}

/**
 * asyncio functions that take a list (or any iterable) of awaitables get, at
 * each call site, a list of Futures made there: a list parameter is one
 * container for all of a function's callers, so a list of Tasks here and of
 * coroutines there would meet in it (and make every Future dynamic).
 *   asyncio.gather(*aws)        => asyncio._gather_list([asyncio.ensure_future(a) for a in aws])
 *   asyncio.as_completed(aws)   => asyncio.as_completed([asyncio.ensure_future(a) for a in aws])
 *   asyncio.wait(aws)           => asyncio.wait([asyncio._future_only(a) for a in aws])
 * The same futures, made in the same order (wait() refuses coroutines, as 3.11 does).
 */
function awaitableListRewriter(): (e: S.Expr) => void {
  let n = 0;
  const convert = (source: S.Expr, fn: string): S.Expr => {
    const pos = source.pos;
    const item: S.NameExpr = { kind: 'Name', pos, id: `$aw${++n}` };
    const call: S.CallExpr = { kind: 'Call', pos, func: { kind: 'Name', pos, id: fn }, args: [item], keywords: [] };
    return { kind: 'ListComp', pos, elt: call, generators: [{ target: item, iter: source, ifs: [], pos }] };
  };
  return (e) => {
    if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.args.length !== 1) return;
    const [arg] = e.args;
    switch (e.func.id) {
      case 'asyncio.gather':
        if (arg.kind !== 'Starred') return;
        e.args = [convert(arg.value, 'asyncio.ensure_future')];
        e.func = { ...e.func, id: 'asyncio._gather_list' };
        return;
      case 'asyncio.as_completed':
        if (arg.kind !== 'Starred') e.args = [convert(arg, 'asyncio.ensure_future')];
        return;
      case 'asyncio.wait':
        if (arg.kind !== 'Starred') e.args = [convert(arg, 'asyncio._future_only')];
        return;
      default:
        return;
    }
  };
}

/**
 * `print(a, b, sep=s, end=e, file=f)` to anything but sys.stdout/sys.stderr
 * written out (io.StringIO, a user class with write()) is
 * `f.write(s.join([str(a), str(b)]) + e)`, which is what print does with it.
 */
function rewritePrintToFile(e: S.Expr): void {
  const isSysStream = (e: S.Expr) => e.kind === 'Attribute' && e.value.kind === 'Name' && e.value.id === 'sys' && (e.attr === 'stdout' || e.attr === 'stderr');
  if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'print') return;
  const file = e.keywords.find((k) => k.name === 'file');
  if (!file || isSysStream(file.value) || file.value.kind === 'None' || e.args.some((a) => a.kind === 'Starred') || e.doubleStars?.length) return;
  if (e.keywords.some((k) => !['sep', 'end', 'file', 'flush'].includes(k.name))) return;
  const pos = e.pos;
  const kw = (name: string, dflt: string): S.Expr => {
    const v = e.keywords.find((k) => k.name === name)?.value;
    return !v || v.kind === 'None' ? { kind: 'Str', value: dflt, pos } : v;
  };
  const strs: S.Expr[] = e.args.map((a) => ({ kind: 'Call', func: { kind: 'Name', id: 'str', pos: a.pos }, args: [a], keywords: [], pos: a.pos }));
  const joined: S.Expr = { kind: 'Call', func: { kind: 'Attribute', value: kw('sep', ' '), attr: 'join', pos }, args: [{ kind: 'List', elts: strs, pos }], keywords: [], pos };
  const text: S.Expr = { kind: 'Binary', op: '+', left: joined, right: kw('end', '\n'), pos };
  const write: S.CallExpr = { kind: 'Call', func: { kind: 'Attribute', value: file.value, attr: 'write', pos: file.value.pos }, args: [text], keywords: [], pos };
  for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
  Object.assign(e, write);
}

/** A word every call that rewriteCalls rewrites has in its file's text. */
const callRewriteWords = /\bfile\b|partial|receive|gather|as_completed|wait/;

/**
 * The call rewrites above, in one walk of the linked program (each walk of a
 * 2,000-function program costs tens of milliseconds of every serve cycle).
 * Pre-order: what a rewritten call moves (a partial's arguments into the
 * lambda's defaults, print's arguments into the write) is walked after it.
 */
function rewriteCalls(mod: S.Module): void {
  // Each rewrite is of a call that some linked file spells out (`file=`, partial, receive, gather,
  // as_completed, wait: also when imported under another name, the import names it): when no file's
  // text holds one of these words, no call can be rewritten, and the walk is skipped.
  if (![mod.source, ...(mod.sources?.values() ?? [])].some((text) => callRewriteWords.test(text))) return;
  const rewriteAwaitableList = awaitableListRewriter();
  S.walkNodes(mod.body, (node) => {
    if (node.kind === 'FunctionDef') markPartialCall(node as unknown as S.Stmt);
    if (node.kind !== 'Call') return;
    const e = node as unknown as S.Expr;
    rewritePrintToFile(e);
    rewriteKeywordPartial(e);
    rewriteSelectiveReceive(e);
    rewriteAwaitableList(e);
  });
}

/** Names a module binds at its top level (defs, classes, assignments, imports). */
function topLevelNames(body: S.Stmt[]): Set<string> {
  const names = boundNames(body);
  const visit = (stmts: S.Stmt[]) => {
    for (const s of stmts) {
      if (s.kind === 'Import') for (const n of s.names) names.add(n.asname ?? n.module.split('.')[0]);
      else if (s.kind === 'ImportFrom') for (const n of s.names) names.add(n.asname ?? n.name);
      else S.childBlocks(s).forEach(visit);
    }
  };
  visit(body);
  return names;
}

/**
 * The top-level code of main.py up to the first statement that binds `renamed` (and that statement's value, for
 * an assignment) reads the builtin `name`: the global does not exist yet. Function and class bodies run later.
 */
function readBuiltinBeforeBinding(body: S.Stmt[], name: string, renamed: string): void {
  const restore = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { kind?: string; id?: string };
    if (n.kind === 'FunctionDef' || n.kind === 'ClassDef' || n.kind === 'Lambda') return;
    if (n.kind === 'Name' && n.id === renamed) n.id = name;
    for (const [k, v] of Object.entries(node)) if (k !== 'pos') Array.isArray(v) ? v.forEach(restore) : restore(v);
  };
  for (const s of body) {
    if (!boundNames([s], { defNames: false }).has(renamed)) {
      restore(s);
      continue;
    }
    if (s.kind === 'Assign') restore(s.value);
    return;
  }
}

/** A stdlib import inside a linked module binds renamed names (`import math` -> helpers.math). */
/** What an import binds a name to: equal keys bind the same object. */
function importKeys(s: S.ImportStmt | S.ImportFromStmt): Map<string, string> | null {
  const keys = new Map<string, string>();
  if (s.kind === 'Import') {
    for (const n of s.names) {
      if (n.module.includes('.')) return null;
      keys.set(n.asname ?? n.module, `import ${n.module}`);
    }
  } else {
    if (s.level > 0) return null;
    for (const n of s.names) keys.set(n.asname ?? n.name, `from ${s.module} import ${n.name}`);
  }
  return keys;
}

/**
 * `import operator` / `from itertools import accumulate` inside a function
 * (or method) of a bundled library module written in Python: the import is
 * moved to the top level, before the top-level statement that holds it, so
 * that the library's code is linked as for a top-level import. Importing a
 * bundled module has no effect but binding its names, so this is exact when
 * nothing else in the module binds those names to anything else and no code
 * outside the importing functions reads them (where CPython would raise
 * NameError); otherwise the import is left where it is (and reported).
 */
function hoistLibraryImports(body: S.Stmt[], isLibraryModule: (name: string) => boolean): S.Stmt[] {
  type Imp = S.ImportStmt | S.ImportFromStmt;
  const isLibraryImport = (s: Imp) => (s.kind === 'Import' ? s.names.every((n) => isLibraryModule(n.module)) : s.level === 0 && isLibraryModule(s.module));
  // Imports inside functions, by the top-level statement that holds them.
  const nested = new Map<S.Stmt, Imp[]>();
  const keyOf = new Map<string, Set<string>>(); // bound name -> keys of every import binding it
  const otherBindings = new Set<string>(boundNames(body));
  const stmtLists = (s: S.Stmt): S.Stmt[][] => {
    const r = s as unknown as Record<string, unknown>;
    const lists: S.Stmt[][] = [];
    for (const k of ['body', 'orelse', 'finalbody']) if (Array.isArray(r[k])) lists.push(r[k] as S.Stmt[]);
    if (s.kind === 'Try') for (const h of s.handlers) lists.push(h.body);
    const cases = (r as { cases?: { body: S.Stmt[] }[] }).cases;
    if (Array.isArray(cases)) for (const c of cases) lists.push(c.body);
    return lists;
  };
  const noteImport = (s: Imp) => {
    for (const [name, key] of importKeys(s) ?? []) {
      if (!keyOf.has(name)) keyOf.set(name, new Set());
      keyOf.get(name)!.add(key);
    }
  };
  const collect = (list: S.Stmt[], top: S.Stmt | null) => {
    for (const s of list) {
      if ((s.kind === 'Import' || s.kind === 'ImportFrom')) {
        noteImport(s);
        if (top && importKeys(s) && isLibraryImport(s)) {
          if (!nested.has(top)) nested.set(top, []);
          nested.get(top)!.push(s);
        } else if (top) for (const name of importKeys(s)?.keys() ?? []) otherBindings.add(name);
      }
      const inner = top ?? (s.kind === 'FunctionDef' || s.kind === 'ClassDef' ? s : null);
      for (const l of stmtLists(s)) collect(l, inner);
    }
  };
  collect(body, null);
  if (!nested.size) return body;
  // Every other binding: names assigned in any function, parameters, nested defs and classes.
  walkFunctionDefs(body, (def) => {
    for (const n of boundNames(def.body)) otherBindings.add(n);
    for (const p of def.params) otherBindings.add(p.name);
  });
  const hoistable = new Set([...keyOf].filter(([name, keys]) => keys.size === 1 && !otherBindings.has(name)).map(([name]) => name));
  // A read of such a name in a function that neither imports it nor is nested in one that does (nor after a top-level import).
  const importsIn = (list: S.Stmt[]): Set<string> => {
    const out = new Set<string>();
    const visit = (l: S.Stmt[]) => {
      for (const s of l) {
        if (s.kind === 'Import' || s.kind === 'ImportFrom') for (const name of importKeys(s)?.keys() ?? []) out.add(name);
        else if (s.kind !== 'FunctionDef' && s.kind !== 'ClassDef') stmtLists(s).forEach(visit);
      }
    };
    visit(list);
    return out;
  };
  const readsOutside = (node: unknown, available: Set<string>, found: Set<string>): void => {
    if (Array.isArray(node)) {
      for (const x of node) readsOutside(x, available, found);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.kind === 'Name' && hoistable.has(n.id as string) && !available.has(n.id as string)) found.add(n.id as string);
    if (n.kind === 'FunctionDef') {
      const def = n as unknown as S.FunctionDef;
      const inner = new Set([...available, ...importsIn(def.body)]);
      for (const p of def.params) readsOutside(p.defaultValue, available, found);
      readsOutside(def.decorators, available, found);
      readsOutside(def.body, inner, found);
      return;
    }
    for (const k in n) if (k !== 'pos' && k !== 'namePos') readsOutside(n[k], available, found);
  };
  const unreachable = new Set<string>();
  readsOutside(body, importsIn(body), unreachable);
  const out: S.Stmt[] = [];
  for (const top of body) {
    for (const s of nested.get(top) ?? []) {
      const names = [...importKeys(s)!.keys()];
      if (!names.every((name) => hoistable.has(name) && !unreachable.has(name))) continue;
      out.push({ ...s });
      for (const k of Object.keys(s)) delete (s as unknown as Record<string, unknown>)[k];
      Object.assign(s, { kind: 'Pass', pos: out[out.length - 1].pos });
    }
    out.push(top);
  }
  return out;
}

/** Every function definition (and lambda) in these statements, at any depth. */
function walkFunctionDefs(body: S.Stmt[], visit: (def: S.FunctionDef) => void): void {
  const go = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) go(x);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.kind === 'FunctionDef') visit(n as unknown as S.FunctionDef);
    for (const k in n) if (k !== 'pos' && k !== 'namePos') go(n[k]);
  };
  go(body);
}

function renameImportAliases(s: S.ImportStmt | S.ImportFromStmt, own: Map<string, string>): S.Stmt {
  if (own.size === 0) return s;
  if (s.kind === 'Import') return { ...s, names: s.names.map((n) => ({ ...n, asname: own.get(n.asname ?? n.module.split('.')[0]) ?? n.asname })) };
  return { ...s, names: s.names.map((n) => ({ ...n, asname: own.get(n.asname ?? n.name) ?? n.asname })) };
}

/**
 * Renames global names of a module in place: every Name that resolves to a
 * module-level binding listed in `renames`, `module.attr` through an alias
 * of a linked module, the names of top-level defs and classes, and
 * `__name__` (a linked module's own name).
 */
function renameNames(
  mod: S.Module,
  renames: Map<string, string>,
  aliases: Map<string, string>,
  namesOf: (module: string) => Map<string, string> | null,
  modName: string | null,
  missing: (module: string, attr: string, pos: SourcePos) => void,
  moduleValue: (module: string, pos: SourcePos) => void,
): void {
  // Nothing to rename (main.py importing no module of ours): skip the walk over the whole program.
  if (renames.size === 0 && aliases.size === 0 && modName === null) return;
  const { scopes } = buildScopes(mod, () => {});
  const isGlobalIn = (scope: Scope | null, name: string) => !scope || (!scope.locals.has(name) && !scope.free.includes(name));

  const replace = (e: S.Expr, by: S.Expr): void => {
    for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
    Object.assign(e, by);
  };
  const expr = (e: S.Expr, scope: Scope | null): void => {
    // getattr(re, 'compile') / getattr(re, name, default) / hasattr(re, 'sub') of a module of ours with a literal name:
    // the name as `re.compile` reads it (a module of ours has no object to look in when the program runs).
    if (e.kind === 'Call' && e.func.kind === 'Name' && (e.func.id === 'getattr' || e.func.id === 'hasattr') && !renames.has(e.func.id) && isGlobalIn(scope, e.func.id)) {
      const [m, attr, dflt] = e.args;
      const most = e.func.id === 'getattr' ? 3 : 2;
      const module = m?.kind === 'Name' && aliases.has(m.id) && !renames.has(m.id) && isGlobalIn(scope, m.id) ? aliases.get(m.id)! : null;
      if (module && !stdlibModules[module] && attr?.kind === 'Str' && e.args.length <= most && e.args.length >= 2 && !e.keywords.length && !e.doubleStars?.length) {
        const q = namesOf(module)?.get(attr.value);
        // A name CPython's module has and ours lacks is a build error where it is read (as for `re.nosuch`).
        if (!q && (dflt === undefined || cpythonModuleNames[module]?.has(attr.value))) {
          if (e.func.id === 'getattr' || cpythonModuleNames[module]?.has(attr.value)) missing(module, attr.value, attr.pos);
        }
        if (e.func.id === 'hasattr') replace(e, { kind: 'Bool', value: q !== undefined, pos: e.pos });
        else if (q) replace(e, { kind: 'Name', id: q, pos: e.pos });
        else if (dflt) {
          replace(e, dflt);
          expr(e, scope);
        }
        return;
      }
    }
    if (e.kind === 'Attribute' && e.value.kind === 'Attribute') {
      // alias.sub.attr where module.sub is a linked submodule (os.path.join).
      const parts: string[] = [e.attr];
      let base: S.Expr = e.value;
      while (base.kind === 'Attribute') {
        parts.unshift(base.attr);
        base = base.value;
      }
      if (base.kind === 'Name' && aliases.has(base.id) && isGlobalIn(scope, base.id)) {
        const attr = parts.pop()!;
        const module = [aliases.get(base.id)!, ...parts].join('.');
        const names = namesOf(module);
        if (names) {
          const q = names.get(attr);
          if (!q) missing(module, attr, e.pos);
          else {
            const pos = e.pos;
            for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
            Object.assign(e as unknown as S.NameExpr, { kind: 'Name', id: q, pos });
            return;
          }
        }
      }
    }
    if (e.kind === 'Attribute' && e.value.kind === 'Name' && aliases.has(e.value.id) && isGlobalIn(scope, e.value.id)) {
      const module = aliases.get(e.value.id)!;
      const q = namesOf(module)?.get(e.attr);
      if (!q && e.attr === '__name__' && !stdlibModules[module]) {
        // `util.__name__` of a module of ours: its dotted name, as `__name__` read inside it.
        const pos = e.pos;
        for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
        Object.assign(e as unknown as S.StrExpr, { kind: 'Str', value: module, pos });
        return;
      }
      if (!q && !stdlibModules[module]?.[e.attr] && !rewrittenLater.has(`${module}.${e.attr}`)) missing(module, e.attr, e.pos);
      if (q) {
        const node = e as unknown as S.NameExpr;
        const pos = e.pos;
        for (const k of Object.keys(e)) delete (e as unknown as Record<string, unknown>)[k];
        Object.assign(node, { kind: 'Name', id: q, pos });
        return;
      }
    }
    if (e.kind === 'Name') {
      if (e.id === '__name__' && modName && isGlobalIn(scope, e.id)) {
        Object.assign(e, { kind: 'Str', value: modName });
        delete (e as unknown as Record<string, unknown>).id;
        return;
      }
      // A module of ours (linked: its names are the program's globals) read as a value has no object to be.
      if (aliases.has(e.id) && !renames.has(e.id) && !stdlibModules[aliases.get(e.id)!] && isGlobalIn(scope, e.id)) moduleValue(aliases.get(e.id)!, e.pos);
      const q = renames.get(e.id);
      // (main.py's renames are for its own code: the linked modules' code within it carries its file.)
      if (q && isGlobalIn(scope, e.id) && (modName !== null || e.pos.file === undefined)) e.id = q;
      return;
    }
    if (e.kind === 'Lambda') {
      for (const p of e.def.params) if (p.defaultValue) expr(p.defaultValue, scope);
      stmts(e.def.body, scopes.get(e.def) ?? scope);
      return;
    }
    for (const c of S.childExprs(e)) expr(c, scope);
  };

  // `helpers.count = 0` / `re.compile = f` inside a function assigns the
  // module's global: once the target is renamed to the qualified name, the
  // function declares it `global` (else it would be a new local, and reading
  // `helpers.count` before it in the function an UnboundLocalError).
  // (Each name with its first store: the `global` takes that position, so a
  // diagnostic about the assignment points at it.)
  let moduleStores: Map<string, SourcePos> | null = null;
  const storeTarget = (t: S.Expr, scope: Scope | null): void => {
    const attrs = S.targetAttributes(t);
    expr(t, scope);
    for (const a of attrs) {
      const renamed = a as unknown as S.Expr;
      if (renamed.kind === 'Name' && moduleStores && !moduleStores.has(renamed.id)) moduleStores.set(renamed.id, renamed.pos);
    }
  };

  const stmts = (list: S.Stmt[], scope: Scope | null, inClass = false): void => {
    for (const s of list) {
      switch (s.kind) {
        case 'FunctionDef': {
          // Decorators and defaults run in the enclosing scope (`@helpers.traced`, `@contextmanager` imported from a module).
          for (const d of s.decorators) expr(d, scope);
          for (const p of s.params) if (p.defaultValue) expr(p.defaultValue, scope);
          if (!inClass && isGlobalIn(scope, s.name) && renames.has(s.name)) s.name = renames.get(s.name)!;
          const outer = moduleStores;
          moduleStores = new Map();
          stmts(s.body, scopes.get(s) ?? null);
          for (const [name, pos] of moduleStores) s.body.unshift({ kind: 'Global', pos, names: [name] });
          moduleStores = outer;
          break;
        }
        case 'ClassDef':
          s.decorators.forEach((d) => expr(d, scope));
          s.bases.forEach((b) => expr(b, scope));
          if (isGlobalIn(scope, s.name) && renames.has(s.name)) s.name = renames.get(s.name)!;
          stmts(s.body, scope, true);
          break;
        case 'Global':
          s.names = s.names.map((n) => renames.get(n) ?? n);
          break;
        case 'Assign':
          expr(s.value, scope);
          // In a class body, plain names are class attributes, not globals.
          s.targets.forEach((t) => (inClass && t.kind === 'Name' ? undefined : storeTarget(t, scope)));
          break;
        case 'AnnAssign':
          if (s.value) expr(s.value, scope);
          if (!(inClass && s.target.kind === 'Name')) storeTarget(s.target, scope);
          break;
        case 'AugAssign':
          expr(s.value, scope);
          storeTarget(s.target, scope);
          break;
        default:
          for (const e of S.ownExprs(s)) expr(e, scope);
          if (s.kind === 'If' || s.kind === 'While' || s.kind === 'For') {
            stmts(s.body, scope, inClass);
            stmts(s.orelse, scope, inClass);
          } else if (s.kind === 'Try') {
            stmts(s.body, scope, inClass);
            for (const h of s.handlers) {
              if (h.name && renames.has(h.name) && isGlobalIn(scope, h.name)) h.name = renames.get(h.name)!;
              stmts(h.body, scope, inClass);
            }
            stmts(s.orelse, scope, inClass);
            stmts(s.finalbody, scope, inClass);
          }
      }
    }
  };
  stmts(mod.body, null);
}

