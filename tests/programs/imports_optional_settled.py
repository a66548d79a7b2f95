"""Optional imports: a try of imports whose result is known at build time (every module found, or the one
missing and the handler that catches its error) runs as the imports it amounts to."""
try:
    import simplejson as json
except ImportError:
    import json
try:
    from collections import OrderedDict
except ImportError:
    OrderedDict = dict
try:
    import cPickle as pickle
except ModuleNotFoundError:
    import pickle
else:
    print("never")
finally:
    print("finally runs")
try:
    from itertools import izip
except ImportError:
    izip = zip
try:
    import psyco
    HAVE_PSYCO = True
except ImportError:
    HAVE_PSYCO = False


def load(text):
    try:
        import ujson as fast
    except ImportError:
        import json as fast
    return fast.loads(text)


def main():
    print(json.dumps({"a": [1, 2]}), OrderedDict(b=1), HAVE_PSYCO)
    print(list(izip("ab", [1, 2])), pickle.loads(pickle.dumps([1, "x"])), load('{"k": [true, null]}'))


if __name__ == "__main__":
    main()
