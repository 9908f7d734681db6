# The assignment expression on C scalars: the value flows out and the variable is set.
def countdown(long n):
    """
    >>> countdown(5)
    [4, 3, 2, 1]
    """
    out = []
    while (n := n - 1) > 0:
        out.append(n)
    return out

def best(seq):
    """
    >>> best([3, 9, 2, 7])
    9.0
    """
    cdef double b = -1e300
    cdef double m
    for x in seq:
        if (m := x) > b:
            b = m
    return b

def value(long a):
    """
    >>> value(4)
    (5, 5)
    """
    return ((y := a + 1), y)

def nested(long a):
    """
    >>> nested(3)
    (3, 3, 3)
    """
    z = (p := (q := a))
    return (z, p, q)
