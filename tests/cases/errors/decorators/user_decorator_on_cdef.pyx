def deco(f):
    return f

@deco
cdef int f(int x):
    return x

_ERRORS = """
4:0: Cdef functions cannot take arbitrary decorators.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
