# Shed Skin example tictactoe.py (in its spirit): a negamax tic-tac-toe player
# over a list board with a transposition dict, playing itself and random
# openings, plus perfect-play statistics over all positions.
import random

EMPTY, X, O = 0, 1, 2
SYMBOLS = {EMPTY: '.', X: 'X', O: 'O'}
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8),
         (0, 3, 6), (1, 4, 7), (2, 5, 8),
         (0, 4, 8), (2, 4, 6)]


class Board:
    def __init__(self):
        self.squares = [EMPTY] * 9
        self.moves = []

    def __str__(self):
        rows = []
        for r in range(3):
            rows.append(' '.join([SYMBOLS[self.squares[r * 3 + c]] for c in range(3)]))
        return '\n'.join(rows)

    def key(self):
        return tuple(self.squares)

    def free(self):
        return [i for i in range(9) if self.squares[i] == EMPTY]

    def play(self, square, player):
        assert self.squares[square] == EMPTY
        self.squares[square] = player
        self.moves.append(square)

    def undo(self):
        square = self.moves.pop()
        self.squares[square] = EMPTY

    def winner(self):
        s = self.squares
        for a, b, c in LINES:
            if s[a] != EMPTY and s[a] == s[b] == s[c]:
                return s[a]
        return EMPTY

    def full(self):
        return EMPTY not in self.squares


def other(player):
    return O if player == X else X


class Player:
    def __init__(self):
        self.cache = {}
        self.nodes = 0

    def negamax(self, board, player, alpha, beta):
        self.nodes += 1
        key = (board.key(), player)
        if key in self.cache:
            return self.cache[key]
        win = board.winner()
        if win != EMPTY:
            score = 10 - len(board.moves) if win == player else len(board.moves) - 10
            return score
        if board.full():
            return 0
        best = -100
        for move in board.free():
            board.play(move, player)
            score = -self.negamax(board, other(player), -beta, -alpha)
            board.undo()
            if score > best:
                best = score
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        if alpha < beta:
            self.cache[key] = best
        return best

    def choose(self, board, player):
        best_score, best_moves = -100, []
        for move in board.free():
            board.play(move, player)
            score = -self.negamax(board, other(player), -100, 100)
            board.undo()
            if score > best_score:
                best_score, best_moves = score, [move]
            elif score == best_score:
                best_moves.append(move)
        return best_score, best_moves


def play_game(player, rnd, random_moves):
    board = Board()
    turn = X
    while board.winner() == EMPTY and not board.full():
        if len(board.moves) < random_moves:
            move = rnd.choice(board.free())
        else:
            score, moves = player.choose(board, turn)
            move = moves[0]
        board.play(move, turn)
        turn = other(turn)
    return board


def count_positions(board, player, seen):
    key = board.key()
    if key in seen:
        return
    seen[key] = board.winner()
    if seen[key] != EMPTY or board.full():
        return
    for move in board.free():
        board.play(move, player)
        count_positions(board, other(player), seen)
        board.undo()


def main():
    rnd = random.Random(42)
    player = Player()
    board = play_game(player, rnd, 0)
    print(board)
    print('winner:', SYMBOLS[board.winner()], 'moves:', board.moves)
    results = {EMPTY: 0, X: 0, O: 0}
    for game in range(60):
        board = play_game(player, rnd, 1 + game % 4)
        results[board.winner()] += 1
    print('draws %d, X wins %d, O wins %d' % (results[EMPTY], results[X], results[O]))
    seen = {}
    count_positions(Board(), X, seen)
    wins = {EMPTY: 0, X: 0, O: 0}
    for w in seen.values():
        wins[w] += 1
    print(len(seen), 'positions;', wins[X], 'won by X,', wins[O], 'won by O')
    empty = Board()
    print('opening values:', player.choose(empty, X))
    empty.play(4, X)
    print('replies to the centre:', player.choose(empty, O))
    print('cache', len(player.cache), 'nodes', player.nodes)


if __name__ == '__main__':
    main()
