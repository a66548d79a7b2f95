"""Lambdas nested in module-level and class-body lambdas: a fixed-point
combinator built from self-application, curried adders, and a dispatch table
of lambdas that return lambdas. Each inner lambda is its own function even
when two sit side by side in one parent."""

fix = lambda f: (lambda x: x(x))(lambda y: f(lambda *args: y(y)(*args)))
self_apply_once = lambda f: (lambda g: g(g))(lambda h: f(len(str(h)) > 0))
curry3 = lambda a: lambda b: lambda c: (a, b, c)
compose = lambda f, g: (lambda x: f(g(x)))


class Ops:
    table = {
        'scale': lambda k: (lambda v: v * k),
        'shift': lambda k: (lambda v: v + k),
    }
    chooser = {True: lambda which: (lambda a, b: a if which else b)}


def main():
    factorial = fix(lambda rec: lambda n: 1 if n < 2 else n * rec(n - 1))
    fibonacci = fix(lambda rec: lambda n: n if n < 2 else rec(n - 1) + rec(n - 2))
    print([factorial(i) for i in range(8)])
    print([fibonacci(i) for i in range(12)])
    gcd = fix(lambda rec: lambda a, b: a if b == 0 else rec(b, a % b))
    print(gcd(1071, 462), gcd(17, 5))
    print(self_apply_once(lambda flag: 'applied' if flag else 'not'))
    print(curry3(1)(2)(3), curry3('x')('y')('z'))
    inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
    print(inc_then_double(5), compose(str, abs)(-12))
    print(Ops.table['scale'](3)(7), Ops.table['shift'](3)(7))
    print(Ops.chooser[True](True)('a', 'b'), Ops.chooser[True](False)('a', 'b'))


if __name__ == "__main__":
    main()
