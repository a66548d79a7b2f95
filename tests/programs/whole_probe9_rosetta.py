"""Rosetta Code tasks, written as their Python entries are: Knight's tour
(Warnsdorff's rule), LZW compression, an RPN calculator that shows its stack,
the 24 game solver (itertools + fractions), and Conway's Life on a set of
live cells."""
import itertools
from collections import Counter
from fractions import Fraction
import operator

# ------------------------------------------------------------ Knight's tour

_kmoves = ((2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1))


def chess2index(chess, boardsize):
    'Convert Algebraic chess notation to internal index format'
    chess = chess.strip().lower()
    x = ord(chess[0]) - ord('a')
    y = boardsize - int(chess[1:])
    return (x, y)


def boardstring(board, boardsize):
    r = range(boardsize)
    lines = ''
    for y in r:
        lines += '\n' + ','.join('%2i' % board[(x, y)] if board[(x, y)] else '  '
                                 for x in r)
    return lines


def knightmoves(board, P, boardsize):
    Px, Py = P
    kmoves = set((Px + x, Py + y) for x, y in _kmoves)
    kmoves = set((x, y)
                 for x, y in kmoves
                 if 0 <= x < boardsize
                 and 0 <= y < boardsize
                 and not board[(x, y)])
    return kmoves


def accessibility(board, P, boardsize):
    access = []
    brd = dict(board)
    for pos in knightmoves(board, P, boardsize=boardsize):
        brd[pos] = -1
        access.append((len(knightmoves(brd, pos, boardsize=boardsize)), pos))
        brd[pos] = 0
    return access


def knights_tour(start, boardsize, _debug=False):
    board = {(x, y): 0 for x in range(boardsize) for y in range(boardsize)}
    move = 1
    P = chess2index(start, boardsize)
    board[P] = move
    move += 1
    while move <= len(board):
        P = min(accessibility(board, P, boardsize))[1]
        board[P] = move
        move += 1
    return board

# ------------------------------------------------------------ LZW


def compress(uncompressed):
    """Compress a string to a list of output symbols."""
    # Build the dictionary.
    dict_size = 256
    dictionary = dict((chr(i), i) for i in range(dict_size))

    w = ""
    result = []
    for c in uncompressed:
        wc = w + c
        if wc in dictionary:
            w = wc
        else:
            result.append(dictionary[w])
            # Add wc to the dictionary.
            dictionary[wc] = dict_size
            dict_size += 1
            w = c

    # Output the code for w.
    if w:
        result.append(dictionary[w])
    return result


def decompress(compressed):
    """Decompress a list of output ks to a string."""
    from io import StringIO

    # Build the dictionary.
    dict_size = 256
    dictionary = dict((i, chr(i)) for i in range(dict_size))

    # use StringIO, otherwise this becomes O(N^2)
    # due to string concatenation in a loop
    result = StringIO()
    w = chr(compressed.pop(0))
    result.write(w)
    for k in compressed:
        if k in dictionary:
            entry = dictionary[k]
        elif k == dict_size:
            entry = w + w[0]
        else:
            raise ValueError('Bad compressed k: %s' % k)
        result.write(entry)

        # Add w+entry[0] to the dictionary.
        dictionary[dict_size] = w + entry[0]
        dict_size += 1

        w = entry
    return result.getvalue()

# ------------------------------------------------------------ RPN calculator


ops = {'^': operator.pow,
       '*': operator.mul,
       '/': operator.truediv,
       '+': operator.add,
       '-': operator.sub,
       }


def get_input(inp):
    'Inputs an expression and returns list of tokens'
    tokens = inp.strip().split()
    return tokens


def rpn_calc(tokens):
    stack = []
    table = ['TOKEN,ACTION,STACK'.split(',')]
    for token in tokens:
        if token in ops:
            action = 'Apply op to top of stack'
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[token](a, b))
        else:
            action = 'Push num onto top of stack'
            stack.append(float(token))
        table.append((token, action, ' '.join(str(s) for s in stack)))
    return table

