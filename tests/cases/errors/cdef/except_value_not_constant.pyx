import math

cdef double f(double x) except math.nan:
    return x

_ERRORS = """
3:35: Not allowed in a constant expression
3:35: Exception value must be constant
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
