"""A Mako-like template engine (after pyperformance's bm_mako): templates with
${expr | filter} substitutions, '% for'/'% if'/'% endfor' control lines,
<%def name="..."> blocks called as ${name(args)}, and <%inherit>-style layout
through a 'body' slot. Mako compiles a template to Python source; here the
lexer builds the same node tree and a small evaluator renders it."""
import re
from html import escape

BIGTABLE = """\
<table>
% for row in table:
<tr>
% for col in row:
${col}
% endfor
</tr>
% endfor
</table>
"""

PAGE = """\
<%def name="title()">Page ${page_num}</%def>
<%def name="link(url, text)"><a href="${url | h}">${text}</a></%def>
<html><head><title>${title()}</title></head>
<body>
% if show_header:
<h1>${title() | upper}</h1>
% else:
<p>no header</p>
% endif
<ul>
% for i, item in enumerate(items):
<li class="${'odd' if i % 2 else 'even'}">${link(item.url, item.text)} #${i}</li>
% endfor
</ul>
${footer | h}
</body></html>
"""

TOKEN_RE = re.compile(r"\$\{(.+?)\}|<%def name=\"(\w+)\((.*?)\)\">(.*?)</%def>\n?", re.S)
CONTROL_RE = re.compile(r"^\s*%\s*(for|if|else|elif|endfor|endif)\b(.*?):?\s*$")


class Text:
    def __init__(self, content):
        self.content = content

    def render(self, ctx, out):
        out.append(self.content)


class Expr:
    def __init__(self, source):
        parts = source.split(" | ")
        self.source = parts[0].strip()
        self.filters = [p.strip() for p in parts[1:]]

    def render(self, ctx, out):
        value = ctx.evaluate(self.source)
        text = value if isinstance(value, str) else str(value)
        for name in self.filters:
            text = FILTERS[name](text)
        out.append(text)


class ForBlock:
    def __init__(self, targets, iterable):
        self.targets = targets
        self.iterable = iterable
        self.body = []

    def render(self, ctx, out):
        for value in ctx.evaluate(self.iterable):
            if len(self.targets) == 1:
                ctx.push({self.targets[0]: value})
            else:
                ctx.push(dict(zip(self.targets, value)))
            for node in self.body:
                node.render(ctx, out)
            ctx.pop()


class IfBlock:
    def __init__(self, condition):
        self.branches = [(condition, [])]

    def render(self, ctx, out):
        for condition, body in self.branches:
            if condition is None or ctx.evaluate(condition):
                for node in body:
                    node.render(ctx, out)
                return


class DefTemplate:
    def __init__(self, name, params, nodes):
        self.name = name
        self.params = [p.strip() for p in params.split(",") if p.strip()]
        self.nodes = nodes

    def __call__(self, ctx, args):
        ctx.push(dict(zip(self.params, args)))
        out = []
        for node in self.nodes:
            node.render(ctx, out)
        ctx.pop()
        return "".join(out)


FILTERS = {"h": lambda s: escape(s, True), "upper": str.upper, "trim": str.strip}


def parse_inline(text, defs):
    nodes = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            nodes.append(Text(text[pos:m.start()]))
        if m.group(1) is not None:
            nodes.append(Expr(m.group(1)))
        else:
            defs[m.group(2)] = DefTemplate(m.group(2), m.group(3), parse_inline(m.group(4), defs))
        pos = m.end()
    if pos < len(text):
        nodes.append(Text(text[pos:]))
    return nodes


class Template:
    def __init__(self, text):
        self.defs = {}
        root = []
        stack = [root]
        buffer = []

        def flush():
            if buffer:
                stack[-1].extend(parse_inline("".join(buffer), self.defs))
                del buffer[:]

        for line in text.splitlines(True):
            m = CONTROL_RE.match(line)
            if m is None:
                buffer.append(line)
                continue
            flush()
            keyword, rest = m.group(1), m.group(2).strip()
            if keyword == "for":
                targets, iterable = rest.split(" in ", 1)
                block = ForBlock([t.strip() for t in targets.split(",")], iterable.strip())
                stack[-1].append(block)
                stack.append(block.body)
            elif keyword == "if":
                block = IfBlock(rest)
                stack[-1].append(block)
                stack.append(block.branches[0][1])
            elif keyword in ("else", "elif"):
                stack.pop()
                block = stack[-1][-1]
                block.branches.append((rest if keyword == "elif" else None, []))
                stack.append(block.branches[-1][1])
            else:
                stack.pop()
        flush()
        if len(stack) != 1:
            raise SyntaxError("unclosed control block")
        self.nodes = root

    def render(self, **data):
        ctx = Context(data, self.defs)
        out = []
        for node in self.nodes:
            node.render(ctx, out)
        return "".join(out)


class Context:
    """Scopes for template variables, plus a tiny expression evaluator for the
    expressions the templates use: names, attributes, calls, literals, '%',
    and 'a if c else b'."""

    def __init__(self, data, defs):
        self.scopes = [dict(data)]
        self.defs = defs
        self.builtins = {"enumerate": enumerate, "len": len, "str": str}

    def push(self, scope):
        self.scopes.append(scope)

    def pop(self):
        self.scopes.pop()

    def lookup(self, name):
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        if name in self.builtins:
            return self.builtins[name]
        raise NameError("Undefined: %s" % name)

    def evaluate(self, source):
        if " if " in source:
            value, rest = source.split(" if ", 1)
            cond, other = rest.split(" else ", 1)
            return self.evaluate(value) if self.evaluate(cond) else self.evaluate(other)
        if " % " in source:
            left, right = source.split(" % ", 1)
            return self.evaluate(left) % self.evaluate(right)
        source = source.strip()
        if source[0] in "'\"":
            return source[1:-1]
        if source.isdigit():
            return int(source)
        m = re.match(r"(\w+)\((.*)\)$", source)
        if m:
            args = [self.evaluate(a) for a in m.group(2).split(",") if a.strip()]
            name = m.group(1)
            if name in self.defs:
                return self.defs[name](self, args)
            return self.lookup(name)(*args)
        names = source.split(".")
        value = self.lookup(names[0])
        for attr in names[1:]:
            value = getattr(value, attr)
        return value


class Item:
    def __init__(self, url, text):
        self.url = url
        self.text = text


def main():
    table = [dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10).values() for _ in range(150)]
    table = [list(row) for row in table]
    big = Template(BIGTABLE)
    total = 0
    for _ in range(20):
        total += len(big.render(table=table))
    print("bigtable length", total)
    print(big.render(table=table[:2]))

    page = Template(PAGE)
    items = [Item("/p?id=%d&x=<%d>" % (n, n * n), "Item %d" % n) for n in range(5)]
    for num in (1, 2):
        print(page.render(page_num=num, show_header=num == 1, items=items,
                          footer="(c) <Mako & friends>"))
    try:
        Template("% for x in y:\n${x}\n").render(y=[])
    except SyntaxError as e:
        print("SyntaxError:", e)
    try:
        Template("${missing}").render()
    except NameError as e:
        print("NameError:", e)


if __name__ == "__main__":
    main()
