# Names in a class body read the attributes the body assigned before them.
SIZE = 100


class Board:
    SIZE = 8
    CELLS = SIZE * SIZE
    ROWS = [r * SIZE for r in range(SIZE)]
    NAMES = {i: f"c{i}" for i in range(3)}
    FIRST = NAMES[0]
    LIMIT = max(CELLS, SIZE)

    def __init__(self, n=SIZE):
        self.n = n

    def area(self):
        return self.SIZE * self.n


class Plain:
    X = SIZE + 1


def main():
    b = Board()
    print(Board.SIZE, Board.CELLS, Board.ROWS, Board.FIRST, Board.LIMIT, b.n, b.area(), Plain.X, SIZE)


if __name__ == "__main__":
    main()
