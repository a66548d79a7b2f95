# if / elif / else chains and nesting.


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    elif n < 100:
        return "medium"
    else:
        return "large"


def main():
    for n in range(-1, 12):
        print(n, classify(n))
    print(50, classify(50), 100, classify(100), 10 ** 20, classify(10 ** 20))
    s = "beta"
    if s == "alpha":
        print("first")
    elif s == "beta":
        print("second")
    if s:
        print("non-empty")
    if 0:
        print("never")
    if 0.0:
        print("never")
    elif None:
        print("never")
    else:
        print("else branch")


if __name__ == "__main__":
    main()
