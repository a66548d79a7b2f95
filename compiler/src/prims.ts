// Primitive operations of the IR: their operand and result types, whether they
// can raise, and — for most — the runtime function that implements them
// (inlined into user code after LTO). Prims without `runtime` are open-coded
// by the emitter (llvm.ts) as LLVM instructions.
import type { ScalarKind as TypeKind } from './types';

export interface PrimSpec {
  args: TypeKind[];
  result: TypeKind | null;
  raises: boolean;
  runtime?: string;
}

const rt = (args: TypeKind[], result: TypeKind | null, runtime: string, raises = true): PrimSpec => ({ args, result, raises, runtime });
const inline = (args: TypeKind[], result: TypeKind | null, raises = false): PrimSpec => ({ args, result, raises });

const ii: TypeKind[] = ['int', 'int'];
const ff: TypeKind[] = ['float', 'float'];
const ss: TypeKind[] = ['str', 'str'];
const oo: TypeKind[] = ['object', 'object'];

export const prims = {
  // int (ai_word): arbitrary precision, small-int fast paths in the runtime
  'int.add': rt(ii, 'int', 'ai_int_add'),
  'int.sub': rt(ii, 'int', 'ai_int_sub'),
  'int.mul': rt(ii, 'int', 'ai_int_mul'),
  'int.floordiv': rt(ii, 'int', 'ai_int_floordiv'),
  'int.mod': rt(ii, 'int', 'ai_int_mod'),
  'int.pow': rt(ii, 'int', 'ai_int_pow'),
  'int.lshift': rt(ii, 'int', 'ai_int_lshift'),
  'int.rshift': rt(ii, 'int', 'ai_int_rshift'),
  'int.and': rt(ii, 'int', 'ai_int_and'),
  'int.or': rt(ii, 'int', 'ai_int_or'),
  'int.xor': rt(ii, 'int', 'ai_int_xor'),
  'int.truediv': rt(ii, 'float', 'ai_int_truediv'),
  /** int ** int whose sign of exponent is unknown: an int, or a float for b < 0. */
  'int.pow_dynamic': inline(ii, 'object', true),
  'int.neg': rt(['int'], 'int', 'ai_int_neg'),
  'int.abs': rt(['int'], 'int', 'ai_int_abs'),
  'int.invert': rt(['int'], 'int', 'ai_int_invert'),
  'int.eq': rt(ii, 'bool', 'ai_int_eq', false),
  'int.ne': inline(ii, 'bool'),
  'int.lt': rt(ii, 'bool', 'ai_int_lt', false),
  'int.le': rt(ii, 'bool', 'ai_int_le', false),
  'int.gt': inline(ii, 'bool'),
  'int.ge': inline(ii, 'bool'),
  'int.truthy': rt(['int'], 'bool', 'ai_int_is_true', false),
  'int.to_float': rt(['int'], 'float', 'ai_int_to_float'),
  'int.to_str': rt(['int'], 'str', 'ai_str_of_int'),
  'int.format': rt(['int', 'str'], 'str', 'ai_format_int'),
  'int.box': inline(['int'], 'object'),
  // Machine-integer forms for values known to be small ints (range loops):
  /** range(start, stop, step) whose counter stays small: all three small, and stop + step fits too. */
  'int.range_small': inline(['int', 'int', 'int'], 'bool'),
  /** a < b for small a and b. */
  'int.small_lt': inline(ii, 'bool'),
  /** The same small int, with its tag bit visible to LLVM (so later int operations drop their tag checks). */
  'int.known_small': inline(['int'], 'int'),
  /** a + b of small ints whose sum is known to stay small: a range counter short of its stop (int.range_small), a list index short of the length. */
  'int.small_add': inline(ii, 'int'),
  /** An untagged count from the runtime (ai_list_len...) as an int. */
  'int.from_len': inline(['int'], 'int'),
  /** A 1/0 result of ai_obj_contains (already checked for -1) as a bool. */
  'int.from_cmp': inline(['int'], 'bool'),
  // int compared with float, exactly (ai_int_float_cmp)
  'intfloat.eq': inline(['int', 'float'], 'bool'),
  'intfloat.ne': inline(['int', 'float'], 'bool'),
  'intfloat.lt': inline(['int', 'float'], 'bool'),
  'intfloat.le': inline(['int', 'float'], 'bool'),
  'intfloat.gt': inline(['int', 'float'], 'bool'),
  'intfloat.ge': inline(['int', 'float'], 'bool'),
  // float (double)
  'float.add': inline(ff, 'float'),
  'float.sub': inline(ff, 'float'),
  'float.mul': inline(ff, 'float'),
  'float.truediv': rt(ff, 'float', 'ai_float_truediv'),
  'float.floordiv': rt(ff, 'float', 'ai_float_floordiv'),
  'float.mod': rt(ff, 'float', 'ai_float_mod'),
  'float.pow': rt(ff, 'float', 'ai_float_pow'),
  'float.neg': inline(['float'], 'float'),
  'float.abs': inline(['float'], 'float'),
  'float.eq': inline(ff, 'bool'),
  'float.ne': inline(ff, 'bool'),
  'float.lt': inline(ff, 'bool'),
  'float.le': inline(ff, 'bool'),
  'float.gt': inline(ff, 'bool'),
  'float.ge': inline(ff, 'bool'),
  'float.truthy': inline(['float'], 'bool'),
  'float.to_int': rt(['float'], 'int', 'ai_int_from_float'),
  'float.to_str': rt(['float'], 'str', 'ai_str_of_float'),
  'float.format': rt(['float', 'str'], 'str', 'ai_format_float'),
  'float.box': rt(['float'], 'object', 'ai_box_float'),
  // bool (i1)
  'bool.to_int': inline(['bool'], 'int'),
  'bool.to_float': inline(['bool'], 'float'),
  'bool.not': inline(['bool'], 'bool'),
  'bool.and': inline(['bool', 'bool'], 'bool'),
  'bool.or': inline(['bool', 'bool'], 'bool'),
  'bool.xor': inline(['bool', 'bool'], 'bool'),
  'bool.to_str': rt(['bool'], 'str', 'ai_str_of_bool'),
  'bool.format': rt(['bool', 'str'], 'str', 'ai_format_bool'),
  'bool.box': rt(['bool'], 'object', 'ai_box_bool', false),
  // str (ai_word pointing at an AiStr)
  'str.concat': rt(ss, 'str', 'ai_str_concat'),
  'str.repeat': rt(['str', 'int'], 'str', 'ai_str_repeat'),
  'str.len': inline(['str'], 'int'),
  'str.eq': rt(ss, 'bool', 'ai_str_eq', false),
  'str.ne': inline(ss, 'bool'),
  'str.lt': inline(ss, 'bool'),
  'str.le': inline(ss, 'bool'),
  'str.gt': inline(ss, 'bool'),
  'str.ge': inline(ss, 'bool'),
  'str.truthy': rt(['str'], 'bool', 'ai_str_is_true', false),
  'str.repr': rt(['str'], 'str', 'ai_repr_str'),
  'str.format': rt(ss, 'str', 'ai_format_str'),
  'str.to_int': rt(['str'], 'int', 'ai_int_from_str'),
  'str.to_float': rt(['str'], 'float', 'ai_float_from_str'),
  'str.box': inline(['str'], 'object'),
  'none.box': inline(['none'], 'object'),
  // object: the dynamic representation, dispatched at run time
  'obj.binop': rt(oo, 'object', 'ai_obj_binop'),
  'obj.compare': inline(oo, 'bool', true),
  'obj.is': inline(oo, 'bool'),
  'obj.truthy': inline(['object'], 'bool', true),
  'obj.neg': rt(['object'], 'object', 'ai_obj_neg'),
  'obj.pos': rt(['object'], 'object', 'ai_obj_pos'),
  'obj.invert': rt(['object'], 'object', 'ai_obj_invert'),
  'obj.str': rt(['object'], 'str', 'ai_obj_str'),
  'obj.repr': rt(['object'], 'str', 'ai_obj_repr'),
  'obj.format': rt(['object', 'str'], 'str', 'ai_obj_format'),
  'obj.len': inline(['object'], 'int', true),
  /** A word read from a container, seen as its static element type. */
  'float.unbox': rt(['object'], 'float', 'ai_unbox_float', false),
  'bool.unbox': inline(['object'], 'bool'),
  'obj.to_int': rt(['object'], 'int', 'ai_obj_int'),
  'obj.to_float': rt(['object'], 'float', 'ai_obj_float'),
  /** A module function's float argument (math.sqrt(x)): "must be real number, not complex" for a non-number. */
  'obj.real_arg': rt(['object'], 'float', 'ai_stdlib_real_arg'),
  'obj.abs': rt(['object'], 'object', 'ai_obj_abs'),
} satisfies Record<string, PrimSpec>;

export type Prim = keyof typeof prims;

export function primSpec(name: Prim): PrimSpec {
  return prims[name];
}

/** enum ai_binop in aithon.h */
export const binopCode: Record<string, number> = { '+': 0, '-': 1, '*': 2, '/': 3, '//': 4, '%': 5, '**': 6, '<<': 7, '>>': 8, '&': 9, '|': 10, '^': 11 };
/** enum ai_cmpop in aithon.h */
export const cmpCode: Record<string, number> = { '<': 0, '<=': 1, '==': 2, '!=': 3, '>': 4, '>=': 5 };
