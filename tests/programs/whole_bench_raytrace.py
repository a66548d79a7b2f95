# Variant written around compiler gaps: the vector constants are module globals instead of class attributes added after the class body, and the type checks raise TypeError instead of a string.
# A tiny ray tracer in the style of pyperformance's bm_raytrace.
import math

EPSILON = 0.00001


class Vector(object):
    def __init__(self, initx, inity, initz):
        self.x = initx
        self.y = inity
        self.z = initz

    def __str__(self):
        return '(%s,%s,%s)' % (self.x, self.y, self.z)

    def __repr__(self):
        return 'Vector(%s,%s,%s)' % (self.x, self.y, self.z)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        if other.isPoint():
            return Point(self.x + other.x, self.y + other.y, self.z + other.z)
        else:
            return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        other.mustBeVector()
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(factor * self.x, factor * self.y, factor * self.z)

    def dot(self, other):
        other.mustBeVector()
        return (self.x * other.x) + (self.y * other.y) + (self.z * other.z)

    def cross(self, other):
        other.mustBeVector()
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def __eq__(self, other):
        return (self.x == other.x) and (self.y == other.y) and (self.z == other.z)

    def isVector(self):
        return True

    def isPoint(self):
        return False

    def mustBeVector(self):
        return self

    def mustBePoint(self):
        raise TypeError('Vectors are not points!')

    def reflectThrough(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)


V_ZERO = Vector(0, 0, 0)
V_RIGHT = Vector(1, 0, 0)
V_UP = Vector(0, 1, 0)
V_OUT = Vector(0, 0, 1)


class Point(object):
    def __init__(self, initx, inity, initz):
        self.x = initx
        self.y = inity
        self.z = initz

    def __str__(self):
        return '(%s,%s,%s)' % (self.x, self.y, self.z)

    def __sub__(self, other):
        if other.isPoint():
            return Vector(self.x - other.x, self.y - other.y, self.z - other.z)
        else:
            return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def __add__(self, other):
        other.mustBeVector()
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def isVector(self):
        return False

    def isPoint(self):
        return True

    def mustBeVector(self):
        raise TypeError('Points are not vectors!')

    def mustBePoint(self):
        return self


class Sphere(object):
    def __init__(self, centre, radius):
        centre.mustBePoint()
        self.centre = centre
        self.radius = radius

    def intersectionTime(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = (self.radius * self.radius) - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        else:
            return v - math.sqrt(discriminant)

    def normalAt(self, p):
        return (p - self.centre).normalized()


class Ray(object):
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def pointAtTime(self, t):
        return self.point + self.vector.scale(t)


def main():
    s = Sphere(Point(1, 3, -10), 2)
    hits = []
    for i in range(-3, 4):
        for j in range(-3, 4):
            r = Ray(Point(0, 2, 0), Vector(i * 0.1, j * 0.1 + 0.1, -1))
            t = s.intersectionTime(r)
            if t is None:
                hits.append('.')
            else:
                p = r.pointAtTime(t)
                n = s.normalAt(p)
                hits.append('%.3f' % n.dot(V_UP))
    print(' '.join(hits))
    print(V_RIGHT.cross(V_UP), V_OUT.reflectThrough(V_UP))
    print(Vector(1, 2, 3) == Vector(1, 2, 3), repr(V_ZERO + V_UP))


if __name__ == "__main__":
    main()
