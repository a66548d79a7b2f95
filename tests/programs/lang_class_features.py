# Class features: __format__, __reversed__, __getattr__, __slots__ and class
# attributes on exception classes.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "usd":
            return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
        if spec == "":
            return str(self)
        return format(self.cents, spec)

    def __str__(self):
        return f"{self.cents}c"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __reversed__(self):
        return iter(range(self.n, 0, -1))


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


class Config:
    def __init__(self, values):
        self.values = values
        self.name = "config"

    def __getattr__(self, key):
        if key in self.values:
            return self.values[key]
        raise AttributeError(f"no setting {key!r}")


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class AppError(Exception):
    code = 500
    label = "application error"

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class NotFound(AppError):
    code = 404


class Retry(ValueError):
    retryable = True


class Parser:
    class Error(Exception):
        pass

    class Token:
        KINDS = ("num", "op")

        def __init__(self, kind, text):
            self.kind = kind
            self.text = text

        def __repr__(self):
            return f"Token({self.kind}, {self.text!r})"

    def __init__(self, text):
        self.text = text

    def tokens(self):
        out = []
        for part in self.text.split():
            if part.isdigit():
                out.append(Parser.Token("num", part))
            elif part in "+-*/":
                out.append(Parser.Token("op", part))
            else:
                raise Parser.Error(f"bad token {part!r}")
        return out


def main():
    print(Parser("1 + 2").tokens(), Parser.Token.KINDS)
    try:
        Parser("1 ? 2").tokens()
    except Parser.Error as e:
        print(type(e).__name__, e)
    token = Parser.Token("num", "7")
    print(type(token).__name__, isinstance(token, Parser.Token))
    try:
        print(token.value)
    except AttributeError as e:
        print("AttributeError:", e)

    m = Money(1234)
    print(f"{m:usd}", f"{m}", f"{m!s}", f"[{m:>8}]", format(m, "usd"), format(m, "08d"))
    print("{:usd} and {}".format(m, m), "{0:>6}|".format(m))
    print(list(reversed(Countdown(3))))
    for i in reversed(Countdown(2)):
        print("tick", i)
    deck = Deck(["a", "b", "c"])
    print(list(reversed(deck)), [c.upper() for c in deck], "b" in list(deck))
    for card in deck:
        print("card", card)

    cfg = Config({"debug": "yes", "level": "3"})
    print(cfg.name, cfg.debug, cfg.level)
    try:
        print(cfg.missing)
    except AttributeError as e:
        print("AttributeError:", e)

    p = Point(1, 2)
    p.x = 5
    print(p.x, p.y)
    try:
        p.z = 3
    except AttributeError as e:
        print("AttributeError:", e)
    q = Point3(1, 2, 3)
    q.z = 9
    print(q.x, q.y, q.z)
    try:
        q.w = 0
    except AttributeError as e:
        print("AttributeError:", e)

    for exc in [AppError("boom"), NotFound("/missing")]:
        try:
            raise exc
        except AppError as e:
            print(type(e).__name__, e.code, e.label, e.message)
    print(AppError.code, NotFound.code, NotFound.label)
    try:
        raise Retry
    except ValueError as e:
        print("retryable:", e.retryable, repr(e))


if __name__ == "__main__":
    main()
