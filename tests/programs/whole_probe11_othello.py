"""othello.py: an Othello (Reversi) engine on 64-bit bitboards, after the
Shed Skin example programs (othello.py / oliva.py): move generation by
shifting the board in eight directions under edge masks, flips computed
ray by ray, and a negamax alpha-beta search with a positional evaluation.
Two engines of different depths play a game; the moves are printed."""

import sys

FULL = 0xFFFFFFFFFFFFFFFF
NOT_A = 0xFEFEFEFEFEFEFEFE   # no pieces on file a (after a shift east)
NOT_H = 0x7F7F7F7F7F7F7F7F   # no pieces on file h (after a shift west)

DIRECTIONS = [
    (1, NOT_A), (-1, NOT_H), (8, FULL), (-8, FULL),
    (9, NOT_A), (7, NOT_H), (-7, NOT_A), (-9, NOT_H),
]

WEIGHTS = [
    100, -20, 10, 5, 5, 10, -20, 100,
    -20, -50, -2, -2, -2, -2, -50, -20,
    10, -2, -1, -1, -1, -1, -2, 10,
    5, -2, -1, -1, -1, -1, -2, 5,
    5, -2, -1, -1, -1, -1, -2, 5,
    10, -2, -1, -1, -1, -1, -2, 10,
    -20, -50, -2, -2, -2, -2, -50, -20,
    100, -20, 10, 5, 5, 10, -20, 100,
]


def shift(bb, d, mask):
    if d > 0:
        return ((bb << d) & FULL) & mask
    return (bb >> -d) & mask


def moves(own, opp):
    empty = ~(own | opp) & FULL
    legal = 0
    for d, mask in DIRECTIONS:
        x = shift(own, d, mask) & opp
        x |= shift(x, d, mask) & opp
        x |= shift(x, d, mask) & opp
        x |= shift(x, d, mask) & opp
        x |= shift(x, d, mask) & opp
        x |= shift(x, d, mask) & opp
        legal |= shift(x, d, mask) & empty
    return legal


def flips(own, opp, sq):
    move = 1 << sq
    flipped = 0
    for d, mask in DIRECTIONS:
        ray = 0
        x = shift(move, d, mask)
        while x & opp:
            ray |= x
            x = shift(x, d, mask)
        if x & own:
            flipped |= ray
    return flipped


def popcount(bb):
    return bin(bb).count('1')


def squares(bb):
    while bb:
        low = bb & -bb
        yield low.bit_length() - 1
        bb ^= low


def evaluate(own, opp):
    score = 0
    for sq in squares(own):
        score += WEIGHTS[sq]
    for sq in squares(opp):
        score -= WEIGHTS[sq]
    mobility = popcount(moves(own, opp)) - popcount(moves(opp, own))
    return score + 5 * mobility


class Engine(object):
    def __init__(self, depth):
        self.depth = depth
        self.nodes = 0

    def negamax(self, own, opp, depth, alpha, beta, passed):
        self.nodes += 1
        if depth == 0:
            return evaluate(own, opp)
        legal = moves(own, opp)
        if not legal:
            if passed:
                diff = popcount(own) - popcount(opp)
                return 10000 * (diff > 0) - 10000 * (diff < 0)
            return -self.negamax(opp, own, depth, -beta, -alpha, True)
        ordered = sorted(squares(legal), key=lambda sq: -WEIGHTS[sq])
        best = -100000
        for sq in ordered:
            f = flips(own, opp, sq)
            new_own = own | f | (1 << sq)
            new_opp = opp & ~f
            score = -self.negamax(new_opp, new_own, depth - 1, -beta, -alpha, False)
            if score > best:
                best = score
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        return best

    def choose(self, own, opp):
        best_sq, best = -1, -1000000
        for sq in sorted(squares(moves(own, opp)), key=lambda sq: -WEIGHTS[sq]):
            f = flips(own, opp, sq)
            score = -self.negamax(opp & ~f, own | f | (1 << sq), self.depth - 1, -1000000, -best, False)
            if score > best:
                best, best_sq = score, sq
        return best_sq, best


def name(sq):
    return 'abcdefgh'[sq % 8] + str(sq // 8 + 1)


def show(black, white):
    rows = []
    for r in range(8):
        row = ''
        for c in range(8):
            bit = 1 << (r * 8 + c)
            row += 'X' if black & bit else ('O' if white & bit else '.')
        rows.append(row)
    return rows


def main():
    black = (1 << 28) | (1 << 35)
    white = (1 << 27) | (1 << 36)
    players = [Engine(4), Engine(3)]
    turn = 0
    passes = 0
    record = []
    while passes < 2:
        own, opp = (black, white) if turn == 0 else (white, black)
        if not moves(own, opp):
            record.append('--')
            passes += 1
        else:
            passes = 0
            sq, score = players[turn].choose(own, opp)
            f = flips(own, opp, sq)
            assert f and not (1 << sq) & (own | opp)
            own |= f | (1 << sq)
            opp &= ~f
            record.append(name(sq))
            if turn == 0:
                black, white = own, opp
            else:
                white, black = own, opp
        turn = 1 - turn
    for i in range(0, len(record), 12):
        print(' '.join(record[i:i + 12]))
    for row in show(black, white):
        print(row)
    print('black %d white %d, nodes %d + %d' % (popcount(black), popcount(white),
                                               players[0].nodes, players[1].nodes))
    sys.stdout.flush()


if __name__ == '__main__':
    main()
