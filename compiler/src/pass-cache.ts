// The per-def pass cache (serve and the build daemon: setPassCache). The last passes
// (rewriteMethodValues, markInstanceDictReads, addImplicitMainCall, scopeProgramComprehensions) run
// here, one top-level statement at a time, and a top-level def or class whose input to them is the
// last build's keeps the very object they made of it last build: the checker and lowering then get
// the same nodes for every def an edit did not touch.
//
// Why that is sound. What these passes make of a top-level def is a function of
//   - the def as the passes before them left it, with its nodes' entries in those passes' side
//     tables (builtinValueTypes, wrapsDecorated, wrapsArgs): compared deeply with a copy kept from
//     the last build (positions included, so a def moved by an edit above it is not kept);
//   - rewriteMethodValues' program-wide names (every method, data attribute, class, import and bound
//     name...): gathered per statement (method-values.ts methodValueNames), the kept defs' parts taken
//     from the last build, and compared as a whole with the last build's;
//   - nothing else: markInstanceDictReads reads the whole program when the text names `__dict__`,
//     `vars`, `setattr` or `delattr`, so then nothing is kept; addImplicitMainCall adds a statement of
//     its own; scopeProgramComprehensions renames within each def, and numbers the comprehensions of
//     the module's own statements and of top-level defs' parameter defaults in one sequence, so a def
//     with a comprehension in a default is never kept (a kept def then adds nothing to that count).
// When the names differ, every statement is rewritten afresh, as in a build without the cache.
// Taken for granted of the passes: no node is reachable from two top-level statements (a kept def
// would hold the last build's copy of a node a fresh statement holds this build's of).
// desugarDescriptors shared one; compiler/tests/pass-cache.test.ts checks a sample of programs.
//
// The passes before these (the desugarer's, resolveMatchArgs ... rewriteGlobalsReads) still run over
// the whole program on every build: several read facts of other defs that are not written down per
// def yet (docs/serve.md, Speed: "The per-def pass cache").
import { scopeProgramComprehensions } from './checker';
import { builtinValueTypes } from './classes';
import { wrapsArgs, wrapsDecorated } from './decorators';
import { markInstanceDictReads } from './instance-dict';
import { mergeMethodValueNames, methodValueFacts, methodValueNames, type Names, programPartOf, rewriteMethodValuesIn } from './method-values';
import * as S from './syntax';
import { addImplicitMainCall, type EntryPoint } from './validate';

let enabled = false;

/**
 * Keep each top-level def's rewritten statement for the next build (long-lived processes: serve). While
 * off, builds neither use nor change what was kept (tests interleave clean builds).
 */
export function setPassCache(on: boolean): void {
  enabled = on;
}

/** How many top-level statements the last build kept from the one before (tests and reports). */
export let statementsKept = 0;

interface KeptStatement {
  /** The statement as the earlier passes left it, copied, with its side-table entries (SIDE). */
  before: S.Stmt;
  /** What the cached passes made of it: the object the checker got. */
  after: S.Stmt;
  /** Its part of rewriteMethodValues' names, without its own nodes. */
  names: Names;
}

let last: { facts: string; byKey: Map<string, KeptStatement> } | undefined;

/** A copy's entries in the earlier passes' side tables, which are keyed by the original nodes. */
const SIDE = Symbol('side tables');

interface SideEntries {
  valueType?: string;
  wraps: boolean;
  wrapsArg?: S.Expr;
}

/** The texts a gate of markInstanceDictReads looks for: with any of them in the program, it reads the whole program. */
const instanceDictWords = ['__dict__', 'vars', 'setattr', 'delattr'];

/**
 * rewriteMethodValues, markInstanceDictReads, addImplicitMainCall and
 * scopeProgramComprehensions, in that order, on the whole module: what
 * they would make of it run one after the other, with each unchanged def
 * (see above) given the object they made of it last build.
 */
export function runCachedPasses(module: S.Module, entry: EntryPoint): void {
  const body = module.body;
  const keys = statementKeys(body);
  const candidates = body.map((s, i) => {
    const kept = enabled && keys[i] !== null ? last?.byKey.get(keys[i]!) : undefined;
    return kept && sameTree(s, kept.before) ? kept : undefined;
  });
  const parts = body.map((s, i) => candidates[i]?.names ?? methodValueNames(s));
  const names = mergeMethodValueNames(parts);
  // The gates are facts too: a def made while markInstanceDictReads read the whole program holds its rewrites.
  const readsInstanceDicts = instanceDictWords.some((w) => S.sourceMentions(module, w));
  const facts = `${readsInstanceDicts}\n${methodValueFacts(names)}`;
  const usable = enabled && !readsInstanceDicts && last?.facts === facts;
  // Rewritten afresh, the candidates need their own nodes' names too (a kept part holds none: `except X`'s X).
  const rewriteNames = usable || !candidates.some(Boolean) ? names : mergeMethodValueNames(body.map((s, i) => (candidates[i] ? methodValueNames(s) : parts[i])));
  const kept = new Set<S.Stmt>();
  const next = new Map<string, KeptStatement>();
  body.forEach((s, i) => {
    const candidate = usable ? candidates[i] : undefined;
    if (candidate) {
      body[i] = candidate.after;
      kept.add(candidate.after);
      next.set(keys[i]!, candidate);
      return;
    }
    if (enabled && keys[i] !== null) next.set(keys[i]!, { before: candidates[i]?.before ?? copyWithSideEntries(s), after: s, names: programPartOf(parts[i]) });
    rewriteMethodValuesIn(s, rewriteNames);
  });
  markInstanceDictReads(module);
  addImplicitMainCall(module, entry);
  scopeProgramComprehensions(module, kept);
  statementsKept = kept.size;
  if (enabled) last = { facts, byKey: next };
}

