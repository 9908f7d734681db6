# One-character literals in cascaded comparisons with C integers compare as char codes, every
# literal of a run of them next to the integer too ('a' < 'b' < c), as Cython gives the cascade
# one C type. Recorded from Cython 3.3.0.
cdef int i = 'x'
cdef char c = 'x'


def cascaded_eq():
    """
    >>> cascaded_eq()
    (True, True, True, True, True, True)
    """
    return ('x' == i == 'x', 'x' == i == c'x', c'x' == c == 'x',
            'x' == c == c'x', b'x' == c == 'x', i == 'x' == c)


def cascaded_ineq(char ch):
    """
    >>> cascaded_ineq(ord('m'))
    (True, True, False)
    >>> cascaded_ineq(ord('A'))
    (False, False, True)
    """
    return 'a' <= ch <= 'z', 'a' < 'b' < 'c' < ch < 'y' < 'z', 'A' == ch != 'a'


def pairs(unsigned char u):
    """
    >>> pairs(ord('q'))
    (True, False, True)
    """
    return u == 'q', u != 'q', 'p' < u
