# String comparisons (lexicographic by code point).


def cmp(a, b):
    print(repr_ish(a), repr_ish(b), a == b, a != b, a < b, a <= b, a > b, a >= b)


def repr_ish(s):
    return "<" + s + ">"


def main():
    cmp("apple", "banana")
    cmp("abc", "abd")
    cmp("ab", "abc")
    cmp("", "a")
    cmp("", "")
    cmp("Z", "a")
    cmp("same", "same")
    cmp("é", "z")
    cmp("10", "9")
    cmp("✓", "é")
    cmp("a" * 3, "aaa")
    print("a" < "b" < "c", "a" < "c" < "b", "x" == "x" != "y")
    print("abc" == "ab" + "c", "1" == "1.0")
    word = "kiwi"
    if word > "banana":
        print(word, "comes after banana")
    else:
        print(word, "comes before banana")


if __name__ == "__main__":
    main()
