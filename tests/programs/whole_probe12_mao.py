"""mao.py: the AO bench (Syoyo Fujita's ambient occlusion renderer) as the
Shed Skin example carries it: three spheres on a plane, for every pixel a
few subsamples, and at each hit an ambient occlusion estimate from random
rays over the hemisphere around the normal (an orthonormal basis built from
it). The image is a PPM in memory, summarised by its MD5 and a coarse
picture."""

import hashlib
import random
from math import sqrt, sin, cos, pi

WIDTH = 48
HEIGHT = 48
NSUBSAMPLES = 2
NAO_SAMPLES = 6


class Vector(object):
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalize(self):
        length = sqrt(self.dot(self))
        if abs(length) > 1.0e-17:
            self.x /= length
            self.y /= length
            self.z /= length


class Isect(object):
    def __init__(self):
        self.t = 1.0e+17
        self.hit = False
        self.p = Vector()
        self.n = Vector()


class Sphere(object):
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Plane(object):
    def __init__(self, p, n):
        self.p = p
        self.n = n


class Ray(object):
    def __init__(self, org, dir):
        self.org = org
        self.dir = dir


def ray_sphere_intersect(isect, ray, sphere):
    rs = ray.org - sphere.center
    B = rs.dot(ray.dir)
    C = rs.dot(rs) - sphere.radius * sphere.radius
    D = B * B - C
    if D > 0.0:
        t = -B - sqrt(D)
        if 0.0 < t < isect.t:
            isect.t = t
            isect.hit = True
            isect.p = Vector(ray.org.x + ray.dir.x * t,
                             ray.org.y + ray.dir.y * t,
                             ray.org.z + ray.dir.z * t)
            isect.n = isect.p - sphere.center
            isect.n.normalize()


def ray_plane_intersect(isect, ray, plane):
    d = -plane.p.dot(plane.n)
    v = ray.dir.dot(plane.n)
    if abs(v) < 1.0e-17:
        return
    t = -(ray.org.dot(plane.n) + d) / v
    if 0.0 < t < isect.t:
        isect.t = t
        isect.hit = True
        isect.p = Vector(ray.org.x + ray.dir.x * t,
                         ray.org.y + ray.dir.y * t,
                         ray.org.z + ray.dir.z * t)
        isect.n = plane.n


def orthoBasis(n):
    basis = [Vector(), Vector(), n]
    if -0.6 < n.x < 0.6:
        basis[1].x = 1.0
    elif -0.6 < n.y < 0.6:
        basis[1].y = 1.0
    elif -0.6 < n.z < 0.6:
        basis[1].z = 1.0
    else:
        basis[1].x = 1.0
    basis[0] = basis[1].cross(basis[2])
    basis[0].normalize()
    basis[1] = basis[2].cross(basis[0])
    basis[1].normalize()
    return basis


class Scene(object):
    def __init__(self):
        self.spheres = [Sphere(Vector(-2.0, 0.0, -3.5), 0.5),
                        Sphere(Vector(-0.5, 0.0, -3.0), 0.5),
                        Sphere(Vector(1.0, 0.0, -2.2), 0.5)]
        self.plane = Plane(Vector(0.0, -0.5, 0.0), Vector(0.0, 1.0, 0.0))
        self.rng = random.Random(0)

    def intersect(self, isect, ray):
        for sphere in self.spheres:
            ray_sphere_intersect(isect, ray, sphere)
        ray_plane_intersect(isect, ray, self.plane)

    def ambient_occlusion(self, isect):
        basis = orthoBasis(isect.n)
        ntheta = NAO_SAMPLES
        nphi = NAO_SAMPLES
        eps = 0.0001
        occlusion = 0.0
        p = Vector(isect.p.x + eps * isect.n.x,
                   isect.p.y + eps * isect.n.y,
                   isect.p.z + eps * isect.n.z)
        rand = self.rng.random
        for j in range(nphi):
            for i in range(ntheta):
                r = rand()
                phi = 2.0 * pi * rand()
                x = cos(phi) * sqrt(1.0 - r)
                y = sin(phi) * sqrt(1.0 - r)
                z = sqrt(r)
                # local -> global
                rx = x * basis[0].x + y * basis[1].x + z * basis[2].x
                ry = x * basis[0].y + y * basis[1].y + z * basis[2].y
                rz = x * basis[0].z + y * basis[1].z + z * basis[2].z
                ray = Ray(p, Vector(rx, ry, rz))
                occ_isect = Isect()
                self.intersect(occ_isect, ray)
                if occ_isect.hit:
                    occlusion += 1.0
        occlusion = (ntheta * nphi - occlusion) / float(ntheta * nphi)
        return (occlusion, occlusion, occlusion)


def clamp(f):
    i = int(f * 255.5)
    if i < 0:
        i = 0
    if i > 255:
        i = 255
    return i


def render(scene, w, h, nsubsamples):
    img = bytearray(w * h * 3)
    hits = 0
    for y in range(h):
        for x in range(w):
            rad = [0.0, 0.0, 0.0]
            for v in range(nsubsamples):
                for u in range(nsubsamples):
                    px = (x + (u / float(nsubsamples)) - (w / 2.0)) / (w / 2.0)
                    py = -(y + (v / float(nsubsamples)) - (h / 2.0)) / (h / 2.0)
                    eye = Vector(px, py, -1.0)
                    eye.normalize()
                    ray = Ray(Vector(0.0, 0.0, 0.0), eye)
                    isect = Isect()
                    scene.intersect(isect, ray)
                    if isect.hit:
                        hits += 1
                        col = scene.ambient_occlusion(isect)
                        rad[0] += col[0]
                        rad[1] += col[1]
                        rad[2] += col[2]
            n2 = float(nsubsamples * nsubsamples)
            offset = 3 * (y * w + x)
            img[offset] = clamp(rad[0] / n2)
            img[offset + 1] = clamp(rad[1] / n2)
            img[offset + 2] = clamp(rad[2] / n2)
    return img, hits


def ppm(img, w, h):
    return b'P6\n%d %d\n255\n' % (w, h) + bytes(img)


def main():
    scene = Scene()
    img, hits = render(scene, WIDTH, HEIGHT, NSUBSAMPLES)
    data = ppm(img, WIDTH, HEIGHT)
    print('%d bytes, %d primary hits, md5 %s' % (len(data), hits, hashlib.md5(data).hexdigest()))
    print('mean grey %.3f' % (sum(img) / float(len(img))))
    shades = ' .:-=+*#%@'
    for y in range(0, HEIGHT, 3):
        print(''.join(shades[img[3 * (y * WIDTH + x)] * 10 // 256] for x in range(0, WIDTH, 1)))


if __name__ == '__main__':
    main()
