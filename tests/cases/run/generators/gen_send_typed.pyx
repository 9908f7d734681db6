# Values sent into a generator assigned to C-typed locals: converted at the assignment (a float
# into a double, an int into an int), a wrong type raising TypeError inside the generator at
# the yield, and the generator finished after that.
# Expected outputs recorded from Cython 3.3.0.

def typed_receiver():
    cdef double total = 0
    cdef int count = 0
    cdef double value
    while True:
        value = yield total
        total += value
        count += 1
        if count == 3:
            return count


def sums():
    """
    >>> sums()
    (0.0, 1.5, 3.5, 3)
    """
    g = typed_receiver()
    a = next(g)
    b = g.send(1.5)
    c = g.send(2)
    try:
        g.send(0)
    except StopIteration as e:
        return a, b, c, e.value


def wrong_type():
    """
    >>> wrong_type()
    ('TypeError', 'must be real number, not str', 'finished')
    """
    g = typed_receiver()
    next(g)
    try:
        g.send('x')
    except TypeError as e:
        r = type(e).__name__, str(e)
    try:
        next(g)
    except StopIteration:
        return r + ('finished',)
