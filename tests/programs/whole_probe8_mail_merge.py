"""A mail-merge and notice generator in the string.Template style: letters
from $-templates (substitute with a mapping and keywords, safe_substitute
leaving unknown placeholders, ${braced} names, $$ escapes), a Template
subclass with another delimiter and id pattern, format_map with a
defaulting dict, and paragraphs laid out with textwrap (fill, wrap, indent,
dedent, shorten) into fixed-width notices."""
import string
import textwrap
from string import Template

LETTER = Template("""\
Dear $title $surname,

Your order #${order_id} of $count item(s) totalling $$${total} was shipped
on $date to ${city}. Items: $items.

$closing
""")

REMINDER = Template("Hi $name, you still owe $$$amount for $what ($days days late). $unknown")


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9_]*"


class DefaultDict(dict):
    def __missing__(self, key):
        return "<" + key + "?>"


CUSTOMERS = [
    {"title": "Ms", "surname": "Okafor", "order_id": 1041, "count": 3, "total": "149.90",
     "date": "2024-03-02", "city": "Lagos", "items": ["kettle", "mug", "tea"]},
    {"title": "Dr", "surname": "Lindqvist", "order_id": 1042, "count": 1, "total": "12.00",
     "date": "2024-03-03", "city": "Malmö", "items": ["notebook"]},
    {"title": "Mr", "surname": "Tanaka", "order_id": 1043, "count": 5, "total": "1,210.50",
     "date": "2024-03-05", "city": "Osaka", "items": ["desk", "chair", "lamp", "rug", "plant"]},
]

POLICY = """
    Returns are accepted within thirty days of delivery, provided that the
    goods are unused and in their original packaging. Refunds are issued to
    the original payment method; shipping charges are non-refundable except
    where the goods arrived damaged or were not as described.
"""


def letter(customer, closing):
    fields = dict(customer)
    fields["items"] = ", ".join(customer["items"])
    return LETTER.substitute(fields, closing=closing)


def notice(title, body, width=48):
    text = textwrap.dedent(body).strip()
    wrapped = textwrap.fill(text, width=width - 4, initial_indent="* ", subsequent_indent="  ")
    framed = textwrap.indent(wrapped, "| ", lambda line: True)
    bar = "+" + "-" * (width - 2) + "+"
    return "\n".join([bar, "| " + title.upper().center(width - 4), bar, framed, bar])


def main():
    for i, customer in enumerate(CUSTOMERS):
        print(letter(customer, "Best regards," if i % 2 else "Kind regards,"))
    try:
        LETTER.substitute(title="Mx")
    except KeyError as e:
        print("KeyError:", e)
    try:
        Template("Cost: $").substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(REMINDER.safe_substitute(name="Ann", amount="20.00", what="books", days=12))
    print(REMINDER.safe_substitute({"name": "Bo"}, amount=5))
    pt = PercentTemplate("%greeting %name_1, 100%% sure: %{greeting}s! $literal")
    print(pt.substitute(greeting="Hello", name_1="Zed"))
    print(pt.safe_substitute(greeting="Hey"))
    print(Template.delimiter, PercentTemplate.delimiter, LETTER.template.count("$"))
    print("{name} owes {amount:>8} ({currency})".format_map(DefaultDict(name="Cy", amount="3.50")))
    print(notice("Returns policy", POLICY))
    print(textwrap.wrap("supercalifragilisticexpialidocious and more words", width=12))
    print(textwrap.wrap("supercalifragilisticexpialidocious", width=10, break_long_words=False))
    print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
    print(string.capwords("hello   wORLD, it's  me"), string.ascii_lowercase[:5], string.digits, string.punctuation[:8])
    total = 0
    for n in range(150):
        c = CUSTOMERS[n % 3]
        total += len(letter(c, "Yours")) + len(notice("n%d" % n, POLICY, 40 + n % 20))
    print("total", total)


if __name__ == "__main__":
    main()
