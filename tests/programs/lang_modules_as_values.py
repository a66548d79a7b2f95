# A module used as a value: passed to a function, returned, kept in a variable,
# a dict or a list (of one module), read with getattr/hasattr (also the modules
# written in Python: re, json, textwrap).
import json
import math
import random
import re
import string
import textwrap


def root(m, x):
    return m.sqrt(x)


def pick(m):
    return m


def constants(m):
    return [m.pi, m.e, m.tau]


def main():
    print(root(math, 2), root(math, 81))
    m = pick(math)
    print(m.floor(2.5), m.ceil(2.5), m.gcd(12, 18))
    table = {"math": math}
    print(table["math"].hypot(3, 4))
    mods = [math, math]
    print(mods[1].factorial(10))
    print(getattr(math, "sqrt")(16), getattr(math, "pi"))
    print(hasattr(math, "tau"), hasattr(math, "nosuch"), getattr(math, "nosuch", "default"))
    print(constants(math))
    rng = random
    rng.seed(7)
    print(rng.randint(1, 100), random.randint(1, 100))
    s = string
    print(s.ascii_uppercase[:5], s.digits)
    print(math is pick(math))
    compile_ = getattr(re, "compile")
    print(compile_(r"\d+").findall("a1b22c333"), getattr(re, "sub")("[aeiou]", "_", "metaclass"))
    print(hasattr(re, "fullmatch"), hasattr(re, "nosuch"), hasattr(json, "loads"), getattr(json, "nosuch", "default"))
    dumps = getattr(json, "dumps")
    print(dumps({"b": [1, 2], "a": None}, sort_keys=True))
    print(getattr(textwrap, "fill")("modules as values " * 3, width=24))


main()
