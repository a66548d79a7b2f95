# Statements in a class body beyond name bindings: subscript and attribute
# assignments, augmented assignments and calls on attributes the body bound
# earlier, run in order with the rest of the body.


class Settings:
    pass


class Registry:
    handlers = {}
    handlers["default"] = "noop"
    order = []
    order.append("first")
    order.extend(["second", "third"])
    table = [0] * 4
    table[0] = 1
    table[1] += 5
    table[2:4] = [7, 8]
    count = 0
    count += 3
    count *= 2
    config = Settings()
    config.debug = True
    config.level = count + 1
    del handlers["default"]
    handlers["json"] = "dump"
    size = len(order)

    def describe(self):
        return f"{sorted(self.handlers)} {self.order} {self.table} {self.count} {self.size}"


class Board:
    SIZE = 3
    grid = [[0] * 3 for _ in range(SIZE)]
    grid[1][1] = 5
    labels = {}
    for_row = "row"
    labels[for_row] = SIZE


def main():
    print(Registry.handlers, Registry.order, Registry.table, Registry.count)
    print(Registry.config.debug, Registry.config.level, Registry.size)
    print(Registry().describe())
    print(Board.grid, Board.labels)


main()
