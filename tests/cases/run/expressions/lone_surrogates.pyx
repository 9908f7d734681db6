# A str literal may hold a lone surrogate, as in Python: the constant keeps it (it is not
# replaced on its way through the module's C). Recorded from Cython 3.3.0.


def lone():
    """
    >>> s = lone()
    >>> len(s), ord(s), s == '\\udc00'
    (1, 56320, True)
    """
    return u'\udc00'


def mixed():
    """
    >>> s = mixed()
    >>> len(s), [ord(c) for c in s]
    (3, [97, 55296, 98])
    """
    return 'a\ud800b'
