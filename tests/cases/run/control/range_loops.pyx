# for i in range(...) with one, two and three arguments, negative steps, loop else.
def r1(long n):
    """
    >>> r1(5), r1(0), r1(-3)
    (10, 0, 0)
    """
    cdef long i, s = 0
    for i in range(n):
        s += i
    return s

def r3(long a, long b, long step):
    """
    >>> r3(0, 10, 3), r3(10, 0, -3), r3(5, 5, 1), r3(0, 10, -1)
    ([0, 3, 6, 9], [10, 7, 4, 1], [], [])
    >>> r3(0, 1, 0)
    Traceback (most recent call last):
    ValueError: range() arg 3 must not be zero
    """
    out = []
    cdef long i
    for i in range(a, b, step):
        out.append(i)
    return out

def last(long n):
    """
    >>> last(4)
    3
    >>> last(0)
    -1
    """
    cdef long i = -1
    for i in range(n):
        pass
    return i

def with_else(long n, long stop):
    """
    >>> with_else(5, 3), with_else(5, 9)
    ('broke at 3', 'finished')
    """
    cdef long i
    for i in range(n):
        if i == stop:
            break
    else:
        return "finished"
    return "broke at %d" % i

def down():
    """
    >>> down()
    [5, 3, 1]
    """
    out = []
    for i in range(5, 0, -2):
        out.append(i)
    return out
