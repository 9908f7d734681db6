ctypedef fused T:
    int
    double

ctypedef fused U:
    float
    long

cdef T f(T a, U b):
    return a

def run():
    cdef x = f[int](1, 2)
    cdef y = f[int, float, long](1, 2)
    cdef z = f[int, short](1, 2)

_ERRORS = """
13:14: Not enough types specified to specialize the function, U is still fused
14:14: Too many types specified
15:20: Type not in fused type
13:13: Invalid use of fused types, type cannot be specialized
14:13: Invalid use of fused types, type cannot be specialized
15:13: Invalid use of fused types, type cannot be specialized
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
