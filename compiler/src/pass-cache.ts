// The per-def pass cache (serve and the build daemon: setPassCache). The last passes
// (rewriteFunctionAttributes, rewriteDecorators, closeAbandonedGenerators, rewriteGlobalsReads,
// rewriteMethodValues, markInstanceDictReads, addImplicitMainCall, scopeProgramComprehensions) run here, one
// top-level statement at a time, and a top-level def or class whose input to them is the last build's keeps
// the very object they made of it last build, without running them on it: the checker and lowering then get
// the same nodes for every def an edit did not touch.
//
// Why that is sound. What these passes make of a top-level def is a function of
//   - the def as the passes before them left it, with its nodes' entries in those passes' side tables
//     (builtinValueTypes): compared deeply with a copy kept from the last build (positions included, so a
//     def moved by an edit above it is not kept);
//   - each pass's program-wide facts, gathered per statement (each statement's part as it is when that pass
//     begins; a kept def's parts are taken from the last build) and compared, as far as a statement's rewrite
//     reads them, with the last build's: rewriteFunctionAttributes' attribute owners and use counts
//     (function-attributes.ts functionAttributeFactsKey), rewriteDecorators' functools imports and which
//     decorator names are defs of the module (decoratorFacts), closeAbandonedGenerators' generator functions,
//     rewriteMethodValues' names (every method, data attribute, class, import and bound name...:
//     method-values.ts methodValueNames);
//     rewriteFunctionAttributes, when a def f of the module's own scope may have attributes
//     (hasModuleLevelCandidate), rewrites `f.x` in every statement: it then runs on the whole module, kept defs
//     included, and the defs whose attributes it made variables are a fact too;
//   - nothing else, or the whole program, and then nothing is kept: rewriteGlobalsReads reads the module's
//     names when the text names `globals`, markInstanceDictReads the whole program when it
//     names `__dict__`, `vars`, `setattr` or `delattr`; addImplicitMainCall adds a statement of its own;
//     scopeProgramComprehensions renames within each def, and numbers the comprehensions of the module's own
//     statements and of top-level defs' parameter defaults in one sequence, so a def with a comprehension in a
//     default is never kept (a kept def then adds nothing to that count). A def rewriteDecorators makes more
//     than one statement of (a decorated def, a class whose methods' decorators are hoisted) is not kept.
// Each pass runs on the other statements one at a time, with the facts of the whole program: that is how
// these passes run in every build (rewriteDecorators and closeAbandonedGenerators have no other form). When a pass's facts differ from the
// last build's, the candidates get the passes they skipped (with this build's facts), and from then on every
// statement is rewritten, as in a build without the cache.
// Taken for granted of the passes: no node is reachable from two top-level statements (a kept def
// would hold the last build's copy of a node a fresh statement holds this build's of).
// desugarDescriptors shared one; compiler/tests/pass-cache.test.ts checks a sample of programs.
//
// The passes before these (the desugarer's, runInitSubclassHooks, resolveMatchArgs) still run over the whole
// program on every build: several read facts of other defs that are not written down per def yet
// (docs/serve.md, Speed: "The per-def pass cache").
import { scopeProgramComprehensions } from './checker';
import { builtinValueTypes } from './classes';
import { wrapsArgs, wrapsDecorated } from './decorators';
import { markInstanceDictReads } from './instance-dict';
import { decoratorFacts, type DecoratorPart, decoratorPart, rewriteDecoratorsIn } from './decorators';
import {
  functionAttributeFactsKey,
  type FunctionAttributePart,
  functionAttributePart,
  hasModuleLevelCandidate,
  mergeFunctionAttributeParts,
  rewriteFunctionAttributes,
  rewriteFunctionAttributesIn,
} from './function-attributes';
import { closeAbandonedGeneratorsIn, generatorFunctionOf } from './generator-loops';
import { rewriteGlobalsReads } from './globals-dict';
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
  /** Its parts of the program-wide facts each cached pass reads, each as the statement was when that pass began. */
  attributes: FunctionAttributePart;
  decorators: DecoratorPart;
  generator: string | null;
  /** Its part of rewriteMethodValues' names, without its own nodes. */
  names: Names;
}

/** What a statement's rewrite reads of the program, per cached pass (and the gates), as text: compared with the last build's. */
type Facts = string[];

let last: { facts: Facts; byKey: Map<string, KeptStatement> } | undefined;

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
 * rewriteFunctionAttributes, rewriteDecorators, closeAbandonedGenerators, rewriteGlobalsReads,
 * rewriteMethodValues, markInstanceDictReads, addImplicitMainCall and scopeProgramComprehensions, in
 * that order, on the whole module: what they would make of it run one after the other, with each
 * unchanged def (see above) given the object they made of it last build, without running them on it.
 */
