# Variant written around a compiler gap: __rmul__ is defined with def instead of __rmul__ = __mul__ in the class body.
# Chaos-game style fractal with a small vector class and splines (after pyperformance's bm_chaos).
import math
import random


class GVector(object):
    def __init__(self, x=0, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def Mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        return GVector(self.x * other, self.y * other, self.z * other)
    def __rmul__(self, other):
        return GVector(self.x * other, self.y * other, self.z * other)

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)

    def __str__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)


class Spline(object):
    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        self.knots = knots
        self.points = points
        self.degree = degree

    def GetDomain(self):
        return (self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree])

    def __call__(self, u):
        dom = self.GetDomain()
        for ii in range(self.degree - 1, len(self.knots) - self.degree):
            if u >= self.knots[ii] and u < self.knots[ii + 1]:
                I = ii
                break
        else:
            I = dom[1] - 1
        d = [self.points[I - self.degree + 1 + ii] for ii in range(self.degree + 1)]
        U = self.knots
        for ik in range(1, self.degree + 1):
            for ii in range(I - self.degree + ik + 1, I + 2):
                ua = U[ii + self.degree - ik]
                ub = U[ii - 1]
                co1 = (ua - u) / (ua - ub)
                co2 = (u - ub) / (ua - ub)
                index = ii - I + self.degree - ik - 1
                d[index] = d[index].linear_combination(d[index + 1], co1, co2)
        return d[0]

    def __len__(self):
        return len(self.points)


def main():
    random.seed(1234)
    pts = [GVector(1.0, 0.0, 0.0), GVector(0.5, 0.5, 0.0), GVector(0.0, 1.0, 0.0),
           GVector(0.3, 0.3, 0.0), GVector(0.8, 0.1, 0.0)]
    spl = Spline(pts, 3, [0, 0, 0, 1, 1, 1, 1])
    print(len(spl), spl.GetDomain())
    for t in (0.0, 0.25, 0.5, 0.75, 0.99):
        print(spl(t))
    p = GVector(0.5, 0.5, 0.0)
    corners = [GVector(0.0, 0.0), GVector(1.0, 0.0), GVector(0.5, 1.0)]
    grid = [[0] * 16 for _ in range(16)]
    for i in range(3000):
        c = random.choice(corners)
        p = p.linear_combination(c, 0.5)
        gx = min(int(p.x * 16), 15)
        gy = min(int(p.y * 16), 15)
        grid[gy][gx] += 1
    for row in grid[::-1]:
        print("".join("#" if v > 10 else ("+" if v else " ") for v in row).rstrip())
    print(round((GVector(3, 4) - GVector(0, 0)).Mag(), 3), (2 * GVector(1, 2, 3)).dist(GVector()))


if __name__ == "__main__":
    main()
