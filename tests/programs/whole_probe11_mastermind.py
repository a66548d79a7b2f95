"""mastermind.py: the Shed Skin example's object-oriented Mastermind, a
code maker and a code breaker that keeps the set of codes consistent with
every feedback so far and guesses by Knuth's minimax rule over them.
Pegs, rows, feedback and the board are classes with __eq__ and __hash__."""

import random
import itertools


class Colour(object):
    names = ['red', 'green', 'blue', 'yellow', 'orange', 'purple']

    def __init__(self, index):
        self.index = index

    def __eq__(self, other):
        return self.index == other.index

    def __hash__(self):
        return hash(self.index)

    def __repr__(self):
        return Colour.names[self.index][0].upper()


class Peg(object):
    def __init__(self, colour=None):
        self.colour = colour

    def __eq__(self, other):
        return self.colour == other.colour

    def __hash__(self):
        return hash(self.colour)

    def __repr__(self):
        return repr(self.colour) if self.colour is not None else '_'


class Row(object):
    def __init__(self, pegs):
        self.pegs = list(pegs)

    def __len__(self):
        return len(self.pegs)

    def __getitem__(self, i):
        return self.pegs[i]

    def __eq__(self, other):
        return self.pegs == other.pegs

    def __hash__(self):
        return hash(tuple(p.colour.index for p in self.pegs))

    def __repr__(self):
        return ''.join(repr(p) for p in self.pegs)

    def compare(self, other):
        """The feedback for guess self against secret other: (black, white)."""
        black = 0
        mine = [0] * len(Colour.names)
        theirs = [0] * len(Colour.names)
        for a, b in zip(self.pegs, other.pegs):
            if a == b:
                black += 1
            else:
                mine[a.colour.index] += 1
                theirs[b.colour.index] += 1
        white = sum(min(m, t) for m, t in zip(mine, theirs))
        return Feedback(black, white)


class Feedback(object):
    def __init__(self, black, white):
        self.black = black
        self.white = white

    def __eq__(self, other):
        return self.black == other.black and self.white == other.white

    def __hash__(self):
        return self.black * 10 + self.white

    def __repr__(self):
        return 'B' * self.black + 'W' * self.white + '.' * (4 - self.black - self.white)


class Board(object):
    def __init__(self, rows=10):
        self.max_rows = rows
        self.guesses = []

    def add(self, guess, feedback):
        self.guesses.append((guess, feedback))

    def full(self):
        return len(self.guesses) >= self.max_rows

    def show(self):
        for n, (guess, feedback) in enumerate(self.guesses):
            print('%2d  %s  %s' % (n + 1, guess, feedback))


class CodeMaker(object):
    def __init__(self, secret):
        self.secret = secret

    def answer(self, guess):
        return guess.compare(self.secret)


class CodeBreaker(object):
    def __init__(self, length, colours):
        self.all_codes = [Row(Peg(Colour(c)) for c in combo)
                          for combo in itertools.product(range(colours), repeat=length)]
        self.candidates = list(self.all_codes)
        self.first = Row([Peg(Colour(0)), Peg(Colour(0)), Peg(Colour(1)), Peg(Colour(1))])

    def guess(self, turn):
        if turn == 0:
            return self.first
        if len(self.candidates) <= 2:
            return self.candidates[0]
        best, best_worst = None, None
        pool = self.candidates if len(self.candidates) > 40 else self.all_codes
        for g in pool:
            partition = {}
            for secret in self.candidates:
                fb = g.compare(secret)
                partition[fb] = partition.get(fb, 0) + 1
            worst = max(partition.values())
            if best_worst is None or worst < best_worst or \
                    (worst == best_worst and g in self.candidates and best not in self.candidates):
                best, best_worst = g, worst
        return best

    def learn(self, guess, feedback):
        self.candidates = [c for c in self.candidates if guess.compare(c) == feedback]


class Game(object):
    def __init__(self, secret):
        self.board = Board()
        self.maker = CodeMaker(secret)
        self.breaker = CodeBreaker(4, len(Colour.names))

    def play(self):
        turn = 0
        while not self.board.full():
            guess = self.breaker.guess(turn)
            feedback = self.maker.answer(guess)
            self.board.add(guess, feedback)
            if feedback.black == 4:
                return turn + 1
            self.breaker.learn(guess, feedback)
            turn += 1
        return 0


def main():
    rng = random.Random(12)
    total = 0
    histogram = {}
    for game_no in range(6):
        secret = Row(Peg(Colour(rng.randrange(6))) for _ in range(4))
        game = Game(secret)
        turns = game.play()
        if game_no < 2:
            print('secret', secret)
            game.board.show()
        histogram[turns] = histogram.get(turns, 0) + 1
        total += turns
    print('games 6, turns', total, sorted(histogram.items()))
    assert len(set(CodeBreaker(4, 6).all_codes)) == 1296


if __name__ == '__main__':
    main()
