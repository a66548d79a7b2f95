"""A sympy-flavoured symbolic algebra core: Symbol/Integer/Add/Mul/Pow
with canonical ordering, automatic flattening, like-term collection,
expansion and differentiation.
"""
from fractions import Fraction
from functools import reduce
import operator


class Expr:
    __slots__ = ()
    precedence = 100

    def __add__(self, other):
        return Add.make(self, sympify(other))

    def __radd__(self, other):
        return Add.make(sympify(other), self)

    def __sub__(self, other):
        return Add.make(self, Mul.make(Integer(-1), sympify(other)))

    def __rsub__(self, other):
        return Add.make(sympify(other), Mul.make(Integer(-1), self))

    def __mul__(self, other):
        return Mul.make(self, sympify(other))

    def __rmul__(self, other):
        return Mul.make(sympify(other), self)

    def __neg__(self):
        return Mul.make(Integer(-1), self)

    def __pow__(self, other):
        return Pow.make(self, sympify(other))

    def __truediv__(self, other):
        return Mul.make(self, Pow.make(sympify(other), Integer(-1)))

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __hash__(self):
        return hash((type(self).__name__, self._key()))

    def sort_key(self):
        return (self.order, str(self))

    def __repr__(self):
        return str(self)

    def wrap(self, prec):
        s = str(self)
        return f"({s})" if self.precedence < prec else s


class Integer(Expr):
    __slots__ = ("value",)
    order = 0
    precedence = 100

    def __init__(self, value):
        self.value = Fraction(value)

    def _key(self):
        return self.value

    def __str__(self):
        v = self.value
        return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"

    def diff(self, s):
        return Integer(0)

    def subs(self, mapping):
        return self

    def expand(self):
        return self

    def evalf(self, env):
        return float(self.value)


class Symbol(Expr):
    __slots__ = ("name",)
    order = 1

    def __init__(self, name):
        self.name = name

    def _key(self):
        return self.name

    def __str__(self):
        return self.name

    def diff(self, s):
        return Integer(1 if s == self else 0)

    def subs(self, mapping):
        return mapping.get(self, self)

    def expand(self):
        return self

    def evalf(self, env):
        return env[self.name]


def sympify(x):
    if isinstance(x, Expr):
        return x
    if isinstance(x, (int, Fraction)):
        return Integer(x)
    raise TypeError(f"cannot sympify {x!r}")


def symbols(names):
    return tuple(Symbol(n) for n in names.replace(",", " ").split())


class Add(Expr):
    __slots__ = ("args",)
    order = 4
    precedence = 10

    def __init__(self, args):
        self.args = tuple(args)

    def _key(self):
        return self.args

    @staticmethod
    def make(*args):
        terms = {}
        const = Fraction(0)
        stack = list(args)
        while stack:
            a = stack.pop(0)
            if isinstance(a, Add):
                stack[0:0] = list(a.args)
            elif isinstance(a, Integer):
                const += a.value
            else:
                coeff, rest = a.as_coeff_mul()
                terms[rest] = terms.get(rest, 0) + coeff
        out = [Mul.make(Integer(c), t) for t, c in terms.items() if c != 0]
        out.sort(key=lambda e: e.sort_key())
        if const != 0:
            out.insert(0, Integer(const))
        if not out:
            return Integer(0)
        if len(out) == 1:
            return out[0]
        return Add(out)

    def __str__(self):
        parts = []
        for i, a in enumerate(self.args):
            s = a.wrap(self.precedence)
            if i and s.startswith("-"):
                parts.append(" - " + s[1:])
            elif i:
                parts.append(" + " + s)
            else:
                parts.append(s)
        return "".join(parts)

    def diff(self, s):
        return Add.make(*[a.diff(s) for a in self.args])

    def subs(self, mapping):
        return Add.make(*[a.subs(mapping) for a in self.args])

    def expand(self):
        return Add.make(*[a.expand() for a in self.args])

    def evalf(self, env):
        return sum(a.evalf(env) for a in self.args)


def _as_coeff_mul(self):
    if isinstance(self, Mul) and isinstance(self.args[0], Integer):
        rest = self.args[1:]
        return self.args[0].value, rest[0] if len(rest) == 1 else Mul(rest)
    return Fraction(1), self


Expr.as_coeff_mul = _as_coeff_mul


