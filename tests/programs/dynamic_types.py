# A variable that holds values of different types over time.


def pick(k):
    if k == 0:
        return 1
    elif k == 1:
        return "one"
    elif k == 2:
        return 1.5
    elif k == 3:
        return None
    elif k == 4:
        return True
    return 2 ** 70


def double(v):
    return v + v


def main():
    x = 1
    print(x)
    x = "a"
    print(x)
    x = 2.5
    print(x)
    x = None
    print(x)
    x = True
    print(x)
    x = 2 ** 100
    print(x)
    for k in range(6):
        v = pick(k)
        print(k, v, f"{v}", str(v), v == 1, bool(v))
    for k in range(3):
        print(double(pick(k)))
    y = 0
    for i in range(4):
        if i == 2:
            y = "switched"
        elif i == 3:
            y = y + "!"
        else:
            y = y + 1
        print(i, y)
    z = 10
    z = z / 4
    print(z)
    z = z * 2
    print(z)
    z = int(z)
    print(z, z == 5)
    w = 7
    w = w * 10 ** 20
    w = w // 10 ** 20
    print(w)


if __name__ == "__main__":
    main()
