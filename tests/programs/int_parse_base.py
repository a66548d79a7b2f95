# int(s, base): every base, prefixes, underscores, and CPython's errors.

def main():
    print(int("ff", 16), int("0xff", 16), int("0x1F", 0), int("777", 8), int("0o17", 0), int("-101", 2), int(" 1_000 ", 0))
    print(int("z", 36), int("10", 10), int("123456789abcdef0123456789", 16), int("0b11", 0), int("0", 0), int("000", 0))
    for s, b in [("12", 2), ("", 16), ("007", 0), ("0x", 16), ("1__0", 10), ("_1", 16)]:
        try:
            print(int(s, b))
        except ValueError as e:
            print("ValueError:", e)
    try:
        int("1", 99)
    except ValueError as e:
        print(e)


if __name__ == "__main__":
    main()
