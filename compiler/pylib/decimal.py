"""Decimal fixed and floating point arithmetic: the `decimal` standard module
(CPython 3.11's), for finite numbers.

Decimal from str ('1.10', '-2.5E+3', ' 7 ', underscores), int, float
(exactly) and Decimal; + - * / // % divmod() ** (integer powers) and unary
- + abs() with Decimals and ints, rounded to the context's precision (28
digits, ROUND_HALF_EVEN, as the General Decimal Arithmetic specification
says: exact sums and products keep their exponents, 1.10 + 2.20 is 3.30);
comparisons with Decimals, ints and floats; hash equal to an equal int's;
str/repr (scientific notation as CPython chooses it), int(), float(),
round(d) and round(d, n), format()/f-strings ('f', 'F', '%', 'e', 'E',
'g', 'G', none; fill, align, sign, zero padding, width, ',' and '_'
grouping, precision); quantize (all eight rounding modes),
to_integral_value, normalize, sqrt, adjusted, as_tuple, is_zero,
is_signed, copy_abs, copy_negate, compare, max, min; getcontext() (prec,
rounding), setcontext, localcontext(), Context's arithmetic methods
(quantize, add, multiply...); InvalidOperation (bad literals,
0/0, quantize results that do not fit) and DivisionByZero.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Differences from CPython: no infinities or NaNs
(a literal or float naming one raises InvalidOperation) and no exponent
limits (Emin/Emax); traps and flags are not kept (every error is raised);
DivisionByZero is a ZeroDivisionError but not a DecimalException;
uncaught, errors print as `InvalidOperation` (CPython:
`decimal.InvalidOperation`).
"""

import math

