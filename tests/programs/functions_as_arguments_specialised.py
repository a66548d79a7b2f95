# A function taking a function, specialised once per function it is given:
# map(), filter(), sorted(key=), min/max(key=) and reduce() call the right one
# in each specialisation. Built-in functions passed as values (map(int, ...),
# key=len, reduce(max, ...)). Raw string literals ending in backslashes.
from functools import reduce


def apply_all(f, xs):
    return list(map(f, xs))


def keep(pred, xs):
    return list(filter(pred, xs))


def order(key, xs):
    return sorted(xs, key=key), min(xs, key=key), max(xs, key=key)


def fold(op, xs):
    return reduce(op, xs)


def double(x):
    return 2 * x


def shout(s):
    return s.upper() + "!"


def main():
    print(apply_all(double, [1, 2, 3]), apply_all(shout, ["a", "b"]), apply_all(len, ["xy", "z"]))
    print(keep(lambda x: x % 2, [1, 2, 3, 4]), keep(str.isupper, ["A", "b", "C"]))
    print(order(lambda x: -x, [3, 1, 2]), order(len, ["ccc", "a", "bb"]))
    print(fold(lambda a, b: a + b, [1, 2, 3]), fold(lambda a, b: a + "-" + b, ["x", "y"]))
    words = "3 1 2".split()
    print(list(map(int, words)), sorted(words, key=int), list(map(str, [1.5, None])), sum(map(abs, [-1, 2])))
    print(fold(max, [3, 9, 2]), fold(min, [3, 9, 2]), list(map(pow, [2, 3], [3, 2])), list(map(len, ["ab", ""])))
    print(isinstance(3, int), isinstance("s", (int, str)), sorted([[2, 1], [1]], key=sorted))
    print(repr(r"\\"), len(r"\\"), repr(r"a\\"), repr(r"\\a"), [r"\\", r"x\\y"], r"\n" == "\\n")


if __name__ == "__main__":
    main()
