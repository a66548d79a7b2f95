"""An inventory and invoicing script with mixin classes: value objects with
__slots__ and __format__, a reversible ledger, plugins found through
__getattr__, error classes carrying codes, and C3 super() chains."""


class PricingError(Exception):
    code = 10
    severity = "error"


class OutOfStock(PricingError):
    code = 20


class UnknownSku(PricingError):
    code = 30
    severity = "warning"


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, n):
        return Money(self.cents * n)

    def __format__(self, spec):
        text = f"{self.cents // 100}.{self.cents % 100:02d}"
        if spec.endswith("$"):
            return ("$" + text).rjust(int(spec[:-1] or 0))
        return format(text, spec)

    def __repr__(self):
        return f"Money({self.cents})"


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.fields())
        return f"{type(self).__name__}({fields})"


class OrderingMixin:
    def __lt__(self, other):
        return self.sort_key() < other.sort_key()

    def __eq__(self, other):
        return self.sort_key() == other.sort_key()


class Product(ReprMixin, OrderingMixin):
    def __init__(self, sku, name, price, stock):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    def fields(self):
        return [("sku", self.sku), ("name", self.name)]

    def sort_key(self):
        return (self.price.cents, self.sku)


class Discount:
    def adjust(self, cents):
        return cents


class TenPercent(Discount):
    def adjust(self, cents):
        return super().adjust(cents) * 9 // 10


class RoundDown(Discount):
    def adjust(self, cents):
        return super().adjust(cents) // 100 * 100


class Promo(RoundDown, TenPercent):
    pass


class Ledger:
    def __init__(self):
        self.entries = []

    def add(self, text):
        self.entries.append(text)

    def __len__(self):
        return len(self.entries)

    def __getitem__(self, i):
        return self.entries[i]


class Settings:
    def __init__(self, **values):
        self.values = values

    def __getattr__(self, name):
        if name in self.values:
            return self.values[name]
        raise AttributeError(f"unknown setting {name}")


def build_catalog():
    rows = [
        ("A1", "widget", 250, 10),
        ("B2", "gadget", 1999, 2),
        ("C3", "doohickey", 75, 0),
        ("D4", "sprocket", 1250, 5),
    ]
    return {sku: Product(sku, name, Money(cents), stock) for sku, name, cents, stock in rows}


def price_line(catalog, sku, qty, discount):
    product = catalog.get(sku)
    if product is None:
        raise UnknownSku(f"no product {sku}")
    if product.stock < qty:
        raise OutOfStock(f"{product.name}: {product.stock} left, {qty} wanted")
    product.stock -= qty
    return Money(discount.adjust((product.price * qty).cents))


def main():
    catalog = build_catalog()
    settings = Settings(currency="USD", width=12)
    print("currency:", settings.currency, "width:", settings.width)
    try:
        print(settings.locale)
    except AttributeError as e:
        print("AttributeError:", e)
    print(sorted(catalog.values()))
    print(min(catalog.values()), max(catalog.values()))

    orders = [("A1", 3), ("B2", 1), ("C3", 1), ("Z9", 2), ("D4", 2), ("B2", 5)]
    discounts = [Discount(), TenPercent(), Promo()]
    ledger = Ledger()
    total = Money(0)
    problems = {}
    for i, (sku, qty) in enumerate(orders):
        discount = discounts[i % len(discounts)]
        try:
            amount = price_line(catalog, sku, qty, discount)
        except PricingError as e:
            problems[sku] = (e.code, e.severity)
            ledger.add(f"{sku:<4} FAILED {type(e).__name__}: {e}")
            continue
        total = total + amount
        ledger.add(f"{sku:<4} x{qty:<2} {amount:10$} via {type(discount).__name__}")

    for line in ledger:
        print(line)
    print("newest first:")
    for line in reversed(ledger):
        print("  " + line[:20])
    print(f"total: {total:12$} | {total} | {total:>8}")
    print("problems:", problems)
    print("stock left:", {sku: p.stock for sku, p in catalog.items()})
    try:
        total.currency = "EUR"
    except AttributeError as e:
        print("AttributeError:", e)
    print([type(d).__name__ for d in discounts], [d.adjust(12345) for d in discounts])


if __name__ == "__main__":
    main()
