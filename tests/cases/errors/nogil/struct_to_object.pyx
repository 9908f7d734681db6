cdef struct S:
    int a

def f(int x):
    cdef S s
    cdef object o
    with nogil:
        s.a = x
        o = s
    return o

_ERRORS = """
9:8: Assignment of Python object not allowed without gil
9:12: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
