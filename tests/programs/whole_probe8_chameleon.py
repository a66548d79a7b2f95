"""A Chameleon-like page template engine (after pyperformance's bm_chameleon,
which renders the BIGTABLE_ZPT template): templates in the Zope Page
Template attribute language (tal:repeat, tal:content, tal:replace,
tal:condition, tal:attributes, tal:define) plus ${...} interpolation, parsed
with a regular-expression tokenizer into an element tree and compiled into a
tree of closures that render it."""
import re
from html import escape

BIGTABLE_ZPT = """\
<table xmlns="http://www.w3.org/1999/xhtml"
xmlns:tal="http://xml.zope.org/namespaces/tal">
<tr tal:repeat="row python: options['table']">
<td tal:repeat="c python: row.values()">
<span tal:define="d python: c + 1"
tal:attributes="class python: 'column-' + str(d)"
tal:content="python: d" />
</td>
</tr>
</table>"""

PAGE_ZPT = """\
<html>
<head><title tal:content="title">Title</title></head>
<body>
<h1 tal:condition="show_header">Hello, ${user}!</h1>
<p tal:condition="not: show_header">Anonymous &amp; friends</p>
<ul>
<li tal:repeat="item items" tal:attributes="id python: 'item-' + str(repeat['item'])">${item} &lt;${len(item)}&gt;</li>
</ul>
<div tal:replace="footer">replaced</div>
<br/>
</body>
</html>"""

TOKEN = re.compile(r"<(/?)([\w:]+)((?:\s+[\w:]+=\"[^\"]*\")*)\s*(/?)>|([^<]+)", re.S)
ATTR = re.compile(r"([\w:]+)=\"([^\"]*)\"")
INTERP = re.compile(r"\$\{([^}]*)\}")


class TemplateError(Exception):
    pass


class Element:
    def __init__(self, tag, attrs, selfclosing):
        self.tag = tag
        self.attrs = attrs
        self.children = []
        self.selfclosing = selfclosing


def parse(source):
    root = Element("#root", [], False)
    stack = [root]
    for m in TOKEN.finditer(source):
        closing, tag, attrtext, selfclosing, text = m.groups()
        if text is not None:
            stack[-1].children.append(text)
        elif closing:
            if stack[-1].tag != tag:
                raise TemplateError("mismatched </%s>, expected </%s>" % (tag, stack[-1].tag))
            stack.pop()
        else:
            el = Element(tag, ATTR.findall(attrtext), bool(selfclosing))
            stack[-1].children.append(el)
            if not selfclosing:
                stack.append(el)
    if len(stack) != 1:
        raise TemplateError("unclosed <%s>" % stack[-1].tag)
    return root


class Scope:
    def __init__(self, parent, names):
        self.parent = parent
        self.names = names

    def lookup(self, name):
        scope = self
        while scope is not None:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        raise TemplateError("name %r is not defined" % name)


def compile_expression(expr):
    """Path expressions (`name`, `not: name`) and a subset of python: ones."""
    expr = expr.strip()
    if expr.startswith("not:"):
        inner = compile_expression(expr[4:])
        return lambda scope: not inner(scope)
    if expr.startswith("python:"):
        return compile_python(expr[7:].strip())
    return lambda scope: scope.lookup(expr)


def compile_python(src):
    if " + " in src:
        parts = [compile_python(p) for p in src.split(" + ")]

        def add(scope):
            value = parts[0](scope)
            for p in parts[1:]:
                value = value + p(scope)
            return value
        return add
    m = re.fullmatch(r"(\w+)\((.*)\)", src)
    if m:
        fn = {"str": str, "len": len}[m.group(1)]
        arg = compile_python(m.group(2))
        return lambda scope: fn(arg(scope))
    m = re.fullmatch(r"(\w+)\['(\w+)'\]", src)
    if m:
        name, key = m.group(1), m.group(2)
        return lambda scope: scope.lookup(name)[key]
    m = re.fullmatch(r"(\w+)\.(\w+)\(\)", src)
    if m:
        name, method = m.group(1), m.group(2)
        return lambda scope: getattr(scope.lookup(name), method)()
    if src.isdigit():
        value = int(src)
        return lambda scope: value
    if src[0] == "'" and src[-1] == "'":
        text = src[1:-1]
        return lambda scope: text
    return lambda scope: scope.lookup(src)


