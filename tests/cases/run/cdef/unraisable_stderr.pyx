# What a noexcept function's lost exception prints to sys.stderr, as Cython prints it (its
# unraisable_tracebacks directive on by default): the exception first, through sys.excepthook,
# then sys.unraisablehook's report naming the function; with and without the GIL.
from io import StringIO
import sys

cdef int lose(int x) noexcept:
    if x:
        raise KeyError(x)
    return 1

cdef int lose_nogil(int x) noexcept nogil:
    if x:
        with gil:
            raise ValueError(x)
    return 2

def captured(int which):
    """
    >>> print(captured(0))  # doctest: +ELLIPSIS
    0
    KeyError: 5
    Exception ignored in: 'unraisable_stderr.lose'
    Traceback (most recent call last):
    ...
    KeyError: 5
    >>> print(captured(1))  # doctest: +ELLIPSIS
    0
    ValueError: 6
    Exception ignored in: 'unraisable_stderr.lose_nogil'
    Traceback (most recent call last):
    ...
    ValueError: 6
    """
    old = sys.stderr
    sys.stderr = err = StringIO()
    try:
        r = lose(5) if which == 0 else lose_nogil(6)
    finally:
        sys.stderr = old
    return f"{r}\n{err.getvalue().strip()}"
