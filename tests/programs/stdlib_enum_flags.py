"""enum.Flag and enum.IntFlag: |, &, ^, ~, in, iteration, truth, len, repr/str, IntFlag's int arithmetic."""
import enum
from enum import Flag, IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


class Feature(enum.Flag):
    LOGGING = 1
    CACHE = 2
    METRICS = 8


def describe(f):
    return f"{f!r} str={f} name={f.name} value={f.value} bool={bool(f)} len={len(f)} members={list(f)}"


def grant(current, *extra):
    for p in extra:
        current |= p
    return current


def mode_string(p):
    return "".join(ch if flag in p else "-" for flag, ch in ((Perm.R, "r"), (Perm.W, "w"), (Perm.X, "x")))


def main():
    print(list(Perm), list(Color), len(Color), [c.value for c in Color])
    rw = Perm.R | Perm.W
    print(describe(rw))
    print(describe(Perm(0)), describe(~Perm.R), describe(Perm(12)))
    print(rw == 6, rw > 5, rw + 1, rw * 2, int(rw), isinstance(rw, int), f"{rw:03b}", "%d" % rw)
    print(repr(rw & Perm.R), repr(rw ^ Perm.X), repr(rw | 1), repr(1 | rw), repr(~Perm(0)))
    print(Perm.R in rw, Perm.X in rw, sorted([Perm.X | Perm.W, Perm.R, Perm.W]))
    for m in range(8):
        print(m, mode_string(Perm(m)), repr(Perm(m)))
    print(describe(Color.RED | Color.BLUE), describe(Color.WHITE), describe(Color(0)))
    print(describe(~Color.RED), describe(~Color.WHITE), Color(7) is Color.WHITE)
    print((Color.RED | Color.GREEN) is (Color.GREEN | Color.RED), Color.RED | Color.GREEN == Color(3))
    print(Color.RED in Color.WHITE, Color.BLUE in (Color.RED | Color.GREEN), bool(Color.RED & Color.BLUE))
    print(grant(Feature(0), Feature.CACHE, Feature.LOGGING), grant(Perm.X, Perm.R))
    enabled = Feature.LOGGING | Feature.METRICS
    counts = {}
    for f in Feature:
        counts[f] = f in enabled
    print(counts)
    print(Feature["CACHE"], Feature(10), repr(Feature(9) ^ Feature.LOGGING), str(Feature(0)))
    try:
        Color.RED | 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        Feature(4)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(1 in Color.RED)
    except TypeError as e:
        print("TypeError:", e)
    labels = {Perm.R: "read", Perm.W: "write", Perm.X: "exec"}
    print([labels[p] for p in Perm(5)], {Color.RED: 1}[Color(1)])


if __name__ == "__main__":
    main()
