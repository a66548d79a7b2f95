"""chull.py: the 3D convex hull of a point cloud by the incremental method,
as in the Shed Skin example (after O'Rourke's "Computational Geometry in
C"): an initial tetrahedron, then each point in turn removes the faces it
can see and is joined to the horizon edges, with vertices, edges and faces
in linked structures and visibility decided by signed volumes. Checked with
Euler's formula, the hull's volume and area, and a brute-force test that
every point lies inside."""

import random
from math import sqrt

EPS = 1e-9


class Vertex(object):
    __slots__ = ('x', 'y', 'z', 'index', 'onhull', 'duplicate')

    def __init__(self, x, y, z, index):
        self.x = x
        self.y = y
        self.z = z
        self.index = index
        self.onhull = False
        self.duplicate = None

    def __sub__(self, other):
        return (self.x - other.x, self.y - other.y, self.z - other.z)

    def __repr__(self):
        return 'V%d(%.3f, %.3f, %.3f)' % (self.index, self.x, self.y, self.z)


def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def volume6(a, b, c, d):
    """Six times the signed volume of tetrahedron abcd: positive when d is
    on the negative side of the face abc (counter-clockwise seen from outside)."""
    return dot(cross(b - a, c - a), d - a)


class Face(object):
    count = 0

    def __init__(self, a, b, c):
        self.vertices = (a, b, c)
        self.visible = False
        Face.count += 1
        self.id = Face.count

    def edges(self):
        a, b, c = self.vertices
        return ((a, b), (b, c), (c, a))

    def sees(self, p):
        a, b, c = self.vertices
        return volume6(a, b, c, p) > EPS

    def normal(self):
        a, b, c = self.vertices
        return cross(b - a, c - a)

    def area(self):
        n = self.normal()
        return 0.5 * sqrt(dot(n, n))


class Hull(object):
    def __init__(self, points):
        self.vertices = [Vertex(x, y, z, i) for i, (x, y, z) in enumerate(points)]
        self.faces = []
        self.edge_face = {}   # directed edge (a.index, b.index) -> face on its left
        self.added = 0
        self.removed = 0

    def add_face(self, a, b, c):
        f = Face(a, b, c)
        self.faces.append(f)
        for u, v in f.edges():
            self.edge_face[(u.index, v.index)] = f
        self.added += 1
        return f

    def remove_face(self, f):
        for u, v in f.edges():
            if self.edge_face.get((u.index, v.index)) is f:
                del self.edge_face[(u.index, v.index)]
        self.removed += 1

    def initial_tetrahedron(self):
        vs = self.vertices
        v0 = vs[0]
        i = 1
        while i < len(vs) and sum(abs(c) for c in vs[i] - v0) < EPS:
            i += 1
        v1 = vs[i]
        j = i + 1
        while j < len(vs):
            n = cross(v1 - v0, vs[j] - v0)
            if dot(n, n) > EPS:
                break
            j += 1
        v2 = vs[j]
        k = j + 1
        while k < len(vs) and abs(volume6(v0, v1, v2, vs[k])) < EPS:
            k += 1
        if k == len(vs):
            raise ValueError('all points are coplanar')
        v3 = vs[k]
        if volume6(v0, v1, v2, v3) > 0:
            v1, v2 = v2, v1
        for v in (v0, v1, v2, v3):
            v.onhull = True
        self.add_face(v0, v1, v2)
        self.add_face(v0, v3, v1)
        self.add_face(v1, v3, v2)
        self.add_face(v2, v3, v0)
        return set([v0.index, v1.index, v2.index, v3.index])

    def add_point(self, p):
        visible = [f for f in self.faces if f.sees(p)]
        if not visible:
            return False
        for f in visible:
            f.visible = True
        horizon = []
        for f in visible:
            for u, v in f.edges():
                twin = self.edge_face.get((v.index, u.index))
                if twin is not None and not twin.visible:
                    horizon.append((u, v))
        for f in visible:
            self.remove_face(f)
        self.faces = [f for f in self.faces if not f.visible]
        for u, v in horizon:
            self.add_face(u, v, p)
        p.onhull = True
        return True

    def build(self):
        used = self.initial_tetrahedron()
        for v in self.vertices:
            if v.index not in used:
                self.add_point(v)
        onhull = set()
        for f in self.faces:
            for v in f.vertices:
                onhull.add(v.index)
        for v in self.vertices:
            v.onhull = v.index in onhull
        return self

    def stats(self):
        nv = sum(1 for v in self.vertices if v.onhull)
        nf = len(self.faces)
        ne = len(self.edge_face) // 2
        origin = self.faces[0].vertices[0]
        volume = sum(volume6(origin, *f.vertices) for f in self.faces) / 6.0
        area = sum(f.area() for f in self.faces)
        return nv, ne, nf, volume, area

    def contains(self, p):
        return all(volume6(f.vertices[0], f.vertices[1], f.vertices[2], p) <= 1e-7 for f in self.faces)


def sphere_points(rng, n, radius, noise):
    points = []
    while len(points) < n:
        x, y, z = rng.uniform(-1, 1), rng.uniform(-1, 1), rng.uniform(-1, 1)
        d = sqrt(x * x + y * y + z * z)
        if d < 1e-3 or d > 1.0:
            continue
        r = radius * (1.0 - noise * rng.random())
        points.append((x / d * r, y / d * r, z / d * r))
    return points


def main():
    rng = random.Random(1)
    cube = [(x, y, z) for x in (0.0, 1.0) for y in (0.0, 1.0) for z in (0.0, 1.0)] + [(0.5, 0.5, 0.5)]
    hull = Hull(cube).build()
    nv, ne, nf, volume, area = hull.stats()
    print('cube: V=%d E=%d F=%d volume %.4f area %.4f' % (nv, ne, nf, volume, area))
    for n, noise in ((50, 0.0), (400, 0.3), (1500, 0.8)):
        points = sphere_points(rng, n, 10.0, noise)
        hull = Hull(points).build()
        nv, ne, nf, volume, area = hull.stats()
        assert nv - ne + nf == 2, 'Euler'
        assert all(hull.contains(v) for v in hull.vertices)
        print('n=%d noise=%.1f: V=%d E=%d F=%d (V-E+F=%d) volume %.3f area %.3f faces made %d removed %d'
              % (n, noise, nv, ne, nf, nv - ne + nf, volume, area, hull.added, hull.removed))
        top = max(hull.vertices, key=lambda v: (v.z, v.index))
        print('  top vertex', top, 'on hull', top.onhull)
    try:
        Hull([(0.0, 0.0, 0.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (1.0, 1.0, 0.0)]).build()
    except ValueError as e:
        print('ValueError:', e)


if __name__ == '__main__':
    main()
