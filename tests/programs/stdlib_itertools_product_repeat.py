"""itertools.product(..., repeat=n): a literal n (tuples of known length, unpacked), a computed n, and with several pools."""
import itertools
from itertools import product


def main():
    for dx, dy in itertools.product((-1, 0, 1), repeat=2):
        print(dx, dy, end="; ")
    print()
    print(list(product("ab", repeat=3)))
    print(list(product([1, 2], "xy", repeat=2))[:5], len(list(product([1, 2], "xy", repeat=2))))
    n = len("abcd") - 1
    bits = ["".join(str(b) for b in t) for t in product((0, 1), repeat=n)]
    print(bits)
    print(list(product(range(3), repeat=0)), list(product([], repeat=2)))
    total = sum(a * b * c for a, b, c in product(range(1, 4), repeat=3))
    print(total)
    try:
        list(product("a", repeat=-1))
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
