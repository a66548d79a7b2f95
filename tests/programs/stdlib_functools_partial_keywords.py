# functools.partial over built-ins with keywords (int's base), partials of
# partials, and keywords passed again when calling a partial (they replace
# the bound ones, as CPython's partial merges them).
import functools
from functools import partial


def add(a, b, c=0):
    return a + b + c * 100


def tag(name, text, *, open_="<", close=">"):
    return f"{open_}{name}{close}{text}{open_}/{name}{close}"


def main():
    from_binary = functools.partial(int, base=2)
    from_hex = partial(int, base=16)
    print(from_binary("1010"), from_hex("ff"), from_binary("777", base=8))
    print([from_binary(s) for s in ["1", "10", "11", "100"]])
    print(sorted(["ff", "10", "a"], key=from_hex))
    print(list(map(partial(int, base=3), ["12", "210"])))

    plus_one = partial(add, 1)
    plus_three = partial(plus_one, 2)
    print(plus_one(5), plus_three(), plus_three(c=5))
    with_c = partial(add, 1, c=3)
    override = partial(with_c, 2, c=4)
    print(with_c(2), with_c(2, c=9), override(), override(c=1))

    bold = partial(tag, "b")
    square = partial(tag, open_="[", close="]")
    print(bold("hi"), square("i", "x"), square("u", "y", close="}"))
    nested = partial(square, "em")
    print(nested("z"), nested("z", open_="{"))
    try:
        from_binary("12")
    except ValueError as e:
        print("ValueError:", e)


main()
