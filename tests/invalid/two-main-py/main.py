def main():
    print("top")


if __name__ == "__main__":
    main()
