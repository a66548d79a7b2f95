"""The old pybench suite (Tools/pybench in CPython 2.x/3.x before 3.7): its
Test base class with version, operations, rounds, test() and calibrate(),
and a sample of its tests from Arithmetic.py, Calls.py, Constructs.py,
Dict.py, Exceptions.py, Instances.py, Lists.py, Lookups.py, NewInstances.py,
Numbers.py, Strings.py, Tuples.py and Unicode.py. The bodies are unrolled
once rather than five times, rounds are smaller, and each test() returns the
values it last computed (pybench drops them) so the run can be checked
against CPython; the timer is replaced by counting operations. The classes of
PythonMethodCalls, CreateInstances, CreateNewInstances and
NormalInstanceAttribute are defined inside their test() methods, as pybench
does (a new class per run). SpecialClassAttribute is left out: it adds attributes to a class from
outside its body (`c.__a = 2`), which fails to build."""

import sys

### Test baseclass

class Test:

    """ All test must have this class as baseclass. It provides
        the necessary interface to the benchmark machinery.
    """

    ### Instance variables that each test should override

    # Version number of the test as float (x.yy); this is important
    # for comparisons of benchmark runs - tests with unequal version
    # number will not get compared.
    version = 2.1

    # The number of abstract operations done in each round of the
    # test. An operation is the basic unit of what you want to
    # measure. The benchmark will output the amount of run-time per
    # operation.
    operations = 1

    # Number of rounds to execute per test run. This should be
    # adjusted to a figure that results in a test run-time of between
    # 1-2 seconds.
    rounds = 100000

    ### Internal variables

    # Mark this class as implementing a test
    is_a_test = 1

    # Last timing: (real, run, overhead)
    last_timing = (0.0, 0.0, 0.0)

    def __init__(self, warp=None, calibration_runs=None):
        if warp is not None:
            self.rounds = int(self.rounds / warp)
            if self.rounds == 0:
                raise ValueError('warp factor set too high')
            self.warp = warp
        if calibration_runs is not None:
            self.calibration_runs = calibration_runs
        else:
            self.calibration_runs = 2
        self.times = []
        self.overhead_times = []

    def compatible(self, other):
        if self.version != other.version:
            return 0
        if self.rounds != other.rounds:
            return 0
        return 1

    def calibrate_test(self):
        if self.calibration_runs == 0:
            self.overhead_times = [0.0]
            return
        calibrate = self.calibrate
        for i in range(self.calibration_runs):
            calibrate()
            self.overhead_times.append(0.0)

    def run(self):
        """ Run the test in two phases: first calibrate, then
            do the actual test. Be careful to keep the calibration
            timing low w/r to the test timing.
        """
        result = self.test()
        self.times.append(self.operations * self.rounds)
        return result

    def calibrate(self):
        """ Calibrate the test. """
        return

    def test(self):
        """ Run the test. """
        return

    def stat(self):
        """ Return test run statistics as tuple: (runs, operations done) """
        runs = len(self.times)
        if runs == 0:
            return 0, 0
        return runs, sum(self.times)

### Arithmetic.py

class SimpleIntegerArithmetic(Test):

    version = 2.0
    operations = 5 * (3 + 5 + 5 + 3 + 3 + 3)
    rounds = 12000

    def test(self):
        for i in range(self.rounds):
            a = 2
            b = 3
            c = 3

            c = a + b
            c = b + c
            c = c + a
            c = a + b
            c = b + c

            c = c - a
            c = a - b
            c = b - c
            c = c - a
            c = b - c

            c = a / b
            c = b / a
            c = c / b

            c = a * b
            c = b * a
            c = c * b

            c = a // b
            c = b // a
            c = b // c
        return a, b, c

    def calibrate(self):
        for i in range(self.rounds):
            pass

