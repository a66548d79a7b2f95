import math
import operator


def apply(m):
    return m.add(1, 2)


def main():
    print(math.floor(2.5))
    print(apply(operator))
