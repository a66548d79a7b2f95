"""bh.py: the Barnes-Hut N-body simulation of the Olden benchmark suite
(JOlden's BH), as ported to Python for the Shed Skin examples. Bodies are
put in an octree of cells; each cell's centre of mass approximates its
subtree when it is far enough away (the opening criterion TOL)."""

import sys
from math import sqrt, pi, floor
from time import perf_counter


NDIM = 3
NSUB = 1 << NDIM
IMAX = 1 << (8 * 4 - 2)   # highest bit of int coord
EPS = 0.05                # potential softening parameter
TOL = 1.0                 # tolerance for the opening criterion
DTIME = 0.0125            # time step
TSTOP = 2.0               # time to stop integrating


class Vec3(object):
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.d = [x, y, z]

    def __getitem__(self, i):
        return self.d[i]

    def __setitem__(self, i, v):
        self.d[i] = v

    def __add__(self, other):
        return Vec3(self.d[0] + other.d[0], self.d[1] + other.d[1], self.d[2] + other.d[2])

    def __sub__(self, other):
        return Vec3(self.d[0] - other.d[0], self.d[1] - other.d[1], self.d[2] - other.d[2])

    def __mul__(self, s):
        return Vec3(self.d[0] * s, self.d[1] * s, self.d[2] * s)

    def __truediv__(self, s):
        return Vec3(self.d[0] / s, self.d[1] / s, self.d[2] / s)

    def __iadd__(self, other):
        self.d[0] += other.d[0]
        self.d[1] += other.d[1]
        self.d[2] += other.d[2]
        return self

    def __isub__(self, other):
        self.d[0] -= other.d[0]
        self.d[1] -= other.d[1]
        self.d[2] -= other.d[2]
        return self

    def __imul__(self, s):
        self.d[0] *= s
        self.d[1] *= s
        self.d[2] *= s
        return self

    def dot(self):
        return self.d[0] * self.d[0] + self.d[1] * self.d[1] + self.d[2] * self.d[2]

    def copy(self):
        return Vec3(self.d[0], self.d[1], self.d[2])

    def __repr__(self):
        return "%.6f %.6f %.6f" % (self.d[0], self.d[1], self.d[2])


class Node(object):
    """The common parent of Body and Cell: a mass at a position."""

    def __init__(self):
        self.mass = 0.0
        self.pos = Vec3()

    @staticmethod
    def old_sub_index(ic, l):
        i = 0
        for k in range(NDIM):
            if (ic[k] & l) != 0:
                i += NSUB >> (k + 1)
        return i

    def __repr__(self):
        return "%f : %r" % (self.mass, self.pos)


class Body(Node):
    def __init__(self):
        Node.__init__(self)
        self.vel = Vec3()
        self.acc = Vec3()
        self.new_acc = Vec3()
        self.phi = 0.0

    def expand_box(self, tree, nsteps):
        rmid = Vec3()
        inbox = tree.ic_test(self)
        while not inbox:
            rsize = tree.rsize
            rmid = tree.rmin + Vec3(0.5, 0.5, 0.5) * rsize
            for k in range(NDIM):
                if self.pos[k] < rmid[k]:
                    tree.rmin[k] -= rsize
            tree.rsize = 2.0 * rsize
            if tree.root is not None:
                ic = tree.int_coord(rmid)
                k = Node.old_sub_index(ic, IMAX >> 1)
                newt = Cell()
                newt.subp[k] = tree.root
                tree.root = newt
                inbox = tree.ic_test(self)
            else:
                inbox = tree.ic_test(self)

    def hack_gravity(self, rsize, root):
        hg = HG(self, self.pos)
        hg = root.walk_sub_tree(rsize * rsize, hg)
        self.phi = hg.phi0
        self.new_acc = hg.acc0

    def walk_sub_tree(self, dsq, hg):
        if self is not hg.pskip:
            hg = self.grav_sub(hg)
        return hg

    def grav_sub(self, hg):
        dr = self.pos - hg.pos0
        drsq = dr.dot() + EPS * EPS
        drabs = sqrt(drsq)
        phii = self.mass / drabs
        hg.phi0 -= phii
        mor3 = phii / drsq
        hg.acc0 += dr * mor3
        return hg

    def load_tree(self, p, xpic, l, tree):
        # A body met on the way down: make a cell holding it, then load p there.
        retval = Cell()
        si = self.sub_index(tree, l)
        retval.subp[si] = self
        return retval.load_tree(p, xpic, l, tree)

    def hackcofm(self):
        return self.mass

    def sub_index(self, tree, l):
        xp = tree.int_coord(self.pos)
        i = 0
        for k in range(NDIM):
            if (xp[k] & l) != 0:
                i += NSUB >> (k + 1)
        return i


