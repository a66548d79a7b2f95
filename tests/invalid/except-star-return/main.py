def parse(text):
    try:
        return int(text)
    except* ValueError:
        return None


def main():
    print(parse("12"))


if __name__ == "__main__":
    main()
