def double(x):
    return x * 2


class Meter:
    class Unit:
        pass
