"""A small pretty-printer for nested containers, in the spirit of pprint."""
from collections import OrderedDict, namedtuple

Point = namedtuple("Point", "x y")


class PrettyPrinter:
    def __init__(self, width=40, indent=2, sort_dicts=True):
        self.width = width
        self.indent = indent
        self.sort_dicts = sort_dicts
        self._seen = set()

    def pformat(self, obj):
        parts = []
        self._format(obj, parts, 0, 0)
        return "".join(parts)

    def _repr(self, obj):
        if isinstance(obj, dict):
            items = sorted(obj.items(), key=lambda kv: repr(kv[0])) if self.sort_dicts else obj.items()
            return "{" + ", ".join(f"{self._repr(k)}: {self._repr(v)}" for k, v in items) + "}"
        if isinstance(obj, list):
            return "[" + ", ".join(self._repr(x) for x in obj) + "]"
        if isinstance(obj, tuple):
            if len(obj) == 1:
                return "(" + self._repr(obj[0]) + ",)"
            return "(" + ", ".join(self._repr(x) for x in obj) + ")"
        if isinstance(obj, (set, frozenset)):
            if not obj:
                return "set()"
            return "{" + ", ".join(self._repr(x) for x in sorted(obj, key=repr)) + "}"
        return repr(obj)

    def _format(self, obj, out, level, extra):
        rep = self._repr(obj)
        if len(rep) + level + extra <= self.width:
            out.append(rep)
            return
        ident = id(obj)
        if ident in self._seen:
            out.append("<recursion>")
            return
        if isinstance(obj, dict):
            self._seen.add(ident)
            self._format_dict(obj, out, level)
            self._seen.discard(ident)
        elif isinstance(obj, list):
            self._seen.add(ident)
            self._format_seq(obj, "[", "]", out, level)
            self._seen.discard(ident)
        elif isinstance(obj, tuple):
            self._format_seq(list(obj), "(", ")", out, level)
        elif isinstance(obj, str) and len(obj) > 8:
            self._format_str(obj, out, level)
        else:
            out.append(rep)

    def _format_dict(self, d, out, level):
        out.append("{")
        items = sorted(d.items(), key=lambda kv: repr(kv[0])) if self.sort_dicts else list(d.items())
        inner = level + self.indent
        for i, (k, v) in enumerate(items):
            out.append("\n" + " " * inner)
            key = self._repr(k) + ": "
            out.append(key)
            self._format(v, out, inner + len(key), 1)
            if i < len(items) - 1:
                out.append(",")
        out.append("\n" + " " * level + "}")

    def _format_seq(self, seq, open_, close, out, level):
        out.append(open_)
        inner = level + self.indent
        for i, v in enumerate(seq):
            out.append("\n" + " " * inner)
            self._format(v, out, inner, 1)
            if i < len(seq) - 1 or (open_ == "(" and len(seq) == 1):
                out.append(",")
        out.append("\n" + " " * level + close)

    def _format_str(self, s, out, level):
        words = s.split(" ")
        chunks, cur = [], ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(repr(cand)) + level > self.width and cur:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = cand
        chunks.append(cur)
        if len(chunks) == 1:
            out.append(repr(s))
            return
        out.append("(" + "\n".join(" " * (level + 1) * (i > 0) + repr(c) for i, c in enumerate(chunks)) + ")")


def build_data():
    data = {
        "name": "widget factory",
        "version": (3, 11, 4),
        "tags": {"fast", "native", "typed"},
        "matrix": [[i * j for j in range(6)] for i in range(4)],
        "points": [(1, 2), (-3, 4.5)],
        "description": "a longish sentence that will not fit on one line of the output at all",
        "nested": {"a": {"b": {"c": {"d": list(range(12))}}}},
        "empty": [[], {}, (), set()],
        "single": (42,),
        "flags": [True, False, None],
        7: "int key",
    }
    return data


def main():
    data = build_data()
    for width in (80, 40, 20):
        pp = PrettyPrinter(width=width)
        print(f"--- width={width}")
        print(pp.pformat(data))
    od = OrderedDict()
    for word in "zeta alpha mu beta".split():
        od[word] = len(word)
    print(PrettyPrinter(width=10, sort_dicts=False).pformat(dict(od)))
    print(PrettyPrinter(width=10).pformat(dict(od)))
    lines = PrettyPrinter(width=30).pformat(data).splitlines()
    print(len(lines), max(len(l) for l in lines))
    print(repr(Point(0, 0)), Point(1, 2)._replace(y=9), Point._fields)


if __name__ == "__main__":
    main()
