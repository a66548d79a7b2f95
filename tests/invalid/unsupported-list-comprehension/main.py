# List comprehensions are outside the milestone-1 slice.


def main():
    squares = [i * i for i in range(5)]
    print("built squares")


if __name__ == "__main__":
    main()
