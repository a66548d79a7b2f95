# functools.total_ordering: the missing comparisons from one of them and __eq__.
import functools
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


@functools.total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n

    def __repr__(self):
        return f"Score({self.n})"


def main():
    a, b = Version(1, 2), Version(1, 10)
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
    print(sorted([Version(2, 0), a, b]), max(a, b), min([b, a]))
    s, t = Score(3), Score(5)
    print(s < t, s <= t, s > t, s >= t, s <= Score(3), s > Score(3))
    print(sorted([t, s, Score(4)], reverse=True))


if __name__ == "__main__":
    main()
