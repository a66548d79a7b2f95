// Helpers shared by the end-to-end tests: run commands with a clean
// environment, pack this repository, and install it in a fresh Nx workspace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..');
export const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', CI: 'true', NX_TUI: 'false', NX_SKIP_FORMAT: 'true' };

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
  all: string;
}

export function run(cmd: string, args: string[], cwd: string, timeoutMs = 300_000, extraEnv: NodeJS.ProcessEnv = {}): Ran {
  const env: NodeJS.ProcessEnv = { ...process.env, ...NX_ENV };
  // Do not let an outer `npm test` leak its per-project settings into the
  // nested npm/nx invocations of the temporary workspace.
  for (const key of Object.keys(env)) {
    if (key.startsWith('npm_') || key === 'INIT_CWD' || key === 'NX_WORKSPACE_ROOT_PATH') delete env[key];
  }
  Object.assign(env, extraEnv);
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const stdout = r.stdout ?? '';
  const stderr = r.stderr ?? '';
  return { status: r.status, stdout, stderr, all: `${stdout}\n${stderr}` };
}

export function ok(r: Ran, what: string): Ran {
  if (r.status !== 0) throw new Error(`${what} failed with status ${r.status}\n${r.all}`);
  return r;
}

// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

export function requireBuiltLib(): void {
  if (!existsSync(join(repoRoot, 'lib', 'plugin', 'index.js'))) {
    throw new Error('lib/ is not built: run `node scripts/setup.mjs` first');
  }
}

/** `npm pack` this repository into `dir`; returns the tarball's file name. */
export function packRepository(dir: string): string {
  ok(run('npm', ['pack', '--pack-destination', dir], repoRoot, 120_000), 'npm pack');
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack produced no tarball in ${dir}`);
  return tarball;
}

/**
 * A new Nx workspace in `ws` (created) with `nx` and the packed plugin
 * (`tarballFromWs`: the tarball's path relative to `ws`), installed.
 */
export function createNxWorkspace(ws: string, tarballFromWs: string, name = 'aithon-e2e-workspace'): void {
  mkdirSync(ws, { recursive: true });
  writeFileSync(
    join(ws, 'package.json'),
    JSON.stringify(
      {
        name,
        private: true,
        devDependencies: { nx: '24.0.6', '@aithon/nx': `file:${tarballFromWs}` },
        // npm 11 runs no install scripts unless allowed; project-scoped
        // installs take the list from here, not from --allow-scripts.
        allowScripts: { 'tree-sitter': true, 'tree-sitter-python': true, nx: true },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(ws, 'nx.json'), JSON.stringify({ $schema: './node_modules/nx/schemas/nx-schema.json' }, null, 2));
  writeFileSync(join(ws, '.gitignore'), 'node_modules/\ndist/\n.nx/\n');
  ok(run('npm', ['install', '--no-audit', '--no-fund'], ws, 600_000), 'npm install');
}
