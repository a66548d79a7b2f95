"""Modelled on PyPy's pyxl_bench: pyxl's html element classes (x_base with
attribute validation by class-level __attrs__, children appended with
append_children, rendering to a list of strings with escaping), a rawhtml
node, conditional comments and fragments, and a page built as the benchmark
builds it: a big table of rows rendered repeatedly."""


def escape(obj):
    text = str(obj)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


class PyxlException(Exception):
    pass


class x_base_metaclass_registry:
    classes = {}


class x_base(object):
    __attrs__ = {"xmlns": str}

    def __init__(self, **kwargs):
        self.__attributes__ = {}
        self.__children__ = []
        for name, value in kwargs.items():
            self.set_attr(x_base._fix_attribute_name(name), value)

    def __call__(self, *children):
        self.append_children(children)
        return self

    @staticmethod
    def _fix_attribute_name(name):
        if name == "xclass":
            return "class"
        if name == "xfor":
            return "for"
        return name.replace("_", "-").replace("COLON", ":")

    def children(self, selector=None, exclude=False):
        if not selector:
            return self.__children__
        if selector.startswith("."):
            wanted = selector[1:]
            return [c for c in self.__children__
                    if isinstance(c, x_base) and (wanted in c.__attributes__.get("class", "").split()) != exclude]
        return [c for c in self.__children__
                if isinstance(c, x_base) and (c.__tag__ == selector) != exclude]

    def append(self, child):
        if isinstance(child, (list, tuple)):
            self.append_children(child)
        elif child is not None:
            self.__children__.append(child)

    def append_children(self, children):
        for child in children:
            self.append(child)

    def attr(self, name, default=None):
        if self.allows_attribute(name):
            return self.__attributes__.get(name, default)
        raise PyxlException("<%s> has no attr named \"%s\"" % (self.__tag__, name))

    def set_attr(self, name, value):
        if not self.allows_attribute(name):
            raise PyxlException("<%s> has no attr named \"%s\"" % (self.__tag__, name))
        if value is not None:
            attr_type = self.__attrs__.get(name, str)
            if attr_type is int and not isinstance(value, int):
                raise PyxlException("<%s.%s> must be an int, not %r" % (self.__tag__, name, value))
            self.__attributes__[name] = value
        elif name in self.__attributes__:
            del self.__attributes__[name]

    def allows_attribute(self, name):
        return name in self.__attrs__ or name.startswith("data-") or name.startswith("aria-")

    def to_string(self):
        out = []
        self._to_list(out)
        return "".join(out)

    def _to_list(self, out):
        raise NotImplementedError()

    def _render_attributes(self, out):
        for name, value in self.__attributes__.items():
            if value is None or value is False:
                continue
            out.append(" ")
            out.append(name)
            if value is not True:
                out.append('="')
                out.append(escape(value))
                out.append('"')

    @staticmethod
    def _render_child_to_list(child, out):
        if isinstance(child, x_base):
            child._to_list(out)
        elif child is not None:
            out.append(escape(child))

    def __str__(self):
        return self.to_string()


class x_html_element(x_base):
    __attrs__ = {**x_base.__attrs__, "class": str, "id": str, "style": str, "title": str}

    def _to_list(self, out):
        out.append("<" + self.__tag__)
        self._render_attributes(out)
        out.append(">")
        for child in self.__children__:
            self._render_child_to_list(child, out)
        out.append("</" + self.__tag__ + ">")


class x_html_element_nochild(x_base):
    __attrs__ = {**x_base.__attrs__, "class": str, "id": str}

    def append(self, child):
        raise PyxlException("<%s> does not allow children." % self.__tag__)

    def _to_list(self, out):
        out.append("<" + self.__tag__)
        self._render_attributes(out)
        out.append(" />")


class x_frag(x_base):
    __tag__ = "frag"

    def _to_list(self, out):
        for child in self.__children__:
            self._render_child_to_list(child, out)


class x_rawhtml(x_html_element_nochild):
    __attrs__ = {"text": str}
    __tag__ = "rawhtml"

    def _to_list(self, out):
        out.append(self.attr("text"))


class x_cond_comment(x_base):
    __attrs__ = {"cond": str}
    __tag__ = "cond_comment"

    def _to_list(self, out):
        out.append("<!--[if " + self.attr("cond") + "]>")
        for child in self.__children__:
            self._render_child_to_list(child, out)
        out.append("<![endif]-->")


class x_div(x_html_element):
    __tag__ = "div"


class x_span(x_html_element):
    __tag__ = "span"


class x_table(x_html_element):
    __attrs__ = dict(x_html_element.__attrs__, border=int, cellpadding=int)
    __tag__ = "table"


class x_tr(x_html_element):
    __tag__ = "tr"


class x_td(x_html_element):
    __attrs__ = dict(x_html_element.__attrs__, colspan=int)
    __tag__ = "td"


class x_a(x_html_element):
    __attrs__ = dict(x_html_element.__attrs__, href=str, target=str)
    __tag__ = "a"


class x_br(x_html_element_nochild):
    __tag__ = "br"


class x_input(x_html_element_nochild):
    __attrs__ = dict(x_html_element_nochild.__attrs__, type=str, value=str, checked=bool, name=str)
    __tag__ = "input"


def render_row(i, row):
    cells = [x_td(xclass="even" if j % 2 == 0 else "odd")(value) for j, value in enumerate(row)]
    link = x_a(href="/item?id=%d&sort=asc" % i, data_row=i)("#%d" % i)
    return x_tr(id="row-%d" % i)(x_td()(link), cells)


def build_page(rows, title):
    table = x_table(border=1, cellpadding=2)
    for i, row in enumerate(rows):
        table.append(render_row(i, row))
    return x_frag()(
        x_cond_comment(cond="lt IE 9")(x_rawhtml(text="<script src='shim.js'></script>")),
        x_div(xclass="page header", style="color: red")(x_span()(title), x_br()),
        table,
        x_div(xclass="footer")(x_input(type="checkbox", name="agree", checked=True),
                               x_input(type="text", name="q", value='say "hi" & <bye>'), None),
    )


def main():
    rows = [[(r * 7 + c) % 13 for c in range(10)] for r in range(40)]
    total = 0
    page = None
    for n in range(30):
        page = build_page(rows, "Report <%d> & co" % n)
        total += len(page.to_string())
    print("total", total)
    small = build_page(rows[:2], "Tom's <table>")
    print(small.to_string())
    print(len(small.children()), [c.__tag__ for c in small.children()])
    div = small.children()[1]
    print([c.to_string() for c in div.children("span")], len(div.children("span", exclude=True)))
    print([c.attr("class") for c in small.children(".footer")])
    for bad in (lambda: x_div(href="/x"), lambda: x_br()(x_span()), lambda: x_table(border="wide"),
                lambda: x_td().attr("colour")):
        try:
            bad()
        except PyxlException as e:
            print("PyxlException:", e)
    d = x_div(id="a", title="t")
    d.set_attr("title", None)
    print(d, str(x_div(data_x="1", aria_label="lbl")("ok")))


if __name__ == "__main__":
    main()
