"""Test the performance of a small Django-style template engine.

pyperformance's bm_django_template renders a 150x150 table through
django.template; this is a self-contained engine in Django's structure:
a Lexer that splits the source into tokens, a Parser that builds a NodeList
of TextNode / VariableNode / ForNode / IfNode, a Context with a dict stack,
FilterExpression with registered filters, and autoescaping."""
import re
from html import escape as html_escape

TOKEN_TEXT, TOKEN_VAR, TOKEN_BLOCK, TOKEN_COMMENT = range(4)
tag_re = re.compile(r"({%.*?%}|{{.*?}}|{#.*?#})")


class TemplateSyntaxError(Exception):
    pass


class SafeString(str):
    pass


def mark_safe(s):
    return SafeString(s)


def conditional_escape(value):
    if isinstance(value, SafeString):
        return value
    return SafeString(html_escape(str(value)))


class Token:
    def __init__(self, token_type, contents):
        self.token_type = token_type
        self.contents = contents

    def split_contents(self):
        return self.contents.split()


class Lexer:
    def __init__(self, template_string):
        self.template_string = template_string

    def tokenize(self):
        in_tag = False
        result = []
        for bit in tag_re.split(self.template_string):
            if bit:
                result.append(self.create_token(bit, in_tag))
            in_tag = not in_tag
        return result

    def create_token(self, token_string, in_tag):
        if in_tag:
            content = token_string[2:-2].strip()
            if token_string.startswith("{{"):
                return Token(TOKEN_VAR, content)
            if token_string.startswith("{%"):
                return Token(TOKEN_BLOCK, content)
            return Token(TOKEN_COMMENT, "")
        return Token(TOKEN_TEXT, token_string)


FILTERS = {}


def register_filter(name):
    def decorator(func):
        FILTERS[name] = func
        return func
    return decorator


@register_filter("upper")
def upper(value):
    return str(value).upper()


@register_filter("lower")
def lower(value):
    return str(value).lower()


@register_filter("default")
def default(value, arg):
    return value or arg


@register_filter("length")
def length(value):
    return len(value)


@register_filter("safe")
def safe(value):
    return mark_safe(str(value))


@register_filter("add")
def add(value, arg):
    try:
        return int(value) + int(arg)
    except (ValueError, TypeError):
        return value


@register_filter("join")
def join(value, arg):
    return arg.join(str(v) for v in value)


class Variable:
    def __init__(self, var):
        self.var = var
        self.literal = None
        self.lookups = None
        if var[0] in "\"'" and var[-1] == var[0]:
            self.literal = mark_safe(var[1:-1])
        else:
            try:
                self.literal = int(var)
            except ValueError:
                self.lookups = tuple(var.split("."))

    def resolve(self, context):
        if self.lookups is None:
            return self.literal
        current = context
        for bit in self.lookups:
            try:
                current = current[bit]
            except (TypeError, KeyError, IndexError):
                try:
                    current = current[int(bit)]
                except (ValueError, TypeError, KeyError, IndexError):
                    current = getattr(current, bit, "")
            if callable(current):
                current = current()
        return current


class FilterExpression:
    def __init__(self, token):
        parts = token.split("|")
        self.var = Variable(parts[0].strip())
        self.filters = []
        for part in parts[1:]:
            name, _, arg = part.partition(":")
            if name not in FILTERS:
                raise TemplateSyntaxError("Invalid filter: '%s'" % name)
            self.filters.append((FILTERS[name], Variable(arg) if arg else None))

    def resolve(self, context):
        obj = self.var.resolve(context)
        for func, arg in self.filters:
            if arg is None:
                obj = func(obj)
            else:
                obj = func(obj, arg.resolve(context))
        return obj


class Context:
    def __init__(self, dict_=None, autoescape=True):
        self.dicts = [dict_ or {}]
        self.autoescape = autoescape

    def push(self):
        d = {}
        self.dicts.append(d)
        return d

    def pop(self):
        return self.dicts.pop()

    def __setitem__(self, key, value):
        self.dicts[-1][key] = value

    def __getitem__(self, key):
        for d in reversed(self.dicts):
            if key in d:
                return d[key]
        raise KeyError(key)


class Node:
    def render(self, context):
        raise NotImplementedError


class NodeList(list):
    def render(self, context):
        return SafeString("".join([str(node.render(context)) for node in self]))


class TextNode(Node):
    def __init__(self, s):
        self.s = s

    def render(self, context):
        return self.s


