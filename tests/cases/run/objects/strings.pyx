# String and bytes literals: escapes, raw strings, concatenation, unicode.
def lits():
    """
    >>> lits()
    ('a\\tb', 'a\\\\tb', b'\\x00\\xff', 'tri\\nple', '\\xe9\\u20ac', 'adjacent')
    """
    return ("a\tb", r"a\tb", b"\x00\xff", """tri
ple""", "\u00e9\u20ac", "adj" "acent")

def concat(a, b):
    """
    >>> concat("x", "y"), concat(b"x", b"y")
    ('xy', b'xy')
    """
    return a + b

def fmt(x):
    """
    >>> fmt(5)
    'v=5'
    """
    return "v=%d" % x
