# getattr(obj, computed_name) on an instance whose class defines __getattr__: names the instance
# and its class lack go to __getattr__, as in CPython (argparse's Namespace read by option name).


class Namespace:
    kind = "ns"

    def __init__(self, **values):
        self._values = dict(values)

    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        raise AttributeError("'Namespace' object has no attribute '%s'" % name)

    def describe(self):
        return "Namespace with %d values" % len(self._values)


class Defaulting:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "<%s>" % name


def main():
    ns = Namespace(option0="a", option2="c")
    set_count = sum(1 for i in range(4) if getattr(ns, "option%d" % i, None) is not None)
    print(set_count)
    for i in range(4):
        name = "option" + str(i)
        try:
            print(name, getattr(ns, name))
        except AttributeError as e:
            print("AttributeError:", e)
    print(getattr(ns, "kind"), getattr(ns, "describe")())
    d = Defaulting()
    for name in ["real", "virtual", "other"]:
        print(name, getattr(d, name))
    print(d.real, d.anything)


main()
