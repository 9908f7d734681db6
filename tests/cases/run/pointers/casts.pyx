# Pointer casts: <void*> and back, a Python object through void* and <object> (a borrowed
# pointer: no reference taken by <void*>, a new one by <object>), pointers to integers
# (<Py_ssize_t>, <size_t>), <char*> byte offsets, byte access through <unsigned char*>.
# Expected outputs recorded from Cython 3.3.0.
import sys
from libc.stdlib cimport malloc, free

def void_round_trip(int v):
    """
    >>> void_round_trip(12)
    (12, 13)
    """
    cdef int x = v
    cdef void *vp = <void*>&x
    cdef int *ip = <int*>vp
    cdef int seen = ip[0]
    (<int*>vp)[0] += 1
    return seen, x

def void_of_array():
    """
    >>> void_of_array()
    (1.5, 2.5, 3.5)
    """
    cdef double a[3]
    a[0] = 1.5; a[1] = 2.5; a[2] = 3.5
    cdef void *vp = a
    cdef double *dp = <double*>vp
    return dp[0], dp[1], (<double*>vp)[2]

def object_round_trip(obj):
    """
    >>> object_round_trip([1, 2])
    (True, 0, 1, 0, [1, 2, 3])
    >>> x = object()
    >>> object_round_trip(x)[:4]
    (True, 0, 1, 0)
    """
    cdef void *vp
    before = sys.getrefcount(obj)
    vp = <void*>obj
    taken = sys.getrefcount(obj) - before
    back = <object>vp
    same = back is obj
    held = sys.getrefcount(obj) - before
    if isinstance(back, list):
        back.append(3)
    del back
    after = sys.getrefcount(obj) - before
    return same, taken, held, after, obj

cdef object through_void(void *p):
    return <object>p

def object_via_cdef(obj):
    """
    >>> object_via_cdef('text')
    ('text', True)
    >>> object_via_cdef(None)
    (None, True)
    """
    r = through_void(<void*>obj)
    return r, r is obj

def difference_casts(int i, int j):
    """
    >>> difference_casts(1, 6)
    (5, 5, -5, 18446744073709551611)
    """
    cdef int a[8]
    cdef int *p = &a[i]
    cdef int *q = &a[j]
    return <Py_ssize_t>(q - p), <size_t>(q - p), <Py_ssize_t>(p - q), <size_t>(p - q)

def pointer_as_integer():
    """
    >>> pointer_as_integer()
    (8, 24, 0, True)
    """
    cdef double a[4]
    cdef size_t base = <size_t>&a[0]
    cdef size_t one = <size_t>&a[1]
    cdef Py_ssize_t three = <Py_ssize_t>&a[3]
    return one - base, three - <Py_ssize_t>base, base % sizeof(double), <void*>base == <void*>a

def byte_offsets(int i):
    """
    >>> byte_offsets(0), byte_offsets(3)
    (0, 24)
    """
    cdef double a[5]
    cdef char *start = <char*>a
    cdef char *elem = <char*>&a[i]
    return elem - start

def char_step_back(int i):
    """
    >>> char_step_back(2)
    (2.25, 2.25)
    """
    cdef double a[4]
    cdef int k
    for k in range(4):
        a[k] = k + 0.25
    cdef char *c = <char*>a
    c += i * sizeof(double)
    cdef double *d = <double*>c
    return d[0], (<double*>(<char*>a + i * sizeof(double)))[0]

def bytes_of_int():
    """
    >>> bytes_of_int()
    (4, 10, 1)
    """
    cdef unsigned int v = 0x01020304
    cdef unsigned char *b = <unsigned char*>&v
    cdef int total = 0, k
    for k in range(sizeof(v)):
        total += b[k]
    cdef unsigned int ones = 0x01010101
    return sizeof(v), total, (<unsigned char*>&ones)[2]

def malloc_as_types(int n):
    """
    >>> malloc_as_types(4)
    (6, 6.0)
    """
    cdef void *mem = malloc(n * sizeof(long long))
    if mem == NULL:
        raise MemoryError()
    cdef long long *ll = <long long*>mem
    cdef int k
    cdef long long s = 0
    try:
        for k in range(n):
            ll[k] = k
        for k in range(n):
            s += ll[k]
        # the same storage reused as doubles after the long longs are dead
        for k in range(n):
            (<double*>mem)[k] = k
        return s, (<double*>mem)[0] + (<double*>mem)[1] + (<double*>mem)[2] + (<double*>mem)[3]
    finally:
        free(mem)

def const_cast(bytes b):
    """
    >>> const_cast(b'abc')
    (97, 99)
    """
    cdef const char *cs = b
    cdef char *s = <char*>cs
    return s[0], (<const char*>s)[2]
