# An instance keeps its attributes in slots: reading __dict__ gives a dict
# made from them where it is read, so keeping it (CPython's is the live
# namespace, which later writes to the instance show) fails the build.
class Point:
    def __init__(self, **coords):
        self.x = 0
        self.y = 0
        self.__dict__.update(coords)

    def state(self):
        return self.__dict__


def main():
    p = Point(x=1, y=2)
    s = p.state()
    p.x = 5
    print(s)


if __name__ == "__main__":
    main()
