"""Trie-based autocomplete with word frequencies and a compressed radix view."""
from collections import Counter, defaultdict
import heapq

TEXT = """
it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of
incredulity it was the season of light it was the season of darkness it was
the spring of hope it was the winter of despair we had everything before us we
had nothing before us we were all going direct to heaven we were all going
direct the other way in short the period was so far like the present period
"""


class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False


class Trie:
    def __init__(self, words=None):
        self.root = TrieNode()
        self.words = 0
        for w in words or []:
            self.add(w)

    def add(self, word, count=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if not node.terminal:
            self.words += 1
        node.terminal = True
        node.count += count

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.terminal

    def iter_words(self, prefix=""):
        node = self._find(prefix)
        if node is None:
            return
        stack = [(node, prefix)]
        while stack:
            node, word = stack.pop()
            if node.terminal:
                yield word, node.count
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], word + ch))

    def complete(self, prefix, k=3):
        return heapq.nsmallest(k, self.iter_words(prefix), key=lambda wc: (-wc[1], wc[0]))

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            (ch, node), = node.children.items()
            out.append(ch)
        return "".join(out)

    def radix(self, node=None, label="", depth=0, lines=None):
        if lines is None:
            lines = []
            node = self.root
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            label += ch
        if label:
            mark = f" [{node.count}]" if node.terminal else ""
            lines.append("  " * depth + label + mark)
        for ch in sorted(node.children):
            self.radix(node.children[ch], ch, depth + (1 if label else 0), lines)
        return lines

    def node_count(self):
        total = 0
        stack = [self.root]
        while stack:
            n = stack.pop()
            total += 1
            stack.extend(n.children.values())
        return total


def main():
    words = TEXT.split()
    counts = Counter(words)
    trie = Trie()
    for w, c in counts.items():
        trie.add(w, c)
    print(f"{len(words)} words, {trie.words} distinct, {trie.node_count()} nodes")
    for prefix in ["w", "th", "e", "be", "x", ""]:
        print(f"{prefix!r:6} -> {trie.complete(prefix)}")
    print("contains:", [w in trie for w in ("was", "wa", "epoch", "epochs")])
    sub = Trie(["interview", "internet", "internal", "interval"])
    print("lcp:", sub.longest_common_prefix())
    small = Trie(w for w in counts if w.startswith(("w", "t")))
    print("\n".join(small.radix()))
    by_len = defaultdict(list)
    for w, c in trie.iter_words():
        by_len[len(w)].append(w)
    for n in sorted(by_len):
        print(n, " ".join(sorted(by_len[n])))
    top = counts.most_common(5)
    width = max(len(w) for w, _ in top)
    for w, c in top:
        print(f"{w:<{width}} {'#' * c} {c}")


if __name__ == "__main__":
    main()
