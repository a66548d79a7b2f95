"""pyperformance's bm_genshi renders a big table with Genshi's MarkupTemplate and TextTemplate.
Genshi is not in this repo, so this is a small Genshi-like engine written the way Genshi is: the
template is parsed into a stream of (kind, data, pos) events, directives (py:for, py:if,
py:content, py:attrs, py:strip) are applied by generator filters over the stream, expressions
${...} are looked up in the context, and the serializer turns events back into markup with
escaping. The text template uses {% for %}/{% if %}/{% end %} blocks and $name placeholders."""

import re
from collections import deque

START, END, TEXT, EXPR, FOR, IF = 'START', 'END', 'TEXT', 'EXPR', 'FOR', 'IF'
NAMESPACE = 'py:'

BIGTABLE_XML = """\
<table xmlns:py="http://genshi.edgewall.org/">
<tr py:for="row in table">
<td py:for="c in row.values()" py:content="c"/>
</tr>
</table>
"""

BIGTABLE_TEXT = """\
<table>
{% for row in table %}<tr>
{% for c in row.values() %}<td>$c</td>{% end %}
</tr>{% end %}
</table>
"""

PAGE_XML = """\
<div xmlns:py="http://genshi.edgewall.org/" class="page">
<h1 py:content="title">Title</h1>
<ul py:if="items">
<li py:for="item in items" py:attrs="item.attrs">${item.name} &lt;${item.kind}&gt;</li>
</ul>
<p py:if="not items">nothing</p>
<span py:strip="">stripped ${title}</span>
</div>
"""

TAG_RE = re.compile(r'<(/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(/?)>')
ATTR_RE = re.compile(r'([\w:]+)="([^"]*)"')
EXPR_RE = re.compile(r'\$\{([^}]+)\}|\$([a-zA-Z_][\w.]*)')
BLOCK_RE = re.compile(r'\{%\s*(\w+)\s*(.*?)\s*%\}')


class TemplateError(Exception):
    pass


class Item:
    def __init__(self, name, kind, attrs):
        self.name = name
        self.kind = kind
        self.attrs = attrs


def unescape(text):
    return text.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&amp;', '&')


def escape(text, quotes=False):
    text = str(text).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quotes:
        text = text.replace('"', '&#34;')
    return text


def evaluate(expr, ctx):
    expr = expr.strip()
    if expr.startswith('not '):
        return not evaluate(expr[4:], ctx)
    call = expr.endswith('()')
    if call:
        expr = expr[:-2]
    parts = expr.split('.')
    for scope in reversed(ctx):
        if parts[0] in scope:
            value = scope[parts[0]]
            break
    else:
        raise TemplateError('undefined name %r' % parts[0])
    for name in parts[1:]:
        value = value[name] if isinstance(value, dict) and name in value else getattr(value, name)
    return value() if call else value


def interpolate(text, pos):
    """Text with ${expr} parts: TEXT and EXPR events."""
    last = 0
    for m in EXPR_RE.finditer(text):
        if m.start() > last:
            yield TEXT, unescape(text[last:m.start()]), pos
        yield EXPR, m.group(1) or m.group(2), pos
        last = m.end()
    if last < len(text):
        yield TEXT, unescape(text[last:]), pos


def parse_markup(source):
    """The template as a list of events; directive attributes are split off each START."""
    events = []
    stack = []
    last = 0
    for m in TAG_RE.finditer(source):
        line = source.count('\n', 0, m.start()) + 1
        events.extend(interpolate(source[last:m.start()], line))
        closing, tag, attr_text, empty = m.group(1), m.group(2), m.group(3), m.group(4)
        if closing:
            if not stack or stack[-1] != tag:
                raise TemplateError('line %d: mismatched </%s>' % (line, tag))
            stack.pop()
            events.append((END, tag, line))
        else:
            attrs = []
            directives = []
            for name, value in ATTR_RE.findall(attr_text):
                if name.startswith(NAMESPACE):
                    directives.append((name[len(NAMESPACE):], value))
                elif name != 'xmlns:py':
                    attrs.append((name, unescape(value)))
            events.append((START, (tag, attrs, directives), line))
            if empty:
                events.append((END, tag, line))
            else:
                stack.append(tag)
        last = m.end()
    events.extend(interpolate(source[last:], source.count('\n') + 1))
    if stack:
        raise TemplateError('unclosed <%s>' % stack[-1])
    return events


def element_span(events, i):
    """The index just past the END matching the START at i."""
    depth = 0
    for j in range(i, len(events)):
        kind = events[j][0]
        if kind == START:
            depth += 1
        elif kind == END:
            depth -= 1
            if depth == 0:
                return j + 1
    raise TemplateError('unbalanced stream')


