"""score4.py: Connect Four ("Score 4") after Thanassis Tsiodras's
implementation in the Shed Skin examples: the board is a list of rows of
cells (0 empty, 1 orange, -1 yellow), ScoreBoard counts every four-cell
span by how many pieces of each colour it holds, and a depth-limited
minimax picks the move. Instead of reading a position from argv, two
players of different depths play whole games from a few openings."""

import sys

WIDTH = 7
HEIGHT = 6
ORANGE_WINS = 1000000
YELLOW_WINS = -ORANGE_WINS

g_maxDepth = 4
g_debug = False


class Cell:
    Barren = 0
    Orange = 1
    Yellow = -1


def ScoreBoard(board):
    counters = [0] * 9

    # Horizontal spans
    for y in range(HEIGHT):
        score = board[y][0] + board[y][1] + board[y][2]
        for x in range(3, WIDTH):
            score += board[y][x]
            counters[score + 4] += 1
            score -= board[y][x - 3]

    # Vertical spans
    for x in range(WIDTH):
        score = board[0][x] + board[1][x] + board[2][x]
        for y in range(3, HEIGHT):
            score += board[y][x]
            counters[score + 4] += 1
            score -= board[y - 3][x]

    # Down-right (and up-left) diagonals
    for y in range(HEIGHT - 3):
        for x in range(WIDTH - 3):
            score = 0
            for idx in range(4):
                yy = y + idx
                xx = x + idx
                score += board[yy][xx]
            counters[score + 4] += 1

    # up-right (and down-left) diagonals
    for y in range(3, HEIGHT):
        for x in range(WIDTH - 3):
            score = 0
            for idx in range(4):
                yy = y - idx
                xx = x + idx
                score += board[yy][xx]
            counters[score + 4] += 1

    if counters[0] != 0:
        return YELLOW_WINS
    elif counters[8] != 0:
        return ORANGE_WINS
    else:
        return (counters[5] + 2 * counters[6] + 5 * counters[7] -
                counters[3] - 2 * counters[2] - 5 * counters[1])


def dropDisk(board, column, color):
    for y in range(HEIGHT - 1, -1, -1):
        if board[y][column] == Cell.Barren:
            board[y][column] = color
            return y
    return -1


def otherColor(color):
    return Cell.Yellow if color == Cell.Orange else Cell.Orange


def abMinimax(maximizeOrMinimize, color, depth, board, alpha=-10000000, beta=10000000):
    global g_maxDepth
    global g_debug
    bestScore = -10000000 if maximizeOrMinimize else 10000000
    bestMove = -1
    for column in range(WIDTH):
        if board[0][column] != Cell.Barren:
            continue
        rowFilled = dropDisk(board, column, color)
        if rowFilled == -1:
            continue
        s = ScoreBoard(board)
        if s == (ORANGE_WINS if maximizeOrMinimize else YELLOW_WINS):
            bestMove = column
            bestScore = s
            board[rowFilled][column] = Cell.Barren
            break
        if depth > 1:
            move, score = abMinimax(not maximizeOrMinimize, otherColor(color),
                                    depth - 1, board, alpha, beta)
        else:
            score = s
        board[rowFilled][column] = Cell.Barren
        if depth == g_maxDepth and g_debug:
            print("Depth %d, placing on %d, score:%d" % (depth, column, score))
        if maximizeOrMinimize:
            if score >= bestScore:
                bestScore = score
                bestMove = column
            alpha = max(alpha, bestScore)
        else:
            if score <= bestScore:
                bestScore = score
                bestMove = column
            beta = min(beta, bestScore)
        if alpha > beta:
            break
    return (bestMove, bestScore)


def loadBoard(args):
    board = [[Cell.Barren] * WIDTH for _ in range(HEIGHT)]
    for arg in args:
        if arg[0] == 'o' or arg[0] == 'y':
            board[ord(arg[1]) - ord('0')][ord(arg[2]) - ord('0')] = \
                Cell.Orange if arg[0] == 'o' else Cell.Yellow
        elif arg == '-debug':
            global g_debug
            g_debug = True
        elif arg == '-level':
            pass
        else:
            global g_maxDepth
            g_maxDepth = int(arg)
    return board


def showBoard(board):
    symbols = {Cell.Barren: '.', Cell.Orange: 'O', Cell.Yellow: 'Y'}
    return '\n'.join(''.join(symbols[c] for c in row) for row in board)


def playGame(board, depths, first):
    global g_maxDepth
    color = first
    moves = []
    while True:
        score = ScoreBoard(board)
        if score == ORANGE_WINS or score == YELLOW_WINS:
            return moves, 'orange' if score == ORANGE_WINS else 'yellow'
        if all(board[0][c] != Cell.Barren for c in range(WIDTH)):
            return moves, 'draw'
        g_maxDepth = depths[color]
        move, s = abMinimax(color == Cell.Orange, color, g_maxDepth, board)
        dropDisk(board, move, color)
        moves.append(move)
        color = otherColor(color)


def main(args):
    board = loadBoard(args)
    print('position score', ScoreBoard(board), 'depth', g_maxDepth)
    move, score = abMinimax(True, Cell.Orange, g_maxDepth, board)
    print('best move for orange:', move, 'score', score)
    openings = [[], [3], [3, 3], [0, 6, 1], [2, 4, 3, 3]]
    results = {}
    for i, opening in enumerate(openings):
        board = [[Cell.Barren] * WIDTH for _ in range(HEIGHT)]
        color = Cell.Orange
        for column in opening:
            dropDisk(board, column, color)
            color = otherColor(color)
        depths = {Cell.Orange: 4, Cell.Yellow: 3} if i % 2 == 0 else {Cell.Orange: 3, Cell.Yellow: 4}
        moves, winner = playGame(board, depths, color)
        results[winner] = results.get(winner, 0) + 1
        print('game %d: %s after %d moves: %s' % (i, winner, len(moves),
                                                  ''.join(str(m) for m in moves)))
        print(showBoard(board))
    print(sorted(results.items()))


if __name__ == "__main__":
    main(['o53', 'y43', 'o52', 'y33', '4'])
