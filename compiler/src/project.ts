// Stage 1a: find the project's main.py. A project is a folder holding exactly
// one main.py (searched recursively); folders that are not the user's source
// (dependencies, build output, VCS data, virtualenvs) are skipped.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { CompileError, type Diagnostic } from './diagnostics';

const skippedDirs = new Set(['node_modules', 'dist', '.git', '.nx', '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache']);

export interface ProjectLayout {
  /** Absolute project folder. */
  root: string;
  /** Absolute path of main.py. */
  mainFile: string;
  /** main.py's path relative to the project folder, as shown in diagnostics. */
  mainRelative: string;
  /** Every .py file of the project (absolute), main.py included. */
  pythonFiles: string[];
}

function isVirtualenv(dir: string): boolean {
  return existsSync(join(dir, 'pyvenv.cfg'));
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skippedDirs.has(entry.name) || isVirtualenv(full)) continue;
      walk(full, out);
    } else if (entry.isFile() && entry.name.endsWith('.py')) {
      out.push(full);
    }
  }
}

/** Every .py file under `dir` (absolute, sorted), skipping the same folders as a project's walk: a library folder's sources. */
export function pythonFilesUnder(dir: string): string[] {
  const files: string[] = [];
  walk(resolve(dir), files);
  return files.sort();
}

/** Accepts a project folder or the path of its main.py. */
export function findProject(target: string): ProjectLayout {
  const abs = resolve(target);
  if (!existsSync(abs)) {
    throw new CompileError([{ file: target, line: 0, column: 0, severity: 'error', message: 'no such file or folder', hint: 'pass the project folder that holds main.py' }]);
  }
  const root = statSync(abs).isDirectory() ? abs : dirname(abs);
  if (!statSync(abs).isDirectory() && basename(abs) !== 'main.py') {
    throw new CompileError([{ file: target, line: 0, column: 0, severity: 'error', message: 'the program must be a file named main.py', hint: 'rename the entry file to main.py, or pass its folder' }]);
  }
  const pythonFiles: string[] = [];
  walk(root, pythonFiles);
  pythonFiles.sort();
  const mains = pythonFiles.filter((f) => basename(f) === 'main.py');
  const rel = (f: string) => relative(root, f) || basename(f);
  const shown = relative(process.cwd(), root) || '.';
  if (mains.length === 0) {
    const d: Diagnostic = {
      file: shown,
      line: 0,
      column: 0,
      severity: 'error',
      message: `no main.py in project folder '${shown}'`,
      hint: 'a project needs exactly one main.py that defines main()',
    };
    throw new CompileError([d]);
  }
  if (mains.length > 1) {
    throw new CompileError(
      mains.slice(1).map((m) => ({
        file: rel(m),
        line: 1,
        column: 1,
        severity: 'error' as const,
        message: `second main.py in project '${shown}' (the first is ${rel(mains[0])})`,
        hint: 'a project has exactly one main.py: rename one, or move it to its own project folder',
      })),
    );
  }
  return { root, mainFile: mains[0], mainRelative: rel(mains[0]), pythonFiles };
}
