# An instance keeps its attributes in slots: reading __dict__ gives a dict
# made from them where it is read, so writing through it (which CPython's
# live __dict__ would pass on to the instance) fails the build.
class Point:
    def __init__(self, **coords):
        self.x = 0
        self.y = 0
        self.__dict__.update(coords)

    def __repr__(self):
        return "Point(%r)" % self.__dict__


def main():
    print(Point(x=1, y=2))


if __name__ == "__main__":
    main()