export function runCachedPasses(module: S.Module, entry: EntryPoint): void {
  const keys = statementKeys(module.body);
  /** This build's statements that may keep last build's result, by the statement (before any of these passes). */
  const candidates = new Map<S.Stmt, KeptStatement>();
  /** What is recorded of each keyed statement for the next build, as the passes go (tracked by the statement object). */
  const records = new Map<S.Stmt, Partial<KeptStatement> & { key: string }>();
  module.body.forEach((s, i) => {
    const key = keys[i];
    if (!enabled || key === null) return;
    const kept = last?.byKey.get(key);
    if (kept && sameTree(s, kept.before)) candidates.set(s, kept);
    records.set(s, { key, before: candidates.get(s)?.before ?? copyWithSideEntries(s) });
  });
  // The gates: with one of these words in the program, a pass reads the whole program (the gates are facts
  // too: a def made while a pass read the whole program holds what it read).
  const readsGlobals = S.sourceMentions(module, 'globals');
  const readsInstanceDicts = instanceDictWords.some((w) => S.sourceMentions(module, w));
  const facts: Facts = [`${readsGlobals} ${readsInstanceDicts}`];
  let usable = enabled && candidates.size > 0 && !readsGlobals && !readsInstanceDicts && last?.facts[0] === facts[0];
  // While usable, the candidates skip each pass; each pass's rewrite of one statement, given this build's facts,
  // is kept here so that the candidates can be brought up to the current pass when the facts turn out to differ.
  const skipped: ((s: S.Stmt) => S.Stmt[])[] = [];
  const partOf = <T>(s: S.Stmt, field: 'attributes' | 'decorators' | 'generator', fresh: (s: S.Stmt) => T): T => {
    const kept = candidates.get(s);
    const part = kept ? (kept[field] as T) : fresh(s);
    const record = records.get(s);
    if (record) (record as Record<string, unknown>)[field] = part;
    return part;
  };
  /** Compares a pass's facts with the last build's; on a difference, the candidates get the passes they skipped. */
  const check = (key: string, wholeProgram = false): void => {
    facts.push(key);
    if (!usable || (!wholeProgram && last?.facts[facts.length - 1] === key)) return;
    usable = false;
    module.body = module.body.flatMap((s) => (candidates.has(s) ? skipped.reduce((out, rewrite) => out.flatMap(rewrite), [s]) : [s]));
    candidates.clear();
  };
  const rewriteEach = (rewrite: (s: S.Stmt) => S.Stmt[]): void => {
    module.body = module.body.flatMap((s) => (usable && candidates.has(s) ? [s] : rewrite(s)));
    if (usable) skipped.push(rewrite);
  };

  const attributes = mergeFunctionAttributeParts(module.body.map((s) => partOf(s, 'attributes', functionAttributePart)));
  if (hasModuleLevelCandidate(module.body, attributes)) {
    // Every statement (the candidates too) goes through the pass on the whole module, which may rewrite any of
    // them; which module-level defs' attributes it made variables is then a fact of the pass.
    check(`${rewriteFunctionAttributes(module, attributes).join(',')}|${functionAttributeFactsKey(attributes)}`);
  } else {
    check(`-|${functionAttributeFactsKey(attributes)}`);
    rewriteEach((s) => {
      rewriteFunctionAttributesIn(s, attributes);
      return [s];
    });
  }

  const decorators = decoratorFacts(module.body, module.body.map((s) => partOf(s, 'decorators', decoratorPart)));
  check(decorators.key);
  rewriteEach((s) => {
    const out = rewriteDecoratorsIn(s, decorators);
    // A statement the pass makes more of is not kept (its record holds one statement).
    if (out.length !== 1 || out[0] !== s) records.delete(s);
    return out;
  });

  const generators = new Set<string>();
  for (const s of module.body) {
    const g = partOf(s, 'generator', generatorFunctionOf);
    if (g !== null) generators.add(g);
  }
  check([...generators].sort().join(','));
  const moduleCounter = { n: 0 };
  rewriteEach((s) => closeAbandonedGeneratorsIn(s, generators, moduleCounter));

  // Reads the program only when its text names globals (then nothing is kept: the first gate).
  rewriteGlobalsReads(module);

  // A statement's own nodes in the names (`typePositions`, `callArgs`) are not recorded for it: see programPartOf.
  const keptNames = new Set<S.Stmt>();
  const parts = module.body.map((s) => {
    const kept = candidates.get(s);
    if (kept) keptNames.add(s);
    const part = kept?.names ?? methodValueNames(s);
    const record = records.get(s);
    if (record) record.names = kept?.names ?? programPartOf(part);
    return part;
  });
  const names = mergeMethodValueNames(parts);
  check(methodValueFacts(names));
  // Rewritten afresh, statements whose part was kept need their own nodes' names too (a kept part holds none: `except X`'s X).
  const rewriteNames = usable || keptNames.size === 0 ? names : mergeMethodValueNames(module.body.map((s, i) => (keptNames.has(s) ? methodValueNames(s) : parts[i])));
  const kept = new Set<S.Stmt>();
  module.body = module.body.map((s) => {
    const candidate = usable ? candidates.get(s) : undefined;
    if (candidate) {
      kept.add(candidate.after);
      records.set(candidate.after, { ...candidate, key: records.get(s)!.key });
      records.delete(s);
      return candidate.after;
    }
    const record = records.get(s);
    if (record) record.after = s;
    rewriteMethodValuesIn(s, rewriteNames);
    return s;
  });
  markInstanceDictReads(module);
  addImplicitMainCall(module, entry);
  scopeProgramComprehensions(module, kept);
  statementsKept = kept.size;
  if (!enabled) return;
  const byKey = new Map<string, KeptStatement>();
  for (const { key, ...record } of records.values()) if (record.after) byKey.set(key, record as KeptStatement);
  last = { facts, byKey };
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
