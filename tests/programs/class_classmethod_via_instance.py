# A classmethod called through an instance receives the instance's class; cls.__name__.
class A:
    registry = []

    def describe(self):
        return f"{self.kind()} {type(self).__name__}"

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

    @classmethod
    def make(cls, n):
        obj = cls()
        cls.registry.append(n)
        return obj


class B(A):
    @classmethod
    def label(cls):
        return "B-" + cls.kind()


class C(B):
    pass


def main():
    print(A().describe(), B().describe(), C().describe())
    print(A.kind(), B.kind(), C.kind(), B().kind(), C().label())
    for x in [A(), B(), C()]:
        print(x.kind(), x.make(1).describe())
    print(A.registry, A.__name__, C.__name__)


if __name__ == "__main__":
    main()
