// Library projects and the import edges: which project.json folders the
// plugin infers as AIthon libraries, which imports become project-graph
// edges (createDependencies), and which library folders an app's build puts
// on its search path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DependencyType, type CreateDependenciesContext, type CreateNodesContext, type ProjectConfiguration } from '@nx/devkit';
import { blankStringsAndComments, findImportDependencies, importedModules, libraryRootsOf, topLevelModulesOf } from './dependencies';
import { createDependencies, createNodes } from './index';
import { toolchainFingerprint } from './toolchain';

describe('importedModules', () => {
  it('finds the top-level module of every absolute import form, with its line', () => {
    const source = [
      'import alpha',
      'import beta.sub as b, gamma',
      'from delta.x.y import z',
      'from epsilon import (a,',
      '    b)',
      'import zeta; from eta import q',
      'def f():',
      '    import theta',
      'from . import sibling',
      'from .pkg import thing',
      'import iota \\',
      '    as i',
    ].join('\n');
    expect(importedModules(source)).toEqual([
      { module: 'alpha', line: 1 },
      { module: 'beta', line: 2 },
      { module: 'gamma', line: 2 },
      { module: 'delta', line: 3 },
      { module: 'epsilon', line: 4 },
      { module: 'zeta', line: 6 },
      { module: 'eta', line: 6 },
      { module: 'theta', line: 8 },
      { module: 'iota', line: 11 },
    ]);
  });

  it('ignores imports inside comments and strings, docstrings included', () => {
    const source = [
      '# import commented',
      '"""A docstring',
      'import in_docstring',
      'from in_docstring import x',
      '"""',
      "s = 'import in_string'",
      'text = """',
      'from also_in_string import y"""',
      "r = r'\\'' ; import after_raw_string",
      'import real  # import trailing_comment',
    ].join('\n');
    expect(importedModules(source).map((m) => m.module)).toEqual(['after_raw_string', 'real']);
  });

  it('keeps line numbers when blanking', () => {
    const source = '"""a\nb"""\n# c\nx = 1\n';
    const blanked = blankStringsAndComments(source);
    expect(blanked.split('\n')).toHaveLength(source.split('\n').length);
    expect(blanked.split('\n')[3]).toBe('x = 1');
  });
});

describe('topLevelModulesOf', () => {
  it('lists the modules and packages directly in the folder', () => {
    const files = ['libs/t/project.json', 'libs/t/textkit/__init__.py', 'libs/t/textkit/words.py', 'libs/t/helpers.py', 'libs/t/docs/notes.md', 'libs/t/nested/deep/__init__.py', 'libs/t/__init__.py'];
    expect([...topLevelModulesOf('libs/t', files)].sort()).toEqual(['helpers', 'textkit']);
  });
});

/** A CreateDependenciesContext over in-memory files (path -> text). */
function dependencyContext(projects: Record<string, ProjectConfiguration>, files: Record<string, string>, changed?: string[]): { context: CreateDependenciesContext; read: (f: string) => string } {
  const projectFileMap: Record<string, { file: string; hash: string }[]> = {};
  for (const [name, p] of Object.entries(projects)) {
    projectFileMap[name] = Object.keys(files)
      .filter((f) => f.startsWith(`${p.root}/`))
      .map((file) => ({ file, hash: String(files[file].length) }));
  }
  const toProcess: typeof projectFileMap = {};
  for (const [name, list] of Object.entries(projectFileMap)) toProcess[name] = list.filter((f) => !changed || changed.includes(f.file));
  const context: CreateDependenciesContext = {
    externalNodes: {},
    projects,
    nxJsonConfiguration: {},
    fileMap: { projectFileMap, nonProjectFiles: [] },
    filesToProcess: { projectFileMap: toProcess, nonProjectFiles: [] },
    workspaceRoot: '/nonexistent-workspace',
  };
  return {
    context,
    read: (f) => {
      if (!(f in files)) throw new Error(`no ${f}`);
      return files[f];
    },
  };
}

const app = (root: string): ProjectConfiguration => ({ root, projectType: 'application', targets: { validate: { executor: '@aithon/nx:stage' } } });
const lib = (root: string): ProjectConfiguration => ({ root, projectType: 'library', tags: ['aithon:lib'], targets: { validate: { executor: '@aithon/nx:check' } } });

