"""diff_check_stdlib2.py — the Python half of diff_gen_stdlib2.c (collections,
itertools, heapq, bisect, copy, string).

Reads the generator's output on stdin: one "EXPRESSION<TAB>RESULT" per line,
RESULT being "R:" + repr(value) or "E:Type: message" (backslash, tab and
newline escaped). Evaluates each expression with this python3 in a namespace
holding the modules and the helpers below (which replay operation sequences
exactly as the generator did and describe the outcome as one string), and
prints {"total": N, "nmismatches": M, "mismatches": [first 20]}.
"""
import bisect
import collections
import copy
import heapq
import itertools
import json
import string
import sys
from collections import Counter, OrderedDict, defaultdict, deque


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def outcome(f):
    try:
        return "R:" + repr(f())
    except Exception as e:  # the message is part of the contract
        return "E:" + type(e).__name__ + (": " + str(e) if e.args else "")


def apply_op(obj, name, args):
    """One operation of the generator's vocabulary; returns (result, obj)."""
    if name == "[]":
        return obj[args[0]], obj
    if name == "[]=":
        obj[args[0]] = args[1]
        return None, obj
    if name == "del":
        del obj[args[0]]
        return None, obj
    if name == "len":
        return len(obj), obj
    if name == "in":
        return args[0] in obj, obj
    if name == "list":
        return list(obj), obj
    if name == "rev":
        return list(reversed(obj)), obj
    if name == "bool":
        return bool(obj), obj
    if name == "==":
        return obj == args[0], obj
    if name == "<":
        return obj < args[0], obj
    if name == "+":
        return obj + args[0], obj
    if name == "-":
        return obj - args[0], obj
    if name == "|":
        return obj | args[0], obj
    if name == "&":
        return obj & args[0], obj
    if name == "*":
        return obj * args[0], obj
    if name == "+=":
        obj += args[0]
        return None, obj
    if name == "-=":
        obj -= args[0]
        return None, obj
    if name == "|=":
        obj |= args[0]
        return None, obj
    if name == "&=":
        obj &= args[0]
        return None, obj
    if name == "*=":
        obj *= args[0]
        return None, obj
    if name == "maxlen":
        return obj.maxlen, obj
    if name == "elements":
        return list(obj.elements()), obj
    if name == "items":
        return list(obj.items()), obj
    if name == "str":
        return str(obj), obj
    if name == "copyrepr":
        return repr(obj.copy()), obj
    return getattr(obj, name)(*args), obj


def ops(obj, oplist):
    out = []
    for name, args in oplist:
        res = [None]

        def step():
            nonlocal obj
            r, obj = apply_op(obj, name, args)
            return r

        out.append(outcome(step))
    out.append("F:" + repr(obj))
    return "|".join(out)


def heap_ops(init, oplist):
    h = list(init)
    out = [outcome(lambda: heapq.heapify(h)), repr(h)]
    for name, args in oplist:
        out.append(outcome(lambda: getattr(heapq, name)(h, *args)))
        out.append(repr(h))
    return "|".join(out)


def bisect_ops(init, oplist):
    a = sorted(init)
    out = []
    for name, args in oplist:
        out.append(outcome(lambda: getattr(bisect, name)(a, *args)))
    out.append(repr(a))
    return "|".join(out)


def groupby_all(data):
    return [(k, list(g)) for k, g in itertools.groupby(data)]


def groupby_stale(data):
    return [(k, list(g)) for k, g in list(itertools.groupby(data))]


def groupby_partial(data, take):
    out = []
    for k, g in itertools.groupby(data):
        out.append((k, list(itertools.islice(g, take))))
    return out


def tee_zip(data, n):
    its = itertools.tee(data, n)
    out = []
    for i, it in enumerate(its):
        out.append(list(itertools.islice(it, i + 1)))
    for it in its:
        out.append(list(it))
    return out


# ---- deepcopy of described structures (see diff_gen_stdlib2.c: spec)
def build(spec, nodes):
    k = spec[0]
    if k == "v":
        return spec[1]
    if k == "r":
        return nodes[spec[1]]
    if k == "l":
        x = []
        nodes.append(x)
        for s in spec[1]:
            x.append(build(s, nodes))
        return x
    if k == "t":
        items = [build(s, nodes) for s in spec[1]]
        x = tuple(items)
        nodes.append(x)
        return x
    if k in ("d", "o", "dd"):
        x = {} if k == "d" else OrderedDict() if k == "o" else defaultdict(list)
        nodes.append(x)
        for key, s in spec[1]:
            x[key] = build(s, nodes)
        return x
    if k == "s":
        x = set(spec[1])
        nodes.append(x)
        return x
    if k == "f":
        x = frozenset(spec[1])
        nodes.append(x)
        return x
    if k == "q":
        x = deque(maxlen=spec[2])
        nodes.append(x)
        for s in spec[1]:
            x.append(build(s, nodes))
        return x
    if k == "c":
        x = Counter(spec[1])
        nodes.append(x)
        return x
    raise ValueError(k)


CONTAINERS = (list, tuple, dict, set, frozenset, deque)


def sig(y, x):
    seen = {}
    out = []

    def walk(a, b):
        if isinstance(a, CONTAINERS):
            if id(a) in seen:
                out.append("@%d" % seen[id(a)])
                return
            seen[id(a)] = len(seen)
            out.append(type(a).__name__ + ("=" if a is b else "*") + "(")
            if isinstance(a, dict):
                for ca, cb in zip(a.values(), b.values()):
                    walk(ca, cb)
            elif not isinstance(a, (set, frozenset)):
                for ca, cb in zip(a, b):
                    walk(ca, cb)
            out.append(")")
        else:
            out.append("v" if a is b else "V")

    walk(y, x)
    return "".join(out)


def copy_sig(spec, deep):
    x = build(spec, [])
    y = copy.deepcopy(x) if deep else copy.copy(x)
    return repr(y) + " " + sig(y, x)


def main():
    ns = {
        "collections": collections, "itertools": itertools, "heapq": heapq, "bisect": bisect, "copy": copy,
        "string": string, "Counter": Counter, "OrderedDict": OrderedDict, "defaultdict": defaultdict,
        "deque": deque, "ops": ops, "heap_ops": heap_ops, "bisect_ops": bisect_ops, "groupby_all": groupby_all,
        "groupby_stale": groupby_stale, "groupby_partial": groupby_partial, "tee_zip": tee_zip,
        "copy_sig": copy_sig,
    }
    total = 0
    mismatches = []
    nmis = 0
    for lineno, line in enumerate(sys.stdin.read().split("\n"), 1):
        if not line:
            continue
        expr, _, want = line.partition("\t")
        total += 1
        got = esc(outcome(lambda: eval(expr, ns)))
        if got != want:
            nmis += 1
            if len(mismatches) < 20:
                mismatches.append({"line": lineno, "expr": expr[:400], "got_c": want[:400], "python": got[:400]})
    print(json.dumps({"total": total, "nmismatches": nmis, "mismatches": mismatches}, indent=1))


main()
