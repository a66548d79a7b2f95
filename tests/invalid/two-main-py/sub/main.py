def main():
    print("nested")


if __name__ == "__main__":
    main()
