# main() has only defaulted parameters and is not called: implicit call.


def main(count=3, label="item"):
    for i in range(count):
        print(label, i)
    print(f"{count=} {label=}")
