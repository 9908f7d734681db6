# Closures created inside a generator: they capture the generator's locals, which live across
# yields, and see later values of them (late binding through the generator frame).
# Expected outputs recorded from Cython 3.3.0.

def gen_closures():
    """
    >>> fs = list(gen_closures())
    >>> [f() for f in fs]
    [2, 2, 2]
    """
    cdef int i
    for i in range(3):
        def f():
            return i
        yield f


def gen_state():
    """
    >>> g = gen_state()
    >>> get = next(g)
    >>> get()
    0
    >>> next(g)
    1
    >>> get()
    1
    """
    n = 0
    def get():
        return n
    yield get
    n = 1
    yield n
