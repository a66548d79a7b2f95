"""Classes defined inside functions and methods that run many times, the way
benchmark suites and test helpers write them: each run makes its own class,
which here never leaves the run (only called, its instances only used through
attributes and methods)."""


class Suite:
    rounds = 50

    def run_shapes(self):
        class Shape:
            sides = 0
            label = "shape"

            def __init__(self, size):
                self.size = size

            def perimeter(self):
                return self.sides * self.size

            @property
            def name(self):
                return self.label + str(self.sides)

        class Square(Shape):
            sides = 4
            label = "square"

            def __init__(self, size):
                super().__init__(size)
                self.diagonal = round(size * 1.4142, 3)

        class Triangle(Shape):
            sides = 3

        total = 0
        for i in range(self.rounds):
            s = Square(i)
            t = Triangle(i + 1)
            total += s.perimeter() + t.perimeter()
        checks = (isinstance(s, Shape), isinstance(s, Triangle), isinstance(t, Shape))
        return total, s.name, t.name, s.diagonal, checks

    def run_counter(self, start):
        class Counter:
            step = 2

            def __init__(self, value):
                self.value = value
                self.history = []

            def tick(self, times=1):
                for _ in range(times):
                    self.value += self.step
                    self.history.append(self.value)
                return self.value

            @staticmethod
            def describe(v):
                return f"count={v}"

        c = Counter(start)
        c.tick()
        c.tick(3)
        c.step = 10
        c.tick()
        return c.describe(c.value), c.history


def tokenize(text):
    class Token:
        def __init__(self, kind, text):
            self.kind = kind
            self.text = text

    words = 0
    numbers = 0
    for part in text.split():
        tok = Token("num" if part.isdigit() else "word", part)
        if tok.kind == "num":
            numbers += int(tok.text)
        else:
            words += 1
    return words, numbers


def main():
    suite = Suite()
    for r in range(3):
        print(suite.run_shapes())
        print(suite.run_counter(r * 5))
    for line in ["a 1 b 2", "x y z 40", ""]:
        print(tokenize(line))


main()
