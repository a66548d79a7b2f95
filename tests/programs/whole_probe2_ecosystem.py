"""Predator/prey grid simulation with an entity class hierarchy, seeded random and statistics."""
import random
import statistics

W, H = 30, 20


class Entity:
    symbol = "?"
    next_id = 0

    def __init__(self, x, y, energy):
        self.x = x
        self.y = y
        self.energy = energy
        self.alive = True
        self.age = 0
        Entity.next_id += 1
        self.id = Entity.next_id

    def neighbours(self):
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            yield (self.x + dx) % W, (self.y + dy) % H

    def step(self, world):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}@({self.x},{self.y}) e={self.energy}"


class Plant(Entity):
    symbol = "*"

    def step(self, world):
        self.age += 1
        if self.age % 5 == 0 and random.random() < 0.4:
            spots = [p for p in self.neighbours() if p not in world.plants]
            if spots:
                x, y = random.choice(spots)
                world.spawn(Plant(x, y, 3))


class Animal(Entity):
    speed = 1
    birth_energy = 20
    food_value = 0

    def eat(self, world):
        return False

    def step(self, world):
        self.age += 1
        self.energy -= 1
        if not self.eat(world):
            self.x, self.y = random.choice(list(self.neighbours()))
        if self.energy >= self.birth_energy:
            self.energy //= 2
            world.spawn(Rabbit(self.x, self.y, self.energy) if isinstance(self, Rabbit) else Fox(self.x, self.y, self.energy))
        if self.energy <= 0 or self.age > self.lifespan:
            self.alive = False


class Rabbit(Animal):
    symbol = "r"
    lifespan = 40
    birth_energy = 14

    def eat(self, world):
        plant = world.plants.get((self.x, self.y))
        if plant is not None and plant.alive:
            plant.alive = False
            self.energy += 4
            return True
        return False


class Fox(Animal):
    symbol = "F"
    lifespan = 60
    birth_energy = 30

    def eat(self, world):
        for pos in self.neighbours():
            prey = [r for r in world.rabbits_at(pos)]
            if prey:
                victim = min(prey, key=lambda r: r.id)
                victim.alive = False
                self.energy += 8
                self.x, self.y = pos
                return True
        return False


class World:
    def __init__(self, seed):
        random.seed(seed)
        self.plants = {}
        self.animals = []
        self.born = []
        self.history = []
        for _ in range(120):
            x, y = random.randrange(W), random.randrange(H)
            if (x, y) not in self.plants:
                self.plants[(x, y)] = Plant(x, y, 3)
        for _ in range(30):
            self.animals.append(Rabbit(random.randrange(W), random.randrange(H), 10))
        for _ in range(5):
            self.animals.append(Fox(random.randrange(W), random.randrange(H), 20))

    def spawn(self, e):
        self.born.append(e)

    def rabbits_at(self, pos):
        return [a for a in self.animals if isinstance(a, Rabbit) and a.alive and (a.x, a.y) == pos]

    def tick(self):
        for p in list(self.plants.values()):
            p.step(self)
        for a in self.animals:
            if a.alive:
                a.step(self)
        for e in self.born:
            if isinstance(e, Plant):
                self.plants.setdefault((e.x, e.y), e)
            else:
                self.animals.append(e)
        self.born = []
        self.plants = {k: p for k, p in self.plants.items() if p.alive}
        self.animals = [a for a in self.animals if a.alive]
        counts = (len(self.plants),
                  sum(1 for a in self.animals if isinstance(a, Rabbit)),
                  sum(1 for a in self.animals if isinstance(a, Fox)))
        self.history.append(counts)
        return counts

    def render(self):
        grid = [["." for _ in range(W)] for _ in range(H)]
        for (x, y) in self.plants:
            grid[y][x] = "*"
        for a in self.animals:
            grid[a.y][a.x] = a.symbol
        return "\n".join("".join(row) for row in grid)


def main():
    world = World(1234)
    for t in range(1, 121):
        p, r, f = world.tick()
        if t % 15 == 0:
            print(f"t={t:>3} plants={p:>3} rabbits={r:>3} foxes={f:>2} {'#' * (r // 4)}")
    print(world.render())
    plants, rabbits, foxes = zip(*world.history)
    print("rabbits mean %.2f median %s stdev %.3f" % (statistics.mean(rabbits), statistics.median(rabbits), statistics.pstdev(rabbits)))
    print("plants max", max(plants), "foxes peak at", foxes.index(max(foxes)))
    oldest = max(world.animals, key=lambda a: (a.age, -a.id), default=None)
    print("oldest:", oldest, "ids issued:", Entity.next_id)


if __name__ == "__main__":
    main()
