# Keyword arguments of built-in functions that name their positional parameters,
# and sys's platform facts.
import sys


def parse_hex(text):
    return int(text, base=16)


def main():
    print(int("1011", base=2), int("z", base=36), parse_hex("ff"), int("0x1f", base=0))
    print(round(3.14159, ndigits=2), round(number=2.5), round(7.5, ndigits=None), round(1234, ndigits=-2))
    print(pow(2, 10, mod=1000), pow(base=3, exp=4), pow(2, exp=-1))
    print(str(object=42) + "!", repr(str(object=b"x", encoding="ascii")))
    print(list(enumerate(iterable="ab", start=5)))
    try:
        int("12", base=1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        pow(2, 3, mod=0)
    except ValueError as e:
        print("ValueError:", e)
    print(sys.platform, sys.byteorder, sys.hexversion >= 0x030B0000, sys.version[:2], sys.version.split()[0].count("."))


if __name__ == "__main__":
    main()
