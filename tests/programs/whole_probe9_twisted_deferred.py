"""Twisted-style Deferred chains (after PyPy's twisted benchmarks, which drive
twisted.internet.defer): a Deferred with callback/errback chains, Failure
objects that wrap exceptions, DeferredList, inlineCallbacks over generators,
and a tiny reactor with callLater driving it all in virtual time."""
import heapq
import functools


class AlreadyCalledError(Exception):
    pass


class Failure:
    def __init__(self, exc_value):
        self.value = exc_value
        self.type = type(exc_value)

    def check(self, *error_types):
        for t in error_types:
            if isinstance(self.value, t):
                return t
        return None

    def trap(self, *error_types):
        if self.check(*error_types) is None:
            raise self.value
        return self.type

    def getErrorMessage(self):
        return str(self.value)

    def __repr__(self):
        return "<Failure %s: %s>" % (self.type.__name__, self.value)


def passthru(arg):
    return arg


class Deferred:
    called = False
    paused = 0

    def __init__(self):
        self.callbacks = []
        self.result = None

    def addCallbacks(self, callback, errback=None, callbackArgs=(), errbackArgs=()):
        if errback is None:
            errback = passthru
        self.callbacks.append(((callback, callbackArgs), (errback, errbackArgs)))
        if self.called:
            self._runCallbacks()
        return self

    def addCallback(self, callback, *args):
        return self.addCallbacks(callback, passthru, callbackArgs=args)

    def addErrback(self, errback, *args):
        return self.addCallbacks(passthru, errback, errbackArgs=args)

    def addBoth(self, callback, *args):
        return self.addCallbacks(callback, callback, callbackArgs=args, errbackArgs=args)

    def callback(self, result):
        self._startRunCallbacks(result)

    def errback(self, fail):
        if not isinstance(fail, Failure):
            fail = Failure(fail)
        self._startRunCallbacks(fail)

    def _startRunCallbacks(self, result):
        if self.called:
            raise AlreadyCalledError()
        self.called = True
        self.result = result
        self._runCallbacks()

    def _continue(self, result):
        self.result = result
        self.paused -= 1
        self._runCallbacks()

    def _runCallbacks(self):
        if self.paused:
            return
        while self.callbacks:
            item = self.callbacks.pop(0)
            callback, args = item[isinstance(self.result, Failure)]
            try:
                self.result = callback(self.result, *args)
            except Exception as e:
                self.result = Failure(e)
            if isinstance(self.result, Deferred):
                inner = self.result
                self.paused += 1
                inner.addBoth(self._continue)
                return


def succeed(result):
    d = Deferred()
    d.callback(result)
    return d


def fail(exc):
    d = Deferred()
    d.errback(exc)
    return d


class DeferredList(Deferred):
    def __init__(self, deferredList, consumeErrors=False):
        Deferred.__init__(self)
        self.resultList = [None] * len(deferredList)
        self.finishedCount = 0
        self.consumeErrors = consumeErrors
        if not deferredList:
            self.callback([])
        for index, deferred in enumerate(deferredList):
            deferred.addCallbacks(self._cbDeferred, self._cbDeferred,
                                  callbackArgs=(index, True), errbackArgs=(index, False))

    def _cbDeferred(self, result, index, succeeded):
        self.resultList[index] = (succeeded, result)
        self.finishedCount += 1
        if self.finishedCount == len(self.resultList):
            self.callback(self.resultList)
        if not succeeded and self.consumeErrors:
            return None
        return result


class Returned(Exception):
    def __init__(self, value):
        Exception.__init__(self, value)
        self.value = value


def returnValue(value):
    raise Returned(value)


def inlineCallbacks(f):
    @functools.wraps(f)
    def unwindGenerator(*args, **kwargs):
        gen = f(*args, **kwargs)
        deferred = Deferred()
        _inlineCallbacks(None, gen, deferred)
        return deferred
    return unwindGenerator


def _inlineCallbacks(result, g, deferred):
    while True:
        try:
            if isinstance(result, Failure):
                result = g.throw(result.value)
            else:
                result = g.send(result)
        except StopIteration as e:
            deferred.callback(e.value)
            return
        except Returned as e:
            deferred.callback(e.value)
            return
        except Exception as e:
            deferred.errback(e)
            return
        if isinstance(result, Deferred):
            waiting = [True, None]

            def gotResult(r):
                if waiting[0]:
                    waiting[0] = False
                    waiting[1] = r
                else:
                    _inlineCallbacks(r, g, deferred)

            result.addBoth(gotResult)
            if waiting[0]:
                waiting[0] = False
                return
            result = waiting[1]


class Reactor:
    def __init__(self):
        self.now = 0.0
        self.queue = []
        self.seq = 0

    def callLater(self, delay, f, *args):
        self.seq += 1
        heapq.heappush(self.queue, (self.now + delay, self.seq, f, args))

    def run(self):
        steps = 0
        while self.queue:
            when, _, f, args = heapq.heappop(self.queue)
            self.now = when
            f(*args)
            steps += 1
        return steps


reactor = Reactor()


def deferLater(delay, value):
    d = Deferred()
    if isinstance(value, Exception):
        reactor.callLater(delay, d.errback, value)
    else:
        reactor.callLater(delay, d.callback, value)
    return d


class LookupError_(Exception):
    pass


def lookup(name):
    if name.startswith("bad"):
        return deferLater(0.5, LookupError_("no such host: " + name))
    return deferLater(len(name) * 0.1, "10.0.%d.%d" % (len(name), sum(map(ord, name)) % 256))


@inlineCallbacks
def fetch(name, log):
    try:
        addr = yield lookup(name)
    except LookupError_ as e:
        log.append("failed " + name)
        returnValue("<error %s>" % e)
    body = yield deferLater(0.25, "page of " + name)
    size = yield succeed(len(body))
    log.append("fetched %s at %.2f" % (name, reactor.now))
    return "%s %s %d" % (name, addr, size)


def chain_benchmark(n):
    total = 0
    for i in range(n):
        d = succeed(i)
        d.addCallback(lambda x: x * 2)
        d.addCallback(lambda x: x + 1)
        d.addCallback(lambda x: x if x % 3 else 1 // 0)
        d.addErrback(lambda f: f.trap(ZeroDivisionError) and -1)
        d.addBoth(lambda r: total_add(r))
        total += d.result
    return total


def total_add(r):
    return r * 10


def main():
    print("chain:", chain_benchmark(20000))
    log = []
    names = ["example.com", "bad.example", "twisted.org", "pypy.org", "badhost", "python.org"]
    results = []
    for _ in range(3):
        dl = DeferredList([fetch(n, log) for n in names], consumeErrors=True)
        dl.addCallback(results.append)
    steps = reactor.run()
    print("steps:", steps, "now: %.2f" % reactor.now)
    for ok, value in results[0]:
        print(ok, value)
    print(len(log), log[:4])
    d = fail(ValueError("boom"))
    caught = []
    d.addErrback(lambda f: caught.append(repr(f)))
    print(caught)
    d2 = Deferred()
    d2.addCallback(lambda r: succeed(r + "!")).addCallback(lambda r: r.upper())
    d2.callback("done")
    print(d2.result)
    try:
        d2.callback("again")
    except AlreadyCalledError:
        print("already called")


if __name__ == "__main__":
    main()
