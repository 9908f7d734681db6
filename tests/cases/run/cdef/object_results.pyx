# cdef functions returning objects: None when they fall off the end, and containers they build.
cdef object maybe(int x):
    if x > 0:
        return x * 10

cdef list squares(int n):
    out = []
    cdef int i
    for i in range(n):
        out.append(i * i)
    return out

def run(int x):
    """
    >>> run(2), run(-1)
    ((20, [0, 1]), (None, []))
    """
    return maybe(x), squares(x)
