"""An html5lib-flavoured tokenizer: a state machine whose states are bound
methods, a character stream with unget, entity decoding and a tree builder
that tracks open elements and reports parse errors.
"""
from collections import deque
import string

entities = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": "\u00a0", "copy": "\u00a9", "eacute": "\u00e9"}
voidElements = frozenset(["br", "img", "hr", "input", "meta", "link"])
EOF_ = None


class HTMLInputStream:
    def __init__(self, source):
        self.data = source.replace("\r\n", "\n").replace("\r", "\n")
        self.pos = 0
        self.line = 1
        self.col = 0

    def char(self):
        if self.pos >= len(self.data):
            self.pos += 1
            return EOF_
        c = self.data[self.pos]
        self.pos += 1
        if c == "\n":
            self.line += 1
            self.col = 0
        else:
            self.col += 1
        return c

    def unget(self, c):
        if c is not EOF_:
            self.pos -= 1
            if c == "\n":
                self.line -= 1
        else:
            self.pos -= 1

    def charsUntil(self, characters, opposite=False):
        start = self.pos
        while self.pos < len(self.data) and ((self.data[self.pos] in characters) == opposite):
            self.pos += 1
        chunk = self.data[start:self.pos]
        self.line += chunk.count("\n")
        return chunk


class HTMLTokenizer:
    def __init__(self, stream):
        self.stream = HTMLInputStream(stream)
        self.tokenQueue = deque()
        self.state = self.dataState
        self.currentToken = None
        self.errors = []

    def __iter__(self):
        while self.state():
            while self.tokenQueue:
                yield self.tokenQueue.popleft()
        while self.tokenQueue:
            yield self.tokenQueue.popleft()

    def error(self, msg):
        self.errors.append((self.stream.line, msg))
        self.tokenQueue.append({"type": "ParseError", "data": msg})

    def consumeEntity(self):
        name = self.stream.charsUntil(string.ascii_letters + string.digits + "#", opposite=True)
        c = self.stream.char()
        if c == ";" and name.startswith("#"):
            num = name[1:]
            try:
                code = int(num[1:], 16) if num[:1] in ("x", "X") else int(num)
                return chr(code)
            except ValueError:
                self.error("invalid-numeric-entity")
                return "&" + name + ";"
        if c == ";" and name in entities:
            return entities[name]
        self.error(f"named-entity-without-semicolon:{name}" if name in entities else f"unknown-entity:{name}")
        self.stream.unget(c)
        return entities.get(name, "&" + name)

    def emitCurrentToken(self):
        token = self.currentToken
        if token["type"] == "StartTag":
            token["name"] = token["name"].lower()
            seen = {}
            for k, v in token["data"]:
                if k in seen:
                    self.error(f"duplicate-attribute:{k}")
                else:
                    seen[k] = v
            token["data"] = seen
        self.tokenQueue.append(token)
        self.state = self.dataState

    def dataState(self):
        data = self.stream.char()
        if data == "&":
            self.tokenQueue.append({"type": "Characters", "data": self.consumeEntity()})
        elif data == "<":
            self.state = self.tagOpenState
        elif data is EOF_:
            return False
        else:
            chars = self.stream.charsUntil(("&", "<"))
            self.tokenQueue.append({"type": "SpaceCharacters" if (data + chars).isspace() else "Characters",
                                    "data": data + chars})
        return True

    def tagOpenState(self):
        data = self.stream.char()
        if data == "!":
            self.state = self.markupDeclarationOpenState
        elif data == "/":
            self.state = self.closeTagOpenState
        elif data is not EOF_ and data in string.ascii_letters:
            self.currentToken = {"type": "StartTag", "name": data, "data": [], "selfClosing": False}
            self.state = self.tagNameState
        else:
            self.error("expected-tag-name")
            self.tokenQueue.append({"type": "Characters", "data": "<"})
            self.stream.unget(data)
            self.state = self.dataState
        return True

    def closeTagOpenState(self):
        data = self.stream.char()
        if data is not EOF_ and data in string.ascii_letters:
            self.currentToken = {"type": "EndTag", "name": data, "data": [], "selfClosing": False}
            self.state = self.tagNameState
        else:
            self.error("expected-closing-tag-but-got-char")
            self.state = self.dataState
        return True

    def tagNameState(self):
        data = self.stream.char()
        if data is EOF_:
            self.error("eof-in-tag-name")
            return False
        if data in " \t\n":
            self.state = self.beforeAttributeNameState
        elif data == ">":
            self.emitCurrentToken()
        elif data == "/":
            self.currentToken["selfClosing"] = True
        else:
            self.currentToken["name"] += data
        return True

    def beforeAttributeNameState(self):
        data = self.stream.char()
        if data is EOF_:
            self.error("eof-in-attribute")
            return False
        if data in " \t\n":
            self.stream.charsUntil(" \t\n", True)
        elif data == ">":
            self.emitCurrentToken()
        elif data == "/":
            self.currentToken["selfClosing"] = True
        else:
            self.currentToken["data"].append([data.lower(), ""])
            self.state = self.attributeNameState
        return True

    def attributeNameState(self):
        data = self.stream.char()
        if data == "=":
            self.state = self.attributeValueState
        elif data == ">":
            self.emitCurrentToken()
        elif data is not EOF_ and data in " \t\n/":
            self.state = self.beforeAttributeNameState
        elif data is EOF_:
            return False
        else:
            self.currentToken["data"][-1][0] += data.lower()
        return True

    def attributeValueState(self):
        quote = self.stream.char()
        if quote in ('"', "'"):
            value = ""
            while True:
                c = self.stream.char()
                if c == quote or c is EOF_:
                    break
                value += self.consumeEntity() if c == "&" else c
        else:
            self.stream.unget(quote)
            value = self.stream.charsUntil(" \t\n>")
        self.currentToken["data"][-1][1] = value
        self.state = self.beforeAttributeNameState
        return True

    def markupDeclarationOpenState(self):
        rest = self.stream.data[self.stream.pos:]
        if rest.startswith("--"):
            end = rest.find("-->", 2)
            if end < 0:
                self.error("eof-in-comment")
                end = len(rest)
            self.tokenQueue.append({"type": "Comment", "data": rest[2:end]})
            self.stream.pos += end + 3
        else:
            end = rest.find(">")
            self.tokenQueue.append({"type": "Doctype", "name": rest[len("DOCTYPE "):end].strip().lower()})
            self.stream.pos += end + 1
        self.state = self.dataState
        return True


