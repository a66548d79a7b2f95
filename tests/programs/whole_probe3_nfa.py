"""A regular-expression engine: parser to AST, Thompson NFA construction, simulation, and DFA caching."""
from itertools import count


class Node:
    pass


class Lit(Node):
    def __init__(self, ch):
        self.ch = ch

    def __repr__(self):
        return f"Lit({self.ch!r})"


class Any(Node):
    def __repr__(self):
        return "Any()"


class Cat(Node):
    def __init__(self, left, right):
        self.left, self.right = left, right

    def __repr__(self):
        return f"Cat({self.left!r}, {self.right!r})"


class Alt(Node):
    def __init__(self, left, right):
        self.left, self.right = left, right

    def __repr__(self):
        return f"Alt({self.left!r}, {self.right!r})"


class Star(Node):
    def __init__(self, inner, min_count=0):
        self.inner = inner
        self.min_count = min_count

    def __repr__(self):
        return f"Star({self.inner!r}, {self.min_count})"


class Opt(Node):
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return f"Opt({self.inner!r})"


class ParseError(Exception):
    pass


class RegexParser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def parse(self):
        node = self.alt()
        if self.i != len(self.p):
            raise ParseError(f"unexpected {self.p[self.i]!r} at {self.i}")
        return node

    def alt(self):
        node = self.cat()
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            node = Alt(node, self.cat())
        return node

    def cat(self):
        node = None
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            atom = self.repeat()
            node = atom if node is None else Cat(node, atom)
        if node is None:
            raise ParseError(f"empty expression at {self.i}")
        return node

    def repeat(self):
        atom = self.atom()
        while self.i < len(self.p) and self.p[self.i] in "*+?":
            op = self.p[self.i]
            self.i += 1
            atom = Star(atom) if op == "*" else Star(atom, 1) if op == "+" else Opt(atom)
        return atom

    def atom(self):
        ch = self.p[self.i]
        self.i += 1
        if ch == "(":
            node = self.alt()
            if self.i >= len(self.p) or self.p[self.i] != ")":
                raise ParseError("missing )")
            self.i += 1
            return node
        if ch == ".":
            return Any()
        if ch == "\\":
            ch = self.p[self.i]
            self.i += 1
        elif ch in "*+?":
            raise ParseError(f"nothing to repeat at {self.i - 1}")
        return Lit(ch)


class State:
    __slots__ = ("id", "ch", "out", "out2")
    ids = count()

    def __init__(self, ch=None, out=None, out2=None):
        self.id = next(State.ids)
        self.ch = ch
        self.out = out
        self.out2 = out2


SPLIT = "split"
MATCH = "match"
ANY = "any"


def compile_nfa(node):
    """Returns (start, list of dangling states whose .out must be patched)."""
    if isinstance(node, Lit) or isinstance(node, Any):
        s = State(node.ch if isinstance(node, Lit) else ANY)
        return s, [s]
    if isinstance(node, Cat):
        s1, d1 = compile_nfa(node.left)
        s2, d2 = compile_nfa(node.right)
        for d in d1:
            patch(d, s2)
        return s1, d2
    if isinstance(node, Alt):
        s1, d1 = compile_nfa(node.left)
        s2, d2 = compile_nfa(node.right)
        return State(SPLIT, s1, s2), d1 + d2
    if isinstance(node, Opt):
        s1, d1 = compile_nfa(node.inner)
        split = State(SPLIT, s1)
        return split, d1 + [split]
    if isinstance(node, Star):
        s1, d1 = compile_nfa(node.inner)
        split = State(SPLIT, s1)
        for d in d1:
            patch(d, split)
        return (s1 if node.min_count else split), [split]
    raise TypeError(type(node).__name__)


def patch(state, target):
    if state.ch == SPLIT and state.out is not None:
        state.out2 = target
    else:
        state.out = target


class Regex:
    def __init__(self, pattern):
        self.pattern = pattern
        self.ast = RegexParser(pattern).parse()
        start, dangling = compile_nfa(self.ast)
        self.match_state = State(MATCH)
        for d in dangling:
            patch(d, self.match_state)
        self.start = start
        self.dfa = {}

    def closure(self, states):
        stack = list(states)
        seen = set()
        out = []
        while stack:
            s = stack.pop()
            if s is None or s.id in seen:
                continue
            seen.add(s.id)
            if s.ch == SPLIT:
                stack.append(s.out2)
                stack.append(s.out)
            else:
                out.append(s)
        return frozenset(out)

    def step(self, states, ch):
        key = (frozenset(s.id for s in states), ch)
        if key in self.dfa:
            return self.dfa[key]
        nxt = self.closure(s.out for s in states if s.ch == ch or (s.ch == ANY and ch != "\n"))
        self.dfa[key] = nxt
        return nxt

    def fullmatch(self, text):
        states = self.closure([self.start])
        for ch in text:
            states = self.step(states, ch)
            if not states:
                return False
        return self.match_state in states

    def search(self, text):
        for i in range(len(text) + 1):
            states = self.closure([self.start])
            best = -1
            for j in range(i, len(text) + 1):
                if self.match_state in states:
                    best = j
                if j == len(text) or not states:
                    break
                states = self.step(states, text[j])
            if best >= 0:
                return i, best
        return None


def main():
    tests = [
        ("a(b|c)*d", ["ad", "abd", "abcbcd", "abxd", "a"]),
        ("(ab)+c?", ["ab", "ababc", "abc", "c", "aba"]),
        ("colou?r", ["color", "colour", "colouur"]),
        (".*\\.py", ["main.py", "x.pyc", ".py", "dir/sub/file.py"]),
        ("(0|1(01*0)*1)*", ["", "0", "11", "110", "1001", "111", "10010"]),
    ]
    for pattern, words in tests:
        rx = Regex(pattern)
        results = {w: rx.fullmatch(w) for w in words}
        print(f"{pattern:<18} {rx.ast!r}"[:100])
        print("   ", " ".join(f"{w or '<empty>'}={'Y' if ok else 'n'}" for w, ok in results.items()), "| dfa", len(rx.dfa))
    rx = Regex("b+a")
    for text in ["xxbbbay", "nothing", "ba", "abba"]:
        print(text, rx.search(text))
    multiples = Regex("(0|1(01*0)*1)*")
    print([n for n in range(40) if multiples.fullmatch(format(n, "b"))])
    for bad in ["a|", "(ab", "*a", "a)"]:
        try:
            Regex(bad)
        except ParseError as exc:
            print(f"{bad!r}: {exc}")


if __name__ == "__main__":
    main()