/**
 * Each top-level def's and class's key (file, kind, name, position), or null for a statement never
 * kept: any other statement, a def with a comprehension in a parameter default (see above), and
 * defs whose key occurs twice.
 */
function statementKeys(body: readonly S.Stmt[]): (string | null)[] {
  const keys = body.map((s) => {
    if (s.kind !== 'FunctionDef' && s.kind !== 'ClassDef') return null;
    if (s.kind === 'FunctionDef' && S.someExpr([s], (e) => e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp')) return null;
    return `${s.kind} ${s.pos.file ?? ''} ${s.name} ${s.pos.line}:${s.pos.col}`;
  });
  const seen = new Map<string, number>();
  for (const k of keys) if (k !== null) seen.set(k, (seen.get(k) ?? 0) + 1);
  return keys.map((k) => (k !== null && seen.get(k) === 1 ? k : null));
}

function sideEntriesOf(node: Record<string, unknown>): SideEntries | undefined {
  if (node.kind === 'ClassDef') {
    const valueType = builtinValueTypes.get(node as unknown as S.ClassDef);
    return valueType ? { valueType, wraps: false } : undefined;
  }
  if (node.kind !== 'FunctionDef') return undefined;
  const def = node as unknown as S.FunctionDef;
  const wraps = wrapsDecorated.has(def);
  const wrapsArg = wrapsArgs.get(def);
  return wraps || wrapsArg ? { wraps, wrapsArg } : undefined;
}

/** A copy's number of (enumerable, string-keyed) properties: compared without enumerating the copy's. */
const SIZE = Symbol('size');

/** A deep copy of a statement (plain objects, arrays and primitives, as the tree is), with its side-table entries under SIDE. */
function copyWithSideEntries(stmt: S.Stmt): S.Stmt {
  const copy = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(copy);
    const o = v as Record<string, unknown>;
    const out: Record<string | symbol, unknown> = {};
    let size = 0;
    for (const k in o) {
      out[k] = copy(o[k]);
      size++;
    }
    out[SIZE] = size;
    const side = sideEntriesOf(o);
    if (side) out[SIDE] = { ...side, wrapsArg: side.wrapsArg && copy(side.wrapsArg) };
    return out;
  };
  return copy(stmt) as S.Stmt;
}

/**
 * Whether `node` (a statement of this build) equals `copy` (made by copyWithSideEntries): the same
 * properties with equal values, recursively, and the same side-table entries. Anything but a plain
 * object, an array or a primitive is unequal (never kept), as is NaN. Primitives are compared in the
 * loops, not by a call each: this runs over every node of every def on every serve cycle.
 */
function sameTree(node: unknown, copy: unknown): boolean {
  if (node === copy) return true;
  if (typeof node !== 'object' || typeof copy !== 'object' || node === null || copy === null) return false;
  if (Array.isArray(node)) {
    if (!Array.isArray(copy) || node.length !== copy.length) return false;
    for (let i = 0; i < node.length; i++) {
      const x = node[i];
      if (x !== copy[i] && (typeof x !== 'object' || !sameTree(x, copy[i]))) return false;
    }
    return true;
  }
  if (Array.isArray(copy) || Object.getPrototypeOf(node) !== Object.prototype) return false;
  const a = node as Record<string, unknown>;
  const b = copy as Record<string | symbol, unknown>;
  let count = 0;
  for (const k in a) {
    count++;
    const x = a[k];
    if (x !== b[k] && (typeof x !== 'object' || !sameTree(x, b[k]))) return false;
    // (an absent property of the copy reads as undefined: equal to a property holding undefined, but then SIZE differs)
  }
  if (count !== b[SIZE]) return false;
  const side = sideEntriesOf(a);
  const kept = b[SIDE] as SideEntries | undefined;
  if (!side || !kept) return side === kept;
  return side.valueType === kept.valueType && side.wraps === kept.wraps && sameTree(side.wrapsArg, kept.wrapsArg);
}
