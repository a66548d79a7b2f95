# main() called directly at top level, without the __name__ guard.


def banner(text, width=20):
    return f"{text:*^{width}}"


def main():
    print(banner("direct"))
    print(banner("call", 10))


main()
print("after main")
