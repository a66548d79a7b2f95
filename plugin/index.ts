// @aithon/nx: the Nx plugin. Every folder with a `main.py` becomes an Nx
// project with a cached `build` target (AIthon -> native executable) and a
// `run` target (build, then execute it). Every folder whose project.json is
// tagged `aithon:lib` is a library project (Python packages other projects
// import) with a `validate` target; `createDependencies` turns imports of a
// library's packages into project-graph edges (plugin/dependencies.ts).
//
// Nx loads this module by package name (nx.json "plugins": ["@aithon/nx"])
// and calls `createNodes` with every workspace file matching the glob. Nx's
// own file walker already leaves out node_modules and everything .gitignored.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import type { CreateNodes, CreateNodesContext, CreateNodesResult, TargetConfiguration } from '@nx/devkit';
import { LIBRARY_TAG } from './dependencies';
import { toolchainFingerprint } from './toolchain';

export { createDependencies, LIBRARY_TAG } from './dependencies';

export interface AithonPluginOptions {
  /** Name of the inferred build target. Default: `build`. */
  buildTargetName?: string;
  /** Name of the inferred run target. Default: `run`. */
  runTargetName?: string;
  /** Name of the inferred serve target (watch, rebuild, restart). Default: `serve`. */
  serveTargetName?: string;
}

interface NormalizedOptions {
  buildTargetName: string;
  runTargetName: string;
  serveTargetName: string;
}

export const PLUGIN_NAME = '@aithon/nx';
export const MAIN_FILE_GLOB = '**/main.py';
/** What createNodes is called with: programs (main.py) and library candidates (project.json tagged aithon:lib). */
export const PROJECT_FILES_GLOB = '**/{main.py,project.json}';

/**
 * Folder names under which a main.py never makes a project:
 *  - node_modules, dist, site-packages, __pycache__: installed or generated code;
 *  - fixtures, __fixtures__: test inputs (compiler test cases, golden programs)
 *    are data for a test runner, not programs a user wants `nx build` targets
 *    for; inferring them would flood `nx show projects` and collide on names.
 * Any folder whose name starts with a dot (.git, .venv, .tox, .nx, ...) is
 * skipped too, and so is any folder that is a Python virtual environment
 * (it, or an ancestor below the workspace root, contains `pyvenv.cfg`), since
 * venvs may have any name.
 */
export const EXCLUDED_SEGMENTS: ReadonlySet<string> = new Set([
  'node_modules',
  'dist',
  'site-packages',
  '__pycache__',
  'fixtures',
  '__fixtures__',
]);

function normalizeOptions(options: AithonPluginOptions | undefined): NormalizedOptions {
  return {
    buildTargetName: options?.buildTargetName || 'build',
    runTargetName: options?.runTargetName || 'run',
    serveTargetName: options?.serveTargetName || 'serve',
  };
}

/** Workspace-relative, '/'-separated folder of a workspace-relative file. */
function projectRootOf(file: string): string {
  return posix.dirname(file.split('\\').join('/'));
}

function hasExcludedSegment(root: string): boolean {
  return root.split('/').some((seg) => seg.startsWith('.') || EXCLUDED_SEGMENTS.has(seg));
}

/** True when `root` or one of its ancestors (below the workspace root) is a venv. */
function insideVirtualEnv(root: string, workspaceRoot: string, memo: Map<string, boolean>): boolean {
  let dir = root;
  while (dir !== '.' && dir !== '' && dir !== '/') {
    let isVenv = memo.get(dir);
    if (isVenv === undefined) {
      isVenv = existsSync(join(workspaceRoot, dir, 'pyvenv.cfg'));
      memo.set(dir, isVenv);
    }
    if (isVenv) return true;
    dir = posix.dirname(dir);
  }
  return false;
}

/** The name a project.json / package.json in the folder already gives the project, if any. */
function declaredName(root: string, workspaceRoot: string): string | undefined {
  for (const file of ['project.json', 'package.json']) {
    const path = join(workspaceRoot, root, file);
    if (!existsSync(path)) continue;
    try {
      const json = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown };
      if (typeof json.name === 'string' && json.name.length > 0) return json.name;
    } catch {
      // Malformed JSON: Nx reports it itself when it reads that file.
    }
  }
  return undefined;
}

/**
 * Which main.py files make projects. A main.py directly at the workspace root
 * is not inferred: the whole workspace would be one Python project, and its
 * output folder (dist/) would contain every other project's output.
 */
export function selectProjectRoots(files: readonly string[], workspaceRoot: string): string[] {
  const memo = new Map<string, boolean>();
  const roots = new Set<string>();
  for (const file of files) {
    if (posix.basename(file.split('\\').join('/')) !== 'main.py') continue;
    const root = projectRootOf(file);
    if (root === '.' || root === '') continue;
    if (hasExcludedSegment(root)) continue;
    if (insideVirtualEnv(root, workspaceRoot, memo)) continue;
    roots.add(root);
  }
  return [...roots].sort();
}

