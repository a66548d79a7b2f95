# Built-ins kept in variables and called through them: filter(None, xs) keeps the
# truthy items; min/max take key= (also passed on as parameters).
def pick_best(chooser, items, key):
    return chooser(items, key=key)


def main():
    xs = [0, 1, "", "a", None, 3, [], [0]]
    keep = filter
    print(list(keep(None, xs)))
    print(list(keep(lambda v: v == 0, xs)))
    m = max
    ws = ["aaa", "b", "cc", "dd"]
    print(m(ws, key=len), m(ws), m(3, 7, 5))
    lo = min
    print(lo(ws, key=len), lo(ws, key=lambda w: (-len(w), w)))
    print(pick_best(max, ws, len), pick_best(min, ws, str.upper))
    for f in (min, max):
        print(f(ws, key=len), f([4, 1, 9]))
main()
