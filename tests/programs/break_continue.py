# break and continue in for and while loops, including nested loops.


def main():
    for i in range(10):
        if i == 7:
            break
        if i % 2 == 0:
            continue
        print("odd", i)
    n = 0
    while True:
        n += 1
        if n % 3 == 0:
            continue
        if n > 10:
            break
        print("n", n)
    found = 0
    for a in range(1, 20):
        for b in range(a, 20):
            if a * b == 36:
                print("pair", a, b)
                found += 1
                break
            if b > 15:
                break
        if found == 3:
            break
    print("found", found)
    count = 0
    i = 0
    while i < 100:
        i += 1
        for j in range(i):
            if j == 3:
                break
            count += 1
        else:
            continue
        if i > 50:
            break
    print("count", count, "i", i)


if __name__ == "__main__":
    main()
