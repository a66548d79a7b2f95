import helpers
from shapes import Square, area_sum as total
import pkg.util as u


def main():
    print(helpers.greet("x"), helpers.COUNT, helpers.bump(), helpers.bump(), helpers.COUNT)
    shapes = [Square(2), Square(3)]
    print(total(shapes), u.double(21), u.__name__, helpers.__name__)
    print(__name__)
    # Class objects print with the module that defines them (and nested classes' qualified names).
    print(Square, type(shapes[0]), u.Meter, u.Meter.Unit, Local, Local.Inner, type(Local.Inner()))


class Local:
    class Inner:
        pass


if __name__ == "__main__":
    main()
