"""The `html` standard module's escape() (CPython 3.11's), compiled with the program that imports it.

unescape() needs CPython's table of HTML5 named character references and is
not provided (the build reports `unsupported: html.unescape`).
"""

__all__ = ['escape']


def escape(s, quote=True):
    """Replaces the characters &, < and > in s by HTML-safe sequences, and " and ' too when quote is true."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s
