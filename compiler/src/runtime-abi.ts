// LLVM prototypes of the runtime functions emitted code calls. Mirrors
// runtime/include/aithon.h; change both together (the emitter test checks
// every name here is declared in the header).
export type LlvmType = 'i64' | 'i32' | 'i1' | 'double' | 'ptr' | 'void';

export interface RuntimeFunction {
  ret: LlvmType;
  params: LlvmType[];
}

const w = 'i64' as const;

export const runtimeFunctions: Record<string, RuntimeFunction> = {
  ai_main: { ret: 'i32', params: ['i32', 'ptr', 'ptr'] },
  ai_exc_pending: { ret: 'i1', params: [] },
  ai_raise: { ret: 'void', params: ['ptr', 'ptr'] },
  ai_tb_add: { ret: 'void', params: ['ptr', 'i32', 'ptr', 'ptr'] },
  ai_enter: { ret: 'i1', params: [] },
  ai_leave: { ret: 'void', params: [] },
  ai_int_from_decimal: { ret: w, params: ['ptr', 'i64'] },
  ai_int_add: { ret: w, params: [w, w] },
  ai_int_sub: { ret: w, params: [w, w] },
  ai_int_mul: { ret: w, params: [w, w] },
  ai_int_floordiv: { ret: w, params: [w, w] },
  ai_int_mod: { ret: w, params: [w, w] },
  ai_int_neg: { ret: w, params: [w] },
  ai_int_abs: { ret: w, params: [w] },
  ai_int_invert: { ret: w, params: [w] },
  ai_int_and: { ret: w, params: [w, w] },
  ai_int_or: { ret: w, params: [w, w] },
  ai_int_xor: { ret: w, params: [w, w] },
  ai_int_lshift: { ret: w, params: [w, w] },
  ai_int_rshift: { ret: w, params: [w, w] },
  ai_int_pow: { ret: w, params: [w, w] },
  ai_int_pow_float: { ret: 'double', params: [w, w] },
  ai_int_truediv: { ret: 'double', params: [w, w] },
  ai_int_sign: { ret: 'i32', params: [w] },
  ai_int_eq: { ret: 'i1', params: [w, w] },
  ai_int_lt: { ret: 'i1', params: [w, w] },
  ai_int_le: { ret: 'i1', params: [w, w] },
  ai_int_float_cmp: { ret: 'i32', params: [w, 'double'] },
  ai_int_is_true: { ret: 'i1', params: [w] },
  ai_int_to_float: { ret: 'double', params: [w] },
  ai_int_from_float: { ret: w, params: ['double'] },
  ai_int_from_str: { ret: w, params: [w] },
  ai_float_truediv: { ret: 'double', params: ['double', 'double'] },
  ai_float_floordiv: { ret: 'double', params: ['double', 'double'] },
  ai_float_mod: { ret: 'double', params: ['double', 'double'] },
  ai_float_pow: { ret: 'double', params: ['double', 'double'] },
  ai_float_from_str: { ret: 'double', params: [w] },
  ai_str_concat: { ret: w, params: [w, w] },
  ai_str_repeat: { ret: w, params: [w, w] },
  ai_str_len: { ret: 'i64', params: [w] },
  ai_str_eq: { ret: 'i1', params: [w, w] },
  ai_str_cmp: { ret: 'i32', params: [w, w] },
  ai_str_is_true: { ret: 'i1', params: [w] },
  ai_str_join_n: { ret: w, params: ['i64', 'ptr'] },
  ai_str_of_int: { ret: w, params: [w] },
  ai_str_of_float: { ret: w, params: ['double'] },
  ai_str_of_bool: { ret: w, params: ['i1'] },
  ai_repr_str: { ret: w, params: [w] },
  ai_format_int: { ret: w, params: [w, w] },
  ai_format_float: { ret: w, params: ['double', w] },
  ai_format_str: { ret: w, params: [w, w] },
  ai_format_bool: { ret: w, params: ['i1', w] },
  ai_box_float: { ret: w, params: ['double'] },
  ai_box_bool: { ret: w, params: ['i1'] },
  ai_obj_binop: { ret: w, params: ['i32', w, w] },
  ai_obj_neg: { ret: w, params: [w] },
  ai_obj_pos: { ret: w, params: [w] },
  ai_obj_invert: { ret: w, params: [w] },
  ai_obj_compare: { ret: 'i32', params: ['i32', w, w] },
  ai_obj_truthy: { ret: 'i32', params: [w] },
  ai_obj_str: { ret: w, params: [w] },
  ai_obj_repr: { ret: w, params: [w] },
  ai_obj_format: { ret: w, params: [w, w] },
  ai_obj_len: { ret: 'i64', params: [w] },
  ai_obj_int: { ret: w, params: [w] },
  ai_obj_float: { ret: 'double', params: [w] },
  ai_obj_abs: { ret: w, params: [w] },
  ai_print: { ret: 'i1', params: ['i64', 'ptr', w, w, 'i1'] },
};

/** Runtime data symbols referenced by emitted code. */
export const runtimeGlobals = ['ai_None', 'ai_True', 'ai_False', 'ai_type_str'];

/** Python exception name -> the runtime's type object symbol. */
export function exceptionTypeSymbol(name: string): string {
  return `ai_exc_${name}`;
}
