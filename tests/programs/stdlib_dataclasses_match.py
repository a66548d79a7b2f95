from collections import namedtuple
from dataclasses import dataclass, field
from typing import NamedTuple

Pair = namedtuple("Pair", ["first", "second"])


@dataclass
class Point:
    x: int
    y: int
    label: str = field(default="", compare=False)


@dataclass
class Point3(Point):
    z: int = 0


class Card(NamedTuple):
    rank: int
    suit: str


def classify(shape):
    match shape:
        case Point3(x, y, label, z) if z > 0:
            return f"3d {x} {y} {z} {label!r}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y, label="named"):
            return f"named point {x},{y}"
        case Point(x, y):
            return f"point {x},{y}"


def main():
    for p in [Point(0, 0), Point(3, 0), Point(1, 2, "named"), Point(4, 5), Point3(1, 2, "q", 3)]:
        print(classify(p))
    match Pair(1, "a"):
        case Pair(n, s):
            print("pair", n, s)
    match Card(12, "hearts"):
        case Card(rank, "spades"):
            print("spade", rank)
        case Card(rank, suit):
            print("card", rank, suit)


if __name__ == "__main__":
    main()
