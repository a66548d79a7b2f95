"""The protocol dunders of built-in containers called by name and kept as
bound methods: x.__contains__(v), x.__len__(), x.__getitem__(k)."""


class Filter:
    def __init__(self, junk):
        self.junk = set(junk)

    def keep(self, words):
        is_junk = self.junk.__contains__
        return [w for w in words if not is_junk(w)]


def main():
    print({1, 2}.__contains__(2), [1, 2].__contains__(3), "abc".__contains__("bc"), {"k": 1}.__contains__("k"))
    print([4, 5, 6].__len__(), "hello".__len__(), {"a": 1}.__len__(), range(10).__len__())
    print((1, 2, 3).__getitem__(-1), "xyz".__getitem__(1), {"k": 7}.__getitem__("k"))
    print(Filter(["the", "a"]).keep("the cat saw a dog".split()))
    lookup = {"x": 1, "y": 2}.__getitem__
    print(list(map(lookup, ["y", "x"])))
    size = [1, 2, 3].__len__
    print(size())
    print({"k": 2}.keys().__contains__("k"), {"k": 2}.values().__len__())
    try:
        {"k": 1}.__getitem__("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        {1}.__contains__([1])
    except TypeError as e:
        print("TypeError", e)
    try:
        (5).__len__()
    except AttributeError as e:
        print("AttributeError", e)
    print(hasattr({1}, "__getitem__"), hasattr([], "__getitem__"), hasattr(3, "__contains__"), hasattr("s", "__len__"))


main()
