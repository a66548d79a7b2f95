# Infinities, NaN and signed zero.


def main():
    inf = 1e308 * 10
    ninf = -inf
    nan = inf - inf
    print(inf, ninf, nan, -nan)
    print(inf > 1e308, ninf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1.0, nan > 1.0)
    print(inf + 1, inf * 0.5, inf * -1, inf / 1e300, 1 / inf, -1 / inf)
    print(inf + ninf, inf * 0)
    z = -0.0
    print(z, z == 0.0, z + 0.0, z * z, -z, z - 0.0, abs(z))
    print(float("inf"), float("-inf"), float("nan"), float("-0.0"), float("Infinity"))
    print(bool(nan), bool(z), bool(inf))
    print(f"{inf} {ninf:.2f} {nan:>6} {z:+.1f}")


if __name__ == "__main__":
    main()
