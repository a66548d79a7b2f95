class Base:
    kind = "base"
    scale = 1.5
    flag = True
    def describe(self):
        return "I am " + self.kind

class Child(Base):
    kind = "child"
    def __init__(self, n):
        self.n = n

class Other:
    def __init__(self):
        self.kind = "other-instance"

def main():
    c = Child(3)
    for nm in ["kind", "n", "scale", "flag"]:
        print(nm, getattr(c, nm))
    print(getattr(c, "missing", "dflt"))
    f = getattr(c, "describe")
    print(f())
    items = [Child(1), Other(), Base(), 42]
    for it in items:
        print(getattr(it, "kind", None), hasattr(it, "scale"))
    mixed = {"a": Child(2), "b": "text"}
    print(mixed["a"].kind, mixed["a"].scale * 2, mixed["a"].describe())
    try:
        print(mixed["b"].kind)
    except AttributeError as e:
        print("AttributeError:", e)

if __name__ == "__main__":
    main()
