from array import array
import array as arr


def main():
    a = array("i", [1, 2, 3])
    print(a, repr(a), len(a), a[0], a[-1], a.typecode, a.itemsize)
    a.append(4)
    a.extend([5, 6])
    a.insert(0, 0)
    print(a, a.pop(), a.pop(0), a, a.index(3), a.count(2), 3 in a, 9 in a)
    a.remove(2)
    a.reverse()
    print(a, a.tolist(), list(a), sum(a), max(a), [x * 10 for x in a])
    a[0] = 100
    print(a, a[1:3], a[::-1], a == array("i", [100, 4, 3, 1]), a != array("i", [1]))
    del a[0]
    print(a)
    d = array("d", [1.5, 2.25])
    d.append(3)
    print(d, array("d"), array("f", [0.1, 1.5, 1e-40]), array("B", range(5)))
    print(array("b", [1, 2]) + array("b", [3]), array("b", [1]) * 3, 2 * array("h", [7]))
    e = array("q")
    e.fromlist([1, 2, 3])
    print(e, e.tolist() == [1, 2, 3])
    for code, v in [("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 2 ** 15), ("H", -1), ("i", 2 ** 31), ("I", -1), ("I", 2 ** 32), ("q", 2 ** 63), ("Q", -1), ("L", 2 ** 64)]:
        try:
            array(code, [v])
        except OverflowError as err:
            print(code, v, "OverflowError:", err)
    try:
        array("i", [1.5])
    except TypeError as err:
        print("TypeError:", err)
    try:
        array("d", ["x"])
    except TypeError as err:
        print("TypeError:", err)
    try:
        array("z")
    except ValueError as err:
        print("ValueError:", err)
    for action in ["index", "remove", "pop"]:
        try:
            if action == "index":
                array("i").index(9)
            elif action == "remove":
                array("i", [1]).remove(9)
            else:
                array("i").pop()
        except (ValueError, IndexError) as err:
            print(type(err).__name__ + ":", err)
    print(arr.array("H", [65535]), arr.typecodes)
    hist = array("L", [0] * 5)
    for v in [1, 3, 3, 4, 1, 1]:
        hist[v] += 1
    print(hist, sorted(hist, reverse=True))


if __name__ == "__main__":
    main()
