cdef object f(x) except -1:
    return x

def g():
    return f(1)

_ERRORS = """
1:13: Exception clause not allowed for function returning Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
