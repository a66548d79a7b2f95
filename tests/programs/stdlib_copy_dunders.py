# copy.copy / copy.deepcopy of instances whose class defines __copy__ / __deepcopy__(memo): the class's
# method makes the copy (also for instances inside lists and dicts being copied), and the memo it is
# given keeps shared parts shared; classes without them copy their attributes as before.
import copy


class Registry:
    created = 0

    def __init__(self, name, entries):
        Registry.created += 1
        self.name = name
        self.entries = entries

    def __copy__(self):
        print("  __copy__ of", self.name)
        return Registry(self.name + "-copy", self.entries)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ of", self.name)
        return Registry(self.name + "-deep", copy.deepcopy(self.entries, memo))


class Plain:
    def __init__(self, items):
        self.items = items


def main():
    shared = [1, [2, 3]]
    reg = Registry("main", shared)
    shallow = copy.copy(reg)
    print(shallow.name, shallow.entries is reg.entries, Registry.created)
    deep = copy.deepcopy(reg)
    print(deep.name, deep.entries == reg.entries, deep.entries is reg.entries, deep.entries[1] is shared[1])

    group = [reg, Registry("side", shared), Plain(shared)]
    print("deep copy of a list:")
    cloned = copy.deepcopy(group)
    print([type(x).__name__ for x in cloned], cloned[0].name, cloned[1].name)
    print(cloned[0].entries is cloned[1].entries, cloned[1].entries is cloned[2].items, cloned[2].items is shared)
    print("shallow copy of a dict:")
    table = copy.copy({"r": reg})
    print(table["r"] is reg)
    print("deep copy of a dict:")
    table = copy.deepcopy({"r": reg, "again": reg})
    print(table["r"].name, table["r"] is table["again"], Registry.created)

    p = Plain([reg])
    q = copy.deepcopy(p)
    print(q.items[0].name, q.items is p.items, copy.copy(p).items is p.items)
    memo = {}
    a = copy.deepcopy(shared, memo)
    b = copy.deepcopy(shared, memo)
    print(a is b, a == shared, len(memo) > 0)


if __name__ == "__main__":
    main()
