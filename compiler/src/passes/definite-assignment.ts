// IR pass: find reads of variables that may run before any assignment, and
// mark them for a run-time check (UnboundLocalError / NameError, as CPython
// raises), leaving the reads that are provably bound unchecked.
//
// Forward "definitely assigned" dataflow over the CFG: a variable is bound at
// a point when every path from the entry assigns it first.
import type { Block, IrFunction } from '../ir';

/** Marks possibly-unbound reads of `vars` in `fn`: locals (or, in the module body, globals). */
export function markPossiblyUnboundReads(fn: IrFunction, vars: Set<string>, initiallyBound: Set<string>): void {
  const preds = new Map<string, string[]>(fn.blocks.map((b) => [b.label, []]));
  for (const b of fn.blocks) {
    for (const s of successors(b)) preds.get(s)?.push(b.label);
    // An exception may leave the block before any of its assignments.
    if (b.handler) preds.get(b.handler)?.push(`${b.label}#entry`);
  }

  const setOp = fn.isModule ? 'global.set' : 'local.set';
  const getOp = fn.isModule ? 'global.get' : 'local.get';
  const unsetOp = fn.isModule ? 'global.unset' : 'local.unset';
  // Sets of variables as bit sets over their indices: the module body of a
  // program linking the bundled modules has hundreds of globals and blocks,
  // and copying Sets of names per block per iteration cost tens of ms.
  const index = new Map<string, number>();
  for (const v of vars) index.set(v, index.size);
  const words = (index.size + 31) >>> 5;
  const has = (set: Uint32Array, i: number) => (set[i >>> 5] & (1 << (i & 31))) !== 0;
  const add = (set: Uint32Array, i: number) => void (set[i >>> 5] |= 1 << (i & 31));
  const remove = (set: Uint32Array, i: number) => void (set[i >>> 5] &= ~(1 << (i & 31)));
  const sameSet = (a: Uint32Array, b: Uint32Array) => a.every((w, k) => w === b[k]);
  const applyAssignment = (op: string, name: string, into: Uint32Array) => {
    const v = index.get(name);
    if (v === undefined) return;
    if (op === setOp) add(into, v);
    else remove(into, v);
  };
  const assignedIn = (b: Block, into: Uint32Array) => {
    for (const i of b.instrs) if (i.op === setOp || i.op === unsetOp) applyAssignment(i.op, i.name, into);
  };

  // out[b] starts at "everything" (the top of the lattice) except for the entry.
  const all = new Uint32Array(words);
  for (let v = 0; v < index.size; v++) add(all, v);
  const out = new Map<string, Uint32Array>();
  const entryIn = new Uint32Array(words);
  for (const v of initiallyBound) {
    const i = index.get(v);
    if (i !== undefined) add(entryIn, i);
  }
  for (const b of fn.blocks) out.set(b.label, all.slice());
  const inOf = (label: string): Uint32Array => {
    if (label === 'entry') return entryIn.slice();
    const ps = preds.get(label) ?? [];
    if (ps.length === 0) return all.slice(); // unreachable: nothing to check
    const outOf = (p: string) => (p.endsWith('#entry') ? inOf(p.slice(0, -'#entry'.length)) : out.get(p)!);
    const acc = outOf(ps[0]).slice();
    for (const p of ps.slice(1)) {
      const o = outOf(p);
      for (let k = 0; k < words; k++) acc[k] &= o[k];
    }
    return acc;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of fn.blocks) {
      const next = inOf(b.label);
      assignedIn(b, next);
      if (!sameSet(next, out.get(b.label)!)) {
        out.set(b.label, next);
        changed = true;
      }
    }
  }
  for (const b of fn.blocks) {
    const bound = inOf(b.label);
    for (const i of b.instrs) {
      if (i.op === setOp || i.op === unsetOp) applyAssignment(i.op, i.name, bound);
      else if (i.op === getOp) {
        const v = index.get(i.name);
        if (v !== undefined && !has(bound, v)) i.unboundCheck = true;
      }
    }
  }
}

function successors(b: Block): string[] {
  const t = b.term;
  if (t.op === 'br') return [t.target];
  if (t.op === 'condbr') return [t.then, t.else];
  return [];
}
