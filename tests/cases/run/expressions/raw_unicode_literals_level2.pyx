# cython: language_level=2
# Python 2's raw unicode literals at language level 2: every backslash is kept except that
# \uXXXX and \UXXXXXXXX escapes are resolved; an escaped backslash before a u stays two
# characters. Recorded from Cython 3.3.0.


def literals():
    """
    >>> a, b, c, d = literals()
    >>> a == u'abc\\\\x11'
    True
    >>> b == u'A\\\\n\\\\t'
    True
    >>> c == u'A', d == u'\\\\\\\\u0041'
    (True, True)
    """
    return ur"abc\x11", ru'\u0041\n\t', UR'\U00000041', ur'\\u0041'


def non_ascii():
    """
    >>> s = non_ascii()
    >>> len(s), s[0] == u'\\xf8', s[-1] == u' '
    (6, True, True)
    """
    return ru'ø\x20\u0020'
