# are-we-fast-yet's CD (collision detection) benchmark in the Python port's
# style: Vector2D/Vector3D, a red-black tree keyed by call signs and voxels,
# and a simulator of aircraft whose motions are checked for collisions.
from math import sqrt, cos, sin

MIN_X = 0.0
MIN_Y = 0.0
MAX_X = 1000.0
MAX_Y = 1000.0
MIN_Z = 0.0
MAX_Z = 10.0
PROXIMITY_RADIUS = 1.0
GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0
NAN = float("nan")

def compare_numbers(a, b):
    if a == b:
        return 0
    if a < b:
        return -1
    if a > b:
        return 1
    # We say that NaN is smaller than non-NaN.
    if a == a:
        return 1
    return -1

class Vector2D:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, other):
        return Vector2D(self.x + other.x, self.y + other.y)

    def minus(self, other):
        return Vector2D(self.x - other.x, self.y - other.y)

    def compare_to(self, other):
        result = compare_numbers(self.x, other.x)
        if result != 0:
            return result
        return compare_numbers(self.y, other.y)

class Vector3D:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def plus(self, other):
        return Vector3D(self.x + other.x, self.y + other.y, self.z + other.z)

    def minus(self, other):
        return Vector3D(self.x - other.x, self.y - other.y, self.z - other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def squared_magnitude(self):
        return self.dot(self)

    def magnitude(self):
        return sqrt(self.squared_magnitude())

    def times(self, amount):
        return Vector3D(self.x * amount, self.y * amount, self.z * amount)

class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None
        self.parent = None
        self.color = "red"

class RedBlackTree:
    def __init__(self):
        self._root = None

    def put(self, key, value):
        y = None
        x = self._root
        while x is not None:
            y = x
            comparison = key.compare_to(x.key)
            if comparison < 0:
                x = x.left
            elif comparison > 0:
                x = x.right
            else:
                old_value = x.value
                x.value = value
                return old_value
        z = Node(key, value)
        z.parent = y
        if y is None:
            self._root = z
        elif key.compare_to(y.key) < 0:
            y.left = z
        else:
            y.right = z
        self._fix_after_insert(z)
        return None

    def get(self, key):
        node = self._root
        while node is not None:
            comparison = key.compare_to(node.key)
            if comparison == 0:
                return node.value
            node = node.left if comparison < 0 else node.right
        return None

    def items(self, node=None, top=True):
        # in order: the original walks successors; a generator reads the same
        if top:
            node = self._root
        if node is not None:
            yield from self.items(node.left, False)
            yield node.key, node.value
            yield from self.items(node.right, False)

    def _fix_after_insert(self, z):
        while z.parent is not None and z.parent.color == "red":
            gp = z.parent.parent
            on_left = z.parent is gp.left
            y = gp.right if on_left else gp.left
            if y is not None and y.color == "red":
                z.parent.color = "black"
                y.color = "black"
                gp.color = "red"
                z = gp
            else:
                if z is (z.parent.right if on_left else z.parent.left):
                    z = z.parent
                    self._rotate(z, on_left)
                z.parent.color = "black"
                gp.color = "red"
                self._rotate(gp, not on_left)
        self._root.color = "black"

    def _rotate(self, x, left):
        y = x.right if left else x.left
        inner = y.left if left else y.right
        if left:
            x.right = inner
        else:
            x.left = inner
        if inner is not None:
            inner.parent = x
        y.parent = x.parent
        if x.parent is None:
            self._root = y
        elif x is x.parent.left:
            x.parent.left = y
        else:
            x.parent.right = y
        if left:
            y.left = x
        else:
            y.right = x
        x.parent = y

class CallSign:
    def __init__(self, value):
        self._value = value

    def compare_to(self, other):
        return 0 if self._value == other._value else (-1 if self._value < other._value else 1)

    def __str__(self):
        return "CallSign(%d)" % self._value

class Motion:
    def __init__(self, callsign, pos_one, pos_two):
        self.callsign = callsign
        self.pos_one = pos_one
        self.pos_two = pos_two

    def delta(self):
        return self.pos_two.minus(self.pos_one)

    def find_intersection(self, other):
        init1 = self.pos_one
        init2 = other.pos_one
        vec1 = self.delta()
        vec2 = other.delta()
        radius = PROXIMITY_RADIUS
        a = vec2.minus(vec1).squared_magnitude()
        if a != 0.0:
            b = 2.0 * (init1.x * vec1.x - init1.x * vec2.x - init2.x * vec1.x + init2.x * vec2.x
                       + init1.y * vec1.y - init1.y * vec2.y - init2.y * vec1.y + init2.y * vec2.y
                       + init1.z * vec1.z - init1.z * vec2.z - init2.z * vec1.z + init2.z * vec2.z)
            c = -radius * radius + init2.minus(init1).squared_magnitude()
            discr = b * b - 4.0 * a * c
            if discr < 0.0:
                return None
            v1 = (-b - sqrt(discr)) / (2.0 * a)
            v2 = (-b + sqrt(discr)) / (2.0 * a)
            if v1 <= v2 and ((v1 <= 1.0 <= v2) or (v1 <= 0.0 <= v2) or (0.0 <= v1 and v2 <= 1.0)):
                # Report a collision that started before this frame at its start.
                v = 0.0 if v1 <= 0.0 else v1
                result1 = init1.plus(vec1.times(v))
                result2 = init2.plus(vec2.times(v))
                result = result1.plus(result2).times(0.5)
                if MIN_X <= result.x <= MAX_X and MIN_Y <= result.y <= MAX_Y and MIN_Z <= result.z <= MAX_Z:
                    return result
            return None
        dist = init2.minus(init1).magnitude()
        if dist <= radius:
            return init1.plus(init2).times(0.5)
        return None

def is_in_voxel(voxel, motion):
    if voxel.x > MAX_X or voxel.x < MIN_X or voxel.y > MAX_Y or voxel.y < MIN_Y:
        return False
    init = motion.pos_one
    fin = motion.pos_two
    v_s = GOOD_VOXEL_SIZE
    r = PROXIMITY_RADIUS / 2.0
    v_x, v_y, x0, y0 = voxel.x, voxel.y, init.x, init.y
    xv, yv = fin.x - init.x, fin.y - init.y
    # Java divides by zero to an infinity; NaN bounds leave the xv == 0.0 test to decide
    low_x = (v_x - r - x0) / xv if xv != 0.0 else NAN
    high_x = (v_x + v_s + r - x0) / xv if xv != 0.0 else NAN
    if xv < 0.0:
        low_x, high_x = high_x, low_x
    low_y = (v_y - r - y0) / yv if yv != 0.0 else NAN
    high_y = (v_y + v_s + r - y0) / yv if yv != 0.0 else NAN
    if yv < 0.0:
        low_y, high_y = high_y, low_y
    return ((xv == 0.0 and v_x <= x0 + r and x0 - r <= v_x + v_s) or (low_x <= 1.0 and 1.0 <= high_x)
            or (low_x <= 0.0 and 0.0 <= high_x) or (0.0 <= low_x and high_x <= 1.0)) and \
           ((yv == 0.0 and v_y <= y0 + r and y0 - r <= v_y + v_s) or (low_y <= 1.0 and 1.0 <= high_y)
            or (low_y <= 0.0 and 0.0 <= high_y) or (0.0 <= low_y and high_y <= 1.0))

HORIZONTAL = Vector2D(GOOD_VOXEL_SIZE, 0.0)
VERTICAL = Vector2D(0.0, GOOD_VOXEL_SIZE)

def voxel_hash(position):
    x_div = int(position.x / GOOD_VOXEL_SIZE)
    y_div = int(position.y / GOOD_VOXEL_SIZE)
    x = GOOD_VOXEL_SIZE * x_div
    y = GOOD_VOXEL_SIZE * y_div
    if position.x < 0:
        x -= GOOD_VOXEL_SIZE
    if position.y < 0:
        y -= GOOD_VOXEL_SIZE
    return Vector2D(x, y)

def put_into_map(voxel_map, voxel, motion):
    array = voxel_map.get(voxel)
    if array is None:
        array = []
        voxel_map.put(voxel, array)
    array.append(motion)

def recurse(voxel_map, seen, next_voxel, motion):
    if not is_in_voxel(next_voxel, motion):
        return
    if seen.put(next_voxel, True):
        return
    put_into_map(voxel_map, next_voxel, motion)
    for step in (HORIZONTAL, VERTICAL):
        recurse(voxel_map, seen, next_voxel.minus(step), motion)
        recurse(voxel_map, seen, next_voxel.plus(step), motion)
    recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL).minus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.minus(HORIZONTAL).plus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL).minus(VERTICAL), motion)
    recurse(voxel_map, seen, next_voxel.plus(HORIZONTAL).plus(VERTICAL), motion)

