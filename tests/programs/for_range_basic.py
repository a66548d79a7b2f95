# for over range() with one, two and three arguments.


def main():
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(3, 8):
        print(i, end=" ")
    print()
    for i in range(0, 20, 4):
        print(i, end=" ")
    print()
    total = 0
    for i in range(101):
        total += i
    print("sum 0..100 =", total)
    for i in range(0):
        print("never")
    for i in range(5, 5):
        print("never")
    for i in range(10, 3):
        print("never")
    for i in range(3):
        print("last so far", i)
    print("after loop i =", i)
    n = 4
    for i in range(n):
        n = 100
        print("range evaluated once:", i)
    for i in range(3):
        i = i * 10
        print("rebinding the loop variable:", i)


if __name__ == "__main__":
    main()
