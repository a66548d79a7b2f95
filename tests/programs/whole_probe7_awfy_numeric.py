# are-we-fast-yet's numeric benchmarks, Mandelbrot and NBody, in the style of the suite's Python
# port: a Benchmark base class with inner_benchmark_loop and verify_result, each benchmark a
# class of its own, and a Run harness that runs one by name for a number of iterations.
#
# Mandelbrot: after Computer Language Benchmarks Game, contributed by Isaac Gouy / the Dart port.
# NBody: after the Java version by Mark C. Lewis, modified by Chad Whipkey.

import math


class Benchmark:
    def benchmark(self):
        raise Exception("subclass responsibility")

    def verify_result(self, result):
        raise Exception("subclass responsibility")

    def inner_benchmark_loop(self, inner_iterations):
        for _ in range(inner_iterations):
            if not self.verify_result(self.benchmark()):
                return False
        return True


class Mandelbrot(Benchmark):
    def inner_benchmark_loop(self, inner_iterations):
        return self._verify_result(self._mandelbrot(inner_iterations), inner_iterations)

    @staticmethod
    def _verify_result(result, inner_iterations):
        if inner_iterations == 500:
            return result == 191
        if inner_iterations == 750:
            return result == 50
        if inner_iterations == 1:
            return result == 128
        print("No verification result for " + str(inner_iterations) + " found")
        print("Result is: " + str(result))
        return False

    @staticmethod
    def _mandelbrot(size):
        s = 0
        byte_acc = 0
        bit_num = 0

        y = 0

        while y < size:
            ci = (2.0 * y / size) - 1.0
            x = 0

            while x < size:
                zrzr = 0.0
                zi = 0.0
                zizi = 0.0
                cr = (2.0 * x / size) - 1.5

                z = 0
                not_done = True
                escape = 0
                while not_done and z < 50:
                    zr = zrzr - zizi + cr
                    zi = 2.0 * zr * zi + ci

                    # preserve recalculation
                    zrzr = zr * zr
                    zizi = zi * zi

                    if zrzr + zizi > 4.0:
                        not_done = False
                        escape = 1
                    z += 1

                byte_acc = (byte_acc << 1) | escape
                bit_num += 1

                # Code is very similar for these cases, but using separate blocks
                # ensures we skip the shifting when it's unnecessary, which is most cases.
                if bit_num == 8:
                    s ^= byte_acc
                    byte_acc = 0
                    bit_num = 0
                elif x == size - 1:
                    byte_acc <<= 8 - bit_num
                    s ^= byte_acc
                    byte_acc = 0
                    bit_num = 0
                x += 1
            y += 1
        return s


PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YER = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YER
        self.vy = vy * DAYS_PER_YER
        self.vz = vz * DAYS_PER_YER
        self.mass = mass * SOLAR_MASS

    def offset_momentum(self, px, py, pz):
        self.vx = 0.0 - (px / SOLAR_MASS)
        self.vy = 0.0 - (py / SOLAR_MASS)
        self.vz = 0.0 - (pz / SOLAR_MASS)


def _jupiter():
    return Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                9.54791938424326609e-04)


def _saturn():
    return Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                2.85885980666130812e-04)


def _uranus():
    return Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                4.36624404335156298e-05)


def _neptune():
    return Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                5.15138902046611451e-05)


def _sun():
    return Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)


class NBodySystem:
    def __init__(self):
        self._bodies = self._create_bodies()

    @staticmethod
    def _create_bodies():
        bodies = [_sun(), _jupiter(), _saturn(), _uranus(), _neptune()]

        px = 0.0
        py = 0.0
        pz = 0.0

        for b in bodies:
            px += b.vx * b.mass
            py += b.vy * b.mass
            pz += b.vz * b.mass

        bodies[0].offset_momentum(px, py, pz)
        return bodies

    def advance(self, dt):
        for i in range(len(self._bodies)):
            i_body = self._bodies[i]

            for j in range(i + 1, len(self._bodies)):
                j_body = self._bodies[j]
                dx = i_body.x - j_body.x
                dy = i_body.y - j_body.y
                dz = i_body.z - j_body.z

                d_squared = dx * dx + dy * dy + dz * dz
                distance = math.sqrt(d_squared)
                mag = dt / (d_squared * distance)

                i_body.vx = i_body.vx - (dx * j_body.mass * mag)
                i_body.vy = i_body.vy - (dy * j_body.mass * mag)
                i_body.vz = i_body.vz - (dz * j_body.mass * mag)

                j_body.vx = j_body.vx + (dx * i_body.mass * mag)
                j_body.vy = j_body.vy + (dy * i_body.mass * mag)
                j_body.vz = j_body.vz + (dz * i_body.mass * mag)

        for body in self._bodies:
            body.x = body.x + dt * body.vx
            body.y = body.y + dt * body.vy
            body.z = body.z + dt * body.vz

    def energy(self):
        e = 0.0

        for i in range(len(self._bodies)):
            i_body = self._bodies[i]
            e += 0.5 * i_body.mass * (i_body.vx * i_body.vx + i_body.vy * i_body.vy + i_body.vz * i_body.vz)

            for j in range(i + 1, len(self._bodies)):
                j_body = self._bodies[j]
                dx = i_body.x - j_body.x
                dy = i_body.y - j_body.y
                dz = i_body.z - j_body.z

                distance = math.sqrt(dx * dx + dy * dy + dz * dz)
                e -= (i_body.mass * j_body.mass) / distance
        return e


class NBody(Benchmark):
    def inner_benchmark_loop(self, inner_iterations):
        system = NBodySystem()
        for _ in range(inner_iterations):
            system.advance(0.01)
        return self._verify_result(system.energy(), inner_iterations)

    @staticmethod
    def _verify_result(result, inner_iterations):
        if inner_iterations == 250000:
            return result == -0.1690859889909308
        if inner_iterations == 1:
            return result == -0.16907495402506745
        if inner_iterations == 1000:
            print("energy after 1000 steps: %.16f" % result)
            return True
        print("No verification result for " + str(inner_iterations) + " found")
        print("Result is: " + str(result))
        return False


class Run:
    def __init__(self, name):
        self._name = name
        self._benchmark_suite = self._get_suite_from_name(name)
        self._num_iterations = 1
        self._inner_iterations = 1

    @staticmethod
    def _get_suite_from_name(name):
        return {"Mandelbrot": Mandelbrot, "NBody": NBody}[name]

    def run_benchmark(self):
        print("Starting " + self._name + " benchmark ...")
        self._do_runs(self._benchmark_suite())
        print(self._name + ": iterations=" + str(self._num_iterations) + " inner=" + str(self._inner_iterations))

    def _do_runs(self, bench):
        for _ in range(self._num_iterations):
            if not bench.inner_benchmark_loop(self._inner_iterations):
                raise Exception("Benchmark failed with incorrect result")

    def set_num_iterations(self, num_iterations):
        self._num_iterations = num_iterations

    def set_inner_iterations(self, inner_iterations):
        self._inner_iterations = inner_iterations


def main():
    for name, iterations, inner in [("Mandelbrot", 1, 500), ("Mandelbrot", 1, 1), ("NBody", 2, 1000), ("NBody", 1, 1)]:
        run = Run(name)
        run.set_num_iterations(iterations)
        run.set_inner_iterations(inner)
        run.run_benchmark()
    try:
        Run("Missing")
    except KeyError as e:
        print("no benchmark", e)


if __name__ == "__main__":
    main()
