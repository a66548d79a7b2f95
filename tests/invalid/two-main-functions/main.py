def main():
    print("first")


def main():
    print("second")


if __name__ == "__main__":
    main()
