import math
import random
import sys
import time
from math import sqrt, pi as PI
from typing import List


def norm(xs: List[float]) -> float:
    return sqrt(sum(x * x for x in xs))


def main():
    print(math.pi, PI, math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(20))
    print(norm([3.0, 4.0]), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4), math.log(100, 10), math.log(8, 2))
    random.seed(42)
    print(random.random(), random.randint(1, 100), random.choice(["a", "b", "c"]), random.uniform(1, 2))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs, random.sample(xs, 3), random.randrange(0, 100, 5), random.gauss(0, 1))
    t0 = time.perf_counter()
    print(time.perf_counter() >= t0, len(sys.argv), sys.maxsize)
    sys.stdout.write("written\n")
    # the tests run with stdin, stdout and stderr not terminals
    print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stderr.isatty())
    print(random.choices("abc", weights=[1, 2, 3], k=5), random.choices(range(4), [0, 0, 1, 0]))
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("error:", e)


if __name__ == "__main__":
    main()
