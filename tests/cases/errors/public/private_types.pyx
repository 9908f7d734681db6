ctypedef double private_t
ctypedef public double public_t

cdef struct Hidden:
    int a

cdef public double f(private_t x):
    return x

cdef api Hidden g():
    cdef Hidden h
    return h

cdef public double ok(public_t x, double y):
    return x + y

cdef public double h(double x=1.0):
    return x

_ERRORS = """
7:21: Function declared public or api may not have private types
10:0: Function declared public or api may not have private types
17:20: Function with optional arguments may not be declared public or api
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
