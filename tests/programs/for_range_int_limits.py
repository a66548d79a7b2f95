# range() loops at the edges of the machine-integer fast path: bounds and
# steps near the 63-bit small-int limits, big steps, big bounds, dynamic steps,
# and loop variables that are reassigned, with break/continue/else.
import sys


def nested_counts(n):
    total = 0
    for i in range(n):
        for j in range(i, n, 2):
            if (i + j) % 5 == 0:
                continue
            total += i * j - j
        else:
            total += 1
    return total


def find_first(limit, want):
    for k in range(limit):
        if k * k >= want:
            break
    else:
        return -1
    return k


def bool_bounds():
    out = []
    for i in range(True, 4, True):
        out.append(i)
    for i in range(False):
        out.append(-1)
    return out



def main():
    m = 2**62 - 1
    lo = -2**62
    print(list(range(m - 3, m)))
    print(list(range(m - 5, m, 2)))
    print(list(range(m - 5, m, 4)))
    print(list(range(lo + 3, lo, -1)))
    print(list(range(lo + 5, lo, -2)))
    out = []
    for i in range(m - 5, m, 4):
        out.append(i)
    print(out)
    out = []
    for i in range(lo + 7, lo, -3):
        out.append(i)
    print(out)
    out = []
    for i in range(lo, m, 2**61):
        out.append(i)
    print(out)
    out = []
    for i in range(lo, m, 2**62 - 1):
        out.append(i)
    print(out)
    out = []
    for i in range(m, lo, -(2**62 - 1)):
        out.append(i)
    print(out)
    out = []
    for i in range(0, 10, 10**30):
        out.append(i)
    print(out)
    out = []
    for i in range(m - 2, m + 3):
        out.append(i)
    print(out)
    out = []
    for i in range(lo + 2, lo - 3, -1):
        out.append(i)
    print(out)
    for st in (1, 2, 3, -1, -2, 7, m, -m):
        out = []
        for i in range(-20, 20, st) if st > 0 else range(20, -20, st):
            out.append(i)
            if len(out) > 50:
                break
        print(st, out[:10], len(out))
    m2 = m
    for st in (1, 3, -1, -4, m, -m, 10**20, -10**20):
        a, b = (m2 - 10, m2) if st > 0 else (-m2 + 10, -m2 - 1)
        out = []
        for i in range(a, b, st):
            out.append(i - a)
        print(st, out)
    t = 0
    for i in range(sys.maxsize - 3, sys.maxsize):
        t += i
    print(t)
    for i in range(3):
        i = 10 * i
        print(i)
    for i in range(2, -3, -1):
        print(i, end=" ")
    print()
    print(nested_counts(40), nested_counts(0), nested_counts(1))
    print(find_first(100, 50), find_first(5, 50))
    print(bool_bounds())
    acc = 0
    for i in range(2**40, 2**40 + 3):
        acc = acc * 1000003 + i * i * i
    print(acc)
    n = 0
    for i in range(-3, 3):
        n += i
        i += 100
        n += i
    print(n)


if __name__ == "__main__":
    main()
