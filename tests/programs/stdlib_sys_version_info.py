# sys.version_info as version checks in scripts use it: comparisons with
# tuples, indexing, slicing and unpacking, and its field names (.major...)
# (never printed whole, nor its minor: the compiled language is 3.12's, the
# reference interpreter may be older).
import sys
import sys as system
from sys import version_info


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
    print("by name:", sys.version_info.major, sys.version_info.minor >= 8, sys.version_info.minor == sys.version_info[1])
    print("imported:", version_info.major == 3, version_info.minor > 7, type(version_info.releaselevel).__name__)
    print("aliased:", system.version_info.major + 1, isinstance(sys.version_info.micro, int), sys.version_info.serial)
    if sys.version_info.major < 3:
        print("python 2")
    else:
        print(f"python {sys.version_info.major}.x, level {sys.version_info.releaselevel}")


main()
