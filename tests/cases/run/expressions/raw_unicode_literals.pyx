# Raw unicode string literals (ur'', ru'', any case): at language level 3 they are raw strings,
# every backslash kept. Recorded from Cython 3.3.0.


def literals():
    """
    >>> a, b, c, d = literals()
    >>> a
    'abc\\\\x11'
    >>> len(b), b
    (10, '\\\\u0041\\\\n\\\\t')
    >>> c == r'\\U00000041', type(c) is str
    (True, True)
    >>> d
    '\\\\\\\\'
    """
    return ur"abc\x11", ru'\u0041\n\t', UR'\U00000041', Ru'\\'


def non_ascii():
    """
    >>> s = non_ascii()
    >>> len(s), s[0] == u'\\xf8'
    (11, True)
    """
    return ru'ø\x20\u0020'
