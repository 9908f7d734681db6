# Inside a specialization every use of its fused types is its member: locals, pointers, arrays,
# casts, sizeof, memoryviews and the return type.
cimport cython

ctypedef fused T:
    int
    double

cdef T twice(T a):
    return a * 2

def locals_(T a):
    """
    >>> locals_(1)
    ('int', 'int *', 'int [2]', 'int', 3, 4, 4, 'int[:]', 'int', 2, 7)
    >>> locals_(1.5)
    ('double', 'double *', 'double [2]', 'double', 3.7, 8, 8, 'double[:]', 'double', 3.0, 7.5)
    """
    cdef T x = a
    cdef T *p = &x
    cdef T arr[2]
    arr[0] = a
    arr[1] = 6
    y = <T>3.7
    cdef T[:] mv = arr
    return (cython.typeof(x), cython.typeof(p), cython.typeof(arr), cython.typeof(y), y, sizeof(T), sizeof(x),
            cython.typeof(mv), cython.typeof(twice(a)), twice(a), mv[0] + mv[1])

cdef cython.floating mean(cython.floating[:] xs):
    cdef cython.floating total = 0
    cdef Py_ssize_t i
    for i in range(xs.shape[0]):
        total += xs[i]
    return total / xs.shape[0]

def means():
    """
    >>> means()
    (2.0, 0.25)
    """
    cdef double d[3]
    cdef float f[2]
    d[0], d[1], d[2] = 1, 2, 3
    f[0], f[1] = 0.125, 0.375
    cdef double[:] dv = d
    cdef float[:] fv = f
    return mean(dv), mean(fv)

ctypedef fused number:
    short
    long
    double

cdef number clamp(number v, number lo, number hi):
    return lo if v < lo else hi if v > hi else v

def clamps():
    """
    >>> clamps()
    (3, 10, 0.5)
    """
    cdef short s = 3
    cdef long l = 12
    return clamp(s, <short>0, <short>5), clamp(l, 0, 10), clamp(0.5, 0.0, 1.0)
