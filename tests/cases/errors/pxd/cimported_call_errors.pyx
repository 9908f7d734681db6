# mode: error

cimport cimported_call_errors_support as sup
from cimported_call_errors_support cimport Point

def f():
    cdef Point p = sup.origin()
    cdef int a = sup.area(1)
    cdef int b = sup.area(1, 2, 3)
    cdef int c = sup.area("xy", 2)
    cdef Point q = sup.area(1, 2)
    return p.x + a + b + c + q.y

_ERRORS = """
8:25: Call with wrong number of arguments (expected 2, got 1)
9:25: Call with wrong number of arguments (expected 2, got 3)
10:26: Only single-character string literals can be coerced into ints.
11:27: Cannot assign type 'int' to 'Point'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
