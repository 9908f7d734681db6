# Python 2's backquotes, which Cython parses at every language level: `x` is repr(x), `x, y`
# the repr of the tuple. Expected outputs recorded from Cython 3.3.0.

def one(obj):
    """
    >>> one(20), one('test'), one(None)
    ('20', "'test'", 'None')
    """
    return `obj`


def several(a, b):
    """
    >>> several(1, 'b')
    "(1, 'b')"
    """
    return `a, b`


def typed(int n, double d):
    """
    >>> typed(42, 1.5)
    ('42', '1.5', '[1]')
    """
    return `n`, `d`, `[1]`
