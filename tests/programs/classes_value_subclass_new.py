# Subclasses of str, int and float with their own __new__ (calling super().__new__(cls, ...) or
# str.__new__(cls, ...)) or __init__ (setting extra attributes): the value is made from the arguments,
# the extra attributes live on the instance, and the built-in's methods, operators and formatting act
# on the value, as in CPython.


class Celsius(float):
    made = 0

    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError(f"{degrees} is below absolute zero")
        cls.made += 1
        self = super().__new__(cls, round(degrees, 1))
        self.scale = "C"
        return self

    def to_fahrenheit(self):
        return self * 9 / 5 + 32


class Hex(int):
    def __new__(cls, text):
        return super().__new__(cls, text, 16)

    def __repr__(self):
        return f"Hex({hex(self)})"


class Word(str):
    def __init__(self, text):
        super().__init__()
        self.length = len(text)
        self.vowels = sum(1 for ch in text.lower() if ch in "aeiou")


class Label(str):
    def __new__(cls, text, *, shout=False):
        obj = str.__new__(cls, text.upper() if shout else text.strip())
        obj.shout = shout
        return obj

    def tagged(self):
        return f"<{self}>" + ("!" if self.shout else "")


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        cents = super().__new__(cls, round(amount * 100))
        cents.currency = currency
        return cents

    def __str__(self):
        return f"{int(self) / 100:.2f} {self.currency}"


class Ratio(float):
    def __init__(self, value):
        self.percent = f"{value * 100:.0f}%"


def main():
    temps = [Celsius(21.456), Celsius(-3.04), Celsius(37)]
    print(temps, [t.scale for t in temps], Celsius.made)
    print(max(temps), sorted(temps), sum(temps), [round(t.to_fahrenheit(), 2) for t in temps])
    print(isinstance(temps[0], float), f"{temps[0]:.2f}", temps[0] + 1, temps[0] == 21.5, str(temps[1]))
    try:
        Celsius(-300)
    except ValueError as e:
        print("error:", e, Celsius.made)

    h = Hex("ff")
    print(h, repr(h), h + 1, h * 2, h // 16, [Hex("10"), Hex("a")], hex(h), f"{h:08b}", "%x" % h)
    print(isinstance(h, int), h == 255, {h: "max"}[255], sorted([Hex("b"), Hex("2")]))

    words = [Word(w) for w in ["banana", "Apple", "kiwi"]]
    print(words, [w.length for w in words], [w.vowels for w in words], sorted(words))
    print(words[0].upper(), words[0] + "!", len(words[1]), words[1].lower(), words[2] in {"kiwi": 1})

    labels = [Label("  ok "), Label("stop", shout=True)]
    print(labels, [x.tagged() for x in labels], labels[1] == "STOP", ", ".join(labels))

    price = Money(12.5)
    fee = Money(0.99, "USD")
    print(price, fee, repr(price), price + fee, price > fee, price.currency, fee.currency, f"{price:,}")

    r = Ratio(0.25)
    print(r, r.percent, r * 4, f"{r:.3f}", Ratio(1.5).percent)


if __name__ == "__main__":
    main()
