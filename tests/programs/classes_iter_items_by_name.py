"""Instances iterated by the runtime (list(obj), for loops over an object of
unknown type) through a generator __iter__, __next__ or __getitem__: the
items they give are instances whose attributes are read by name."""


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


class Lexer:
    def __init__(self, source):
        self.source = source

    def __iter__(self):
        for word in self.source.split():
            yield Token("num" if word.isdigit() else "word", word)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return Token("tick", str(self.n))


class Deck:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return Token("card", "c%d" % i)


def main():
    tokens = list(Lexer("add 2 and 40"))
    print([(t.kind, t.text) for t in tokens])
    print(sorted(t.text for t in Lexer("b a 3")), [t.kind for t in Countdown(3)], [t.text for t in Deck()])
    sources = [Lexer("x 1"), Countdown(2), Deck()]
    for src in sources:
        print([t.kind + ":" + t.text for t in src])


main()