def reduce_collision_set(motions):
    voxel_map = RedBlackTree()
    for motion in motions:
        recurse(voxel_map, RedBlackTree(), voxel_hash(motion.pos_one), motion)
    return [value for key, value in voxel_map.items() if len(value) > 1]

class CollisionDetector:
    def __init__(self):
        self._state = RedBlackTree()

    def handle_new_frame(self, frame):
        motions = []
        seen = RedBlackTree()
        for callsign, new_position in frame:
            old_position = self._state.put(callsign, new_position)
            seen.put(callsign, True)
            if old_position is None:
                old_position = new_position
            motions.append(Motion(callsign, old_position, new_position))
        if any(seen.get(callsign) is None for callsign, _ in self._state.items()):
            raise Exception("aircraft left the frame")
        collisions = []
        for reduced in reduce_collision_set(motions):
            for i in range(len(reduced)):
                motion1 = reduced[i]
                for j in range(i + 1, len(reduced)):
                    motion2 = reduced[j]
                    collision = motion1.find_intersection(motion2)
                    if collision is not None:
                        collisions.append((motion1.callsign, motion2.callsign, collision))
        return collisions

def simulate(num_aircraft, time):
    frame = []
    for i in range(0, num_aircraft, 2):
        frame.append((CallSign(i), Vector3D(time, cos(time) * 2 + i * 3, 10.0)))
        frame.append((CallSign(i + 1), Vector3D(time, sin(time) * 2 + i * 3, 10.0)))
    return frame

def benchmark(num_aircraft, frames):
    detector = CollisionDetector()
    actual_collisions = 0
    for i in range(frames):
        time = i / 10.0
        collisions = detector.handle_new_frame(simulate(num_aircraft, time))
        actual_collisions += len(collisions)
        if i % 5 == 0 and collisions:
            a, b, position = collisions[0]
            print("frame %d: %d collisions, first %s %s at (%.3f, %.3f)" % (
                i, len(collisions), a, b, position.x, position.y))
    return actual_collisions

def main():
    for num_aircraft, expected in ((10, 157), (20, 332)):
        result = benchmark(num_aircraft, 100)
        print(num_aircraft, "aircraft:", result, "collisions", "ok" if result == expected else "unexpected")
    print(compare_numbers(float("nan"), 1.0), compare_numbers(1.0, float("nan")))

if __name__ == "__main__":
    main()
