# ascii(): repr with every non-ASCII code point escaped (\xNN, \uNNNN,
# \UNNNNNNNN), for static and dynamic values, user __repr__, f'{x!a}',
# str.format's {!a}, %a, and ascii passed as a function.


class City:
    def __init__(self, name, country):
        self.name = name
        self.country = country

    def __repr__(self):
        return "City(%r, %r)" % (self.name, self.country)


def describe(values):
    return [ascii(v) for v in values]


def main():
    print(ascii("plain"), ascii("héllo"), ascii("naïve café"), ascii(""))
    print(ascii("Ω≈ç√"), ascii("😀 smile"), ascii("tab\tnew\nline"), ascii("quote's"))
    print(ascii(42), ascii(-3.25), ascii(True), ascii(None), ascii(10**30))
    print(ascii(["Zürich", ("Kraków", 1)]), ascii({"ключ": "значение"}), ascii({"ü"}))
    print(ascii(b"caf\xc3\xa9"), ascii(City("São Paulo", "Brasil")))
    mixed = [1, "dé", 2.5, None, ["ñ"]]
    print(describe(mixed))
    name = "Åsa"
    print(f"{name!a} {name!r} {name!s} {name}")
    print(f"{City('Tōkyō', 'Japan')!a}")
    print("{!a} and {!r}".format("é", "é"))
    print("%a / %r" % ("ü", "ü"))
    print(list(map(ascii, ["Ärger", "ok"])))
    print(sorted(["b", "ä", "a"], key=ascii))


if __name__ == "__main__":
    main()
