# str.format(*x) where x is a list, or a value that is a list here and a tuple there
# (sha1's `self.h` starts as a list and is replaced by a tuple): the items become the
# positional arguments when the call runs.


class Digest:
    def __init__(self) -> None:
        self.h = [0x67452301, 0xEFCDAB89, 0x98BADCFE]

    def mix(self, k: int) -> None:
        self.h = (
            self.h[0] + k & 0xFFFFFFFF,
            self.h[1] ^ k,
            self.h[2] - k & 0xFFFFFFFF,
        )

    def hexdigest(self) -> str:
        return ("{:08x}" * 3).format(*self.h)


def main() -> None:
    d = Digest()
    print(d.hexdigest())
    d.mix(12345)
    print(d.hexdigest())
    words = ["alpha", "beta", "gamma"]
    print("{} < {} < {}".format(*words))
    print("{2}-{0}-{1}".format(*words[::-1]))
    cells = [1.5, 2.25]
    print("[{:>6.2f}|{:<6.1f}]".format(*cells))
    rows = [["x", 1], ["y", 22], ["z", 333]]
    for row in rows:
        print("{:<3}{:>5}".format(*row))
    try:
        print("{} {} {}".format(*words[:2]))
    except IndexError as e:
        print("IndexError:", e)


if __name__ == "__main__":
    main()
