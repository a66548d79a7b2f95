# The set operators of dict keys and items views: a set of what they hold, with any
# iterable on the other side.
def main():
    stock = {"apple": 3, "pear": 0, "plum": 5}
    wanted = {"pear": 0, "fig": 2, "plum": 5}
    print(sorted(stock.keys() & wanted.keys()))
    print(sorted(stock.keys() | wanted.keys()))
    print(sorted(stock.keys() - wanted.keys()), sorted(stock.keys() ^ wanted.keys()))
    print(sorted(stock.items() & wanted.items()), sorted(stock.items() - wanted.items()))
    print(sorted({"fig", "kiwi"} & wanted.keys()), sorted(stock.keys() - ["apple"]), sorted(stock.keys() | ("kiwi",)))
    both = stock.keys() & wanted.keys()
    for name in sorted(both):
        print(name, stock[name] + wanted[name])
    print(type(both).__name__, len(stock.keys() - wanted.keys()))
    ids = {1: "a", 2: "b", 3: "c"}
    print(sorted(ids.keys() & range(2, 10)), stock.keys() == {"apple", "pear", "plum"})


if __name__ == "__main__":
    main()
