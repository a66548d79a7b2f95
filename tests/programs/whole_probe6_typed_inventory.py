"""typing-heavy application code: Generic repositories, Protocols, NamedTuple,
TypedDict, overload, enum state machines with auto(), dataclasses.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import (Callable, Dict, Generic, Iterator, List, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, overload)

T = TypeVar("T")
K = TypeVar("K")


class OrderState(enum.Enum):
    NEW = enum.auto()
    PAID = enum.auto()
    SHIPPED = enum.auto()
    DELIVERED = enum.auto()
    CANCELLED = enum.auto()

    def can_go(self, other: "OrderState") -> bool:
        return other in TRANSITIONS[self]


TRANSITIONS: Dict[OrderState, Tuple[OrderState, ...]] = {
    OrderState.NEW: (OrderState.PAID, OrderState.CANCELLED),
    OrderState.PAID: (OrderState.SHIPPED, OrderState.CANCELLED),
    OrderState.SHIPPED: (OrderState.DELIVERED,),
    OrderState.DELIVERED: (),
    OrderState.CANCELLED: (),
}


class Money(NamedTuple):
    cents: int
    currency: str = "EUR"

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


class LineDict(TypedDict):
    sku: str
    qty: int
    unit: int


class HasSku(Protocol):
    sku: str


@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: Money = field(compare=False, default=Money(0))
    tags: List[str] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Order:
    ident: int
    lines: List[LineDict] = field(default_factory=list)
    state: OrderState = OrderState.NEW
    history: List[str] = field(default_factory=list)

    def advance(self, target: OrderState) -> None:
        if not self.state.can_go(target):
            raise RuntimeError(f"order {self.ident}: {self.state.name} -> {target.name} not allowed")
        self.history.append(f"{self.state.name}->{target.name}")
        self.state = target


class Repository(Generic[K, T]):
    def __init__(self, key: Callable[[T], K]) -> None:
        self._items: Dict[K, T] = {}
        self._key = key

    def add(self, item: T) -> T:
        self._items[self._key(item)] = item
        return item

    @overload
    def get(self, key: K) -> Optional[T]: ...
    @overload
    def get(self, key: K, default: T) -> T: ...

    def get(self, key, default=None):
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda v: str(self._key(v))))

    def __len__(self) -> int:
        return len(self._items)

    def where(self, pred: Callable[[T], bool]) -> List[T]:
        return [x for x in self if pred(x)]


def total(order: Order, products: Repository[str, Product]) -> Money:
    result = Money(0)
    for line in order.lines:
        product = products.get(line["sku"])
        if product is None:
            raise KeyError(line["sku"])
        result = result + Money(product.price.cents * line["qty"])
    return result


def describe(item: Union[Product, Order]) -> str:
    if isinstance(item, Product):
        return f"product {item.sku} ({item.name}) at {item.price}"
    return f"order #{item.ident} [{item.state.name.lower()}] {len(item.lines)} lines"


def main() -> None:
    products: Repository[str, Product] = Repository(lambda p: p.sku)
    for sku, name, cents, tags in [("A-1", "anvil", 129_99, ["heavy"]), ("B-7", "bolt", 35, ["small", "metal"]),
                                   ("C-3", "cog", 4_50, ["metal"]), ("D-2", "dynamo", 89_00, [])]:
        products.add(Product(sku, name, Money(cents), tags))
    print(len(products), [p.sku for p in products])
    print(products.get("B-7"))
    print(products.get("Z-9"), products.get("Z-9", Product("Z-9", "none")).name)
    print([p.name for p in products.where(lambda p: "metal" in p.tags)])
    print(sorted(products, reverse=True)[0].sku, Product("A", "x") < Product("B", "y"))

    orders: Repository[int, Order] = Repository(lambda o: o.ident)
    o1 = orders.add(Order(1, [{"sku": "A-1", "qty": 1, "unit": 1}, {"sku": "B-7", "qty": 40, "unit": 1}]))
    o2 = orders.add(Order(2, [LineDict(sku="C-3", qty=3, unit=1)]))
    o3 = orders.add(Order(3, [{"sku": "Q-0", "qty": 1, "unit": 1}]))
    for o in orders:
        try:
            print(describe(o), "total", total(o, products))
        except KeyError as e:
            print(describe(o), "missing", e)
    plan = [(o1, [OrderState.PAID, OrderState.SHIPPED, OrderState.DELIVERED]),
            (o2, [OrderState.CANCELLED, OrderState.PAID]),
            (o3, [OrderState.SHIPPED])]
    for order, steps in plan:
        for step in steps:
            try:
                order.advance(step)
            except RuntimeError as e:
                print("refused:", e)
        print(order.ident, order.state, order.history)
    print([s.name for s in OrderState if not TRANSITIONS[s]], OrderState.PAID.value, OrderState["SHIPPED"])
    try:
        Money(1, "USD") + Money(2)
    except ValueError as e:
        print("error:", e)
    m = Money(250)
    print(m, repr(m), m._asdict(), m._replace(currency="GBP"), Money._fields)
    print(describe(products.get("D-2")))
    counts: Dict[OrderState, int] = {}
    for o in orders:
        counts[o.state] = counts.get(o.state, 0) + 1
    print({k.name: v for k, v in counts.items()})


if __name__ == "__main__":
    main()
