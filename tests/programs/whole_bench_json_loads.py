# A recursive-descent JSON parser producing dicts/lists/str/int/float/bool/None (in the spirit of bm_json_loads).
class JSONError(Exception):
    pass


class Parser:
    WHITESPACE = " \t\n\r"

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in Parser.WHITESPACE:
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            raise JSONError("expected %r at %d" % (ch, self.pos))
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.string()
            self.expect(":")
            out[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out

    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return out

    def string(self):
        self.expect('"')
        chars = []
        while self.text[self.pos] != '"':
            c = self.text[self.pos]
            if c == "\\":
                self.pos += 1
                c = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[self.text[self.pos]]
            chars.append(c)
            self.pos += 1
        self.pos += 1
        return "".join(chars)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        raw = self.text[start:self.pos]
        if not raw:
            raise JSONError("unexpected character at %d" % start)
        if "." in raw or "e" in raw or "E" in raw:
            return float(raw)
        return int(raw)


def loads(text):
    return Parser(text).value()


DOC = '''{"name": "bench", "version": 2, "ratio": 0.5, "tags": ["a", "b\\n"],
 "nested": {"ok": true, "none": null, "list": [1, 2.5e3, -7, {"deep": [false]}]}}'''


def depth(v):
    if isinstance(v, dict):
        return 1 + max([depth(x) for x in v.values()] + [0])
    if isinstance(v, list):
        return 1 + max([depth(x) for x in v] + [0])
    return 0


def main():
    doc = loads(DOC)
    print(doc)
    print(doc["nested"]["list"][3]["deep"], depth(doc))
    total = 0
    for i in range(300):
        total += len(loads(DOC)["tags"])
    print(total)
    for bad in ('{"a" 1}', '[1, @]'):
        try:
            loads(bad)
        except JSONError as e:
            print("error:", e)


if __name__ == "__main__":
    main()
