"""__index__ of a user class where CPython calls it: list, tuple, str, bytes, bytearray and range
indexing, slices, item assignment and deletion, sequence repetition, range(), bin/hex/oct/chr, %x/%o,
operator.index, and the TypeErrors of a class without it or an __index__ returning a non-int."""
import operator

class Money:
    def __init__(self, v: int) -> None:
        self.v = v
    def __index__(self) -> int:
        return self.v

class Bad:
    def __index__(self):
        return "three"

class Plain:
    pass

def main() -> None:
    xs = [10, 20, 30, 40, 50]
    print(xs[Money(1)])
    t = (1, 2, 3)
    print(t[Money(2)])
    s = "hello"
    print(s[Money(0)])
    print(xs[Money(1):Money(3)])
    print(list(range(Money(4))))
    print(list(range(Money(1), Money(6), Money(2))))
    print(bin(Money(5)), hex(Money(255)), oct(Money(8)))
    print(operator.index(Money(7)))
    xs[Money(0)] = 99
    print(xs)
    print(b"abcd"[Money(2)])
    print("%x %o" % (Money(255), Money(8)))
    xs = [1, 2, 3, 4]
    del xs[Money(0)]
    print(xs)
    print(xs[::Money(2)])
    print("abcdef"[Money(1):Money(5):Money(2)])
    print(range(10)[Money(3)])
    try:
        print(xs[Bad()])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(xs[Plain()])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(operator.index(Plain()))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(hex(Bad()))
    except TypeError as e:
        print("TypeError:", e)
    print(operator.index(True), operator.index(12))
    print(chr(Money(65)))
    print("ab" * Money(3), [0] * Money(2), Money(2) * (1, 2), len("xy" * Money(0)))
    ys = [1, 2]
    ys *= Money(2)
    print(ys)
    ba = bytearray(b"xyz")
    ba[Money(0)] = 65
    del ba[Money(1)]
    print(ba)
    try:
        xs[Bad()] = 5
    except TypeError as e:
        print("TypeError:", e)


main()
