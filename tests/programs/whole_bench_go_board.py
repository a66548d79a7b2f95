# A small Go board with random playouts and group capture (after pyperformance's bm_go).
import random

SIZE = 7
EMPTY, WHITE, BLACK = 0, 1, 2
SHOW = {EMPTY: '.', WHITE: 'o', BLACK: 'x'}


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []

    def set_neighbours(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        self.neighbours = []
        for dx, dy in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
            newx, newy = x + dx, y + dy
            if 0 <= newx < SIZE and 0 <= newy < SIZE:
                self.neighbours.append(self.board.squares[newx + newy * SIZE])


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for sq in self.squares:
            sq.set_neighbours()
        self.color = BLACK
        self.captures = {WHITE: 0, BLACK: 0}

    def group(self, sq):
        seen = {sq.pos}
        stack = [sq]
        members = []
        liberties = set()
        while stack:
            s = stack.pop()
            members.append(s)
            for n in s.neighbours:
                if n.color == EMPTY:
                    liberties.add(n.pos)
                elif n.color == s.color and n.pos not in seen:
                    seen.add(n.pos)
                    stack.append(n)
        return members, liberties

    def move(self, pos):
        sq = self.squares[pos]
        if sq.color != EMPTY:
            return False
        sq.color = self.color
        other = WHITE if self.color == BLACK else BLACK
        for n in sq.neighbours:
            if n.color == other:
                members, libs = self.group(n)
                if not libs:
                    for m in members:
                        m.color = EMPTY
                    self.captures[self.color] += len(members)
        members, libs = self.group(sq)
        if not libs:
            sq.color = EMPTY
            return False
        self.color = other
        return True

    def __str__(self):
        rows = []
        for y in range(SIZE):
            rows.append(' '.join(SHOW[self.squares[x + y * SIZE].color] for x in range(SIZE)))
        return '\n'.join(rows)


def main():
    random.seed(42)
    board = Board()
    played = 0
    for _ in range(120):
        empties = [sq.pos for sq in board.squares if sq.color == EMPTY]
        if not empties:
            break
        if board.move(random.choice(empties)):
            played += 1
    print(board)
    print("played", played, "captures", sorted(board.captures.items()))
    counts = {}
    for sq in board.squares:
        counts[SHOW[sq.color]] = counts.get(SHOW[sq.color], 0) + 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


if __name__ == "__main__":
    main()
