# Bitwise operators, shifts and inversion, including negatives and big ints.


def main():
    print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
    print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10)
    print(1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
    print(1024 >> 3, -1024 >> 3, -1 >> 5, -17 >> 2, 17 >> 2, 5 >> 10, -5 >> 100)
    print((1 << 100) | 1, (1 << 100) & ((1 << 100) - 1), (1 << 100) ^ (1 << 99))
    print(-(1 << 70) & 65535, -(1 << 70) >> 60, ~(1 << 80))
    print((2 ** 70 + 5) >> 3, (2 ** 70 + 5) << 3)
    print(255 & -256, -5 & 255, 0xFF ^ 0x0F)
    x = 0
    for i in range(0, 64, 3):
        x = x | (1 << i)
    print(x)
    y = x ^ -1
    print(y, y & x, y | x)
    print(1 + 2 << 3, 1 | 2 ^ 3 & 4, ~3 + 1, -3 >> 1 << 1)


if __name__ == "__main__":
    main()
