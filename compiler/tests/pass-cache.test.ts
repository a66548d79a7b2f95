// The per-def pass cache (pass-cache.ts): a def kept from the build before must
// give the LLVM text a fresh build gives, and what the cache takes for granted
// of the passes before it (no node shared between two top-level statements,
// so that a kept def and a fresh statement never ought to hold one node) holds.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Program } from '../src/checker';
import { emitProgram } from '../src/llvm';
import { lowerProgram } from '../src/lower';
import { setIncrementalParsing } from '../src/parser';
import { setPassCache, statementsKept } from '../src/pass-cache';
import { parseStage, rewriteProgram, validateStage } from '../src/stages';
import type * as S from '../src/syntax';

const root = join(__dirname, '..', '..', 'tests');

// Descriptors (their pass adds module-level statements), local and nested classes (hoisted to the
// top level), dataclasses, enums and namedtuples (the desugarer's tables), decorators and wraps
// (side tables), comprehensions (the last pass's numbering), method values, generators' loops.
const programs = [
  'classes_descriptors',
  'lang_classes_in_functions',
  'lang_class_features',
  'stdlib_dataclasses',
  'stdlib_enum',
  'stdlib_namedtuple',
  'decorators_wraps_name',
  'functools_cached_property',
  'stdlib_functools_singledispatch',
  'whole_probe4_comprehensions',
  'closures_lambdas',
  'whole_bench_chaos',
  'whole_probe3_bytecode',
];

function projectOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aithon-pass-cache-'));
  writeFileSync(join(dir, 'main.py'), readFileSync(join(root, 'programs', `${name}.py`), 'utf8'));
  return dir;
}

function rewritten(dir: string): S.Module {
  const validated = validateStage(dir, []);
  const module = parseStage(validated.sources, validated.root, validated.parsedMain);
  rewriteProgram(module);
  return module;
}

const llvmOf = (module: S.Module) => emitProgram(lowerProgram(new Program(module)));

afterEach(() => {
  setPassCache(false);
  setIncrementalParsing(false);
});

describe('the pass cache', () => {
  for (const name of programs) {
    it(`${name}: built twice with the cache, the second build keeps its defs and gives a fresh build's LLVM`, () => {
      const dir = projectOf(name);
      setIncrementalParsing(true);
      setPassCache(true);
      const first = rewritten(dir);
      const defs = first.body.filter((s) => s.kind === 'FunctionDef' || s.kind === 'ClassDef');
      llvmOf(first);
      const second = rewritten(dir);
      const kept = statementsKept;
      const warm = llvmOf(second);
      setPassCache(false);
      setIncrementalParsing(false);
      expect(warm).toBe(llvmOf(rewritten(dir)));
      // A program whose text names vars, setattr, delattr or __dict__ keeps none (markInstanceDictReads reads it all).
      if (/__dict__|vars|setattr|delattr/.test(readFileSync(join(dir, 'main.py'), 'utf8'))) expect(kept).toBe(0);
      else expect(kept, `${kept} of ${defs.length} defs kept`).toBeGreaterThan(0);
    });

    it(`${name}: after the passes, no node is reachable from two top-level statements`, () => {
      const module = rewritten(projectOf(name));
      const owner = new Map<object, number>();
      const shared: string[] = [];
      module.body.forEach((stmt, i) => {
        const seen = new Set<object>();
        const visit = (v: unknown): void => {
          if (typeof v !== 'object' || v === null || seen.has(v)) return;
          seen.add(v);
          // Source positions are values (compared, never keyed on).
          if (!Array.isArray(v) && 'line' in v && 'col' in v && !('kind' in v)) return;
          const first = owner.get(v);
          if (first !== undefined && first !== i) shared.push(`${module.body[first].kind} and ${stmt.kind} at line ${stmt.pos.line}`);
          owner.set(v, i);
          if (v instanceof Map || v instanceof Set) return;
          for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child);
        };
        visit(stmt);
      });
      expect(shared).toEqual([]);
    });
  }
});
