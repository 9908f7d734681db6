# A for loop over a list or tuple display of numeric or boolean literals of one C type: Cython
# iterates a C array and the loop variable takes the C type (its division is C's, with Cython's
# "float division" message); mixed types, large ints and C variables give objects.
# Expected outputs recorded from Cython 3.3.0.
cimport cython


def inferred():
    """
    >>> inferred()
    ('double', 'long', 'bint', 'Python object', 'Python object', 'double')
    """
    for a in (-1.0, 2.0):
        pass
    for b in [1, 2, 3]:
        pass
    for c in [True, False]:
        pass
    for d in [1, 2**40]:
        pass
    for e in [1, 2.5]:
        pass
    for f in [+1.5]:
        pass
    return cython.typeof(a), cython.typeof(b), cython.typeof(c), cython.typeof(d), cython.typeof(e), cython.typeof(f)


def c_division():
    """
    >>> c_division()
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    for x in [1.0, 0.0]:
        y = 1 / x


def object_division():
    """
    >>> object_division()
    Traceback (most recent call last):
    ZeroDivisionError: float division by zero
    """
    for x in [1, 0.0]:
        y = 1 / x


def sums():
    """
    >>> sums()
    (6, 1.5, 1, [1, 4, 9])
    """
    t = 0
    for i in (1, 2, 3):
        t += i
    s = 0.0
    for v in [0.5, 1.0]:
        s += v
    n = 0
    for flag in (True, False):
        n += flag
    return t, s, n, [k * k for k in [1, 2, 3]]
