# Multiple inheritance: mixins, C3 method resolution order, super() that
# reaches a sibling class, isinstance through every base.


class Walker:
    legs = 2

    def walk(self):
        return self.name + " walks"

    def move(self):
        return "walk"


class Swimmer:
    speed = 3

    def swim(self):
        return self.name + " swims"

    def move(self):
        return "swim"


class Duck(Walker, Swimmer):
    def __init__(self, name):
        self.name = name


class Penguin(Swimmer, Walker):
    def __init__(self, name):
        self.name = name


class Fish(Swimmer):
    def __init__(self, name):
        self.name = name


class Base:
    def hello(self):
        return "base"


class LoudMixin:
    def hello(self):
        return "loud+" + super().hello()


class PoliteMixin:
    def hello(self):
        return "please+" + super().hello()


class Child(LoudMixin, Base):
    pass


class Both(PoliteMixin, LoudMixin, Base):
    def hello(self):
        return "both:" + super().hello()


class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} {self.describe()}>"


class ComparableMixin:
    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()


class Item(ReprMixin, ComparableMixin):
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def describe(self):
        return f"{self.name}={self.price}"

    def key(self):
        return self.price


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in self.fields()) + "}"


class Square(Shape, JsonMixin):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side

    def fields(self):
        return [("name", self.name), ("side", self.side)]


def main():
    d = Duck("don")
    p = Penguin("pingu")
    print(d.walk(), d.swim(), d.move(), d.speed, d.legs)
    print(p.walk(), p.swim(), p.move())
    print(isinstance(d, Swimmer), isinstance(d, Walker), isinstance(Fish("f"), Walker))
    print(Child().hello(), Both().hello(), Base().hello())
    animals = [Duck("a"), Fish("b"), Penguin("c")]
    for a in animals:
        print(a.swim(), a.move(), isinstance(a, Walker))
    items = [Item("pear", 3), Item("fig", 1), Item("kiwi", 2)]
    print(sorted(items), min(items), Item("x", 1) == Item("y", 1))
    sq = Square(4)
    print(sq.area(), sq.to_json(), isinstance(sq, JsonMixin), isinstance(sq, Shape))
    things = [1, Duck("x"), "s", Fish("y")]
    print([isinstance(t, Swimmer) for t in things], [isinstance(t, Walker) for t in things])


if __name__ == "__main__":
    main()
