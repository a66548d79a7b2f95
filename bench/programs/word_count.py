# Word frequencies over generated text: dicts, str methods, sorting with key functions.
import random

WORDS = "the quick brown fox jumps over the lazy dog while seven wizards quietly hex jolly vexed kings".split()


def make_text(n, seed):
    random.seed(seed)
    lines = []
    for i in range(n):
        k = random.randint(3, 12)
        lines.append(" ".join(random.choice(WORDS).capitalize() if j == 0 else random.choice(WORDS) for j in range(k)) + ".")
    return "\n".join(lines)


def count(text):
    counts = {}
    for line in text.splitlines():
        for word in line.lower().strip(".").split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    text = make_text(40000, 7)
    counts = count(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in top[:8]:
        print(f"{word:>8} {n}")
    print(len(text), sum(counts.values()))


if __name__ == "__main__":
    main()
