# Pointers to C functions: ctypedef and declarator forms, locals, parameters, struct fields,
# qsort with a comparator, NULL, and an exception raised through a call by pointer.
from libc.stdlib cimport qsort

ctypedef int (*binop_t)(int, int) noexcept

cdef int add(int a, int b) noexcept:
    return a + b

cdef int mul(int a, int b) noexcept:
    return a * b

cdef int apply(binop_t op, int x, int y):
    return op(x, y)

cdef int checked(int x) except -1:
    if x < 0:
        raise ValueError("negative")
    return x * 2

cdef int cmp_ints(const void *a, const void *b) noexcept nogil:
    return (<int *>a)[0] - (<int *>b)[0]

cdef struct Handler:
    int (*fn)(int) except -1
    int code

def f(int x, int y):
    """
    >>> f(3, 4)
    (7, 12, 7)
    """
    cdef binop_t op = add
    cdef int (*g)(int, int) noexcept
    g = mul
    return apply(op, x, y), g(x, y), apply(add, x, y)

def g(int x):
    """
    >>> g(5)
    10
    >>> g(-1)
    Traceback (most recent call last):
    ValueError: negative
    """
    cdef int (*h)(int) except -1
    h = checked
    return h(x)

def h(list values):
    """
    >>> h([3, 1, 2])
    [1, 2, 3]
    """
    cdef int n = len(values)
    cdef int buf[16]
    cdef int i
    for i in range(n):
        buf[i] = values[i]
    qsort(buf, n, sizeof(int), cmp_ints)
    return [buf[i] for i in range(n)]

def s(int x):
    """
    >>> s(4)
    (8, True, False)
    """
    cdef Handler hd
    hd.fn = checked
    hd.code = 1
    cdef binop_t p = NULL
    return hd.fn(x), p == NULL, hd.fn == NULL