def compile_text(text):
    pieces = []
    pos = 0
    for m in INTERP.finditer(text):
        literal = text[pos:m.start()]
        pieces.append(lambda scope, out, literal=literal: out.append(literal))
        expr = compile_python(m.group(1))
        pieces.append(lambda scope, out, expr=expr: out.append(escape(str(expr(scope)))))
        pos = m.end()
    rest = text[pos:]
    pieces.append(lambda scope, out: out.append(rest))

    def render(scope, out):
        for p in pieces:
            p(scope, out)
    return render


def compile_element(el):
    children = [compile_text(c) if isinstance(c, str) else compile_element(c) for c in el.children]
    tal = {k[4:]: v for k, v in el.attrs if k.startswith("tal:")}
    plain = [(k, v) for k, v in el.attrs if not k.startswith("tal:") and k != "xmlns:tal"]
    define = None
    if "define" in tal:
        name, expr = tal["define"].split(None, 1)
        define = (name, compile_expression(expr))
    condition = compile_expression(tal["condition"]) if "condition" in tal else None
    content = compile_expression(tal["content"]) if "content" in tal else None
    replace = compile_expression(tal["replace"]) if "replace" in tal else None
    attributes = []
    if "attributes" in tal:
        for part in tal["attributes"].split(";"):
            name, expr = part.strip().split(None, 1)
            attributes.append((name, compile_expression(expr)))

    def render_once(scope, out):
        if define is not None:
            scope = Scope(scope, {define[0]: define[1](scope)})
        if condition is not None and not condition(scope):
            return
        if replace is not None:
            out.append(escape(str(replace(scope))))
            return
        if el.tag == "#root":
            for child in children:
                child(scope, out)
            return
        out.append("<" + el.tag)
        for k, v in plain:
            out.append(' %s="%s"' % (k, v))
        for k, expr in attributes:
            out.append(' %s="%s"' % (k, escape(str(expr(scope)), True)))
        if content is not None:
            out.append(">" + escape(str(content(scope))) + "</" + el.tag + ">")
        elif el.selfclosing:
            out.append(" />")
        else:
            out.append(">")
            for child in children:
                child(scope, out)
            out.append("</" + el.tag + ">")

    if "repeat" not in tal:
        return render_once
    var, expr = tal["repeat"].split(None, 1)
    sequence = compile_expression(expr)

    def render_repeat(scope, out):
        counters = dict(scope.lookup("repeat"))
        for index, item in enumerate(sequence(scope)):
            counters[var] = index
            render_once(Scope(scope, {var: item, "repeat": counters}), out)
    return render_repeat


class PageTemplate:
    def __init__(self, source):
        self.render_root = compile_element(parse(source))

    def __call__(self, **names):
        out = []
        self.render_root(Scope(None, dict(names, repeat={})), out)
        return "".join(out)


def main():
    table = [dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10) for _ in range(100)]
    tmpl = PageTemplate(BIGTABLE_ZPT)
    total = 0
    for _ in range(10):
        total += len(tmpl(options={"table": table}))
    print("bigtable", total)
    print(tmpl(options={"table": table[:1]}))
    page = PageTemplate(PAGE_ZPT)
    for header in (True, False):
        print(page(title="Report <1>", show_header=header, user="Ann & Bob",
                   items=["alpha", "b<c>", "delta"], footer="(c) 2024 \"Us\""))
    for bad in ("<div><span></div>", "<div>", "<p tal:content=\"missing\"></p>"):
        try:
            PageTemplate(bad)()
        except TemplateError as e:
            print("TemplateError:", e)


if __name__ == "__main__":
    main()
