"""urllib.parse: urlparse/urlsplit results and their properties, urljoin over RFC 3986 examples, quote/unquote, urlencode, parse_qs/parse_qsl."""
from urllib.parse import (urlparse, urlsplit, urlunsplit, urlunparse, urljoin, urldefrag, quote, quote_plus,
                          unquote, unquote_plus, urlencode, parse_qs, parse_qsl)
import urllib.parse


def main():
    for url in ["http://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag", "https://[::1]:443/x", "file:///etc/passwd",
                "mailto:someone@example.org", "/relative/path?q", "//host/only", "HTTP://h/%7Euser/", "a1+b.c:rest"]:
        p = urlparse(url)
        s = urlsplit(url)
        print(p)
        print(s.scheme, s.netloc, s.path, s.query, s.fragment, s.hostname, s.port, s.username, s.password)
        print(p.geturl(), s.geturl(), urlunsplit(s) == s.geturl(), len(p), p[2], tuple(s))
    base = "http://a/b/c/d;p?q"
    for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./",
                "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "g.", ".g", "g..", "..g",
                "./../g", "./g/.", "g/./h", "g/../h", "https://other/x"]:
        print(repr(rel), urljoin(base, rel))
    print(urldefrag("http://x/y#z"), urldefrag("http://x/y"))
    for s in ["hello world", "a/b c?d=e&f", "ümlaut €", "~safe_-.", "", "100%"]:
        print(quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
        print(unquote(quote(s)) == s, unquote_plus(quote_plus(s)) == s)
    print(unquote("%E2%82%AC %zz %4 %C3"), unquote_plus("a+b%2Bc"))
    print(urlencode({"q": "rock & roll", "page": 2, "lang": "en"}))
    print(urlencode([("a", "1"), ("a", "2 3")]), urlencode({"t": ["x", "y"]}, doseq=True))
    print(parse_qs("a=1&a=2&b=&c=x+y%21"), parse_qs("a=1&b=", keep_blank_values=True))
    print(parse_qsl("k=v;k2=v2", separator=";"), parse_qsl("novalue&x=1", keep_blank_values=True))
    print(urllib.parse.urlunparse(("http", "h", "/p", "a", "q", "f")), urlparse("http://h:99999/").netloc)
    try:
        urlparse("http://h:bad/").port
    except ValueError as e:
        print("ValueError:", e)
    print(s._replace(path="/new").geturl() if False else urlsplit("http://h/p")._replace(path="/new").geturl())


if __name__ == "__main__":
    main()
