// @aithon/nx:lib: create an AIthon library project, a Python package that
// the workspace's programs import (`import textkit`).
//
// `nx g @aithon/nx:lib textkit` makes libs/textkit with a project.json
// (tagged aithon:lib: what makes the plugin infer it as a library) and the
// package libs/textkit/textkit/. The project folder is the library's entry on
// the search path, as a PYTHONPATH entry is: the package is one level below.
import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import {
  formatFiles,
  generateFiles,
  getProjects,
  glob,
  logger,
  writeJson,
  type GeneratorCallback,
  type Tree,
} from '@nx/devkit';
import { annotationModules, stdlibModules } from '../../compiler/src/stdlib';
import { LIBRARY_TAG, topLevelModulesOf } from '../../plugin/dependencies';
import { assignProjectNames, selectProjectRoots } from '../../plugin/index';
import { projectFolder, validateProjectName } from '../app/generator';
import { initGenerator } from '../init/generator';

export interface LibGeneratorSchema {
  /** Project name; the package is named after it unless packageName is given. */
  name?: string;
  /** Project root, relative to the current directory inside the workspace. Default: libs/<name>. */
  directory?: string;
  /** The Python package's name. Default: the project name with '-' replaced by '_'. */
  packageName?: string;
  skipFormat?: boolean;
}

export interface NormalizedLibOptions {
  projectName: string;
  projectRoot: string;
  packageName: string;
}

const PACKAGE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Python's keywords (3.12): none can be imported by name. */
const PYTHON_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);

/** compiler/pylib, from the sources (tests) or from the package (lib/generators/lib). */
function bundledLibraryDir(): string | undefined {
  return [join(__dirname, '..', '..', 'compiler', 'pylib'), join(__dirname, '..', '..', '..', 'compiler', 'pylib')].find((d) => existsSync(d));
}

/** Top-level names the compiler resolves to its own standard library before any library folder. */
function bundledModuleNames(): Set<string> {
  const names = new Set<string>([...Object.keys(stdlibModules), ...annotationModules].map((m) => m.split('.')[0]));
  const dir = bundledLibraryDir();
  if (dir) for (const entry of readdirSync(dir)) names.add(entry.replace(/\.py$/, ''));
  return names;
}

export function validatePackageName(packageName: string, derivedFrom?: string): void {
  const origin = derivedFrom ? ` (derived from the project name "${derivedFrom}"; pass --packageName to choose another)` : '';
  if (!PACKAGE_NAME.test(packageName) || PYTHON_KEYWORDS.has(packageName)) {
    throw new Error(`Invalid package name "${packageName}"${origin}: a Python package name is a letter or '_' followed by letters, digits or '_', and not a keyword. Example: --packageName=text_tools`);
  }
  if (bundledModuleNames().has(packageName)) {
    throw new Error(`Package name "${packageName}"${origin} is a standard-library module the compiler provides itself, so \`import ${packageName}\` would never reach the library: choose another, e.g. --packageName=my_${packageName}`);
  }
}

export function normalizeLibOptions(tree: Tree, options: LibGeneratorSchema): NormalizedLibOptions {
  const projectName = options.name?.trim();
  if (!projectName) throw new Error('Give the library a name: nx g @aithon/nx:lib textkit (optionally --directory libs/textkit)');
  validateProjectName(projectName);
  const rawDirectory = options.directory?.trim();
  const projectRoot = rawDirectory ? projectFolder(tree, rawDirectory) : `libs/${projectName}`;
  const explicitPackage = options.packageName?.trim();
  const packageName = explicitPackage || projectName.replace(/-/g, '_');
  validatePackageName(packageName, explicitPackage ? undefined : projectName);
  return { projectName, projectRoot, packageName };
}

function templateDir(): string {
  // From source (tests): generators/lib/files. From the package:
  // lib/generators/lib/generator.js -> <package>/generators/lib/files.
  const candidates = [join(__dirname, 'files'), join(__dirname, '..', '..', '..', 'generators', 'lib', 'files')];
  return candidates.find((d) => existsSync(d)) ?? candidates[candidates.length - 1];
}

/** The aithon:lib project.json files of the tree and the top-level packages their folders provide. */
function existingLibraries(tree: Tree): Array<{ root: string; modules: Set<string> }> {
  const libraries: Array<{ root: string; modules: Set<string> }> = [];
  for (const manifest of glob(tree, ['**/project.json'])) {
    let tags: unknown;
    try {
      tags = (JSON.parse(tree.read(manifest, 'utf-8') ?? '{}') as { tags?: unknown }).tags;
    } catch {
      continue;
    }
    if (!Array.isArray(tags) || !tags.includes(LIBRARY_TAG)) continue;
    const root = posix.dirname(manifest);
    libraries.push({ root, modules: topLevelModulesOf(root, glob(tree, [`${root}/*.py`, `${root}/*/__init__.py`])) });
  }
  return libraries;
}

function assertNoClash(tree: Tree, opts: NormalizedLibOptions): void {
  for (const file of ['project.json', 'main.py', `${opts.packageName}/__init__.py`]) {
    if (tree.exists(posix.join(opts.projectRoot, file))) {
      throw new Error(`${opts.projectRoot}/${file} already exists; choose another --directory`);
    }
  }
  for (const [name, project] of getProjects(tree)) {
    if (name === opts.projectName) throw new Error(`A project named "${opts.projectName}" already exists in ${project.root}; choose another name`);
  }
  // Programs inferred by this plugin have no project.json: look at main.py files.
  const roots = selectProjectRoots(glob(tree, ['**/main.py']), tree.root);
  for (const [root, name] of assignProjectNames(roots, tree.root)) {
    if (name === opts.projectName) throw new Error(`A project named "${opts.projectName}" already exists in ${root}; choose another name`);
  }
  // Two libraries providing one package: an import could mean either.
  for (const lib of existingLibraries(tree)) {
    if (lib.modules.has(opts.packageName)) {
      throw new Error(`The library in ${lib.root} already provides the package "${opts.packageName}"; choose another --packageName`);
    }
  }
}

export async function libGenerator(tree: Tree, options: LibGeneratorSchema): Promise<GeneratorCallback> {
  const opts = normalizeLibOptions(tree, options);
  assertNoClash(tree, opts);

  generateFiles(tree, templateDir(), opts.projectRoot, {
    name: opts.projectName,
    packageName: opts.packageName,
    projectRoot: opts.projectRoot,
    tmpl: '',
  });
  const schema = posix.join(posix.relative(opts.projectRoot, ''), 'node_modules/nx/schemas/project-schema.json');
  writeJson(tree, posix.join(opts.projectRoot, 'project.json'), {
    $schema: schema,
    name: opts.projectName,
    projectType: 'library',
    tags: [LIBRARY_TAG],
  });
  await initGenerator(tree, { skipFormat: true });
  if (!options.skipFormat) await formatFiles(tree);

  return () => {
    logger.info(
      `Created the library ${opts.projectName} in ${opts.projectRoot} (package ${opts.packageName}).\n` +
        `  In a program: import ${opts.packageName}    # the program then depends on ${opts.projectName}\n` +
        `  nx run ${opts.projectName}:validate`,
    );
  };
}

export default libGenerator;
