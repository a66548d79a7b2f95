"""PyPy's spitfire benchmarks: the "bigtable" template (a table of dicts rendered row by row),
here with a small Spitfire-like template compiler instead of the Spitfire package: the source is
tokenized into directives (#for/#if/#else/#end/#set) and $placeholders, parsed into a tree of
nodes, optimized (adjacent text merged, constant placeholders folded) and rendered against a
search list, writing to io.StringIO as spitfire_cstringio does, or to a list joined at the end."""

import io
import re


BIGTABLE_SRC = """<table>
#for $row in $table
<tr>
#for $column in $row.values()
<td>$column</td>
#end for
</tr>
#end for
</table>
"""

REPORT_SRC = """<h1>$title</h1>
#set $total = 0
#for $item in $items
#if $item.qty > 2
<p class="many">${item.name|upper}: $item.qty</p>
#else
<p>$item.name &amp; ${item.note|escape}</p>
#end if
#end for
<footer>$footer</footer>
"""

TOKEN_RE = re.compile(r'\$\{([^}]*)\}|\$([A-Za-z_][\w.]*(?:\(\))?)')


class TemplateSyntaxError(Exception):
    pass


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, ctx, write):
        write(self.text)


class Placeholder:
    def __init__(self, path, filters):
        self.path = path
        self.filters = filters

    def render(self, ctx, write):
        value = ctx.lookup(self.path)
        for f in self.filters:
            value = FILTERS[f](value)
        write(str(value))


class For:
    def __init__(self, var, path, body):
        self.var = var
        self.path = path
        self.body = body

    def render(self, ctx, write):
        for value in ctx.lookup(self.path):
            ctx.push({self.var: value})
            for node in self.body:
                node.render(ctx, write)
            ctx.pop()


class If:
    def __init__(self, path, op, operand, body, orelse):
        self.path = path
        self.op = op
        self.operand = operand
        self.body = body
        self.orelse = orelse

    def render(self, ctx, write):
        value = ctx.lookup(self.path)
        if self.op == '>':
            test = value > self.operand
        elif self.op == '==':
            test = value == self.operand
        else:
            test = bool(value)
        for node in (self.body if test else self.orelse):
            node.render(ctx, write)


class Context:
    """The search list: a stack of namespaces, the innermost searched first."""

    def __init__(self, search_list):
        self.stack = list(search_list)

    def push(self, ns):
        self.stack.append(ns)

    def pop(self):
        self.stack.pop()

    def lookup(self, path):
        parts = path.split('.')
        first = parts[0]
        for ns in reversed(self.stack):
            if first in ns:
                value = ns[first]
                break
        else:
            raise KeyError('placeholder $%s not found' % first)
        for part in parts[1:]:
            if part.endswith('()'):
                value = getattr(value, part[:-2])()
            elif isinstance(value, dict):
                value = value[part]
            else:
                value = getattr(value, part)
        return value


def escape(value):
    return str(value).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


FILTERS = {'escape': escape, 'upper': lambda v: str(v).upper()}


def parse_line(line, out):
    pos = 0
    for m in TOKEN_RE.finditer(line):
        if m.start() > pos:
            out.append(Text(line[pos:m.start()]))
        expr = m.group(1) if m.group(1) is not None else m.group(2)
        parts = expr.split('|')
        out.append(Placeholder(parts[0].strip().lstrip('$'), [p.strip() for p in parts[1:]]))
        pos = m.end()
    if pos < len(line):
        out.append(Text(line[pos:]))


def parse(src):
    root = []
    stack = [(None, root)]
    for lineno, line in enumerate(src.splitlines(True), 1):
        stripped = line.strip()
        if stripped.startswith('#'):
            words = stripped[1:].split()
            kind = words[0]
            body = stack[-1][1]
            if kind == 'for':
                node = For(words[1].lstrip('$'), words[3].lstrip('$'), [])
                body.append(node)
                stack.append((node, node.body))
            elif kind == 'if':
                op = words[2] if len(words) > 2 else None
                operand = int(words[3]) if len(words) > 3 else None
                node = If(words[1].lstrip('$'), op, operand, [], [])
                body.append(node)
                stack.append((node, node.body))
            elif kind == 'else':
                node = stack[-1][0]
                if not isinstance(node, If):
                    raise TemplateSyntaxError('line %d: #else outside #if' % lineno)
                stack[-1] = (node, node.orelse)
            elif kind == 'end':
                if len(stack) == 1:
                    raise TemplateSyntaxError('line %d: #end without a block' % lineno)
                stack.pop()
            elif kind == 'set':
                pass
            else:
                raise TemplateSyntaxError('line %d: unknown directive #%s' % (lineno, kind))
        else:
            parse_line(line, stack[-1][1])
    if len(stack) != 1:
        raise TemplateSyntaxError('unclosed #%s' % type(stack[-1][0]).__name__.lower())
    return optimize(root)


def optimize(nodes):
    """Adjacent Text nodes merged, inside every block too (Spitfire's o4 does more)."""
    out = []
    for node in nodes:
        if isinstance(node, For):
            node.body = optimize(node.body)
        elif isinstance(node, If):
            node.body = optimize(node.body)
            node.orelse = optimize(node.orelse)
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        else:
            out.append(node)
    return out


def render_cstringio(tree, search_list):
    buffer = io.StringIO()
    write = buffer.write
    ctx = Context(search_list)
    for node in tree:
        node.render(ctx, write)
    return buffer.getvalue()


def render_list(tree, search_list):
    parts = []
    ctx = Context(search_list)
    for node in tree:
        node.render(ctx, parts.append)
    return ''.join(parts)


def python_cstringio(table):
    """The hand-written baseline spitfire's benchmark compares against."""
    buffer = io.StringIO()
    write = buffer.write
    write('<table>\n')
    for row in table:
        write('<tr>\n')
        for column in row.values():
            write('<td>')
            write(str(column))
            write('</td>\n')
        write('</tr>\n')
    write('</table>\n')
    return buffer.getvalue()


class Item:
    def __init__(self, name, qty, note):
        self.name = name
        self.qty = qty
        self.note = note


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    table = [dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=x) for x in range(300)]
    tree = parse(BIGTABLE_SRC)
    for _ in range(5):
        a = render_cstringio(tree, [{'table': table}])
        b = render_list(tree, [{'table': table}])
        c = python_cstringio(table)
    print(len(a), a == b, a == c, checksum(a))
    print(a[:60].replace('\n', '|'))
    items = [Item('bolt', 5, 'M4 <steel>'), Item('nut', 1, 'brass & zinc'), Item('gear', 3, 'x')]
    report = parse(REPORT_SRC)
    print(render_list(report, [{'title': 'Stock', 'footer': 'end'}, {'items': items}]), end='')
    for bad in ["#for $x in $y\nno end\n", "#else\n", "#loop\n", "#end\n"]:
        try:
            parse(bad)
        except TemplateSyntaxError as e:
            print('TemplateSyntaxError:', e)
    try:
        render_list(parse('$missing\n'), [{}])
    except KeyError as e:
        print('KeyError:', e)


if __name__ == "__main__":
    main()
