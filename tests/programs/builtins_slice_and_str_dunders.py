# slice(...) written as an index (a sieve striking multiples with a slice
# assignment), and __str__() / __repr__() called by name on built-in values.


def count_primes(limit):
    marks = [True] * limit
    marks[0] = marks[1] = False
    for p in range(2, limit):
        if marks[p]:
            marks[slice(p * p, limit, p)] = [False] * len(range(p * p, limit, p))
    return sum(marks)


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v!r})"


class Labelled:
    def __str__(self):
        return "labelled"


def main():
    for n in (10, 100, 1000, 5000):
        print(f"primes below {n:5}: {count_primes(n):4}")

    letters = list("abcdefghij")
    print(letters[slice(3)], letters[slice(2, 5)], letters[slice(1, None, 3)])
    print(letters[slice(None, None, -2)], "".join(letters[slice(-3, None)]))
    word = "benchmark"
    print(word[slice(5)], word[slice(2, 7, 2)], (1, 2, 3, 4)[slice(1, 3)])
    nums = list(range(10))
    nums[slice(0, 4)] = ["x"]
    print(nums)
    del nums[slice(None, None, 2)]
    print(nums)

    ok = 3 > 2
    print(ok.__str__().lower(), ok.__repr__(), (not ok).__str__().upper())
    print((42).__str__().zfill(5), (2.5).__repr__(), "q".__repr__(), "q".__str__())
    print([1, "a"].__str__(), {"k": (1,)}.__repr__(), None.__str__())
    print(Box("z").__str__(), Box(3).__repr__(), len(Box(1.5).__str__()), str(Box([1])))
    print(Labelled().__str__(), repr(Labelled()).startswith("<__main__.Labelled object at 0x"), Labelled().__repr__().endswith(">"), str([Labelled()]).startswith("[<"))
    print([b.__str__() for b in (Box(1), Box("a"))])
    parts = [v.__str__() for v in (1, 2.0, True, None, "s")]
    print("|".join(parts))


if __name__ == "__main__":
    main()
