cimport cython

cdef cython.floating f(cython.floating x):
    return x

cpdef cython.integral g(cython.integral x):
    return x

def use():
    print(f)
    return g

_ERRORS = """
10:10: Type is not specialized
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
