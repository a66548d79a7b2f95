"""kanoodle.py: solve polyomino packing puzzles (Kanoodle, pentominoes)
with Knuth's Algorithm X on dancing links, in the manner of the Shed Skin
example: pieces drawn as ASCII art, every rotation and reflection of each
placed on the board, one column per cell and per piece, and the links
unlinked and relinked in place."""

import sys


class Column(object):
    def __init__(self, name):
        self.name = name
        self.size = 0
        self.up = self.down = self
        self.left = self.right = self
        self.column = self


class Node(object):
    def __init__(self, column, row):
        self.column = column
        self.row = row
        self.up = column.up
        self.down = column
        column.up.down = self
        column.up = self
        column.size += 1
        self.left = self.right = self


def cover(c):
    c.right.left = c.left
    c.left.right = c.right
    i = c.down
    while i is not c:
        j = i.right
        while j is not i:
            j.down.up = j.up
            j.up.down = j.down
            j.column.size -= 1
            j = j.right
        i = i.down


def uncover(c):
    i = c.up
    while i is not c:
        j = i.left
        while j is not i:
            j.column.size += 1
            j.down.up = j
            j.up.down = j
            j = j.left
        i = i.up
    c.right.left = c
    c.left.right = c


class DLX(object):
    def __init__(self, columns, rows, primary=None):
        self.root = Column('root')
        self.columns = {}
        for name in columns:
            col = Column(name)
            if primary is None or name in primary:
                col.left = self.root.left
                col.right = self.root
                self.root.left.right = col
                self.root.left = col
            self.columns[name] = col
        self.rows = rows
        for index, row in enumerate(rows):
            first = None
            for name in row[1]:
                node = Node(self.columns[name], index)
                if first is None:
                    first = node
                else:
                    node.left = first.left
                    node.right = first
                    first.left.right = node
                    first.left = node
        self.solution = []
        self.count = 0
        self.updates = 0

    def choose_column(self):
        best = None
        c = self.root.right
        while c is not self.root:
            if best is None or c.size < best.size:
                best = c
            c = c.right
        return best

    def search(self, limit=0):
        if self.root.right is self.root:
            self.count += 1
            yield list(self.solution)
            return
        c = self.choose_column()
        if c.size == 0:
            return
        cover(c)
        r = c.down
        while r is not c:
            self.solution.append(r.row)
            j = r.right
            while j is not r:
                cover(j.column)
                self.updates += 1
                j = j.right
            for s in self.search(limit):
                yield s
                if limit and self.count >= limit:
                    break
            j = r.left
            while j is not r:
                uncover(j.column)
                j = j.left
            self.solution.pop()
            if limit and self.count >= limit:
                break
            r = r.down
        uncover(c)


PIECES = {
    'F': [' ##', '## ', ' # '],
    'I': ['#####'],
    'L': ['####', '#   '],
    'N': ['### ', '  ##'],
    'P': ['###', '## '],
    'T': ['###', ' # ', ' # '],
    'U': ['# #', '###'],
    'V': ['#  ', '#  ', '###'],
    'W': ['#  ', '## ', ' ##'],
    'X': [' # ', '###', ' # '],
    'Y': ['####', ' #  '],
    'Z': ['## ', ' # ', ' ##'],
}


def cells_of(picture):
    return [(r, c) for r, line in enumerate(picture) for c, ch in enumerate(line) if ch == '#']


def normalize(cells):
    mr = min(r for r, c in cells)
    mc = min(c for r, c in cells)
    return tuple(sorted((r - mr, c - mc) for r, c in cells))


def orientations(cells):
    seen = set()
    result = []
    shape = cells
    for flip in range(2):
        for turn in range(4):
            key = normalize(shape)
            if key not in seen:
                seen.add(key)
                result.append(key)
            shape = [(c, -r) for r, c in shape]
        shape = [(r, -c) for r, c in shape]
    return result


def placements(height, width, pieces, board=None):
    rows = []
    for name in sorted(pieces):
        for shape in orientations(cells_of(pieces[name])):
            for r0 in range(height):
                for c0 in range(width):
                    cells = [(r0 + r, c0 + c) for r, c in shape]
                    if all(0 <= r < height and 0 <= c < width and
                           (board is None or board[r][c] == '.') for r, c in cells):
                        rows.append((name, [name] + ['%d,%d' % rc for rc in cells]))
    return rows


def render(height, width, rows, solution, board=None):
    grid = [list(board[r]) if board else ['.'] * width for r in range(height)]
    for index in solution:
        name, columns = rows[index]
        for cell in columns[1:]:
            r, c = cell.split(',')
            grid[int(r)][int(c)] = name
    return [''.join(line) for line in grid]


def solve(height, width, pieces, board=None, limit=0, show=1):
    rows = placements(height, width, pieces, board)
    columns = sorted(pieces) + ['%d,%d' % (r, c) for r in range(height) for c in range(width)
                                if board is None or board[r][c] == '.']
    dlx = DLX(columns, rows)
    shown = 0
    canon = set()
    for solution in dlx.search(limit):
        picture = render(height, width, rows, solution, board)
        canon.add(min('/'.join(picture), '/'.join(p[::-1] for p in picture),
                      '/'.join(picture[::-1]), '/'.join(p[::-1] for p in picture[::-1])))
        if shown < show:
            for line in picture:
                print('  ' + line)
            print()
            shown += 1
    return dlx.count, len(canon), dlx.updates, len(rows)


def main():
    count, distinct, updates, nrows = solve(3, 20, PIECES, limit=2)
    print('3x20 pentominoes: first %d solutions, %d up to symmetry, %d rows, %d updates' %
          (count, distinct, nrows, updates))
    # A Kanoodle-style challenge: part of the 5x12 board already filled.
    board = ['LLLL........',
             'L...........',
             '............',
             '............',
             '............']
    free = dict((k, v) for k, v in PIECES.items() if k != 'L')
    cells = sum(line.count('.') for line in board)
    need = sum(len(cells_of(p)) for p in free.values())
    print('free cells', cells, 'piece cells', need)
    count, distinct, updates, nrows = solve(5, 12, free, board, limit=2, show=2)
    print('challenge: first %d solutions, %d rows, %d updates' % (count, nrows, updates))
    sys.stdout.flush()


if __name__ == '__main__':
    main()
