// Diagnostics: every error the compiler reports carries a file, a 1-based
// line and column, a message and, where we know one, a hint for the fix.
// Formatted like rustc/tsc: `main.py:3:5: error: message` and a code frame.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  hint?: string;
  /** Source text of the file, for the code frame (not serialised in --json). */
  source?: string;
}

export interface SourcePos {
  line: number; // 1-based
  col: number; // 1-based
  /** The file, when not main.py (code linked in from the project's other modules). */
  file?: string;
}

/** Thrown by a stage to stop the build with one or more diagnostics. */
export class CompileError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`).join('\n'));
  }
}

export function error(file: string, pos: SourcePos, message: string, hint?: string, source?: string): Diagnostic {
  return { file, line: pos.line, column: pos.col, severity: 'error', message, hint, source };
}

/** The hint of every `unsupported:` error. */
export const unsupportedHint = 'this construct is not in the language subset compiled yet (see docs/language.md)';

/** Stops the build at `pos` of a (linked) module: `unsupported: <what> at file:L:C`, with its code frame. */
export function unsupportedConstruct(module: { file: string; source: string; sources?: Map<string, string> }, pos: SourcePos, what: string): never {
  const file = pos.file ?? module.file;
  throw new CompileError([error(file, pos, `unsupported: ${what} at ${file}:${pos.line}:${pos.col}`, unsupportedHint, pos.file ? module.sources?.get(pos.file) : module.source)]);
}

/** A rustc-style frame: the offending line with a caret under the column. */
export function codeFrame(source: string, line: number, column: number): string {
  const lines = source.split('\n');
  if (line < 1 || line > lines.length) return '';
  const gutter = String(line).length;
  const pad = ' '.repeat(gutter);
  const text = lines[line - 1].replace(/\t/g, '    ');
  const caretCol = Math.max(1, Math.min(column, text.length + 1));
  return [`${pad} |`, `${line} | ${text}`, `${pad} | ${' '.repeat(caretCol - 1)}^`].join('\n');
}

export function formatDiagnostic(d: Diagnostic): string {
  const head = d.line > 0 ? `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}` : `${d.file}: ${d.severity}: ${d.message}`;
  const parts = [head];
  if (d.source !== undefined && d.line > 0) {
    const frame = codeFrame(d.source, d.line, d.column);
    if (frame) parts.push(frame);
  }
  if (d.hint) parts.push(`  = hint: ${d.hint}`);
  return parts.join('\n');
}

/** The JSON shape of a diagnostic (no source text). */
export function diagnosticToJson(d: Diagnostic): Omit<Diagnostic, 'source'> {
  const { source: _source, ...rest } = d;
  return rest;
}
