def f(x):
    cdef int x = 1
    cdef int y
    cdef double y

_ERRORS = """
2:13: 'x' redeclared 
1:6: Previous declaration is here
4:16: 'y' redeclared 
3:13: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
