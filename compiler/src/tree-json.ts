// The syntax tree as JSON: the parse stage's output (program.json) and the
// parse cache's entries.
import type * as S from './syntax';

/**
 * JSON for the syntax tree: bigints as {"$bigint": "…"} and Maps as
 * {"$map": [[k, v], …]}; everything else is plain data already.
 */
export function serializeTree(module: S.Module): string {
  return JSON.stringify(module, (_key, value: unknown) => {
    if (typeof value === 'bigint') return { $bigint: value.toString() };
    if (value instanceof Map) return { $map: [...value.entries()] };
    return value;
  });
}

export function deserializeTree(text: string): S.Module {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      if (typeof o.$bigint === 'string' && Object.keys(o).length === 1) return BigInt(o.$bigint);
      if (Array.isArray(o.$map) && Object.keys(o).length === 1) return new Map(o.$map as [unknown, unknown][]);
    }
    return value;
  }) as S.Module;
}
