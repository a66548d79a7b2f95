# Functions whose every path ends in try/except (return or raise), and a
# 'while True' loop left by a break inside try/except (reading input to EOF).

def read_all():
    lines = []
    while True:
        try:
            line = input()
        except EOFError:
            break
        lines.append(line)
    return lines

def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s)

def main():
    print(read_all())
    print(parse("5"))
    try:
        parse("x")
    except KeyError as e:
        print("KeyError", e)
    print("end")


if __name__ == "__main__":
    main()
