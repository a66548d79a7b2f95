class Vec:
    count = 0

    def __init__(self, x, y=0.0):
        self.x = x
        self.y = y
        Vec.count += 1

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def doubled(self):
        return Vec(self.x * 2, self.y * 2)


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.sound

    def describe(self):
        return self.name + " says " + self.speak()


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives

    def speak(self):
        return "meow x" + str(self.lives)


class Counter:
    def __init__(self):
        self.n = 0

    def __len__(self):
        return self.n

    def bump(self, by=1):
        self.n += by
        return self


def pick(i):
    if i % 2:
        return Dog("rex")
    return Cat("tom", lives=i)


def main():
    a = Vec(1.0, 2.0)
    b = Vec(0.5)
    c = a + b
    print(c, c.norm2(), a.doubled, Vec.count, a == Vec(1.0, 2.0), a != b)
    for i in range(4):
        p = pick(i)
        print(p.describe(), p.name)
    k = Counter()
    print(len(k), bool(k))
    k.bump().bump(by=3)
    print(len(k), bool(k), "yes" if k else "no")
    print(str(a), repr(b), f"{c}")


if __name__ == "__main__":
    main()
