cdef extern from "math.h":
    double sqrt(double x)
    double fabs(double x) noexcept nogil

def f(double d):
    cdef double r
    with nogil:
        r = fabs(d)
        r = sqrt(r)
    return r

_ERRORS = """
9:16: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
