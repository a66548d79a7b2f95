from abc import ABC, abstractmethod
import abc


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class HalfDone(Shape):
    def area(self):
        return 0.0


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(HalfDone):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def perimeter(self):
        return 2 * 3.14159 * self.r


class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self, x):
        pass

    def run_twice(self, x):
        return self.run(self.run(x))


class Doubler(Plugin):
    def run(self, x):
        return x * 2


class Base(ABC):
    @abstractmethod
    def value(self):
        pass


class Concrete(Base):
    def value(self):
        return 42


class NotAbc:
    @abstractmethod
    def f(self):
        return "abstractmethod without ABC does nothing"


def main():
    shapes = [Rect(2, 3), Square(4), Circle(1)]
    for s in shapes:
        print(s.describe())
    print(sorted(round(s.area(), 1) for s in shapes))
    for make in [lambda: Shape("x"), lambda: HalfDone("y")]:
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)
    try:
        Plugin()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Base()
    except TypeError as e:
        print("TypeError:", e)
    d = Doubler()
    print(d.run(5), d.run_twice(5), isinstance(d, Plugin))
    print(Concrete().value(), NotAbc().f())


if __name__ == "__main__":
    main()
