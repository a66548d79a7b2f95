def parse(text, conv):
    return conv(text)


def main():
    print(int, str, float, bool, list, tuple, dict, set, frozenset)
    f = int
    print(f("5") + 1)
    fs = [int, float, str]
    print([g("7") for g in fs])
    print(fs)
    print(list(map(int, ["1", "2"])), sorted(["b", "A"], key=str.lower), parse("3", float))
    handlers = {int: "integer", str: "text", float: "real"}
    for v in [1, "a", 2.5, 3]:
        print(v, handlers[type(v)])
    print(type(5) is int, type(5) == float, int in handlers, type("") in (str, int))
    seen = []
    seen.append(int)
    print(seen, repr(float), str(bool), f"{list}")
    t = type(3.0)
    print(t.__name__, t is float, t(2))
    print(bytes, bytearray, type(b"x"), bytes is type(b""), type(bytearray(b"a")) is bytearray)
    kinds = {bytes: "b", str: "s"}
    print([kinds[type(v)] for v in [b"a", "b"]], type(b"")(3), type(b"")([65, 66]))


if __name__ == "__main__":
    main()
