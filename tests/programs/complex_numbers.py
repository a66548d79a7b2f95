# Complex numbers: literals, complex(...) (numbers and CPython's string
# grammar), arithmetic with every numeric type, powers, comparisons, hashing,
# repr/str/format, attributes and methods, containers, actors, and the errors.
import copy
import math
import aithon.actors as actors


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Phasor:
    def __init__(self, mag, turns):
        self.mag = mag
        self.turns = turns

    def __complex__(self):
        return complex(0, self.mag) ** self.turns


class Ratio:
    def __init__(self, n, d):
        self.n = n
        self.d = d

    def __float__(self):
        return self.n / self.d


class NotComplex:
    def __complex__(self):
        return 2.5


def rotate_worker(parent, zs, turns):
    actors.send(parent, ([z * 1j ** turns for z in zs], sum(zs), {z: abs(z) for z in zs}))


def main():
    inf = float("inf")
    nan = float("nan")
    vals = [0j, 1j, -1j, 1 + 0j, -0.0 + 0j, complex(-0.0, -0.0), complex(0.0, -0.0), 1.5 + 2.25j, 1e16j, 1e-5 + 1e22j,
            complex(inf, nan), complex(-inf, -inf), complex(nan, 0), 123456789.123 - 0.000001j, complex(1, -inf)]
    for v in vals:
        print(repr(v), str(v), v.real, v.imag, bool(v), abs(v))
    for s in ["", ".2f", "+.2f", "10", "<20", "^24.3e", ">30g", "g", ".3g", " ", "_", ",.2f", "z.1f", "#g", "E", "n", ".0f", "+"]:
        print(repr(s), [format(v, s) for v in vals[:9]])
    for s in ["d", "%", "010", "=10", "x"]:
        attempt(s, lambda: format(1j, s))
    print(f"{3 + 4j}|{3 + 4j!r}|{3 + 4j:^20}|{-2j:*<12.1f}")
    print("%s %r" % (1j, 2 + 1j))
    print(str([1j, 2 + 3j]), (1j, None), {"a": -1j})
    # arithmetic with every operand kind
    ops = [2, -3, 2.5, True, False, 1 + 2j, -0.5j, 10 ** 20]
    for a in ops:
        for b in ops:
            if isinstance(a, complex) or isinstance(b, complex):
                attempt(f"{a!r} op {b!r}", lambda: (a + b, a - b, a * b))
                attempt("div", lambda: a / b)
                attempt("pow", lambda: a ** b)
    z = 1.5 - 0.25j
    for n in [0, 1, 2, 3, 5, 7, 10, 50, 100, 101, -1, -2, -7, 0.5, -0.5, 2.0, 1.5, 1j, 2 + 3j]:
        attempt(f"z**{n!r}", lambda: z ** n)
    attempt("0j**-1", lambda: 0j ** -1)
    attempt("0j**1j", lambda: 0j ** 1j)
    attempt("0j**0", lambda: 0j ** 0)
    attempt("0j**2", lambda: 0j ** 2)
    attempt("big**", lambda: (1e200 + 1e200j) ** 2)
    attempt("big**.5", lambda: (1e300 + 1e300j) ** 2.5)
    attempt("1j/0", lambda: 1j / 0)
    attempt("1/0j", lambda: 1 / 0j)
    attempt("1j/0.0", lambda: 1j / 0.0)
    attempt("1j//2", lambda: 1j // 2)
    attempt("2%1j", lambda: 2 % 1j)
    attempt("1j<<1", lambda: 1j << 1)
    attempt("1j<2j", lambda: 1j < 2j)
    attempt("1<2j", lambda: 1 < 2j)
    attempt("1j>=2.0", lambda: 1j >= 2.0)
    attempt("divmod", lambda: divmod(1j, 2))
    attempt("int", lambda: int(1j))
    attempt("float", lambda: float(1j))
    attempt("round", lambda: round(1j))
    attempt("big", lambda: 1j + 10 ** 400)
    attempt("str+", lambda: "a" + 1j)
    attempt("1j+str", lambda: 1j + "a")
    attempt("list*", lambda: [1] * 1j)
    attempt("~", lambda: ~(1j))
    attempt("abs big", lambda: abs(complex(1e308, 1e308)))
    attempt("-", lambda: (-(1 - 1j), +(2j), -(0j)))
    print(1 == 1 + 0j, 1.0 == 1 + 0j, 1 + 0j == 1, 1j == 1, 1j != 1j, 2j == 2j, 1j == "1j", 1j == None, True == 1 + 0j)
    print(10 ** 20 == complex(1e20, 0), 2 ** 53 + 1 == complex(2 ** 53 + 1, 0), nan + 0j == nan + 0j)
    print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(2 - 3j), hash(complex(1e100, -1e-100)), hash(complex(inf, -inf)))
    d = {1: "one", 2.5: "two and a half", 1j: "i"}
    d[1 + 0j] = "ONE"
    d[complex(2.5, 0)] = "TWO"
    print(d, len({1, 1 + 0j, 1.0, 2j, 2j}))
    # set displays of constants iterate in the order of CPython's folded frozenset constant
    print({1j, 2j, 3 + 1j, -1 - 1j, 0.5j, 100 + 0j, 7}, {9, 1, 17, 25}, {-1, -9, 7, 15, (1, 9), (2, 2j)})
    acc = 0j
    for k in range(1, 6):
        acc += k * 1j
        acc *= 1 - 0.5j
        acc -= k
        acc /= 2
    print(acc, sum([1j, 2j, 3]), sum([0.5j] * 4, 1), max([abs(1 + 1j), abs(2j)]))
    print(isinstance(1j, complex), isinstance(1j, (int, float)), isinstance(1, complex), isinstance(1.5, complex), type(2j).__name__)
    print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2), complex(1j), complex(1j, 1j))
    print(complex(real=3), complex(imag=-1), complex(real=1, imag=2), complex(2 + 3j, 4 + 5j), complex(False, True))
    for s in ["1+2j", "1__2j", "1_2j", " (1+2j) ", "j", "-j", "+J", "1+j", "1-J", "1e5J", "infj", "-nan+infj", "1+", "(1+2j",
              "1 + 2j", "", " ", "1e", ".5j", "5.j", "1.5", "\u00a01j", "1j\u3000", "()", "(j)", "-1.5e-3-2.5E+2j", "Infinity-INFj",
              "nanJ", "1j1", "--1j", "0x1j", "1_j", "_1j", "1._5j"]:
        attempt(repr(s), lambda: complex(s))
    for a in [None, [], "x"]:
        attempt(repr(a), lambda: complex(a))
    for a in [None, "2"]:
        attempt(repr(a), lambda: complex(1, a))
    attempt("str2", lambda: complex("1", 2))
    attempt("kw", lambda: complex(real="1+1j"))
    print((1 + 2j).conjugate(), (3j).real, (3j).imag, (1 + 2j).imag.is_integer(), math.sqrt(abs(3 + 4j)))
    zs = [complex(i, -i) for i in range(4)]
    zs.sort(key=abs)
    print(zs, sorted(zs, key=lambda w: (w.imag, w.real)), zs.index(2 - 2j), 3 - 3j in zs, zs.count(0))
    print(tuple(z * 1j for z in zs), [z for z in zs if z], min(zs, key=lambda w: w.real))
    x = 2.0
    x = x * 1j
    print(complex(Phasor(2, 3)), complex(Ratio(1, 4)))
    attempt("__complex__", lambda: complex(NotComplex()))
    attempt("no dunder", lambda: complex(acc))
    t = complex
    print(list(map(complex, ["1+2j", "3", "-j"])), t, t(1, 2), type(1j)(3), {int: "int", complex: "complex"}[type(2j)])
    print(copy.deepcopy({"z": [1j, (2 + 3j, 4j)]}), copy.copy(5j))
    me = actors.self_pid()
    actors.spawn(rotate_worker, me, [1 + 2j, -3j, complex(2.5, -0.0)], 3)
    print(actors.receive(timeout=10))
    print(x, x ** 2, 1j ** 2, (1j) ** 3, 2 ** 1j, 2.0 ** (1 + 1j), (-8) ** (1 / 3 + 0j))


if __name__ == "__main__":
    main()
