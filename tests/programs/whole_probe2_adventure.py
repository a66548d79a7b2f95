"""Text-adventure state machine driven by a scripted command list, with Enum states."""
from enum import Enum, auto


class State(Enum):
    HALL = auto()
    LIBRARY = auto()
    CELLAR = auto()
    GARDEN = auto()
    VAULT = auto()
    WON = auto()
    DEAD = auto()


class Direction(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"
    DOWN = "d"
    UP = "u"

    @classmethod
    def parse(cls, text):
        for d in Direction:
            if text in (d.value, d.name.lower()):
                return d
        raise ValueError(f"unknown direction {text!r}")


EXITS = {
    State.HALL: {Direction.NORTH: State.LIBRARY, Direction.EAST: State.GARDEN, Direction.DOWN: State.CELLAR},
    State.LIBRARY: {Direction.SOUTH: State.HALL},
    State.GARDEN: {Direction.WEST: State.HALL},
    State.CELLAR: {Direction.UP: State.HALL, Direction.EAST: State.VAULT},
    State.VAULT: {Direction.WEST: State.CELLAR},
}

ITEMS = {State.LIBRARY: ["book", "candle"], State.GARDEN: ["key"], State.CELLAR: ["rope"], State.VAULT: ["gold"]}


class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = []
        self.items = {room: list(things) for room, things in ITEMS.items()}
        self.moves = 0
        self.log = []

    def say(self, msg):
        self.log.append(msg)
        print(f"[{self.moves:02d} {self.state.name:<7}] {msg}")

    def go(self, arg):
        d = Direction.parse(arg)
        target = EXITS.get(self.state, {}).get(d)
        if target is None:
            self.say(f"you cannot go {d.name.lower()}")
            return
        if target is State.CELLAR and "candle" not in self.inventory:
            self.state = State.DEAD
            self.say("you fall down the dark stairs")
            return
        if target is State.VAULT and "key" not in self.inventory:
            self.say("the vault is locked")
            return
        self.state = target
        self.say(f"you enter the {target.name.lower()}")

    def take(self, arg):
        here = self.items.get(self.state, [])
        if arg not in here:
            self.say(f"there is no {arg} here")
            return
        here.remove(arg)
        self.inventory.append(arg)
        self.say(f"taken {arg}; carrying {', '.join(sorted(self.inventory))}")
        if arg == "gold":
            self.state = State.WON

    def look(self, arg):
        exits = ", ".join(d.value for d in EXITS.get(self.state, {}))
        things = self.items.get(self.state) or ["nothing"]
        self.say(f"exits: {exits}; you see {' and '.join(things)}")

    def handle(self, line):
        verb, _, arg = line.strip().partition(" ")
        self.moves += 1
        match verb:
            case "go" | "walk":
                try:
                    self.go(arg)
                except ValueError as e:
                    self.say(str(e))
            case "take" | "get":
                self.take(arg)
            case "look" | "l":
                self.look(arg)
            case "inv":
                self.say("inventory: " + (", ".join(self.inventory) or "empty"))
            case _:
                self.say(f"I don't understand {verb!r}")

    def finished(self):
        return self.state in (State.WON, State.DEAD)


SCRIPT_WIN = """look
go north
take candle
take book
dance
go south
go east
take key
take spoon
go west
go down
look
go east
take gold
"""

SCRIPT_DIE = """go sideways
go d
"""


def play(script):
    game = Game()
    for line in script.splitlines():
        if game.finished():
            break
        game.handle(line)
    print(f"result: {game.state} after {game.moves} moves, {len(game.log)} messages")
    return game.state


def main():
    results = [play(SCRIPT_WIN), play(SCRIPT_DIE)]
    print(results)
    print([s.value for s in State], len(State), State(3), State["VAULT"].name)
    print(Direction("n") is Direction.NORTH, Direction.parse("east"), repr(Direction.UP))
    try:
        State(42)
    except ValueError as e:
        print(e)


if __name__ == "__main__":
    main()
