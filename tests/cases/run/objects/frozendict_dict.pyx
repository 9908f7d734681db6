# Python 3.15's frozendict before 3.15, as Cython 3.3 makes it: the type is dict, frozendict(x)
# a new dict; and Python 2's iteritems/iterkeys/itervalues (and view*) of a value typed dict.

def make(d):
    """
    >>> d = {1: 10}
    >>> fd = make(d)
    >>> fd == d, fd is d, type(fd).__name__
    (True, False, 'dict')
    """
    return frozendict(d)


def lookup(frozendict fd, key):
    """
    >>> lookup(make({1: 10}), 1), lookup(make({1: 10}), 2)
    (10, None)
    >>> lookup([1], 1)
    Traceback (most recent call last):
    TypeError: Argument 'fd' has incorrect type (expected dict, got list)
    """
    return fd.get(key)


def py2_methods(dict d):
    """
    >>> py2_methods({(1, 2): (3, 4), (5, 6): (7, 8)})
    ([(1, 2, 3, 4), (5, 6, 7, 8)], [(1, 2), (5, 6)], [(3, 4), (7, 8)], [((1, 2), (3, 4)), ((5, 6), (7, 8))])
    """
    return (sorted([(a, b, c, e) for (a, b), (c, e) in d.iteritems()]), sorted(d.iterkeys()), sorted(d.itervalues()),
            sorted(d.viewitems()))
