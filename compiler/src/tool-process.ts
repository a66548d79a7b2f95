// One tool process run to its end, with its output as bytes: how the compiler
// (toolchain.ts, units.ts) and the tool launcher's helper (tool-launcher-child.ts)
// start LLVM tools. Imports nothing of the compiler, so the helper stays small.
import { execFile } from 'node:child_process';

export interface ToolRequest {
  file: string;
  args: string[];
  cwd?: string;
  /** Written to the tool's stdin, then closed. */
  input?: Uint8Array;
  maxBuffer: number;
}

/** What a tool run gives back, however it was started. */
export interface ToolOutput {
  stdout: Buffer;
  stderr: Buffer;
  /** The tool failed: it could not start (spawnFailed), or exited with a status (code) or on a signal. */
  error?: { message: string; code?: number; spawnFailed: boolean };
}

export function execTool(request: ToolRequest): Promise<ToolOutput> {
  return new Promise((resolve) => {
    const child = execFile(request.file, request.args, { cwd: request.cwd, encoding: 'buffer', maxBuffer: request.maxBuffer }, (err, stdout, stderr) => {
      resolve({ stdout, stderr, error: err ? { message: err.message, code: typeof err.code === 'number' ? err.code : undefined, spawnFailed: typeof err.code === 'string' } : undefined });
    });
    if (request.input) {
      // A tool that exits before reading all of its input (a crash) closes the pipe: its exit status reports that.
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(request.input);
    }
  });
}
