# exit() and quit(), as scripts call them to stop with a status (a failed
# self-check before a benchmark): SystemExit as from sys.exit.
import sys


def check(values, expected):
    if sum(values) != expected:
        print("%d != %d" % (sum(values), expected), file=sys.stderr)
        quit(1)
    return True


def main():
    print(check([1, 2, 3], 6))
    try:
        exit(4)
    except SystemExit as e:
        print("exit code", e.code)
    try:
        quit()
    except SystemExit as e:
        print("quit code", e.code)
    try:
        exit("bad input")
    except SystemExit as e:
        print("message", e.code)
    print("stopping")
    sys.stdout.flush()
    quit(3)
    print("not reached")


if __name__ == "__main__":
    main()
