# A finally body runs when a cdef function called in the try raises through it.
cdef int check(int x) except -1:
    if x < 0:
        raise ValueError("negative")
    return x

def f(int x, log):
    """
    >>> log = []
    >>> f(-1, log)
    Traceback (most recent call last):
    ValueError: negative
    >>> f(2, log), log
    (2, ['finally', 'finally'])
    """
    try:
        return check(x)
    finally:
        log.append('finally')