describe('createDependencies', () => {
  const projects = {
    shop: app('apps/shop'),
    report: app('apps/report'),
    other: { root: 'tools/other', targets: { build: { executor: 'nx:run-commands' } } },
    textkit: lib('libs/textkit'),
    geo: lib('libs/geo'),
  };
  const files = {
    'apps/shop/main.py': 'import textkit\nfrom geo.points import Point\nimport math\n',
    'apps/shop/util.py': '# import geo\nfrom textkit import shout\n',
    'apps/report/main.py': '"""import textkit"""\nimport helpers\n',
    'apps/report/helpers.py': 'import textkit as t\n',
    'apps/report/geo.py': 'X = 1\n',
    'apps/report/uses_geo.py': 'import geo\n',
    'tools/other/script.py': 'import textkit\n',
    'libs/textkit/project.json': '{}',
    'libs/textkit/textkit/__init__.py': 'from geo import distance\n',
    'libs/geo/geo/__init__.py': 'import textkit_not_a_lib\n',
    'libs/geo/geo/points.py': 'class Point:\n    pass\n',
  };

  it('adds a static edge with its source file for every import of a library package', () => {
    const { context, read } = dependencyContext(projects, files);
    expect(findImportDependencies(context, read)).toEqual([
      // report's own geo.py shadows the geo library, as the project folder comes first on the search path.
      { source: 'report', target: 'textkit', type: DependencyType.static, sourceFile: 'apps/report/helpers.py' },
      { source: 'shop', target: 'geo', type: DependencyType.static, sourceFile: 'apps/shop/main.py' },
      { source: 'shop', target: 'textkit', type: DependencyType.static, sourceFile: 'apps/shop/main.py' },
      { source: 'shop', target: 'textkit', type: DependencyType.static, sourceFile: 'apps/shop/util.py' },
      // libraries depend on the libraries they import (the app's build follows them transitively)
      { source: 'textkit', target: 'geo', type: DependencyType.static, sourceFile: 'libs/textkit/textkit/__init__.py' },
    ]);
  });

  it('reads only the files Nx asks about, and is deterministic', () => {
    const { context, read } = dependencyContext(projects, files, ['apps/shop/util.py']);
    const first = findImportDependencies(context, read);
    expect(first).toEqual([{ source: 'shop', target: 'textkit', type: DependencyType.static, sourceFile: 'apps/shop/util.py' }]);
    expect(findImportDependencies(context, read)).toEqual(first);
  });

  it('adds nothing when the workspace has no library', () => {
    const { context, read } = dependencyContext({ shop: projects.shop }, { 'apps/shop/main.py': 'import textkit\n' });
    expect(findImportDependencies(context, read)).toEqual([]);
  });

  it('is the plugin export, reading files from the workspace root', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'aithon-deps-'));
    try {
      for (const [f, text] of Object.entries(files)) {
        mkdirSync(dirname(join(ws, f)), { recursive: true });
        writeFileSync(join(ws, f), text);
      }
      const { context } = dependencyContext(projects, files);
      const deps = await createDependencies(undefined, { ...context, workspaceRoot: ws });
      expect(deps).toHaveLength(5);
      expect(JSON.stringify(deps)).not.toContain(ws);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('libraryRootsOf', () => {
  it('follows library edges transitively, sorted, and never through non-library projects', () => {
    const node = (root: string, tags: string[] = []) => ({ data: { root, tags } });
    const graph = {
      nodes: {
        shop: node('apps/shop'),
        textkit: node('libs/textkit', ['aithon:lib']),
        geo: node('libs/geo', ['aithon:lib']),
        units: node('libs/units', ['aithon:lib']),
        other: node('apps/other'),
        hidden: node('libs/hidden', ['aithon:lib']),
      },
      dependencies: {
        shop: [{ target: 'textkit' }, { target: 'other' }, { target: 'npm:left-pad' }],
        textkit: [{ target: 'geo' }, { target: 'shop' }],
        geo: [{ target: 'units' }, { target: 'textkit' }],
        other: [{ target: 'hidden' }],
      },
    };
    expect(libraryRootsOf(graph, 'shop')).toEqual(['libs/geo', 'libs/textkit', 'libs/units']);
    expect(libraryRootsOf(graph, 'units')).toEqual([]);
  });
});

describe('createNodes for library projects', () => {
  let ws: string;
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(ws, rel)), { recursive: true });
    writeFileSync(join(ws, rel), text);
  };
  const files = ['libs/textkit/project.json', 'libs/plain/project.json', 'apps/tool/project.json', 'apps/tool/main.py', 'node_modules/x/project.json', 'libs/broken/project.json', 'project.json'];

  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'aithon-libnodes-'));
    write('libs/textkit/project.json', JSON.stringify({ name: 'textkit', tags: ['aithon:lib', 'scope:shared'] }));
    write('libs/textkit/textkit/__init__.py', 'X = 1\n');
    write('libs/plain/project.json', JSON.stringify({ name: 'plain', tags: ['scope:shared'] }));
    write('apps/tool/project.json', JSON.stringify({ name: 'tool', tags: ['aithon:lib'] }));
    write('apps/tool/main.py', 'def main():\n    pass\n');
    write('node_modules/x/project.json', JSON.stringify({ name: 'x', tags: ['aithon:lib'] }));
    write('libs/broken/project.json', '{ not json');
    write('project.json', JSON.stringify({ name: 'root', tags: ['aithon:lib'] }));
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('infers a library with a cached validate target for each project.json tagged aithon:lib, and nothing else from project.json', async () => {
    const context: CreateNodesContext = { nxJsonConfiguration: {}, workspaceRoot: ws };
    const results = await createNodes[1](files, undefined, context);
    const byFile = Object.fromEntries(results.map(([file, r]) => [file, r.projects]));
    expect(Object.keys(byFile).sort()).toEqual(['apps/tool/main.py', 'libs/textkit/project.json']);
    expect(byFile['apps/tool/main.py']!['apps/tool'].projectType).toBe('application');
    expect(byFile['libs/textkit/project.json']).toEqual({
      'libs/textkit': {
        root: 'libs/textkit',
        name: 'textkit',
        projectType: 'library',
        sourceRoot: 'libs/textkit',
        tags: ['aithon:lib'],
        metadata: { technologies: ['aithon'] },
        targets: {
          validate: {
            executor: '@aithon/nx:check',
            cache: true,
            inputs: ['{projectRoot}/**/*.py'],
            outputs: [],
            options: { path: '{projectRoot}', toolchain: toolchainFingerprint() },
            metadata: expect.any(Object),
          },
        },
      },
    });
    expect(JSON.stringify(results)).not.toContain(ws);
  });
});
