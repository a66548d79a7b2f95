# Built-in functions used as values: assigned, chosen by a condition, kept in lists and dicts, passed on.
from functools import reduce


def make_check(n):
    return n * 2 + 1


def apply_all(funcs, value):
    return [f(value) for f in funcs]


def main():
    cpus = 1
    chunkmap = map
    print(sum(chunkmap(make_check, [1, 2, 3])))
    lazy = chunkmap(make_check, [4, 5])
    print(next(lazy), list(lazy), list(lazy))
    keep = filter
    print(list(keep(lambda v: v % 2 == 0, range(7))))
    pairs = zip
    print(list(pairs([1, 2, 3], "ab")))
    number = enumerate
    print(list(number("xy")))
    for bigger in (True, False):
        op = max if bigger else min
        print(op(3, 7), op([4, 1, 9]), op(2, 8, 5))
    funcs = [abs, str, len]
    print(funcs[0](-3), funcs[1](4) + "!", funcs[2]("abc"))
    print(apply_all([round, int, str, bool], 2.5))
    print(reduce(max, [3, 8, 2]), reduce(min, [3, 8, 2]))
    print(sorted(["b", "A", "c"], key=str.lower))
    order = sorted
    print(order([3, 1, 2]), order([3, 1, 2], reverse=True), order(["bb", "a", "ccc"], key=len, reverse=True))
    convert = int
    print(convert("42") + 1, convert(7.9))
    print(list(map(str, [1, 2, 3])), list(map(hex, [255, 16])), list(map(ord, "AZ")), "".join(map(chr, [104, 105])))
    dispatch = {"len": len, "abs": abs, "sum": sum}
    for name in ("len", "abs", "sum"):
        print(name, dispatch[name]([-1, -2]) if name != "abs" else dispatch[name](-5))
    f = print
    f("hello", 1, sep="-")
    f("no newline", end="")
    f()
    f(1, 2, 3)
    f(*[4, 5], sep=", ", end=".\n")


if __name__ == "__main__":
    main()
