# void cdef functions: called as statements; their exceptions propagate (except * by default).
cdef void fill(long[:] x, long v):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        x[i] = v

cdef void check_sorted(long[:] x):
    cdef Py_ssize_t i
    for i in range(1, x.shape[0]):
        if x[i - 1] > x[i]:
            raise ValueError("not sorted at " + str(i))
            return

def run(long[:] x, long v):
    """
    >>> import array
    >>> a = array.array('l', [3, 1, 2])
    >>> run(a, 4), list(a)
    ('sorted', [4, 4, 4])
    >>> b = array.array('l', [1, 3, 2])
    >>> check(b)
    Traceback (most recent call last):
    ValueError: not sorted at 2
    """
    fill(x, v)
    check_sorted(x)
    return 'sorted'

def check(long[:] x):
    check_sorted(x)
