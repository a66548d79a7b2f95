# Unicode text: printing, len() counts code points, concatenation.


def main():
    s = 'héllo ✓'
    print(s, len(s))
    print("日本語", len("日本語"))
    print("😀 emoji", len("😀"), len("😀 emoji"))
    print("Ünïcödé" + " " + "ñ", len("Ünïcödé" + " " + "ñ"))
    print("é" == "\u00e9", "e\u0301", len("e\u0301"))
    mixed = "a" + "ß" + "中" + "🎉"
    print(mixed, len(mixed), mixed * 2)
    print(str(len("Ελληνικά")) + " letters")
    print(f"{'✓':^5}|{'日本':>6}|{'é':<3}|")


if __name__ == "__main__":
    main()
