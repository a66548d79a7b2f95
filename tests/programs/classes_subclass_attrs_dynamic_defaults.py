"""Methods with defaults called on values whose type is known only at run
time, and class attributes that only subclasses define, read through a value
typed as their base (isinstance narrowing)."""


class Node:
    def __init__(self, *kids):
        self.kids = list(kids)

    def pick(self, name=None, invert=False, limit=2.5):
        if name is None:
            return len(self.kids)
        return [k.tag for k in self.kids if isinstance(k, Node) and (k.tag == name) != invert][: int(limit)]

    def describe(self):
        return "<%s %d>" % (self.tag, len(self.kids))


class Element(Node):
    pass


class Div(Element):
    tag = "div"


class Span(Element):
    tag = "span"


class Text(Node):
    tag = "#text"


def main():
    page = Div(Span(), Div(Span(), Text(), "raw"), Span(), 7)
    mixed = [page, "text", 3]
    for item in mixed:
        if isinstance(item, Node):
            print(item.pick(), item.pick("span"), item.pick("span", True), item.pick("div", invert=True, limit=1))
    inner = page.kids[1]
    print(inner.pick(), inner.pick("span"), inner.pick(invert=True, name="span"))
    print([k.describe() for k in page.kids if isinstance(k, Node)])
    try:
        print(Element(Span()).describe())
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(Div(Element()).pick("x"))
    except AttributeError as e:
        print("AttributeError:", e)


main()
