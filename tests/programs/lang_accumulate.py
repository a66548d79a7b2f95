# itertools.accumulate with a function (positional or func=, with initial=), lazily.
import itertools
from itertools import accumulate

def main():
    print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
    print(list(accumulate([3, 1, 4, 1, 5], max)))
    print(list(accumulate([1, 2, 3], lambda a, b: a + b, initial=100)))
    print(list(accumulate([], max)), list(accumulate([], max, initial=5)))
    print(list(accumulate([1, 2, 3])))
    running = accumulate([5, 3, 8], func=min)
    print(next(running), list(running))
    print(list(accumulate(["a", "b", "c"], lambda s, t: s + t)))
    log = []

    def add_logged(total, item):
        log.append(item)
        return total + item

    lazy = accumulate([1, 2, 3], add_logged)
    print(next(lazy), log, next(lazy), log)
    balances = list(accumulate([100, -30, 45, -80], lambda bal, tx: max(0, bal + tx)))
    print(balances)

if __name__ == "__main__":
    main()
