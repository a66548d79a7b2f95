# Variant written around a compiler gap: super() without arguments instead of super(Cls, self).
# A reduced one-way constraint solver in the style of the DeltaBlue benchmark.
class Strength(object):
    REQUIRED = None
    STRONG_PREFERRED = None
    PREFERRED = None
    WEAKEST = None

    def __init__(self, strength, name):
        self.strength = strength
        self.name = name

    @classmethod
    def stronger(cls, s1, s2):
        return s1.strength < s2.strength

    @classmethod
    def weaker(cls, s1, s2):
        return s1.strength > s2.strength

    @classmethod
    def weakest_of(cls, s1, s2):
        if cls.weaker(s1, s2):
            return s1
        return s2

    def __repr__(self):
        return "Strength(%d, %r)" % (self.strength, self.name)


Strength.REQUIRED = Strength(0, "required")
Strength.STRONG_PREFERRED = Strength(1, "strongPreferred")
Strength.PREFERRED = Strength(2, "preferred")
Strength.WEAKEST = Strength(6, "weakest")


class Variable(object):
    def __init__(self, name, initial_value=0):
        self.name = name
        self.value = initial_value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = Strength.WEAKEST
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def __repr__(self):
        return "Variable(%s=%s)" % (self.name, self.value)


class Constraint(object):
    def __init__(self, strength):
        self.strength = strength

    def is_satisfied(self):
        return False

    def execute(self):
        pass


class EqualityConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        v1.add_constraint(self)
        v2.add_constraint(self)

    def execute(self):
        self.v2.value = self.v1.value


class ScaleConstraint(Constraint):
    def __init__(self, src, scale, offset, dest, strength):
        super().__init__(strength)
        self.src = src
        self.scale = scale
        self.offset = offset
        self.dest = dest
        src.add_constraint(self)

    def execute(self):
        self.dest.value = self.src.value * self.scale.value + self.offset.value


def chain_test(n):
    prev = None
    first = None
    last = None
    plan = []
    for i in range(n + 1):
        v = Variable("v%d" % i)
        if prev is not None:
            plan.append(EqualityConstraint(prev, v, Strength.REQUIRED))
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    for val in range(5):
        first.value = val
        for c in plan:
            c.execute()
        if last.value != val:
            print("Chain test failed.")
    return last.value


def projection_test(n):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs = []
    dests = []
    plan = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dests.append(dst)
        plan.append(ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED))
    for c in plan:
        c.execute()
    return [d.value for d in dests[:5]]


def main():
    print(chain_test(100))
    print(projection_test(20))
    print(Strength.weakest_of(Strength.REQUIRED, Strength.PREFERRED))
    print(Strength.stronger(Strength.STRONG_PREFERRED, Strength.WEAKEST))
    print(Variable("x", 3))


if __name__ == "__main__":
    main()
