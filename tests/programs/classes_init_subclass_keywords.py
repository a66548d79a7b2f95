# Keyword arguments of a class statement reach the base's __init_subclass__
# (`class Csv(Plugin, key="csv")`), defaults and **kwargs included; a class made
# with `metaclass=ABCMeta` is an abstract base class as one deriving from ABC.
from abc import ABCMeta, abstractmethod
import abc


class Plugin:
    registry = {}
    order = []

    def __init_subclass__(cls, /, key=None, priority=0, **options):
        super().__init_subclass__()
        name = key or cls.__name__.lower()
        Plugin.registry[name] = cls
        Plugin.order.append((priority, name, sorted(options.items())))


class CsvExport(Plugin, key="csv", priority=2):
    def render(self, rows):
        return "\n".join(",".join(str(c) for c in r) for r in rows)


class JsonExport(Plugin, priority=1, indent=2, compact=False):
    def render(self, rows):
        return "[" + ", ".join("[" + ", ".join(repr(c) for c in r) + "]" for r in rows) + "]"


class TsvExport(CsvExport):
    def render(self, rows):
        return "\n".join("\t".join(str(c) for c in r) for r in rows)


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Runner(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self):
        pass


def main():
    rows = [(1, "a"), (2, "b")]
    for name in sorted(Plugin.registry):
        print(name, Plugin.registry[name].__name__)
        print(Plugin.registry[name]().render(rows))
    print(sorted(Plugin.order))
    print(Square(3).describe())
    for cls in (Shape, Runner):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)


main()
