# are-we-fast-yet micro benchmarks (Bounce, List, Permute, Queens) in the style of the suite's Python port:
# a Benchmark base class, a seeded Random, and a harness that runs benchmarks
# by name with an inner loop and verifies each result.


class Random:
    def __init__(self):
        self._seed = 74755

    def next(self):
        self._seed = ((self._seed * 1309) + 13849) & 65535
        return self._seed


class Benchmark:
    def benchmark(self):
        raise Exception("subclass responsibility")

    def verify_result(self, result):
        raise Exception("subclass responsibility")

    def inner_benchmark_loop(self, inner_iterations):
        for _ in range(inner_iterations):
            if not self.verify_result(self.benchmark()):
                return False
        return True


class Ball:
    def __init__(self, random):
        self._x = random.next() % 500
        self._y = random.next() % 500
        self._x_vel = (random.next() % 300) - 150
        self._y_vel = (random.next() % 300) - 150

    def bounce(self):
        x_limit = 500
        y_limit = 500
        bounced = False
        self._x += self._x_vel
        self._y += self._y_vel
        if self._x > x_limit:
            self._x = x_limit
            self._x_vel = 0 - abs(self._x_vel)
            bounced = True
        if self._x < 0:
            self._x = 0
            self._x_vel = abs(self._x_vel)
            bounced = True
        if self._y > y_limit:
            self._y = y_limit
            self._y_vel = 0 - abs(self._y_vel)
            bounced = True
        if self._y < 0:
            self._y = 0
            self._y_vel = abs(self._y_vel)
            bounced = True
        return bounced


class Bounce(Benchmark):
    def benchmark(self):
        random = Random()
        ball_count = 100
        bounces = 0
        balls = [Ball(random) for _ in range(ball_count)]
        for _ in range(50):
            for ball in balls:
                if ball.bounce():
                    bounces += 1
        return bounces

    def verify_result(self, result):
        return result == 1331


class Element:
    def __init__(self, v):
        self._val = v
        self._next = None

    def length(self):
        if self._next is None:
            return 1
        return 1 + self._next.length()

    def get_val(self):
        return self._val

    def get_next(self):
        return self._next

    def set_next(self, e):
        self._next = e


class List(Benchmark):
    def benchmark(self):
        result = self.tail(self.make_list(15), self.make_list(10), self.make_list(6))
        return result.length()

    def make_list(self, length):
        if length == 0:
            return None
        e = Element(length)
        e.set_next(self.make_list(length - 1))
        return e

    def is_shorter_than(self, x, y):
        x_tail = x
        y_tail = y
        while y_tail is not None:
            if x_tail is None:
                return True
            x_tail = x_tail.get_next()
            y_tail = y_tail.get_next()
        return False

    def tail(self, x, y, z):
        if self.is_shorter_than(y, x):
            return self.tail(self.tail(x.get_next(), y, z),
                             self.tail(y.get_next(), z, x),
                             self.tail(z.get_next(), x, y))
        return z

    def verify_result(self, result):
        return result == 10


class Permute(Benchmark):
    def __init__(self):
        self._count = 0
        self._v = None

    def benchmark(self):
        self._count = 0
        self._v = [0] * 6
        self._permute(6)
        return self._count

    def _permute(self, n):
        self._count += 1
        if n != 0:
            n1 = n - 1
            self._permute(n1)
            for i in range(n1, -1, -1):
                self._swap(n1, i)
                self._permute(n1)
                self._swap(n1, i)

    def _swap(self, i, j):
        tmp = self._v[i]
        self._v[i] = self._v[j]
        self._v[j] = tmp

    def verify_result(self, result):
        return result == 8660


class Queens(Benchmark):
    def __init__(self):
        self._free_maxs = None
        self._free_rows = None
        self._free_mins = None
        self._queen_rows = None

    def benchmark(self):
        result = True
        for _ in range(10):
            result = result and self._queens()
        return result

    def verify_result(self, result):
        return result

    def _queens(self):
        self._free_rows = [True] * 8
        self._free_maxs = [True] * 16
        self._free_mins = [True] * 16
        self._queen_rows = [-1] * 8
        return self._place_queen(0)

    def _place_queen(self, c):
        for r in range(8):
            if self._get_row_column(r, c):
                self._queen_rows[r] = c
                self._set_row_column(r, c, False)
                if c == 7:
                    return True
                if self._place_queen(c + 1):
                    return True
                self._set_row_column(r, c, True)
        return False

    def _get_row_column(self, r, c):
        return self._free_rows[r] and self._free_maxs[c + r] and self._free_mins[c - r + 7]

    def _set_row_column(self, r, c, v):
        self._free_rows[r] = v
        self._free_maxs[c + r] = v
        self._free_mins[c - r + 7] = v


BENCHMARKS = {"Bounce": Bounce, "List": List, "Permute": Permute, "Queens": Queens}


class Run:
    def __init__(self, name):
        self._name = name
        self._benchmark_suite = BENCHMARKS[name]
        self._num_iterations = 1
        self._inner_iterations = 1
        self.total = 0

    def set_num_iterations(self, n):
        self._num_iterations = n

    def set_inner_iterations(self, n):
        self._inner_iterations = n

    def run_benchmark(self):
        print("Starting " + self._name + " benchmark ...")
        for i in range(self._num_iterations):
            bench = self._benchmark_suite()
            if not bench.inner_benchmark_loop(self._inner_iterations):
                raise Exception("Benchmark failed with incorrect result")
            self.total += 1
        print("%s: iterations=%d runtime: <omitted>" % (self._name, self.total))


def main():
    args = ["Bounce 2 3", "List 2 3", "Permute 1 2", "Queens 2 2"]
    for line in args:
        parts = line.split()
        run = Run(parts[0])
        run.set_num_iterations(int(parts[1]))
        run.set_inner_iterations(int(parts[2]))
        run.run_benchmark()
    try:
        Run("Missing")
    except KeyError as e:
        print("unknown benchmark", e)
    print("Bounce count", Bounce().benchmark(), "Permute count", Permute().benchmark())


if __name__ == "__main__":
    main()
