# range() over bounds beyond 64 bits.


def main():
    start = 2 ** 64 - 2
    for i in range(start, start + 4):
        print(i)
    for i in range(-(2 ** 63) + 1, -(2 ** 63) - 2, -1):
        print(i)
    total = 0
    for i in range(10 ** 20, 10 ** 20 + 5 * 10 ** 19, 10 ** 19):
        total += i
    print(total)


if __name__ == "__main__":
    main()
