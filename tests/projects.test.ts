// Differential tests of whole projects (main.py plus the project's own
// modules, packages included): each folder of tests/projects is built with
// the CLI and run, and its stdout and exit status compared with CPython
// running the same main.py in the same folder, live.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, cliMissingMessage, describeDiff, makeTempRoot, removeTempRoot, repoRoot, runExe, runReference } from './support/harness';

const projectsDir = join(repoRoot, 'tests', 'projects');
const projects = readdirSync(projectsDir).sort();

describe('differential: whole projects equal CPython', () => {
  let tempRoot = '';
  beforeAll(() => {
    tempRoot = makeTempRoot('projects');
  });
  afterAll(() => {
    if (tempRoot) removeTempRoot(tempRoot);
  });

  it.each(projects)('%s', async (name) => {
    const missing = cliMissingMessage();
    if (missing) throw new Error(missing);
    // A copy, so neither run leaves __pycache__ or binaries in the repository.
    const dir = join(tempRoot, name);
    cpSync(join(projectsDir, name), dir, { recursive: true });
    const exe = join(tempRoot, `${name}.exe`);
    const build = await buildProject(dir, exe);
    expect(build.code, `build failed:\n${build.stderr}`).toBe(0);
    const source = readFileSync(join(dir, 'main.py'), 'utf8');
    const [ours, theirs] = [await runExe(exe, dir), await runReference(dir, join(dir, 'main.py'), source)];
    expect(ours.stdout, describeDiff(theirs.stdout, ours.stdout)).toBe(theirs.stdout);
    expect(ours.code).toBe(theirs.code);
  });
});
