def main():
    print("called through the __name__ guard")


if __name__ == "__main__":
    main()
