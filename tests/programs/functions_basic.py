# Function definitions, calls, return values, early return, implicit None.


def add(a, b):
    return a + b


def square(x):
    return x * x


def describe(n):
    if n < 0:
        return "neg"
    return "non-neg"


def shout(text):
    print(text + "!")


def compose(x):
    return square(add(x, 1))


def main():
    print(add(2, 3), add(2.5, 0.5), add("ab", "cd"), add(2 ** 64, 1))
    print(square(12), square(-1.5), compose(4))
    print(describe(-3), describe(3))
    r = shout("hey")
    print(r)
    print(add(add(1, 2), add(3, 4)))
    total = 0
    for i in range(10):
        total = add(total, square(i))
    print(total)


if __name__ == "__main__":
    main()
