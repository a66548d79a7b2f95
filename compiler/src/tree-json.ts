// The syntax tree as JSON: the parse stage's output (program.json) and the
// parse cache's entries.
import type * as S from './syntax';

/**
 * JSON for the syntax tree: bigints as {"$bigint": "…"}, Maps as
 * {"$map": [[k, v], …]}, and the floats JSON has no number for (infinities,
 * NaN, -0.0: `float("inf")` folded to a constant) as {"$float": "…"};
 * everything else is plain data already.
 */
export function serializeTree(module: S.Module): string {
  return JSON.stringify(module, (_key, value: unknown) => {
    if (typeof value === 'bigint') return { $bigint: value.toString() };
    if (value instanceof Map) return { $map: [...value.entries()] };
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { $float: Object.is(value, -0) ? '-0' : String(value) };
    return value;
  });
}

export function deserializeTree(text: string): S.Module {
  // JSON.parse with a reviver calls it for every value, which costs more than
  // the parse itself on the bundled modules' trees: parse plainly, then
  // rebuild the few bigints and Maps in one pass over the objects (none when
  // the text names neither marker).
  const tree = JSON.parse(text) as unknown;
  return (text.includes('"$bigint"') || text.includes('"$map"') || text.includes('"$float"') ? revive(tree) : tree) as S.Module;
}

/** The value with each {"$bigint": …}, {"$map": …} and {"$float": …} (innermost first, as a reviver sees them) turned back into what it stands for. */
function revive(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  const o = value as Record<string, unknown>;
  for (const key in o) o[key] = revive(o[key]);
  if (typeof o.$bigint === 'string' && Object.keys(o).length === 1) return BigInt(o.$bigint);
  if (Array.isArray(o.$map) && Object.keys(o).length === 1) return new Map(o.$map as [unknown, unknown][]);
  if (typeof o.$float === 'string' && Object.keys(o).length === 1) return Number(o.$float);
  return value;
}
