"""A docutils-flavoured reStructuredText subset: a line-based state machine
builds a document tree (sections from underlined titles, paragraphs, bullet
and enumerated lists, literal blocks, field lists, inline markup), visitors
walk it to produce HTML and a table of contents, with system messages.
"""
import re
from collections import OrderedDict

ADORNMENT = re.compile(r"^([=\-~`#*^\"'+])\1{2,}\s*$")
BULLET = re.compile(r"^([-*+]) +(.*)$")
ENUM = re.compile(r"^(\d+|[a-z]|#)[.)] +(.*)$")
FIELD = re.compile(r"^:([^:]+): *(.*)$")
INLINE = re.compile(r"(\*\*(?P<strong>[^*]+)\*\*|\*(?P<emph>[^*]+)\*|``(?P<literal>[^`]+)``|`(?P<ref>[^`<]+?) *<(?P<uri>[^>]+)>`_)")


class Node:
    tagname = "node"

    def __init__(self, *children, **attributes):
        self.children = list(children)
        self.attributes = attributes
        self.parent = None
        for c in self.children:
            c.parent = self

    def append(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def walkabout(self, visitor):
        getattr(visitor, "visit_" + self.tagname, visitor.default_visit)(self)
        for child in self.children:
            child.walkabout(visitor)
        getattr(visitor, "depart_" + self.tagname, visitor.default_departure)(self)

    def astext(self):
        return "".join(c.astext() for c in self.children)

    def pformat(self, indent=0):
        attrs = "".join(f' {k}="{v}"' for k, v in sorted(self.attributes.items()))
        lines = ["    " * indent + f"<{self.tagname}{attrs}>"]
        for c in self.children:
            lines.append(c.pformat(indent + 1))
        return "\n".join(lines)


class Text(Node):
    tagname = "#text"

    def __init__(self, data):
        super().__init__()
        self.data = data

    def astext(self):
        return self.data

    def pformat(self, indent=0):
        return "    " * indent + self.data


def make_node_class(name):
    return type(name, (Node,), {"tagname": name})


class document(Node): tagname = "document"
class section(Node): tagname = "section"
class title(Node): tagname = "title"
class paragraph(Node): tagname = "paragraph"
class bullet_list(Node): tagname = "bullet_list"
class enumerated_list(Node): tagname = "enumerated_list"
class list_item(Node): tagname = "list_item"
class literal_block(Node): tagname = "literal_block"
class field_list(Node): tagname = "field_list"
class field(Node): tagname = "field"
class strong(Node): tagname = "strong"
class emphasis(Node): tagname = "emphasis"
class literal(Node): tagname = "literal"
class reference(Node): tagname = "reference"
class system_message(Node): tagname = "system_message"


def parse_inline(text):
    nodes = []
    pos = 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            nodes.append(Text(text[pos:m.start()]))
        if m.group("strong"):
            nodes.append(strong(Text(m.group("strong"))))
        elif m.group("emph"):
            nodes.append(emphasis(Text(m.group("emph"))))
        elif m.group("literal"):
            nodes.append(literal(Text(m.group("literal"))))
        else:
            nodes.append(reference(Text(m.group("ref")), refuri=m.group("uri")))
        pos = m.end()
    if pos < len(text):
        nodes.append(Text(text[pos:]))
    return nodes


class Parser:
    def __init__(self):
        self.levels = []
        self.messages = []

    def parse(self, source):
        doc = document(source="<string>")
        self.stack = [(doc, -1)]
        lines = source.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if ADORNMENT.match(nxt) and line.strip():
                if len(nxt.rstrip()) < len(line.rstrip()):
                    self.warn(i + 2, "Title underline too short.")
                self.new_section(line.strip(), nxt[0])
                i += 2
            elif BULLET.match(line) or ENUM.match(line):
                i = self.parse_list(lines, i)
            elif FIELD.match(line):
                fl = self.current().append(field_list())
                while i < len(lines) and FIELD.match(lines[i]):
                    m = FIELD.match(lines[i])
                    fl.append(field(Text(m.group(1)), paragraph(*parse_inline(m.group(2))), name=m.group(1).lower()))
                    i += 1
            else:
                para = []
                while i < len(lines) and lines[i].strip() and not BULLET.match(lines[i]):
                    para.append(lines[i].strip())
                    i += 1
                text = " ".join(para)
                if text.endswith("::"):
                    text = text[:-1]
                    self.current().append(paragraph(*parse_inline(text)))
                    i = self.parse_literal(lines, i)
                else:
                    self.current().append(paragraph(*parse_inline(text)))
        return doc

    def current(self):
        return self.stack[-1][0]

    def warn(self, line, text):
        self.messages.append(system_message(paragraph(Text(text)), level=2, line=line, type="WARNING"))

    def new_section(self, text, char):
        if char not in self.levels:
            self.levels.append(char)
        level = self.levels.index(char)
        while self.stack[-1][1] >= level:
            self.stack.pop()
        sec = self.current().append(section(title(*parse_inline(text)), ids=re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")))
        self.stack.append((sec, level))

    def parse_list(self, lines, i):
        bullet = BULLET.match(lines[i]) is not None
        lst = self.current().append(bullet_list(bullet=BULLET.match(lines[i]).group(1)) if bullet else enumerated_list(enumtype="arabic"))
        pattern = BULLET if bullet else ENUM
        while i < len(lines) and pattern.match(lines[i]):
            text = [pattern.match(lines[i]).group(2)]
            i += 1
            while i < len(lines) and lines[i].startswith("  ") and lines[i].strip():
                text.append(lines[i].strip())
                i += 1
            lst.append(list_item(paragraph(*parse_inline(" ".join(text)))))
        return i

    def parse_literal(self, lines, i):
        while i < len(lines) and not lines[i].strip():
            i += 1
        block = []
        while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
            block.append(lines[i][4:])
            i += 1
        while block and not block[-1].strip():
            block.pop()
        self.current().append(literal_block(Text("\n".join(block)), **{"xml:space": "preserve"}))
        return i


class NodeVisitor:
    def default_visit(self, node):
        pass

    def default_departure(self, node):
        pass


class HTMLTranslator(NodeVisitor):
    simple = {"paragraph": "p", "bullet_list": "ul", "enumerated_list": "ol", "list_item": "li",
              "strong": "strong", "emphasis": "em", "literal": "code", "literal_block": "pre"}

    def __init__(self):
        self.body = []
        self.section_level = 0

    def default_visit(self, node):
        tag = self.simple.get(node.tagname)
        if tag:
            self.body.append(f"<{tag}>")

    def default_departure(self, node):
        tag = self.simple.get(node.tagname)
        if tag:
            self.body.append(f"</{tag}>")

    def visit_section(self, node):
        self.section_level += 1
        self.body.append(f'<div class="section" id="{node.attributes["ids"]}">')

    def depart_section(self, node):
        self.section_level -= 1
        self.body.append("</div>")

    def visit_title(self, node):
        self.body.append(f"<h{self.section_level}>")

    def depart_title(self, node):
        self.body.append(f"</h{self.section_level}>")

    def visit_reference(self, node):
        self.body.append(f'<a href="{node.attributes["refuri"]}">')

    def depart_reference(self, node):
        self.body.append("</a>")

    def visit_field(self, node):
        self.body.append(f'<meta name="{node.attributes["name"]}" content="{node.children[1].astext()}">')
        node.children = []

    def visit_Text(self, node):
        self.body.append(node.data.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


setattr(HTMLTranslator, "visit_#text", HTMLTranslator.visit_Text)


class TocVisitor(NodeVisitor):
    def __init__(self):
        self.entries = OrderedDict()
        self.depth = 0

    def visit_section(self, node):
        self.depth += 1
        self.entries[node.attributes["ids"]] = (self.depth, node.children[0].astext())

    def depart_section(self, node):
        self.depth -= 1


SOURCE = """\
:author: Ada Lovelace
:version: 1.2

Engines of **Analysis**
=======================

The *analytical engine* weaves ``algebraical patterns`` just as the
Jacquard loom weaves flowers. See `the notes <https://example.org/notes>`_.

Operations
----------

- addition and subtraction
- multiplication, which
  spans two lines
- division

1. load the cards
2. turn the crank

Example::

    v1 = v2 * v3
    v4 = v1 - v5

Memory
------
The store holds *one thousand* numbers & more.

History
=====

Babbage never finished it.
"""


def main():
    parser = Parser()
    doc = parser.parse(SOURCE)
    print(doc.pformat())
    html = HTMLTranslator()
    doc.walkabout(html)
    print("".join(html.body))
    toc = TocVisitor()
    doc.walkabout(toc)
    for ident, (depth, text) in toc.entries.items():
        print("  " * depth + f"- {text} (#{ident})")
    for msg in parser.messages:
        print(msg.attributes["type"], msg.attributes["line"], msg.astext())
    counts = {}
    def count(node):
        counts[node.tagname] = counts.get(node.tagname, 0) + 1
        for c in node.children:
            count(c)
    count(doc)
    print(sorted(counts.items()))


if __name__ == "__main__":
    main()
