# An instance keeps its attributes in slots, not in a dict: reading __dict__
# fails the build (CPython would give the attributes as a live dict).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r)" % self.__dict__


def main():
    print(Point(1, 2))


if __name__ == "__main__":
    main()
