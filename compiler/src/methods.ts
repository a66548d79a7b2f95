// Static knowledge of the built-in types' methods: what each returns and how
// it widens the container it is called on. The run-time behaviour is the
// runtime's (ai_call_method); the checker only needs types.
import { type Cell, type ContainerType, elemOf, escapeType, iterOf, join, keyOf, T, tupleOf, type Type, valueOf } from './types';

/** The methods a deque has and a list lacks. */
const dequeOnlyMethods = new Set(['appendleft', 'extendleft', 'popleft', 'rotate']);

export interface MethodContext {
  /** A cell owned by this call site (stable across inference rounds). */
  siteCell(): Cell;
  /** The type of the elements iteration over `t` yields. */
  iterElem(t: Type): Type;
}

const strToStr = new Set([
  'strip', 'lstrip', 'rstrip', 'upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'replace', 'center', 'ljust', 'rjust',
  'zfill', 'expandtabs', 'format', 'join', 'removeprefix', 'removesuffix', 'translate',
]);
const strToInt = new Set(['find', 'rfind', 'index', 'rindex', 'count']);
const strToBool = new Set([
  'startswith', 'endswith', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'isdecimal', 'isnumeric', 'isidentifier',
  'istitle', 'isascii', 'isprintable',
]);
const strToList = new Set(['split', 'rsplit', 'splitlines']);

function listFrom(ctx: MethodContext, elem: Type): ContainerType {
  const cell = ctx.siteCell();
  cell.widen('elem', elem);
  return { kind: 'list', cell };
}

/**
 * Result type of `recv.name(args)` for a statically known built-in receiver,
 * widening the receiver's cell as the call would. `null`: no such method (the
 * runtime raises AttributeError).
 */
/** x.__str__() and x.__repr__() are str(x) and repr(x) for every built-in value (None too): str, else null. */
export function valueDunderType(name: string, args: Type[]): Type | null {
  return (name === '__str__' || name === '__repr__') && args.length === 0 ? T.str : null;
}

export function methodResultType(ctx: MethodContext, recv: Type, name: string, args: Type[]): Type | null {
  const dunder = valueDunderType(name, args);
  if (dunder) return dunder;
  switch (recv.kind) {
    case 'str':
      if (strToStr.has(name)) return T.str;
      if (strToInt.has(name)) return T.int;
      if (strToBool.has(name)) return T.bool;
      if (strToList.has(name)) return listFrom(ctx, T.str);
      if (name === 'partition' || name === 'rpartition') return tupleOf([T.str, T.str, T.str]);
      return null;
    case 'list':
    case 'deque': {
      // A deque has a list's methods but sort, and its own ends: appendleft, extendleft, popleft, rotate.
      const deque = recv.kind === 'deque';
      if (deque ? name === 'sort' : dequeOnlyMethods.has(name)) return null;
      const cell = recv.cell;
      switch (name) {
        case 'append':
        case 'appendleft':
          cell.widen('elem', args[0] ?? T.never);
          return T.none;
        case 'insert':
          cell.widen('elem', args[1] ?? T.never);
          return T.none;
        case 'extend':
        case 'extendleft':
          if (args[0]) cell.widen('elem', ctx.iterElem(args[0]));
          return T.none;
        case 'pop':
        case 'popleft':
          // deque.pop takes no index
          return !deque || args.length === 0 ? elemOf(recv) : null;
        case 'index':
        case 'count':
          return T.int;
        case 'remove':
        case 'reverse':
        case 'sort':
        case 'rotate':
        case 'clear':
          return T.none;
        case 'copy':
          return recv;
        default:
          return null;
      }
    }
    case 'tuple':
    case 'vartuple':
      if (name === 'index' || name === 'count') return T.int;
      return null;
    case 'dict': {
      const cell = recv.cell;
      const k = keyOf(recv);
      const v = valueOf(recv);
      switch (name) {
        case 'get':
          return args.length >= 2 ? join(v, args[1]) : join(v, T.none);
        case 'setdefault':
          cell.widen('key', args[0] ?? T.never);
          cell.widen('value', args.length >= 2 ? args[1] : T.none);
          return valueOf(recv);
        case 'pop':
          return args.length >= 2 ? join(v, args[1]) : v;
        case 'popitem':
          return tupleOf([k, v]);
        case 'keys':
          return iterOf('dict_keys', k);
        case 'values':
          return iterOf('dict_values', v);
        case 'items':
          return iterOf('dict_items', tupleOf([k, v]));
        case 'update':
          if (args[0]?.kind === 'dict') {
            cell.widen('key', keyOf(args[0]));
            cell.widen('value', valueOf(args[0]));
          } else if (args[0]) {
            const pair = ctx.iterElem(args[0]);
            if (pair.kind === 'tuple' && pair.elems.length === 2) {
              cell.widen('key', pair.elems[0]);
              cell.widen('value', pair.elems[1]);
            } else {
              cell.escape();
            }
          }
          return T.none;
        case 'copy':
          return recv;
        case 'clear':
          return T.none;
        default:
          return null;
      }
    }
    case 'set': {
      const cell = recv.cell;
      switch (name) {
        case 'add':
          cell.widen('elem', args[0] ?? T.never);
          return T.none;
        case 'update':
          for (const a of args) cell.widen('elem', ctx.iterElem(a));
          return T.none;
        case 'discard':
        case 'remove':
        case 'clear':
          return T.none;
        case 'pop':
          return elemOf(recv);
        case 'union':
        case 'intersection':
        case 'difference':
        case 'symmetric_difference':
        case 'copy': {
          for (const a of args) cell.widen('elem', ctx.iterElem(a));
          return recv;
        }
        case 'issubset':
        case 'issuperset':
        case 'isdisjoint':
          return T.bool;
        default:
          return null;
      }
    }
    case 'int':
      if (name === 'bit_length' || name === 'bit_count') return T.int;
      return null;
    case 'float':
      if (name === 'is_integer') return T.bool;
      if (name === 'hex' && args.length === 0) return T.str;
      if (name === 'fromhex' && args.length === 1 && args[0].kind === 'str') return T.float;
      return null;
    case 'iter':
      // it.__next__() is next(it); it.__iter__() is the iterator itself.
      if (name === '__next__' && args.length === 0) {
        if (recv.ret) escapeType(recv.ret);
        return recv.elem;
      }
      if (name === '__iter__' && args.length === 0) return recv;
      // A generator's send() and throw() resume it and return what it yields next; close() ends it.
      if (recv.pyName !== 'generator') return null;
      if (name === 'send' || name === 'throw') {
        // Its return value reaches dynamic code, as StopIteration.value (a Task stepping a coroutine).
        if (recv.ret) escapeType(recv.ret);
        return recv.elem;
      }
      if (name === 'close') return T.none;
      // A coroutine's __await__() is its iterator: here, the coroutine (a generator) itself.
      if (name === '__await__') return recv;
      return null;
    default:
      return null;
  }
}
