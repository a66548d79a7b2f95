// @aithon/nx:app: create a runnable AIthon program (a folder with main.py).
//
// Nx 20+ conventions: the positional argument is the project's directory
// (its root, relative to where nx is run), and the project name defaults to
// the directory's last segment: `nx g @aithon/nx:app apps/demo` makes project
// `demo` in apps/demo. `--name` alone puts the project in apps/<name>.
import { existsSync } from 'node:fs';
import { isAbsolute, join, posix, relative } from 'node:path';
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
import { assignProjectNames, selectProjectRoots } from '../../plugin/index';
import { initGenerator } from '../init/generator';

export interface AppGeneratorSchema {
  /** Project root, relative to the current directory inside the workspace. */
  directory?: string;
  /** Project name (and executable name); defaults to the directory's last segment. */
  name?: string;
  skipFormat?: boolean;
}

export interface NormalizedAppOptions {
  projectName: string;
  projectRoot: string;
}

const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]*$/;

export function validateProjectName(name: string): void {
  if (!NAME_PATTERN.test(name)) {
    throw new Error(
      `Invalid project name "${name}": use a letter followed by letters, digits, '-' or '_' ` +
        `(it also names the executable). Example: --name=hello-world`,
    );
  }
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}

/** Path of the current directory inside the workspace, '' at its root or outside it. */
function relativeCwd(tree: Tree): string {
  const rel = toPosix(relative(tree.root, process.cwd()));
  return rel.startsWith('..') || isAbsolute(rel) ? '' : rel;
}

/**
 * The project folder a `--directory` names, relative to the workspace root. As Nx's own generators
 * do, a relative directory is taken from where `nx g` runs; it must stay inside the workspace.
 */
export function projectFolder(tree: Tree, rawDirectory: string): string {
  if (isAbsolute(rawDirectory)) throw new Error(`--directory must be relative to the workspace, got "${rawDirectory}"`);
  const projectRoot = posix.normalize(posix.join(relativeCwd(tree), toPosix(rawDirectory))).replace(/\/+$/, '');
  if (projectRoot === '.' || projectRoot === '' || projectRoot === '..' || projectRoot.startsWith('../')) {
    throw new Error(`--directory "${rawDirectory}" must be a folder inside the workspace (not its root)`);
  }
  return projectRoot;
}

export function normalizeAppOptions(tree: Tree, options: AppGeneratorSchema): NormalizedAppOptions {
  const rawDirectory = options.directory?.trim();
  const rawName = options.name?.trim();
  if (!rawDirectory && !rawName) {
    throw new Error('Give the app a directory or a name: nx g @aithon/nx:app apps/hello (or --name=hello)');
  }
  if (rawName) validateProjectName(rawName);

  const projectRoot = rawDirectory ? projectFolder(tree, rawDirectory) : `apps/${rawName}`;
  const projectName = rawName ?? posix.basename(projectRoot);
  if (!rawName) {
    try {
      validateProjectName(projectName);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n(the name comes from the directory "${projectRoot}"; pass --name to choose another)`);
    }
  }
  return { projectName, projectRoot };
}

function templateDir(): string {
  // From source (tests): generators/app/files. From the package:
  // lib/generators/app/generator.js -> <package>/generators/app/files.
  const candidates = [join(__dirname, 'files'), join(__dirname, '..', '..', '..', 'generators', 'app', 'files')];
  return candidates.find((d) => existsSync(d)) ?? candidates[candidates.length - 1];
}

function assertNoClash(tree: Tree, opts: NormalizedAppOptions): void {
  if (tree.exists(posix.join(opts.projectRoot, 'main.py'))) {
    throw new Error(`${opts.projectRoot}/main.py already exists; choose another --directory`);
  }
  for (const [name, project] of getProjects(tree)) {
    if (name === opts.projectName) {
      throw new Error(`A project named "${opts.projectName}" already exists in ${project.root}; choose another --name`);
    }
  }
  // Projects inferred by this plugin have no project.json: look at main.py files.
  const roots = selectProjectRoots(glob(tree, ['**/main.py']), tree.root);
  for (const [root, name] of assignProjectNames(roots, tree.root)) {
    if (name === opts.projectName) {
      throw new Error(`A project named "${opts.projectName}" already exists in ${root}; choose another --name`);
    }
  }
}

export async function appGenerator(tree: Tree, options: AppGeneratorSchema): Promise<GeneratorCallback> {
  const opts = normalizeAppOptions(tree, options);
  assertNoClash(tree, opts);

  generateFiles(tree, templateDir(), opts.projectRoot, { name: opts.projectName, tmpl: '' });
  if (opts.projectName !== posix.basename(opts.projectRoot)) {
    // The plugin names projects after their folder; a project.json records
    // a different name (the plugin honours it).
    const schema = posix.join(posix.relative(opts.projectRoot, ''), 'node_modules/nx/schemas/project-schema.json');
    writeJson(tree, posix.join(opts.projectRoot, 'project.json'), {
      $schema: schema,
      name: opts.projectName,
      projectType: 'application',
    });
  }
  await initGenerator(tree, { skipFormat: true });
  if (!options.skipFormat) await formatFiles(tree);

  return () => {
    logger.info(
      `Created ${opts.projectRoot}/main.py.\n` +
        `  nx build ${opts.projectName}    # -> dist/${opts.projectRoot}/${opts.projectName}\n` +
        `  nx run ${opts.projectName}:run`,
    );
  };
}

export default appGenerator;
