"""diff_check.py — the Python half of the differential test.

Reads diff_gen's output on stdin, recomputes every case with this python3
(the reference implementation) and prints a JSON summary:
{"total": N, "mismatches": [{"line": ..., "case": ..., "got": ..., "want": ...}, ...]}
"""
import json
import struct
import sys


def unhex(h):
    return b"" if h == "-" else bytes.fromhex(h)


def s(h):
    return unhex(h).decode("utf-8", "surrogatepass")


def dbl(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def run(f):
    try:
        v = f()
    except Exception as e:  # the exception text is part of the contract
        return f"!{type(e).__name__}: {e}"
    if isinstance(v, complex):
        return COMPLEX
    return v


# ai_float_pow returns a double, so a float power with a complex result
# (including one whose complex computation overflows) raises this instead
# (the dynamic path, ai_obj_binop, returns the complex: obj/object.c).
COMPLEX = "!ValueError: unsupported: complex result of float power"


INT_OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "&": lambda a, b: a & b,
    "|": lambda a, b: a | b, "^": lambda a, b: a ^ b, "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b, "**": lambda a, b: a ** b, "/": lambda a, b: a / b,
    "cmp": lambda a, b: (a > b) - (a < b), "float": lambda a, b: float(a),
    "neg": lambda a, b: -a, "~": lambda a, b: ~a,
}
FLOAT_OPS = {"//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b, "/": lambda a, b: a / b}


def ifcmp(a, f):
    if f != f:
        return 2
    return (a > f) - (a < f)


def expected(f):
    kind = f[0]
    if kind == "int":
        a, b = int(f[2]), int(f[3])
        return run(lambda: repr(INT_OPS[f[1]](a, b)))
    if kind == "repr":
        return repr(dbl(f[1]))
    if kind == "fop":
        a, b = dbl(f[2]), dbl(f[3])
        r = run(lambda: FLOAT_OPS[f[1]](a, b))
        if r == "!OverflowError: complex exponentiation":
            r = COMPLEX
        return r if isinstance(r, str) else repr(r)
    if kind == "ifcmp":
        return str(ifcmp(int(f[1]), dbl(f[2])))
    if kind == "fmt":
        spec = s(f[3])
        if f[1] == "i":
            v = int(f[2])
        elif f[1] == "f":
            v = dbl(f[2])
        elif f[1] == "s":
            v = s(f[2])
        else:
            v = f[2] == "1"
        return run(lambda: format(v, spec))
    if kind == "srepr":
        return repr(s(f[1]))
    if kind == "slen":
        return str(len(s(f[1])))
    if kind == "round":
        r = run(lambda: round(dbl(f[1]), int(f[2])))
        return r if isinstance(r, str) else repr(r)
    if kind == "round0":
        return run(lambda: str(round(dbl(f[1]))))
    if kind == "pint":
        return run(lambda: str(int(s(f[1]))))
    if kind == "pfloat":
        return run(lambda: repr(float(s(f[1]))))
    raise ValueError("unknown case kind " + kind)


def main():
    total = 0
    mismatches = []
    for n, line in enumerate(sys.stdin, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        fields = line.split("\t")
        total += 1
        got = s(fields[-1])
        want = expected(fields[:-1])
        if got != want:
            mismatches.append({"line": n, "case": fields[:-1], "got": got, "want": want})
    json.dump({"total": total, "mismatches": mismatches[:50], "nmismatches": len(mismatches)}, sys.stdout)


if __name__ == "__main__":
    main()
