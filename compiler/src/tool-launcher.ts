// The tool launcher: a small helper process, started early by a long-lived
// compiler process (serve), that starts the LLVM tools for it. Starting a
// process from node forks the process that asks; after a few serve cycles the
// serve process holds several hundred MB, and forking it on a busy 2-core
// machine took about twice as long as forking a fresh node process (docs/serve.md,
// Speed). A one-function edit starts four tools (the unit compiler, two group
// merges, the link): each now costs a fork of this helper instead.
//
// Off unless started (startToolLauncher): a one-shot build would pay the
// helper's own start (a node process, ~40 ms) for nothing. When the helper is
// gone (killed, crashed), the requests it had and every later one start their
// tool directly, as without it.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execTool, type ToolOutput, type ToolRequest } from './tool-process';

export interface LaunchRequest extends ToolRequest {
  id: number;
}

export interface LaunchReply extends ToolOutput {
  id: number;
}

interface Pending {
  request: LaunchRequest;
  resolve: (out: ToolOutput) => void;
}

let helper: ChildProcess | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function childScript(): string {
  const here = join(__dirname, 'tool-launcher-child.js');
  // Run from the TypeScript sources (the tests): the built copy under lib/.
  return existsSync(here) ? here : join(__dirname, '..', '..', 'lib', 'compiler', 'src', 'tool-launcher-child.js');
}

/** Starts the helper (once per process). Call early, while this process is still small. */
export function startToolLauncher(): void {
  if (helper) return;
  const child = fork(childScript(), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
  helper = child;
  child.on('message', (reply: LaunchReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) idle(child);
    p.resolve({ stdout: Buffer.from(reply.stdout), stderr: Buffer.from(reply.stderr), error: reply.error });
  });
  const gone = () => {
    if (helper === child) helper = undefined;
    // What it had not answered starts directly.
    const left = [...pending.values()];
    pending.clear();
    for (const p of left) void execTool(p.request).then(p.resolve);
  };
  child.on('exit', gone);
  child.on('error', gone);
  idle(child);
}

/** The helper's process id while it runs. */
export function toolLauncherPid(): number | undefined {
  return helper?.connected ? helper.pid : undefined;
}

/** Stops the helper; later tools start directly. */
export function stopToolLauncher(): void {
  const child = helper;
  helper = undefined;
  child?.disconnect();
}

/** While nothing is asked of it, the helper does not keep this process alive. */
function idle(child: ChildProcess): void {
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
}

function busy(child: ChildProcess): void {
  child.ref();
  (child.channel as { ref?: () => void } | undefined)?.ref?.();
}

/** Runs `file` with `args` (and `input` on its stdin): through the helper when it runs, else directly. */
export function launchTool(tool: ToolRequest): Promise<ToolOutput> {
  const child = helper;
  if (!child?.connected) return execTool(tool);
  const request: LaunchRequest = { ...tool, id: nextId++ };
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve });
    busy(child);
    child.send(request, (err) => {
      if (!err || !pending.has(request.id)) return;
      pending.delete(request.id);
      void execTool(request).then(resolve);
    });
  });
}
