// After the passes (stages.ts rewriteProgram), the checker and lowering only
// read the syntax tree, and keep what they learn about its nodes in the
// Program (checker.ts NodeTables). That is what lets serve keep a def's nodes
// from one build to the next: a kept node must come out of the checker as it
// went in, and carry nothing of the build before.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Program } from '../src/checker';
import { emitProgram } from '../src/llvm';
import { lowerProgram } from '../src/lower';
import { parseStage, rewriteProgram, validateStage } from '../src/stages';
import type * as S from '../src/syntax';
import { walkNodes } from '../src/syntax';

const root = join(__dirname, '..', '..', 'tests');

function rewritten(name: string): S.Module {
  const dir = mkdtempSync(join(tmpdir(), 'aithon-read-only-'));
  writeFileSync(join(dir, 'main.py'), readFileSync(join(root, 'programs', `${name}.py`), 'utf8'));
  const validated = validateStage(dir, []);
  const module = parseStage(validated.sources, validated.root, validated.parsedMain);
  rewriteProgram(module);
  return module;
}

/**
 * Every property of every node made read-only, and no property can be added
 * (a write throws: compiled modules are strict). walkNodes' own mark, a
 * hidden property, is set first, so that later walks may update it.
 */
function lock(body: S.Stmt[]): void {
  walkNodes(body, () => {});
  const seen = new Set<object>();
  const go = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v) || v instanceof Map || v instanceof Set) return;
    seen.add(v);
    for (const key of Object.keys(v)) {
      go((v as Record<string, unknown>)[key]);
      Object.defineProperty(v, key, { writable: false, configurable: false });
    }
    Object.preventExtensions(v);
  };
  go(body);
}

const llvmOf = (module: S.Module) => emitProgram(lowerProgram(new Program(module)));

// Comprehensions (renamed apart by the last pass), lambdas (numbered by the checker), `*x` and
// `**d` arguments (nodes and plans the checker makes per call site), closures, classes, generators.
const programs = [
  'whole_probe4_comprehensions',
  'closures_lambdas',
  'lang_module_lambda_nesting',
  'functions_star_list_into_varargs',
  'calls_star_dynamic',
  'functions_kwargs_forward_varkw',
  'lang_unpack_dynamic',
  'whole_bench_chaos',
  'probe5_everyday_idioms',
];

describe('the checker and lowering read the tree only', () => {
  for (const name of programs) {
    it(`${name}: checked twice on one locked tree, the same LLVM text as a fresh tree's`, () => {
      const fresh = llvmOf(rewritten(name));
      const kept = rewritten(name);
      lock(kept.body);
      expect(llvmOf(kept) === fresh).toBe(true);
      // A second Program over the same nodes, as serve's next build over kept defs.
      expect(llvmOf(kept) === fresh).toBe(true);
    }, 120_000);
  }
});