class Node:
    def __init__(self, name, attrs=None):
        self.name = name
        self.attrs = attrs or {}
        self.children = []

    def toxml(self, indent=0):
        pad = "  " * indent
        attrs = "".join(f' {k}="{v}"' for k, v in sorted(self.attrs.items()))
        if not self.children:
            return f"{pad}<{self.name}{attrs}/>"
        inner = "\n".join(c.toxml(indent + 1) if isinstance(c, Node) else pad + "  " + repr(c) for c in self.children)
        return f"{pad}<{self.name}{attrs}>\n{inner}\n{pad}</{self.name}>"


def build_tree(source):
    tokenizer = HTMLTokenizer(source)
    root = Node("#document")
    open_elements = [root]
    errors = []
    for token in tokenizer:
        kind = token["type"]
        if kind == "StartTag":
            node = Node(token["name"], token["data"])
            open_elements[-1].children.append(node)
            if token["name"] not in voidElements and not token["selfClosing"]:
                open_elements.append(node)
        elif kind == "EndTag":
            name = token["name"].lower()
            for i in range(len(open_elements) - 1, 0, -1):
                if open_elements[i].name == name:
                    if i != len(open_elements) - 1:
                        errors.append(f"end-tag-too-early:{name}")
                    del open_elements[i:]
                    break
            else:
                errors.append(f"unexpected-end-tag:{name}")
        elif kind == "Characters":
            kids = open_elements[-1].children
            if kids and isinstance(kids[-1], str):
                kids[-1] += token["data"]
            else:
                kids.append(token["data"])
        elif kind == "Comment":
            open_elements[-1].children.append(Node("!--", {"text": token["data"].strip()}))
        elif kind == "ParseError":
            errors.append(token["data"])
    return root, errors, tokenizer.errors


DOC = """<!DOCTYPE html>
<html lang=en>
<head><title>Caf&eacute; &amp; Bar</title><meta charset="utf-8"></head>
<body class='main' id=top>
  <!-- navigation -->
  <p>Fish &amp chips &copy; 2024 &#65;&#x42; &bogus; <b>bold <i>both</b> italic</i></p>
  <img src="a.png" alt="a &lt; b" alt="dup"><br/>
  <ul><li>one<li>two</ul>
  </span>
  <p>3 < 4 and 5 > 4</p>
</body>
</html>
"""


def main():
    tokens = list(HTMLTokenizer(DOC))
    kinds = {}
    for t in tokens:
        kinds[t["type"]] = kinds.get(t["type"], 0) + 1
    print(sorted(kinds.items()))
    for t in tokens:
        if t["type"] in ("StartTag", "EndTag", "Doctype"):
            print(t["type"], t.get("name"), t.get("data", ""), "/" if t.get("selfClosing") else "")
    root, errors, located = build_tree(DOC)
    print(root.toxml())
    print("errors:", errors)
    print("located:", located)
    text = []

    def walk(node):
        for c in node.children:
            if isinstance(c, str):
                text.append(c)
            elif c.name != "!--":
                walk(c)
    walk(root)
    print(repr(" ".join("".join(text).split())))


if __name__ == "__main__":
    main()
