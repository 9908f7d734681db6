# `with nogil:` around C code in def functions: nogil cdef functions (noexcept, except -1 raising
# through `with gil:`), views indexed without the GIL, `with gil:` inside to touch Python objects,
# errors raised without the GIL (IndexError of a view, ZeroDivisionError) propagating out.
# Expected outputs recorded from Cython 3.3.0.

cdef double total(double[:] v) noexcept nogil:
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s

cdef int check(int x) except -1 nogil:
    if x < 0:
        with gil:
            raise ValueError("negative %d" % x)
    return x * 2

def run(double[:] v):
    """
    >>> from array import array
    >>> run(array('d', [1.0, 2.0, 3.5]))
    6.5
    """
    cdef double r
    with nogil:
        r = total(v)
    return r

def run2(int x):
    """
    >>> run2(3)
    6
    >>> run2(-1)
    Traceback (most recent call last):
    ValueError: negative -1
    """
    cdef int r
    with nogil:
        r = check(x)
    return r

def loops(int n):
    """
    >>> loops(10)
    (45, [0, 1, 2])
    """
    cdef int i, s = 0
    out = []
    with nogil:
        for i in range(n):
            s += i
            if i < 3:
                with gil:
                    out.append(i)
    return s, out

def index_error(double[:] v):
    """
    >>> from array import array
    >>> index_error(array('d', [1.0]))
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    cdef double x
    with nogil:
        x = v[5]
    return x

def zero(int a, int b):
    """
    >>> zero(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    cdef int r
    with nogil:
        r = a // b
    return r

def early(int n):
    """
    >>> early(5)
    3
    """
    cdef int i
    with nogil:
        for i in range(n):
            if i == 3:
                break
    return i

cdef int inner_release(int n) nogil:
    cdef int s = 0, i
    with nogil:
        for i in range(n):
            s += i
    return s

def called_with_and_without_gil(int n):
    """
    >>> called_with_and_without_gil(4)
    (6, 6)
    """
    cdef int a, b
    a = inner_release(n)
    with nogil:
        b = inner_release(n)
    return a, b
