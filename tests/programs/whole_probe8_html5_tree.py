"""An html5lib-like tree builder (after pyperformance's html5lib benchmark,
which parses a large HTML page into a tree): a tokenizer state machine
producing StartTag/EndTag/Characters/Comment/Doctype tokens with entity
decoding, and a tree builder with insertion modes, implied end tags (p, li,
td/tr), void elements, formatting-element closing, and text node merging;
the tree is walked to serialise it, count tags and extract text."""
from html import unescape
from collections import Counter

VOID = frozenset(["br", "img", "hr", "input", "meta", "link"])
CLOSES_P = frozenset(["p", "div", "ul", "ol", "table", "h1", "h2", "h3", "pre", "blockquote"])
IMPLIED_END = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"},
               "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
FORMATTING = frozenset(["b", "i", "em", "strong", "a", "code"])


class Token:
    __slots__ = ("type", "name", "data", "attrs", "self_closing")

    def __init__(self, type, name=None, data=None, attrs=None, self_closing=False):
        self.type = type
        self.name = name
        self.data = data
        self.attrs = attrs or {}
        self.self_closing = self_closing


class Tokenizer:
    def __init__(self, stream):
        self.stream = stream
        self.pos = 0
        self.errors = []

    def __iter__(self):
        s = self.stream
        n = len(s)
        text = []
        while self.pos < n:
            c = s[self.pos]
            if c != "<":
                j = s.find("<", self.pos)
                j = n if j < 0 else j
                text.append(s[self.pos:j])
                self.pos = j
                continue
            if text:
                yield Token("Characters", data=unescape("".join(text)))
                text = []
            if s.startswith("<!--", self.pos):
                end = s.find("-->", self.pos + 4)
                if end < 0:
                    self.errors.append("eof-in-comment")
                    end = n
                yield Token("Comment", data=s[self.pos + 4:end])
                self.pos = end + 3
            elif s.startswith("<!", self.pos):
                end = s.find(">", self.pos)
                yield Token("Doctype", name=s[self.pos + 2:end].split()[-1].lower())
                self.pos = end + 1
            else:
                yield self.tag()
        if text:
            yield Token("Characters", data=unescape("".join(text)))

    def tag(self):
        s = self.stream
        i = self.pos + 1
        closing = s.startswith("/", i)
        if closing:
            i += 1
        j = i
        while j < len(s) and (s[j].isalnum() or s[j] == "-"):
            j += 1
        name = s[i:j].lower()
        attrs = {}
        while True:
            while j < len(s) and s[j].isspace():
                j += 1
            if j >= len(s):
                self.errors.append("eof-in-tag")
                break
            if s[j] == ">" or s.startswith("/>", j):
                break
            k = j
            while k < len(s) and s[k] not in "=> \t\n/":
                k += 1
            key = s[j:k].lower()
            value = ""
            if k < len(s) and s[k] == "=":
                k += 1
                if s[k] in "\"'":
                    end = s.find(s[k], k + 1)
                    value = s[k + 1:end]
                    k = end + 1
                else:
                    end = k
                    while end < len(s) and s[end] not in "> \t\n":
                        end += 1
                    value = s[k:end]
                    k = end
            if key in attrs:
                self.errors.append("duplicate-attribute:" + key)
            else:
                attrs[key] = unescape(value)
            j = k
        self_closing = s.startswith("/>", j)
        self.pos = j + (2 if self_closing else 1)
        return Token("EndTag" if closing else "StartTag", name=name, attrs=attrs, self_closing=self_closing)


class Node:
    def __init__(self, name, attrs=None):
        self.name = name
        self.attrs = dict(attrs or {})
        self.children = []
        self.parent = None

    def append(self, node):
        if isinstance(node, str) and self.children and isinstance(self.children[-1], str):
            self.children[-1] += node
            return
        if isinstance(node, Node):
            node.parent = self
        self.children.append(node)


