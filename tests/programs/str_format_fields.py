# str.format replacement fields that index and read attributes: {0[key]}, {1.x},
# {p.name.upper}, with literal and computed format strings, on instances of
# your classes, dicts, lists and tuples.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"({self.x}, {self.y})"


class Person:
    def __init__(self, name, home):
        self.name = name
        self.home = home


def render(template, **fields):
    return template.format(**fields)


def main():
    p = Point(3, 4)
    print("{0[a]} {0[b]} {1.x}-{1.y} {1}".format({"a": 1, "b": 2}, p))
    print("{pt.x:>4}|{pt.y:<4}|{pt!s:^10}|".format(pt=p))
    people = [Person("ada", Point(0, 1)), Person("alan", Point(2, 3))]
    for person in people:
        print("{0.name} lives at {0.home.x},{0.home.y}".format(person))
    templates = ["{p.name}: {p.home}", "{p.home.x:03d}", "{items[1]} and {items[0]}"]
    for t in templates:
        print(t.format(p=people[1], items=["first", "second"]))
    print(render("{who.name} says {what[0]}", who=people[0], what=("hi", "bye")))
    print("{0.real} {0.imag}".format(5), "{0[2]}".format("xyz"), "{:.{}f}".format(3.14159, 2))
    try:
        print("{0.missing}".format(p))
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print("{0[5]}".format([1, 2]))
    except IndexError as e:
        print("IndexError:", e)


if __name__ == "__main__":
    main()
