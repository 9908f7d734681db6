# A return of a Python object from the threads of a prange loop or a parallel() block (under
# `with gil:`): the object one thread returned is what the function returns, after every thread
# has ended; when no thread returns, the code after the region runs. Also from a prange inside a
# parallel() block, from a cdef function, with several threads returning at once, and with an
# error raised by another iteration.
# Expected outputs recorded from Cython 3.3.0.
from cython.parallel import prange, parallel
cimport cython


def from_block():
    """
    >>> from_block()
    45
    """
    cdef int i, total = 0
    for i in prange(10, nogil=True):
        with gil:
            total += i
    with nogil, parallel():
        with gil:
            return total


def from_loop(int n):
    """
    >>> from_loop(100)
    'found 7'
    >>> from_loop(5)
    'none'
    """
    cdef int i
    for i in prange(n, nogil=True, num_threads=2):
        if i == 7:
            with gil:
                return 'found %d' % i
    return 'none'


def from_nested(int n):
    """
    >>> from_nested(100)
    [3]
    >>> from_nested(2) is None
    True
    """
    cdef int i
    with nogil, parallel(num_threads=2):
        for i in prange(n):
            if i == 3:
                with gil:
                    return [i]
    return None


def every_thread_returns(int n):
    """
    >>> every_thread_returns(50)
    ('same', 2)
    """
    cdef int i
    for i in prange(n, nogil=True, num_threads=2, schedule='static', chunksize=1):
        with gil:
            return ('same', 2)


cdef object c_search(int n, int wanted):
    cdef int i
    for i in prange(n, nogil=True):
        if i == wanted:
            with gil:
                return {'at': i}
    return {}


def from_cdef(int n, int wanted):
    """
    >>> from_cdef(10, 4)
    {'at': 4}
    >>> from_cdef(10, 40)
    {}
    """
    return c_search(n, wanted)


def error_wins(int n):
    """
    >>> error_wins(10)
    Traceback (most recent call last):
    ...
    ValueError: bad 3
    """
    cdef int i
    for i in prange(n, nogil=True, num_threads=1):
        with gil:
            if i == 3:
                raise ValueError('bad %d' % i)
            if i == 5:
                return 'returned'
    return 'none'
