# multiprocessing.pool: ThreadPool (threads sharing the caller's memory) and Pool imported from it.
from multiprocessing.pool import Pool, ThreadPool

seen = []


def square(x):
    seen.append(x)
    return x * x


def add(a, b):
    return a + b


def greet(name, punct="!"):
    return "hello " + name + punct


def boom(x):
    if x % 5 == 4:
        raise KeyError(x)
    return x


def cube(x):
    return x * x * x


def main():
    with ThreadPool(3) as pool:
        print(pool.map(square, range(10)))
        print(sorted(seen))
        print(list(pool.imap(square, [5, 6, 7], 2)))
        print(sorted(pool.imap_unordered(cube, range(6))))
        print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print(pool.apply(greet, ("ann",)))
        print(pool.apply(greet, ("bob",), {"punct": "?"}))
        got = []
        r = pool.map_async(cube, range(4), callback=got.append)
        print(r.get(), r.ready(), r.successful(), got)
        r2 = pool.starmap_async(add, [(10, 1), (20, 2)])
        r2.wait()
        print(r2.get())
        errors = []
        r3 = pool.map_async(boom, range(10), chunksize=2, error_callback=errors.append)
        try:
            r3.get()
        except KeyError as e:
            print("KeyError", e, r3.successful(), len(errors))
        try:
            for x in pool.imap(boom, range(10)):
                print("item", x)
        except KeyError as e:
            print("imap KeyError", e)
    pool = ThreadPool(2)
    print(pool.apply_async(cube, (3,)).get())
    pool.close()
    pool.join()
    try:
        pool.map(cube, [1])
    except ValueError as e:
        print("ValueError:", e)
    with Pool(2) as procs:
        print(procs.map(cube, range(5)))


if __name__ == "__main__":
    main()
