"""random.randrange with arguments that are not ints but stand for one
(__index__, IntEnum members, bools), as CPython's randrange accepts them."""
import random
from enum import IntEnum


class Size(IntEnum):
    SMALL = 3
    LARGE = 50


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def main():
    random.seed(1234)
    print([random.randrange(Count(10)) for _ in range(5)])
    print([random.randrange(Count(2), Count(40), Count(3)) for _ in range(5)])
    print([random.randrange(Size.LARGE) for _ in range(3)], random.randrange(Size.SMALL, Size.LARGE))
    print(random.randrange(True), random.randrange(0, 10, True))
    try:
        random.randrange(Count(0))
    except ValueError as e:
        print("ValueError", e)


main()