class SimpleFloatArithmetic(Test):

    version = 2.0
    operations = 5 * (3 + 5 + 5 + 3 + 3 + 3)
    rounds = 12000

    def test(self):
        for i in range(self.rounds):
            a = 2.1
            b = 3.3332
            c = 3.14159

            c = a + b
            c = b + c
            c = c + a
            c = a + b
            c = b + c

            c = c - a
            c = a - b
            c = b - c
            c = c - a
            c = b - c

            c = a / b
            c = b / a
            c = c / b

            c = a * b
            c = b * a
            c = c * b

            c = a % b
            c = b % a
            c = c % b
        return a, b, c

    def calibrate(self):
        for i in range(self.rounds):
            pass

class SimpleLongArithmetic(Test):

    version = 2.0
    operations = 5 * (3 + 5 + 5 + 3 + 3 + 3)
    rounds = 6000

    def test(self):
        for i in range(self.rounds):
            a = 2220001
            b = 100001
            c = 30005
            c = a + b
            c = b + c
            c = c + a

            c = c - a
            c = a - b
            c = b - c

            c = a * b
            c = b * a
            c = c * b
            c = c * c * c * c

            c = a % b
            c = b % a
            c = c % b
        return a, b, c

### Calls.py

class PythonFunctionCalls(Test):

    version = 2.0
    operations = 5*(1+4+4+2)
    rounds = 6000

    def test(self):
        global f, f1, g, h

        # define functions
        def f():
            pass

        def f1(x):
            pass

        def g(a, b, c):
            return a, b, c

        def h(a, b, c, d=1, e=2, f=3):
            return d, e, f

        # do calls
        r = None
        for i in range(self.rounds):
            f()
            f1(i)
            f1(i)
            f1(i)
            f1(i)
            g(i, i, i)
            g(i, i, i)
            g(i, i, i)
            r = g(i, i, i)
            h(i, i, 3, i, i)
            r = (r, h(i, i, i, 2, i, 3))
        return r

    def calibrate(self):
        global f, f1, g, h

        # define functions
        def f():
            pass

        def f1(x):
            pass

        def g(a, b, c):
            return a, b, c

        def h(a, b, c, d=1, e=2, f=3):
            return d, e, f

        # do calls
        for i in range(self.rounds):
            pass

class PythonMethodCalls(Test):

    version = 2.0
    operations = 5*(6 + 5 + 4)
    rounds = 3000

    def test(self):

        class c:

            x = 2
            s = 'string'

            def f(self):
                return self.x

            def j(self, a, b):
                self.y = a
                self.t = b
                return self.y

            def k(self, a, b, c=3):
                self.y = a
                self.s = b
                self.t = c

        o = c()
        total = 0
        for i in range(self.rounds):
            o.f()
            o.f()
            o.j(i, i)
            o.j(i, i)
            o.j(i, 2)
            total += o.j(i, 2)
            o.k(i, i)
            o.k(i, 2)
            o.k(i, 2, 3)
            o.k(i, i, c=4)
            total += o.f()
        return total, o.y, o.s, o.t

class Recursion(Test):

    version = 2.0
    operations = 5
    rounds = 1000

    def test(self):

        global f

        def f(x):
            if x > 1:
                return f(x-1)
            return 1

        r = 0
        for i in range(self.rounds):
            f(10)
            f(10)
            f(10)
            f(10)
            r += f(10)
        return r

### Constructs.py

class IfThenElse(Test):

    version = 2.0
    operations = 30*3 # hard to say...
    rounds = 15000

    def test(self):
        a, b, c = 1, 2, 3
        for i in range(self.rounds):
            if a == 1:
                if b == 2:
                    if c != 3:
                        c = 3
                        b = 3
                    else:
                        c = 2
                elif b == 3:
                    b = 2
                    a = 2
            elif a == 2:
                a = 3
            else:
                a = 1
        return a, b, c

class NestedForLoops(Test):

    version = 2.0
    operations = 1000*10*5
    rounds = 30

    def test(self):
        l1 = range(1000)
        l2 = range(10)
        l3 = range(5)
        n = 0
        for i in range(self.rounds):
            for i in l1:
                for j in l2:
                    for k in l3:
                        n += 1
        return n

