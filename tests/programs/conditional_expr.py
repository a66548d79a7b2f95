# Conditional expressions.


def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"


def loud(label, value):
    print("evaluated", label)
    return value


def main():
    for n in range(-2, 3):
        print(n, sign(n))
    x = 7
    print("odd" if x % 2 else "even", (x if x > 5 else 5) * 2)
    print(loud("then", 1) if True else loud("else", 2))
    print(loud("then", 1) if False else loud("else", 2))
    y = 1.5 if x > 100 else "text" if x > 5 else None
    print(y)
    print(10 + (1 if x else 0), "a" + ("b" if x == 7 else "c"))


if __name__ == "__main__":
    main()
