# Classes are outside the milestone-1 slice.

class Point:
    x = 1


def main():
    print("classes are not supported yet")


if __name__ == "__main__":
    main()