class VariableNode(Node):
    def __init__(self, filter_expression):
        self.filter_expression = filter_expression

    def render(self, context):
        output = self.filter_expression.resolve(context)
        if context.autoescape:
            return conditional_escape(output)
        return str(output)


class ForNode(Node):
    def __init__(self, loopvar, sequence, nodelist):
        self.loopvar = loopvar
        self.sequence = sequence
        self.nodelist = nodelist

    def render(self, context):
        values = self.sequence.resolve(context)
        nodelist = []
        context.push()
        try:
            n = len(values)
            for i, item in enumerate(values):
                context["forloop"] = {"counter": i + 1, "first": i == 0, "last": i == n - 1}
                context[self.loopvar] = item
                nodelist.append(self.nodelist.render(context))
        finally:
            context.pop()
        return mark_safe("".join(nodelist))


class IfNode(Node):
    def __init__(self, condition, nodelist_true, nodelist_false):
        self.condition = condition
        self.nodelist_true = nodelist_true
        self.nodelist_false = nodelist_false

    def render(self, context):
        negate, expr = self.condition
        value = bool(expr.resolve(context))
        if value != negate:
            return self.nodelist_true.render(context)
        return self.nodelist_false.render(context)


class Parser:
    def __init__(self, tokens):
        self.tokens = list(reversed(tokens))

    def parse(self, parse_until=()):
        nodelist = NodeList()
        while self.tokens:
            token = self.tokens.pop()
            if token.token_type == TOKEN_TEXT:
                nodelist.append(TextNode(token.contents))
            elif token.token_type == TOKEN_VAR:
                nodelist.append(VariableNode(FilterExpression(token.contents)))
            elif token.token_type == TOKEN_BLOCK:
                command = token.split_contents()[0]
                if command in parse_until:
                    self.tokens.append(token)
                    return nodelist
                nodelist.append(self.parse_tag(command, token))
        if parse_until:
            raise TemplateSyntaxError("Unclosed tag, expected %s" % ", ".join(parse_until))
        return nodelist

    def next_token(self):
        return self.tokens.pop()

    def parse_tag(self, command, token):
        bits = token.split_contents()
        if command == "for":
            if len(bits) != 4 or bits[2] != "in":
                raise TemplateSyntaxError("'for' statements should use the format 'for x in y': %s" % token.contents)
            body = self.parse(("endfor",))
            self.next_token()
            return ForNode(bits[1], FilterExpression(bits[3]), body)
        if command == "if":
            negate = bits[1] == "not"
            expr = FilterExpression(bits[-1])
            nodelist_true = self.parse(("else", "endif"))
            token = self.next_token()
            if token.contents == "else":
                nodelist_false = self.parse(("endif",))
                self.next_token()
            else:
                nodelist_false = NodeList()
            return IfNode((negate, expr), nodelist_true, nodelist_false)
        raise TemplateSyntaxError("Invalid block tag: '%s'" % command)


class Template:
    def __init__(self, template_string):
        self.nodelist = Parser(Lexer(template_string).tokenize()).parse()

    def render(self, context):
        return self.nodelist.render(context)


DJANGO_TMPL = Template("""<table>
{% for row in table %}
<tr class="{% if forloop.first %}first{% else %}row{% endif %}">{% for col in row %}<td>{{ col|add:1 }}</td>{% endfor %}</tr>
{% endfor %}
</table>
<p>{{ title|upper }} &mdash; {{ missing|default:"n/a" }} ({{ table|length }} rows)</p>
{# comment #}<ul>{% for user in users %}<li>{{ user.name }}{% if not user.admin %} (guest){% endif %}: {{ user.tags|join:", " }}</li>{% endfor %}</ul>
<div>{{ html }} / {{ html|safe }}</div>
""")


class User:
    def __init__(self, name, admin, tags):
        self.name = name
        self.admin = admin
        self.tags = tags


def main():
    size = 60
    table = [range(size) for _ in range(size)]
    users = [User("user<%d>" % i, i % 3 == 0, ["t%d" % j for j in range(i % 4)]) for i in range(8)]
    total = 0
    out = ""
    for _ in range(5):
        context = Context({"table": table, "title": "Report", "users": users,
                           "html": "<b>bold & brave</b>"})
        out = DJANGO_TMPL.render(context)
        total += len(out)
    print(total)
    print(out[:120])
    print(out[-420:])
    try:
        Template("{% for x in %}")
    except TemplateSyntaxError as e:
        print("error:", e)
    try:
        Template("{{ a|nosuch }}")
    except TemplateSyntaxError as e:
        print("error:", e)


if __name__ == "__main__":
    main()
