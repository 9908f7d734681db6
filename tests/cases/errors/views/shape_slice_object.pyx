# A slice of a view's shape is a C pointer's: unpacked into C variables it is fine, made an object it is not.

def as_list(double[:, :] a):
    return list(a.shape[:2])

def wrong_length(double[:, :] a):
    cdef Py_ssize_t n, m, k
    n, m, k = a.strides[0:2]

_ERRORS = """
4:23: Cannot convert 'Py_ssize_t *' to Python object
8:23: Assignment to/from slice of wrong length, expected 2.0, got 3
8:23: Cannot convert 'Py_ssize_t *' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
