# x.hex(), float.fromhex(s) (CPython's syntax and errors) and sys.float_info's fields.
import sys


def main():
    for x in [1.5, -0.1, 0.0, -0.0, 1e-320, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, float("inf"), float("-inf"), float("nan"), 3.0, 1/3]:
        h = x.hex()
        back = float.fromhex(h)
        print(h, back, back == x or (x != x and back != back))
    for s in ["0x1p-1074", " -0X1.8P+1 ", "1.8p1", "inf", "-Infinity", "nan", "0x.8", "ff", "0x1.0000000000000000001p0"]:
        print(repr(s), float.fromhex(s))
    for bad in ["", "0x", "0xp1", "1.2.3", "0x1p", "abc g", "0x1p99999"]:
        try:
            print(float.fromhex(bad))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print(sys.float_info.max == float.fromhex("0x1.fffffffffffffp+1023"), sys.float_info.radix, sys.float_info.rounds, sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp)


if __name__ == "__main__":
    main()
