"""Markov-chain text generator with seeded random, order-2 chains."""
import random
from collections import defaultdict, Counter

CORPUS = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way. In short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""


def words_of(text):
    out = []
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            out.append(word)
    return out


class MarkovChain:
    def __init__(self, order=2):
        self.order = order
        self.table = defaultdict(list)
        self.starts = []

    def train(self, words):
        for i in range(len(words) - self.order):
            key = tuple(words[i:i + self.order])
            self.table[key].append(words[i + self.order])
            if i == 0 or words[i - 1] in ("us", "way", "period"):
                self.starts.append(key)

    def generate(self, rng, length):
        key = rng.choice(self.starts)
        out = list(key)
        for _ in range(length):
            choices = self.table.get(key)
            if not choices:
                key = rng.choice(self.starts)
                out.append("/")
                out.extend(key)
                continue
            nxt = rng.choice(choices)
            out.append(nxt)
            key = tuple(out[-self.order:])
        return out

    def stats(self):
        branching = Counter(len(set(v)) for v in self.table.values())
        return dict(sorted(branching.items()))


def wrap(words, width):
    lines = []
    line = ""
    for w in words:
        if len(line) + len(w) + 1 > width:
            lines.append(line)
            line = w
        else:
            line = w if not line else line + " " + w
    if line:
        lines.append(line)
    return lines


def main():
    words = words_of(CORPUS)
    print("words:", len(words), "distinct:", len(set(words)))
    top = Counter(words).most_common(6)
    for w, c in top:
        print(f"  {w:<8}{c:>3}")
    for order in (1, 2, 3):
        chain = MarkovChain(order)
        chain.train(words)
        print(f"order {order}: {len(chain.table)} states, branching {chain.stats()}")
        random.seed(42 + order); rng = random
        text = chain.generate(rng, 40)
        for line in wrap(text, 60):
            print("   |", line)
    random.seed(7)
    chain = MarkovChain(2)
    chain.train(words * 3)
    counts = Counter()
    for _ in range(200):
        out = chain.generate(random, 25)
        counts.update(out)
    print(counts.most_common(5))
    print(random.random(), random.randint(1, 100), random.sample(range(50), 5))
    deck = list(range(20))
    random.shuffle(deck)
    print(deck)
    print(round(random.uniform(-1, 1), 6), random.choices("abc", k=8))


if __name__ == "__main__":
    main()
