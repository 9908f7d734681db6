# A variable nested functions share (a cell, or an enclosing function's through nonlocal) as a
# prange target, reduction or assigned private: the loop works on a private C copy, and the
# cell holds the loop's result afterwards, where the nested functions see it.
from cython.parallel import prange


def shared_privates():
    """
    >>> shared_privates()
    9 9
    45 45
    0 0 9 9
    """
    cdef int x

    def target():
        nonlocal x
        for x in prange(10, nogil=True):
            pass
        return x

    print(target(), x)

    def reduction():
        nonlocal x
        cdef int i
        x = 0
        for i in prange(10, nogil=True):
            x += i
        return x

    print(reduction(), x)

    def generator():
        nonlocal x
        cdef int i
        x = 0
        yield x
        x = 2
        for i in prange(10, nogil=True):
            x = i
        yield x

    g = generator()
    print(next(g), x, next(g), x)


def own_cell(int n):
    """
    >>> own_cell(5)
    (10, 4, 10, 4)
    >>> own_cell(0)
    (0, -1, 0, -1)
    """
    cdef long total = 0
    cdef int last = -1
    cdef int i

    def seen():
        return total, last

    for i in prange(n, nogil=True):
        total += i
        last = i
    return seen() + (total, last)
