def main():
    try:
        raise ValueError("bad")
    except* ValueError as group:
        print("caught", group.exceptions)


if __name__ == "__main__":
    main()
