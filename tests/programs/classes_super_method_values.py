"""super().method read as a value: kept in a variable, passed to map() and
sorted(), stored as a callback, the way overriding methods reuse their
parent's behaviour."""


class Formatter:
    def __init__(self, width):
        self.width = width

    def cell(self, text, fill=" "):
        return str(text).ljust(self.width, fill)

    def row(self, values):
        return "|".join(self.cell(v) for v in values)

    def rank(self, item):
        return len(str(item))


class CenteredFormatter(Formatter):
    def cell(self, text, fill=" "):
        plain = super().cell
        return "[" + plain(text, fill).strip().center(self.width, fill) + "]"

    def row(self, values):
        parent_cell = super().cell
        left = list(map(parent_cell, values))
        return "|".join(left) + " / " + super().row(values)

    def rank(self, item):
        base_rank = super().rank
        return -base_rank(item)

    def ordered(self, items):
        return sorted(items, key=super().rank)


class Report(CenteredFormatter):
    def __init__(self, width, title):
        super().__init__(width)
        self.title = title
        self.on_cell = super().cell

    def cell(self, text, fill=" "):
        via_parent = super().cell
        return via_parent(text, fill=".") if fill == " " else via_parent(text, fill)

    def render(self, values):
        return self.title + ": " + self.on_cell(values[0], "*") + " " + self.row(values)


def main():
    f = CenteredFormatter(6)
    print(f.cell("ab"))
    print(f.row([1, "xyz", 3.5]))
    print(f.rank("abcd"), f.ordered(["ccc", "a", "bb"]))
    r = Report(5, "T")
    print(r.render(["k", 22]))
    print(r.cell("q"), r.cell("q", "-"))


main()
