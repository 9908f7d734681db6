# Infinite generators consumed partially: counting with a C long, Fibonacci with C long long
# state across yields, itertools.islice over them, zip stopping early, and dropping them.
# Expected outputs recorded from Cython 3.3.0.
from itertools import islice


def count_from(long start, long step=1):
    cdef long n = start
    while True:
        yield n
        n += step


def fib():
    cdef long long a = 0, b = 1
    while True:
        yield a
        a, b = b, a + b


def first_counts():
    """
    >>> first_counts()
    ([5, 6, 7], [0, -3, -6])
    """
    return list(islice(count_from(5), 3)), list(islice(count_from(0, -3), 3))


def fib_prefix():
    """
    >>> fib_prefix()
    [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    """
    return list(islice(fib(), 10))


def fib_large():
    """
    >>> fib_large()
    12586269025
    """
    g = fib()
    cdef int i
    for i in range(50):
        next(g)
    return next(g)


def zip_stops():
    """
    >>> zip_stops()
    [('a', 0), ('b', 1)]
    """
    return list(zip('ab', count_from(0)))


def take_while():
    """
    >>> take_while()
    [0, 1, 1, 2, 3, 5]
    """
    out = []
    for v in fib():
        if v > 5:
            break
        out.append(v)
    return out
