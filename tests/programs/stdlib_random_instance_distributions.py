# random.Random instances draw every distribution CPython 3.11's random.py has, with the same
# numbers for the same seed: lognormvariate, vonmisesvariate, gammavariate (the three alpha cases),
# betavariate, paretovariate, weibullvariate, randbytes; and the module-level ones beside them.

import random


def main():
    r = random.Random(12345)
    out = []
    for _ in range(5):
        out.append((r.lognormvariate(0.5, 0.25), r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0.0, 0.0),
                    r.gammavariate(2.5, 1.5), r.gammavariate(1.0, 2.0), r.gammavariate(0.5, 1.0),
                    r.betavariate(2, 5), r.paretovariate(3.0), r.weibullvariate(1.0, 1.5)))
    for row in out:
        print(" ".join(f"{v:.12f}" for v in row))
    print(r.randbytes(6).hex(), len(r.randbytes(0)))
    try:
        r.gammavariate(0, 1)
    except ValueError as e:
        print("ValueError:", e)
    random.seed(99)
    print(random.betavariate(2, 3), random.gammavariate(0.7, 2.0), random.vonmisesvariate(0.5, 2.0))


main()
