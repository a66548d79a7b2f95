# __index__ where CPython calls it in built-ins: int.to_bytes lengths, math.factorial/comb/perm/isqrt/gcd,
# bytes(n)/bytearray(n), str and list repetition, chr, str.zfill/center/ljust/rjust/expandtabs/split/find,
# list.pop/insert/index bounds, itertools.islice/repeat, round digits; errors for a non-int __index__.
import itertools
import math


class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Bad:
    def __index__(self):
        return "no"

def main_methods():
    xs = [1, 2, 3, 4]
    print(xs.pop(Idx(1)), xs, "a b c".split(" ", Idx(1)), "a\tb".expandtabs(Idx(4)))
    print("abcb".find("b", Idx(2)), "abc".startswith("b", Idx(1)), xs.index(3, Idx(0)))
    print(list(itertools.islice("abcdef", Idx(3))), list(itertools.repeat(1, Idx(2))))
    xs.insert(Idx(0), 9)
    print(xs, bin(Idx(5)), hex(Idx(255)), "%d|%x" % (Idx(3), Idx(10)) if False else "")
    print((5).to_bytes(length=Idx(1), byteorder="little"))
    try:
        "x" * Bad()
    except TypeError as e:
        print("TypeError", e)
    try:
        bytes(Bad())
    except TypeError as e:
        print("TypeError", e)
    try:
        "7".zfill(Bad())
    except TypeError as e:
        print("TypeError", e)


def main_math_bytes_str():
    print(math.factorial(Idx(5)))
    print(math.comb(Idx(5), Idx(2)), math.perm(Idx(5), 2))
    print((258).to_bytes(Idx(2), "big"), int.from_bytes(b"\x01\x02", "big"))
    print(bytes(Idx(3)))
    print("x" * Idx(3), [0] * Idx(2))
    print(chr(Idx(65)), "7".zfill(Idx(3)))
    print("ab".center(Idx(6), "*"), "ab".ljust(Idx(4)) + "|", "ab".rjust(Idx(4)))
    print(math.isqrt(Idx(17)), math.gcd(Idx(12), 8))
    print(round(2.567, Idx(2)))
    print(bytearray(Idx(2)), "abc"[Idx(1)])


def main_index_bounds():
    xs = [1, 3, 4]
    for f in [lambda: "abcb".find("b", Idx(2)), lambda: "abc".startswith("b", Idx(1)), lambda: xs.index(3, Idx(0)), lambda: "abcb".count("b", Idx(2))]:
        try:
            print(f())
        except TypeError as e:
            print("TypeError", e)



def main():
    main_math_bytes_str()
    main_methods()
    main_index_bounds()


main()
