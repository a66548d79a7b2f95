# main.py is found by the recursive search, two folders down.
def main():
    print("found in app/src")


if __name__ == "__main__":
    main()
