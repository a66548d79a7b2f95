// Type inference re-types only the instances whose inputs changed (checker.ts
// Program.infer, types.ts WatchPoint). It must give exactly what re-typing
// every instance in every round gives: the same LLVM text, the same rounds,
// the same diagnostics. A piece of inference state read without being
// watched shows up here as a difference.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Program } from '../src/checker';
import { CompileError, formatDiagnostic } from '../src/diagnostics';
import { emitProgram } from '../src/llvm';
import { lowerProgram } from '../src/lower';
import { checkedProgram, parseStage, validateStage } from '../src/stages';

const root = join(__dirname, '..', '..', 'tests');

/** The program's LLVM text, rounds and instances typed, or its diagnostics. */
function inferred(dir: string, retypeAll: boolean): { llvm?: string; rounds?: number; typed?: number; diagnostics?: string[] } {
  const validated = validateStage(dir, []);
  const module = parseStage(validated.sources, validated.root, validated.parsedMain);
  let program: Program;
  try {
    program = checkedProgram(module, { retypeAll });
  } catch (e) {
    if (e instanceof CompileError) return { diagnostics: e.diagnostics.map(formatDiagnostic) };
    throw e;
  }
  return { llvm: emitProgram(lowerProgram(program)), rounds: program.rounds, typed: program.instancesTyped };
}

function projectOf(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aithon-worklist-'));
  writeFileSync(join(dir, 'main.py'), readFileSync(file, 'utf8'));
  return dir;
}

// Closures and nonlocal (an instance's locals read and widened by others), classes and their
// attribute slots, escapes into dynamic code, generators, containers shared through calls, lists
// unpacked into calls (a plan made while typing the call).
const programs = [
  'closures_lambdas',
  'closures_default_capture',
  'calls_dynamic_instances',
  'dynamic_setattr',
  'dynamic_types',
  'classes_dynamic_class_attrs',
  'generators_dunder_next',
  'lang_dynamic_calls',
  'functions_star_list_into_varargs',
  'calls_star_iterables',
  'lang_narrowing',
  'whole_bench_chaos',
  'whole_probe2_astar',
  'whole_probe3_async_tree',
  'probe5_everyday_idioms',
];

describe('inference worklist', () => {
  for (const name of programs) {
    it(`${name}: the same program as re-typing every instance each round`, () => {
      const dir = projectOf(join(root, 'programs', `${name}.py`));
      const worklist = inferred(dir, false);
      const all = inferred(dir, true);
      expect(worklist.llvm).toBeDefined();
      expect(worklist.llvm === all.llvm).toBe(true);
      expect(worklist.rounds).toBe(all.rounds);
      expect(worklist.typed!).toBeLessThanOrEqual(all.typed!);
    }, 120_000);
  }

  for (const name of ['unsupported-eval', 'unsupported-instance-dict']) {
    it(`${name}: the same diagnostics`, () => {
      const dir = join(root, 'invalid', name);
      const worklist = inferred(dir, false);
      expect(worklist.diagnostics?.length).toBeGreaterThan(0);
      expect(worklist.diagnostics).toEqual(inferred(dir, true).diagnostics);
    }, 120_000);
  }
});
