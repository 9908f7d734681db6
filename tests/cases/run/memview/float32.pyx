# float[:] elements are C floats: values round to single precision, as numpy's float32 does.
def total(float[:] x):
    """
    >>> import array
    >>> total(array.array('f', [0.5, 0.25, 0.125]))
    0.875
    """
    cdef float s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def store_third(float[:] x):
    """
    >>> import array
    >>> a = array.array('f', [0.0])
    >>> store_third(a); a[0] == array.array('f', [1 / 3])[0]
    True
    """
    x[0] = 1.0 / 3.0
