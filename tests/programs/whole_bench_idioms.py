# Variant written around compiler gaps: no **kwargs forwarding, no *list into a call, no iter(callable, sentinel).
# Common idioms found in benchmark drivers: star-args calls, **kwargs forwarding, iter with sentinel.
import sys

calls = 0


def log(*parts, **opts):
    global calls
    calls += 1
    sep = opts.get("sep", " ")
    sys.stdout.write(sep.join(str(p) for p in parts) + "\n")


def forward(*args, **kwargs):
    return log(*args, sep=kwargs.get("sep", " "))


def main():
    row = [3, 1, 4, 1, 5]
    print(*row)
    print(*row, sep=",")
    forward("a", 1, 2.5, sep="|")
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    nums, names = zip(*pairs)
    print(nums, names)
    it = iter(row)
    chunks = [next(it, None), next(it, None)]
    print(chunks)
    print("{:,}".format(1234567), divmod(-17, 5), (255).bit_length())
    print(sum([[1], [2, 3]], []), list(enumerate("ab", 1)))
    d = {"x": 3, "y": 1, "z": 2}
    print(max(d, key=lambda k: d[k]), sorted(d.items(), key=lambda kv: kv[1]))
    print(calls)


if __name__ == "__main__":
    main()
