# libc.stdlib malloc/calloc/realloc/free and qsort, libc.string memset/memcpy/memcmp/strlen:
# C buffers filled, summed, grown, zeroed, compared, freed in finally; MemoryError on NULL.
# Expected outputs recorded from Cython 3.3.0.
from libc.stdlib cimport malloc, free, calloc, realloc, qsort
from libc.string cimport memcpy, memset, memcmp, strlen

def sum_doubles(int n):
    """
    >>> sum_doubles(4)
    4.0
    >>> sum_doubles(0)
    0.0
    """
    cdef double *p = <double*>malloc(n * sizeof(double) + 1)
    if not p:
        raise MemoryError()
    cdef double s = 0
    cdef int i
    try:
        for i in range(n):
            p[i] = i * 0.5 + 0.25
        for i in range(n):
            s += p[i]
    finally:
        free(p)
    return s

def ints_to_list(int n):
    """
    >>> ints_to_list(5)
    [0, 3, 6, 9, 12]
    """
    cdef int *p = <int*>malloc(n * sizeof(int))
    if p == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            p[i] = 3 * i
        return [p[i] for i in range(n)]
    finally:
        free(p)

def grow(int n, int m):
    """
    >>> grow(3, 6)
    [1, 2, 3, 40, 50, 60]
    """
    cdef int *p = <int*>malloc(n * sizeof(int))
    cdef int *q
    cdef int i
    if not p:
        raise MemoryError()
    try:
        for i in range(n):
            p[i] = i + 1
        q = <int*>realloc(p, m * sizeof(int))
        if not q:
            raise MemoryError()
        p = q
        for i in range(n, m):
            p[i] = 10 * (i + 1)
        return [p[i] for i in range(m)]
    finally:
        free(p)

def realloc_from_null(int n):
    """
    >>> realloc_from_null(3)
    [7, 7, 7]
    """
    cdef long *p = <long*>realloc(NULL, n * sizeof(long))
    if p is NULL:
        raise MemoryError()
    for i in range(n):
        p[i] = 7
    out = [p[i] for i in range(n)]
    free(p)
    return out

def calloc_zero(int n):
    """
    >>> calloc_zero(6)
    (0, 0.0)
    """
    cdef int *p = <int*>calloc(n, sizeof(int))
    cdef double *d = <double*>calloc(n, sizeof(double))
    if not p or not d:
        free(p)
        free(d)
        raise MemoryError()
    cdef int total = 0
    cdef double dtotal = 0
    for i in range(n):
        total += p[i]
        dtotal += d[i]
    free(p)
    free(d)
    return total, dtotal

def huge():
    """
    >>> huge()
    Traceback (most recent call last):
    MemoryError
    """
    cdef char *p = <char*>malloc(<size_t>-1)
    if not p:
        raise MemoryError()
    free(p)
    return 'allocated'

def huge_with_message():
    """
    >>> huge_with_message()
    Traceback (most recent call last):
    MemoryError: cannot allocate 1 << 62 bytes
    """
    cdef void *p = malloc(<size_t>1 << 62)
    if p is NULL:
        raise MemoryError("cannot allocate 1 << 62 bytes")
    free(p)

def freed_in_finally(bint fail):
    """
    >>> freed_in_finally(False)
    3
    >>> freed_in_finally(True)
    Traceback (most recent call last):
    ValueError: failed after malloc
    """
    cdef int *p = <int*>malloc(3 * sizeof(int))
    if not p:
        raise MemoryError()
    try:
        p[0] = 1; p[1] = 1; p[2] = 1
        if fail:
            raise ValueError("failed after malloc")
        return p[0] + p[1] + p[2]
    finally:
        free(p)

def free_null():
    """
    >>> free_null()
    'ok'
    """
    free(NULL)
    cdef int *p = NULL
    free(p)
    return 'ok'

def memset_zero():
    """
    >>> memset_zero()
    ([0, 0, 0, 0], [-1, -1, -1, -1], [0, 16843009, 16843009, 0])
    """
    cdef int a[4]
    memset(a, 0, sizeof(a))
    zero = [a[i] for i in range(4)]
    memset(a, 0xff, 4 * sizeof(int))
    ones = [a[i] for i in range(4)]
    memset(a, 0, sizeof(a))
    memset(<char*>&a[1], 1, 2 * sizeof(int))
    return zero, ones, [a[i] for i in range(4)]

def memcpy_buffers(int n):
    """
    >>> memcpy_buffers(5)
    [0.0, 1.5, 3.0, 4.5, 6.0]
    """
    cdef double *src = <double*>malloc(n * sizeof(double))
    cdef double *dst = <double*>malloc(n * sizeof(double))
    if not src or not dst:
        free(src)
        free(dst)
        raise MemoryError()
    for i in range(n):
        src[i] = i * 1.5
        dst[i] = -1
    memcpy(dst, src, n * sizeof(double))
    for i in range(n):
        src[i] = 99
    out = [dst[i] for i in range(n)]
    free(src)
    free(dst)
    return out

def memcpy_part():
    """
    >>> memcpy_part()
    [0, 1, 10, 11, 4, 5]
    """
    cdef int a[6]
    cdef int b[2]
    for i in range(6):
        a[i] = i
    b[0] = 10
    b[1] = 11
    memcpy(&a[2], b, sizeof(b))
    return [a[i] for i in range(6)]

def memcmp_sign(bytes x, bytes y):
    """
    >>> memcmp_sign(b'abc', b'abd')
    -1
    >>> memcmp_sign(b'abd', b'abc')
    1
    >>> memcmp_sign(b'abc', b'abc')
    0
    """
    cdef const char *a = x
    cdef const char *b = y
    cdef int r = memcmp(a, b, min(len(x), len(y)))
    return (r > 0) - (r < 0)

def strlen_of(bytes b):
    """
    >>> strlen_of(b'hello')
    (5, 5, 0)
    >>> strlen_of(b'ab\\x00cd')
    (2, 5, 0)
    """
    cdef const char *s = b
    return strlen(s), len(b), strlen("")

def strlen_literal():
    """
    >>> strlen_literal()
    (13, 'int')
    """
    cdef const char *s = b"hello, world!"
    n = strlen(s)
    return n, type(n).__name__

cdef int cmp_int(const void *a, const void *b) noexcept nogil:
    cdef int x = (<const int*>a)[0]
    cdef int y = (<const int*>b)[0]
    return (x > y) - (x < y)

cdef int cmp_double_desc(const void *a, const void *b) noexcept nogil:
    cdef double x = (<const double*>a)[0]
    cdef double y = (<const double*>b)[0]
    return (x < y) - (x > y)

def sort_ints(list values):
    """
    >>> sort_ints([5, -2, 9, 0, 3, 3])
    [-2, 0, 3, 3, 5, 9]
    >>> sort_ints([])
    []
    """
    cdef Py_ssize_t n = len(values)
    cdef int *p = <int*>malloc((n + 1) * sizeof(int))
    if not p:
        raise MemoryError()
    try:
        for i in range(n):
            p[i] = values[i]
        qsort(p, n, sizeof(int), cmp_int)
        return [p[i] for i in range(n)]
    finally:
        free(p)

def sort_doubles_desc():
    """
    >>> sort_doubles_desc()
    [3.5, 2.0, 1.25, -1.0]
    """
    cdef double a[4]
    a[0] = 1.25; a[1] = -1.0; a[2] = 3.5; a[3] = 2.0
    qsort(a, 4, sizeof(double), &cmp_double_desc)
    return [a[i] for i in range(4)]
