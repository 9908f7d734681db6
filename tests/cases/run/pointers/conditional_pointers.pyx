# The type of `a if c else b` (and `a or b`) when both are pointers, as Cython spans them: the
# same pointer type stays, a pointer the other converts to as it is wins (void *, const), NULL
# and an array take the pointer's type, and unrelated pointers give void *.
cimport cython

def unrelated(int x, long y, bint first):
    """
    >>> unrelated(-1, 2, True)
    ('int *', -1)
    >>> unrelated(-1, 2, False)
    ('int *', 2)
    """
    result = &x if first else <int*>&y
    other = &x if first else &y
    assert cython.typeof(other) == 'void *'
    return cython.typeof(result), (<int*>other)[0] if first else (<long*>other)[0]

def related(int x, bint first):
    """
    >>> related(5, True)
    ('void *', 'const int *', 'int *', 'int *', 5)
    >>> related(5, False)
    ('void *', 'const int *', 'int *', 'int *', 7)
    """
    cdef int arr[2]
    arr[0] = 7
    cdef void *v = &x
    cdef const int *c = &x
    a = &x if first else v
    b = c if first else &x
    n = &x if first else NULL
    d = &x if first else arr
    return cython.typeof(a), cython.typeof(b), cython.typeof(n), cython.typeof(d), d[0]

def either(bint first):
    """
    >>> either(True)
    ('void *', True)
    >>> either(False)
    ('void *', False)
    """
    cdef int i = 1
    cdef double f = 2
    cdef int *p = &i if first else NULL
    r = p or &f
    return cython.typeof(r), r == <void*>&i
