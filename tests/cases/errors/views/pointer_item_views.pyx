cimport cython

ctypedef int *intp

def f(intp[:] a):
    pass

def g(cython.p_int[:] b):
    pass

def h(long complex[:] c):
    pass

_ERRORS = """
5:10: Invalid base type for memoryview slice: intp
8:18: Invalid base type for memoryview slice: int *
11:18: Invalid base type for memoryview slice: long complex
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
