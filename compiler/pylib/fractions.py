"""Rational numbers: the `fractions` standard module (CPython 3.11's Fraction).

Fraction(numerator=0, denominator=None) from ints, Fractions, floats and
strings ('3/4', '-1.25', '1e-3'), always normalised (gcd 1, positive
denominator); arithmetic (+ - * / // % divmod ** and unary) with ints,
Fractions (exact) and floats (a float result), comparisons with ints,
floats and Fractions, hash equal to the hash of an equal int or float,
str/repr, float()/int()/abs(), limit_denominator, as_integer_ratio,
from_float, and CPython's error messages.

round(f) and round(f, n), divmod(), int(), float(), abs().

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Differences from CPython: no complex results (a negative Fraction to a fractional power raises
ValueError); math.floor/ceil/trunc of a Fraction do not build (call
f.__floor__(), f.__ceil__(), int(f)); an arithmetic operator with a value of
another type returns NotImplemented (so that value's reflected method runs,
as in CPython); ** and comparisons raise TypeError from the method itself.
"""

import math
from decimal import Decimal

__all__ = ['Fraction']

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal, as CPython's _RATIONAL_FORMAT reads it."""
    s = text.strip()
    bad = ValueError('Invalid literal for Fraction: %r' % text)
    if not s:
        raise bad
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not _is_digits(num) or not _is_digits(den):
            raise bad
        n = int(num.replace('_', ''))
        d = int(den.replace('_', ''))
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (sign * n))
        return sign * n, d
    exp = 0
    lower = s.lower()
    if 'e' in lower:
        mant, _, e = lower.partition('e')
        e_digits = e[1:] if e[:1] in ('+', '-') else e
        if not _is_digits(e_digits):
            raise bad
        exp = int(e_digits.replace('_', ''))
        if e[:1] == '-':
            exp = -exp
        s = mant
    whole, dot, frac = s.partition('.')
    if (whole and not _is_digits(whole)) or (frac and not _is_digits(frac)) or (not whole and not frac):
        raise bad
    n = int((whole + frac).replace('_', '') or '0')
    d = 1
    exp -= len(frac.replace('_', ''))
    if exp >= 0:
        n *= _power_of_ten(exp)
    else:
        d = _power_of_ten(-exp)
    return sign * n, d


def _is_digits(s):
    if not s or s[0] == '_' or s[-1] == '_' or '__' in s:
        return False
    return s.replace('_', '').isdigit() and s.replace('_', '').isascii()


def _from_float(f):
    if f != f:
        raise ValueError('cannot convert NaN to integer ratio')
    if f in (float('inf'), float('-inf')):
        raise OverflowError('cannot convert Infinity to integer ratio')
    return f.as_integer_ratio()


def _power_of_ten(k):
    """10 ** k for k >= 0, as an int (the compiler types a ** b of ints as int or float)."""
    result = 1
    for _ in range(k):
        result *= 10
    return result


def _type_name(x):
    return type(x).__name__


