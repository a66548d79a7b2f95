# for ... else.


def first_multiple(limit, k):
    for i in range(1, limit):
        if i % k == 0:
            print("first multiple of", k, "below", limit, "is", i)
            break
    else:
        print("no multiple of", k, "below", limit)


def main():
    first_multiple(10, 3)
    first_multiple(10, 11)
    first_multiple(1, 1)
    for i in range(3):
        print("iter", i)
    else:
        print("loop completed")
    for i in range(3):
        if i == 1:
            continue
        print("kept", i)
    else:
        print("else after continue")


if __name__ == "__main__":
    main()
