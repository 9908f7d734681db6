"""cdef functions read module globals like def functions do.

>>> scaled(2.0)
5.0
"""
FACTOR = 2.5

cdef double scale(double x):
    return x * FACTOR

def scaled(double x):
    return scale(x)
