"""Byte-pair-encoding tokeniser training and encoding on a small corpus."""
from collections import Counter, defaultdict
import re

CORPUS = """
Beautiful is better than ugly. Explicit is better than implicit.
Simple is better than complex. Complex is better than complicated.
Flat is better than nested. Sparse is better than dense.
Readability counts. Special cases aren't special enough to break the rules.
Although practicality beats purity. Errors should never pass silently.
Unless explicitly silenced. In the face of ambiguity, refuse the temptation to guess.
There should be one-- and preferably only one --obvious way to do it.
Although that way may not be obvious at first unless you're Dutch.
Now is better than never. Although never is often better than *right* now.
"""

PAT = re.compile(r"'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z]+| ?[0-9]+| ?[^\sA-Za-z0-9]+|\s+")


def pre_tokenize(text):
    return PAT.findall(text)


class BPE:
    def __init__(self, num_merges):
        self.num_merges = num_merges
        self.merges = {}
        self.vocab = {}

    def _pair_counts(self, words):
        counts = Counter()
        for symbols, freq in words.items():
            for a, b in zip(symbols, symbols[1:]):
                counts[a, b] += freq
        return counts

    @staticmethod
    def _merge(symbols, pair, new):
        out = []
        i = 0
        while i < len(symbols):
            if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
                out.append(new)
                i += 2
            else:
                out.append(symbols[i])
                i += 1
        return tuple(out)

    def train(self, text):
        words = Counter(tuple(w) for w in pre_tokenize(text))
        alphabet = sorted({ch for w in words for ch in w})
        self.vocab = {ch: i for i, ch in enumerate(alphabet)}
        for step in range(self.num_merges):
            pairs = self._pair_counts(words)
            if not pairs:
                break
            best = max(pairs, key=lambda p: (pairs[p], p))
            if pairs[best] < 2:
                break
            new = best[0] + best[1]
            self.merges[best] = step
            self.vocab[new] = len(self.vocab)
            merged = Counter()
            for symbols, freq in words.items():
                merged[self._merge(symbols, best, new)] += freq
            words = merged
        return self

    def encode_word(self, word):
        symbols = list(word)
        while len(symbols) > 1:
            ranked = [(self.merges.get((a, b), float("inf")), i) for i, (a, b) in enumerate(zip(symbols, symbols[1:]))]
            rank, i = min(ranked)
            if rank == float("inf"):
                break
            symbols[i:i + 2] = [symbols[i] + symbols[i + 1]]
        return symbols

    def encode(self, text):
        ids = []
        for word in pre_tokenize(text):
            for sym in self.encode_word(word):
                ids.append(self.vocab.get(sym, -1))
        return ids

    def decode(self, ids):
        inverse = {v: k for k, v in self.vocab.items()}
        return "".join(inverse[i] for i in ids)


def main():
    bpe = BPE(num_merges=60).train(CORPUS)
    print("vocab size:", len(bpe.vocab), "merges:", len(bpe.merges))
    first = sorted(bpe.merges.items(), key=lambda kv: kv[1])[:12]
    for (a, b), rank in first:
        print(f"{rank:3d}: {a!r:>8} + {b!r:<8} -> {a + b!r}")
    tokens_by_len = defaultdict(list)
    for tok in bpe.vocab:
        tokens_by_len[len(tok)].append(tok)
    longest = max(tokens_by_len)
    print("longest tokens:", sorted(tokens_by_len[longest]))
    for sentence in ["Simple is better than complex.", "Beautiful errors are rare!", "never now 2024"]:
        ids = bpe.encode(sentence)
        pieces = [bpe.decode([i]) if i >= 0 else "?" for i in ids]
        print(len(sentence), "->", len(ids), "|".join(pieces))
        if -1 not in ids:
            assert bpe.decode(ids) == sentence
    ratio = len(CORPUS) / len(bpe.encode(CORPUS))
    print(f"compression ratio {ratio:.3f}")
    hist = Counter(len(bpe.encode_word(w)) for w in pre_tokenize(CORPUS))
    print(sorted(hist.items()))


if __name__ == "__main__":
    main()
