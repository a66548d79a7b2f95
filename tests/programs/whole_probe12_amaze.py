"""amaze.py: maze reading, generation and solving after Anand B Pillai's
ASPN recipe that the Shed Skin examples carry: a MazeReader that reads a
maze of 0s and 1s from a file, a MazeFactory that makes random mazes, a
MazeSolver that walks from the start to the end choosing among free
neighbours and marking dead ends, and game classes tying them together.
The mazes are written to and read back from a temporary directory."""

import sys
import os
import random
import tempfile

random.seed(12)


class MazeReaderException(Exception):
    pass


STDIN = 0
FILE_ = 1
SOCKET = 2

PATH = -1
START = -2
EXIT = -3

null = open(os.devnull, 'w')


class MazeReader(object):
    def __init__(self):
        self.maze_rows = []
        pass

    def readStdin(self):
        print('Enter a maze')
        print('You can enter a maze row by row')
        print()
        data = input('Enter the dimension of the maze as Width X Height: ')
        w1, h1 = data.split()  # XXX SS
        w, h = int(w1), int(h1)
        for x in range(h):
            row = ''
            while not row:
                row = input('Enter row number %d: ' % (x + 1))
            row = row.split()
            if len(row) != w:
                raise MazeReaderException('invalid size of maze row')
            self.maze_rows.append(row)

    def readFile(self):
        fname = self.fname
        try:
            f = open(fname)
            rows = [line for line in f.readlines()]
            f.close()
            # See if this is a valid maze
            lens = [len(row) for row in rows]
            rows = [line.strip() for line in rows if line.strip()]
            for row in rows:
                row = row.split()
                self.maze_rows.append(row)
        except (IOError, OSError) as e:
            raise MazeReaderException(str(e))

    def getData(self):
        return self.maze_rows

    def readMaze(self, source=STDIN):
        if source == STDIN:
            self.readStdin()
        elif source == FILE_:
            self.readFile()
        return self.getData()


class MazeError(Exception):
    pass


class Maze(object):
    def __init__(self, rows=[[]]):
        self._rows = rows
        self.__validate()
        self.__normalize()

    def __str__(self):
        s = '\n'
        for row in self._rows:
            for item in row:
                if item == PATH:
                    sitem = '*'
                elif item == START:
                    sitem = 'S'
                elif item == EXIT:
                    sitem = 'E'
                else:
                    sitem = str(item)
                s = ''.join((s, '  ', sitem, '   '))
            s = ''.join((s, '\n\n'))
        return s

    def __validate(self):
        width = len(self._rows[0])
        widths = [len(row) for row in self._rows]
        if widths.count(width) != len(widths):
            raise MazeError('Invalid maze!')
        self._height = len(self._rows)
        self._width = width

    def __normalize(self):
        for x in range(len(self._rows)):
            row = self._rows[x]
            row = [min(int(y), 1) for y in row]  # map(lambda x: min(int(x), 1), row)
            self._rows[x] = row

    def validatePoint(self, pt):  # const
        x, y = pt
        w = self._width
        h = self._height
        # Don't support Pythonic negative indices
        if x > w - 1 or x < 0:
            raise MazeError('x co-ordinate out of range!')
        if y > h - 1 or y < 0:
            raise MazeError('y co-ordinate out of range!')
        pass

    def getItem(self, x, y):
        self.validatePoint((x, y))
        w = self._width
        h = self._height
        row = self._rows[h - y - 1]
        return row[x]

    def setItem(self, x, y, value):
        h = self._height
        self.validatePoint((x, y))
        row = self._rows[h - y - 1]
        row[x] = value

    def getNeighBours(self, pt):
        self.validatePoint(pt)
        x, y = pt
        h = self._height
        w = self._width
        poss_nbors = ((x - 1, y), (x - 1, y + 1), (x, y + 1), (x + 1, y + 1), (x + 1, y),
                      (x + 1, y - 1), (x, y - 1), (x - 1, y - 1))
        nbors = []
        for xx, yy in poss_nbors:
            if (xx >= 0 and xx <= w - 1) and (yy >= 0 and yy <= h - 1):
                nbors.append((xx, yy))
        return nbors

    def getExitPoints(self, pt):
        exits = []
        for xx, yy in self.getNeighBours(pt):
            if self.getItem(xx, yy) == 0:  # XXX SS
                exits.append((xx, yy))
        return exits

    def calcDistance(self, pt1, pt2):
        self.validatePoint(pt1)
        self.validatePoint(pt2)
        x1, y1 = pt1
        x2, y2 = pt2
        return pow((pow((x1 - x2), 2) + pow((y1 - y2), 2)), 0.5)


