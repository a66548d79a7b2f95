# One function, two specialisations: where the loop bound is a plain int
# attribute the loop is a counted loop; where the same code runs on a value of
# unknown type (an instance kept among other kinds of values) the bound is
# dynamic and `range()` is built at run time. Each specialisation must keep its
# own kind of loop (a raytracer's `render(canvas)` reached both ways).


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [0] * (width * height)

    def plot(self, x, y, v):
        self.cells[y * self.width + x] = v


class Sheet:
    def __init__(self, rows):
        self.width = 2
        self.height = rows
        self.cells = []

    def plot(self, x, y, v):
        self.cells.append((x, y, v))


def fill(canvas, shade):
    total = 0
    for y in range(canvas.height):
        for x in range(canvas.width):
            v = shade(x, y)
            canvas.plot(x, y, v)
            total += v
    return total


def steps(obj, start, stop):
    out = []
    for i in range(start, obj.height, stop):
        out.append(i)
    return out


def main():
    c = Canvas(3, 2)
    print(fill(c, lambda x, y: x * 10 + y), c.cells)
    # The same functions on values of unknown type: a list of mixed things.
    things = [Sheet(3), "label", 4.5]
    s = things[0]
    print(fill(s, lambda x, y: x + y), s.cells)
    print(steps(c, 0, 1), steps(s, 1, 2))
    for t in things:
        try:
            print(fill(t, lambda x, y: 1))
        except AttributeError as e:
            print("AttributeError:", e)


if __name__ == "__main__":
    main()
