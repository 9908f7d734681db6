cdef class E:
    pass

def f(object[E] a):
    pass

_ERRORS = """
4:12: dtype must be "object", numeric type or a struct
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
