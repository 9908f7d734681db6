# for over any iterable through the iterator protocol; errors from the iterator propagate.
def total(seq):
    """
    >>> total([1, 2, 3]), total((0.5, 0.25)), total(range(5))
    (6, 0.75, 10)
    """
    s = 0
    for x in seq:
        s = s + x
    return s

def chars(s):
    """
    >>> chars("abc")
    ['a!', 'b!', 'c!']
    """
    out = []
    for c in s:
        out.append(c + "!")
    return out

def first_neg(seq):
    """
    >>> first_neg([1, -2, 3]), first_neg([1, 2])
    (-2, None)
    """
    for x in seq:
        if x < 0:
            return x
    return None

def bad(x):
    """
    >>> bad(5)
    Traceback (most recent call last):
    TypeError: 'int' object is not iterable
    """
    for y in x:
        pass

def gen_error():
    """
    >>> def g():
    ...     yield 1
    ...     raise KeyError("boom")
    >>> gen_error()(g())
    Traceback (most recent call last):
    KeyError: 'boom'
    """
    return consume

def consume(it):
    n = 0
    for x in it:
        n = n + 1
    return n

def typed_target(seq):
    """
    >>> typed_target([1, 2.5])
    3.5
    """
    cdef double d, s = 0
    for d in seq:
        s += d
    return s
