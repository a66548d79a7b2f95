# are-we-fast-yet micro benchmarks (Sieve, Storage, Towers) in the style of the suite's Python port:
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


class Sieve(Benchmark):
    def benchmark(self):
        flags = [True] * 5000
        return self._sieve(flags, 5000)

    def _sieve(self, flags, size):
        prime_count = 0
        for i in range(2, size + 1):
            if flags[i - 1]:
                prime_count += 1
                k = i + i
                while k <= size:
                    flags[k - 1] = False
                    k += i
        return prime_count

    def verify_result(self, result):
        return result == 669


class Storage(Benchmark):
    def __init__(self):
        self._count = 0

    def benchmark(self):
        random = Random()
        self._count = 0
        self._build_tree_depth(7, random)
        return self._count

    def _build_tree_depth(self, depth, random):
        self._count += 1
        if depth == 1:
            return [None] * (random.next() % 10 + 1)
        arr = [None] * 4
        for i in range(4):
            arr[i] = self._build_tree_depth(depth - 1, random)
        return arr

    def verify_result(self, result):
        return result == 5461


class Disk:
    def __init__(self, size):
        self.size = size
        self.next = None


class Towers(Benchmark):
    def __init__(self):
        self._piles = None
        self._moves_done = 0

    def benchmark(self):
        self._piles = [None] * 3
        self._build_tower_at(0, 13)
        self._moves_done = 0
        self._move_disks(13, 0, 1)
        return self._moves_done

    def _push_disk(self, disk, pile):
        top = self._piles[pile]
        if top is not None and disk.size >= top.size:
            raise Exception("Cannot put a big disk on a smaller one")
        disk.next = top
        self._piles[pile] = disk

    def _pop_disk_from(self, pile):
        top = self._piles[pile]
        if top is None:
            raise Exception("Attempting to remove a disk from an empty pile")
        self._piles[pile] = top.next
        top.next = None
        return top

    def _move_top_disk(self, from_pile, to_pile):
        self._push_disk(self._pop_disk_from(from_pile), to_pile)
        self._moves_done += 1

    def _build_tower_at(self, pile, disks):
        for i in range(disks, -1, -1):
            self._push_disk(Disk(i), pile)

    def _move_disks(self, disks, from_pile, to_pile):
        if disks == 1:
            self._move_top_disk(from_pile, to_pile)
        else:
            other_pile = (3 - from_pile) - to_pile
            self._move_disks(disks - 1, from_pile, other_pile)
            self._move_top_disk(from_pile, to_pile)
            self._move_disks(disks - 1, other_pile, to_pile)

    def verify_result(self, result):
        return result == 8191


BENCHMARKS = {"Sieve": Sieve, "Storage": Storage, "Towers": Towers}


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
    args = ["Sieve 2 3", "Storage 1 2", "Towers 1 2"]
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
    print("Storage count", Storage().benchmark(), "Towers moves", Towers().benchmark())


if __name__ == "__main__":
    main()
