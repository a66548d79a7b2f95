// The static types the checker infers. A value whose type cannot be pinned to
// one of the concrete types is `object`: a tagged run-time value that behaves
// exactly as CPython's (see runtime/include/aithon.h). `never` is the type of
// an expression that has not been seen to produce a value (yet): the bottom of
// the lattice during inference, and after it the type of calls that never
// return normally.

export type TypeKind = 'never' | 'int' | 'float' | 'bool' | 'none' | 'str' | 'object';

export interface Type {
  readonly kind: TypeKind;
}

function make(kind: TypeKind): Type {
  return Object.freeze({ kind });
}

export const T = {
  never: make('never'),
  int: make('int'),
  float: make('float'),
  bool: make('bool'),
  none: make('none'),
  str: make('str'),
  object: make('object'),
} as const;

export function sameType(a: Type, b: Type): boolean {
  return a.kind === b.kind;
}

/** Least upper bound: two different concrete types meet in `object`. */
export function join(a: Type, b: Type): Type {
  if (a.kind === 'never') return b;
  if (b.kind === 'never') return a;
  if (a.kind === b.kind) return a;
  return T.object;
}

/** Python's name of the type, as in error messages ('int', 'NoneType'). */
export function pythonTypeName(t: Type): string {
  switch (t.kind) {
    case 'none':
      return 'NoneType';
    default:
      return t.kind;
  }
}

export function typeKey(t: Type): string {
  return t.kind;
}

export function isNumeric(t: Type): boolean {
  return t.kind === 'int' || t.kind === 'float' || t.kind === 'bool';
}