class Fraction:
    """A rational number numerator/denominator, kept in lowest terms."""

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, bool) or isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                n, d = _from_float(numerator)
            elif isinstance(numerator, Decimal):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            else:
                raise TypeError('argument should be a string or a Rational instance')
        else:
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a = Fraction(numerator)
                b = Fraction(denominator)
                n, d = a._numerator * b._denominator, a._denominator * b._numerator
            elif isinstance(numerator, int) and isinstance(denominator, int):
                n, d = int(numerator), int(denominator)
            else:
                raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return Fraction(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % ('Fraction', f, _type_name(f)))
        n, d = _from_float(f)
        return Fraction(n, d)

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return Fraction(dec)
        if not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % ('Fraction', dec, _type_name(dec)))
        n, d = dec.as_integer_ratio()
        return Fraction(n, d)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self._numerator, self._denominator)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # the closer of the two best approximations (the later one on a tie)
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return 'Fraction(%s, %s)' % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ------------------------------------------------------------ arithmetic

    def _operand(self, other, op):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        raise TypeError("unsupported operand type(s) for %s: 'Fraction' and '%s'" % (op, _type_name(other)))

    def __add__(self, other):
        if isinstance(other, float):
            return float(self) + other
        elif isinstance(other, int):
            b = Fraction(other)
        elif isinstance(other, Fraction):
            b = other
        else:
            return NotImplemented
        return Fraction(self._numerator * b._denominator + b._numerator * self._denominator,
                        self._denominator * b._denominator)

    def __radd__(self, other):
        if isinstance(other, float):
            return other + float(self)
        elif isinstance(other, int):
            return Fraction(other) + self
        elif isinstance(other, Fraction):
            return other + self
        else:
            return NotImplemented

    def __sub__(self, other):
        if isinstance(other, float):
            return float(self) - other
        elif isinstance(other, int):
            b = Fraction(other)
        elif isinstance(other, Fraction):
            b = other
        else:
            return NotImplemented
        return Fraction(self._numerator * b._denominator - b._numerator * self._denominator,
                        self._denominator * b._denominator)

    def __rsub__(self, other):
        if isinstance(other, float):
            return other - float(self)
        elif isinstance(other, int):
            return Fraction(other) - self
        elif isinstance(other, Fraction):
            return other - self
        else:
            return NotImplemented

    def __mul__(self, other):
        if isinstance(other, float):
            return float(self) * other
        elif isinstance(other, int):
            b = Fraction(other)
        elif isinstance(other, Fraction):
            b = other
        else:
            return NotImplemented
        return Fraction(self._numerator * b._numerator, self._denominator * b._denominator)

    def __rmul__(self, other):
        if isinstance(other, float):
            return other * float(self)
        elif isinstance(other, int):
            return Fraction(other) * self
        elif isinstance(other, Fraction):
            return other * self
        else:
            return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, float):
            return float(self) / other
        elif isinstance(other, int):
            b = Fraction(other)
        elif isinstance(other, Fraction):
            b = other
        else:
            return NotImplemented
        if b._numerator == 0:
            # CPython's _div reduces by the gcds before it builds (and checks) the result
            g2 = math.gcd(b._denominator, self._denominator)
            raise ZeroDivisionError('Fraction(%s, 0)' % (self._numerator // math.gcd(self._numerator, 0) * (b._denominator // g2)))
        return Fraction(self._numerator * b._denominator, self._denominator * b._numerator)

    def __rtruediv__(self, other):
        if isinstance(other, float):
            return other / float(self)
        elif isinstance(other, int):
            return Fraction(other) / self
        elif isinstance(other, Fraction):
            return other / self
        else:
            return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, float):
            return float(self) // other
        elif isinstance(other, int):
            b = Fraction(other)
        elif isinstance(other, Fraction):
            b = other
        else:
            return NotImplemented
        return (self._numerator * b._denominator) // (self._denominator * b._numerator)

    def __rfloordiv__(self, other):
        if isinstance(other, float):
            return other // float(self)
        elif isinstance(other, int):
            return Fraction(other) // self
        elif isinstance(other, Fraction):
            return other // self
        else:
            return NotImplemented

    def __mod__(self, other):
        if isinstance(other, float):
            return float(self) % other
        elif isinstance(other, int):
            b = Fraction(other)
        elif isinstance(other, Fraction):
            b = other
        else:
            return NotImplemented
        da, db = self._denominator, b._denominator
        return Fraction((self._numerator * db) % (b._numerator * da), da * db)

    def __rmod__(self, other):
        if isinstance(other, float):
            return other % float(self)
        elif isinstance(other, int):
            return Fraction(other) % self
        elif isinstance(other, Fraction):
            return other % self
        else:
            return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, int):
            b = Fraction(other)
        elif isinstance(other, Fraction):
            b = other
        else:
            return NotImplemented
        da, db = self._denominator, b._denominator
        div, n_mod = divmod(self._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def __pow__(self, other):
        if isinstance(other, int):
            power = int(other)
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
            return Fraction(self._denominator ** -power, self._numerator ** -power)
        if isinstance(other, Fraction) and other._denominator == 1:
            return self ** other._numerator
        if isinstance(other, Fraction) or isinstance(other, float):
            if self._numerator < 0:
                raise ValueError('a negative Fraction to a fractional power has a complex result')
            return float(self) ** float(other)
        raise TypeError("unsupported operand type(s) for ** or pow(): 'Fraction' and '%s'" % _type_name(other))

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """round(): to an int (halves to even) without ndigits, else to a Fraction with ndigits decimals."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = _power_of_ten(abs(ndigits))
        if ndigits > 0:
            return Fraction((self * shift).__round__(), shift)
        return Fraction((self / shift).__round__() * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        dinv = pow(self._denominator, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
        if dinv == 0:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # ------------------------------------------------------------ comparisons

    def _compare(self, other, op):
        """Sign of self - other for an int, Fraction or float other (None when a float is NaN)."""
        if isinstance(other, float):
            if other != other:
                return None
            if other in (float('inf'), float('-inf')):
                return -1 if other > 0 else 1
            other = Fraction(other)
        b = self._operand(other, op)
        diff = self._numerator * b._denominator - b._numerator * self._denominator
        return (diff > 0) - (diff < 0)

    def __eq__(self, other):
        if isinstance(other, Fraction) or isinstance(other, int) or isinstance(other, float):
            return self._compare(other, '==') == 0
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        c = self._compare(other, '<')
        return c is not None and c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return c is not None and c >= 0
