# async def / await: coroutines awaiting coroutines, return values passed up
# through await chains, exceptions raised through awaits and caught at any
# level, try/finally around awaits, coroutine methods, async with / async for
# over user classes, async generators and async comprehensions.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def add_doubles(a, b):
    da = await double(a)
    db = await double(b)
    return da + db


async def chain(depth):
    if depth == 0:
        return "bottom"
    inner = await chain(depth - 1)
    return f"{depth}<{inner}>"


class Oops(Exception):
    def __init__(self, code):
        super().__init__(f"oops {code}")
        self.code = code


async def fail(code):
    await asyncio.sleep(0)
    raise Oops(code)


async def middle(code):
    try:
        return await fail(code)
    finally:
        print("middle finally", code)


async def no_await():
    return "no await needed"


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    async def deposit(self, amount):
        await asyncio.sleep(0)
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        return self.balance


class Resource:
    def __init__(self, name):
        self.name = name
        self.log = []

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter")
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        self.log.append("exit")
        print("close", self.name, "error" if exc is not None else "ok")
        return False


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


class Doubler:
    """An awaitable object: __await__ is a generator (it may await coroutines' __await__())."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value * 2


class Ticket:
    def __init__(self, number):
        self.number = number
        self.used = False


async def issue(number):
    await asyncio.sleep(0)
    return Ticket(number)


class Pipeline:
    def __init__(self, source):
        self.source = source

    async def stages(self):
        for x in self.source:
            await asyncio.sleep(0)
            yield x + 1


async def closing_gen(log):
    try:
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("generator finished")


async def amain():
    print(await Doubler(21))
    ticket = await issue(7)
    ticket.used = True
    print(ticket.number, ticket.used)
    print(await asyncio.sleep(0.001, result="slept"))
    async for v in Pipeline([1, 2, 3]).stages():
        print("stage", v)
    log = []
    async for v in closing_gen(log):
        print("got", v)
    print(log)
    print(await double(21))
    print(await add_doubles(3, 4))
    print(await chain(3))
    print(await no_await())
    coro = double(5)
    print("created, not run yet")
    print(await coro)

    try:
        await middle(7)
    except Oops as e:
        print("caught", e, e.code)

    acct = Account("ann", 10)
    print(await acct.deposit(5), await acct.deposit(20))
    try:
        await acct.deposit(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(acct.balance)

    async with Resource("db") as r:
        print("using", r.name)
    try:
        async with Resource("net") as r:
            raise KeyError("lost")
    except KeyError as e:
        print("KeyError", e)
    print(r.log)

    total = 0
    async for v in Countdown(4):
        print("tick", v)
        total += v
    else:
        print("countdown done", total)

    async for sq in squares(5):
        if sq > 9:
            break
        print("square", sq)

    results = []
    for i in range(3):
        results.append(await double(i))
    print(results)
    scale = 10
    print([x * scale async for x in squares(5) if x % 2 == 0])
    print({x % 3 async for x in squares(6)})
    print({x: await double(x) async for x in squares(3)})
    print([(x, y) async for x in squares(3) for y in range(x)])
    print([await double(x) for x in range(4)])
    evens = (x async for x in squares(6) if x % 2 == 0)
    print([await double(e) async for e in evens])
    return "finished"


def main():
    print(asyncio.run(amain()))


if __name__ == "__main__":
    main()
