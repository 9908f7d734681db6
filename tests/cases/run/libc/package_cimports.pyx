# `from libc cimport stdlib, stdint as si`: modules of the libc package as namespaces, their
# types named through them (si.int32_t); types a cimport brings along unnamed give way to the
# module's own declaration of the name; ptrdiff_t, the type of a pointer difference.
from libc cimport stdlib, stdint as si, limits
from libc.stdint cimport int16_t as short16
from cython cimport typeof

cdef extern from *:
    ctypedef unsigned long uint32_t

def allocate(int n):
    """
    >>> allocate(4)
    [0, 1, 4, 9]
    """
    cdef si.int32_t *p = <si.int32_t *>stdlib.malloc(n * sizeof(si.int32_t))
    cdef int i
    for i in range(n):
        p[i] = i * i
    result = [p[i] for i in range(n)]
    stdlib.free(p)
    return result

def aliases():
    """
    >>> aliases()
    (32767, 1, [1, 2], 127)
    """
    cdef short16 s = 32767
    cdef uint32_t u = 1
    cdef si.int32_t[2] v = [1, 2]
    return s, u, v, limits.CHAR_MAX

def differences(ptrdiff_t n):
    """
    >>> differences(3)
    (3, 'ptrdiff_t', 'ptrdiff_t', 'int *', -3)
    >>> differences(1 << 70)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C long
    """
    cdef int a[8]
    cdef int *p = &a[0]
    cdef int *q = p + n
    return q - p, typeof(q - p), typeof((q - p) + 1), typeof(p + (q - p)), p - q
