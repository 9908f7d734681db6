# A noexcept cdef function cannot raise into its caller: the exception is reported to
# sys.unraisablehook with the function's name, and the call returns 0.
cdef int quiet(int x) noexcept:
    if x:
        raise KeyError(x)
    return 7

def call(x):
    """
    >>> import sys
    >>> seen = []
    >>> old = sys.unraisablehook
    >>> sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, u.object))
    >>> call(0), call(1)
    (7, 0)
    >>> sys.unraisablehook = old
    >>> seen
    [('KeyError', 'noexcept_unraisable.quiet')]
    """
    return quiet(x)