def generate(events, ctx):
    """Applies the directives, yielding START/END/TEXT events with values filled in."""
    i = 0
    while i < len(events):
        kind, data, pos = events[i]
        if kind == START and data[2]:
            end = element_span(events, i)
            yield from apply_directives(events[i:end], data[2], ctx)
            i = end
            continue
        if kind == EXPR:
            yield TEXT, evaluate(data, ctx), pos
        else:
            yield kind, data, pos
        i += 1


def apply_directives(element, directives, ctx):
    kind, (tag, attrs, _), pos = element[0]
    plain = [(START, (tag, attrs, []), pos)] + element[1:]
    rest = [d for d in directives if d[0] != 'for']
    for name, value in directives:
        if name == 'for':
            var, _, expr = value.partition(' in ')
            for item in evaluate(expr, ctx):
                ctx.append({var.strip(): item})
                yield from apply_directives(element, rest, ctx)
                ctx.pop()
            return
    for name, value in rest:
        if name == 'if':
            if not evaluate(value, ctx):
                return
        elif name == 'attrs':
            extra = evaluate(value, ctx)
            plain[0] = (START, (tag, attrs + sorted(extra.items()), []), pos)
        elif name == 'content':
            plain = [plain[0], (EXPR, value, pos), plain[-1]]
        elif name == 'strip':
            plain = plain[1:-1]
        else:
            raise TemplateError('line %d: unknown directive py:%s' % (pos, name))
    yield from generate(plain, ctx)


def serialize(stream):
    out = deque()
    for kind, data, pos in stream:
        if kind == START:
            tag, attrs, _ = data
            out.append('<' + tag + ''.join([' %s="%s"' % (k, escape(v, True)) for k, v in attrs]) + '>')
        elif kind == END:
            out.append('</%s>' % data)
        else:
            out.append(escape(data))
    return ''.join(out)


class MarkupTemplate:
    def __init__(self, source):
        self.events = parse_markup(source)

    def generate(self, **data):
        return generate(self.events, [data])

    def render(self, **data):
        return serialize(self.generate(**data))


class TextTemplate:
    """{% for x in expr %}...{% end %}, {% if expr %}...{% end %} and $name."""

    def __init__(self, source):
        self.tree = self._parse(source)

    def _parse(self, source):
        root = []
        stack = [root]
        last = 0
        for m in BLOCK_RE.finditer(source):
            stack[-1].extend(interpolate(source[last:m.start()], 0))
            word, arg = m.group(1), m.group(2)
            if word in ('for', 'if'):
                block = []
                stack[-1].append((FOR if word == 'for' else IF, (arg, block), 0))
                stack.append(block)
            elif word == 'end':
                stack.pop()
            else:
                raise TemplateError('unknown block %r' % word)
            last = m.end()
        stack[-1].extend(interpolate(source[last:], 0))
        return root

    def _render(self, nodes, ctx, out):
        for kind, data, pos in nodes:
            if kind == TEXT:
                out.append(data)
            elif kind == EXPR:
                out.append(str(evaluate(data, ctx)))
            elif kind == FOR:
                var, _, expr = data[0].partition(' in ')
                for item in evaluate(expr, ctx):
                    ctx.append({var.strip(): item})
                    self._render(data[1], ctx, out)
                    ctx.pop()
            elif evaluate(data[0], ctx):
                self._render(data[1], ctx, out)

    def render(self, **data):
        out = []
        self._render(self.tree, [data], out)
        return ''.join(out)


def bench_genshi(loops, tmpl_cls, tmpl_str):
    tmpl = tmpl_cls(tmpl_str)
    table = [dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10) for _ in range(200)]
    result = ''
    for _ in range(loops):
        result = tmpl.render(table=table)
    return result


def main():
    xml = bench_genshi(4, MarkupTemplate, BIGTABLE_XML)
    text = bench_genshi(4, TextTemplate, BIGTABLE_TEXT)
    print(len(xml), xml.count('<td>'), xml[:80].replace('\n', '|'))
    print(len(text), text.count('<td>'), text[:80].replace('\n', '|'))
    page = MarkupTemplate(PAGE_XML)
    items = [Item('a & b', 'x', {'class': 'first', 'data-n': '1'}), Item('"q"', 'y<z', {})]
    print(page.render(title='Stock <2024>', items=items), end='')
    print(page.render(title='Empty', items=[]), end='')
    for bad in ['<a><b></a>', '<a>', '<p py:loop="x">y</p>']:
        try:
            MarkupTemplate(bad).render()
        except TemplateError as e:
            print('TemplateError:', e)
    try:
        MarkupTemplate('<p>${nope}</p>').render()
    except TemplateError as e:
        print('TemplateError:', e)


if __name__ == "__main__":
    main()