class MazeFactory(object):
    def makeMaze(self, source=STDIN):
        reader = MazeReader()
        return Maze(reader.readMaze(source))

    def makeRandomMaze(self, w, h):
        rows = []
        for i in range(h):
            rows.append([str(random.randrange(3) // 2) for _ in range(w)])
        return Maze(rows)


class MazeSolver(object):
    def __init__(self, maze):
        self.maze = maze
        self._start = (0, 0)
        self._end = (0, 0)
        self._current = (0, 0)
        self._steps = 0
        self._path = []
        self._tryalternate = False
        self._trynextbest = False
        self._disputed = (0, 0)
        self._loops = 0
        self._retrace = False
        self._numretraces = 0

    def setStartPoint(self, pt):
        self.maze.validatePoint(pt)
        self._start = pt

    def setEndPoint(self, pt):
        self.maze.validatePoint(pt)
        self._end = pt

    def boundaryCheck(self):
        exits1 = self.maze.getExitPoints(self._start)
        exits2 = self.maze.getExitPoints(self._end)
        if len(exits1) == 0 or len(exits2) == 0:
            return False
        return True

    def setCurrentPoint(self, point):
        self._current = point
        self._path.append(point)

    def isSolved(self):
        return (self._current == self._end)

    def getNextPoint(self):
        points = self.maze.getExitPoints(self._current)
        point = self.getBestPoint(points)
        while self.checkClosedLoop(point):
            if self.endlessLoop():
                print(self._loops, file=null)
                point = None
                break
            point2 = point
            if point == self._start and len(self._path) > 2:
                self._tryalternate = True
                break
            else:
                point = self.getNextClosestPointNotInPath(points, point2)
                if not point:
                    self.retracePath()
                    self._tryalternate = True
                    point = self._start
                    break
        return point

    def retracePath(self):
        print('Retracing...', file=null)
        self._retrace = True
        path2 = self._path[:]
        path2.reverse()
        idx = path2.index(self._start)
        self._path += self._path[-2:idx:-1]
        self._numretraces += 1

    def endlessLoop(self):
        if self._loops > 100:
            print('Seems to be hitting an endless loop.', file=null)
            return True
        elif self._numretraces > 8:
            print('Seem to be retracing loop.', file=null)
            return True
        return False

    def checkClosedLoop(self, point):
        l = list(range(0, len(self._path) - 1, 2))
        l.reverse()
        for x in l:
            if self._path[x] == point:
                self._loops += 1
                return True
        return False

    def getBestPoint(self, points):
        point = self.getClosestPoint(points)
        point2 = point
        altpoint = point
        if point2 in self._path:
            if self._trynextbest:
                self._trynextbest = False
                point = self.getNextClosestPoint(points, point)
        if self._tryalternate:
            point = self.getAlternatePoint(points, altpoint)
            print('Trying alternate...', self._current, point, file=null)
        self._trynextbest = False
        self._tryalternate = False
        self._retrace = False
        return point

    def sortPoints(self, points):
        distances = [self.maze.calcDistance(point, self._end) for point in points]
        distances2 = distances[:]
        distances.sort()
        points2 = [()] * len(points)  # XXX SS
        count = 0
        for dist in distances:
            idx = distances2.index(dist)
            point = points[idx]
            while point in points2:
                idx = distances2.index(dist, idx + 1)
                point = points[idx]
            points2[count] = point
            count += 1
        return points2

    def getClosestPoint(self, points):
        points2 = self.sortPoints(points)
        closest = points2[0]
        return closest

    def getAlternatePoint(self, points, point):
        points2 = points[:]
        print(points2, point, file=null)
        points2.remove(point)
        if points2:
            return random.choice(points2)
        return None

    def getNextClosestPoint(self, points, point):
        points2 = self.sortPoints(points)
        idx = points2.index(point)
        try:
            return points2[idx + 1]
        except IndexError:
            return None

    def getNextClosestPointNotInPath(self, points, point):
        point2 = self.getNextClosestPoint(points, point)
        while point2 in self._path:
            point2 = self.getNextClosestPoint(points, point2)
        return point2

    def solve(self):
        if not self.boundaryCheck():
            print('Either start point or exit point has no exits!', file=null)
            return
        self.setCurrentPoint(self._start)
        unsolvable = False
        while not self.isSolved():
            self._steps += 1
            pt = self.getNextPoint()
            if pt:
                self.setCurrentPoint(pt)
            else:
                print('Dead-lock - maze unsolvable', file=null)
                unsolvable = True
                break
        if not unsolvable:
            pass
        else:
            print('Path till deadlock is', self._path, file=null)
        self.printResult()
        return not unsolvable

    def printResult(self):
        """ Print the maze showing the path """
        for x, y in self._path:
            self.maze.setItem(x, y, PATH)
        self.maze.setItem(self._start[0], self._start[1], START)
        self.maze.setItem(self._end[0], self._end[1], EXIT)


class MazeGame(object):
    def __init__(self, w=0, h=0):
        self._start = (0, 0)
        self._end = (0, 0)

    def createMaze(self):
        return None

    def getStartEndPoints(self, maze):
        return None

    def runGame(self):
        maze = self.createMaze()
        if not maze:
            return None
        self.getStartEndPoints(maze)
        solver = MazeSolver(maze)
        solver.setStartPoint(self._start)
        solver.setEndPoint(self._end)
        solved = solver.solve()
        return maze, solver, solved


class FilebasedMazeGame(MazeGame):
    def __init__(self, fname):
        MazeGame.__init__(self)
        self.fname = fname

    def createMaze(self):
        f = MazeFactory()
        reader = MazeReader()
        reader.fname = self.fname
        return Maze(reader.readMaze(FILE_))

    def getStartEndPoints(self, maze):
        self._start = (0, 0)
        self._end = (maze._width - 1, maze._height - 1)


class RandomMazeGame(MazeGame):
    def __init__(self, w, h):
        MazeGame.__init__(self)
        self._w = w
        self._h = h

    def createMaze(self):
        maze = MazeFactory().makeRandomMaze(self._w, self._h)
        maze.setItem(0, 0, 0)
        maze.setItem(self._w - 1, self._h - 1, 0)
        return maze

    def getStartEndPoints(self, maze):
        self._start = (0, 0)
        self._end = (self._w - 1, self._h - 1)


def main():
    tmpdir = tempfile.mkdtemp()
    fname = os.path.join(tmpdir, 'maze.txt')
    with open(fname, 'w') as f:
        f.write('0 0 0 0 1 0\n1 1 0 1 1 0\n0 0 0 1 0 0\n0 1 1 0 0 1\n0 0 0 0 1 0\n\n')
    maze, solver, solved = FilebasedMazeGame(fname).runGame()
    print('file maze solved:', solved, 'steps', solver._steps, 'path', len(solver._path))
    print(maze)
    try:
        FilebasedMazeGame(os.path.join(tmpdir, 'missing.txt')).runGame()
    except MazeReaderException as e:
        print('MazeReaderException:', str(e).split(':')[0])
    try:
        Maze([['0', '1'], ['0']])
    except MazeError as e:
        print('MazeError:', e)
    try:
        maze.getItem(10, 0)
    except MazeError as e:
        print('MazeError:', e)
    results = []
    for size in range(4, 26):
        game = RandomMazeGame(size, size // 2 + 2)
        outcome = game.runGame()
        maze, solver, solved = outcome
        results.append((size, solved, solver._steps, solver._loops, solver._numretraces))
        path = os.path.join(tmpdir, 'maze%d.txt' % size)
        with open(path, 'w') as f:
            for row in maze._rows:
                f.write(' '.join(str(min(max(c, 0), 1)) for c in row) + '\n')
        again = MazeReader()
        again.fname = path
        assert len(again.readMaze(FILE_)) == size // 2 + 2
        os.remove(path)
    for r in results:
        print('%2d solved=%-5s steps=%4d loops=%3d retraces=%d' % r)
    print(str(maze).count('*'), 'path cells in the last maze')
    os.remove(fname)
    os.rmdir(tmpdir)


if __name__ == '__main__':
    main()
