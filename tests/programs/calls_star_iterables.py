def add(a, b):
    return a + b


def total(*xs):
    return sum(xs)


def show(a, b, c):
    return f"{a}|{b}|{c}"


def main():
    procs = {"add": add, "total": total, "neg": lambda x: -x}
    for name, args in [("add", [1, 2]), ("total", [1, 2, 3, 4]), ("neg", [5]), ("total", [])]:
        print(name, procs[name](*args))
    print(show(*"xyz"), show(*range(3)), show(*{"k": 1, "j": 2, "i": 3}), total(*{4, 5}))
    print(total(*(x * 2 for x in range(4))))
    try:
        show(*"ab")
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
