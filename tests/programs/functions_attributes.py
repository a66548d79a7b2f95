# State kept as attributes of module-level functions: a cache filled at the
# first call (pyperformance's regex_effbot keeps its data so), a call counter
# bumped with +=, attributes set from main() and from other functions, and a
# parameter of the same name that is not the function.


def load_table():
    if load_table.cache is None:
        print("building the table")
        load_table.cache = {i: i * i for i in range(10)}
    load_table.calls += 1
    return load_table.cache


load_table.cache = None
load_table.calls = 0


def tagged(x):
    return "%s:%s" % (tagged.prefix, x)


def configure(prefix):
    tagged.prefix = prefix
    tagged.history.append(prefix)


tagged.history = []


def shadow(tagged):
    # `tagged` is the parameter here, not the function.
    return tagged.upper()


def counter():
    counter.n += 1
    return counter.n


counter.n = 0


def memo(n):
    # The first read raises AttributeError, as CPython's does.
    try:
        table = memo.table
    except AttributeError as e:
        print("first call:", e)
        table = memo.table = {}
    if n not in table:
        table[n] = n * 3
    return table[n]


def main():
    t = load_table()
    t2 = load_table()
    print(t is t2, t[7], load_table.calls)
    configure("a")
    print(tagged(1))
    configure("b")
    print(tagged(2), tagged.history)
    print(shadow("text"))
    bump = lambda: counter() + counter()
    print(bump(), counter.n)
    counter.n = 100
    print(counter(), [counter() for _ in range(3)])
    print(load_table.__name__, tagged.__name__)
    print(memo(2), memo(2), memo(5), sorted(memo.table.items()))


if __name__ == "__main__":
    main()
