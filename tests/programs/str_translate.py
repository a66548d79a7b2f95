# str.maketrans / translate, dict.fromkeys, and other str methods.

def main():
    table = str.maketrans("ACGT", "TGCA")
    seq = "AACGTTGCA"
    print(seq.translate(table)[::-1])
    print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
    s = "hello world"
    print(s.translate({ord("o"): "0", ord("l"): None}))
    print("x".casefold(), "Ab".swapcase(), "a\tb".expandtabs(4), "3".isnumeric())


if __name__ == "__main__":
    main()
