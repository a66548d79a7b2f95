"""Assigning a module's globals from functions (`settings.DEBUG = flag`, `settings.count += 10`, tuple targets): the module's own functions see the new values."""
import settings


def configure(flag):
    before = settings.DEBUG
    settings.DEBUG = flag
    settings.count += 10
    settings.names = settings.names + ['x']
    return before


def main():
    print(configure(True), settings.DEBUG, settings.count)
    print(settings.bump(), settings.count, settings.names)
    settings.count, settings.DEBUG = 100, False
    print(settings.bump(), settings.DEBUG)


if __name__ == "__main__":
    main()
