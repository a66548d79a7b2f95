# A text adventure driven by a scripted list of commands: rooms and exits
# as Enums, a player state machine (auto(), IntEnum, Flag-free bit sets),
# a command parser with a dispatch dict, match statements and an inventory.
from enum import Enum, IntEnum, auto


class Direction(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self):
        return {Direction.NORTH: Direction.SOUTH, Direction.SOUTH: Direction.NORTH,
                Direction.EAST: Direction.WEST, Direction.WEST: Direction.EAST}[self]


class Room(Enum):
    HALL = auto()
    LIBRARY = auto()
    CELLAR = auto()
    GARDEN = auto()
    VAULT = auto()


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    WON = auto()
    DEAD = auto()


class Weight(IntEnum):
    LIGHT = 1
    MEDIUM = 3
    HEAVY = 8


EXITS = {
    Room.HALL: {Direction.NORTH: Room.LIBRARY, Direction.EAST: Room.GARDEN, Direction.SOUTH: Room.CELLAR},
    Room.LIBRARY: {Direction.SOUTH: Room.HALL},
    Room.GARDEN: {Direction.WEST: Room.HALL},
    Room.CELLAR: {Direction.NORTH: Room.HALL, Direction.EAST: Room.VAULT},
    Room.VAULT: {Direction.WEST: Room.CELLAR},
}

ITEMS = {
    Room.LIBRARY: {"book": Weight.LIGHT, "lamp": Weight.MEDIUM},
    Room.GARDEN: {"spade": Weight.MEDIUM, "statue": Weight.HEAVY},
    Room.CELLAR: {"key": Weight.LIGHT},
    Room.VAULT: {"gold": Weight.MEDIUM},
}

MAX_LOAD = 9


class Game:
    def __init__(self):
        self.room = Room.HALL
        self.state = State.EXPLORING
        self.inventory = {}
        self.items = {room: dict(things) for room, things in ITEMS.items()}
        self.visited = [Room.HALL]
        self.monster_hp = 3
        self.moves = 0

    def load(self):
        return sum(self.inventory.values())

    def go(self, arg):
        try:
            direction = Direction(arg[:1])
        except ValueError as e:
            return "no such direction: %s" % e
        target = EXITS[self.room].get(direction)
        if target is None:
            return "you cannot go %s from the %s" % (direction.name.lower(), self.room.name.lower())
        if target is Room.CELLAR and "lamp" not in self.inventory:
            return "it is too dark to go down without a lamp"
        if target is Room.VAULT and "key" not in self.inventory:
            return "the vault door is locked"
        self.room = target
        if target not in self.visited:
            self.visited.append(target)
        if target is Room.VAULT and self.monster_hp > 0:
            self.state = State.FIGHTING
            return "a troll guards the vault! (back: %s)" % direction.opposite.value
        return "you are in the %s" % target.name.lower()

    def take(self, arg):
        here = self.items.get(self.room, {})
        if arg not in here:
            return "there is no %s here" % arg
        weight = here[arg]
        if self.load() + weight > MAX_LOAD:
            return "the %s is too heavy (%s, carrying %d)" % (arg, weight.name, self.load())
        self.inventory[arg] = here.pop(arg)
        return "taken: %s" % arg

    def drop(self, arg):
        if arg not in self.inventory:
            return "you have no %s" % arg
        self.items.setdefault(self.room, {})[arg] = self.inventory.pop(arg)
        return "dropped: %s" % arg

    def attack(self, arg):
        if self.state is not State.FIGHTING:
            return "there is nothing to fight"
        damage = 2 if arg == "spade" and "spade" in self.inventory else 1
        self.monster_hp -= damage
        if self.monster_hp <= 0:
            self.state = State.EXPLORING
            return "the troll flees"
        return "you hit the troll (%d hp left)" % self.monster_hp

    def look(self, arg):
        things = ", ".join(sorted(self.items.get(self.room, {}))) or "nothing"
        exits = " ".join(d.value for d in EXITS[self.room])
        return "%s: you see %s; exits %s" % (self.room.name.title(), things, exits)

    def step(self, line):
        verb, _, arg = line.strip().partition(" ")
        self.moves += 1
        match (self.state, verb):
            case (State.FIGHTING, "go") if self.room is Room.VAULT and arg[:1] != "w":
                self.state = State.DEAD
                return "the troll catches you"
            case (State.FIGHTING, "take"):
                return "not while the troll is here"
            case (_, "inventory" | "i"):
                items = sorted(self.inventory.items(), key=lambda kv: (-kv[1], kv[0]))
                return "carrying %s (load %d/%d)" % ([f"{n}:{w.value}" for n, w in items], self.load(), MAX_LOAD)
        handler = {"go": self.go, "take": self.take, "drop": self.drop, "attack": self.attack, "look": self.look}.get(verb)
        if handler is None:
            self.moves -= 1
            return "unknown command %r" % verb
        result = handler(arg)
        if "gold" in self.inventory and self.room is Room.HALL:
            self.state = State.WON
        return result


SCRIPT = """look
go north
take lamp
take book
go s
go up
go east
take statue
take spade
dance
go w
go south
go west
take key
go east
take gold
attack spade
i
attack
take gold
drop book
take gold
drop key
take gold
i
go west
go north
look
"""


def main():
    game = Game()
    for number, line in enumerate(SCRIPT.splitlines(), start=1):
        if game.state in (State.WON, State.DEAD):
            break
        print("%2d> %-14s %s" % (number, line, game.step(line)))
    print("state:", game.state, game.state.name, game.state.value)
    print("visited:", " -> ".join(room.name for room in game.visited))
    print("moves:", game.moves, "load:", game.load(), Weight.HEAVY > Weight.MEDIUM, Weight.LIGHT + 1)
    print([d for d in Direction], Direction("n").opposite, Room(3), list(State)[-1])


if __name__ == "__main__":
    main()
