# html.escape, with and without quote.
import html
from html import escape


def main():
    s = "<a href=\"x?a=1&b=2\">it's</a>"
    print(html.escape(s))
    print(escape(s, quote=False))
    print(escape("plain"), escape(""), html.escape("&amp;"))


if __name__ == "__main__":
    main()
