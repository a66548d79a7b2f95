# Repetition of strings with * (both orders, zero and negative counts).


def main():
    print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100)
    print("-" * 20)
    n = 4
    print("=" * n + ">", len("abc" * n))
    line = "+-" * 5 + "+"
    print(line)
    for i in range(1, 5):
        print(" " * (4 - i) + "*" * (2 * i - 1))
    s = "ho"
    s *= 3
    print(s)
    print("é" * 3, len("✓" * 7), "ab" * True, "ab" * False)


if __name__ == "__main__":
    main()
