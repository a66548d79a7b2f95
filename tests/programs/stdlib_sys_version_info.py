# sys.version_info as version checks in scripts use it: comparisons with
# tuples, indexing, slicing and unpacking (never printed whole: the compiled
# language is 3.12's, the reference interpreter may be older).
import sys


def pick_parser():
    if sys.version_info >= (3, 11):
        return "tomllib"
    return "tomli"


def main():
    print("python 3:", sys.version_info[0] == 3)
    print("at least 3.8:", sys.version_info >= (3, 8))
    print("older than 3.0:", sys.version_info < (3, 0))
    print("fields:", len(sys.version_info))
    major, minor = sys.version_info[:2]
    print("major", major, "minor >= 8", minor >= 8)
    print("release level is a str:", isinstance(sys.version_info[3], str))
    print("parser:", pick_parser())
    print("supported:", (3, 8) <= sys.version_info[:2] < (4, 0))


main()