class Cell(Node):
    def __init__(self):
        Node.__init__(self)
        self.subp = [None] * NSUB

    def load_tree(self, p, xpic, l, tree):
        si = Node.old_sub_index(xpic, l)
        rt = self.subp[si]
        if rt is not None:
            self.subp[si] = rt.load_tree(p, xpic, l >> 1, tree)
        else:
            self.subp[si] = p
        return self

    def hackcofm(self):
        mq = 0.0
        tmp_pos = Vec3()
        for r in self.subp:
            if r is not None:
                mr = r.hackcofm()
                mq = mr + mq
                tmp_pos += r.pos * mr
        self.mass = mq
        self.pos = tmp_pos / mq
        return mq

    def walk_sub_tree(self, dsq, hg):
        if self.subdiv_p(dsq, hg):
            for r in self.subp:
                if r is not None:
                    hg = r.walk_sub_tree(dsq / 4.0, hg)
        else:
            hg = self.grav_sub(hg)
        return hg

    def subdiv_p(self, dsq, hg):
        dr = self.pos - hg.pos0
        drsq = dr.dot()
        return TOL * TOL * drsq < dsq

    def grav_sub(self, hg):
        dr = self.pos - hg.pos0
        drsq = dr.dot() + EPS * EPS
        drabs = sqrt(drsq)
        phii = self.mass / drabs
        hg.phi0 -= phii
        mor3 = phii / drsq
        hg.acc0 += dr * mor3
        return hg


class HG(object):
    """The state of one walk computing the gravity on pskip at pos0."""

    def __init__(self, b, p):
        self.pskip = b
        self.pos0 = p.copy()
        self.phi0 = 0.0
        self.acc0 = Vec3()


class Tree(object):
    def __init__(self):
        self.rmin = Vec3(-2.0, -2.0, -2.0)
        self.rsize = -2.0 * -2.0
        self.root = None
        self.bodies = []

    def create_test_data(self, nbody):
        cmr = Vec3()
        cmv = Vec3()
        rsc = 3.0 * pi / 16.0
        vsc = sqrt(1.0 / rsc)
        seed = 123.0
        for i in range(nbody):
            p = Body()
            self.bodies.append(p)
            p.mass = 1.0 / nbody
            seed = my_rand(seed)
            t1 = x_rand(0.0, 0.999, seed)
            t1 = t1 ** (-2.0 / 3.0) - 1.0
            r = 1.0 / sqrt(t1)
            coeff = 4.0
            for k in range(NDIM):
                seed = my_rand(seed)
                r = x_rand(0.0, 0.999, seed)
                p.pos[k] = coeff * r
            cmr += p.pos
            while True:
                seed = my_rand(seed)
                x = x_rand(0.0, 1.0, seed)
                seed = my_rand(seed)
                y = x_rand(0.0, 0.1, seed)
                if y <= x * x * (1.0 - x * x) ** 3.5:
                    break
            v = sqrt(2.0) * x / (1.0 + r * r) ** 0.25
            rad = vsc * v
            while True:
                for k in range(NDIM):
                    seed = my_rand(seed)
                    p.vel[k] = x_rand(-1.0, 1.0, seed)
                rsq = p.vel.dot()
                if rsq <= 1.0:
                    break
            rsc1 = rad / sqrt(rsq)
            p.vel *= rsc1
            cmv += p.vel
        cmr = cmr / nbody
        cmv = cmv / nbody
        for b in self.bodies:
            b.pos -= cmr
            b.vel -= cmv

    def step_system(self, nstep):
        self.root = None
        self.make_tree(nstep)
        for b in reversed(self.bodies):
            b.hack_gravity(self.rsize, self.root)
        self.vp(self.bodies, nstep)

    def make_tree(self, nstep):
        for q in reversed(self.bodies):
            if q.mass != 0.0:
                q.expand_box(self, nstep)
                xqic = self.int_coord(q.pos)
                if self.root is None:
                    self.root = q
                else:
                    self.root = self.root.load_tree(q, xqic, IMAX >> 1, self)
        self.root.hackcofm()

    def int_coord(self, vp):
        xp = [0, 0, 0]
        for k in range(NDIM):
            xsc = (vp[k] - self.rmin[k]) / self.rsize
            if 0.0 <= xsc < 1.0:
                xp[k] = int(floor(IMAX * xsc))
            else:
                return None
        return xp

    def ic_test(self, p):
        return self.int_coord(p.pos) is not None

    def vp(self, bodies, nstep):
        dthf = 0.5 * DTIME
        for b in bodies:
            acc1 = b.new_acc.copy()
            if nstep > 0:
                dacc = acc1 - b.acc
                b.vel += dacc * dthf
            b.acc = acc1.copy()
            b.vel += b.acc * dthf
            b.pos += b.vel * DTIME
            b.vel += b.acc * dthf


def my_rand(seed):
    t = 16807.0 * seed + 1.0
    return t - 2147483647.0 * floor(t / 2147483647.0)


def x_rand(xl, xh, r):
    return xl + (xh - xl) * r / 2147483647.0


def main(argv):
    nbody = int(argv[1]) if len(argv) > 1 else 200
    tree = Tree()
    tree.create_test_data(nbody)
    start = perf_counter()
    tnow = 0.0
    i = 0
    while tnow < TSTOP / 16 + 0.1 * DTIME:
        tree.step_system(i)
        tnow += DTIME
        i += 1
    elapsed = perf_counter() - start
    assert elapsed >= 0.0
    print("steps", i, "root mass %.6f" % tree.root.mass, "rsize", tree.rsize)
    energy = 0.0
    for j, b in enumerate(tree.bodies):
        energy += 0.5 * b.mass * b.vel.dot() + 0.5 * b.mass * b.phi
        if j % 40 == 0:
            print(j, b.pos, "%.6f" % b.phi)
    print("energy %.6f" % energy)


if __name__ == '__main__':
    main(sys.argv)
