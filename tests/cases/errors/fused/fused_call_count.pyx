ctypedef fused T:
    int
    double

cdef T f(T a):
    return a

def run():
    cdef x = f()
    cdef y = f(1, 2)

_ERRORS = """
9:14: Call with wrong number of arguments (expected 1, got 0)
10:14: Call with wrong number of arguments (expected 1, got 2)
9:13: Invalid use of fused types, type cannot be specialized
10:13: Invalid use of fused types, type cannot be specialized
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
