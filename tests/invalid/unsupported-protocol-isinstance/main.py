# A protocol compiles as an ordinary class (its Protocol base is dropped), so
# isinstance() against it would answer by inheritance where CPython raises
# TypeError: the build rejects it.
from typing import Protocol


class Shape(Protocol):
    def area(self) -> float: ...


class Square:
    def area(self):
        return 4.0


def main():
    print(isinstance(Square(), Shape))


if __name__ == "__main__":
    main()
