import random
from random import Random


def main():
    r = random.Random(42)
    print(r.random(), r.random())
    print(r.randint(1, 10), r.randrange(100), r.randrange(0, 100, 7), r.randrange(10, 0, -3))
    print(r.getrandbits(1), r.getrandbits(32), r.getrandbits(70), r.getrandbits(0))
    print(r.choice("abcdef"), r.choice([10, 20, 30]), r.sample(range(100), 5), r.sample(["x", "y", "z"], 3))
    xs = list(range(10))
    r.shuffle(xs)
    print(xs)
    print(r.uniform(1, 2), r.uniform(-5.0, 5.0), r.gauss(0, 1), r.gauss(0, 1), r.gauss(10, 2))
    print(r.normalvariate(0, 1), r.expovariate(2.0), r.triangular(0, 10), r.triangular(0, 10, 2))
    print(r.choices(["a", "b", "c"], k=5), r.choices([1, 2, 3], weights=[10, 1, 1], k=6))
    print(r.sample(range(1000), 30))
    for seed in [0, 1, -3, 2 ** 40 + 5, 2 ** 100, 123456789]:
        g = Random(seed)
        print(seed, g.random(), g.randint(0, 1000))
    a = Random(7)
    b = Random(7)
    print([a.randint(1, 6) for _ in range(10)] == [b.randint(1, 6) for _ in range(10)])
    a.seed(99)
    b.seed(99)
    print(a.random() == b.random(), a.random())
    # Instances are independent of the module's generator and of each other.
    random.seed(5)
    c = Random(5)
    print(random.random() == c.random(), random.randint(1, 100), c.randint(1, 100))
    for bad in [(5, 5), (10, 1)]:
        try:
            r.randrange(bad[0], bad[1])
        except ValueError as e:
            print("ValueError:", e)
    try:
        r.randrange(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        r.choice([])
    except IndexError as e:
        print("IndexError:", e)
    try:
        r.sample([1, 2], 3)
    except ValueError as e:
        print("ValueError:", e)
    # A small simulation with its own generator
    rng = Random(2024)
    wins = 0
    for _ in range(1000):
        if rng.random() < 0.3:
            wins += 1
    print("wins", wins)
    deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
    rng.shuffle(deck)
    print(deck[:5], sorted(rng.sample(deck, 4)))


if __name__ == "__main__":
    main()
