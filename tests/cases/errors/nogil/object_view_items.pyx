# The items of an object[:] view are Python objects: read or written without the GIL, Cython's
# errors (its shape is C data, and allowed); and a view's dimensions must agree.
def f(object[:] v):
    cdef Py_ssize_t n
    with nogil:
        n = v.shape[0]
        x = v[0]
        v[0] = None
    return n

def g(object[:] v):
    cdef object[:, :] w = v

_ERRORS = """
7:8: Assignment of Python object not allowed without gil
7:13: Cannot access buffer with object dtype without gil
8:9: Assignment of Python object not allowed without gil
8:9: Cannot access buffer with object dtype without gil
12:26: Memoryview 'object[:]' not conformable to memoryview 'object[:, :]'.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
