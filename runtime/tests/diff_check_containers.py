"""diff_check_containers.py — the Python half of diff_gen_containers.c.

Reads the generator's output on stdin; every case is a Python expression
(hex-encoded) and the runtime's repr() of its value (or "!Type: message").
Evaluates each expression with this python3 and prints a JSON summary
{"total": N, "nmismatches": M, "mismatches": [...first 50...]}.
"""
import json
import struct
import sys


def unhex(h):
    return b"" if h == "-" else bytes.fromhex(h)


def U(h):
    return unhex(h).decode("utf-8")


def D(h):
    return struct.unpack("<d", struct.pack("<Q", int(h, 16)))[0]


def SETN(items):
    s = set()
    for x in items:
        s.add(x)
    return s


def DICTN(pairs):
    d = {}
    for k, v in pairs:
        d[k] = v
    return d


def setops(ops):
    s = set()
    for op, x in ops:
        if op == "a":
            s.add(x)
        elif op == "d":
            s.discard(x)
        elif s:
            s.pop()
    return s


def dictops(ops):
    d = {}
    for op, k, v in ops:
        if op == "s":
            d[k] = v
        elif op == "d":
            d.pop(k, -1)
        elif op == "p":
            if d:
                d.popitem()
        else:
            d.setdefault(k, v)
    return d


def mut(s, name, arg):
    getattr(s, name)(arg)
    return s


def setsl(l, sl, v):
    l[sl] = v
    return l


def delsl(l, sl):
    del l[sl]
    return l


def cmpself(op, v):
    return [v < v, v <= v, v == v, v != v, v > v, v >= v][op] if op != 0 else v < v


def cmpself(op, v):  # noqa: F811 (evaluate only the requested operator)
    if op == 0:
        return v < v
    if op == 1:
        return v <= v
    if op == 2:
        return v == v
    if op == 3:
        return v != v
    if op == 4:
        return v > v
    return v >= v


ENV = {k: v for k, v in globals().items() if not k.startswith("__")}


def expected(expr):
    try:
        v = eval(expr, ENV)
    except Exception as e:  # the exception text is part of the contract
        return f"!{type(e).__name__}: {e}"
    return repr(v)


def main():
    total = 0
    mismatches = []
    for n, line in enumerate(sys.stdin, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        kind, ex, res = line.split("\t")
        expr = unhex(ex).decode("utf-8")
        got = unhex(res).decode("utf-8", "surrogatepass")
        total += 1
        want = expected(expr)
        if got != want:
            mismatches.append({"line": n, "expr": expr, "got": got, "want": want})
    json.dump({"total": total, "mismatches": mismatches[:50], "nmismatches": len(mismatches)}, sys.stdout)


if __name__ == "__main__":
    main()
