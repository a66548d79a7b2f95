"""Operators as functions: the `operator` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it, so `operator.add` passed to map/sorted/reduce is
specialised to the caller's types like any function of the program.

Differences from CPython, forced by what the compiler supports:
- itemgetter and attrgetter return functions, not instances of classes of
  those names, so their repr is a function's.
- abs, length_hint and matmul are not provided (abs would shadow
  the builtin it calls).
- methodcaller returns a function calling the method by name at run time
  (positional arguments only, as for values whose type is not known).
"""

import _aithon_dynamic

__all__ = ['add', 'and_', 'attrgetter', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv',
           'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'lshift', 'lt', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']


# Comparison operations

def lt(a, b):
    "Same as a < b."
    return a < b


def le(a, b):
    "Same as a <= b."
    return a <= b


def eq(a, b):
    "Same as a == b."
    return a == b


def ne(a, b):
    "Same as a != b."
    return a != b


def ge(a, b):
    "Same as a >= b."
    return a >= b


def gt(a, b):
    "Same as a > b."
    return a > b


# Logical operations

def not_(a):
    "Same as not a."
    return not a


def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


# Mathematical and bitwise operations

def add(a, b):
    "Same as a + b."
    return a + b


def and_(a, b):
    "Same as a & b."
    return a & b


def floordiv(a, b):
    "Same as a // b."
    return a // b


def inv(a):
    "Same as ~a."
    return ~a


def invert(a):
    "Same as ~a."
    return ~a


def lshift(a, b):
    "Same as a << b."
    return a << b


def mod(a, b):
    "Same as a % b."
    return a % b


def mul(a, b):
    "Same as a * b."
    return a * b


def neg(a):
    "Same as -a."
    return -a


def or_(a, b):
    "Same as a | b."
    return a | b


def pos(a):
    "Same as +a."
    return +a


def pow(a, b):
    "Same as a ** b."
    return a ** b


def rshift(a, b):
    "Same as a >> b."
    return a >> b


def sub(a, b):
    "Same as a - b."
    return a - b


def truediv(a, b):
    "Same as a / b."
    return a / b


def xor(a, b):
    "Same as a ^ b."
    return a ^ b


# Sequence operations

def concat(a, b):
    "Same as a + b, for a and b sequences."
    return a + b


def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for i in a:
        if i == b:
            count += 1
    return count


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def getitem(a, b):
    "Same as a[b]."
    return a[b]


def index(a):
    "Same as a.__index__()"
    return _aithon_dynamic.index(a)


def indexOf(a, b):
    "Return the first index of b in a."
    i = 0
    for j in a:
        if j == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


# Generalized lookup objects

def attrgetter(attr, *attrs):
    """Return a function that fetches the given attribute(s) from its operand.

    After f = attrgetter('name'), the call f(r) returns r.name; after
    g = attrgetter('name', 'date'), g(r) returns (r.name, r.date); after
    h = attrgetter('name.first'), h(r) returns r.name.first.
    """
    for a in (attr,) + attrs:
        if not isinstance(a, str):
            raise TypeError('attribute name must be a string')
    if not attrs:
        names = attr.split('.')

        def getter(obj):
            for name in names:
                obj = getattr(obj, name)
            return obj
        return getter
    paths = [a.split('.') for a in (attr,) + attrs]

    def getter_many(obj):
        values = []
        for path in paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            values.append(value)
        return tuple(values)
    return getter_many


def itemgetter(item, *items):
    """Return a function that fetches the given item(s) from its operand.

    After f = itemgetter(2), the call f(r) returns r[2]; after
    g = itemgetter(2, 5, 3), g(r) returns (r[2], r[5], r[3]).
    """
    if not items:
        def getter(obj):
            return obj[item]
        return getter
    keys = (item,) + items

    def getter_many(obj):
        return tuple(obj[k] for k in keys)
    return getter_many


def methodcaller(name, *args):
    """Return a function that calls the named method on its operand, with args.

    After f = methodcaller('split', ','), the call f(s) returns s.split(',').
    """
    if not isinstance(name, str):
        raise TypeError('method name must be a string')

    def caller(obj):
        return _aithon_dynamic.call_method(obj, name, args)
    return caller


# In-place operations: the augmented assignment, returning the (possibly new) left operand.

def iadd(a, b):
    "Same as a += b."
    a += b
    return a


def iand(a, b):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    a += b
    return a


def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b):
    "Same as a *= b."
    a *= b
    return a


def ior(a, b):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a
