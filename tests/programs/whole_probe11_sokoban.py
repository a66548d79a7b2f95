"""Sokoban solver, the Rosetta Code Python entry (a Shed Skin example too):
the board is split into a static map (walls, goals) and a dynamic one (the
player and the boxes), kept as strings; a breadth-first search over the
dynamic boards, each move made on an array("u") copy, finds the shortest
solution in pushes and moves (lower case: a move, upper case: a push)."""

from array import array
from collections import deque

try:
    import psyco
except ImportError:
    psyco = None

data = []
nrows = 0
px = py = 0
sdata = ""
ddata = ""


def init(board):
    global data, nrows, sdata, ddata, px, py
    data = list(filter(None, board.splitlines()))
    nrows = max(len(r) for r in data)
    sdata = ""
    ddata = ""

    maps = {' ': ' ', '.': '.', '@': ' ', '#': '#', '$': ' '}
    mapd = {' ': ' ', '.': ' ', '@': '@', '#': ' ', '$': '*'}

    for r, row in enumerate(data):
        for c, ch in enumerate(row):
            sdata += maps[ch]
            ddata += mapd[ch]
            if ch == '@':
                px = c
                py = r


def push(x, y, dx, dy, data):
    if sdata[(y + 2 * dy) * nrows + x + 2 * dx] == '#' or \
       data[(y + 2 * dy) * nrows + x + 2 * dx] != ' ':
        return None

    data2 = array("u", data)
    data2[y * nrows + x] = ' '
    data2[(y + dy) * nrows + x + dx] = '@'
    data2[(y + 2 * dy) * nrows + x + 2 * dx] = '*'
    return data2.tounicode()


def is_solved(data):
    for i in range(len(data)):
        if (sdata[i] == '.') != (data[i] == '*'):
            return False
    return True


def solve():
    open = deque([(ddata, "", px, py)])
    visited = set([ddata])
    dirs = ((0, -1, 'u', 'U'), (1, 0, 'r', 'R'),
            (0, 1, 'd', 'D'), (-1, 0, 'l', 'L'))

    lnrows = nrows
    while open:
        cur, csol, x, y = open.popleft()

        for di in dirs:
            temp = cur
            dx, dy = di[0], di[1]

            if temp[(y + dy) * lnrows + x + dx] == '*':
                temp = push(x, y, dx, dy, temp)
                if temp and temp not in visited:
                    if is_solved(temp):
                        return csol + di[3]
                    open.append((temp, csol + di[3], x + dx, y + dy))
                    visited.add(temp)
            else:
                if sdata[(y + dy) * lnrows + x + dx] == '#' or \
                   temp[(y + dy) * lnrows + x + dx] != ' ':
                    continue

                data2 = array("u", temp)
                data2[y * lnrows + x] = ' '
                data2[(y + dy) * lnrows + x + dx] = '@'
                temp = data2.tounicode()

                if temp not in visited:
                    if is_solved(temp):
                        return csol + di[2]
                    open.append((temp, csol + di[2], x + dx, y + dy))
                    visited.add(temp)

    return "No solution"


levels = ["""\
########
#      #
# .$$. #
# $..$ #
#  @   #
########""", """\
######
#.   #
#$## #
# @$.#
######"""]


def main():
    if psyco:
        psyco.full()
    for level in levels:
        init(level)
        solution = solve()
        print(level, "\n\n", solution, len(solution), sum(1 for c in solution if c.isupper()))
        print()


if __name__ == '__main__':
    main()
