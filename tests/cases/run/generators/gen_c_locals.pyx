# Generators whose C-typed locals (int, double, bint, Py_ssize_t) and object locals live across
# yields and keep their values between resumptions, with two generators of the same function
# running interleaved.
# Expected outputs recorded from Cython 3.3.0.

def accumulate(int n, double step):
    cdef double total = 0
    cdef int i
    cdef bint odd = False
    for i in range(n):
        total += step
        odd = not odd
        yield i, total, odd


def positions(s):
    cdef Py_ssize_t i = 0
    prefix = ''
    for c in s:
        prefix = prefix + c
        yield i, prefix
        i += 1


def values():
    """
    >>> values()
    [(0, 0.5, True), (1, 1.0, False), (2, 1.5, True)]
    """
    return list(accumulate(3, 0.5))


def interleaved():
    """
    >>> interleaved()
    [(0, 1.0, True), (0, 10.0, True), (1, 2.0, False), (1, 20.0, False)]
    """
    a = accumulate(2, 1.0)
    b = accumulate(2, 10.0)
    return [next(a), next(b), next(a), next(b)]


def object_locals():
    """
    >>> object_locals()
    [(0, 'a'), (1, 'ab'), (2, 'abc')]
    """
    return list(positions('abc'))


def parameters_kept():
    """
    >>> parameters_kept()
    [7, 14, 21]
    """
    def multiples(int k, int n):
        cdef int i
        for i in range(1, n + 1):
            yield k * i
    return list(multiples(7, 3))