### Dict.py

class DictCreation(Test):

    version = 2.0
    operations = 5*(5 + 5)
    rounds = 6000

    def test(self):
        for i in range(self.rounds):
            d1 = {}
            d2 = {}
            d3 = {}
            d4 = {}
            d5 = {}

            d1 = {1:2,3:4,5:6}
            d2 = {2:3,4:5,6:7}
            d3 = {3:4,5:6,7:8}
            d4 = {4:5,6:7,8:9}
            d5 = {6:7,8:9,10:11}
        return d1, d5

class SimpleDictManipulation(Test):

    version = 2.0
    operations = 5*(6 + 6)
    rounds = 6000

    def test(self):
        d = {}
        has_key = lambda key: key in d
        for i in range(self.rounds):
            d[0] = 3
            d[1] = 4
            d[2] = 5
            d[3] = 3
            d[4] = 4
            d[5] = 5

            x = d[0]
            x = d[1]
            x = d[2]

            has_key(0)
            has_key(2)
            has_key(4)

            del d[0]
            del d[1]
            del d[2]
        return d, x, has_key(3), has_key(0)

### Exceptions.py

class TryRaiseExcept(Test):

    version = 2.0
    operations = 2 + 3 + 3
    rounds = 8000

    def test(self):
        error = ValueError
        caught = 0
        for i in range(self.rounds):
            try:
                raise error
            except:
                caught += 1
            try:
                raise error("something")
            except:
                caught += 1
            try:
                raise error("something")
            except:
                caught += 1
        return caught

class TryExcept(Test):

    version = 2.0
    operations = 15 * 10
    rounds = 15000

    def test(self):
        n = 0
        for i in range(self.rounds):
            try:
                n += 1
            except:
                pass
            try:
                n += 1
            except:
                pass
        return n

### Instances.py and NewInstances.py

class CreateInstances(Test):

    version = 2.0
    operations = 3 + 7 + 4
    rounds = 6000

    def test(self):
        class c:
            pass

        class d:
            def __init__(self, a, b, c):
                self.a = a
                self.b = b
                self.c = c

        class e:
            def __init__(self, a, b, c=4):
                self.a = a
                self.b = b
                self.c = c
                self.d = a
                self.e = b
                self.f = c

        for i in range(self.rounds):
            o = c()
            o1 = c()
            o2 = c()
            p = d(i, i, 3)
            p1 = d(i, i, 3)
            p2 = d(i, 3, 3)
            q = e(i, i, 3)
            q1 = e(i, i)
        return p2.a + p2.b + p2.c, q1.f, q.d

class CreateNewInstances(Test):

    version = 2.0
    operations = 3 + 7 + 4
    rounds = 6000

    def test(self):
        class c(object):
            pass

        class d(object):
            def __init__(self, a, b, c):
                self.a = a
                self.b = b
                self.c = c

        class e(object):
            def __init__(self, a, b, c=4):
                self.a = a
                self.b = b
                self.c = c
                self.d = a
                self.e = b
                self.f = c

        n = 0
        for i in range(self.rounds):
            o = c()
            p = d(i, i, 3)
            q = e(i, i)
            n += p.c + q.f
        return n

### Lists.py

class SimpleListManipulation(Test):

    version = 2.0
    operations = 5* (6 + 6 + 6)
    rounds = 3000

    def test(self):
        l = []
        append = l.append
        for i in range(self.rounds):
            append(2)
            append(3)
            append(4)
            append(2)
            append(3)
            append(4)

            l[0] = 3
            l[1] = 4
            l[2] = 5
            l[3] = 3
            l[4] = 4
            l[5] = 5

            x = l[0]
            x = l[1]
            x = l[2]
            x = l[3]
            x = l[4]
            x = l[5]

            if len(l) > 10000:
                # cut down the size
                del l[:]
        return len(l), l[:8], x