# ------------------------------------------------------------ 24 game


def solve24(nums, exprs, target=24):
    """Every way to reach target: combine two of the numbers with an operator, recursively."""
    if len(nums) == 1:
        if nums[0] == target:
            yield exprs[0]
        return
    for i, j in itertools.combinations(range(len(nums)), 2):
        a, b = nums[i], nums[j]
        ea, eb = exprs[i], exprs[j]
        rest = [n for k, n in enumerate(nums) if k != i and k != j]
        rest_exprs = [x for k, x in enumerate(exprs) if k != i and k != j]
        candidates = [(a + b, '(%s+%s)' % (ea, eb)), (a * b, '(%s*%s)' % (ea, eb)),
                      (a - b, '(%s-%s)' % (ea, eb)), (b - a, '(%s-%s)' % (eb, ea))]
        if b:
            candidates.append((a / b, '(%s/%s)' % (ea, eb)))
        if a:
            candidates.append((b / a, '(%s/%s)' % (eb, ea)))
        for value, expr in candidates:
            yield from solve24(rest + [value], rest_exprs + [expr], target)


def first_solution(digits):
    for sol in solve24([Fraction(d) for d in digits], [str(d) for d in digits]):
        return sol[1:-1]
    return None


def count_solutions(digits):
    return sum(1 for _ in solve24([Fraction(d) for d in digits], [str(d) for d in digits]))

# ------------------------------------------------------------ Conway's Life on a set


def neighbours(cell):
    x, y = cell
    for dx, dy in itertools.product((-1, 0, 1), repeat=2):
        if dx or dy:
            yield (x + dx, y + dy)


def life_step(live):
    counts = Counter(n for c in live for n in neighbours(c))
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def show(live, width, height):
    return '\n'.join(''.join('#' if (x, y) in live else '.' for x in range(width)) for y in range(height))


def main():
    for boardsize, start in ((5, 'c3'), (8, 'a1'), (8, 'h8')):
        board = knights_tour(start, boardsize)
        print("Knight's tour on %dx%d from %s:%s" % (boardsize, boardsize, start, boardstring(board, boardsize)))

    text = 'TOBEORNOTTOBEORTOBEORNOT' * 3 + ''.join(chr(97 + (i * i) % 26) for i in range(300))
    for _ in range(20):
        compressed = compress(text)
    print(len(text), len(compressed), compressed[:16])
    print(decompress(list(compressed)) == text, decompress(compress('TOBEORNOTTOBEORTOBEORNOT')))

    rpn = '3 4 2 * 1 5 - 2 3 ^ ^ / +'
    rp = rpn_calc(get_input(rpn))
    maxcolwidths = [max(len(y) for y in x) for x in zip(*rp)]
    row = rp[0]
    print(' '.join('{cell:^{width}}'.format(width=width, cell=cell) for (width, cell) in zip(maxcolwidths, row)))
    for row in rp[1:]:
        print(' '.join('{cell:<{width}}'.format(width=width, cell=cell) for (width, cell) in zip(maxcolwidths, row)))
    print('The final output value is: %r' % float(rp[-1][2]))

    solved = 0
    for digits in ([4, 7, 8, 8], [1, 1, 1, 1], [3, 3, 8, 8], [5, 5, 5, 1], [6, 6, 6, 6], [1, 2, 3, 4]):
        sol = first_solution(digits)
        if sol:
            solved += 1
        print(digits, '->', sol if sol else 'no solution', count_solutions(digits))
    print('solved', solved)

    glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
    blinker = {(7, 1), (7, 2), (7, 3)}
    live = glider | blinker
    for gen in range(24):
        live = life_step(live)
    print(len(live), sorted(live)[:6])
    print(show(live, 12, 10))


if __name__ == "__main__":
    main()