/**
 * Project names: the name from the folder's project.json/package.json, else
 * the folder's basename. When two undeclared folders share a basename
 * (apps/a/tool and tools/tool) both are named after their whole root with
 * '/' replaced by '-' (apps-a-tool, tools-tool) so that the workspace still
 * loads; give them a project.json "name" to choose better names.
 */
export function assignProjectNames(roots: readonly string[], workspaceRoot: string): Map<string, string> {
  const names = new Map<string, string>();
  const undeclared: string[] = [];
  for (const root of roots) {
    const name = declaredName(root, workspaceRoot);
    if (name) names.set(root, name);
    else undeclared.push(root);
  }
  const count = new Map<string, number>();
  const taken = new Set(names.values());
  for (const root of undeclared) {
    const base = basename(root);
    count.set(base, (count.get(base) ?? 0) + 1);
  }
  for (const root of undeclared) {
    const base = basename(root);
    const clash = (count.get(base) ?? 0) > 1 || taken.has(base);
    names.set(root, clash ? root.split('/').join('-') : base);
  }
  return names;
}

/** Executable file name for a project name (`@scope/x` -> `x`). */
export function executableName(projectName: string): string {
  const last = projectName.split('/').pop() || projectName;
  return last.replace(/^@/, '');
}

/** The validate target's inputs: the project's .py files and its dependencies' (AIthon libraries). */
export const SOURCE_INPUTS = ['{projectRoot}/**/*.py', '^{projectRoot}/**/*.py'] as const;

/** The build's stages, in order: each an Nx target whose input is the previous one's output (docs/build.md). */
export const STAGE_TARGETS = ['validate', 'parse', 'ir', 'opt', 'codegen', 'link'] as const;

/** Where a project's stage outputs go (one sub-folder per stage), per mode. */
export function stagesDirOf(root: string, mode: 'dev' | 'release'): string {
  return `dist/.aithon/${mode}/${root}`;
}

export function buildTargets(
  root: string,
  options: NormalizedOptions,
  toolchain: string,
  projectName: string = basename(root),
): Record<string, TargetConfiguration> {
  const main = '{projectRoot}/main.py';
  const exe = executableName(projectName);
  const targets: Record<string, TargetConfiguration> = {};
  STAGE_TARGETS.forEach((stage, i) => {
    targets[stage] = {
      executor: '@aithon/nx:stage',
      cache: true,
      dependsOn: i === 0 ? [] : [STAGE_TARGETS[i - 1]],
      // validate reads the sources, the project's and those of the libraries
      // it depends on ('^': every dependency's, transitively, so that editing
      // a library re-runs it and editing an unrelated project does not);
      // every later stage reads only the previous stage's output, so an edit
      // that leaves an output unchanged (a comment) makes every later stage a
      // cache hit. The toolchain fingerprint in the options is part of each
      // task's hash.
      inputs: i === 0 ? [...SOURCE_INPUTS] : [{ dependentTasksOutputFiles: '**/*', transitive: false }],
      outputs: [`{options.stagesDir}/${stage}`],
      options: { stage, main, stagesDir: stagesDirOf(root, 'dev'), mode: 'dev', executableName: exe, toolchain },
      configurations: { release: { mode: 'release', stagesDir: stagesDirOf(root, 'release') } },
      metadata: { technologies: ['aithon'], description: stageDescriptions[stage] },
    };
  });
  const build: TargetConfiguration = {
    executor: '@aithon/nx:build',
    cache: true,
    dependsOn: ['link'],
    inputs: [{ dependentTasksOutputFiles: '**/*', transitive: false }],
    outputs: ['{options.outputPath}'],
    options: {
      main,
      outputPath: 'dist/{projectRoot}',
      mode: 'dev',
      stagesDir: stagesDirOf(root, 'dev'),
      executableName: exe,
      toolchain,
    },
    configurations: {
      release: { mode: 'release', stagesDir: stagesDirOf(root, 'release') },
    },
    metadata: {
      technologies: ['aithon'],
      description: 'The native executable of main.py: the link stage\'s output, in dist/',
    },
  };
  const run: TargetConfiguration = {
    executor: '@aithon/nx:run',
    cache: false,
    dependsOn: [options.buildTargetName],
    options: {
      buildTarget: options.buildTargetName,
    },
    metadata: {
      technologies: ['aithon'],
      description: 'Build, then run the executable; arguments after -- are passed to it',
    },
  };
  // serve builds in its own process (no dependsOn) and runs until stopped.
  const serve: TargetConfiguration = {
    executor: '@aithon/nx:serve',
    continuous: true,
    cache: false,
    options: { buildTarget: options.buildTargetName },
    configurations: { release: { mode: 'release' } },
    metadata: {
      technologies: ['aithon'],
      description: 'Build, run, and rebuild + restart on every save of a .py file (docs/serve.md)',
    },
  };
  return { ...targets, [options.buildTargetName]: build, [options.runTargetName]: run, [options.serveTargetName]: serve };
}

