"""A 2to3-style refactoring tool in lib2to3's structure: pgen reads an EBNF
grammar and builds one DFA per rule (NFA -> DFA subset construction, state
merging, first sets), the pgen2 LL(1) driver parses tokens into a pytree of
Nodes and Leaves that keep their whitespace prefixes, and fixers (print,
ne, xrange, has_key, dict iteritems, raise) rewrite the tree, which prints
back as source."""
import re

# ----------------------------------------------------------------- tokens
ENDMARKER, NAME, NUMBER, STRING, NEWLINE, OP = range(6)
tok_name = {ENDMARKER: "ENDMARKER", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING", NEWLINE: "NEWLINE", OP: "OP"}
NT_OFFSET = 256

TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t]*(?:\#[^\n]*)?)
    (?:(?P<newline>\n)
      |(?P<number>\d+(?:\.\d*)?)
      |(?P<name>[A-Za-z_]\w*)
      |(?P<string>'[^'\n]*'|"[^"\n]*")
      |(?P<op><>|!=|==|<=|>=|\*\*|[-+*/%<>=(),.\[\]:;|])
      |(?P<end>$))""", re.VERBOSE)


def generate_tokens(source):
    """(type, value, prefix, (line, column)) for each token, the whitespace and comments before it as its prefix."""
    pos = 0
    line = 1
    line_start = 0
    while True:
        m = TOKEN_RE.match(source, pos)
        if m is None:
            raise SyntaxError("bad token at line %d: %r" % (line, source[pos:pos + 10]))
        prefix = m.group("ws")
        col = m.start(m.lastgroup) - line_start
        if m.group("newline") is not None:
            yield NEWLINE, "\n", prefix, (line, col)
            line += 1
            line_start = m.end()
        elif m.group("end") is not None:
            yield ENDMARKER, "", prefix, (line, col)
            return
        else:
            kind = m.lastgroup
            toktype = {"number": NUMBER, "name": NAME, "string": STRING, "op": OP}[kind]
            yield toktype, m.group(kind), prefix, (line, col)
        pos = m.end()


# ----------------------------------------------------------------- pgen

GRAMMAR = """
file_input: (NEWLINE | stmt)* ENDMARKER
stmt: simple_stmt
simple_stmt: small_stmt (';' small_stmt)* NEWLINE
small_stmt: print_stmt | raise_stmt | expr_stmt
print_stmt: 'print' [test (',' test)* [',']]
raise_stmt: 'raise' [test [',' test]]
expr_stmt: test ['=' test]
test: not_test ('or' not_test)*
not_test: 'not' not_test | comparison
comparison: expr (comp_op expr)*
comp_op: '<'|'>'|'=='|'>='|'<='|'<>'|'!='|'in'|'not' 'in'
expr: term (('+'|'-') term)*
term: factor (('*'|'/'|'%') factor)*
factor: ('+'|'-') factor | power
power: atom trailer* ['**' factor]
trailer: '(' [arglist] ')' | '[' test ']' | '.' NAME
arglist: test (',' test)* [',']
atom: '(' [test] ')' | '[' [arglist] ']' | NAME | NUMBER | STRING+
"""


class PgenGrammar:
    def __init__(self):
        self.symbol2number = {}
        self.number2symbol = {}
        self.symbol2label = {}
        self.states = []
        self.dfas = {}
        self.labels = [(0, "EMPTY")]
        self.keywords = {}
        self.tokens = {}
        self.start = 256


class NFAState(object):
    def __init__(self):
        self.arcs = []  # list of (label, NFAState) pairs

    def addarc(self, next, label=None):
        assert label is None or isinstance(label, str)
        assert isinstance(next, NFAState)
        self.arcs.append((label, next))


class DFAState(object):
    def __init__(self, nfaset, final):
        assert isinstance(nfaset, dict)
        assert isinstance(next(iter(nfaset)), NFAState)
        assert isinstance(final, NFAState)
        self.nfaset = nfaset
        self.isfinal = final in nfaset
        self.arcs = {}  # map from label to DFAState

    def addarc(self, next, label):
        assert isinstance(label, str)
        assert label not in self.arcs
        assert isinstance(next, DFAState)
        self.arcs[label] = next

    def unifystate(self, old, new):
        for label, next in self.arcs.items():
            if next is old:
                self.arcs[label] = new

    def __eq__(self, other):
        # Equality test -- ignore the nfaset instance variable
        assert isinstance(other, DFAState)
        if self.isfinal != other.isfinal:
            return False
        # Can't just return self.arcs == other.arcs, because that
        # would invoke this method recursively, with cycles...
        if len(self.arcs) != len(other.arcs):
            return False
        for label, next in self.arcs.items():
            if next is not other.arcs.get(label):
                return False
        return True

    __hash__ = None  # For Py3 compatibility.


class ParserGenerator(object):
    def __init__(self, source):
        self.generator = generate_tokens(source)
        self.gettoken()  # Initialize lookahead
        self.dfas, self.startsymbol = self.parse()
        self.first = {}  # map from symbol name to set of tokens
        self.addfirstsets()

    def make_grammar(self):
        c = PgenGrammar()
        names = list(self.dfas.keys())
        names.sort()
        names.remove(self.startsymbol)
        names.insert(0, self.startsymbol)
        for name in names:
            i = 256 + len(c.symbol2number)
            c.symbol2number[name] = i
            c.number2symbol[i] = name
        for name in names:
            dfa = self.dfas[name]
            states = []
            for state in dfa:
                arcs = []
                for label, next in sorted(state.arcs.items()):
                    arcs.append((self.make_label(c, label), dfa.index(next)))
                if state.isfinal:
                    arcs.append((0, dfa.index(state)))
                states.append(arcs)
            c.states.append(states)
            c.dfas[c.symbol2number[name]] = (states, self.make_first(c, name))
        c.start = c.symbol2number[self.startsymbol]
        return c

    def make_first(self, c, name):
        rawfirst = self.first[name]
        first = {}
        for label in sorted(rawfirst):
            ilabel = self.make_label(c, label)
            first[ilabel] = 1
        return first

    def make_label(self, c, label):
        ilabel = len(c.labels)
        if label[0].isalpha():
            # Either a symbol name or a named token
            if label in c.symbol2number:
                # A symbol name (a non-terminal)
                if label in c.symbol2label:
                    return c.symbol2label[label]
                c.labels.append((c.symbol2number[label], None))
                c.symbol2label[label] = ilabel
                return ilabel
            else:
                # A named token (NAME, NUMBER, STRING)
                itoken = {"ENDMARKER": ENDMARKER, "NAME": NAME, "NUMBER": NUMBER, "STRING": STRING,
                          "NEWLINE": NEWLINE}[label]
                if itoken in c.tokens:
                    return c.tokens[itoken]
                c.labels.append((itoken, None))
                c.tokens[itoken] = ilabel
                return ilabel
        else:
            # Either a keyword or an operator
            assert label[0] in ('"', "'"), label
            value = label[1:-1]
            if value[0].isalpha():
                # A keyword
                if value in c.keywords:
                    return c.keywords[value]
                c.labels.append((NAME, value))
                c.keywords[value] = ilabel
                return ilabel
            # An operator (any non-numeric token)
            if value in c.tokens:
                return c.tokens[value]
            c.labels.append((OP, value))
            c.tokens[value] = ilabel
            return ilabel
        return ilabel

    def addfirstsets(self):
        names = list(self.dfas.keys())
        names.sort()
        for name in names:
            if name not in self.first:
                self.calcfirst(name)

    def calcfirst(self, name):
        dfa = self.dfas[name]
        self.first[name] = None  # dummy to detect left recursion
        state = dfa[0]
        totalset = {}
        overlapcheck = {}
        for label, next in state.arcs.items():
            if label in self.dfas:
                if label in self.first:
                    fset = self.first[label]
                    if fset is None:
                        raise ValueError("recursion for rule %r" % name)
                else:
                    self.calcfirst(label)
                    fset = self.first[label]
                totalset.update(fset)
                overlapcheck[label] = fset
            else:
                totalset[label] = 1
                overlapcheck[label] = {label: 1}
        inverse = {}
        for label, itsfirst in overlapcheck.items():
            for symbol in itsfirst:
                if symbol in inverse:
                    raise ValueError("rule %s is ambiguous; %s is in the first sets of %s as well as %s" %
                                     (name, symbol, label, inverse[symbol]))
                inverse[symbol] = label
        self.first[name] = totalset

    def parse(self):
        dfas = {}
        startsymbol = None
        # MSTART: (NEWLINE | RULE)* ENDMARKER
        while self.type != ENDMARKER:
            while self.type == NEWLINE:
                self.gettoken()
            if self.type == ENDMARKER:
                break
            # RULE: NAME ':' RHS NEWLINE
            name = self.expect(NAME)
            self.expect(OP, ":")
            a, z = self.parse_rhs()
            self.expect(NEWLINE)
            dfa = self.make_dfa(a, z)
            self.simplify_dfa(dfa)
            dfas[name] = dfa
            if startsymbol is None:
                startsymbol = name
        return dfas, startsymbol

    def make_dfa(self, start, finish):
        # To turn an NFA into a DFA, we define the states of the DFA
        # to correspond to *sets* of states of the NFA.  Then do some
        # state reduction.
        def closure(state):
            base = {}
            addclosure(state, base)
            return base

        def addclosure(state, base):
            if state in base:
                return
            base[state] = 1
            for label, next in state.arcs:
                if label is None:
                    addclosure(next, base)

        states = [DFAState(closure(start), finish)]
        for state in states:  # NB states grows while we're iterating
            arcs = {}
            for nfastate in state.nfaset:
                for label, next in nfastate.arcs:
                    if label is not None:
                        addclosure(next, arcs.setdefault(label, {}))
            for label, nfaset in sorted(arcs.items(), key=lambda item: item[0]):
                for st in states:
                    if st.nfaset == nfaset:
                        break
                else:
                    st = DFAState(nfaset, finish)
                    states.append(st)
                state.addarc(st, label)
        return states  # List of DFAState instances; first one is start

    def simplify_dfa(self, dfa):
        changes = True
        while changes:
            changes = False
            for i, state_i in enumerate(dfa):
                for j in range(i + 1, len(dfa)):
                    state_j = dfa[j]
                    if state_i == state_j:
                        del dfa[j]
                        for state in dfa:
                            state.unifystate(state_j, state_i)
                        changes = True
                        break

    def parse_rhs(self):
        # RHS: ALT ('|' ALT)*
        a, z = self.parse_alt()
        if self.value != "|":
            return a, z
        aa = NFAState()
        zz = NFAState()
        aa.addarc(a)
        z.addarc(zz)
        while self.value == "|":
            self.gettoken()
            a, z = self.parse_alt()
            aa.addarc(a)
            z.addarc(zz)
        return aa, zz

    def parse_alt(self):
        # ALT: ITEM+
        a, b = self.parse_item()
        while (self.value in ("(", "[") or self.type in (NAME, STRING)):
            c, d = self.parse_item()
            b.addarc(c)
            b = d
        return a, b

    def parse_item(self):
        # ITEM: '[' RHS ']' | ATOM ['+' | '*']
        if self.value == "[":
            self.gettoken()
            a, z = self.parse_rhs()
            self.expect(OP, "]")
            a.addarc(z)
            return a, z
        a, z = self.parse_atom()
        value = self.value
        if value not in ("+", "*"):
            return a, z
        self.gettoken()
        z.addarc(a)
        if value == "+":
            return a, z
        return a, a

    def parse_atom(self):
        # ATOM: '(' RHS ')' | NAME | STRING
        if self.value == "(":
            self.gettoken()
            a, z = self.parse_rhs()
            self.expect(OP, ")")
            return a, z
        elif self.type in (NAME, STRING):
            a = NFAState()
            z = NFAState()
            a.addarc(z, self.value)
            self.gettoken()
            return a, z
        raise SyntaxError("expected (...) or NAME or STRING, got %s/%s" % (self.type, self.value))

    def expect(self, type, value=None):
        if self.type != type or (value is not None and self.value != value):
            raise SyntaxError("expected %s/%s, got %s/%s" % (type, value, self.type, self.value))
        value = self.value
        self.gettoken()
        return value

    def gettoken(self):
        self.type, self.value, prefix, self.begin = next(self.generator)


# ----------------------------------------------------------------- pytree

class Base(object):
    type = None
    parent = None
    children = ()
    was_changed = False

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return self._eq(other)

    __hash__ = None

    def replace(self, new):
        assert self.parent is not None, str(self)
        if not isinstance(new, list):
            new = [new]
        l_children = []
        found = False
        for ch in self.parent.children:
            if ch is self:
                assert not found, (self.parent.children, self, new)
                if new is not None:
                    l_children.extend(new)
                found = True
            else:
                l_children.append(ch)
        assert found, (self.children, self, new)
        self.parent.children = l_children
        self.parent.changed()
        for x in new:
            x.parent = self.parent
        self.parent = None

    def changed(self):
        if self.was_changed:
            return
        if self.parent:
            self.parent.changed()
        self.was_changed = True

    def next_sibling(self):
        if self.parent is None:
            return None
        siblings = self.parent.children
        i = siblings.index(self)
        return siblings[i + 1] if i + 1 < len(siblings) else None


class Node(Base):
    def __init__(self, type, children, prefix=None):
        assert type >= 256, type
        self.type = type
        self.children = list(children)
        for ch in self.children:
            assert ch.parent is None, repr(ch)
            ch.parent = self
        if prefix is not None:
            self.prefix = prefix

    def __repr__(self):
        return "%s(%s, %r)" % (self.__class__.__name__, type_repr(self.type), self.children)

    def __str__(self):
        return "".join(map(str, self.children))

    def _eq(self, other):
        return (self.type, self.children) == (other.type, other.children)

    def clone(self):
        return Node(self.type, [ch.clone() for ch in self.children])

    def post_order(self):
        for child in self.children:
            yield from child.post_order()
        yield self

    @property
    def prefix(self):
        if not self.children:
            return ""
        return self.children[0].prefix

    @prefix.setter
    def prefix(self, prefix):
        if self.children:
            self.children[0].prefix = prefix


class Leaf(Base):
    def __init__(self, type, value, prefix=""):
        assert 0 <= type < 256, type
        self.type = type
        self.value = value
        self.prefix = prefix

    def __repr__(self):
        return "%s(%s, %r)" % (self.__class__.__name__, tok_name.get(self.type, self.type), self.value)

    def __str__(self):
        return self.prefix + str(self.value)

    def _eq(self, other):
        return (self.type, self.value) == (other.type, other.value)

    def clone(self):
        return Leaf(self.type, self.value, self.prefix)

    def post_order(self):
        yield self


_type_reprs = {}


def type_repr(type_num):
    return _type_reprs.get(type_num, type_num)


def convert(gr, raw_node):
    """Collapses a node with one child into the child (as lib2to3's pytree.convert does)."""
    type, value, context, children = raw_node
    if children or type in gr.number2symbol:
        if len(children) == 1:
            return children[0]
        return Node(type, children)
    return Leaf(type, value, context)


# ----------------------------------------------------------------- pgen2 driver

class ParseError(Exception):
    def __init__(self, msg, type, value, context):
        Exception.__init__(self, "%s: type=%r, value=%r, context=%r" % (msg, type, value, context))
        self.msg = msg
        self.type = type
        self.value = value
        self.context = context


class Parser(object):
    def __init__(self, grammar):
        self.grammar = grammar

    def setup(self, start=None):
        if start is None:
            start = self.grammar.start
        newnode = (start, None, None, [])
        stackentry = (self.grammar.dfas[start], 0, newnode)
        self.stack = [stackentry]
        self.rootnode = None

    def addtoken(self, type, value, context):
        """Add a token; return True iff this is the end of the program."""
        ilabel = self.classify(type, value, context)
        while True:
            dfa, state, node = self.stack[-1]
            states, first = dfa
            arcs = states[state]
            found = False
            for i, newstate in arcs:
                t, v = self.grammar.labels[i]
                if ilabel == i:
                    # Look it up in the list of labels
                    assert t < 256
                    self.shift(type, value, newstate, context)
                    state = newstate
                    while states[state] == [(0, state)]:
                        self.pop()
                        if not self.stack:
                            return True
                        dfa, state, node = self.stack[-1]
                        states, first = dfa
                    return False
                elif t >= 256:
                    # See if it's a symbol and if we're in its first set
                    itsdfa = self.grammar.dfas[t]
                    itsstates, itsfirst = itsdfa
                    if ilabel in itsfirst:
                        # Push a symbol
                        self.push(t, itsdfa, newstate, context)
                        found = True
                        break
            if found:
                continue
            if (0, state) in arcs:
                self.pop()
                if not self.stack:
                    raise ParseError("too much input", type, value, context)
            else:
                raise ParseError("bad input", type, value, context)

    def classify(self, type, value, context):
        if type == NAME:
            if value in self.grammar.keywords:
                return self.grammar.keywords[value]
        elif type == OP:
            if value in self.grammar.tokens:
                return self.grammar.tokens[value]
            raise ParseError("bad token", type, value, context)
        ilabel = self.grammar.tokens.get(type)
        if ilabel is None:
            raise ParseError("bad token", type, value, context)
        return ilabel

    def shift(self, type, value, newstate, context):
        dfa, state, node = self.stack[-1]
        newnode = convert(self.grammar, (type, value, context, None))
        node[-1].append(newnode)
        self.stack[-1] = (dfa, newstate, node)

    def push(self, type, newdfa, newstate, context):
        dfa, state, node = self.stack[-1]
        newnode = (type, None, context, [])
        self.stack[-1] = (dfa, newstate, node)
        self.stack.append((newdfa, 0, newnode))

    def pop(self):
        popdfa, popstate, popnode = self.stack.pop()
        newnode = convert(self.grammar, popnode)
        if self.stack:
            dfa, state, node = self.stack[-1]
            node[-1].append(newnode)
        else:
            self.rootnode = newnode


def parse_string(grammar, source):
    p = Parser(grammar)
    p.setup()
    for type, value, prefix, start in generate_tokens(source):
        if type == OP and value in ("<>",):
            pass
        if p.addtoken(type, value, prefix):
            break
    return p.rootnode


# ----------------------------------------------------------------- fixers

class BaseFix(object):
    order = "post"

    def __init__(self, syms):
        self.syms = syms
        self.count = 0

    def match(self, node):
        raise NotImplementedError

    def transform(self, node, results):
        raise NotImplementedError


class FixNe(BaseFix):
    """<> -> !="""

    def match(self, node):
        return isinstance(node, Leaf) and node.type == OP and node.value == "<>"

    def transform(self, node, results):
        node.replace(Leaf(OP, "!=", prefix=node.prefix))


class FixXrange(BaseFix):
    def match(self, node):
        return isinstance(node, Leaf) and node.type == NAME and node.value in ("xrange", "raw_input")

    def transform(self, node, results):
        new = {"xrange": "range", "raw_input": "input"}[node.value]
        node.replace(Leaf(NAME, new, prefix=node.prefix))


class FixPrint(BaseFix):
    """print a, b -> print(a, b); a trailing comma becomes end=' '."""

    def match(self, node):
        if isinstance(node, Leaf):
            # a bare `print` statement (its print_stmt collapsed into the keyword)
            return node.value == "print" and node.parent is not None and node.parent.type == self.syms["simple_stmt"]
        return node.type == self.syms["print_stmt"]

    def transform(self, node, results):
        args = [ch.clone() for ch in node.children[1:]]
        end = None
        if args and isinstance(args[-1], Leaf) and args[-1].value == ",":
            args.pop()
            end = True
        if args:
            args[0].prefix = ""
        if end:
            args.append(Leaf(OP, ","))
            args.append(Node(self.syms["expr_stmt"], [Leaf(NAME, "end", " "), Leaf(OP, "="), Leaf(STRING, "' '")]))
        call = Node(self.syms["power"], [Leaf(NAME, "print", node.prefix),
                                          Node(self.syms["trailer"], [Leaf(OP, "(")] + args + [Leaf(OP, ")")])])
        node.replace(call)


class FixHasKey(BaseFix):
    """d.has_key(k) -> k in d (a power node: atom, trailer '.' 'has_key', trailer '(' arg ')')."""

    def match(self, node):
        if not (isinstance(node, Node) and node.type == self.syms["power"] and len(node.children) == 3):
            return False
        dot, call = node.children[1], node.children[2]
        return (isinstance(dot, Node) and str(dot).strip() == ".has_key" and isinstance(call, Node)
                and call.children[0].value == "(" and len(call.children) == 3)

    def transform(self, node, results):
        obj = node.children[0].clone()
        key = node.children[2].children[1].clone()
        key.prefix = node.prefix
        obj.prefix = " "
        node.replace(Node(self.syms["comparison"], [key, Leaf(NAME, "in", " "), obj]))


class FixDict(BaseFix):
    """d.iteritems() -> d.items() (also iterkeys/itervalues)."""

    def match(self, node):
        return (isinstance(node, Leaf) and node.type == NAME and node.value in ("iteritems", "iterkeys", "itervalues")
                and node.parent is not None and node.parent.type == self.syms["trailer"])

    def transform(self, node, results):
        node.replace(Leaf(NAME, node.value[4:], prefix=node.prefix))


class FixRaise(BaseFix):
    """raise E, V -> raise E(V)"""

    def match(self, node):
        return isinstance(node, Node) and node.type == self.syms["raise_stmt"] and len(node.children) == 4

    def transform(self, node, results):
        exc = node.children[1].clone()
        val = node.children[3].clone()
        val.prefix = ""
        new = Node(self.syms["power"], [exc, Node(self.syms["trailer"], [Leaf(OP, "("), val, Leaf(OP, ")")])])
        node.replace(Node(self.syms["raise_stmt"], [node.children[0].clone(), new]))


class RefactoringTool(object):
    def __init__(self, grammar, fixer_classes):
        self.grammar = grammar
        self.fixers = [cls(grammar.symbol2number) for cls in fixer_classes]

    def refactor_string(self, source):
        tree = parse_string(self.grammar, source)
        self.refactor_tree(tree)
        return tree

    def refactor_tree(self, tree):
        for fixer in self.fixers:
            for node in list(tree.post_order()):
                if node.parent is None and node is not tree:
                    continue  # replaced by an earlier transform
                if fixer.match(node):
                    fixer.transform(node, None)
                    fixer.count += 1
        return tree.was_changed


SOURCE = '''x = 1 # a comment
print "hello", x
print
print x <> 2, "a" , ;  y = xrange(10)
if_ = d.has_key(k)
for_ = d.iteritems()
raise ValueError, "bad value"
print (x + 1) * 2 ** -3, [a.b[c] for_ ]
'''


def main():
    pg = ParserGenerator(GRAMMAR)
    grammar = pg.make_grammar()
    for name, number in grammar.symbol2number.items():
        _type_reprs[number] = name
    print("symbols:", len(grammar.symbol2number), "labels:", len(grammar.labels),
          "keywords:", sorted(grammar.keywords), "states:", sum(len(s) for s in grammar.states))
    for name in ("comp_op", "atom", "print_stmt"):
        states, first = grammar.dfas[grammar.symbol2number[name]]
        print(name, states, sorted(first))
    fixers = [FixPrint, FixNe, FixXrange, FixHasKey, FixDict, FixRaise]
    tool = RefactoringTool(grammar, fixers)
    source = SOURCE.replace(", [a.b[c] for_ ]", "")
    tree = None
    for _ in range(30):
        tree = tool.refactor_string(source)
    print(repr(tree.children[0])[:90])
    print(str(tree), end="")
    print([(type(f).__name__, f.count) for f in tool.fixers])
    tree2 = parse_string(grammar, "a = b\n")
    print(tree2 == parse_string(grammar, "a  =  b\n"), tree2 == parse_string(grammar, "a = c\n"))
    try:
        parse_string(grammar, "print x y\n")
    except ParseError as e:
        print("ParseError:", e.msg, e.value, repr(e.context))
    try:
        ParserGenerator("a: a 'x'\n")
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
