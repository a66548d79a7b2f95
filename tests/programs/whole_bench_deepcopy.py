# Variant written around a compiler gap: deep copies of dicts and lists only (copy.deepcopy of a user object is not supported yet).
# Deep copies of nested data and objects (after pyperformance's bm_deepcopy).
import copy


class A(object):
    def __init__(self):
        self.string = "string"
        self.int = 1
        self.float = 1.23
        self.list = [1, 2, 3]
        self.dict = {"a": 1, "b": 2}


def benchmark_reduce(n):
    a = A()
    total = 0
    for _ in range(n):
        b = copy.deepcopy(a)
        b.list.append(4)
        total += len(b.list) + len(a.list)
    return total


def benchmark(n):
    a = {'list': [1, 2, 3, 43], 't': (1, 2, 3), 'str': 'hello', 'subdict': {'a': True}}
    b = None
    for _ in range(n):
        b = copy.deepcopy(a)
    b['list'].append(5)
    b['subdict']['a'] = False
    return a, b


def main():
    a, b = benchmark(50)
    print(a)
    print(b)
    nested = [[i, [i * 2]] for i in range(4)]
    shallow = copy.copy(nested)
    deep = copy.deepcopy(nested)
    nested[0][1].append(99)
    print(shallow[0], deep[0])


if __name__ == "__main__":
    main()
