"""plcfrs.py: a probabilistic linear context-free rewriting system (PLCFRS)
parser after Andreas van Cranenburgh's parser in the Shed Skin examples:
chart items are (label, bit vector of covered words) with __slots__ and
their own hashing, binary rules carry yield functions that say how the
components of their two children interleave (so constituents may be
discontinuous), an agenda ordered by inside probability drives an
exhaustive Viterbi parse, and the best derivation is printed as a tree.
The grammar is read off a few hand-made discontinuous trees."""

from heapq import heappush, heappop
from collections import defaultdict
from math import log, exp


class ChartItem(object):
    __slots__ = ("label", "vec", "_hash")

    def __init__(self, label, vec):
        self.label = label
        self.vec = vec
        self._hash = hash((label, vec))

    def __hash__(self):
        return self._hash

    def __eq__(self, other):
        return self.label == other.label and self.vec == other.vec

    def __lt__(self, other):
        return (self.label, self.vec) < (other.label, other.vec)

    def __repr__(self):
        return "%s[%s]" % (self.label, bin(self.vec)[2:][::-1])


class Edge(object):
    __slots__ = ("inside", "prob", "left", "right")

    def __init__(self, inside, prob, left, right):
        self.inside = inside
        self.prob = prob
        self.left = left
        self.right = right


def testbit(vec, pos):
    return (vec >> pos) & 1


def nextset(vec, pos):
    """First set bit at or after pos, -1 when none."""
    if vec >> pos == 0:
        return -1
    while not testbit(vec, pos):
        pos += 1
    return pos


def nextunset(vec, pos):
    """First unset bit at or after pos."""
    while testbit(vec, pos):
        pos += 1
    return pos


def bitcount(vec):
    count = 0
    while vec:
        vec &= vec - 1
        count += 1
    return count


def fanout(vec):
    """Number of contiguous components in vec."""
    result = 0
    pos = nextset(vec, 0)
    while pos != -1:
        result += 1
        pos = nextset(vec, nextunset(vec, pos))
    return result


def concat(yieldfunction, lvec, rvec):
    """Can the components of lvec and rvec be interleaved as yieldfunction
    says (a tuple of arguments, each a tuple of 0s and 1s: left or right
    child's next component)?"""
    if lvec & rvec:
        return False
    lpos = nextset(lvec, 0)
    rpos = nextset(rvec, 0)
    for arg in yieldfunction:
        m = len(arg) - 1
        for n, b in enumerate(arg):
            if b == 0:
                if lpos == -1 or (rpos != -1 and rpos <= lpos):
                    return False
                lpos = nextunset(lvec, lpos)
                if rpos != -1 and rpos < lpos:
                    return False
                if n == m:
                    if testbit(rvec, lpos):
                        return False
                elif not testbit(rvec, lpos):
                    return False
                lpos = nextset(lvec, lpos)
            elif b == 1:
                if rpos == -1 or (lpos != -1 and lpos <= rpos):
                    return False
                rpos = nextunset(rvec, rpos)
                if lpos != -1 and lpos < rpos:
                    return False
                if n == m:
                    if testbit(lvec, rpos):
                        return False
                elif not testbit(lvec, rpos):
                    return False
                rpos = nextset(rvec, rpos)
            else:
                raise ValueError("non-binary element in yieldfunction")
    return lpos == -1 and rpos == -1


# Trees as (label, children) with words as (tag, index); a node's yield is
# the set of indices below it, possibly discontinuous.
TREES = [
    # "dat Jan Piet Marie zag helpen zwemmen": cross-serial dependencies, where
    # the VP headed by "helpen" covers words 2, 4 and 5 (two components)
    ("S", [("NP", [("PN", 0)]), ("VP", [("NP", [("PN", 1)]), ("V", 3),
                                        ("VP2", [("NP", [("PN", 2)]), ("V", 4), ("V", 5)])])]),
    ("S", [("NP", [("PN", 0)]), ("VP", [("V", 2), ("VP2", [("NP", [("PN", 1)]), ("V", 3)])])]),
    ("S", [("NP", [("DT", 0), ("N", 1)]), ("VP", [("V", 2), ("NP", [("PN", 3)])])]),
    ("S", [("NP", [("PN", 0)]), ("VP", [("V", 1), ("NP", [("DT", 2), ("N", 3)])])]),
]
SENTENCES = [
    "Jan Piet Marie zag helpen zwemmen".split(),
    "Jan Piet zag zwemmen".split(),
    "de hond zag Marie".split(),
    "Marie zag de kat".split(),
]


def leaves(node):
    label, children = node
    if isinstance(children, int):
        return 1 << children
    vec = 0
    for child in children:
        vec |= leaves(child)
    return vec


def components(vec):
    result = []
    pos = nextset(vec, 0)
    while pos != -1:
        end = nextunset(vec, pos)
        result.append((pos, end))
        pos = nextset(vec, end)
    return result


def yieldfunction(lvec, rvec):
    """The yield function combining two children's spans in this tree."""
    args = []
    for start, end in components(lvec | rvec):
        arg = []
        pos = start
        while pos < end:
            side = 0 if testbit(lvec, pos) else 1
            arg.append(side)
            pos = nextunset(lvec if side == 0 else rvec, pos)
        args.append(tuple(arg))
    return tuple(args)


def binarize(node):
    """Right-factor nodes with more than two children: X -> A B C becomes
    X -> A X|<B,C> and X|<B,C> -> B C."""
    label, children = node
    if isinstance(children, int):
        return node
    return (label, binarize_children(label, [binarize(c) for c in children]))


