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
  const assignedIn = (b: Block, into: Set<string>) => {
    for (const i of b.instrs) {
      if (i.op === setOp && vars.has(i.name)) into.add(i.name);
      else if (i.op === unsetOp) into.delete(i.name);
    }
  };

  // out[b] starts at "everything" (the top of the lattice) except for the entry.
  const all = new Set(vars);
  const out = new Map<string, Set<string>>();
  const entryIn = new Set([...initiallyBound].filter((v) => vars.has(v)));
  for (const b of fn.blocks) out.set(b.label, new Set(all));
  const inOf = (label: string): Set<string> => {
    if (label === 'entry') return new Set(entryIn);
    const ps = preds.get(label) ?? [];
    if (ps.length === 0) return new Set(all); // unreachable: nothing to check
    const outOf = (p: string) => (p.endsWith('#entry') ? inOf(p.slice(0, -'#entry'.length)) : out.get(p)!);
    const acc = new Set(outOf(ps[0]));
    for (const p of ps.slice(1)) {
      const o = outOf(p);
      for (const v of acc) if (!o.has(v)) acc.delete(v);
    }
    return acc;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of fn.blocks) {
      const next = inOf(b.label);
      assignedIn(b, next);
      const prev = out.get(b.label)!;
      if (next.size !== prev.size || [...next].some((v) => !prev.has(v))) {
        out.set(b.label, next);
        changed = true;
      }
    }
  }
  for (const b of fn.blocks) {
    const bound = inOf(b.label);
    for (const i of b.instrs) {
      if (i.op === setOp && vars.has(i.name)) bound.add(i.name);
      else if (i.op === unsetOp) bound.delete(i.name);
      if (i.op === getOp && vars.has(i.name) && !bound.has(i.name)) i.unboundCheck = true;
    }
  }
}

function successors(b: Block): string[] {
  const t = b.term;
  if (t.op === 'br') return [t.target];
  if (t.op === 'condbr') return [t.then, t.else];
  return [];
}
