from dataclasses import dataclass, field, asdict, astuple
from enum import Enum
from typing import List


@dataclass
class Item:
    name: str
    qty: int


@dataclass
class Order:
    id: int
    first: Item
    items: List[Item] = field(default_factory=list)
    notes: list = field(default_factory=list)


class Describable(Enum):
    def describe(self):
        return f"{self.name}={self.value}"


class Size(Describable):
    S = 1
    M = 2


def main():
    o = Order(7, Item("a", 1), [Item("b", 2), Item("c", 3)], [[1, 2]])
    d = asdict(o)
    print(d)
    print(astuple(o))
    d["notes"][0].append(3)
    print(o.notes, d["notes"])
    print(Size.M.describe(), [s.describe() for s in Size], Size(1), repr(Size.S))


if __name__ == "__main__":
    main()
