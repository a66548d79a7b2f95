"""html.unescape: named references (with and without ;, the longest-prefix rule), numeric ones (CPython's replacements for invalid code points), and html.escape round trips."""
import html


def main():
    cases = ["Caf&eacute; &amp; Bar", "&lt;p&gt; &#62; &#x3e; &#X3E;", "&notit; &notin; &not", "&#0; &#128; &#x110000; &#xD800; &#1;",
             "& alone &; &#; &#x; &# &amp", "&AMP;&AMPx &ampx", "&" + "a" * 40 + ";", "no refs", "&nbsp;x&NotNestedGreaterGreater;",
             "&#99999999999999999999;", "&thetasym;&ThinSpace;&", "&lt&gt&quot"]
    for c in cases:
        print(repr(html.unescape(c)))
    print(html.escape("<a href='x'>&</a>"), html.unescape(html.escape("<a href='x'>&</a>")))


main()