class ListSlicing(Test):

    version = 2.0
    operations = 25*(3+1+2+1)
    rounds = 80

    def test(self):
        n = list(range(100))
        r = list(range(25))
        total = 0
        for i in range(self.rounds):
            l = n[:]
            for j in r:
                m = l[50:]
                m = l[:25]
                m = l[50:55]
                l[:3] = n
                m = l[:-1]
                m = l[1:]
                l[-1:] = n
                total += len(m)
        return total

class SmallLists(Test):

    version = 2.0
    operations = 5*(1+ 6 + 6 + 3 + 1)
    rounds = 6000

    def test(self):
        for i in range(self.rounds):
            l = []
            l.append(2)
            l.append(3)
            l.append(4)
            l.append(2)
            l.append(3)
            l.append(4)
            l[0] = 3
            l[1] = 4
            l[2] = 5
            l[3] = 3
            l[4] = 4
            l[5] = 5
            l[:3] = [1,2,3]
            m = l[:-1]
            m = l[1:]
            l[-1:] = [4,5,6]
        return l, m

### Lookups.py

class NormalInstanceAttribute(Test):

    version = 2.0
    operations = 5*(12 + 12)
    rounds = 3000

    def test(self):
        class c:
            pass
        o = c()

        for i in range(self.rounds):
            o.a = 2
            o.b = 3
            o.c = 4

            x = o.a
            x = o.b
            x = o.c
        return x, o.a + o.b

### Numbers.py

class CompareIntegers(Test):

    version = 2.0
    operations = 30 * 5
    rounds = 12000

    def test(self):
        n = 0
        for i in range(self.rounds):
            if 2 < 3: n += 1
            if 2 > 3: n += 100
            if 2 == 3: n += 100
            if 2 <= 3: n += 1
            if 2 >= 3: n += 100
        return n

class CompareFloatsIntegers(Test):

    version = 2.0
    operations = 30 * 5
    rounds = 6000

    def test(self):
        n = 0
        for i in range(self.rounds):
            if 2.1 < 4: n += 1
            if 2.1 > 4: n += 100
            if 2.1 == 4: n += 100
            if 2.1 <= 4: n += 1
            if 2.1 >= 4: n += 100
        return n

### Strings.py

class ConcatStrings(Test):

    version = 2.0
    operations = 10 * 5
    rounds = 6000

    def test(self):
        # Make sure the strings are *not* interned
        s = ''.join(map(str, range(100)))
        t = ''.join(map(str, range(1, 101)))

        for i in range(self.rounds):
            t + s
            t + s
            t + s
            t + s
            u = t + s
        return len(u), u[:20]

class CompareStrings(Test):

    version = 2.0
    operations = 10 * 5
    rounds = 6000

    def test(self):
        s = ''.join(map(str, range(10)))
        n = 0
        for i in range(self.rounds):
            if s < s: n += 100
            if s > s: n += 100
            if s == s: n += 1
            if s != s: n += 100
            if s <= s: n += 1
        return n

class StringSlicing(Test):

    version = 2.0
    operations = 5 * 7
    rounds = 6000

    def test(self):
        s = ''.join(map(str, range(100)))
        for i in range(self.rounds):
            s[50:]
            s[:25]
            s[50:55]
            s[-1:]
            s[:1]
            s[2:]
            u = s[11:-11]
        return u[:10], len(u)

class StringMappings(Test):

    version = 2.0
    operations = 3 * (5 + 4 + 2 + 1)
    rounds = 1500

    def test(self):
        s = ''.join(map(chr, range(20)))
        t = ''.join(map(chr, range(50)))
        u = ''.join(map(chr, range(100)))
        v = ''.join(map(chr, range(256)))
        for i in range(self.rounds):
            s.lower()
            t.lower()
            u.lower()
            v.lower()
            v.upper()
            s.upper()
            r = u.upper()
            r2 = v.title()
        return len(r), r[65:91], r2[97:123]

### Tuples.py

