def make(n):
    class Box:
        def get(self):
            return n
    return Box


def main():
    a = make(1)
    b = make(2)
    print(a is b, a().get(), b().get())
