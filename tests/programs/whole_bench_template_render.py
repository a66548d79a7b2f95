# Variant written around a compiler gap: string.Template is left out.
# Template rendering with str.format(**ctx), %-formatting with dicts, and escaping (in the spirit of bm_mako/genshi).
import string

ROW = "<tr>{cells}</tr>"
CELL = "<td class=\"{cls}\">{value}</td>"


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_table(rows, **opts):
    border = opts.get("border", 0)
    out = ["<table border=%(border)d id=%(id)r>" % {"border": border, "id": opts.get("id", "t")}]
    for i, row in enumerate(rows):
        cells = "".join(CELL.format(cls="odd" if j % 2 else "even", value=escape(str(v)))
                        for j, v in enumerate(row))
        out.append(ROW.format(cells=cells))
    out.append("</table>")
    return "\n".join(out)


def render_page(title, items, **ctx):
    header = "<h1>{title}</h1>".format(title=escape(title))
    body = ", ".join("{0}={1!r}".format(k, v) for k, v in sorted(ctx.items()))
    lst = "".join("<li>%s</li>" % escape(x) for x in items)
    return "\n".join([header, "<p>" + body + "</p>", "<ul>" + lst + "</ul>"])


def main():
    rows = [[i, "name<%d>" % i, i * 1.5, i % 3 == 0] for i in range(5)]
    print(render_table(rows, border=1, id="data"))
    print(render_page("A & B", ["x<y", "\"q\""], user="bob", count=3))
    print(string.ascii_lowercase[:5], string.digits)
    total = 0
    for k in range(100):
        total += len(render_table(rows[: k % 5 + 1]))
    print(total)


if __name__ == "__main__":
    main()
