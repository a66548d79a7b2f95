# Classes and functions kept as values of unknown type: factory tables that
# map names to classes, lists mixing classes, class objects printed and
# compared, and iter(callable, sentinel).


class Shape:
    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r**2, 2)


class Rect(Shape):
    def __init__(self, w, h=1):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Dog:
    sound = "woof"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Cat:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says meow"


FACTORIES = {"circle": Circle, "rect": Rect}


def make(kind, *args):
    return FACTORIES[kind](*args)


def square(n):
    return Rect(n, n)


def main():
    shapes = [make("circle", 1), make("rect", 2, 3), make("rect", 4)]
    for s in shapes:
        print(s.describe())
    builders = {"circle": Circle, "square": square, "unit": lambda: Rect(1)}
    print(builders["square"](3).area(), builders["unit"]().area(), builders["circle"](2).area())
    for cls in [Dog, Cat]:
        pet = cls("rex")
        print(pet.speak())
    kinds = [Dog, Cat, Circle]
    print(kinds[0], kinds[1].__name__, kinds[0] is Dog, kinds[1] is Dog, kinds)
    names = {Dog: "dog", Cat: "cat"}
    print(names[Dog], names.get(Cat), Circle in names, [names[k] for k in kinds[:2]])
    try:
        make("rect")
    except TypeError as e:
        print("TypeError:", e)
    try:
        FACTORIES["circle"](1, 2)
    except TypeError as e:
        print("TypeError:", e)

    values = iter([3, 2, 1, 0, 5, 6])
    print(list(iter(lambda: next(values), 0)), list(values))
    lines = ["alpha", "beta", "", "gamma"]
    pos = [0]

    def read_line():
        pos[0] += 1
        return lines[pos[0] - 1]

    for line in iter(read_line, ""):
        print("line:", line)


if __name__ == "__main__":
    main()
