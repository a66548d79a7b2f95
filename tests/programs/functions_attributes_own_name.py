# State kept on a function through its own name: an accumulator factory
# (each made function has its own total), a call counter on a top-level
# function, a memo table hung on a recursive function, and a lambda that
# reads an attribute of the function that made it.


def accumulator(start):
    def add(n):
        add.total += n
        return add.total
    add.total = start
    return add


def greet(name):
    greet.calls += 1
    return "hello %s (#%d)" % (name, greet.calls)


greet.calls = 0


def fib(n):
    if n in fib.memo:
        return fib.memo[n]
    value = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib.memo[n] = value
    return value


fib.memo = {}


def scaler(factor):
    def scale(x):
        return x * scale.factor
    scale.factor = factor
    peek = lambda: scale.factor * 10
    scale.factor += 1
    return scale, peek


def main():
    x = accumulator(1)
    print(x(5))
    print(x(2.5))
    x2 = accumulator(3)
    print(x2(5), x2(3.25), x(0), x2(0))
    print(greet("ann"), greet("bob"), greet.calls)
    print(fib(60), len(fib.memo))
    s, peek = scaler(2)
    print(s(7), peek(), s.__name__)


if __name__ == "__main__":
    main()
