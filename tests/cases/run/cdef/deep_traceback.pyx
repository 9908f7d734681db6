# An exception raised three cdef calls deep, inside a loop over a view, reaches Python with a
# traceback through every compiled frame (the same lines as a Cython 3.3.0 build of this file:
# tests/golden/cython-3.3/probes/deep_traceback_probe.py).
cdef double level3(double v) except? -1:
    if v < 0:
        raise ValueError("negative value " + str(v))
    return v * v

cdef double level2(double v):
    return level3(v - 1) * 2

cdef double level1(double[:] x):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += level2(x[i])
    return s

def run(double[:] x):
    """
    >>> import array, traceback
    >>> run(array.array('d', [5.0, 2.0]))
    34.0
    >>> try:
    ...     run(array.array('d', [5.0, 0.5]))
    ... except ValueError as e:
    ...     print(e, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)][1:])
    negative value -0.5 [('deep_traceback.run', 40), ('deep_traceback.level1', 16), ('deep_traceback.level2', 10), ('deep_traceback.level3', 6)]
    >>> import sys
    >>> a = array.array('d', [5.0, 0.5])
    >>> before = sys.getrefcount(a)
    >>> for _ in range(200):
    ...     try:
    ...         run(a)
    ...     except ValueError:
    ...         pass
    >>> sys.getrefcount(a) == before
    True
    """
    return level1(x)
