# cpdef functions: callable from Python (through a wrapper that converts arguments and the
# result) and from compiled code (a direct C call); tracebacks show both frames, as Cython's do.
cpdef int twice(int x):
    if x < 0:
        raise ValueError("negative")
    return x * 2

cpdef double[:] evens(double[:] x):
    return x[::2]

cpdef void nothing(int x):
    pass

def via_c(int x):
    """
    >>> via_c(3), twice(3), nothing(1)
    (7, 6, None)
    >>> twice('a')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> import array
    >>> v = evens(array.array('d', range(5)))
    >>> len(v), v[2]
    (3, 4.0)
    >>> import traceback
    >>> try:
    ...     twice(-1)
    ... except ValueError as e:
    ...     print([(f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)][1:])
    [(3, 'cpdef_functions.twice'), (5, 'cpdef_functions.twice')]
    """
    return twice(x) + 1
