# Escape sequences and raw strings.


def main():
    print("tab\there", "new\nline", "back\\slash", "quote\"s", 'apos\'s')
    print("\x41\x42\x43", "\u00e9t\u00e9", "\U0001F600", "\101\102")
    print(r"raw\nstring", r"C:\path\to", len(r"\n"), len("\n"))
    print("bell-free \N{GREEK SMALL LETTER ALPHA}\N{BLACK STAR}")
    print("carriage\rreturn")
    print("a\
b")
    print(len("\t\n\\"), len("\u00e9"), len("\U0001F600"))


if __name__ == "__main__":
    main()