def binarize_children(label, children):
    if len(children) <= 2:
        return children
    rest = children[1:]
    newlabel = "%s|<%s>" % (label.split("|")[0], ",".join(c[0] for c in rest))
    return [children[0], (newlabel, binarize_children(newlabel, rest))]


def induce(trees, sentences):
    counts = defaultdict(int)
    lexicon = defaultdict(int)
    for tree, sent in zip(trees, sentences):
        agenda = [binarize(tree)]
        while agenda:
            label, children = agenda.pop()
            if isinstance(children, int):
                lexicon[(label, sent[children])] += 1
                continue
            if len(children) == 1:
                counts[(label, (children[0][0],), ())] += 1
            else:
                l, r = children
                counts[(label, (l[0], r[0]), yieldfunction(leaves(l), leaves(r)))] += 1
            agenda.extend(children)
    totals = defaultdict(int)
    for (lhs, rhs, yf), c in counts.items():
        totals[lhs] += c
    for (tag, word), c in lexicon.items():
        totals[tag] += c
    unary = defaultdict(list)
    byleft = defaultdict(list)
    byright = defaultdict(list)
    for (lhs, rhs, yf), c in sorted(counts.items()):
        logprob = -log(float(c) / totals[lhs])
        if len(rhs) == 1:
            unary[rhs[0]].append((lhs, logprob))
        else:
            rule = (lhs, rhs[0], rhs[1], yf, logprob)
            byleft[rhs[0]].append(rule)
            byright[rhs[1]].append(rule)
    lex = defaultdict(list)
    for (tag, word), c in sorted(lexicon.items()):
        lex[word].append((tag, -log(float(c) / totals[tag])))
    return unary, (byleft, byright), lex


def parse(sent, unary, binary, lex, goal="S"):
    byleft, byright = binary
    agenda = []
    best = {}
    derivations = defaultdict(int)
    bylabel = defaultdict(list)
    for i, word in enumerate(sent):
        for tag, lp in lex[word]:
            item = ChartItem(tag, 1 << i)
            heappush(agenda, (lp, item, Edge(lp, lp, None, None)))
    goalitem = ChartItem(goal, (1 << len(sent)) - 1)
    while agenda:
        score, item, edge = heappop(agenda)
        derivations[item] += 1
        if item in best:
            continue
        best[item] = edge
        bylabel[item.label].append(item)
        if item == goalitem:
            break
        for lhs, lp in unary[item.label]:
            new = ChartItem(lhs, item.vec)
            if new not in best:
                heappush(agenda, (score + lp, new, Edge(score + lp, lp, item, None)))
        for lhs, llabel, rlabel, yf, lp in byleft[item.label]:
            for other in bylabel[rlabel]:
                if concat(yf, item.vec, other.vec):
                    new = ChartItem(lhs, item.vec | other.vec)
                    if new not in best:
                        inside = score + best[other].inside + lp
                        heappush(agenda, (inside, new, Edge(inside, lp, item, other)))
        for lhs, llabel, rlabel, yf, lp in byright[item.label]:
            for other in bylabel[llabel]:
                if concat(yf, other.vec, item.vec):
                    new = ChartItem(lhs, other.vec | item.vec)
                    if new not in best:
                        inside = score + best[other].inside + lp
                        heappush(agenda, (inside, new, Edge(inside, lp, other, item)))
    return best.get(goalitem), best, sum(derivations.values())


def tree_string(item, best, sent):
    edge = best[item]
    if edge.left is None:
        return "(%s %d=%s)" % (item.label, nextset(item.vec, 0), sent[nextset(item.vec, 0)])
    left = tree_string(edge.left, best, sent)
    if edge.right is None:
        return "(%s %s)" % (item.label, left)
    return "(%s %s %s)" % (item.label, left, tree_string(edge.right, best, sent))


def main():
    unary, binary, lex = induce(TREES, SENTENCES)
    byleft, byright = binary
    nrules = sum(len(r) for r in byleft.values())
    print("%d unary, %d binary rules, %d words" % (
        sum(len(r) for r in unary.values()), nrules, len(lex)))
    for label in sorted(byleft):
        for lhs, l, r, yf, lp in byleft[label]:
            if len(yf) > 1 or len(yf[0]) > 2:
                print("  discontinuous: %s -> %s %s %s p=%.3f" % (lhs, l, r, yf, exp(-lp)))
    print("concat", concat(((0, 1),), 0b0011, 0b1100), concat(((0, 1, 0),), 0b1001, 0b0110),
          concat(((0, 1), (0,)), 0b10011, 0b00100), concat(((1, 0),), 0b0011, 0b1100))
    print("fanout", fanout(0b1011001), bitcount(0b1011001), components(0b1011001))
    tests = SENTENCES + ["Marie Jan zag zwemmen".split(), "de kat zag de hond".split(),
                         "Piet Jan Marie zag helpen zwemmen".split(), "zag de".split(),
                         "Jan Marie Piet de hond zag helpen helpen zwemmen".split()]
    total = 0
    for rounds in range(40):
        for sent in tests:
            edge, best, derivations = parse(sent, unary, binary, lex)
            total += derivations
            if rounds == 0:
                if edge is None:
                    print("no parse: %s (%d items)" % (" ".join(sent), len(best)))
                else:
                    goal = ChartItem("S", (1 << len(sent)) - 1)
                    print("%.4g %s" % (exp(-edge.inside), tree_string(goal, best, sent)))
    print("derivations considered", total)


if __name__ == "__main__":
    main()
