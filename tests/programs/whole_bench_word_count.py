# Word counting over generated text (after Codon's word_count benchmark).
import random
from collections import Counter

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "runs", "away"]


def make_text(n):
    random.seed(7)
    lines = []
    for i in range(n):
        k = random.randint(3, 9)
        words = [random.choice(WORDS) for _ in range(k)]
        if i % 5 == 0:
            words[0] = words[0].capitalize()
        lines.append(" ".join(words) + ("." if i % 3 == 0 else ","))
    return "\n".join(lines)


def main():
    text = make_text(200)
    counts = {}
    for line in text.split("\n"):
        for w in line.split():
            w = w.strip(".,").lower()
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for w, c in top[:5]:
        print(f"{w:>8} {c:4d}")
    c2 = Counter(text.lower().replace(".", " ").replace(",", " ").split())
    print(c2.most_common(3))
    print(len(text), text.count("\n") + 1, sum(counts.values()))


if __name__ == "__main__":
    main()
