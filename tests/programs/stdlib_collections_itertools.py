import heapq
import bisect
import string
from collections import deque, defaultdict, Counter, OrderedDict
from itertools import product, permutations, combinations, chain, islice, count, groupby, accumulate
from copy import deepcopy


def main():
    h = []
    for x in [5, 1, 8, 3, 9, 2]:
        heapq.heappush(h, x)
    print(h, heapq.heappop(h), heapq.nsmallest(2, [7, 3, 5]), heapq.nlargest(2, [7, 3, 5]))
    a = [1, 3, 5, 7]
    bisect.insort(a, 4)
    print(a, bisect.bisect_left(a, 5), bisect.bisect(a, 5))
    d = deque([1, 2, 3], maxlen=4)
    d.append(4)
    d.appendleft(0)
    print(d, d.popleft(), len(d), list(d))
    words = "the cat the dog the end cat".split()
    c = Counter(words)
    print(c.most_common(2), c["the"], c["zebra"])
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    print(dict(groups), groups[3])
    od = OrderedDict([("a", 1), ("b", 2)])
    od["c"] = 3
    print(od, list(od.keys()))
    print(list(product([1, 2], "ab")), list(permutations([1, 2, 3], 2))[:3], list(combinations("abcd", 2)))
    print(list(chain([1, 2], [3])), list(islice(count(10), 3)), list(accumulate([1, 2, 3, 4])))
    for k, g in groupby("aaabbc"):
        print(k, list(g))
    nested = {"a": [1, [2, 3]], "b": (4, 5)}
    cp = deepcopy(nested)
    cp["a"][1].append(99)
    print(nested, cp, string.ascii_lowercase[:5], string.digits)


if __name__ == "__main__":
    main()
