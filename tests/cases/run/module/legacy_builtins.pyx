# Python 2 builtins Cython still knows: unicode and basestring (str), xrange (range), and the
# legacy functions getattr3 (getattr with a default) and intern (sys.intern).
# Expected outputs recorded from Cython 3.3.0.

def renamed(x):
    """
    >>> renamed('ab')
    (True, 'ab', [0, 1, 2], True, True)
    >>> renamed(1)
    (False, '1', [0, 1, 2], False, True)
    """
    return isinstance(x, unicode), unicode(x), list(xrange(3)), isinstance(x, basestring), unicode is str

def legacy_functions(s):
    """
    >>> legacy_functions('name')
    (True, 3, 4)
    """
    return intern(s) is intern(''.join(list(s))), getattr3(s, 'nope', 3), getattr3(s, '__len__', None)()

def loop_over_xrange(int n):
    """
    >>> loop_over_xrange(4)
    6
    """
    cdef int total = 0
    for i in xrange(n):
        total += i
    return total
