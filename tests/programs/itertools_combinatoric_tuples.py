# combinations/permutations with a literal length make tuples of that many items of the iterable's type.
from itertools import combinations, permutations, combinations_with_replacement
def main():
    xs = [3, 1, 2]
    best = max(combinations(xs, 2), key=lambda p: p[0] * p[1])
    print(best, sum(a * b for a, b in combinations(xs, 2)), list(permutations("ab", 2)))
    print(list(combinations_with_replacement([1.5, 2.5], 2)), list(combinations(xs, 0)), list(combinations(xs, 5)))
    total = 0
    for a, b, c in permutations(range(5), 3):
        total += a * 100 + b * 10 + c
    print(total, [p for p in permutations(xs)][:2], sorted(set(combinations("aab", 2))))
main()
