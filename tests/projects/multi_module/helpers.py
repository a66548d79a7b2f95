import math

COUNT = 0
print("loading helpers", __name__)


def greet(name):
    return "hello " + name + " " + str(math.floor(2.5))


def bump():
    global COUNT
    COUNT += 1
    return COUNT
