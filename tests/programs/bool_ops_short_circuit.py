# and / or / not return operands and short-circuit.


def side(label, value):
    print("side", label)
    return value


def main():
    print(0 or 5, 3 or 5, "" and "x", "a" and "x", None or "default")
    print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or 7)
    print(0.0 or 1.5, 2 and 0.0, -0.0 or 0.0)
    print(not 0, not 1, not "", not "a", not None, not 0.0, not -1, not not 7)
    print(0 and 1 / 0, 1 or 1 / 0, False and 1 // 0)
    print(side("L", 0) and side("R", 1))
    print(side("L", 1) and side("R", 2))
    print(side("L", "x") or side("R", "y"))
    print(side("L", "") or side("R", "y"))
    print(True and False or True, not True or True, not (True or True))
    x = 5
    if x > 3 and x < 10 or x == 100:
        print("in range")
    if not x == 4 and (x == 5 or side("never", True)):
        print("is five")
    v = None
    label = v or "missing"
    print(label)
    print(True + (1 and 2), (0 or 2.5) * 2)


if __name__ == "__main__":
    main()
