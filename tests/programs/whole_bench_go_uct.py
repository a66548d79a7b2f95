# Monte-Carlo tree search (UCT) on a tiny take-away game, in the spirit of bm_go's UCTNode.
import math
import random


class State:
    __slots__ = ("stones", "player")

    def __init__(self, stones, player):
        self.stones = stones
        self.player = player

    def moves(self):
        return [m for m in (1, 2, 3) if m <= self.stones]

    def play(self, m):
        return State(self.stones - m, 3 - self.player)

    def winner(self):
        # the player who took the last stone wins
        return 3 - self.player if self.stones == 0 else 0


class UCTNode:
    def __init__(self, state, parent=None, move=None):
        self.state = state
        self.parent = parent
        self.move = move
        self.children = []
        self.untried = state.moves()
        self.wins = 0.0
        self.visits = 0

    def select(self):
        best = None
        best_score = -1.0
        for c in self.children:
            score = c.wins / c.visits + math.sqrt(2.0 * math.log(self.visits) / c.visits)
            if score > best_score:
                best = c
                best_score = score
        return best

    def expand(self, rng_move):
        self.untried.remove(rng_move)
        child = UCTNode(self.state.play(rng_move), self, rng_move)
        self.children.append(child)
        return child

    def update(self, result):
        self.visits += 1
        self.wins += result


def rollout(state):
    while state.winner() == 0:
        state = state.play(random.choice(state.moves()))
    return state.winner()


def uct(root_state, iterations):
    root = UCTNode(root_state)
    for _ in range(iterations):
        node = root
        while not node.untried and node.children:
            node = node.select()
        if node.untried:
            node = node.expand(random.choice(node.untried))
        w = rollout(node.state)
        while node is not None:
            mover = 3 - node.state.player
            node.update(1.0 if w == mover else 0.0)
            node = node.parent
    best = max(root.children, key=lambda c: c.visits)
    return best.move, [(c.move, c.visits) for c in sorted(root.children, key=lambda c: c.move)]


def main():
    random.seed(17)
    for stones in (5, 6, 7, 9, 10):
        move, stats = uct(State(stones, 1), 400)
        print(stones, move, stats)


if __name__ == "__main__":
    main()
