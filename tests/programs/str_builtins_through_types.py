# String building and formatting as template benchmarks do it (StringIO, % and format specs, textwrap,
# string.Template), dict(k=v) and dict(x, k=v), and built-in methods called through their type
# (str.title(s), str.join(sep, gen), int.bit_length(n)), also where a name like list is a local.
import io
import string
import textwrap


def render_table(rows):
    out = io.StringIO()
    out.write("<table>\n")
    for i, row in enumerate(rows):
        cls = "odd" if i % 2 else "even"
        out.write('<tr class="%s">' % cls)
        for col in row:
            out.write("<td>%s</td>" % col)
        out.write("</tr>\n")
    out.write("</table>")
    return out.getvalue()


def main():
    table = [dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10) for _ in range(20)]
    html = render_table([list(r.values()) for r in table])
    print(len(html), html[:60].replace("\n", "|"))
    parts = []
    for r in table[:3]:
        parts.append(" ".join("%s=%s" % kv for kv in sorted(r.items())))
    print("\n".join(parts))
    t = string.Template("$who likes ${what}!")
    print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
    print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
    s = "Hello, World"
    print(s.center(20, "*"), s.ljust(15, ".") + "|", s.rjust(15) + "|", s.swapcase(), s.casefold())
    print(s.encode("utf-8"), "héllo".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"), "x".join(["a", "b"]))
    print("a,b,,c".split(","), "a b  c".split(), "  x ".strip(), "line1\nline2\r\nline3".splitlines())
    print("%5.2f|%-6s|%06d|%x|%o|%e|%r|%c" % (3.14159, "ab", 42, 255, 8, 12345.678, "q", 65))
    print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}|{:b}".format("r", "l", "c", 3.14159, 1234567, 10))
    words = "the cat sat on the mat the end".split()
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
    print(str.title("hello world"), "abc".startswith(("x", "a")), "data.txt".endswith((".txt", ".csv")), "a-b-c".rsplit("-", 1))
    print(repr("tab\there"), "ß".upper(), "İ".lower(), len("😀"), ord("€"), chr(8364))
    print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, f"{'nested'!r:>10}", f"{3.0:.0%}")




def f(tuple):
    return tuple.count(3)


def through_types():
    list = [1]
    list.append(2)
    print(list, f((3, 1, 3)))
    print(str.join("-", (str(i) for i in range(3))), str.upper("x"), int.bit_length(255))
    xs = []
    for w in ["b", "a"]:
        list.append(w)
    print(sorted(map(str.lower, ["B", "a"])), set.union({1}, {2}), str.split("a b"))




if __name__ == "__main__":
    main()
    through_types()
    base = dict([("x", 1)], y=2)
    print(base, dict(base, x=5, z=[1]), dict(a=dict(b=1)))
