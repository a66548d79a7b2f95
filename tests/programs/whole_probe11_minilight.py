#  MiniLight Python : minimal global illumination renderer
#
#  Harrison Ainsworth / HXA7241 : 2007-2008, 2013.
#  http://www.hxa.name/minilight
#
#  (The Shed Skin example program, its modules joined into one file. The
#  model file is the Cornell box, held in a string; the image is written to
#  an io.StringIO and summarised.)

from math import log10, pi, sqrt, tan
from random import random, seed
import io
import re

# ----------------------------------------------------------------- vector3f


class Vector3f(object):

    def __init__(self, *args):
        if len(args) == 1:
            self.x = self.y = self.z = float(args[0])
        else:
            self.x, self.y, self.z = [float(a) for a in args]

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __getitem__(self, key):
        if key == 2:
            return self.z
        elif key == 1:
            return self.y
        else:
            return self.x

    def __neg__(self):
        return Vector3f(-self.x, -self.y, -self.z)

    def __add__(self, other):
        return Vector3f(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector3f(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, other):
        if type(other) == Vector3f:
            return Vector3f(self.x * other.x, self.y * other.y, self.z * other.z)
        else:
            return Vector3f(self.x * other, self.y * other, self.z * other)

    def is_zero(self):
        return self.x == 0.0 and self.y == 0.0 and self.z == 0.0

    def dot(self, other):
        return (self.x * other.x) + (self.y * other.y) + (self.z * other.z)

    def unitize(self):
        length = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        one_over_length = 1.0 / length if length != 0.0 else 0.0
        return Vector3f(self.x * one_over_length, self.y * one_over_length, self.z * one_over_length)

    def cross(self, other):
        return Vector3f((self.y * other.z) - (self.z * other.y),
                        (self.z * other.x) - (self.x * other.z),
                        (self.x * other.y) - (self.y * other.x))

    def clamped(self, lo, hi):
        return Vector3f(min(max(self.x, lo.x), hi.x),
                        min(max(self.y, lo.y), hi.y),
                        min(max(self.z, lo.z), hi.z))


ZERO = Vector3f(0.0)
ONE = Vector3f(1.0)
MAX = Vector3f(1.797e308)


def vector3f_str(s):
    split = s.strip().lstrip('(').rstrip(')').split()
    return Vector3f(float(split[0]), float(split[1]), float(split[2]))


# ----------------------------------------------------------------- triangle

SEARCH = re.compile(r'(\(.+\))\s*(\(.+\))\s*(\(.+\))\s*(\(.+\))\s*(\(.+\))').search
TOLERANCE = 1.0 / 1024.0


class Triangle(object):

    def __init__(self, line):
        v0, v1, v2, r, e = SEARCH(line).groups()
        self.vertexs = [vector3f_str(v0), vector3f_str(v1), vector3f_str(v2)]
        self.edge0 = vector3f_str(v1) - vector3f_str(v0)
        self.edge3 = vector3f_str(v2) - vector3f_str(v0)
        self.reflectivity = vector3f_str(r).clamped(ZERO, ONE)
        self.emitivity = vector3f_str(e).clamped(ZERO, MAX)
        edge1 = self.vertexs[2] - self.vertexs[1]
        self.tangent = self.edge0.unitize()
        self.normal = self.tangent.cross(edge1).unitize()
        pa2 = self.edge0.cross(edge1)
        self.area = sqrt(pa2.dot(pa2)) * 0.5

    def get_bound(self):
        v2 = self.vertexs[2]
        bound = [v2.x, v2.y, v2.z, v2.x, v2.y, v2.z]
        for j in range(3):
            v0 = self.vertexs[0][j]
            v1 = self.vertexs[1][j]
            if v0 < v1:
                if v0 < bound[j]:
                    bound[j] = v0
                if v1 > bound[j + 3]:
                    bound[j + 3] = v1
            else:
                if v1 < bound[j]:
                    bound[j] = v1
                if v0 > bound[j + 3]:
                    bound[j + 3] = v0
            bound[j] -= (abs(bound[j]) + 1.0) * TOLERANCE
            bound[j + 3] += (abs(bound[j + 3]) + 1.0) * TOLERANCE
        return bound

    def get_intersection(self, ray_origin, ray_direction):
        e1x = self.edge0.x
        e1y = self.edge0.y
        e1z = self.edge0.z
        e2x = self.edge3.x
        e2y = self.edge3.y
        e2z = self.edge3.z
        pvx = ray_direction.y * e2z - ray_direction.z * e2y
        pvy = ray_direction.z * e2x - ray_direction.x * e2z
        pvz = ray_direction.x * e2y - ray_direction.y * e2x
        det = e1x * pvx + e1y * pvy + e1z * pvz
        if -0.000001 < det < 0.000001:
            return -1.0
        inv_det = 1.0 / det
        v0 = self.vertexs[0]
        tvx = ray_origin.x - v0.x
        tvy = ray_origin.y - v0.y
        tvz = ray_origin.z - v0.z
        u = (tvx * pvx + tvy * pvy + tvz * pvz) * inv_det
        if u < 0.0:
            return -1.0
        elif u > 1.0:
            return -1.0
        qvx = tvy * e1z - tvz * e1y
        qvy = tvz * e1x - tvx * e1z
        qvz = tvx * e1y - tvy * e1x
        v = (ray_direction.x * qvx + ray_direction.y * qvy + ray_direction.z * qvz) * inv_det
        if v < 0.0:
            return -1.0
        elif u + v > 1.0:
            return -1.0
        t = (e2x * qvx + e2y * qvy + e2z * qvz) * inv_det
        if t < 0.0:
            return -1.0
        return t

    def get_sample_point(self):
        sqr1 = sqrt(random())
        r2 = random()
        a = 1.0 - sqr1
        b = (1.0 - r2) * sqr1
        return self.edge0 * a + self.edge3 * b + self.vertexs[0]


# ------------------------------------------------------------- spatialindex

MAX_LEVELS = 44
MAX_ITEMS = 8


class SpatialIndex(object):

    def __init__(self, arg, items, level=0):
        if type(arg) == Vector3f:
            items = [(item.get_bound(), item) for item in items]
            bound = list(arg) * 2
            for item in items:
                for j in range(6):
                    if (bound[j] > item[0][j]) ^ (j > 2):
                        bound[j] = item[0][j]
            size = max(list(Vector3f(*bound[3:6]) - Vector3f(*bound[0:3])))
            self.bound = bound[0:3] + list(Vector3f(*bound[0:3]) + Vector3f(size))
        else:
            self.bound = arg
        self.is_branch = len(items) > MAX_ITEMS and level < MAX_LEVELS - 1
        if self.is_branch:
            q1 = 0
            self.vector = [None] * 8
            for s in range(8):
                sub_bound = []
                for j in range(6):
                    m = j % 3
                    if (((s >> m) & 1) != 0) ^ (j > 2):
                        sub_bound.append((self.bound[m] + self.bound[m + 3]) * 0.5)
                    else:
                        sub_bound.append(self.bound[j])
                sub_items = []
                for item in items:
                    item_bound = item[0]
                    if item_bound[3] >= sub_bound[0] and item_bound[0] < sub_bound[3] and \
                       item_bound[4] >= sub_bound[1] and item_bound[1] < sub_bound[4] and \
                       item_bound[5] >= sub_bound[2] and item_bound[2] < sub_bound[5]:
                        sub_items.append(item)
                q1 += 1 if len(sub_items) == len(items) else 0
                q2 = (sub_bound[3] - sub_bound[0]) < (TOLERANCE * 4.0)
                if len(sub_items) > 0:
                    self.vector[s] = SpatialIndex(sub_bound, sub_items,
                                                  MAX_LEVELS if q1 > 1 or q2 else level + 1)
        else:
            self.items = items

    def get_intersection(self, ray_origin, ray_direction, last_hit, start=None):
        start = start if start else ray_origin
        hit_object = hit_position = None
        if self.is_branch:
            sub_cell = 1 if start[0] >= (self.bound[0] + self.bound[3]) * 0.5 else 0
            if start[1] >= (self.bound[1] + self.bound[4]) * 0.5:
                sub_cell |= 2
            if start[2] >= (self.bound[2] + self.bound[5]) * 0.5:
                sub_cell |= 4
            cell_position = start
            while True:
                if self.vector[sub_cell]:
                    hit_object, hit_position = self.vector[sub_cell].get_intersection(
                        ray_origin, ray_direction, last_hit, cell_position)
                    if hit_object:
                        break
                step = 1.797e308
                axis = 0
                for i in range(3):
                    high = (sub_cell >> i) & 1
                    face = self.bound[i + high * 3] if (ray_direction[i] < 0.0) ^ (0 != high) \
                        else (self.bound[i] + self.bound[i + 3]) * 0.5
                    try:
                        distance = (face - ray_origin[i]) / ray_direction[i]
                    except ZeroDivisionError:
                        distance = float(1e30000)
                    if distance <= step:
                        step = distance
                        axis = i
                if (((sub_cell >> axis) & 1) == 1) ^ (ray_direction[axis] < 0.0):
                    break
                cell_position = ray_origin + ray_direction * step
                sub_cell = sub_cell ^ (1 << axis)
        else:
            nearest_distance = 1.797e308
            for item in self.items:
                if item[1] != last_hit:
                    distance = item[1].get_intersection(ray_origin, ray_direction)
                    if 0.0 <= distance < nearest_distance:
                        hit = ray_origin + ray_direction * distance
                        if (self.bound[0] - hit[0] <= TOLERANCE) and \
                           (hit[0] - self.bound[3] <= TOLERANCE) and \
                           (self.bound[1] - hit[1] <= TOLERANCE) and \
                           (hit[1] - self.bound[4] <= TOLERANCE) and \
                           (self.bound[2] - hit[2] <= TOLERANCE) and \
                           (hit[2] - self.bound[5] <= TOLERANCE):
                            hit_object = item[1]
                            hit_position = hit
                            nearest_distance = distance
        return hit_object, hit_position


# -------------------------------------------------------------------- scene

MAX_TRIANGLES = 0x100000


class Scene(object):

    def __init__(self, in_stream, eye_position):
        for line in in_stream:
            if not line.isspace():
                s, g = line.split(')', 1)
                self.sky_emission = vector3f_str(s + ')').clamped(ZERO, MAX)
                self.ground_reflection = vector3f_str(g).clamped(ZERO, ONE)
                break
        self.triangles = []
        for line in in_stream:
            if not line.isspace():
                self.triangles.append(Triangle(line))
                if len(self.triangles) >= MAX_TRIANGLES:
                    break
        self.emitters = [triangle for triangle in self.triangles
                         if not triangle.emitivity.is_zero() and triangle.area > 0.0]
        self.index = SpatialIndex(eye_position, self.triangles)

    def get_intersection(self, ray_origin, ray_direction, last_hit):
        return self.index.get_intersection(ray_origin, ray_direction, last_hit)

    def get_emitter(self):
        emitter = None if len(self.emitters) == 0 else \
            self.emitters[min(len(self.emitters) - 1, int(random() * len(self.emitters)))]
        return (emitter.get_sample_point() if emitter else ZERO), emitter

    def emitters_count(self):
        return len(self.emitters)

    def get_default_emission(self, back_direction):
        return self.sky_emission if back_direction.y < 0.0 else self.sky_emission * self.ground_reflection


# ------------------------------------------------------------- surfacepoint


class SurfacePoint(object):

    def __init__(self, triangle, position):
        self.triangle_ref = triangle
        self.position = position

    def get_emission(self, to_position, out_direction, is_solid_angle):
        ray = to_position - self.position
        distance2 = ray.dot(ray)
        cos_area = out_direction.dot(self.triangle_ref.normal) * self.triangle_ref.area
        solid_angle = cos_area / max(distance2, 1e-6) if is_solid_angle else 1.0
        return self.triangle_ref.emitivity * solid_angle if cos_area > 0.0 else ZERO

    def get_reflection(self, in_direction, in_radiance, out_direction):
        in_dot = in_direction.dot(self.triangle_ref.normal)
        out_dot = out_direction.dot(self.triangle_ref.normal)
        return ZERO if (in_dot < 0.0) ^ (out_dot < 0.0) else \
            in_radiance * self.triangle_ref.reflectivity * (abs(in_dot) / pi)

    def get_next_direction(self, in_direction):
        reflectivity_mean = self.triangle_ref.reflectivity.dot(ONE) / 3.0
        if random() < reflectivity_mean:
            color = self.triangle_ref.reflectivity * (1.0 / reflectivity_mean)
            _2pr1 = pi * 2.0 * random()
            sr2 = sqrt(random())
            x = (cos_approx(_2pr1) * sr2)
            y = (sin_approx(_2pr1) * sr2)
            z = sqrt(1.0 - (sr2 * sr2))
            normal = self.triangle_ref.normal
            tangent = self.triangle_ref.tangent
            if normal.dot(in_direction) < 0.0:
                normal = -normal
            out_direction = (tangent * x) + (normal.cross(tangent) * y) + (normal * z)
            return out_direction, color
        else:
            return ZERO, ZERO


def cos_approx(x):
    from math import cos
    return cos(x)


def sin_approx(x):
    from math import sin
    return sin(x)


# ---------------------------------------------------------------- raytracer


class RayTracer(object):

    def __init__(self, scene):
        self.scene_ref = scene

    def get_radiance(self, ray_origin, ray_direction, last_hit=None):
        hit_ref, hit_position = self.scene_ref.get_intersection(ray_origin, ray_direction, last_hit)
        if hit_ref:
            surface_point = SurfacePoint(hit_ref, hit_position)
            local_emission = ZERO if last_hit else \
                surface_point.get_emission(ray_origin, -ray_direction, False)
            illumination = self.sample_emitters(ray_direction, surface_point)
            next_direction, color = surface_point.get_next_direction(-ray_direction)
            reflection = ZERO if next_direction.is_zero() else \
                color * self.get_radiance(surface_point.position, next_direction,
                                          surface_point.triangle_ref)
            return reflection + illumination + local_emission
        else:
            return self.scene_ref.get_default_emission(-ray_direction)

    def sample_emitters(self, ray_direction, surface_point):
        emitter_position, emitter_ref = self.scene_ref.get_emitter()
        if emitter_ref:
            emit_direction = (emitter_position - surface_point.position).unitize()
            hit_ref, p = self.scene_ref.get_intersection(surface_point.position,
                                                         emit_direction, surface_point.triangle_ref)
            emission_in = SurfacePoint(emitter_ref, emitter_position).get_emission(
                surface_point.position, -emit_direction, True) \
                if not hit_ref or emitter_ref == hit_ref else ZERO
            return surface_point.get_reflection(emit_direction,
                                                emission_in * self.scene_ref.emitters_count(),
                                                -ray_direction)
        else:
            return ZERO


# -------------------------------------------------------------------- image

PPM_ID = 'P6'
MINILIGHT_URI = 'http://www.hxa.name/minilight'
DISPLAY_LUMINANCE_MAX = 200.0
RGB_LUMINANCE = Vector3f(0.2126, 0.7152, 0.0722)
GAMMA_ENCODE = 0.45


class Image(object):

    def __init__(self, in_stream):
        for line in in_stream:
            if not line.isspace():
                self.width, self.height = [int(v) for v in line.split()]
                self.width = max(1, min(self.width, 10000))
                self.height = max(1, min(self.height, 10000))
                self.pixels = [0.0] * self.width * self.height * 3
                break

    def add_to_pixel(self, x, y, radiance):
        if x >= 0 and x < self.width and y >= 0 and y < self.height:
            index = (x + ((self.height - 1 - y) * self.width)) * 3
            for a in radiance:
                self.pixels[index] += a
                index += 1

    def get_formatted(self, out, iteration):
        divider = 1.0 / (iteration if iteration >= 1 else 1)
        tonemap_scaling = self.calculate_tone_mapping(self.pixels, divider)
        out.write('%s\n# %s\n\n%u %u\n255\n' % (PPM_ID, MINILIGHT_URI, self.width, self.height))
        for channel in self.pixels:
            mapped = channel * divider * tonemap_scaling
            gammaed = (mapped if mapped > 0.0 else 0.0) ** GAMMA_ENCODE
            out.write(chr(min(int((gammaed * 255.0) + 0.5), 255)))

    def calculate_tone_mapping(self, pixels, divider):
        sum_of_logs = 0.0
        for i in range(len(pixels) // 3):
            y = Vector3f(*pixels[i * 3: i * 3 + 3]).dot(RGB_LUMINANCE) * divider
            sum_of_logs += log10(y if y > 1e-4 else 1e-4)
        adapt_luminance = 10.0 ** (sum_of_logs / (len(pixels) // 3))
        a = 1.219 + (DISPLAY_LUMINANCE_MAX * 0.25) ** 0.4
        b = 1.219 + adapt_luminance ** 0.4
        return ((a / b) ** 2.5) / DISPLAY_LUMINANCE_MAX


# ------------------------------------------------------------------- camera


class Camera(object):

    def __init__(self, in_stream):
        for line in in_stream:
            if not line.isspace():
                p, d, a = line.split(')')
                self.view_position = vector3f_str(p + ')')
                self.view_direction = vector3f_str(d + ')').unitize()
                if self.view_direction.is_zero():
                    self.view_direction = Vector3f(0.0, 0.0, 1.0)
                self.view_angle = min(max(10.0, float(a)), 160.0) * (pi / 180.0)
                self.right = Vector3f(0.0, 1.0, 0.0).cross(self.view_direction).unitize()
                if self.right.is_zero():
                    self.up = Vector3f(0.0, 0.0, 1.0 if self.view_direction.y < 0.0 else -1.0)
                    self.right = self.up.cross(self.view_direction).unitize()
                else:
                    self.up = self.view_direction.cross(self.right).unitize()
                break

    def get_frame(self, scene, image):
        raytracer = RayTracer(scene)
        aspect = float(image.height) / float(image.width)
        for y in range(image.height):
            for x in range(image.width):
                x_coefficient = ((x + random()) * 2.0 / image.width) - 1.0
                y_coefficient = ((y + random()) * 2.0 / image.height) - 1.0
                offset = self.right * x_coefficient + self.up * (y_coefficient * aspect)
                sample_direction = (self.view_direction +
                                    (offset * tan(self.view_angle * 0.5))).unitize()
                radiance = raytracer.get_radiance(self.view_position, sample_direction)
                image.add_to_pixel(x, y, radiance)


# --------------------------------------------------------------------- main

MODEL = """#MiniLight

4

24 18

(0.278 0.275 -0.789) (0 0 1) 40

(0.0906 0.0943 0.1151) (0.1 0.09 0.07)

(0.556 0.000 0.000) (0.006 0.000 0.559) (0.556 0.000 0.559)  (0.7 0.7 0.7) (0 0 0)
(0.006 0.000 0.559) (0.556 0.000 0.000) (0.003 0.000 0.000)  (0.7 0.7 0.7) (0 0 0)
(0.556 0.000 0.559) (0.000 0.549 0.559) (0.556 0.549 0.559)  (0.7 0.7 0.7) (0 0 0)
(0.000 0.549 0.559) (0.556 0.000 0.559) (0.006 0.000 0.559)  (0.7 0.7 0.7) (0 0 0)
(0.006 0.000 0.559) (0.000 0.549 0.000) (0.000 0.549 0.559)  (0.7 0.2 0.2) (0 0 0)
(0.000 0.549 0.000) (0.006 0.000 0.559) (0.003 0.000 0.000)  (0.7 0.2 0.2) (0 0 0)
(0.556 0.000 0.000) (0.556 0.549 0.559) (0.556 0.549 0.000)  (0.2 0.7 0.2) (0 0 0)
(0.556 0.549 0.559) (0.556 0.000 0.000) (0.556 0.000 0.559)  (0.2 0.7 0.2) (0 0 0)
(0.556 0.549 0.559) (0.000 0.549 0.000) (0.556 0.549 0.000)  (0.7 0.7 0.7) (0 0 0)
(0.000 0.549 0.000) (0.556 0.549 0.559) (0.000 0.549 0.559)  (0.7 0.7 0.7) (0 0 0)
(0.343 0.545 0.332) (0.213 0.545 0.227) (0.343 0.545 0.227)  (0.7 0.7 0.7) (1000 1000 1000)
(0.213 0.545 0.227) (0.343 0.545 0.332) (0.213 0.545 0.332)  (0.7 0.7 0.7) (1000 1000 1000)
(0.474 0.165 0.225) (0.426 0.165 0.065) (0.316 0.165 0.272)  (0.7 0.7 0.7) (0 0 0)
(0.266 0.165 0.114) (0.316 0.165 0.272) (0.426 0.165 0.065)  (0.7 0.7 0.7) (0 0 0)
(0.266 0.000 0.114) (0.266 0.165 0.114) (0.316 0.165 0.272)  (0.7 0.7 0.7) (0 0 0)
(0.266 0.000 0.114) (0.316 0.165 0.272) (0.316 0.000 0.272)  (0.7 0.7 0.7) (0 0 0)
(0.316 0.000 0.272) (0.316 0.165 0.272) (0.474 0.165 0.225)  (0.7 0.7 0.7) (0 0 0)
(0.316 0.000 0.272) (0.474 0.165 0.225) (0.474 0.000 0.225)  (0.7 0.7 0.7) (0 0 0)
(0.474 0.000 0.225) (0.474 0.165 0.225) (0.426 0.165 0.065)  (0.7 0.7 0.7) (0 0 0)
(0.474 0.000 0.225) (0.426 0.165 0.065) (0.426 0.000 0.065)  (0.7 0.7 0.7) (0 0 0)
(0.426 0.000 0.065) (0.426 0.165 0.065) (0.266 0.165 0.114)  (0.7 0.7 0.7) (0 0 0)
(0.426 0.000 0.065) (0.266 0.165 0.114) (0.266 0.000 0.114)  (0.7 0.7 0.7) (0 0 0)
(0.133 0.330 0.247) (0.291 0.330 0.296) (0.242 0.330 0.456)  (0.7 0.7 0.7) (0 0 0)
(0.133 0.330 0.247) (0.242 0.330 0.456) (0.084 0.330 0.406)  (0.7 0.7 0.7) (0 0 0)
(0.133 0.000 0.247) (0.133 0.330 0.247) (0.084 0.330 0.406)  (0.7 0.7 0.7) (0 0 0)
(0.133 0.000 0.247) (0.084 0.330 0.406) (0.084 0.000 0.406)  (0.7 0.7 0.7) (0 0 0)
(0.084 0.000 0.406) (0.084 0.330 0.406) (0.242 0.330 0.456)  (0.7 0.7 0.7) (0 0 0)
(0.084 0.000 0.406) (0.242 0.330 0.456) (0.242 0.000 0.456)  (0.7 0.7 0.7) (0 0 0)
(0.242 0.000 0.456) (0.242 0.330 0.456) (0.291 0.330 0.296)  (0.7 0.7 0.7) (0 0 0)
(0.242 0.000 0.456) (0.291 0.330 0.296) (0.291 0.000 0.296)  (0.7 0.7 0.7) (0 0 0)
(0.291 0.000 0.296) (0.291 0.330 0.296) (0.133 0.330 0.247)  (0.7 0.7 0.7) (0 0 0)
(0.291 0.000 0.296) (0.133 0.330 0.247) (0.133 0.000 0.247)  (0.7 0.7 0.7) (0 0 0)
"""


def main():
    seed(1)
    model_file = io.StringIO(MODEL)
    lines = iter(model_file)
    if next(lines).strip() != '#MiniLight':
        raise ValueError('invalid model file')
    for line in lines:
        if not line.isspace():
            iterations = int(line)
            break
    image = Image(lines)
    camera = Camera(lines)
    scene = Scene(lines, camera.view_position)
    print('triangles', len(scene.triangles), 'emitters', scene.emitters_count())
    for frame_no in range(1, iterations + 1):
        camera.get_frame(scene, image)
    out = io.StringIO()
    image.get_formatted(out, iterations)
    text = out.getvalue()
    header, body = text[:text.index('255\n') + 4], text[text.index('255\n') + 4:]
    print(header.replace('\n', '|'))
    values = [ord(c) for c in body]
    print('pixels', len(values), 'sum', sum(values), 'max', max(values))
    for y in range(0, image.height, 3):
        row = values[y * image.width * 3:(y + 1) * image.width * 3]
        print(''.join(' .:-=+*#%@'[min(9, v // 26)] for v in row[1::3]))


if __name__ == '__main__':
    main()
