# A typed memoryview of a C array (`cdef double[:, :] m = buf`) shares the array's memory: Cython
# views it as C-contiguous (`double[:, ::1]`) with the array's shape, so writes through either are
# seen by the other. Its base is an "array" object exporting that memory. Module-level arrays and
# views, cdef function arguments and views of struct fields' arrays are views of the same kind.

cdef int data[4]
cdef int[:] gview = data

cdef struct Holder:
    double xs[3]

def local_views():
    """
    >>> local_views()
    (70, 3, 10, 3, 4, 1.5, (32, 8), True, True)
    """
    cdef int a[10]
    cdef int[:] v = a
    cdef double b[3][4]
    cdef double[:, ::1] w = b
    for i in range(10):
        a[i] = i
    v[2] = 70
    w[1, 2] = 1.5
    return a[2], v[3], v.shape[0], w.shape[0], w.shape[1], b[1][2], (w.strides[0], w.strides[1]), v.is_c_contig(), w.is_c_contig()

def module_view():
    """
    The module's view, made at import, gives up the array's memory when set to None.

    >>> module_view()
    (4, 5, [0, 5, 0, 0], True, 5)
    """
    global gview
    if gview is None:
        gview = data  # a second run of the example (the refcount check runs each again)
    gview[1] = 5
    result = (gview.shape[0], data[1], list(gview))
    gview = None
    return result + (gview is None, data[1])

cdef double total(double[:] xs):
    cdef double s = 0
    for x in xs:
        s += x
    return s

def as_argument():
    """
    >>> as_argument()
    (6.5, 2.5)
    """
    cdef double xs[3]
    xs[0] = 1; xs[1] = 2.5; xs[2] = 3
    cdef Holder h
    h.xs[0] = 0.5; h.xs[1] = 1; h.xs[2] = 1
    return total(xs), total(h.xs)

def as_object():
    """
    >>> as_object()
    ('c', 1, False, [b'A', b'B', b'C'], 'array', "<MemoryView of 'array' object>")
    """
    cdef char c[3]
    c[0] = 65; c[1] = 66; c[2] = 67
    cdef char[:] cv = c
    m = memoryview(cv)
    return m.format, m.itemsize, m.readonly, m.tolist(), type(cv.base).__name__, str(cv)

def slices_and_copies():
    """
    >>> slices_and_copies()
    (3, [1, 2, 3, 4, 5, 6], [0, 2, 0, 4, 0, 6])
    """
    cdef long a[6]
    cdef long[:] v = a
    for i in range(6):
        a[i] = i + 1
    cdef long[:] odd = v[::2]
    copied = list(v.copy())
    odd[:] = 0
    return odd.shape[0], copied, list(v)

def const_view():
    """
    >>> const_view()
    (2, 3.0)
    """
    cdef float f[2][3]
    f[1][2] = 3
    cdef const float[:, :] cf = f
    return cf.ndim, cf[1, 2]
