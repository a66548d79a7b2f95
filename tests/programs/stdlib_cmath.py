# The cmath module: every function on ordinary values (bit for bit with
# CPython), on the special values (infinite and NaN parts: CPython's tables),
# and its errors.
import cmath


def attempt(f, z):
    try:
        return repr(f(z))
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}({e})"


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def main():
    inf = float("inf")
    nan = float("nan")
    parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
    ordinary = [0j, 1 + 0j, -1 + 0j, 1j, 0.5 + 0.5j, -3 - 4j, 1e-310 + 1e-310j, 1e300 + 1e300j, 0.7 + 0.7j,
                1.2 - 0.1j, 1 + 1e-170j, 710 + 1j, -710 + 1j, 2, -2.5, 1e308 + 1e308j, complex(1, -0.0), complex(-1, -0.0)]
    funcs = {
        "sqrt": cmath.sqrt, "exp": cmath.exp, "log": cmath.log, "log10": cmath.log10,
        "sin": cmath.sin, "cos": cmath.cos, "tan": cmath.tan, "sinh": cmath.sinh, "cosh": cmath.cosh, "tanh": cmath.tanh,
        "asin": cmath.asin, "acos": cmath.acos, "atan": cmath.atan, "asinh": cmath.asinh, "acosh": cmath.acosh, "atanh": cmath.atanh,
    }
    for name, f in funcs.items():
        print(f"{name}:")
        for k in range(0, len(ordinary), 3):
            print("  ", "  ".join(attempt(f, z) for z in ordinary[k:k + 3]))
        for re in parts:
            print("  ", re, " ".join(attempt(f, complex(re, im)) for im in parts))
    print("phase:", [cmath.phase(z) for z in ordinary])
    print("phase:", [cmath.phase(complex(re, im)) for re in parts for im in parts[::3]])
    print("polar:", [cmath.polar(z) for z in ordinary[:8]])
    print("polar:", [cmath.polar(complex(re, 1.0)) for re in parts])
    print("tests:", [(cmath.isnan(complex(re, im)), cmath.isinf(complex(re, im)), cmath.isfinite(complex(re, im))) for re in parts for im in parts[::2]])
    for r in parts + [1e308]:
        print("rect", r, [attempt(lambda phi: cmath.rect(r, phi), phi) for phi in parts + [1.0, -1e-300]])
    show("rect(2, pi/3)", lambda: cmath.rect(2, cmath.pi / 3))
    show("rect(int)", lambda: cmath.rect(3, 0))
    show("log(0, 2)", lambda: cmath.log(0, 2))
    show("log(2, 0)", lambda: cmath.log(2, 0))
    show("log(1, 1)", lambda: cmath.log(1, 1))
    show("log(8, 2)", lambda: cmath.log(8, 2))
    show("log(1j, 1+1j)", lambda: cmath.log(1j, 1 + 1j))
    show("log(100, base=10)", lambda: cmath.log(100, 10))
    show("log(big int)", lambda: cmath.log(10 ** 300))
    show("log(huge int)", lambda: cmath.log(10 ** 400))
    show("exp(1000)", lambda: cmath.exp(1000))
    show("cosh(1000j)", lambda: cmath.cosh(1000 + 0j))
    show("sqrt(str)", lambda: cmath.sqrt("x"))
    show("exp(None)", lambda: cmath.exp(None))
    show("phase(str)", lambda: cmath.phase("a"))
    show("rect(1j, 2)", lambda: cmath.rect(1j, 2))
    show("sqrt(True)", lambda: cmath.sqrt(True))
    show("isclose", lambda: (cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
                             cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
                             cmath.isclose(nan, nan), cmath.isclose(inf, -inf), cmath.isclose(2, 2.0 + 0j)))
    show("isclose(rel_tol=-1)", lambda: cmath.isclose(1, 2, rel_tol=-1))
    print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj, type(cmath.infj).__name__)
    sq = cmath.sqrt
    print(sq(-4), [sq(x) for x in range(-3, 4)], sorted([cmath.exp(1j * k) for k in range(5)], key=lambda z: z.real)[0])
    # identities that hold exactly or nearly
    for z in [0.3 + 0.4j, -1.5 + 2j, 2 - 0.5j]:
        w = cmath.exp(cmath.log(z))
        r, phi = cmath.polar(z)
        s = cmath.sin(z) ** 2 + cmath.cos(z) ** 2
        print(z, cmath.isclose(w, z), cmath.isclose(s, 1), cmath.isclose(cmath.sqrt(z) ** 2, z), cmath.isclose(cmath.tan(cmath.atan(z)), z),
              cmath.isclose(cmath.asinh(cmath.sinh(z)), z), cmath.isclose(cmath.rect(r, phi), z))


if __name__ == "__main__":
    main()
