"""Warehouse inventory with dataclasses, custom exception hierarchy, order processing and JSON export."""
import json
from dataclasses import dataclass, field, asdict
from typing import List, Dict, Optional


class InventoryError(Exception):
    pass


class UnknownSku(InventoryError):
    def __init__(self, sku):
        super().__init__(f"unknown SKU {sku}")
        self.sku = sku


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.wanted = wanted
        self.available = available


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def value(self) -> float:
        return round(self.price * self.qty, 2)


@dataclass(order=True)
class OrderLine:
    sku: str
    qty: int


@dataclass
class Order:
    order_id: int
    customer: str
    lines: List[OrderLine] = field(default_factory=list)
    status: str = "new"
    total: float = 0.0
    note: Optional[str] = None


class Warehouse:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.log: List[str] = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item

    def get(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownSku(sku) from None

    def reserve(self, order):
        for line in order.lines:
            item = self.get(line.sku)
            if item.qty < line.qty:
                raise OutOfStock(line.sku, line.qty, item.qty)
        total = 0.0
        for line in order.lines:
            item = self.items[line.sku]
            item.qty -= line.qty
            total += item.price * line.qty
        order.total = round(total, 2)
        order.status = "reserved"

    def process(self, orders):
        for order in orders:
            try:
                self.reserve(order)
                self.log.append(f"order {order.order_id} ok {order.total:.2f}")
            except OutOfStock as e:
                order.status = "backorder"
                order.note = str(e)
                self.log.append(f"order {order.order_id} backorder: {e.sku} short by {e.wanted - e.available}")
            except InventoryError as e:
                order.status = "rejected"
                order.note = str(e)
                self.log.append(f"order {order.order_id} rejected: {e}")

    def low_stock(self, threshold):
        return sorted((i for i in self.items.values() if i.qty < threshold), key=lambda i: (i.qty, i.sku))

    def by_tag(self):
        tags = {}
        for item in self.items.values():
            for t in item.tags:
                tags.setdefault(t, []).append(item.sku)
        return {t: sorted(skus) for t, skus in sorted(tags.items())}


def main():
    wh = Warehouse()
    wh.add(Item("A-100", "bolt", 0.25, 500, ["hardware", "small"]))
    wh.add(Item("A-200", "nut", 0.10, 800, ["hardware", "small"]))
    wh.add(Item("B-300", "hammer", 12.5, 10, ["tools"]))
    wh.add(Item("C-400", "drill", 89.99, 3, ["tools", "power"]))
    wh.add(Item("A-100", "bolt", 0.25, 100))
    print(wh.items["A-100"])
    orders = [
        Order(1, "acme", [OrderLine("A-100", 200), OrderLine("A-200", 200)]),
        Order(2, "bob", [OrderLine("C-400", 2), OrderLine("B-300", 1)]),
        Order(3, "cyd", [OrderLine("C-400", 2)]),
        Order(4, "dee", [OrderLine("Z-999", 1)]),
        Order(5, "eve", [OrderLine("B-300", 9), OrderLine("A-100", 400)]),
    ]
    wh.process(orders)
    for line in wh.log:
        print(line)
    for o in orders:
        print(f"{o.order_id:>3} {o.customer:<5} {o.status:<10} {o.total:>8.2f} {o.note or ''}")
    print("low stock:", [(i.sku, i.qty) for i in wh.low_stock(50)])
    print("by tag:", wh.by_tag())
    print("stock value:", round(sum(i.value() for i in wh.items.values()), 2))
    print(sorted([OrderLine("b", 2), OrderLine("a", 5), OrderLine("a", 1)]))
    print(orders[1] == Order(2, "bob", [OrderLine("C-400", 2), OrderLine("B-300", 1)], "reserved", 192.48))
    report = {"items": [asdict(i) for i in wh.items.values()], "orders": {o.order_id: o.status for o in orders}}
    print(json.dumps(report, indent=1, sort_keys=True)[:400])
    try:
        wh.get("nope")
    except InventoryError as e:
        print(repr(e), e.sku, e.__cause__, e.__suppress_context__)


if __name__ == "__main__":
    main()
