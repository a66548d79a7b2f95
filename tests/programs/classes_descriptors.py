# Descriptors: class attributes whose class defines __get__/__set__ (and __set_name__).
class Positive:
    def __init__(self, default=0):
        self.default = default
        self.values = {}
    def __set_name__(self, owner, name):
        self.label = owner.__name__ + "." + name
    def __get__(self, obj, objtype=None):
        return self.values.get(id(obj), self.default)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.label} must be positive, not {value}")
        self.values[id(obj)] = value

class Upper:
    def __get__(self, obj, objtype=None):
        return obj.raw.upper()

class Item:
    price = Positive(1)
    qty = Positive()
    shout = Upper()
    def __init__(self, raw, price, qty):
        self.raw = raw
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty

class Box:
    size = Positive(5)


class Typed:
    # The classic validating descriptor: the value lives in the instance under a computed name.
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

def main():
    a = Item("pen", 3, 4); b = Item("ink", 2.5, 2)
    print(a.total(), b.total(), a.shout, b.price, a.qty)
    try:
        a.qty = -1
    except ValueError as e:
        print("ValueError:", e)
    print(a.qty)
    box = Box(); print(box.size); box.size = 7; print(box.size)
    try:
        box.size = 0
    except ValueError as e:
        print("ValueError:", e)
    p = Person("ann", 30)
    print(p.name, p.age, vars(p))
    try:
        p.age = "old"
    except TypeError as e:
        print("TypeError:", e)
    p.age = 31
    print(p.age, sorted(vars(p)))

if __name__ == "__main__":
    main()
