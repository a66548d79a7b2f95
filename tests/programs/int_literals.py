# Integer literal forms.


def main():
    print(0, 00, 7, 1_000_000, 0xFF, 0xff, 0o17, 0b1010, 0B11, 0X1F, 0O7)
    print(0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0x1_0000_0000_0000_0000)
    print(123456789012345678901234567890)
    print(-0, -0x10, +0b1)


if __name__ == "__main__":
    main()
