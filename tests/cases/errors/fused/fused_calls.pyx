cimport cython

ctypedef fused T:
    int
    double

cdef T f(T a):
    return a

cdef cython.floating h(cython.floating a):
    return a

def run(object o):
    cdef int *ip = NULL
    cdef x = f("abc")
    cdef w = h(1)
    f(o)
    f(ip)

_ERRORS = """
15:14: no suitable method found (candidates: 2)
16:14: ambiguous overloaded method
17:5: no suitable method found (candidates: 2)
18:5: no suitable method found (candidates: 2)
15:13: Invalid use of fused types, type cannot be specialized
16:13: Invalid use of fused types, type cannot be specialized
17:4: Invalid use of fused types, type cannot be specialized
18:4: Invalid use of fused types, type cannot be specialized
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
