cdef object f(int x) nogil:
    return None

_ERRORS = """
1:0: Function with Python return type cannot be declared nogil
2:4: Returning Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
