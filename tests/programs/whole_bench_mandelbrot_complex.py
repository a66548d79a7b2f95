# Codon-style Mandelbrot with complex numbers (z = z**2 + c), rendered as ASCII
# with a checksum, and a radix-2 FFT over cmath.exp twiddle factors.
import cmath

MAX = 60
WIDTH = 64
HEIGHT = 28


def scale(x, n, a, b):
    return a + (x / n) * (b - a)


def mandelbrot(width, height, max_iter):
    pixels = [0 for _ in range(width * height)]
    for i in range(height):
        for j in range(width):
            c = complex(scale(j, width, -2.00, 0.47), scale(i, height, -1.12, 1.12))
            z = 0j
            iteration = 0
            while abs(z) <= 2 and iteration < max_iter:
                z = z**2 + c
                iteration += 1
            pixels[i * width + j] = int(255 * iteration / max_iter)
    return pixels


def render(pixels, width, height):
    shades = " .:-=+*#%@"
    lines = []
    for i in range(height):
        row = pixels[i * width:(i + 1) * width]
        lines.append("".join(shades[p * (len(shades) - 1) // 255] for p in row).rstrip())
    return lines


def checksum(pixels):
    h = 0
    for p in pixels:
        h = (h * 131 + p) % 1000000007
    return h


def escape_orbit(c, steps):
    """The first few iterates of one point, to show complex reprs."""
    z = 0j
    out = []
    for _ in range(steps):
        z = z * z + c
        out.append(z)
    return out


def fft(xs):
    n = len(xs)
    if n == 1:
        return list(xs)
    even = fft(xs[0::2])
    odd = fft(xs[1::2])
    out = [0j] * n
    for k in range(n // 2):
        t = cmath.exp(-2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


def ifft(xs):
    n = len(xs)
    conj = fft([x.conjugate() for x in xs])
    return [x.conjugate() / n for x in conj]


def dft(xs):
    n = len(xs)
    return [sum(xs[t] * cmath.exp(-2j * cmath.pi * t * k / n) for t in range(n)) for k in range(n)]


def rounded(z, digits=6):
    # round each part, and turn -0.0 into 0.0 so the text does not depend on the sign of zero
    return complex(round(z.real, digits) + 0.0, round(z.imag, digits) + 0.0)


def signal(n):
    xs = []
    for t in range(n):
        v = cmath.cos(2 * cmath.pi * 3 * t / n) + 0.5 * cmath.sin(2 * cmath.pi * 5 * t / n).real
        xs.append(complex(v.real, 0.25 * (t % 4 == 0)))
    return xs


def main():
    pixels = mandelbrot(WIDTH, HEIGHT, MAX)
    for line in render(pixels, WIDTH, HEIGHT):
        print(line)
    inside = sum(1 for p in pixels if p == 255)
    print("pixels:", len(pixels), "inside:", inside, "checksum:", checksum(pixels))
    print("orbit:", escape_orbit(complex(-0.75, 0.1), 4))
    print("orbit:", [rounded(z, 4) for z in escape_orbit(0.3 + 0.5j, 6)])

    xs = signal(16)
    spectrum = fft(xs)
    print("fft:")
    for k, v in enumerate(spectrum):
        mag, ph = cmath.polar(v)
        ph = ph if mag > 1e-9 else 0.0  # the phase of a rounding error is noise
        print(f"  {k:2d} {rounded(v)!s:>28} |{mag:8.4f}| {ph:+.4f}")
    slow = dft(xs)
    print("fft == dft:", all(cmath.isclose(a, b, abs_tol=1e-9) for a, b in zip(spectrum, slow)))
    back = ifft(spectrum)
    print("roundtrip:", all(cmath.isclose(a, b, abs_tol=1e-12) for a, b in zip(back, xs)))
    peaks = sorted(range(len(spectrum)), key=lambda k: -abs(spectrum[k]))[:4]
    print("peaks:", peaks, [f"{abs(spectrum[k]):.3f}" for k in peaks])
    energy_t = sum(abs(x) ** 2 for x in xs)
    energy_f = sum(abs(v) ** 2 for v in spectrum) / len(xs)
    print(f"parseval: {energy_t:.6f} {energy_f:.6f}")
    roots = [cmath.rect(1, 2 * cmath.pi * k / 8) for k in range(8)]
    print("roots of unity sum:", rounded(sum(roots)), "product:", rounded(roots[1] ** 8))


if __name__ == "__main__":
    main()
