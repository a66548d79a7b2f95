"""Kostya's benchmarks: base64/test.py, json/test.py (generate the
coordinates file, then parse it with json.loads and average x, y, z) and
matmul/matmul.py (list-of-lists matrix multiply), with the suite's verify()
steps. Sizes are smaller than the suite's; timings and the socket notify are
left out."""

import base64
import json
import random
import sys

# ---------------------------------------------------------------- base64

STR_SIZE = 131072
TRIES = 64


def base64_verify():
    for (src, dst) in [["hello", "aGVsbG8="], ["world", "d29ybGQ="]]:
        encoded = base64.b64encode(src.encode()).decode()
        if encoded != dst:
            print("%s != %s" % (encoded, dst), file=sys.stderr)
            sys.exit(1)
        decoded = base64.b64decode(dst).decode()
        if decoded != src:
            print("%s != %s" % (decoded, src), file=sys.stderr)
            sys.exit(1)


def base64_main():
    base64_verify()
    str1 = b"a" * STR_SIZE
    str2 = base64.b64encode(str1)
    str3 = base64.b64decode(str2)

    s_encoded = 0
    for _ in range(TRIES):
        s_encoded += len(base64.b64encode(str1))

    s_decoded = 0
    for _ in range(TRIES):
        s_decoded += len(base64.b64decode(str2))

    print("encode {0}... to {1}...: {2}".format(str1[:4], str2[:4], s_encoded))
    print("decode {0}... to {1}...: {2}".format(str2[:4], str3[:4], s_decoded))

# ---------------------------------------------------------------- json


class Coordinate:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def __repr__(self):
        return "Coordinate {{x: {0}, y: {1}, z: {2}}}".format(self.x, self.y, self.z)


def generate_json(n):
    # json/generate_json.rb's data, made here: n coordinates with a name and
    # options
    rnd = random.Random(42)
    coordinates = []
    for i in range(n):
        h = {
            'x': round(rnd.random(), 8),
            'y': round(rnd.random(), 8),
            'z': round(rnd.random(), 8),
            'name': "%s %d" % ("".join(rnd.choice("abcdefghij") for _ in range(6)), rnd.randint(0, 9999)),
            'opts': {'1': [1, True]},
        }
        coordinates.append(h)
    return json.dumps({'coordinates': coordinates, 'info': "some info"})


def calc(text):
    jobj = json.loads(text)
    coordinates = jobj['coordinates']
    x = y = z = 0

    for coord in coordinates:
        x += coord['x']
        y += coord['y']
        z += coord['z']

    l = len(coordinates)
    return Coordinate(x / l, y / l, z / l)


def json_main():
    right = Coordinate(2.0, 0.5, 0.25)
    for v in ['{"coordinates":[{"x":2.0,"y":0.5,"z":0.25}]}',
              '{"coordinates":[{"y":0.5,"x":2.0,"z":0.25}]}']:
        left = calc(v)
        if left != right:
            print("%s != %s" % (left, right), file=sys.stderr)
            sys.exit(1)
    text = generate_json(2000)
    print(len(text), text[:60])
    c = calc(text)
    print(Coordinate(round(c.x, 9), round(c.y, 9), round(c.z, 9)))

# ---------------------------------------------------------------- matmul


def matmul(a, b):
    m = len(a)
    n = len(a[0])
    p = len(b[0])
    # transpose
    b2 = [[b[j][i] for j in range(n)] for i in range(p)]
    # multiplication
    c = [[sum(ai * bj for ai, bj in zip(a[i], b2[j])) for j in range(p)] for i in range(m)]
    return c


def matgen(n, seed):
    tmp = seed / n / n
    return [[tmp * (i - j) * (i + j) for j in range(n)] for i in range(n)]


def calc_matmul(n):
    n = n // 2 * 2
    a = matgen(n, 1.0)
    b = matgen(n, 2.0)
    d = matmul(a, b)
    return d[n // 2][n // 2]


def matmul_main():
    n = 100
    left = calc_matmul(101)
    right = -18.67
    if abs(left - right) > 0.1:
        print("%f != %f" % (left, right), file=sys.stderr)
        sys.exit(1)
    results = calc_matmul(n)
    print("%.6f" % results)
    print(round(calc_matmul(60), 9), round(calc_matmul(31), 9))


def main():
    base64_main()
    json_main()
    matmul_main()


if __name__ == "__main__":
    main()
