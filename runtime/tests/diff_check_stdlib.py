"""diff_check_stdlib.py — the Python half of the stdlib differential test.

Reads diff_gen_stdlib's output on stdin: one "EXPRESSION<TAB>RESULT" per line.
Evaluates every expression with this python3, in order and in one namespace
(the random module's state carries from line to line), formats the value as
"R:" + repr(value) or the exception as "E:Type: message", and prints a JSON
summary: {"total": N, "nmismatches": M, "mismatches": [first 20]}.
"""
import itertools
import json
import math
import random
import sys
import time
import warnings

# randrange(7.0) etc. warn (DeprecationWarning) in 3.11; the runtime does not
warnings.simplefilter("ignore")
sys.set_int_max_str_digits(0) if hasattr(sys, "set_int_max_str_digits") else None


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    ns = {"math": math, "random": random, "time": time, "itertools": itertools}
    total = 0
    mismatches = []
    nmis = 0
    for lineno, line in enumerate(sys.stdin.read().split("\n"), 1):
        if not line:
            continue
        expr, _, want = line.partition("\t")
        total += 1
        try:
            v = eval(expr, ns)
            got = "R:" + esc(repr(v))
        except Exception as e:  # the exception text is part of the contract
            msg = str(e)
            got = "E:" + type(e).__name__ + (": " + esc(msg) if e.args else "")
        if got != want:
            nmis += 1
            if len(mismatches) < 20:
                mismatches.append({"line": lineno, "expr": expr[:300], "got_c": want[:300], "python": got[:300]})
    print(json.dumps({"total": total, "nmismatches": nmis, "mismatches": mismatches}, indent=1))


main()
