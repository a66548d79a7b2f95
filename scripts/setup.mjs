#!/usr/bin/env node
// One-step set-up of a fresh machine for this repository: Debian packages
// (LLVM 19, PyPy, Redis), npm dependencies, the workspace link of our own
// plugin, and the compiled TypeScript. Idempotent: a second run only checks.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Debian package -> a binary that proves it is installed.
const debianPackages = [
  ['clang-19', '/usr/lib/llvm-19/bin/clang'],
  ['llvm-19', '/usr/lib/llvm-19/bin/opt'],
  ['lld-19', '/usr/lib/llvm-19/bin/ld.lld'],
  // libLLVM's C headers: the unit compiler (compiler/native/unitc.c) links libLLVM.
  ['llvm-19-dev', '/usr/lib/llvm-19/include/llvm-c/Core.h'],
  ['pypy3', '/usr/bin/pypy3'],
  ['redis-server', '/usr/bin/redis-server'],
  // zlib's static library and header: the runtime's zlib module (runtime/src/stdlib/zlibmod.c) links it.
  ['zlib1g-dev', '/usr/include/zlib.h'],
  // GNU time: bench/run.mjs reads each program's peak memory from it.
  ['time', '/usr/bin/time'],
];

function log(msg) {
  process.stdout.write(`[setup] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) {
    throw new Error(`[setup] '${cmd} ${args.join(' ')}' failed with exit status ${r.status}`);
  }
}

function installDebianPackages() {
  const missing = debianPackages.filter(([, bin]) => !existsSync(bin)).map(([pkg]) => pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `[setup] missing Debian packages: ${missing.join(' ')}\n` +
        `[setup] install them as root and run this again:\n` +
        `    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
}

function newer(a, b) {
  return existsSync(a) && (!existsSync(b) || statSync(a).mtimeMs > statSync(b).mtimeMs);
}

function installNpmDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const treeSitterBinding = join(root, 'node_modules', 'tree-sitter', 'build', 'Release');
  if (existsSync(marker) && !newer(join(root, 'package.json'), marker) && existsSync(treeSitterBinding)) return;
  log('installing npm dependencies');
  // `npm install` honours package-lock.json. Not `npm ci`: npm 11 writes locks
  // that leave out other platforms' optional packages, and then refuses them
  // in `npm ci` as out of sync.
  run('npm', ['install', '--no-audit', '--no-fund']);
}

// The repository is itself an Nx workspace that uses its own plugin by its
// package name, exactly as a user's workspace does after `npm i @aithon/nx`.
function linkOwnPlugin() {
  const scope = join(root, 'node_modules', '@aithon');
  const link = join(scope, 'nx');
  mkdirSync(scope, { recursive: true });
  const target = relative(scope, root);
  try {
    if (lstatSync(link).isSymbolicLink() && readlinkSync(link) === target) return;
    rmSync(link, { recursive: true, force: true });
  } catch {
    /* absent */
  }
  symlinkSync(target, link, 'dir');
}

function compileTypeScript() {
  log('compiling TypeScript');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}

installDebianPackages();
installNpmDependencies();
linkOwnPlugin();
compileTypeScript();
log('ready');
