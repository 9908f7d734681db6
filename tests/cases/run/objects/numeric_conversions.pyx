# int() and float() of objects and C values; round trips through C types.
def f(s):
    """
    >>> f('42')
    (42, 42.0, 43, 2.5)
    """
    cdef long n = int(s)
    cdef double d = float(s)
    return n, d, int(d) + 1, float(5) / 2
