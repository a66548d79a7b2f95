"""divmod(a, b) of ints unpacked into two names (q, r = divmod(...)): signs, big ints, bools, zero."""
def cells(n):
    out = []
    for i in range(n * n):
        r, c = divmod(i, n)
        out.append(r * 10 + c)
    return out


def signs():
    res = []
    for a in (7, -7, 0, 10**20, -(10**20)):
        for b in (3, -3, 1, 10**19):
            q, r = divmod(a, b)
            res.append((q, r))
    t, f = divmod(True, True)
    res.append((t, f))
    return res


def main():
    print(cells(4))
    print(signs())
    x, y = divmod(5, 2)
    print(x, y)
    try:
        q, r = divmod(3, 0)
        print(q, r)
    except ZeroDivisionError as e:
        print("zde", e)
    [a, b] = divmod(17, 5)
    print(a, b)
    p = divmod(9, 4)
    print(p)


if __name__ == "__main__":
    main()
