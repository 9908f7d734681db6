cdef void f(int x):
    return x

def g():
    f(1)

_ERRORS = """
2:11: Return with value in void function
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