const stageDescriptions: Record<(typeof STAGE_TARGETS)[number], string> = {
  validate: 'Check main.py (one main()) and the syntax of every .py file',
  parse: 'Parse main.py and link the modules it imports into one syntax tree',
  ir: 'Type-check, lower to typed IR, emit LLVM IR (one unit per function in dev)',
  opt: 'Optimise the LLVM IR (per function unit, cached; release: whole program with the runtime)',
  codegen: 'Generate object code (per function unit, cached)',
  link: 'Link the objects and the runtime into the executable',
};

/** A library project's targets: `validate` checks the syntax of every .py file (a library is not built alone). */
export function libraryTargets(toolchain: string): Record<string, TargetConfiguration> {
  return {
    validate: {
      executor: '@aithon/nx:check',
      cache: true,
      // Only its own files: the check does not look into the libraries it imports.
      inputs: ['{projectRoot}/**/*.py'],
      outputs: [],
      options: { path: '{projectRoot}', toolchain },
      metadata: { technologies: ['aithon'], description: 'Check the syntax of every .py file of the library (apps that import it compile it)' },
    },
  };
}

interface LibraryManifest {
  root: string;
  name?: string;
}

/**
 * Which project.json files make library projects: those tagged aithon:lib,
 * outside the folders skipped for programs. A folder with a main.py is a
 * program whatever its tags (one project, one kind).
 */
export function selectLibraries(files: readonly string[], workspaceRoot: string): LibraryManifest[] {
  const memo = new Map<string, boolean>();
  const programRoots = new Set(selectProjectRoots(files, workspaceRoot));
  const libraries: LibraryManifest[] = [];
  for (const file of files) {
    const path = file.split('\\').join('/');
    if (posix.basename(path) !== 'project.json') continue;
    const root = projectRootOf(path);
    if (root === '.' || root === '' || hasExcludedSegment(root) || programRoots.has(root)) continue;
    if (existsSync(join(workspaceRoot, root, 'main.py')) || insideVirtualEnv(root, workspaceRoot, memo)) continue;
    let json: { name?: unknown; tags?: unknown };
    try {
      json = JSON.parse(readFileSync(join(workspaceRoot, path), 'utf8')) as typeof json;
    } catch {
      continue; // malformed JSON: Nx reports it itself when it reads that file
    }
    if (!Array.isArray(json.tags) || !json.tags.includes(LIBRARY_TAG)) continue;
    libraries.push({ root, name: typeof json.name === 'string' && json.name ? json.name : undefined });
  }
  return libraries.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}

async function createNodesInternal(
  files: readonly string[],
  rawOptions: AithonPluginOptions | undefined,
  context: CreateNodesContext,
): Promise<Array<readonly [string, CreateNodesResult]>> {
  const options = normalizeOptions(rawOptions);
  const roots = selectProjectRoots(files, context.workspaceRoot);
  const libraries = selectLibraries(files, context.workspaceRoot);
  if (roots.length === 0 && libraries.length === 0) return [];
  const names = assignProjectNames(roots, context.workspaceRoot);
  const toolchain = toolchainFingerprint();
  const libraryResults = libraries.map(({ root, name }) => {
    const result: CreateNodesResult = {
      projects: {
        [root]: {
          root,
          ...(name ? { name } : {}),
          projectType: 'library',
          sourceRoot: root,
          tags: [LIBRARY_TAG],
          metadata: { technologies: ['aithon'] } as Record<string, unknown>,
          targets: libraryTargets(toolchain),
        },
      },
    };
    return [posix.join(root, 'project.json'), result] as const;
  });
  const programResults = roots.map((root) => {
    const result: CreateNodesResult = {
      projects: {
        [root]: {
          root,
          name: names.get(root),
          projectType: 'application',
          sourceRoot: root,
          metadata: { technologies: ['aithon'] } as Record<string, unknown>,
          targets: buildTargets(root, options, toolchain, names.get(root)),
        },
      },
    };
    return [posix.join(root, 'main.py'), result] as const;
  });
  return [...programResults, ...libraryResults];
}

export const createNodes: CreateNodes<AithonPluginOptions> = [PROJECT_FILES_GLOB, createNodesInternal];

/** Older name of the same API, for Nx versions that still look for it. */
export const createNodesV2: CreateNodes<AithonPluginOptions> = createNodes;

export const name = PLUGIN_NAME;

/** Where the build target puts the executable: <outputPath>/<executable name>. */
export function executablePath(outputPath: string, projectName: string): string {
  return join(outputPath, executableName(projectName));
}
