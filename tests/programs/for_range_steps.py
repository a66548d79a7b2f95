# range() with negative steps, negative bounds and uneven strides.


def show(start, stop, step):
    out = ""
    count = 0
    for i in range(start, stop, step):
        out = out + str(i) + " "
        count += 1
    print(f"range({start}, {stop}, {step}) -> [{out}] count={count}")


def main():
    show(10, 0, -1)
    show(10, 0, -3)
    show(0, 10, 3)
    show(-5, 5, 2)
    show(0, -10, -2)
    show(5, -5, -4)
    show(0, 10, 100)
    show(0, 10, -1)
    show(-1, -10, -3)
    show(3, 3, -1)
    for i in range(-3, 0):
        print(i, end=" ")
    print()
    for i in range(2, -3, -1):
        print(i * i, end=" ")
    print()
    step = -2
    for i in range(6, 0, step):
        print(i, end=" ")
    print()


if __name__ == "__main__":
    main()