class TupleSlicing(Test):

    version = 2.0
    operations = 3 * 25 * 10 * 7
    rounds = 100

    def test(self):
        r = range(25)
        t = tuple(range(100))
        n = 0
        for i in range(self.rounds):
            for j in r:
                m = t[50:]
                m = t[:25]
                m = t[50:55]
                m = t[:-1]
                m = t[1:]
                m = t[-10:]
                m = t[:10]
                n += len(m)
        return n, m

class SmallTuples(Test):

    version = 2.0
    operations = 5*(1 + 3 + 6 + 2)
    rounds = 6000

    def test(self):
        for i in range(self.rounds):
            t = (1,2,3,4,5,6)
            a,b,c,d,e,f = t
            a,b,c = t[:3]
            l = list(t)
            t = tuple(l)
        return t, a + b + c

### Unicode.py

class UnicodeSlicing(Test):

    version = 2.0
    operations = 5 * 7
    rounds = 2000

    def test(self):
        s = ''.join(map(str, range(100))) + '\u00e9\u00e8\u20ac'
        for i in range(self.rounds):
            s[50:]
            s[:25]
            s[50:55]
            s[-1:]
            s[:1]
            u = s[2:]
            w = s[-5:]
        return w, len(u)

class UnicodePredicates(Test):

    version = 2.0
    operations = 5 * 9
    rounds = 2000

    def test(self):
        data = ('abc', '123', '   ', '\u1234\u2345\u3456', '\uFFFF' * 10)
        len_data = len(data)
        counts = [0] * 7
        for i in range(self.rounds):
            s = data[i % len_data]
            if s.isalnum(): counts[0] += 1
            if s.isalpha(): counts[1] += 1
            if s.isdecimal(): counts[2] += 1
            if s.isdigit(): counts[3] += 1
            if s.islower(): counts[4] += 1
            if s.isnumeric(): counts[5] += 1
            if s.isspace(): counts[6] += 1
        return counts

### Benchmark driver

TESTS = [SimpleIntegerArithmetic, SimpleFloatArithmetic, SimpleLongArithmetic,
         PythonFunctionCalls, PythonMethodCalls, Recursion, IfThenElse,
         NestedForLoops, DictCreation, SimpleDictManipulation, TryRaiseExcept,
         TryExcept, CreateInstances, CreateNewInstances, SimpleListManipulation,
         ListSlicing, SmallLists, NormalInstanceAttribute,
         CompareIntegers, CompareFloatsIntegers, ConcatStrings, CompareStrings,
         StringSlicing, StringMappings, TupleSlicing, SmallTuples,
         UnicodeSlicing, UnicodePredicates]


class Benchmark:

    def __init__(self, name, rounds=2, warp=10):
        self.name = name
        self.rounds = rounds
        self.warp = warp
        self.tests = {}

    def load_tests(self, tests):
        for cls in tests:
            if not getattr(cls, 'is_a_test', 0):
                continue
            self.tests[cls.__name__] = cls(self.warp)

    def run(self):
        results = {}
        for i in range(self.rounds):
            for name in sorted(self.tests):
                test = self.tests[name]
                test.calibrate_test()
                results[name] = test.run()
        return results

    def print_results(self, results):
        total_ops = 0
        print('Test                          rounds      runs    operations')
        print('-' * 63)
        for name in sorted(self.tests):
            test = self.tests[name]
            runs, ops = test.stat()
            total_ops += ops
            print('%-30s %6d %9d %12d' % (name, test.rounds, runs, ops))
            print('    -> %r' % (results[name],))
        print('-' * 63)
        print('%-30s %28d' % ('Totals:', total_ops))


def main():
    bench = Benchmark('pybench', rounds=2, warp=10)
    bench.load_tests(TESTS)
    results = bench.run()
    bench.print_results(results)
    a = SimpleIntegerArithmetic()
    b = SimpleIntegerArithmetic(warp=10)
    print('compatible', a.compatible(b), a.compatible(SimpleIntegerArithmetic()))
    try:
        SimpleIntegerArithmetic(warp=10**9)
    except ValueError as e:
        print('ValueError:', e)


if __name__ == '__main__':
    main()