class Mul(Expr):
    __slots__ = ("args",)
    order = 3
    precedence = 20

    def __init__(self, args):
        self.args = tuple(args)

    def _key(self):
        return self.args

    @staticmethod
    def make(*args):
        coeff = Fraction(1)
        powers = {}
        for a in args:
            factors = a.args if isinstance(a, Mul) else (a,)
            for f in factors:
                if isinstance(f, Integer):
                    coeff *= f.value
                elif isinstance(f, Pow) and isinstance(f.exp, Integer):
                    powers[f.base] = powers.get(f.base, 0) + f.exp.value
                else:
                    powers[f] = powers.get(f, 0) + 1
        if coeff == 0:
            return Integer(0)
        out = [Pow.make(b, Integer(e)) for b, e in powers.items() if e != 0]
        out.sort(key=lambda e: e.sort_key())
        if coeff != 1 or not out:
            out.insert(0, Integer(coeff))
        return out[0] if len(out) == 1 else Mul(out)

    def __str__(self):
        if isinstance(self.args[0], Integer) and self.args[0].value == -1:
            return "-" + Mul.make(*self.args[1:]).wrap(self.precedence)
        return "*".join(a.wrap(self.precedence + 1) for a in self.args)

    def diff(self, s):
        terms = []
        for i in range(len(self.args)):
            rest = self.args[:i] + self.args[i + 1:]
            terms.append(Mul.make(self.args[i].diff(s), *rest))
        return Add.make(*terms)

    def subs(self, mapping):
        return Mul.make(*[a.subs(mapping) for a in self.args])

    def expand(self):
        result = [Integer(1)]
        for a in self.args:
            a = a.expand()
            summands = a.args if isinstance(a, Add) else (a,)
            result = [Mul.make(r, t) for r in result for t in summands]
        return Add.make(*result)

    def evalf(self, env):
        return reduce(operator.mul, (a.evalf(env) for a in self.args), 1.0)


class Pow(Expr):
    __slots__ = ("base", "exp")
    order = 2
    precedence = 30

    def __init__(self, base, exp):
        self.base = base
        self.exp = exp

    def _key(self):
        return (self.base, self.exp)

    def sort_key(self):
        return self.base.sort_key() + (str(self.exp),)

    @staticmethod
    def make(base, exp):
        if isinstance(exp, Integer):
            if exp.value == 0:
                return Integer(1)
            if exp.value == 1:
                return base
            if isinstance(base, Integer) and exp.value.denominator == 1:
                if base.value == 0 and exp.value < 0:
                    raise ZeroDivisionError("0 ** negative")
                return Integer(base.value ** int(exp.value))
            if isinstance(base, Pow) and isinstance(base.exp, Integer):
                return Pow.make(base.base, Integer(base.exp.value * exp.value))
        return Pow(base, exp)

    def __str__(self):
        return f"{self.base.wrap(self.precedence + 1)}**{self.exp.wrap(self.precedence + 1)}"

    def diff(self, s):
        if not isinstance(self.exp, Integer):
            raise NotImplementedError("symbolic exponents")
        return Mul.make(self.exp, Pow.make(self.base, Integer(self.exp.value - 1)), self.base.diff(s))

    def subs(self, mapping):
        return Pow.make(self.base.subs(mapping), self.exp.subs(mapping))

    def expand(self):
        base = self.base.expand()
        if isinstance(self.exp, Integer) and self.exp.value.denominator == 1 and self.exp.value > 1 and isinstance(base, Add):
            result = Integer(1)
            for _ in range(int(self.exp.value)):
                result = Mul((result, base)).expand()
            return result
        return Pow.make(base, self.exp)

    def evalf(self, env):
        return self.base.evalf(env) ** self.exp.evalf(env)


def main():
    x, y, z = symbols("x, y z")
    e1 = x + y + x + 2 * y - 3
    print("e1 =", e1)
    e2 = (x + 1) ** 2
    print("e2 =", e2, "expanded:", e2.expand())
    e3 = ((x + y) ** 3).expand()
    print("e3 =", e3)
    print("d/dx e3 =", e3.diff(x))
    print("d/dy e3 =", e3.diff(y))
    e4 = x * y * x / y
    print("e4 =", e4)
    e5 = (x - y) * (x + y)
    print("e5 =", e5, "=>", e5.expand())
    print("subs:", e3.subs({x: Integer(2), y: Integer(-1)}))
    e6 = Integer(Fraction(1, 2)) * x ** 2 - x / 3 + Fraction(5, 6)
    print("e6 =", e6, "d:", e6.diff(x))
    print("evalf:", round(e6.evalf({"x": 1.5}), 6))
    poly = ((x + 2 * y - z) ** 4).expand()
    print("terms:", len(poly.args))
    print("poly(1,1,1) =", poly.subs({x: Integer(1), y: Integer(1), z: Integer(1)}))
    print("d2/dxdz:", len(poly.diff(x).diff(z).args))
    print("x - x =", x - x, " x*0 =", x * 0, " x**0 =", x ** 0)
    print(hash(x + y) == hash(y + x), (x + y) == (y + x), (x * y) == (y * x))
    s = {x + 1, 1 + x, x * 2, x + x}
    print("set size:", len(s))
    try:
        Integer(0) ** Integer(-1)
    except ZeroDivisionError as e:
        print("error:", e)
    try:
        sympify("x")
    except TypeError as e:
        print("error:", e)
    series = Integer(0)
    for k in range(1, 8):
        series = series + Integer(Fraction(1, k)) * x ** k
    print("series:", series)
    print("series':", series.diff(x))


if __name__ == "__main__":
    main()