class TreeBuilder:
    def __init__(self):
        self.document = Node("#document")
        self.open = [self.document]
        self.errors = []

    def current(self):
        return self.open[-1]

    def in_scope(self, name):
        for node in reversed(self.open):
            if node.name == name:
                return True
            if node.name in ("table", "html", "#document"):
                return False
        return False

    def close_until(self, name):
        while self.open[-1].name != name:
            self.open.pop()
        self.open.pop()

    def start(self, token):
        name = token.name
        if name in CLOSES_P and self.in_scope("p"):
            self.close_until("p")
        if name == "p" and self.current().name == "p":
            self.open.pop()
        closes = IMPLIED_END.get(name)
        if closes:
            for node in reversed(self.open):
                if node.name in closes:
                    self.close_until(node.name)
                    break
                if node.name in ("ul", "ol", "table", "dl", "select", "#document"):
                    break
        node = Node(name, token.attrs)
        self.current().append(node)
        if name not in VOID and not token.self_closing:
            self.open.append(node)
        elif token.self_closing and name not in VOID:
            self.errors.append("non-void-self-closing:" + name)

    def end(self, token):
        name = token.name
        if name in VOID:
            return
        if not self.in_scope(name):
            self.errors.append("unexpected-end-tag:" + name)
            if name == "p":
                self.current().append(Node("p"))
            return
        if self.current().name != name:
            kind = "formatting" if name in FORMATTING else "implied"
            self.errors.append("%s-end-tag:%s" % (kind, name))
        self.close_until(name)

    def feed(self, tokens):
        for token in tokens:
            if token.type == "StartTag":
                self.start(token)
            elif token.type == "EndTag":
                self.end(token)
            elif token.type == "Characters":
                self.current().append(token.data)
            elif token.type == "Comment":
                self.current().append(Node("#comment", {"data": token.data}))
            else:
                self.document.attrs["doctype"] = token.name
        return self.document


def serialize(node, out):
    if isinstance(node, str):
        out.append(node.replace("&", "&amp;").replace("<", "&lt;"))
        return
    if node.name == "#comment":
        out.append("<!--%s-->" % node.attrs["data"])
        return
    if node.name != "#document":
        attrs = "".join(' %s="%s"' % (k, v.replace('"', "&quot;")) for k, v in sorted(node.attrs.items()))
        out.append("<%s%s>" % (node.name, attrs))
    for child in node.children:
        serialize(child, out)
    if node.name != "#document" and node.name not in VOID:
        out.append("</%s>" % node.name)


def walk(node):
    yield node
    for child in node.children:
        if isinstance(child, Node):
            yield from walk(child)


def text_of(node):
    return "".join(c if isinstance(c, str) else text_of(c) for c in node.children)


PAGE = """<!DOCTYPE html>
<html><head><title>Caf&eacute; &amp; Bar</title><meta charset=utf-8></head>
<body class=main>
<!-- navigation -->
<ul id="nav"><li><a href="/">Home</a><li><a href='/menu?x=1&amp;y=2'>Menu</a><li>Contact</ul>
<p>First <b>bold <i>both</b> italic</i> para
<p>Second para<div>block &lt;here&gt;</div>
<table><tr><td>1<td>2<tr><td>3<td>4</table>
<dl><dt>Term<dd>Definition<dt>Other<dd>More</dl>
<img src="x.png" alt="An &quot;image&quot;"><br/><span/>tail</span></p>
<input disabled value=42 value=43>
</body></html>"""


def main():
    tokens = list(Tokenizer(PAGE))
    print(len(tokens), Counter(t.type for t in tokens).most_common())
    builder = TreeBuilder()
    doc = builder.feed(iter(tokens))
    out = []
    serialize(doc, out)
    print("".join(out))
    print("errors:", builder.errors)
    print("doctype:", doc.attrs["doctype"])
    names = Counter(n.name for n in walk(doc))
    print(sorted(names.items()))
    print([text_of(n) for n in walk(doc) if n.name in ("li", "td", "dd")])
    print(repr(text_of(doc)[:60]))
    links = [(n.attrs["href"], text_of(n)) for n in walk(doc) if n.name == "a"]
    print(links, Tokenizer("<p a=1 a=2>").errors == [], list(Tokenizer("<!-- x").__iter__())[0].data)
    big = PAGE * 20
    total = 0
    for _ in range(10):
        t = Tokenizer(big)
        d = TreeBuilder().feed(t)
        total += sum(1 for _ in walk(d)) + len(t.errors)
    print("total", total)


if __name__ == "__main__":
    main()
