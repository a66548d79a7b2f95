"""Tic-tac-toe with full minimax + memo, and Connect Four with alpha-beta to a fixed depth."""

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


MEMO = {}


def minimax(board, player):
    key = (board, player)
    if key in MEMO:
        return MEMO[key]
    w = winner(board)
    if w is not None:
        result = (1 if w == "X" else -1), None
    elif " " not in board:
        result = 0, None
    else:
        best = None
        best_move = None
        for i, cell in enumerate(board):
            if cell != " ":
                continue
            nb = board[:i] + player + board[i + 1:]
            score, _ = minimax(nb, "O" if player == "X" else "X")
            if best is None or (player == "X" and score > best) or (player == "O" and score < best):
                best, best_move = score, i
        result = best, best_move
    MEMO[key] = result
    return result


def play_ttt():
    board = " " * 9
    player = "X"
    while winner(board) is None and " " in board:
        _, move = minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))
    print("winner:", winner(board), "positions:", len(MEMO))


ROWS, COLS = 6, 7


class Connect4:
    def __init__(self):
        self.grid = [[0] * COLS for _ in range(ROWS)]
        self.heights = [0] * COLS
        self.moves = []

    def can_play(self, c):
        return self.heights[c] < ROWS

    def play(self, c, p):
        self.grid[self.heights[c]][c] = p
        self.heights[c] += 1
        self.moves.append(c)

    def undo(self):
        c = self.moves.pop()
        self.heights[c] -= 1
        self.grid[self.heights[c]][c] = 0

    def wins(self, p):
        g = self.grid
        for r in range(ROWS):
            for c in range(COLS):
                if g[r][c] != p:
                    continue
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    rr, cc, n = r, c, 0
                    while 0 <= rr < ROWS and 0 <= cc < COLS and g[rr][cc] == p and n < 4:
                        rr += dr
                        cc += dc
                        n += 1
                    if n == 4:
                        return True
        return False

    def score(self, p):
        s = 0
        for r in range(ROWS):
            for c in range(COLS):
                if self.grid[r][c] == p:
                    s += 3 - abs(3 - c)
                elif self.grid[r][c] == -p:
                    s -= 3 - abs(3 - c)
        return s


ORDER = [3, 2, 4, 1, 5, 0, 6]


def negamax(game, depth, alpha, beta, p, stats):
    stats[0] += 1
    if game.wins(-p):
        return -1000 - depth
    if depth == 0 or len(game.moves) == ROWS * COLS:
        return game.score(p)
    best = -10 ** 9
    for c in ORDER:
        if not game.can_play(c):
            continue
        game.play(c, p)
        val = -negamax(game, depth - 1, -beta, -alpha, -p, stats)
        game.undo()
        if val > best:
            best = val
        alpha = max(alpha, val)
        if alpha >= beta:
            break
    return best


def best_move(game, p, depth):
    stats = [0]
    best_c, best_v = None, -10 ** 9
    for c in ORDER:
        if game.can_play(c):
            game.play(c, p)
            v = -negamax(game, depth - 1, -10 ** 9, 10 ** 9, -p, stats)
            game.undo()
            if v > best_v:
                best_c, best_v = c, v
    return best_c, best_v, stats[0]


def play_c4():
    game = Connect4()
    p = 1
    for turn in range(14):
        c, v, nodes = best_move(game, p, 5 if p == 1 else 3)
        game.play(c, p)
        print(f"turn {turn:>2} player {'XO'[p == -1]} col {c} value {v:>5} nodes {nodes}")
        if game.wins(p):
            print("player", "XO"[p == -1], "wins")
            break
        p = -p
    for r in reversed(range(ROWS)):
        print("".join(".XO"[v] for v in game.grid[r]))


def main():
    play_ttt()
    print(minimax("X O  O  X", "X"), minimax("XX OO    ", "O"))
    play_c4()


if __name__ == "__main__":
    main()