__all__ = ['Decimal', 'Context', 'getcontext', 'setcontext', 'localcontext', 'DecimalException', 'InvalidOperation',
           'DivisionByZero', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
           'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'DecimalTuple']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


class DecimalException(ArithmeticError):
    pass


class InvalidOperation(DecimalException):
    pass


class DivisionByZero(ZeroDivisionError):
    pass


def _invalid(kind):
    return InvalidOperation("[<class 'decimal.%s'>]" % kind)


class Context:
    def __init__(self, prec=28, rounding=ROUND_HALF_EVEN):
        self.prec = prec
        self.rounding = rounding

    def copy(self):
        return Context(self.prec, self.rounding)

    # The arithmetic methods compute as the Decimal operations do with this
    # context made the current one (CPython: `Context(rounding=...).quantize(x, q)`).
    def _run(self, compute):
        saved = _holder.current
        _holder.current = self
        try:
            return compute()
        finally:
            _holder.current = saved

    def create_decimal(self, num='0'):
        return self._run(lambda: Decimal(num)._fix())

    def quantize(self, a, b):
        return self._run(lambda: _operand(a).quantize(b))

    def add(self, a, b):
        return self._run(lambda: _operand(a) + b)

    def subtract(self, a, b):
        return self._run(lambda: _operand(a) - b)

    def multiply(self, a, b):
        return self._run(lambda: _operand(a) * b)

    def divide(self, a, b):
        return self._run(lambda: _operand(a) / b)

    def divide_int(self, a, b):
        return self._run(lambda: _operand(a) // b)

    def remainder(self, a, b):
        return self._run(lambda: _operand(a) % b)

    def power(self, a, b):
        return self._run(lambda: _operand(a) ** b)

    def plus(self, a):
        return self._run(lambda: +_operand(a))

    def minus(self, a):
        return self._run(lambda: -_operand(a))

    def abs(self, a):
        return self._run(lambda: abs(_operand(a)))

    def sqrt(self, a):
        return self._run(lambda: _operand(a).sqrt())

    def normalize(self, a):
        return self._run(lambda: _operand(a).normalize())

    def to_integral_value(self, a):
        return self._run(lambda: _operand(a).to_integral_value())

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=-999999, Emax=999999, capitals=1, clamp=0, "
                "flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])" % (self.prec, self.rounding))


class _ContextHolder:
    def __init__(self):
        self.current = Context()


_holder = _ContextHolder()


def getcontext():
    return _holder.current


def setcontext(context):
    _holder.current = context


class _LocalContext:
    def __init__(self, ctx, prec, rounding):
        self._saved = _holder.current
        self._new = (self._saved if ctx is None else ctx).copy()
        if prec is not None:
            self._new.prec = prec
        if rounding is not None:
            self._new.rounding = rounding

    def __enter__(self):
        _holder.current = self._new
        return self._new

    def __exit__(self, exc_type, exc_value, traceback):
        _holder.current = self._saved
        return False


def localcontext(ctx=None, prec=None, rounding=None):
    return _LocalContext(ctx, prec, rounding)


class DecimalTuple:
    def __init__(self, sign, digits, exponent):
        self.sign = sign
        self.digits = digits
        self.exponent = exponent

    def __repr__(self):
        return 'DecimalTuple(sign=%d, digits=%r, exponent=%d)' % (self.sign, self.digits, self.exponent)


def _pow_int(base, k):
    """base ** k for k >= 0, as an int (the compiler types a ** b of ints as int or float)."""
    result = 1
    while k > 0:
        if k & 1:
            result *= base
        base *= base
        k >>= 1
    return result


def _pow10(k):
    return _pow_int(10, k)


def _digits(n):
    return len(str(n))


def _round_int(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits rounded away by the rounding mode (sign: 1 for negative)."""
    if drop <= 0:
        return coeff * _pow10(-drop)
    scale = _pow10(drop)
    q, r = divmod(coeff, scale)
    if r == 0:
        return q
    half = scale // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        up = r > half or (r == half and q % 2 == 1)
    return q + 1 if up else q


def _parse(text):
    s = text.strip().replace('_', '')
    bad = _invalid('ConversionSyntax')
    if not s or '__' in text:
        raise bad
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    exp = 0
    lower = s.lower()
    if 'e' in lower:
        mant, _, e = lower.partition('e')
        e_digits = e[1:] if e[:1] in ('+', '-') else e
        if not e_digits.isdigit() or not e_digits.isascii():
            raise bad
        exp = int(e_digits) * (-1 if e[:1] == '-' else 1)
        s = mant
    whole, dot, frac = s.partition('.')
    if (whole and not (whole.isdigit() and whole.isascii())) or (frac and not (frac.isdigit() and frac.isascii())):
        raise bad
    if not whole and not frac:
        raise bad
    return sign, int(whole + frac), exp - len(frac)


class Decimal:
    """A decimal number: (-1)**sign * coefficient * 10**exponent."""

    def __init__(self, value='0', context=None):
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
        elif isinstance(value, bool) or isinstance(value, int):
            v = int(value)
            self._sign = 1 if v < 0 else 0
            self._int = abs(v)
            self._exp = 0
        elif isinstance(value, float):
            if value != value or value in (float('inf'), float('-inf')):
                raise _invalid('InvalidOperation')
            n, d = value.as_integer_ratio()
            # d is a power of two: n/d = n * 5**k / 10**k
            k = d.bit_length() - 1
            self._sign = 1 if (n < 0 or (n == 0 and math.copysign(1.0, value) < 0)) else 0
            self._int = abs(n) * _pow_int(5, k)
            self._exp = -k
        elif isinstance(value, str):
            self._sign, self._int, self._exp = _parse(value)
        elif isinstance(value, tuple):
            sign, digits, exp = value
            self._sign = sign
            self._int = int(''.join([str(d) for d in digits]) or '0')
            self._exp = exp
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        return Decimal(f)

    # ------------------------------------------------------------ helpers

    def _fix(self):
        """Rounded to the context's precision."""
        ctx = getcontext()
        n = _digits(self._int)
        if n <= ctx.prec:
            return self
        drop = n - ctx.prec
        coeff = _round_int(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if _digits(coeff) > ctx.prec:
            coeff //= 10
            exp += 1
        return _make(self._sign, coeff, exp)

    def _rescale(self, exp, rounding):
        return _make(self._sign, _round_int(self._sign, self._int, exp - self._exp, rounding), exp)

    def _value(self):
        return -self._int if self._sign else self._int

    def adjusted(self):
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple([int(c) for c in str(self._int)]), self._exp)

    def as_integer_ratio(self):
        if self._exp >= 0:
            return self._value() * _pow10(self._exp), 1
        d = _pow10(-self._exp)
        g = math.gcd(self._int, d)
        return self._value() // g, d // g

    def is_zero(self):
        return self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_finite(self):
        return True

    def copy_abs(self):
        return _make(0, self._int, self._exp)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp)

    # ------------------------------------------------------------ conversions

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self):
        return self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True)

    def _to_string(self, eng):
        # _pydecimal's __str__: engineering notation puts the point after 1 to 3 digits (an exponent that is a multiple of 3).
        sign = '-' if self._sign else ''
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            return sign + intpart + fracpart
        return sign + intpart + fracpart + 'E' + '%+d' % (leftdigits - dotplace)

    def __int__(self):
        if self._exp >= 0:
            return self._value() * _pow10(self._exp)
        v = self._int // _pow10(-self._exp)
        return -v if self._sign else v

    def __float__(self):
        return float(str(self))

    def __bool__(self):
        return self._int != 0

    def __hash__(self):
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * exp_hash % _PyHASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def to_integral_value(self, rounding=None):
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, getcontext().rounding if rounding is None else rounding)

    def to_integral(self, rounding=None):
        return self.to_integral_value(rounding)

    def quantize(self, exp, rounding=None):
        other = _convert(exp, 'quantize')
        result = self._rescale(other._exp, getcontext().rounding if rounding is None else rounding)
        if _digits(result._int) > getcontext().prec:
            raise _invalid('InvalidOperation')
        return result

    def normalize(self):
        r = self._fix()
        if r._int == 0:
            return _make(r._sign, 0, 0)
        coeff, exp = r._int, r._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _make(r._sign, coeff, exp)

    def __round__(self, n=None):
        if n is None:
            return int(self._rescale(0, ROUND_HALF_EVEN))
        return self.quantize(_make(0, 1, -n))

    def __floor__(self):
        return int(self._rescale(0, ROUND_FLOOR)) if self._exp < 0 else int(self)

    def __ceil__(self):
        return int(self._rescale(0, ROUND_CEILING)) if self._exp < 0 else int(self)

    def sqrt(self):
        if self._sign and self._int:
            raise _invalid('InvalidOperation')
        prec = getcontext().prec
        # an integer square root with enough digits, then rounded; exact results keep their ideal exponent
        ideal = self._exp // 2
        shift = 2 * (prec + 2) - _digits(self._int)
        shift += (self._exp - shift) % 2
        coeff = self._int * _pow10(shift) if shift >= 0 else self._int // _pow10(-shift)
        exp = (self._exp - shift) // 2
        root = math.isqrt(coeff)
        if root * root != coeff or (shift < 0 and self._int % _pow10(-shift)):
            root = root * 10 + 1
            exp -= 1
            return _make(0, root, exp)._fix()
        while exp < ideal and root % 10 == 0 and root:
            root //= 10
            exp += 1
        return _make(0, root, exp)._fix()

    # ------------------------------------------------------------ arithmetic

    def __neg__(self):
        if self._int == 0:
            return _make(0, 0, self._exp)
        return _make(1 - self._sign, self._int, self._exp)._fix()

    def __pos__(self):
        return _make(0 if self._int == 0 else self._sign, self._int, self._exp)._fix()

    def __abs__(self):
        return _make(0, self._int, self._exp)._fix()

    def __add__(self, other):
        b = _convert(other, '+')
        exp = min(self._exp, b._exp)
        v = self._value() * _pow10(self._exp - exp) + b._value() * _pow10(b._exp - exp)
        if v == 0:
            # a zero sum is positive, unless both zeros are negative or ROUND_FLOOR meets opposite signs
            negative_zero = 1 if getcontext().rounding == ROUND_FLOOR and self._sign != b._sign else 0
            both_zero = self._int == 0 and b._int == 0
            return _make((min(self._sign, b._sign) if both_zero else 0) | negative_zero, 0, exp)
        return _make(1 if v < 0 else 0, abs(v), exp)._fix()

    def __radd__(self, other):
        return _convert_reflected(other, '+') + self

    def __sub__(self, other):
        return self + _convert(other, '-').copy_negate()

    def __rsub__(self, other):
        return _convert_reflected(other, '-') - self

    def __mul__(self, other):
        b = _convert(other, '*')
        return _make(self._sign ^ b._sign, self._int * b._int, self._exp + b._exp)._fix()

    def __rmul__(self, other):
        return _convert_reflected(other, '*') * self

    def __truediv__(self, other):
        b = _convert(other, '/')
        sign = self._sign ^ b._sign
        if b._int == 0:
            if self._int == 0:
                raise _invalid('DivisionUndefined')
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        if self._int == 0:
            return _make(sign, 0, self._exp - b._exp)
        prec = getcontext().prec
        shift = _digits(b._int) - _digits(self._int) + prec + 1
        exp = self._exp - b._exp - shift
        if shift >= 0:
            coeff, remainder = divmod(self._int * _pow10(shift), b._int)
        else:
            coeff, remainder = divmod(self._int, b._int * _pow10(-shift))
        if remainder:
            # not exact: a last digit that is not 0 or 5 makes the rounding see the rest
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - b._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _make(sign, coeff, exp)._fix()

    def __rtruediv__(self, other):
        return _convert_reflected(other, '/') / self

    def _divide_integer(self, b):
        if b._int == 0:
            if self._int == 0:
                raise _invalid('DivisionUndefined')
            raise DivisionByZero("[<class 'decimal.DivisionByZero'>]")
        exp = min(self._exp, b._exp)
        a_val = self._int * _pow10(self._exp - exp)
        b_val = b._int * _pow10(b._exp - exp)
        q, r = divmod(a_val, b_val)
        if _digits(q) > getcontext().prec:
            raise _invalid('DivisionImpossible')
        quotient = _make(self._sign ^ b._sign, q, 0)
        remainder = _make(self._sign, r, exp)._fix()
        return quotient, remainder

    def __floordiv__(self, other):
        return self._divide_integer(_convert(other, '//'))[0]

    def __rfloordiv__(self, other):
        return _convert_reflected(other, '//') // self

    def __mod__(self, other):
        b = _convert(other, '%')
        if b._int == 0:
            raise _invalid('DivisionUndefined' if self._int == 0 else 'InvalidOperation')
        return self._divide_integer(b)[1]

    def __rmod__(self, other):
        return _convert_reflected(other, '%') % self

    def __divmod__(self, other):
        return self._divide_integer(_convert(other, 'divmod()'))

    def __rdivmod__(self, other):
        return _convert_reflected(other, 'divmod()')._divide_integer(self)

    def __pow__(self, other):
        b = _convert(other, '** or pow()')
        if b._exp < 0 and b._int % _pow10(-b._exp) != 0:
            raise TypeError('non-integer powers of a Decimal are not supported here')
        n = int(b)
        if n == 0:
            if self._int == 0:
                raise _invalid('InvalidOperation')
            return _make(0, 1, 0)
        result = _make(self._sign if n % 2 else 0, _pow_int(self._int, abs(n)), self._exp * abs(n))
        if n < 0:
            ctx = getcontext()
            ctx.prec += 3
            try:
                result = _make(0, 1, 0) / result
            finally:
                ctx.prec -= 3
        return result._fix()

    # ------------------------------------------------------------ comparisons

    def _cmp(self, other):
        if isinstance(other, float):
            if other != other:
                return None
            if other in (float('inf'), float('-inf')):
                return -1 if other > 0 else 1
        if isinstance(other, float):
            b = Decimal(other)
        elif isinstance(other, Decimal) or isinstance(other, int):
            b = _convert(other, '<')
        else:
            raise TypeError("'<' not supported between instances of 'decimal.Decimal' and '%s'" % type(other).__name__)
        exp = min(self._exp, b._exp)
        x = self._value() * _pow10(self._exp - exp)
        y = b._value() * _pow10(b._exp - exp)
        return (x > y) - (x < y)

    def compare(self, other):
        return _make(1 if self._cmp(other) < 0 else 0, abs(self._cmp(other)), 0)

    def max(self, other):
        return self if self._cmp(other) >= 0 else _convert(other, 'max')

    def min(self, other):
        return self if self._cmp(other) <= 0 else _convert(other, 'min')

    def __eq__(self, other):
        if isinstance(other, Decimal) or isinstance(other, int) or isinstance(other, float):
            return self._cmp(other) == 0
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        c = self._cmp(other)
        return c is not None and c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return c is not None and c >= 0

    # ------------------------------------------------------------ format()

    def __format__(self, spec):
        fill, align, sign_opt, zeropad, width, sep, precision, kind = _parse_spec(spec)
        d = self
        if kind == '':
            kind = 'G'
        if kind == '%':
            d = _make(d._sign, d._int, d._exp + 2)
        rounding = getcontext().rounding
        if precision is not None:
            if kind in 'eE':
                if d._int != 0:
                    d = d._rescale(d._exp + _digits(d._int) - precision - 1, rounding)
                    if _digits(d._int) > precision + 1:
                        d = _make(d._sign, d._int // 10, d._exp + 1)
            elif kind in 'fF%':
                d = d._rescale(-precision, rounding)
            elif kind in 'gG' and _digits(d._int) > max(precision, 1):
                p = max(precision, 1)
                d = d._rescale(d._exp + _digits(d._int) - p, rounding)
                if _digits(d._int) > p:
                    d = _make(d._sign, d._int // 10, d._exp + 1)
        if d._int == 0 and d._exp > 0 and kind in 'fF%':
            d = d._rescale(0, rounding)
        digits = str(d._int)
        leftdigits = d._exp + len(digits)
        if kind in 'eE':
            dotplace = 1 - precision if d._int == 0 and precision is not None else 1
        elif kind in 'fF%':
            dotplace = leftdigits
        else:
            dotplace = leftdigits if d._exp <= 0 and leftdigits > -6 else 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * -dotplace + digits
        elif dotplace > len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace] or '0'
            fracpart = digits[dotplace:]
        exp = leftdigits - dotplace
        sign = '-' if d._sign else (sign_opt if sign_opt in ' +' and sign_opt else '')
        if fracpart:
            fracpart = '.' + fracpart
        if exp != 0 or kind in 'eE':
            echar = 'e' if kind in 'eg' else 'E'
            fracpart += '%s%+d' % (echar, exp)
        if kind == '%':
            fracpart += '%'
        min_width = width - len(fracpart) - len(sign) if zeropad else 0
        intpart = _group(intpart, sep, min_width)
        body = intpart + fracpart
        padding = fill * max(width - len(sign) - len(body), 0)
        if align == '<':
            return sign + body + padding
        if align == '=':
            return sign + padding + body
        if align == '^':
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        return padding + sign + body


def _parse_spec(spec):
    """(fill, align, sign, zeropad, width, thousands separator, precision or None, type) of a format spec."""
    i = 0
    fill = ' '
    align = ''
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    sign = ''
    if i < len(spec) and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zeropad = False
    if i < len(spec) and spec[i] == '0':
        zeropad = True
        if not align:
            fill = '0'
            align = '='
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    sep = ''
    if i < len(spec) and spec[i] in ',_':
        sep = spec[i]
        i += 1
    precision = None
    if i < len(spec) and spec[i] == '.':
        i += 1
        start = i
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('Format specifier missing precision')
        precision = int(spec[start:i])
    kind = spec[i:]
    if kind not in ('', 'e', 'E', 'f', 'F', 'g', 'G', '%'):
        raise ValueError('Invalid format specifier')
    return fill, align or '>', sign, zeropad, width, sep, precision, kind


def _group(digits, sep, min_width):
    """digits in groups of three separated by sep (none: no separator), zero-padded to min_width."""
    if not sep:
        size = max(len(digits), min_width, 1)
        return '0' * (size - len(digits)) + digits
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits[-size:])) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    groups.reverse()
    return sep.join(groups)


def _make(sign, coeff, exp):
    d = Decimal(0)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    return d


def _operand(a):
    """A Context method's first operand: a Decimal, or an int made one (CPython: TypeError for other types)."""
    if isinstance(a, Decimal):
        return a
    if isinstance(a, bool) or isinstance(a, int):
        return Decimal(int(a))
    raise TypeError('conversion from %s to Decimal is not supported' % type(a).__name__)


def _convert_reflected(other, op):
    if isinstance(other, bool) or isinstance(other, int):
        return Decimal(int(other))
    raise TypeError("unsupported operand type(s) for %s: '%s' and 'decimal.Decimal'" % (op, type(other).__name__))


def _convert(other, op):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, bool) or isinstance(other, int):
        return Decimal(int(other))
    raise TypeError("unsupported operand type(s) for %s: 'decimal.Decimal' and '%s'" % (op, type(other).__name__))
