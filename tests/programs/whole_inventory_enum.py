# Inventory of a small shop: categories and units are enums, stock lines are
# frozen dataclasses, price quotes are typing.NamedTuple records.
from dataclasses import dataclass, field, FrozenInstanceError
from enum import Enum, IntEnum, auto
from typing import NamedTuple


class Category(Enum):
    FRUIT = auto()
    DAIRY = auto()
    BAKERY = auto()
    HARDWARE = auto()

    def perishable(self):
        return self is not Category.HARDWARE

    def label(self):
        return self.name.capitalize()


class Urgency(IntEnum):
    NONE = 0
    LOW = 1
    HIGH = 2


class Quote(NamedTuple):
    sku: str
    unit_price: float
    quantity: int = 1

    def total(self):
        return round(self.unit_price * self.quantity, 2)


@dataclass(frozen=True)
class Line:
    sku: str
    category: Category
    on_hand: int
    reorder_at: int = 5


@dataclass
class Inventory:
    lines: list = field(default_factory=list)
    moves: int = 0

    def add(self, line):
        self.lines.append(line)

    def take(self, sku, count):
        for i, line in enumerate(self.lines):
            if line.sku == sku:
                if count > line.on_hand:
                    raise ValueError(f"only {line.on_hand} of {sku} left")
                self.lines[i] = Line(line.sku, line.category, line.on_hand - count, line.reorder_at)
                self.moves += 1
                return self.lines[i]
        raise KeyError(sku)

    def urgency(self, line):
        if line.on_hand == 0:
            return Urgency.HIGH
        if line.on_hand <= line.reorder_at:
            return Urgency.LOW
        return Urgency.NONE


def main():
    inv = Inventory()
    stock = [("apple", "FRUIT", 40), ("milk", "DAIRY", 12), ("bread", "BAKERY", 6), ("nails", "HARDWARE", 500), ("cheese", "DAIRY", 3)]
    for sku, cat, count in stock:
        inv.add(Line(sku, Category[cat], count))
    for sku, count in [("apple", 35), ("milk", 12), ("bread", 2), ("nails", 20)]:
        print(inv.take(sku, count))
    try:
        inv.take("cheese", 10)
    except ValueError as e:
        print("error:", e)
    try:
        inv.take("soap", 1)
    except KeyError as e:
        print("missing:", e)
    line = inv.lines[0]
    try:
        line.on_hand = 99
    except FrozenInstanceError as e:
        print("frozen:", e)
    by_category = {}
    for c in Category:
        by_category[c] = [l.sku for l in inv.lines if l.category is c]
    for c in Category:
        print(c, c.label(), c.perishable(), by_category[c], c.value)
    worst = Urgency.NONE
    for l in inv.lines:
        u = inv.urgency(l)
        if u > worst:
            worst = u
        print(l.sku, repr(u), u, u == 2, int(u) + 10)
    print("worst:", worst.name, worst >= Urgency.LOW, inv.moves)
    quotes = [Quote("apple", 0.25, 40), Quote("milk", 0.99, 12), Quote("bread", 2.5)]
    grand = 0.0
    for q in quotes:
        print(q, q.total(), q[0], q._asdict())
        grand += q.total()
    print("grand total:", round(grand, 2))
    cheaper = quotes[1]._replace(unit_price=0.89)
    print(cheaper, cheaper < quotes[1], quotes[2] == Quote("bread", 2.5, 1))
    print(Category(3), Category(3).label(), len(Category), Urgency(1).name)


if __name__ == "__main__":
    main()
