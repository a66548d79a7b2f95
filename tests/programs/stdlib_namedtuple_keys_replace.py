# Namedtuples as dict keys and set members (hashed as tuples), `_replace` on
# namedtuples whose type is lost among other values (states kept in dicts with
# mixed keys), and `defaultdict` with a class as its factory (pyperformance's
# mdp: defaultdict(Fraction), states of namedtuples in sets).
import collections
from collections import defaultdict
from fractions import Fraction

Stats = collections.namedtuple("Stats", ["atk", "df"])
Half = collections.namedtuple("Half", ["hp", "stats", "status"])


class Tally:
    def __init__(self):
        self.n = 0

    def __repr__(self):
        return "Tally(%d)" % self.n


def hurt(h, dmg):
    return h._replace(hp=max(0, h.hp - dmg))


def main():
    a = Half(10, Stats(3, 4), 0)
    b = Half(10, Stats(3, 4), 0)
    print(a == b, hash(a) == hash(b), len({a, b}), a._replace(status=1, hp=2))
    seen = set()
    states = {a: "start", (4, True): "win", "note": 1}
    for key in list(states):
        seen.add(key)
    frontier = [a]
    for _ in range(3):
        nxt = []
        for h in frontier:
            for dmg in (3, 4):
                h2 = hurt(h, dmg)
                if h2 not in seen:
                    seen.add(h2)
                    nxt.append(h2)
        frontier = nxt
    print(len(seen), sorted(h.hp for h in seen if isinstance(h, Half)))
    dist = defaultdict(Fraction)
    for x, p in [(1, Fraction(1, 3)), (2, Fraction(1, 6)), (1, Fraction(1, 6))]:
        dist[x] += p
    print(sorted(dist.items()), sum(dist.values()))
    tallies = defaultdict(Tally)
    for word in "a b a c a".split():
        tallies[word].n += 1
    print(sorted(tallies.items()))
    counts = collections.Counter([a, b, hurt(a, 1)])
    print(counts[a], len(counts))


if __name__ == "__main__":
    main()
