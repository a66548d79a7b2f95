"""A negative number to a fractional power is complex, as CPython's float ** float; real where it cannot be."""
import math


def root(x, n):
    return x ** (1 / n)


def norm(xs):
    return sum(v * v for v in xs) ** 0.5


def main():
    x = -8.0
    print(x ** (1 / 3))
    print((-2.0) ** 0.5, 2.0 ** 0.5, (-2.0) ** 2.0, (-2.0) ** 3, (-2) ** 0.5, (-8) ** (1 / 3))
    for v in [-27.0, -1.0, 0.0, 4.0, 2.25]:
        r = root(v, 3)
        print(v, r, type(r).__name__, root(v, 2))
    y = 9.0
    y **= 0.5
    print(y, pow(-4.0, 0.5), pow(4.0, 0.5), pow(-4.0, 2.0))
    vals = [-1.5, 2.5]
    vals[0] **= 1.5
    print(vals)
    dx, dy = -3.0, 4.0
    print((dx * dx + dy * dy) ** 0.5, (dx * dx + dy * dy) ** (-1.5), abs(dx) ** 0.5, norm([3.0, -4.0]))
    z = (-8.0) ** (1 / 3)
    print(z.real, z.imag, abs(z), z * z * z)
    n = -5
    print(n ** 0.5, n ** -1, n ** 2.0, math.sqrt(16.0) ** 0.25)
    try:
        print(0.0 ** -0.5)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(float("nan") ** 0.5, (-float("inf")) ** 0.5, (-1e308) ** 0.5)


if __name__ == "__main__":
    main()
