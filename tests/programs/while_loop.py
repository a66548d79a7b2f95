# while loops: counting, conditions on floats and strings, nesting.


def main():
    i = 0
    while i < 5:
        print("i =", i)
        i += 1
    n = 1000
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    print("collatz(1000) steps:", steps)
    x = 1.0
    while x < 1000.0:
        x = x * 1.5
    print(x)
    s = ""
    while len(s) < 10:
        s = s + "ab"
    print(s)
    a = 3
    while a:
        b = 0
        while b < a:
            print(a, b, end="; ")
            b += 1
        a -= 1
    print()
    while False:
        print("never")


if __name__ == "__main__":
    main()
