# Lambdas are outside the milestone-1 slice.

def main():
    double = lambda x: x * 2
    print(double(21))


if __name__ == "__main__":
    main()
