# Benchmark: float-only work - a Mandelbrot escape-time grid plus a
# midpoint-rule integral, no integers in the hot loops beyond counters.

WIDTH = 320
HEIGHT = 160
MAX_ITER = 400
STEPS = 4000000


def mandel_total():
    total = 0
    y = 0
    while y < HEIGHT:
        ci = -1.2 + 2.4 * y / HEIGHT
        x = 0
        while x < WIDTH:
            cr = -2.1 + 3.0 * x / WIDTH
            zr = 0.0
            zi = 0.0
            n = 0
            while n < MAX_ITER and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                n += 1
            total += n
            x += 1
        y += 1
    return total


def integrate(steps):
    h = 1.0 / steps
    acc = 0.0
    x = 0.5 * h
    for i in range(steps):
        acc += 4.0 / (1.0 + x * x)
        x += h
    return acc * h


def main():
    total = mandel_total()
    pi = integrate(STEPS)
    print("mandelbrot iterations", total)
    print("pi approx", pi)
    print(f"checksum {total % 100003} {pi:.12f}")


if __name__ == "__main__":
    main()
